//! What the tests of the catalogue's wording share: every goal title of every year (and of a
//! year's proposal) checked word for word against the text of its source, whichever text a
//! test reads for a source (a seed document, or its quotation kept in `data/quotations/`).

use jobmaal_core::{Catalogue, Goal, Source};

/// `text` with every run of white space (line breaks included) made one space.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks every titled goal of every year, and of every proposal, against `text_of` its source
/// (the goal's own, else its year's or proposal's); returns the goals checked ("2019 3").
pub fn check_all_titles(catalogue: &Catalogue, text_of: &dyn Fn(&Source) -> String) -> Vec<String> {
    let mut checked = Vec::new();
    for year in catalogue.years {
        let source = catalogue.source(year.source).unwrap();
        checked.extend(check_titles(
            catalogue, year.year, year.goals, source, text_of,
        ));
        if let Some(proposal) = &year.proposal {
            let source = catalogue.source(proposal.source).unwrap();
            checked.extend(check_titles(
                catalogue,
                year.year,
                proposal.goals,
                source,
                text_of,
            ));
        }
    }
    checked
}

/// Checks each titled goal of `goals` (of `year`) against `text_of` its source (the goal's own,
/// else `source`): panics where the title is not in it word for word, or cuts off its full
/// stop. Returns the goals checked.
pub fn check_titles(
    catalogue: &Catalogue,
    year: u16,
    goals: &[Goal],
    source: &Source,
    text_of: &dyn Fn(&Source) -> String,
) -> Vec<String> {
    let mut checked = Vec::new();
    for goal in goals {
        let Some(title) = &goal.title else { continue };
        let source = goal
            .source
            .and_then(|id| catalogue.source(id))
            .unwrap_or(source);
        let text = normalise(&text_of(source));
        let title = normalise(title);
        let at = text.find(&title).unwrap_or_else(|| {
            panic!(
                "{year} goal {}: «{title}» is not in {}",
                goal.number, source.id
            )
        });
        // A title without a full stop must not cut one off the source.
        assert_ne!(
            text[at + title.len()..].chars().next(),
            Some('.'),
            "{year} goal {}: the source ends it with «.»",
            goal.number
        );
        checked.push(format!("{year} {}", goal.number));
    }
    checked
}
