//! Reads the catalogue data file (`data/catalogue.json`) into the catalogue's types. Each type's
//! fields are read here, by name; a field added to the data file is added to its type and here.
//!
//! Only the shape is checked here (a field is there and has the right type); whether ids refer
//! to each other is checked by [`Catalogue::check`](super::Catalogue).
//!
//! The catalogue's text lives for the whole program (`&'static str`), so reading leaks what it
//! reads. That is meant: this runs once, at build time (`build.rs` turns the result into Rust
//! statics) and in tests; the app itself never reads catalogue JSON.

use super::{Catalogue, CatalogueError, Context, Goal, Proposal, ReturnRatio, Source, Theme, Year};
use crate::figures::{FigureDef, FigureGroup, FigureKind};
use crate::indicators::{BuiltinReference, Direction, Formula, IndicatorDef, Unit};
use crate::text::Localized;
use serde_json::Value;

type Result<T> = std::result::Result<T, CatalogueError>;

/// A JSON object being read, with its path in the file for messages (`years[1].goals[6]`).
#[derive(Clone)]
struct Object<'a> {
    value: &'a Value,
    path: String,
}

impl<'a> Object<'a> {
    fn new(value: &'a Value, path: String) -> Result<Object<'a>> {
        match value {
            Value::Object(_) => Ok(Object { value, path }),
            _ => Err(shape(&path, "an object")),
        }
    }

    fn path(&self, name: &str) -> String {
        format!("{}.{name}", self.path)
    }

    /// A field that may be left out or be `null`.
    fn optional(&self, name: &str) -> Option<&'a Value> {
        self.value.get(name).filter(|v| **v != Value::Null)
    }

    fn required(&self, name: &str) -> Result<&'a Value> {
        self.optional(name)
            .ok_or_else(|| shape(&self.path(name), "given"))
    }

    fn string(&self, name: &str) -> Result<&'static str> {
        as_string(self.required(name)?, &self.path(name))
    }

    fn optional_string(&self, name: &str) -> Result<Option<&'static str>> {
        let path = self.path(name);
        self.optional(name).map(|v| as_string(v, &path)).transpose()
    }

    /// A yes/no field; left out, no.
    fn flag(&self, name: &str) -> Result<bool> {
        match self.optional(name) {
            None => Ok(false),
            Some(value) => value
                .as_bool()
                .ok_or_else(|| shape(&self.path(name), "true or false")),
        }
    }

    fn number(&self, name: &str) -> Result<f64> {
        self.required(name)?
            .as_f64()
            .ok_or_else(|| shape(&self.path(name), "a number"))
    }

    fn localized(&self, name: &str) -> Result<Localized> {
        read_localized(self.required(name)?, self.path(name))
    }

    fn object(&self, name: &str) -> Result<Object<'a>> {
        Object::new(self.required(name)?, self.path(name))
    }

    fn optional_object(&self, name: &str) -> Result<Option<Object<'a>>> {
        let path = self.path(name);
        self.optional(name)
            .map(|v| Object::new(v, path))
            .transpose()
    }

    /// A list of items, each read by `read` (given the item and its path). A list that is left
    /// out is empty.
    fn list<T>(
        &self,
        name: &str,
        read: fn(&'a Value, String) -> Result<T>,
    ) -> Result<&'static [T]> {
        let Some(value) = self.optional(name) else {
            return Ok(&[]);
        };
        let path = self.path(name);
        let items = value.as_array().ok_or_else(|| shape(&path, "a list"))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| read(item, format!("{path}[{i}]")))
            .collect::<Result<Vec<T>>>()
            .map(|items| Vec::leak(items) as &[T])
    }

    /// A field whose value is one of a fixed set of words.
    fn word<T: Copy>(&self, name: &str, words: &[(&str, T)]) -> Result<T> {
        let value = self.required(name)?;
        let found = value
            .as_str()
            .and_then(|w| words.iter().find(|(word, _)| *word == w));
        found
            .map(|(_, t)| *t)
            .ok_or_else(|| shape(&self.path(name), "one of the known words"))
    }
}

fn shape(path: &str, expected: &'static str) -> CatalogueError {
    CatalogueError::Shape {
        path: path.to_string(),
        expected,
    }
}

fn as_string(value: &Value, path: &str) -> Result<&'static str> {
    value
        .as_str()
        .map(|s| String::leak(s.to_string()) as &str)
        .ok_or_else(|| shape(path, "text"))
}

fn read_string(value: &Value, path: String) -> Result<&'static str> {
    as_string(value, &path)
}

fn read_localized(value: &Value, path: String) -> Result<Localized> {
    let object = Object::new(value, path)?;
    Ok(Localized {
        da: object.string("da")?,
        en: object.string("en")?,
    })
}

/// Reads the catalogue's shape; the caller checks its ids.
pub(super) fn catalogue(root: &Value) -> Result<Catalogue> {
    let root = Object::new(root, "catalogue".into())?;
    let ratio = root.object("investment_return_ratio")?;
    Ok(Catalogue {
        default_year: whole(root.number("default_year")?, "catalogue.default_year")?,
        sources: root.list("sources", source)?,
        themes: root.list("themes", theme)?,
        years: root.list("years", year)?,
        figure_groups: root.list("figure_groups", figure_group)?,
        figures: root.list("figures", figure)?,
        indicators: root.list("indicators", indicator)?,
        context: root.list("context", context)?,
        investment_return_ratio: ReturnRatio {
            value: ratio.number("value")?,
            source: ratio.string("source")?,
        },
    })
}

fn source(value: &Value, path: String) -> Result<Source> {
    let o = Object::new(value, path)?;
    Ok(Source {
        id: o.string("id")?,
        sender: o.string("sender")?,
        recipients: o.optional_string("recipients")?,
        date: o.optional_string("date")?,
        journal: o.optional_string("journal")?,
        title: o.string("title")?,
        title_en: o.optional_string("title_en")?,
        seed: o.optional_string("seed")?,
        address: o.optional_string("address")?,
        quotation: o.optional_string("quotation")?,
        note: match o.optional("note") {
            Some(note) => Some(read_localized(note, o.path("note"))?),
            None => None,
        },
    })
}

fn theme(value: &Value, path: String) -> Result<Theme> {
    let o = Object::new(value, path)?;
    Ok(Theme {
        id: o.string("id")?,
        name: o.localized("name")?,
        explanation: o.localized("explanation")?,
        explains_until: match o.optional("explains_until") {
            None => u16::MAX,
            Some(_) => whole(o.number("explains_until")?, &o.path("explains_until"))?,
        },
    })
}

fn year(value: &Value, path: String) -> Result<Year> {
    let o = Object::new(value, path)?;
    let number = o.number("year")?;
    Ok(Year {
        year: whole(number, &o.path("year"))?,
        source: o.string("source")?,
        cites: o.list("cites", read_string)?,
        notes: o.list("notes", read_localized)?,
        goals: o.list("goals", goal)?,
        proposal: match o.optional_object("proposal")? {
            None => None,
            Some(p) => Some(Proposal {
                source: p.string("source")?,
                notes: p.list("notes", read_localized)?,
                goals: p.list("goals", goal)?,
            }),
        },
    })
}

fn goal(value: &Value, path: String) -> Result<Goal> {
    let o = Object::new(value, path)?;
    Ok(Goal {
        number: whole(o.number("number")?, &o.path("number"))?,
        theme: o.string("theme")?,
        title: o.optional_string("title")?,
        gloss: o.optional_string("title_en")?,
        own_indicators: o.flag("own_indicators")?,
        source: o.optional_string("source")?,
        notes: o.list("notes", read_localized)?,
    })
}

/// A whole number that fits `T` (a year, a goal number).
fn whole<T: TryFrom<u32>>(number: f64, path: &str) -> Result<T> {
    let fits = number.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&number);
    fits.then(|| T::try_from(number as u32).ok())
        .flatten()
        .ok_or_else(|| shape(path, "a whole number"))
}

fn context(value: &Value, path: String) -> Result<Context> {
    let o = Object::new(value, path)?;
    Ok(Context {
        id: o.string("id")?,
        themes: o.list("themes", read_string)?,
        source: o.string("source")?,
        title: o.localized("title")?,
        points: o.list("points", read_localized)?,
    })
}

fn figure_group(value: &Value, path: String) -> Result<FigureGroup> {
    let o = Object::new(value, path)?;
    let year = |name: &str| -> Result<u16> {
        match o.optional(name) {
            None => Ok(if name == "first_year" { 0 } else { u16::MAX }),
            Some(value) => whole(
                value
                    .as_f64()
                    .ok_or_else(|| shape(&o.path(name), "a year"))?,
                &o.path(name),
            ),
        }
    };
    let years = (year("first_year")?, year("last_year")?);
    Ok(FigureGroup {
        id: o.string("id")?,
        name: o.localized("name")?,
        years: (years != (0, u16::MAX)).then_some(years),
    })
}

fn figure(value: &Value, path: String) -> Result<FigureDef> {
    let o = Object::new(value, path)?;
    Ok(FigureDef {
        id: o.string("id")?,
        kind: o.word(
            "kind",
            &[
                ("count", FigureKind::Count),
                ("percent", FigureKind::Percent),
                ("kr", FigureKind::Kr),
                ("text", FigureKind::Text),
            ],
        )?,
        group: o.string("group")?,
        label: o.localized("label")?,
        help: o.localized("help")?,
        source: o.optional_string("source")?,
        part_of: o.optional_string("part_of")?,
        method_break: o.optional_string("method_break")?,
        whole: o.flag("whole")?,
    })
}

fn indicator(value: &Value, path: String) -> Result<IndicatorDef> {
    let o = Object::new(value, path)?;
    let reference = match o.optional_object("reference")? {
        None => None,
        Some(r) => Some(BuiltinReference {
            value: r.number("value")?,
            label: r.localized("label")?,
            source: r.optional_string("source")?,
        }),
    };
    Ok(IndicatorDef {
        id: o.string("id")?,
        theme: o.string("theme")?,
        name: o.localized("name")?,
        formula: formula(&o.object("formula")?)?,
        unit: o.word(
            "unit",
            &[
                ("percent", Unit::Percent),
                ("percent_change", Unit::PercentChange),
                ("persons", Unit::Persons),
                ("kr", Unit::Kr),
                ("per_person_year", Unit::PerPersonYear),
            ],
        )?,
        direction: o.word(
            "direction",
            &[
                ("lower", Direction::Lower),
                ("higher", Direction::Higher),
                ("monitor", Direction::Monitor),
            ],
        )?,
        reference,
        published: o.optional_string("published")?,
    })
}

/// A formula is an object with one field, its kind: `{"ratio": ["part", "whole"]}` or
/// `{"value": "figure"}`.
fn formula(o: &Object) -> Result<Formula> {
    type Pair = fn(&'static str, &'static str) -> Formula;
    let pairs: [(&str, Pair); 4] = [
        ("ratio", Formula::Ratio),
        ("difference", Formula::Difference),
        ("share_of_sum", Formula::ShareOfSum),
        ("per", Formula::Per),
    ];
    for (name, make) in pairs {
        if o.optional(name).is_some() {
            return match o.list(name, read_string)? {
                [a, b] => Ok(make(a, b)),
                _ => Err(shape(&o.path(name), "a list of two figure ids")),
            };
        }
    }
    if o.optional("value").is_some() {
        return Ok(Formula::Value(o.string("value")?));
    }
    if o.optional("change").is_some() {
        return Ok(Formula::Change(o.string("change")?));
    }
    Err(shape(
        &o.path,
        "a formula (ratio, change, difference, share_of_sum, per or value)",
    ))
}
