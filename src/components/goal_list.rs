//! A year's goals, numbered, with their verbatim Danish titles, theme, notes and source.

use std::rc::Rc;

use jobmaal_core::{Catalogue, Lang};
use yew::prelude::*;

use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub catalogue: Rc<Catalogue>,
    pub year: u16,
    pub lang: Lang,
}

#[function_component(GoalList)]
pub fn goal_list(props: &Props) -> Html {
    let text = strings(props.lang);
    let catalogue = &props.catalogue;
    let Some(year) = catalogue.year(props.year) else {
        return html! {};
    };
    html! {
        <section class="goals" aria-labelledby="goals-heading">
            <h1 id="goals-heading">{ (text.goals_heading)(year.year) }</h1>
            { for year.notes.iter().map(|note| html! { <p class="note">{ note.get(props.lang) }</p> }) }
            <ol class="goal-list">
                { for year.goals.iter().map(|goal| {
                    let theme = catalogue.theme(&goal.theme).map(|t| t.name.get(props.lang)).unwrap_or_default();
                    let source = catalogue.goal_source(year, goal);
                    html! {
                        <li class="goal" data-theme={goal.theme.clone()}>
                            <p class="goal-number">{ (text.goal_number)(goal.number) }</p>
                            <h2 class="goal-title" lang="da">
                                { goal.title.clone().unwrap_or_else(|| format!("{theme} ({})", text.no_final_wording)) }
                            </h2>
                            <p class="goal-theme">{ format!("{}: {theme}", text.theme_label) }</p>
                            { for goal.notes.iter().map(|note| html! { <p class="note">{ note.get(props.lang) }</p> }) }
                            <p class="goal-source">{ format!("{}: {}", text.source_label, source.citation(props.lang)) }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
