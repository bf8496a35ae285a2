//! Jobmål's user interface: the Yew app, its state, its strings and its door to the browser
//! (`platform`; the components only read what an event carries and act on its element).
//! The logic it shows lives in `jobmaal-core`.

mod app;
mod components;
mod hooks;
mod i18n;
mod later;
mod markup;
mod platform;
mod state;

use jobmaal_core::Catalogue;

/// The built-in catalogue (static data, built from `core/data/catalogue.json`).
pub fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

/// The page whose view rendered at build time is the Goals view of `year` in `lang`: the site
/// itself (`index.html`) for the default year (`default_year` in the catalogue) in Danish, else e.g. `2019-en.html`. A shared
/// link or an embed opens that page, so its goals show before any script runs.
pub fn page_file(year: u16, lang: jobmaal_core::Lang) -> String {
    match (year == catalogue().default_year().year, lang) {
        (true, jobmaal_core::Lang::Da) => String::new(),
        _ => format!("{year}-{}.html", lang.code()),
    }
}

/// The id of the element that holds the Goals view rendered at build time, on every page.
pub const PRERENDERED_ID: &str = "prerendered";

/// The id of the inline JSON with the texts of a page's year, on the page of a year whose texts
/// the app otherwise downloads (`jobmaal_core::load_year_json`).
pub const YEAR_TEXTS_ID: &str = "year-texts";

/// Mounts the app in the browser, beside the view rendered at build time, which the app
/// removes once it has rendered itself.
pub fn start() {
    // Failures are not `expect`ed: that would ship the Debug formatting of `JsValue`.
    let document = gloo::utils::document();
    let Ok(root) = document.create_element("div") else {
        panic!("a div can be created");
    };
    root.set_id("app");
    // Rendered outside the document, which it joins when the first render is complete
    // (`platform::mark_ready`): the scheduler yields to the browser between components, and
    // each change to the document on the way would have the browser lay out and paint again
    // the page that is showing (the view rendered at build time, when it stays in sight behind
    // a link: on a slow phone, half a second in all).
    platform::hold_root(root.clone());
    // The page's year's texts, when they are not in the app: on the page (at once, no request).
    if let Some(texts) = document.get_element_by_id(YEAR_TEXTS_ID) {
        jobmaal_core::load_year_json(&texts.text_content().unwrap_or_default());
    }
    // Asked for in English: its texts first (the page's head has already asked the browser
    // for them), so the app does not show itself in Danish on the way.
    if platform::address_asks_english() {
        wasm_bindgen_futures::spawn_local(async move {
            platform::fetch_english(i18n::load_english).await;
            yew::Renderer::<app::App>::with_root(root).render();
        });
    } else {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use i18n::{english_file, help_file, text_list_file};

/// The title the app gives the Goals view of `year` in `lang`: for the page rendered at build
/// time, so a tab shows it before the app runs.
#[cfg(feature = "ssr")]
pub fn goals_title(year: u16, lang: jobmaal_core::Lang) -> String {
    i18n::strings(lang).page_title(state::View::Goals, year)
}

/// The Goals view of `year` in `lang`, nothing entered, as HTML: for the page of each year and
/// language (`2019-en.html`), and `index.html` (the default year, in Danish).
#[cfg(feature = "ssr")]
pub async fn prerender(year: u16, lang: jobmaal_core::Lang) -> String {
    let props = app::AppProps {
        prerender: Some((year, lang)),
    };
    yew::ServerRenderer::<app::App>::with_props(move || props)
        .hydratable(false)
        .render()
        .await
}

/// The names shared by the page generator (src/bin/pages), which writes them into the scripts
/// it makes, and the files written by hand that use them: the boot script (static/boot.js), the
/// stylesheet and the app. The generator's tests check that those files use these names.
pub mod page_names {
    /// The id of each page's data block, which the boot script reads.
    pub const DATA_ID: &str = "jobmaal-page";

    /// The boot script's global for the root element's classes (`var c`), which the script
    /// just before the loader reads.
    pub const CLASSES: &str = "c";

    /// The root element's classes set by the boot script: it goes to another page
    /// (`addressed`); the view rendered at build time waits for shared figures or another view
    /// (`linked`), is held back while the app's code arrives (`held`), brings shared figures
    /// (`shared`); the page is embedded (`embedded`, which the app sets as well).
    pub const ADDRESSED: &str = "addressed";
    pub const LINKED: &str = "linked";
    pub const HELD: &str = "held";
    pub const SHARED: &str = "shared";
    pub const EMBEDDED: &str = "embedded";

    /// The global in which the boot script leaves the wasm it had compiled, for the loader.
    pub const COMPILED_WASM: &str = "jobmaalWasm";

    /// The global function with which the app asks the boot script for the later views'
    /// stylesheet (bound by its `js_name` in `platform`).
    pub const LATER_STYLE: &str = "jobmaalStyle";
}
