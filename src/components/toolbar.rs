//! Load the Lejre example, clear everything (after a confirmation in the page, which works in
//! iframes where `confirm()` may be blocked), and the announced confirmation of what was done.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;
use crate::platform;
use crate::state::{Action, Notice};

/// What the toolbar is drawn from (a function, not a component: the app holds its one state).
pub struct Props {
    pub lang: Lang,
    pub notice: Option<Notice>,
    pub on_action: Callback<Action>,
    /// Whether "clear all" is waiting for its confirmation.
    pub confirming: UseStateHandle<bool>,
}

pub fn toolbar(props: &Props) -> Html {
    let text = strings(props.lang);
    let confirming = props.confirming.clone();
    // Messages about sharing and files are shown in the Share view, beside their controls.
    let notice = props.notice.as_ref().and_then(|notice| match notice {
        Notice::ExampleLoaded => Some(text.example_loaded.to_string()),
        Notice::Cleared => Some(text.cleared.to_string()),
        Notice::Pasted(n) => Some((text.pasted)(*n)),
        Notice::Kept => Some(text.link_kept.to_string()),
        _ => None,
    });
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| {
            confirming.set(true);
            platform::focus_after_render("clear-no".into());
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| {
            confirming.set(false);
            platform::focus("clear-all");
        })
    };
    // Escape closes the confirmation, as it would a dialog.
    let close_on_escape = {
        let confirming = confirming.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                confirming.set(false);
                platform::focus("clear-all");
            }
        })
    };
    let clear = {
        let confirming = confirming.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_| {
            confirming.set(false);
            on_action.emit(Action::ClearAll);
            platform::focus("clear-all");
        })
    };
    html! {
        <div class="toolbar">
            <div class="toolbar-buttons">
                <button type="button" class="button-secondary" onclick={props.on_action.reform(|_| Action::LoadExample)}>
                    { text.example_button }
                </button>
                <button type="button" id="clear-all" class="button-secondary" onclick={ask}>{ text.clear_button }</button>
            </div>
            if *confirming {
                <div class="confirm" role="group" aria-labelledby="clear-question" onkeydown={close_on_escape}>
                    <p id="clear-question">{ text.clear_confirm }</p>
                    <button type="button" class="button-danger" onclick={clear}>{ text.clear_yes }</button>
                    <button type="button" id="clear-no" class="button-secondary" onclick={cancel}>{ text.clear_no }</button>
                </div>
            }
            <p class="announcement" role="status">{ notice.unwrap_or_default() }</p>
        </div>
    }
}
