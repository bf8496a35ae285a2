//! Messages about the page as a whole, above the views: storage that cannot be used, a shared
//! link's state being shown (keep it or go back), a link that could not be read, and an
//! accent colour that was refused.

use yew::prelude::*;

use crate::app::PageSettings;
use crate::i18n::strings;
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
    pub settings: PageSettings,
    pub on_action: Callback<Action>,
}

#[function_component(Messages)]
pub fn messages(props: &Props) -> Html {
    let lang = props.state.doc.lang;
    let text = strings(lang);
    let on_action = &props.on_action;
    html! {
        <>
            if props.state.storage_notice {
                <div class="notice notice-warning" role="status">
                    <p>{ text.storage_unavailable }</p>
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_| Action::DismissStorageNotice)}>
                        { text.dismiss }
                    </button>
                </div>
            }
            if props.state.save_failed && props.state.storage_available {
                <div class="notice notice-warning" role="alert">
                    <p>{ text.save_failed }</p>
                </div>
            }
            if let Some(error) = &props.state.saved_unreadable {
                <div class="notice notice-warning" role="alert">
                    <p>{ format!("{} {}", text.saved_unreadable, error.message(lang)) }</p>
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_| Action::DismissUnreadable)}>
                        { text.dismiss }
                    </button>
                </div>
            }
            if props.state.shows_link() {
                <div class="notice notice-link" role="status">
                    <p>{ text.link_shown }</p>
                    <div class="notice-buttons">
                        <button type="button" class="button-secondary" onclick={on_action.reform(|_| Action::KeepLinkState)}>
                            { text.link_keep }
                        </button>
                        <button type="button" class="button-secondary" onclick={on_action.reform(|_| Action::DiscardLinkState)}>
                            { text.link_discard }
                        </button>
                    </div>
                </div>
            }
            if let Some(error) = &props.state.link_error {
                <div class="notice notice-warning" role="alert">
                    <p>{ format!("{} {}", text.link_error, error.message(lang)) }</p>
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_| Action::DismissLinkError)}>
                        { text.dismiss }
                    </button>
                </div>
            }
            if let Some(Err(error)) = &props.settings.accent {
                <div class="notice notice-warning" role="status">
                    <p>{ format!("{} {}", text.accent_refused, error.message(lang)) }</p>
                </div>
            }
        </>
    }
}
