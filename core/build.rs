//! Turns the catalogue data (`data/catalogue.json`) into Rust statics, so the app ships the
//! catalogue as ready data instead of JSON plus the code to read it.
//!
//! The data is read with serde_json and checked by the crate's own catalogue reader (the modules
//! below are the crate's files, compiled into this script too), so a catalogue that would be refused at run time
//! stops the build, with the same message.
#![allow(dead_code, unused_imports)]

#[path = "src/catalogue/mod.rs"]
mod catalogue;
#[path = "src/figures.rs"]
mod figures;
#[path = "src/indicators.rs"]
mod indicators;
#[path = "src/map.rs"]
mod map;
#[path = "src/number.rs"]
mod number;
#[path = "src/text.rs"]
mod text;

use std::path::PathBuf;

use catalogue::{Catalogue, Context, Goal, Source, Theme, Year};
use figures::{FigureDef, FigureGroup};
use indicators::{BuiltinReference, IndicatorDef};
use text::Localized;

const DATA: &str = "data/catalogue.json";

fn main() {
    for path in [
        DATA,
        "src/catalogue/mod.rs",
        "src/catalogue/read.rs",
        "src/figures.rs",
        "src/indicators.rs",
        "src/map.rs",
        "src/number.rs",
        "src/text.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    let json = std::fs::read_to_string(DATA).unwrap_or_else(|e| panic!("{DATA}: {e}"));
    let catalogue = Catalogue::parse(&json).unwrap_or_else(|e| panic!("{DATA}: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    DEFAULT_YEAR.set(catalogue.default_year);
    std::fs::write(out.join("catalogue.rs"), rust(&catalogue)).expect("OUT_DIR is writable");
    // The English texts in the order of their indices (see `English` in src/text.rs).
    let english = ENGLISH.with_borrow(|texts| texts.clone());
    let list: Vec<String> = english.iter().map(|t| format!("{t:?}")).collect();
    std::fs::write(
        out.join("catalogue_english.rs"),
        format!("&[{}]", list.join(",\n")),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(
        out.join("catalogue_english_len.rs"),
        english.len().to_string(),
    )
    .expect("OUT_DIR is writable");
    // The Danish texts of the years the browser downloads, in the order of their indices (see
    // `Danish` in src/text.rs), and how many each year has.
    let years = YEAR_TEXTS.with_borrow(|years| years.clone());
    let counts: Vec<String> = years
        .iter()
        .map(|(year, texts)| format!("({year}, {})", texts.len()))
        .collect();
    std::fs::write(
        out.join("catalogue_fetched_years.rs"),
        format!("&[{}]", counts.join(", ")),
    )
    .expect("OUT_DIR is writable");
    // The texts only the years after the default page's show (see `later_only`): every such
    // year's file carries them after its own.
    let later = LATER_TEXTS.with_borrow(|texts| texts.clone());
    std::fs::write(out.join("catalogue_later_len.rs"), later.len().to_string())
        .expect("OUT_DIR is writable");
    std::fs::write(
        out.join("catalogue_default_year.rs"),
        catalogue.default_year.to_string(),
    )
    .expect("OUT_DIR is writable");
    let texts: Vec<String> = years
        .iter()
        .map(|(year, texts)| {
            let mut texts = texts.clone();
            if *year > catalogue.default_year {
                texts.extend(&later);
            }
            format!("({year}, &{texts:?})")
        })
        .collect();
    std::fs::write(
        out.join("catalogue_year_texts.rs"),
        format!("&[{}]", texts.join(",\n")),
    )
    .expect("OUT_DIR is writable");
}

thread_local! {
    /// The English texts met so far, in order: in the browser build, each is its index here.
    static ENGLISH: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

thread_local! {
    /// The default page's year (`default_year`). Every other year's own texts are downloaded
    /// by the browser when it first shows the year.
    static DEFAULT_YEAR: std::cell::Cell<u16> = const { std::cell::Cell::new(0) };
    /// The Danish texts of each downloaded year met so far, in order: in the browser build,
    /// each is its index in its year's list, the year its slot here.
    static YEAR_TEXTS: std::cell::RefCell<Vec<(u16, Vec<&'static str>)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the texts being written belong to a downloaded year (the last in `YEAR_TEXTS`).
    static IN_FETCHED_YEAR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The Danish texts of the themes, figure groups, figures and indicators that only the years
    /// after the default page's show, met so far: in the browser build, each is its index here
    /// (from `LATER_BASE`), and every file of such a year carries them after its own texts.
    static LATER_TEXTS: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the texts being written are such texts.
    static IN_LATER_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where the texts of [`LATER_TEXTS`] are numbered from (`Localized::fetched`, see
/// core/src/year_texts.rs).
const LATER_BASE: usize = 0x8000;

/// Writes `write` as a text that only the years after the default page's show, if `later`.
fn later_only(later: bool, write: impl FnOnce() -> String) -> String {
    IN_LATER_ONLY.set(later);
    let written = write();
    IN_LATER_ONLY.set(false);
    written
}

/// Whether only years after the default page's have a goal (or a proposed goal) of `theme`.
fn later_theme(c: &Catalogue, theme: &str) -> bool {
    let default = c.default_year;
    !c.years.iter().filter(|y| y.year <= default).any(|y| {
        let proposed = y.proposal.iter().flat_map(|p| p.goals);
        y.goals.iter().chain(proposed).any(|g| g.theme == theme)
    })
}

/// Whether only the forms of years after the default page's show `group`.
fn later_group(c: &Catalogue, group: &str) -> bool {
    c.figure_groups
        .iter()
        .find(|g| g.id == group)
        .and_then(|g| g.years)
        .is_some_and(|(first, _)| first > c.default_year)
}

/// Where the Danish text `t` is, for the browser build (`Localized::fetched` in src/text.rs):
/// within a year the browser downloads, 1 + its place among the downloaded texts (and `t`
/// goes into its year's file), else 0.
fn fetched(t: &'static str) -> usize {
    if IN_LATER_ONLY.get() {
        // 1 + its place, from `LATER_BASE`, as a year's text is 1 + its place.
        return LATER_TEXTS.with_borrow_mut(|texts| {
            texts.push(t);
            LATER_BASE + texts.len()
        });
    }
    if !IN_FETCHED_YEAR.get() {
        return 0;
    }
    YEAR_TEXTS.with_borrow_mut(|years| {
        let before: usize = years.iter().map(|(_, texts)| texts.len()).sum();
        if let Some((_, texts)) = years.last_mut() {
            texts.push(t);
        }
        before + 1
    })
}

/// Whether the build is for the browser, where English is loaded when chosen.
fn for_browser() -> bool {
    std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
}

/// The catalogue as a Rust expression. Text is written with `{:?}`, which gives valid Rust
/// string literals; enums are written as their variant (`Unit::Percent`).
fn rust(c: &Catalogue) -> String {
    let ratio = &c.investment_return_ratio;
    // In the order the texts are met (the English and the years' texts are numbered so).
    let sources = list(&shipped_sources(c), |s| source(c, s));
    let themes = list(c.themes, |t| theme(c, t));
    let years: Vec<String> = c.years.iter().map(|y| year(c, y)).collect();
    format!(
        "Catalogue {{\n default_year: {},\n sources: {sources},\n themes: {themes},\n years: &[{}],\n figure_groups: {},\n figures: {},\n \
         indicators: {},\n context: {},\n investment_return_ratio: ReturnRatio {{ value: {:?}, source: {:?} }},\n}}\n",
        c.default_year,
        years.join(",\n  "),
        list(c.figure_groups, |g| figure_group(c, g)),
        list(c.figures, |f| figure(c, f)),
        list(c.indicators, |i| indicator(c, i)),
        list(c.context, context),
        ratio.value,
        ratio.source,
    )
}

fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    let items: Vec<String> = items.iter().map(item).collect();
    format!("&[{}]", items.join(",\n  "))
}

fn text(t: &&str) -> String {
    format!("{t:?}")
}

/// A figure's help text: in the browser build its place among the figures (`Help`).
fn help(l: &Localized) -> String {
    match for_browser() {
        true => HELP_INDEX.with(|n| {
            let index = n.get();
            n.set(index + 1);
            index.to_string()
        }),
        false => format!("Localized {{ da: {:?}, en: {:?} }}", l.da, l.en),
    }
}

thread_local! {
    /// The number of help texts written so far.
    static HELP_INDEX: std::cell::Cell<u16> = const { std::cell::Cell::new(0) };
}

/// The index `text` gets among the English texts (see `English` in src/text.rs).
fn english_index(text: &'static str) -> usize {
    ENGLISH.with_borrow_mut(|texts| {
        texts.push(text);
        texts.len() - 1
    })
}

fn localized(l: &Localized) -> String {
    let index = english_index(l.en);
    match (for_browser(), fetched(l.da)) {
        (true, 0) => format!("Localized {{ da: {:?}, en: {index}, fetched: 0 }}", l.da),
        (true, n) => format!("Localized {{ da: \"\", en: {index}, fetched: {n} }}"),
        (false, _) => format!("Localized {{ da: {:?}, en: {:?} }}", l.da, l.en),
    }
}

/// The sources the browser build ships: those a year, a goal, a proposal, a context or a
/// built-in reference cites (the app shows no other), as the app cites them (`citation`):
/// without their addresses and the names of the files the tests read them from. Natively, all
/// of them, as they are.
fn shipped_sources(c: &Catalogue) -> Vec<Source> {
    if !for_browser() {
        return c.sources.to_vec();
    }
    let cited = cited_sources(c);
    c.sources
        .iter()
        .filter(|s| cited.contains(&s.id))
        .map(|s| match in_app(c, s) {
            true => Source {
                seed: None,
                quotation: None,
                address: None,
                ..s.clone()
            },
            // Its sender, title and note are the texts of the years that cite it.
            false => Source {
                sender: "",
                title: "",
                seed: None,
                quotation: None,
                address: None,
                note: None,
                ..s.clone()
            },
        })
        .collect()
}

/// The ids of the sources a year, a goal, a proposal, a context or a built-in reference cites.
fn cited_sources(c: &Catalogue) -> Vec<&'static str> {
    let goals = |goals: &[Goal]| goals.iter().filter_map(|g| g.source).collect::<Vec<_>>();
    let mut cited: Vec<&str> = vec![c.investment_return_ratio.source];
    for year in c.years {
        cited.push(year.source);
        cited.extend(year.cites);
        cited.extend(goals(year.goals));
        if let Some(proposal) = &year.proposal {
            cited.push(proposal.source);
            cited.extend(goals(proposal.goals));
        }
    }
    cited.extend(c.context.iter().map(|x| x.source));
    cited.extend(
        c.indicators
            .iter()
            .filter_map(|i| i.reference.as_ref().and_then(|r| r.source)),
    );
    cited
}

/// Whether the browser build carries `source`'s sender and title in the app: a source the
/// default page's year, a context, a reference or the investment ratio cites. Every other
/// one's are texts of the years that cite it (see `year`).
fn in_app(c: &Catalogue, source: &Source) -> bool {
    let default = c.year(c.default_year).expect("checked");
    c.year_sources(default).iter().any(|s| s.id == source.id)
        || c.investment_return_ratio.source == source.id
        || c.context.iter().any(|x| x.source == source.id)
        || c.indicators
            .iter()
            .any(|i| i.reference.as_ref().and_then(|r| r.source) == Some(source.id))
}

fn source(c: &Catalogue, s: &Source) -> String {
    // The English title: an index into the English texts in the browser (numbered in both
    // builds, for the sources the browser build ships).
    let title_en = match (s.title_en, cited_sources(c).contains(&s.id), for_browser()) {
        (Some(en), true, true) => format!("Some({})", english_index(en)),
        (Some(en), true, false) => {
            english_index(en);
            format!("Some({en:?})")
        }
        (title_en, _, _) => format!("{title_en:?}"),
    };
    // In the browser, the note is in each citing year's `Cited`.
    let note = match (&s.note, for_browser()) {
        (_, true) => String::new(),
        (None, false) => ", note: None".to_string(),
        (Some(note), false) => format!(
            ", note: Some(Localized {{ da: {:?}, en: {:?} }})",
            note.da, note.en
        ),
    };
    format!(
        "Source {{ id: {:?}, sender: {:?}, recipients: {:?}, date: {:?}, journal: {:?}, title: {:?}, seed: {:?}, \
         address: {:?}, quotation: {:?}{note}, title_en: {title_en} }}",
        s.id, s.sender, s.recipients, s.date, s.journal, s.title, s.seed, s.address, s.quotation
    )
}

fn theme(c: &Catalogue, t: &Theme) -> String {
    let explanation = match (for_browser(), explained_by_years(c, t)) {
        // Each year that shows it carries it among its texts (see `goal`). (The native build
        // numbers the English text all the same.)
        (true, true) => format!(
            "Localized {{ da: \"\", en: {}, fetched: 0 }}",
            english_index(t.explanation.en)
        ),
        _ => localized(&t.explanation),
    };
    format!(
        "Theme {{ id: {:?}, name: {}, explanation: {explanation}, explains_until: {} }}",
        t.id,
        later_only(later_theme(c, t.id), || localized(&t.name)),
        t.explains_until
    )
}

/// Whether, in the browser, `theme`'s explanation is a text of the years that show it (those of
/// its goals, to `explains_until`) rather than the app's: the default page's year has no goal
/// of the theme. Only a goal's card shows the explanation.
fn explained_by_years(c: &Catalogue, theme: &Theme) -> bool {
    let default = c.year(c.default_year).expect("checked");
    let proposed = default.proposal.iter().flat_map(|p| p.goals);
    !default
        .goals
        .iter()
        .chain(proposed)
        .any(|g| g.theme == theme.id)
}

fn year(c: &Catalogue, y: &Year) -> String {
    let fetched = y.year != DEFAULT_YEAR.get();
    if fetched {
        YEAR_TEXTS.with_borrow_mut(|years| years.push((y.year, Vec::new())));
    }
    IN_FETCHED_YEAR.set(fetched);
    let proposal = match &y.proposal {
        None => "None".to_string(),
        Some(p) => format!(
            "Some(Proposal {{ source: {:?}, notes: {}, goals: {} }})",
            p.source,
            list(p.notes, localized),
            list(p.goals, |g| goal(c, y, g, false))
        ),
    };
    // In the browser, the addresses of the year's sources, each a text of the year (a year
    // the browser downloads carries them in its file).
    // In the browser, how the year's page cites its sources: the addresses, and the sender and
    // title of a source the app does not carry (`in_app`), as the year's texts. Numbered in
    // both builds: the native one writes the year's file the browser's indices point into.
    let cited: Vec<String> = c
        .year_sources(y)
        .iter()
        .filter_map(|s| {
            // A note is a text of the year: a source the default page's year cites has none
            // (the app would have to carry it).
            assert!(
                s.note.is_none() || !in_app(c, s),
                "{}: a note on a source of the default page's year",
                s.id
            );
            let (sender, title) = match in_app(c, s) {
                // Nothing to say beyond the source itself: not listed.
                true if s.address.is_none() => return None,
                true => (0, 0),
                false => (self::fetched(s.sender), self::fetched(s.title)),
            };
            let address = match s.address.map(|a| (a, self::fetched(a))) {
                None => "\"\", address_fetched: 0".to_string(),
                Some((a, 0)) => format!("{a:?}, address_fetched: 0"),
                Some((_, n)) => format!("\"\", address_fetched: {n}"),
            };
            // Numbered in both builds.
            let note = match &s.note {
                None => "0, note_en: 0".to_string(),
                Some(note) => format!(
                    "{}, note_en: {}",
                    self::fetched(note.da),
                    english_index(note.en)
                ),
            };
            Some(format!(
                "Cited {{ source: {:?}, sender: {sender}, title: {title}, address: {address}, note: {note} }}",
                s.id
            ))
        })
        .collect();
    let cited = match for_browser() {
        true => format!(", cited: &[{}]", cited.join(", ")),
        false => String::new(),
    };
    let written = format!(
        "Year {{ year: {}, source: {:?}, cites: {}, notes: {}, goals: {}, proposal: {proposal}{cited} }}",
        y.year,
        y.source,
        list(y.cites, text),
        list(y.notes, localized),
        list(y.goals, |g| goal(c, y, g, true))
    );
    IN_FETCHED_YEAR.set(false);
    written
}

/// `g`, a goal of `y`'s final list (`card`: one the page shows as a card) or of its proposal.
fn goal(c: &Catalogue, y: &Year, g: &Goal, card: bool) -> String {
    let title = match (g.title, g.title.map(fetched), for_browser()) {
        (None, _, true) => "None, title_fetched: 0".to_string(),
        (title, _, false) => format!("{title:?}"),
        (Some(title), Some(0), true) => format!("Some({title:?}), title_fetched: 0"),
        (_, n, true) => format!("Some(\"\"), title_fetched: {}", n.unwrap_or_default()),
    };
    // Numbered in both builds: the native one writes the English file the browser's indices
    // point into.
    let gloss = match (g.gloss.map(english_index), for_browser()) {
        (Some(index), true) => format!("Some({index})"),
        (_, _) => format!("{:?}", g.gloss),
    };
    // In the browser, the explanation of a theme the app does not carry (`explained_by_years`),
    // as a text of the year, for a card that shows it. Numbered in both builds, as the title.
    let theme = c.theme(g.theme).expect("checked");
    let explanation = match card && explained_by_years(c, theme) && y.year <= theme.explains_until {
        true => fetched(theme.explanation.da),
        false => 0,
    };
    let explanation = match for_browser() {
        true => format!(", explanation_fetched: {explanation}"),
        false => String::new(),
    };
    format!(
        "Goal {{ number: {}, theme: {:?}, title: {title}, gloss: {gloss}, source: {:?}, notes: {}, \
         own_indicators: {}{explanation} }}",
        g.number,
        g.theme,
        g.source,
        list(g.notes, localized),
        g.own_indicators
    )
}

fn context(c: &Context) -> String {
    format!(
        "Context {{ id: {:?}, themes: {}, source: {:?}, title: {}, points: {} }}",
        c.id,
        list(c.themes, text),
        c.source,
        localized(&c.title),
        list(c.points, localized)
    )
}

fn figure_group(c: &Catalogue, g: &FigureGroup) -> String {
    format!(
        "FigureGroup {{ id: {:?}, name: {}, years: {:?} }}",
        g.id,
        later_only(later_group(c, g.id), || localized(&g.name)),
        g.years
    )
}

fn figure(c: &Catalogue, f: &FigureDef) -> String {
    format!(
        "FigureDef {{ id: {:?}, kind: FigureKind::{:?}, group: {:?}, label: {}, help: {}, source: {:?}, part_of: {:?}, \
         method_break: {:?}, whole: {} }}",
        f.id,
        f.kind,
        f.group,
        later_only(later_group(c, f.group), || localized(&f.label)),
        help(&f.help),
        f.source,
        f.part_of,
        f.method_break,
        f.whole
    )
}

fn indicator(c: &Catalogue, i: &IndicatorDef) -> String {
    let reference = match &i.reference {
        None => "None".to_string(),
        Some(BuiltinReference {
            value,
            label,
            source,
        }) => format!(
            "Some(BuiltinReference {{ value: {value:?}, label: {}, source: {source:?} }})",
            localized(label)
        ),
    };
    format!(
        "IndicatorDef {{ id: {:?}, theme: {:?}, name: {}, formula: Formula::{:?}, unit: Unit::{:?}, \
         direction: Direction::{:?}, reference: {reference}, published: {:?} }}",
        i.id,
        i.theme,
        later_only(later_theme(c, i.theme), || localized(&i.name)),
        i.formula,
        i.unit,
        i.direction,
        i.published
    )
}
