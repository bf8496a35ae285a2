//! The Years view: themes × years (which goal each theme was, if any), the coverage of every
//! year computed from the same figures, and what was added and dropped from year to year.

use jobmaal_core::{Document, assess};
use yew::prelude::*;

use crate::catalogue;
use crate::components::summary::coverage_markup;
use crate::i18n::strings;
use crate::markup::Markup;

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub doc: Document,
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn years_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let years = &catalogue().years;
    let coverages: Vec<_> = years
        .iter()
        .map(|year| {
            assess(
                catalogue(),
                &Document {
                    year: year.year,
                    ..props.doc.clone()
                },
            )
            .coverage
        })
        .collect();
    let theme_name = |id: &str| {
        catalogue()
            .theme(id)
            .map(|t| t.name.get(lang).to_string())
            .unwrap_or_default()
    };
    // The table and the list of changes as markup (see `markup`): they hold no input.
    let mut markup = Markup::default();
    markup
        .open("table", &[("class", "years-table")])
        .open("caption", &[("id", "years-caption")])
        .text(text.years_heading())
        .close("caption")
        .open("thead", &[])
        .open("tr", &[])
        .open("th", &[("scope", "col")])
        .text(text.col_theme())
        .close("th");
    for year in years.iter() {
        markup
            .open("th", &[("scope", "col")])
            .text(&year.year.to_string())
            .close("th");
    }
    markup.close("tr").close("thead").open("tbody", &[]);
    for theme in catalogue().themes {
        markup
            .open("tr", &[])
            .open("th", &[("scope", "row")])
            .text(theme.name.get(lang))
            .close("th");
        for year in years.iter() {
            match year.goals.iter().find(|g| g.theme == theme.id) {
                Some(goal) => markup.element("td", "is-goal", &(text.goal_in_year)(goal.number)),
                None => markup.element("td", "not-goal", text.not_a_goal()),
            };
        }
        markup.close("tr");
    }
    markup
        .open("tr", &[("class", "coverage-row")])
        .open("th", &[("scope", "row")])
        .text(text.coverage_row())
        .close("th");
    for coverage in &coverages {
        markup.open("td", &[]);
        coverage_markup(&mut markup, *coverage, lang, "plain-list");
        markup.close("td");
    }
    markup.close("tr").close("tbody").close("table");
    let mut changes = Markup::default();
    for (i, year) in years.iter().enumerate() {
        let themes = |y: &jobmaal_core::Year| y.goals.iter().map(|g| g.theme).collect::<Vec<_>>();
        let now = themes(year);
        changes
            .element("dt", "", &year.year.to_string())
            .open("dd", &[]);
        match i.checked_sub(1).map(|p| themes(&years[p])) {
            None => changes.element("p", "", text.no_changes()),
            Some(before) => {
                let list = |items: Vec<String>| match items.is_empty() {
                    true => "–".to_string(),
                    false => items.join(", "),
                };
                let added = now
                    .iter()
                    .filter(|t| !before.contains(t))
                    .map(|t| theme_name(t));
                let dropped = before
                    .iter()
                    .filter(|t| !now.contains(t))
                    .map(|t| theme_name(t));
                changes
                    .element(
                        "p",
                        "",
                        &format!("{}: {}", text.added(), list(added.collect())),
                    )
                    .element(
                        "p",
                        "",
                        &format!("{}: {}", text.dropped(), list(dropped.collect())),
                    )
            }
        };
        changes.close("dd");
    }
    html! {
        // Not a landmark of its own: its table's region, named by the same words, is.
        <section class="view years-view">
            <h1 id="view-heading" tabindex="-1">{ text.years_heading() }</h1>
            <p>{ text.years_intro() }</p>
            <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex="0">
                { markup.into_html() }
            </div>
            <h2>{ text.changes_heading() }</h2>
            <dl class="changes">{ changes.into_html() }</dl>
        </section>
    }
}
