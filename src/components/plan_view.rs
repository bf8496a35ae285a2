//! The Plan view: local lines of aim (sigtelinjer) under each of the year's goals, and local
//! extra focus, as in a Beskæftigelsesplan. Lines are added, edited and removed here; focus
//! follows (to a new line, or after a removal to the next line or the add button).

use jobmaal_core::{Document, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::{later, strings};
use crate::platform;
use crate::state::{Action, LineKeys, LocalField, list_key};

/// What the view is drawn from (a function, not a component: the app holds its one state).
pub struct Props {
    pub doc: Document,
    /// The lines' keys (`State::line_keys`).
    pub line_keys: LineKeys,
    pub on_action: Callback<Action>,
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn plan_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let Some(year) = catalogue().year(props.doc.year) else {
        return html! {};
    };
    let is_goal = |theme: &str| year.goals.iter().any(|g| g.theme == theme);
    let other_themes: Vec<&String> = props.doc.plan.keys().filter(|t| !is_goal(t)).collect();
    let editor = |theme: Option<&str>, heading_id: &str, stays: bool| {
        line_editor(theme, heading_id, stays, props, lang)
    };
    html! {
        <section class="view plan-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ text.plan_heading() }</h1>
            <p>{ text.plan_intro() }</p>
            { for year.goals.iter().map(|goal| {
                let theme = catalogue().theme(goal.theme).map(|t| t.name.get(lang)).unwrap_or_default();
                let heading_id = format!("plan-heading-{}", goal.theme);
                let title = goal.title().unwrap_or(theme);
                html! {
                    <section class="plan-goal" aria-labelledby={heading_id.clone()}>
                        <h2 id={heading_id.clone()}>
                            { format!("{}: ", (text.goal_number)(goal.number)) }
                            <span lang={goal.title().map(|_| "da")}>{ title }</span>
                        </h2>
                        { editor(Some(goal.theme), &heading_id, true) }
                        if goal.own_indicators {
                            { local_editor(goal.theme, props, lang) }
                        }
                    </section>
                }
            }) }
            <section class="plan-goal" aria-labelledby="plan-heading-extra">
                <h2 id="plan-heading-extra">{ text.extra_focus_heading() }</h2>
                <p>{ text.extra_focus_intro() }</p>
                { for other_themes.iter().map(|theme| {
                    let name = catalogue().theme(theme).map(|t| t.name.get(lang)).unwrap_or_default();
                    let heading_id = format!("plan-heading-{theme}");
                    html! {
                        <>
                            <h3 id={heading_id.clone()}>{ format!("{name} ({})", text.not_a_goal_this_year()) }</h3>
                            { editor(Some(theme.as_str()), &heading_id, false) }
                        </>
                    }
                }) }
                { editor(None, "plan-heading-extra", true) }
            </section>
        </section>
    }
}

/// The lines of one list; a list that `stays` is shown even when empty (a goal's, extra
/// focus), others (a theme that is no goal this year) go with their last line.
fn line_editor(
    theme: Option<&str>,
    heading_id: &str,
    stays: bool,
    props: &Props,
    lang: Lang,
) -> Html {
    let text = strings(lang);
    let key = list_key(theme);
    let lines = match theme {
        Some(theme) => props.doc.plan.get(theme).cloned().unwrap_or_default(),
        None => props.doc.extra_focus.clone(),
    };
    let theme = theme.map(str::to_string);
    let add_id = format!("add-{key}");
    let line_id = |i: usize| format!("line-{key}-{i}");
    let keys = props.line_keys.of(&key, lines.len());
    let add = {
        let (theme, on_action) = (theme.clone(), props.on_action.clone());
        let new_id = line_id(lines.len());
        Callback::from(move |_| {
            on_action.emit(Action::AddPlanLine(theme.clone()));
            platform::focus_after_render(new_id.clone());
        })
    };
    html! {
        <>
            <ol class="plan-lines-editor" aria-labelledby={heading_id.to_string()}>
                { for lines.iter().zip(keys).enumerate().map(|(i, (line, line_key))| {
                    let input_id = line_id(i);
                    let oninput = {
                        let theme = theme.clone();
                        props.on_action.reform(move |event: InputEvent| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            Action::EditPlanLine { theme: theme.clone(), index: i, text: input.value() }
                        })
                    };
                    let remove = {
                        let (theme, on_action) = (theme.clone(), props.on_action.clone());
                        // After removal the next line takes this index; with none left, the add button,
                        // or, where the list goes with its last line, extra focus's add button.
                        let target = if i + 1 < lines.len() { line_id(i) } else if i > 0 { line_id(i - 1) }
                            else if stays { add_id.clone() } else { "add-extra".to_string() };
                        Callback::from(move |_| {
                            on_action.emit(Action::RemovePlanLine { theme: theme.clone(), index: i });
                            platform::focus_after_render(target.clone());
                        })
                    };
                    html! {
                        <li class="plan-line" key={line_key}>
                            <label for={input_id.clone()}>{ (text.line_label)(i + 1) }</label>
                            <div class="plan-line-row">
                                <input id={input_id} type="text" value={line.clone()} {oninput} />
                                <button type="button" class="button-secondary"
                                    aria-label={format!("{} {}", text.remove_line(), jobmaal_core::text::lower(&(text.line_label)(i + 1)))}
                                    onclick={remove}>{ text.remove_line() }</button>
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" id={add_id} class="button-secondary" onclick={add}>{ text.add_line() }</button>
        </>
    }
}

/// The municipality's own indicator for a goal whose indicators it finds itself: its name, its
/// value in the shown year, its target and which way is better. The gap table and the report
/// show it as local.
fn local_editor(theme: &str, props: &Props, lang: Lang) -> Html {
    let text = strings(lang);
    let key = jobmaal_core::document::local_key(props.doc.year, theme);
    let local = jobmaal_core::document::LocalIndicator::from_texts(
        props
            .doc
            .local
            .get(&key)
            .map(Vec::as_slice)
            .unwrap_or_default(),
    );
    // A value or a target with no name: the name is asked for.
    let unnamed = local.name.trim().is_empty()
        && !(local.value.trim().is_empty() && local.target.trim().is_empty());
    let input = |field: LocalField, name: &str, label: &'static str, value: String, wide: bool| {
        let id = format!("local-{theme}-{name}");
        let theme = theme.to_string();
        let oninput = props.on_action.reform(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            Action::SetLocal {
                theme: theme.clone(),
                field,
                text: input.value(),
            }
        });
        // A value or target that is not a number says so beside it (what was typed is kept).
        let error = match wide {
            true => unnamed.then(|| later::local_unnamed(lang)),
            false => jobmaal_core::document::LocalIndicator::number(&value)
                .err()
                .map(|e| e.message(lang)),
        };
        let error_id = format!("{id}-error");
        html! {
            <div class={match (wide, error.is_some()) {
                (true, true) => "local-field local-name field-invalid",
                (true, false) => "local-field local-name",
                (false, true) => "local-field field-invalid",
                (false, false) => "local-field",
            }}>
                <label for={id.clone()}>{ label }</label>
                <input {id} type="text" inputmode={(!wide).then_some("decimal")} {value} {oninput}
                    aria-invalid={error.map(|_| "true")}
                    aria-describedby={error.map(|_| error_id.clone())} />
                if let Some(error) = error {
                    <p class="field-error" id={error_id}>{ error }</p>
                }
            </div>
        }
    };
    let direction_id = format!("local-{theme}-better");
    let onchange = {
        let theme = theme.to_string();
        props.on_action.reform(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            Action::SetLocal {
                theme: theme.clone(),
                field: LocalField::LowerIsBetter,
                text: select.value(),
            }
        })
    };
    html! {
        <fieldset class="local-indicator">
            <legend>{ text.local_heading() }</legend>
            <p class="hint">{ text.local_intro() }</p>
            { input(LocalField::Name, "name", text.local_name(), local.name.clone(), true) }
            { input(LocalField::Value, "value", text.local_value(), local.value.clone(), false) }
            { input(LocalField::Target, "target", text.local_target(), local.target.clone(), false) }
            <div class="local-field">
                <label for={direction_id.clone()}>{ text.local_better() }</label>
                <select id={direction_id} {onchange}>
                    <option value="higher" selected={!local.lower_is_better}>{ text.local_higher() }</option>
                    <option value="lower" selected={local.lower_is_better}>{ text.local_lower() }</option>
                </select>
            </div>
        </fieldset>
    }
}
