//! Jobmål in the browser: composes the app and mounts it. Everything else lives in modules.

mod app;
mod components;
mod i18n;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
