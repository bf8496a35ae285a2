//! The page header: the app's name, what it is for, and the language switch.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;
use crate::state::Action;

/// What the header is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

pub fn header(props: &Props) -> Html {
    let text = strings(props.lang);
    let other = match props.lang {
        Lang::Da => Lang::En,
        Lang::En => Lang::Da,
    };
    html! {
        <header class="site-header">
            <div class="site-header-inner">
                <div>
                    <p class="app-name">{ text.app_title() }</p>
                    <p class="tagline">{ text.tagline() }</p>
                </div>
                <button type="button" class="language-switch" lang={other.code()}
                    onclick={props.on_action.reform(move |_| Action::ChooseLang(other))}>
                    { text.other_language() }
                </button>
            </div>
        </header>
    }
}
