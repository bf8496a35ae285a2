//! Every goal title of every year (and of the 2019 proposal) is quoted word for word from its
//! source, as the repository records it in `data/quotations/`: a public page's quotation, or
//! for a seed document a copy of its quoted lines (which `seeds.rs` checks against the seed
//! where the seed documents are there). Runs with a plain `cargo test`.

use std::path::PathBuf;

use jobmaal_core::{Catalogue, Goal, Source, Year};

/// The quotation recorded for `source`, every run of white space made one space.
fn quotation(source: &Source) -> String {
    let file = source
        .quotation
        .unwrap_or_else(|| panic!("{} has no quotation in data/quotations/", source.id));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/quotations")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    normalise(&text)
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks each titled goal of `goals` against its source's quotation (the goal's own source, or
/// `source`); returns the titles checked.
fn check(catalogue: &Catalogue, year: &Year, goals: &[Goal], source: &Source) -> Vec<String> {
    let mut checked = Vec::new();
    for goal in goals {
        let Some(title) = &goal.title else { continue };
        let source = goal
            .source
            .and_then(|id| catalogue.source(id))
            .unwrap_or(source);
        let quoted = quotation(source);
        let title = normalise(title);
        let at = quoted.find(&title).unwrap_or_else(|| {
            panic!(
                "{} goal {}: «{title}» is not in the quotation of {}",
                year.year, goal.number, source.id
            )
        });
        // A title without a full stop must not cut one off the source.
        assert_ne!(
            quoted[at + title.len()..].chars().next(),
            Some('.'),
            "{} goal {}: the source ends it with «.»",
            year.year,
            goal.number
        );
        checked.push(format!("{} {}", year.year, goal.number));
    }
    checked
}

#[test]
fn every_goal_title_is_quoted_word_for_word_from_its_source() {
    let catalogue = Catalogue::builtin();
    let mut checked = Vec::new();
    for year in catalogue.years {
        let source = catalogue.source(year.source).unwrap();
        checked.extend(check(catalogue, year, year.goals, source));
        if let Some(proposal) = &year.proposal {
            let source = catalogue.source(proposal.source).unwrap();
            checked.extend(check(catalogue, year, proposal.goals, source));
        }
    }
    // Every goal has a title, but goal 7 of the 2019 proposal (which its source leaves
    // unworded): 5 for 2018, 6 of the 2019 proposal, 6 for 2019, 3 for 2020, 5 a year after.
    assert_eq!(checked.len(), 5 + 6 + 6 + 3 + 4 * 5, "{checked:?}");
}

#[test]
fn a_title_not_in_its_source_is_found_out() {
    // The check itself can fail: a goal whose title its source does not have.
    let catalogue = Catalogue::builtin();
    let year = catalogue.year(2020).unwrap();
    let source = catalogue.source(year.source).unwrap();
    let mut goal = year.goals[0].clone();
    goal.title = Some("Flere personer skal i beskæftigelse");
    let checked = std::panic::catch_unwind(|| check(catalogue, year, &[goal], source));
    assert!(checked.is_err());
}
