//! The views as links: real addresses (`?view=…`), so they can be opened, bookmarked and
//! reached by keyboard; a plain click switches view without reloading, and a click that asks
//! for a new tab or window is left to the browser.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;
use crate::markup::is_plain_click;
use crate::state::{Action, View};

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub lang: Lang,
    pub year: u16,
    pub current: View,
    /// The views offered: all, or those of a read-only embed.
    pub views: &'static [View],
    pub on_action: Callback<Action>,
}

pub fn nav(props: &Props) -> Html {
    let text = strings(props.lang);
    html! {
        <nav class="views" aria-label={text.views_label()}>
            <ul>
                { for props.views.iter().map(|&view| {
                    let href = format!("?year={}&lang={}&view={}", props.year, props.lang.code(), view.code());
                    let on_action = props.on_action.clone();
                    let onclick = Callback::from(move |event: MouseEvent| {
                        if is_plain_click(&event) {
                            event.prevent_default();
                            on_action.emit(Action::ChooseView(view));
                        }
                    });
                    let current = (view == props.current).then_some("page");
                    html! {
                        <li><a href={href} aria-current={current} {onclick}>{ text.view_name(view) }</a></li>
                    }
                }) }
            </ul>
        </nav>
    }
}
