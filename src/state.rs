//! The app's one state and the reducer that owns every change to it.

use std::rc::Rc;

use jobmaal_core::{Catalogue, Lang};
use yew::Reducible;

/// What the user has chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub year: u16,
    pub lang: Lang,
}

impl State {
    /// The built-in default: the newest goal year, in Danish.
    pub fn initial(catalogue: &Catalogue) -> State {
        State {
            year: catalogue.newest_year().year,
            lang: Lang::default(),
        }
    }
}

/// Every change the UI can ask for.
pub enum Action {
    ChooseYear(u16),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::ChooseYear(year) if year != self.year => Rc::new(State {
                year,
                ..(*self).clone()
            }),
            Action::ChooseYear(_) => self,
        }
    }
}
