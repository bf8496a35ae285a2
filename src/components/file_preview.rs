//! A public data file read in the Share view (`jobmaal_core::import`: Jobindsats.dk's JSON or
//! CSV, Statistikbanken's CSV), shown before anything changes: what it holds (its kind, areas
//! and periods), the area and period to take (the document's municipality and the newest period
//! unless chosen), each column's value and the figure it fills (recognised, or chosen by hand),
//! and a button that puts them into the shown goal year with the period on each figure
//! (undoable, as every replacement). In the part of the app loaded later.

use jobmaal_core::benchmark::municipality_named;
use jobmaal_core::figures::{Entry, FigureDef, FigureError, FigureKind, Reading, read_one};
use jobmaal_core::import::{self, Cell, Layout, Table};
use jobmaal_core::{Document, Lang, number};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::later;
use crate::platform;
use crate::state::{Action, LeftOut, municipality_of};

/// A public data file read (`jobmaal_core::import`), before its figures are put in: what the
/// Share view shows of it. Held here, in the part, not in the app's state: the module every
/// page downloads does not carry its type.
#[derive(Clone, Debug, PartialEq)]
pub struct FilePreview {
    /// The file's name (or that the text was pasted).
    pub name: String,
    pub table: std::rc::Rc<Table>,
    pub area: String,
    pub period: String,
    /// Columns mapped by hand: the column's label and the figure's id, or empty for none.
    pub mapped: Vec<(String, String)>,
}

thread_local! {
    static SHOWN: std::cell::RefCell<Option<FilePreview>> = const { std::cell::RefCell::new(None) };
}

/// The preview shown, if any.
pub fn shown() -> Option<FilePreview> {
    SHOWN.with_borrow(Clone::clone)
}

/// Shows `preview` (or none), and has the app draw again.
pub fn show(preview: Option<FilePreview>, on_action: &Callback<Action>) {
    SHOWN.set(preview);
    on_action.emit(Action::Redraw);
}

/// The preview of a table just read: the area of the document's municipality if the file has
/// it (else the first), and the newest period that area has (else the file's newest).
pub fn preview(name: String, table: Table, doc: &Document) -> FilePreview {
    let area = municipality_of(doc)
        .and_then(municipality_named)
        .and_then(|m| table.find_area(m.code, &m.name))
        .or_else(|| table.areas().into_iter().next())
        .unwrap_or_default();
    let periods = table.periods();
    let period = (periods.iter().rev())
        .find(|&p| table.rows.iter().any(|r| r.area == area && r.period == *p))
        .or(periods.last())
        .cloned()
        .unwrap_or_default();
    FilePreview {
        name,
        table: std::rc::Rc::new(table),
        area,
        period,
        mapped: Vec::new(),
    }
}

/// The figure a column fills: chosen by hand, else recognised (`import::figure_for`), if the
/// catalogue has it as a number on the form of goal `year`.
fn figure_of(preview: &FilePreview, label: &str, year: u16) -> Option<&'static str> {
    let id = match preview.mapped.iter().find(|(l, _)| l == label) {
        Some((_, id)) => catalogue().figure(id).map(|f| f.id),
        None => import::figure_for(label),
    }?;
    catalogue()
        .figure(id)
        .filter(|f| fills(f, year))
        .map(|f| f.id)
}

/// Whether a column can fill `figure` in goal `year`: a number the year's form has.
fn fills(figure: &FigureDef, year: u16) -> bool {
    let groups = catalogue().figure_groups.iter();
    figure.kind != FigureKind::Text
        && groups
            .filter(|g| g.id == figure.group)
            .all(|g| g.for_year(year))
}

/// Why figure `id` cannot take `value` (out of its range, or a fraction of a count), if it
/// cannot: such a value is shown with the reason and not put in.
fn refusal(id: &str, value: f64) -> Option<FigureError> {
    match read_one(catalogue().figure(id)?, &Entry::Number(value)) {
        Some(Reading::Invalid(error)) => Some(error),
        _ => None,
    }
}

/// What the button puts in: (id, value as typed) for each number mapped to a figure, and how
/// many mapped values are left out (withheld by the source, or not a value the figure can
/// have); `None` when two columns fill the same figure.
fn chosen(preview: &FilePreview, doc: &Document) -> Option<(Vec<(String, String)>, LeftOut)> {
    let lang = doc.lang;
    let mut figures: Vec<(String, String)> = Vec::new();
    let mut left_out = LeftOut::default();
    for (label, cell) in preview.table.values(&preview.area, &preview.period) {
        let Some(id) = figure_of(preview, &label, doc.year) else {
            continue;
        };
        if figures.iter().any(|(taken, _)| taken == id) {
            return None;
        }
        match cell {
            Cell::Number(n) if refusal(id, n).is_some() => left_out.refused += 1,
            Cell::Number(n) => figures.push((id.to_string(), number::format_for_input(n, lang))),
            Cell::Suppressed => left_out.withheld += 1,
            Cell::Missing => {}
        }
    }
    Some((figures, left_out))
}

/// What a figure put in from a file names as its table, the same for every column of the file
/// (recognised or chosen by hand): the published table where its columns tell which
/// (`Table::published_table`: Y30R21), else where it is from (the files do not name their table).
fn source_name(table: &Table) -> &'static str {
    match (table.published_table(), table.layout) {
        (Some(published), _) => published,
        (None, Layout::Statistikbanken) => "Statistikbanken",
        (None, Layout::JobindsatsJson | Layout::JobindsatsCsv) => "Jobindsats.dk",
    }
}

fn layout_name(layout: Layout, lang: Lang) -> &'static str {
    match (layout, lang) {
        (Layout::JobindsatsJson, Lang::Da) => "Jobindsats.dk (JSON)",
        (Layout::JobindsatsJson, Lang::En) => "Jobindsats.dk (JSON)",
        (Layout::JobindsatsCsv, _) => "Jobindsats.dk (CSV)",
        (Layout::Statistikbanken, Lang::Da) => "Statistikbanken, Danmarks Statistik (CSV)",
        (Layout::Statistikbanken, Lang::En) => "Statbank Denmark, Statistics Denmark (CSV)",
    }
}

/// A `<select>` of `options` (value, text) with `selected`; `on_change` gets the value.
fn select(
    id: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        select.value()
    });
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} {onchange}>
                { for options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={value == selected}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[inline(never)]
pub fn file_preview(preview: &FilePreview, doc: &Document, on_action: &Callback<Action>) -> Html {
    let lang = doc.lang;
    let table = &preview.table;
    let (areas, periods) = (table.areas(), table.periods());
    let change = |update: fn(&mut FilePreview, String)| {
        let (preview, on_action) = (preview.clone(), on_action.clone());
        Callback::from(move |value: String| {
            let mut next = preview.clone();
            update(&mut next, value);
            show(Some(next), &on_action);
        })
    };
    let as_options = |items: &[String]| -> Vec<(String, String)> {
        items.iter().map(|i| (i.clone(), i.clone())).collect()
    };
    let values = table.values_as_written(&preview.area, &preview.period);
    // The figures a column may fill: every number of the year's form, by its label.
    let mut figure_options = vec![(String::new(), later::import_unused(lang).to_string())];
    figure_options.extend(
        catalogue()
            .figures
            .iter()
            .filter(|f| fills(f, doc.year))
            .map(|f| (f.id.to_string(), f.label.get(lang).to_string())),
    );
    let rows = values.iter().enumerate().map(|(i, (label, cell, written))| {
        let figure = figure_of(preview, label, doc.year);
        let refused = match (figure, cell) {
            (Some(id), Cell::Number(n)) => refusal(id, *n),
            _ => None,
        };
        // As the file wrote it ("2,10", not "2,1"), where it wrote it as text.
        let shown = match (cell, written) {
            (Cell::Number(_), Some(written)) => written.to_string(),
            (Cell::Number(n), None) => number::format_trimmed(*n, 2, lang),
            _ => later::import_suppressed(lang).to_string(),
        };
        let on_change = {
            let (preview, on_action, label) = (preview.clone(), on_action.clone(), label.clone());
            Callback::from(move |id: String| {
                let mut next = preview.clone();
                next.mapped.retain(|(l, _)| *l != label);
                next.mapped.push((label.clone(), id));
                show(Some(next), &on_action);
            })
        };
        let select_id = format!("import-column-{i}");
        html! {
            <tr>
                <th scope="row">{ label }</th>
                <td data-label={later::import_value(lang)}>{ shown }</td>
                <td data-label={later::import_fills(lang)}>
                    <label class="visually-hidden" for={select_id.clone()}>{ later::import_fills_label(lang, label) }</label>
                    <select id={select_id} onchange={on_change.reform(|event: Event| {
                        let select: HtmlSelectElement = event.target_unchecked_into();
                        select.value()
                    })}>
                        { for figure_options.iter().map(|(value, text)| html! {
                            <option value={value.clone()} selected={figure.unwrap_or("") == value}>{ text }</option>
                        }) }
                    </select>
                    if figure.is_none() && !preview.mapped.iter().any(|(l, _)| l == label) {
                        <span class="cell-note">{ later::import_not_recognised(lang) }</span>
                    }
                    if let Some(error) = refused {
                        <span class="cell-note field-note">{ later::import_refused(lang, &error.message(lang, "")) }</span>
                    }
                </td>
            </tr>
        }
    });
    let put = chosen(preview, doc);
    let apply = {
        let (on_action, put, period) = (on_action.clone(), put.clone(), preview.period.clone());
        let source = source_name(table);
        Callback::from(move |_| {
            if let Some((figures, left_out)) = put.clone() {
                SHOWN.set(None);
                let table = source.to_string();
                on_action.emit(Action::PutFigures {
                    figures,
                    period: period.clone(),
                    table,
                    left_out,
                });
                // The preview goes: focus on the message saying what was put in, beside undo.
                platform::after_this_task(|| platform::focus("import-message"));
            }
        })
    };
    let count = put.as_ref().map_or(0, |(figures, _)| figures.len());
    // Figures of another area than the municipality the document names: said plainly.
    let other_area = municipality_of(doc).and_then(|name| {
        let m = municipality_named(name)?;
        let found = table.find_area(m.code, &m.name);
        (found.as_ref() != Some(&preview.area))
            .then(|| later::import_other_area(lang, name, &preview.area, found.is_none()))
    });
    html! {
        <section class="file-preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading" tabindex="-1">{ later::import_heading(lang, &preview.name) }</h3>
            <p>{ later::import_holds(lang, layout_name(table.layout, lang), areas.len(), &periods) }</p>
            if areas.len() > 1 {
                { select("import-area", later::import_area(lang), &as_options(&areas), &preview.area,
                    change(|p, area| p.area = area)) }
            }
            if let Some(other_area) = other_area {
                <p class="notice" id="import-other-area">{ other_area }</p>
            }
            if periods.len() > 1 {
                { select("import-period", later::import_period(lang), &as_options(&periods), &preview.period,
                    change(|p, period| p.period = period)) }
            }
            <div class="table-scroll" role="region" aria-labelledby="preview-caption" tabindex="0">
                // On a phone each column of the file is a block (`stacked`, `later.css`).
                <table class="stacked preview-table">
                    <caption id="preview-caption">{ later::import_caption(lang, &preview.area, &preview.period) }</caption>
                    <thead><tr>
                        <th scope="col">{ later::import_column(lang) }</th>
                        <th scope="col">{ later::import_value(lang) }</th>
                        <th scope="col">{ later::import_fills(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p>{ later::import_where(lang, doc.year, &preview.period) }</p>
            if put.is_none() {
                <p class="field-error" role="alert">{ later::import_twice(lang) }</p>
            }
            <p class="button-row">
                <button type="button" class="button-primary" disabled={count == 0} onclick={apply}>
                    { later::import_apply(lang, count, doc.year) }
                </button>
                <button type="button" class="button-secondary"
                    onclick={{ let on_action = on_action.clone(); Callback::from(move |_| {
                        show(None, &on_action);
                        platform::after_this_task(|| platform::focus("import-file"));
                    }) }}>{ later::import_cancel(lang) }</button>
            </p>
        </section>
    }
}
