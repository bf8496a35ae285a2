//! The worked example "Lejre Kommune 2019": the figures and lines of aim (sigtelinjer) of
//! Lejre Kommune's Beskæftigelsesplan 2019 (seed 004), kept as a state document in
//! `data/lejre-2019.json` and read with the same decoder as any file.

use crate::catalogue::Catalogue;
use crate::document::Document;

const LEJRE_2019_JSON: &str = include_str!("../data/lejre-2019.json");

/// The Lejre Kommune 2019 example. Its data is checked by a test, so this cannot fail.
pub fn lejre_2019() -> Document {
    // Not `expect`: that would ship the error's Debug formatting for a case tests rule out.
    match Document::from_json(LEJRE_2019_JSON, Catalogue::builtin()) {
        Ok(document) => document,
        Err(_) => panic!("the built-in example is checked by tests"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Entry;

    #[test]
    fn the_example_has_the_plans_key_figures() {
        let lejre = lejre_2019();
        assert_eq!(lejre.year, 2019);
        let number = |id: &str| match lejre.figures.get(id) {
            Some(Entry::Number(n)) => *n,
            other => panic!("{id}: {other:?}"),
        };
        assert_eq!(number("population_total"), 27579.0);
        assert_eq!(number("population_16_66"), 16884.0);
        assert_eq!(number("public_support_fte"), 2395.0);
        assert_eq!(number("gross_unemployment_pct"), 2.4);
        assert_eq!(lejre.plan.len(), 7, "a line of aim for every 2019 goal");
        assert_eq!(lejre.extra_focus.len(), 2, "youth as local extra focus");
    }
}
