//! The printed report: one A4 page for the chosen year with the municipality, the date, the
//! coverage, the gap table and the sources. Hidden on screen; the print stylesheet shows it
//! and hides everything else.

use jobmaal_core::assessment::Assessment;

use jobmaal_core::{Document, Source};
use yew::prelude::*;

use crate::catalogue;
use crate::components::indicator::{indicator_badge, reference_parts};
use crate::components::summary::{coverage_list, municipality_name};
use crate::i18n::strings;

/// What the report is drawn from (a function, not a component: it has no state of its own).
pub struct Props<'a> {
    pub doc: &'a Document,
    pub assessment: &'a Assessment,
    /// The date it is printed, `YYYY-MM-DD`.
    pub today: String,
}

pub fn print_report(props: &Props<'_>) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let assessment = props.assessment;
    let today = &props.today;
    let Some(year) = catalogue().year(assessment.year) else {
        return html! {};
    };
    let municipality = municipality_name(props.doc, lang);
    // The goals' sources, then those of the built-in references, each once.
    let mut sources: Vec<&Source> = Vec::new();
    let goal_sources = year.goals.iter().map(|g| catalogue().goal_source(year, g));
    let reference_sources = catalogue().indicators.iter().filter_map(|i| {
        i.reference
            .as_ref()
            .and_then(|r| r.source)
            .and_then(|id| catalogue().source(id))
    });
    for source in goal_sources.chain(reference_sources) {
        if !sources.iter().any(|s| s.id == source.id) {
            sources.push(source);
        }
    }
    let themes: Vec<&str> = year.goals.iter().map(|g| g.theme).collect();
    let rows = catalogue()
        .indicators
        .iter()
        .zip(&assessment.indicators)
        .filter(|(def, result)| themes.contains(&def.theme) && result.value.is_ok());
    html! {
        <article class="print-report">
            <h1>{ format!("{} {} – {municipality}", text.report_title, year.year) }</h1>
            <p>{ format!("{}: {}", text.report_printed, jobmaal_core::catalogue::format_iso_date(today, lang)) }</p>
            { coverage_list(assessment.coverage, lang, "report-coverage") }
            <ol class="report-goals">
                { for year.goals.iter().zip(&assessment.goals).map(|(goal, result)| {
                    let theme = catalogue().theme(goal.theme).map(|t| t.name.get(lang)).unwrap_or_default();
                    html! {
                        <li>
                            { goal.title.map_or_else(|| format!("{theme} ({})", text.no_final_wording), str::to_string) }
                            { format!(" – {}", text.goal_status(result.status)) }
                        </li>
                    }
                }) }
            </ol>
            <table class="report-table">
                <thead>
                    <tr>
                        <th>{ text.col_indicator }</th>
                        <th>{ text.col_value }</th>
                        <th>{ text.col_reference }</th>
                        <th>{ text.col_gap }</th>
                        <th>{ text.col_persons }</th>
                        <th>{ text.col_status }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.map(|(def, result)| {
                        let value = result.value.as_ref().map(|v| def.unit.format_value(*v, lang)).unwrap_or_default();
                        let reference = reference_parts(def, result, lang).map(|(kind, value)| format!("{value} · {kind}"));
                        let (_, icon, word) = indicator_badge(def, result).parts(lang);
                        html! {
                            <tr>
                                <td>{ def.name.get(lang) }</td>
                                <td>{ value }</td>
                                <td>{ reference.unwrap_or_else(|| "–".into()) }</td>
                                <td>{ result.gap.map(|g| def.unit.format_gap(g, lang)).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ result.persons.map(|p| jobmaal_core::number::format(p, 0, lang)).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ format!("{icon} {word}") }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <h2>{ text.report_sources }</h2>
            <ul class="report-sources">
                { for sources.iter().map(|s| html! { <li>{ s.citation(lang) }</li> }) }
            </ul>
            <p class="report-footer">{ text.report_made_with }</p>
        </article>
    }
}
