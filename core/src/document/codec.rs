//! The state document as JSON, read and written with serde: what each field must be, which
//! ids are kept, and the field a refusal names. The JSON shape itself is in `wire.rs`.

use serde::de::IgnoredAny;
use serde_json::error::Category;

use super::wire::{Members, Raw, ReferenceOut, WireIn, WireOut};
use super::{DecodeError, Document, FORMAT, MAX_BYTES, ReferenceEntry};
use crate::assessment::read_reference;
use crate::catalogue::Catalogue;
use crate::figures::{Entry, Reading, read_one};
use crate::map::Map;
use crate::text::Lang;

impl Document {
    /// The document as compact JSON, for files, storage and links (an indented file would
    /// ship a second writer: 1.2 KB gzipped). Valid typed numbers are written as numbers; text
    /// that is not (yet) a valid number is kept as text, so nothing the user typed is lost.
    pub fn to_json(&self, catalogue: &Catalogue) -> String {
        let mut figures = Vec::new();
        for (id, entry) in &self.figures {
            let Some(def) = catalogue.figure(id) else {
                continue;
            };
            let value = match read_one(def, entry) {
                None => continue,
                Some(Reading::Number(n)) => Entry::Number(n),
                Some(Reading::Text(t)) => Entry::Text(t),
                Some(Reading::Invalid(_)) => entry.clone(),
            };
            figures.push((id.as_str(), value));
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
            let reference = ReferenceOut {
                comparison: written(&entry.comparison),
                target: written(&entry.target),
            };
            if reference.comparison.is_some() || reference.target.is_some() {
                references.push((id.as_str(), reference));
            }
        }
        let plan: Vec<(&str, &[String])> = self
            .plan
            .iter()
            .map(|(theme, lines)| (theme.as_str(), lines.as_slice()))
            .collect();
        let document = WireOut {
            format: FORMAT,
            year: self.year,
            lang: self.lang.code(),
            figures: Members(&figures),
            references: Members(&references),
            plan: Members(&plan),
            extra_focus: &self.extra_focus,
            return_ratio: self
                .return_ratio
                .filter(|r| r.is_finite())
                .map(Entry::Number),
        };
        // Plain structs of strings and finite numbers always serialize.
        serde_json::to_string(&document).unwrap_or_default()
    }

    /// Reads a state document. Never panics; refuses what it cannot read, saying why.
    pub fn from_json(text: &str, catalogue: &Catalogue) -> Result<Document, DecodeError> {
        if text.len() > MAX_BYTES {
            return Err(DecodeError::TooLarge);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') {
            return Err(match serde_json::from_str::<IgnoredAny>(text) {
                Ok(_) => DecodeError::NotAState,
                Err(_) => DecodeError::NotJson,
            });
        }
        let wire: WireIn = serde_json::from_str(text).map_err(|e| match e.classify() {
            // A field given twice.
            Category::Data => DecodeError::NotAState,
            _ => DecodeError::NotJson,
        })?;
        match wire.format {
            Some(Raw::Text(format)) if format == FORMAT => {}
            Some(Raw::Text(format)) => {
                return Err(DecodeError::WrongFormat(format.chars().take(40).collect()));
            }
            _ => return Err(DecodeError::NotAState),
        }
        let year = match wire.year {
            None => catalogue.newest_year().year,
            Some(Raw::Number(year)) if year.fract() == 0.0 && (0.0..=65535.0).contains(&year) => {
                let year = year as u16;
                catalogue
                    .year(year)
                    .ok_or(DecodeError::UnknownYear(year))?
                    .year
            }
            Some(_) => return Err(wrong("year", "a year")),
        };
        let lang = match wire.lang {
            None => Lang::default(),
            Some(Raw::Text(code)) => Lang::from_code(&code)
                .ok_or_else(|| DecodeError::UnknownLanguage(code.chars().take(20).collect()))?,
            Some(_) => return Err(wrong("lang", "text")),
        };
        let mut document = Document::new(year, lang);
        let mut figures = Vec::new();
        for (id, value) in object(wire.figures, "figures")?.into_members() {
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
        for (id, value) in object(wire.references, "references")?.into_members() {
            let path = format!("references.{id}");
            let Raw::Object(fields) = value else {
                return Err(wrong(&path, "an object"));
            };
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
        for (theme, value) in object(wire.plan, "plan")?.into_members() {
            let lines = texts(Some(value), &format!("plan.{theme}"))?;
            if catalogue.theme(&theme).is_some() {
                plan.push((theme, lines));
            }
        }
        document.plan = Map::from_members(plan);
        document.extra_focus = texts(wire.extra_focus, "extra_focus")?;
        document.return_ratio = match wire.return_ratio {
            None => None,
            Some(Raw::Number(ratio)) => Some(ratio),
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
fn object(value: Option<Raw>, field: &str) -> Result<Map<Raw>, DecodeError> {
    match value {
        None => Ok(Map::new()),
        Some(Raw::Object(members)) => Ok(members),
        Some(_) => Err(wrong(field, "an object")),
    }
}

/// A figure's or reference's value; `path` names it in a refusal.
fn entry(value: Raw, path: impl FnOnce() -> String) -> Result<Entry, DecodeError> {
    match value {
        Raw::Number(n) => Ok(Entry::Number(n)),
        Raw::Text(t) => Ok(Entry::Text(t)),
        _ => Err(wrong(&path(), "a number or text")),
    }
}

/// A list of texts (an absent one is empty).
fn texts(value: Option<Raw>, field: &str) -> Result<Vec<String>, DecodeError> {
    let items = match value {
        None => return Ok(Vec::new()),
        Some(Raw::List(items)) => items,
        Some(_) => return Err(wrong(field, "a list of texts")),
    };
    items
        .into_iter()
        .map(|item| match item {
            Raw::Text(text) => Ok(text),
            _ => Err(wrong(field, "a list of texts")),
        })
        .collect()
}
