//! The state document's JSON shape, read and written with serde.
//!
//! Reading: serde_json reads the document's fields (a derived struct; unknown fields are
//! skipped) into [`Raw`] values, and `codec.rs` checks each one, naming its field in a refusal
//! (`figures.population_16_66`). One pass, linear in the text: serde_json's recursion limit
//! refuses deep nesting, and objects are read into a list and sorted once. A visitor of our own
//! for the values costs less code than a type of our own per field with serde tracking the path.
//!
//! Writing: plain structs, derived, in the order the fields are read.

use serde::de::{self, Deserializer, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::figures::Entry;
use crate::map::Map;

/// The fields of a state document as read, each still to be checked.
/// A field left out is `None`, like one given as `null`.
#[derive(Default, Deserialize)]
#[serde(default)]
pub(super) struct WireIn {
    pub format: Option<Raw>,
    pub year: Option<Raw>,
    pub lang: Option<Raw>,
    pub figures: Option<Raw>,
    pub references: Option<Raw>,
    pub plan: Option<Raw>,
    pub extra_focus: Option<Raw>,
    pub return_ratio: Option<Raw>,
}

/// A JSON value as read (`null` is an absent field's `None`).
#[derive(Debug, PartialEq)]
pub(super) enum Raw {
    Number(f64),
    Text(String),
    List(Vec<Raw>),
    Object(Map<Raw>),
    /// `true`, `false`, or `null` inside a list or object.
    Other,
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Raw, E> {
        Ok(Raw::Other)
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Other)
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Text(v))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::List(items))
    }
    /// Members in any order, sorted once; a repeated id keeps its last value, as in
    /// JavaScript's `JSON.parse`.
    fn visit_map<A: de::MapAccess<'de>>(self, mut access: A) -> Result<Raw, A::Error> {
        let mut members = Vec::new();
        while let Some(member) = access.next_entry::<String, Raw>()? {
            members.push(member);
        }
        Ok(Raw::Object(Map::from_members(members)))
    }
}

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Entry::Number(n) => number(*n, serializer),
            Entry::Text(t) => serializer.serialize_str(t),
        }
    }
}

/// Whole numbers as integers (`16884`, not `16884.0`); others as the shortest decimal that
/// reads back as the same double.
fn number<S: Serializer>(n: f64, serializer: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if n.fract() == 0.0 && n.abs() <= EXACT {
        serializer.serialize_i64(n as i64)
    } else {
        serializer.serialize_f64(n)
    }
}

/// Ids to values, written as an object in id order.
pub(super) struct Members<'a, V>(pub &'a [(&'a str, V)]);

impl<V: Serialize> Serialize for Members<'_, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, value) in self.0 {
            map.serialize_entry(id, value)?;
        }
        map.end()
    }
}

/// One indicator's comparison and target as written.
#[derive(Serialize)]
pub(super) struct ReferenceOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Entry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Entry>,
}

/// The whole document as written.
#[derive(Serialize)]
pub(super) struct WireOut<'a> {
    pub format: &'static str,
    pub year: u16,
    pub lang: &'static str,
    pub figures: Members<'a, Entry>,
    pub references: Members<'a, ReferenceOut>,
    pub plan: Members<'a, &'a [String]>,
    pub extra_focus: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_ratio: Option<Entry>,
}
