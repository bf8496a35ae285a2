//! The page footer: what happens to the user's data, and the link to the accessibility
//! statement (a page of its own, `tilgaengelighed.html` or `accessibility.html`, that names the
//! municipality's contact when the address has one). Embedded, the link alone, in a new tab.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;

/// What the footer is drawn from (a function, not a component: it has no state of its own).
pub struct Props<'a> {
    pub lang: Lang,
    pub embed: bool,
    /// `?kontakt=` from the address, passed on to the statement.
    pub contact: Option<&'a str>,
}

pub fn footer(props: &Props) -> Html {
    let text = strings(props.lang);
    let page = match props.lang {
        Lang::Da => "tilgaengelighed.html",
        Lang::En => "accessibility.html",
    };
    let href = match props.contact {
        Some(contact) => format!(
            "{page}?kontakt={}",
            String::from(js_sys::encode_uri_component(contact))
        ),
        None => page.to_string(),
    };
    let target = props.embed.then_some("_blank");
    html! {
        <footer class="site-footer">
            if !props.embed {
                <p>{ text.footer_text() }</p>
            }
            <p>
                <a {href} {target}>
                    { text.statement_heading() }
                    if props.embed { { text.new_tab() } }
                </a>
            </p>
        </footer>
    }
}
