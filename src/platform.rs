//! The only code that touches the browser directly: storage, the address bar and history, the
//! document's language and focus. Each is a small function, so components never handle a
//! `JsValue`, and every failure becomes a plain value.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use jobmaal_core::Lang;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Storage, UrlSearchParams};

use crate::state::View;

const STORAGE_KEY: &str = "jobmaal/state";

fn local_storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// Whether this page may save in localStorage (not in some private modes or blocked iframes).
pub fn storage_available() -> bool {
    const PROBE: &str = "jobmaal/probe";
    local_storage().is_some_and(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok())
}

/// The saved state document, if any.
pub fn load_saved() -> Option<String> {
    local_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Saves the state document; `false` when the browser refuses (full, blocked).
pub fn save(json: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(STORAGE_KEY, json).is_ok())
}

/// What the address's query asks for; each part is `None` when absent or not understood.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    pub year: Option<u16>,
    pub lang: Option<Lang>,
    pub view: Option<View>,
}

/// Reads `?year=`, `?lang=` and `?view=` from the current address.
pub fn current_place() -> Place {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return Place::default();
    };
    Place {
        year: params.get("year").and_then(|y| y.parse().ok()),
        lang: params.get("lang").and_then(|l| Lang::from_code(&l)),
        view: params.get("view").and_then(|v| View::from_code(&v)),
    }
}

/// Puts year, language and view into the address as a new history entry, keeping any other
/// query parameters and the fragment. Does nothing when the address already says so.
pub fn push_place(year: u16, lang: Lang, view: View) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return;
    };
    params.set("year", &year.to_string());
    params.set("lang", lang.code());
    params.set("view", view.code());
    let query = format!("?{}", String::from(params.to_string()));
    if query == search {
        return;
    }
    let hash = location.hash().unwrap_or_default();
    let first = search.is_empty();
    if let Ok(history) = window().history() {
        let url = format!("{query}{hash}");
        // The first visit has no place in its address yet: replace it rather than add a step.
        let _ = if first {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `on_change` when the user goes back or forward; dropped, it stops listening.
pub fn on_history_change(on_change: impl Fn(Place) + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| on_change(current_place()))
}

/// Sets `<html lang>` and the page title.
pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document().set_title(title);
}

/// Moves keyboard focus to the element with `id` (which should have `tabindex="-1"` if it is
/// not focusable by itself).
pub fn focus(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
