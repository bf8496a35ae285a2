//! The Years view: each indicator across the years the user entered figures for (a table, the
//! text alternative, with a small line chart beside each row), then themes × years (which goal
//! each theme was, if any) with every year's coverage from that year's figures, and what was
//! added and dropped from year to year. On a phone each table row is a block, its cells named
//! by their column (`data-label`, `later.css`), so nothing scrolls sideways.

use jobmaal_core::assessment::{IndicatorResult, Warning, month_text};
use jobmaal_core::document::LocalIndicator;
use jobmaal_core::indicators::IndicatorDef;
use jobmaal_core::{Document, Lang, assess, number};
use yew::prelude::*;

use crate::catalogue;
use crate::components::summary::coverage_markup;
use crate::i18n::{later, strings};
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
        .map(|year| assess(catalogue(), &props.doc.at_year(year.year, catalogue())).coverage)
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
        .open("table", &[("class", "years-table stacked")])
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
    // A theme only later years have is named once their texts are here (`later_names` in
    // app.rs): until then, not shown nameless.
    for theme in catalogue()
        .themes
        .iter()
        .filter(|t| !t.name.get(lang).is_empty())
    {
        markup
            .open("tr", &[])
            .open("th", &[("scope", "row")])
            .text(theme.name.get(lang))
            .close("th");
        for year in years.iter() {
            let (class, cell) = match year.goals.iter().find(|g| g.theme == theme.id) {
                Some(goal) => ("is-goal", (text.goal_in_year)(goal.number)),
                None => ("not-goal", text.not_a_goal().to_string()),
            };
            let label = year.year.to_string();
            markup
                .open("td", &[("class", class), ("data-label", &label)])
                .text(&cell)
                .close("td");
        }
        markup.close("tr");
    }
    markup
        .open("tr", &[("class", "coverage-row")])
        .open("th", &[("scope", "row")])
        .text(text.coverage_row())
        .close("th");
    for (year, coverage) in years.iter().zip(&coverages) {
        markup.open("td", &[("data-label", &year.year.to_string())]);
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
            <h2 id="series-heading">{ later::series_heading(lang) }</h2>
            { series(&props.doc, lang) }
            <h2>{ later::themes_years_heading(lang) }</h2>
            <p>{ text.years_intro() }</p>
            <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex="0">
                { markup.into_html() }
            </div>
            <h2>{ text.changes_heading() }</h2>
            <dl class="changes">{ changes.into_html() }</dl>
        </section>
    }
}

/// Each indicator's value in every year with figures: a table (with each value's period where
/// the figures name one, or their periods where they name different ones, and a note where its
/// change crosses a change of method) and, beside each row (on a phone, under its values), a
/// line over the years, drawn here as SVG. The line is hidden from screen readers: the row holds
/// the same numbers.
fn series(doc: &Document, lang: Lang) -> Html {
    let text = strings(lang);
    // The years with figures, and those with a local indicator.
    let entered = doc.years_entered(catalogue());
    let own = |y: &jobmaal_core::Year| {
        let goals = y.goals.iter().filter(|g| g.own_indicators);
        goals
            .into_iter()
            .any(|g| doc.local_indicator(y.year, g.theme).is_some())
    };
    let years: Vec<u16> = (catalogue().years.iter())
        .filter(|y| entered.contains(&y.year) || own(y))
        .map(|y| y.year)
        .collect();
    if years.is_empty() {
        return html! { <p class="series-empty">{ later::series_empty(lang) }</p> };
    }
    let assessments: Vec<_> = years
        .iter()
        .map(|&year| assess(catalogue(), &doc.at_year(year, catalogue())))
        .collect();
    let mut markup = Markup::default();
    markup
        .open("table", &[("class", "series-table stacked")])
        .open("caption", &[("id", "series-caption")])
        .text(later::series_caption(lang))
        .close("caption")
        .open("thead", &[])
        .open("tr", &[])
        .open("th", &[("scope", "col")])
        .text(text.col_indicator())
        .close("th")
        // The line beside the name, in sight however many years the table has.
        .open("th", &[("scope", "col"), ("class", "series-chart-head")])
        .text(later::series_line(lang))
        .close("th");
    for year in &years {
        markup
            .open("th", &[("scope", "col")])
            .text(&year.to_string())
            .close("th");
    }
    markup.close("tr").close("thead").open("tbody", &[]);
    let mut rows = 0;
    for (i, def) in catalogue().indicators.iter().enumerate() {
        let values: Vec<Option<f64>> = assessments
            .iter()
            .map(|a| a.indicators[i].value.clone().ok())
            .collect();
        // (Nor an indicator: see the themes'.)
        if values.iter().all(Option::is_none) || def.name.get(lang).is_empty() {
            continue;
        }
        rows += 1;
        markup
            .open("tr", &[("data-indicator", def.id)])
            .open("th", &[("scope", "row")])
            .text(def.name.get(lang))
            .close("th")
            .open("td", &[("class", "series-chart")]);
        // A value across a change of method is not judged: a point of its own, not joined.
        let alone: Vec<bool> = (assessments.iter())
            .map(|a| matches!(a.indicators[i].warning, Some(Warning::MethodBreak { .. })))
            .collect();
        line_chart(&mut markup, &values, &alone);
        markup.close("td");
        for ((year, assessment), value) in years.iter().zip(&assessments).zip(&values) {
            let result = &assessment.indicators[i];
            value_cell(&mut markup, *year, def, result, *value, lang);
        }
        markup.close("tr");
    }
    // The municipality's own indicator of each goal that has one, a row per goal's theme, with
    // its name in each year (it may change from year to year).
    for theme in catalogue().themes {
        let locals: Vec<Option<LocalIndicator>> = years
            .iter()
            .map(|&y| doc.local_indicator(y, theme.id))
            .collect();
        let name = theme.name.get(lang);
        if locals.iter().all(Option::is_none) || name.is_empty() {
            continue;
        }
        rows += 1;
        let values: Vec<Option<f64>> = (locals.iter())
            .map(|l| l.as_ref().and_then(|l| l.read().value))
            .collect();
        markup
            .open("tr", &[("data-local", theme.id)])
            .open("th", &[("scope", "row")])
            .text(&format!("{}: {name}", text.own_indicator_label()))
            .close("th")
            .open("td", &[("class", "series-chart")]);
        line_chart(&mut markup, &values, &[]);
        markup.close("td");
        for ((year, local), value) in years.iter().zip(&locals).zip(&values) {
            markup.open("td", &[("data-label", &year.to_string())]);
            match value {
                Some(value) => markup.text(&super::gaps_view::local_number(*value, false, lang)),
                None => markup.text("–"),
            };
            if let Some(local) = local.as_ref().filter(|l| !l.name.trim().is_empty()) {
                markup.element("span", "series-period", &local.name);
            }
            markup.close("td");
        }
        markup.close("tr");
    }
    markup.close("tbody").close("table");
    if rows == 0 {
        return html! { <p class="series-empty">{ later::series_empty(lang) }</p> };
    }
    html! {
        <>
            <p>{ later::series_intro(lang) }</p>
            <div class="table-scroll" role="region" aria-labelledby="series-caption" tabindex="0">
                { markup.into_html() }
            </div>
        </>
    }
}

/// One year's value of an indicator, with its period (or its figures' different periods) and,
/// where its change (the value itself, or from the year before) crosses a change of method, a
/// note saying so, as the Goals and Gaps views do. Named by its year where the row is a block.
fn value_cell(
    markup: &mut Markup,
    year: u16,
    def: &IndicatorDef,
    result: &IndicatorResult,
    value: Option<f64>,
    lang: Lang,
) {
    markup.open("td", &[("data-label", &year.to_string())]);
    match value {
        Some(value) => markup.text(&def.unit.format_value(value, lang)),
        None => markup.text("–"),
    };
    let period = match (&result.period, &result.warning) {
        (Some(period), _) => Some(period.clone()),
        // Its figures name periods, only not one: say which, not that there is none.
        (None, Some(Warning::MixedPeriods { periods })) => {
            Some(later::series_periods(lang, periods))
        }
        _ => None,
    };
    if let Some(period) = period {
        markup.element("span", "series-period", &period);
    }
    let development = result.development.as_ref().and_then(|d| d.warning.as_ref());
    let method_break = [result.warning.as_ref(), development]
        .into_iter()
        .flatten()
        .find_map(|warning| match warning {
            Warning::MethodBreak { month, .. } => Some(month),
            _ => None,
        });
    if let Some(month) = method_break {
        let month = month_text(month, lang);
        let note = later::series_method_break(lang, &month);
        markup.element("span", "series-note", &note);
    }
    markup.close("td");
}

/// A small line through `values` (one per year, evenly spaced; a year without a value leaves
/// a gap, and one marked `alone`, not judged, is a hollow point joined to neither side),
/// scaled to its own lowest and highest value.
fn line_chart(markup: &mut Markup, values: &[Option<f64>], alone: &[bool]) {
    const WIDTH: f64 = 96.0;
    const HEIGHT: f64 = 28.0;
    const PAD: f64 = 4.0;
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    let (low, high) = known
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| {
            (l.min(v), h.max(v))
        });
    let span = if high > low { high - low } else { 1.0 };
    let step = match values.len() {
        0 | 1 => 0.0,
        n => (WIDTH - 2.0 * PAD) / (n - 1) as f64,
    };
    let point = |i: usize, v: f64| {
        let x = if values.len() == 1 {
            WIDTH / 2.0
        } else {
            PAD + step * i as f64
        };
        let y = match high > low {
            true => HEIGHT - PAD - (v - low) / span * (HEIGHT - 2.0 * PAD),
            false => HEIGHT / 2.0,
        };
        (number::plain(x, 1), number::plain(y, 1))
    };
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    markup.open(
        "svg",
        &[
            ("class", "line-chart"),
            ("viewBox", &view_box),
            ("width", "96"),
            ("height", "28"),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    );
    // One line per run of years with values.
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, markup: &mut Markup| {
        if run.len() > 1 {
            markup
                .open("polyline", &[("points", &run.join(" "))])
                .close("polyline");
        }
        run.clear();
    };
    for (i, value) in values.iter().enumerate() {
        match value {
            Some(v) if alone.get(i) == Some(&true) => {
                flush(&mut run, markup);
                let (x, y) = point(i, *v);
                let hollow = [("cx", &*x), ("cy", &y), ("r", "2.5"), ("class", "alone")];
                markup.open("circle", &hollow).close("circle");
            }
            Some(v) => {
                let (x, y) = point(i, *v);
                markup
                    .open("circle", &[("cx", &x), ("cy", &y), ("r", "2.5")])
                    .close("circle");
                run.push(format!("{x},{y}"));
            }
            None => flush(&mut run, markup),
        }
    }
    flush(&mut run, markup);
    markup.close("svg");
}

#[cfg(test)]
mod tests {
    use super::*;
    use jobmaal_core::figures::Entry;

    /// The Years view's 2019 cell of the change in failed recruitments: 66.700 in 2019 against
    /// 20.000 in 2018, with these periods.
    fn recruitment_cell(before: &str, now: &str, lang: Lang) -> String {
        let mut doc = Document::new(2019, lang);
        for (year, value, period) in [(2018, 20_000.0, before), (2019, 66_700.0, now)] {
            doc.set_year(year, catalogue());
            doc.figures
                .insert("failed_recruitments".into(), Entry::Number(value));
            doc.periods
                .insert("failed_recruitments".into(), period.into());
        }
        let assessment = assess(catalogue(), &doc);
        let index = (catalogue().indicators.iter())
            .position(|def| def.id == "failed_recruitments_change")
            .unwrap();
        let result = &assessment.indicators[index];
        let mut markup = Markup::default();
        let value = result.value.clone().ok();
        value_cell(
            &mut markup,
            2019,
            &catalogue().indicators[index],
            result,
            value,
            lang,
        );
        markup.as_str().to_string()
    }

    #[test]
    fn a_change_across_the_method_break_has_a_note_beside_its_value() {
        let cell = recruitment_cell("2018K4", "2019K4", Lang::Da);
        assert!(
            cell.starts_with(r#"<td data-label="2019">+233,5 %"#),
            "{cell}"
        );
        assert!(
            cell.contains(
                r#"<span class="series-note">Ny metode fra december 2018: ændringen fra året før vurderes ikke</span>"#
            ),
            "{cell}"
        );
        let english = recruitment_cell("juni 2018", "juni 2019", Lang::En);
        assert!(
            english.contains("New method from December 2018"),
            "{english}"
        );
        // Both after the switch: no note.
        let after = recruitment_cell("december 2018", "december 2019", Lang::Da);
        assert!(!after.contains("series-note"), "{after}");
        assert!(after.contains("december 2018 → december 2019"), "{after}");
    }

    #[test]
    fn a_value_whose_figures_name_different_periods_names_them() {
        let mut doc = Document::new(2019, Lang::Da);
        for (id, value, period) in [
            ("public_support_fte", 2395.0, "april 2019"),
            ("population_16_66", 16884.0, "1. januar 2019"),
        ] {
            doc.figures.insert(id.into(), Entry::Number(value));
            doc.periods.insert(id.into(), period.into());
        }
        let assessment = assess(catalogue(), &doc);
        let mut markup = Markup::default();
        let result = &assessment.indicators[0];
        assert_eq!(result.id, "public_support_share");
        let value = result.value.clone().ok();
        value_cell(
            &mut markup,
            2019,
            &catalogue().indicators[0],
            result,
            value,
            Lang::Da,
        );
        assert!(
            markup.as_str().contains(
                r#"<span class="series-period">forskellige perioder: april 2019, 1. januar 2019</span>"#
            ),
            "{}",
            markup.as_str()
        );
    }
}
