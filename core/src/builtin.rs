//! The catalogue shipped with the app, as statics that `build.rs` writes from
//! `data/catalogue.json` after reading and checking it.

use crate::catalogue::{Catalogue, Context, Goal, Proposal, ReturnRatio, Source, Theme, Year};
use crate::figures::{FigureDef, FigureGroup, FigureKind};
use crate::indicators::{BuiltinReference, Direction, Formula, IndicatorDef, Unit};
use crate::text::{ENGLISH, HELP, Localized};

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
