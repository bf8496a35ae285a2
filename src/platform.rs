//! The browser's own calls: storage, the address bar and history, the document's language and
//! focus, downloads (fetch), the clipboard, files, postMessage and the embed's height, printing
//! and idle time. Each is a small function, so components never handle a `JsValue`, and every
//! failure becomes a plain value. (Besides these, `lib.rs` mounts the app, and the components
//! and `markup.rs` read what an event carries, act on the element it came from (a file input
//! cleared, a field's text selected) and encode a text for an address.)

use gloo::events::EventListener;
use gloo::utils::{document, window};
use jobmaal_core::Lang;
use jobmaal_core::accent::parse_accent;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Storage, UrlSearchParams};

use crate::state::{PageSettings, View};

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

/// Keeps a saved text that could not be read under a key of its own, so it is not lost.
pub fn set_aside_unreadable(text: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item("jobmaal/state-unreadable", text);
    }
}

/// Where the figures from before the last replacement are kept until the next edit.
const REPLACED_KEY: &str = "jobmaal/state-replaced";

/// The figures kept from before the last replacement, if any.
pub fn load_replaced() -> Option<String> {
    local_storage()?.get_item(REPLACED_KEY).ok().flatten()
}

/// Keeps (or, with `None`, forgets) the figures from before the last replacement.
pub fn keep_replaced(json: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match json {
            Some(json) => storage.set_item(REPLACED_KEY, json),
            None => storage.remove_item(REPLACED_KEY),
        };
    }
}

/// Where a tab puts each edit of its own for the other tabs of this site: a counter, the
/// document before and after it (`n\nbefore\nafter`; JSON as the app writes it has no line
/// breaks). A tab takes another's edit, never its whole document: both may be typed in at once.
const EDIT_KEY: &str = "jobmaal/edit";

/// Tells the other tabs of this site what this one changed (`before` and `after`, as JSON).
pub fn send_edit(before: &str, after: &str) {
    thread_local!(static SENT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = SENT.with(|sent| sent.replace(sent.get().wrapping_add(1)));
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(EDIT_KEY, &format!("{n}\n{before}\n{after}"));
    }
}

/// Calls `on_edit` with the documents before and after an edit another tab (or window) of this
/// site has just made (see [`send_edit`]).
pub fn on_edited_elsewhere(on_edit: impl Fn(&str, &str) + 'static) -> EventListener {
    EventListener::new(&window(), "storage", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>()
            && event.key().as_deref() == Some(EDIT_KEY)
            && let Some(edit) = event.new_value()
            && let [_, before, after] = edit.splitn(3, '\n').collect::<Vec<_>>()[..]
        {
            on_edit(before, after);
        }
    })
}

/// Saves the state document; `false` when the browser refuses (full, blocked).
pub fn save(json: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(STORAGE_KEY, json).is_ok())
}

/// Downloads the English texts (named in the page's `<meta name="jobmaal-english">`, written
/// at build time) and hands them to `take`; false if that fails (offline, a stale page).
pub async fn fetch_english(take: fn(&str) -> bool) -> bool {
    fetch_named("meta[name=jobmaal-english]", take).await
}

/// Downloads the figures' help texts (`<meta name="jobmaal-help">`), as [`fetch_english`].
pub async fn fetch_help(take: fn(&str) -> bool) -> bool {
    fetch_named("meta[name=jobmaal-help]", take).await
}

/// Downloads the texts of goal `year` (`<meta name="jobmaal-year-2019">`), as
/// [`fetch_english`].
pub async fn fetch_year_texts(year: u16) -> bool {
    let meta = format!("meta[name=jobmaal-year-{year}]");
    fetch_named(&meta, jobmaal_core::load_year_json).await
}

async fn fetch_named(meta: &str, take: fn(&str) -> bool) -> bool {
    let Some(file) = document()
        .query_selector(meta)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
    else {
        return false;
    };
    fetch_text(&file).await.is_some_and(|text| take(&text))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The boot script's (static/boot.js): adds the later views' stylesheet to the page
    /// (once; a failed one afresh), resolving once it applies.
    #[wasm_bindgen(js_name = jobmaalStyle, catch)]
    fn add_later_stylesheet() -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// The later views' stylesheet applied to the page: true once it applies, false if it cannot
/// be had.
pub fn request_later_stylesheet() -> impl std::future::Future<Output = bool> {
    let applied = add_later_stylesheet().map(JsFuture::from);
    async move {
        match applied {
            Ok(applied) => applied.await.is_ok(),
            Err(_) => false,
        }
    }
}

/// The benchmark's data file (`<meta name="jobmaal-benchmark">`), as text; `None` if it
/// cannot be had.
pub async fn fetch_benchmark() -> Option<String> {
    let file = document()
        .query_selector("meta[name=jobmaal-benchmark]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))?;
    fetch_text(&file).await
}

/// The text of `file`, a file of this site (relative to the page); `None` if it cannot be had.
pub async fn fetch_text(file: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(file)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Whether the address asks for English (`?lang=en`).
pub fn address_asks_english() -> bool {
    current_place().lang == Some(Lang::En)
}

/// Reads what the current address asks for (`?year=`, `?lang=`, `?view=`, and the page's
/// settings), the accent colour checked.
pub fn current_place() -> PageSettings {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return PageSettings::default();
    };
    PageSettings {
        year: params.get("year").and_then(|y| y.parse().ok()),
        lang: params.get("lang").and_then(|l| Lang::from_code(&l)),
        view: params.get("view").and_then(|v| View::from_code(&v)),
        embed: params.get("embed").is_some_and(|e| e == "1"),
        accent: params.get("accent").as_deref().map(parse_accent),
        edit: params.get("edit").is_some_and(|e| e == "1"),
        contact: params.get("kontakt"),
        kommune: params.get("kommune"),
    }
}

/// Puts year, language and view into the address, as a new history entry or (`replace`) in
/// place of the current one, keeping any other query parameters and the fragment. Does
/// nothing when the address already says so.
pub fn set_place(year: u16, lang: Lang, view: View, replace: bool) {
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
    if let Ok(history) = window().history() {
        let url = format!("{query}{hash}");
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `on_change` when the user goes back or forward; dropped, it stops listening.
pub fn on_history_change(on_change: impl Fn(PageSettings) + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| on_change(current_place()))
}

/// Calls `on_change` with the new fragment (`#s=…`, or none) when the address's fragment changes
/// on an open page: a link pasted into the address bar, Back to before it, or a preview frame
/// given another link.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| {
        on_change(current_fragment())
    })
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

/// Scrolls the list with id `list` just enough that its item with id `item` is in sight (a
/// listbox's active option, chosen by the keyboard).
pub fn keep_in_view(list: &str, item: &str) {
    let get = |id: &str| {
        (document().get_element_by_id(id)).and_then(|e| e.dyn_into::<HtmlElement>().ok())
    };
    if let (Some(list), Some(item)) = (get(list), get(item)) {
        let (top, bottom) = (item.offset_top(), item.offset_top() + item.offset_height());
        if top < list.scroll_top() {
            list.set_scroll_top(top);
        } else if bottom > list.scroll_top() + list.client_height() {
            list.set_scroll_top(bottom - list.client_height());
        }
    }
}

/// The text in the text area with `id` (empty if there is none).
pub fn element_value(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|area| area.value())
        .unwrap_or_default()
}

/// The id of the element that has focus, if any.
pub fn focused_id() -> Option<String> {
    document().active_element().map(|element| element.id())
}

/// Runs `f` once the browser is idle (within two seconds at most), or at the end of this task
/// where it cannot say when it is idle: for work the page does not wait for.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let f: Box<dyn FnOnce()> = Box::new(f);
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(2000);
    let asked = window().request_idle_callback_with_options(callback.unchecked_ref(), &options);
    if asked.is_err() {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}

/// The address's fragment (`#…`), or empty.
pub fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Removes the fragment, and `kommune=`, from the address: without a new history entry (once a
/// shared state has become the user's own, a reload must not bring the link's state back; the
/// user left the address's municipality for their own figures), or, `push`, as a new one (the
/// user left a link's figures: Back brings them again).
pub fn clear_fragment(push: bool) {
    let location = window().location();
    let mut search = location.search().unwrap_or_default();
    if let Ok(params) = UrlSearchParams::new_with_str(&search) {
        params.delete("kommune");
        search = String::from(params.to_string());
        if !search.is_empty() {
            search.insert(0, '?');
        }
    }
    let url = format!("{}{search}", location.pathname().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = match push {
            true => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
            false => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        };
    }
}

/// Removes `kommune=` from the address, without a new history entry: the user chose a
/// municipality, which a reload or a bookmark must keep.
pub fn drop_kommune() {
    let location = window().location();
    let Ok(params) = UrlSearchParams::new_with_str(&location.search().unwrap_or_default()) else {
        return;
    };
    if params.get("kommune").is_none() {
        return;
    }
    params.delete("kommune");
    let mut search = String::from(params.to_string());
    if !search.is_empty() {
        search.insert(0, '?');
    }
    let (path, hash) = (location.pathname(), location.hash());
    let url = format!(
        "{}{search}{}",
        path.unwrap_or_default(),
        hash.unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// This deployment's address without query or fragment, e.g. `https://x.github.io/jobmaal/`.
pub fn page_base_url() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Calls `done` once `promise` settles: `Ok` with its value, or `Err` with its reason. (A
/// callback rather than a future: it ships less code, and these calls need no more.)
fn when_settled(
    promise: &js_sys::Promise,
    done: Box<dyn FnOnce(Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>)>,
) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsValue;
    use wasm_bindgen::closure::Closure;
    let done = Rc::new(Cell::new(Some(done)));
    let on_error = done.clone();
    let fulfilled = Closure::<dyn FnMut(JsValue)>::once(move |value: JsValue| {
        if let Some(done) = done.take() {
            done(Ok(value));
        }
    });
    let rejected = Closure::<dyn FnMut(JsValue)>::once(move |reason: JsValue| {
        if let Some(done) = on_error.take() {
            done(Err(reason));
        }
    });
    let _ = promise.then2(&fulfilled, &rejected);
    // The browser calls one of them, once; the two small closures are left to it.
    fulfilled.forget();
    rejected.forget();
}

/// Copies `text` to the clipboard, then calls `done` with `false` if the browser refused.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = window().navigator().clipboard().write_text(text);
    when_settled(&promise, Box::new(move |result| done(result.is_ok())));
}

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Why a chosen file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    TooLarge,
    Unreadable,
}

/// Reads a chosen file as text, refusing one larger than `max_bytes` before reading it, then
/// calls `done` with the text or why there is none.
pub fn read_file(
    file: web_sys::File,
    max_bytes: usize,
    done: impl FnOnce(Result<String, FileError>) + 'static,
) {
    if file.size() > max_bytes as f64 {
        return done(Err(FileError::TooLarge));
    }
    when_settled(
        &file.text(),
        Box::new(move |result| {
            let text = result.ok().and_then(|text| text.as_string());
            done(text.ok_or(FileError::Unreadable))
        }),
    );
}

/// Sets the accent colour (a checked `#rrggbb`) through the CSS custom property.
pub fn set_accent(hex: &str) {
    if let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = root.style().set_property("--accent", hex);
    }
}

/// Removes the element with `id`, if there is one.
pub fn remove_element(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.remove();
    }
}

/// Runs `f` in a task of its own, after the current one (and so after the DOM changes made in
/// this one are on their way to the screen).
pub fn after_this_task(f: impl FnOnce() + 'static) {
    // Boxed, so all callers share one closure type and its glue.
    let f: Box<dyn FnOnce()> = Box::new(f);
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ =
        window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
}

/// Runs `f` once the change being made now is drawn: in a microtask queued after the one in
/// which Yew's scheduler draws it (microtasks run in order, and the scheduler yields to the
/// browser only once its DOM work is done), so before the browser shows anything in between,
/// and before effects the scheduler may have put off to its next task.
pub fn after_render(f: impl FnOnce() + 'static) {
    let drawn = js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
    when_settled(&drawn, Box::new(move |_| f()));
}

/// Focuses the element with `id` once the change being made now is drawn, so focus never rests
/// on the page in between.
pub fn focus_after_render(id: String) {
    after_render(move || focus(&id));
}

thread_local! {
    /// The app's root while its first render runs outside the document.
    static ROOT: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the app's root, rendered outside the document until [`mark_ready`] puts it in.
pub fn hold_root(root: web_sys::Element) {
    ROOT.with_borrow_mut(|held| *held = Some(root));
}

/// Marks the app as running (`<html data-ready>`), for tests and tools that must not act on
/// the view rendered at build time, and puts its root, rendered outside the document, in.
pub fn mark_ready() {
    if let Some(root) = ROOT.with_borrow_mut(Option::take) {
        let _ = document().body().map(|body| body.append_child(&root));
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Marks the page as embedded (for the stylesheet).
pub fn mark_embedded() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("embedded");
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// Calls `on_change(true)` when the page is about to be printed or starts to be shown as print
/// media, and `on_change(false)` when that ends. Listens while the returned listeners live.
pub fn on_printing(on_change: impl Fn(bool) + 'static) -> Vec<EventListener> {
    let on_change = std::rc::Rc::new(on_change);
    let mut listeners = Vec::new();
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let on_change = on_change.clone();
        listeners.push(EventListener::new(&window(), event, move |_| {
            on_change(printing)
        }));
    }
    if let Ok(Some(media)) = window().match_media("print") {
        let query = media.clone();
        listeners.push(EventListener::new(&media, "change", move |_| {
            on_change(query.matches())
        }));
    }
    listeners
}

/// Today's date as `YYYY-MM-DD`, in the user's time zone.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// While kept, tells the parent window the page's height (`{"jobmaal-height": px}`) whenever
/// it changes; nothing is sent when it stays the same.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl HeightReporter {
    pub fn start() -> Option<HeightReporter> {
        let parent = window().parent().ok().flatten()?;
        let last = std::cell::Cell::new(-1.0);
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let Some(root) = document().document_element() else {
                return;
            };
            let height = root.get_bounding_client_rect().height().ceil();
            if height != last.get() {
                last.set(height);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"jobmaal-height".into(), &height.into());
                let _ = parent.post_message(&message, "*");
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&document().document_element()?);
        Some(HeightReporter {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
