//! Text changes to the JavaScript around the split modules, and the modules' names, each a pure
//! function with a test on a tiny input, failing with what it expected when wasm-bindgen's or
//! the splitter's output is not what it was written for.

use sha2::{Digest, Sha256};

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
/// works there (the glue's init falls back), so the split ones must too. A response that is not
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

/// The loader with `./stem.wasm` named `./new_name` (exactly once).
pub fn rename_split_file(loader: &str, stem: &str, new_name: &str) -> Result<String, Unexpected> {
    let old = format!("\"./{stem}.wasm\"");
    match loader.matches(&old).count() {
        1 => Ok(loader.replacen(&old, &format!("\"./{new_name}\""), 1)),
        n => unexpected(format!("{old} once in the loader, found {n} times")),
    }
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
    fn the_first_module_is_named_by_its_content() {
        let (a, b) = (
            content_stem(b"glue", b"wasm"),
            content_stem(b"glue", b"wasm2"),
        );
        assert_ne!(a, b);
        assert_eq!(a, content_stem(b"glue", b"wasm"));
        assert!(a.starts_with("jobmaal-") && a.len() == "jobmaal-".len() + 16);
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
}
