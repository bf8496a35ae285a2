//! The page footer: what happens to the user's data, and the accessibility statement.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;
use crate::state::{Action, View};

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub lang: Lang,
    pub year: u16,
    pub on_action: Callback<Action>,
}

pub fn footer(props: &Props) -> Html {
    let text = strings(props.lang);
    let href = format!(
        "?year={}&lang={}&view=accessibility",
        props.year,
        props.lang.code()
    );
    let onclick = props.on_action.reform(|event: MouseEvent| {
        event.prevent_default();
        Action::ChooseView(View::Accessibility)
    });
    html! {
        <footer class="site-footer">
            <p>{ text.footer_text }</p>
            <p><a {href} {onclick}>{ text.statement_heading }</a></p>
        </footer>
    }
}
