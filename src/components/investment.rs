//! The investment view (seed 000): the planned investment times the return ratio gives the
//! expected saving and net gain; beside it, the kroner value of closing the public-support gap.

use std::rc::Rc;

use jobmaal_core::Lang;
use jobmaal_core::assessment::Assessment;
use jobmaal_core::number::{self, NumberKind, format_kr};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::strings;
use crate::state::Action;

/// What the section is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub assessment: Rc<Assessment>,
    pub lang: Lang,
    pub ratio_text: Option<String>,
    /// A read-only embed: the ratio cannot be changed.
    pub read_only: bool,
    pub on_action: Callback<Action>,
}

/// A return ratio as typed: a non-negative number, or empty for the default.
fn read_ratio(text: &str) -> Result<Option<f64>, ()> {
    match number::parse(text, NumberKind::Percent) {
        Ok(Some(value)) if value >= 0.0 => Ok(Some(value)),
        Ok(None) => Ok(None),
        _ => Err(()),
    }
}

pub fn investment_view(props: &Props) -> Html {
    let lang = props.lang;
    let text = strings(lang);
    let investment = &props.assessment.investment;
    let ratio_text = props
        .ratio_text
        .clone()
        .unwrap_or_else(|| number::format(investment.return_ratio, 1, lang));
    let invalid = read_ratio(&ratio_text).is_err();
    let oninput = props.on_action.reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let text = input.value();
        let value = read_ratio(&text).ok().flatten();
        Action::SetReturnRatio { text, value }
    });
    let rows: Vec<(&str, String)> = match (
        investment.investment,
        investment.expected_saving,
        investment.net_gain,
    ) {
        (Some(amount), Some(saving), Some(net)) => vec![
            (text.investment_amount(), format_kr(amount, lang)),
            (text.investment_saving(), format_kr(saving, lang)),
            (text.investment_net(), format_kr(net, lang)),
        ],
        _ => Vec::new(),
    };
    html! {
        <section class="investment" aria-labelledby="investment-heading">
            <h2 id="investment-heading">{ text.investment_heading() }</h2>
            <div class={if invalid { "field field-invalid" } else { "field" }}>
                <label for="return-ratio">{ text.investment_ratio_label() }</label>
                <p class="field-help" id="return-ratio-help">{ text.investment_ratio_help() }</p>
                <input id="return-ratio" name="return_ratio" type="text" inputmode="decimal" size="6"
                    value={ratio_text} aria-describedby="return-ratio-help return-ratio-error"
                    aria-invalid={invalid.then_some("true")} readonly={props.read_only} {oninput} />
                <p class="field-error" id="return-ratio-error" aria-live="polite">
                    { if invalid { text.ratio_invalid() } else { "" } }
                </p>
            </div>
            if rows.is_empty() {
                <p>{ text.investment_no_amount() }</p>
            } else {
                <dl class="figures-list">
                    { for rows.into_iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
                </dl>
            }
            <p>
                { match &investment.gap_kroner {
                    Some((_, kroner)) => format!("{}: {}", text.investment_gap(), format_kr(*kroner, lang)),
                    None => text.investment_no_gap().to_string(),
                } }
            </p>
        </section>
    }
}
