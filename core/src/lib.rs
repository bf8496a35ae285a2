//! Jobmål's pure logic: the goal catalogue, figures, number reading and writing, indicators,
//! assessment, the state document and its codecs (JSON, URL fragment, CSV).
//!
//! Nothing here touches the web: no yew, web-sys, gloo or js-sys. Functions take values and
//! return values, so everything is tested natively with `cargo test`.

pub mod accent;
pub mod assessment;
pub mod benchmark;
mod builtin;
pub mod catalogue;
pub mod csv;
pub mod deflate;
pub mod document;
pub mod example;
pub mod figures;
pub mod import;
pub mod indicators;
pub mod json;
pub mod map;
pub mod number;
pub mod period;
pub mod text;
mod year_texts;

pub use assessment::{Assessment, assess};
pub use builtin::load_year_json;
#[cfg(not(target_arch = "wasm32"))]
pub use builtin::{CATALOGUE_ENGLISH, help_texts, year_texts};
pub use builtin::{CATALOGUE_ENGLISH_LEN, help_loaded, load_english_json, load_help_json};
pub use catalogue::{Catalogue, CatalogueError, Goal, Source, Theme, Year};
pub use document::{DecodeError, Document};
pub use text::{Lang, Localized, english};
pub use year_texts::{FETCHED_YEARS, later_texts_loaded, year_texts_loaded};
