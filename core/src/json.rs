//! A small JSON reader and writer (RFC 8259) for the two JSON texts Jobmål handles: its own
//! catalogue data and the state document.
//!
//! Written here rather than taken from serde_json because that crate, with the derived readers,
//! was a third of the app's WebAssembly for reading two small, fixed shapes. This module only
//! turns text into a [`Json`] tree and back; what the fields mean is decided by the callers.

use crate::number;

/// Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their members in order; a repeated name is answered by its last
/// occurrence, as in most JSON readers.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where a text stops being JSON: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

impl Json {
    /// Reads a whole text as one JSON value (surrounding whitespace allowed).
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0);
        reader.space();
        match value {
            Some(value) if reader.at == text.len() => Ok(value),
            _ => Err(reader.error(text)),
        }
    }

    /// The member `name` of an object; `None` for a missing member or a value that is not an object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        let Json::Object(members) = self else {
            return None;
        };
        members
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// An object's members, each name once (its last occurrence), in order of first appearance.
    pub fn members(&self) -> Option<Vec<(&str, &Json)>> {
        let Json::Object(members) = self else {
            return None;
        };
        let mut unique: Vec<(&str, &Json)> = Vec::with_capacity(members.len());
        for (name, value) in members {
            match unique.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = value,
                None => unique.push((name, value)),
            }
        }
        Some(unique)
    }

    /// The value as JSON text, indented by two spaces per level.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&number::to_json(*n)),
            Json::String(s) => write_string(out, s),
            Json::Array(items) => write_list(out, depth, '[', ']', items, |out, item| {
                item.write(out, depth + 1)
            }),
            Json::Object(members) => {
                write_list(out, depth, '{', '}', members, |out, (name, value)| {
                    write_string(out, name);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                })
            }
        }
    }
}

fn write_list<T>(
    out: &mut String,
    depth: usize,
    open: char,
    close: char,
    items: &[T],
    mut write_item: impl FnMut(&mut String, &T),
) {
    out.push(open);
    for (i, item) in items.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        indent(out, depth + 1);
        write_item(out, item);
    }
    if !items.is_empty() {
        out.push('\n');
        indent(out, depth);
    }
    out.push(close);
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(hex_digit(c as u32 >> 4));
                out.push(hex_digit(c as u32 & 15));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex_digit(n: u32) -> char {
    char::from_digit(n, 16).unwrap_or('0')
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, text: &str) -> JsonError {
        let before = &text.as_bytes()[..self.at.min(text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Characters, not bytes: count the bytes that start a UTF-8 sequence.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| (b & 0xc0) != 0x80)
            .count()
            + 1;
        JsonError {
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        found.then(|| {
            self.at += word.len();
            value
        })
    }

    /// One value; `None` where the text is not JSON (`self.at` then points at the fault).
    fn value(&mut self, depth: usize) -> Option<Json> {
        self.space();
        match self.peek()? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let items = self.list(b']', |r| r.value(depth + 1))?;
                Some(Json::Array(items))
            }
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let members = self.list(b'}', |r| {
                    r.space();
                    let name = r.string()?;
                    r.eat(b':').then_some(())?;
                    Some((name, r.value(depth + 1)?))
                })?;
                Some(Json::Object(members))
            }
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            _ => None,
        }
    }

    /// Comma-separated items up to `close` (the opening bracket is already read).
    fn list<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut items = Vec::new();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if self.eat(close) {
                return Some(items);
            }
            self.eat(b',').then_some(())?;
        }
    }

    fn digits(&mut self) -> &[u8] {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    fn number(&mut self) -> Option<f64> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int = self.digits().to_vec();
        if int.is_empty() || (int.len() > 1 && int[0] == b'0') {
            return None;
        }
        let mut digits = int;
        let mut exponent: i64 = 0;
        if self.peek() == Some(b'.') {
            self.at += 1;
            let frac = self.digits();
            if frac.is_empty() {
                return None;
            }
            exponent -= frac.len() as i64;
            digits.extend_from_slice(frac);
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            if sign != 0 {
                self.at += 1;
            }
            let exp = self.digits();
            if exp.is_empty() {
                return None;
            }
            let exp = exp
                .iter()
                .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(100_000));
            exponent += if sign < 0 { -exp } else { exp };
        }
        let value = number::from_decimal(&digits, exponent);
        // A number too large for a double is refused rather than read as infinity.
        value
            .is_finite()
            .then_some(if negative { -value } else { value })
    }

    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let byte = self.peek()?;
            self.at += 1;
            match byte {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let c = self.escape()?;
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..0x20 => {
                    self.at -= 1;
                    return None;
                }
                _ => out.push(byte),
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        let byte = self.peek()?;
        self.at += 1;
        Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xd800..0xdc00).contains(&first) {
                    // A high surrogate must be followed by an escaped low one.
                    if !self.bytes[self.at..].starts_with(b"\\u") {
                        return None;
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xdc00..0xe000).contains(&second) {
                        return None;
                    }
                    char::from_u32(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00))?
                } else {
                    char::from_u32(first)?
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.bytes.get(self.at..self.at + 4)?;
        let mut n = 0;
        for &b in hex {
            n = n * 16 + char::from(b).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Json {
        Json::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_kind_of_value_is_read() {
        let value = parse(
            r#" {"a": [1, -2.5, 3e2, 0.125E-1], "b": true, "c": null, "d": "x\"\\\/\n\u00e6\ud83d\ude00"} "#,
        );
        assert_eq!(
            value.get("a"),
            Some(&Json::Array(vec![
                Json::Number(1.0),
                Json::Number(-2.5),
                Json::Number(300.0),
                Json::Number(0.0125)
            ]))
        );
        assert_eq!(value.get("b"), Some(&Json::Bool(true)));
        assert_eq!(value.get("c"), Some(&Json::Null));
        assert_eq!(value.get("d").and_then(Json::as_str), Some("x\"\\/\næ😀"));
    }

    #[test]
    fn what_is_not_json_is_refused_with_its_place() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"a\nb\"",
            "nul",
            "[1] [2]",
            "1e400",
            "'a'",
            "{1: 2}",
        ] {
            assert!(Json::parse(text).is_err(), "{text:?} was read");
        }
        assert_eq!(
            Json::parse("{\n  \"a\": tru\n}"),
            Err(JsonError { line: 2, column: 8 })
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let deep = "[".repeat(100_000);
        assert!(Json::parse(&deep).is_err());
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(&fine).is_ok());
    }

    #[test]
    fn a_repeated_name_is_answered_by_its_last_value() {
        let value = parse(r#"{"a": 1, "b": 2, "a": 3}"#);
        assert_eq!(value.get("a"), Some(&Json::Number(3.0)));
        let members = value.members().unwrap();
        assert_eq!(
            members,
            vec![("a", &Json::Number(3.0)), ("b", &Json::Number(2.0))]
        );
    }

    #[test]
    fn written_text_reads_back_the_same() {
        let value = Json::Object(vec![
            ("format".into(), Json::String("jobmaal/1".into())),
            ("n".into(), Json::Number(16884.0)),
            ("p".into(), Json::Number(14.2)),
            ("s".into(), Json::String("»Lejre«\t\"\\\u{1}".into())),
            ("empty".into(), Json::Array(vec![])),
            (
                "list".into(),
                Json::Array(vec![Json::Null, Json::Bool(false)]),
            ),
        ]);
        let text = value.to_pretty();
        assert!(text.contains("\"n\": 16884,"), "{text}");
        assert!(text.contains("\"p\": 14.2,"), "{text}");
        assert!(text.contains("\\u0001"), "{text}");
        assert!(
            text.starts_with("{\n  \"format\": \"jobmaal/1\",\n"),
            "{text}"
        );
        assert_eq!(parse(&text), value);
    }
}
