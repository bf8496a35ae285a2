//! The Years view: themes × years (which goal each theme was, if any), the coverage of every
//! year computed from the same figures, and what was added and dropped from year to year.

use jobmaal_core::{Document, assess};
use yew::prelude::*;

use crate::catalogue;
use crate::components::summary::coverage_list;
use crate::i18n::strings;

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub doc: Document,
}

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
    html! {
        <section class="view years-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ text.years_heading }</h1>
            <p>{ text.years_intro }</p>
            <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex="0">
                <table class="years-table">
                    <caption id="years-caption">{ text.years_heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ text.col_theme }</th>
                            { for years.iter().map(|y| html! { <th scope="col">{ y.year }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for catalogue().themes.iter().map(|theme| html! {
                            <tr>
                                <th scope="row">{ theme.name.get(lang) }</th>
                                { for years.iter().map(|year| {
                                    match year.goals.iter().find(|g| g.theme == theme.id) {
                                        Some(goal) => html! { <td class="is-goal">{ (text.goal_in_year)(goal.number) }</td> },
                                        None => html! { <td class="not-goal">{ text.not_a_goal }</td> },
                                    }
                                }) }
                            </tr>
                        }) }
                        <tr class="coverage-row">
                            <th scope="row">{ text.coverage_row }</th>
                            { for coverages.iter().map(|c| html! {
                                <td>
                                    { coverage_list(*c, lang, "plain-list") }
                                </td>
                            }) }
                        </tr>
                    </tbody>
                </table>
            </div>
            <h2>{ text.changes_heading }</h2>
            <dl class="changes">
                { for years.iter().enumerate().map(|(i, year)| {
                    let themes = |y: &jobmaal_core::Year| y.goals.iter().map(|g| g.theme).collect::<Vec<_>>();
                    let now = themes(year);
                    let body = match i.checked_sub(1).map(|p| themes(&years[p])) {
                        None => html! { <p>{ text.no_changes }</p> },
                        Some(before) => {
                            let added: Vec<String> = now.iter().filter(|t| !before.contains(t)).map(|t| theme_name(t)).collect();
                            let dropped: Vec<String> = before.iter().filter(|t| !now.contains(t)).map(|t| theme_name(t)).collect();
                            let list = |items: Vec<String>| if items.is_empty() { "–".to_string() } else { items.join(", ") };
                            html! {
                                <>
                                    <p>{ format!("{}: {}", text.added, list(added)) }</p>
                                    <p>{ format!("{}: {}", text.dropped, list(dropped)) }</p>
                                </>
                            }
                        }
                    };
                    html! { <><dt>{ year.year }</dt><dd>{ body }</dd></> }
                }) }
            </dl>
        </section>
    }
}
