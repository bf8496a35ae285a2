//! The catalogue shipped with the app, as statics that `build.rs` writes from
//! `data/catalogue.json` after reading and checking it.

use crate::catalogue::{Catalogue, Context, Goal, Proposal, ReturnRatio, Source, Theme, Year};
use crate::figures::{FigureDef, FigureGroup, FigureKind};
use crate::indicators::{BuiltinReference, Direction, Formula, IndicatorDef, Unit};
use crate::text::Localized;

static BUILTIN: Catalogue = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

impl Catalogue {
    /// The catalogue shipped with the app (checked when it was built).
    pub fn builtin() -> &'static Catalogue {
        &BUILTIN
    }
}
