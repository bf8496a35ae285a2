//! The period a figure is for, as published ("april 2019", "apr. 2019", "2019K4", "2019M04",
//! "4. kvt. 2019", "2019H1", "1. halvår 2019", "2019"), read as the months it covers: enough to
//! tell whether two figures are for the same period and on which side of a change of method a
//! figure lies. A period this cannot read is kept as written and compared as text; it is never
//! guessed at.

fn lower(text: &str) -> String {
    crate::text::lower(text)
}

/// The months a period covers, first and last, each as `year × 12 + month − 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Months {
    pub first: u32,
    pub last: u32,
}

/// Which side of a change of method (from a month on) a period lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
    /// The period has months on both sides ("2018K4" or "2018" beside December 2018).
    Across,
    /// The period is not given, or cannot be read.
    Unknown,
}

/// Three letters of each month's name, Danish and English (`maj`/`may`, `okt`/`oct`).
const MONTHS: [(&str, &str); 12] = [
    ("jan", "jan"),
    ("feb", "feb"),
    ("mar", "mar"),
    ("apr", "apr"),
    ("maj", "may"),
    ("jun", "jun"),
    ("jul", "jul"),
    ("aug", "aug"),
    ("sep", "sep"),
    ("okt", "oct"),
    ("nov", "nov"),
    ("dec", "dec"),
];

fn month_index(year: u32, month: u32) -> u32 {
    year * 12 + month - 1
}

/// A four-digit year.
fn year(text: &str) -> Option<u32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A number of one or two digits.
fn small_number(digits: &str) -> Option<u32> {
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The `n`th quarter (`k`, `q`, `kvartal`, `kvt`) or half (`h`, `halvår`) of year `y`.
fn part(kind: &str, n: u32, y: u32) -> Option<Months> {
    let size = match kind {
        "k" | "q" | "kvartal" | "kvt" => 3,
        "h" | "halvår" => 6,
        _ => return None,
    };
    (1..=12 / size).contains(&n).then(|| Months {
        first: month_index(y, (n - 1) * size + 1),
        last: month_index(y, n * size),
    })
}

/// The months `period` covers, if it is one of the forms this reads.
pub fn months(period: &str) -> Option<Months> {
    let text = crate::text::lower(period.trim());
    let one = |month: u32, y: u32| {
        (1..=12).contains(&month).then(|| Months {
            first: month_index(y, month),
            last: month_index(y, month),
        })
    };
    if let Some(y) = year(&text) {
        return Some(Months {
            first: month_index(y, 1),
            last: month_index(y, 12),
        });
    }
    // "april 2019", "apr. 2019", "1. april 2019" (a day: its month); "4. kvartal 2019",
    // "4. kvt. 2019", "1. halvår 2019", "Q4 2019", "H1 2019".
    if let Some((name, y)) = text.rsplit_once(' ')
        && let Some(y) = year(y)
    {
        let mut words = name.rsplit(' ').map(|w| w.trim_end_matches('.'));
        let name = words.next().unwrap_or(name);
        let numbered = words.next().and_then(small_number).map(|n| (name, n));
        let short = name.get(..1).zip(name.get(1..).and_then(small_number));
        if let Some(months) = numbered.or(short).and_then(|(kind, n)| part(kind, n, y)) {
            return Some(months);
        }
        let month = MONTHS.iter().position(|(da, en)| {
            name.len() >= 3 && (name.starts_with(da) || name.starts_with(en))
        })?;
        return one(month as u32 + 1, y);
    }
    // "04/2019", "4/2019".
    if let Some((month, y)) = text.split_once('/')
        && let Some(y) = year(y)
    {
        return one(small_number(month)?, y);
    }
    // "2019-04", "2019M04", "2019K4", "2019Q4", "2019H1".
    let (y, rest) = (year(text.get(..4)?)?, text.get(4..)?);
    if let Some(m) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('m')) {
        return one(small_number(m)?, y);
    }
    part(rest.get(..1)?, small_number(rest.get(1..)?)?, y)
}

/// Whether `now` is the period a year after `before`: both read, each end of it 9 to 15 months
/// on (a quarter's figure beside the month ending it lands in that window; the same period
/// twice, a year beside a quarter, or one five years on does not); or, for forms this does not
/// read ("2019QMAT02"), the same form with the year one on. `None` when that cannot be told.
pub fn year_apart(before: &str, now: &str) -> Option<bool> {
    if let (Some(a), Some(b)) = (months(before), months(now)) {
        let window = |from: u32, to: u32| (9..=15).contains(&(i64::from(to) - i64::from(from)));
        return Some(window(a.first, b.first) && window(a.last, b.last));
    }
    let split = |p: &str| {
        let p = lower(p.trim());
        let at = p.find(|c: char| c.is_ascii_digit())?;
        let y: u32 = year(p.get(at..at + 4)?)?;
        Some((format!("{}#{}", &p[..at], &p[at + 4..]), y))
    };
    let ((form_a, year_a), (form_b, year_b)) = (split(before)?, split(now)?);
    (form_a == form_b).then_some(year_b == year_a + 1)
}

/// Which side of a change of method from `month` (`YYYY-MM`) `period` lies.
pub fn side(period: Option<&str>, month: &str) -> Side {
    let (Some(period), Some(switch)) = (period.and_then(months), months(month)) else {
        return Side::Unknown;
    };
    if period.last < switch.first {
        Side::Before
    } else if period.first >= switch.first {
        Side::After
    } else {
        Side::Across
    }
}

/// Whether two periods as written are one period: the same months, or, if `within`, the
/// months of one within the other's (April 2019 and 2019K2, or 2019), if both can be read;
/// else the same text (case and spacing aside).
pub fn same(a: &str, b: &str, within: bool) -> bool {
    match (months(a), months(b)) {
        (Some(a), Some(b)) if !within => a == b,
        (Some(a), Some(b)) => {
            let within = |x: Months, y: Months| x.first >= y.first && x.last <= y.last;
            within(a, b) || within(b, a)
        }
        _ => {
            let words =
                |t: &str| crate::text::lower(&t.split_whitespace().collect::<Vec<_>>().join(" "));
            words(a) == words(b)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_periods_are_published_in_are_read_as_months() {
        let april = months("april 2019").unwrap();
        assert_eq!(april.first, 2019 * 12 + 3);
        for same_month in [
            "apr. 2019",
            "April 2019",
            "2019-04",
            "2019M04",
            "1. april 2019",
        ] {
            assert_eq!(months(same_month), Some(april), "{same_month}");
        }
        assert_eq!(months("dec. 2018"), months("December 2018"));
        assert_eq!(months("maj 2019"), months("May 2019"));
        assert_eq!(months("okt 2019"), months("October 2019"));
        let q4 = months("2019K4").unwrap();
        assert_eq!((q4.first, q4.last), (2019 * 12 + 9, 2019 * 12 + 11));
        assert_eq!(months("2019Q4"), Some(q4));
        for same_quarter in ["4. kvartal 2019", "4. kvt. 2019", "4. Kvt 2019", "Q4 2019"] {
            assert_eq!(months(same_quarter), Some(q4), "{same_quarter}");
        }
        let year = months("2019").unwrap();
        assert_eq!((year.first, year.last), (2019 * 12, 2019 * 12 + 11));
    }

    #[test]
    fn half_years_are_read_as_their_six_months() {
        let first = months("2018H1").unwrap();
        assert_eq!((first.first, first.last), (2018 * 12, 2018 * 12 + 5));
        let second = months("2018H2").unwrap();
        assert_eq!((second.first, second.last), (2018 * 12 + 6, 2018 * 12 + 11));
        for same_half in ["2018h1", "1. halvår 2018", "1. Halvår 2018", "H1 2018"] {
            assert_eq!(months(same_half), Some(first), "{same_half}");
        }
        assert_eq!(months("2. halvår 2018"), Some(second));
        for unknown in ["2018H3", "2018H0", "3. halvår 2018", "5. kvartal 2018"] {
            assert_eq!(months(unknown), None, "{unknown}");
        }
        // A half year is one period with the months within it, a year after the one before,
        // and on one side of a change of method or across it.
        assert!(same("2018H1", "april 2018", true));
        assert!(!same("2018H1", "2018H2", true));
        assert_eq!(year_apart("2018H1", "1. halvår 2019"), Some(true));
        assert_eq!(year_apart("2018H2", "juni 2019"), Some(false));
        assert_eq!(side(Some("2018H1"), "2018-12"), Side::Before);
        assert_eq!(side(Some("2019H1"), "2018-12"), Side::After);
        assert_eq!(side(Some("2018H2"), "2018-12"), Side::Across);
    }

    #[test]
    fn what_is_not_a_known_form_is_not_guessed() {
        for unknown in [
            "2020QMAT02",
            "forår 2019",
            "2019K5",
            "2019M13",
            "19",
            "",
            "ma 2019",
        ] {
            assert_eq!(months(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn a_period_lies_on_one_side_of_a_change_of_method_across_it_or_is_unknown() {
        let switch = "2018-12";
        assert_eq!(side(Some("juni 2018"), switch), Side::Before);
        assert_eq!(side(Some("dec. 2018"), switch), Side::After);
        assert_eq!(side(Some("2019"), switch), Side::After);
        assert_eq!(side(Some("2018K3"), switch), Side::Before);
        assert_eq!(side(Some("2019K1"), switch), Side::After);
        // October to December 2018: two months before the switch, one after.
        for across in ["2018", "2018K4", "2018Q4", "4. kvt. 2018", "2018H2"] {
            assert_eq!(side(Some(across), switch), Side::Across, "{across}");
        }
        assert_eq!(side(Some("2020QMAT02"), switch), Side::Unknown);
        assert_eq!(side(None, switch), Side::Unknown);
    }

    #[test]
    fn periods_are_the_same_by_their_months_or_else_by_their_text() {
        assert!(same("april 2019", "2019-04", false));
        assert!(!same("2019", "2019K1", false), "not the same months");
        assert!(
            same("april 2019", "2019K2", true),
            "April is in the second quarter"
        );
        assert!(same("2019", "april 2019", true));
        assert!(!same("april 2019", "april 2018", true));
        assert!(!same("1. januar 2019", "april 2019", true));
        assert_eq!(year_apart("april 2018", "april 2019"), Some(true));
        assert_eq!(year_apart("2018K4", "dec. 2019"), Some(true));
        assert_eq!(
            year_apart("2018", "2019K3"),
            Some(false),
            "a year beside a quarter"
        );
        assert_eq!(year_apart("maj 2019", "maj 2019"), Some(false));
        assert_eq!(year_apart("2019QMAT02", "2020QMAT02"), Some(true));
        assert_eq!(year_apart("2018QMAT02", "2019QMAT08"), None);
        assert_eq!(year_apart("2018QMAT02", "2020QMAT02"), Some(false));
        assert_eq!(
            year_apart("1. kvartal 2018", "3. kvartal 2019"),
            Some(false)
        );
        assert_eq!(year_apart("forår 2018", "efterår 2019"), None);
        assert!(same("2020QMAT02", " 2020qmat02 ", true));
        assert!(!same("2020QMAT02", "2020QMAT03", true));
    }
}
