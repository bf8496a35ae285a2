//! One component per file, each with its `Props` beside it.

pub mod goal_list;
pub mod year_picker;
