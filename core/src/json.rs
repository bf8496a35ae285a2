//! JSON as the browser's app needs it: read into [`Value`]s (the state document, the downloaded
//! text lists) and written piece by piece (the state document).
//!
//! Our own rather than serde_json, because every page downloads it: serde with serde_json,
//! monomorphised for the state document, was 13.6 KB gzipped of the first module more than this
//! (ARCHITECTURE.md, "Size and speed"). It follows RFC 8259 strictly, as serde_json does:
//! anything else is refused, never guessed at. Tests read the same texts with serde_json and
//! compare (below, and `tests/properties.rs`). The catalogue, read at build time, still uses
//! serde_json.

/// A JSON value as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    /// Members in the order written, a repeated name included (the reader decides).
    Object(Vec<(String, Value)>),
}

use crate::number::from_decimal;

/// Lists and objects nested deeper than this are refused (serde_json's limit too): reading
/// recurses, and a crafted link must not exhaust the stack.
const MAX_DEPTH: usize = 128;

/// The JSON text `text` as one value; `None` unless it is valid JSON with nothing after it but
/// whitespace.
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Takes `byte` (after whitespace) if it comes next.
    fn take(&mut self, byte: u8) -> bool {
        self.space();
        let next = self.peek() == Some(byte);
        self.at += next as usize;
        next
    }

    fn word(&mut self, word: &str, value: Value) -> Option<Value> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'{' | b'[' if depth == MAX_DEPTH => None,
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.take(b'}') {
                    loop {
                        self.space();
                        if self.peek() != Some(b'"') {
                            return None;
                        }
                        let name = self.string()?;
                        if !self.take(b':') {
                            return None;
                        }
                        members.push((name, self.value(depth + 1)?));
                        if self.take(b'}') {
                            break;
                        }
                        if !self.take(b',') {
                            return None;
                        }
                    }
                }
                Some(Value::Object(members))
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.take(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.take(b']') {
                            break;
                        }
                        if !self.take(b',') {
                            return None;
                        }
                    }
                }
                Some(Value::List(items))
            }
            b'"' => self.string().map(Value::Text),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            _ => self.number(),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, as a double (read as the figures
    /// people type are, `number::from_decimal`); one too large for a double is refused (as
    /// serde_json does).
    fn number(&mut self) -> Option<Value> {
        let negative = self.peek() == Some(b'-');
        self.at += negative as usize;
        let start = self.at;
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        let mut digits = self.bytes[start..self.at].to_vec();
        let mut exponent: i64 = 0;
        if self.peek() == Some(b'.') {
            self.at += 1;
            let fraction = self.at;
            self.required_digits()?;
            digits.extend_from_slice(&self.bytes[fraction..self.at]);
            exponent -= (self.at - fraction) as i64;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                _ => 1,
            };
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            let written = self.at;
            self.required_digits()?;
            let value = self.bytes[written..self.at]
                .iter()
                .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(100_000));
            exponent += sign * value;
        }
        let n = from_decimal(&digits, exponent);
        n.is_finite()
            .then_some(Value::Number(if negative { -n } else { n }))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string, from its opening quote: escapes resolved, a lone surrogate or a raw control
    /// character refused.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a `str` and the run stops only at ASCII bytes: a whole UTF-8 slice.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return None,
                    });
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (its `\u` read), a surrogate pair taken whole.
    fn escaped_char(&mut self) -> Option<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
                    return None;
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return None;
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        char::from_u32(code)
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        hex.iter()
            .try_fold(0, |code, &b| Some(code * 16 + (b as char).to_digit(16)?))
    }
}

/// Writes JSON into a string, value by value: the writer of the state document.
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Whether the list or object being written needs a comma before its next value.
    comma: bool,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if std::mem::replace(&mut self.comma, true) {
            self.out.push(',');
        }
    }

    pub fn open_object(&mut self) {
        self.separate();
        self.out.push('{');
        self.comma = false;
    }

    pub fn close_object(&mut self) {
        self.out.push('}');
        self.comma = true;
    }

    pub fn open_list(&mut self) {
        self.separate();
        self.out.push('[');
        self.comma = false;
    }

    pub fn close_list(&mut self) {
        self.out.push(']');
        self.comma = true;
    }

    /// A member's name; its value is written next.
    pub fn name(&mut self, name: &str) {
        self.separate();
        quote(&mut self.out, name);
        self.out.push(':');
        self.comma = false;
    }

    /// A value already written as JSON (by another [`Writer`]).
    pub fn raw(&mut self, json: &str) {
        self.separate();
        self.out.push_str(json);
    }

    pub fn text(&mut self, text: &str) {
        self.separate();
        quote(&mut self.out, text);
    }

    /// A number: a whole one as an integer (`16884`, not `16884.0`), others as the shortest
    /// decimal that reads back as the same double; one JSON cannot hold (infinite or not a
    /// number) as `null`, as serde_json writes it.
    pub fn number(&mut self, n: f64) {
        self.separate();
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        let written = match n.fract() == 0.0 && n.abs() <= EXACT {
            _ if !n.is_finite() => "null".to_string(),
            true => format!("{}", n as i64),
            false => shortest(n),
        };
        self.out.push_str(&written);
    }
}

/// A finite `n` as the decimal with the fewest significant digits (at most 17) that this
/// module reads back as `n` (beyond 10^±22, where reading is a little off, as the nearest 17
/// digits); in exponent form when that is shorter (`1e-7`, `2.5e300`).
/// Written here rather than with `format!("{n}")`: the standard library's float formatting and
/// parsing would bring their tables into the first module (about 8 KB gzipped).
fn shortest(n: f64) -> String {
    let size = n.abs();
    // size × 10^shift is within [10^16, 10^17): its 17 significant digits.
    let mut shift: i64 = 0;
    let mut scaled = size;
    while scaled < 1e16 {
        scaled *= 10.0;
        shift += 1;
    }
    while scaled >= 1e17 {
        scaled /= 10.0;
        shift -= 1;
    }
    let digits17 = match shift {
        0..=22 => size * power_of_ten(shift),
        _ => scaled,
    }
    .round() as u64;
    let (mut digits, mut exponent) = (digits17, -shift);
    for dropped in (0..17).rev() {
        // The 17 digits rounded to 17 − dropped.
        let unit = 10u64.pow(dropped);
        let rounded = (digits17 + unit / 2) / unit;
        if from_decimal(rounded.to_string().as_bytes(), dropped as i64 - shift) == size {
            (digits, exponent) = (rounded, dropped as i64 - shift);
            break;
        }
    }
    // Trailing zeros of the digits go into the exponent.
    while digits % 10 == 0 && digits > 0 {
        digits /= 10;
        exponent += 1;
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let digits = digits.to_string();
    let point = digits.len() as i64 + exponent; // digits before the decimal point
    let plain = match exponent {
        0.. => format!("{digits}{}", "0".repeat(exponent as usize)),
        _ if point > 0 => format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        ),
        _ => format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
    };
    let (first, rest) = digits.split_at(1);
    let exponent_form = match rest {
        "" => format!("{first}e{}", point - 1),
        _ => format!("{first}.{rest}e{}", point - 1),
    };
    match exponent_form.len() < plain.len() {
        true => format!("{sign}{exponent_form}"),
        false => format!("{sign}{plain}"),
    }
}

fn power_of_ten(exp: i64) -> f64 {
    (0..exp).fold(1.0, |power, _| power * 10.0)
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest as is.
fn quote(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[c as usize >> 4] as char);
                out.push(HEX[c as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's reading of `text`, as a [`Value`].
    fn serde(text: &str) -> Option<Value> {
        fn convert(value: serde_json::Value) -> Value {
            match value {
                serde_json::Value::Null => Value::Null,
                serde_json::Value::Bool(b) => Value::Bool(b),
                serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap()),
                serde_json::Value::String(s) => Value::Text(s),
                serde_json::Value::Array(items) => {
                    Value::List(items.into_iter().map(convert).collect())
                }
                serde_json::Value::Object(_) => unreachable!("compared without objects"),
            }
        }
        serde_json::from_str(text).ok().map(convert)
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        let texts = [
            "0",
            "-0",
            "1",
            "-12.5e3",
            "16884",
            "0.1",
            "1E+2",
            "2.5e-3",
            "123456789012345678901234567890",
            "1e400",
            "01",
            "1.",
            ".5",
            "+1",
            "1e",
            "-",
            "NaN",
            "Infinity",
            "true",
            "false",
            "null",
            "nul",
            "truex",
            r#""""#,
            r#""a\"b\\c\/d\b\f\n\r\t""#,
            r#""\u00e6\u00F8\u00e5""#,
            r#""\ud83d\ude00""#,
            r#""\ud83d""#,
            r#""\ude00""#,
            r#""\ud83dx""#,
            r#""\x""#,
            "\"tab\there\"",
            "\"æøå ÆØÅ\"",
            r#""unterminated"#,
            "[]",
            "[ ]",
            "[1,2 , 3]",
            "[1,]",
            "[,1]",
            "[1 2]",
            " [\"a\", [true, null]] \n",
            "[1] x",
            "",
            "   ",
            "[[[[[[[[[[]]]]]]]]]]",
        ];
        for text in texts {
            assert_eq!(parse(text), serde(text), "{text:?}");
        }
    }

    #[test]
    fn reads_objects_with_their_members_in_order_and_refuses_broken_ones() {
        assert_eq!(
            parse(r#"{"b": 1, "a": {"c": "x"}, "b": null}"#),
            Some(Value::Object(vec![
                ("b".into(), Value::Number(1.0)),
                (
                    "a".into(),
                    Value::Object(vec![("c".into(), Value::Text("x".into()))])
                ),
                ("b".into(), Value::Null),
            ]))
        );
        assert_eq!(parse("{}"), Some(Value::Object(vec![])));
        for broken in [
            "{",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "{a:1}",
            "{\"a\" 1}",
            "{\"a\":1 \"b\":2}",
            "{1:1}",
        ] {
            assert_eq!(parse(broken), None, "{broken:?}");
            assert!(serde_json::from_str::<serde_json::Value>(broken).is_err());
        }
    }

    #[test]
    fn numbers_far_from_what_people_type_read_back_nearly_the_same() {
        // Beyond 10^±22 the reading may be a few units in the last place off (number.rs).
        for n in [2.5e300, -1.2e308, 1.234567890123e-200, 3e-310] {
            let mut w = Writer::new();
            w.number(n);
            let text = w.finish();
            let Some(Value::Number(read)) = parse(&text) else {
                panic!("{text}");
            };
            assert!(
                (read - n).abs() <= n.abs() * 1e-14,
                "{n} written as {text}, read {read}"
            );
            assert!(text.len() <= 24, "{text}");
        }
        // Within them, exactly (0.30000000000000004 needs all 17 digits).
        for n in [0.1 + 0.2, 1e-20, 123456.789e15] {
            let mut w = Writer::new();
            w.number(n);
            assert_eq!(parse(&w.finish()), Some(Value::Number(n)));
        }
    }

    #[test]
    fn refuses_nesting_deeper_than_serde_json_does() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse(&nested(MAX_DEPTH)).is_some());
        assert!(parse(&nested(MAX_DEPTH + 1)).is_none());
        assert!(serde_json::from_str::<serde_json::Value>(&nested(MAX_DEPTH + 1)).is_err());
        // Deep enough to overflow the stack if it were followed.
        assert!(parse(&nested(100_000)).is_none());
    }

    #[test]
    fn writes_what_serde_json_reads_back_the_same() {
        let mut w = Writer::new();
        w.open_object();
        w.name("text");
        w.text("\"quoted\" \\ æ\n\t\r\u{1}\u{1f}");
        w.name("numbers");
        w.open_list();
        for n in [
            16884.0,
            -3.25,
            0.1,
            1e-7,
            1e21,
            -0.0,
            9_007_199_254_740_993.0,
            1234.5678,
        ] {
            w.number(n);
        }
        w.close_list();
        w.name("empty");
        w.open_object();
        w.close_object();
        w.name("infinite");
        w.number(f64::INFINITY);
        w.close_object();
        let text = w.finish();
        assert!(
            text.starts_with(
                r#"{"text":"\"quoted\" \\ æ\n\t\r\u0001\u001f","numbers":[16884,-3.25,0.1,1e-7,"#
            ),
            "{text}"
        );
        let read: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(read["text"], "\"quoted\" \\ æ\n\t\r\u{1}\u{1f}");
        let numbers: Vec<f64> = read["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_f64().unwrap())
            .collect();
        assert_eq!(
            numbers,
            [
                16884.0,
                -3.25,
                0.1,
                1e-7,
                1e21,
                0.0,
                9_007_199_254_740_993.0,
                1234.5678
            ]
        );
        assert_eq!(read["empty"], serde_json::json!({}));
        assert_eq!(read["infinite"], serde_json::Value::Null);
        assert_eq!(
            parse(&text).map(|v| matches!(v, Value::Object(m) if m.len() == 4)),
            Some(true)
        );
    }
}
