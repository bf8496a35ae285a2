//! The page's parts, one per file, each a plain function that draws what it is given (most as
//! a `Props` beside it) and sends `Action`s: not Yew components, as the app (`app.rs`, the one component)
//! holds the one state, and a component of their own would cost code in the module every page
//! downloads (about 2.2 KB gzipped for the first).

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
