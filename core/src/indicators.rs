//! Indicators: declared in the catalogue data (theme, unit, direction, formula over figures,
//! built-in reference) and computed here from checked figures. An indicator is computed only
//! when every figure it needs is given and valid; otherwise it says which are not.
//!
//! Comparing a value with a reference is `assessment`'s job, not this module's.

use crate::figures::Readings;
use crate::number;
use crate::text::{Lang, Localized};

/// How an indicator is computed from figures (ids).
#[derive(Clone, Debug, PartialEq)]
pub enum Formula {
    /// part / whole × 100
    Ratio(&'static str, &'static str),
    /// (this year's − the year before's) / the year before's × 100, of one figure
    Change(&'static str),
    /// a − b
    Difference(&'static str, &'static str),
    /// a / (a + b) × 100
    ShareOfSum(&'static str, &'static str),
    /// amount / count (e.g. kroner per inhabitant)
    Per(&'static str, &'static str),
    /// the figure itself
    Value(&'static str),
}

impl Formula {
    /// The figures the formula reads, in order.
    pub fn figures(&self) -> Vec<&str> {
        match self {
            Formula::Ratio(a, b)
            | Formula::Difference(a, b)
            | Formula::ShareOfSum(a, b)
            | Formula::Per(a, b) => vec![a, b],
            Formula::Change(a) | Formula::Value(a) => vec![a],
        }
    }

    /// Computes the value from one year's figures, or says why it cannot be (a change needs the
    /// year before's too: [`Formula::compute_with`]).
    pub fn compute(&self, readings: &Readings) -> Result<f64, NotComputed> {
        self.compute_with(readings, None)
    }

    /// Computes the value from a year's figures and, for a change, the year before's.
    pub fn compute_with(
        &self,
        readings: &Readings,
        year_before: Option<&Readings>,
    ) -> Result<f64, NotComputed> {
        if let Formula::Change(id) = self {
            let now = Formula::Value(id).compute(readings)?;
            let before = year_before.and_then(|r| r.number(id));
            return match before {
                None => Err(NotComputed::NoYearBefore(id.to_string())),
                Some(0.0) => Err(NotComputed::ZeroYearBefore(id.to_string())),
                Some(before) => Ok((now - before) / before * 100.0),
            };
        }
        let ids = self.figures();
        let invalid: Vec<String> = ids
            .iter()
            .filter(|id| readings.error(id).is_some())
            .map(|id| id.to_string())
            .collect();
        if !invalid.is_empty() {
            return Err(NotComputed::Invalid(invalid));
        }
        let missing: Vec<String> = ids
            .iter()
            .filter(|id| readings.number(id).is_none())
            .map(|id| id.to_string())
            .collect();
        if !missing.is_empty() {
            return Err(NotComputed::Missing(missing));
        }
        let v: Vec<f64> = ids.iter().filter_map(|id| readings.number(id)).collect();
        let zero = |id: &str| Err(NotComputed::ZeroWhole(id.to_string()));
        match self {
            Formula::Ratio(_, b) | Formula::Per(_, b) if v[1] == 0.0 => zero(b),
            Formula::ShareOfSum(a, _) if v[0] + v[1] == 0.0 => zero(a),
            Formula::Ratio(..) | Formula::ShareOfSum(..) => Ok(v[0] / self.denominator(&v) * 100.0),
            Formula::Change(..) => unreachable!("computed above"),
            Formula::Difference(..) => Ok(v[0] - v[1]),
            Formula::Per(..) => Ok(v[0] / v[1]),
            Formula::Value(..) => Ok(v[0]),
        }
    }

    fn denominator(&self, v: &[f64]) -> f64 {
        match self {
            Formula::ShareOfSum(..) => v[0] + v[1],
            _ => v[1],
        }
    }

    /// For a share of a count of persons, that count: it turns a gap in percentage points
    /// into persons.
    pub fn persons_base(&self, readings: &Readings) -> Option<f64> {
        let get = |id: &str| readings.number(id);
        match self {
            Formula::Ratio(_, whole) => get(whole),
            Formula::ShareOfSum(a, b) => Some(get(a)? + get(b)?),
            _ => None,
        }
    }
}

/// Why an indicator has no value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotComputed {
    /// These figures are not given.
    Missing(Vec<String>),
    /// These figures are given but not accepted.
    Invalid(Vec<String>),
    /// This figure is the whole (or the earlier value) and is zero.
    ZeroWhole(String),
    /// A change of this figure needs it for the year before too.
    NoYearBefore(String),
    /// A change of this figure cannot be computed: it was 0 the year before.
    ZeroYearBefore(String),
}

impl NotComputed {
    /// Why, naming the figures by their labels (`label` maps an id to its label).
    /// The UI puts "Ikke beregnet." / "Not computed." before it, so it does not say so again.
    pub fn message(&self, lang: Lang, label: impl Fn(&str) -> String) -> String {
        // Danish quotes »…«, English quotes “…”.
        let quoted = |id: &str| match lang {
            Lang::Da => format!("»{}«", label(id)),
            Lang::En => format!("“{}”", label(id)),
        };
        let names = |ids: &[String]| {
            ids.iter()
                .map(|id| quoted(id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (self, lang) {
            (NotComputed::Missing(ids), Lang::Da) => format!("Mangler: {}.", names(ids)),
            (NotComputed::Missing(ids), Lang::En) => format!("Missing: {}.", names(ids)),
            (NotComputed::Invalid(ids), Lang::Da) => format!("Ret først: {}.", names(ids)),
            (NotComputed::Invalid(ids), Lang::En) => format!("Correct first: {}.", names(ids)),
            (NotComputed::ZeroWhole(id), Lang::Da) => {
                format!("{} er 0, så der er intet at dele med.", quoted(id))
            }
            (NotComputed::ZeroWhole(id), Lang::En) => {
                format!("{} is 0, so there is nothing to divide by.", quoted(id))
            }
            (NotComputed::NoYearBefore(id), Lang::Da) => {
                format!(
                    "Mangler: {} for året før (under Tal, i det år).",
                    quoted(id)
                )
            }
            (NotComputed::NoYearBefore(id), Lang::En) => {
                format!(
                    "Missing: {} for the year before (under Figures, in that year).",
                    quoted(id)
                )
            }
            (NotComputed::ZeroYearBefore(id), Lang::Da) => {
                format!(
                    "{} var 0 året før, så en ændring i procent kan ikke regnes.",
                    quoted(id)
                )
            }
            (NotComputed::ZeroYearBefore(id), Lang::En) => {
                format!(
                    "{} was 0 the year before, so a change in per cent cannot be computed.",
                    quoted(id)
                )
            }
        }
    }
}

/// The unit an indicator's value is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A share, 0–100 %; gaps are in percentage points.
    Percent,
    /// A change from a year earlier, in %; gaps are in percentage points.
    PercentChange,
    Persons,
    Kr,
    PerPersonYear,
}

impl Unit {
    /// A value in this unit, e.g. `14,2 %`, `+50 personer`, `10 kr.`; a change from the year
    /// before and a difference in persons show their sign: `+10,0 %`.
    pub fn format_value(self, value: f64, lang: Lang) -> String {
        let n = |decimals| number::format(value, decimals, lang);
        let text = match (self, lang) {
            (Unit::Percent | Unit::PercentChange, Lang::Da) => format!("{} %", n(1)),
            (Unit::Percent | Unit::PercentChange, Lang::En) => format!("{}%", n(1)),
            (Unit::Persons, Lang::Da) => format!("{} personer", n(0)),
            (Unit::Persons, Lang::En) => format!("{} persons", n(0)),
            (Unit::Kr, _) => number::format_kr(value, lang),
            (Unit::PerPersonYear, Lang::Da) => format!("{} pr. borger pr. år", n(1)),
            (Unit::PerPersonYear, Lang::En) => format!("{} per person per year", n(1)),
        };
        match self {
            // A change, or a difference from an expected level: its sign says which way.
            Unit::PercentChange | Unit::Persons => signed(text),
            _ => text,
        }
    }

    /// A gap or change in this unit, with its sign (`+0,5 procentpoint`, `-3,4 procentpoint`,
    /// `+400 personer`): shares and changes in percentage points.
    pub fn format_gap(self, gap: f64, lang: Lang) -> String {
        let text = match (self, lang) {
            (Unit::Percent | Unit::PercentChange, Lang::Da) => {
                format!("{} procentpoint", number::format(gap, 1, lang))
            }
            (Unit::Percent | Unit::PercentChange, Lang::En) => {
                format!("{} pp", number::format(gap, 1, lang))
            }
            _ => self.format_value(gap, lang),
        };
        signed(text)
    }
}

impl Unit {
    /// Whether a gap or change is written as zero in this unit (`0,0 procentpoint`): too small
    /// to show, so it is neither better nor worse.
    pub fn shown_as_zero(self, gap: f64) -> bool {
        !self
            .format_gap(gap, Lang::Da)
            .chars()
            .any(|c| matches!(c, '1'..='9'))
    }
}

/// A number as written (with its unit after it) and a `+` before it when it is above zero as
/// written: `0,04` written `0,0` has no sign, and a negative keeps its `-`.
fn signed(text: String) -> String {
    let above_zero = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .any(|c| matches!(c, '1'..='9'));
    match above_zero {
        true => format!("+{text}"),
        false => text,
    }
}

/// Which way is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Lower,
    Higher,
    /// Shown, never judged.
    Monitor,
}

/// A reference that ships with the app, with its source.
#[derive(Clone, Debug, PartialEq)]
pub struct BuiltinReference {
    pub value: f64,
    pub label: Localized,
    /// A catalogue source id; `None` where the reference is true by definition.
    pub source: Option<&'static str>,
}

/// An indicator's definition, from the catalogue data.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorDef {
    pub id: &'static str,
    pub theme: &'static str,
    pub name: Localized,
    pub formula: Formula,
    pub unit: Unit,
    pub direction: Direction,
    pub reference: Option<BuiltinReference>,
    /// A figure that holds the indicator's value as published (e.g. Jobindsats' share, which
    /// divides by its own population): when given, it is the value, and the computed one is
    /// shown as a check.
    pub published: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use crate::map::Map;

    use super::*;
    use crate::Catalogue;
    use crate::figures::Entry;

    fn readings(pairs: &[(&str, f64)]) -> Readings {
        let catalogue = Catalogue::builtin();
        let entries: Map<Entry> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Entry::Number(*v)))
            .collect();
        Readings::read(catalogue.figures, &entries)
    }

    /// The indicator from `pairs`; an id ending `_prev` is the figure in the year before.
    fn compute(id: &str, pairs: &[(&str, f64)]) -> Result<f64, NotComputed> {
        type Pairs<'a> = Vec<(&'a str, f64)>;
        let (before, now): (Pairs, Pairs) = pairs.iter().partition(|(id, _)| id.ends_with("_prev"));
        let before: Vec<(&str, f64)> = before
            .iter()
            .map(|(id, v)| (id.trim_end_matches("_prev"), *v))
            .collect();
        Catalogue::builtin()
            .indicator(id)
            .unwrap()
            .formula
            .compute_with(&readings(&now), Some(&readings(&before)))
    }

    #[test]
    fn lejre_share_on_public_support_is_14_2_percent() {
        let share = compute(
            "public_support_share",
            &[
                ("public_support_fte", 2395.0),
                ("population_16_66", 16884.0),
            ],
        )
        .unwrap();
        assert!((share - 14.185).abs() < 0.001, "{share}");
    }

    #[test]
    fn every_formula_kind_computes_its_value() {
        let change = compute(
            "public_support_change",
            &[
                ("public_support_fte", 90.0),
                ("public_support_fte_prev", 100.0),
            ],
        );
        assert_eq!(change, Ok(-10.0));
        let vs = compute(
            "public_support_vs_expected",
            &[("benchmark_actual", 1170.0), ("benchmark_expected", 1120.0)],
        );
        assert_eq!(vs, Ok(50.0));
        let jobready = compute(
            "cash_jobready_share",
            &[("cash_jobready", 26.0), ("cash_activityready", 60.0)],
        )
        .unwrap();
        assert!((jobready - 30.233).abs() < 0.001);
        let per = compute(
            "control_savings_per_inhabitant",
            &[
                ("control_savings_kr", 275_790.0),
                ("population_total", 27_579.0),
            ],
        );
        assert_eq!(per, Ok(10.0));
        assert_eq!(
            compute("gross_unemployment", &[("gross_unemployment_pct", 2.4)]),
            Ok(2.4)
        );
    }

    #[test]
    fn values_and_gaps_are_written_with_their_unit() {
        assert_eq!(Unit::Percent.format_value(14.185, Lang::Da), "14,2 %");
        assert_eq!(Unit::Percent.format_value(14.185, Lang::En), "14.2%");
        assert_eq!(
            Unit::Percent.format_gap(-3.415, Lang::Da),
            "−3,4 procentpoint"
        );
        assert_eq!(Unit::Percent.format_gap(-3.415, Lang::En), "−3.4 pp");
        assert_eq!(Unit::PercentChange.format_gap(2.0, Lang::En), "+2.0 pp");
        assert_eq!(Unit::Persons.format_gap(-5.0, Lang::Da), "−5 personer");
        assert_eq!(
            Unit::Kr.format_value(1_622_000.0, Lang::Da),
            "1.622.000 kr."
        );
        assert_eq!(
            Unit::Kr.format_value(1_622_000.0, Lang::En),
            "1,622,000 DKK"
        );
    }

    #[test]
    fn a_positive_gap_or_change_shows_its_plus_and_zero_has_no_sign() {
        assert_eq!(Unit::Percent.format_gap(0.5, Lang::Da), "+0,5 procentpoint");
        assert_eq!(Unit::Percent.format_gap(0.5, Lang::En), "+0.5 pp");
        assert_eq!(
            Unit::Percent.format_gap(3.415, Lang::Da),
            "+3,4 procentpoint"
        );
        assert_eq!(Unit::Persons.format_gap(400.0, Lang::Da), "+400 personer");
        assert_eq!(Unit::Persons.format_gap(400.0, Lang::En), "+400 persons");
        assert_eq!(Unit::Kr.format_gap(1_622_000.0, Lang::Da), "+1.622.000 kr.");
        assert_eq!(
            Unit::PerPersonYear.format_gap(0.25, Lang::Da),
            "+0,3 pr. borger pr. år"
        );
        assert_eq!(Unit::PercentChange.format_value(10.0, Lang::Da), "+10,0 %");
        assert_eq!(Unit::PercentChange.format_value(10.0, Lang::En), "+10.0%");
        assert_eq!(Unit::PercentChange.format_value(-10.0, Lang::Da), "−10,0 %");
        // Zero, and what rounds to zero as written, has no sign either way.
        assert_eq!(Unit::Percent.format_gap(0.0, Lang::Da), "0,0 procentpoint");
        assert_eq!(Unit::Percent.format_gap(0.04, Lang::Da), "0,0 procentpoint");
        assert_eq!(Unit::Percent.format_gap(-0.04, Lang::En), "0.0 pp");
        assert_eq!(Unit::Persons.format_gap(0.4, Lang::Da), "0 personer");
        assert_eq!(Unit::PercentChange.format_value(0.0, Lang::Da), "0,0 %");
        // A share itself is not a change: no sign.
        assert_eq!(Unit::Percent.format_value(10.0, Lang::Da), "10,0 %");
    }

    #[test]
    fn why_not_computed_is_said_once_with_the_languages_own_quotes() {
        let label = |id: &str| match id {
            "population_16_66" => "Borgere 16–66 år".to_string(),
            _ => "Citizens aged 16–66".to_string(),
        };
        let zero = NotComputed::ZeroWhole("population_16_66".into());
        assert_eq!(
            zero.message(Lang::Da, label),
            "»Borgere 16–66 år« er 0, så der er intet at dele med."
        );
        let missing = NotComputed::Missing(vec!["x".into(), "y".into()]);
        assert_eq!(
            missing.message(Lang::En, label),
            "Missing: “Citizens aged 16–66”, “Citizens aged 16–66”."
        );
        for why in [zero, missing] {
            assert!(!why.message(Lang::En, label).contains(['»', '«']));
            assert!(!why.message(Lang::Da, label).contains("beregnes"));
        }
    }

    #[test]
    fn a_missing_figure_is_named() {
        assert_eq!(
            compute("public_support_share", &[("public_support_fte", 2395.0)]),
            Err(NotComputed::Missing(vec!["population_16_66".into()]))
        );
    }

    #[test]
    fn an_invalid_figure_is_named() {
        assert_eq!(
            compute(
                "refugee_employment_share",
                &[("refugees_total", 10.0), ("refugees_employed", 20.0)]
            ),
            Err(NotComputed::Invalid(vec!["refugees_employed".into()]))
        );
    }

    #[test]
    fn a_zero_whole_stops_the_indicator_and_says_why() {
        let result = compute(
            "public_support_change",
            &[
                ("public_support_fte", 10.0),
                ("public_support_fte_prev", 0.0),
            ],
        );
        assert_eq!(
            result,
            Err(NotComputed::ZeroYearBefore("public_support_fte".into()))
        );
        let message = result
            .unwrap_err()
            .message(Lang::Da, |_| "Fuldtidspersoner".into());
        assert_eq!(
            message,
            "»Fuldtidspersoner« var 0 året før, så en ændring i procent kan ikke regnes."
        );
        assert_eq!(
            compute("public_support_change", &[("public_support_fte", 10.0)]),
            Err(NotComputed::NoYearBefore("public_support_fte".into()))
        );
        assert_eq!(
            compute(
                "cash_jobready_share",
                &[("cash_jobready", 0.0), ("cash_activityready", 0.0)]
            ),
            Err(NotComputed::ZeroWhole("cash_jobready".into()))
        );
    }
}
