//! Pieces of the summary that several views show the same way: the municipality's name and
//! the coverage as "k af N mål".

use jobmaal_core::assessment::Coverage;
use jobmaal_core::figures::Entry;
use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::i18n::strings;

/// The municipality's name as entered, or "Kommunen" / "The municipality".
pub fn municipality_name(doc: &Document, lang: Lang) -> String {
    match doc.figures.get("municipality") {
        Some(Entry::Text(name)) if !name.trim().is_empty() => name.trim().to_string(),
        _ => strings(lang).municipality_fallback.to_string(),
    }
}

/// The four coverage measures as a list with `class`.
pub fn coverage_list(coverage: Coverage, lang: Lang, class: &'static str) -> Html {
    let text = strings(lang);
    let n = coverage.goals;
    html! {
        <ul {class}>
            <li>{ (text.coverage_data)(coverage.data, n) }</li>
            <li>{ (text.coverage_on_track)(coverage.on_track, n) }</li>
            <li>{ (text.coverage_behind)(coverage.behind, n) }</li>
            <li>{ (text.coverage_plan)(coverage.plan, n) }</li>
        </ul>
    }
}
