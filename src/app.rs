//! The root component: composes the hooks that keep the address, storage, `<html lang>`, the
//! downloaded texts and the embedding page in step with the state (`hooks.rs`), and lays out
//! the page around the chosen view.

use jobmaal_core::{Lang, assess};
use yew::prelude::*;

use crate::catalogue;
use crate::components::{
    benchmark_view, footer, goals_view, header, messages, nav, print_report,
    share_view::EmbedChoices, toolbar, year_picker,
};
use crate::hooks::{self, Listening};
use crate::i18n::strings;
use crate::later;
use crate::markup;
use crate::platform;
use crate::state::{Action, Replacement, View};

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
    let settings = hooks::use_page_settings(prerender);
    let state = hooks::use_app_state(built, settings.clone());
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
    let (part, load_part) = hooks::use_later_part();
    hooks::use_shown_in_place_of_prerendered(settings.clone(), prerender);
    hooks::use_page_listeners(Listening {
        embed: settings.embed,
        print_ready: print_ready.clone(),
        load_part: load_part.clone(),
        dispatcher: state.dispatcher(),
        opened: (state.doc.year, lang),
        saved_unread: state.saved_unread,
    });
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
    hooks::use_address_sync(state.doc.year, lang, shown_view);
    // The names that only the years after the default page's show (`LATER_TEXTS` in the core),
    // where another year's page shows them too: on the Years view, and beside lines of aim
    // of such a goal's theme. They come with the file of such a year; until then, what they
    // name is left out (not shown nameless), and the view does not wait for them.
    let later_names = shown_view == View::Years
        || (state.doc.plan.iter()).any(|(theme, _)| {
            catalogue()
                .theme(theme)
                .is_some_and(|t| t.name.get(Lang::Da).is_empty())
        });
    hooks::use_lazy_texts(
        state.dispatcher(),
        lang,
        (state.doc.year, later_names),
        state.year_tries,
        shown_view == View::Figures,
    );
    hooks::use_page_title(lang, state.doc.year, shown_view);
    hooks::use_autosave(state.clone(), settings.embed);
    hooks::use_undo_kept(state.clone(), settings.embed);
    hooks::use_part_when_needed(shown_view != View::Goals, *part, load_part.clone());
    // The benchmark, on the Goals view of its year for a municipality (the address's, or the
    // document's name).
    // Its data is wanted on the year's other views too (once their part is here), for the
    // printed report, which a page may print from any view.
    let benchmark_wanted = state.doc.year == jobmaal_core::benchmark::YEAR
        && (settings.kommune.is_some() || crate::state::municipality_of(&state.doc).is_some());
    let benchmark_shown = shown_view == View::Goals && benchmark_wanted;
    hooks::use_benchmark_data(
        (benchmark_shown, benchmark_wanted),
        settings.clone(),
        state.benchmark_tries,
        on_action.clone(),
        load_part.clone(),
    );
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
            // (Drawn by the part loaded later, which comes in idle time: few documents have
            // any.)
            outside_goals: later.and_then(|l| (l.extra_indicators)(&assessment, lang)),
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
                        // Not beside a link's figures (it would leave them for figures of
                        // before the link), but for another link's figures shown before them.
                        undo: state
                            .replaced
                            .as_ref()
                            .filter(|r| !state.shows_link() || r.what == Replacement::OtherLink)
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
