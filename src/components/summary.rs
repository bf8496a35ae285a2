//! Pieces of the summary that several views show the same way: the municipality's name and
//! the coverage as "k af N mål".

use jobmaal_core::assessment::{Assessment, Coverage};
use jobmaal_core::figures::{Entry, MAX_TEXT_CHARS};
use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::i18n::{later, strings};
use crate::markup::Markup;

/// The municipality's name as entered, or "Kommunen" / "The municipality". A name longer than
/// a name may be (from a file or link) is cut, with an ellipsis: it is flagged by its input,
/// and must not fill headings, titles and file names.
pub fn municipality_name(doc: &Document, address: Option<&str>, lang: Lang) -> String {
    match doc.figures.get("municipality") {
        Some(Entry::Text(name)) if !name.trim().is_empty() => cut(name.trim(), MAX_TEXT_CHARS),
        _ => address.map_or_else(
            || strings(lang).municipality_fallback().to_string(),
            str::to_string,
        ),
    }
}

/// `text` cut to at most `max` characters, the last of them an ellipsis where it was cut.
pub fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some(_) => {
            let mut cut: String = text.chars().take(max - 1).collect();
            cut.push('…');
            cut
        }
        None => text.to_string(),
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

/// The local extra focus: the lines of aim of themes that are no goal of the year and those
/// written as extra focus, then `outside` ([`extra_indicators`], from the part loaded later):
/// the values of the indicators of such themes that the gap table and its CSV show, so that
/// they are shown the same everywhere.
pub fn extra_focus_markup(
    markup: &mut Markup,
    assessment: &Assessment,
    outside: Option<String>,
    lang: Lang,
    class: &str,
) {
    let lines = &assessment.extra_focus;
    if lines.is_empty() && outside.is_none() {
        return;
    }
    markup.element("h2", "", strings(lang).extra_focus_heading());
    if !lines.is_empty() {
        markup.open("ul", &[("class", class)]);
        // The user's text, in whatever language it was written: marked as of no known language
        // (`lang=""`), not as the page's.
        for line in lines {
            markup.open("li", &[]);
            // (A theme only later years have is named once their texts are here.)
            let theme = (line.theme.as_deref()).and_then(|id| crate::catalogue().theme(id));
            if let Some(name) = theme.map(|t| t.name.get(lang)).filter(|n| !n.is_empty()) {
                markup.text(name).text(": ");
            }
            markup.open("span", &[("lang", "")]).text(&line.text);
            markup.close("span").close("li");
        }
        markup.close("ul");
    }
    if let Some(outside) = outside {
        markup.element("p", "extra-indicators", &outside);
    }
}

/// The values of the indicators of themes that are no goal of the year which the gap table and
/// its CSV show (figures entered for them, e.g. 2019's control), as one line; `None` if there
/// are none. In the part loaded later (`LaterViews::extra_indicators`): few documents have any.
pub fn extra_indicators(assessment: &Assessment, lang: Lang) -> Option<String> {
    let catalogue = crate::catalogue();
    let goals = catalogue
        .year(assessment.year)
        .map(|y| y.goals)
        .unwrap_or_default();
    let values: Vec<String> = (catalogue.indicators.iter())
        .zip(&assessment.indicators)
        .filter(|(def, result)| {
            !goals.iter().any(|g| g.theme == def.theme)
                && jobmaal_core::csv::for_year(catalogue, assessment.year, def, result)
        })
        .filter_map(|(def, result)| {
            let value = result.value.as_ref().ok()?;
            let theme = catalogue.theme(def.theme).map(|t| t.name.get(lang));
            Some(format!(
                "{} ({}): {}",
                def.name.get(lang),
                theme.unwrap_or_default(),
                def.unit.format_value(*value, lang)
            ))
        })
        .collect();
    (!values.is_empty())
        .then(|| format!("{} {}.", later::extra_indicators(lang), values.join(" · ")))
}
