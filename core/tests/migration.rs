//! Documents written before figures belonged to a year (`jobmaal/1`, fixtures in
//! `tests/fixtures/jobmaal-1/`) open with nothing lost: the year's figures in their year, the
//! year before's (`…_prev`) in the year before; and what this version writes (`jobmaal/2`)
//! reads back the same.

use jobmaal_core::document::{DecodeError, FORMAT};
use jobmaal_core::figures::Entry;
use jobmaal_core::{Catalogue, Document, assess};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/jobmaal-1/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> Document {
    Document::from_json(&fixture(name), Catalogue::builtin()).unwrap()
}

/// Every figure of a `jobmaal/1` text as (year, id, value), ids as this version names them.
fn first_format_figures(
    text: &str,
    catalogue: &Catalogue,
) -> Vec<(u16, String, serde_json::Value)> {
    let json: serde_json::Value = serde_json::from_str(text).unwrap();
    let year = json["year"].as_u64().unwrap() as u16;
    let mut figures = Vec::new();
    for (id, value) in json["figures"].as_object().unwrap() {
        let id = id.replace("public_support_expected", "benchmark_expected");
        let (year, id) = match id.strip_suffix("_prev") {
            Some(base) => (year - 1, base.to_string()),
            None => (year, id),
        };
        assert!(catalogue.figure(&id).is_some(), "{id} is a figure");
        figures.push((year, id, value.clone()));
    }
    figures
}

#[test]
fn every_figure_of_a_first_format_document_is_in_its_year_in_what_is_written_now() {
    let catalogue = Catalogue::builtin();
    for name in [
        "lejre-2019.json",
        "saved-2019-with-year-before.json",
        "saved-2018-english.json",
    ] {
        let text = fixture(name);
        let document = Document::from_json(&text, catalogue).unwrap();
        let written: serde_json::Value =
            serde_json::from_str(&document.to_json(catalogue)).unwrap();
        assert_eq!(written["format"], FORMAT);
        for (year, id, value) in first_format_figures(&text, catalogue) {
            let found = match id.as_str() {
                "municipality" => &written["names"][&id],
                _ => &written["figures"][year.to_string()][&id],
            };
            // A number stays the same number; text stays as typed.
            assert_eq!(found, &value, "{name}: {year} {id}");
        }
        // And the rest: references, lines of aim, extra focus, the return ratio.
        let first: serde_json::Value = serde_json::from_str(&text).unwrap();
        for field in ["plan", "extra_focus", "return_ratio"] {
            let empty = first[field].is_null()
                || first[field].as_object().is_some_and(|o| o.is_empty())
                || first[field].as_array().is_some_and(|a| a.is_empty());
            if !empty {
                assert_eq!(written[field], first[field], "{name}: {field}");
            }
        }
        let references = &first["references"]["public_support_share"];
        if !references.is_null() {
            assert_eq!(
                written["references"]["public_support_share"]["comparison"],
                15.1
            );
            assert_eq!(
                written["references"]["public_support_share"]["target"],
                13.5
            );
        }
        // Read again and written again, the same text (typed text that is a valid number
        // became that number when first written).
        let written = document.to_json(catalogue);
        let again = Document::from_json(&written, catalogue).unwrap();
        assert_eq!(again.to_json(catalogue), written, "{name}");
    }
}

#[test]
fn the_year_before_s_figures_show_in_the_year_before_and_give_the_development() {
    let catalogue = Catalogue::builtin();
    let mut document = read("saved-2019-with-year-before.json");
    assert_eq!(document.year, 2019);
    assert_eq!(
        document.figures["public_support_fte"],
        Entry::Number(2395.0)
    );
    assert!(!document.figures.contains_key("public_support_fte_prev"));
    assert_eq!(document.years_entered(catalogue), [2018, 2019]);
    let assessment = assess(catalogue, &document);
    let share = assessment
        .indicators
        .iter()
        .find(|r| r.id == "public_support_share")
        .unwrap();
    let development = share.development.as_ref().unwrap();
    assert_eq!(development.year_before, 2018);
    assert!((development.previous - 2500.0 / 17000.0 * 100.0).abs() < 1e-9);
    // The change indicator: this year's count against the year before's.
    let change = assessment
        .indicators
        .iter()
        .find(|r| r.id == "public_support_change")
        .unwrap();
    assert!((change.value.clone().unwrap() - (2395.0 - 2500.0) / 2500.0 * 100.0).abs() < 1e-9);
    document.set_year(2018, catalogue);
    assert_eq!(
        document.figures["public_support_fte"],
        Entry::Number(2500.0)
    );
    assert_eq!(document.figures["population_16_66"], Entry::Number(17000.0));
    assert_eq!(
        document.figures["municipality"],
        Entry::Text("Lejre Kommune".into()),
        "the name holds for every year"
    );
    assert_eq!(
        document.figures["failed_recruitments"],
        Entry::Number(20000.0)
    );
    document.set_year(2019, catalogue);
    assert_eq!(document, read("saved-2019-with-year-before.json"));
}

#[test]
fn a_2018_document_keeps_its_year_before_in_2017() {
    let catalogue = Catalogue::builtin();
    let document = read("saved-2018-english.json");
    assert_eq!(document.years_entered(catalogue), [2017, 2018]);
    let written = document.to_json(catalogue);
    assert!(
        written.contains(r#""2017":{"population_16_66":32500,"public_support_fte":5300}"#),
        "{written}"
    );
}

#[test]
fn a_document_from_a_newer_version_says_so_and_other_formats_are_unknown() {
    let catalogue = Catalogue::builtin();
    assert_eq!(
        Document::from_json(r#"{"format": "jobmaal/3"}"#, catalogue),
        Err(DecodeError::NewerFormat("jobmaal/3".into()))
    );
    assert!(
        DecodeError::NewerFormat("jobmaal/3".into())
            .message(jobmaal_core::Lang::Da)
            .contains("nyere udgave")
    );
    assert_eq!(
        Document::from_json(r#"{"format": "jobmål/1"}"#, catalogue),
        Err(DecodeError::WrongFormat("jobmål/1".into()))
    );
}

#[test]
fn periods_and_tables_are_kept_per_year() {
    let catalogue = Catalogue::builtin();
    let text = r#"{"format": "jobmaal/2", "year": 2019,
        "figures": {"2019": {"population_16_66": 16884}, "2018": {"population_16_66": 17000}, "1999": {"population_16_66": 1}},
        "periods": {"2019": {" 1. kvt. 2019 ": ["population_16_66", "municipality"]}, "2018": {"1. kvt. 2018": ["population_16_66"]}},
        "tables": {"2019": {"FOLK1A": ["population_16_66"]}}}"#;
    let document = Document::from_json(text, catalogue).unwrap();
    assert_eq!(document.periods["population_16_66"], "1. kvt. 2019");
    assert!(!document.periods.contains_key("municipality"));
    assert_eq!(document.tables["population_16_66"], "FOLK1A");
    assert_eq!(
        document.other_years["2018"].periods["population_16_66"],
        "1. kvt. 2018"
    );
    assert!(
        !document.other_years.contains_key("1999"),
        "a year the app has no goals near"
    );
    assert_eq!(
        Document::from_json(
            r#"{"format": "jobmaal/2", "periods": {"2019": {"april 2019": "population_16_66"}}}"#,
            catalogue
        ),
        Err(DecodeError::WrongType {
            field: "periods.2019.april 2019".into(),
            expected: jobmaal_core::document::Expected::ListOfTexts
        })
    );
    // Written once per period, with its figures.
    let written = document.to_json(catalogue);
    assert!(written.contains(r#""periods":{"2018":{"1. kvt. 2018":["population_16_66"]},"2019":{"1. kvt. 2019":["population_16_66"]}}"#), "{written}");
    // A period for a figure without a value yet (a group's, set before its figures are typed)
    // is kept, and reads back.
    let mut ahead = document.clone();
    for id in ["refugees_total", "refugees_employed"] {
        ahead.periods.insert(id.into(), "april 2019".into());
    }
    let json = ahead.to_json(catalogue);
    assert!(
        json.contains(r#""april 2019":["refugees_employed","refugees_total"]"#),
        "{json}"
    );
    assert_eq!(Document::from_json(&json, catalogue).unwrap(), ahead);
}

/// A link to three years of Lejre's figures, with its lines of aim, stays short enough for
/// e-mail clients and CMS fields (under 2,000 characters).
#[test]
fn a_three_year_link_of_lejres_figures_is_under_2000_characters() {
    let catalogue = Catalogue::builtin();
    let lejre = read("lejre-2019.json");
    let mut document = Document::new(2019, lejre.lang);
    for year in [2018, 2019, 2020] {
        document.set_year(year, catalogue);
        for (id, entry) in &lejre.figures {
            document.figures.insert(id.clone(), entry.clone());
            if id != "municipality" {
                document
                    .periods
                    .insert(id.clone(), format!("april {}", year - 1));
                let table = if id.starts_with("population") {
                    "FOLK1A"
                } else {
                    "MM14"
                };
                document.tables.insert(id.clone(), table.to_string());
            }
        }
    }
    let link = document.to_fragment(catalogue);
    println!(
        "three years of Lejre's figures with periods and tables: {} characters",
        link.len()
    );
    assert!(link.len() < 2000, "{}", link.len());
    let whole = {
        let mut with_plan = document.clone();
        with_plan.plan = lejre.plan.clone();
        with_plan.extra_focus = lejre.extra_focus.clone();
        with_plan.to_fragment(catalogue).len()
    };
    println!("the same with Lejre's lines of aim: {whole} characters");
    // With the page's address before it (about 80 characters on GitHub Pages), still under.
    assert!(whole + 100 < 2000, "{whole}");
    // The periods and tables set as the form sets them: once for each group of each year's
    // form, so for its figures with no value too.
    let mut by_group = document.clone();
    for year in [2018, 2019, 2020] {
        by_group.set_year(year, catalogue);
        let groups = catalogue.figure_groups.iter().filter(|g| g.for_year(year));
        for group in groups.filter(|g| g.id != "kommune") {
            let figures = catalogue.figures.iter().filter(|f| f.group == group.id);
            for figure in figures.filter(|f| f.kind != jobmaal_core::figures::FigureKind::Text) {
                let id = figure.id.to_string();
                by_group
                    .periods
                    .insert(id.clone(), format!("april {}", year - 1));
                by_group.tables.insert(id, "MM14".to_string());
            }
        }
    }
    by_group.plan = lejre.plan.clone();
    by_group.extra_focus = lejre.extra_focus.clone();
    let grouped = by_group.to_fragment(catalogue).len();
    println!(
        "with periods and tables set for each group of each year's form, and the lines of aim: {grouped} characters"
    );
    assert!(grouped + 100 < 2000, "{grouped}");
}
