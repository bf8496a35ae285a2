//! The goal catalogue: years, their numbered goals, the themes that link a goal across years,
//! and the sources every goal is quoted from.
//!
//! The catalogue is data (`data/catalogue.json`), read by `read` and checked here; adding a year
//! means editing that file, not code. This module does not compute anything about a
//! municipality.

#[cfg(not(target_arch = "wasm32"))]
mod read;

use std::fmt;

use crate::figures::{FigureDef, FigureGroup};
use crate::indicators::IndicatorDef;
#[cfg(target_arch = "wasm32")]
use crate::text::danish;
use crate::text::{English, Lang, Localized};

/// A document a goal or fact is quoted from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub sender: &'static str,
    /// Whom the document is addressed to, where it says.
    pub recipients: Option<&'static str>,
    /// `YYYY-MM-DD`, or `YYYY` where the document gives no day; `None` where it gives none.
    pub date: Option<&'static str>,
    /// The ministry's journal number (J.nr.), where the document has one.
    pub journal: Option<&'static str>,
    pub title: &'static str,
    /// The title in English (ours, not the source's), for English pages beside the Danish
    /// (read it with [`Source::title_en`]).
    pub title_en: Option<English>,
    /// The file in the seed documents this source is kept as, if it is one of them.
    pub seed: Option<&'static str>,
    /// The public address of a source that is not among the seeds.
    pub address: Option<&'static str>,
    /// The file in `data/quotations/` that records what the app quotes from the source: from a
    /// public page, with its address and date; from a seed document, a copy of the quoted
    /// lines (the goal-title tests read it, and check it against the seed where that is there).
    pub quotation: Option<&'static str>,
    /// What we say of the source ourselves, in the page's language (that it is undated, that
    /// its heading was not seen and the title is empty …); read it with
    /// [`Catalogue::source_note`]. In the browser, in [`Cited`] (the years' texts) instead.
    #[cfg(not(target_arch = "wasm32"))]
    pub note: Option<Localized>,
}

impl Source {
    /// The date written out, e.g. `8. september 2017` or `8 September 2017`.
    pub fn date_text(&self, lang: Lang) -> Option<String> {
        self.date.map(|date| format_iso_date(date, lang))
    }

    /// The English title; in the browser, once the English texts are loaded.
    pub fn title_en(&self) -> Option<&'static str> {
        crate::text::english_text(self.title_en)
    }

    /// One line that names the source: sender, title, date and journal number.
    pub fn citation(&self, lang: Lang) -> String {
        let mut text = self.sender.to_string();
        if !self.title.is_empty() {
            text.push_str(&format!(", {}", self.title));
        }
        if let Some(date) = self.date_text(lang) {
            text.push_str(&format!(", {date}"));
        }
        if let Some(journal) = &self.journal {
            text.push_str(&format!(", J.nr. {journal}"));
        }
        text
    }
}

/// A stable subject that links the same goal across years (e.g. `integration`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: &'static str,
    pub name: Localized,
    /// What the goal is about, in our own words, citing its source.
    pub explanation: Localized,
    /// The last goal year the explanation was written for (the letters of 2017–2019 explain
    /// the goals to 2020); a later year's card leaves it out, and its notes say what its own
    /// sources say. `u16::MAX` where it holds for every year.
    pub explains_until: u16,
}

/// One of a year's goals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    /// The goal's number within its year, 1..N.
    pub number: u32,
    pub theme: &'static str,
    /// The Danish wording, verbatim from the source; `None` where the sources give none
    /// (read it with [`Goal::title`]).
    pub title: Option<&'static str>,
    /// As [`Localized::fetched`], for the title.
    #[cfg(target_arch = "wasm32")]
    pub title_fetched: u16,
    /// An English gloss of the title (ours, not the source's), for the English pages (read it
    /// with [`Goal::gloss`]).
    pub gloss: Option<English>,
    /// The source of this goal when it is not the year's own.
    pub source: Option<&'static str>,
    pub notes: &'static [Localized],
    /// The municipality finds its own indicators for the goal: the Plan view has room for a
    /// local indicator (`Document::local`).
    pub own_indicators: bool,
    /// In the browser, as [`Localized::fetched`], for its theme's explanation where the app
    /// does not carry it (a theme of no goal of the default page's year); 0 where it does.
    #[cfg(target_arch = "wasm32")]
    pub explanation_fetched: u16,
}

impl Goal {
    /// The English gloss of the title; in the browser, once the English texts are loaded.
    pub fn gloss(&self) -> Option<&'static str> {
        crate::text::english_text(self.gloss)
    }

    /// What the goal's `theme` is about ([`Theme::explanation`]), in `lang`.
    pub fn explanation(&self, theme: &Theme, lang: Lang) -> &'static str {
        #[cfg(target_arch = "wasm32")]
        if self.explanation_fetched > 0 {
            let text = Localized {
                da: "",
                fetched: self.explanation_fetched,
                ..theme.explanation.clone()
            };
            return text.get(lang);
        }
        theme.explanation.get(lang)
    }

    /// The Danish wording, verbatim from the source; `None` where the sources give none.
    pub fn title(&self) -> Option<&'static str> {
        #[cfg(target_arch = "wasm32")]
        return self.title.map(|title| danish(title, self.title_fetched));
        #[cfg(not(target_arch = "wasm32"))]
        return self.title;
    }
}

/// A goal year and its goals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Year {
    pub year: u16,
    /// The source the year's goals are quoted from.
    pub source: &'static str,
    /// Further sources the year's notes and explanations quote (shown in its list of sources).
    pub cites: &'static [&'static str],
    pub notes: &'static [Localized],
    pub goals: &'static [Goal],
    /// An earlier proposal of the year's goals, shown beside the final list.
    pub proposal: Option<Proposal>,
    /// In the browser, the year's sources ([`Catalogue::year_sources`]) as its page cites
    /// them, so that a page does not carry the addresses, nor the titles of sources only other
    /// years cite, of the years it does not show.
    #[cfg(target_arch = "wasm32")]
    pub cited: &'static [Cited],
}

/// In the browser, a source as a year's page cites it: each text a year's text
/// ([`Localized::fetched`]) or, at 0, the [`Source`]'s own (the default page's year).
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    pub source: &'static str,
    pub sender: u16,
    pub title: u16,
    pub address: &'static str,
    pub address_fetched: u16,
    /// As [`Localized::fetched`], for the source's note ([`Source::note`]); 0 where it has none.
    pub note: u16,
    /// The note's English text.
    pub note_en: English,
}

impl Year {
    /// Whether the year has a goal on `theme` that the catalogue's indicators measure: not one
    /// whose indicators the municipality finds itself.
    pub fn measures(&self, theme: &str) -> bool {
        self.goals
            .iter()
            .any(|g| g.theme == theme && !g.own_indicators)
    }
}

/// A proposal of a year's goals that the final list replaced (2019: seven goals proposed,
/// six published), kept because local plans were written from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub source: &'static str,
    pub notes: &'static [Localized],
    pub goals: &'static [Goal],
}

/// Facts from the sources shown beside goals of some themes (e.g. the BIP findings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    pub id: &'static str,
    pub themes: &'static [&'static str],
    pub source: &'static str,
    pub title: Localized,
    pub points: &'static [Localized],
}

/// The expected kroner saved per krone invested, with its source (the investment view).
#[derive(Clone, Debug, PartialEq)]
pub struct ReturnRatio {
    pub value: f64,
    pub source: &'static str,
}

/// Everything the app knows about goals, figures and indicators, read from data.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    /// The year the app shows when nothing else is chosen (the default page's), and that a
    /// document without a year is for.
    pub default_year: u16,
    pub sources: &'static [Source],
    pub themes: &'static [Theme],
    pub years: &'static [Year],
    pub figure_groups: &'static [FigureGroup],
    pub figures: &'static [FigureDef],
    pub indicators: &'static [IndicatorDef],
    pub context: &'static [Context],
    pub investment_return_ratio: ReturnRatio,
}

/// What is wrong with a catalogue data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    Syntax(String),
    /// A field is missing or has the wrong type.
    Shape {
        path: String,
        expected: &'static str,
    },
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    UnknownTheme {
        year: u16,
        theme: String,
    },
    UnknownSource {
        id: String,
    },
    UnknownFigure {
        id: String,
    },
    UnknownGroup {
        id: String,
    },
    Numbering {
        year: u16,
    },
    NoYears,
    /// `default_year` is not one of the years.
    UnknownDefaultYear(u16),
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogueError::Syntax(detail) => write!(f, "catalogue is not valid JSON: {detail}"),
            CatalogueError::Shape { path, expected } => write!(f, "`{path}` must be {expected}"),
            CatalogueError::DuplicateId { kind, id } => write!(f, "{kind} `{id}` is listed twice"),
            CatalogueError::UnknownTheme { year, theme } => {
                write!(f, "{year} names theme `{theme}`, which is not in `themes`")
            }
            CatalogueError::UnknownSource { id } => write!(f, "source `{id}` is not in `sources`"),
            CatalogueError::UnknownFigure { id } => write!(f, "figure `{id}` is not in `figures`"),
            CatalogueError::UnknownGroup { id } => {
                write!(f, "figure group `{id}` is not in `figure_groups`")
            }
            CatalogueError::Numbering { year } => {
                write!(f, "the goals of {year} are not numbered 1..N in order")
            }
            CatalogueError::NoYears => write!(f, "the catalogue has no years"),
            CatalogueError::UnknownDefaultYear(year) => {
                write!(f, "default_year {year} is not one of the years")
            }
        }
    }
}

impl std::error::Error for CatalogueError {}

impl Catalogue {
    /// Reads and checks a catalogue: unique ids, known themes and sources, goals numbered 1..N.
    /// Natively only (the build and the tests): the browser gets the catalogue built in.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(json: &str) -> Result<Catalogue, CatalogueError> {
        let root: serde_json::Value =
            serde_json::from_str(json).map_err(|e| CatalogueError::Syntax(e.to_string()))?;
        let catalogue = read::catalogue(&root)?;
        catalogue.check()?;
        Ok(catalogue)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn check(&self) -> Result<(), CatalogueError> {
        check_unique("source", self.sources.iter().map(|s| s.id))?;
        check_unique("theme", self.themes.iter().map(|t| t.id))?;
        check_unique("year", self.years.iter().map(|y| y.year.to_string()))?;
        if self.years.is_empty() {
            return Err(CatalogueError::NoYears);
        }
        if self.year(self.default_year).is_none() {
            return Err(CatalogueError::UnknownDefaultYear(self.default_year));
        }
        for year in self.years {
            self.known_source(year.source)?;
            for source in year.cites {
                self.known_source(source)?;
            }
            for (index, goal) in year.goals.iter().enumerate() {
                if goal.number as usize != index + 1 {
                    return Err(CatalogueError::Numbering { year: year.year });
                }
                self.known_theme(goal.theme, year.year)?;
                if let Some(source) = &goal.source {
                    self.known_source(source)?;
                }
            }
            check_unique("theme in a year", year.goals.iter().map(|g| g.theme))?;
            if let Some(proposal) = &year.proposal {
                self.known_source(proposal.source)?;
                for goal in proposal.goals {
                    self.known_theme(goal.theme, year.year)?;
                    if let Some(source) = &goal.source {
                        self.known_source(source)?;
                    }
                }
            }
        }
        self.check_figures_and_indicators()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn check_figures_and_indicators(&self) -> Result<(), CatalogueError> {
        check_unique("figure group", self.figure_groups.iter().map(|g| g.id))?;
        check_unique("figure", self.figures.iter().map(|f| f.id))?;
        check_unique("indicator", self.indicators.iter().map(|i| i.id))?;
        check_unique("context", self.context.iter().map(|c| c.id))?;
        for figure in self.figures {
            if !self.figure_groups.iter().any(|g| g.id == figure.group) {
                return Err(CatalogueError::UnknownGroup {
                    id: figure.group.to_string(),
                });
            }
            if let Some(whole) = &figure.part_of {
                self.known_figure(whole)?;
            }
        }
        for indicator in self.indicators {
            self.known_theme(indicator.theme, 0)?;
            let formulas = std::iter::once(&indicator.formula);
            let figures = formulas
                .flat_map(|f| f.figures())
                .chain(indicator.published);
            for id in figures {
                self.known_figure(id)?;
            }
            if let Some(source) = indicator.reference.as_ref().and_then(|r| r.source.as_ref()) {
                self.known_source(source)?;
            }
        }
        for context in self.context {
            self.known_source(context.source)?;
            for theme in context.themes {
                self.known_theme(theme, 0)?;
            }
        }
        self.known_source(self.investment_return_ratio.source)?;
        Ok(())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn known_theme(&self, id: &str, year: u16) -> Result<&Theme, CatalogueError> {
        self.theme(id).ok_or_else(|| CatalogueError::UnknownTheme {
            year,
            theme: id.to_string(),
        })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn known_figure(&self, id: &str) -> Result<&FigureDef, CatalogueError> {
        self.figure(id)
            .ok_or_else(|| CatalogueError::UnknownFigure { id: id.to_string() })
    }

    pub fn figure(&self, id: &str) -> Option<&FigureDef> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&IndicatorDef> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// A figure's label in `lang`, or its id if there is no such figure.
    pub fn figure_label(&self, id: &str, lang: Lang) -> String {
        self.figure(id)
            .map_or_else(|| id.to_string(), |f| f.label.get(lang).to_string())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn known_source(&self, id: &str) -> Result<&Source, CatalogueError> {
        self.source(id)
            .ok_or_else(|| CatalogueError::UnknownSource { id: id.to_string() })
    }

    /// The goal years, oldest first.
    pub fn year_numbers(&self) -> impl Iterator<Item = u16> + '_ {
        self.years.iter().map(|y| y.year)
    }

    /// The year the app shows when nothing else is chosen: the default page's (`default_year`
    /// in the data, which says why).
    pub fn default_year(&self) -> &Year {
        self.year(self.default_year)
            .expect("the default year is one of the years (checked)")
    }

    pub fn year(&self, year: u16) -> Option<&Year> {
        self.years.iter().find(|y| y.year == year)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The source a goal of `year` is quoted from: its own, else the year's.
    pub fn goal_source(&self, year: &Year, goal: &Goal) -> &Source {
        let id = goal.source.unwrap_or(year.source);
        self.source(id)
            .expect("sources are checked when the catalogue is parsed")
    }

    /// Every source the year's page cites, each once: the year's own, its goals', its
    /// proposal's and those its notes quote.
    pub fn year_sources(&self, year: &Year) -> Vec<&Source> {
        let goals = |goals: &'static [Goal]| goals.iter().filter_map(|g| g.source);
        let proposal = year
            .proposal
            .iter()
            .flat_map(|p| std::iter::once(p.source).chain(goals(p.goals)));
        let ids = std::iter::once(year.source)
            .chain(goals(year.goals))
            .chain(proposal)
            .chain(year.cites.iter().copied());
        let mut sources: Vec<&Source> = Vec::new();
        for source in ids.filter_map(|id| self.source(id)) {
            if !sources.iter().any(|s| s.id == source.id) {
                sources.push(source);
            }
        }
        sources
    }

    /// The public address of `source` as the page of `year` shows it; in the browser, once the
    /// year's texts are here.
    pub fn address(&self, year: &Year, source: &Source) -> Option<&'static str> {
        #[cfg(target_arch = "wasm32")]
        return cited(year, source)
            .map(|c| danish(c.address, c.address_fetched))
            .filter(|a| !a.is_empty());
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = year;
            source.address
        }
    }

    /// `source` cited on the page of `year` ([`Source::citation`]); in the browser, a source
    /// only other years than the default page's cite has its sender and title in those years'
    /// texts.
    pub fn citation(&self, year: &Year, source: &Source, lang: Lang) -> String {
        #[cfg(target_arch = "wasm32")]
        if let Some(c) = cited(year, source).filter(|c| c.title > 0) {
            let source = Source {
                sender: danish("", c.sender),
                title: danish("", c.title),
                ..source.clone()
            };
            return source.citation(lang);
        }
        let _ = year;
        source.citation(lang)
    }
}

impl Catalogue {
    /// What we say of `source` ourselves ([`Source::note`]), in `lang`; in the browser, for a
    /// source only other years than the default page's cite, once that year's texts are here.
    #[inline(never)]
    pub fn source_note(&self, year: &Year, source: &Source, lang: Lang) -> Option<&'static str> {
        #[cfg(target_arch = "wasm32")]
        return cited(year, source).filter(|c| c.note > 0).map(|c| {
            let note = Localized {
                da: "",
                en: c.note_en,
                fetched: c.note,
            };
            note.get(lang)
        });
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = year;
            source.note.as_ref().map(|n| n.get(lang))
        }
    }
}

/// How the page of `year` cites `source`, if it does.
#[cfg(target_arch = "wasm32")]
fn cited(year: &Year, source: &Source) -> Option<&'static Cited> {
    year.cited.iter().find(|c| c.source == source.id)
}

#[cfg(not(target_arch = "wasm32"))]
fn check_unique<S: AsRef<str>>(
    kind: &'static str,
    ids: impl Iterator<Item = S>,
) -> Result<(), CatalogueError> {
    let mut seen = Vec::new();
    for id in ids {
        let id = id.as_ref().to_string();
        if seen.contains(&id) {
            return Err(CatalogueError::DuplicateId { kind, id });
        }
        seen.push(id);
    }
    Ok(())
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2017-09-08` → `8. september 2017` / `8 September 2017`, `2020-03` → `marts 2020` /
/// `March 2020`; a bare year stays as it is.
pub fn format_iso_date(date: &str, lang: Lang) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    // `YYYY-MM` where the source gives no day: the month and year.
    let (year, month, day) = match parts[..] {
        [year, month, day] => (year, month, Some(day)),
        [year, month] => (year, month, None),
        _ => return date.to_string(),
    };
    let month = month.parse::<usize>().ok().and_then(|m| m.checked_sub(1));
    let day = day.map(|d| d.parse::<u32>().ok());
    match (lang, month, day) {
        (Lang::Da, Some(m), Some(Some(day))) if m < 12 => format!("{day}. {} {year}", MONTHS_DA[m]),
        (Lang::En, Some(m), Some(Some(day))) if m < 12 => format!("{day} {} {year}", MONTHS_EN[m]),
        (Lang::Da, Some(m), None) if m < 12 => format!("{} {year}", MONTHS_DA[m]),
        (Lang::En, Some(m), None) if m < 12 => format!("{} {year}", MONTHS_EN[m]),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The data the built-in catalogue is built from.
    const BUILTIN_JSON: &str = include_str!("../../data/catalogue.json");

    #[test]
    fn builtin_catalogue_parses_and_checks() {
        let parsed = Catalogue::parse(BUILTIN_JSON).unwrap();
        assert_eq!(&parsed, Catalogue::builtin(), "the statics are the data");
    }

    #[test]
    fn years_have_five_six_and_three_goals() {
        let catalogue = Catalogue::builtin();
        let counts: Vec<(u16, usize)> = catalogue
            .years
            .iter()
            .map(|y| (y.year, y.goals.len()))
            .collect();
        assert_eq!(
            counts,
            vec![
                (2018, 5),
                (2019, 6),
                (2020, 3),
                (2021, 5),
                (2022, 5),
                (2023, 5),
                (2024, 5)
            ]
        );
        let proposal = catalogue.year(2019).unwrap().proposal.as_ref().unwrap();
        assert_eq!(proposal.goals.len(), 7, "the proposal of 21 Dec 2017");
        assert_eq!(catalogue.default_year().year, 2020);
    }

    #[test]
    fn source_citation_names_sender_date_and_journal_number() {
        let catalogue = Catalogue::builtin();
        let year = catalogue.year(2018).unwrap();
        let source = catalogue.goal_source(year, &year.goals[0]);
        let citation = source.citation(Lang::Da);
        assert!(citation.contains("Beskæftigelsesministeren"), "{citation}");
        assert!(citation.contains("8. september 2017"), "{citation}");
        assert!(citation.contains("J.nr. 2017-5458"), "{citation}");
        assert!(source.citation(Lang::En).contains("8 September 2017"));
    }

    #[test]
    fn a_month_without_a_day_is_written_out() {
        assert_eq!(format_iso_date("2020-03", Lang::Da), "marts 2020");
        assert_eq!(format_iso_date("2020-03", Lang::En), "March 2020");
        assert_eq!(format_iso_date("2020", Lang::Da), "2020");
        assert_eq!(format_iso_date("2020-13", Lang::Da), "2020-13");
        assert_eq!(format_iso_date("2021-01-05", Lang::Da), "5. januar 2021");
    }

    #[test]
    fn a_years_page_cites_its_sources_with_their_addresses() {
        let catalogue = Catalogue::builtin();
        let year = catalogue.year(2024).unwrap();
        let ids: Vec<&str> = catalogue.year_sources(year).iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "star-2023-06-30",
                "bm-2020-02-03",
                "jobindsats-2021-01-05",
                "ft-l75-2024",
                "lov-1656-2024"
            ]
        );
        for source in catalogue.year_sources(year) {
            let address = catalogue.address(year, source).unwrap_or_default();
            assert!(address.starts_with("https://"), "{}", source.id);
        }
        // 2021: the year's source, the goals' own, then what its notes quote, each once.
        let year = catalogue.year(2021).unwrap();
        let ids: Vec<&str> = catalogue.year_sources(year).iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "svendborg-2021-09-06",
                "politiken-2020-03",
                "jobindsats-2021-01-05",
                "bm-2020-02-03",
                "favrskov-2022"
            ]
        );
        // A ministry letter among the source documents has no public address.
        let year = catalogue.year(2020).unwrap();
        let letter = catalogue.source(year.source).unwrap();
        assert_eq!(catalogue.address(year, letter), None);
    }

    #[test]
    fn the_earlier_letters_explanations_are_not_shown_under_later_years() {
        let catalogue = Catalogue::builtin();
        for year in catalogue.years {
            for goal in year.goals {
                let theme = catalogue.theme(goal.theme).unwrap();
                let shown = year.year <= theme.explains_until;
                let text = theme.explanation.da;
                // An explanation that quotes a letter of 2017–2019 is shown only to 2020.
                let quotes_a_letter = ["2017", "2018", "2019"].iter().any(|y| text.contains(y));
                assert!(
                    !(shown && quotes_a_letter && year.year > 2020),
                    "{} {}",
                    year.year,
                    goal.theme
                );
                // Nothing from STAR's news of 2023 before the years it speaks of.
                assert!(!(shown && text.contains("STAR") && year.year < 2024));
            }
        }
        // The goals the municipality measures itself have none of the catalogue's indicators.
        let year = catalogue.year(2024).unwrap();
        assert!(!year.measures("handicap") && !year.measures("vaerdighed"));
        assert!(year.measures("integration"));
        assert!(catalogue.year(2020).unwrap().measures("handicap"));
    }

    #[test]
    fn a_goal_may_name_its_own_source() {
        let catalogue = Catalogue::builtin();
        let year = catalogue.year(2019).unwrap();
        let proposal = year.proposal.as_ref().unwrap();
        assert_eq!(proposal.goals[6].source, Some("lejre-2019"));
        assert_eq!(
            catalogue.goal_source(year, &year.goals[0]).id,
            "jobindsats-2019-03-15"
        );
    }

    fn with_replaced(from: &str, to: &str) -> Result<Catalogue, CatalogueError> {
        assert!(
            BUILTIN_JSON.contains(from),
            "test fixture out of date: {from}"
        );
        Catalogue::parse(&BUILTIN_JSON.replacen(from, to, 1))
    }

    #[test]
    fn an_unknown_theme_is_refused() {
        let err = with_replaced(r#""theme": "kontrol""#, r#""theme": "kontroll""#).unwrap_err();
        assert!(
            matches!(err, CatalogueError::UnknownTheme { year: 2018, .. }),
            "{err}"
        );
    }

    #[test]
    fn goals_out_of_order_are_refused() {
        let err = with_replaced(r#""number": 2"#, r#""number": 3"#).unwrap_err();
        assert_eq!(err, CatalogueError::Numbering { year: 2018 });
    }

    #[test]
    fn a_duplicate_source_is_refused() {
        let err = with_replaced(r#""id": "bm-2017-8190""#, r#""id": "bm-2017-5458""#).unwrap_err();
        assert!(
            matches!(err, CatalogueError::DuplicateId { kind: "source", .. }),
            "{err}"
        );
    }

    #[test]
    fn an_unknown_source_is_refused() {
        let err = with_replaced(r#""source": "lejre-2019""#, r#""source": "lejre""#).unwrap_err();
        assert_eq!(err, CatalogueError::UnknownSource { id: "lejre".into() });
    }

    #[test]
    fn an_indicator_over_an_unknown_figure_is_refused() {
        let err = with_replaced(
            r#""ratio": [
          "refugees_employed","#,
            r#""ratio": [
          "refugees_in_work","#,
        )
        .unwrap_err();
        assert_eq!(
            err,
            CatalogueError::UnknownFigure {
                id: "refugees_in_work".into()
            }
        );
    }

    #[test]
    fn broken_json_is_refused_with_its_position() {
        let err = Catalogue::parse("{\"sources\": [").unwrap_err();
        assert!(matches!(err, CatalogueError::Syntax(_)), "{err}");
    }

    #[test]
    fn a_missing_or_mistyped_field_is_named_by_its_path() {
        let err =
            with_replaced(r#""seed": "002_f7dd8fa34c8b5c42.txt""#, r#""seed": 2"#).unwrap_err();
        assert_eq!(err.to_string(), "`catalogue.sources[0].seed` must be text");
        let err = with_replaced(r#""direction": "lower""#, r#""direction": "down""#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`catalogue.indicators[0].direction` must be one of the known words"
        );
        let err = with_replaced(r#""unit": "percent","#, "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "`catalogue.indicators[0].unit` must be given"
        );
    }

    #[test]
    fn dates_are_written_out_per_language() {
        assert_eq!(format_iso_date("2019-02-21", Lang::Da), "21. februar 2019");
        assert_eq!(format_iso_date("2019-02-21", Lang::En), "21 February 2019");
        assert_eq!(format_iso_date("2018", Lang::Da), "2018");
        assert_eq!(format_iso_date("2018-13-01", Lang::Da), "2018-13-01");
    }
}
