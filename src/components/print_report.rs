//! The printed report: one A4 page for the chosen year with the municipality, the date, the
//! coverage, the gap table and the sources. Hidden on screen; the print stylesheet shows it
//! and hides everything else (on every view but Years, which prints itself: no report is drawn
//! there).

use jobmaal_core::assessment::{Assessment, IndicatorResult, ReferenceKind};

use jobmaal_core::indicators::IndicatorDef;
use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::catalogue;
use crate::components::indicator::{Badge, development_text, indicator_badge, reference_parts};
use crate::components::summary::{coverage_markup, extra_focus_markup, municipality_name};
use crate::i18n::strings;
use crate::markup::Markup;

/// What the report is drawn from (a function, not a component: it has no state of its own).
pub struct Props<'a> {
    pub doc: &'a Document,
    pub assessment: &'a Assessment,
    /// The date it is printed, `YYYY-MM-DD`.
    pub today: String,
    /// The address's municipality (`?kommune=`), for the benchmark.
    pub kommune: Option<&'a str>,
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, which is only when the page is printed (see ARCHITECTURE.md).
#[inline(never)]
pub fn print_report(props: &Props<'_>) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let assessment = props.assessment;
    let today = &props.today;
    let Some(year) = catalogue().year(assessment.year) else {
        return html! {};
    };
    let municipality = municipality_name(props.doc, None, lang);
    let rows: Vec<(&IndicatorDef, &IndicatorResult)> = catalogue()
        .indicators
        .iter()
        .zip(&assessment.indicators)
        .filter(|(def, result)| year.measures(def.theme) && result.value.is_ok())
        .collect();
    // The sources the year's page cites, then those of the references the report shows, each
    // once, with their addresses.
    let mut sources = catalogue().year_sources(year);
    let reference_sources = rows.iter().filter_map(|(def, _)| {
        def.reference
            .as_ref()
            .and_then(|r| r.source)
            .and_then(|id| catalogue().source(id))
    });
    for source in reference_sources {
        if !sources.iter().any(|s| s.id == source.id) {
            sources.push(source);
        }
    }
    // Markup (see `markup`): the report has no input, and it is redrawn with every change.
    let dash = || "–".to_string();
    let mut markup = Markup::default();
    markup
        .open("article", &[("class", "print-report")])
        .element(
            "h1",
            "",
            &format!("{} {} – {municipality}", text.report_title(), year.year),
        )
        .element(
            "p",
            "",
            &format!(
                "{}: {}",
                text.report_printed(),
                jobmaal_core::catalogue::format_iso_date(today, lang)
            ),
        );
    coverage_markup(&mut markup, assessment.coverage, lang, "report-coverage");
    markup.open("ol", &[("class", "report-goals")]);
    for (goal, result) in year.goals.iter().zip(&assessment.goals) {
        markup.open("li", &[]);
        match goal.title() {
            // The verbatim Danish title, marked Danish; on an English report with its gloss.
            Some(title) => {
                markup
                    .open("span", &[("lang", "da")])
                    .text(title)
                    .close("span");
                if let Some(gloss) = goal.gloss().filter(|_| lang == jobmaal_core::Lang::En) {
                    markup.text(&format!(" (“{gloss}”)"));
                }
            }
            None => {
                let theme = catalogue().theme(goal.theme).map(|t| t.name.get(lang));
                markup.text(&format!(
                    "{} ({})",
                    theme.unwrap_or_default(),
                    text.no_final_wording()
                ));
            }
        }
        markup
            .text(&format!(" – {}", text.goal_status(result.status)))
            .close("li");
    }
    markup
        .close("ol")
        .open("table", &[("class", "report-table")])
        .open("thead", &[])
        .open("tr", &[]);
    for heading in [
        text.col_indicator(),
        text.col_value(),
        text.col_reference(),
        text.col_gap(),
        text.col_persons(),
        text.col_development(),
        text.col_status(),
    ] {
        markup.element("th", "", heading);
    }
    markup.close("tr").close("thead").open("tbody", &[]);
    for &(def, result) in &rows {
        let (_, icon, word) = indicator_badge(def, result).parts(lang);
        let cells = [
            def.name.get(lang).to_string(),
            result
                .value
                .as_ref()
                .map(|v| def.unit.format_value(*v, lang))
                .unwrap_or_default(),
            reference_parts(def, result, lang)
                .map(|(kind, value)| {
                    format!("{value} · {}", reference_kind(def, result, kind, lang))
                })
                .unwrap_or_else(dash),
            result
                .gap
                .map(|g| def.unit.format_gap(g, lang))
                .unwrap_or_else(dash),
            // With the gap's sign, the unit in the column's heading.
            match (
                result.persons_signed().map(|p| signed(p, lang)),
                result.kroner,
            ) {
                (Some(p), Some(k)) => format!("{p} · {}", jobmaal_core::number::format_kr(k, lang)),
                (Some(p), None) => p,
                _ => dash(),
            },
            development_cell(def, result, lang),
            format!("{icon} {word}"),
        ];
        markup.open("tr", &[]);
        for (i, cell) in cells.iter().enumerate() {
            // The value's period, the reference's kind, the kroner and the development's
            // periods on a line of their own in smaller type, so the narrow columns break between words, not
            // inside one, and the report keeps to one page.
            let (first, second) = match (i, &result.period) {
                (1, Some(period)) => (cell.as_str(), Some(period.as_str())),
                (2 | 4 | 5, _) => match cell.split_once(" · ") {
                    Some((a, b)) => (a, Some(b)),
                    None => (cell.as_str(), None),
                },
                _ => (cell.as_str(), None),
            };
            markup.open("td", &[]).text(first);
            if let Some(second) = second {
                markup.element("span", "report-period", second);
            }
            markup.close("td");
        }
        markup.close("tr");
    }
    // The municipality's own indicators, named as local.
    for (theme, local) in crate::components::gaps_view::local_rows(props.doc) {
        let reading = local.read();
        let number = |value: Option<f64>, signed: bool| {
            value
                .map(|v| crate::components::gaps_view::local_number(v, signed, lang))
                .unwrap_or_else(dash)
        };
        let (_, icon, word) = Badge::from(reading.status).parts(lang);
        let theme = catalogue()
            .theme(theme)
            .map(|t| t.name.get(lang))
            .unwrap_or_default();
        let cells = [
            format!("{} ({} · {theme})", local.name, text.local_label()),
            number(reading.value, false),
            match reading.target {
                Some(_) => format!(
                    "{} · {}",
                    number(reading.target, false),
                    text.local_reference()
                ),
                None => dash(),
            },
            number(reading.gap, true),
            dash(),
            dash(),
            format!("{icon} {word}"),
        ];
        markup.open("tr", &[("class", "local-row")]);
        for cell in &cells {
            markup.element("td", "", cell);
        }
        markup.close("tr");
    }
    markup.close("tbody").close("table");
    // Every figure entered for the year, grouped by its period where one is given (one A4
    // page has no room to repeat a period for each).
    // (period, table) → the figures given with them.
    type Given<'a> = (Option<&'a str>, Option<&'a str>);
    let mut by_period: Vec<(Given, Vec<String>)> = Vec::new();
    for def in catalogue().figures {
        if def.kind == jobmaal_core::figures::FigureKind::Text {
            continue;
        }
        let Some(value) = assessment.readings.number(def.id) else {
            continue;
        };
        let value = jobmaal_core::number::format_trimmed(value, 2, lang);
        let key = (
            props.doc.periods.get(def.id).map(String::as_str),
            props.doc.tables.get(def.id).map(String::as_str),
        );
        let entry = format!("{} {value}", def.label.get(lang));
        match by_period.iter_mut().find(|(k, _)| *k == key) {
            Some((_, entries)) => entries.push(entry),
            None => by_period.push((key, vec![entry])),
        }
    }
    // One paragraph, the year said once: one A4 page has little room to spare.
    let groups: Vec<String> = by_period
        .iter()
        .map(|((period, table), entries)| {
            let about: Vec<&str> = [*period, *table].into_iter().flatten().collect();
            match about.is_empty() {
                true => entries.join(" · "),
                false => format!("({}) {}", about.join(", "), entries.join(" · ")),
            }
        })
        .collect();
    if !groups.is_empty() {
        let heading = crate::i18n::later::report_figures(lang);
        let figures = format!("{heading} {}: {}.", year.year, groups.join("; "));
        markup.element("p", "report-figures", &figures);
    }
    // The benchmark, on its year's report as on its Goals view, once its data is here.
    if year.year == jobmaal_core::benchmark::YEAR
        && let Some(benchmark) = super::benchmark_view::report(props.doc, props.kommune, lang)
    {
        markup.element("p", "report-figures", &benchmark);
    }
    let outside = super::summary::extra_indicators(assessment, lang);
    extra_focus_markup(&mut markup, assessment, outside, lang, "report-extra");
    // A year whose list rests on further published sources (2021–2024) prints what its page
    // says of them (a list continued from another year's, the end of the goals) with them.
    markup.element("h2", "", text.report_sources());
    for note in year.notes.iter().filter(|_| !year.cites.is_empty()) {
        markup.element("p", "report-note", note.get(lang));
    }
    markup.open("ul", &[("class", "report-sources")]);
    for source in &sources {
        markup.open("li", &[]);
        super::goals_view::cite(&mut markup, year, source, lang);
        if let Some(address) = catalogue().address(year, source) {
            markup.text(", ").text(address);
        }
        markup.close("li");
    }
    markup
        .close("ul")
        .element("p", "report-footer", text.report_made_with())
        .close("article");
    markup.into_html()
}

/// The development as the report prints it: as on the page ([`development_text`], brief), its
/// verdict in a word.
fn development_cell(def: &IndicatorDef, result: &IndicatorResult, lang: Lang) -> String {
    let Some(text) = development_text(def, result, lang, true) else {
        return "–".to_string();
    };
    // (A change written as zero has the arrow →: development_text says "unchanged" then.)
    let development = result.development.as_ref().filter(|d| d.warning.is_none());
    let verdict = match (development.map(|d| d.better), text.starts_with('→')) {
        (Some(_), true) => strings(lang).report_same(),
        (Some(Some(true)), false) => strings(lang).report_better(),
        (Some(Some(false)), false) => strings(lang).report_worse(),
        _ => return text,
    };
    // "↓ −0,1 procentpoint (dårligere end året før) · dec. 2018 → dec. 2019"
    match (text.split_once(" ("), text.split_once(" · ")) {
        (Some((change, _)), Some((_, periods))) => format!("{change} ({verdict}) · {periods}"),
        _ => text,
    }
}

/// Which reference the report names under its value: a built-in one by its label alone (the
/// column says it is the reference).
fn reference_kind(
    def: &IndicatorDef,
    result: &IndicatorResult,
    kind: String,
    lang: Lang,
) -> String {
    let builtin = result.reference.as_ref().map(|r| r.kind) == Some(ReferenceKind::Builtin);
    match (&def.reference, builtin) {
        (Some(reference), true) => jobmaal_core::text::capitalise(reference.label.get(lang)),
        _ => kind,
    }
}

/// A whole number with its sign: "−577", "+50", "0".
fn signed(value: f64, lang: Lang) -> String {
    let n = jobmaal_core::number::format(value.abs(), 0, lang);
    match value {
        v if v < 0.0 => format!("−{n}"),
        v if v > 0.0 => format!("+{n}"),
        _ => n,
    }
}
