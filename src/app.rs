//! The root component: owns the state, keeps the address, storage and `<html lang>` in step
//! with it, and lays out the page around the chosen view.

use jobmaal_core::{Document, Lang, assess};
use yew::prelude::*;

use crate::catalogue;
use crate::components::{
    figures_view::FiguresView, gaps_view::GapsView, goals_view::GoalsView, header::Header,
    nav::Nav, plan_view::PlanView, toolbar::Toolbar, year_picker::YearPicker,
    years_view::YearsView,
};
use crate::i18n::strings;
use crate::platform::{self, Place};
use crate::state::{Action, State, View};

/// The state at start-up: the saved document (or the default), then the address's place.
fn initial_state() -> State {
    let storage = platform::storage_available();
    let saved =
        platform::load_saved().and_then(|json| Document::from_json(&json, catalogue()).ok());
    let mut doc = saved.unwrap_or_else(|| Document::new(catalogue().newest_year().year, Lang::Da));
    let place = platform::current_place();
    apply_place(&mut doc, &place);
    State::new(doc, place.view.unwrap_or(View::Goals), storage)
}

fn apply_place(doc: &mut Document, place: &Place) {
    if let Some(year) = place.year.filter(|y| catalogue().year(*y).is_some()) {
        doc.year = year;
    }
    if let Some(lang) = place.lang {
        doc.lang = lang;
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let lang = state.doc.lang;
    let text = strings(lang);
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };

    // Back and forward buttons.
    {
        let dispatcher = state.dispatcher();
        let current = (state.doc.year, lang);
        use_effect_with((), move |_| {
            let listener = platform::on_history_change(move |place| {
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
            });
            move || drop(listener)
        });
    }
    {
        let place = (state.doc.year, lang, state.view);
        use_effect_with(place, move |&(year, lang, view)| {
            platform::push_place(year, lang, view)
        });
    }
    use_effect_with(lang, move |&lang| {
        platform::set_document_language(
            lang,
            &format!("{} – {}", strings(lang).app_title, strings(lang).tagline),
        );
    });
    use_effect_with(state.doc.clone(), |doc| {
        platform::save(&doc.to_json(catalogue()));
    });
    // After a view switch, focus the view's heading so keyboard and screen-reader users land
    // at its start; not on first load.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.view, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus("view-heading");
            }
        });
    }

    let assessment = use_memo(state.doc.clone(), |doc| assess(catalogue(), doc));
    let years: Vec<u16> = catalogue().year_numbers().collect();
    let on_year = on_action.reform(Action::ChooseYear);

    let view = match state.view {
        View::Goals => {
            html! { <GoalsView doc={state.doc.clone()} assessment={assessment.clone()} on_action={on_action.clone()} /> }
        }
        View::Figures => {
            html! { <FiguresView doc={state.doc.clone()} on_action={on_action.clone()} /> }
        }
        View::Gaps => html! {
            <GapsView doc={state.doc.clone()} assessment={assessment.clone()} sort_by_gap={state.sort_by_gap}
                ratio_text={state.ratio_text.clone()} on_action={on_action.clone()} />
        },
        View::Years => html! { <YearsView doc={state.doc.clone()} /> },
        View::Plan => html! { <PlanView doc={state.doc.clone()} on_action={on_action.clone()} /> },
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ text.skip_to_content }</a>
            <Header lang={lang} on_action={on_action.clone()} />
            <Nav lang={lang} year={state.doc.year} current={state.view} on_action={on_action.clone()} />
            <main id="main" tabindex="-1">
                if state.storage_notice {
                    <div class="notice notice-warning" role="status">
                        <p>{ text.storage_unavailable }</p>
                        <button type="button" class="button-secondary" onclick={on_action.reform(|_| Action::DismissStorageNotice)}>
                            { text.dismiss }
                        </button>
                    </div>
                }
                <YearPicker years={years} selected={state.doc.year} lang={lang} on_change={on_year} />
                <Toolbar lang={lang} notice={state.notice} on_action={on_action.clone()} />
                { view }
            </main>
        </>
    }
}
