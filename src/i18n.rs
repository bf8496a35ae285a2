//! Every string the UI shows, one table per language. The catalogue's own texts (goal titles,
//! explanations, notes) come from the catalogue data, not from here.

use jobmaal_core::Lang;

/// The UI's strings in one language.
pub struct Strings {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub year_picker_legend: &'static str,
    pub goals_heading: fn(u16) -> String,
    pub goal_number: fn(u32) -> String,
    pub no_final_wording: &'static str,
    pub source_label: &'static str,
    pub theme_label: &'static str,
}

const DA: Strings = Strings {
    app_title: "Jobmål",
    tagline: "Kommunens tal over for beskæftigelsesministerens mål",
    year_picker_legend: "Målår",
    goals_heading: |year| format!("Beskæftigelsespolitiske mål {year}"),
    goal_number: |n| format!("Mål {n}"),
    no_final_wording: "Ingen endelig formulering i kilderne",
    source_label: "Kilde",
    theme_label: "Tema",
};

const EN: Strings = Strings {
    app_title: "Jobmål",
    tagline: "The municipality's figures against the Minister of Employment's goals",
    year_picker_legend: "Goal year",
    goals_heading: |year| format!("Employment-policy goals {year}"),
    goal_number: |n| format!("Goal {n}"),
    no_final_wording: "No final wording in the sources",
    source_label: "Source",
    theme_label: "Theme",
};

/// The strings for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}
