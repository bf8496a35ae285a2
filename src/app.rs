//! The root component: owns the state, keeps the address, storage, `<html lang>` and the
//! embedding page in step with it, and lays out the page around the chosen view.

use std::cell::RefCell;
use std::rc::Rc;

use jobmaal_core::accent::{AccentError, parse_accent};
use jobmaal_core::{DecodeError, Document, Lang, assess};
use yew::prelude::*;

use crate::catalogue;
use crate::components::{
    benchmark_view, footer, goals_view, header, messages, nav, print_report,
    share_view::EmbedChoices, toolbar, year_picker,
};
use crate::i18n::{self, strings};
use crate::later;
use crate::markup;
use crate::platform::{self, Place};
use crate::state::{Action, Replaced, Replacement, State, View};

/// Settings fixed for the page's life, from its address.
#[derive(Clone, Debug, PartialEq)]
pub struct PageSettings {
    pub embed: bool,
    /// The checked accent colour, or why the one asked for was refused.
    pub accent: Option<Result<String, AccentError>>,
    /// Embedded with `?edit=1`: visitors may try figures of their own (never saved).
    pub edit: bool,
    /// `?kontakt=`: the municipality's accessibility contact (for the statement).
    pub contact: Option<String>,
    /// `?kommune=350`: the municipality the page is for (its benchmark, and the document's
    /// name where it has none).
    pub kommune: Option<String>,
}

impl PageSettings {
    /// An embed the web editor did not open for editing: the figures are the page's content.
    pub fn read_only(&self) -> bool {
        self.embed && !self.edit
    }
}

/// The state at start-up: the saved document (or the default), or a shared link's state in
/// its place; then the address's year, language and view. Behind a link, the saved document is
/// read only once the view is up ([`read_saved`], `Action::SavedRead`): opening the browser's
/// storage blocks the page for a moment, and the link's state does not need it.
fn initial_state(place: &Place) -> State {
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
                });
            state
        }
    };
    apply_place(&mut state.doc, place);
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

fn apply_place(doc: &mut Document, place: &Place) {
    if let Some(year) = place.year.filter(|y| catalogue().year(*y).is_some()) {
        doc.set_year(year, catalogue());
    }
    if let Some(lang) = place.lang {
        doc.lang = lang;
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Rendered at build time: the Goals view of this year and language, nothing entered,
    /// without reading the browser.
    #[prop_or_default]
    pub prerender: Option<(u16, Lang)>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let built = props.prerender;
    let prerender = built.is_some();
    // The address as the page opened, and the settings it fixes for the page's life.
    let opened = use_memo((), move |_| {
        let place = match prerender {
            true => Place::default(),
            false => platform::current_place(),
        };
        let settings = PageSettings {
            embed: place.embed,
            accent: place.accent.as_deref().map(parse_accent),
            edit: place.edit,
            contact: place.contact.clone(),
            kommune: place.kommune.clone(),
        };
        (place, Rc::new(settings))
    });
    let (place, settings) = (&opened.0, opened.1.clone());
    let state = use_reducer({
        let place = place.clone();
        move || match built {
            Some((year, lang)) => State::new(Document::new(year, lang), View::Goals, true),
            None => initial_state(&place),
        }
    });
    let lang = state.doc.lang;
    let text = strings(lang);
    let read_only = settings.read_only();
    // A read-only embed shows only the views of its figures, whatever the address or a link in
    // it asks for; the address and the title follow what is shown.
    let shown_view = match read_only && !View::READ_ONLY.contains(&state.view) {
        true => View::Goals,
        false => state.view,
    };
    // One callback for the app's life, handed to every view.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action, _| dispatcher.dispatch(action))
    };

    // The print report is drawn only while the page is printed (or shown as print media): it
    // is invisible on screen, and drawing it with every change would slow typing down.
    let print_ready = use_state(|| false);
    // The part of the app with the views after the first (`later.rs`): fetched when one of them
    // is shown, and otherwise once the first view is up and the browser is idle.
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
    // Once the first render is in the DOM (which is when its listeners work): the page's
    // settings, and the app shown in place of the view rendered at build time. Not an effect:
    // when the render was long, Yew's scheduler runs effects a task later.
    use_memo((), {
        let settings = settings.clone();
        move |_| {
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
        }
    });
    // Once, after the first render: listeners for the app's life.
    {
        let embed = settings.embed;
        let print_ready = print_ready.clone();
        let load_part = load_part.clone();
        let dispatcher = state.dispatcher();
        let current = (state.doc.year, lang);
        let saved_unread = state.saved_unread;
        use_effect_with((), move |_| {
            let reporter = embed.then(platform::HeightReporter::start);
            // Listeners for printing and for back and forward, set up once the view is up
            // (nothing calls on them before), and kept until the app goes.
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
                        .unwrap_or(current.0);
                    let lang = place.lang.unwrap_or(current.1);
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
    // The Share view's print button: draw the report, then open the dialog once it is drawn
    // (a dialog opened from inside a handler would come before the drawing).
    let print = {
        let print_ready = print_ready.clone();
        Callback::from(move |_: ()| {
            print_ready.set(true);
            platform::after_this_task(platform::print);
        })
    };
    // "Clear all" waiting for its confirmation (the toolbar's). Held here, not in a component of
    // its own: a first function component besides the app costs 2.2 KB gzipped of wasm.
    let confirming = use_state(|| false);
    // The Share view's embed generator keeps its choices while the user visits other views.
    let embed = use_state({
        let settings = settings.clone();
        move || EmbedChoices::new(&settings)
    });
    // The address follows year, language and view (a history step each), and after a view
    // switch focus goes to the view's heading, so keyboard and screen-reader users land at its
    // start. On first load: no focus, and the address is only completed (no history step), once
    // the view is up.
    {
        let last_view = use_mut_ref(|| None::<View>);
        let place = (state.doc.year, lang, shown_view);
        use_effect_with(place, move |&(year, lang, view)| {
            match last_view.borrow_mut().replace(view) {
                None => {
                    platform::after_this_task(move || platform::set_place(year, lang, view, true))
                }
                Some(previous) => {
                    platform::set_place(year, lang, view, false);
                    if previous != view {
                        platform::focus("view-heading");
                    }
                }
            }
        });
    }
    // English chosen before its texts are here: download them, then show the page in English
    // (or go back to Danish, saying why). The shown year's own texts (its goals and their
    // notes), downloaded for a year other than the default page's (`Localized::fetched` in
    // core/src/text.rs): its views wait for them, and say so with a retry if they cannot be had
    // (`State::year_tries` counts the retries).
    {
        let dispatcher = state.dispatcher();
        let year = state.doc.year;
        use_effect_with((lang, year, state.year_tries), move |&(lang, year, _)| {
            let english = lang == Lang::En && i18n::shown(lang) != lang;
            let year_texts = !jobmaal_core::year_texts_loaded(year);
            if english || year_texts {
                wasm_bindgen_futures::spawn_local(async move {
                    if year_texts {
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
    // The figures' help texts, downloaded when the form is first shown.
    {
        let dispatcher = state.dispatcher();
        let form = shown_view == View::Figures;
        use_effect_with(form, move |&form| {
            if form && !jobmaal_core::help_loaded() {
                wasm_bindgen_futures::spawn_local(async move {
                    if platform::fetch_help(jobmaal_core::load_help_json).await {
                        dispatcher.dispatch(Action::HelpLoaded);
                    }
                });
            }
        });
    }
    // `<html lang>` and the title follow the language, and the title names the view and year,
    // e.g. "Gab · 2019 · Jobmål" (in the next task: not on the way to the first view).
    use_effect_with(
        (i18n::shown(lang), state.doc.year, shown_view),
        move |&(lang, year, view)| {
            platform::after_this_task(move || {
                platform::set_document_language(lang, &strings(lang).page_title(view, year));
            })
        },
    );
    // A linked state is saved only once it is the user's own; then the link leaves the address.
    // Saved at once, in this task, once the part that writes JSON is here (it is whenever a view
    // with inputs is shown): leaving the page right after typing must not lose it. An
    // edit made here is sent to the other tabs, with what this tab last saved or took (an edit
    // taken from another tab alone is saved, not sent back; one that came in the same render as
    // an edit made here is sent with it, or the other tabs would miss that edit).
    {
        let dispatcher = state.dispatcher();
        let (save_failed, storage) = (state.save_failed, state.storage_available);
        let embed = settings.embed;
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
                    let before = (last_saved.borrow_mut().replace(json.clone()))
                        .or_else(platform::load_saved);
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

    // The figures from before the last replacement stay in storage until the next edit. Not
    // at start (storage holds what the state was read from, and a link or an embed must not
    // touch it: opening a link is no edit), and never embedded or without storage.
    {
        let managed = !settings.embed && state.storage_available;
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

    {
        let load_part = load_part.clone();
        let later_shown = shown_view != View::Goals;
        use_effect_with(later_shown, move |&later_shown| match later::loaded() {
            Some(_) => {}
            None if later_shown => load_part.emit(()),
            None => platform::when_idle(move || load_part.emit(())),
        });
    }
    use_effect_with(*part, |part| {
        if *part == (later::Part::Loaded { refocus: true }) {
            platform::focus("view-heading");
        }
    });
    // The benchmark, on the Goals view of its year for a municipality (the address's, or the
    // document's name): its code and data come with the part, asked for at once, not in idle
    // time; the part then presets the address's municipality and downloads the data.
    let benchmark_shown = shown_view == View::Goals
        && state.doc.year == jobmaal_core::benchmark::YEAR
        && (settings.kommune.is_some() || crate::state::municipality_of(&state.doc).is_some());
    // The address's municipality is named once the part is here (in idle time, or at once for
    // the benchmark).
    {
        let (load_part, on_action) = (load_part.clone(), on_action.clone());
        let (kommune, embed) = (settings.kommune.clone(), settings.embed);
        let ready = later::loaded().is_some();
        use_effect_with(
            (benchmark_shown, ready, state.benchmark_tries),
            move |&(shown, _, tries)| match later::loaded() {
                Some(later) if shown || kommune.is_some() => {
                    (later.load_benchmark)(kommune.as_deref(), embed, shown, tries, on_action)
                }
                None if shown => load_part.emit(()),
                _ => {}
            },
        );
    }
    let assessment = use_memo(state.doc.clone(), |doc| assess(catalogue(), doc));
    let years: Vec<u16> = catalogue().year_numbers().collect();
    let doc = state.doc.clone();
    let year_here = jobmaal_core::year_texts_loaded(state.doc.year);
    let view = match (shown_view, later::loaded()) {
        _ if !year_here => {
            let part = match state.year_tries % 2 {
                1 => later::Part::Failed,
                _ => later::Part::Loading,
            };
            later::waiting(
                shown_view,
                lang,
                part,
                on_action.reform(|_| Action::YearTextsLoaded(true)),
            )
        }
        (View::Goals, later) => goals_view::goals_view(&goals_view::Props {
            extra: match later {
                Some(later) if benchmark_shown => (later.benchmark)(&benchmark_view::Props {
                    doc: &doc,
                    kommune: settings.kommune.as_deref(),
                    tries: state.benchmark_tries,
                    on_action: on_action.clone(),
                }),
                // Its code could not be had: say so where it would be, with a retry.
                None if benchmark_shown && *part == later::Part::Failed => html! {
                    <div class="notice error" role="alert">
                        <p>{ text.part_failed() }</p>
                        <button type="button" class="button-secondary" onclick={load_part.reform(|_| ())}>{ text.part_retry() }</button>
                    </div>
                },
                _ => Html::default(),
            },
            doc,
            address_name: state.address_name.clone(),
            assessment: assessment.clone(),
            embed: settings.embed,
            read_only,
        }),
        (view, None) => later::waiting(view, lang, *part, load_part.clone()),
        (view, Some(later)) => (later.view)(&later::Shown {
            view,
            state: &state,
            assessment: &assessment,
            read_only,
            on_action: &on_action,
            embed: &embed,
            print: &print,
        }),
    };

    // One listener for the links written as markup (the views' links, a goal's link to the
    // form), which carry the view they open as an attribute (`data-view`).
    let on_page_click = {
        let on_action = on_action.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(view) = markup::view_link_target(&event).and_then(|v| View::from_code(&v)) {
                event.prevent_default();
                on_action.emit(Action::ChooseView(view));
            }
        })
    };
    html! {
        <>
            <div class="screen" onclick={on_page_click}>
                // Moves focus without touching the address, whose fragment may hold a link's
                // figures.
                <a class="skip-link" href="#main" onclick={Callback::from(|event: MouseEvent| {
                    event.prevent_default();
                    platform::focus("main");
                })}>{ text.skip_to_content() }</a>
                if !settings.embed {
                    { header::header(&header::Props { lang, on_action: on_action.clone() }) }
                }
                { nav::nav(&nav::Props {
                    lang,
                    year: state.doc.year,
                    current: shown_view,
                    views: if read_only { &View::READ_ONLY } else { &View::ALL },
                }) }
                <main id="main" tabindex="-1">
                    { {
                        let props = messages::Props { state: &state, settings: &settings, on_action: on_action.clone() };
                        let notices = later::loaded().map(|later| (later.page_notices)(&props));
                        html! { <>{ messages::messages(&props) }{ notices }</> }
                    } }
                    { year_picker::year_picker(&year_picker::Props { years, selected: state.doc.year, lang, on_change: on_action.reform(Action::ChooseYear) }) }
                    { toolbar::toolbar(&toolbar::Props {
                        lang,
                        buttons: !settings.embed,
                        held: state.shows_link(),
                        notice: state.notice.clone(),
                        // Not beside a link's figures: it would leave them for figures of
                        // before the link.
                        undo: state
                            .replaced
                            .as_ref()
                            .filter(|_| !state.shows_link())
                            .map(|r| (r.what, toolbar::Brings::of(&r.doc))),
                        on_action: on_action.clone(),
                        confirming: confirming.clone(),
                    }) }
                    { view }
                    { messages::link_choices(&messages::Props { state: &state, settings: &settings, on_action: on_action.clone() }, false) }
                </main>
                { footer::footer(&footer::Props { lang, embed: settings.embed, contact: settings.contact.as_deref() }) }
            </div>
            // Only ever drawn in the browser (never at build time), so it may read the date.
            // Printed before its part of the code is here (`later.rs`: rarely, as it comes in
            // idle time once the first view is up), the printout says so.
            // The Years view prints itself (its time series is what a user prints it for).
            if *print_ready && shown_view != View::Years && year_here {
                if let Some(later) = later::loaded() {
                    { (later.print_report)(&print_report::Props {
                        doc: &state.doc,
                        assessment: &assessment,
                        today: platform::today_iso(),
                        kommune: settings.kommune.as_deref(),
                    }) }
                } else {
                    { later::print_waiting(lang, *part == later::Part::Failed) }
                }
            }
        </>
    }
}
