//! Load the Lejre example, clear everything (after a confirmation in the page, which works in
//! iframes where `confirm()` may be blocked), and the announced confirmation of what was done.

use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::strings;
use crate::platform;
use crate::state::{Action, Notice, Replacement};

/// What the toolbar is drawn from (a function, not a component: the app holds its one state).
pub struct Props {
    pub lang: Lang,
    /// Load the example and clear all (not in an embed: there the figures are the site's).
    pub buttons: bool,
    /// Behind a shared link, the buttons are not offered (nor on the page built for a link,
    /// before the app runs, so nothing moves): either would replace the link's figures, which
    /// the banner's choices keep or leave.
    pub held: bool,
    pub notice: Option<Notice>,
    /// What replaced the figures, while undo can bring back the ones before, and what it
    /// brings back.
    pub undo: Option<(Replacement, Brings)>,
    pub on_action: Callback<Action>,
    /// Whether "clear all" is waiting for its confirmation.
    pub confirming: UseStateHandle<bool>,
}

/// What undo brings back, as the notice names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Brings {
    /// Nothing entered: undo empties the fields.
    Empty,
    /// The figures of the municipality named.
    Named(String),
    /// Figures with no municipality named.
    Unnamed,
}

impl Brings {
    pub fn of(doc: &Document) -> Brings {
        match crate::state::municipality_of(doc) {
            _ if doc.is_empty() => Brings::Empty,
            Some(name) => Brings::Named(name.to_string()),
            None => Brings::Unnamed,
        }
    }
}

pub fn toolbar(props: &Props) -> Html {
    let text = strings(props.lang);
    let confirming = props.confirming.clone();
    // Messages about sharing and files are shown in the Share view, beside their controls.
    let notice = props.notice.as_ref().and_then(|notice| match notice {
        Notice::Pasted(n, 0) => Some((text.pasted)(*n)),
        Notice::Pasted(n, left_out) => Some((text.pasted_left_out)(*n, *left_out)),
        Notice::LinkSaved => Some(text.link_saved().to_string()),
        Notice::ExampleFailed => Some(text.example_failed().to_string()),
        Notice::EnglishFailed => Some(text.english_failed().to_string()),
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
    // The example is a file of its own, downloaded when asked for: the default page does not
    // carry it.
    let load_example = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| {
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let example = platform::fetch_text("lejre-2019.json")
                    .await
                    .and_then(|json| Document::from_json(&json, catalogue()).ok());
                on_action.emit(match example {
                    Some(example) => Action::LoadExample(example),
                    None => Action::Notify(Notice::ExampleFailed),
                });
            });
        })
    };
    html! {
        <div class="toolbar">
            if props.buttons {
                <div class="toolbar-buttons" data-held={props.held.then_some("")}>
                    <button type="button" class="button-secondary" onclick={load_example}>
                        { text.example_button() }
                    </button>
                    <button type="button" id="clear-all" class="button-secondary" onclick={ask}>{ text.clear_button() }</button>
                </div>
            }
            if *confirming {
                <div class="confirm" role="group" aria-labelledby="clear-question" onkeydown={close_on_escape}>
                    <p id="clear-question">{ text.clear_confirm() }</p>
                    <button type="button" class="button-danger" onclick={clear}>{ text.clear_yes() }</button>
                    <button type="button" id="clear-no" class="button-secondary" onclick={cancel}>{ text.clear_no() }</button>
                </div>
            }
            <p class="announcement" role="status">{ notice.unwrap_or_default() }</p>
            if let Some((what, brings)) = &props.undo {
                <div class="notice notice-undo" role="status">
                    <p>
                        { match what {
                            Replacement::Example => text.example_loaded(),
                            Replacement::Cleared => text.cleared(),
                            Replacement::Imported => text.replaced_by_file(),
                            Replacement::FromFile => text.figures_from_file(),
                            Replacement::Kept => text.link_kept(),
                            Replacement::OtherTab => text.other_tab(),
                            Replacement::Undone => text.undone(),
                            Replacement::Earlier => text.earlier(),
                            Replacement::LinkLeft => text.own_again(),
                            Replacement::LinkClosed => text.link_closed(),
                            Replacement::OtherLink => text.other_link(),

                        } }
                        { " " }
                        { match (what, brings) {
                            (Replacement::LinkLeft | Replacement::LinkClosed, _) => {
                                text.undo_link().to_string()
                            }
                            // What another tab changed, field by field: said in the line above.
                            (Replacement::OtherTab | Replacement::OtherLink, _) => String::new(),
                            (_, Brings::Empty) => text.undo_empty().to_string(),
                            (_, Brings::Named(name)) => (text.undo_named)(name),
                            (_, Brings::Unnamed) => text.undo_hint().to_string(),
                        } }
                    </p>
                    <button type="button" id="undo" class="button-secondary" onclick={props.on_action.reform(|_| Action::Undo)}>
                        { text.undo_button() }
                    </button>
                </div>
            }
        </div>
    }
}
