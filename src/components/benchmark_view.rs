//! The benchmark on its year's Goals view (2020): for the municipality the address names
//! (`?kommune=350`) or the document's name, Jobindsats' table Y30R21 over every period (expected
//! and actual full-time persons on public support, the difference in persons and percentage
//! points, the rank among the 98), with a chart beside the table and, folded away, the same for
//! each benefit group and all 98 municipalities in the newest period. Its data is a file of its
//! own (`benchmark-<hash>.txt`, written at build time), downloaded the first time it is shown.
//! In the part of the app loaded later (`later.rs`), as is the list of municipalities.

use std::cell::RefCell;
use std::rc::Rc;

use jobmaal_core::benchmark::{
    Benchmark, Group, Municipality, Row, municipality, municipality_named, read_compact,
};
use jobmaal_core::{Document, Lang, number};
use yew::prelude::*;

use crate::i18n::{later, strings};
use crate::markup::Markup;
use crate::platform;
use crate::state::{Action, municipality_of};

/// What the section is drawn from.
pub struct Props<'a> {
    pub doc: &'a Document,
    /// The address's municipality (`?kommune=`, its code as given), before the document's name.
    pub kommune: Option<&'a str>,
    /// `State::benchmark_tries`: odd while the data could not be had.
    pub tries: u32,
    pub on_action: Callback<Action>,
}

/// Where the data file stands, for the page's life.
enum Data {
    NotAsked,
    Loading,
    Loaded(Rc<Benchmark>),
    Failed,
}

thread_local! {
    static DATA: RefCell<Data> = const { RefCell::new(Data::NotAsked) };
    /// The address's municipality was named once.
    static PRESET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The list of all 98 was opened (it is drawn from then on).
    static RANKING_OPEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called once the part is here and the address names a municipality, or while the section is
/// wanted (`shown`: its year's page names a municipality, on any view, for the printed report
/// too): names the address's municipality (once), and for the section downloads the data unless it is here, on its way, or failed and not retried (`tries` odd). Says when it is
/// here, or that it could not be had, by `Action::BenchmarkLoaded`.
pub fn load(
    kommune: Option<&str>,
    embed: bool,
    shown: bool,
    tries: u32,
    on_action: Callback<Action>,
) {
    if let Some(named) = by_code(kommune)
        && !PRESET.replace(true)
    {
        on_action.emit(Action::PresetMunicipality {
            name: named.name.clone(),
            embed,
        });
    }
    if shown {
        fetch(tries, on_action, None);
    }
}

/// A municipality of the 98 was just picked (on the Figures view): its benchmark is made ready
/// before the Goals view is opened, the data downloaded and the code that draws it run once, so
/// that the view shows it as fast as any other.
pub fn prepare(picked: &'static Municipality, lang: Lang, on_action: &Callback<Action>) {
    fetch(0, on_action.clone(), Some((picked, lang)));
}

/// Downloads the data unless it is here, on its way, or failed and not retried (`tries` odd);
/// then draws `warm` once, unseen (the browser compiles the code of a part's function the first
/// time it runs).
fn fetch(tries: u32, on_action: Callback<Action>, warm: Option<(&'static Municipality, Lang)>) {
    let draw = move |data: &Benchmark| {
        if let Some((municipality, lang)) = warm {
            drop(tables(data, municipality, lang, &Callback::noop()));
        }
    };
    if let Some(data) = DATA.with_borrow(|data| match data {
        Data::Loaded(data) => Some(data.clone()),
        _ => None,
    }) {
        return draw(&data);
    }
    let fetch = DATA.with_borrow(|data| match data {
        Data::NotAsked => true,
        Data::Failed => tries % 2 == 0,
        Data::Loading | Data::Loaded(_) => false,
    });
    if !fetch {
        return;
    }
    DATA.set(Data::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        let read = platform::fetch_benchmark()
            .await
            .and_then(|text| read_compact(&text).ok());
        let loaded = read.is_some();
        if let Some(data) = &read {
            draw(data);
        }
        DATA.set(match read {
            Some(data) => Data::Loaded(Rc::new(data)),
            None => Data::Failed,
        });
        on_action.emit(Action::BenchmarkLoaded(loaded));
    });
}

/// The benchmark as the printed report says it: the municipality's newest period, all benefit
/// groups, with its source; `None` until the data is here (it is, soon after the year's page
/// names a municipality, on any view), or for no municipality of the 98.
pub fn report(doc: &Document, kommune: Option<&str>, lang: Lang) -> Option<String> {
    let municipality = match municipality_of(doc) {
        Some(named) => municipality_named(named)?,
        None => by_code(kommune)?,
    };
    let data = DATA.with_borrow(|data| match data {
        Data::Loaded(data) => Some(data.clone()),
        _ => None,
    })?;
    let rows = data.of(municipality.code, Group::All);
    let row = rows.last()?;
    let text = strings(lang);
    let columns: Vec<&str> = text.benchmark_columns().split('|').collect();
    let cells = [
        number::format(f64::from(row.expected), 0, lang),
        number::format(f64::from(row.actual), 0, lang),
        signed(row.difference() as f64, 0, lang),
        signed(row.difference_points(), 2, lang),
        format!("{} / 98", row.rank),
    ];
    let named: Vec<String> = [1, 2, 3, 6, 7]
        .iter()
        .zip(cells)
        .map(|(&i, cell)| format!("{} {cell}", columns.get(i).copied().unwrap_or_default()))
        .collect();
    Some(format!(
        "{} {} ({}, {}): {}. {}.",
        text.benchmark_heading(),
        municipality.name,
        group_name(Group::All, lang),
        row.period,
        named.join(" · "),
        text.benchmark_source()
    ))
}

/// The municipality the address names by its code (`?kommune=350`), if one of the 98.
pub fn by_code(kommune: Option<&str>) -> Option<&'static Municipality> {
    kommune
        .and_then(|code| code.trim().parse().ok())
        .and_then(municipality)
}

/// The municipality shown: the one the document names (if one of the 98: else why none), else
/// the address's (`?kommune=`), so that the section always agrees with the page's heading.
fn shown(props: &Props) -> Result<&'static Municipality, Option<String>> {
    match municipality_of(props.doc) {
        Some(named) => municipality_named(named).ok_or_else(|| Some(named.to_string())),
        None => by_code(props.kommune).ok_or(None),
    }
}

#[inline(never)]
pub fn benchmark_view(props: &Props) -> Html {
    let lang = props.doc.lang;
    let text = strings(lang);
    let municipality = match shown(props) {
        Ok(municipality) => municipality,
        // A joint jobcentre, or a name misspelt: no benchmark, and why.
        Err(Some(name)) => {
            return html! {
                <section class="benchmark" aria-labelledby="benchmark-heading">
                    <h2 id="benchmark-heading" tabindex="-1">{ text.benchmark_title() }</h2>
                    <p class="hint">{ later::not_one_of_the_98(lang, &name) }</p>
                </section>
            };
        }
        // The address names a code that is none of the 98 (`?kommune=999`): say so.
        Err(None) => {
            return match props.kommune.map(str::trim).filter(|code| !code.is_empty()) {
                Some(code) => html! {
                    <section class="benchmark" aria-labelledby="benchmark-heading">
                        <h2 id="benchmark-heading" tabindex="-1">{ text.benchmark_title() }</h2>
                        <p class="hint">{ later::unknown_code(lang, code) }</p>
                    </section>
                },
                None => Html::default(),
            };
        }
    };
    let heading = format!("{} {}", text.benchmark_heading(), municipality.name);
    let data = DATA.with_borrow(|data| match data {
        Data::Loaded(data) => Ok(data.clone()),
        Data::Failed if props.tries % 2 == 1 => Err(true),
        _ => Err(false),
    });
    let body = match data {
        Ok(data) => tables(&data, municipality, lang, &props.on_action),
        Err(true) => html! {
            <div class="notice error" role="alert">
                <p>{ text.benchmark_failed() }</p>
                <button type="button" class="button-secondary"
                    onclick={props.on_action.reform(|_| {
                        // The button goes while the data loads: focus waits on the heading.
                        platform::focus("benchmark-heading");
                        Action::BenchmarkLoaded(true)
                    })}>{ text.part_retry() }</button>
            </div>
        },
        Err(false) => html! { <p class="hint" role="status">{ text.benchmark_loading() }</p> },
    };
    html! {
        <section class="benchmark" aria-labelledby="benchmark-heading">
            <h2 id="benchmark-heading" tabindex="-1">{ heading }</h2>
            <p>{ text.benchmark_intro() }</p>
            <p>{ text.benchmark_expected() }</p>
            <p class="note">{ text.benchmark_not_mm14() }</p>
            { body }
            <p class="goal-source">{ text.benchmark_source() }{ text.benchmark_periods() }</p>
        </section>
    }
}

/// The table of every period for each group (the first open, the others folded), the chart
/// beside the first, and all 98 in the newest period.
fn tables(
    data: &Benchmark,
    municipality: &Municipality,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let text = strings(lang);
    let mut markup = Markup::default();
    for (i, group) in Group::ALL.into_iter().enumerate() {
        let rows = data.of(municipality.code, group);
        if i == 0 {
            period_chart(&mut markup, &rows, lang);
            period_table(&mut markup, &rows, group, lang);
        } else {
            markup.open("details", &[("class", "benchmark-group")]);
            markup.element("summary", "", group_name(group, lang));
            period_table(&mut markup, &rows, group, lang);
            markup.close("details");
        }
    }
    let Some(newest) = data.periods.last() else {
        return markup.into_html();
    };
    // All 98 are drawn once the details are first opened: most visitors never do, and drawing
    // them made picking a municipality twice as slow as a view switch.
    let open = RANKING_OPEN.get();
    let mut ranking = Markup::default();
    if open {
        let all = data.all_in(newest, Group::All);
        ranking_chart(&mut ranking, &all, municipality.code);
        ranking_table(&mut ranking, &all, municipality.code, newest, lang);
    }
    let ontoggle = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::Element = event.target_unchecked_into();
            if details.has_attribute("open") && !RANKING_OPEN.replace(true) {
                on_action.emit(Action::Redraw);
            }
        })
    };
    html! {
        <>
            { markup.into_html() }
            <details class="benchmark-all" open={open} {ontoggle}>
                <summary>{ format!("{} {newest}", text.benchmark_all()) }</summary>
                { ranking.into_html() }
            </details>
        </>
    }
}

fn group_name(group: Group, lang: Lang) -> &'static str {
    let text = strings(lang);
    match group {
        Group::All => text.benchmark_group_all(),
        Group::UnemploymentBenefit => text.benchmark_group_unemployment(),
        Group::SicknessBenefit => text.benchmark_group_sickness(),
        Group::SocialAssistance => text.benchmark_group_assistance(),
    }
}

/// A number with its sign, "+50" or "−10" (more on support than expected is "+").
fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let magnitude = number::format(value.abs(), decimals, lang);
    match value {
        v if v > 0.0 => format!("+{magnitude}"),
        v if v < 0.0 => format!("−{magnitude}"),
        _ => magnitude,
    }
}

fn percent(value: f64, lang: Lang) -> String {
    format!("{} %", number::format(value, 2, lang))
}

/// A table's start, up to its body: in a box it scrolls in where it is too wide (which a keyboard
/// can scroll too), its caption, and its column heads (`columns`, separated by `|`). On a phone
/// its rows are blocks (`stacked`, `later.css`), each cell named by its column ([`cell`]).
fn table_start(markup: &mut Markup, caption: &str, columns: &str) {
    markup.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("role", "region"),
            ("aria-label", caption),
            ("tabindex", "0"),
        ],
    );
    markup.open("table", &[("class", "benchmark-table stacked")]);
    markup.element("caption", "", caption);
    markup.open("thead", &[]).open("tr", &[]);
    for label in columns.split('|') {
        markup
            .open("th", &[("scope", "col")])
            .text(label)
            .close("th");
    }
    markup.close("tr").close("thead").open("tbody", &[]);
}

/// A cell, named by its column where the row is a block.
fn cell(markup: &mut Markup, column: &str, text: &str) {
    markup
        .open("td", &[("data-label", column)])
        .text(text)
        .close("td");
}

/// One group's table: a row per period.
fn period_table(markup: &mut Markup, rows: &[&Row], group: Group, lang: Lang) {
    let caption = group_name(group, lang);
    let columns = strings(lang).benchmark_columns();
    table_start(markup, caption, columns);
    for row in rows {
        markup.open("tr", &[]);
        markup
            .open("th", &[("scope", "row")])
            .text(&row.period)
            .close("th");
        let cells = [
            number::format(f64::from(row.expected), 0, lang),
            number::format(f64::from(row.actual), 0, lang),
            signed(row.difference() as f64, 0, lang),
            percent(row.expected_pct, lang),
            percent(row.actual_pct, lang),
            signed(row.difference_points(), 2, lang),
            format!("{} / 98", row.rank),
        ];
        // The first column is the period, the row's heading.
        for (text, column) in cells.iter().zip(columns.split('|').skip(1)) {
            cell(markup, column, text);
        }
        markup.close("tr");
    }
    markup.close("tbody").close("table").close("div");
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 120.0;
const PAD: f64 = 10.0;
/// The charts' coordinates: `WIDTH` by `HEIGHT` (written out: formatting a float would bring
/// the standard library's float tables into the part).
const VIEW_BOX: &str = "0 0 320 120";

/// Expected (dashed) and actual (solid) over the periods, on one scale: decorative, as the
/// table below holds the same numbers.
fn period_chart(markup: &mut Markup, rows: &[&Row], lang: Lang) {
    let values: Vec<(f64, f64)> = rows
        .iter()
        .map(|r| (f64::from(r.expected), f64::from(r.actual)))
        .collect();
    let (low, high) = values
        .iter()
        .flat_map(|&(e, a)| [e, a])
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
            (l.min(v), h.max(v))
        });
    if values.len() < 2 || !low.is_finite() {
        return;
    }
    let span = if high > low { high - low } else { 1.0 };
    let step = (WIDTH - 2.0 * PAD) / (values.len() - 1) as f64;
    let point = |i: usize, v: f64| {
        let y = HEIGHT - PAD - (v - low) / span * (HEIGHT - 2.0 * PAD);
        format!(
            "{},{}",
            number::plain(PAD + step * i as f64, 1),
            number::plain(y, 1)
        )
    };
    let line = |pick: fn(&(f64, f64)) -> f64| -> String {
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| point(i, pick(v)))
            .collect();
        points.join(" ")
    };
    markup.open("figure", &[("class", "benchmark-chart")]);
    markup.open(
        "svg",
        &[
            ("viewBox", VIEW_BOX),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    );
    markup
        .open(
            "polyline",
            &[("class", "expected"), ("points", &line(|v| v.0))],
        )
        .close("polyline");
    markup
        .open(
            "polyline",
            &[("class", "actual"), ("points", &line(|v| v.1))],
        )
        .close("polyline");
    markup.close("svg");
    markup.element("figcaption", "", strings(lang).benchmark_chart_caption());
    markup.close("figure");
}

/// All 98 as bars of the difference in percentage points, best first, the chosen one marked:
/// decorative, the ranking table holds the same numbers.
fn ranking_chart(markup: &mut Markup, rows: &[&Row], chosen: u16) {
    let extreme = rows
        .iter()
        .map(|r| r.difference_points().abs())
        .fold(0.0, f64::max)
        .max(0.01);
    let width = WIDTH / rows.len().max(1) as f64;
    let middle = HEIGHT / 2.0;
    markup.open(
        "svg",
        &[
            ("class", "benchmark-ranking"),
            ("viewBox", VIEW_BOX),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    );
    for (i, row) in rows.iter().enumerate() {
        let height = row.difference_points() / extreme * (middle - 2.0);
        let (y, h) = match height > 0.0 {
            true => (middle - height, height),
            false => (middle, -height),
        };
        let x = number::plain(i as f64 * width, 2);
        let class = match row.code == chosen {
            true => "chosen",
            false => "",
        };
        markup
            .open(
                "rect",
                &[
                    ("class", class),
                    ("x", &x),
                    ("y", &number::plain(y, 2)),
                    ("width", &number::plain(width * 0.8, 2)),
                    ("height", &number::plain(h.max(0.5), 2)),
                ],
            )
            .close("rect");
    }
    markup.close("svg");
}

/// All 98 in one period: rank, name, shares and their difference; the chosen row marked.
fn ranking_table(markup: &mut Markup, rows: &[&Row], chosen: u16, period: &str, lang: Lang) {
    let text = strings(lang);
    let caption = format!("{} {period}", text.benchmark_all_caption());
    let columns: Vec<&str> = text.benchmark_all_columns().split('|').collect();
    let column = |i: usize| columns.get(i).copied().unwrap_or_default();
    table_start(markup, &caption, text.benchmark_all_columns());
    for row in rows {
        let name = municipality(row.code).map_or("", |m| m.name.as_str());
        match row.code == chosen {
            true => markup.open("tr", &[("class", "chosen"), ("aria-current", "true")]),
            false => markup.open("tr", &[]),
        };
        cell(markup, column(0), &row.rank.to_string());
        markup
            .open("th", &[("scope", "row")])
            .text(name)
            .close("th");
        let shares = [
            percent(row.expected_pct, lang),
            percent(row.actual_pct, lang),
            signed(row.difference_points(), 2, lang),
        ];
        for (i, text) in shares.iter().enumerate() {
            cell(markup, column(i + 2), text);
        }
        markup.close("tr");
    }
    markup.close("tbody").close("table").close("div");
}
