//! The real public data the project keeps (`data/municipalities.csv`, `data/benchmark-y30r21.csv`):
//! read and checked as they are, with their published check figures; and, when the source
//! files are there (`../shared/data`, or where `JOBMAAL_DATA` says), compared with them row by
//! row. That comparison is ignored by a plain `cargo test` (which says so); `scripts/dev.sh test`
//! runs it with `--ignored` when the folder is there and names it as skipped otherwise.

use std::path::PathBuf;

use jobmaal_core::benchmark::{
    Group, Municipality, Row, check, fold, matching, municipality, municipality_named,
    read_benchmark, read_compact, read_municipalities, write_compact,
};

const MUNICIPALITIES: &str = include_str!("../data/municipalities.csv");
const BENCHMARK: &str = include_str!("../data/benchmark-y30r21.csv");

fn data() -> (Vec<Municipality>, Vec<Row>) {
    (
        read_municipalities(MUNICIPALITIES).unwrap(),
        read_benchmark(BENCHMARK).unwrap(),
    )
}

fn row<'a>(rows: &'a [Row], code: u16, period: &str, group: Group) -> &'a Row {
    rows.iter()
        .find(|r| r.code == code && r.period == period && r.group == group)
        .unwrap()
}

#[test]
fn the_98_municipalities_and_every_period_and_group_of_the_benchmark() {
    let (municipalities, rows) = data();
    assert_eq!(municipalities.len(), 98);
    assert!(
        municipalities
            .iter()
            .any(|m| m.code == 350 && m.name == "Lejre")
    );
    assert!(municipalities.iter().any(|m| m.name == "Høje-Taastrup"));
    assert_eq!(rows.len(), 98 * 4 * 6);
    check(&rows, &municipalities).unwrap();
}

#[test]
fn the_published_check_figures_hold() {
    let (_, rows) = data();
    let all: Vec<&Row> = rows
        .iter()
        .filter(|r| r.period == "2020QMAT02" && r.group == Group::All)
        .collect();
    assert_eq!(all.iter().map(|r| r.actual).sum::<u32>(), 340_720);
    assert_eq!(all.iter().map(|r| r.expected).sum::<u32>(), 337_920);
    let lejre = row(&rows, 350, "2020QMAT02", Group::All);
    assert_eq!(
        (lejre.expected, lejre.actual, lejre.difference()),
        (1120, 1170, 50)
    );
    assert_eq!(
        (lejre.expected_pct, lejre.actual_pct, lejre.rank),
        (6.58, 6.87, 73)
    );
    assert!((lejre.difference_points() - 0.29).abs() < 1e-9);
}

#[test]
fn a_check_finds_a_missing_municipality_and_a_repeated_rank() {
    let (municipalities, rows) = data();
    let missing: Vec<Row> = rows.iter().filter(|r| r.code != 350).cloned().collect();
    assert!(check(&missing, &municipalities).is_err());
    let mut repeated = rows.clone();
    let first = repeated
        .iter()
        .position(|r| r.period == "2021QMAT04" && r.group == Group::SicknessBenefit)
        .unwrap();
    repeated[first].rank = if repeated[first].rank == 1 { 2 } else { 1 };
    assert!(check(&repeated, &municipalities).is_err());
    assert!(
        read_benchmark("kode;periode\n1;2").is_err(),
        "another header"
    );
    assert!(read_municipalities("code;name\n350;").is_err(), "no name");
}

fn source_dir() -> PathBuf {
    match std::env::var_os("JOBMAAL_DATA") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"),
    }
}

#[test]
#[ignore = "needs the source files (../shared/data or JOBMAAL_DATA); scripts/dev.sh test runs it when they are there"]
fn the_projects_copy_is_the_source_row_by_row() {
    let dir = source_dir();
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{}: {e} (set JOBMAAL_DATA)", dir.join(name).display()))
    };
    let (municipalities, rows) = data();
    assert_eq!(
        read_municipalities(&read("municipalities.csv")).unwrap(),
        municipalities
    );
    let source = read("jobindsats-y30r21-benchmark-2020-2022.jsonl");
    let label = |group: Group| match group {
        Group::All => "Ydelsesgrupper i alt",
        Group::UnemploymentBenefit => "A-dagpenge mv.",
        Group::SicknessBenefit => "Sygedagpenge mv.",
        Group::SocialAssistance => "Kontanthjælp mv.",
    };
    let mut seen = 0;
    for line in source.lines() {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        let field = |name: &str| {
            value
                .as_object()
                .unwrap()
                .iter()
                .find(|(k, _)| k.ends_with(name))
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("{name} in {line}"))
        };
        let area = value["Area"].as_str().unwrap();
        let code = municipalities.iter().find(|m| m.name == area).unwrap().code;
        let group = Group::ALL
            .into_iter()
            .find(|g| label(*g) == value["Ydelsesgrupper"].as_str().unwrap())
            .unwrap();
        let ours = row(&rows, code, value["Periode"].as_str().unwrap(), group);
        let share = |name: &str| {
            field(name)
                .as_str()
                .unwrap()
                .replace(',', ".")
                .parse::<f64>()
                .unwrap()
        };
        assert_eq!(
            u64::from(ours.expected),
            field(": Forventet antal").as_u64().unwrap(),
            "{line}"
        );
        assert_eq!(
            u64::from(ours.actual),
            field(": Faktisk antal").as_u64().unwrap(),
            "{line}"
        );
        assert_eq!(
            ours.difference(),
            field("Forskel mellem forventet og faktisk antal")
                .as_i64()
                .unwrap(),
            "{line}"
        );
        assert_eq!(ours.expected_pct, share("Forventet andel (pct.)"), "{line}");
        assert_eq!(ours.actual_pct, share("Faktisk andel (pct.)"), "{line}");
        assert_eq!(
            u64::from(ours.rank),
            field("Placering på benchmarkranglisten").as_u64().unwrap(),
            "{line}"
        );
        seen += 1;
    }
    assert_eq!(seen, rows.len());
}

#[test]
fn the_compact_file_holds_every_row_exactly_and_is_small() {
    let (municipalities, rows) = data();
    let compact = write_compact(&rows, &municipalities).unwrap();
    let read = read_compact(&compact).unwrap();
    assert_eq!(read.rows.len(), rows.len());
    for row in &rows {
        assert!(read.rows.contains(row), "{row:?} not read back");
    }
    assert_eq!(read.periods.len(), 6);
    let lejre = read.of(350, Group::All);
    assert_eq!(lejre.len(), 6);
    assert_eq!(lejre[0].period, "2020QMAT02");
    assert_eq!(
        (lejre[0].expected, lejre[0].actual, lejre[0].rank),
        (1120, 1170, 73)
    );
    let ranked = read.all_in("2020QMAT02", Group::All);
    assert_eq!(ranked.len(), 98);
    assert_eq!(ranked[0].rank, 1);
    // Sent gzipped, it is well under the 25 KB the page may fetch for it.
    assert!(compact.len() < 60_000, "{} bytes", compact.len());
}

#[test]
fn a_compact_file_that_is_not_one_is_refused() {
    assert!(read_compact("").is_err());
    assert!(read_compact("jobmaal-benchmark 1\n").is_err());
    assert!(read_compact("jobmaal-benchmark 1\n2020QMAT02\n350 1 2 3\n").is_err());
    assert!(read_compact("{\"format\":\"jobmaal/2\"}").is_err());
    // A valid start with nothing of the table after it, or a line short.
    assert!(read_compact("jobmaal-benchmark 1\n2020QMAT02\n\n\n").is_err());
    let (municipalities, rows) = data();
    let compact = write_compact(&rows, &municipalities).unwrap();
    let short: Vec<&str> = compact.lines().filter(|l| !l.starts_with("350 ")).collect();
    assert!(read_compact(&short.join("\n")).is_err());
    let doubled = format!("{compact}{}", compact.lines().nth(2).unwrap());
    assert!(read_compact(&doubled).is_err());
}

#[test]
fn municipalities_are_found_as_people_type_them() {
    assert_eq!(fold("Høje-Taastrup"), "hojetaastrup");
    assert_eq!(matching("hoje")[0].name, "Høje-Taastrup");
    assert_eq!(matching("lej")[0].code, 350);
    // Those that begin with it first.
    let names: Vec<&str> = matching("ring").iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names[..2], ["Ringkøbing-Skjern", "Ringsted"]);
    assert!(names.contains(&"Hjørring"));
    assert_eq!(matching("").len(), 98);
    // Typed with its Danish letters, the name that has them comes first; folded, both.
    let names =
        |typed: &str| -> Vec<String> { matching(typed).iter().map(|m| m.name.clone()).collect() };
    assert_eq!(names("hørs"), ["Hørsholm", "Horsens"]);
    assert_eq!(names("Hørs"), ["Hørsholm", "Horsens"]);
    assert_eq!(names("hors"), ["Horsens", "Hørsholm"]);
    // In Danish alphabetical order: æ, ø and å after z.
    let all: Vec<&str> = matching("").iter().map(|m| m.name.as_str()).collect();
    assert_eq!(all[..3], ["Aabenraa", "Aalborg", "Aarhus"]);
    assert_eq!(all[96..], ["Vordingborg", "Ærø"]);
    assert!(matching("xyz").is_empty());
    for (typed, code) in [
        ("Lejre", 350),
        ("Lejre Kommune", 350),
        ("lejre kommune", 350),
        ("Københavns Kommune", 101),
        ("Bornholms Regionskommune", 400),
        ("aeroe", 492),
    ] {
        assert_eq!(
            municipality_named(typed).map(|m| m.code),
            Some(code),
            "{typed}"
        );
    }
    assert_eq!(municipality_named("Fælles Jobcenter Lejre-Roskilde"), None);
    assert_eq!(municipality_named("Kommune"), None);
    assert_eq!(municipality(350).unwrap().name, "Lejre");
    assert!(municipality(411).is_none());
}
