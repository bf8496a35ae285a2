//! The Share view: copy a link with the whole state in its fragment, save and open a state
//! file (picker or drag-and-drop), the gap table as CSV, print, and the embed snippet with a
//! live preview. Messages about each action stand beside its control.

use jobmaal_core::accent::parse_accent;
use jobmaal_core::benchmark::{municipalities, municipality_named};
use jobmaal_core::csv::{Dialect, gap_table};
use jobmaal_core::figures::Entry;
use jobmaal_core::import::{self, ImportError};
use jobmaal_core::text::is_contact;
use jobmaal_core::{DecodeError, Document, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::catalogue;
use crate::components::file_preview;
use crate::i18n::{self, later, strings};
use crate::markup::escaped;
use crate::platform::{self, FileError};
use crate::state::PageSettings;
use crate::state::{Action, Notice, View, municipality_of};

/// What the view is drawn from (a function, not a component: the app holds its one state).
pub struct Props {
    pub doc: Document,
    /// The view the shared link opens: the one the user came from.
    pub link_view: View,
    pub notice: Option<Notice>,
    pub on_action: Callback<Action>,
    pub embed: UseStateHandle<EmbedChoices>,
    /// Prints the page (with its report).
    pub print: Callback<()>,
    /// A shared link's figures are shown, not yet kept or left: a file would replace them with
    /// no way back, so opening one waits until then.
    pub link_shown: bool,
    /// Behind them, the user has figures of their own saved to go back to.
    pub own_saved: bool,
}

/// The embed generator's choices, and whether its code was just copied.
#[derive(Clone, PartialEq)]
pub struct EmbedChoices {
    pub view: View,
    pub figures: bool,
    /// Visitors may try figures of their own (`edit=1`); otherwise the embed is read-only.
    pub edit: bool,
    /// The accent colour as typed.
    pub accent: String,
    /// The municipality's accessibility contact as typed (e-mail or https address).
    pub contact: String,
    /// The municipality the embed's address names (`kommune=350`) by its code, 0 for none: the
    /// embed then shows its benchmark (on 2020) even without figures. `None` until chosen: the
    /// one the figures name, if one of the 98.
    pub kommune: Option<u16>,
    pub code_copied: bool,
}

impl EmbedChoices {
    /// Goals with figures, in the page's own accent colour.
    pub fn new(settings: &PageSettings) -> EmbedChoices {
        let accent = match &settings.accent {
            Some(Ok(accent)) => accent.clone(),
            _ => "004b87".to_string(),
        };
        EmbedChoices {
            view: View::Goals,
            figures: true,
            edit: false,
            accent,
            contact: settings.contact.clone().unwrap_or_default(),
            kommune: None,
            code_copied: false,
        }
    }

    /// Updates the choices with `change`; a change to them also clears "copied".
    fn update(handle: &UseStateHandle<EmbedChoices>, change: impl FnOnce(&mut EmbedChoices)) {
        let mut choices = (**handle).clone();
        choices.code_copied = false;
        change(&mut choices);
        handle.set(choices);
    }
}

/// A file name from the municipality and year, e.g. `jobmaal-lejre-kommune-2019`.
fn file_stem(doc: &Document) -> String {
    let name = match doc.figures.get("municipality") {
        Some(Entry::Text(name)) => jobmaal_core::text::lower(name),
        _ => String::new(),
    };
    let slug: String = name
        .chars()
        .map(|c| match c {
            'æ' => "ae".to_string(),
            'ø' => "oe".to_string(),
            'å' => "aa".to_string(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        })
        .collect();
    // At most 60 characters of the name (ASCII by now): file systems refuse long names.
    let slug: Vec<&str> = slug[..slug.len().min(60)]
        .split('-')
        .filter(|s| !s.is_empty())
        .collect();
    match slug.is_empty() {
        true => format!("jobmaal-{}", doc.year),
        false => format!("jobmaal-{}-{}", slug.join("-"), doc.year),
    }
}

/// The address of this deployment showing `doc` (when given) in `view`.
fn share_url(doc: Option<&Document>, year: u16, lang: Lang, view: View, extra: &str) -> String {
    let fragment = doc
        .map(|d| format!("#{}", d.to_fragment(catalogue())))
        .unwrap_or_default();
    // The page of the year and language, whose goals show before the app runs.
    let base = platform::page_base_url();
    let dir = base.rsplit_once('/').map_or("", |(dir, _)| dir);
    format!(
        "{dir}/{}?year={year}&lang={}&view={}{extra}{fragment}",
        crate::page_file(year, lang),
        lang.code(),
        view.code()
    )
}

fn import(on_action: Callback<Action>, doc: Document, file: web_sys::File) {
    let name = file.name();
    platform::read_file(file, import::MAX_BYTES, move |read| {
        // An earlier file's preview goes: what is said and shown is of this one.
        file_preview::show(None, &on_action);
        match read {
            Ok(text) => take_text(&on_action, &doc, Some(name), &text),
            Err(FileError::TooLarge) => on_action.emit(Action::Import(Err(DecodeError::TooLarge))),
            Err(FileError::Unreadable) => on_action.emit(Action::Import(Err(DecodeError::NotJson))),
        }
    });
}

/// A file's text (or pasted text, `name` none): a Jobmål file opens; a table of public data
/// (`jobmaal_core::import`) is shown in a preview before anything changes; anything else is
/// refused, saying what was expected.
fn take_text(on_action: &Callback<Action>, doc: &Document, name: Option<String>, text: &str) {
    file_preview::show(None, on_action);
    let lang = doc.lang;
    let pasted = name.is_none();
    let not_a_state = match Document::from_json(text, catalogue()) {
        Ok(read) => return on_action.emit(Action::Import(Ok(read))),
        Err(error @ (DecodeError::NotJson | DecodeError::NotAState | DecodeError::TooLarge)) => {
            error
        }
        // A Jobmål file that cannot be read says why.
        Err(error) => return on_action.emit(Action::Import(Err(error))),
    };
    let refused = |why: String| on_action.emit(Action::Notify(Notice::FileRefused(why)));
    match import::read(text) {
        Ok(table) => {
            let name = name.unwrap_or_else(|| later::pasted_name(lang).to_string());
            file_preview::show(Some(file_preview::preview(name, table, doc)), on_action);
            platform::after_this_task(|| platform::focus("preview-heading"));
        }
        Err(ImportError::NotATable) if not_a_state == DecodeError::TooLarge => {
            on_action.emit(Action::Import(Err(not_a_state)))
        }
        Err(ImportError::NotATable) => refused(format!(
            "{} {}",
            later::neither(lang, pasted),
            ImportError::NotATable.message(lang)
        )),
        // Letters the file's bytes could not be read as (a file saved as Windows-1252, not
        // UTF-8): said, rather than the column it seems to lack.
        Err(_) if text.contains('\u{FFFD}') => refused(format!(
            "{} {}",
            later::table_refused(lang, pasted),
            later::not_utf8(lang)
        )),
        Err(error) => refused(format!(
            "{} {}",
            later::table_refused(lang, pasted),
            error.message(lang)
        )),
    }
}

// A function of its own (not inlined into the app's): its code is compiled when it first
// runs, so start-up compiles only the view shown (see ARCHITECTURE.md).
#[inline(never)]
pub fn share_view(props: &Props) -> Html {
    let text = strings(props.doc.lang);
    html! {
        <section class="view share-view" aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ text.share_heading() }</h1>
            { link_section(props) }
            { files_section(props) }
            { csv_section(&props.doc) }
            { print_section(props) }
            { embed_section(props) }
        </section>
    }
}

/// The link with the whole state in its fragment, and copying it.
fn link_section(props: &Props) -> Html {
    let doc = &props.doc;
    let lang = doc.lang;
    let text = strings(lang);
    let link = share_url(Some(doc), doc.year, lang, props.link_view, "");
    let copy_link = {
        let (link, on_action) = (link.clone(), props.on_action.clone());
        Callback::from(move |_| {
            let on_action = on_action.clone();
            platform::copy_text(&link, move |copied| {
                let notice = match copied {
                    true => Notice::LinkCopied,
                    false => Notice::CopyFailed,
                };
                on_action.emit(Action::Notify(notice));
            });
        })
    };
    let link_message = match &props.notice {
        Some(Notice::LinkCopied) => Some(text.link_copied().to_string()),
        Some(Notice::CopyFailed) => Some(text.copy_failed().to_string()),
        _ => None,
    };
    html! {
        <section aria-labelledby="link-heading">
            <h2 id="link-heading">{ text.link_heading() }</h2>
            <p>{ text.link_intro() }</p>
            <div class="field">
                <label for="share-link">{ (text.link_label)(text.view_name(props.link_view)) }</label>
                <input id="share-link" type="text" readonly=true value={link} onfocus={select_all()} />
            </div>
            <p><button type="button" class="button-primary" onclick={copy_link}>{ text.copy_link() }</button></p>
            <p class="announcement" role="status">{ link_message.unwrap_or_default() }</p>
        </section>
    }
}

/// Saving the figures as a file, and opening one (picker, drag-and-drop or pasted text): a
/// Jobmål file, or a table of public data shown in a preview first.
fn files_section(props: &Props) -> Html {
    let doc = &props.doc;
    let lang = doc.lang;
    let text = strings(lang);
    let export_json = {
        let (doc, stem) = (doc.clone(), file_stem(doc));
        Callback::from(move |_| {
            platform::download(
                &format!("{stem}.json"),
                "application/json",
                &doc.to_json(catalogue()),
            )
        })
    };
    let on_file = {
        let (on_action, doc) = (props.on_action.clone(), doc.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                import(on_action.clone(), doc.clone(), file);
            }
            input.set_value("");
        })
    };
    // Behind a shared link's figures (not yet kept or left), no file is opened: it would replace
    // them with no way back.
    let held = props.link_shown;
    let on_drop = {
        let (on_action, doc) = (props.on_action.clone(), doc.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if held {
                return;
            }
            if let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                import(on_action.clone(), doc.clone(), file);
            }
        })
    };

    let on_paste_read = {
        let (on_action, doc) = (props.on_action.clone(), doc.clone());
        Callback::from(move |_| {
            let pasted = platform::element_value("import-text");
            take_text(&on_action, &doc, None, &pasted);
        })
    };
    let import_message = match &props.notice {
        Some(Notice::Imported) => Some((false, text.imported().to_string())),
        Some(Notice::FiguresPut(count, left_out)) => {
            Some((false, later::figures_put(lang, *count, *left_out)))
        }
        Some(Notice::FileRefused(why)) => Some((true, why.clone())),
        Some(Notice::ImportFailed(error)) => Some((
            true,
            format!("{} {}", text.import_failed(), error.message(lang)),
        )),
        _ => None,
    };
    let described = match held {
        true => "files-held import-help import-message",
        false => "import-help import-message",
    };
    html! {
        <section aria-labelledby="files-heading">
            <h2 id="files-heading">{ text.files_heading() }</h2>
            <p><button type="button" class="button-secondary" onclick={export_json}>{ text.export_json() }</button></p>
            if held {
                <p class="notice" id="files-held">
                    { if props.own_saved { text.files_held() } else { text.files_held_alone() } }
                </p>
            }
            <div class="drop-zone" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                <label for="import-file">{ text.import_label() }</label>
                <p class="field-help" id="import-help">{ later::import_help(lang) }</p>
                <input id="import-file" type="file" accept=".json,.csv,.txt,application/json,text/csv" onchange={on_file}
                    disabled={held} aria-describedby={described} />
                <p class="field-help">{ text.import_drop() }</p>
            </div>
            <div class="field">
                <label for="import-text">{ later::paste_label(lang) }</label>
                <textarea id="import-text" rows="3" disabled={held} aria-describedby={described} />
                <p><button type="button" class="button-secondary" disabled={held} onclick={on_paste_read}>{ later::paste_button(lang) }</button></p>
            </div>
            <p id="import-message" role="status" tabindex="-1"
                class={if import_message.as_ref().is_some_and(|m| m.0) { "announcement field-error" } else { "announcement" }}>
                { import_message.map(|m| m.1).unwrap_or_default() }
            </p>
            // Figures from a file were just put in: undo them here, where they were put in.
            if matches!(props.notice, Some(Notice::FiguresPut(..))) {
                <p><button type="button" class="button-secondary"
                    onclick={props.on_action.reform(|_| Action::Undo)}>{ text.undo_button() }</button></p>
            }
            if let Some(preview) = file_preview::shown().filter(|_| !held) {
                { file_preview::file_preview(&preview, doc, &props.on_action) }
            }
        </section>
    }
}

/// The gap table as CSV, for Danish Excel and internationally.
fn csv_section(doc: &Document) -> Html {
    let text = strings(doc.lang);
    let export_csv = |dialect: Dialect, suffix: &'static str| {
        let (doc, stem) = (doc.clone(), file_stem(doc));
        Callback::from(move |_| {
            let (doc, stem) = (doc.clone(), stem.clone());
            // The international file names the indicators in English: its texts first.
            wasm_bindgen_futures::spawn_local(async move {
                if dialect == Dialect::International && i18n::shown(Lang::En) != Lang::En {
                    platform::fetch_english(i18n::load_english).await;
                }
                let csv = gap_table(catalogue(), &doc, dialect);
                platform::download(
                    &format!("{stem}-gab-{suffix}.csv"),
                    "text/csv;charset=utf-8",
                    &csv,
                );
            });
        })
    };
    html! {
        <section aria-labelledby="csv-heading">
            <h2 id="csv-heading">{ text.csv_heading() }</h2>
            <p class="button-row">
                <button type="button" class="button-secondary" onclick={export_csv(Dialect::DanishExcel, "da")}>{ text.csv_danish() }</button>
                <button type="button" class="button-secondary" onclick={export_csv(Dialect::International, "en")}>{ text.csv_international() }</button>
            </p>
        </section>
    }
}

/// Printing the page's report.
fn print_section(props: &Props) -> Html {
    let text = strings(props.doc.lang);
    html! {
        <section aria-labelledby="print-heading">
            <h2 id="print-heading">{ text.print_heading() }</h2>
            <p>{ text.print_intro() }</p>
            <p><button type="button" class="button-secondary" onclick={props.print.reform(|_| ())}>{ text.print_button() }</button></p>
        </section>
    }
}

/// The embed generator: its choices, the code to copy and a live preview of what it shows.
fn embed_section(props: &Props) -> Html {
    let doc = &props.doc;
    let lang = doc.lang;
    let text = strings(lang);
    let embed = &props.embed;
    // The embed's address, from the choices.
    let accent = parse_accent(&embed.accent);
    let accent_param = match &accent {
        Ok(hex) if hex != "#004b87" => format!("&accent={}", hex.trim_start_matches('#')),
        _ => String::new(),
    };
    let contact = embed.contact.trim();
    let contact_ok = contact.is_empty() || is_contact(contact);
    let mut params = format!("&embed=1{accent_param}");
    if embed.edit {
        params.push_str("&edit=1");
    }
    if !contact.is_empty() && contact_ok {
        params.push_str("&kontakt=");
        params.push_str(&String::from(js_sys::encode_uri_component(contact)));
    }
    let named = municipality_of(doc).and_then(municipality_named);
    // With the figures, the embed is for their municipality (the figures name it, and an embed
    // keeps it): the list is for an embed without them.
    let figures_name = named.filter(|_| embed.figures);
    let kommune = match figures_name {
        Some(named) => named.code,
        None => embed.kommune.unwrap_or(named.map_or(0, |m| m.code)),
    };
    if kommune != 0 {
        params.push_str(&format!("&kommune={kommune}"));
    }
    // A read-only embed offers the views that show the figures.
    let views: &[View] = if embed.edit {
        &View::EMBEDDABLE
    } else {
        &View::READ_ONLY
    };
    let embed_view = match views.contains(&embed.view) {
        true => embed.view,
        false => View::Goals,
    };
    let src = share_url(
        embed.figures.then_some(doc),
        doc.year,
        lang,
        embed_view,
        &params,
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
        escaped(text.iframe_title()),
        escaped(&script)
    );
    let copy_code = {
        let (snippet, embed) = (snippet.clone(), embed.clone());
        Callback::from(move |_| {
            let embed = embed.clone();
            platform::copy_text(&snippet, move |copied| {
                EmbedChoices::update(&embed, |e| e.code_copied = copied)
            });
        })
    };

    html! {
        <section aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ text.embed_heading() }</h2>
            <p>{ text.embed_intro() }</p>
            <div class="field">
                <label for="embed-view">{ text.embed_view() }</label>
                <select id="embed-view" onchange={{
                    let embed = embed.clone();
                    Callback::from(move |e: Event| {
                        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                        if let Some(view) = View::from_code(&select.value()) { EmbedChoices::update(&embed, |e| e.view = view) }
                    })
                }}>
                    { for views.iter().map(|&v| html! {
                        <option value={v.code()} selected={v == embed_view}>{ text.view_name(v) }</option>
                    }) }
                </select>
            </div>
            <div class="field checkbox-field">
                <input id="embed-figures" type="checkbox" checked={embed.figures}
                    onchange={{ let e = embed.clone(); Callback::from(move |_| EmbedChoices::update(&e, |e| e.figures = !e.figures)) }} />
                <label for="embed-figures">{ text.embed_with_figures() }</label>
            </div>
            <div class="field checkbox-field">
                <input id="embed-edit" type="checkbox" checked={embed.edit}
                    onchange={{ let e = embed.clone(); Callback::from(move |_| EmbedChoices::update(&e, |e| e.edit = !e.edit)) }} />
                <label for="embed-edit">{ text.embed_edit() }</label>
            </div>
            <div class="field">
                <label for="embed-kommune">{ later::embed_kommune(lang) }</label>
                if let Some(named) = figures_name {
                    <p class="field-help" id="embed-kommune-help">{ later::embed_kommune_of_figures(lang, &named.name) }</p>
                }
                <select id="embed-kommune" disabled={figures_name.is_some()}
                    aria-describedby={figures_name.map(|_| "embed-kommune-help")} onchange={{
                    let e = embed.clone();
                    Callback::from(move |event: Event| {
                        let select: HtmlSelectElement = event.target_unchecked_into();
                        let code = select.value().parse().unwrap_or(0);
                        EmbedChoices::update(&e, |e| e.kommune = Some(code));
                    })
                }}>
                    <option value="0" selected={kommune == 0}>{ later::embed_no_kommune(lang) }</option>
                    { for municipalities().iter().map(|m| html! {
                        <option value={m.code.to_string()} selected={m.code == kommune}>
                            { format!("{} ({})", m.name, m.code) }
                        </option>
                    }) }
                </select>
            </div>
            <div class={if contact_ok { "field" } else { "field field-invalid" }}>
                <label for="embed-contact">{ text.embed_contact() }</label>
                <p class="field-help" id="embed-contact-help">{ text.embed_contact_help() }</p>
                <input id="embed-contact" type="text" value={embed.contact.clone()}
                    aria-describedby="embed-contact-help embed-contact-error"
                    aria-invalid={(!contact_ok).then_some("true")}
                    oninput={{ let a = embed.clone(); Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        EmbedChoices::update(&a, |e| e.contact = input.value());
                    }) }} />
                <p class="field-error" id="embed-contact-error" aria-live="polite">
                    { match (contact_ok, contact.len() > 200) {
                        (true, _) => "",
                        (false, true) => text.embed_contact_long(),
                        (false, false) => text.embed_contact_invalid(),
                    } }
                </p>
            </div>
            <div class={if accent.is_err() { "field field-invalid" } else { "field" }}>
                <label for="embed-accent">{ text.embed_accent() }</label>
                <input id="embed-accent" type="text" value={embed.accent.clone()} aria-describedby="embed-accent-error"
                    aria-invalid={accent.is_err().then_some("true")}
                    oninput={{ let a = embed.clone(); Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        EmbedChoices::update(&a, |e| e.accent = input.value());
                    }) }} />
                <p class="field-error" id="embed-accent-error" aria-live="polite">
                    { accent.as_ref().err().map(|e| e.message(lang)).unwrap_or_default() }
                </p>
            </div>
            <div class="field">
                <label for="embed-code">{ text.embed_code() }</label>
                <textarea id="embed-code" readonly=true rows="5" value={snippet} onfocus={select_all()} />
            </div>
            <p><button type="button" class="button-primary" onclick={copy_code}>{ text.copy_code() }</button></p>
            <p class="announcement" role="status">{ if embed.code_copied { text.code_copied() } else { "" } }</p>
            <h3>{ text.embed_preview() }</h3>
            <iframe class="embed-preview" src={src} title={text.iframe_title()} loading="lazy"></iframe>
        </section>
    }
}

/// Selects a read-only field's whole text when it gets focus, ready to copy.
fn select_all() -> Callback<FocusEvent> {
    Callback::from(|event: FocusEvent| {
        if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
            area.select();
        } else if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    })
}
