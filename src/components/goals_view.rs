//! The Goals view: the year's coverage summary (announced), then each goal with its status,
//! indicators and gaps, local lines of aim, notes, context and source.

use std::rc::Rc;

use jobmaal_core::assessment::{Assessment, GoalResult};
use jobmaal_core::catalogue::{Goal, Year};

use jobmaal_core::{Document, Lang};
use yew::prelude::*;

use crate::catalogue;
use crate::components::indicator::{
    Badge, development_text, indicator_badge, kroner_text, persons_text, reference_text,
    status_badge, value_text,
};
use crate::components::summary::{coverage_list, municipality_name};
use crate::i18n::strings;
use crate::state::{Action, View};

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub doc: Document,
    pub assessment: Rc<Assessment>,
    pub on_action: Callback<Action>,
}

pub fn goals_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let Some(year) = catalogue().year(props.assessment.year) else {
        return html! {};
    };
    let municipality = municipality_name(&props.doc, lang);
    html! {
        <section class="view goals-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ (text.goals_heading)(year.year) }</h1>
            <section class="coverage" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">{ format!("{}: {municipality}", text.coverage_heading) }</h2>
                <div role="status">
                    { coverage_list(props.assessment.coverage, lang, "coverage-list") }
                </div>
                if props.doc.is_empty() {
                    <p class="hint">{ text.no_figures_hint }</p>
                }
            </section>
            { for year.notes.iter().map(|note| html! { <p class="note">{ note.get(lang) }</p> }) }
            <ol class="goal-list">
                { for year.goals.iter().zip(&props.assessment.goals).map(|(goal, result)| {
                    goal_card(year, goal, result, props, lang)
                }) }
            </ol>
        </section>
    }
}

fn goal_card(year: &Year, goal: &Goal, result: &GoalResult, props: &Props, lang: Lang) -> Html {
    let text = strings(lang);
    let theme = catalogue()
        .theme(goal.theme)
        .map(|t| t.name.get(lang))
        .unwrap_or_default();
    let source = catalogue().goal_source(year, goal);
    let title = match &goal.title {
        Some(title) => html! { <h2 class="goal-title" lang="da">{ title }</h2> },
        None => {
            html! { <h2 class="goal-title">{ format!("{theme} ({})", text.no_final_wording) }</h2> }
        }
    };
    let plan_lines: Vec<&String> = props
        .doc
        .plan
        .get(goal.theme)
        .map(|lines| lines.iter().filter(|l| !l.trim().is_empty()).collect())
        .unwrap_or_default();
    let explanation = catalogue()
        .theme(goal.theme)
        .map(|t| t.explanation.get(lang))
        .unwrap_or_default();
    html! {
        <li class="goal" data-theme={goal.theme}>
            <div class="goal-head">
                <p class="goal-number">{ (text.goal_number)(goal.number) }</p>
                { status_badge(Badge::from(result.status), lang) }
            </div>
            { title }
            <p class="goal-theme">{ format!("{}: {theme}", text.theme_label) }</p>
            <p class="goal-explanation">{ explanation }</p>
            <h3>{ text.indicators_heading }</h3>
            <ul class="indicator-list">
                { for result.indicators.iter().map(|&i| indicator_item(i, props, lang)) }
            </ul>
            if !plan_lines.is_empty() {
                <h3>{ text.plan_lines_heading }</h3>
                <ul class="plan-lines">{ for plan_lines.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            }
            { for goal.notes.iter().map(|note| html! { <p class="note">{ note.get(lang) }</p> }) }
            { for catalogue().context.iter().filter(|c| c.themes.contains(&goal.theme)).map(|context| {
                let source = catalogue().source(context.source).map(|s| s.citation(lang)).unwrap_or_default();
                html! {
                    <aside class="context">
                        <h3>{ context.title.get(lang) }</h3>
                        <ul>{ for context.points.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
                        <p class="context-source">{ format!("{}: {source}", text.source_label) }</p>
                    </aside>
                }
            }) }
            <p class="goal-source">{ format!("{}: {}", text.source_label, source.citation(lang)) }</p>
        </li>
    }
}

fn indicator_item(index: usize, props: &Props, lang: Lang) -> Html {
    let def = &catalogue().indicators[index];
    let result = &props.assessment.indicators[index];
    let text = strings(lang);
    let details: Vec<String> = [
        reference_text(def, result, lang),
        result.gap.map(|gap| {
            format!(
                "{}: {}",
                strings(lang).col_gap,
                def.unit.format_gap(gap, lang)
            )
        }),
        persons_text(def, result, lang),
        kroner_text(result, lang),
        development_text(def, result, lang).map(|d| format!("{}: {d}", text.development_label)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let to_figures = props.on_action.reform(|event: MouseEvent| {
        event.prevent_default();
        Action::ChooseView(View::Figures)
    });
    html! {
        <li class="indicator" data-indicator={def.id}>
            <div class="indicator-head">
                <span class="indicator-name">{ def.name.get(lang) }</span>
                { status_badge(indicator_badge(def, result), lang) }
            </div>
            <p class="indicator-value">{ value_text(def, result, lang) }</p>
            if result.value.is_err() {
                <p><a href={format!("?year={}&lang={}&view=figures", props.doc.year, lang.code())} onclick={to_figures}>{ text.edit_figures }</a></p>
            }
            if !details.is_empty() {
                <ul class="indicator-details">{ for details.into_iter().map(|d| html! { <li>{ d }</li> }) }</ul>
            }
        </li>
    }
}
