//! The Figures view: every figure as a labelled input, grouped by theme, with its help, typical
//! source and the engine's message when the value is not accepted. Results update as the user
//! types; pasting a column of numbers fills the following inputs of the group.

use std::rc::Rc;

use jobmaal_core::assessment::Assessment;
use jobmaal_core::figures::{Entry, FigureDef, FigureError, FigureGroup, FigureKind, Readings};
use jobmaal_core::{Document, Lang, number};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::catalogue;
use crate::components::municipality_picker;
use crate::i18n::{later, strings};
use crate::state::{Action, MUNICIPALITY, Suggest};

/// What the view is drawn from (a function, not a component: it has no state of its own).
pub struct Props {
    pub doc: Document,
    pub assessment: Rc<Assessment>,
    pub on_action: Callback<Action>,
    /// The municipality's suggestions (`municipality_picker`).
    pub suggest: Suggest,
}

/// What an input shows for an entry: typed text as typed, a number written for `lang`.
pub fn entry_text(entry: Option<&Entry>, lang: Lang) -> String {
    match entry {
        Some(Entry::Text(text)) => text.clone(),
        Some(Entry::Number(value)) => number::format_for_input(*value, lang),
        None => String::new(),
    }
}

/// Splits pasted text into values: one per line (or per tab-separated cell).
fn pasted_values(text: &str) -> Vec<String> {
    text.trim_end_matches(['\r', '\n'])
        .split(['\n', '\t'])
        .map(|v| v.trim().to_string())
        .collect()
}

/// Whether the form shows the figures of `group` for the chosen year: a group made for the
/// year (`FigureGroup::years`), and any group with a figure entered for it, so nothing entered
/// is out of reach.
fn group_shown(group: &FigureGroup, props: &Props) -> bool {
    group.for_year(props.doc.year)
        || catalogue()
            .figures
            .iter()
            .any(|f| f.group == group.id && props.doc.figures.get(f.id).is_some())
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn figures_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let readings = &props.assessment.readings;
    html! {
        <section class="view figures-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ text.figures_heading() }</h1>
            <p>{ text.figures_intro() }</p>
            <p class="hint">{ text.paste_hint() }</p>
            { year_before_first(props) }
            <form class="figures-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for catalogue().figure_groups.iter().filter(|g| group_shown(g, props)).map(|group| {
                    let figures: Vec<&'static FigureDef> =
                        catalogue().figures.iter().filter(|f| f.group == group.id).collect();
                    html! {
                        <fieldset class="figure-group">
                            <legend>{ group.name.get(lang) }</legend>
                            { period_input(group.id, &figures, props) }
                            { for figures.iter().enumerate().map(|(i, &def)| html! {
                                { figure_input(&FigureInputProps {
                                    def,
                                    year: None,
                                    lang,
                                    fills: figures[i..].iter().map(|f| f.id).collect::<Vec<_>>(),
                                    text: entry_text(props.doc.figures.get(def.id), lang),
                                    error: error_message(readings, def.id, lang),
                                    on_action: props.on_action.clone(),
                                    suggest: props.suggest,
                                }) }
                            }) }
                            { group_results(group.id, props) }
                        </fieldset>
                    }
                }) }
            </form>
        </section>
    }
}

/// In the first goal year, the figures of the year before it, which no year of the picker shows
/// and whose development the year's changes are (2018's public support and failed
/// recruitments against 2017's), with the figures the year's other indicators read beside them
/// (2017's population 16–66, which with 2017's public support gives the development of 2018's
/// share on public support): an input for each such figure, its period for the group, and any
/// other figure of that year a file or link brought, listed.
fn year_before_first(props: &Props) -> Html {
    let lang = props.doc.lang;
    let first = catalogue().year_numbers().next().unwrap_or_default();
    let Some(year) = catalogue().year(first).filter(|_| props.doc.year == first) else {
        return html! {};
    };
    let before = first - 1;
    let figures = props.doc.year_figures(before, catalogue());
    let measured = || {
        catalogue()
            .indicators
            .iter()
            .filter(|i| year.measures(i.theme))
    };
    let changes: Vec<&str> = measured()
        .filter_map(|i| match i.formula {
            jobmaal_core::indicators::Formula::Change(id) => Some(id),
            _ => None,
        })
        .collect();
    // The changed figures, and every figure an indicator reads beside one of them, in the
    // catalogue's order (as on the year's own form).
    let needed: Vec<&str> = measured()
        .map(|i| i.formula.figures())
        .filter(|figures| figures.iter().any(|id| changes.contains(id)))
        .flatten()
        .collect();
    let changed: Vec<&'static FigureDef> = catalogue()
        .figures
        .iter()
        .filter(|def| needed.contains(&def.id))
        .collect();
    if changed.is_empty() {
        return html! {};
    }
    let readings = Readings::read(catalogue().figures, &figures.figures);
    let on_action = props
        .on_action
        .reform(move |action| Action::InYear(before, Box::new(action)));
    // As the year's own period and table inputs, for these figures in the year before.
    let doc = Document {
        year: before,
        figures: figures.figures.clone(),
        periods: figures.periods.clone(),
        tables: figures.tables.clone(),
        ..props.doc.clone()
    };
    let group = Props {
        doc,
        assessment: props.assessment.clone(),
        on_action: on_action.clone(),
        suggest: props.suggest,
    };
    let ids: Vec<&'static str> = changed.iter().map(|f| f.id).collect();
    let others: Vec<String> = catalogue()
        .figures
        .iter()
        .filter(|def| !ids.contains(&def.id))
        .filter_map(|def| {
            let entry = figures.figures.get(def.id)?;
            Some(format!(
                "{} {}",
                def.label.get(lang),
                entry_text(Some(entry), lang)
            ))
        })
        .collect();
    html! {
        <fieldset class="figure-group year-before">
            <legend>{ crate::i18n::later::year_before_legend(lang, before) }</legend>
            <p class="field-help">{ crate::i18n::later::year_before_help(lang, before, first) }</p>
            { period_input("before", &changed, &group) }
            { for changed.iter().enumerate().map(|(i, &def)| figure_input(&FigureInputProps {
                def,
                year: Some(before),
                lang,
                fills: changed[i..].iter().map(|f| f.id).collect(),
                text: entry_text(figures.figures.get(def.id), lang),
                error: error_message(&readings, def.id, lang),
                on_action: on_action.clone(),
                suggest: props.suggest,
            })) }
            if !others.is_empty() {
                <p class="note year-before-note">
                    { crate::i18n::later::year_before_figures(lang, before, &others.join(" · ")) }
                </p>
            }
        </fieldset>
    }
}

/// The period and the table of a group's figures (the numbers; not the name): one input each
/// for the group, as a group's figures are usually taken from one table at one time.
fn period_input(group: &'static str, figures: &[&'static FigureDef], props: &Props) -> Html {
    let lang = props.doc.lang;
    let ids: Vec<String> = figures
        .iter()
        .filter(|f| f.kind != FigureKind::Text)
        .map(|f| f.id.to_string())
        .collect();
    if ids.is_empty() {
        return html! {};
    }
    let period = group_text(GroupText {
        name: "period",
        group,
        ids: ids.clone(),
        given: &props.doc.periods,
        label: format!(
            "{} ({})",
            crate::i18n::later::period_label(lang),
            props.doc.year
        ),
        help: crate::i18n::later::period_help(lang),
        mixed: crate::i18n::later::period_mixed(lang),
        action: |ids, text| Action::SetPeriod { ids, text },
        on_action: &props.on_action,
        entered: &props.doc.figures,
        lang,
        unread: &|period: &str| {
            let unread =
                !period.trim().is_empty() && jobmaal_core::period::months(period).is_none();
            let period = period.trim();
            // Jobindsats' own codes (`2020QMAT02`) are published as they are: said so, not
            // called unreadable.
            let published = period.len() == 10
                && period.get(4..8) == Some("QMAT")
                && period
                    .bytes()
                    .enumerate()
                    .all(|(i, b)| (4..8).contains(&i) || b.is_ascii_digit());
            match (unread, published) {
                (true, true) => Some(crate::i18n::later::period_published(lang, period)),
                (true, false) => Some(crate::i18n::later::period_unread(lang, period)),
                _ => None,
            }
        },
    });
    let table = group_text(GroupText {
        name: "table",
        group,
        ids,
        given: &props.doc.tables,
        label: crate::i18n::later::table_label(lang).to_string(),
        help: crate::i18n::later::table_help(lang),
        mixed: crate::i18n::later::table_mixed(lang),
        action: |ids, text| Action::SetTable { ids, text },
        on_action: &props.on_action,
        entered: &props.doc.figures,
        lang,
        unread: &|_| None,
    });
    html! { <div class="field-period">{ period }{ table }</div> }
}

/// One text that is set for a whole group of figures (see [`period_input`]).
struct GroupText<'a> {
    /// `period` or `table`: the input's name, with the group's.
    name: &'static str,
    group: &'static str,
    ids: Vec<String>,
    /// What each figure of the year has.
    given: &'a jobmaal_core::map::Map<String>,
    label: String,
    help: &'static str,
    /// Said when the group's figures have different ones.
    mixed: &'static str,
    action: fn(Vec<String>, String) -> Action,
    on_action: &'a Callback<Action>,
    /// What to say of a value Jobmål cannot read (a period it cannot place in time).
    unread: &'a dyn Fn(&str) -> Option<String>,
    /// The year's figures as entered (a figure with nothing entered has nothing to list).
    entered: &'a jobmaal_core::map::Map<Entry>,
    lang: Lang,
}

fn group_text(props: GroupText) -> Html {
    let lang = props.lang;
    // What each figure of the group has ("" for none), in the year's figures entered.
    let each: Vec<(&String, &str)> = props
        .ids
        .iter()
        .filter(|id| props.entered.get(id.as_str()).is_some())
        .map(|id| (id, props.given.get(id).map_or("", |v| v.trim())))
        .collect();
    // As typed (a space at its end too: the field shows what is being typed).
    let mut values: Vec<&str> = props
        .ids
        .iter()
        .filter_map(|id| props.given.get(id).map(String::as_str))
        .filter(|v| !v.trim().is_empty())
        .collect();
    values.dedup();
    // Not one when they differ, or some entered figures have one and others none: the field
    // is then empty and says what each has.
    let partial = values.len() == 1 && each.iter().any(|(_, v)| v.is_empty());
    let (shown, mixed) = match values.as_slice() {
        [] => (String::new(), false),
        [one] if !partial => (one.to_string(), false),
        _ => (String::new(), true),
    };
    let now = mixed.then(|| {
        let none = crate::i18n::later::group_text_none(lang);
        let each: Vec<String> = each
            .iter()
            .map(|(id, v)| {
                let label = catalogue().figure_label(id, lang);
                format!("{label}: {}", if v.is_empty() { none } else { v })
            })
            .collect();
        each.join("; ")
    });
    let input_id = format!("{}-{}", props.name, props.group);
    let help_id = format!("{}-help-{}", props.name, props.group);
    let note_id = format!("{}-note-{}", props.name, props.group);
    let note = (props.unread)(&shown);
    let (ids, action) = (props.ids, props.action);
    let oninput = props.on_action.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        action(ids.clone(), input.value())
    });
    html! {
        <div class="field">
            <label for={input_id.clone()}>{ props.label }</label>
            <p class="field-help" id={help_id.clone()}>
                { props.help }
                if let Some(now) = now { { " " }{ props.mixed }{ " " }{ now }{ "." } }
            </p>
            <input id={input_id} name={format!("{}_{}", props.name, props.group)} type="text"
                autocomplete="off" maxlength="40" value={shown}
                aria-describedby={format!("{help_id} {note_id}")} {oninput} />
            <p class="field-note" id={note_id} aria-live="polite">
                if let Some(note) = note { { note } }
            </p>
        </div>
    }
}

/// The group's indicators as they stand now, so results show while the user types.
fn group_results(group: &str, props: &Props) -> Html {
    let lang = props.doc.lang;
    let rows: Vec<Html> = catalogue()
        .indicators
        .iter()
        .zip(&props.assessment.indicators)
        .filter(|(def, _)| def.theme == group)
        .map(|(def, result)| {
            let value = match &result.value {
                Ok(value) => def.unit.format_value(*value, lang),
                Err(_) => "–".to_string(),
            };
            // Why a value is not judged belongs where its figures are typed.
            let label = |id: &str| catalogue().figure_label(id, lang);
            let warning = result.warning.as_ref().map(|w| w.message(lang, label));
            html! {
                <li data-indicator={def.id}>
                    <span class="group-result-name">{ def.name.get(lang) }</span>{ ": " }
                    <span class="group-result-value">{ value }</span>
                    if let Some(warning) = warning {
                        <span class="group-result-warning">
                            <span class="status-icon" aria-hidden="true">{ "⚠ " }</span>{ warning }
                        </span>
                    }
                </li>
            }
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <div class="group-results">
            <p class="group-results-heading">{ strings(lang).indicators_heading() }</p>
            <ul>{ for rows }</ul>
        </div>
    }
}

struct FigureInputProps {
    def: &'static FigureDef,
    /// Another year than the one shown, whose figure this is.
    year: Option<u16>,
    suggest: Suggest,
    /// The ids this input and the ones after it in its group: a pasted column fills them.
    fills: Vec<&'static str>,
    text: String,
    error: Option<String>,
    lang: Lang,
    on_action: Callback<Action>,
}

/// One figure's input.
fn figure_input(props: &FigureInputProps) -> Html {
    let (def, lang) = (props.def, props.lang);
    let text = strings(lang);
    let id = def.id;
    // Another year's input (the year before the first) has names of its own.
    let name = match props.year {
        Some(year) => format!("{id}_{year}"),
        None => id.to_string(),
    };
    let input_id = format!("figure-{name}");
    let help_id = format!("help-{name}");
    let error_id = format!("error-{name}");
    let oninput = props.on_action.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Action::SetFigure {
            id: id.to_string(),
            text: input.value(),
        }
    });
    let onpaste = {
        let ids = props.fills.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let Some(data) = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
            else {
                return;
            };
            let values = pasted_values(&data.get_data("text").unwrap_or_default());
            if values.len() < 2 {
                return; // One value: the browser pastes it as usual.
            }
            event.prevent_default();
            let left_out = values.len().saturating_sub(ids.len());
            let pairs = ids.iter().map(|id| id.to_string()).zip(values).collect();
            on_action.emit(Action::PasteFigures(pairs, left_out));
        })
    };
    let is_text = def.kind == FigureKind::Text;
    // The source's name as it is, Danish (so marked on an English page, after its English
    // name where it is a description rather than a name).
    let source = def.source.as_ref().map(|s| {
        match later::source_en(s).filter(|_| lang == Lang::En) {
            Some(en) => html! { <>{ format!(" {}: {en} (", text.typical_source()) }<span lang="da">{ *s }</span>{ ")." }</> },
            None => html! { <>{ format!(" {}: ", text.typical_source()) }<span lang="da">{ *s }</span>{ "." }</> },
        }
    });
    html! {
        <div class={if props.error.is_some() { "field field-invalid" } else { "field" }}>
            <label for={input_id.clone()}>{ def.label.get(lang) }</label>
            <p class="field-help" id={help_id.clone()}>{ def.help_text(lang).unwrap_or("…") }{ source }</p>
            if id == MUNICIPALITY {
                { municipality_picker::picker(&municipality_picker::Props {
                    input_id: &input_id,
                    text: &props.text,
                    described_by: format!("{help_id} {error_id}"),
                    invalid: props.error.is_some(),
                    lang,
                    suggest: props.suggest,
                    on_action: &props.on_action,
                }) }
            } else {
                <input id={input_id} {name} type="text"
                    inputmode={if is_text { "text" } else { "decimal" }}
                    autocomplete={if is_text { "organization" } else { "off" }}
                    value={props.text.clone()}
                    aria-describedby={format!("{help_id} {error_id}")}
                    aria-invalid={props.error.is_some().then_some("true")}
                    {oninput} {onpaste} />
            }
            <p class="field-error" id={error_id} aria-live="polite">
                if let Some(error) = &props.error {
                    <span class="status-icon" aria-hidden="true">{ "! " }</span>{ error }
                }
            </p>
        </div>
    }
}

/// The message for a figure that is not accepted, in `lang`.
fn error_message(readings: &Readings, id: &str, lang: Lang) -> Option<String> {
    readings.error(id).map(|e| {
        let whole = match e {
            FigureError::PartAboveWhole { whole } => catalogue().figure_label(whole, lang),
            _ => String::new(),
        };
        e.message(lang, &whole)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_column_from_excel_gives_one_value_per_line() {
        assert_eq!(
            pasted_values("27.579\r\n16.884\r\n2.395\r\n"),
            vec!["27.579", "16.884", "2.395"]
        );
        assert_eq!(pasted_values("1\t2\t3"), vec!["1", "2", "3"]);
        assert_eq!(pasted_values("42"), vec!["42"]);
    }
}
