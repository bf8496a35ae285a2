//! Pieces of the summary that several views show the same way: the municipality's name and
//! the coverage as "k af N mål".

use jobmaal_core::assessment::Coverage;
use jobmaal_core::figures::Entry;
use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::i18n::strings;
use crate::markup::Markup;

/// The municipality's name as entered, or "Kommunen" / "The municipality".
pub fn municipality_name(doc: &Document, lang: Lang) -> String {
    match doc.figures.get("municipality") {
        Some(Entry::Text(name)) if !name.trim().is_empty() => name.trim().to_string(),
        _ => strings(lang).municipality_fallback.to_string(),
    }
}

/// The four coverage measures as a list with `class`.
pub fn coverage_list(coverage: Coverage, lang: Lang, class: &'static str) -> Html {
    let mut markup = Markup::default();
    coverage_markup(&mut markup, coverage, lang, class);
    markup.into_html()
}

/// [`coverage_list`] as markup.
pub fn coverage_markup(markup: &mut Markup, coverage: Coverage, lang: Lang, class: &str) {
    let text = strings(lang);
    let n = coverage.goals;
    markup.list(
        "ul",
        class,
        [
            (text.coverage_data)(coverage.data, n),
            (text.coverage_on_track)(coverage.on_track, n),
            (text.coverage_behind)(coverage.behind, n),
            (text.coverage_plan)(coverage.plan, n),
        ],
    );
}
