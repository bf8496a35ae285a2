//! The Gaps view: one table of every indicator (value, reference, gap, persons, kroner,
//! development, status) with the user's comparison and target inputs, sortable by gap; the
//! chart beside it; and the investment view.

use std::rc::Rc;

use jobmaal_core::Document;
use jobmaal_core::assessment::{Assessment, IndicatorResult, gap_order, read_reference};
use jobmaal_core::document::LocalIndicator;
use jobmaal_core::indicators::{IndicatorDef, Unit};
use jobmaal_core::number::{format_kr, format_trimmed};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::catalogue;
use crate::components::figures_view::entry_text;
use crate::components::gap_chart::{self, gap_chart};
use crate::components::indicator::{
    Badge, development_text, indicator_badge, reference_parts, status_badge, value_notes,
    value_text,
};
use crate::components::investment::{self, investment_view};
use crate::i18n::strings;
use crate::state::{Action, ReferenceField};

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub doc: Document,
    pub assessment: Rc<Assessment>,
    pub sort_by_gap: bool,
    pub ratio_text: Option<String>,
    /// A read-only embed: no reference inputs, the return ratio as text.
    pub read_only: bool,
    pub on_action: Callback<Action>,
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn gaps_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    // The indicators of the year's goals (and of its proposal), and any other with a value.
    let mut rows: Vec<usize> = (0..catalogue().indicators.len())
        .filter(|&i| {
            jobmaal_core::csv::for_year(
                catalogue(),
                props.doc.year,
                &catalogue().indicators[i],
                &props.assessment.indicators[i],
            )
        })
        .collect();
    if props.sort_by_gap {
        // A stable insertion sort: a dozen rows need no more, and it ships far less code than
        // the standard library's sort.
        let key = |i: usize| gap_order(&props.assessment.indicators[i]);
        for i in 1..rows.len() {
            let mut j = i;
            while j > 0 && key(rows[j - 1]) > key(rows[j]) {
                rows.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    html! {
        // Not a landmark of its own: its table's region, named by the same words, is.
        <section class="view gaps-view">
            <h1 id="view-heading" tabindex="-1">{ text.gaps_heading() }</h1>
            <p>{ text.gaps_intro() }</p>
            <p>
                <button type="button" class="button-secondary" aria-pressed={props.sort_by_gap.to_string()}
                    onclick={props.on_action.reform(|_| Action::ToggleSort)}>
                    { text.sort_by_gap() }
                </button>
            </p>
            <div class="table-scroll" role="region" aria-labelledby="gap-table-caption" tabindex="0">
                <table class="gap-table">
                    <caption id="gap-table-caption">
                        { text.gaps_heading() }
                        if props.sort_by_gap { <span class="caption-note">{ format!(" – {}", text.sorted_by_gap()) }</span> }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{ text.col_indicator() }</th>
                            <th scope="col">{ text.col_status() }</th>
                            <th scope="col">{ text.col_value() }</th>
                            <th scope="col">{ text.col_reference() }</th>
                            <th scope="col" aria-sort={if props.sort_by_gap { "descending" } else { "none" }}>{ text.col_gap() }</th>
                            <th scope="col">{ text.col_persons() }</th>
                            <th scope="col">{ text.col_development() }</th>
                            if !props.read_only {
                                <th scope="col">{ text.col_yours() }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.into_iter().map(|i| row(&catalogue().indicators[i], &props.assessment.indicators[i], props)) }
                        { for local_rows(&props.doc).into_iter().map(|row| local_row(row, props)) }
                    </tbody>
                </table>
            </div>
            { gap_chart(&gap_chart::Props { assessment: props.assessment.clone(), lang }) }
            { investment_view(&investment::Props {
                assessment: props.assessment.clone(),
                lang,
                ratio_text: props.ratio_text.clone(),
                read_only: props.read_only,
                on_action: props.on_action.clone(),
            }) }
        </section>
    }
}

/// The shown year's local indicators (the municipality's own, for the goals whose indicators it
/// finds itself), each with its goal's theme, in the goals' order.
pub fn local_rows(doc: &Document) -> Vec<(&'static str, LocalIndicator)> {
    let goals = catalogue()
        .year(doc.year)
        .map(|y| y.goals)
        .unwrap_or_default();
    goals
        .iter()
        .filter(|goal| goal.own_indicators)
        .filter_map(|goal| Some((goal.theme, doc.local_indicator(doc.year, goal.theme)?)))
        .collect()
}

/// A local indicator's value, target or gap as written in the table (a gap with its sign).
pub fn local_number(value: f64, signed: bool, lang: jobmaal_core::Lang) -> String {
    let text = format_trimmed(value, 2, lang);
    match signed && value > 0.0 {
        true => format!("+{text}"),
        false => text,
    }
}

/// A local indicator in the gap table: named as local, judged by its own target.
fn local_row((theme, local): (&'static str, LocalIndicator), props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let theme_name = catalogue()
        .theme(theme)
        .map(|t| t.name.get(lang))
        .unwrap_or_default();
    let reading = local.read();
    let dash = || "–".to_string();
    let number = |value: Option<f64>, signed: bool| {
        value
            .map(|v| local_number(v, signed, lang))
            .unwrap_or_else(dash)
    };
    html! {
        <tr key={format!("local-{theme}")} data-local={theme} class="local-row">
            <th scope="row">
                { local.name.clone() }
                <span class="cell-note">{ format!("{} · {theme_name}", text.local_label()) }</span>
            </th>
            <td data-label={text.col_status()}>{ status_badge(Badge::from(reading.status), lang) }</td>
            <td class="cell-value" data-label={text.col_value()}>{ number(reading.value, false) }</td>
            <td data-label={text.col_reference()}>
                if reading.target.is_some() {
                    { number(reading.target, false) }<span class="cell-note">{ text.local_reference() }</span>
                } else {
                    { dash() }
                }
            </td>
            <td class="cell-gap" data-label={text.col_gap()}>{ number(reading.gap, true) }</td>
            <td data-label={text.col_persons()}>{ dash() }</td>
            <td data-label={text.col_development()}>{ dash() }</td>
            if !props.read_only {
                <td class="cell-inputs" data-label={text.col_yours()}>{ dash() }</td>
            }
        </tr>
    }
}

fn row(def: &IndicatorDef, result: &IndicatorResult, props: &Props) -> Html {
    let lang = props.doc.lang;
    let theme = jobmaal_core::csv::theme_label(catalogue(), &props.assessment, def.theme, lang);
    let text = strings(lang);
    let dash = || "–".to_string();
    html! {
        <tr key={def.id} data-indicator={def.id}>
            <th scope="row">
                { def.name.get(lang) }
                <span class="cell-note">{ theme }</span>
            </th>
            <td data-label={text.col_status()}>{ status_badge(indicator_badge(def, result), lang) }</td>
            <td class="cell-value" data-label={text.col_value()}>
                { if result.value.is_ok() { value_text(def, result, lang) } else { dash() } }
                { for value_notes(def, result, lang).into_iter().map(|note| html! { <span class="cell-note">{ note }</span> }) }
            </td>
            <td data-label={text.col_reference()}>
                if let Some((kind, value)) = reference_parts(def, result, lang) {
                    { value }<span class="cell-note">{ kind }</span>
                } else {
                    { dash() }
                }
            </td>
            <td class="cell-gap" data-label={text.col_gap()}>{ result.gap.map(|g| def.unit.format_gap(g, lang)).unwrap_or_else(dash) }</td>
            <td data-label={text.col_persons()}>
                // With the gap's sign: below the reference, fewer persons.
                { result.persons_signed().map(|p| Unit::Persons.format_gap(p, lang)).unwrap_or_else(dash) }
                if let Some(kroner) = result.kroner {
                    <span class="cell-note">{ format_kr(kroner, lang) }</span>
                }
            </td>
            <td data-label={text.col_development()}>{ development_text(def, result, lang, false).unwrap_or_else(dash) }</td>
            if !props.read_only {
                <td class="cell-inputs" data-label={text.col_yours()}>
                    { reference_input(def, ReferenceField::Comparison, props) }
                    { reference_input(def, ReferenceField::Target, props) }
                </td>
            }
        </tr>
    }
}

fn reference_input(def: &IndicatorDef, field: ReferenceField, props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let entry = props.doc.references.get(def.id).and_then(|r| match field {
        ReferenceField::Comparison => r.comparison.as_ref(),
        ReferenceField::Target => r.target.as_ref(),
    });
    let (code, short, label) = match field {
        ReferenceField::Comparison => (
            "comparison",
            text.col_comparison(),
            (text.comparison_label)(def.name.get(lang)),
        ),
        ReferenceField::Target => (
            "target",
            text.col_target(),
            (text.target_label)(def.name.get(lang)),
        ),
    };
    let input_id = format!("{code}-{}", def.id);
    let error_id = format!("{input_id}-error");
    let error = entry
        .and_then(|e| read_reference(e, def.unit).err())
        .map(|e| e.message(lang, ""));
    let oninput = {
        let indicator = def.id;
        props.on_action.reform(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            Action::SetReference {
                indicator: indicator.to_string(),
                field,
                text: input.value(),
            }
        })
    };
    html! {
        <div class={if error.is_some() { "reference-field field-invalid" } else { "reference-field" }}>
            <label for={input_id.clone()}>{ short }</label>
            <input id={input_id} type="text" inputmode="decimal" size="6" name={format!("{code}.{}", def.id)}
                aria-label={label} value={entry_text(entry, lang)}
                aria-describedby={error_id.clone()} aria-invalid={error.is_some().then_some("true")} {oninput} />
            <span class="field-error" id={error_id} aria-live="polite">{ error.unwrap_or_default() }</span>
        </div>
    }
}
