//! Jobmål in the browser: composes the app and mounts it. Everything else lives in modules.

mod app;
mod components;
mod i18n;
mod platform;
mod state;

use std::sync::OnceLock;

use jobmaal_core::Catalogue;

/// The built-in catalogue, parsed once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::builtin)
}

fn main() {
    yew::Renderer::<app::App>::new().render();
}
