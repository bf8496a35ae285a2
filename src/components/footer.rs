//! The page footer: what happens to the user's data, and the link to the accessibility
//! statement (a page of its own, `tilgaengelighed.html` or `accessibility.html`, that names the
//! municipality's contact when the address has one). Embedded, the link alone, in a new tab.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;
use crate::markup::Markup;

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
    // Markup: no inputs, and no state of its own.
    let mut markup = Markup::default();
    markup.open("footer", &[("class", "site-footer")]);
    if !props.embed {
        markup.element("p", "", text.footer_text());
    }
    markup.open("p", &[]);
    match props.embed {
        true => markup.open("a", &[("href", &href), ("target", "_blank")]),
        false => markup.open("a", &[("href", &href)]),
    };
    markup.text(text.statement_heading());
    if props.embed {
        markup.text(text.new_tab());
    }
    markup.close("a").close("p").close("footer");
    markup.into_html()
}
