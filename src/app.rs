//! The root component: holds the state and the catalogue, and lays out the page.

use std::rc::Rc;

use jobmaal_core::Catalogue;
use yew::prelude::*;

use crate::components::{goal_list::GoalList, year_picker::YearPicker};
use crate::i18n::strings;
use crate::state::{Action, State};

#[function_component(App)]
pub fn app() -> Html {
    let catalogue = use_memo((), |_| Catalogue::builtin());
    let state = use_reducer({
        let catalogue = Rc::clone(&catalogue);
        move || State::initial(&catalogue)
    });
    let text = strings(state.lang);
    let on_year = {
        let state = state.dispatcher();
        Callback::from(move |year| state.dispatch(Action::ChooseYear(year)))
    };
    let years: Vec<u16> = catalogue.year_numbers().collect();
    let year = catalogue
        .year(state.year)
        .unwrap_or_else(|| catalogue.newest_year());

    html! {
        <>
            <header class="site-header">
                <p class="app-name">{ text.app_title }</p>
                <p class="tagline">{ text.tagline }</p>
            </header>
            <main id="main">
                <YearPicker years={years} selected={year.year} lang={state.lang} on_change={on_year} />
                <GoalList catalogue={catalogue.clone()} year={year.year} lang={state.lang} />
            </main>
        </>
    }
}
