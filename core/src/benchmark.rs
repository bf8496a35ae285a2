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

/// The goal year the benchmark belongs with: the 2020 letter names "et benchmarksystem" among
/// the initiatives that take over from the earlier goals (bm-2019-196), and its periods start in
/// 2020.
pub const YEAR: u16 = 2020;

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

/// The 98 municipalities, from the project's copy (`data/municipalities.csv`), read once, in
/// Danish alphabetical order ([`danish_order`]). Only
/// the code loaded later calls this (the picker, the benchmark), so the list travels with it.
pub fn municipalities() -> &'static [Municipality] {
    &listed().0
}

/// The 98 in Danish alphabetical order ([`danish_order`]) and their names folded ([`fold`]),
/// in the same order: sorted and folded once, not at every match.
fn listed() -> &'static (Vec<Municipality>, Vec<String>) {
    static LIST: std::sync::OnceLock<(Vec<Municipality>, Vec<String>)> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let list =
            read_municipalities(include_str!("../data/municipalities.csv")).unwrap_or_default();
        let mut keyed: Vec<(Vec<u32>, Municipality)> = list
            .into_iter()
            .map(|m| (danish_order(&m.name), m))
            .collect();
        // Sorted by insertion: 98 names, and no sort's code in the part that loads them.
        for i in 1..keyed.len() {
            let mut j = i;
            while j > 0 && keyed[j - 1].0 > keyed[j].0 {
                keyed.swap(j - 1, j);
                j -= 1;
            }
        }
        let list: Vec<Municipality> = keyed.into_iter().map(|(_, m)| m).collect();
        let folded = list.iter().map(|m| fold(&m.name)).collect();
        (list, folded)
    })
}

/// A name's key for Danish alphabetical order, as a list of the 98 is read: letters as in the
/// alphabet, with æ, ø and å after z (so Ærø comes near the end), case and hyphens aside.
/// "Aa" at the start of a name sorts as "a" (Aabenraa, Aalborg and Aarhus first, as in
/// Danmarks Statistik's lists).
pub fn danish_order(name: &str) -> Vec<u32> {
    crate::text::lower(name)
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '.'))
        .map(|c| match c {
            'æ' | 'ä' => u32::from('z') + 1,
            'ø' | 'ö' => u32::from('z') + 2,
            'å' => u32::from('z') + 3,
            'é' => u32::from('e'),
            c => u32::from(c),
        })
        .collect()
}

/// A name folded for matching what a person types: lower case, `æ` as `ae`, `ø` and `oe` as
/// `o`, `å` as `aa`, and only letters and digits, so "hoje" finds "Høje-Taastrup", "aeroe" Ærø
/// and "åbenrå" Aabenraa.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    // `text::lower`, not `char::to_lowercase`, and ASCII tests: the Unicode tables behind those
    // would cost the part that loads this list 9 KB gzipped.
    for c in crate::text::lower(text).chars() {
        match c {
            'æ' | 'ä' => folded.push_str("ae"),
            'ø' | 'ö' => folded.push('o'),
            'å' => folded.push_str("aa"),
            'é' | 'è' => folded.push('e'),
            'ü' => folded.push('u'),
            c if c.is_ascii_alphanumeric() => folded.push(c),
            _ => {}
        }
    }
    folded.replace("oe", "o")
}

/// The municipality a typed name is, if it is one of the 98: the name as listed, with or
/// without "Kommune" (also "Københavns Kommune", "Bornholms Regionskommune"), in any case.
pub fn municipality_named(name: &str) -> Option<&'static Municipality> {
    let typed = fold(name);
    let typed = ["sregionskommune", "regionskommune", "skommune", "kommune"]
        .iter()
        .find_map(|suffix| typed.strip_suffix(suffix).filter(|rest| !rest.is_empty()))
        .unwrap_or(&typed);
    let (list, folded) = listed();
    list.iter().zip(folded).find_map(|(m, listed)| {
        let same =
            *listed == typed || (listed.ends_with('s') && listed[..listed.len() - 1] == *typed);
        same.then_some(m)
    })
}

/// The municipality with this code, if it is one of the 98.
pub fn municipality(code: u16) -> Option<&'static Municipality> {
    municipalities().iter().find(|m| m.code == code)
}

/// The municipalities whose name matches what is typed: those that begin with it letter for
/// letter first ("hørs": Hørsholm), then those that begin with it as folded ("hors": Horsens,
/// Hørsholm), then the others that have it, each in Danish alphabetical order; all of them for
/// nothing typed.
pub fn matching(typed: &str) -> Vec<&'static Municipality> {
    let exact = crate::text::lower(typed.trim());
    let typed = fold(typed);
    let (list, folded) = listed();
    let rank = |(name, m): &(&String, &Municipality)| match name.starts_with(&typed) {
        true if crate::text::lower(&m.name).starts_with(&exact) => 0,
        true => 1,
        false => 2,
    };
    let found: Vec<(&String, &Municipality)> = folded
        .iter()
        .zip(list)
        .filter(|(name, _)| name.contains(&typed))
        .collect();
    (0..3)
        .flat_map(|r| found.iter().filter(move |f| rank(f) == r).map(|(_, m)| *m))
        .collect()
}

/// The first line of the compact file the app downloads (`benchmark-<hash>.txt`).
pub const COMPACT_HEADER: &str = "jobmaal-benchmark 1";

/// The benchmark as the app uses it: its periods in order and every row.
#[derive(Clone, Debug, PartialEq)]
pub struct Benchmark {
    pub periods: Vec<String>,
    pub rows: Vec<Row>,
}

impl Benchmark {
    /// One municipality's rows in one group, in the periods' order.
    pub fn of(&self, code: u16, group: Group) -> Vec<&Row> {
        self.rows
            .iter()
            .filter(|r| r.code == code && r.group == group)
            .collect()
    }

    /// Every municipality's row in one period and group, best rank first (each rank in its
    /// place: the ranks are 1 to the number of rows, as the build checks).
    pub fn all_in(&self, period: &str, group: Group) -> Vec<&Row> {
        let rows = self
            .rows
            .iter()
            .filter(|r| r.period == period && r.group == group);
        let mut ranked: Vec<Option<&Row>> = vec![None; 128];
        for row in rows {
            if let Some(slot) = ranked.get_mut(usize::from(row.rank)) {
                *slot = Some(row);
            }
        }
        ranked.into_iter().flatten().collect()
    }
}

/// Writes the compact file: the header, the periods, then a line per municipality: its code
/// and, for each period and each group in `Group::ALL`'s order, the expected and the actual
/// count, the expected and the actual share in hundredths of a per cent, and the rank. Built at
/// build time from the checked table; `None` if a share has more than two decimals or a row is
/// missing, so nothing is rounded or guessed on the way.
pub fn write_compact(rows: &[Row], municipalities: &[Municipality]) -> Option<String> {
    let mut periods: Vec<&str> = rows.iter().map(|r| r.period.as_str()).collect();
    periods.sort_unstable();
    periods.dedup();
    let hundredths = |pct: f64| {
        let h = (pct * 100.0).round();
        ((h - pct * 100.0).abs() < 1e-6).then_some(h as i64)
    };
    let mut out = format!("{COMPACT_HEADER}\n{}\n", periods.join(" "));
    for m in municipalities {
        out.push_str(&m.code.to_string());
        for period in &periods {
            for group in Group::ALL {
                let row = rows
                    .iter()
                    .find(|r| r.code == m.code && r.period == *period && r.group == group)?;
                let cells = [
                    i64::from(row.expected),
                    i64::from(row.actual),
                    hundredths(row.expected_pct)?,
                    hundredths(row.actual_pct)?,
                    i64::from(row.rank),
                ];
                for cell in cells {
                    out.push(' ');
                    out.push_str(&cell.to_string());
                }
            }
        }
        out.push('\n');
    }
    Some(out)
}

/// Reads the compact file (see `write_compact`); a file that is not one is refused.
pub fn read_compact(text: &str) -> Result<Benchmark, String> {
    let mut lines = text.lines();
    if lines.next() != Some(COMPACT_HEADER) {
        return Err("not a benchmark file".to_string());
    }
    let periods: Vec<String> = match lines.next() {
        Some(line) if !line.trim().is_empty() => line.split(' ').map(str::to_string).collect(),
        _ => return Err("no periods".to_string()),
    };
    let per_line = periods.len() * Group::ALL.len() * 5;
    let mut rows = Vec::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.is_empty()) {
        let bad = || format!("line {}", n + 3);
        let numbers: Vec<i64> = line
            .split(' ')
            .map(|cell| cell.parse().map_err(|_| bad()))
            .collect::<Result<_, _>>()?;
        let Some((&code, cells)) = numbers.split_first() else {
            return Err(bad());
        };
        if cells.len() != per_line {
            return Err(bad());
        }
        let code = u16::try_from(code).map_err(|_| bad())?;
        let mut cells = cells.chunks_exact(5);
        for period in &periods {
            for group in Group::ALL {
                let Some(&[expected, actual, expected_pct, actual_pct, rank]) = cells.next() else {
                    return Err(bad());
                };
                rows.push(Row {
                    code,
                    period: period.clone(),
                    group,
                    expected: u32::try_from(expected).map_err(|_| bad())?,
                    actual: u32::try_from(actual).map_err(|_| bad())?,
                    expected_pct: expected_pct as f64 / 100.0,
                    actual_pct: actual_pct as f64 / 100.0,
                    rank: u8::try_from(rank).map_err(|_| bad())?,
                });
            }
        }
    }
    // One line for each of the 98, as the build writes it: less (a file cut short, or lines
    // that are not the table's) is no benchmark to show.
    let mut codes: Vec<u16> = rows.iter().map(|r| r.code).collect();
    codes.dedup();
    let known = municipalities();
    if codes.len() != known.len() || !known.iter().all(|m| codes.contains(&m.code)) {
        return Err("not the 98 municipalities".to_string());
    }
    Ok(Benchmark { periods, rows })
}
