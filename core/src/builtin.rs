//! The catalogue shipped with the app, as statics that `build.rs` writes from
//! `data/catalogue.json` after reading and checking it.

#[cfg(target_arch = "wasm32")]
use crate::catalogue::Cited;
use crate::catalogue::{Catalogue, Context, Goal, Proposal, ReturnRatio, Source, Theme, Year};
use crate::figures::{FigureDef, FigureGroup, FigureKind};
use crate::indicators::{BuiltinReference, Direction, Formula, IndicatorDef, Unit};
use crate::text::{ENGLISH, HELP, Localized};
#[cfg(target_arch = "wasm32")]
use crate::year_texts::YEAR_TEXTS;
use crate::year_texts::{FETCHED_YEARS, file_len};

static BUILTIN: Catalogue = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

impl Catalogue {
    /// The catalogue shipped with the app (checked when it was built).
    pub fn builtin() -> &'static Catalogue {
        &BUILTIN
    }
}

/// Takes the English texts from the file the build writes (a JSON list of strings); false if
/// it is not one, has too few for the catalogue, or they were loaded already. They stay for
/// the page's life.
pub fn load_english_json(json: &str) -> bool {
    text_list(json)
        .filter(|texts| texts.len() >= CATALOGUE_ENGLISH_LEN)
        .is_some_and(|texts| ENGLISH.set(texts).is_ok())
}

/// Takes the figures' help texts from the file the build writes; false if it is not one with
/// a Danish and an English text for every figure, or they were loaded already.
pub fn load_help_json(json: &str) -> bool {
    text_list(json)
        .filter(|texts| texts.len() == 2 * BUILTIN.figures.len())
        .is_some_and(|texts| HELP.set(texts).is_ok())
}

/// Takes a year's texts from the file the build writes for it: a JSON list of strings, the
/// year first, then its texts ([`year_texts`]); false if it is not one with as many texts as
/// that year has.
pub fn load_year_json(json: &str) -> bool {
    let Some((year, texts)) = text_list(json).and_then(|list| list.split_first()) else {
        return false;
    };
    let Some(slot) = FETCHED_YEARS
        .iter()
        .position(|(y, _)| y.to_string() == *year)
    else {
        return false;
    };
    #[cfg(target_arch = "wasm32")]
    return texts.len() == file_len(FETCHED_YEARS[slot].0, FETCHED_YEARS[slot].1)
        && YEAR_TEXTS[slot].set(texts).is_ok();
    #[cfg(not(target_arch = "wasm32"))]
    return texts.len() == file_len(FETCHED_YEARS[slot].0, FETCHED_YEARS[slot].1);
}

/// The Danish texts of `year` in the order the browser build numbers them, for the build step
/// that writes the year's file; `None` for a year the browser does not download.
#[cfg(not(target_arch = "wasm32"))]
pub fn year_texts(year: u16) -> Option<&'static [&'static str]> {
    static TEXTS: &[(u16, &[&str])] =
        include!(concat!(env!("OUT_DIR"), "/catalogue_year_texts.rs"));
    TEXTS
        .iter()
        .find(|(y, _)| *y == year)
        .map(|(_, texts)| *texts)
}

/// Whether the figures' help texts are there: natively always, in the browser once downloaded.
pub fn help_loaded() -> bool {
    cfg!(not(target_arch = "wasm32")) || HELP.get().is_some()
}

/// A JSON list of strings, kept for the page's life.
fn text_list(json: &str) -> Option<&'static [&'static str]> {
    let crate::json::Value::List(items) = crate::json::parse(json)? else {
        return None;
    };
    let texts = items.into_iter().map(|item| match item {
        crate::json::Value::Text(text) => Some(&*text.leak()),
        _ => None,
    });
    let texts: Vec<&'static str> = texts.collect::<Option<_>>()?;
    Some(texts.leak())
}

/// The figures' help texts, every one in Danish, then every one in English, for the build step
/// that writes the help file.
#[cfg(not(target_arch = "wasm32"))]
pub fn help_texts() -> Vec<&'static str> {
    let help = BUILTIN.figures.iter().map(|f| &f.help);
    help.clone()
        .map(|h| h.da)
        .chain(help.map(|h| h.en))
        .collect()
}

/// How many of the English texts are the catalogue's.
pub const CATALOGUE_ENGLISH_LEN: usize =
    include!(concat!(env!("OUT_DIR"), "/catalogue_english_len.rs"));

/// The catalogue's English texts in the order of their indices in the browser build, for the
/// build step that writes the English file.
#[cfg(not(target_arch = "wasm32"))]
pub static CATALOGUE_ENGLISH: &[&str] = include!(concat!(env!("OUT_DIR"), "/catalogue_english.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::year_texts::year_texts_loaded;

    #[test]
    fn every_year_but_the_default_pages_has_its_texts_downloaded() {
        let default = BUILTIN.default_year().year;
        let fetched: Vec<u16> = FETCHED_YEARS.iter().map(|&(year, _)| year).collect();
        let others: Vec<u16> = BUILTIN
            .years
            .iter()
            .map(|y| y.year)
            .filter(|&y| y != default)
            .collect();
        assert_eq!(fetched, others);
        assert!(year_texts(default).is_none());
        assert!(year_texts_loaded(default));
    }

    #[test]
    fn a_years_file_holds_its_goals_titles_notes_and_explanations() {
        for year in BUILTIN.years {
            let Some(texts) = year_texts(year.year) else {
                continue;
            };
            let proposal = year.proposal.iter().flat_map(|p| {
                p.notes
                    .iter()
                    .map(|n| n.da)
                    .chain(p.goals.iter().flat_map(goal_texts))
            });
            let mut expected: Vec<&str> = proposal
                .chain(year.notes.iter().map(|n| n.da))
                .chain(year.goals.iter().flat_map(goal_texts))
                .collect();
            // The explanations of the themes of its goals that the default page's year has no
            // goal of (the app does not carry those).
            let default = BUILTIN.default_year();
            for goal in year.goals {
                let theme = BUILTIN.theme(goal.theme).unwrap();
                let shown = default.goals.iter().any(|g| g.theme == goal.theme);
                if !shown && year.year <= theme.explains_until {
                    expected.push(theme.explanation.da);
                }
            }
            // Then how the year cites its sources: every address, and the sender and title of
            // a source the app does not carry itself.
            let sources = BUILTIN.year_sources(year);
            let addresses = sources.iter().filter_map(|s| s.address);
            expected.extend(addresses);
            // And what we say of a source ourselves (no source of the default page has a note).
            expected.extend(sources.iter().filter_map(|s| s.note.as_ref().map(|n| n.da)));
            // After the default page's year, the names of what no year up to it shows.
            if year.year > BUILTIN.default_year {
                expected.extend(later_names());
            }
            let mut written = texts.to_vec();
            for source in &sources {
                let named = [source.sender, source.title];
                if named.iter().all(|t| written.contains(t)) && !expected.contains(&source.title) {
                    expected.extend(named);
                }
            }
            expected.sort_unstable();
            written.sort_unstable();
            assert_eq!(written, expected, "{}", year.year);
            assert!(texts.len() >= year.goals.len(), "{}", year.year);
        }
    }

    /// The names of the themes no year up to the default page's has a goal of, with their
    /// indicators', and of the figure groups only later years' forms show, with their figures'.
    fn later_names() -> Vec<&'static str> {
        let default = BUILTIN.default_year;
        let earlier = BUILTIN.years.iter().filter(|y| y.year <= default);
        let later_theme = |id: &str| {
            !earlier.clone().any(|y| {
                let proposed = y.proposal.iter().flat_map(|p| p.goals);
                y.goals.iter().chain(proposed).any(|g| g.theme == id)
            })
        };
        let groups = BUILTIN.figure_groups.iter();
        let later_groups: Vec<&str> = groups
            .filter(|g| g.years.is_some_and(|(first, _)| first > default))
            .map(|g| g.id)
            .collect();
        let themes = BUILTIN.themes.iter().filter(|t| later_theme(t.id));
        let indicators = BUILTIN.indicators.iter().filter(|i| later_theme(i.theme));
        let groups = BUILTIN.figure_groups.iter();
        let figures = BUILTIN.figures.iter();
        themes
            .map(|t| t.name.da)
            .chain(indicators.map(|i| i.name.da))
            .chain(
                groups
                    .filter(|g| later_groups.contains(&g.id))
                    .map(|g| g.name.da),
            )
            .chain(
                figures
                    .filter(|f| later_groups.contains(&f.group))
                    .map(|f| f.label.da),
            )
            .collect()
    }

    #[test]
    fn the_names_only_later_years_show_are_in_their_files() {
        let names = later_names();
        // The dignity and upskilling goals' themes, the upskilling indicator, its group and
        // its two figures.
        assert_eq!(names.len(), 6, "{names:?}");
        assert!(names.contains(&"Værdig sagsbehandling"));
        for &(year, own) in FETCHED_YEARS {
            let texts = year_texts(year).unwrap();
            assert_eq!(texts.len(), file_len(year, own));
            let later = year > BUILTIN.default_year;
            assert_eq!(texts.len() > own, later, "{year}");
            assert_eq!(texts.contains(&"Værdig sagsbehandling"), later, "{year}");
        }
    }

    fn goal_texts(goal: &Goal) -> impl Iterator<Item = &'static str> {
        goal.title
            .into_iter()
            .chain(goal.notes.iter().map(|n| n.da))
    }

    #[test]
    fn a_years_file_is_taken_only_whole() {
        let &(year, count) = FETCHED_YEARS.first().expect("a year is downloaded");
        let texts = year_texts(year).unwrap();
        assert_eq!(texts.len(), count);
        let file = |year: u16, texts: &[&str]| {
            let mut w = crate::json::Writer::new();
            w.open_list();
            w.text(&year.to_string());
            for text in texts {
                w.text(text);
            }
            w.close_list();
            w.finish()
        };
        assert!(load_year_json(&file(year, texts)));
        assert!(!load_year_json(&file(year, &texts[1..])), "one short");
        assert!(!load_year_json("{}"));
        assert!(!load_year_json("[]"));
        assert!(!load_year_json(&file(BUILTIN.default_year().year, texts)));
    }
}
