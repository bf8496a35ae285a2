//! The figures a user enters: their definitions (from the catalogue data) and how typed values
//! are read and checked, alone (not a number, negative, above 100 %) and against each other
//! (a part larger than its whole).
//!
//! This module reads values; it does not compute indicators (see `indicators`).

use crate::map::Map;

use crate::number::{self, NumberError, NumberKind};
use crate::text::{Lang, Localized};

/// Longest municipality name (or other text figure) accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 80;

/// What kind of value a figure holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    /// Non-negative, may have decimals (full-time persons are fractional).
    Count,
    /// 0–100.
    Percent,
    /// Non-negative kroner.
    Kr,
    /// Free text, at most [`MAX_TEXT_CHARS`].
    Text,
}

impl FigureKind {
    fn number_kind(self) -> Option<NumberKind> {
        match self {
            FigureKind::Count => Some(NumberKind::Count),
            FigureKind::Percent => Some(NumberKind::Percent),
            FigureKind::Kr => Some(NumberKind::Kroner),
            FigureKind::Text => None,
        }
    }
}

/// A figure's definition, from the catalogue data.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureDef {
    /// The public name: in the state file, in CSV, in URLs and as the input's `name`.
    pub id: &'static str,
    pub kind: FigureKind,
    /// The figure group (a theme id, or `kommune`) the form shows it under.
    pub group: &'static str,
    pub label: Localized,
    /// What the figure is and where to find it (see [`Help`]).
    pub help: Help,
    /// Where the figure is typically taken from.
    pub source: Option<&'static str>,
    /// The figure this one is a part of, and so may not exceed.
    pub part_of: Option<&'static str>,
    /// The month (`YYYY-MM`) from which the figure is measured another way: values from before
    /// and from after it cannot be compared.
    pub method_break: Option<&'static str>,
    /// A count of people or cases: whole numbers only (full-time persons and averages may
    /// have decimals).
    pub whole: bool,
}

/// A figure's help text as the build holds it. Natively the text in both languages. In the
/// browser the figure's place in the help texts, which are downloaded when the form is first
/// shown (`load_help`): the default page has no form.
#[cfg(not(target_arch = "wasm32"))]
pub type Help = Localized;
#[cfg(target_arch = "wasm32")]
pub type Help = u16;

impl FigureDef {
    /// The help text in `lang`; in the browser `None` until the help texts are downloaded.
    pub fn help_text(&self, lang: Lang) -> Option<&'static str> {
        #[cfg(not(target_arch = "wasm32"))]
        return Some(self.help.get(lang));
        #[cfg(target_arch = "wasm32")]
        return crate::text::HELP.get().and_then(|texts| {
            let half = texts.len() / 2;
            let at = usize::from(self.help) + if lang == Lang::En { half } else { 0 };
            texts.get(at).copied()
        });
    }
}

/// A heading the figures form groups its inputs under.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureGroup {
    pub id: &'static str,
    pub name: Localized,
    /// The goal years whose form shows the group, first and last (the measures it holds were
    /// only made for some): every year when not given.
    pub years: Option<(u16, u16)>,
}

impl FigureGroup {
    /// Whether the form of goal `year` shows the group.
    pub fn for_year(&self, year: u16) -> bool {
        self.years
            .is_none_or(|(first, last)| (first..=last).contains(&year))
    }
}

/// A figure as the user left it: a number (from a file or link) or text (as typed).
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Number(f64),
    Text(String),
}

/// Why a figure's value is not accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum FigureError {
    Number(NumberError),
    Negative,
    PercentAbove100,
    /// Larger than any figure of a municipality ([`MAX_VALUE`]): a typing slip.
    TooLarge,
    TextTooLong,
    /// The value is larger than the figure it is a part of.
    PartAboveWhole {
        whole: String,
    },
    /// A number was given where text is expected (only from files and links).
    NotText,
    /// A count of people or cases with decimals.
    NotWhole,
}

impl FigureError {
    /// What is wrong and what is accepted, in `lang`. `whole_label` names the whole for
    /// [`FigureError::PartAboveWhole`].
    pub fn message(&self, lang: Lang, whole_label: &str) -> String {
        let da = lang == Lang::Da;
        match self {
            FigureError::Number(error) => error.message(lang).to_string(),
            FigureError::Negative if da => {
                "Tallet må ikke være negativt. Skriv 0 eller mere.".into()
            }
            FigureError::Negative => "The number must not be negative. Enter 0 or more.".into(),
            FigureError::PercentAbove100 if da => "En procent skal ligge mellem 0 og 100.".into(),
            FigureError::PercentAbove100 => "A percentage must be between 0 and 100.".into(),
            FigureError::TooLarge if da => {
                "Tallet er for stort. Højst 1.000.000.000.000 (tusind milliarder).".into()
            }
            FigureError::TooLarge => {
                "The number is too large. At most 1,000,000,000,000 (a million million).".into()
            }
            FigureError::TextTooLong if da => {
                format!("Højst {MAX_TEXT_CHARS} tegn.")
            }
            FigureError::TextTooLong => format!("At most {MAX_TEXT_CHARS} characters."),
            FigureError::PartAboveWhole { .. } if da => {
                format!("Kan ikke være større end »{whole_label}«.")
            }
            FigureError::PartAboveWhole { .. } => {
                format!("Cannot be larger than “{whole_label}”.")
            }
            FigureError::NotText if da => "Her skal stå tekst, ikke et tal.".into(),
            FigureError::NotText => "This should be text, not a number.".into(),
            FigureError::NotWhole if da => {
                "Et antal personer eller sager er et helt tal, fx 16.884.".into()
            }
            FigureError::NotWhole => {
                "A number of people or cases is a whole number, e.g. 16,884.".into()
            }
        }
    }
}

/// One figure's value after reading and checking.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    Number(f64),
    Text(String),
    Invalid(FigureError),
}

/// Every given figure, read and checked. Figures not given are absent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Readings(Map<Reading>);

impl Readings {
    /// Reads `entries` against `defs`; entries with unknown ids are ignored.
    pub fn read(defs: &[FigureDef], entries: &Map<Entry>) -> Readings {
        let mut readings = Map::new();
        for def in defs {
            if let Some(reading) = entries.get(def.id).and_then(|entry| read_one(def, entry)) {
                readings.insert(def.id.to_string(), reading);
            }
        }
        for def in defs {
            let Some(whole) = def.part_of else { continue };
            if let (Some(Reading::Number(part)), Some(Reading::Number(total))) =
                (readings.get(def.id), readings.get(whole))
                && part > total
            {
                let error = FigureError::PartAboveWhole {
                    whole: whole.to_string(),
                };
                readings.insert(def.id.to_string(), Reading::Invalid(error));
            }
        }
        Readings(readings)
    }

    pub fn get(&self, id: &str) -> Option<&Reading> {
        self.0.get(id)
    }

    /// The figure's number, if given and valid.
    pub fn number(&self, id: &str) -> Option<f64> {
        match self.0.get(id) {
            Some(Reading::Number(value)) => Some(*value),
            _ => None,
        }
    }

    /// The figure's error, if it is given and not accepted.
    pub fn error(&self, id: &str) -> Option<&FigureError> {
        match self.0.get(id) {
            Some(Reading::Invalid(error)) => Some(error),
            _ => None,
        }
    }
}

/// Reads one entry; `None` when it is empty (the figure is not given).
pub fn read_one(def: &FigureDef, entry: &Entry) -> Option<Reading> {
    let Some(kind) = def.kind.number_kind() else {
        return match entry {
            Entry::Text(text) if text.trim().is_empty() => None,
            Entry::Text(text) if text.chars().count() > MAX_TEXT_CHARS => {
                Some(Reading::Invalid(FigureError::TextTooLong))
            }
            Entry::Text(text) => Some(Reading::Text(text.trim().to_string())),
            Entry::Number(_) => Some(Reading::Invalid(FigureError::NotText)),
        };
    };
    let value = match entry {
        Entry::Number(value) => *value,
        Entry::Text(text) => match number::parse(text, kind) {
            Ok(Some(value)) => value,
            Ok(None) => return None,
            Err(error) => return Some(Reading::Invalid(FigureError::Number(error))),
        },
    };
    match check_range(def.kind, value) {
        Reading::Number(value) if def.whole && value.fract() != 0.0 => {
            Some(Reading::Invalid(FigureError::NotWhole))
        }
        reading => Some(reading),
    }
}

/// The largest figure accepted: more than any municipality's amount or count, so a larger one
/// is a slip (and would show as "– kr." or with false precision).
pub const MAX_VALUE: f64 = 1e12;

fn check_range(kind: FigureKind, value: f64) -> Reading {
    match check_value(value, kind == FigureKind::Percent, true) {
        Ok(value) => Reading::Number(value),
        Err(error) => Reading::Invalid(error),
    }
}

/// Checks a number: finite, at most [`MAX_VALUE`] in size, not negative when `non_negative`,
/// and at most 100 when `percent`.
pub fn check_value(value: f64, percent: bool, non_negative: bool) -> Result<f64, FigureError> {
    if !value.is_finite() {
        Err(FigureError::Number(NumberError::NotANumber))
    } else if value.abs() > MAX_VALUE {
        Err(FigureError::TooLarge)
    } else if non_negative && value < 0.0 {
        Err(FigureError::Negative)
    } else if percent && value > 100.0 {
        Err(FigureError::PercentAbove100)
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    fn readings(pairs: &[(&str, &str)]) -> Readings {
        let catalogue = Catalogue::builtin();
        let entries = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Entry::Text(v.to_string())));
        Readings::read(catalogue.figures, &entries.collect())
    }

    #[test]
    fn typed_figures_are_read_by_their_kind() {
        let r = readings(&[
            ("population_16_66", "16.884"),
            ("gross_unemployment_pct", "2,4"),
            ("municipality", " Lejre Kommune "),
        ]);
        assert_eq!(r.number("population_16_66"), Some(16884.0));
        assert_eq!(r.number("gross_unemployment_pct"), Some(2.4));
        assert_eq!(
            r.get("municipality"),
            Some(&Reading::Text("Lejre Kommune".into()))
        );
    }

    #[test]
    fn counts_of_people_are_whole_and_full_time_persons_may_have_decimals() {
        let r = readings(&[
            ("population_16_66", "16.884,5"),
            ("refugees_total", "900.5"),
            ("public_support_fte", "2.395,5"),
            ("caseworker_changes_avg", "1,4"),
        ]);
        assert_eq!(r.error("population_16_66"), Some(&FigureError::NotWhole));
        assert_eq!(r.error("refugees_total"), Some(&FigureError::NotWhole));
        assert_eq!(r.number("public_support_fte"), Some(2395.5));
        assert_eq!(r.number("caseworker_changes_avg"), Some(1.4));
        assert!(
            FigureError::NotWhole
                .message(Lang::Da, "")
                .contains("helt tal")
        );
    }

    #[test]
    fn empty_figures_are_not_given() {
        let r = readings(&[("population_total", "  ")]);
        assert_eq!(r.get("population_total"), None);
    }

    #[test]
    fn not_a_number_negative_and_percent_above_100_are_refused() {
        let r = readings(&[
            ("population_total", "abc"),
            ("refugees_total", "-5"),
            ("gross_unemployment_pct", "120"),
        ]);
        assert_eq!(
            r.error("population_total"),
            Some(&FigureError::Number(NumberError::NotANumber))
        );
        assert_eq!(r.error("refugees_total"), Some(&FigureError::Negative));
        assert_eq!(
            r.error("gross_unemployment_pct"),
            Some(&FigureError::PercentAbove100)
        );
    }

    #[test]
    fn a_part_larger_than_its_whole_is_refused_on_the_part() {
        let r = readings(&[("refugees_total", "100"), ("refugees_employed", "120")]);
        assert_eq!(r.number("refugees_total"), Some(100.0));
        assert_eq!(
            r.error("refugees_employed"),
            Some(&FigureError::PartAboveWhole {
                whole: "refugees_total".into()
            })
        );
        let equal = readings(&[("refugees_total", "100"), ("refugees_employed", "100")]);
        assert_eq!(equal.number("refugees_employed"), Some(100.0));
    }

    #[test]
    fn a_long_municipality_name_is_refused() {
        let r = readings(&[("municipality", &"x".repeat(81))]);
        assert_eq!(r.error("municipality"), Some(&FigureError::TextTooLong));
    }

    #[test]
    fn numbers_from_files_are_checked_like_typed_ones() {
        let catalogue = Catalogue::builtin();
        let mut entries = Map::new();
        entries.insert("gross_unemployment_pct".to_string(), Entry::Number(101.0));
        entries.insert("municipality".to_string(), Entry::Number(1.0));
        entries.insert("no_such_figure".to_string(), Entry::Number(1.0));
        let r = Readings::read(catalogue.figures, &entries);
        assert_eq!(
            r.error("gross_unemployment_pct"),
            Some(&FigureError::PercentAbove100)
        );
        assert_eq!(r.error("municipality"), Some(&FigureError::NotText));
        assert_eq!(r.get("no_such_figure"), None);
    }

    #[test]
    fn messages_say_what_is_accepted() {
        let message = FigureError::PartAboveWhole {
            whole: "refugees_total".into(),
        }
        .message(Lang::Da, "Flygtninge");
        assert_eq!(message, "Kan ikke være større end »Flygtninge«.");
        assert!(
            FigureError::Negative
                .message(Lang::En, "")
                .contains("0 or more")
        );
    }
}
