//! Every string the UI shows, one table per language. The catalogue's own texts (goal titles,
//! explanations, figure labels and help, notes) come from the catalogue data, not from here;
//! error messages come from the core's error types.

use jobmaal_core::Lang;
use jobmaal_core::assessment::{GoalStatus, ReferenceKind};

use crate::state::View;

/// Declares [`Texts`]: the UI's plain texts in one language, which can be read from a list in
/// field order (English, downloaded when chosen) and, natively, written to one.
macro_rules! texts {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// The texts' names; each is its place in [`Texts`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        pub enum TextName {
            $($(#[$doc])* $field,)*
        }

        /// How many texts the UI has.
        const COUNT: usize = [$(TextName::$field,)*].len();

        /// The UI's plain texts in one language, in the order of [`TextName`]: a list, so that the
        /// English ones, downloaded as a list, are taken over in one copy.
        pub struct Texts([&'static str; COUNT]);

        impl Texts {
            $($(#[$doc])* pub fn $field(&self) -> &'static str {
                self.0[TextName::$field as usize]
            })*
        }
    };
}

/// Declares the texts only the views of the part loaded later show: a method of [`Strings`]
/// each, picking the language's text, so that the texts travel with the code that shows them.
macro_rules! later_texts {
    ($($(#[$doc:meta])* $field:ident: $da:expr, $en:expr;)*) => {
        impl super::Strings {
            $($(#[$doc])* pub fn $field(&self) -> &'static str {
                match self.lang {
                    Lang::Da => $da,
                    Lang::En => $en,
                }
            })*
        }
    };
}

impl Texts {
    /// Every text by its name, each exactly once (checked when the program is compiled).
    const fn new(pairs: [(TextName, &'static str); COUNT]) -> Texts {
        let mut texts = [""; COUNT];
        let mut given = [false; COUNT];
        let mut i = 0;
        while i < COUNT {
            let (name, text) = pairs[i];
            assert!(!given[name as usize], "a text is given twice");
            given[name as usize] = true;
            texts[name as usize] = text;
            i += 1;
        }
        Texts(texts)
    }

    /// The texts from `list` (in the order of [`TextName`]); `None` unless it has exactly as many.
    pub fn from_list(list: &[&'static str]) -> Option<Texts> {
        list.try_into().ok().map(Texts)
    }

    /// The texts in the order of [`TextName`] (the file the browser downloads for English).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_list(&self) -> &[&'static str] {
        &self.0
    }
}

texts! {
    /// Before a goal title's English gloss (shown on English pages only).
    gloss_label,
    /// Under a goal the municipality finds its own indicators for, where the page has the
    /// Plan view (not in an embed).
    /// After the hint to enter figures, on the benchmark's year.
    benchmark_hint,
    /// The link to the Plan view beside the hint for a goal with the municipality's own
    /// indicators.
    write_own_indicator,
    own_indicator_hint,
    // The views' names, the goals' statuses and the kinds of reference.
    view_goals,
    view_figures,
    view_gaps,
    view_years,
    view_plan,
    view_share,
    status_on_track,
    status_behind,
    status_no_reference,
    status_no_data,
    reference_target,
    reference_comparison,
    reference_builtin,
    app_title,
    tagline,
    skip_to_content,
    other_language,
    views_label,
    year_picker_legend,
    no_final_wording,
    source_label,
    theme_label,
    /// The heading of the year's list of sources, with their addresses.
    year_sources_heading,
    /// Before the municipality's own indicator on a goal whose indicators it finds itself.
    own_indicator_label,
    // Coverage
    coverage_heading,
    municipality_fallback,
    no_figures_hint,
    example_button,
    example_loaded,
    example_failed,
    clear_button,
    clear_confirm,
    clear_yes,
    clear_no,
    cleared,
    dismiss,
    // Goals
    indicators_heading,
    plan_lines_heading,
    development_better,
    development_worse,
    development_same,
    development_label,
    edit_figures,
    // Figures
    figures_heading,
    period_word,
    // Gaps
    gaps_heading,
    col_gap,
    not_computed,
    monitor_only,
    /// The badge of an indicator whose figures cannot be compared as they stand.
    not_judged,
    proposal_heading,
    // Investment
    // Years
    years_heading,
    // Plan
    plan_heading,
    extra_focus_heading,
    footer_text,
    statement_heading,
    new_tab,
    link_shown,
    /// A link's figures shown with nothing saved of the user's own.
    link_shown_alone,
    /// Behind a link, above the view: where its choices are.
    link_line,
    /// In the summary of the page built for a link, while the app and its figures come.
    figures_loading,
    link_saved,
    undo_link,
    undo_empty,
    /// Shown in Danish pages only (English could not be downloaded), in both languages.
    english_failed,
    // A part of the app loaded when first needed (`later.rs`)
    part_loading,
    part_failed,
    part_retry,
    print_waiting,
    link_keep,
    link_discard,
    link_kept,
    /// A link's figures left with nothing of one's own saved (the address without its link).
    link_closed,
    own_again,
    other_tab,
    /// A link's figures in place of another link's (a new `#s=` in the address).
    other_link,
    undone,
    earlier,
    undo_hint,
    undo_button,
    replaced_by_file,
    figures_from_file,
    link_error,
    share_heading,
}

/// The UI's strings in one language: its texts, and the functions that put numbers and
/// names into sentences.
pub struct Strings {
    t: Texts,
    /// The language of these strings.
    lang: Lang,
    pub goals_heading: fn(u16) -> String,
    pub goal_number: fn(u32) -> String,
    pub coverage_data: fn(usize, usize) -> String,
    pub coverage_on_track: fn(usize, usize) -> String,
    pub coverage_behind: fn(usize, usize) -> String,
    pub coverage_plan: fn(usize, usize) -> String,
    pub reference_text: fn(&str, &str) -> String,
    pub persons_on_track_lower: fn(&str) -> String,
    pub persons_on_track_higher: fn(&str) -> String,
    pub persons_behind_lower: fn(&str) -> String,
    pub persons_behind_higher: fn(&str) -> String,
    pub kroner_text: fn(&str) -> String,
    pub pasted: fn(usize) -> String,
    pub pasted_left_out: fn(usize, usize) -> String,
    pub comparison_label: fn(&str) -> String,
    pub target_label: fn(&str) -> String,
    /// The computed value beside a published one.
    pub computed_check: fn(&str) -> String,
    pub goal_in_year: fn(u32) -> String,
    pub line_label: fn(usize) -> String,
    /// The shared link's label, naming the view it opens.
    pub link_label: fn(&str) -> String,
    /// A year whose figures name no period (`&[]`), or different ones: their periods.
    pub year_without_one_period: fn(u16, &[String]) -> String,
    /// What undo brings back: the figures of the municipality named.
    pub undo_named: fn(&str) -> String,
}

impl std::ops::Deref for Strings {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        &self.t
    }
}

impl Strings {
    /// The page's title: the view and the year, e.g. "Gab · 2019 · Jobmål".
    pub fn page_title(&self, view: View, year: u16) -> String {
        format!("{} · {year} · {}", self.view_name(view), self.app_title())
    }

    pub fn view_name(&self, view: View) -> &'static str {
        match view {
            View::Goals => self.view_goals(),
            View::Figures => self.view_figures(),
            View::Gaps => self.view_gaps(),
            View::Years => self.view_years(),
            View::Plan => self.view_plan(),
            View::Share => self.view_share(),
        }
    }

    pub fn goal_status(&self, status: GoalStatus) -> &'static str {
        match status {
            GoalStatus::OnTrack => self.status_on_track(),
            GoalStatus::Behind => self.status_behind(),
            GoalStatus::NoReference => self.status_no_reference(),
            GoalStatus::NoData => self.status_no_data(),
        }
    }

    pub fn reference_kind(&self, kind: ReferenceKind) -> &'static str {
        match kind {
            ReferenceKind::Target => self.reference_target(),
            ReferenceKind::Comparison => self.reference_comparison(),
            ReferenceKind::Builtin => self.reference_builtin(),
        }
    }
}

static DA: Strings = Strings {
    lang: Lang::Da,
    t: Texts::new([
        (TextName::gloss_label, "Uofficiel oversættelse"),
        (
            TextName::own_indicator_hint,
            "Skriv kommunens egen indikator under »Plan«, så viser gabtabellen og rapporten den som lokal.",
        ),
        (
            TextName::benchmark_hint,
            "Vælg kommunen dér for at se dens benchmark.",
        ),
        (
            TextName::write_own_indicator,
            "Skriv kommunens egen indikator",
        ),
        (TextName::view_goals, "Mål"),
        (TextName::view_figures, "Tal"),
        (TextName::view_gaps, "Gab"),
        (TextName::view_years, "År"),
        (TextName::view_plan, "Plan"),
        (TextName::view_share, "Del"),
        (TextName::status_on_track, "På sporet"),
        (TextName::status_behind, "Bagud"),
        (TextName::status_no_reference, "Ingen reference"),
        (TextName::status_no_data, "Ingen tal"),
        (TextName::reference_target, "det lokale måltal"),
        (TextName::reference_comparison, "sammenligningen"),
        (TextName::reference_builtin, "referencen"),
        (TextName::app_title, "Jobmål"),
        (
            TextName::tagline,
            "Kommunens tal over for beskæftigelsesministerens mål",
        ),
        (TextName::skip_to_content, "Gå til indhold"),
        (TextName::other_language, "English"),
        (TextName::views_label, "Visninger"),
        (TextName::year_picker_legend, "Målår"),
        (
            TextName::no_final_wording,
            "ingen endelig formulering i kilderne",
        ),
        (TextName::source_label, "Kilde"),
        (TextName::theme_label, "Tema"),
        (TextName::year_sources_heading, "Kilder til årets side"),
        (TextName::own_indicator_label, "Kommunens egen indikator"),
        (TextName::coverage_heading, "Målopfyldelse"),
        (TextName::municipality_fallback, "Kommunen"),
        (
            TextName::no_figures_hint,
            "Indtast kommunens tal under »Tal«, eller prøv eksemplet fra Lejre Kommune.",
        ),
        (
            TextName::example_button,
            "Indlæs eksemplet Lejre Kommune 2019",
        ),
        (
            TextName::example_loaded,
            "Dine tal er erstattet af eksemplet Lejre Kommune 2019.",
        ),
        (TextName::example_failed, "Eksemplet kunne ikke hentes."),
        (TextName::clear_button, "Ryd alt"),
        (
            TextName::clear_confirm,
            "Vil du rydde alle tal, referencer og sigtelinjer? Du kan fortryde bagefter.",
        ),
        (TextName::clear_yes, "Ja, ryd alt"),
        (TextName::clear_no, "Annullér"),
        (TextName::cleared, "Alle tal er ryddet."),
        (TextName::dismiss, "Luk"),
        (TextName::indicators_heading, "Indikatorer"),
        (TextName::plan_lines_heading, "Lokale sigtelinjer"),
        (TextName::development_better, "bedre end året før"),
        (TextName::development_worse, "dårligere end året før"),
        (TextName::development_same, "uændret fra året før"),
        (TextName::development_label, "Udvikling"),
        (TextName::edit_figures, "Indtast tal"),
        (TextName::figures_heading, "Kommunens tal"),
        (TextName::period_word, "Periode"),
        (TextName::gaps_heading, "Gab til referencen"),
        (TextName::col_gap, "Gab til referencen"),
        (TextName::not_computed, "Ikke beregnet"),
        (TextName::monitor_only, "Følges, vurderes ikke"),
        (TextName::not_judged, "Vurderes ikke"),
        (
            TextName::proposal_heading,
            "Det tidligere forslag til årets mål",
        ),
        (TextName::years_heading, "Målene år for år"),
        (TextName::plan_heading, "Lokale sigtelinjer"),
        (TextName::extra_focus_heading, "Lokalt ekstra fokus"),
        (
            TextName::footer_text,
            "Jobmål kører helt i din browser. Intet sendes til nogen server, og der bruges ingen cookies.",
        ),
        (TextName::statement_heading, "Tilgængelighedserklæring"),
        (TextName::new_tab, " (åbner i en ny fane)"),
        (
            TextName::english_failed,
            "English could not be downloaded; the page is shown in Danish.",
        ),
        (TextName::part_loading, "Henter denne del af Jobmål …"),
        (
            TextName::part_failed,
            "Denne del af Jobmål kunne ikke hentes. Tjek forbindelsen, og prøv igen. Dine tal er urørte.",
        ),
        (TextName::part_retry, "Prøv igen"),
        (
            TextName::print_waiting,
            "Rapporten til udskrift er ikke hentet endnu. Luk udskriften, og prøv igen om et øjeblik.",
        ),
        (
            TextName::link_shown,
            "Du ser tal fra et delt link. Dine egne gemte tal er urørte, indtil du retter i tallene eller vælger at beholde disse.",
        ),
        (
            TextName::link_shown_alone,
            "Du ser tal fra et delt link. De gemmes ikke i browseren, før du retter i dem eller vælger at beholde dem.",
        ),
        (
            TextName::link_saved,
            "Tallene fra linket er gemt i browseren.",
        ),
        (TextName::figures_loading, "Indlæser tallene …"),
        (
            TextName::link_line,
            "Du ser tal fra et delt link. Om de skal gemmes, vælger du nederst på siden.",
        ),
        (TextName::undo_link, "Fortryd henter linkets tal frem igen."),
        (TextName::undo_empty, "Fortryd tømmer felterne igen."),
        (TextName::link_keep, "Behold disse tal"),
        (TextName::own_again, "Dine egne gemte tal vises igen."),
        (TextName::link_closed, "Linkets tal vises ikke længere."),
        (
            TextName::other_tab,
            "Tallene er rettet i en anden fane, og rettelserne er taget med her. Fortryd tager dem tilbage og beholder dine egne.",
        ),
        (
            TextName::other_link,
            "Tallene fra et andet link vises nu. Fortryd viser de tal, der blev vist før.",
        ),
        (TextName::undone, "De tidligere tal er hentet tilbage."),
        (
            TextName::earlier,
            "Tallene fra før den seneste erstatning er gemt i browseren.",
        ),
        (
            TextName::undo_hint,
            "Fortryd henter de tal frem igen, der blev vist før.",
        ),
        (TextName::undo_button, "Fortryd"),
        (
            TextName::replaced_by_file,
            "Dine tal er erstattet af tallene fra filen.",
        ),
        (TextName::figures_from_file, "Tal fra filen er sat ind."),
        (TextName::link_discard, "Tilbage til mine egne tal"),
        (
            TextName::link_kept,
            "Dine gemte tal er erstattet af tallene fra linket.",
        ),
        (
            TextName::link_error,
            "Linket kunne ikke læses, så dets tal vises ikke:",
        ),
        (TextName::share_heading, "Del, gem og indlejr"),
    ]),
    goals_heading: |year| format!("Beskæftigelsespolitiske mål {year}"),
    goal_number: |n| format!("Mål {n}"),
    coverage_data: |k, n| format!("{k} af {n} mål har tal"),
    coverage_on_track: |k, n| format!("{k} af {n} mål er på sporet"),
    coverage_behind: |k, n| format!("{k} af {n} mål er bagud"),
    coverage_plan: |k, n| format!("{k} af {n} mål har lokale sigtelinjer"),
    reference_text: |kind, value| format!("{kind}: {value}"),
    persons_on_track_lower: |r| format!("personer færre end {r}"),
    persons_on_track_higher: |r| format!("personer flere end {r}"),
    persons_behind_lower: |r| format!("personer færre skal til for at nå {r}"),
    persons_behind_higher: |r| format!("personer flere skal til for at nå {r}"),
    kroner_text: |k| format!("svarer til {k} om året"),
    pasted: |n| format!("{n} tal er indsat."),
    pasted_left_out: |n, left| {
        format!("{n} tal er indsat; {left} blev udeladt, fordi gruppen ikke har flere felter.")
    },
    comparison_label: |name| format!("Sammenligning for {name}"),
    target_label: |name| format!("Lokalt måltal for {name}"),
    computed_check: |value| format!("Beregnet af tallene: {value} (til kontrol)"),
    goal_in_year: |n| format!("mål {n}"),
    line_label: |n| format!("Sigtelinje {n}"),
    year_without_one_period: |year, periods| match periods {
        [] => format!("{year} (uden periode)"),
        _ => format!("{year} (forskellige perioder: {})", periods.join(", ")),
    },
    link_label: |view| format!("Link, der åbner visningen »{view}« med dine tal"),
    undo_named: |name| format!("Fortryd henter tallene for {name} tilbage."),
};

/// The English texts: in the browser build they are downloaded when English is chosen
/// (`load_english`), from the file the build writes from these.
#[cfg(not(target_arch = "wasm32"))]
pub const EN_TEXTS: Texts = Texts::new([
    (TextName::gloss_label, "Unofficial translation"),
    (
        TextName::own_indicator_hint,
        "Write the municipality's own indicator under “Plan”, and the gap table and the report show it as local.",
    ),
    (
        TextName::benchmark_hint,
        "Choose the municipality there to see its benchmark.",
    ),
    (
        TextName::write_own_indicator,
        "Write the municipality's own indicator",
    ),
    (TextName::view_goals, "Goals"),
    (TextName::view_figures, "Figures"),
    (TextName::view_gaps, "Gaps"),
    (TextName::view_years, "Years"),
    (TextName::view_plan, "Plan"),
    (TextName::view_share, "Share"),
    (TextName::status_on_track, "On track"),
    (TextName::status_behind, "Behind"),
    (TextName::status_no_reference, "No reference"),
    (TextName::status_no_data, "No data"),
    (TextName::reference_target, "the target"),
    (TextName::reference_comparison, "the comparison"),
    (TextName::reference_builtin, "the reference"),
    (TextName::app_title, "Jobmål"),
    (
        TextName::tagline,
        "The municipality's figures against the Minister of Employment's goals",
    ),
    (TextName::skip_to_content, "Skip to content"),
    (TextName::other_language, "Dansk"),
    (TextName::views_label, "Views"),
    (TextName::year_picker_legend, "Goal year"),
    (
        TextName::no_final_wording,
        "no final wording in the sources",
    ),
    (TextName::source_label, "Source"),
    (TextName::theme_label, "Theme"),
    (TextName::year_sources_heading, "Sources of the year's page"),
    (
        TextName::own_indicator_label,
        "The municipality's own indicator",
    ),
    (TextName::coverage_heading, "Goal coverage"),
    (TextName::municipality_fallback, "The municipality"),
    (
        TextName::no_figures_hint,
        "Enter the municipality's figures under “Figures”, or try the Lejre Kommune example.",
    ),
    (
        TextName::example_button,
        "Load the Lejre Kommune 2019 example",
    ),
    (
        TextName::example_loaded,
        "Your figures are replaced by the Lejre Kommune 2019 example.",
    ),
    (
        TextName::example_failed,
        "The example could not be downloaded. Try again when you are online.",
    ),
    (TextName::clear_button, "Clear all"),
    (
        TextName::clear_confirm,
        "Clear all figures, references and lines of aim? You can undo it afterwards.",
    ),
    (TextName::clear_yes, "Yes, clear all"),
    (TextName::clear_no, "Cancel"),
    (TextName::cleared, "All figures are cleared."),
    (TextName::dismiss, "Close"),
    (TextName::indicators_heading, "Indicators"),
    (TextName::plan_lines_heading, "Local lines of aim"),
    (TextName::development_better, "better than the year before"),
    (TextName::development_worse, "worse than the year before"),
    (TextName::development_same, "unchanged from the year before"),
    (TextName::development_label, "Development"),
    (TextName::edit_figures, "Enter figures"),
    (TextName::figures_heading, "The municipality's figures"),
    (TextName::period_word, "Period"),
    (TextName::gaps_heading, "Gaps to the reference"),
    (TextName::col_gap, "Gap to the reference"),
    (TextName::not_computed, "Not computed"),
    (TextName::monitor_only, "Monitored, not judged"),
    (TextName::not_judged, "Not judged"),
    (
        TextName::proposal_heading,
        "The earlier proposal of the year's goals",
    ),
    (TextName::years_heading, "The goals year by year"),
    (TextName::plan_heading, "Local lines of aim"),
    (TextName::extra_focus_heading, "Local extra focus"),
    (
        TextName::footer_text,
        "Jobmål runs entirely in your browser. Nothing is sent to any server, and no cookies are used.",
    ),
    (TextName::statement_heading, "Accessibility statement"),
    (TextName::new_tab, " (opens in a new tab)"),
    (
        TextName::english_failed,
        "English could not be downloaded; the page is shown in Danish.",
    ),
    (TextName::part_loading, "Loading this part of Jobmål …"),
    (
        TextName::part_failed,
        "This part of Jobmål could not be loaded. Check the connection and try again. Your figures are untouched.",
    ),
    (TextName::part_retry, "Try again"),
    (
        TextName::print_waiting,
        "The report for printing has not been loaded yet. Close the print dialog and try again in a moment.",
    ),
    (
        TextName::link_shown,
        "You are looking at figures from a shared link. Your own saved figures are untouched until you edit these or choose to keep them.",
    ),
    (
        TextName::link_shown_alone,
        "You are looking at figures from a shared link. They are not saved in the browser until you edit them or choose to keep them.",
    ),
    (
        TextName::link_saved,
        "The figures from the link are saved in the browser.",
    ),
    (TextName::figures_loading, "Loading the figures …"),
    (
        TextName::link_line,
        "You are looking at figures from a shared link. Whether to keep them, you choose at the bottom of the page.",
    ),
    (TextName::undo_link, "Undo brings the link's figures back."),
    (TextName::undo_empty, "Undo empties the fields again."),
    (TextName::link_keep, "Keep these figures"),
    (
        TextName::link_closed,
        "The link's figures are no longer shown.",
    ),
    (
        TextName::own_again,
        "Your own saved figures are shown again.",
    ),
    (
        TextName::other_tab,
        "Figures were changed in another tab, and the changes are taken in here too. Undo takes them back and keeps your own.",
    ),
    (
        TextName::other_link,
        "The figures of another link are shown now. Undo shows the figures shown before.",
    ),
    (TextName::undone, "The earlier figures are back."),
    (
        TextName::earlier,
        "The figures from before the last replacement are kept in the browser.",
    ),
    (
        TextName::undo_hint,
        "Undo brings back the figures shown before.",
    ),
    (TextName::undo_button, "Undo"),
    (
        TextName::replaced_by_file,
        "Your figures are replaced by the figures from the file.",
    ),
    (
        TextName::figures_from_file,
        "Figures from the file are put in.",
    ),
    (TextName::link_discard, "Back to my own figures"),
    (
        TextName::link_kept,
        "Your saved figures are replaced by the figures from the link.",
    ),
    (
        TextName::link_error,
        "The link could not be read, so its figures are not shown:",
    ),
    (TextName::share_heading, "Share, save and embed"),
]);

/// English, from its texts.
fn english(t: Texts) -> Strings {
    Strings {
        t,
        lang: Lang::En,
        goals_heading: |year| format!("Employment-policy goals {year}"),
        goal_number: |n| format!("Goal {n}"),
        coverage_data: |k, n| format!("{k} of {n} goals have figures"),
        coverage_on_track: |k, n| format!("{k} of {n} goals are on track"),
        coverage_behind: |k, n| format!("{k} of {n} goals are behind"),
        coverage_plan: |k, n| format!("{k} of {n} goals have local lines of aim"),
        reference_text: |kind, value| format!("{kind}: {value}"),
        persons_on_track_lower: |r| format!("persons fewer than {r}"),
        persons_on_track_higher: |r| format!("persons more than {r}"),
        persons_behind_lower: |r| format!("persons fewer needed to reach {r}"),
        persons_behind_higher: |r| format!("persons more needed to reach {r}"),
        kroner_text: |k| format!("worth {k} a year"),
        pasted: |n| format!("{n} numbers pasted."),
        pasted_left_out: |n, left| {
            format!("{n} numbers pasted; {left} left out, as the group has no more inputs.")
        },
        comparison_label: |name| format!("Comparison for {name}"),
        target_label: |name| format!("Target for {name}"),
        computed_check: |value| format!("Computed from the figures: {value} (as a check)"),
        goal_in_year: |n| format!("goal {n}"),
        line_label: |n| format!("Line of aim {n}"),
        year_without_one_period: |year, periods| match periods {
            [] => format!("{year} (no period given)"),
            _ => format!("{year} (different periods: {})", periods.join(", ")),
        },
        link_label: |view| format!("Link that opens the view “{view}” with your figures"),
        undo_named: |name| format!("Undo brings back the figures for {name}."),
    }
}

/// The English strings, once their texts are there: natively at once, in the browser once
/// downloaded ([`load_english`]).
static EN: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();

/// The strings for `lang`; in the browser, Danish until the English texts are loaded.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Da => &DA,
        Lang::En => english_strings().unwrap_or(&DA),
    }
}

/// The language the page is shown in: English only once its texts are there.
pub fn shown(lang: Lang) -> Lang {
    match english_strings() {
        Some(_) => lang,
        None => Lang::Da,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn english_strings() -> Option<&'static Strings> {
    Some(EN.get_or_init(|| english(EN_TEXTS)))
}

#[cfg(target_arch = "wasm32")]
fn english_strings() -> Option<&'static Strings> {
    EN.get()
}

/// Takes the English texts as downloaded (the list [`english_file`] writes): the catalogue's,
/// then the UI's. False if they do not fit this build.
pub fn load_english(json: &str) -> bool {
    if !jobmaal_core::load_english_json(json) {
        return false;
    }
    let Some(all) = jobmaal_core::english() else {
        return false;
    };
    match Texts::from_list(&all[jobmaal_core::CATALOGUE_ENGLISH_LEN..]) {
        Some(texts) => EN.set(english(texts)).is_ok(),
        None => false,
    }
}

/// The file of English texts the browser downloads when English is chosen: the catalogue's,
/// then the UI's, as a JSON list (written at build time by the page generator, `src/bin/pages`).
#[cfg(not(target_arch = "wasm32"))]
pub fn english_file() -> String {
    let mut texts: Vec<&str> = jobmaal_core::CATALOGUE_ENGLISH.to_vec();
    texts.extend_from_slice(EN_TEXTS.to_list());
    let quoted: Vec<String> = texts.iter().map(|t| json_string(t)).collect();
    format!("[{}]", quoted.join(","))
}

/// The file of the figures' help texts (every one in Danish, then every one in English), a
/// JSON list the browser downloads when the form is first shown.
#[cfg(not(target_arch = "wasm32"))]
pub fn help_file() -> String {
    let quoted: Vec<String> = jobmaal_core::help_texts()
        .iter()
        .map(|t| json_string(t))
        .collect();
    format!("[{}]", quoted.join(","))
}

/// `texts` as a JSON list of strings (a year's texts, downloaded when it is first shown).
#[cfg(not(target_arch = "wasm32"))]
pub fn text_list_file(texts: &[&str]) -> String {
    let quoted: Vec<String> = texts.iter().map(|t| json_string(t)).collect();
    format!("[{}]", quoted.join(","))
}

/// `text` as a JSON string.
#[cfg(not(target_arch = "wasm32"))]
fn json_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // Never `</script>` inside a page's inline JSON.
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Texts only the views of the part loaded later show (`later.rs`): functions of their own, so
/// that they travel with that part instead of every page's first module. Both languages are in
/// the part (English is not downloaded for these).
pub mod later {
    use jobmaal_core::Lang;

    later_texts! {
        files_held: "Du ser tal fra et delt link. Behold dem, eller gå tilbage til dine egne (nederst på siden), før du åbner en fil: ellers ville filens tal erstatte linkets, uden vej tilbage til dem.",
            "You are looking at figures from a shared link. Keep them, or go back to your own (at the bottom of the page), before you open a file: otherwise the file's figures would replace the link's, with no way back to them.";
        files_held_alone: "Du ser tal fra et delt link. Behold dem (nederst på siden), før du åbner en fil: ellers ville filens tal erstatte linkets, uden vej tilbage til dem.",
            "You are looking at figures from a shared link. Keep them (at the bottom of the page) before you open a file: otherwise the file's figures would replace the link's, with no way back to them.";
        storage_unavailable: "Browseren tillader ikke at gemme her, så dine tal gemmes kun, så længe siden er åben.",
            "The browser does not allow saving here, so your figures are kept only while the page is open.";
        save_failed: "Dine tal kunne ikke gemmes i browseren (lageret er fuldt). De er stadig på siden; gem dem som fil under »Del«.",
            "Your figures could not be saved in the browser (storage is full). They are still on the page; save them as a file under “Share”.";
        saved_unreadable: "De gemte tal kunne ikke læses og er lagt til side i browseren under »jobmaal/state-unreadable«, så de ikke går tabt. Årsag:",
            "The saved figures could not be read and were set aside in the browser under “jobmaal/state-unreadable”, so they are not lost. Reason:";
        visitor_figures: "Du prøver dine egne tal. De gemmes ikke, og kommunens tal på siden ændres ikke: genindlæs siden for at se dem igen.",
            "You are trying figures of your own. They are not saved, and the municipality's figures on this page do not change: reload the page to see them again.";
        accent_refused: "Farven fra adressen bruges ikke:",
            "The colour in the address is not used:";
        benchmark_title: "Benchmark", "Benchmark";
        benchmark_heading: "Benchmark for", "Benchmark for";
        benchmark_intro: "Forventet og faktisk antal fuldtidspersoner på a-dagpenge, sygedagpenge og kontanthjælp mv. i kommunen. Benchmarket er et af de initiativer, som ministerens brev om målene for 2020 nævner i stedet for flere af de tidligere mål: »et benchmarksystem, som skal give indsigt i kommunernes indsats på beskæftigelsesområdet« (brev af 21. feb. 2019, J.nr. 2019-196).",
            "Expected and actual full-time persons on unemployment benefit, sickness benefit and cash benefit etc. in the municipality. The benchmark is one of the initiatives the minister's letter on the 2020 goals names in place of several earlier goals: “a benchmark system which is to give insight into the municipalities' efforts in employment” (letter of 21 Feb 2019, ref. 2019-196).";
        benchmark_expected: "»Forventet« er det antal, benchmarket forventer for en kommune med kommunens rammevilkår; »faktisk« er det antal, der var. Et faktisk antal over det forventede er flere på ydelserne end forventet. Placeringen blandt de 98 følger forskellen i procentpoint mellem faktisk og forventet andel af befolkningen: nr. 1 ligger mest under det forventede.",
            "“Expected” is the number the benchmark expects for a municipality with this municipality's circumstances; “actual” is the number there was. An actual number above the expected one means more people on these benefits than expected. The rank among the 98 follows the difference in percentage points between the actual and the expected share of the population: no. 1 is furthest below what was expected.";
        benchmark_not_mm14: "Benchmarket tæller kun disse tre ydelsesgrupper. Det er ikke det samme tal som fuldtidspersoner på offentlig forsørgelse i målene for 2018 og 2019 (Jobindsats' måling MM14, der også tæller fx førtidspension og fleksjob), og de to kan ikke sammenlignes eller trækkes fra hinanden.",
            "The benchmark counts only these three benefit groups. It is not the same figure as full-time persons on public support in the goals for 2018 and 2019 (Jobindsats' measure MM14, which also counts e.g. disability pension and flex jobs); the two cannot be compared or subtracted from each other.";
        benchmark_source: "Kilde: Jobindsats.dk (STAR), tabel Y30R21", "Source: Jobindsats.dk (STAR), table Y30R21";
        benchmark_periods: ". Perioderne står, som Jobindsats.dk offentliggør dem (fx 2020QMAT02).", ". The periods are as Jobindsats.dk publishes them (e.g. 2020QMAT02).";
        benchmark_failed: "Benchmarkets tal kunne ikke hentes. Tjek forbindelsen, og prøv igen. Dine tal er urørte.", "The benchmark's figures could not be downloaded. Check the connection and try again. Your figures are untouched.";
        benchmark_loading: "Henter benchmarkets tal …", "Downloading the benchmark's figures …";
        /// The address names another municipality than the user's saved figures (`?kommune=`).
        address_shown: "Adressen viser siden for en anden kommune end dine gemte tal. Dine egne gemte tal er urørte, indtil du retter i tallene eller vælger at beholde disse.",
            "The address shows the page of another municipality than your saved figures. Your own saved figures are untouched until you edit these or choose to keep them.";
        benchmark_all: "Alle 98 kommuner i", "All 98 municipalities in";
        benchmark_all_caption: "Alle 98 kommuner, ydelsesgrupper i alt, efter placering,", "All 98 municipalities, all benefit groups, by rank,";
        benchmark_columns: "Periode|Forventet|Faktisk|Forskel (personer)|Forventet andel|Faktisk andel|Forskel (pct.-point)|Placering", "Period|Expected|Actual|Difference (persons)|Expected share|Actual share|Difference (points)|Rank";
        benchmark_all_columns: "Placering|Kommune|Forventet andel|Faktisk andel|Forskel (pct.-point)", "Rank|Municipality|Expected share|Actual share|Difference (points)";
        benchmark_group_all: "Ydelsesgrupper i alt", "All benefit groups";
        benchmark_group_unemployment: "A-dagpenge mv.", "Unemployment benefit etc.";
        benchmark_group_sickness: "Sygedagpenge mv.", "Sickness benefit etc.";
        benchmark_group_assistance: "Kontanthjælp mv.", "Cash benefit etc.";
        benchmark_chart_caption: "Stiplet: forventet antal; fuld linje: faktisk antal (ydelsesgrupper i alt). Tallene står i tabellen.", "Dashed: expected number; solid: actual number (all benefit groups). The numbers are in the table.";
        municipality_label: "De 98 kommuner", "The 98 municipalities";
        picker_suggestions: "kommune(r) passer; brug pil op og ned, og Enter for at vælge.", "municipality(-ies) match; use the up and down arrows, and Enter to choose.";
        picker_none: "Ingen af de 98 kommuner passer. Navnet kan stadig bruges (fx et fælles jobcenter).", "None of the 98 municipalities matches. The name can still be used (e.g. a joint jobcentre).";
        local_heading: "Kommunens egen indikator", "The municipality's own indicator";
        local_intro: "Skriv kommunens egen indikator for dette mål her med årets værdi og kommunens mål for den; gabtabellen og rapporten viser den som lokal.",
            "Write the municipality's own indicator for this goal here, with the year's value and the municipality's target for it; the gap table and the report show it as local.";
        local_name: "Indikatorens navn", "Name of the indicator";
        local_value: "Værdi i målåret", "Value in the goal year";
        local_target: "Kommunens mål", "The municipality's target";
        local_better: "Bedre er", "Better is";
        local_higher: "en højere værdi", "a higher value";
        local_lower: "en lavere værdi", "a lower value";
        local_label: "lokal", "local";
        local_reference: "kommunens eget mål", "the municipality's own target";
        figures_intro: "Alle tal er frivillige. Skriv dem, som du er vant til: 16.884, 16884 og 16\u{a0}884 er det samme, og både 14,1 og 14.1 virker. Resultaterne opdateres, mens du skriver.",
            "Every figure is optional. Write them as you are used to: 16,884, 16884 and 16\u{a0}884 are the same, and both 14.1 and 14,1 work. Results update as you type.";
        typical_source: "Typisk kilde",
            "Typical source";
        paste_hint: "Tip: indsæt en kolonne af tal (fx fra Excel) i et felt for at udfylde resten af gruppen.",
            "Tip: paste a column of numbers (e.g. from Excel) into a field to fill the rest of its group.";
        gaps_intro: "Referencen er kommunens lokale måltal, hvis det er sat, ellers en sammenligning, ellers den indbyggede reference.",
            "The reference is the municipality's own target if set, else a comparison, else the built-in reference.";
        col_indicator: "Indikator",
            "Indicator";
        col_value: "Værdi",
            "Value";
        col_reference: "Reference",
            "Reference";
        col_persons: "Personer (kr. pr. år)",
            "Persons (kroner a year)";
        col_development: "Udvikling",
            "Development";
        col_status: "Status",
            "Status";
        col_comparison: "Sammenligning",
            "Comparison";
        col_target: "Lokalt måltal",
            "Target";
        sort_by_gap: "Sorter efter gab",
            "Sort by gap";
        sorted_by_gap: "Sorteret efter gab: bagud først, største gab i forhold til referencen først.",
            "Sorted by gap: behind first, largest gap relative to the reference first.";
        col_yours: "Dine referencer",
            "Your references";
        chart_heading: "Gab i diagram",
            "Gaps as a chart";
        chart_note: "Diagrammet viser gabet for de indikatorer, der har en værdi og en reference. Tabellen ovenfor har de samme tal.",
            "The chart shows the gap of every indicator that has a value and a reference. The table above has the same figures.";
        investment_heading: "Investeringsperspektivet",
            "The investment perspective";
        investment_ratio_label: "Forventet besparelse pr. investeret krone",
            "Expected saving per krone invested";
        investment_ratio_help: "Standard 2,0: fire kommuner forventede at spare cirka dobbelt så meget, som de investerede (brev af 21. dec. 2017, J.nr. 2017-8190).",
            "Default 2.0: four municipalities expected to save about twice what they invested (letter of 21 Dec 2017, ref. 2017-8190).";
        investment_amount: "Planlagt investering",
            "Planned investment";
        investment_saving: "Forventet besparelse",
            "Expected saving";
        investment_net: "Nettogevinst",
            "Net gain";
        investment_gap: "Værdien af at lukke gabet i offentlig forsørgelse",
            "The value of closing the public-support gap";
        investment_no_amount: "Indtast »Planlagt investering i indsatsen« under Tal for at se den forventede besparelse.",
            "Enter “Planned investment in the effort” under Figures to see the expected saving.";
        investment_no_gap: "Intet gab at lukke i offentlig forsørgelse (eller ingen udgift pr. fuldtidsperson indtastet).",
            "No public-support gap to close (or no cost per full-time person entered).";
        ratio_invalid: "Skriv et tal på 0 eller mere, fx 2,0.",
            "Enter a number of 0 or more, e.g. 2.0.";
        years_intro: "Hvilke temaer der var mål hvert år, og kommunens målopfyldelse hvert år med årets egne tal.",
            "Which themes were goals each year, and how the municipality covers each year's goals with that year's own figures.";
        col_theme: "Tema",
            "Theme";
        not_a_goal: "ikke et mål",
            "not a goal";
        changes_heading: "Hvad kom til, og hvad faldt bort",
            "What was added and what was dropped";
        added: "Nyt",
            "Added";
        dropped: "Faldt bort",
            "Dropped";
        no_changes: "Første år i Jobmål.",
            "First year in Jobmål.";
        coverage_row: "Målopfyldelse",
            "Coverage";
        plan_intro: "Skriv kommunens egne sigtelinjer under hvert mål, som i en beskæftigelsesplan.",
            "Write the municipality's own lines of aim under each goal, as in its employment plan.";
        extra_focus_intro: "Sigtelinjer, der ikke hører til et af årets mål.",
            "Lines of aim that belong to none of the year's goals.";
        add_line: "Tilføj sigtelinje",
            "Add a line of aim";
        remove_line: "Fjern",
            "Remove";
        not_a_goal_this_year: "ikke et mål i dette år",
            "not a goal this year";
        link_heading: "Del et link",
            "Share a link";
        link_intro: "Linket indeholder alle tal og sigtelinjer. De sendes ikke til nogen server: de står efter # i adressen.",
            "The link holds all figures and lines of aim. They are not sent to any server: they are after the # in the address.";
        copy_link: "Kopiér link",
            "Copy link";
        link_copied: "Linket er kopieret.",
            "The link is copied.";
        copy_failed: "Browseren tillod ikke at kopiere. Markér teksten i feltet, og kopiér den selv.",
            "The browser did not allow copying. Select the text in the field and copy it yourself.";
        files_heading: "Gem og åbn en fil",
            "Save and open a file";
        export_json: "Gem som fil (.json)",
            "Save as a file (.json)";
        import_label: "Indlæs tal fra en fil",
            "Load figures from a file";
        import_drop: "eller træk filen herind",
            "or drag the file here";
        imported: "Filen er åbnet.",
            "The file is opened.";
        import_failed: "Filen kunne ikke åbnes, så intet er ændret:",
            "The file could not be opened, so nothing changed:";
        csv_heading: "Gabtabellen til regneark",
            "The gap table for spreadsheets";
        csv_danish: "CSV til dansk Excel (semikolon, decimalkomma)",
            "CSV for Danish Excel (semicolon, decimal comma)";
        csv_international: "CSV på engelsk (komma, decimalpunktum)",
            "CSV in English (commas, decimal points)";
        print_heading: "Udskriv",
            "Print";
        print_intro: "En side i A4 med årets målopfyldelse, gabtabellen og kilderne.",
            "One A4 page with the year's coverage, the gap table and the sources.";
        print_button: "Udskriv rapport",
            "Print report";
        embed_heading: "Indlejr på kommunens hjemmeside",
            "Embed on the municipality's website";
        embed_intro: "Kopiér koden ind på en side. Rammen får selv den rigtige højde.",
            "Paste the code into a page. The frame sizes itself.";
        embed_with_figures: "Medtag de nuværende tal",
            "Include the current figures";
        embed_accent: "Farve (hex, fx 004b87)",
            "Colour (hex, e.g. 004b87)";
        embed_edit: "Lad besøgende prøve deres egne tal (de gemmes ikke)",
            "Let visitors try figures of their own (not saved)";
        embed_contact: "Kontakt for tilgængelighed",
            "Accessibility contact";
        embed_contact_help: "Kommunens e-mail eller en adresse på kommunens websted (https://…). Den står i tilgængelighedserklæringen.",
            "The municipality's e-mail or an address on its website (https://…). It is shown in the accessibility statement.";
        embed_contact_invalid: "Skriv en e-mailadresse eller en adresse, der begynder med https://.",
            "Enter an e-mail address or an address that starts with https://.";
        embed_contact_long: "Højst 200 tegn: skriv en kortere adresse, fx kommunens side om tilgængelighed. Koden har ingen kontakt, før den er rettet.",
            "At most 200 characters: enter a shorter address, such as the municipality's page on accessibility. The code has no contact until it is corrected.";
        embed_view: "Visning",
            "View";
        embed_code: "Kode til indlejring",
            "Embed code";
        copy_code: "Kopiér kode",
            "Copy code";
        code_copied: "Koden er kopieret.",
            "The code is copied.";
        embed_preview: "Forhåndsvisning",
            "Preview";
        iframe_title: "Jobmål – kommunens tal over for de beskæftigelsespolitiske mål",
            "Jobmål – the municipality's figures against the employment-policy goals";
        report_title: "Beskæftigelsespolitiske mål",
            "Employment-policy goals";
        report_printed: "Udskrevet",
            "Printed";
        report_sources: "Kilder",
            "Sources";
        /// The development's verdict in the printed report's narrow column (its heading says
        /// what it is against).
        report_better: "bedre", "better";
        report_worse: "dårligere", "worse";
        report_same: "uændret", "unchanged";
        report_made_with: "Lavet med Jobmål. Tallene er kommunens egne; referencerne har kilden angivet.",
            "Made with Jobmål. The figures are the municipality's own; each reference names its source.";
    }

    pub fn period_label(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Periode for gruppens tal",
            Lang::En => "Period of the group's figures",
        }
    }

    pub fn period_help(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Som den er offentliggjort, fx »april 2019«, »2019K4« eller »2019«. Gælder gruppens tal i det valgte målår; udviklingen fra året før viser begge perioder."
            }
            Lang::En => {
                "As published, e.g. “April 2019”, “2019K4” or “2019”. Applies to the group's figures in the chosen goal year; the development from the year before shows both periods."
            }
        }
    }

    pub fn period_mixed(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Gruppens tal har ikke én periode. En periode skrevet her gælder dem alle. Nu:"
            }
            Lang::En => {
                "The group's figures do not have one period. A period written here applies to all of them. Now:"
            }
        }
    }

    /// A figure of a group with no period or table given, in the list of what each has.
    pub fn group_text_none(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "ingen",
            Lang::En => "none",
        }
    }

    pub fn table_label(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Tabel, tallene er fra",
            Lang::En => "Table the figures are from",
        }
    }

    pub fn table_help(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Fx »FOLK1A« (Danmarks Statistik) eller »Y30R21« (Jobindsats). Vises i rapporten ved tallene."
            }
            Lang::En => {
                "E.g. “FOLK1A” (Statistics Denmark) or “Y30R21” (Jobindsats). Shown in the report beside the figures."
            }
        }
    }

    pub fn table_mixed(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Gruppens tal har ikke én tabel. En tabel skrevet her gælder dem alle. Nu:",
            Lang::En => {
                "The group's figures do not have one table. A table written here applies to all of them. Now:"
            }
        }
    }

    pub fn series_heading(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Indikatorerne år for år",
            Lang::En => "The indicators year by year",
        }
    }

    pub fn series_intro(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Hver indikator i de år, du har skrevet tal for (under Tal, i hvert målår), med perioden, hvor tallene angiver den. Linjen ved hver indikator viser de samme tal."
            }
            Lang::En => {
                "Each indicator in the years you entered figures for (under Figures, in each goal year), with the period where the figures name it. The line with each indicator shows the same figures."
            }
        }
    }

    pub fn series_caption(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Indikatorernes værdi i hvert år med tal",
            Lang::En => "The indicators' value in every year with figures",
        }
    }

    pub fn series_empty(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Skriv tal for mindst ét år under Tal for at se indikatorerne år for år. Vælg året øverst; tallene hører til det valgte målår."
            }
            Lang::En => {
                "Enter figures for at least one year under Figures to see the indicators year by year. Choose the year at the top; the figures belong to the chosen goal year."
            }
        }
    }

    /// Beside a year's value whose figures name different periods: those periods.
    pub fn series_periods(lang: Lang, periods: &[String]) -> String {
        match lang {
            Lang::Da => format!("forskellige perioder: {}", periods.join(", ")),
            Lang::En => format!("different periods: {}", periods.join(", ")),
        }
    }

    /// Beside a year's value whose change from the year before crosses a change of method
    /// (`month` in words): why that change is not judged.
    pub fn series_method_break(lang: Lang, month: &str) -> String {
        match lang {
            Lang::Da => format!("Ny metode fra {month}: ændringen fra året før vurderes ikke"),
            Lang::En => {
                format!("New method from {month}: the change from the year before is not judged")
            }
        }
    }

    pub fn series_line(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Forløb",
            Lang::En => "Trend",
        }
    }

    pub fn themes_years_heading(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Temaer og mål år for år",
            Lang::En => "Themes and goals year by year",
        }
    }

    pub fn report_figures(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Tallene for",
            Lang::En => "The figures for",
        }
    }

    pub fn period_unread(lang: Lang, period: &str) -> String {
        match lang {
            Lang::Da => format!(
                "Jobmål kan ikke læse »{period}« som en måned, et kvartal, et halvår eller et år (fx »april 2019«, »04/2019«, »2019K2«, »2019H1« eller »2019«). Perioden gemmes og vises, som den er skrevet, men Jobmål kan ikke se, om tal fra den kan sammenlignes med andre."
            ),
            Lang::En => format!(
                "Jobmål cannot read “{period}” as a month, a quarter, a half year or a year (e.g. “April 2019”, “04/2019”, “2019K2”, “2019H1” or “2019”). The period is saved and shown as written, but Jobmål cannot tell whether figures for it can be compared with others."
            ),
        }
    }

    pub fn year_before_figures(lang: Lang, year: u16, figures: &str) -> String {
        match lang {
            Lang::Da => format!(
                "Du har også andre tal for {year} (fra en fil eller et link): {figures}. De vises under År."
            ),
            Lang::En => format!(
                "You also have other figures for {year} (from a file or link): {figures}. They show under Years."
            ),
        }
    }

    pub fn year_before_legend(lang: Lang, year: u16) -> String {
        match lang {
            Lang::Da => format!("Tal for {year}, året før"),
            Lang::En => format!("Figures for {year}, the year before"),
        }
    }

    pub fn year_before_help(lang: Lang, year: u16, first: u16) -> String {
        match lang {
            Lang::Da => format!(
                "{first} er det første målår. Udviklingen i {first} regnes fra disse tal for {year}."
            ),
            Lang::En => format!(
                "{first} is the first goal year. The development in {first} is counted from these figures for {year}."
            ),
        }
    }

    /// An address asking for a goal year Jobmål does not have (`?year=2025`), and the year
    /// shown instead.
    pub fn unknown_year(lang: Lang, asked: u16, shown: u16) -> String {
        let years: Vec<u16> = crate::catalogue().year_numbers().collect();
        let (first, last) = (years[0], years[years.len() - 1]);
        match lang {
            Lang::Da => format!(
                "Adressen beder om målåret {asked}, som Jobmål ikke har mål for (Jobmål har årene {first}–{last}). Siden viser {shown}; vælg et andet år herunder."
            ),
            Lang::En => format!(
                "The address asks for the goal year {asked}, which Jobmål has no goals for (Jobmål has the years {first}–{last}). The page shows {shown}; pick another year below."
            ),
        }
    }

    /// A figure's typical source in English, where its Danish name is a description (the
    /// municipality's own figures, a survey); the names of sites and tables (Jobindsats.dk,
    /// FOLK1A) are the same in both languages, and have none.
    pub fn source_en(da: &str) -> Option<&'static str> {
        Some(match da {
            "Kommunens budget" => "the municipality's budget",
            "Kommunens effektmåling" => "the municipality's measurement of its results",
            "Kommunens egne tal" => "the municipality's own figures",
            "Kommunens regnskab" => "the municipality's accounts",
            "STAR (passivandel)" => "STAR (passive share)",
            "STAR, rekrutteringssurvey" => "STAR, recruitment survey",
            "STAR / Danmarks Statistik" => "STAR / Statistics Denmark",
            "Danmarks Statistik, FOLK1A" => "Statistics Denmark, FOLK1A",
            _ => return None,
        })
    }

    /// The embed generator's choice of naming the municipality in the address.
    pub fn embed_kommune(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Kommune (kommune=): indlejringen viser dens benchmark for 2020, også uden tal"
            }
            Lang::En => {
                "Municipality (kommune=): the embed shows its benchmark for 2020, also without figures"
            }
        }
    }

    pub fn embed_kommune_of_figures(lang: Lang, name: &str) -> String {
        match lang {
            Lang::Da => format!(
                "Med tallene er indlejringen for tallenes kommune, {name}. Fravælg tallene for at vælge en anden."
            ),
            Lang::En => format!(
                "With the figures, the embed is for their municipality, {name}. Leave the figures out to choose another."
            ),
        }
    }

    pub fn embed_no_kommune(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Ingen",
            Lang::En => "None",
        }
    }

    /// Why the address's municipality code shows no benchmark (`?kommune=999`).
    pub fn unknown_code(lang: Lang, code: &str) -> String {
        let code: String = code.chars().take(12).collect();
        match lang {
            Lang::Da => format!(
                "Adressen beder om kommunen med koden »{code}«, men ingen af de 98 kommuner har den kode, så der vises intet benchmark. Koden er Danmarks Statistiks kommunekode, fx 350 for Lejre."
            ),
            Lang::En => format!(
                "The address asks for the municipality with the code “{code}”, but none of the 98 municipalities has that code, so no benchmark is shown. The code is Statistics Denmark's municipality code, e.g. 350 for Lejre."
            ),
        }
    }

    /// Why a name the document has shows no benchmark.
    pub fn not_one_of_the_98(lang: Lang, name: &str) -> String {
        match lang {
            Lang::Da => format!(
                "»{name}« er ikke en af de 98 kommuner, som benchmarket dækker (et fælles jobcenter er heller ikke), så der vises intet benchmark. Vælg kommunen under »Tal«, eller skriv dens navn, som det står på Jobindsats.dk."
            ),
            Lang::En => format!(
                "“{name}” is not one of the 98 municipalities the benchmark covers (nor is a joint jobcentre), so no benchmark is shown. Choose the municipality under “Figures”, or write its name as Jobindsats.dk spells it."
            ),
        }
    }

    /// Texts of a public data file's preview (`file_preview`), in the Share view.
    pub fn import_heading(lang: Lang, name: &str) -> String {
        match lang {
            Lang::Da => format!("Tal fra »{name}«"),
            Lang::En => format!("Figures from “{name}”"),
        }
    }

    pub fn import_holds(lang: Lang, layout: &str, areas: usize, periods: &[String]) -> String {
        let periods = periods.join(", ");
        match lang {
            Lang::Da => format!(
                "En tabel fra {layout} med {areas} område(r) og perioderne {periods}. Intet er ændret endnu: vælg område og periode, se hvilket tal hver kolonne udfylder, og sæt dem ind."
            ),
            Lang::En => format!(
                "A table from {layout} with {areas} area(s) and the periods {periods}. Nothing has changed yet: choose the area and period, see which figure each column fills, and put them in."
            ),
        }
    }

    pub fn import_area(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Område",
            Lang::En => "Area",
        }
    }

    pub fn import_period(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Periode",
            Lang::En => "Period",
        }
    }

    pub fn import_caption(lang: Lang, area: &str, period: &str) -> String {
        match lang {
            Lang::Da => format!("Kolonnerne for {area}, {period}"),
            Lang::En => format!("The columns for {area}, {period}"),
        }
    }

    pub fn import_column(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Kolonne i filen",
            Lang::En => "Column in the file",
        }
    }

    pub fn import_value(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Værdi",
            Lang::En => "Value",
        }
    }

    pub fn import_fills(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Udfylder tallet",
            Lang::En => "Fills the figure",
        }
    }

    pub fn import_fills_label(lang: Lang, column: &str) -> String {
        match lang {
            Lang::Da => format!("Tallet, som »{column}« udfylder"),
            Lang::En => format!("The figure “{column}” fills"),
        }
    }

    pub fn import_unused(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "– bruges ikke –",
            Lang::En => "– not used –",
        }
    }

    pub fn import_not_recognised(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Genkendes ikke: vælg selv et tal, eller lad den være.",
            Lang::En => "Not recognised: choose a figure yourself, or leave it.",
        }
    }

    pub fn import_suppressed(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "skjult i kilden (ikke 0)",
            Lang::En => "withheld by the source (not 0)",
        }
    }

    pub fn import_where(lang: Lang, year: u16, period: &str) -> String {
        match lang {
            Lang::Da => format!(
                "Tallene sættes ind i målåret {year} (vælg et andet år øverst), med perioden »{period}« ved hvert tal. En værdi, som kilden skjuler, sættes ikke ind. Fortryd henter de tidligere tal tilbage."
            ),
            Lang::En => format!(
                "The figures are put into the goal year {year} (choose another year at the top), with the period “{period}” on each figure. A value the source withholds is not put in. Undo brings the earlier figures back."
            ),
        }
    }

    /// The document names `name`, and the file's area shown is another: because the file has
    /// none of `name`'s figures (`missing`), or because another area was chosen.
    pub fn import_other_area(lang: Lang, name: &str, area: &str, missing: bool) -> String {
        match (lang, missing) {
            (Lang::Da, true) => format!(
                "Filen har ingen tal for {name}. Tallene her er for {area}: vælg området, hvis du vil bruge en anden kommunes tal."
            ),
            (Lang::Da, false) => {
                format!("Tallene her er for {area}, men dine tal er for {name}.")
            }
            (Lang::En, true) => format!(
                "The file has no figures for {name}. The figures here are for {area}: choose the area if you want to use another municipality's figures."
            ),
            (Lang::En, false) => {
                format!("The figures here are for {area}, but your figures are for {name}.")
            }
        }
    }

    /// Before the values of indicators of themes that are no goal of the year.
    pub fn extra_indicators(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Tal for temaer, der ikke er årets mål, som gabtabellen også viser:",
            Lang::En => {
                "Figures for themes that are not the year's goals, also shown in the gap table:"
            }
        }
    }

    /// A local indicator with a value or a target, but no name.
    pub fn local_unnamed(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "Giv indikatoren et navn: gabtabellen, rapporten og Mål-visningen viser den ved navn."
            }
            Lang::En => {
                "Give the indicator a name: the gap table, the report and the Goals view show it by its name."
            }
        }
    }

    pub fn import_twice(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "To kolonner udfylder det samme tal. Vælg »bruges ikke« for den ene.",
            Lang::En => "Two columns fill the same figure. Choose “not used” for one of them.",
        }
    }

    pub fn import_apply(lang: Lang, count: usize, year: u16) -> String {
        match lang {
            Lang::Da => format!("Sæt {count} tal ind i {year}"),
            Lang::En => format!("Put {count} figure(s) into {year}"),
        }
    }

    pub fn import_cancel(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Annullér",
            Lang::En => "Cancel",
        }
    }

    pub fn figures_put(lang: Lang, count: usize, left_out: crate::state::LeftOut) -> String {
        let withheld = match (lang, left_out.withheld) {
            (_, 0) => String::new(),
            (Lang::Da, n) => format!(" {n} værdi(er) er skjult i kilden og ikke sat ind."),
            (Lang::En, n) => format!(" {n} value(s) are withheld by the source and not put in."),
        };
        let refused = match (lang, left_out.refused) {
            (_, 0) => String::new(),
            (Lang::Da, n) => format!(
                " {n} værdi(er) kan tallet, de skulle fylde, ikke have (se grunden i forhåndsvisningen), og de er ikke sat ind."
            ),
            (Lang::En, n) => format!(
                " {n} value(s) are not values the figure they were to fill can have (the preview says why), and are not put in."
            ),
        };
        match lang {
            Lang::Da => format!("{count} tal fra filen er sat ind under »Tal«.{withheld}{refused}"),
            Lang::En => format!(
                "{count} figure(s) from the file are put in under “Figures”.{withheld}{refused}"
            ),
        }
    }

    /// A column's value that the figure it is to fill cannot have, with the reason.
    pub fn import_refused(lang: Lang, why: &str) -> String {
        match lang {
            Lang::Da => format!("Sættes ikke ind: {why}"),
            Lang::En => format!("Not put in: {why}"),
        }
    }

    pub fn import_help(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "En Jobmål-fil (.json) erstatter dine tal (Fortryd henter dem tilbage). Tal hentet fra Jobindsats.dk (JSON eller CSV) eller Statistikbanken (CSV med semikolon) ser du først, før noget ændres."
            }
            Lang::En => {
                "A Jobmål file (.json) replaces your figures (Undo brings them back). Figures downloaded from Jobindsats.dk (JSON or CSV) or Statbank Denmark (CSV with semicolons) are shown first, before anything changes."
            }
        }
    }

    /// A file whose letters are not UTF-8 (æ, ø and å unreadable).
    pub fn not_utf8(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => {
                "dens bogstaver er ikke gemt som UTF-8 (æ, ø og å kan ikke læses): gem filen som UTF-8 (i Excel: »CSV UTF-8«), eller hent den igen som UTF-8."
            }
            Lang::En => {
                "its letters are not saved as UTF-8 (æ, ø and å cannot be read): save the file as UTF-8 (in Excel: “CSV UTF-8”), or download it again as UTF-8."
            }
        }
    }

    /// Why a file or pasted text is refused when it is neither a Jobmål file nor a table.
    pub fn neither(lang: Lang, pasted: bool) -> &'static str {
        match (lang, pasted) {
            (Lang::Da, false) => {
                "Filen kunne ikke læses, så intet er ændret: den er ikke en Jobmål-fil (.json)."
            }
            (Lang::Da, true) => {
                "Teksten kunne ikke læses, så intet er ændret: den er ikke fra en Jobmål-fil."
            }
            (Lang::En, false) => {
                "The file could not be read, so nothing has changed: it is not a Jobmål file (.json)."
            }
            (Lang::En, true) => {
                "The text could not be read, so nothing has changed: it is not from a Jobmål file."
            }
        }
    }

    /// Why a table in a file or pasted text is refused (its reason follows).
    pub fn table_refused(lang: Lang, pasted: bool) -> &'static str {
        match (lang, pasted) {
            (Lang::Da, false) => "Filen kunne ikke læses, så intet er ændret:",
            (Lang::Da, true) => "Teksten kunne ikke læses, så intet er ændret:",
            (Lang::En, false) => "The file could not be read, so nothing has changed:",
            (Lang::En, true) => "The text could not be read, so nothing has changed:",
        }
    }

    pub fn period_published(lang: Lang, period: &str) -> String {
        match lang {
            Lang::Da => format!(
                "»{period}« er en periodekode, som Jobindsats.dk offentliggør den. Jobmål læser ikke, hvilke måneder den dækker, og sammenligner den kun med samme kode."
            ),
            Lang::En => format!(
                "“{period}” is a period code as Jobindsats.dk publishes it. Jobmål does not read which months it covers, and compares it only with the same code."
            ),
        }
    }

    pub fn paste_label(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Eller indsæt teksten fra en fil",
            Lang::En => "Or paste the text of a file",
        }
    }

    pub fn paste_button(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "Læs den indsatte tekst",
            Lang::En => "Read the pasted text",
        }
    }

    pub fn pasted_name(lang: Lang) -> &'static str {
        match lang {
            Lang::Da => "indsat tekst",
            Lang::En => "pasted text",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figures_source_is_english_on_an_english_page_or_a_name() {
        // A description (the municipality's budget) has its English; a site's or a table's
        // name (Jobindsats.dk, MM13) is kept as it is.
        for figure in crate::catalogue().figures {
            let Some(source) = figure.source else {
                continue;
            };
            let named = source.starts_with("Jobindsats.dk");
            assert!(
                named || later::source_en(source).is_some(),
                "{}: no English for «{source}»",
                figure.id
            );
        }
    }

    #[test]
    fn the_english_file_holds_the_catalogues_texts_then_the_uis() {
        let file = english_file();
        let list: Vec<String> = serde_json::from_str(&file).unwrap();
        assert_eq!(list.len(), jobmaal_core::CATALOGUE_ENGLISH_LEN + COUNT);
        assert_eq!(
            list[jobmaal_core::CATALOGUE_ENGLISH_LEN],
            EN_TEXTS.gloss_label()
        );
        assert_eq!(
            list.last().map(String::as_str),
            EN_TEXTS.to_list().last().copied()
        );
        let ui: Vec<&'static str> = list[jobmaal_core::CATALOGUE_ENGLISH_LEN..]
            .iter()
            .map(|t| &*t.clone().leak())
            .collect();
        let texts = Texts::from_list(&ui).unwrap();
        assert_eq!(texts.app_title(), "Jobmål");
        assert!(Texts::from_list(&ui[1..]).is_none(), "one text short");
    }
}
