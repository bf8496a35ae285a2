//! The catalogue and the Lejre example quote the source documents (`../shared/seeds/`): these
//! tests fail when a goal title, a line of aim or a key figure differs from the seed's wording.
//!
//! The documents are not part of the repository, so the tests that read them are ignored by a
//! plain `cargo test` (which says so); `scripts/dev.sh test` runs them with `--ignored` when the
//! folder is there (beside the checkout, or named by `JOBMAAL_SEEDS`) and names them as skipped
//! otherwise. The tests of what is quoted from public pages, kept in `data/quotations/`, always
//! run.

mod common;

use std::path::PathBuf;

use common::{check_all_titles, check_titles, normalise};
use jobmaal_core::example::lejre_2019;
use jobmaal_core::{Catalogue, Source};

fn seeds_dir() -> PathBuf {
    match std::env::var_os("JOBMAAL_SEEDS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"),
    }
}

/// The source's text, a seed document or a quotation recorded in `data/quotations/`, with
/// every run of white space (line breaks included) made one space.
fn seed_text(source: &Source) -> String {
    let path = match (source.seed, source.quotation) {
        (Some(seed), _) => seeds_dir().join(seed),
        (None, Some(quotation)) => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("data/quotations")
            .join(quotation),
        (None, None) => panic!("{} has neither a seed nor a quotation", source.id),
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read seed {} (set JOBMAAL_SEEDS): {e}",
            path.display()
        )
    });
    normalise(&text)
}

#[test]
#[ignore = "needs the source documents (../shared/seeds or JOBMAAL_SEEDS)"]
fn every_goal_title_is_quoted_verbatim_from_its_source() {
    let checked = check_all_titles(Catalogue::builtin(), &seed_text);
    assert_eq!(
        checked.len(),
        5 + 6 + 6 + 3 + 4 * 5,
        "every goal but goal 7 of the 2019 proposal has a title"
    );
}

/// The final list of 2019 is quoted from a public page, recorded with its address and date in
/// `data/quotations/` (it is not among the seed documents), so this test always runs.
#[test]
fn the_2019_goals_are_the_six_of_the_final_list_as_recorded() {
    let catalogue = Catalogue::builtin();
    let year = catalogue.year(2019).unwrap();
    let source = catalogue.source(year.source).unwrap();
    assert_eq!(source.date, Some("2019-03-15"));
    let recorded = seed_text(source);
    assert!(recorded.contains(source.address.unwrap()));
    assert!(recorded.contains("15. marts 2019"));
    let themes: Vec<&str> = year.goals.iter().map(|g| g.theme).collect();
    assert_eq!(
        themes,
        [
            "forsorgelse",
            "arbejdskraft",
            "integration",
            "kontanthjaelp",
            "udsatte",
            "handicap"
        ]
    );
    assert_eq!(
        check_titles(catalogue, year.year, year.goals, source, &seed_text).len(),
        6
    );
    assert_eq!(
        year.goals[5].title,
        Some("Flere personer med handicap skal i beskæftigelse")
    );
    let proposal = year.proposal.as_ref().unwrap();
    assert_eq!(proposal.goals.len(), 7);
    assert_eq!(proposal.goals[4].theme, "kontrol");
}

#[test]
#[ignore = "needs the source documents (../shared/seeds or JOBMAAL_SEEDS)"]
fn goal_7_of_2019_has_no_wording_and_says_so_from_lejres_plan() {
    let catalogue = Catalogue::builtin();
    let year = catalogue.year(2019).unwrap();
    let goal = &year.proposal.as_ref().unwrap().goals[6];
    assert_eq!(goal.title, None);
    let source = catalogue.source(goal.source.unwrap()).unwrap();
    assert!(seed_text(source).contains(
        "Handicapområdet (endelig formulering offentliggøres først i løbet af sommeren)"
    ));
    assert!(goal.notes[0].da.contains(
        "Handicapområdet (endelig formulering offentliggøres først i løbet af sommeren)"
    ));
}

#[test]
#[ignore = "needs the source documents (../shared/seeds or JOBMAAL_SEEDS)"]
fn every_source_names_its_journal_number_as_in_the_seed() {
    let catalogue = Catalogue::builtin();
    for source in catalogue.sources.iter().filter(|s| s.seed.is_some()) {
        let seed = seed_text(source);
        if let Some(journal) = &source.journal {
            let spaced = journal.replace('-', " - ");
            assert!(
                seed.contains(&format!("J.nr. {journal}"))
                    || seed.contains(&format!("J.nr. {spaced}")),
                "{}: J.nr. {journal} not in the seed",
                source.id
            );
        }
    }
}

#[test]
#[ignore = "needs the source documents (../shared/seeds or JOBMAAL_SEEDS)"]
fn the_lejre_example_quotes_the_plan() {
    let catalogue = Catalogue::builtin();
    let seed = seed_text(catalogue.source("lejre-2019").unwrap());
    let lejre = lejre_2019();
    for line in lejre.plan.values().flatten().chain(&lejre.extra_focus) {
        assert!(
            seed.contains(&normalise(line)),
            "«{line}» is not in Lejre's plan"
        );
    }
    for figure in [
        "27.579 indbyggere",
        "16.884 borgere",
        "2.395 fuldtidspersoner",
        "(2,4 pct.)",
        "17,6 pct.",
    ] {
        assert!(seed.contains(figure), "«{figure}» is not in Lejre's plan");
    }
}

#[test]
#[ignore = "needs the source documents (../shared/seeds or JOBMAAL_SEEDS)"]
fn the_reference_figures_are_in_their_sources() {
    let catalogue = Catalogue::builtin();
    let lejre = seed_text(catalogue.source("lejre-2019").unwrap());
    assert!(lejre.contains("Gnsn. på landsplan var 17,6 pct."));
    assert!(lejre.contains("86.000 kontanthjælpsmodtagere"));
    assert!(lejre.contains("26.000 og 13.000 er jobparate, svarende til hhv. ca. 30 pct."));
    let investment = seed_text(
        catalogue
            .source(catalogue.investment_return_ratio.source)
            .unwrap(),
    );
    assert!(investment.contains("kommunerne tjente to kroner, hver gang de investerede én"));
}

/// The goals of 2021–2024 are quoted from public pages recorded with their addresses and dates
/// in `data/quotations/`, so this test always runs: every title is in its source's recorded
/// text, every source names its address and date there, and where a year rests on a
/// "continued from" statement, the page says so.
#[test]
fn the_goals_of_2021_to_2024_are_quoted_from_their_recorded_sources() {
    let catalogue = Catalogue::builtin();
    let mut checked = 0;
    for number in 2021..=2024 {
        let year = catalogue.year(number).unwrap_or_else(|| panic!("{number}"));
        let source = catalogue.source(year.source).unwrap();
        checked += check_titles(catalogue, year.year, year.goals, source, &seed_text).len();
        let sources = std::iter::once(source).chain(
            year.goals
                .iter()
                .filter_map(|g| g.source.and_then(|id| catalogue.source(id))),
        );
        for source in sources {
            let recorded = seed_text(source);
            let address = source.address.expect("a public page has its address");
            assert!(recorded.contains(address), "{}: its address", source.id);
            assert!(recorded.contains("Published:"), "{}: its date", source.id);
        }
        let themes: Vec<&str> = year.goals.iter().map(|g| g.theme).collect();
        assert_eq!(
            themes,
            [
                "vaerdighed",
                "opkvalificering",
                "integration",
                "handicap",
                "arbejdskraft"
            ],
            "{number}"
        );
    }
    assert_eq!(checked, 4 * 5);
    let note = |year: u16| catalogue.year(year).unwrap().notes[0].da;
    assert_eq!(
        note(2023),
        "Målene for 2023 er ikke fundet offentliggjort for sig; STAR skriver, at målene for 2024 er videreført fra 2023."
    );
    assert!(
        seed_text(catalogue.source("star-2023-06-30").unwrap())
            .contains("Målene er videreført fra 2023.")
    );
    assert!(note(2022).contains("videreført fra 2021"));
    assert!(seed_text(catalogue.source("favrskov-2022").unwrap()).contains("videreført fra 2021"));
}

/// The note on the end of the system names the law and the bill as the recorded pages do.
#[test]
fn the_end_of_the_goals_is_sourced() {
    let catalogue = Catalogue::builtin();
    let end = catalogue.year(2024).unwrap().notes[1].da;
    assert!(end.contains("lov nr. 1656 af 30. december 2024"));
    assert!(end.contains("L 75, fremsat 6. november 2024"));
    let law = seed_text(catalogue.source("lov-1656-2024").unwrap());
    assert!(law.contains("LOV nr 1656 af 30/12/2024"));
    assert!(law.contains("afskaffelse af de beskæftigelsespolitiske mål"));
    let bill = seed_text(catalogue.source("ft-l75-2024").unwrap());
    assert!(bill.contains("Fremsat den 6. november 2024"));
}

/// Every public page the app cites is cited by the title recorded with it: its heading as
/// published (`Title:`), or, where the heading was not seen or is shortened, the words the
/// record says the app uses instead (`Cited as:`), never a title worked out from an address.
#[test]
fn every_recorded_source_is_cited_by_its_recorded_title() {
    let catalogue = Catalogue::builtin();
    let mut checked = 0;
    // (A seed document's quotation is a copy of its lines, checked against the seed below.)
    let pages = catalogue
        .sources
        .iter()
        .filter(|s| s.quotation.is_some() && s.seed.is_none());
    for source in pages {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("data/quotations")
            .join(source.quotation.unwrap());
        let recorded = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = recorded.lines().collect();
        let title = format!("Title: {}", source.title);
        let cited = format!("Cited as: {}", source.title);
        // A bracketed title line says the heading was not seen: the app shows no title, and
        // says so in its own words (the source's note).
        let title_line = lines.iter().find(|l| l.starts_with("Title: ")).unwrap();
        match title_line.starts_with("Title: [") {
            true => {
                assert_eq!(source.title, "", "{}", source.id);
                assert!(source.note.is_some(), "{}", source.id);
            }
            false => assert!(
                lines.contains(&title.as_str()) || lines.contains(&cited.as_str()),
                "{}: {:?} is not its recorded title",
                source.id,
                source.title
            ),
        }
        let address = source.address.expect("a public page has its address");
        assert!(recorded.contains(address), "{}: its address", source.id);
        checked += 1;
    }
    assert!(checked >= 9, "{checked}");
    // And every source a year's page cites is in the catalogue.
    for year in catalogue.years {
        assert!(catalogue.year_sources(year).len() > year.cites.len());
    }
}

/// The copies of seed documents' lines in `data/quotations/` (which `goal_titles.rs` reads, so
/// that the goal titles are checked without the seeds) are the seeds' own words.
#[test]
#[ignore = "needs the source documents (../shared/seeds or JOBMAAL_SEEDS)"]
fn the_copies_of_the_seeds_quote_them_word_for_word() {
    let catalogue = Catalogue::builtin();
    let mut lines = 0;
    for source in catalogue.sources {
        let (Some(_), Some(quotation)) = (source.seed, source.quotation) else {
            continue;
        };
        let seed = seed_text(source);
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("data/quotations")
            .join(quotation);
        let copy = std::fs::read_to_string(&path).unwrap();
        for line in copy
            .lines()
            .filter(|l| l.len() > 2 && l.starts_with('"') && l.ends_with('"'))
        {
            let quoted = normalise(&line[1..line.len() - 1]);
            assert!(
                seed.contains(&quoted),
                "{}: «{quoted}» is not in the seed",
                source.id
            );
            lines += 1;
        }
    }
    assert!(lines >= 5 + 6 + 3, "{lines} quoted lines");
}
