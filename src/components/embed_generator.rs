//! The embed generator in the Share view: the web editor chooses the view, whether the figures
//! go along and the site's accent colour, copies the snippet, and sees a live preview. Its
//! choices are this widget's own state.

use jobmaal_core::Document;
use jobmaal_core::accent::parse_accent;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::share_view::{select_all, share_url};
use crate::i18n::strings;
use crate::markup::escaped;
use crate::platform;
use crate::state::View;

/// The accent used when none is chosen (the stylesheet's own).
const DEFAULT_ACCENT: &str = "#004b87";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub doc: Document,
    /// The accent colour the page itself was opened with, if any.
    pub page_accent: Option<String>,
}

/// The generator's choices, and whether its code was just copied.
#[derive(Clone, PartialEq)]
struct Choices {
    view: View,
    figures: bool,
    /// The accent colour as typed.
    accent: String,
    code_copied: bool,
}

/// Updates the choices with `change`; a change to them also clears "copied".
fn update(handle: &UseStateHandle<Choices>, change: impl FnOnce(&mut Choices)) {
    let mut choices = (**handle).clone();
    choices.code_copied = false;
    change(&mut choices);
    handle.set(choices);
}

#[function_component(EmbedGenerator)]
pub fn embed_generator(props: &Props) -> Html {
    let doc = &props.doc;
    let lang = doc.lang;
    let text = strings(lang);
    // Goals with figures, in the page's own accent colour.
    let embed = use_state(|| Choices {
        view: View::Goals,
        figures: true,
        accent: props
            .page_accent
            .clone()
            .unwrap_or_else(|| DEFAULT_ACCENT.to_string()),
        code_copied: false,
    });
    let accent = parse_accent(&embed.accent);
    let accent_param = match &accent {
        Ok(hex) if hex != DEFAULT_ACCENT => format!("&accent={}", hex.trim_start_matches('#')),
        _ => String::new(),
    };
    let src = share_url(
        embed.figures.then_some(doc),
        doc.year,
        lang.code(),
        embed.view,
        &format!("&embed=1{accent_param}"),
    );
    let script = format!(
        "{}embed.js",
        platform::page_base_url()
            .rsplit_once('/')
            .map(|(dir, _)| format!("{dir}/"))
            .unwrap_or_default()
    );
    let snippet = format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"800\"></iframe>\n<script src=\"{}\" defer></script>",
        escaped(&src),
        escaped(text.iframe_title),
        escaped(&script)
    );
    let copy_code = {
        let (snippet, embed) = (snippet.clone(), embed.clone());
        Callback::from(move |_| {
            let embed = embed.clone();
            platform::copy_text(&snippet, move |copied| {
                update(&embed, |e| e.code_copied = copied)
            });
        })
    };
    let choose_view = {
        let embed = embed.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(view) = View::from_code(&select.value()) {
                update(&embed, |e| e.view = view)
            }
        })
    };
    let toggle_figures = {
        let embed = embed.clone();
        Callback::from(move |_| update(&embed, |e| e.figures = !e.figures))
    };
    let type_accent = {
        let embed = embed.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            update(&embed, |e| e.accent = input.value());
        })
    };
    html! {
        <section aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ text.embed_heading }</h2>
            <p>{ text.embed_intro }</p>
            <div class="field">
                <label for="embed-view">{ text.embed_view }</label>
                <select id="embed-view" onchange={choose_view}>
                    { for View::NAV.iter().copied().filter(|v| *v != View::Share).map(|v| html! {
                        <option value={v.code()} selected={v == embed.view}>{ text.view_name(v) }</option>
                    }) }
                </select>
            </div>
            <div class="field checkbox-field">
                <input id="embed-figures" type="checkbox" checked={embed.figures} onchange={toggle_figures} />
                <label for="embed-figures">{ text.embed_with_figures }</label>
            </div>
            <div class={if accent.is_err() { "field field-invalid" } else { "field" }}>
                <label for="embed-accent">{ text.embed_accent }</label>
                <input id="embed-accent" type="text" value={embed.accent.clone()} aria-describedby="embed-accent-error"
                    aria-invalid={accent.is_err().then_some("true")} oninput={type_accent} />
                <p class="field-error" id="embed-accent-error" aria-live="polite">
                    { accent.as_ref().err().map(|e| e.message(lang)).unwrap_or_default() }
                </p>
            </div>
            <div class="field">
                <label for="embed-code">{ text.embed_code }</label>
                <textarea id="embed-code" readonly=true rows="5" value={snippet} onfocus={Callback::from(select_all)} />
            </div>
            <p><button type="button" class="button-primary" onclick={copy_code}>{ text.copy_code }</button></p>
            <p class="announcement" role="status">{ if embed.code_copied { text.code_copied } else { "" } }</p>
            <h3>{ text.embed_preview }</h3>
            <iframe class="embed-preview" src={src} title={text.iframe_title} loading="lazy"></iframe>
        </section>
    }
}
