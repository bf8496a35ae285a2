//! The real public data the project keeps (`data/municipalities.csv`, `data/benchmark-y30r21.csv`):
//! read and checked as they are, with their published check figures; and, when the source
//! files are there (`../shared/data`, or where `JOBMAAL_DATA` says), compared with them row by
//! row. That comparison is ignored by a plain `cargo test` (which says so); `scripts/dev.sh test`
//! runs it with `--ignored` when the folder is there and names it as skipped otherwise.

use std::path::PathBuf;

use jobmaal_core::benchmark::{
    Group, Municipality, Row, check, read_benchmark, read_municipalities,
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
