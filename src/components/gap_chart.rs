//! The gaps as a bullet chart: per indicator, an SVG bar for the value and a mark for the
//! reference, each row on its own scale, under a line of text that says the value, reference
//! and status in words, so nothing depends on colour. The gap table is its text alternative.

use std::rc::Rc;

use jobmaal_core::assessment::{Assessment, Status};
use jobmaal_core::{Lang, number};
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::strings;

/// What the chart is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub assessment: Rc<Assessment>,
    pub lang: Lang,
}

/// Bars are drawn in a 0–100 box that stretches to the row's width.
const SCALE: f64 = 100.0;

pub fn gap_chart(props: &Props) -> Html {
    let lang = props.lang;
    let text = strings(lang);
    let rows: Vec<Html> = catalogue()
        .indicators
        .iter()
        .zip(&props.assessment.indicators)
        .filter_map(|(def, result)| {
            let value = *result.value.as_ref().ok()?;
            let reference = result.reference.as_ref()?.value;
            (value >= 0.0 && reference >= 0.0).then_some((def, result, value, reference))
        })
        .map(|(def, result, value, reference)| {
            let max = value.max(reference).max(f64::MIN_POSITIVE) * 1.15;
            let scale = |v: f64| v / max * SCALE;
            let (class, word) = match result.status {
                Some(Status::OnTrack) => ("bar-on-track", text.status_on_track()),
                Some(Status::Behind) => ("bar-behind", text.status_behind()),
                None => ("bar-monitor", text.monitor_only()),
            };
            let label = format!(
                "{}: {} ({} {}) – {word}",
                def.name.get(lang),
                def.unit.format_value(value, lang),
                jobmaal_core::text::lower(text.col_reference()),
                def.unit.format_value(reference, lang),
            );
            let mark = number::plain(scale(reference).clamp(0.5, SCALE - 0.5), 2);
            html! {
                <li class="chart-row">
                    <p class="chart-label">{ label }</p>
                    <svg viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect x="0" y="3" width="100" height="14" class="bar-track" />
                        <rect x="0" y="5" width={number::plain(scale(value).max(0.5), 2)} height="10" class={format!("bar {class}")} />
                        <line x1={mark.clone()} x2={mark} y1="0" y2="20" class="bar-reference" />
                    </svg>
                </li>
            }
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <figure class="gap-chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ text.chart_heading() }</h2>
            <ul class="chart-rows">{ for rows }</ul>
            <figcaption id="chart-note">{ text.chart_note() }</figcaption>
        </figure>
    }
}
