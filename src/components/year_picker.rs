//! The goal-year picker: one radio button per year, so arrow keys move between years.

use jobmaal_core::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::strings;

/// What the picker is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub years: Vec<u16>,
    pub selected: u16,
    pub lang: Lang,
    pub on_change: Callback<u16>,
}

pub fn year_picker(props: &Props) -> Html {
    let text = strings(props.lang);
    let on_input = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(year) = input.value().parse() {
                on_change.emit(year);
            }
        })
    };
    html! {
        <fieldset class="year-picker">
            <legend>{ text.year_picker_legend() }</legend>
            <div class="year-options">
                { for props.years.iter().map(|&year| html! {
                    <label class="year-option">
                        <input type="radio" name="year" value={year.to_string()}
                            checked={year == props.selected} onchange={on_input.clone()} />
                        <span>{ year }</span>
                    </label>
                }) }
            </div>
        </fieldset>
    }
}
