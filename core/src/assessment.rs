//! Assessment: every indicator against its reference (gap, status, persons, kroner,
//! development), each goal of a year's status, the year's coverage, local extra focus and the
//! investment view. This is everything the views show, computed from the state in one pass.

use crate::catalogue::{Catalogue, Goal};
use crate::document::{Document, LocalIndicator, ReferenceEntry};
use crate::figures::{Entry, FigureError, Readings, check_value};
use crate::indicators::{Direction, Formula, IndicatorDef, NotComputed, Unit};
use crate::map::Map;
use crate::number::{self, NumberKind};
use crate::period;
use crate::text::Lang;

/// Where an indicator's reference comes from, in the order it is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceKind {
    /// The municipality's own target.
    Target,
    /// A comparison the user entered (e.g. comparable municipalities).
    Comparison,
    /// The reference that ships with the app (national average, expected level).
    Builtin,
}

/// The value an indicator is measured against.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub value: f64,
    pub kind: ReferenceKind,
    /// For a built-in reference of a difference (`a − b` against none above: the benchmark's
    /// actual count against its expected one): `b` as entered, the level the difference is
    /// measured from, so that it can be named beside the reference.
    pub level: Option<f64>,
}

/// Whether a value is at or better than its reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    OnTrack,
    Behind,
}

/// The change from the year before's value (the figures entered for the goal year before).
#[derive(Clone, Debug, PartialEq)]
pub struct Development {
    pub previous: f64,
    /// value − previous, in the indicator's unit (percentage points for shares).
    pub change: f64,
    /// `Some(true)` when the change is for the better; `None` when unchanged or not judged.
    pub better: Option<bool>,
    /// The year the previous value is for.
    pub year_before: u16,
    /// The periods of the previous value and of the value, as the figures name them.
    pub period_before: Periods,
    pub period: Periods,
    /// Why the change is shown without being judged.
    pub warning: Option<Warning>,
}

/// The period of one year's figures behind a value: `Ok(Some)` where every one given names the
/// same, `Ok(None)` where they name none (or not all do), and the periods they name where those
/// differ.
pub type Periods = Result<Option<String>, Vec<String>>;

/// Why an indicator's value is shown without a gap or status: its figures cannot be compared
/// as they stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// A change of `figure`, whose measure changed method in `month` (`YYYY-MM`): across the
    /// switch a change is not real. `placed`: the periods put the two values on either side of
    /// it; otherwise a period is missing or cannot be placed, or `across` names a period with
    /// months on both sides of the switch ("2018K4" beside December 2018).
    MethodBreak {
        figure: String,
        month: String,
        placed: bool,
        across: Option<String>,
    },
    /// The figures behind the value are for different periods (as the user named them).
    MixedPeriods { periods: Vec<String> },
    /// The two years' figures are not shown to be for periods a year apart: the periods differ
    /// by more or less than a year, cannot be placed, or only one year names one.
    NotAYearApart {
        before: Option<String>,
        now: Option<String>,
    },
    /// One year's value is the published one, the other's computed from the figures.
    PublishedAndComputed,
}

impl Warning {
    /// The warning in words; `label` names a figure.
    pub fn message(&self, lang: Lang, label: impl Fn(&str) -> String) -> String {
        match self {
            Warning::MethodBreak {
                figure,
                month,
                placed,
                across,
            } => {
                let (month, figure) = (month_text(month, lang), label(figure));
                match (lang, placed, across) {
                    (Lang::Da, true, _) => format!(
                        "»{figure}« opgøres med en ny metode fra {month}, og de to tal er fra hver sin side af skiftet. En ændring hen over det er ikke en reel ændring, så den vurderes ikke."
                    ),
                    (Lang::Da, false, Some(period)) => format!(
                        "»{figure}« opgøres med en ny metode fra {month}. Perioden »{period}« rækker hen over skiftet (den har måneder både før og efter det), så Jobmål kan ikke se, om tallet er opgjort med den gamle eller den nye metode, og ændringen vurderes ikke. Skriv om muligt tallet for en periode på én side af skiftet, fx »{month}«."
                    ),
                    (Lang::Da, false, None) => format!(
                        "»{figure}« opgøres med en ny metode fra {month}. Skriv perioden for tallet i begge år under Tal som en måned eller et kvartal (fx »december 2019«), så Jobmål kan se, om begge er fra samme side af skiftet: en periode hen over det, som »2018« eller »2018K4«, kan ikke placeres før eller efter det. Indtil da vurderes ændringen ikke."
                    ),
                    (Lang::En, true, _) => format!(
                        "“{figure}” is measured with a new method from {month}, and the two figures are from either side of the switch. A change across it is not a real change, so it is not judged."
                    ),
                    (Lang::En, false, Some(period)) => format!(
                        "“{figure}” is measured with a new method from {month}. The period “{period}” spans the switch (it has months both before and after it), so Jobmål cannot tell whether the figure was measured with the old or the new method, and the change is not judged. Where the source has it, enter the figure for a period on one side of the switch, e.g. “{month}”."
                    ),
                    (Lang::En, false, None) => format!(
                        "“{figure}” is measured with a new method from {month}. Enter the figure's period for both years under Figures as a month or a quarter (e.g. “December 2019”), so Jobmål can tell whether both are from the same side of the switch: a period across it, such as “2018” or “2018K4”, cannot be placed before or after it. Until then the change is not judged."
                    ),
                }
            }
            Warning::MixedPeriods { periods } => {
                let periods = periods.join(", ");
                match lang {
                    Lang::Da => format!(
                        "Tallene bag er fra forskellige perioder ({periods}), så de kan ikke regnes sammen, og det vurderes ikke."
                    ),
                    Lang::En => format!(
                        "The figures behind it are for different periods ({periods}), so they cannot be put together, and it is not judged."
                    ),
                }
            }
            Warning::NotAYearApart { before, now } => {
                let missing = match lang {
                    Lang::Da => "ingen periode",
                    Lang::En => "no period",
                };
                let before = before.as_deref().unwrap_or(missing);
                let now = now.as_deref().unwrap_or(missing);
                match lang {
                    Lang::Da => format!(
                        "Perioderne ({before} → {now}) viser ikke, at tallene er fra perioder et år efter hinanden, så ændringen vurderes ikke. Skriv perioden for begge år under Tal, fx »april 2018« og »april 2019«."
                    ),
                    Lang::En => format!(
                        "The periods ({before} → {now}) do not show that the figures are for periods a year apart, so the change is not judged. Enter the period for both years under Figures, e.g. “April 2018” and “April 2019”."
                    ),
                }
            }
            Warning::PublishedAndComputed => match lang {
                Lang::Da => "Det ene år er værdien den offentliggjorte, det andet beregnet af tallene; de kan ikke sammenlignes, så ændringen vurderes ikke. Skriv den offentliggjorte værdi for begge år, eller for ingen af dem.".to_string(),
                Lang::En => "One year's value is the published one, the other's computed from the figures; they cannot be compared, so the change is not judged. Enter the published value for both years, or for neither.".to_string(),
            },
        }
    }
}

/// `YYYY-MM` as a month in words, e.g. `december 2018`.
pub fn month_text(month: &str, lang: Lang) -> String {
    let date = crate::catalogue::format_iso_date(&format!("{month}-01"), lang);
    match date.split_once(' ') {
        Some((_, rest)) => rest.to_string(),
        None => month.to_string(),
    }
}

/// One indicator, computed and compared.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorResult {
    pub id: String,
    pub theme: String,
    /// The value: the published figure where one is given, else computed from the figures.
    pub value: Result<f64, NotComputed>,
    /// The value computed from the figures, where a published value is shown instead: a check.
    pub computed: Option<f64>,
    /// Why the value has no gap or status, if it cannot be judged as it stands.
    pub warning: Option<Warning>,
    /// The period of the value, where every figure behind it names the same one.
    pub period: Option<String>,
    pub reference: Option<Reference>,
    /// value − reference, in the indicator's unit.
    pub gap: Option<f64>,
    pub status: Option<Status>,
    /// The gap in persons, rounded, for a share of a count of persons.
    pub persons: Option<f64>,
    /// The persons gap in kroner per year (only `forsorgelse`, when a cost is entered).
    pub kroner: Option<f64>,
    pub development: Option<Development>,
}

impl IndicatorResult {
    /// The gap in persons with the gap's sign: below the reference, negative.
    pub fn persons_signed(&self) -> Option<f64> {
        self.persons
            .zip(self.gap)
            .map(|(p, gap)| if gap < 0.0 { -p } else { p })
    }
}

/// A goal's status, in words and icon in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalStatus {
    OnTrack,
    Behind,
    /// Indicators are computed but none has a status (no reference, or monitor only).
    NoReference,
    NoData,
}

/// One goal of the chosen year.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalResult {
    pub number: u32,
    pub theme: String,
    pub status: GoalStatus,
    /// Indexes into [`Assessment::indicators`] of this goal's indicators.
    pub indicators: Vec<usize>,
    /// The user's local lines of aim (sigtelinjer) for this goal.
    pub plan_lines: usize,
}

/// "k af N mål" for each measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub goals: usize,
    pub data: usize,
    pub on_track: usize,
    pub behind: usize,
    pub plan: usize,
}

/// A local line of aim that belongs to no goal of the year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraFocus {
    /// The theme it was written under, or `None` for lines written as extra focus.
    pub theme: Option<String>,
    pub text: String,
}

/// The investment view: what an investment is expected to save, beside the kroner value of
/// the public-support gap.
#[derive(Clone, Debug, PartialEq)]
pub struct Investment {
    pub investment: Option<f64>,
    pub return_ratio: f64,
    pub expected_saving: Option<f64>,
    pub net_gain: Option<f64>,
    /// The kroner value of closing the `forsorgelse` gap, and the indicator it comes from.
    pub gap_kroner: Option<(String, f64)>,
}

/// Everything the views show for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub year: u16,
    /// Every figure as read and checked, with its message where it is not accepted.
    pub readings: Readings,
    /// The periods the figures are for, as the user named them.
    pub periods: Map<String>,
    pub indicators: Vec<IndicatorResult>,
    pub goals: Vec<GoalResult>,
    pub coverage: Coverage,
    pub extra_focus: Vec<ExtraFocus>,
    pub investment: Investment,
    /// The municipality's own indicators of the year's goals that have them, in the goals'
    /// order.
    pub local: Vec<LocalResult>,
}

/// A local indicator's goal theme, name and reading.
pub type LocalResult = (&'static str, String, LocalReading);

/// The theme whose indicators have a kroner value.
const KRONER_THEME: &str = "forsorgelse";
const COST_FIGURE: &str = "cost_per_fte_kr";
const INVESTMENT_FIGURE: &str = "investment_kr";

/// A typed comparison or target read for an indicator of `unit`, checked like a figure: a
/// share lies in 0–100, an amount or a rate is not negative; a change from a year earlier may
/// be negative, but not below −100 %, and so may a difference in persons.
pub fn read_reference(entry: &Entry, unit: Unit) -> Result<Option<f64>, FigureError> {
    let kind = match unit {
        Unit::Percent | Unit::PercentChange => NumberKind::Percent,
        Unit::Kr => NumberKind::Kroner,
        Unit::Persons | Unit::PerPersonYear => NumberKind::Count,
    };
    let value = match entry {
        Entry::Number(value) => *value,
        Entry::Text(text) => match number::parse(text, kind).map_err(FigureError::Number)? {
            Some(value) => value,
            None => return Ok(None),
        },
    };
    match unit {
        Unit::PercentChange if value < -100.0 => Err(FigureError::Negative),
        // A change, or a difference in persons (from the benchmark's expected level): either
        // way may be negative.
        Unit::PercentChange | Unit::Persons => check_value(value, false, false).map(Some),
        unit => check_value(value, unit == Unit::Percent, true).map(Some),
    }
}

/// The order of "sort by gap": behind first, then on track, then the rest; within each, the
/// largest gap relative to its reference first, so a gap in persons and one in percentage
/// points are compared as shares of what they are measured against, not as bare numbers.
pub fn gap_order(result: &IndicatorResult) -> (u8, std::cmp::Reverse<u64>) {
    let rank = match (result.status, result.gap) {
        (Some(Status::Behind), _) => 0,
        (Some(Status::OnTrack), _) => 1,
        (None, Some(_)) => 2,
        (None, None) => 3,
    };
    let relative = match (result.gap, &result.reference) {
        (Some(gap), Some(reference)) if reference.value != 0.0 => (gap / reference.value).abs(),
        (Some(gap), _) => gap.abs(),
        _ => 0.0,
    };
    (rank, std::cmp::Reverse((relative * 1e6) as u64))
}

/// Assesses `document` for its year. Figures and references that are not accepted are treated
/// as not given; the views show their messages.
pub fn assess(catalogue: &Catalogue, document: &Document) -> Assessment {
    let readings = Readings::read(catalogue.figures, &document.figures);
    let year_before = document.year.saturating_sub(1);
    let before = document.year_figures(year_before, catalogue);
    let now = Year {
        year: document.year,
        readings: &readings,
        periods: &document.periods,
    };
    let before = Year {
        year: year_before,
        readings: &Readings::read(catalogue.figures, &before.figures),
        periods: &before.periods,
    };
    let indicators: Vec<IndicatorResult> = catalogue
        .indicators
        .iter()
        .map(|def| {
            assess_indicator(
                catalogue,
                def,
                &now,
                &before,
                document.references.get(def.id),
            )
        })
        .collect();
    let year = catalogue
        .year(document.year)
        .unwrap_or_else(|| catalogue.default_year());
    let local: Vec<LocalResult> = year
        .goals
        .iter()
        .filter(|goal| goal.own_indicators)
        .filter_map(|goal| {
            let local = document.local_indicator(document.year, goal.theme)?;
            let reading = local.read();
            Some((goal.theme, local.name, reading))
        })
        .collect();
    let goals: Vec<GoalResult> = year
        .goals
        .iter()
        .map(|goal| assess_goal(goal, &indicators, &local, document))
        .collect();
    let coverage = Coverage {
        goals: goals.len(),
        data: goals
            .iter()
            .filter(|g| g.status != GoalStatus::NoData)
            .count(),
        on_track: goals
            .iter()
            .filter(|g| g.status == GoalStatus::OnTrack)
            .count(),
        behind: goals
            .iter()
            .filter(|g| g.status == GoalStatus::Behind)
            .count(),
        plan: goals.iter().filter(|g| g.plan_lines > 0).count(),
    };
    let extra_focus = extra_focus(document, &goals);
    let investment = investment(catalogue, document, &readings, &indicators);
    Assessment {
        year: year.year,
        periods: document.periods.clone(),
        readings,
        indicators,
        goals,
        coverage,
        extra_focus,
        investment,
        local,
    }
}

/// One year's figures as read, and the periods the user gave them.
struct Year<'a> {
    year: u16,
    readings: &'a Readings,
    periods: &'a Map<String>,
}

impl Year<'_> {
    /// The period the figures `ids` are for, if every one given names the same (or, `within`,
    /// periods one within the other: see [`within_is_one_period`]); the periods they name, if
    /// they differ.
    fn period(&self, ids: &[&str], within: bool) -> Periods {
        let mut named: Vec<String> = Vec::new();
        let mut unnamed = false;
        for id in ids.iter().filter(|id| self.readings.number(id).is_some()) {
            match self
                .periods
                .get(id)
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
            {
                Some(period) => match named.iter_mut().find(|n| period::same(n, period, within)) {
                    // One period: the narrower name says it best (April 2019 within 2019K2).
                    Some(n) if narrower(period, n) => *n = period.to_string(),
                    Some(_) => {}
                    None => named.push(period.to_string()),
                },
                None => unnamed = true,
            }
        }
        match named.len() {
            0 => Ok(None),
            1 if unnamed => Ok(None),
            1 => Ok(named.pop()),
            _ => Err(named),
        }
    }
}

/// Whether the figures behind a value of `formula` are for one period when the months of one
/// lie within the other's (a count for April 2019 beside the population of 2019K2, or of
/// 2019): so for counts of people at one time, as a share's are. Not for an amount per
/// inhabitant: it is the amount of its period divided by the inhabitants of that period, and
/// the population of a day or a quarter within a year's amount (2019K1, or 1 January 2019,
/// beside 2019) is another period.
fn within_is_one_period(formula: &Formula) -> bool {
    !matches!(formula, Formula::Per(..))
}

/// Whether period `a` covers fewer months than `b` (both readable).
fn narrower(a: &str, b: &str) -> bool {
    match (period::months(a), period::months(b)) {
        (Some(a), Some(b)) => a.last - a.first < b.last - b.first,
        _ => false,
    }
}

/// Whether a change of `figure` from the period `before` to `now` must be shown without being
/// judged: the figure's measure changed method, and the periods do not put both on one side
/// (a period across the switch, such as "2018K4" for December 2018, is on neither).
fn method_break(
    catalogue: &Catalogue,
    figure: &str,
    before: Option<&str>,
    now: Option<&str>,
) -> Option<Warning> {
    use period::Side::{Across, After, Before};
    let month = catalogue.figure(figure)?.method_break?;
    let (side_before, side_now) = (period::side(before, month), period::side(now, month));
    let placed = |side| matches!(side, Before | After);
    if placed(side_before) && side_before == side_now {
        return None;
    }
    let across = match (side_before, side_now) {
        (Across, _) => before,
        (_, Across) => now,
        _ => None,
    };
    Some(Warning::MethodBreak {
        figure: figure.to_string(),
        month: month.to_string(),
        placed: placed(side_before) && placed(side_now),
        across: across.map(str::to_string),
    })
}

/// Why a change from the period `before` to `now` cannot be taken as year on year, if so: no
/// period on either side is taken as the same period each year (as figures were read before
/// they had periods); otherwise both must be named and a year apart (`period::year_apart`).
fn not_a_year_apart(before: Option<&str>, now: Option<&str>) -> Option<Warning> {
    fn named(p: Option<&str>) -> Option<&str> {
        p.map(str::trim).filter(|p| !p.is_empty())
    }
    match (named(before), named(now)) {
        (None, None) => None,
        (Some(before), Some(now)) if period::year_apart(before, now) == Some(true) => None,
        (before, now) => Some(Warning::NotAYearApart {
            before: before.map(str::to_string),
            now: now.map(str::to_string),
        }),
    }
}

/// The first figure of `formula` whose measure changed method, if any.
fn break_figure(catalogue: &Catalogue, formula: &Formula) -> Option<&'static str> {
    formula.figures().into_iter().find_map(|id| {
        let def = catalogue.figure(id)?;
        def.method_break.map(|_| def.id)
    })
}

fn assess_indicator(
    catalogue: &Catalogue,
    def: &IndicatorDef,
    now: &Year,
    before: &Year,
    entry: Option<&ReferenceEntry>,
) -> IndicatorResult {
    let readings = now.readings;
    let computed = def.formula.compute_with(readings, Some(before.readings));
    let inputs = def.formula.figures();
    // A published value (Jobindsats' share) is the value; the computed one is its check.
    let published = def
        .published
        .and_then(|id| Some((id, readings.number(id)?)));
    let (value, computed, value_inputs) = match published {
        Some((id, published)) => (Ok(published), computed.ok(), vec![id]),
        None => (computed, None, inputs.clone()),
    };
    let user =
        |field: Option<&Entry>| field.and_then(|e| read_reference(e, def.unit).ok().flatten());
    let reference = match (
        user(entry.and_then(|e| e.target.as_ref())),
        user(entry.and_then(|e| e.comparison.as_ref())),
        &def.reference,
    ) {
        (Some(value), _, _) => Some(Reference {
            value,
            kind: ReferenceKind::Target,
            level: None,
        }),
        (None, Some(value), _) => Some(Reference {
            value,
            kind: ReferenceKind::Comparison,
            level: None,
        }),
        (None, None, Some(builtin)) => Some(Reference {
            value: builtin.value,
            kind: ReferenceKind::Builtin,
            level: match def.formula {
                Formula::Difference(_, level) => readings.number(level),
                _ => None,
            },
        }),
        (None, None, None) => None,
    };
    let mut result = IndicatorResult {
        id: def.id.to_string(),
        theme: def.theme.to_string(),
        value: value.clone(),
        computed,
        warning: None,
        period: None,
        reference,
        gap: None,
        status: None,
        persons: None,
        kroner: None,
        development: None,
    };
    let Ok(value) = value else { return result };
    let period = now.period(&value_inputs, within_is_one_period(&def.formula));
    result.period = period.clone().ok().flatten();
    result.warning = match (&def.formula, period) {
        (_, Err(periods)) => Some(Warning::MixedPeriods { periods }),
        // A change: this year's figure against the year before's; both periods are its period.
        (Formula::Change(id), Ok(period)) => {
            let before_period = before.period(&[id], true).ok().flatten();
            if let (Some(from), Some(to)) = (&before_period, &period) {
                result.period = Some(format!("{from} → {to}"));
            }
            // A change of method first: it is why the change is not real, whatever the periods.
            method_break(catalogue, id, before_period.as_deref(), period.as_deref())
                .or_else(|| not_a_year_apart(before_period.as_deref(), period.as_deref()))
        }
        (_, Ok(_)) => None,
    };
    result.development = development(catalogue, def, now, before);
    if result.warning.is_some() {
        // No gap: figures that cannot be compared show no gap.
        return result;
    }
    if let Some(reference) = &result.reference {
        let gap = value - reference.value;
        result.gap = Some(gap);
        result.status = judge(def.direction, gap).map(|better_or_equal| {
            if better_or_equal {
                Status::OnTrack
            } else {
                Status::Behind
            }
        });
        result.persons = match def.unit {
            Unit::Percent => def
                .formula
                .persons_base(readings)
                .map(|n| (gap.abs() / 100.0 * n).round()),
            Unit::Persons => Some(gap.abs().round()),
            _ => None,
        };
        if def.theme == KRONER_THEME {
            result.kroner = result
                .persons
                .zip(readings.number(COST_FIGURE))
                .map(|(p, c)| p * c);
        }
    }
    result
}

/// The change of the indicator from the year before: each year's value as shown (published, or
/// computed from the figures), with a warning and no verdict where the two cannot be compared;
/// none for a change, which is a development already.
fn development(
    catalogue: &Catalogue,
    def: &IndicatorDef,
    now: &Year,
    before: &Year,
) -> Option<Development> {
    if matches!(def.formula, Formula::Change(_)) {
        return None;
    }
    // Each year's value as the app shows it: the published one where given, else computed.
    // One of each cannot be compared (another population, another count).
    let shown = |year: &Year| -> Option<(f64, Vec<&str>, bool)> {
        match def
            .published
            .and_then(|id| Some((id, year.readings.number(id)?)))
        {
            Some((id, value)) => Some((value, vec![id], true)),
            None => {
                let value = def.formula.compute(year.readings).ok()?;
                Some((value, def.formula.figures(), false))
            }
        }
    };
    let (value, inputs, published) = shown(now)?;
    let (previous, inputs_before, published_before) = shown(before)?;
    let within = within_is_one_period(&def.formula);
    let (period, period_before) = (
        now.period(&inputs, within),
        before.period(&inputs_before, within),
    );
    let warning = match (&period, &period_before) {
        _ if published != published_before => Some(Warning::PublishedAndComputed),
        (Err(periods), _) | (_, Err(periods)) => Some(Warning::MixedPeriods {
            periods: periods.clone(),
        }),
        (Ok(now_period), Ok(before_period)) => break_figure(catalogue, &def.formula)
            .and_then(|id| {
                method_break(
                    catalogue,
                    id,
                    before_period.as_deref(),
                    now_period.as_deref(),
                )
            })
            .or_else(|| not_a_year_apart(before_period.as_deref(), now_period.as_deref())),
    };
    let change = value - previous;
    Some(Development {
        previous,
        change,
        // A change written as zero (`0,0 procentpoint`) is no change to a reader.
        better: judge(def.direction, change)
            .filter(|_| !def.unit.shown_as_zero(change) && warning.is_none()),
        year_before: before.year,
        period_before,
        period,
        warning,
    })
}

/// `Some(true)` when a difference (value − reference) is at or better than zero in the
/// direction; `None` for monitor indicators.
fn judge(direction: Direction, difference: f64) -> Option<bool> {
    match direction {
        Direction::Lower => Some(difference <= 0.0),
        Direction::Higher => Some(difference >= 0.0),
        Direction::Monitor => None,
    }
}

fn assess_goal(
    goal: &Goal,
    indicators: &[IndicatorResult],
    local: &[LocalResult],
    document: &Document,
) -> GoalResult {
    // A goal whose indicators the municipality finds itself has none of the catalogue's.
    let own: Vec<usize> = (0..indicators.len())
        .filter(|&i| !goal.own_indicators && indicators[i].theme == goal.theme)
        .collect();
    let mut computed = own.iter().filter(|&&i| indicators[i].value.is_ok()).count();
    let mut statuses: Vec<Status> = own.iter().filter_map(|&i| indicators[i].status).collect();
    // The municipality's own indicator, for a goal whose indicators it finds itself, counts as
    // one of the goal's: a value, and a status by its own target.
    for (_, _, reading) in local.iter().filter(|(theme, _, _)| *theme == goal.theme) {
        computed += usize::from(reading.value.is_some());
        statuses.extend(match reading.status {
            GoalStatus::OnTrack => Some(Status::OnTrack),
            GoalStatus::Behind => Some(Status::Behind),
            _ => None,
        });
    }
    let status = if computed == 0 {
        GoalStatus::NoData
    } else if statuses.contains(&Status::Behind) {
        GoalStatus::Behind
    } else if statuses.is_empty() {
        GoalStatus::NoReference
    } else {
        GoalStatus::OnTrack
    };
    let plan_lines = document.plan.get(goal.theme).map_or(0, |lines| {
        lines.iter().filter(|l| !l.trim().is_empty()).count()
    });
    GoalResult {
        number: goal.number,
        theme: goal.theme.to_string(),
        status,
        indicators: own,
        plan_lines,
    }
}

/// Lines written under themes that are not goals of the year, then the extra-focus lines.
fn extra_focus(document: &Document, goals: &[GoalResult]) -> Vec<ExtraFocus> {
    let is_goal = |theme: &str| goals.iter().any(|g| g.theme == theme);
    let mut extra = Vec::new();
    for (theme, lines) in &document.plan {
        if !is_goal(theme) {
            for line in lines.iter().filter(|l| !l.trim().is_empty()) {
                extra.push(ExtraFocus {
                    theme: Some(theme.clone()),
                    text: line.clone(),
                });
            }
        }
    }
    for line in document.extra_focus.iter().filter(|l| !l.trim().is_empty()) {
        extra.push(ExtraFocus {
            theme: None,
            text: line.clone(),
        });
    }
    extra
}

fn investment(
    catalogue: &Catalogue,
    document: &Document,
    readings: &Readings,
    indicators: &[IndicatorResult],
) -> Investment {
    let return_ratio = document
        .return_ratio
        .filter(|r| r.is_finite() && *r >= 0.0)
        .unwrap_or(catalogue.investment_return_ratio.value);
    let investment = readings.number(INVESTMENT_FIGURE);
    let expected_saving = investment.map(|i| i * return_ratio);
    let gap_kroner = indicators
        .iter()
        .filter(|r| r.theme == KRONER_THEME && r.status == Some(Status::Behind))
        .filter_map(|r| r.kroner.map(|k| (r.id.clone(), k)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    Investment {
        investment,
        return_ratio,
        expected_saving,
        net_gain: expected_saving.zip(investment).map(|(s, i)| s - i),
        gap_kroner,
    }
}

/// What a local indicator shows: its value and target read as numbers (a percentage sign is
/// allowed), the gap between them and where that leaves it.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalReading {
    pub value: Option<f64>,
    pub target: Option<f64>,
    /// Value minus target.
    pub gap: Option<f64>,
    pub status: GoalStatus,
}

/// A local indicator is judged here, by its own target and direction, as the catalogue's
/// indicators are.
impl LocalIndicator {
    /// Reads the value and target ([`LocalIndicator::number`]). A text that is not a number
    /// counts as not given.
    pub fn read(&self) -> LocalReading {
        let number = |text: &str| LocalIndicator::number(text).ok().flatten();
        let (value, target) = (number(&self.value), number(&self.target));
        let gap = value.zip(target).map(|(v, t)| v - t);
        let status = match (value, gap) {
            (None, _) => GoalStatus::NoData,
            (Some(_), None) => GoalStatus::NoReference,
            (Some(_), Some(gap)) if gap == 0.0 || (gap > 0.0) != self.lower_is_better => {
                GoalStatus::OnTrack
            }
            (Some(_), Some(_)) => GoalStatus::Behind,
        };
        LocalReading {
            value,
            target,
            gap,
            status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::lejre_2019;

    #[test]
    fn the_benchmarks_difference_names_the_expected_level_it_is_measured_from() {
        let catalogue = Catalogue::builtin();
        let mut doc = Document::new(2019, crate::Lang::Da);
        for (id, value) in [("benchmark_actual", 1170.0), ("benchmark_expected", 1120.0)] {
            doc.figures.insert(id.into(), Entry::Number(value));
        }
        let assessment = assess(catalogue, &doc);
        let benchmark = result(&assessment, "public_support_vs_expected");
        assert_eq!(benchmark.value, Ok(50.0));
        let reference = benchmark.reference.clone().unwrap();
        assert_eq!(
            (reference.value, reference.kind),
            (0.0, ReferenceKind::Builtin)
        );
        assert_eq!(reference.level, Some(1120.0));
        // A reference given by the user is measured against as it is: no level.
        doc.references
            .get_or_default("public_support_vs_expected".into())
            .target = Some(Entry::Text("10".into()));
        let assessment = assess(catalogue, &doc);
        let targeted = result(&assessment, "public_support_vs_expected");
        assert_eq!(targeted.reference.clone().unwrap().level, None);
    }

    #[test]
    fn a_local_indicator_is_judged_by_its_own_target_and_direction() {
        let local = |value: &str, target: &str, lower: bool| LocalIndicator {
            name: "Borgere, der oplever en værdig sagsbehandling".into(),
            value: value.into(),
            target: target.into(),
            lower_is_better: lower,
        };
        let read = local("82", "90", false).read();
        assert_eq!((read.value, read.target), (Some(82.0), Some(90.0)));
        assert_eq!(read.gap, Some(-8.0));
        assert_eq!(read.status, GoalStatus::Behind);
        assert_eq!(local("82", "90", true).read().status, GoalStatus::OnTrack);
        assert_eq!(local("90", "90", true).read().status, GoalStatus::OnTrack);
        assert_eq!(local("14,5 %", "12", false).read().gap, Some(2.5));
        // Thousands are grouped as in the figures (Danish or English), never a decimal mark.
        let read = local("1.234", "1.300", false).read();
        assert_eq!(
            (read.value, read.target, read.gap),
            (Some(1234.0), Some(1300.0), Some(-66.0))
        );
        let read = local("1,234.5", "1,300", false).read();
        assert_eq!((read.value, read.target), (Some(1234.5), Some(1300.0)));
        assert_eq!(read.status, GoalStatus::Behind);
        assert_eq!(local("16 884", "20.000", false).read().gap, Some(-3116.0));
        assert_eq!(local("72,5", "80", false).read().value, Some(72.5));
        assert_eq!(
            local("82", "", false).read().status,
            GoalStatus::NoReference
        );
        assert_eq!(local("", "90", false).read().status, GoalStatus::NoData);
        assert_eq!(
            local("mange", "90", false).read().status,
            GoalStatus::NoData
        );
    }

    #[test]
    fn references_are_checked_like_figures() {
        let read = |text: &str, unit| read_reference(&Entry::Text(text.into()), unit);
        assert_eq!(
            read("150", Unit::Percent),
            Err(FigureError::PercentAbove100)
        );
        assert_eq!(read("-5", Unit::Percent), Err(FigureError::Negative));
        assert_eq!(read("-5", Unit::Kr), Err(FigureError::Negative));
        assert_eq!(
            read("-5", Unit::Persons),
            Ok(Some(-5.0)),
            "below the expected level"
        );
        assert_eq!(read("-5", Unit::PercentChange), Ok(Some(-5.0)));
        assert_eq!(
            read("-150", Unit::PercentChange),
            Err(FigureError::Negative)
        );
        assert_eq!(read("", Unit::Percent), Ok(None));
        assert_eq!(read("14,5", Unit::Percent), Ok(Some(14.5)));
        assert_eq!(
            read_reference(&Entry::Number(1e300), Unit::Kr),
            Err(FigureError::TooLarge)
        );
    }

    #[test]
    fn sorting_by_gap_compares_gaps_relative_to_their_references() {
        let result = |gap: f64, reference: f64| IndicatorResult {
            id: String::new(),
            theme: String::new(),
            value: Ok(reference + gap),
            computed: None,
            period: None,
            warning: None,
            reference: Some(Reference {
                value: reference,
                kind: ReferenceKind::Target,
                level: None,
            }),
            gap: Some(gap),
            status: Some(Status::Behind),
            persons: None,
            kroner: None,
            development: None,
        };
        // +400 persons against 20,000 is 2 %; +15 points against 30 % is half.
        let persons = gap_order(&result(400.0, 20_000.0));
        let points = gap_order(&result(15.0, 30.0));
        assert!(points < persons, "{points:?} {persons:?}");
        let mut on_track = result(1.0, 2.0);
        on_track.status = Some(Status::OnTrack);
        assert!(persons < gap_order(&on_track), "behind comes first");
    }

    /// A document for `year` with `figures`; an id ending `_prev` is the figure in the year
    /// before.
    fn document(year: u16, figures: &[(&str, f64)]) -> Document {
        let catalogue = Catalogue::builtin();
        let mut document = Document::new(year, crate::Lang::Da);
        for (id, value) in figures {
            let (in_year, id) = match id.strip_suffix("_prev") {
                Some(base) => (year - 1, base),
                None => (year, *id),
            };
            document.set_year(in_year, catalogue);
            document
                .figures
                .insert(id.to_string(), Entry::Number(*value));
        }
        document.set_year(year, catalogue);
        document
    }

    fn result<'a>(assessment: &'a Assessment, id: &str) -> &'a IndicatorResult {
        assessment.indicators.iter().find(|r| r.id == id).unwrap()
    }

    #[test]
    fn lejre_is_577_persons_below_the_national_average() {
        let catalogue = Catalogue::builtin();
        let assessment = assess(catalogue, &lejre_2019());
        let share = result(&assessment, "public_support_share");
        // 2.395 / 16.884 = 14,185 %; 14,185 − 17,6 = −3,415 pp; 3,415 % of 16.884 = 576,6.
        assert!((share.value.clone().unwrap() - 14.185).abs() < 0.001);
        assert_eq!(
            share.reference,
            Some(Reference {
                value: 17.6,
                kind: ReferenceKind::Builtin,
                level: None,
            })
        );
        assert!((share.gap.unwrap() + 3.415).abs() < 0.001);
        assert_eq!(share.status, Some(Status::OnTrack));
        assert_eq!(share.persons, Some(577.0));
        assert_eq!(share.kroner, None, "no cost entered");
    }

    #[test]
    fn lejre_coverage_in_2019_and_2020() {
        let catalogue = Catalogue::builtin();
        let mut lejre = lejre_2019();
        let assessment = assess(catalogue, &lejre);
        // 2019: forsorgelse on track (share), arbejdskraft has data but monitor only.
        // The final list of 2019: six goals, no fraud goal.
        assert_eq!(
            assessment.coverage,
            Coverage {
                goals: 6,
                data: 2,
                on_track: 1,
                behind: 0,
                plan: 6
            }
        );
        assert_eq!(assessment.goals[0].status, GoalStatus::OnTrack);
        assert_eq!(assessment.goals[1].status, GoalStatus::NoReference);
        assert_eq!(assessment.goals[2].status, GoalStatus::NoData);
        // The lines under the proposal's fraud goal stay, by theme, beside the youth lines.
        assert_eq!(assessment.extra_focus.len(), 2 + 2);
        assert_eq!(assessment.extra_focus[0].theme.as_deref(), Some("kontrol"));

        lejre.year = 2020;
        let assessment = assess(catalogue, &lejre);
        assert_eq!(
            assessment.coverage,
            Coverage {
                goals: 3,
                data: 1,
                on_track: 0,
                behind: 0,
                plan: 3
            }
        );
        // forsorgelse, kontanthjaelp, kontrol and udsatte lines are no goal in 2020.
        assert_eq!(assessment.extra_focus.len(), 2 + 2 + 2 + 2 + 2);
    }

    #[test]
    fn the_target_wins_over_the_comparison_and_the_builtin_reference() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("population_16_66", 16884.0),
            ],
        );
        let entry = doc.references.get_or_default("public_support_share".into());
        entry.comparison = Some(Entry::Text("15,0".into()));
        let share = result(&assess(catalogue, &doc), "public_support_share").clone();
        assert_eq!(share.reference.unwrap().kind, ReferenceKind::Comparison);
        assert_eq!(share.status, Some(Status::OnTrack));

        let entry = doc.references.get_mut("public_support_share").unwrap();
        entry.target = Some(Entry::Text("14".into()));
        let share = result(&assess(catalogue, &doc), "public_support_share").clone();
        assert_eq!(
            share.reference,
            Some(Reference {
                value: 14.0,
                kind: ReferenceKind::Target,
                level: None,
            })
        );
        assert_eq!(share.status, Some(Status::Behind));
        // 0,185 pp of 16.884 = 31,2 → 31 persons.
        assert_eq!(share.persons, Some(31.0));
    }

    #[test]
    fn kroner_are_persons_times_the_cost_per_full_time_person() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2018,
            &[
                ("public_support_fte", 3000.0),
                ("population_16_66", 10000.0),
                ("cost_per_fte_kr", 200_000.0),
                ("investment_kr", 1_000_000.0),
            ],
        );
        let assessment = assess(catalogue, &doc);
        let share = result(&assessment, "public_support_share");
        // 30 % − 17,6 % = 12,4 pp of 10.000 = 1.240 persons × 200.000 kr.
        assert_eq!(share.status, Some(Status::Behind));
        assert_eq!(share.persons, Some(1240.0));
        assert_eq!(share.kroner, Some(248_000_000.0));
        assert_eq!(assessment.goals[0].status, GoalStatus::Behind);
        let investment = &assessment.investment;
        assert_eq!(investment.return_ratio, 2.0);
        assert_eq!(investment.expected_saving, Some(2_000_000.0));
        assert_eq!(investment.net_gain, Some(1_000_000.0));
        assert_eq!(
            investment.gap_kroner,
            Some(("public_support_share".into(), 248_000_000.0))
        );

        doc.return_ratio = Some(1.5);
        assert_eq!(
            assess(catalogue, &doc).investment.expected_saving,
            Some(1_500_000.0)
        );
    }

    #[test]
    fn higher_is_better_indicators_are_behind_below_their_reference() {
        let catalogue = Catalogue::builtin();
        let doc = document(
            2019,
            &[("cash_jobready", 20.0), ("cash_activityready", 80.0)],
        );
        let jobready = result(&assess(catalogue, &doc), "cash_jobready_share").clone();
        assert_eq!(jobready.gap, Some(-10.0));
        assert_eq!(jobready.status, Some(Status::Behind));
        // 10 pp of the 100 recipients = 10 more must become job-ready.
        assert_eq!(jobready.persons, Some(10.0));
    }

    #[test]
    fn monitor_indicators_have_a_gap_but_no_status() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(2019, &[("gross_unemployment_pct", 2.4)]);
        doc.references
            .get_or_default("gross_unemployment".into())
            .comparison = Some(Entry::Number(3.0));
        let unemployment = result(&assess(catalogue, &doc), "gross_unemployment").clone();
        assert!((unemployment.gap.unwrap() + 0.6).abs() < 1e-9);
        assert_eq!(unemployment.status, None);
    }

    #[test]
    fn the_previous_year_gives_a_development_in_the_indicators_direction() {
        let catalogue = Catalogue::builtin();
        let doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("public_support_fte_prev", 2500.0),
                ("population_16_66", 16884.0),
                ("population_16_66_prev", 17000.0),
            ],
        );
        let assessment = assess(catalogue, &doc);
        let development = result(&assessment, "public_support_share")
            .development
            .clone()
            .unwrap();
        // The year before's share is divided by the year before's population.
        assert!((development.previous - 2500.0 / 17000.0 * 100.0).abs() < 1e-9);
        assert!(development.change < 0.0);
        assert_eq!(development.better, Some(true));
        let change = result(&assessment, "public_support_change");
        assert!((change.value.clone().unwrap() + 4.2).abs() < 1e-9);
    }

    #[test]
    fn a_change_written_as_zero_is_neither_better_nor_worse() {
        let catalogue = Catalogue::builtin();
        // 2395 / 16884 against 2396 / 16891: -0.0028 percentage points, written "0,0".
        let doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("public_support_fte_prev", 2396.0),
                ("population_16_66", 16884.0),
                ("population_16_66_prev", 16891.0),
            ],
        );
        let development = result(&assess(catalogue, &doc), "public_support_share")
            .development
            .clone()
            .unwrap();
        assert!(development.change != 0.0 && development.change.abs() < 0.05);
        assert_eq!(development.better, None);
    }

    #[test]
    fn without_the_year_befores_population_a_share_has_no_development() {
        let catalogue = Catalogue::builtin();
        let doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("public_support_fte_prev", 2500.0),
                ("population_16_66", 16884.0),
            ],
        );
        let assessment = assess(catalogue, &doc);
        assert_eq!(
            result(&assessment, "public_support_share").development,
            None
        );
    }

    #[test]
    fn the_benchmark_gap_comes_from_the_benchmarks_own_counts_lejre_is_50_above() {
        let catalogue = Catalogue::builtin();
        // Lejre, 2020QMAT02 (Jobindsats table Y30R21): actual 1.170, expected 1.120. The
        // ministerial-goal count of 2.395 (MM14, more benefits) never enters this indicator.
        let doc = document(
            2020,
            &[
                ("public_support_fte", 2395.0),
                ("benchmark_actual", 1170.0),
                ("benchmark_expected", 1120.0),
            ],
        );
        let assessment = assess(catalogue, &doc);
        let benchmark = result(&assessment, "public_support_vs_expected");
        assert_eq!(benchmark.value, Ok(50.0));
        assert_eq!(benchmark.gap, Some(50.0));
        assert_eq!(benchmark.persons, Some(50.0));
        assert_eq!(benchmark.status, Some(Status::Behind));
        let only_mm = document(
            2020,
            &[
                ("public_support_fte", 2395.0),
                ("benchmark_expected", 1120.0),
            ],
        );
        let assessment = assess(catalogue, &only_mm);
        assert_eq!(
            result(&assessment, "public_support_vs_expected").value,
            Err(NotComputed::Missing(vec!["benchmark_actual".into()]))
        );
    }

    #[test]
    fn a_recruitment_change_across_the_method_break_warns_and_is_not_judged() {
        let catalogue = Catalogue::builtin();
        // About 20.000 failed recruitments nationally in autumn 2017 (old method), 66.700 in
        // December 2018 (new method): +233 % is the new method, not the labour market.
        let mut doc = document(
            2019,
            &[
                ("failed_recruitments", 66_700.0),
                ("failed_recruitments_prev", 20_000.0),
            ],
        );
        doc.references.insert(
            "failed_recruitments_change".into(),
            ReferenceEntry {
                comparison: None,
                target: Some(Entry::Number(0.0)),
            },
        );
        let assessment = assess(catalogue, &doc);
        let change = result(&assessment, "failed_recruitments_change");
        assert!((change.value.clone().unwrap() - 233.5).abs() < 0.1);
        assert_eq!(
            change.warning,
            Some(Warning::MethodBreak {
                figure: "failed_recruitments".into(),
                month: "2018-12".into(),
                placed: false,
                across: None,
            })
        );
        assert_eq!((change.status, change.gap), (None, None));
        assert_eq!(assessment.goals[1].status, GoalStatus::NoReference);
        let message = change
            .warning
            .as_ref()
            .unwrap()
            .message(Lang::Da, |_| "Forgæves rekrutteringer".into());
        assert!(message.contains("december 2018"), "{message}");
        assert!(message.contains("Skriv perioden"), "{message}");
    }

    #[test]
    fn a_quarter_across_the_method_break_is_on_neither_side_and_says_so() {
        let catalogue = Catalogue::builtin();
        let change = |before: &str, now: &str| {
            let mut doc = document(
                2019,
                &[
                    ("failed_recruitments", 66_700.0),
                    ("failed_recruitments_prev", 60_000.0),
                ],
            );
            doc.periods.insert("failed_recruitments".into(), now.into());
            doc.set_year(2018, catalogue);
            doc.periods
                .insert("failed_recruitments".into(), before.into());
            doc.set_year(2019, catalogue);
            result(&assess(catalogue, &doc), "failed_recruitments_change").clone()
        };
        let across = |period: &str| {
            Some(Warning::MethodBreak {
                figure: "failed_recruitments".into(),
                month: "2018-12".into(),
                placed: false,
                across: Some(period.into()),
            })
        };
        // October–December 2018 holds two months of the old method and one of the new; so
        // does the year 2018.
        for (before, now) in [
            ("2018K4", "2019K4"),
            ("2018Q4", "dec. 2019"),
            ("4. kvt. 2018", "4. kvt. 2019"),
            ("2018", "2019"),
            // Not a year apart, or with no period this year: the change of method first.
            ("2018K4", "2020K4"),
            ("2018K4", ""),
        ] {
            let result = change(before, now);
            assert_eq!(result.warning, across(before), "{before} → {now}");
            assert_eq!((result.status, result.gap), (None, None));
        }
        let message = |lang| {
            change("2018K4", "2019K4")
                .warning
                .unwrap()
                .message(lang, |_| "Forgæves rekrutteringer".into())
        };
        let danish = message(Lang::Da);
        assert!(
            danish.contains("»2018K4« rækker hen over skiftet"),
            "{danish}"
        );
        assert!(danish.contains("december 2018"), "{danish}");
        let english = message(Lang::En);
        assert!(english.contains("“2018K4” spans the switch"), "{english}");
        // A quarter on each side is placed; two after it are judged.
        assert!(matches!(
            change("2018K3", "2019K3").warning,
            Some(Warning::MethodBreak { placed: true, .. })
        ));
        assert_eq!(change("2019K1", "2020K1").warning, None);
    }

    #[test]
    fn periods_decide_whether_a_change_or_a_development_is_judged() {
        let catalogue = Catalogue::builtin();
        let with_periods = |before: &str, now: &str| {
            let mut doc = document(
                2019,
                &[
                    ("failed_recruitments", 66_700.0),
                    ("failed_recruitments_prev", 60_000.0),
                    ("public_support_fte", 2395.0),
                    ("public_support_fte_prev", 2500.0),
                    ("population_16_66", 16884.0),
                    ("population_16_66_prev", 17000.0),
                ],
            );
            for id in [
                "failed_recruitments",
                "public_support_fte",
                "population_16_66",
            ] {
                doc.periods.insert(id.into(), now.into());
            }
            doc.set_year(2018, catalogue);
            for id in [
                "failed_recruitments",
                "public_support_fte",
                "population_16_66",
            ] {
                doc.periods.insert(id.into(), before.into());
            }
            doc.set_year(2019, catalogue);
            assess(catalogue, &doc)
        };
        // Both after the switch, a year apart: judged.
        let a = with_periods("december 2018", "december 2019");
        let change = result(&a, "failed_recruitments_change");
        assert_eq!(change.warning, None);
        assert_eq!(
            change.period.as_deref(),
            Some("december 2018 → december 2019")
        );
        let development = result(&a, "public_support_share")
            .development
            .clone()
            .unwrap();
        assert_eq!(
            (development.warning, development.better),
            (None, Some(true))
        );
        // Either side of the switch: placed, and not judged.
        let b = with_periods("juni 2018", "juni 2019");
        assert!(matches!(
            result(&b, "failed_recruitments_change").warning,
            Some(Warning::MethodBreak { placed: true, .. })
        ));
        // Backwards, the same period twice, or years apart: no development from the year before.
        for (before, now) in [
            ("maj 2019", "maj 2018"),
            ("maj 2019", "maj 2019"),
            ("maj 2016", "maj 2021"),
        ] {
            let c = with_periods(before, now);
            let development = result(&c, "public_support_share")
                .development
                .clone()
                .unwrap();
            assert_eq!(
                development.warning,
                Some(Warning::NotAYearApart {
                    before: Some(before.into()),
                    now: Some(now.into())
                }),
                "{before} → {now}"
            );
            assert_eq!(development.better, None);
            assert_eq!(result(&c, "public_support_change").status, None);
        }
    }

    #[test]
    fn half_years_give_a_development_and_a_side_of_the_method_break() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2019,
            &[
                ("failed_recruitments", 66_700.0),
                ("failed_recruitments_prev", 20_000.0),
                ("public_support_fte", 2395.0),
                ("public_support_fte_prev", 2500.0),
                ("population_16_66", 16884.0),
                ("population_16_66_prev", 17000.0),
            ],
        );
        doc.periods
            .insert("failed_recruitments".into(), "1. halvår 2019".into());
        doc.periods
            .insert("public_support_fte".into(), "2019H1".into());
        doc.periods
            .insert("population_16_66".into(), "april 2019".into());
        doc.set_year(2018, catalogue);
        doc.periods
            .insert("failed_recruitments".into(), "2018H1".into());
        doc.periods
            .insert("public_support_fte".into(), "2018H1".into());
        doc.periods
            .insert("population_16_66".into(), "april 2018".into());
        doc.set_year(2019, catalogue);
        let assessment = assess(catalogue, &doc);
        // The first half of 2018 is before the switch (December 2018), of 2019 after it.
        assert!(matches!(
            result(&assessment, "failed_recruitments_change").warning,
            Some(Warning::MethodBreak { placed: true, .. })
        ));
        // April is within the half year: one period, a year after the one before.
        let share = result(&assessment, "public_support_share");
        assert_eq!(share.warning, None);
        assert_eq!(share.period.as_deref(), Some("april 2019"));
        let development = share.development.clone().unwrap();
        assert_eq!(
            (development.warning, development.better),
            (None, Some(true))
        );
    }

    #[test]
    fn a_year_whose_figures_name_different_periods_keeps_them_in_its_development() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("public_support_fte_prev", 2500.0),
                ("population_16_66", 16884.0),
                ("population_16_66_prev", 17000.0),
            ],
        );
        for id in ["public_support_fte", "population_16_66"] {
            doc.periods.insert(id.into(), "april 2019".into());
        }
        doc.set_year(2018, catalogue);
        doc.periods
            .insert("public_support_fte".into(), "april 2018".into());
        doc.periods
            .insert("population_16_66".into(), "1. januar 2018".into());
        doc.set_year(2019, catalogue);
        let development = result(&assess(catalogue, &doc), "public_support_share")
            .development
            .clone()
            .unwrap();
        let periods = vec!["april 2018".to_string(), "1. januar 2018".to_string()];
        // The year before has periods, only not one: they are kept, not taken for none.
        assert_eq!(development.period_before, Err(periods.clone()));
        assert_eq!(development.period, Ok(Some("april 2019".into())));
        assert_eq!(development.warning, Some(Warning::MixedPeriods { periods }));
        assert_eq!(development.better, None);
    }

    #[test]
    fn a_development_compares_what_is_shown_published_with_published() {
        let catalogue = Catalogue::builtin();
        let figures = [
            ("public_support_fte", 2395.0),
            ("population_16_66", 16884.0),
            ("public_support_fte_prev", 2500.0),
            ("population_16_66_prev", 17000.0),
        ];
        // Published this year only: one published, one computed; not compared.
        let mut doc = document(2019, &figures);
        doc.figures
            .insert("public_support_share_published".into(), Entry::Number(16.0));
        let share = result(&assess(catalogue, &doc), "public_support_share").clone();
        let development = share.development.unwrap();
        assert_eq!(development.warning, Some(Warning::PublishedAndComputed));
        assert_eq!(development.better, None);
        // Published both years: 16,0 against 14,1 is +1,9 procentpoint, worse.
        doc.set_year(2018, catalogue);
        doc.figures
            .insert("public_support_share_published".into(), Entry::Number(14.1));
        doc.set_year(2019, catalogue);
        let share = result(&assess(catalogue, &doc), "public_support_share").clone();
        let development = share.development.unwrap();
        assert!(
            (development.change - 1.9).abs() < 1e-9,
            "{}",
            development.change
        );
        assert_eq!(development.better, Some(false));
        // Only the published values: still a development.
        let mut only = Document::new(2019, crate::Lang::Da);
        only.figures
            .insert("public_support_share_published".into(), Entry::Number(14.1));
        only.set_year(2018, catalogue);
        only.figures
            .insert("public_support_share_published".into(), Entry::Number(16.0));
        only.set_year(2019, catalogue);
        let share = result(&assess(catalogue, &only), "public_support_share").clone();
        assert_eq!(share.development.map(|d| d.better), Some(Some(true)));
    }

    #[test]
    fn a_month_within_a_quarter_or_a_year_is_one_period() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("population_16_66", 16884.0),
            ],
        );
        doc.periods
            .insert("public_support_fte".into(), "april 2019".into());
        for (population, mixed) in [("2019K2", false), ("2019", false), ("1. januar 2019", true)] {
            doc.periods
                .insert("population_16_66".into(), population.into());
            let share = result(&assess(catalogue, &doc), "public_support_share").clone();
            assert_eq!(share.warning.is_some(), mixed, "{population}");
            if !mixed {
                assert_eq!(share.period.as_deref(), Some("april 2019"));
                assert_eq!(share.status, Some(Status::OnTrack));
            }
        }
    }

    #[test]
    fn an_amount_per_inhabitant_needs_the_population_of_the_same_period() {
        let catalogue = Catalogue::builtin();
        // 1.000.000 kr. saved by the control effort in 2019 (and 900.000 kr. in 2018), in a
        // municipality of 27.000.
        let mut doc = document(
            2019,
            &[
                ("control_savings_kr", 1_000_000.0),
                ("control_savings_kr_prev", 900_000.0),
                ("population_total", 27_000.0),
                ("population_total_prev", 27_000.0),
            ],
        );
        doc.references
            .get_or_default("control_savings_per_inhabitant".into())
            .comparison = Some(Entry::Number(30.0));
        doc.set_year(2018, catalogue);
        for id in ["control_savings_kr", "population_total"] {
            doc.periods.insert(id.into(), "2018".into());
        }
        doc.set_year(2019, catalogue);
        doc.periods
            .insert("control_savings_kr".into(), "2019".into());
        let per = |doc: &Document| {
            result(&assess(catalogue, doc), "control_savings_per_inhabitant").clone()
        };
        // The population of the first quarter (or of New Year's Day) is not the year's: the
        // value is shown, with a warning, no gap and no verdict, and no judged development.
        for population in ["2019K1", "1. januar 2019"] {
            doc.periods
                .insert("population_total".into(), population.into());
            let result = per(&doc);
            assert!((result.value.clone().unwrap() - 1_000_000.0 / 27_000.0).abs() < 1e-9);
            assert_eq!(
                result.warning,
                Some(Warning::MixedPeriods {
                    periods: vec!["2019".into(), population.into()]
                }),
                "{population}"
            );
            assert_eq!(
                (result.period, result.gap, result.status),
                (None, None, None)
            );
            let development = result.development.unwrap();
            assert!(matches!(
                development.warning,
                Some(Warning::MixedPeriods { .. })
            ));
            assert_eq!(development.better, None);
        }
        // The population of the same year: one period, measured against the comparison.
        doc.periods.insert("population_total".into(), "2019".into());
        let result = per(&doc);
        assert_eq!(result.warning, None);
        assert_eq!(result.period.as_deref(), Some("2019"));
        assert!(result.gap.is_some());
        assert_eq!(result.development.unwrap().warning, None);
    }

    #[test]
    fn the_published_share_is_shown_with_the_computed_one_as_a_check() {
        let catalogue = Catalogue::builtin();
        // Jobindsats publishes 14,1 % for Lejre; 2.395 / 16.884 is 14,2 %.
        let mut doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("population_16_66", 16884.0),
            ],
        );
        doc.figures.insert(
            "public_support_share_published".into(),
            Entry::Text("14,1".into()),
        );
        let assessment = assess(catalogue, &doc);
        let share = result(&assessment, "public_support_share");
        assert_eq!(share.value, Ok(14.1));
        assert!((share.computed.unwrap() - 14.185).abs() < 0.001);
        assert_eq!(Unit::Percent.format_value(14.1, Lang::Da), "14,1 %");
        // The persons gap still counts the 16–66-year-olds: (17,6 − 14,1) % of 16.884.
        assert_eq!(share.persons, Some(591.0));
    }

    #[test]
    fn the_womens_share_is_the_share_of_the_women_who_are_in_work() {
        let catalogue = Catalogue::builtin();
        let doc = document(
            2019,
            &[
                ("refugees_total", 950.0),
                ("refugees_employed", 450.0),
                ("refugee_women_total", 500.0),
                ("refugee_women_employed", 120.0),
            ],
        );
        let assessment = assess(catalogue, &doc);
        let women = result(&assessment, "refugee_women_employment_share");
        // 120 of the 500 women, not 120 of the 450 in work.
        assert!((women.value.clone().unwrap() - 24.0).abs() < 1e-9);
        let name = &catalogue
            .indicator("refugee_women_employment_share")
            .unwrap()
            .name;
        assert!(name.da.contains("kvinderne"), "{}", name.da);
        assert!(name.en.contains("the women"), "{}", name.en);
    }

    #[test]
    fn an_invalid_figure_leaves_other_indicators_computed() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2019,
            &[
                ("public_support_fte", 2395.0),
                ("population_16_66", 16884.0),
            ],
        );
        doc.figures
            .insert("refugees_total".into(), Entry::Text("abc".into()));
        doc.figures
            .insert("refugees_employed".into(), Entry::Text("5".into()));
        let assessment = assess(catalogue, &doc);
        assert!(result(&assessment, "public_support_share").value.is_ok());
        assert_eq!(
            result(&assessment, "refugee_employment_share").value,
            Err(NotComputed::Invalid(vec!["refugees_total".into()]))
        );
    }

    #[test]
    fn a_goal_with_an_indicator_behind_is_behind_even_if_another_is_on_track() {
        let catalogue = Catalogue::builtin();
        let mut doc = document(
            2020,
            &[
                ("refugees_total", 100.0),
                ("refugees_employed", 40.0),
                ("refugee_women_total", 50.0),
                ("refugee_women_employed", 10.0),
            ],
        );
        let refs = &mut doc.references;
        refs.get_or_default("refugee_employment_share".into())
            .target = Some(Entry::Number(35.0));
        refs.get_or_default("refugee_women_employment_share".into())
            .target = Some(Entry::Number(25.0));
        let assessment = assess(catalogue, &doc);
        assert_eq!(assessment.goals[1].status, GoalStatus::Behind);
        assert_eq!(assessment.coverage.behind, 1);
        assert_eq!(assessment.coverage.on_track, 0);
    }
}
