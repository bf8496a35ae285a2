//! The views a visitor opens after the first one (Figures, Gaps, Years, Plan, Share), the
//! printed report and taking another tab's edit, in a part
//! of the app's code of its own: the build splits them off the module every page downloads
//! (`tools/split-wasm`, at the split point below), and the browser fetches that part when one of
//! them is first opened, or in idle time once the first view is shown. Most citizens only read
//! the goals, and do not pay for the forms, tables and share tools.
//!
//! Not for: anything the Goals view needs to show its goals or a link's figures; that stays in
//! the first module (the benchmark, on the 2020 Goals view of a municipality, comes with the
//! part).

use std::rc::Rc;
use std::sync::OnceLock;

use jobmaal_core::Assessment;

use wasm_split_helpers::{SplitLoaderError, wasm_split};
use yew::prelude::*;

use crate::components::{
    benchmark_view, figures_view, gaps_view, messages, plan_view, print_report, share_view,
    years_view,
};
use crate::i18n::strings;
use crate::platform;
use crate::state::{Action, State, View};

/// The views of the part loaded later, as functions (the views are plain functions, so the part
/// hands over their addresses once it is loaded).
#[derive(Clone, Copy)]
pub struct LaterViews {
    /// The view shown, when it is one of the part's ([`view`]).
    pub view: fn(&Shown<'_>) -> Html,
    /// The benchmark of the municipality on its year's Goals view, and downloading its data
    /// (`benchmark_view`).
    pub benchmark: fn(&benchmark_view::Props<'_>) -> Html,
    pub load_benchmark: fn(Option<&str>, bool, bool, u32, Callback<crate::state::Action>),
    /// The page's messages that come after the first view (`messages::page_notices`).
    pub page_notices: fn(&messages::Props<'_>) -> Html,
    /// The printed report (drawn only while the page is printed).
    pub print_report: fn(&print_report::Props<'_>) -> Html,
    /// The values of indicators of themes that are no goal of the year, with the extra focus
    /// (`summary::extra_indicators`).
    pub extra_indicators: fn(&Assessment, jobmaal_core::Lang) -> Option<String>,
    /// Takes another tab's edit (`Document::take_edit`): only ever needed with two tabs open.
    pub take_edit: crate::state::TakeEdit,
    /// Writes a document as JSON (`Document::to_json`), for storage, links and files: a first
    /// view shows what it read, and saves only once something has changed.
    pub to_json: fn(&jobmaal_core::Document, &jobmaal_core::Catalogue) -> String,
    /// The edits made in these views (`state::edit`, handed to the reducer by [`load`];
    /// natively the reducer calls it itself).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub edit: fn(&mut crate::state::State, crate::state::Action),
}

/// Why the part could not be had (offline, a file of an older build gone): shown with a retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// The split point: everything only these views reach goes into the part `views`. `fallible`:
/// a part that cannot be fetched is an error the app shows, never a panic.
#[wasm_split(views, fallible)]
fn later_views() -> Result<LaterViews, NotLoaded> {
    Ok(LaterViews {
        view,
        benchmark: benchmark_view::benchmark_view,
        load_benchmark: benchmark_view::load,
        print_report: print_report::print_report,
        extra_indicators: crate::components::summary::extra_indicators,
        page_notices: messages::page_notices,
        take_edit: jobmaal_core::Document::take_edit,
        to_json: jobmaal_core::Document::to_json,
        edit: crate::state::edit,
    })
}

/// What a view of the part is drawn from: the app's state and the few handles the app owns.
pub struct Shown<'a> {
    pub view: View,
    pub state: &'a State,
    pub assessment: &'a Rc<Assessment>,
    pub read_only: bool,
    pub on_action: &'a Callback<Action>,
    /// The Share view's embed generator's choices, kept while other views are shown.
    pub embed: &'a UseStateHandle<share_view::EmbedChoices>,
    /// Draws the print report and opens the print dialog.
    pub print: &'a Callback<()>,
}

/// One of the part's views, each given what it draws (here, not in the app: that code too
/// comes with the part).
fn view(shown: &Shown<'_>) -> Html {
    let (state, doc) = (shown.state, shown.state.doc.clone());
    let (assessment, on_action) = (shown.assessment.clone(), shown.on_action.clone());
    match shown.view {
        View::Figures => figures_view::figures_view(&figures_view::Props {
            doc,
            assessment,
            on_action,
            suggest: state.suggest,
        }),
        View::Gaps => gaps_view::gaps_view(&gaps_view::Props {
            doc,
            assessment,
            sort_by_gap: state.sort_by_gap,
            ratio_text: state.ratio_text.clone(),
            read_only: shown.read_only,
            on_action,
        }),
        View::Years => years_view::years_view(&years_view::Props { doc }),
        View::Plan => plan_view::plan_view(&plan_view::Props {
            doc,
            line_keys: state.line_keys.clone(),
            on_action,
        }),
        View::Share => share_view::share_view(&share_view::Props {
            doc,
            link_view: state.shared_view,
            notice: state.notice.clone(),
            on_action,
            embed: shown.embed.clone(),
            print: shown.print.clone(),
            link_shown: state.shows_link(),
            own_saved: !state.saved_unread
                && (state.saved_while_link.as_ref()).is_some_and(|own| !own.is_empty()),
        }),
        View::Goals => Html::default(),
    }
}

static LOADED: OnceLock<LaterViews> = OnceLock::new();

/// The views, once their part is loaded.
pub fn loaded() -> Option<LaterViews> {
    LOADED.get().copied()
}

/// Loads the part (once: a failed load is tried afresh by the next call).
pub async fn load() -> Result<LaterViews, NotLoaded> {
    if let Some(views) = loaded() {
        return Ok(views);
    }
    // The part's stylesheet (static/later.css) is requested with its code, and the views come
    // once both are here.
    let styled = platform::request_later_stylesheet();
    let views = later_views().await?;
    if !styled.await {
        return Err(NotLoaded);
    }
    let views = *LOADED.get_or_init(|| views);
    crate::state::part_loaded(views.edit);
    for waiting in WAITING.with(|waiting| waiting.take()) {
        waiting(views);
    }
    Ok(views)
}

/// Hands `doc` as JSON to `then`: at once when the part is here, else when it comes (in idle
/// time after the first view, or with a view of it), never asking for it sooner: a first view
/// only reads, and its page must not download the part before it is up.
pub fn with_json(doc: &jobmaal_core::Document, then: impl FnOnce(String) + 'static) {
    match loaded() {
        Some(views) => then((views.to_json)(doc, crate::catalogue())),
        None => {
            let doc = doc.clone();
            WAITING.with(|waiting| {
                waiting
                    .borrow_mut()
                    .push(Box::new(move |views: LaterViews| {
                        then((views.to_json)(&doc, crate::catalogue()))
                    }))
            });
        }
    }
}

/// Something to do once the part is here.
type Waiting = Box<dyn FnOnce(LaterViews)>;

thread_local! {
    /// What waits for the part, in the order it came ([`with_json`]).
    static WAITING: std::cell::RefCell<Vec<Waiting>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The retry button's id: focus on it moves to the waiting view's heading while the part
/// loads, and from there to the loaded view's heading.
pub const RETRY_ID: &str = "part-retry";

/// Whether focus is where the loaded view's heading should take it over.
pub fn focus_waits() -> bool {
    matches!(
        crate::platform::focused_id().as_deref(),
        Some("view-heading" | RETRY_ID)
    )
}

/// Where the part stands, for the view that waits on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Not asked for yet, or on its way.
    Loading,
    /// It could not be fetched: the view says so, with a retry.
    Failed,
    /// Here (`refocus`: the view's heading had focus while it waited, and gets it back).
    Loaded { refocus: bool },
}

/// What a view of the part shows while the part is on its way or could not be had: the heading
/// the view will have (where focus goes on a view switch), busy while loading, and on failure a
/// message and a button that tries again. Nothing the user entered is touched.
pub fn waiting(view: View, lang: jobmaal_core::Lang, part: Part, retry: Callback<()>) -> Html {
    let text = strings(lang);
    let failed = part == Part::Failed;
    html! {
        <section class="view later-view" aria-labelledby="view-heading" aria-busy={(!failed).to_string()}>
            <h1 id="view-heading" tabindex="-1">{ heading(view, lang) }</h1>
            if failed {
                <div class="notice error" role="alert">
                    <p>{ text.part_failed() }</p>
                    <button type="button" id={RETRY_ID} class="button-secondary" onclick={retry.reform(|_| ())}>{ text.part_retry() }</button>
                </div>
            } else {
                <p class="hint" role="status">{ text.part_loading() }</p>
            }
        </section>
    }
}

/// The heading the view will have, so it does not change when the view comes.
fn heading(view: View, lang: jobmaal_core::Lang) -> &'static str {
    let text = strings(lang);
    match view {
        View::Figures => text.figures_heading(),
        View::Gaps => text.gaps_heading(),
        View::Years => text.years_heading(),
        View::Plan => text.plan_heading(),
        View::Share => text.share_heading(),
        View::Goals => text.view_name(view),
    }
}

/// What a printout shows when the page is printed before the report's code is here (only on a
/// slow line, before idle time, or with the part unreachable): a line saying so, in place of
/// pages of the screen's view.
pub fn print_waiting(lang: jobmaal_core::Lang, failed: bool) -> Html {
    let text = strings(lang);
    html! {
        <div class="print-report">
            <p>{ if failed { text.part_failed() } else { text.print_waiting() } }</p>
        </div>
    }
}
