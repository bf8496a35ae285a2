//! Text changes to the JavaScript and HTML around the split modules, each a pure function with
//! a test on a tiny input, failing with what it expected when wasm-bindgen's, the splitter's or
//! Trunk's output is not what it was written for.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// A step's failure: what it expected and did not find.
#[derive(Debug, PartialEq, Eq)]
pub struct Unexpected(pub String);

fn unexpected<T>(what: impl Into<String>) -> Result<T, Unexpected> {
    Err(Unexpected(what.into()))
}

/// The module the splitter has the first module import its loaders from (`Options::link_name`).
pub const LINK_MODULE: &str = "./__wasm_split.js";

/// Puts the splitter's loader into wasm-bindgen's glue: one file to request instead of two, and
/// no import cycle (the loader imports `initSync` from the glue, which imports the loaders).
/// The glue's `import * as NAME from "./__wasm_split.js"` becomes an object of the loaders
/// defined after the glue's own code (read only when the module is instantiated).
pub fn inline_loader(glue: &str, loader: &str) -> Result<String, Unexpected> {
    let import_main = "import { initSync } from \"./main.js\";";
    if loader.matches(import_main).count() != 1 {
        return unexpected(format!("the loader to import initSync once: {import_main}"));
    }
    let mut names = Vec::new();
    let mut body = String::new();
    for line in loader.replacen(import_main, "", 1).lines() {
        match line.strip_prefix("export const ") {
            Some(rest) => {
                let Some((name, _)) = rest.split_once(" = ") else {
                    return unexpected(format!("`export const NAME = …` in the loader: {line}"));
                };
                names.push(name.to_string());
                body.push_str(&line["export ".len()..]);
            }
            None if line.contains("export ") => {
                return unexpected(format!("no other export in the loader: {line}"));
            }
            None => body.push_str(line),
        }
        body.push('\n');
    }
    if names.is_empty() {
        return unexpected("a loader in the splitter's output");
    }
    let statement = |quote: char| format!("from {quote}{LINK_MODULE}{quote}");
    let (mut found, mut glue_out) = (None, String::new());
    for line in glue.lines() {
        let import = line
            .strip_prefix("import * as ")
            .and_then(|rest| rest.split_once(' '))
            .map(|(name, rest)| (name, rest.trim_end_matches(';')))
            .filter(|(_, rest)| *rest == statement('"') || *rest == statement('\''));
        match import {
            Some((name, _)) if found.is_none() => found = Some(name.to_string()),
            Some(_) => return unexpected(format!("one import of {LINK_MODULE} in the glue")),
            None => {
                glue_out.push_str(line);
                glue_out.push('\n');
            }
        }
    }
    let Some(name) = found else {
        return unexpected(format!(
            "`import * as NAME from \"{LINK_MODULE}\"` in the glue"
        ));
    };
    Ok(format!(
        "{glue_out}{body}const {name} = {{ {} }};\n",
        names.join(", ")
    ))
}

/// The loader fetches each split file with `WebAssembly.instantiateStreaming`, which fails when
/// a server sends the file as another type than `application/wasm`; the app's first module
/// works there (Trunk's loader falls back), so the split ones must too. A response that is not
/// `ok` (a file missing after a deploy) is an error, not a module.
pub fn instantiate_any_type(loader: &str) -> Result<String, Unexpected> {
    let call = "WebAssembly.instantiateStreaming(src, imports)";
    if !loader.contains(call) {
        return unexpected(format!("the loader to call {call}"));
    }
    Ok(format!(
        "{}{}",
        loader.replace(call, "instantiateResponse(src, imports)"),
        INSTANTIATE_RESPONSE
    ))
}

const INSTANTIATE_RESPONSE: &str = "async function instantiateResponse(response, imports) {
    const r = await response;
    if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
    if ((r.headers.get(\"Content-Type\") || \"\").startsWith(\"application/wasm\")) {
        return WebAssembly.instantiateStreaming(r, imports);
    }
    return WebAssembly.instantiate(await r.arrayBuffer(), imports);
}
";

/// `stem-<hash>.wasm`: a name that changes with the content, so that a cached split file of an
/// earlier build never meets a first module of a later one.
pub fn hashed_name(stem: &str, content: &[u8]) -> String {
    let hash = Sha256::digest(content);
    let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.wasm")
}

/// The first module's name by its content: `jobmaal-<16 hex digits of SHA-256 of glue and wasm>`.
pub fn content_stem(glue: &[u8], wasm: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(glue);
    hasher.update(wasm);
    let hash = hasher.finalize();
    let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("jobmaal-{hex}")
}

/// The page with every mention of the first module's files (`old-stem.js`, `old-stem_bg.wasm`)
/// naming `new_stem` instead; at least one of each, or the page is not what it was written for.
pub fn rename_module(html: &str, old_stem: &str, new_stem: &str) -> Result<String, Unexpected> {
    for file in [format!("{old_stem}.js"), format!("{old_stem}_bg.wasm")] {
        if !html.contains(&file) {
            return unexpected(format!("{file} in index.html"));
        }
    }
    Ok(html
        .replace(&format!("{old_stem}.js"), &format!("{new_stem}.js"))
        .replace(
            &format!("{old_stem}_bg.wasm"),
            &format!("{new_stem}_bg.wasm"),
        ))
}

/// The loader with `./stem.wasm` named `./new_name` (exactly once).
pub fn rename_split_file(loader: &str, stem: &str, new_name: &str) -> Result<String, Unexpected> {
    let old = format!("\"./{stem}.wasm\"");
    match loader.matches(&old).count() {
        1 => Ok(loader.replacen(&old, &format!("\"./{new_name}\""), 1)),
        n => unexpected(format!("{old} once in the loader, found {n} times")),
    }
}

/// The browser's subresource-integrity value of `content` (as Trunk writes it).
pub fn sha384(content: &[u8]) -> String {
    let digest = Sha384::digest(content);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The page with the integrity attribute of the one tag naming `./file` set to `integrity`.
pub fn set_integrity(html: &str, file: &str, integrity: &str) -> Result<String, Unexpected> {
    let needle = format!("./{file}");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut replaced = 0;
    while let Some(start) = rest.find("<link") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        match (tag.contains(&needle), tag.find(" integrity=")) {
            (true, Some(at)) => {
                let value_at = at + " integrity=".len();
                let quoted = tag[value_at..].starts_with('"');
                let value_start = value_at + usize::from(quoted);
                let value_end = tag[value_start..]
                    .find(['"', ' ', '>'])
                    .map_or(tag.len(), |end| value_start + end);
                out.push_str(&tag[..value_start]);
                out.push_str(integrity);
                out.push_str(&tag[value_end..]);
                replaced += 1;
            }
            _ => out.push_str(tag),
        }
        rest = &rest[start + tag.len()..];
    }
    out.push_str(rest);
    match replaced {
        1 => Ok(out),
        n => unexpected(format!(
            "one <link> naming ./{file} with an integrity attribute, found {n}"
        )),
    }
}

/// The page with its placeholder `"APP_SPLIT"` (the head's script) replaced by the split files'
/// names, as a JavaScript list: a deep link to a later view requests them with the app.
/// (A release build's minifier may quote it with `'` or `` ` ``.)
pub fn name_split_files(html: &str, files: &[String]) -> Result<String, Unexpected> {
    let quoted = ['"', '\'', '`'].map(|q| format!("{q}APP_SPLIT{q}"));
    let found: Vec<&String> = quoted
        .iter()
        .filter(|p| html.contains(p.as_str()))
        .collect();
    let [placeholder] = found.as_slice() else {
        return unexpected("\"APP_SPLIT\" in index.html, in one kind of quotes");
    };
    if html.matches(placeholder.as_str()).count() != 1 {
        return unexpected(format!("{placeholder} once in index.html"));
    }
    let list: Vec<String> = files.iter().map(|f| format!("\"{f}\"")).collect();
    Ok(html.replacen(placeholder.as_str(), &format!("[{}]", list.join(",")), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "import { initSync } from \"./main.js\";\n\
        function makeLoad() {}\n\
        export const __wasm_split_load_views = wrapAsyncCb(makeLoad(() => fetch(new URL(\"./split_views.wasm\", import.meta.url))));\n";

    #[test]
    fn the_loader_goes_into_the_glue_as_the_object_it_imported() {
        let glue = "import * as import1 from \"./__wasm_split.js\"\nfunction initSync() {}\nconst imports = { \"./__wasm_split.js\": import1 };\n";
        let out = inline_loader(glue, LOADER).unwrap();
        // With a semicolon, as a minifier writes it, the same.
        let with_semicolon = glue.replacen(".js\"\n", ".js\";\n", 1);
        assert_eq!(inline_loader(&with_semicolon, LOADER).unwrap(), out);
        assert!(!out.contains("import * as"));
        assert!(!out.contains("export "));
        assert!(!out.contains("./main.js"));
        assert!(out.contains("const __wasm_split_load_views = wrapAsyncCb("));
        assert!(out.ends_with("const import1 = { __wasm_split_load_views };\n"));
    }

    #[test]
    fn the_first_module_is_named_by_its_content_everywhere_the_page_names_it() {
        let (a, b) = (
            content_stem(b"glue", b"wasm"),
            content_stem(b"glue", b"wasm2"),
        );
        assert_ne!(a, b);
        assert_eq!(a, content_stem(b"glue", b"wasm"));
        assert!(a.starts_with("jobmaal-") && a.len() == "jobmaal-".len() + 16);
        let html = "<link href=./jobmaal-1f.js><script>init('./jobmaal-1f_bg.wasm')</script>";
        let out = rename_module(html, "jobmaal-1f", &a).unwrap();
        assert_eq!(out.matches(&a).count(), 2);
        assert!(!out.contains("jobmaal-1f"));
        assert!(rename_module("<p>", "jobmaal-1f", &a).is_err());
    }

    #[test]
    fn a_glue_without_the_loaders_import_is_refused() {
        let error = inline_loader("function initSync() {}\n", LOADER).unwrap_err();
        assert!(error.0.contains("import * as NAME"), "{}", error.0);
    }

    #[test]
    fn split_files_are_instantiated_whatever_type_the_server_sends() {
        let loader = "return async (imports) => (WebAssembly.instantiateStreaming(src, imports));";
        let out = instantiate_any_type(loader).unwrap();
        assert!(out.contains("instantiateResponse(src, imports)"));
        assert!(out.contains("WebAssembly.instantiate(await r.arrayBuffer(), imports)"));
        assert!(out.contains("if (!r.ok) throw"));
        assert!(instantiate_any_type("fetch(x)").is_err());
    }

    #[test]
    fn a_split_file_is_named_by_its_content() {
        let a = hashed_name("split_views", b"one");
        assert!(a.starts_with("split_views-") && a.ends_with(".wasm"), "{a}");
        assert_eq!(a.len(), "split_views-".len() + 16 + ".wasm".len());
        assert_ne!(a, hashed_name("split_views", b"two"));
        let renamed = rename_split_file(LOADER, "split_views", &a).unwrap();
        assert!(renamed.contains(&format!("\"./{a}\"")));
        assert!(rename_split_file(LOADER, "split_other", &a).is_err());
    }

    #[test]
    fn the_integrity_of_the_named_file_is_replaced_quoted_or_not() {
        let html = "<link rel=modulepreload href=./app-1.js integrity=sha384-old crossorigin=anonymous><link rel=preload href=\"./app-1_bg.wasm\" integrity=\"sha384-old\">";
        let out = set_integrity(html, "app-1.js", "sha384-new").unwrap();
        assert!(out.starts_with(
            "<link rel=modulepreload href=./app-1.js integrity=sha384-new crossorigin=anonymous>"
        ));
        let out = set_integrity(&out, "app-1_bg.wasm", "sha384-new2").unwrap();
        assert!(out.ends_with("integrity=\"sha384-new2\">"));
        assert!(set_integrity(html, "other.js", "x").is_err());
        assert_eq!(sha384(b"").len(), "sha384-".len() + 64);
    }

    #[test]
    fn the_head_script_gets_the_split_files_names() {
        let html = "var split = \"APP_SPLIT\";";
        let files = ["split_views-00.wasm".to_string()];
        assert_eq!(
            name_split_files(html, &files).unwrap(),
            "var split = [\"split_views-00.wasm\"];"
        );
        assert_eq!(
            name_split_files("f(`APP_SPLIT`)", &files).unwrap(),
            "f([\"split_views-00.wasm\"])"
        );
        assert!(name_split_files("nothing", &files).is_err());
        assert!(name_split_files("\"APP_SPLIT\" \"APP_SPLIT\"", &files).is_err());
    }
}
