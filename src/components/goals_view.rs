//! The Goals view: the year's coverage summary (announced), then each goal with its status,
//! indicators and gaps, local lines of aim, notes, context and source.

use std::rc::Rc;

use jobmaal_core::assessment::{Assessment, GoalResult};
use jobmaal_core::catalogue::{Goal, Proposal, Source, Year};

use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::catalogue;
use crate::components::gaps_view::local_number;
use crate::components::indicator::{
    Badge, badge_markup, development_text, indicator_badge, kroner_text, persons_text,
    reference_text, value_notes, value_text,
};
use crate::components::summary::{coverage_list, extra_focus_markup, municipality_name};
use crate::i18n::strings;
use crate::markup::{Markup, VIEW_LINK};
use crate::state::View;

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub doc: Document,
    pub assessment: Rc<Assessment>,
    /// Embedded: no hint about the form or the example (an embed offers neither); read-only
    /// too: no links to the form.
    pub embed: bool,
    pub read_only: bool,
    /// Drawn after the goals: the benchmark of the municipality, on its year's view (its code
    /// comes with the part loaded later, `later.rs`).
    pub extra: Html,
    /// The municipality the address names (`?kommune=`), where the document names none.
    pub address_name: Option<String>,
    /// The values of indicators of themes that are no goal of the year, with the extra focus
    /// (`summary::extra_indicators`, in the part loaded later: none until it is here).
    pub outside_goals: Option<String>,
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn goals_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let Some(year) = catalogue().year(props.assessment.year) else {
        return html! {};
    };
    let municipality = municipality_name(&props.doc, props.address_name.as_deref(), lang);
    let mut cards = Markup::default();
    for (goal, result) in year.goals.iter().zip(&props.assessment.goals) {
        goal_card(&mut cards, year, goal, result, props, lang);
    }
    html! {
        <section class="view goals-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ (text.goals_heading)(year.year) }</h1>
            <section class="coverage" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">{ format!("{}: {municipality}", text.coverage_heading()) }</h2>
                <div role="status">
                    { coverage_list(props.assessment.coverage, lang, "coverage-list") }
                </div>
                if props.doc.is_empty() && !props.embed {
                    <p class="hint">
                        { text.no_figures_hint() }
                        if year.year == jobmaal_core::benchmark::YEAR {
                            { " " }{ text.benchmark_hint() }
                        }
                    </p>
                }
                // Shown by the page built for a link while the figures come (`linked`).
                <p class="coverage-loading" hidden=true>{ text.figures_loading() }</p>
            </section>
            { for year.notes.iter().map(|note| html! { <p class="note">{ note.get(lang) }</p> }) }
            <ol class="goal-list">{ cards.into_html() }</ol>
            { props.extra.clone() }
            { extra_focus(&props.assessment, props.outside_goals.clone(), lang) }
            if let Some(proposal) = &year.proposal {
                { proposal_markup(year, proposal, lang) }
            }
            { year_sources(year, lang) }
        </section>
    }
}

/// The local extra focus, after the goals.
fn extra_focus(assessment: &Assessment, outside: Option<String>, lang: Lang) -> Html {
    let mut markup = Markup::default();
    extra_focus_markup(&mut markup, assessment, outside, lang, "extra-focus-list");
    markup.into_html()
}

/// The earlier proposal of the year's goals (2019: the seven goals of 21 December 2017), kept
/// visible: local plans such as Lejre's were written from it.
fn proposal_markup(year: &Year, proposal: &Proposal, lang: Lang) -> Html {
    let text = strings(lang);
    let mut markup = Markup::default();
    markup.element("h2", "", text.proposal_heading());
    for note in proposal.notes {
        markup.element("p", "note", note.get(lang));
    }
    markup.open("ol", &[("class", "proposal-goals")]);
    for goal in proposal.goals {
        let theme = catalogue()
            .theme(goal.theme)
            .map(|t| t.name.get(lang))
            .unwrap_or_default();
        markup.open("li", &[]);
        match goal.title() {
            Some(title) => markup
                .open("span", &[("lang", "da")])
                .text(title)
                .close("span"),
            None => markup.text(&format!("{theme} ({})", text.no_final_wording())),
        };
        // On an English page, with its English gloss.
        if let Some(gloss) = goal.gloss().filter(|_| lang == Lang::En) {
            markup.text(" (“").text(gloss).text("”)");
        }
        markup.close("li");
    }
    markup.close("ol");
    source_line(&mut markup, "goal-source", year, proposal.source, lang);
    html! {
        <section class="proposal" aria-label={text.proposal_heading()}>{ markup.into_html() }</section>
    }
}

/// Every source the year's page cites, each with its public address where it has one (the
/// ministry's letters among the source documents have none).
fn year_sources(year: &Year, lang: Lang) -> Html {
    let text = strings(lang);
    let mut markup = Markup::default();
    markup
        .element("h2", "", text.year_sources_heading())
        .open("ul", &[("class", "year-sources")]);
    // Their pages open in a tab of their own (in an embed, a link would take over the frame).
    for source in catalogue().year_sources(year) {
        markup.open("li", &[]);
        cite(&mut markup, year, source, lang);
        if let Some(address) = catalogue().address(year, source) {
            markup
                .text(": ")
                .open(
                    "a",
                    &[("href", address), ("target", "_blank"), ("rel", "noopener")],
                )
                .text(address)
                .close("a");
        }
        markup.close("li");
    }
    markup.close("ul");
    markup.into_html()
}

/// One goal as markup (see `markup`): it holds no input, and there are up to seven of them.
fn goal_card(
    markup: &mut Markup,
    year: &Year,
    goal: &Goal,
    result: &GoalResult,
    props: &Props,
    lang: Lang,
) {
    let text = strings(lang);
    let theme = catalogue().theme(goal.theme);
    let theme_name = theme.map(|t| t.name.get(lang)).unwrap_or_default();
    let source = catalogue().goal_source(year, goal);
    markup
        .open("li", &[("class", "goal"), ("data-theme", goal.theme)])
        .open("div", &[("class", "goal-head")])
        .element("p", "goal-number", &(text.goal_number)(goal.number));
    badge_markup(markup, Badge::from(result.status), lang);
    markup.close("div");
    match goal.title() {
        Some(title) => markup
            .open("h2", &[("class", "goal-title"), ("lang", "da")])
            .text(title)
            .close("h2"),
        None => markup.element(
            "h2",
            "goal-title",
            &format!("{theme_name} ({})", text.no_final_wording()),
        ),
    };
    // On an English page, the title's gloss in English (the title stays as published).
    if let (Lang::En, Some(gloss)) = (lang, goal.gloss()) {
        markup.element(
            "p",
            "goal-gloss",
            &format!("{}: “{gloss}”", text.gloss_label()),
        );
    }
    markup.element(
        "p",
        "goal-theme",
        &format!("{}: {theme_name}", text.theme_label()),
    );
    if let Some(theme) = theme.filter(|t| year.year <= t.explains_until) {
        markup.element("p", "goal-explanation", goal.explanation(theme, lang));
    }
    markup.element("h3", "", text.indicators_heading());
    // The municipality's own indicator, which the goal is graded by.
    for (_, name, reading) in props.assessment.local.iter().filter(|l| l.0 == goal.theme) {
        let number = |value: Option<f64>| {
            value.map_or_else(|| "–".to_string(), |v| local_number(v, false, lang))
        };
        let mut line = match name.trim() {
            "" => format!("{}: {}", text.own_indicator_label(), number(reading.value)),
            name => format!(
                "{}: {name}: {}",
                text.own_indicator_label(),
                number(reading.value)
            ),
        };
        if reading.target.is_some() {
            line.push_str(&format!(
                " ({}: {})",
                text.local_reference(),
                number(reading.target)
            ));
        }
        markup.element("p", "own-indicator", &line);
    }
    // No empty list for a goal without national indicators (its note says why).
    if !result.indicators.is_empty() {
        markup.open("ul", &[("class", "indicator-list")]);
        for &index in &result.indicators {
            indicator_item(markup, index, props, lang);
        }
        markup.close("ul");
    }
    let plan_lines: Vec<&String> = props
        .doc
        .plan
        .get(goal.theme)
        .map(|lines| lines.iter().filter(|l| !l.trim().is_empty()).collect())
        .unwrap_or_default();
    if !plan_lines.is_empty() {
        // The municipality's own lines, in whatever language they were written: marked as of
        // no known language (`lang=""`), not as the page's.
        markup
            .element("h3", "", text.plan_lines_heading())
            .open("ul", &[("class", "plan-lines"), ("lang", "")]);
        for line in plan_lines {
            markup.element("li", "", line);
        }
        markup.close("ul");
    }
    for note in goal.notes {
        markup.element("p", "note", note.get(lang));
    }
    // Where the page has the Plan view (not in an embed the web editor did not open for
    // editing), until one is written.
    let local = props.assessment.local.iter().any(|l| l.0 == goal.theme);
    if goal.own_indicators && !props.read_only && !local {
        let href = format!("?year={}&lang={}&view=plan", props.doc.year, lang.code());
        markup
            .element("p", "note", text.own_indicator_hint())
            .open("p", &[])
            .open("a", &[("href", &href), (VIEW_LINK, View::Plan.code())])
            .text(text.write_own_indicator())
            .close("a")
            .close("p");
    }
    for context in catalogue()
        .context
        .iter()
        .filter(|c| c.themes.contains(&goal.theme))
    {
        markup
            .open("aside", &[("class", "context")])
            .element("h3", "", context.title.get(lang))
            .list("ul", "", context.points.iter().map(|p| p.get(lang)));
        source_line(markup, "context-source", year, context.source, lang);
        markup.close("aside");
    }
    source_line(markup, "goal-source", year, source.id, lang);
    markup.close("li");
}

fn indicator_item(markup: &mut Markup, index: usize, props: &Props, lang: Lang) {
    let def = &catalogue().indicators[index];
    let result = &props.assessment.indicators[index];
    let text = strings(lang);
    let details: Vec<String> = value_notes(def, result, lang)
        .into_iter()
        .map(Some)
        .chain([
            reference_text(def, result, lang),
            result
                .gap
                .map(|gap| format!("{}: {}", text.col_gap(), def.unit.format_gap(gap, lang))),
            persons_text(def, result, lang),
            kroner_text(result, lang),
            development_text(def, result, lang, false)
                .map(|d| format!("{}: {d}", text.development_label())),
        ])
        .flatten()
        .collect();
    markup
        .open("li", &[("class", "indicator"), ("data-indicator", def.id)])
        .open("div", &[("class", "indicator-head")])
        .element("span", "indicator-name", def.name.get(lang));
    badge_markup(markup, indicator_badge(def, result), lang);
    markup
        .close("div")
        .element("p", "indicator-value", &value_text(def, result, lang));
    if result.value.is_err() && !props.read_only {
        // A link to the Figures view; the goal list's one listener makes it switch in place.
        let href = format!("?year={}&lang={}&view=figures", props.doc.year, lang.code());
        markup
            .open("p", &[])
            .open("a", &[("href", &href), (VIEW_LINK, View::Figures.code())])
            .text(text.edit_figures())
            .close("a")
            .close("p");
    }
    if !details.is_empty() {
        markup.list("ul", "indicator-details", details);
    }
    markup.close("li");
}

/// "Kilde: " and the source `id` as the page of `year` cites it ([`cite`]), a paragraph of
/// `class`.
fn source_line(markup: &mut Markup, class: &str, year: &Year, id: &str, lang: Lang) {
    markup
        .open("p", &[("class", class)])
        .text(strings(lang).source_label())
        .text(": ");
    if let Some(source) = catalogue().source(id) {
        cite(markup, year, source, lang);
    }
    markup.close("p");
}

/// `source` as the page of `year` cites it: its citation in Danish, as the source is, our
/// English title on an English page, and what we say of it ourselves in the page's language.
fn citation_parts(
    year: &Year,
    source: &Source,
    lang: Lang,
) -> (String, Option<&'static str>, Option<&'static str>) {
    (
        catalogue().citation(year, source, Lang::Da),
        source.title_en().filter(|_| lang == Lang::En),
        catalogue().source_note(year, source, lang),
    )
}

/// `source` as the page of `year` cites it ([`citation_parts`]), the citation marked Danish on
/// an English page (on the Goals view and the printed report).
pub fn cite(markup: &mut Markup, year: &Year, source: &Source, lang: Lang) {
    let (citation, title, note) = citation_parts(year, source, lang);
    match lang {
        Lang::Da => markup.text(&citation),
        Lang::En => markup
            .open("span", &[("lang", "da")])
            .text(&citation)
            .close("span"),
    };
    if let Some(title) = title {
        markup.text(" (“").text(title).text("”)");
    }
    if let Some(note) = note {
        markup.text(" (").text(note).text(")");
    }
}
