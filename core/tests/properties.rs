//! Property tests: the parsers never panic on any input, and what is written can be read back.

use jobmaal_core::document::{base64url_decode, base64url_encode};
use jobmaal_core::number::{self, NumberKind};
use jobmaal_core::{Catalogue, Document, Lang};
use proptest::prelude::*;

fn kinds() -> impl Strategy<Value = NumberKind> {
    prop_oneof![
        Just(NumberKind::Count),
        Just(NumberKind::Percent),
        Just(NumberKind::Kroner)
    ]
}

fn langs() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Da), Just(Lang::En)]
}

proptest! {
    #[test]
    fn number_parser_never_panics(text in any::<String>(), kind in kinds()) {
        let _ = number::parse(&text, kind);
    }

    #[test]
    fn number_parser_never_panics_on_number_like_text(text in "[-−0-9., %krDK\u{a0}]{0,24}", kind in kinds()) {
        let _ = number::parse(&text, kind);
    }

    #[test]
    fn written_counts_read_back(value in 0u64..10_000_000_000_000, cents in 0u64..100, lang in langs()) {
        let value = value as f64 + cents as f64 / 100.0;
        let written = number::format(value, 2, lang);
        let read = number::parse(&written, NumberKind::Count).unwrap().unwrap();
        prop_assert!((read - value).abs() < 0.005, "{written} read as {read}");
    }

    #[test]
    fn numbers_put_back_into_inputs_read_back_exactly(
        whole in 0u64..1_000_000_000,
        millionths in prop_oneof![Just(0u64), 0u64..1_000_000],
        lang in langs(),
        kind in kinds(),
    ) {
        // A percentage is at most 100; the other kinds take any size.
        let whole = if kind == NumberKind::Percent { whole % 101 } else { whole };
        let value = (whole as f64 + millionths as f64 / 1e6).min(if kind == NumberKind::Percent { 100.0 } else { f64::MAX });
        let written = number::format_for_input(value, lang);
        let read = number::parse(&written, kind).unwrap().unwrap();
        prop_assert!((read - value).abs() < 1e-6, "{written} read as {read}");
    }

    #[test]
    fn written_percentages_read_back(tenths in 0u32..=1000, lang in langs()) {
        let value = tenths as f64 / 10.0;
        let written = format!("{} %", number::format(value, 1, lang));
        prop_assert_eq!(number::parse(&written, NumberKind::Percent).unwrap(), Some(value));
    }

    #[test]
    fn written_kroner_read_back(value in 0u64..1_000_000_000_000, lang in langs()) {
        let written = number::format_kr(value as f64, lang);
        prop_assert_eq!(number::parse(&written, NumberKind::Kroner).unwrap(), Some(value as f64));
    }

    #[test]
    fn typed_decimals_are_read_as_the_nearest_double(
        whole in 0u64..1_000_000_000_000,
        frac in "[0-9]{0,3}",
        lang in langs(),
    ) {
        // Up to 15 significant digits, as a person types them: exactly Rust's own reading.
        let plain = if frac.is_empty() { whole.to_string() } else { format!("{whole}.{frac}") };
        let typed = if lang == Lang::Da { plain.replace('.', ",") } else { plain.clone() };
        let expected: f64 = plain.parse().unwrap();
        let kind = if frac.len() == 3 { NumberKind::Percent } else { NumberKind::Count };
        prop_assert_eq!(number::parse(&typed, kind).unwrap(), Some(expected));
    }

    #[test]
    fn numbers_in_a_saved_document_read_back_as_the_same_double(value in -1e15f64..1e15, decimals in 0i32..7) {
        use jobmaal_core::document::ReferenceEntry;
        use jobmaal_core::figures::Entry;
        // Numbers with few decimals (what figures are) come back exactly; any other number
        // comes back within a unit in the last place.
        let catalogue = Catalogue::builtin();
        let id = catalogue.indicators[0].id;
        let scale = 10f64.powi(decimals);
        let figure = (value * scale).round() / scale;
        for (value, exact) in [(figure, figure.abs() < 1e9), (value, false)] {
            let mut document = Document::new(2019, Lang::Da);
            let reference = ReferenceEntry { comparison: Some(Entry::Number(value)), target: None };
            document.references.insert(id.to_string(), reference);
            let text = document.to_json(catalogue);
            let read = Document::from_json(&text, catalogue).unwrap();
            let Some(Entry::Number(read)) = read.references[id].comparison else {
                panic!("{text}");
            };
            prop_assert!(read == value || (!exact && (read - value).abs() <= value.abs() * 2.3e-16), "{value} → {text} → {read}");
        }
    }

    #[test]
    fn state_decoder_never_panics(text in any::<String>()) {
        let _ = Document::from_json(&text, Catalogue::builtin());
    }

    #[test]
    fn state_decoder_never_panics_on_json_like_text(
        text in r#"\{("format": "jobmaal/1"|"year": [0-9]{1,6}|"lang": "[a-z]{0,3}"|"figures": \{("[a-z_0-9]{1,20}": ([0-9.e-]{1,8}|"[^"]{0,8}"|true|null|\[\]),? ?){0,4}\}|"plan": \{"[a-z]{1,12}": \[("[^"]{0,6}",?){0,3}\]\}|, ){0,8}\}"#
    ) {
        let _ = Document::from_json(&text, Catalogue::builtin());
    }

    #[test]
    fn the_json_reader_accepts_exactly_what_serde_json_accepts(
        text in r#"[ \t\n]{0,2}(\{|\[|\]|\}|,|:|"([a-zæ ]|\\[nt"\\/u]|\\u[dD][89aA][0-9a-fA-F]{2}|\\u00[0-9a-f]{2}){0,4}"|-?[0-9]{0,3}(\.[0-9]{0,2})?([eE][+-]?[0-9]{0,3})?|true|false|null|nul| ){0,12}"#
    ) {
        let ours = jobmaal_core::json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        prop_assert_eq!(ours.is_some(), theirs.is_ok(), "{:?}: {:?}", text, theirs);
    }

    #[test]
    fn the_link_inflater_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = jobmaal_core::deflate::inflate_fixed(&bytes, 4096);
    }

    #[test]
    fn fragment_decoder_never_panics(text in any::<String>()) {
        let _ = Document::from_fragment(&text, Catalogue::builtin());
        let _ = Document::from_fragment(&format!("#s={text}"), Catalogue::builtin());
        let _ = Document::from_fragment(&format!("#z={text}"), Catalogue::builtin());
    }

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
    }

    #[test]
    fn documents_round_trip_through_the_fragment(
        year in prop_oneof![Just(2018u16), Just(2019), Just(2020)],
        lang in langs(),
        population in 0u32..10_000_000,
        municipality in "[^\u{0}]{0,80}",
        lines in proptest::collection::vec(any::<String>(), 0..5),
        extra in proptest::collection::vec(any::<String>(), 0..3),
    ) {
        use jobmaal_core::figures::Entry;
        let catalogue = Catalogue::builtin();
        let mut document = Document::new(year, lang);
        document.figures.insert("population_total".into(), Entry::Number(population as f64));
        if !municipality.trim().is_empty() {
            document.figures.insert("municipality".into(), Entry::Text(municipality.trim().to_string()));
        }
        document.plan.insert("udsatte".into(), lines);
        document.extra_focus = extra;
        let fragment = document.to_fragment(catalogue);
        prop_assert_eq!(Document::from_fragment(&fragment, catalogue), Ok(Some(document.clone())));
        // Standard raw DEFLATE, as any reader takes it.
        let encoded = fragment.strip_prefix("z=").expect("a compressed link");
        let bytes = jobmaal_core::document::base64url_decode(encoded).expect("base64url");
        let json = miniz_oxide::inflate::decompress_to_vec(&bytes).expect("raw DEFLATE");
        prop_assert_eq!(json, document.to_json(catalogue).into_bytes());
    }

    #[test]
    fn documents_with_figures_for_several_years_round_trip_through_json(
        shown in prop_oneof![Just(2018u16), Just(2019), Just(2020)],
        years in proptest::collection::vec(
            (
                2017u16..=2020,
                proptest::collection::vec((0usize..40, 0u32..100_000, proptest::option::of("[a-zæøå0-9. ]{1,12}")), 0..6),
            ),
            0..4,
        ),
        table in proptest::option::of("[A-Z0-9]{1,8}"),
    ) {
        use jobmaal_core::figures::{Entry, FigureKind};
        let catalogue = Catalogue::builtin();
        let numbers: Vec<&str> = catalogue
            .figures
            .iter()
            .filter(|f| f.kind != FigureKind::Text)
            .map(|f| f.id)
            .collect();
        let mut document = Document::new(2019, Lang::Da);
        for (year, figures) in years {
            document.set_year(year, catalogue);
            for (i, value, period) in figures {
                let id = numbers[i % numbers.len()].to_string();
                document.figures.insert(id.clone(), Entry::Number(value.into()));
                if let Some(period) = period.filter(|p| !p.trim().is_empty()) {
                    document.periods.insert(id.clone(), period.trim().to_string());
                }
                if let Some(table) = &table {
                    document.tables.insert(id, table.clone());
                }
            }
        }
        document.set_year(shown, catalogue);
        let text = document.to_json(catalogue);
        prop_assert_eq!(Document::from_json(&text, catalogue), Ok(document), "{}", text);
    }
}
