//! The state document as JSON (read and written with the app's own JSON, `json.rs`): what each
//! field must be, which ids are kept, and the field a refusal names.

use super::{DecodeError, Document, FORMAT, MAX_BYTES, ReferenceEntry};
use crate::assessment::read_reference;
use crate::catalogue::Catalogue;
use crate::figures::{Entry, Reading, read_one};
use crate::json::{self, Value, Writer};
use crate::map::Map;
use crate::text::Lang;

/// The top-level fields a state document may have, in the order they are written.
const FIELDS: [&str; 8] = [
    "format",
    "year",
    "lang",
    "figures",
    "references",
    "plan",
    "extra_focus",
    "return_ratio",
];

impl Document {
    /// The document as compact JSON, for files, storage and links. Valid typed numbers are
    /// written as numbers; text that is not (yet) a valid number is kept as text, so nothing the
    /// user typed is lost.
    pub fn to_json(&self, catalogue: &Catalogue) -> String {
        let mut w = Writer::new();
        w.open_object();
        w.name("format");
        w.text(FORMAT);
        w.name("year");
        w.number(self.year.into());
        w.name("lang");
        w.text(self.lang.code());
        w.name("figures");
        w.open_object();
        for (id, entry) in &self.figures {
            let Some(def) = catalogue.figure(id) else {
                continue;
            };
            let written = match read_one(def, entry) {
                None => continue,
                Some(Reading::Number(n)) => Entry::Number(n),
                Some(Reading::Text(t)) => Entry::Text(t),
                Some(Reading::Invalid(_)) => entry.clone(),
            };
            w.name(id);
            write_entry(&mut w, &written);
        }
        w.close_object();
        w.name("references");
        w.open_object();
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
            if fields.iter().all(|(_, value)| value.is_none()) {
                continue;
            }
            w.name(id);
            w.open_object();
            for (name, value) in &fields {
                if let Some(value) = value {
                    w.name(name);
                    write_entry(&mut w, value);
                }
            }
            w.close_object();
        }
        w.close_object();
        w.name("plan");
        w.open_object();
        for (theme, lines) in &self.plan {
            w.name(theme);
            write_texts(&mut w, lines);
        }
        w.close_object();
        w.name("extra_focus");
        write_texts(&mut w, &self.extra_focus);
        if let Some(ratio) = self.return_ratio.filter(|r| r.is_finite()) {
            w.name("return_ratio");
            w.number(ratio);
        }
        w.close_object();
        w.finish()
    }

    /// Reads a state document. Never panics; refuses what it cannot read, saying why.
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
            figures_in,
            references_in,
            plan_in,
            extra_focus,
            return_ratio,
        ] = wire.map(|value| value.filter(|v| *v != Value::Null));
        match format {
            Some(Value::Text(format)) if format == FORMAT => {}
            Some(Value::Text(format)) => {
                return Err(DecodeError::WrongFormat(format.chars().take(40).collect()));
            }
            _ => return Err(DecodeError::NotAState),
        }
        let year = match year {
            None => catalogue.newest_year().year,
            Some(Value::Number(year)) if year.fract() == 0.0 && (0.0..=65535.0).contains(&year) => {
                let year = year as u16;
                catalogue
                    .year(year)
                    .ok_or(DecodeError::UnknownYear(year))?
                    .year
            }
            Some(_) => return Err(wrong("year", "a year")),
        };
        let lang = match lang {
            None => Lang::default(),
            Some(Value::Text(code)) => Lang::from_code(&code)
                .ok_or_else(|| DecodeError::UnknownLanguage(code.chars().take(20).collect()))?,
            Some(_) => return Err(wrong("lang", "text")),
        };
        let mut document = Document::new(year, lang);
        let mut figures = Vec::new();
        for (id, value) in object(figures_in, "figures")?.into_members() {
            let entry = entry(value, || format!("figures.{id}"))?;
            // The benchmark's expected count has its own figure now, beside its actual count.
            let id = match id.as_str() {
                "public_support_expected" => "benchmark_expected".to_string(),
                _ => id,
            };
            if catalogue.figure(&id).is_some() {
                figures.push((id, entry));
            }
        }
        document.figures = Map::from_members(figures);
        let mut references = Vec::new();
        for (id, value) in object(references_in, "references")?.into_members() {
            let path = format!("references.{id}");
            let Value::Object(fields) = value else {
                return Err(wrong(&path, "an object"));
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
        let mut plan = Vec::new();
        for (theme, value) in object(plan_in, "plan")?.into_members() {
            let lines = texts(Some(value), &format!("plan.{theme}"))?;
            if catalogue.theme(&theme).is_some() {
                plan.push((theme, lines));
            }
        }
        document.plan = Map::from_members(plan);
        document.extra_focus = texts(extra_focus, "extra_focus")?;
        document.return_ratio = match return_ratio {
            None => None,
            Some(Value::Number(ratio)) => Some(ratio),
            Some(_) => return Err(wrong("return_ratio", "a number")),
        };
        Ok(document)
    }
}

fn wrong(field: &str, expected: &'static str) -> DecodeError {
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
        Some(_) => Err(wrong(field, "an object")),
    }
}

/// A figure's or reference's value; `path` names it in a refusal.
fn entry(value: Value, path: impl FnOnce() -> String) -> Result<Entry, DecodeError> {
    match value {
        Value::Number(n) => Ok(Entry::Number(n)),
        Value::Text(t) => Ok(Entry::Text(t)),
        _ => Err(wrong(&path(), "a number or text")),
    }
}

/// A list of texts (an absent one is empty).
fn texts(value: Option<Value>, field: &str) -> Result<Vec<String>, DecodeError> {
    let items = match value {
        None => return Ok(Vec::new()),
        Some(Value::List(items)) => items,
        Some(_) => return Err(wrong(field, "a list of texts")),
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::Text(text) => Ok(text),
            _ => Err(wrong(field, "a list of texts")),
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
