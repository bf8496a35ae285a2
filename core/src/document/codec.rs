//! The state document as JSON (read and written with the app's own JSON, `json.rs`): what each
//! field must be, which ids are kept, the field a refusal names, and how a `jobmaal/1` document
//! is read into this version's shape.
//!
//! `jobmaal/2`, as written (an empty object or list is left out; absent is empty):
//!
//! ```json
//! {"format": "jobmaal/2", "year": 2019, "lang": "da",
//!  "names": {"municipality": "Lejre Kommune"},
//!  "figures": {"2018": {"population_16_66": 16902}, "2019": {"population_16_66": 16884}},
//!  "periods": {"2019": {"april 2019": ["population_16_66", "public_support_fte"]}},
//!  "tables": {"2019": {"FOLK1A": ["population_16_66"]}},
//!  "references": {"public_support_share": {"target": 13.5}},
//!  "plan": {"forsorgelse": ["…"]}, "extra_focus": ["…"], "return_ratio": 2.5}
//! ```
//!
//! `jobmaal/1` had the year's figures (the name among them) in `figures`, with three of the
//! year before's as `population_16_66_prev`, `public_support_fte_prev` and
//! `failed_recruitments_prev`: these are read as the year before's figures.

use super::{
    DecodeError, Document, Expected, FORMAT, FORMAT_1, MAX_BYTES, ReferenceEntry, YearFigures,
    figure_years, is_text,
};
use crate::assessment::read_reference;
use crate::catalogue::Catalogue;
use crate::figures::{Entry, Reading, read_one};
use crate::json::{self, Value, Writer};
use crate::map::Map;
use crate::text::Lang;

/// The top-level fields a state document may have, in the order they are written.
const FIELDS: [&str; 12] = [
    "format",
    "year",
    "lang",
    "names",
    "figures",
    "periods",
    "tables",
    "references",
    "plan",
    "extra_focus",
    "return_ratio",
    "local",
];

impl Document {
    /// The document as compact JSON (`jobmaal/2`), for files, storage and links. Valid typed
    /// numbers are written as numbers; text that is not (yet) a valid number is kept as text,
    /// so nothing the user typed is lost.
    pub fn to_json(&self, catalogue: &Catalogue) -> String {
        let mut w = Writer::new();
        w.open_object();
        w.name("format");
        w.text(FORMAT);
        w.name("year");
        w.number(self.year.into());
        w.name("lang");
        w.text(self.lang.code());
        let names: Vec<(&str, Entry)> = self
            .figures
            .iter()
            .filter(|(id, _)| is_text(catalogue, id))
            .filter_map(|(id, entry)| Some((id.as_str(), written_figure(catalogue, id, entry)?)))
            .collect();
        if !names.is_empty() {
            w.name("names");
            w.open_object();
            for (id, entry) in &names {
                w.name(id);
                write_entry(&mut w, entry);
            }
            w.close_object();
        }
        let years: Vec<(String, YearFigures)> = figure_years(catalogue)
            .map(|year| (year.to_string(), self.year_figures(year, catalogue)))
            .filter(|(_, figures)| !figures.is_empty())
            .collect();
        let per_year =
            |w: &mut Writer, field: &str, each: &dyn Fn(&mut Writer, &YearFigures) -> usize| {
                // Each year's members are written into a writer of their own first, so that a
                // year with none is left out.
                let mut written = Vec::new();
                for (year, figures) in &years {
                    let mut inner = Writer::new();
                    inner.open_object();
                    if each(&mut inner, figures) > 0 {
                        inner.close_object();
                        written.push((year, inner.finish()));
                    }
                }
                if !written.is_empty() {
                    w.name(field);
                    w.open_object();
                    for (year, object) in written {
                        w.name(year);
                        w.raw(&object);
                    }
                    w.close_object();
                }
            };
        per_year(&mut w, "figures", &|w, year| {
            let mut count = 0;
            for (id, entry) in &year.figures {
                if let Some(entry) = written_figure(catalogue, id, entry) {
                    w.name(id);
                    write_entry(w, &entry);
                    count += 1;
                }
            }
            count
        });
        // A period or table is written once with the figures it is for (a year's figures
        // mostly share one): every figure's that has one, with a value or not yet (a group's
        // period is set for all its figures, also before they are typed), so that what is
        // saved, linked or sent to another tab is what the page has.
        for (field, texts) in [
            (
                "periods",
                (|y: &YearFigures| y.periods.clone()) as fn(&YearFigures) -> Map<String>,
            ),
            ("tables", |y: &YearFigures| y.tables.clone()),
        ] {
            per_year(&mut w, field, &|w, year| {
                let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
                let texts = texts(year);
                for (id, text) in &texts {
                    let text = text.trim();
                    if text.is_empty() {
                        continue;
                    }
                    match groups.iter_mut().find(|(t, _)| *t == text) {
                        Some((_, ids)) => ids.push(id),
                        None => groups.push((text, vec![id])),
                    }
                }
                for (text, ids) in &groups {
                    w.name(text);
                    w.open_list();
                    for id in ids {
                        w.text(id);
                    }
                    w.close_list();
                }
                groups.len()
            });
        }
        let mut references = Vec::new();
        for (id, entry) in &self.references {
            let Some(def) = catalogue.indicator(id) else {
                continue;
            };
            let written = |field: &Option<Entry>| {
                let field = field.as_ref()?;
                match read_reference(field, def.unit) {
                    Ok(None) => None,
                    Ok(Some(n)) => Some(Entry::Number(n)),
                    Err(_) => Some(field.clone()),
                }
            };
            let fields = [
                ("comparison", written(&entry.comparison)),
                ("target", written(&entry.target)),
            ];
            if fields.iter().any(|(_, value)| value.is_some()) {
                references.push((id, fields));
            }
        }
        if !references.is_empty() {
            w.name("references");
            w.open_object();
            for (id, fields) in &references {
                w.name(id);
                w.open_object();
                for (name, value) in fields {
                    if let Some(value) = value {
                        w.name(name);
                        write_entry(&mut w, value);
                    }
                }
                w.close_object();
            }
            w.close_object();
        }
        for (field, lists) in [("plan", &self.plan), ("local", &self.local)] {
            if !lists.is_empty() {
                w.name(field);
                w.open_object();
                for (key, texts) in lists {
                    w.name(key);
                    write_texts(&mut w, texts);
                }
                w.close_object();
            }
        }
        if !self.extra_focus.is_empty() {
            w.name("extra_focus");
            write_texts(&mut w, &self.extra_focus);
        }
        if let Some(ratio) = self.return_ratio.filter(|r| r.is_finite()) {
            w.name("return_ratio");
            w.number(ratio);
        }
        w.close_object();
        w.finish()
    }

    /// Reads a state document (`jobmaal/2`, or `jobmaal/1` from before figures belonged to a
    /// year). Never panics; refuses what it cannot read, saying why.
    pub fn from_json(text: &str, catalogue: &Catalogue) -> Result<Document, DecodeError> {
        if text.len() > MAX_BYTES {
            return Err(DecodeError::TooLarge);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let Some(Value::Object(members)) = json::parse(text) else {
            return Err(match json::parse(text) {
                Some(_) => DecodeError::NotAState,
                None => DecodeError::NotJson,
            });
        };
        // Each known field once (`null` is as good as absent); a field given twice is refused.
        let mut wire: [Option<Value>; FIELDS.len()] = Default::default();
        for (name, value) in members {
            let Some(i) = FIELDS.iter().position(|field| *field == name) else {
                continue;
            };
            if wire[i].replace(value).is_some() {
                return Err(DecodeError::NotAState);
            }
        }
        let [
            format,
            year,
            lang,
            names,
            figures_in,
            periods_in,
            tables_in,
            references_in,
            plan_in,
            extra_focus,
            return_ratio,
            local_in,
        ] = wire.map(|value| value.filter(|v| *v != Value::Null));
        let first_format = match format {
            Some(Value::Text(format)) if format == FORMAT => false,
            Some(Value::Text(format)) if format == FORMAT_1 => true,
            Some(Value::Text(format)) => {
                let newer = format
                    .strip_prefix("jobmaal/")
                    .and_then(|n| n.parse::<u32>().ok())
                    .is_some_and(|n| n > 2);
                let format: String = format.chars().take(40).collect();
                return Err(match newer {
                    true => DecodeError::NewerFormat(format),
                    false => DecodeError::WrongFormat(format),
                });
            }
            _ => return Err(DecodeError::NotAState),
        };
        let year = match year {
            None => catalogue.default_year().year,
            Some(Value::Number(year)) if year.fract() == 0.0 && (0.0..=65535.0).contains(&year) => {
                let year = year as u16;
                catalogue
                    .year(year)
                    .ok_or(DecodeError::UnknownYear(year))?
                    .year
            }
            Some(_) => return Err(wrong("year", Expected::Year)),
        };
        let lang = match lang {
            None => Lang::default(),
            Some(Value::Text(code)) => Lang::from_code(&code)
                .ok_or_else(|| DecodeError::UnknownLanguage(code.chars().take(20).collect()))?,
            Some(_) => return Err(wrong("lang", Expected::Text)),
        };
        let mut document = Document::new(year, lang);
        // Every year's figures, read into `years` first; the shown year's then go in place.
        let mut years: Map<YearFigures> = Map::new();
        let mut texts = Vec::new();
        if first_format {
            for (id, value) in object(figures_in, "figures")?.into_members() {
                let entry = entry(value, || format!("figures.{id}"))?;
                // The benchmark's expected count has its own figure now, beside its actual count.
                let id = match id.as_str() {
                    "public_support_expected" => "benchmark_expected".to_string(),
                    _ => id,
                };
                // The year before's figures, which had ids of their own.
                let (year, id) = match id.strip_suffix("_prev") {
                    Some(base) => (year.wrapping_sub(1), base.to_string()),
                    None => (year, id),
                };
                if is_text(catalogue, &id) && year == document.year {
                    texts.push((id, entry));
                } else if keeps_figure(catalogue, year, &id) {
                    let year = years.get_or_default(year.to_string());
                    year.figures.insert(id, entry);
                }
            }
        } else {
            for (id, value) in object(names, "names")?.into_members() {
                let entry = entry(value, || format!("names.{id}"))?;
                if is_text(catalogue, &id) {
                    texts.push((id, entry));
                }
            }
            for (key, value) in object(figures_in, "figures")?.into_members() {
                let path = format!("figures.{key}");
                let members = object(Some(value), &path)?;
                let Some(year) = year_key(catalogue, &key) else {
                    continue;
                };
                for (id, value) in members.into_members() {
                    let entry = entry(value, || format!("{path}.{id}"))?;
                    if keeps_figure(catalogue, year, &id) {
                        let year = years.get_or_default(key.clone());
                        year.figures.insert(id, entry);
                    }
                }
            }
            for (field, texts_in, slot) in [
                (
                    "periods",
                    periods_in,
                    (|y: &mut YearFigures| &mut y.periods)
                        as fn(&mut YearFigures) -> &mut Map<String>,
                ),
                ("tables", tables_in, |y: &mut YearFigures| &mut y.tables),
            ] {
                for (key, value) in object(texts_in, field)?.into_members() {
                    let path = format!("{field}.{key}");
                    let members = object(Some(value), &path)?;
                    let Some(year) = year_key(catalogue, &key) else {
                        continue;
                    };
                    // Each period (or table) with the figures it is for.
                    for (text, ids) in members.into_members() {
                        let ids = texts_of(Some(ids), &format!("{path}.{text}"))?;
                        let text: String = text.trim().chars().take(MAX_PERIOD_CHARS).collect();
                        for id in ids {
                            if keeps_figure(catalogue, year, &id) && !text.is_empty() {
                                slot(years.get_or_default(key.clone())).insert(id, text.clone());
                            }
                        }
                    }
                }
            }
        }
        let shown = years.remove(&year.to_string()).unwrap_or_default();
        document.figures = Map::from_members(texts.into_iter().chain(shown.figures.into_members()));
        document.periods = shown.periods;
        document.tables = shown.tables;
        document.other_years = years;
        let mut references = Vec::new();
        for (id, value) in object(references_in, "references")?.into_members() {
            let path = format!("references.{id}");
            let Value::Object(fields) = value else {
                return Err(wrong(&path, Expected::Object));
            };
            let fields = Map::from_members(fields);
            let mut reference = ReferenceEntry::default();
            for (name, value) in fields.into_members() {
                let slot = match name.as_str() {
                    "comparison" => &mut reference.comparison,
                    "target" => &mut reference.target,
                    _ => continue,
                };
                *slot = Some(entry(value, || format!("{path}.{name}"))?);
            }
            if catalogue.indicator(&id).is_some() {
                references.push((id, reference));
            }
        }
        document.references = Map::from_members(references);
        // Lines of aim by theme, and local indicators by year and theme (`2024/vaerdighed`),
        // both lists of texts, for themes (and years) the catalogue has.
        for (field, members) in [("plan", plan_in), ("local", local_in)] {
            let mut lists = Vec::new();
            for (key, value) in object(members, field)?.into_members() {
                let texts = texts_of(Some(value), &format!("{field}.{key}"))?;
                let theme = match (field, key.split_once('/')) {
                    ("plan", _) => Some(key.as_str()),
                    (_, Some((year, theme))) => year_key(catalogue, year).map(|_| theme),
                    (_, None) => None,
                };
                if theme.is_some_and(|theme| catalogue.theme(theme).is_some()) {
                    lists.push((key, texts));
                }
            }
            match field {
                "plan" => document.plan = Map::from_members(lists),
                _ => document.local = Map::from_members(lists),
            }
        }
        document.extra_focus = texts_of(extra_focus, "extra_focus")?;
        document.return_ratio = match return_ratio {
            None => None,
            Some(Value::Number(ratio)) => Some(ratio),
            Some(_) => return Err(wrong("return_ratio", Expected::Number)),
        };
        Ok(document)
    }
}

/// The longest period or table name kept, in characters (a period as published is short:
/// "april 2019", "2020QMAT02").
pub const MAX_PERIOD_CHARS: usize = 40;

/// The year a `figures`, `periods` or `tables` member is for, if the document may hold it
/// (other keys are ignored, as unknown ids are).
fn year_key(catalogue: &Catalogue, key: &str) -> Option<u16> {
    let year: u16 = key.parse().ok().filter(|_| key.len() == 4)?;
    figure_years(catalogue).contains(&year).then_some(year)
}

/// Whether a year's figure `id` is kept: a known figure that is not text, in a year the
/// document may hold.
fn keeps_figure(catalogue: &Catalogue, year: u16, id: &str) -> bool {
    catalogue.figure(id).is_some()
        && !is_text(catalogue, id)
        && figure_years(catalogue).contains(&year)
}

/// A figure as written: a valid number as a number, other text as typed; `None` when empty or
/// unknown.
fn written_figure(catalogue: &Catalogue, id: &str, entry: &Entry) -> Option<Entry> {
    let def = catalogue.figure(id)?;
    match read_one(def, entry)? {
        Reading::Number(n) => Some(Entry::Number(n)),
        Reading::Text(t) => Some(Entry::Text(t)),
        Reading::Invalid(_) => Some(entry.clone()),
    }
}

fn wrong(field: &str, expected: Expected) -> DecodeError {
    DecodeError::WrongType {
        field: field.to_string(),
        expected,
    }
}

/// The members of the object in `field`; none if it is absent.
fn object(value: Option<Value>, field: &str) -> Result<Map<Value>, DecodeError> {
    match value {
        None => Ok(Map::new()),
        // Members in any order, sorted once; a repeated id keeps its last value, as in
        // JavaScript's `JSON.parse`.
        Some(Value::Object(members)) => Ok(Map::from_members(members)),
        Some(_) => Err(wrong(field, Expected::Object)),
    }
}

/// A figure's or reference's value; `path` names it in a refusal.
fn entry(value: Value, path: impl FnOnce() -> String) -> Result<Entry, DecodeError> {
    match value {
        Value::Number(n) => Ok(Entry::Number(n)),
        Value::Text(t) => Ok(Entry::Text(t)),
        _ => Err(wrong(&path(), Expected::NumberOrText)),
    }
}

/// A list of texts (an absent one is empty).
fn texts_of(value: Option<Value>, field: &str) -> Result<Vec<String>, DecodeError> {
    let items = match value {
        None => return Ok(Vec::new()),
        Some(Value::List(items)) => items,
        Some(_) => return Err(wrong(field, Expected::ListOfTexts)),
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::Text(text) => Ok(text),
            _ => Err(wrong(field, Expected::ListOfTexts)),
        })
        .collect()
}

fn write_entry(w: &mut Writer, entry: &Entry) {
    match entry {
        Entry::Number(n) => w.number(*n),
        Entry::Text(t) => w.text(t),
    }
}

fn write_texts(w: &mut Writer, texts: &[String]) {
    w.open_list();
    for text in texts {
        w.text(text);
    }
    w.close_list();
}
