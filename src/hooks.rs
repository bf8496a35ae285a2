//! The app's hooks, each for one thing the page keeps in step with the state: the page's
//! settings and the state itself as the page opens it, the part of the code loaded later (what
//! it is, and fetching it when needed), the page's listeners, the address, the texts downloaded
//! when needed, the title and `<html lang>`, storage (saving, and the figures kept for undo)
//! and the benchmark's data. `app()` composes them (the order of Yew's hooks must not change
//! between renders, and effects run in the order their hooks are called), then draws the page.
//!
//! Not for: drawing anything (the components), or the browser's own calls (`platform`).

use std::cell::RefCell;
use std::rc::Rc;

use jobmaal_core::{DecodeError, Document, Lang};
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::{self, strings};
use crate::later;
use crate::platform;
use crate::state::{Action, PageSettings, Replaced, Replacement, State, View};

/// What the address asked for as the page opened (none at build time: nothing is read from a
/// browser there).
#[hook]
pub fn use_page_settings(prerender: bool) -> Rc<PageSettings> {
    use_memo((), move |_| match prerender {
        true => PageSettings::default(),
        false => platform::current_place(),
    })
}

/// The app's state: at build time the Goals view of `built` with nothing entered, in the
/// browser what the page opens with ([`initial_state`]).
#[hook]
pub fn use_app_state(
    built: Option<(u16, Lang)>,
    opened: Rc<PageSettings>,
) -> UseReducerHandle<State> {
    use_reducer(move || match built {
        Some((year, lang)) => State::new(Document::new(year, lang), View::Goals, true),
        None => initial_state(&opened),
    })
}

/// The part of the app with the views after the first (`later.rs`): whether it is here, and a
/// callback that fetches it (and is a retry after a failure).
#[hook]
pub fn use_later_part() -> (UseStateHandle<later::Part>, Callback<()>) {
    let part = use_state(|| match later::loaded() {
        Some(_) => later::Part::Loaded { refocus: false },
        None => later::Part::Loading,
    });
    let load_part = {
        let part = part.clone();
        use_callback((), move |_: (), _| {
            // A retry's button goes while the part loads: focus waits on the view's heading.
            if later::focus_waits() {
                platform::focus("view-heading");
            }
            part.set(later::Part::Loading);
            let part = part.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Focus on the waiting view's heading moves to the loaded view's.
                part.set(match later::load().await {
                    Ok(_) => later::Part::Loaded {
                        refocus: later::focus_waits(),
                    },
                    Err(later::NotLoaded) => later::Part::Failed,
                });
            });
        })
    };
    (part, load_part)
}

/// Once the first render is in the DOM (which is when its listeners work): the page's
/// settings, and the app shown in place of the view rendered at build time. Not an effect:
/// when the render was long, Yew's scheduler runs effects a task later.
#[hook]
pub fn use_shown_in_place_of_prerendered(settings: Rc<PageSettings>, prerender: bool) {
    use_memo((), move |_| {
        if !prerender {
            platform::after_render(move || {
                if let Some(Ok(accent)) = &settings.accent {
                    platform::set_accent(accent);
                }
                if settings.embed {
                    platform::mark_embedded();
                }
                platform::remove_element(crate::PRERENDERED_ID);
                platform::mark_ready();
            })
        }
    });
}

/// What the page's listeners need from the app.
pub struct Listening {
    pub embed: bool,
    /// Set while the page is printed (the print report is drawn only then).
    pub print_ready: UseStateHandle<bool>,
    pub load_part: Callback<()>,
    pub dispatcher: UseReducerDispatcher<State>,
    /// The year and language shown as the page opened (for Back to an address without them).
    pub opened: (u16, Lang),
    /// Behind a link, the saved document is read once the view is up.
    pub saved_unread: bool,
}

/// Once, after the first render: the saved document read behind a link, storage checked, and
/// listeners for the app's life (printing, another tab's edits, another link in the address,
/// Back and Forward).
#[hook]
pub fn use_page_listeners(listening: Listening) {
    use_effect_with((), move |_| {
        let Listening {
            embed,
            print_ready,
            load_part,
            dispatcher,
            opened,
            saved_unread,
        } = listening;
        let reporter = embed.then(platform::HeightReporter::start);
        // Set up once the view is up (nothing calls on them before), and kept until the app
        // goes.
        let listeners = Rc::new(RefCell::new(Vec::new()));
        let kept = listeners.clone();
        platform::after_this_task(move || {
            if saved_unread {
                let (own, unreadable) = read_saved();
                dispatcher.dispatch(Action::SavedRead { own, unreadable });
            }
            if !embed && !platform::storage_available() {
                dispatcher.dispatch(Action::StorageUnavailable);
            }
            let mut listeners = kept.borrow_mut();
            listeners.extend(platform::on_printing(move |on| {
                if on && later::loaded().is_none() {
                    load_part.emit(());
                }
                print_ready.set(on);
            }));
            // Another tab edited its figures: this one takes the edit (undo brings these
            // back), in the order they came.
            if !embed {
                let dispatcher = dispatcher.clone();
                let queue = Rc::new(RefCell::new(Vec::new()));
                listeners.push(platform::on_edited_elsewhere(move |before, after| {
                    let first = {
                        let mut waiting = queue.borrow_mut();
                        waiting.push((before.to_string(), after.to_string()));
                        waiting.len() == 1
                    };
                    if first {
                        take_edits(queue.clone(), dispatcher.clone());
                    }
                }));
            }
            // Another link in the address of the open page (pasted, or a preview given the
            // Share view's new link): shown as a link; Back to an address without one
            // brings the user's own figures back.
            listeners.push(platform::on_hash_change({
                let dispatcher = dispatcher.clone();
                move |fragment| match Document::from_fragment(&fragment, catalogue()) {
                    // Only an address with no fragment at all is "before the link".
                    Ok(None) if !embed && fragment.len() <= 1 => {
                        dispatcher.dispatch(Action::DiscardLinkState)
                    }
                    Ok(None) => {}
                    read => dispatcher.dispatch(Action::OpenLink {
                        read: read.map(|doc| doc.unwrap_or_else(default_document)),
                        embed,
                    }),
                }
            }));
            listeners.push(platform::on_history_change(move |place| {
                let year = place
                    .year
                    .filter(|y| catalogue().year(*y).is_some())
                    .unwrap_or(opened.0);
                let lang = place.lang.unwrap_or(opened.1);
                dispatcher.dispatch(Action::Navigate {
                    year,
                    lang,
                    view: place.view.unwrap_or(View::Goals),
                });
            }));
        });
        move || drop((reporter, listeners))
    });
}

/// The address follows year, language and view (a history step each), and after a view
/// switch focus goes to the view's heading, so keyboard and screen-reader users land at its
/// start. On first load: no focus, and the address is only completed (no history step), once
/// the view is up.
#[hook]
pub fn use_address_sync(year: u16, lang: Lang, view: View) {
    let last_view = use_mut_ref(|| None::<View>);
    use_effect_with(
        (year, lang, view),
        move |&(year, lang, view)| match last_view.borrow_mut().replace(view) {
            None => platform::after_this_task(move || platform::set_place(year, lang, view, true)),
            Some(previous) => {
                platform::set_place(year, lang, view, false);
                if previous != view {
                    platform::focus("view-heading");
                }
            }
        },
    );
}

/// The texts downloaded when needed:
/// - English chosen before its texts are here: download them, then show the page in English
///   (or go back to Danish, saying why);
/// - the shown year's own texts (its goals and their notes), for a year other than the
///   default page's (`Localized::fetched` in core/src/text.rs): its views wait for them, and
///   say so with a retry if they cannot be had (`year_tries` counts the retries); and the
///   names only later years show, where the page shows them (`year`: the year, and whether
///   it does), which come with the newest year's texts (nothing waits for them);
/// - the figures' help texts, when the form is first shown (`form_shown`).
#[hook]
pub fn use_lazy_texts(
    dispatcher: UseReducerDispatcher<State>,
    lang: Lang,
    year: (u16, bool),
    year_tries: u32,
    form_shown: bool,
) {
    {
        let dispatcher = dispatcher.clone();
        let (year, later_names) = year;
        let key = (lang, year, later_names, year_tries);
        use_effect_with(key, move |&(lang, year, later_names, _)| {
            let english = lang == Lang::En && i18n::shown(lang) != lang;
            let newest = jobmaal_core::FETCHED_YEARS.last().map(|&(year, _)| year);
            let year_texts = match jobmaal_core::year_texts_loaded(year) {
                false => Some(year),
                true if later_names && !jobmaal_core::later_texts_loaded() => newest,
                true => None,
            };
            if english || year_texts.is_some() {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(year) = year_texts {
                        let loaded = platform::fetch_year_texts(year).await;
                        dispatcher.dispatch(Action::YearTextsLoaded(loaded));
                    }
                    if english {
                        let loaded = platform::fetch_english(i18n::load_english).await;
                        dispatcher.dispatch(Action::EnglishLoaded(loaded));
                    }
                });
            }
        });
    }
    use_effect_with(form_shown, move |&form| {
        if form && !jobmaal_core::help_loaded() {
            wasm_bindgen_futures::spawn_local(async move {
                if platform::fetch_help(jobmaal_core::load_help_json).await {
                    dispatcher.dispatch(Action::HelpLoaded);
                }
            });
        }
    });
}

/// `<html lang>` and the title follow the language, and the title names the view and year,
/// e.g. "Gab · 2019 · Jobmål" (in the next task: not on the way to the first view).
#[hook]
pub fn use_page_title(lang: Lang, year: u16, view: View) {
    use_effect_with(
        (i18n::shown(lang), year, view),
        move |&(lang, year, view)| {
            platform::after_this_task(move || {
                platform::set_document_language(lang, &strings(lang).page_title(view, year));
            })
        },
    );
}

/// Saves the figures as they change. A linked state is saved only once it is the user's own;
/// then the link leaves the address. Saved at once, in this task, once the part that writes
/// JSON is here (it is whenever a view with inputs is shown): leaving the page right after
/// typing must not lose it. An edit made here is sent to the other tabs, with what this tab
/// last saved or took (an edit taken from another tab alone is saved, not sent back; one that
/// came in the same render as an edit made here is sent with it, or the other tabs would miss
/// that edit).
#[hook]
pub fn use_autosave(state: UseReducerHandle<State>, embed: bool) {
    let dispatcher = state.dispatcher();
    let (save_failed, storage) = (state.save_failed, state.storage_available);
    let last_saved = use_mut_ref(|| None::<String>);
    let last_own = use_mut_ref(|| None::<u32>);
    // Each save's number: one written once the part that writes JSON is here is dropped if
    // a newer one came meanwhile.
    let saves = use_mut_ref(|| 0u32);
    // The document the page opened with is what storage holds (or the default, with nothing
    // saved): not written back, or it would land over what another tab saved meanwhile, once
    // the part that writes JSON is here. Saved figures that could not be read are the
    // exception: they were set aside, and the default takes their place.
    let unchanged = use_mut_ref({
        let unreadable = state.saved_unreadable.is_some();
        move || !unreadable
    });
    use_effect_with(
        (
            state.doc.clone(),
            state.shows_link(),
            state.saved_unread,
            state.own_edits,
        ),
        move |(doc, from_link, saved_unread, own_edits)| {
            let opened_with = std::mem::replace(&mut *unchanged.borrow_mut(), false);
            // Nothing is saved over the saved document before it has been read.
            if *from_link || *saved_unread || !storage || embed {
                return;
            }
            if opened_with {
                // Not written, but it is what the first edit here changes (for other tabs).
                let last_saved = last_saved.clone();
                later::with_json(doc, move |json| {
                    last_saved.borrow_mut().get_or_insert(json);
                });
                return;
            }
            let this_save = {
                let mut saves = saves.borrow_mut();
                *saves = saves.wrapping_add(1);
                *saves
            };
            let own_edits = *own_edits;
            later::with_json(doc, move |json| {
                if *saves.borrow() != this_save {
                    return;
                }
                let before =
                    (last_saved.borrow_mut().replace(json.clone())).or_else(platform::load_saved);
                let saved = platform::save(&json);
                let edited_here = last_own.borrow_mut().replace(own_edits) != Some(own_edits);
                match before {
                    Some(before) if saved && edited_here && before != json => {
                        platform::send_edit(&before, &json)
                    }
                    _ => {}
                }
                // A refused save is either a full storage or none at all.
                if !saved && !platform::storage_available() {
                    dispatcher.dispatch(Action::StorageUnavailable);
                } else if saved == save_failed {
                    dispatcher.dispatch(Action::SaveResult(saved));
                }
                let fragment = platform::current_fragment();
                if fragment.starts_with("#s=") || fragment.starts_with("#z=") {
                    platform::clear_fragment(false);
                }
            });
        },
    );
}

/// The figures from before the last replacement stay in storage until the next edit (so undo
/// outlives a reload). Not at start (storage holds what the state was read from, and a link or
/// an embed must not touch it: opening a link is no edit), not while a link's figures are shown
/// (one link's replacing another's is no edit either), and never embedded or without storage.
#[hook]
pub fn use_undo_kept(state: UseReducerHandle<State>, embed: bool) {
    let managed = !embed && state.storage_available && !state.shows_link();
    let kept = state
        .replaced
        .as_ref()
        .filter(|r| r.stored && managed)
        .map(|r| r.doc.clone());
    let started = use_mut_ref(|| false);
    use_effect_with((kept, managed), move |(kept, managed)| {
        if !std::mem::replace(&mut *started.borrow_mut(), true) || !managed {
            return;
        }
        match kept {
            Some(doc) => later::with_json(doc, |json| platform::keep_replaced(Some(&json))),
            None => platform::keep_replaced(None),
        }
    });
}

/// The part loaded later is fetched at once when one of its views is shown (`later_shown`),
/// and otherwise in idle time once the first view is up; a view that waited for it gets focus
/// on its heading when it comes.
#[hook]
pub fn use_part_when_needed(later_shown: bool, part: later::Part, load_part: Callback<()>) {
    use_effect_with(later_shown, move |&later_shown| match later::loaded() {
        Some(_) => {}
        None if later_shown => load_part.emit(()),
        None => platform::when_idle(move || load_part.emit(())),
    });
    use_effect_with(part, |part| {
        if *part == (later::Part::Loaded { refocus: true }) {
            platform::focus("view-heading");
        }
    });
}

/// The benchmark's data, for the Goals view of its year (`shown`: the shown view has it, and
/// the year's page names a municipality, so it is wanted for the printed report too), and the
/// address's municipality (`?kommune=`) named in the document: both once the part is here (in
/// idle time, or at once when the benchmark is shown), which presets the municipality and
/// downloads the data; `tries` counts the retries.
#[hook]
pub fn use_benchmark_data(
    shown: (bool, bool),
    settings: Rc<PageSettings>,
    tries: u32,
    on_action: Callback<Action>,
    load_part: Callback<()>,
) {
    let ready = later::loaded().is_some();
    let (shown, wanted) = shown;
    use_effect_with(
        (shown, wanted, ready, tries),
        move |&(shown, wanted, _, tries)| {
            let kommune = settings.kommune.as_deref();
            match later::loaded() {
                Some(later) if wanted || kommune.is_some() => {
                    (later.load_benchmark)(kommune, settings.embed, wanted, tries, on_action)
                }
                None if shown => load_part.emit(()),
                _ => {}
            }
        },
    );
}

/// The state at start-up: the saved document (or the default), or a shared link's state in
/// its place; then the address's year, language and view. Behind a link, the saved document is
/// read only once the view is up ([`read_saved`], `Action::SavedRead`): opening the browser's
/// storage blocks the page for a moment, and the link's state does not need it.
fn initial_state(place: &PageSettings) -> State {
    let fragment = Document::from_fragment(&platform::current_fragment(), catalogue());
    let mut state = match fragment {
        // Embedded, the address's figures are the page's content, and storage is never used:
        // a visitor's figures are not the municipality's, and the host page's are not theirs.
        read if place.embed => {
            let mut state = State::new(default_document(), View::Goals, true);
            match read {
                Ok(Some(linked)) => state.doc = linked,
                read => state.link_error = read.err(),
            }
            state
        }
        Ok(Some(linked)) => {
            let mut state = State::new(linked, View::Goals, true);
            state.saved_while_link = Some(default_document());
            state.saved_unread = true;
            state
        }
        read => {
            let (own, unreadable) = read_saved();
            let mut state = State::new(own, View::Goals, true);
            state.saved_unreadable = unreadable;
            state.link_error = read.err();
            state.replaced = platform::load_replaced()
                .and_then(|json| Document::from_json(&json, catalogue()).ok())
                .map(|doc| Replaced {
                    what: Replacement::Earlier,
                    doc,
                    stored: true,
                    taken: None,
                });
            state
        }
    };
    if let Some(year) = place.year.filter(|y| catalogue().year(*y).is_some()) {
        state.doc.set_year(year, catalogue());
    }
    if let Some(lang) = place.lang {
        state.doc.lang = lang;
    }
    state.view = place.view.unwrap_or(View::Goals);
    // Whether the page may save is checked once the view is up (`Action::StorageUnavailable`):
    // the check writes, which is slow in some browsers, and nothing is saved before.
    state
}

/// Takes the other tabs' edits waiting in `queue`, in order, once the code that takes them (in
/// the part loaded later, `later.rs`) is here; if it cannot be had, they are left to storage,
/// which has them for the next page.
fn take_edits(queue: Rc<RefCell<Vec<(String, String)>>>, dispatcher: UseReducerDispatcher<State>) {
    wasm_bindgen_futures::spawn_local(async move {
        let later = later::load().await;
        for (before, after) in queue.take() {
            let read = |json: &str| Document::from_json(json, catalogue());
            if let (Ok(later), Ok(before), Ok(after)) = (later, read(&before), read(&after)) {
                let take = later.take_edit;
                dispatcher.dispatch(Action::EditedElsewhere {
                    before,
                    after,
                    take,
                });
            }
        }
    });
}

fn default_document() -> Document {
    Document::new(catalogue().default_year().year, Lang::Da)
}

/// The saved document (or the default), and why a saved text could not be read: that text is
/// set aside first, before anything is saved over it.
fn read_saved() -> (Document, Option<DecodeError>) {
    let Some(json) = platform::load_saved() else {
        return (default_document(), None);
    };
    match Document::from_json(&json, catalogue()) {
        Ok(doc) => (doc, None),
        Err(error) => {
            platform::set_aside_unreadable(&json);
            (default_document(), Some(error))
        }
    }
}
