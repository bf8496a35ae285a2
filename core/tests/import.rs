//! Reading public data files (`jobmaal_core::import`): each layout from small real or
//! realistic fixtures (`fixtures/import/`, described in its README), the newest period, area
//! matching, which figure a column fills, what is refused and why, and that no input panics.

use jobmaal_core::import::{
    Cell, ImportError, Layout, MAX_BYTES, Place, Table, area_matches, figure_for, read,
};
use jobmaal_core::{Catalogue, Lang};
use proptest::prelude::*;

const Y30R21_JSONL: &str = include_str!("fixtures/import/y30r21-lejre.jsonl");
const Y30R21_JSON: &str = include_str!("fixtures/import/y30r21-lejre.json");
const Y30R21_CSV: &str = include_str!("fixtures/import/y30r21-lejre.csv");
const FOLK1A_LIKE: &str = include_str!("fixtures/import/folk1a-like.csv");
const QUARTERS: &str = include_str!("fixtures/import/ydelser-quarters.csv");

const EXPECTED: &str =
    "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet antal";
const ACTUAL: &str =
    "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal";
const DIFFERENCE: &str = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forskel mellem forventet og faktisk antal";
const EXPECTED_SHARE: &str =
    "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.)";
const ACTUAL_SHARE: &str =
    "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)";
const RANK: &str = "Placering på benchmarkranglisten";

/// The value under `label`, failing the test when there is none.
fn value(values: &[(String, Cell)], label: &str) -> Cell {
    values
        .iter()
        .find(|(l, _)| l == label)
        .map(|(_, cell)| *cell)
        .unwrap_or_else(|| panic!("no value labelled {label} in {values:?}"))
}

fn all_groups(measure: &str) -> String {
    format!("{measure} (Ydelsesgrupper i alt)")
}

/// Lejre's published benchmark figures for 2020QMAT02 (shared data README's check figures).
fn assert_lejre_2020qmat02(table: &Table) {
    let values = table.values("Lejre", "2020QMAT02");
    assert_eq!(value(&values, &all_groups(EXPECTED)), Cell::Number(1120.0));
    assert_eq!(value(&values, &all_groups(ACTUAL)), Cell::Number(1170.0));
    assert_eq!(value(&values, &all_groups(DIFFERENCE)), Cell::Number(50.0));
    assert_eq!(
        value(&values, &all_groups(EXPECTED_SHARE)),
        Cell::Number(6.58)
    );
    assert_eq!(
        value(&values, &all_groups(ACTUAL_SHARE)),
        Cell::Number(6.87)
    );
    assert_eq!(value(&values, &all_groups(RANK)), Cell::Number(73.0));
    // Four benefit groups × seven measures.
    assert_eq!(values.len(), 28);
    assert_eq!(
        value(&values, &format!("{ACTUAL} (A-dagpenge mv.)")),
        Cell::Number(330.0)
    );
}

#[test]
fn jobindsats_json_lines_are_read_with_their_benefit_groups_as_dimensions() {
    let table = read(Y30R21_JSONL).unwrap();
    assert_eq!(table.layout, Layout::JobindsatsJson);
    assert_eq!(
        table.areas(),
        ["Høje-Taastrup", "Lejre", "Vesthimmerlands"],
        "in file order"
    );
    assert_eq!(table.periods(), ["2020QMAT02", "2020QMAT04"]);
    assert_eq!(table.measures.len(), 7);
    assert_eq!(table.rows.len(), 12);
    assert_eq!(
        table.rows[0].dimensions,
        [(
            "Ydelsesgrupper".to_string(),
            "Ydelsesgrupper i alt".to_string()
        )]
    );
    assert_lejre_2020qmat02(&table);
}

#[test]
fn a_pretty_printed_json_array_reads_as_the_same_rows() {
    let table = read(Y30R21_JSON).unwrap();
    assert_eq!(table.layout, Layout::JobindsatsJson);
    assert_eq!(table.areas(), ["Lejre"]);
    assert_lejre_2020qmat02(&table);
    let lines = read(Y30R21_JSONL).unwrap();
    for period in ["2020QMAT02", "2020QMAT04"] {
        assert_eq!(table.values("Lejre", period), lines.values("Lejre", period));
    }
}

#[test]
fn the_jobindsats_apis_own_answer_of_variables_and_data_is_read() {
    let answer = r#"[{"Variables":[{"Label":"Area"},{"Label":"Periode"},{"Label":"Ydelsesgrupper"},
        {"Label":"Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal"}],
        "Data":[["Lejre","2020QMAT02","Ydelsesgrupper i alt",1170],
                ["Lejre","2020QMAT04","Ydelsesgrupper i alt",".."]]}]"#;
    let table = read(answer).unwrap();
    assert_eq!(table.periods(), ["2020QMAT02", "2020QMAT04"]);
    let label = all_groups(ACTUAL);
    assert_eq!(
        table.values("Lejre", "2020QMAT02"),
        [(label.clone(), Cell::Number(1170.0))]
    );
    assert_eq!(
        table.values("Lejre", "2020QMAT04"),
        [(label, Cell::Suppressed)]
    );
    assert_eq!(
        read(r#"[{"Variables":[{"Label":"Area"}],"Data":[1]}]"#),
        Err(ImportError::NotATable)
    );
}

#[test]
fn jobindsats_csv_reads_quotes_crlf_decimal_commas_and_thousands_points() {
    let table = read(Y30R21_CSV).unwrap();
    assert_eq!(table.layout, Layout::JobindsatsCsv);
    assert_eq!(table.areas(), ["Høje-Taastrup", "Lejre", "Vesthimmerlands"]);
    assert_eq!(table.measures, read(Y30R21_JSONL).unwrap().measures);
    assert_lejre_2020qmat02(&table);
    let json = read(Y30R21_JSONL).unwrap();
    for area in json.areas() {
        for period in json.periods() {
            assert_eq!(
                table.values(&area, &period),
                json.values(&area, &period),
                "{area} {period}"
            );
        }
    }
}

#[test]
fn danish_thousands_point_and_decimal_comma_are_read_in_file_values() {
    let csv = "Område;Periode;Antal;Andel\n\
               Lejre;2020M01;1.170;9,08\n\
               Roskilde;2020M01;-1.234.567,5;1,170\n";
    let table = read(csv).unwrap();
    assert_eq!(
        table.values("Lejre", "2020M01"),
        [
            ("Antal".to_string(), Cell::Number(1170.0)),
            ("Andel".to_string(), Cell::Number(9.08))
        ]
    );
    assert_eq!(
        table.values("Roskilde", "2020M01"),
        [
            ("Antal".to_string(), Cell::Number(-1_234_567.5)),
            ("Andel".to_string(), Cell::Number(1.17)),
        ],
        "in a Danish file 1,170 is one point one seven, never a thousand"
    );
}

#[test]
fn a_number_written_as_text_keeps_its_text_as_the_file_wrote_it() {
    let csv = "Område;Periode;Andel;Antal;Skjult\n\
               Lejre;2020M01;2,10; 1.170 ;..\n";
    let table = read(csv).unwrap();
    assert_eq!(
        table.values_as_written("Lejre", "2020M01"),
        [
            ("Andel".to_string(), Cell::Number(2.1), Some("2,10")),
            ("Antal".to_string(), Cell::Number(1170.0), Some("1.170")),
            ("Skjult".to_string(), Cell::Suppressed, None),
        ]
    );
    // Statistikbanken's value column too; a JSON number has no text of its own.
    let statistikbanken = read("OMRÅDE;TID;INDHOLD\nLejre;2019K4;455,50\n").unwrap();
    assert_eq!(
        statistikbanken.values_as_written("Lejre", "2019K4"),
        [("INDHOLD".to_string(), Cell::Number(455.5), Some("455,50"))]
    );
    let json =
        read(r#"[{"Area":"Lejre","Periode":"2020M01","Andel":2.10,"Tekst":"2,10"}]"#).unwrap();
    assert_eq!(
        json.values_as_written("Lejre", "2020M01"),
        [
            ("Andel".to_string(), Cell::Number(2.1), None),
            ("Tekst".to_string(), Cell::Number(2.1), Some("2,10")),
        ]
    );
}

#[test]
fn a_file_of_the_benchmark_names_its_table_whichever_columns_are_taken() {
    for text in [Y30R21_JSONL, Y30R21_JSON, Y30R21_CSV] {
        assert_eq!(read(text).unwrap().published_table(), Some("Y30R21"));
    }
    for text in [FOLK1A_LIKE, QUARTERS] {
        assert_eq!(read(text).unwrap().published_table(), None);
    }
    let other =
        read("Område;Periode;Fuldtidspersoner på offentlig forsørgelse\nLejre;2020M01;2.395\n");
    assert_eq!(other.unwrap().published_table(), None);
}

#[test]
fn statistikbanken_csv_with_bom_codes_in_areas_and_suppressed_values() {
    assert!(FOLK1A_LIKE.starts_with('\u{feff}'));
    let table = read(FOLK1A_LIKE).unwrap();
    assert_eq!(table.layout, Layout::Statistikbanken);
    assert_eq!(table.areas(), ["101 København", "350 Lejre"]);
    assert_eq!(
        table.measures,
        [
            "KØN: I alt; ALDER: Alder i alt",
            "KØN: Kvinder; ALDER: Alder i alt"
        ]
    );
    assert!(table.rows.iter().all(|row| row.dimensions.is_empty()));
    assert_eq!(table.newest_period().as_deref(), Some("2019K4"));
    let area = table.find_area(350, "Lejre").unwrap();
    assert_eq!(area, "350 Lejre");
    assert_eq!(
        table.values(&area, "2019K4"),
        [
            (
                "KØN: I alt; ALDER: Alder i alt".to_string(),
                Cell::Number(28010.0)
            ),
            (
                "KØN: Kvinder; ALDER: Alder i alt".to_string(),
                Cell::Number(14020.0)
            ),
        ]
    );
    assert_eq!(
        table.values(&area, "2019K3"),
        [(
            "KØN: I alt; ALDER: Alder i alt".to_string(),
            Cell::Number(27950.0)
        )],
        "a combination the file lacks for a period is left out"
    );
    assert_eq!(
        table.values("101 København", "2019K4"),
        [(
            "KØN: I alt; ALDER: Alder i alt".to_string(),
            Cell::Suppressed
        )]
    );
    assert_eq!(
        figure_for("KØN: I alt; ALDER: Alder i alt"),
        Some("population_total")
    );
    assert_eq!(figure_for("KØN: Kvinder; ALDER: Alder i alt"), None);
}

#[test]
fn statistikbanken_quarters_are_ordered_by_time_not_by_file_order() {
    let table = read(QUARTERS).unwrap();
    assert_eq!(table.layout, Layout::Statistikbanken);
    assert_eq!(table.periods(), ["2019K3", "2019K4"]);
    assert_eq!(table.newest_period().as_deref(), Some("2019K4"));
    assert_eq!(
        table.measures,
        ["YDELSESTYPE: Kontanthjælp", "YDELSESTYPE: Sygedagpenge"]
    );
    assert_eq!(
        table.values("Lejre", "2019K4"),
        [
            ("YDELSESTYPE: Kontanthjælp".to_string(), Cell::Number(310.0)),
            ("YDELSESTYPE: Sygedagpenge".to_string(), Cell::Number(455.5)),
        ]
    );
    assert_eq!(
        table.values("Roskilde", "2019K4"),
        [("YDELSESTYPE: Kontanthjælp".to_string(), Cell::Suppressed)]
    );
    assert!(table.values("Lejre", "2019K2").is_empty());
}

#[test]
fn a_statistikbanken_table_without_dimensions_has_the_one_measure_indhold() {
    let table = read("OMRÅDE;TID;INDHOLD\r\nLejre;2019;28000\r\n").unwrap();
    assert_eq!(table.measures, ["INDHOLD"]);
    assert_eq!(
        table.values("Lejre", "2019"),
        [("INDHOLD".to_string(), Cell::Number(28000.0))]
    );
    assert_eq!(
        figure_for("INDHOLD"),
        None,
        "a bare INDHOLD names no table, so it is not taken for the population"
    );
}

#[test]
fn periods_are_ordered_by_year_and_sub_period_where_they_can_be_read() {
    let periods = |list: &[&str]| {
        let lines: String = list
            .iter()
            .map(|p| format!("{{\"Area\":\"Lejre\",\"Periode\":\"{p}\",\"Antal\":1}}\n"))
            .collect();
        read(&lines).unwrap().periods()
    };
    assert_eq!(
        periods(&["2021QMAT02", "2020QMAT04", "2020QMAT02"]),
        ["2020QMAT02", "2020QMAT04", "2021QMAT02"]
    );
    assert_eq!(
        periods(&["2019M10", "2019M04", "2018M12"]),
        ["2018M12", "2019M04", "2019M10"]
    );
    assert_eq!(periods(&["2020", "2019"]), ["2019", "2020"]);
    assert_eq!(
        periods(&["2019K4", "2019"]),
        ["2019", "2019K4"],
        "mixed forms that both read as months: by their last month"
    );
    assert_eq!(
        periods(&["forår 2020", "2019QMAT02"]),
        ["forår 2020", "2019QMAT02"],
        "what cannot be read keeps file order"
    );
    assert_eq!(
        read(r#"{"Area":"Lejre","Periode":"x","Antal":1}"#)
            .unwrap()
            .newest_period()
            .as_deref(),
        Some("x")
    );
}

#[test]
fn a_suppressed_value_is_never_zero_and_an_absent_one_is_left_out() {
    let lines = r#"{"Area":"Lejre","Periode":"2020M01","Ydelse":"I alt","A":"..","B":"-","C":null,"D":"","E":0}
{"Area":"Lejre","Periode":"2020M02","Ydelse":"I alt","A":1}"#;
    let table = read(lines).unwrap();
    assert_eq!(table.measures, ["A", "B", "C", "D", "E"]);
    let cells: Vec<Cell> = table
        .values("Lejre", "2020M01")
        .into_iter()
        .map(|(_, cell)| cell)
        .collect();
    assert_eq!(
        cells,
        [
            Cell::Suppressed,
            Cell::Suppressed,
            Cell::Suppressed,
            Cell::Suppressed,
            Cell::Number(0.0)
        ]
    );
    assert_eq!(table.rows[1].cells[1], Cell::Missing);
    assert_eq!(
        table.values("Lejre", "2020M02"),
        [("A (I alt)".to_string(), Cell::Number(1.0))]
    );
    let csv = read("OMRÅDE;TID;INDHOLD\nLejre;2019;..\nRoskilde;2019;\n").unwrap();
    assert!(csv.rows.iter().all(|row| row.cells == [Cell::Suppressed]));
}

#[test]
fn areas_match_by_name_case_code_prefix_and_kommune_suffix_but_are_never_guessed() {
    for area in [
        "Lejre",
        "lejre",
        "LEJRE",
        "350 Lejre",
        "350",
        "Lejre Kommune",
        "350 Lejre kommune",
        "  Lejre ",
    ] {
        assert!(area_matches(area, 350, "Lejre"), "{area}");
    }
    for area in ["351 Lejre", "Lejre-Roskilde", "Lejr", "", "101", "Kommune"] {
        assert!(!area_matches(area, 350, "Lejre"), "{area}");
    }
    assert!(area_matches("169 Høje-Taastrup", 169, "Høje-Taastrup"));
    assert!(area_matches("HØJE-TAASTRUP", 169, "Høje-Taastrup"));
    assert!(!area_matches("Hoje-Taastrup", 169, "Høje-Taastrup"));
    assert!(!area_matches("hoje-taastrup", 169, "Høje-Taastrup"));
}

#[test]
fn the_benchmark_fills_its_figures_only_from_the_total_benefit_group() {
    assert_eq!(
        figure_for(&all_groups(EXPECTED)),
        Some("benchmark_expected")
    );
    assert_eq!(figure_for(&all_groups(ACTUAL)), Some("benchmark_actual"));
    assert_eq!(
        figure_for("Faktisk antal (Ydelsesgrupper i alt)"),
        Some("benchmark_actual")
    );
    for label in [
        format!("{ACTUAL} (A-dagpenge mv.)"),
        format!("{EXPECTED} (Kontanthjælp mv.)"),
        ACTUAL.to_string(),
        all_groups(DIFFERENCE),
        all_groups(RANK),
        all_groups(EXPECTED_SHARE),
        all_groups(ACTUAL_SHARE),
        format!("{ACTUAL} (Ydelsesgrupper i alt; Kvinder)"),
    ] {
        assert_eq!(figure_for(&label), None, "{label}");
    }
    let table = read(Y30R21_JSONL).unwrap();
    let filled: Vec<(&str, Cell)> = table
        .values("Lejre", "2020QMAT02")
        .iter()
        .filter_map(|(label, cell)| Some((figure_for(label)?, *cell)))
        .collect();
    assert_eq!(
        filled,
        [
            ("benchmark_expected", Cell::Number(1120.0)),
            ("benchmark_actual", Cell::Number(1170.0))
        ],
        "the benchmark is never taken for public support as a whole"
    );
}

#[test]
fn other_figures_are_filled_from_labels_that_name_them_and_nothing_else() {
    let filled = [
        (
            "Antal fuldtidspersoner på offentlig forsørgelse (Ydelsesgrupper i alt)",
            "public_support_fte",
        ),
        (
            "Andel på offentlig forsørgelse (pct.)",
            "public_support_share_published",
        ),
        ("Antal flygtninge og familiesammenførte", "refugees_total"),
        (
            "Antal flygtninge og familiesammenførte i ustøttet beskæftigelse (I alt)",
            "refugees_employed",
        ),
        (
            "Antal flygtninge og familiesammenførte (Kvinder)",
            "refugee_women_total",
        ),
        (
            "Flygtninge og familiesammenførte i ustøttet beskæftigelse (Kvinder)",
            "refugee_women_employed",
        ),
        (
            "Modtagere af kontanthjælp, uddannelseshjælp og integrationsydelse i alt",
            "cash_recipients",
        ),
        (
            "Antal i job eller opvisiteret inden for 3 måneder",
            "cash_progressed",
        ),
        (
            "Antal fuldtidspersoner på kontanthjælp (Jobparate)",
            "cash_jobready",
        ),
        (
            "Antal fuldtidspersoner på kontanthjælp (Aktivitetsparate)",
            "cash_activityready",
        ),
        (
            "Ydelsesmodtagere, der har påbegyndt opkvalificering",
            "upskilling_started",
        ),
        (
            "Antal ydelsesmodtagere, opkvalificering",
            "upskilling_recipients",
        ),
        (
            "Bruttoledige i pct. af arbejdsstyrken",
            "gross_unemployment_pct",
        ),
        (
            "KØN: I alt; ALDER: Alder i alt; CIVILSTAND: I alt",
            "population_total",
        ),
        ("ALDER: 16–66 år", "population_16_66"),
    ];
    let catalogue = Catalogue::builtin();
    for (label, figure) in filled {
        assert_eq!(figure_for(label), Some(figure), "{label}");
        assert!(catalogue.figure(figure).is_some(), "{figure}");
    }
    for label in [
        "Antal fuldtidspersoner på offentlig forsørgelse (Førtidspension)",
        "Andel fuldtidspersoner på offentlig forsørgelse: Forskel (pct. point)",
        "Antal flygtninge og familiesammenførte (Mænd)",
        "Beskæftigelsesfrekvens for flygtninge og familiesammenførte (pct.)",
        "Antal fuldtidspersoner på kontanthjælp",
        "Antal personer",
        "ALDER: 16-24 år",
        "YDELSESTYPE: I alt; ALDER: Alder i alt",
        "YDELSESTYPE: Kontanthjælp",
        "",
    ] {
        assert_eq!(figure_for(label), None, "{label}");
    }
}

fn err(text: &str) -> ImportError {
    read(text).unwrap_err()
}

#[test]
fn files_of_no_known_layout_are_refused_as_not_a_table() {
    assert_eq!(
        err(r#"{"format":"jobmaal/2","municipality":"Lejre"}"#),
        ImportError::NotATable,
        "a Jobmål state document"
    );
    assert_eq!(err("a,b\n1,2\n"), ImportError::NotATable);
    assert_eq!(
        err("Område,Periode,Antal\nLejre,2019,1\n"),
        ImportError::NotATable
    );
    assert_eq!(err("[1, 2, 3]"), ImportError::NotATable);
    assert_eq!(err("\"never closed;\n"), ImportError::NotATable);
    assert_eq!(err(""), ImportError::Empty);
    assert_eq!(err("\u{feff} \r\n\t"), ImportError::Empty);
    assert_eq!(err("Område;Periode;Antal\r\n"), ImportError::NoRows);
    assert_eq!(err("[]"), ImportError::NotATable);
    assert_eq!(err("[1, 2"), ImportError::BadJson { line: None });
    assert_eq!(
        err("{\"Area\":\"Lejre\",\"Periode\":\"2019\"}\n{\"Area\":\n"),
        ImportError::BadJson { line: Some(2) }
    );
}

#[test]
fn files_over_two_megabytes_are_refused_before_reading() {
    let mut text = String::from("Område;Periode;Antal\n");
    while text.len() <= MAX_BYTES {
        text.push_str("Lejre;2019;1\n");
    }
    assert_eq!(err(&text), ImportError::TooLarge { bytes: text.len() });
    assert!(err(&text).message(Lang::Da).contains("2 MB"));
}

#[test]
fn a_row_without_an_area_or_a_period_is_refused_naming_its_line() {
    let csv = "Område;Periode;Antal\nLejre;2019;1\n;2019;2\n";
    assert_eq!(err(csv), ImportError::MissingArea { at: Place::Line(3) });
    assert_eq!(err(csv).message(Lang::Da), "Linje 3 har intet område.");
    assert_eq!(
        err("OMRÅDE;TID;INDHOLD\nLejre;;1\n"),
        ImportError::MissingPeriod { at: Place::Line(2) }
    );
    assert_eq!(
        err(r#"[{"Area":"Lejre","Periode":"2019","A":1},{"Periode":"2019","A":2}]"#),
        ImportError::MissingArea { at: Place::Row(2) }
    );
    assert_eq!(
        err(r#"[{"Area":"Lejre","Periode":"2019","A":1},{"Area":"Lejre","Periode":"2019","A":2}]"#)
            .message(Lang::En),
        "Row 2 repeats row 1: the same area, period and breakdown. Each figure may appear only once."
    );
}

#[test]
fn a_repeated_area_period_and_breakdown_is_refused_naming_both_lines() {
    let csv = "Område;Periode;Ydelse;Antal\r\n\
               Lejre;2019;I alt;1\r\n\
               Lejre;2019;Kontanthjælp;2\r\n\
               \r\n\
               Lejre;2019;I alt;3\r\n";
    let error = err(csv);
    assert_eq!(
        error,
        ImportError::Repeated {
            at: Place::Line(5),
            first: Place::Line(2)
        }
    );
    assert!(
        error
            .message(Lang::Da)
            .starts_with("Linje 5 gentager linje 2")
    );
    assert_eq!(
        err("OMRÅDE;KØN;TID;INDHOLD\nLejre;I alt;2019;1\nLejre;I alt;2019;1\n"),
        ImportError::Repeated {
            at: Place::Line(3),
            first: Place::Line(2)
        }
    );
}

#[test]
fn malformed_csv_and_unreadable_numbers_are_refused_with_what_was_expected() {
    assert_eq!(
        err("Område;Periode;Antal\nLejre;2019\n"),
        ImportError::FieldCount {
            line: 2,
            found: 2,
            expected: 3
        }
    );
    assert_eq!(
        err("Område;Periode;Antal\nLejre;2019;\"1\n"),
        ImportError::UnclosedQuote { line: 2 }
    );
    assert_eq!(
        err("OMRÅDE;TID;INDHOLD\nLejre;2019;mange\n"),
        ImportError::NotANumber {
            at: Place::Line(2),
            column: "INDHOLD".into(),
            value: "mange".into()
        }
    );
    let error = err(r#"{"Area":"Lejre","Periode":"2019","Antal":1}
{"Area":"Lejre","Periode":"2020","Antal":"mange"}"#);
    assert_eq!(
        error,
        ImportError::NotANumber {
            at: Place::Line(2),
            column: "Antal".into(),
            value: "mange".into()
        },
        "a column with JSON numbers is a measure: a word in it is an error, not a dimension"
    );
    assert!(error.message(Lang::Da).contains("decimalkomma"));
    assert_eq!(err("TID;INDHOLD;X\n"), ImportError::NotATable);
    assert_eq!(
        err("KØN;TID;INDHOLD\nI alt;2019;1\n"),
        ImportError::NoAreaColumn
    );
}

#[test]
fn quoted_fields_may_hold_separators_quotes_and_line_breaks() {
    let csv = "\"Område\";Periode;\"Navn; med \"\"citat\"\"\";Antal;\n\
               Lejre;2019;\"to\nlinjer\";1;\n\
               ;2020;x;2\n";
    assert_eq!(err(csv), ImportError::MissingArea { at: Place::Line(4) });
    let table = read(&csv.replace(";2020;", "Lejre;2020;")).unwrap();
    assert_eq!(
        table.rows[0].dimensions,
        [("Navn; med \"citat\"".to_string(), "to\nlinjer".to_string())]
    );
}

#[test]
fn every_error_says_what_is_wrong_in_both_languages() {
    let at = Place::Line(7);
    let errors = [
        ImportError::Empty,
        ImportError::TooLarge { bytes: 3 << 20 },
        ImportError::NotATable,
        ImportError::BadJson { line: None },
        ImportError::BadJson { line: Some(7) },
        ImportError::UnclosedQuote { line: 7 },
        ImportError::FieldCount {
            line: 7,
            found: 2,
            expected: 3,
        },
        ImportError::NoRows,
        ImportError::NoAreaColumn,
        ImportError::MissingArea { at },
        ImportError::MissingPeriod { at },
        ImportError::Repeated {
            at,
            first: Place::Line(2),
        },
        ImportError::NotANumber {
            at,
            column: "Antal".into(),
            value: "x".repeat(500),
        },
        ImportError::TooManyValues,
    ];
    assert_eq!(
        ImportError::NotATable.message(Lang::Da),
        "Filen er ikke en tabel fra Jobindsats.dk eller Statistikbanken. Forventet: JSON-rækker med kolonnerne Area og Periode, eller en CSV med semikolon, hvis overskrift har Område og Periode (Jobindsats) eller ender på TID;INDHOLD (Statistikbanken)."
    );
    for error in errors {
        let (da, en) = (error.message(Lang::Da), error.message(Lang::En));
        assert!(da.ends_with('.') && en.ends_with('.'), "{da} / {en}");
        assert_ne!(da, en);
        for message in [&da, &en] {
            assert!(message.chars().count() < 300, "{message}");
            assert!(!message.contains("ImportError"), "{message}");
        }
        if da.contains('7') {
            assert!(da.contains("inje 7") && en.contains("ine 7"), "{da} / {en}");
        }
    }
}

fn lejre_row(period: &str, value: &str) -> String {
    format!("Lejre;{period};\"{value}\"\n")
}

proptest! {
    #[test]
    fn reading_never_panics_on_any_text(text in any::<String>()) {
        let _ = read(&text);
    }

    #[test]
    fn reading_never_panics_on_csv_like_bytes(
        bytes in proptest::collection::vec(
            prop_oneof![
                Just(b';'), Just(b'"'), Just(b'\n'), Just(b'\r'), Just(b'.'), Just(b','),
                Just(b'-'), b'0'..=b'9', Just(b' '), Just(0xC3), Just(0xA5), Just(0xEF),
                Just(b'T'), Just(b'I'), Just(b'D'),
            ],
            0..200,
        ),
        heading in prop_oneof![
            Just("OMRÅDE;KØN;TID;INDHOLD\n"),
            Just("Område;Periode;Ydelse;Antal\r\n"),
            Just("\u{feff}OMRÅDE;TID;INDHOLD\r\n"),
            Just(""),
        ],
    ) {
        let text = format!("{heading}{}", String::from_utf8_lossy(&bytes));
        if let Ok(table) = read(&text) {
            for row in &table.rows {
                prop_assert_eq!(row.cells.len(), table.measures.len());
                prop_assert!(!row.area.is_empty() && !row.period.is_empty());
            }
            let _ = table.newest_period();
        }
    }

    #[test]
    fn reading_never_panics_on_json_like_text(
        text in r#"[\[\]{}",:0-9a-zA-Å .\n-]{0,120}"#,
        prefix in prop_oneof![Just(""), Just(r#"{"Area":"Lejre","Periode":"2019","#)],
    ) {
        let _ = read(&format!("{prefix}{text}"));
    }

    #[test]
    fn labels_of_any_kind_never_panic_in_figure_matching(label in any::<String>()) {
        let _ = figure_for(&label);
        let _ = area_matches(&label, 350, "Lejre");
    }

    #[test]
    fn danish_numbers_written_by_the_app_read_back_from_a_file(
        whole in 0u64..10_000_000_000,
        cents in 0u64..100,
    ) {
        let value = whole as f64 + cents as f64 / 100.0;
        let written = jobmaal_core::number::format(value, 2, Lang::Da);
        let text = format!("Område;Periode;Antal\n{}", lejre_row("2019", &written));
        let table = read(&text).unwrap();
        let Cell::Number(read_back) = table.rows[0].cells[0] else {
            panic!("{written} not read as a number");
        };
        prop_assert!((read_back - value).abs() < 0.005, "{} read as {}", written, read_back);
    }
}
