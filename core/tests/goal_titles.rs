//! Every goal title of every year (and of the 2019 proposal) is quoted word for word from its
//! source, as the repository records it in `data/quotations/`: a public page's quotation, or
//! for a seed document a copy of its quoted lines (which `seeds.rs` checks against the seed
//! where the seed documents are there). Runs with a plain `cargo test`.

mod common;

use std::path::PathBuf;

use common::{check_all_titles, check_titles};
use jobmaal_core::{Catalogue, Source};

/// The quotation recorded for `source`.
fn quotation(source: &Source) -> String {
    let file = source
        .quotation
        .unwrap_or_else(|| panic!("{} has no quotation in data/quotations/", source.id));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/quotations")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn every_goal_title_is_quoted_word_for_word_from_its_source() {
    let checked = check_all_titles(Catalogue::builtin(), &quotation);
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
    let checked =
        std::panic::catch_unwind(|| check_titles(catalogue, 2020, &[goal], source, &quotation));
    assert!(checked.is_err());
}
