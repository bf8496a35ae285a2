//! Messages about the page as a whole, above the views: a shared link's state being shown (keep
//! it or go back) and a link that could not be read, with the first view; storage that cannot
//! be used, a save refused, saved figures that could not be read, a visitor's own figures in an
//! embed, an accent colour that was refused, a municipality code none of the 98 has and a year
//! without goals, once the part of the app loaded later is here
//! (`page_notices`, in `src/later.rs`: each comes after the first view, or is for the web
//! editor trying an address).

use yew::prelude::*;

use crate::i18n::{later, strings};
use crate::platform;
use crate::state::PageSettings;
use crate::state::{Action, State};

/// What the messages are drawn from (a function, not a component: it has no state of its
/// own).
pub struct Props<'a> {
    pub state: &'a State,
    pub settings: &'a PageSettings,
    pub on_action: Callback<Action>,
}

/// A warning with its text and, where it can be dismissed, the action that does it.
fn warning(
    props: &Props<'_>,
    role: &'static str,
    message: String,
    dismiss: Option<fn() -> Action>,
) -> Html {
    let text = strings(props.state.doc.lang);
    html! {
        <div class="notice notice-warning" {role}>
            <p>{ message }</p>
            if let Some(action) = dismiss {
                <button type="button" class="button-secondary" onclick={props.on_action.reform(move |_| {
                    platform::focus_after_render("view-heading".into());
                    action()
                })}>
                    { text.dismiss() }
                </button>
            }
        </div>
    }
}

/// What to do with a shared link's figures (after the view: `top` false) or the address's
/// municipality's page (above it): keep them, or go back to one's own saved figures, where
/// there are any.
pub fn link_choices(props: &Props<'_>, top: bool) -> Html {
    let lang = props.state.doc.lang;
    let text = strings(lang);
    let on_action = &props.on_action;
    let state = &props.state;
    // Whether the user has figures of their own saved to go back to (known once the saved
    // state is read).
    let own = !state.saved_unread
        && state
            .saved_while_link
            .as_ref()
            .is_some_and(|own| !own.is_empty());
    let address_shown = state.address_shown;
    if !state.shows_link() || address_shown != top {
        return Html::default();
    }
    html! {
        <div class="notice notice-link" id="link-choices" role="status">
            <p>{ match (state.address_shown, own) {
                (true, _) => text.address_shown(),
                (false, true) => text.link_shown(),
                (false, false) => text.link_shown_alone(),
            } }</p>
            <div class="notice-buttons">
                <button type="button" class="button-secondary" onclick={on_action.reform(|_| {
                    platform::focus_after_render("view-heading".into());
                    Action::KeepLinkState
                })}>
                    { text.link_keep() }
                </button>
                // Only with figures of one's own to go back to.
                <button type="button" class="button-secondary" hidden={!own} onclick={on_action.reform(move |_| {
                    platform::focus_after_render("view-heading".into());
                    // A link stays in the history: Back brings it again. The address's
                    // municipality does not: Back would show its address over one's own figures.
                    platform::clear_fragment(!address_shown);
                    Action::DiscardLinkState
                })}>
                    { text.link_discard() }
                </button>
            </div>
        </div>
    }
}

/// A shared link's figures shown, or a link that could not be read.
pub fn messages(props: &Props<'_>) -> Html {
    let lang = props.state.doc.lang;
    let text = strings(lang);
    let state = &props.state;
    html! {
        <>
            // Behind a shared link, one line here (the page built for a link shows it before
            // the app runs, so nothing moves: the boot script's `shared`), the choices after the
            // view; the address's municipality, its notice here.
            <p class="notice link-line" role="status" hidden={!state.shows_link() || state.address_shown}>
                { text.link_line() }
            </p>
            { link_choices(props, true) }
            if let Some(error) = &state.link_error {
                { warning(props, "alert", format!("{} {}", text.link_error(), error.message(lang)), Some(|| Action::DismissLinkError)) }
            }
        </>
    }
}

/// The page's other messages (in the part loaded later).
pub fn page_notices(props: &Props<'_>) -> Html {
    let lang = props.state.doc.lang;
    let text = strings(lang);
    let state = &props.state;
    html! {
        <>
            if state.storage_notice {
                { warning(props, "status", text.storage_unavailable().into(), Some(|| Action::DismissStorageNotice)) }
            }
            if state.save_failed && state.storage_available {
                { warning(props, "alert", text.save_failed().into(), None) }
            }
            if let Some(error) = &state.saved_unreadable {
                { warning(props, "alert", format!("{} {}", text.saved_unreadable(), error.message(lang)), Some(|| Action::DismissUnreadable)) }
            }
            if props.settings.embed && state.edited {
                <div class="notice" role="status"><p>{ text.visitor_figures() }</p></div>
            }
            // Only for the web editor trying the address, not for citizens reading an embed
            // (the Share view's generator refuses such a colour where it is typed).
            if let (false, Some(Err(error))) = (props.settings.embed, &props.settings.accent) {
                { warning(props, "status", format!("{} {}", text.accent_refused(), error.message(lang)), None) }
            }
            // An address naming a municipality by a code none of the 98 has (`?kommune=abc`):
            // said on every view but the benchmark's, which says it in its place (when the
            // figures name no municipality: else it shows theirs).
            if let (false, Some(code)) = (props.settings.embed, props.settings.kommune.as_deref().map(str::trim))
                && !code.is_empty()
                && super::benchmark_view::by_code(Some(code)).is_none()
                && !(state.view == crate::state::View::Goals
                    && state.doc.year == jobmaal_core::benchmark::YEAR
                    && crate::state::municipality_of(&state.doc).is_none())
            {
                { warning(props, "status", later::unknown_code(lang, code), None) }
            }
            // An address asking for a year without goals (`?year=2025`): said while the year
            // shown in its place is.
            if let (false, Some(asked)) = (props.settings.embed, props.settings.year)
                && crate::catalogue().year(asked).is_none()
                && state.doc.year == crate::catalogue().default_year().year
            {
                { warning(props, "status", later::unknown_year(lang, asked, state.doc.year), None) }
            }
        </>
    }
}
