//! One component per file, each with its `Props` beside it.

pub mod benchmark_view;
pub mod figures_view;
pub mod file_preview;
pub mod footer;
pub mod gap_chart;
pub mod gaps_view;
pub mod goals_view;
pub mod header;
pub mod indicator;
pub mod investment;
pub mod messages;
pub mod municipality_picker;
pub mod nav;
pub mod plan_view;
pub mod print_report;
pub mod share_view;
pub mod summary;
pub mod toolbar;
pub mod year_picker;
pub mod years_view;
