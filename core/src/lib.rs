//! Jobmål's pure logic: the goal catalogue, and (as it grows) figures, number reading,
//! indicators, assessment and the state document.
//!
//! Nothing here touches the web: no yew, web-sys, gloo or js-sys. Functions take values and
//! return values, so everything is tested natively with `cargo test`.

pub mod catalogue;
pub mod figures;
pub mod indicators;
pub mod number;
pub mod text;

pub use catalogue::{Catalogue, CatalogueError, Goal, Source, Theme, Year};
pub use text::{Lang, Localized};
