//! The gaps as an SVG bullet chart: per indicator, a bar for the value and a mark for the
//! reference, each row on its own scale. The gap table is its text alternative; the chart also
//! writes every value, reference and status in words, so nothing depends on colour.

use std::rc::Rc;

use jobmaal_core::Lang;
use jobmaal_core::assessment::{Assessment, Status};
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub assessment: Rc<Assessment>,
    pub lang: Lang,
}

const WIDTH: f64 = 640.0;
const LABEL: f64 = 0.0;
const BAR_LEFT: f64 = 8.0;
const BAR_WIDTH: f64 = WIDTH - 16.0;
const ROW: f64 = 56.0;

#[function_component(GapChart)]
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
        .enumerate()
        .map(|(i, (def, result, value, reference))| {
            let top = i as f64 * ROW;
            let max = value.max(reference).max(f64::MIN_POSITIVE) * 1.15;
            let scale = |v: f64| BAR_LEFT + v / max * BAR_WIDTH;
            let status = match result.status {
                Some(Status::OnTrack) => ("bar-on-track", text.goal_statuses[0]),
                Some(Status::Behind) => ("bar-behind", text.goal_statuses[1]),
                None => ("bar-monitor", text.monitor_only),
            };
            let label = format!(
                "{}: {} ({} {}) – {}",
                def.name.get(lang),
                def.unit.format_value(value, lang),
                text.col_reference.to_lowercase(),
                def.unit.format_value(reference, lang),
                status.1
            );
            let mark = scale(reference);
            html! {
                <g class="chart-row">
                    <text x={LABEL.to_string()} y={(top + 16.0).to_string()} class="chart-label">{ label }</text>
                    <rect x={BAR_LEFT.to_string()} y={(top + 24.0).to_string()} width={BAR_WIDTH.to_string()}
                        height="20" class="bar-track" />
                    <rect x={BAR_LEFT.to_string()} y={(top + 27.0).to_string()} width={(scale(value) - BAR_LEFT).max(1.0).to_string()}
                        height="14" class={classes!("bar", status.0)} />
                    <line x1={mark.to_string()} x2={mark.to_string()} y1={(top + 20.0).to_string()}
                        y2={(top + 48.0).to_string()} class="bar-reference" />
                </g>
            }
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let height = rows.len() as f64 * ROW;
    html! {
        <figure class="gap-chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ text.chart_heading }</h2>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="chart-heading chart-note"
                preserveAspectRatio="xMinYMin meet">
                { for rows }
            </svg>
            <figcaption id="chart-note">{ text.chart_note }</figcaption>
        </figure>
    }
}
