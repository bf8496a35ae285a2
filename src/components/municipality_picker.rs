//! The municipality's name on the Figures view: a text input with the 98 municipalities as
//! suggestions (the ARIA combobox pattern: type-ahead that folds Danish letters, so "hoje"
//! finds Høje-Taastrup; arrow keys, Enter and Escape; a click). Any other name may still be
//! typed (a joint jobcentre). A plain function: which suggestion is active is the app's state
//! (`State::suggest`), as a component of its own cost the part 18 KB gzipped.

use jobmaal_core::Lang;
use jobmaal_core::benchmark::{Municipality, matching};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::strings;
use crate::platform;
use crate::state::{Action, MUNICIPALITY, Suggest};

pub struct Props<'a> {
    pub input_id: &'a str,
    /// The name as typed.
    pub text: &'a str,
    /// The ids of the help and error texts (`aria-describedby`).
    pub described_by: String,
    pub invalid: bool,
    pub lang: Lang,
    pub suggest: Suggest,
    pub on_action: &'a Callback<Action>,
}

/// Sets the name and closes the suggestions; the municipality's benchmark is made ready.
fn choose(on_action: &Callback<Action>, picked: &'static Municipality, lang: Lang) {
    on_action.emit(Action::SetFigure {
        id: MUNICIPALITY.to_string(),
        text: picked.name.clone(),
    });
    on_action.emit(Action::Suggest(Suggest::default()));
    // The user's choice over the address's (`?kommune=`), also after a reload.
    platform::drop_kommune();
    crate::components::benchmark_view::prepare(picked, lang, on_action);
}

#[inline(never)]
pub fn picker(props: &Props) -> Html {
    let Suggest { open, active } = props.suggest;
    let matches = match open {
        true => matching(props.text),
        false => Vec::new(),
    };
    // Every match is listed (the list scrolls; typing narrows it).
    let shown = &matches;
    let list_id = format!("{}-list", props.input_id);
    // Typing opens the suggestions afresh, none of them active.
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::SetFigure {
                id: MUNICIPALITY.to_string(),
                text: input.value(),
            });
            on_action.emit(Action::Suggest(Suggest {
                open: true,
                active: None,
            }));
        })
    };
    let onkeydown = {
        let on_action = props.on_action.clone();
        let names: Vec<&'static Municipality> = shown.clone();
        let lang = props.lang;
        let (list, input) = (list_id.clone(), props.input_id.to_string());
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let count = names.len();
            let next = match key.as_str() {
                "ArrowDown" | "ArrowUp" if !open => Some(Suggest {
                    open: true,
                    active: Some(0),
                }),
                "ArrowDown" | "ArrowUp" if count > 0 => Some(Suggest {
                    open: true,
                    active: Some(match (key.as_str(), active) {
                        ("ArrowDown", Some(i)) => (i + 1) % count,
                        ("ArrowDown", None) => 0,
                        (_, Some(i)) => (i + count - 1) % count,
                        (_, None) => count - 1,
                    }),
                }),
                "Enter" => match active.and_then(|i| names.get(i)) {
                    Some(name) => {
                        event.prevent_default();
                        choose(&on_action, name, lang);
                        None
                    }
                    // The name as typed stays; the suggestions close.
                    None if open => Some(Suggest::default()),
                    None => None,
                },
                "Escape" if open => Some(Suggest::default()),
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                on_action.emit(Action::Suggest(next));
                // The active option in sight, once drawn.
                if let Some(i) = next.active {
                    let (list, item) = (list.clone(), format!("{input}-option-{i}"));
                    platform::after_render(move || platform::keep_in_view(&list, &item));
                }
            }
        })
    };
    let onblur = props
        .on_action
        .reform(|_: FocusEvent| Action::Suggest(Suggest::default()));
    let option_id = |i: usize| format!("{}-option-{i}", props.input_id);
    let expanded = open && !shown.is_empty();
    let text = strings(props.lang);
    let status = match (open, shown.len()) {
        (true, 0) if !props.text.trim().is_empty() => text.picker_none().to_string(),
        (true, n) if n > 0 => format!("{n} {}", text.picker_suggestions()),
        _ => String::new(),
    };
    html! {
        <div class="combobox">
            <input id={props.input_id.to_string()} name={MUNICIPALITY} type="text"
                role="combobox" aria-autocomplete="list" autocomplete="off"
                aria-expanded={expanded.to_string()} aria-controls={list_id.clone()}
                aria-activedescendant={active.filter(|_| expanded).map(option_id)}
                aria-describedby={props.described_by.clone()}
                aria-invalid={props.invalid.then_some("true")}
                value={props.text.to_string()}
                {oninput} {onkeydown} {onblur} />
            <ul id={list_id} role="listbox" class="combobox-list" hidden={!expanded}
                aria-label={text.municipality_label()}>
                { for shown.iter().enumerate().map(|(i, m)| {
                    let on_action = props.on_action.clone();
                    let (picked, lang) = (*m, props.lang);
                    let name = m.name.as_str();
                    html! {
                        <li id={option_id(i)} role="option"
                            aria-selected={(active == Some(i)).to_string()}
                            // Chosen on mousedown, before the input loses focus and closes.
                            onmousedown={Callback::from(move |event: MouseEvent| {
                                event.prevent_default();
                                choose(&on_action, picked, lang);
                            })}>{ name }</li>
                    }
                }) }
            </ul>
            <p class="visually-hidden" role="status">{ status }</p>
        </div>
    }
}
