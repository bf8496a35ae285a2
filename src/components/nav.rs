//! The views as links: real addresses (`?view=…`), so they can be opened, bookmarked and
//! reached by keyboard; a plain click switches view without reloading, and a click that asks
//! for a new tab or window is left to the browser.

use jobmaal_core::Lang;
use yew::prelude::*;

use crate::i18n::strings;
use crate::markup::{Markup, VIEW_LINK};
use crate::state::View;

/// What the links to the views are drawn from (a function, not a component: it has no state
/// of its own).
pub struct Props {
    pub lang: Lang,
    pub year: u16,
    pub current: View,
    pub views: &'static [View],
}

/// The links, as markup (`data-view`): the app's one listener on the page switches the view
/// (`markup::view_link_target`).
pub fn nav(props: &Props) -> Html {
    let text = strings(props.lang);
    let mut markup = Markup::default();
    markup
        .open(
            "nav",
            &[("class", "views"), ("aria-label", text.views_label())],
        )
        .open("ul", &[]);
    for &view in props.views {
        let href = format!(
            "?year={}&lang={}&view={}",
            props.year,
            props.lang.code(),
            view.code()
        );
        let link = [("href", href.as_str()), (VIEW_LINK, view.code())];
        markup.open("li", &[]);
        match view == props.current {
            true => markup.open("a", &[link[0], link[1], ("aria-current", "page")]),
            false => markup.open("a", &link),
        };
        markup.text(text.view_name(view)).close("a").close("li");
    }
    markup.close("ul").close("nav");
    markup.into_html()
}
