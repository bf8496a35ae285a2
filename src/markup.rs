//! HTML written as text, for large parts of a view that hold no inputs and no state of their
//! own (the goal cards). The browser builds such a part from one string with its own parser,
//! many times faster than element by element through Yew and wasm-bindgen: on a phone, that
//! is what decides how soon a shared link's figures show.
//!
//! Every text and attribute value goes through [`escape`]: what a user typed (a municipality's
//! name, a plan line) can only ever be text. Tags and attribute names are `&'static str`, so
//! they cannot come from data. Interactive elements stay in `html!`; links inside markup are
//! handled by one listener on the container (see [`view_link_target`]).

use yew::{AttrValue, Html};

/// HTML under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag a="v" …>`; attribute values are escaped.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Self {
        match class {
            "" => self.open(tag, &[]),
            class => self.open(tag, &[("class", class)]),
        };
        self.text(text).close(tag)
    }

    /// `<tag class="class"><li>item</li>…</tag>`.
    pub fn list<S: AsRef<str>>(
        &mut self,
        tag: &'static str,
        class: &str,
        items: impl IntoIterator<Item = S>,
    ) -> &mut Self {
        match class {
            "" => self.open(tag, &[]),
            class => self.open(tag, &[("class", class)]),
        };
        for item in items {
            self.element("li", "", item.as_ref());
        }
        self.close(tag)
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }

    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// `text` escaped for HTML text or a quoted attribute value (e.g. in a snippet to copy).
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(&mut out, text);
    out
}

/// Appends `text` with the five characters that mean something in HTML replaced.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Whether a click on a link is the app's to handle: the main button, with no Ctrl, Cmd, Shift
/// or Alt. Others (a new tab or window, a download) are the browser's.
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// The attribute that makes a link inside markup switch the app's view (`data-view="figures"`).
pub const VIEW_LINK: &str = "data-view";

/// The view a click inside markup asks for: the `data-view` of the link it is on, if any, and
/// if it is a plain click (see [`is_plain_click`]).
pub fn view_link_target(event: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    if !is_plain_click(event) {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[data-view]").ok()??;
    link.get_attribute(VIEW_LINK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut markup = Markup::default();
        markup
            .open("p", &[("title", "\"><script>x</script>")])
            .text("<img src=x onerror=alert(1)> & 'q'")
            .close("p");
        assert_eq!(
            markup.as_str(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</p>"
        );
    }

    #[test]
    fn lists_and_elements_nest() {
        let mut markup = Markup::default();
        markup
            .element("h3", "", "A")
            .list("ul", "lines", ["x", "y<"]);
        assert_eq!(
            markup.as_str(),
            "<h3>A</h3><ul class=\"lines\"><li>x</li><li>y&lt;</li></ul>"
        );
    }
}
