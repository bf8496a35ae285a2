//! Real public data: the 98 municipalities (`data/municipalities.csv`) and Jobindsats' benchmark
//! table Y30R21 (`data/benchmark-y30r21.csv`), expected and actual full-time persons on public
//! support per municipality, period and benefit group, with the rank among the 98. Both are the
//! project's own copies, written by `scripts/benchmark-data.mjs` from the sources named in them.
//!
//! The benchmark is its own measure: it covers three benefit groups only, and is never
//! subtracted from the ministerial goals' public-support figures.

use crate::number::{self, NumberKind};

/// Source line for every figure from the benchmark table.
pub const SOURCE: &str = "Kilde: Jobindsats.dk (STAR), tabel Y30R21";

/// A municipality: its official code (kommunekode) and its name as Jobindsats spells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Municipality {
    pub code: u16,
    pub name: String,
}

/// The benefit groups of the benchmark, in the table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    All,
    UnemploymentBenefit,
    SicknessBenefit,
    SocialAssistance,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::All,
        Group::UnemploymentBenefit,
        Group::SicknessBenefit,
        Group::SocialAssistance,
    ];

    /// The group's code in the data file.
    pub fn code(self) -> &'static str {
        match self {
            Group::All => "alle",
            Group::UnemploymentBenefit => "a-dagpenge",
            Group::SicknessBenefit => "sygedagpenge",
            Group::SocialAssistance => "kontanthjaelp",
        }
    }
}

/// One municipality's benchmark in one period and benefit group.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub code: u16,
    /// As published, e.g. `2020QMAT02` (not documented beyond its form: shown as it is).
    pub period: String,
    pub group: Group,
    /// Full-time persons, rounded to tens by Jobindsats.
    pub expected: u32,
    pub actual: u32,
    /// In per cent of the population.
    pub expected_pct: f64,
    pub actual_pct: f64,
    /// Among the 98, 1 = best.
    pub rank: u8,
}

impl Row {
    /// Actual minus expected, in persons: more on public support than expected is positive.
    pub fn difference(&self) -> i64 {
        i64::from(self.actual) - i64::from(self.expected)
    }

    /// Actual minus expected, in percentage points.
    pub fn difference_points(&self) -> f64 {
        self.actual_pct - self.expected_pct
    }
}

/// Reads `code;name` lines (after the header); a line that is not one is refused, by number.
pub fn read_municipalities(text: &str) -> Result<Vec<Municipality>, String> {
    data_lines(text, "code;name")?
        .map(|(n, line)| {
            let (code, name) = line.split_once(';').ok_or(format!("line {n}: no ;"))?;
            let code = code.parse().map_err(|_| format!("line {n}: code {code}"))?;
            match name.trim() {
                "" => Err(format!("line {n}: no name")),
                name => Ok(Municipality {
                    code,
                    name: name.to_string(),
                }),
            }
        })
        .collect()
}

/// Reads the benchmark file: comment lines (`#`), the header, then one row per line.
pub fn read_benchmark(text: &str) -> Result<Vec<Row>, String> {
    let header =
        "kode;periode;gruppe;forventet_antal;faktisk_antal;forventet_pct;faktisk_pct;placering";
    data_lines(text, header)?
        .map(|(n, line)| {
            let cells: Vec<&str> = line.split(';').collect();
            let [
                code,
                period,
                group,
                expected,
                actual,
                expected_pct,
                actual_pct,
                rank,
            ] = cells[..]
            else {
                return Err(format!("line {n}: expected 8 cells"));
            };
            let bad = |what: &str| format!("line {n}: {what}");
            let share = |text: &str| match number::parse(text, NumberKind::Percent) {
                Ok(Some(value)) => Ok(value),
                _ => Err(bad(text)),
            };
            Ok(Row {
                code: code.parse().map_err(|_| bad(code))?,
                period: period.to_string(),
                group: Group::ALL
                    .into_iter()
                    .find(|g| g.code() == group)
                    .ok_or(bad(group))?,
                expected: expected.parse().map_err(|_| bad(expected))?,
                actual: actual.parse().map_err(|_| bad(actual))?,
                expected_pct: share(expected_pct)?,
                actual_pct: share(actual_pct)?,
                rank: rank.parse().map_err(|_| bad(rank))?,
            })
        })
        .collect()
}

/// The lines after `header`, numbered from 1, without comments and empty lines.
fn data_lines<'a>(
    text: &'a str,
    header: &str,
) -> Result<impl Iterator<Item = (usize, &'a str)>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty());
    match lines.next() {
        Some((_, first)) if first == header => Ok(lines),
        _ => Err(format!("expected the header {header}")),
    }
}

/// Checks the benchmark against the municipalities: in every period and group, one row for
/// each of them and no other, and ranks that are a permutation of 1 to their number.
pub fn check(rows: &[Row], municipalities: &[Municipality]) -> Result<(), String> {
    let mut periods: Vec<&str> = rows.iter().map(|r| r.period.as_str()).collect();
    periods.sort_unstable();
    periods.dedup();
    let n = municipalities.len();
    for period in &periods {
        for group in Group::ALL {
            let of: Vec<&Row> = rows
                .iter()
                .filter(|r| r.period == *period && r.group == group)
                .collect();
            let mut codes: Vec<u16> = of.iter().map(|r| r.code).collect();
            codes.sort_unstable();
            let mut expected: Vec<u16> = municipalities.iter().map(|m| m.code).collect();
            expected.sort_unstable();
            if codes != expected {
                return Err(format!(
                    "{period} {}: not one row per municipality",
                    group.code()
                ));
            }
            let mut ranks: Vec<usize> = of.iter().map(|r| usize::from(r.rank)).collect();
            ranks.sort_unstable();
            if ranks != (1..=n).collect::<Vec<_>>() {
                return Err(format!("{period} {}: ranks are not 1–{n}", group.code()));
            }
        }
    }
    Ok(())
}
