//! The app's state and the reducer that owns every change to it. What no action needs is kept
//! where it is used: in the app (the print report drawn, the clear-all confirmation, the embed
//! generator's choices, whether the part loaded later is here) and in the part (a file's
//! preview, the benchmark's data). What the user entered is
//! a core `Document` (saved and shared as is); the rest is where the user is in the app.

use std::rc::Rc;

use jobmaal_core::figures::{Entry, FigureKind};
use jobmaal_core::{DecodeError, Document, Lang};

use crate::catalogue;
use yew::Reducible;

/// The views of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Goals,
    Figures,
    Gaps,
    Years,
    Plan,
    Share,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Goals,
        View::Figures,
        View::Gaps,
        View::Years,
        View::Plan,
        View::Share,
    ];

    /// The views the embed generator offers to open an editable embed on: every view but
    /// Share, the generator's own.
    pub const EMBEDDABLE: [View; 5] = [
        View::Goals,
        View::Figures,
        View::Gaps,
        View::Years,
        View::Plan,
    ];

    /// The views of an embed that visitors may not edit: what the figures show.
    pub const READ_ONLY: [View; 3] = [View::Goals, View::Gaps, View::Years];

    /// The name used in `?view=`.
    pub fn code(self) -> &'static str {
        match self {
            View::Goals => "goals",
            View::Figures => "figures",
            View::Gaps => "gaps",
            View::Years => "years",
            View::Plan => "plan",
            View::Share => "share",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Which of an indicator's two user references.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceField {
    Comparison,
    Target,
}

/// What replaced the user's figures (and can be undone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replacement {
    Example,
    Cleared,
    Imported,
    /// A shared link's figures were kept in place of the saved ones.
    Kept,
    /// Another tab edited its figures, and this one took the edits (a run of them is one step).
    OtherTab,
    /// Figures from a public data file were put in.
    FromFile,
    /// An undo (which can itself be undone).
    Undone,
    /// Kept in storage from before the page was opened.
    Earlier,
    /// A shared link's figures were left for the user's own (undo brings the link's back).
    LinkLeft,
    /// The same, with nothing of the user's own saved: an empty page.
    LinkClosed,
    /// Another link's figures replaced a link's (undo shows the figures shown before, as a
    /// link's: nothing is saved).
    OtherLink,
}

/// The user's figures as they were before a [`Replacement`]: undo brings them back.
#[derive(Clone, Debug)]
pub struct Replaced {
    pub what: Replacement,
    pub doc: Document,
    /// Whether they are kept in storage too, so a reload does not lose them: until the next
    /// edit (undo stays in the page for the session).
    pub stored: bool,
    /// For another tab's edits: what they changed (a [`TakenRun`]), which undo takes back field
    /// by field, so that this tab's own edits made meanwhile stay (`doc` is then what undo would
    /// bring, for its notice). Opaque here: only the part loaded later, which takes other tabs'
    /// edits, makes and reads it, so the module every page downloads holds none of its code.
    pub taken: Option<Rc<dyn std::any::Any>>,
}

impl PartialEq for Replaced {
    fn eq(&self, other: &Replaced) -> bool {
        let same_run = match (&self.taken, &other.taken) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        (self.what, &self.doc, self.stored) == (other.what, &other.doc, other.stored) && same_run
    }
}

/// Another tab's run of edits: its document before the first and after the last.
#[derive(Debug, PartialEq)]
pub struct TakenRun {
    pub before: Document,
    pub after: Document,
}

impl TakenRun {
    /// The run `replaced` holds, if it holds one.
    fn of(replaced: &Replaced) -> Option<&TakenRun> {
        replaced.taken.as_ref()?.downcast_ref()
    }
}

/// A short message shown (and announced) after an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// How many values were pasted, and how many were left out.
    Pasted(usize, usize),
    LinkCopied,
    CopyFailed,
    Imported,
    /// The file was refused; nothing changed.
    ImportFailed(DecodeError),
    /// The example could not be downloaded.
    ExampleFailed,
    /// A shared link's figures were kept, with nothing saved before them.
    LinkSaved,
    /// English was chosen, but its texts could not be downloaded: the page stays in Danish.
    EnglishFailed,
    /// Figures from a public data file were put in: how many, and how many were left out as
    /// suppressed in the source.
    FiguresPut(usize, LeftOut),
    /// A file or pasted text was neither a Jobmål file nor a table the app reads: why.
    FileRefused(String),
}

/// Everything the app shows depends on this.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub doc: Document,
    pub view: View,
    /// The view the user came to the Share view from: the shared link opens it.
    pub shared_view: View,
    pub sort_by_gap: bool,
    pub notice: Option<Notice>,
    /// Whether the "cannot save here" message is still to be shown (it is shown once).
    pub storage_notice: bool,
    /// Whether this browser lets the page save at all.
    pub storage_available: bool,
    /// The last save was refused although storage is available (full); cleared by the next
    /// save that works.
    pub save_failed: bool,
    /// The saved state could not be read (it was set aside, not lost).
    pub saved_unreadable: Option<DecodeError>,
    /// The return ratio as typed, so an unfinished number is not lost.
    pub ratio_text: Option<String>,
    /// The user's own saved document while a shared link's state is shown instead; the link's
    /// state is not saved until the user edits it or keeps it.
    pub saved_while_link: Option<Document>,
    /// A link's state is shown, and the saved document is not read yet (it is, once the view is
    /// up): until then it stands in `saved_while_link` as the default, and nothing is saved.
    pub saved_unread: bool,
    /// Why the address's shared state could not be read (the saved state is shown).
    pub link_error: Option<DecodeError>,
    /// Keys of the plan lines, so a removed line takes its own input along.
    pub line_keys: LineKeys,
    /// The figures before the last replacement, for undo.
    pub replaced: Option<Replaced>,
    /// Something was entered or replaced in this page (an embed's visitor is then told that
    /// these are their own figures, not saved).
    pub edited: bool,
    /// How many edits were made in this tab (wrapping): a save with edits of this tab's since the
    /// last is sent to the other tabs, even when another tab's edit came in the same render.
    pub own_edits: u32,
    /// Odd while the shown year's own texts (its goals) could not be downloaded: its view says
    /// so, with a retry, which makes it even and tries again (a count, so that each try is one).
    pub year_tries: u32,
    /// The benchmark's data file, as `year_tries`: odd while it could not be downloaded.
    pub benchmark_tries: u32,
    /// The municipality's suggestions on the Figures view (`municipality_picker`).
    pub suggest: Suggest,
    /// The municipality the address names (`?kommune=350`), shown where the document names none
    /// (see [`preset`]).
    pub address_name: Option<String>,
    /// What is shown in place of the user's own figures (`saved_while_link`) is the page of the
    /// municipality the address names, not a shared link's figures.
    pub address_shown: bool,
}

/// Whether the municipality's suggestions are open, and which one is active.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Suggest {
    pub open: bool,
    pub active: Option<usize>,
}

/// The keys of the list of plan lines last changed here (see [`list_key`]): a removed line
/// takes its own input along, not the next line's. Other lists are keyed by place (nothing
/// moves in them), which ships less code than keys for every list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineKeys {
    list: String,
    keys: Vec<u32>,
    next: u32,
}

impl LineKeys {
    /// The keys of the `len` lines of `list`: those given as lines were added or removed in the
    /// page, or (for lines that came with a document) their places.
    pub fn of(&self, list: &str, len: usize) -> Vec<u32> {
        match self.list == list && self.keys.len() == len {
            true => self.keys.clone(),
            false => (0..len as u32).map(|i| u32::MAX - i).collect(),
        }
    }

    /// A line was added at the end of `list`, which had `len` lines.
    fn added(&mut self, list: String, len: usize) {
        self.follow(list, len);
        self.keys.push(self.next);
        self.next += 1;
    }

    /// Line `index` was removed from `list`, which had `len` lines.
    fn removed(&mut self, list: String, len: usize, index: usize) {
        self.follow(list, len);
        if index < len {
            self.keys.remove(index);
        }
    }

    /// Keys for `list` as it is, new ones if another list was changed last.
    fn follow(&mut self, list: String, len: usize) {
        if self.list != list || self.keys.len() != len {
            self.keys = (self.next..self.next + len as u32).collect();
            self.next += len as u32;
            self.list = list;
        }
    }
}

impl State {
    pub fn new(doc: Document, view: View, storage_available: bool) -> State {
        State {
            doc,
            view,
            shared_view: View::Goals,
            sort_by_gap: false,
            notice: None,
            storage_notice: !storage_available,
            storage_available,
            save_failed: false,
            saved_unreadable: None,
            ratio_text: None,
            saved_while_link: None,
            saved_unread: false,
            link_error: None,
            line_keys: LineKeys::default(),
            edited: false,
            replaced: None,
            own_edits: 0,
            year_tries: 0,
            benchmark_tries: 0,
            suggest: Suggest::default(),
            address_name: None,
            address_shown: false,
        }
    }

    /// Whether the shown state came from a link and is not (yet) the user's own.
    pub fn shows_link(&self) -> bool {
        self.saved_while_link.is_some()
    }

    /// Whether undo brings back another link's figures (a link's, shown before these): no edit.
    fn undo_shows_link(&self) -> bool {
        (self.replaced.as_ref()).is_some_and(|r| r.what == Replacement::OtherLink)
    }
}

/// Takes another tab's edit (`before`, `after`) into a document; whether it changed.
pub type TakeEdit = fn(&mut Document, &Document, &Document) -> bool;

/// Every change the UI can ask for.
pub enum Action {
    ChooseYear(u16),
    ChooseLang(Lang),
    ChooseView(View),
    /// Year, language and view from the address (back and forward buttons).
    Navigate {
        year: u16,
        lang: Lang,
        view: View,
    },
    SetFigure {
        id: String,
        text: String,
    },
    /// The period of a group's figures, as published ("april 2019"), for the year shown.
    SetPeriod {
        ids: Vec<String>,
        text: String,
    },
    /// The table a group's figures were taken from ("FOLK1A"), for the year shown.
    SetTable {
        ids: Vec<String>,
        text: String,
    },
    /// Several figures at once, from a pasted column, and how many pasted values were left
    /// out (more than the group's inputs from the one pasted into).
    PasteFigures(Vec<(String, String)>, usize),
    SetReference {
        indicator: String,
        field: ReferenceField,
        text: String,
    },
    /// Adds an empty line of aim under a theme, or to extra focus (`None`).
    AddPlanLine(Option<String>),
    EditPlanLine {
        theme: Option<String>,
        index: usize,
        text: String,
    },
    /// A field of the local indicator of the goal on `theme` in the shown year.
    SetLocal {
        theme: String,
        field: LocalField,
        text: String,
    },
    RemovePlanLine {
        theme: Option<String>,
        index: usize,
    },
    SetReturnRatio {
        text: String,
        value: Option<f64>,
    },
    /// The Lejre example, downloaded when asked for (`core/data/lejre-2019.json`).
    LoadExample(Document),
    ClearAll,
    ToggleSort,
    DismissStorageNotice,
    /// The page turned out not to be allowed to save (checked once the first view is up, and
    /// when a save is refused).
    StorageUnavailable,
    /// Make the shared link's state the user's own (and save it).
    KeepLinkState,
    /// Another shared link was opened in this page (its address's fragment changed): shown as a
    /// link is, or in an embed as the page's content.
    OpenLink {
        read: Result<Document, DecodeError>,
        embed: bool,
    },
    /// The reducer's own, for the part's code (`edit`): another link's figures replaced these,
    /// a link's too.
    LinkReplaced(Document),
    /// Go back to the user's own saved state.
    DiscardLinkState,
    /// The saved document (or the default), read after a link's state was shown, and why a
    /// saved text could not be read.
    SavedRead {
        own: Document,
        unreadable: Option<DecodeError>,
    },
    DismissLinkError,
    DismissUnreadable,
    /// Whether the last save worked.
    SaveResult(bool),
    /// A file was read: its state replaces the current one, or its refusal is shown.
    Import(Result<Document, DecodeError>),
    Notify(Notice),
    /// Brings back the figures from before the last replacement.
    Undo,
    /// Another tab of this site changed its figures from `before` to `after`; `take` takes
    /// such an edit (`Document::take_edit`, in the part of the code loaded later).
    EditedElsewhere {
        before: Document,
        after: Document,
        take: TakeEdit,
    },
    /// The English texts were downloaded (or could not be).
    EnglishLoaded(bool),
    /// The figures' help texts were downloaded: draw them.
    HelpLoaded,
    /// The shown year's own texts were downloaded (or could not be: false); true also tries
    /// again after a failure.
    YearTextsLoaded(bool),
    /// The benchmark's data file was downloaded (or could not be: false); true also tries
    /// again after a failure.
    BenchmarkLoaded(bool),
    /// The municipality's suggestions opened, closed or moved through.
    Suggest(Suggest),
    /// Something only the part loaded later holds changed (a public data file's preview,
    /// `file_preview`): draw again.
    Redraw,
    /// The figures chosen from a public data file, as (id, text), with the period and the
    /// source they are from and how many were left out as suppressed: put into the shown year,
    /// undoably.
    PutFigures {
        figures: Vec<(String, String)>,
        period: String,
        table: String,
        left_out: LeftOut,
    },
    /// The municipality of the 98 the address names (`?kommune=350`), by its name: see
    /// [`preset`]. `embed`: the page is an embed, whose figures are the page's content.
    PresetMunicipality {
        name: String,
        embed: bool,
    },
    /// An edit of the figures of another year than the one shown (the year before the first
    /// goal year, which the picker does not offer).
    InYear(u16, Box<Action>),
}

/// The values of a file's columns that were not put in: withheld by the source (`..`), or not a
/// value the figure they were to fill can have (out of its range, a fraction of a count).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub withheld: usize,
    pub refused: usize,
}

/// A field of a local indicator (`Action::SetLocal`), by its place in `Document::local`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalField {
    Name,
    Value,
    Target,
    /// `"lower"` or `"higher"`.
    LowerIsBetter,
}

impl Action {
    /// Whether the action changes what the user entered (rather than where they are).
    fn edits(&self) -> bool {
        matches!(
            self,
            Action::SetFigure { .. }
                | Action::SetPeriod { .. }
                | Action::SetTable { .. }
                | Action::PasteFigures(..)
                | Action::SetReference { .. }
                | Action::AddPlanLine(_)
                | Action::EditPlanLine { .. }
                | Action::RemovePlanLine { .. }
                | Action::SetLocal { .. }
                | Action::SetReturnRatio { .. }
                | Action::LoadExample(_)
                | Action::ClearAll
                | Action::Import(Ok(_))
                | Action::PutFigures { .. }
                | Action::KeepLinkState
                | Action::Undo
                | Action::InYear(..)
        )
    }
}

/// What the page's address asks for (`platform::current_place`; each part `None` when absent
/// or not understood): the year, language and view, which are the state's from the page's
/// start on, and the settings fixed for the page's life.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageSettings {
    /// `?year=` as given: a year Jobmål has no goals for (`?year=2025`) shows the default year
    /// instead, which the page then says (`messages::page_notices`).
    pub year: Option<u16>,
    pub lang: Option<Lang>,
    pub view: Option<View>,
    /// `?embed=1`: shown inside another site's page.
    pub embed: bool,
    /// `?accent=`: the checked accent colour, or why the one asked for was refused.
    pub accent: Option<Result<String, jobmaal_core::accent::AccentError>>,
    /// Embedded with `?edit=1`: visitors may try figures of their own (never saved).
    pub edit: bool,
    /// `?kontakt=`: the municipality's accessibility contact (for the statement).
    pub contact: Option<String>,
    /// `?kommune=350`: the municipality the page is for (its benchmark, and the document's
    /// name where it has none), as given.
    pub kommune: Option<String>,
}

impl PageSettings {
    /// An embed the web editor did not open for editing: the figures are the page's content.
    pub fn read_only(&self) -> bool {
        self.embed && !self.edit
    }
}

/// The id of the figure that names the municipality (or joint jobcentre).
pub const MUNICIPALITY: &str = "municipality";

/// The municipality's name as the document has it, if one is given.
pub fn municipality_of(doc: &Document) -> Option<&str> {
    match doc.figures.get(MUNICIPALITY) {
        Some(Entry::Text(name)) if !name.trim().is_empty() => Some(name.trim()),
        _ => None,
    }
}

/// The part loaded later's [`edit`], once that part is here (`later::load` hands it over): the
/// reducer reaches the part's code through it, so that neither this module nor the module every
/// page downloads depends on the part.
static LATER_EDIT: std::sync::OnceLock<fn(&mut State, Action)> = std::sync::OnceLock::new();

/// An edit made in the views of the part loaded later, which is here when they are made:
/// handled by its code ([`edit`]); natively (tests, the renderer) there is no part: at once.
fn later_edit(next: &mut State, action: Action) {
    #[cfg(not(target_arch = "wasm32"))]
    edit(next, action);
    #[cfg(target_arch = "wasm32")]
    if let Some(edit) = LATER_EDIT.get() {
        edit(next, action);
    }
}

/// Takes the part's [`edit`] for the reducer (see [`LATER_EDIT`]).
pub fn part_loaded(edit: fn(&mut State, Action)) {
    _ = LATER_EDIT.set(edit);
}

/// The edits made in the views of the part loaded later, in `next` (see `reduce`): a function
/// the part holds (`LaterViews::edit`), so that the module every page downloads does not.
pub fn edit(next: &mut State, action: Action) {
    let doc = &mut next.doc;
    match action {
        Action::SetFigure { id, text } => {
            group_period(doc, &id);
            doc.figures.insert(id, Entry::Text(text));
        }
        Action::PresetMunicipality { name, embed } => preset(next, name, embed),
        Action::InYear(year, action) => {
            let shown = next.doc.year;
            next.doc.set_year(year, catalogue());
            edit(next, *action);
            next.doc.set_year(shown, catalogue());
        }
        Action::SetPeriod { ids, text } => set_each(&mut doc.periods, ids, text),
        Action::SetTable { ids, text } => set_each(&mut doc.tables, ids, text),
        Action::PasteFigures(pairs, left_out) => {
            next.notice = Some(Notice::Pasted(pairs.len(), left_out));
            for (id, text) in pairs {
                group_period(doc, &id);
                doc.figures.insert(id, Entry::Text(text));
            }
        }
        Action::SetReference {
            indicator,
            field,
            text,
        } => {
            let entry = doc.references.get_or_default(indicator);
            let slot = match field {
                ReferenceField::Comparison => &mut entry.comparison,
                ReferenceField::Target => &mut entry.target,
            };
            *slot = Some(Entry::Text(text));
        }
        Action::AddPlanLine(theme) => {
            let lines = lines_mut(doc, theme.clone());
            lines.push(String::new());
            let len = lines.len() - 1;
            next.line_keys.added(list_key(theme.as_deref()), len);
        }
        Action::EditPlanLine { theme, index, text } => {
            if let Some(line) = lines_mut(doc, theme).get_mut(index) {
                *line = text;
            }
        }
        Action::SetLocal { theme, field, text } => {
            // Name, value, target and which way is better, as `Document::local` holds them.
            let key = jobmaal_core::document::local_key(doc.year, &theme);
            let mut texts = doc.local.get(&key).cloned().unwrap_or_default();
            texts.resize(4, String::new());
            texts[field as usize] = text;
            match texts[..3].iter().all(|text| text.trim().is_empty()) {
                true => _ = doc.local.remove(&key),
                false => _ = doc.local.insert(key, texts),
            }
        }
        Action::RemovePlanLine { theme, index } => {
            let lines = lines_mut(doc, theme.clone());
            let len = lines.len();
            if index < len {
                lines.remove(index);
            }
            if let Some(theme) = &theme
                && doc.plan.get(theme).is_some_and(Vec::is_empty)
            {
                doc.plan.remove(theme);
            }
            next.line_keys
                .removed(list_key(theme.as_deref()), len, index);
        }
        Action::SetReturnRatio { text, value } => {
            next.ratio_text = Some(text);
            if value.is_some()
                || next
                    .ratio_text
                    .as_deref()
                    .is_some_and(|t| t.trim().is_empty())
            {
                next.doc.return_ratio = value;
            }
        }
        Action::EditedElsewhere {
            before,
            after,
            take,
        } => match next.saved_while_link.as_mut() {
            // Behind a link, the user's own figures take it; the link's stay in sight.
            Some(own) => {
                take(own, &before, &after);
            }
            None => {
                let mut taken = doc.clone();
                if take(&mut taken, &before, &after) {
                    // A run of the other tab's edits (until an undo or another replacement) is
                    // one undo step, which takes back what they changed and keeps this tab's
                    // own edits. Not kept in storage: it would be written with every key the
                    // other tab types.
                    let run = next
                        .replaced
                        .as_ref()
                        .filter(|r| r.what == Replacement::OtherTab);
                    let before = match run.and_then(TakenRun::of) {
                        Some(run) => run.before.clone(),
                        None => before,
                    };
                    let mut undone = taken.clone();
                    take(&mut undone, &after, &before);
                    next.replaced = Some(Replaced {
                        what: Replacement::OtherTab,
                        doc: undone,
                        stored: false,
                        taken: Some(Rc::new(TakenRun { before, after })),
                    });
                    next.ratio_text = None;
                    next.doc = taken;
                }
            }
        },
        Action::ToggleSort => next.sort_by_gap = !next.sort_by_gap,
        // Another link's figures in place of a link's (`follow_link`): kept for undo.
        Action::LinkReplaced(shown) if shown != next.doc => {
            next.replaced = Some(Replaced {
                what: Replacement::OtherLink,
                doc: shown,
                stored: false,
                taken: None,
            });
        }
        // Undo of another link's figures: those shown before come back, and can be undone.
        Action::Undo if next.undo_shows_link() => {
            if let Some(replaced) = next.replaced.as_mut() {
                std::mem::swap(&mut next.doc, &mut replaced.doc);
                next.doc.lang = replaced.doc.lang;
                next.ratio_text = None;
            }
        }
        // Undo of another tab's run: what it changed goes back, where this tab still has it.
        Action::Undo => {
            if let Some(run) = next.replaced.clone().as_ref().and_then(TakenRun::of) {
                let own = next.doc.clone();
                next.doc.take_edit(&run.after, &run.before);
                next.ratio_text = None;
                next.put_aside(Replacement::Undone, &own);
            }
        }
        _ => {}
    }
}

/// The address names a municipality of the 98 (`?kommune=350`): it becomes the document's name
/// where the document names none, so the Figures view, a shared link, an embed code and an
/// import all have it. Where the user's own document names another municipality, the address's
/// is shown as a shared link's figures are: a document of its own, the user's figures untouched
/// and a way back to them (nothing is saved until it is edited). A link's or an embed's figures
/// keep the municipality they name.
fn preset(next: &mut State, name: String, embed: bool) {
    use jobmaal_core::benchmark::municipality_named;
    next.address_name = Some(name.clone());
    let same = |named: &str| {
        municipality_named(named)
            .zip(municipality_named(&name))
            .is_some_and(|(a, b)| a.code == b.code)
    };
    let named = |doc: &mut Document| {
        doc.figures
            .insert(MUNICIPALITY.to_string(), Entry::Text(name.clone()))
    };
    match municipality_of(&next.doc) {
        None => _ = named(&mut next.doc),
        Some(other) if same(other) || embed || next.shows_link() => {}
        Some(_) => {
            let mut doc = Document::new(next.doc.year, next.doc.lang);
            named(&mut doc);
            next.saved_while_link = Some(std::mem::replace(&mut next.doc, doc));
            next.ratio_text = None;
            next.address_shown = true;
        }
    }
}

/// A figure typed without a period and a table of its own gets its group's, where the group's
/// other figures have one (each the same): a period set once for a group covers the figures
/// typed later too, also in a document saved or linked by an earlier version (which kept the
/// periods of the figures entered only).
fn group_period(doc: &mut Document, id: &str) {
    let Some(group) = (catalogue().figure(id))
        .filter(|f| f.kind != FigureKind::Text)
        .map(|f| f.group)
    else {
        return;
    };
    let members = catalogue()
        .figures
        .iter()
        .filter(|f| f.group == group && f.id != id && f.kind != FigureKind::Text);
    for map in [&mut doc.periods, &mut doc.tables] {
        if map.get(id).is_some_and(|v| !v.trim().is_empty()) {
            continue;
        }
        let mut given = members
            .clone()
            .filter_map(|f| map.get(f.id))
            .filter(|v| !v.trim().is_empty());
        if let Some(first) = given.next().cloned()
            && given.all(|v| *v == first)
        {
            map.insert(id.to_string(), first);
        }
    }
}

/// Sets `text` for each of `ids` in `map` (an empty text removes it).
fn set_each(map: &mut jobmaal_core::map::Map<String>, ids: Vec<String>, text: String) {
    for id in ids {
        match text.trim().is_empty() {
            true => _ = map.remove(&id),
            false => _ = map.insert(id, text.clone()),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Undo after another link's figures replaced a link's shows those again, as a link's:
        // no edit.
        let edits = action.edits() && !(matches!(action, Action::Undo) && self.undo_shows_link());
        // A notice lasts until the next action of the user's (the year's texts coming in is
        // not one: a file's year shows its view with the file's message once they are here).
        if !matches!(
            action,
            Action::YearTextsLoaded(_)
                | Action::BenchmarkLoaded(_)
                | Action::PresetMunicipality { .. }
        ) {
            next.notice = None;
        }
        if edits {
            next.edited = true;
            next.saved_while_link = None;
            next.own_edits = self.own_edits.wrapping_add(1);
        }
        // The user's own figures, which a replacing action puts aside for undo.
        let own = self
            .saved_while_link
            .clone()
            .unwrap_or_else(|| self.doc.clone());
        if let Some(replaced) = &mut next.replaced {
            replaced.stored &= !edits;
        }
        // Editing a link's figures makes them the user's own, in place of the saved ones.
        // (With nothing saved before, nothing is replaced.)
        if edits && self.shows_link() && !own.is_empty() {
            next.put_aside(Replacement::Kept, &own);
        }
        match action {
            action @ (Action::ChooseYear(_)
            | Action::ChooseLang(_)
            | Action::ChooseView(_)
            | Action::Navigate { .. }) => next.navigate(action),
            // Edits made in the views of the part loaded later (`later.rs`), which is here when
            // they are made: handled by its code.
            action @ (Action::SetFigure { .. }
            | Action::SetPeriod { .. }
            | Action::SetTable { .. }
            | Action::PasteFigures(..)
            | Action::SetReference { .. }
            | Action::AddPlanLine(_)
            | Action::EditPlanLine { .. }
            | Action::SetLocal { .. }
            | Action::RemovePlanLine { .. }
            | Action::SetReturnRatio { .. }
            | Action::ToggleSort
            | Action::PresetMunicipality { .. }
            | Action::InYear(..)
            // Only ever sent once the part is here: its code takes the edit, and undoes a run
            // of them.
            | Action::EditedElsewhere { .. }) => later_edit(&mut next, action),
            action @ (Action::LoadExample(_)
            | Action::ClearAll
            | Action::Undo
            | Action::Import(Ok(_))
            | Action::PutFigures { .. }) => next.replace_figures(&self, action, &own),
            action @ (Action::KeepLinkState
            | Action::OpenLink { .. }
            | Action::DiscardLinkState
            | Action::SavedRead { .. }
            | Action::DismissLinkError) => next.follow_link(&self, action, &own),
            action => next.note(action),
        }
        if next.view == View::Share && self.view != View::Share {
            next.shared_view = self.view;
        }
        Rc::new(next)
    }
}

/// The reducer's parts, by what an action does. Each takes only its own actions (others are
/// ignored: `reduce` sends each action to one of them).
impl State {
    /// Puts `own` (the user's figures) aside for undo, as what `what` replaced.
    fn put_aside(&mut self, what: Replacement, own: &Document) {
        self.replaced = Some(Replaced {
            what,
            doc: own.clone(),
            stored: true,
            taken: None,
        });
    }

    /// Another year, language or view.
    fn navigate(&mut self, action: Action) {
        let doc = &mut self.doc;
        match action {
            Action::ChooseYear(year) => doc.set_year(year, catalogue()),
            Action::ChooseLang(lang) => doc.lang = lang,
            Action::ChooseView(view) => self.view = view,
            Action::Navigate { year, lang, view } => {
                doc.set_year(year, catalogue());
                doc.lang = lang;
                self.view = view;
            }
            _ => {}
        }
    }

    /// Figures that replace the user's: the example, clearing, undo, a file; the user's own
    /// (`own`) are put aside for undo.
    fn replace_figures(&mut self, before: &State, action: Action, own: &Document) {
        let doc = &mut self.doc;
        match action {
            Action::LoadExample(example) => {
                self.doc = Document {
                    lang: doc.lang,
                    ..example
                };
                self.ratio_text = None;
                self.put_aside(Replacement::Example, own);
            }
            Action::ClearAll => {
                self.doc = Document::new(doc.year, doc.lang);
                self.ratio_text = None;
                self.put_aside(Replacement::Cleared, own);
            }
            // Another tab's run is taken back field by field, and another link's figures
            // give way to those shown before, by the part's code.
            Action::Undo
                if before.undo_shows_link()
                    || (before.replaced.as_ref()).is_some_and(|r| r.taken.is_some()) =>
            {
                later_edit(self, Action::Undo)
            }
            Action::Undo => {
                if let Some(replaced) = before.replaced.clone() {
                    self.doc = replaced.doc;
                    self.ratio_text = None;
                    self.put_aside(Replacement::Undone, own);
                }
            }
            Action::Import(Ok(mut imported)) => {
                // The page stays in the language it is read in, whoever wrote the file.
                imported.lang = before.doc.lang;
                self.doc = imported;
                self.ratio_text = None;
                self.put_aside(Replacement::Imported, own);
                self.notice = Some(Notice::Imported);
            }
            Action::PutFigures {
                figures,
                period,
                table,
                left_out,
            } => {
                self.notice = Some(Notice::FiguresPut(figures.len(), left_out));
                for (id, text) in figures {
                    doc.periods.insert(id.clone(), period.clone());
                    doc.tables.insert(id.clone(), table.clone());
                    doc.figures.insert(id, Entry::Text(text));
                }
                self.put_aside(Replacement::FromFile, own);
            }
            _ => {}
        }
    }

    /// A shared link's figures: opened, kept, left, and the saved figures read behind them.
    fn follow_link(&mut self, before: &State, action: Action, own: &Document) {
        match action {
            // (Replaced above, where something was saved before.)
            Action::KeepLinkState if own.is_empty() => self.notice = Some(Notice::LinkSaved),
            Action::OpenLink {
                read: Err(error), ..
            } => self.link_error = Some(error),
            Action::OpenLink {
                read: Ok(mut linked),
                embed,
            } => {
                // The page keeps its language; the year is the link's.
                linked.lang = before.doc.lang;
                self.link_error = None;
                self.address_shown = false;
                if !embed && before.saved_while_link.is_none() {
                    // The user's own figures wait, untouched, as behind any link.
                    self.saved_while_link = Some(before.doc.clone());
                }
                let shown = std::mem::replace(&mut self.doc, linked);
                if !embed && before.shows_link() {
                    // Another link's figures were shown: undo shows them again (the part's
                    // code keeps them for that).
                    later_edit(self, Action::LinkReplaced(shown));
                }
                self.ratio_text = None;
            }
            Action::DiscardLinkState => {
                // Before the saved document is read, going back would show the default.
                if let Some(mut saved) = before
                    .saved_while_link
                    .clone()
                    .filter(|_| !before.saved_unread)
                {
                    // In the page's year and language, as the address has them; undo brings
                    // the link's figures back (as the user's own).
                    saved.lang = before.doc.lang;
                    saved.set_year(before.doc.year, catalogue());
                    let left = match saved.is_empty() {
                        true => Replacement::LinkClosed,
                        false => Replacement::LinkLeft,
                    };
                    self.doc = saved;
                    self.saved_while_link = None;
                    self.ratio_text = None;
                    self.link_error = None;
                    self.put_aside(left, &before.doc);
                }
            }
            Action::SavedRead { own, unreadable } => {
                self.saved_unread = false;
                self.saved_unreadable = unreadable;
                if self.saved_while_link.is_some() {
                    self.saved_while_link = Some(own);
                }
            }
            Action::DismissLinkError => self.link_error = None,
            _ => {}
        }
    }

    /// What the page notes: storage, saving, downloads, notices and their dismissal.
    fn note(&mut self, action: Action) {
        let doc = &mut self.doc;
        match action {
            Action::DismissStorageNotice => self.storage_notice = false,
            Action::StorageUnavailable if self.storage_available => {
                self.storage_available = false;
                self.storage_notice = true;
            }
            Action::DismissUnreadable => self.saved_unreadable = None,
            Action::SaveResult(ok) => self.save_failed = !ok,
            Action::Import(Err(error)) => self.notice = Some(Notice::ImportFailed(error)),
            Action::Notify(notice) => self.notice = Some(notice),
            // Odd after a failure; the next try (or a success) makes it even again.
            Action::YearTextsLoaded(loaded) if loaded == (self.year_tries % 2 == 1) => {
                self.year_tries = self.year_tries.wrapping_add(1);
            }
            Action::Suggest(suggest) => self.suggest = suggest,
            Action::BenchmarkLoaded(loaded) if loaded == (self.benchmark_tries % 2 == 1) => {
                self.benchmark_tries = self.benchmark_tries.wrapping_add(1);
            }
            Action::EnglishLoaded(false) => {
                doc.lang = Lang::Da;
                self.notice = Some(Notice::EnglishFailed);
            }
            _ => {}
        }
    }
}

/// The name of a list of lines: its theme id, or `extra` for extra focus.
pub fn list_key(theme: Option<&str>) -> String {
    theme.unwrap_or("extra").to_string()
}

fn lines_mut(doc: &mut Document, theme: Option<String>) -> &mut Vec<String> {
    match theme {
        Some(theme) => doc.plan.get_or_default(theme),
        None => &mut doc.extra_focus,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jobmaal_core::example::lejre_2019;

    fn reduce(state: State, action: Action) -> State {
        (*Rc::new(state).reduce(action)).clone()
    }

    /// `text` typed into figure `id`.
    fn set(state: State, id: &str, text: &str) -> State {
        reduce(
            state,
            Action::SetFigure {
                id: id.into(),
                text: text.into(),
            },
        )
    }

    fn empty() -> State {
        State::new(Document::new(2019, Lang::Da), View::Goals, true)
    }

    #[test]
    fn figures_belong_to_their_year_and_the_name_to_every_year() {
        let state = set(empty(), "population_total", "27.579");
        let state = set(state, "municipality", "Lejre Kommune");
        let state = reduce(state, Action::ChooseYear(2020));
        let state = reduce(state, Action::ChooseLang(Lang::En));
        assert_eq!((state.doc.year, state.doc.lang), (2020, Lang::En));
        assert!(!state.doc.figures.contains_key("population_total"));
        assert_eq!(
            state.doc.figures["municipality"],
            Entry::Text("Lejre Kommune".into())
        );
        let state = set(state, "population_total", "27.600");
        let state = reduce(state, Action::ChooseYear(2019));
        assert_eq!(
            state.doc.figures["population_total"],
            Entry::Text("27.579".into())
        );
        assert_eq!(state.doc.years_entered(catalogue()), [2019, 2020]);
    }

    #[test]
    fn a_removed_plan_line_takes_its_key_along() {
        let theme = Some("udsatte".to_string());
        let mut state = empty();
        for _ in 0..3 {
            state = reduce(state, Action::AddPlanLine(theme.clone()));
        }
        let keys = state.line_keys.of("udsatte", 3);
        let state = reduce(
            state,
            Action::RemovePlanLine {
                theme: theme.clone(),
                index: 1,
            },
        );
        assert_eq!(state.line_keys.of("udsatte", 2), [keys[0], keys[2]]);
        let state = reduce(state, Action::AddPlanLine(theme));
        let after = state.line_keys.of("udsatte", 3);
        assert!(!keys.contains(&after[2]), "{keys:?} {after:?}");
        // Lines that came with a document get keys of their own too.
        let mut lejre = empty();
        lejre.doc = jobmaal_core::example::lejre_2019();
        let n = lejre.doc.plan["udsatte"].len();
        let state = reduce(
            lejre,
            Action::RemovePlanLine {
                theme: Some("udsatte".into()),
                index: 0,
            },
        );
        assert_eq!(state.line_keys.of("udsatte", n - 1).len(), n - 1);
    }

    #[test]
    fn plan_lines_are_added_edited_and_removed() {
        let theme = Some("udsatte".to_string());
        let state = reduce(empty(), Action::AddPlanLine(theme.clone()));
        let state = reduce(
            state,
            Action::EditPlanLine {
                theme: theme.clone(),
                index: 0,
                text: "A".into(),
            },
        );
        assert_eq!(state.doc.plan["udsatte"], vec!["A".to_string()]);
        let state = reduce(state, Action::RemovePlanLine { theme, index: 0 });
        assert!(!state.doc.plan.contains_key("udsatte"));
        let state = reduce(state, Action::AddPlanLine(None));
        assert_eq!(state.doc.extra_focus, vec![String::new()]);
    }

    #[test]
    fn loading_the_example_keeps_the_language_and_clearing_keeps_the_year() {
        let state = reduce(empty(), Action::ChooseLang(Lang::En));
        let state = reduce(state, Action::LoadExample(lejre_2019()));
        assert_eq!(state.doc.lang, Lang::En);
        assert!(!state.doc.figures.is_empty());
        let state = reduce(state, Action::ClearAll);
        assert!(state.doc.is_empty());
        assert_eq!(state.doc.year, 2019);
    }

    #[test]
    fn a_replacement_can_be_undone_and_the_undo_too_and_only_the_next_edit_ends_its_stored_copy() {
        let typed = reduce(
            empty(),
            Action::SetFigure {
                id: "population_total".into(),
                text: "1234".into(),
            },
        );
        let example = reduce(typed.clone(), Action::LoadExample(lejre_2019()));
        let replaced = example.replaced.clone().unwrap();
        assert_eq!(replaced.what, Replacement::Example);
        assert_eq!(replaced.doc, typed.doc);
        assert!(replaced.stored);
        let undone = reduce(example.clone(), Action::Undo);
        assert_eq!(undone.doc, typed.doc);
        let redone = reduce(undone, Action::Undo);
        assert_eq!(redone.doc.figures, example.doc.figures);
        let edited = reduce(
            redone,
            Action::SetFigure {
                id: "refugees_total".into(),
                text: "3".into(),
            },
        );
        let kept = edited.replaced.clone().unwrap();
        assert!(!kept.stored, "the next edit ends the stored copy");
        assert_eq!(reduce(edited, Action::Undo).doc, typed.doc, "undo stays");
        // Another tab's edit is taken, and can be undone; an edit that changes nothing here
        // leaves undo as it was.
        let other_edit = |before: &Document, after: &Document| Action::EditedElsewhere {
            before: before.clone(),
            after: after.clone(),
            take: Document::take_edit,
        };
        let other = reduce(example.clone(), other_edit(&example.doc, &typed.doc));
        assert_eq!(other.doc.figures, typed.doc.figures);
        let replaced = other.replaced.clone().unwrap();
        assert_eq!(replaced.what, Replacement::OtherTab);
        assert!(
            !replaced.stored,
            "not written to storage with every key of the other tab"
        );
        let same = reduce(example.clone(), other_edit(&typed.doc, &typed.doc));
        assert_eq!(same.replaced.unwrap().what, Replacement::Example);
        // A second edit of the other tab joins the first's undo step, even after an edit of
        // this tab's own in between, which undo keeps.
        let own = reduce(
            other,
            Action::SetFigure {
                id: "municipality".into(),
                text: "Egen Kommune".into(),
            },
        );
        let mut more = typed.doc.clone();
        more.figures
            .insert("refugees_total".into(), Entry::Text("5".into()));
        let second = reduce(own, other_edit(&typed.doc, &more));
        assert_eq!(
            second.doc.figures.get("refugees_total"),
            more.figures.get("refugees_total")
        );
        let undone = reduce(second.clone(), Action::Undo);
        let mut expected = example.doc.figures.clone();
        expected.insert("municipality".into(), Entry::Text("Egen Kommune".into()));
        assert_eq!(undone.doc.figures, expected);
        assert_eq!(
            second.replaced.unwrap().doc.figures,
            expected,
            "what undo brings"
        );
        // And undo again brings the other tab's edits back.
        assert_eq!(reduce(undone, Action::Undo).doc.figures, second.doc.figures);
    }

    #[test]
    fn a_figure_typed_later_takes_its_groups_period_and_table() {
        // As after a reload or from a link: the group's period is kept on the figures entered.
        let mut state = empty();
        state.doc = Document::new(2019, Lang::Da);
        let doc = &mut state.doc;
        doc.figures
            .insert("public_support_fte".into(), Entry::Text("2395".into()));
        doc.periods
            .insert("public_support_fte".into(), "april 2019".into());
        doc.tables
            .insert("public_support_fte".into(), "MM14".into());
        let typed = set(state, "benchmark_actual", "1850");
        assert_eq!(
            typed
                .doc
                .periods
                .get("benchmark_actual")
                .map(String::as_str),
            Some("april 2019")
        );
        assert_eq!(
            typed.doc.tables.get("benchmark_actual").map(String::as_str),
            Some("MM14")
        );
        // A group whose figures have different periods gives none; a name has none.
        let mut mixed = typed.clone();
        mixed
            .doc
            .periods
            .insert("benchmark_actual".into(), "2019K4".into());
        let more = set(mixed, "benchmark_expected", "1800");
        assert_eq!(more.doc.periods.get("benchmark_expected"), None);
        let named = set(typed, "municipality", "Lejre");
        assert_eq!(named.doc.periods.get("municipality"), None);
    }

    #[test]
    fn a_linked_state_becomes_the_users_own_only_when_edited_or_kept() {
        let mut state = empty();
        let mut own = Document::new(2018, Lang::En);
        own.figures
            .insert("population_total".into(), Entry::Number(5.0));
        state.saved_while_link = Some(own);
        let state = reduce(state, Action::ChooseView(View::Gaps));
        assert!(state.shows_link(), "moving around is no edit");
        let edited = reduce(
            state.clone(),
            Action::SetFigure {
                id: "population_total".into(),
                text: "1".into(),
            },
        );
        assert!(!edited.shows_link());
        let kept = reduce(state.clone(), Action::KeepLinkState);
        assert!(!kept.shows_link());
        let discarded = reduce(state.clone(), Action::DiscardLinkState);
        // The own figures, in the page's year and language (as the address has them).
        assert_eq!((discarded.doc.year, discarded.doc.lang), (2019, Lang::Da));
        assert_eq!(
            discarded
                .doc
                .year_figures(2018, catalogue())
                .figures
                .get("population_total"),
            Some(&Entry::Number(5.0))
        );
        assert!(!discarded.shows_link());
        // Undo brings the link's figures back.
        let replaced = discarded.replaced.clone().unwrap();
        assert_eq!(replaced.what, Replacement::LinkLeft);
        let undone = reduce(discarded, Action::Undo);
        assert_eq!(undone.doc, state.doc);
    }

    #[test]
    fn another_link_over_a_links_figures_can_be_undone_both_ways_as_a_links() {
        let mut own = Document::new(2019, Lang::Da);
        own.figures
            .insert("population_total".into(), Entry::Number(5.0));
        let first = lejre_2019();
        let mut second = Document::new(2019, Lang::Da);
        second
            .figures
            .insert("population_total".into(), Entry::Number(7.0));
        let open = |state, doc: &Document| {
            reduce(
                state,
                Action::OpenLink {
                    read: Ok(doc.clone()),
                    embed: false,
                },
            )
        };
        let shown = open(State::new(own.clone(), View::Goals, true), &first);
        assert_eq!(
            shown.replaced, None,
            "a link over one's own figures replaces nothing"
        );
        let other = open(shown, &second);
        assert_eq!(other.doc, second);
        assert_eq!(
            other.replaced.as_ref().map(|r| r.what),
            Some(Replacement::OtherLink)
        );
        let undone = reduce(other, Action::Undo);
        assert_eq!(undone.doc, first);
        assert!(undone.shows_link(), "still a link's figures, nothing saved");
        assert!(!undone.edited);
        assert_eq!(undone.saved_while_link.as_ref(), Some(&own));
        let redone = reduce(undone, Action::Undo);
        assert_eq!(redone.doc, second);
        // The same link again replaces nothing.
        let again = open(redone.clone(), &second);
        assert_eq!(again.replaced, redone.replaced);
        // Going back still brings one's own figures.
        let left = reduce(redone, Action::DiscardLinkState);
        assert_eq!(left.doc, own);
    }

    #[test]
    fn a_link_kept_with_nothing_saved_replaces_nothing() {
        let mut state = empty();
        state.saved_while_link = Some(Document::new(2018, Lang::Da));
        let kept = reduce(state, Action::KeepLinkState);
        assert!(!kept.shows_link());
        assert_eq!(kept.replaced, None);
        assert_eq!(kept.notice, Some(Notice::LinkSaved));
    }

    #[test]
    fn behind_a_link_the_saved_state_is_read_later_and_nothing_goes_back_to_before_it() {
        let mut state = empty();
        state.saved_while_link = Some(Document::new(2019, Lang::Da));
        state.saved_unread = true;
        let early = reduce(state.clone(), Action::DiscardLinkState);
        assert!(early.shows_link(), "going back waits for the saved state");
        let read = reduce(
            state.clone(),
            Action::SavedRead {
                own: Document::new(2018, Lang::En),
                unreadable: Some(DecodeError::NotJson),
            },
        );
        assert!(!read.saved_unread);
        assert_eq!(read.saved_unreadable, Some(DecodeError::NotJson));
        let discarded = reduce(read, Action::DiscardLinkState);
        assert!(!discarded.shows_link());
        assert_eq!((discarded.doc.year, discarded.doc.lang), (2019, Lang::Da));
        // Edited before the saved state was read: the edit stays, the saved state is not shown.
        let edited = reduce(
            state,
            Action::SetFigure {
                id: "population_total".into(),
                text: "1".into(),
            },
        );
        let read = reduce(
            edited,
            Action::SavedRead {
                own: Document::new(2018, Lang::En),
                unreadable: None,
            },
        );
        assert!(!read.shows_link());
        assert_eq!(read.doc.year, 2019);
    }

    #[test]
    fn storage_found_unavailable_is_said_once_however_often_it_is_found() {
        let state = reduce(empty(), Action::StorageUnavailable);
        assert!(!state.storage_available);
        assert!(state.storage_notice);
        let state = reduce(state, Action::DismissStorageNotice);
        let state = reduce(state, Action::StorageUnavailable);
        assert!(!state.storage_notice, "a dismissed notice stays away");
    }

    #[test]
    fn figures_from_a_file_go_into_the_shown_year_with_their_period_and_undo_takes_them_out() {
        let state = reduce(
            empty(),
            Action::SetFigure {
                id: "population_total".into(),
                text: "5".into(),
            },
        );
        let put = reduce(
            state.clone(),
            Action::PutFigures {
                figures: vec![("benchmark_actual".into(), "1.170".into())],
                period: "2020QMAT02".into(),
                table: "Jobindsats.dk".into(),
                left_out: LeftOut {
                    withheld: 1,
                    refused: 0,
                },
            },
        );
        assert_eq!(
            put.doc.figures.get("benchmark_actual"),
            Some(&Entry::Text("1.170".into()))
        );
        assert_eq!(
            put.doc.periods.get("benchmark_actual").map(String::as_str),
            Some("2020QMAT02")
        );
        assert_eq!(
            put.doc.tables.get("benchmark_actual").map(String::as_str),
            Some("Jobindsats.dk")
        );
        assert_eq!(
            put.notice,
            Some(Notice::FiguresPut(
                1,
                LeftOut {
                    withheld: 1,
                    refused: 0
                }
            ))
        );
        assert_eq!(
            put.replaced.as_ref().map(|r| r.what),
            Some(Replacement::FromFile)
        );
        assert_eq!(reduce(put, Action::Undo).doc, state.doc);
    }

    #[test]
    fn the_addresss_municipality_names_a_document_that_names_none() {
        let preset = |state: State, embed: bool| {
            reduce(
                state,
                Action::PresetMunicipality {
                    name: "Lejre".into(),
                    embed,
                },
            )
        };
        let named = |name: &str| {
            reduce(
                empty(),
                Action::SetFigure {
                    id: MUNICIPALITY.into(),
                    text: name.into(),
                },
            )
        };
        let state = preset(empty(), false);
        assert_eq!(state.address_name.as_deref(), Some("Lejre"));
        assert_eq!(municipality_of(&state.doc), Some("Lejre"));
        assert!(!state.edited && !state.shows_link());
        // The same municipality, however written: nothing changes.
        let own = named("Lejre Kommune");
        assert_eq!(preset(own.clone(), false).doc, own.doc);
        // Another: the address's is shown as a link's, the user's own figures kept aside.
        let mut own = named("Roskilde");
        own.doc
            .figures
            .insert("population_total".into(), Entry::Number(5.0));
        let visiting = preset(own.clone(), false);
        assert_eq!(municipality_of(&visiting.doc), Some("Lejre"));
        assert!(visiting.doc.figures.get("population_total").is_none());
        assert_eq!(visiting.saved_while_link.as_ref(), Some(&own.doc));
        assert!(visiting.address_shown);
        assert_eq!(reduce(visiting, Action::DiscardLinkState).doc, own.doc);
        // An embed's figures keep their municipality.
        assert_eq!(preset(own.clone(), true).doc, own.doc);
    }

    #[test]
    fn a_refused_import_changes_nothing_but_the_message() {
        let state = reduce(
            empty(),
            Action::SetFigure {
                id: "population_total".into(),
                text: "5".into(),
            },
        );
        let after = reduce(state.clone(), Action::Import(Err(DecodeError::NotJson)));
        assert_eq!(after.doc, state.doc);
        assert_eq!(
            after.notice,
            Some(Notice::ImportFailed(DecodeError::NotJson))
        );
    }

    #[test]
    fn an_unfinished_return_ratio_is_kept_as_typed_without_changing_the_value() {
        let state = reduce(
            empty(),
            Action::SetReturnRatio {
                text: "1,5".into(),
                value: Some(1.5),
            },
        );
        let state = reduce(
            state,
            Action::SetReturnRatio {
                text: "1,5x".into(),
                value: None,
            },
        );
        assert_eq!(state.doc.return_ratio, Some(1.5));
        assert_eq!(state.ratio_text.as_deref(), Some("1,5x"));
    }
}
