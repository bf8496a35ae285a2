//! The accessibility statement (Danish and English): what was tested and how, in a form a
//! municipality can copy into its own statement.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub lang: Lang,
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn statement_view(props: &Props) -> Html {
    let text = strings(props.lang);
    html! {
        <section class="view statement-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ text.statement_heading }</h1>
            { for text.statement.iter().map(|(heading, paragraphs)| html! {
                <>
                    <h2>{ *heading }</h2>
                    { for paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
                </>
            }) }
        </section>
    }
}
