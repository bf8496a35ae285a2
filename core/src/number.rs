//! Reading numbers the way Danes and the English write them, and writing them back.
//!
//! Reading never asks which language the user writes in: `16.884`, `16884` and `16 884` are all
//! sixteen thousand, `14,1` and `14.1` are fourteen point one. Where a separator could mean
//! either, the figure's kind decides (see [`parse`]); what is still ambiguous is refused with a
//! message, never guessed. Range rules (negative, above 100 %) belong to `figures`, not here.

use crate::text::Lang;

/// How a typed number is to be read: the only difference is what a lone separator followed by
/// exactly three digits means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// A count of persons or cases (may be fractional).
    Count,
    /// A percentage, 0–100.
    Percent,
    /// An amount in kroner.
    Kroner,
}

/// Why a typed text is not a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Letters or signs that are no part of a number.
    NotANumber,
    /// Separators that do not group digits in threes (e.g. `1.23.4`, `12 34`).
    Grouping,
    /// More than one decimal separator (e.g. `1,2,3.4`).
    TwoDecimalSeparators,
    /// A unit that does not belong to this kind of figure (e.g. `%` on a count).
    WrongUnit,
}

impl NumberError {
    /// A message that says what is wrong and what is accepted.
    pub fn message(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (NumberError::NotANumber, Lang::Da) => {
                "Det er ikke et tal. Skriv fx 16.884, 16884 eller 14,1."
            }
            (NumberError::NotANumber, Lang::En) => {
                "That is not a number. Write e.g. 16,884, 16884 or 14.1."
            }
            (NumberError::Grouping, Lang::Da) => {
                "Tusindtalsskilletegnene står forkert. Sæt et for hvert tredje ciffer, fx 1.622.000 eller 1 622 000."
            }
            (NumberError::Grouping, Lang::En) => {
                "Thousands separators must group digits in threes, e.g. 1,622,000 or 1 622 000."
            }
            (NumberError::TwoDecimalSeparators, Lang::Da) => {
                "Tallet har mere end ét decimaltegn. Skriv fx 1.234,5 eller 1234,5."
            }
            (NumberError::TwoDecimalSeparators, Lang::En) => {
                "The number has more than one decimal point. Write e.g. 1,234.5 or 1234.5."
            }
            (NumberError::WrongUnit, Lang::Da) => {
                "Enheden passer ikke til feltet: % hører til procenter, kr. til beløb."
            }
            (NumberError::WrongUnit, Lang::En) => {
                "The unit does not fit this field: % belongs to percentages, kr. to amounts."
            }
        }
    }
}

/// Reads a typed number. Empty input (after trimming) is `Ok(None)`: the figure is not given.
///
/// Rules, in order:
/// - a trailing `%` is allowed on percentages, a trailing `kr.`, `kr` or `DKK` on kroner;
/// - a leading `-` (or `−`) makes the number negative;
/// - spaces between digits group thousands (`16 884`); then a `.` or `,` is the decimal mark;
/// - with both `.` and `,`, the last one is the decimal mark and the other groups thousands;
/// - one kind of mark used twice or more groups thousands (`1.622.000`, `1,622,000`);
/// - one mark used once and followed by exactly three digits groups thousands in counts and
///   kroner (`2.395`), and is the decimal mark in percentages (`12.345`);
/// - any other single mark is the decimal mark (`14,1`, `14.1`).
///
/// Thousands groups must be three digits, after a first group of one to three.
pub fn parse(text: &str, kind: NumberKind) -> Result<Option<f64>, NumberError> {
    let text = strip_unit(text.trim(), kind)?.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let (digits, decimals) = self::digits(digits, kind)?;
    let value = from_decimal(&digits, -(decimals as i64));
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    Ok(Some(if negative { -value } else { value }))
}

fn strip_unit(text: &str, kind: NumberKind) -> Result<&str, NumberError> {
    let lower = text.to_ascii_lowercase();
    for (unit, unit_kind) in [
        ("%", NumberKind::Percent),
        ("kr.", NumberKind::Kroner),
        ("kr", NumberKind::Kroner),
        ("dkk", NumberKind::Kroner),
    ] {
        if lower.ends_with(unit) && text.is_char_boundary(text.len() - unit.len()) {
            if kind != unit_kind {
                return Err(NumberError::WrongUnit);
            }
            return Ok(&text[..text.len() - unit.len()]);
        }
    }
    Ok(text)
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Tells whether a character groups thousands.
type Separator = fn(char) -> bool;

/// The digits of a typed number (separators dropped) and how many of them are decimals.
fn digits(text: &str, kind: NumberKind) -> Result<(Vec<u8>, usize), NumberError> {
    use NumberError::*;
    let allowed = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c);
    if !text.chars().all(allowed) || !text.bytes().any(|b| b.is_ascii_digit()) {
        return Err(NotANumber);
    }
    let count = |mark: char| text.matches(mark).count();
    let (dots, commas) = (count('.'), count(','));
    // Which mark is the decimal one, and what groups thousands (`None`: nothing does).
    let (decimal, grouping): (Option<char>, Option<Separator>) = if text.contains(is_space) {
        // Spaces group thousands; a single `.` or `,` after them is the decimal mark.
        if dots + commas > 1 {
            return Err(TwoDecimalSeparators);
        }
        let mark = text.chars().find(|&c| c == '.' || c == ',');
        (mark, Some(is_space))
    } else if dots > 0 && commas > 0 {
        // Both marks: the last one is the decimal mark, the other groups thousands.
        let dot_last = text.rfind('.') > text.rfind(',');
        let (decimal, grouping): (char, Separator) = match dot_last {
            true => ('.', |c| c == ','),
            false => (',', |c| c == '.'),
        };
        if count(decimal) > 1 {
            return Err(TwoDecimalSeparators);
        }
        (Some(decimal), Some(grouping))
    } else if dots + commas == 0 {
        (None, None)
    } else {
        let (mark, group): (char, Separator) = match dots > 0 {
            true => ('.', |c| c == '.'),
            false => (',', |c| c == ','),
        };
        let after = text.rsplit(mark).next().unwrap_or_default();
        // One mark before exactly three digits groups thousands in counts and kroner.
        let thousands = dots + commas > 1
            || (after.len() == 3 && !text.starts_with(mark) && kind != NumberKind::Percent);
        match thousands {
            true => (None, Some(group)),
            false => (Some(mark), None),
        }
    };
    let (int, frac) = match decimal.and_then(|mark| text.split_once(mark)) {
        Some((int, frac)) => (int, frac),
        None => (text, ""),
    };
    // Thousands groups: one to three digits, then exactly three each.
    if let Some(separator) = grouping {
        let mut groups = int.split(separator);
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        let mut rest = groups.peekable();
        if rest.peek().is_some() && !(first_ok && rest.all(|g| g.len() == 3)) {
            return Err(Grouping);
        }
    }
    let int: String = int
        .chars()
        .filter(|&c| !grouping.is_some_and(|g| g(c)))
        .collect();
    let int = int.as_bytes();
    let digits_only = |d: &[u8]| d.iter().all(u8::is_ascii_digit);
    if !digits_only(int) || !digits_only(frac.as_bytes()) || (int.is_empty() && frac.is_empty()) {
        return Err(NotANumber);
    }
    Ok(([int, frac.as_bytes()].concat(), frac.len()))
}

/// Writes `value` with `decimals` decimals and thousands separators, the Danish way
/// (`1.622.000`, `14,2`) or the English way (`1,622,000`, `14.2`), a negative one with a minus
/// sign (`−3,4`, U+2212, which [`parse`] reads too; files keep `-`, see [`plain`]). `-0` is
/// written `0`.
pub fn format(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (group, decimal) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let fixed = fixed(value.abs(), decimals);
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    let is_zero = fixed.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        out.insert(0, '−');
    }
    out
}

/// An amount in whole kroner: `1.622.000 kr.` / `1,622,000 DKK`.
pub fn format_kr(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{} kr.", format(value, 0, lang)),
        Lang::En => format!("{} DKK", format(value, 0, lang)),
    }
}

/// A number as it is put back into an input: up to six decimals, and never exactly three
/// decimals without a thousands group, which [`parse`] would read as thousands in a count.
pub fn format_for_input(value: f64, lang: Lang) -> String {
    let text = format_trimmed(value, 6, lang);
    let decimal = if lang == Lang::Da { ',' } else { '.' };
    match text.split_once(decimal) {
        Some((_, frac)) if frac.len() == 3 => format!("{text}0"),
        _ => text,
    }
}

/// Writes `value` with at most `max_decimals`, dropping trailing zeros (`2,4`, `16.884`).
pub fn format_trimmed(value: f64, max_decimals: usize, lang: Lang) -> String {
    let text = format(value, max_decimals, lang);
    let decimal = if lang == Lang::Da { ',' } else { '.' };
    if max_decimals == 0 {
        return text;
    }
    text.trim_end_matches('0')
        .trim_end_matches(decimal)
        .to_string()
}

/// 10^exp as a double: exact up to 10^22, the nearest double above that.
fn pow10(exp: u32) -> f64 {
    let mut power = 1.0;
    for _ in 0..exp.min(400) {
        power *= 10.0;
    }
    power
}

/// The value of the decimal number `digits` × 10^`exponent` (`digits` are ASCII digits).
///
/// Up to 15 significant digits and an exponent within ±22 (every figure a person types) the
/// result is the correctly rounded double; beyond that it may be one unit in the last place off.
/// Written here so the app does not ship the standard library's tables for every case.
pub(crate) fn from_decimal(digits: &[u8], exponent: i64) -> f64 {
    let digits = match digits.iter().position(|&d| d != b'0') {
        Some(first) => &digits[first..],
        None => return 0.0,
    };
    // 19 digits always fit in a u64; the digits after them only round the last one.
    let kept = digits.len().min(19);
    let mut mantissa = digits[..kept]
        .iter()
        .fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
    if digits.get(kept).is_some_and(|&d| d >= b'5') {
        mantissa += 1;
    }
    let exponent = exponent.saturating_add((digits.len() - kept) as i64);
    let mantissa = mantissa as f64;
    if exponent >= 0 {
        mantissa * pow10(exponent.min(400) as u32)
    } else if exponent >= -308 {
        mantissa / pow10(exponent.unsigned_abs() as u32)
    } else {
        // Two steps, so a tiny but representable number does not become 0 too early.
        mantissa / pow10(308) / pow10((exponent.unsigned_abs() - 308) as u32)
    }
}

/// `value` (finite, not negative) with exactly `decimals` decimals after a `.`, rounded half
/// away from zero.
fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(17);
    let scale = pow10(decimals as u32);
    let mut int = value.trunc();
    // Both parts are exact; only the scaled fraction is rounded.
    let mut frac = ((value - int) * scale).round();
    if frac >= scale {
        frac -= scale;
        int += 1.0;
    }
    let mut out = integer_digits(int);
    if decimals > 0 {
        let frac = (frac as u64).to_string();
        out.push('.');
        out.extend(std::iter::repeat_n('0', decimals - frac.len()));
        out.push_str(&frac);
    }
    out
}

/// The digits of a whole, non-negative double, exactly.
fn integer_digits(value: f64) -> String {
    if value < 1e19 {
        return (value as u64).to_string();
    }
    // Every double this large is a whole number, mantissa × 2^shift: double it digit by digit.
    let bits = value.to_bits();
    let shift = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut digits: Vec<u8> = mantissa
        .to_string()
        .bytes()
        .rev()
        .map(|b| b - b'0')
        .collect();
    for _ in 0..shift {
        let mut carry = 0;
        for digit in &mut digits {
            let doubled = *digit * 2 + carry;
            *digit = doubled % 10;
            carry = doubled / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

/// `value` with `decimals` decimals after a `.` and no grouping, e.g. for SVG coordinates.
pub fn plain(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let digits = fixed(value.abs(), decimals);
    match value < 0.0 && digits.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        true => format!("-{digits}"),
        false => digits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumberKind::*;

    fn read(text: &str, kind: NumberKind) -> f64 {
        parse(text, kind)
            .unwrap_or_else(|e| panic!("{text}: {e:?}"))
            .unwrap()
    }

    #[test]
    fn danish_thousands_point_is_read_in_counts() {
        assert_eq!(read("16.884", Count), 16884.0);
        assert_eq!(read("2.395", Count), 2395.0);
        assert_eq!(read("1.622.000", Kroner), 1_622_000.0);
    }

    #[test]
    fn plain_and_space_grouped_thousands_are_read() {
        assert_eq!(read("16884", Count), 16884.0);
        assert_eq!(read("16 884", Count), 16884.0);
        assert_eq!(read("16\u{a0}884", Count), 16884.0);
        assert_eq!(read("1 622 000 kr.", Kroner), 1_622_000.0);
    }

    #[test]
    fn decimal_comma_and_point_are_both_read() {
        assert_eq!(read("14,1", Percent), 14.1);
        assert_eq!(read("14.1", Percent), 14.1);
        assert_eq!(read("2,4 %", Percent), 2.4);
        assert_eq!(read("2.4%", Percent), 2.4);
        assert_eq!(read("0,5", Count), 0.5);
    }

    #[test]
    fn both_marks_mean_the_last_is_decimal() {
        assert_eq!(read("1.234,5", Count), 1234.5);
        assert_eq!(read("1,234.5", Count), 1234.5);
        assert_eq!(read("1.234.567,89", Kroner), 1_234_567.89);
        assert_eq!(read("1 234,5", Count), 1234.5);
    }

    #[test]
    fn a_point_before_three_digits_is_decimal_in_percentages() {
        assert_eq!(read("12.345", Percent), 12.345);
        assert_eq!(read("12.345", Count), 12345.0);
        assert_eq!(read("12,345", Percent), 12.345);
        assert_eq!(read("12,345", Count), 12345.0);
    }

    #[test]
    fn english_thousands_commas_are_read() {
        assert_eq!(read("1,622,000", Kroner), 1_622_000.0);
        assert_eq!(read("16,884", Count), 16884.0);
    }

    #[test]
    fn units_are_allowed_only_where_they_belong() {
        assert_eq!(read("1.622.000 kr.", Kroner), 1_622_000.0);
        assert_eq!(read("500 DKK", Kroner), 500.0);
        assert_eq!(parse("14 %", Count), Err(NumberError::WrongUnit));
        assert_eq!(parse("14 kr.", Percent), Err(NumberError::WrongUnit));
    }

    #[test]
    fn negative_numbers_are_read_so_a_range_rule_can_refuse_them() {
        assert_eq!(read("-5", Count), -5.0);
        assert_eq!(read("− 3,4", Percent), -3.4);
    }

    #[test]
    fn empty_input_is_no_figure() {
        assert_eq!(parse("", Count), Ok(None));
        assert_eq!(parse("   ", Count), Ok(None));
    }

    #[test]
    fn what_cannot_be_read_is_refused_not_guessed() {
        assert_eq!(parse("abc", Count), Err(NumberError::NotANumber));
        assert_eq!(parse("12abc", Count), Err(NumberError::NotANumber));
        assert_eq!(parse(".", Count), Err(NumberError::NotANumber));
        assert_eq!(parse("1e5", Count), Err(NumberError::NotANumber));
        assert_eq!(parse("NaN", Count), Err(NumberError::NotANumber));
        assert_eq!(parse("1.23.4", Count), Err(NumberError::Grouping));
        assert_eq!(parse("12 34", Count), Err(NumberError::Grouping));
        assert_eq!(parse("1,2,3.4", Count), Err(NumberError::Grouping));
        assert_eq!(
            parse("1.2,3,4", Count),
            Err(NumberError::TwoDecimalSeparators)
        );
        assert_eq!(
            parse("1 234,5,6", Count),
            Err(NumberError::TwoDecimalSeparators)
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        for error in [
            NumberError::NotANumber,
            NumberError::Grouping,
            NumberError::TwoDecimalSeparators,
            NumberError::WrongUnit,
        ] {
            assert!(!error.message(Lang::Da).is_empty());
            assert_ne!(error.message(Lang::Da), error.message(Lang::En));
            assert!(!error.message(Lang::En).contains(['»', '«']));
        }
        assert!(
            NumberError::Grouping
                .message(Lang::Da)
                .contains("hvert tredje ciffer")
        );
    }

    #[test]
    fn numbers_are_written_the_danish_and_the_english_way() {
        assert_eq!(format(1_622_000.0, 0, Lang::Da), "1.622.000");
        assert_eq!(format(1_622_000.0, 0, Lang::En), "1,622,000");
        assert_eq!(format(14.185, 1, Lang::Da), "14,2");
        assert_eq!(format(14.185, 1, Lang::En), "14.2");
        assert_eq!(format(-3.415, 1, Lang::Da), "−3,4");
        assert_eq!(parse("−3,4", NumberKind::Percent), Ok(Some(-3.4)));
        assert_eq!(plain(-3.415, 1), "-3.4", "files keep the hyphen");
        assert_eq!(format(-0.04, 1, Lang::Da), "0,0");
        assert_eq!(format(999.0, 0, Lang::Da), "999");
        assert_eq!(format_trimmed(2.4, 2, Lang::Da), "2,4");
        assert_eq!(format_trimmed(16884.0, 2, Lang::Da), "16.884");
        assert_eq!(format_trimmed(0.25, 2, Lang::En), "0.25");
        assert_eq!(format_for_input(0.125, Lang::Da), "0,1250");
        assert_eq!(format_for_input(2.4, Lang::Da), "2,4");
        assert_eq!(format_for_input(16884.0, Lang::En), "16,884");
    }
}
