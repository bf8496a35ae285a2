//! One page as the generator writes it, whole: its head (policy, data block, boot script, the
//! names of the files the app downloads, title, description, icon, stylesheet) and its body
//! (the view rendered at build time, the script that requests the app's wasm, the loader). The
//! policy allows exactly the inline scripts and styles written here, by their SHA-256: each is
//! hashed as it is written, so nothing is searched for in the page afterwards.

use base64::Engine;
use sha2::{Digest, Sha256};

use jobmaal::page_names::{ADDRESSED, CLASSES, COMPILED_WASM, DATA_ID, LINKED};

/// What differs from page to page in what the boot script does (static/boot.js says how it uses
/// each): written as the page's data block.
pub struct PageData<'a> {
    pub year: u16,
    pub lang: &'a str,
    /// A pattern of the names of all pages (`^(2018|2019)-(da|en)$`).
    pub pages: &'a str,
    /// The name of the page whose file is `./`.
    pub home: &'a str,
    /// Whether the boot script fills the address (the pages of other years and languages).
    pub fill: bool,
    /// The English texts' file, on English pages.
    pub english: Option<&'a str>,
    pub later_style: &'a str,
    pub wasm: &'a str,
    pub parts: &'a [String],
}

impl PageData<'_> {
    /// The data block: a `<script>` of JSON, which the browser does not run (so the policy need
    /// not allow it). What a page does without is left out, not written as `false` or `null`.
    pub fn block(&self) -> String {
        let mut fields = vec![
            ("year", self.year.to_string()),
            ("lang", json_string(self.lang)),
            ("pages", json_string(self.pages)),
            ("home", json_string(self.home)),
        ];
        if self.fill {
            fields.push(("fill", "true".to_string()));
        }
        if let Some(english) = self.english {
            fields.push(("english", json_string(english)));
        }
        let parts: Vec<String> = self.parts.iter().map(|part| json_string(part)).collect();
        fields.extend([
            ("later", json_string(&format!("./{}", self.later_style))),
            ("wasm", json_string(&format!("./{}", self.wasm))),
            ("parts", format!("[{}]", parts.join(","))),
        ]);
        let json: Vec<String> = fields
            .iter()
            .map(|(name, value)| format!("\"{name}\":{value}"))
            .collect();
        format!(
            "<script type=application/json id={DATA_ID}>{{{}}}</script>",
            json.join(",")
        )
    }
}

/// `text` as a JSON string (and a JavaScript one), with `</` and `<!` escaped too, so that it
/// cannot end, or change how the browser reads, the `<script>` it is in.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out.replace("</", "<\\/").replace("<!", "\\u003c!")
}

/// The script just before the loader: the app's wasm's preload, unless the boot script has
/// requested the wasm itself (`linked`) or goes to another page (`addressed`). Here rather than
/// in the head, the browser requests it after it has read the view rendered at build time.
pub fn preload_script(wasm: &str) -> String {
    let link =
        format!("<link as=fetch crossorigin href=./{wasm} rel=preload type=application/wasm>");
    // Otherwise the view waits for a link's figures (or goes to another page): its summary of
    // them is busy until the app shows them (assistive technology then waits, not reads an
    // empty list).
    format!(
        "if(!/{ADDRESSED}|{LINKED}/.test({CLASSES}))document.head.insertAdjacentHTML(\"beforeend\",{});\
         else document.querySelector(\"#{} .coverage\")?.setAttribute(\"aria-busy\",\"true\")",
        json_string(&link),
        jobmaal::PRERENDERED_ID
    )
}

/// The loader (a module script): wasm-bindgen's glue (`glue`), written into it rather than
/// requested as a file of its own (on a phone's line, the page arrives while the wasm's request
/// waits for its answer, whereas the glue's file took its share of the line from the wasm), and
/// the app started with the wasm the boot script compiled, else the file `wasm`. The glue goes
/// into a block of its own, so that its names (a debug build's glue has a top-level `wasm`) do
/// not meet the page's; V8's compile hint, when the glue has one, stays on the first line.
/// Fails when the glue is not one module with one export statement naming its `default`.
pub fn loader(glue: &str, wasm: &str) -> Result<String, String> {
    if glue.contains("</script") || glue.contains("<!--") {
        return Err("no </script> or <!-- in the glue".into());
    }
    let (hint, code) = match glue.starts_with("//#") {
        true => glue.split_at(glue.find('\n').map_or(glue.len(), |at| at + 1)),
        false => ("", glue),
    };
    let statements: Vec<usize> = ["export{", "export {"]
        .iter()
        .flat_map(|statement| code.match_indices(statement).map(|(at, _)| at))
        .collect();
    let [at] = statements[..] else {
        return Err("one export statement (`export { … }`) in the glue".into());
    };
    let Some(end) = code[at..].find('}').map(|end| at + end + 1) else {
        return Err("the glue's export statement to end".into());
    };
    let start = code[at..end].find('{').map_or(end, |brace| at + brace + 1);
    let default = code[start..end - 1].split(',').find_map(|pair| {
        let (local, exported) = pair.trim().split_once(" as ")?;
        (exported.trim() == "default").then(|| local.trim())
    });
    let Some(default) = default else {
        return Err("the glue to export a default".into());
    };
    let rest = code[end..].strip_prefix(';').unwrap_or(&code[end..]);
    // Another export statement (`export function …`) would be refused by the browser in a block.
    let other_export = code
        .match_indices("export ")
        .any(|(i, _)| i != at && (i == 0 || matches!(code.as_bytes()[i - 1], b'\n' | b';' | b'}')));
    if other_export {
        return Err("no other export in the glue".into());
    }
    Ok(format!(
        "{hint}{{\n{}{rest}\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm:await {default}({{module_or_path:window.{COMPILED_WASM}||\"./{wasm}\"}})}}}}))}}",
        &code[..at]
    ))
}

/// The page's Content-Security-Policy: only its own origin, and of inline scripts and styles
/// only those with the SHA-256 of `scripts` and of `styles`. A development build (`release`
/// false) allows every inline script instead: `trunk serve` adds its live-reload script.
pub fn policy(scripts: &[&str], styles: &[&str], release: bool) -> String {
    let hashes = |sources: &[&str]| -> Vec<String> { sources.iter().map(|s| sha256(s)).collect() };
    let scripts = match release {
        true => hashes(scripts).join(" "),
        false => "'unsafe-inline'".to_string(),
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {scripts}; style-src 'self' {}; img-src 'self'; font-src 'self'; connect-src 'self'; frame-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
        hashes(styles).join(" ")
    )
}

/// A policy's source for the inline script or style `content`.
fn sha256(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Everything that goes into one page.
pub struct Page<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub data: &'a PageData<'a>,
    /// The boot script (static/boot.js, minified in release builds).
    pub boot: &'a str,
    /// The meta elements naming the files the app downloads when it needs them.
    pub file_metas: &'a str,
    pub icon: &'a str,
    /// The page's stylesheet, written into it (no second request before the page is drawn).
    pub style: &'a str,
    /// The view rendered at build time, with what goes with it.
    pub view: &'a str,
    /// The loader ([`loader`]).
    pub loader: &'a str,
    /// What Trunk made of the template's body: its live-reload script under `trunk serve`.
    pub trunk_body: &'a str,
    pub release: bool,
}

impl Page<'_> {
    /// The page's HTML, its policy allowing exactly its own inline scripts and style.
    pub fn html(&self) -> String {
        let preload = preload_script(self.data.wasm);
        let policy = policy(
            &[self.boot, &preload, self.loader],
            &[self.style],
            self.release,
        );
        format!(
            "<!doctype html><html lang={lang}><meta charset=utf-8><meta content=\"width=device-width,initial-scale=1\" name=viewport><meta content=\"{policy}\" http-equiv=Content-Security-Policy><meta content=no-referrer name=referrer>{data}<script>{boot}</script>{metas}<title>{title}</title><meta content=\"{description}\" name=description><link href=./{icon} rel=icon><style>{style}</style></head><body>{view}<script>{preload}</script><script type=module>{loader}</script>{trunk}</body></html>",
            lang = self.lang,
            data = self.data.block(),
            boot = self.boot,
            metas = self.file_metas,
            title = self.title,
            description = self.description,
            icon = self.icon,
            style = self.style,
            view = self.view,
            loader = self.loader,
            trunk = self.trunk_body,
        )
    }
}

/// What Trunk wrote into the body of its page (index.html, the template): only its live-reload
/// script, under `trunk serve`; nothing in a release build.
pub fn trunk_body(html: &str) -> &str {
    let start = html
        .find("<body")
        .and_then(|at| html[at..].find('>').map(|end| at + end + 1));
    match (start, html.rfind("</body>")) {
        (Some(start), Some(end)) if start <= end => html[start..end].trim(),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(parts: &[String]) -> PageData<'_> {
        PageData {
            year: 2019,
            lang: "en",
            pages: "^(2019|2020)-(da|en)$",
            home: "2020-da",
            fill: true,
            english: Some("english-1.json"),
            later_style: "later-2.css",
            wasm: "app-3_bg.wasm",
            parts,
        }
    }

    #[test]
    fn the_data_block_holds_what_the_boot_script_reads() {
        let parts = ["split_views-4.wasm".to_string()];
        assert_eq!(
            data(&parts).block(),
            "<script type=application/json id=jobmaal-page>{\"year\":2019,\"lang\":\"en\",\"pages\":\"^(2019|2020)-(da|en)$\",\"home\":\"2020-da\",\"fill\":true,\"english\":\"english-1.json\",\"later\":\"./later-2.css\",\"wasm\":\"./app-3_bg.wasm\",\"parts\":[\"split_views-4.wasm\"]}</script>"
        );
        let default_page = PageData {
            fill: false,
            english: None,
            ..data(&parts)
        };
        let block = default_page.block();
        assert!(
            !block.contains("fill") && !block.contains("english"),
            "{block}"
        );
    }

    #[test]
    fn the_boot_script_reads_every_field_of_the_data_block() {
        let boot = include_str!("../../../static/boot.js");
        for field in [
            "year", "lang", "pages", "home", "fill", "english", "later", "wasm", "parts",
        ] {
            assert!(boot.contains(&format!("data.{field}")), "{field}");
        }
    }

    #[test]
    fn a_string_in_json_cannot_end_its_script() {
        assert_eq!(
            json_string("a\"b\\c</script><!--\n<p>"),
            "\"a\\\"b\\\\c<\\/script>\\u003c!--\\u000a<p>\""
        );
    }

    #[test]
    fn the_wasm_is_preloaded_before_the_loader_unless_the_boot_script_requested_it() {
        assert_eq!(
            preload_script("app-3_bg.wasm"),
            "if(!/addressed|linked/.test(c))document.head.insertAdjacentHTML(\"beforeend\",\"<link as=fetch crossorigin href=./app-3_bg.wasm rel=preload type=application/wasm>\");else document.querySelector(\"#prerendered .coverage\")?.setAttribute(\"aria-busy\",\"true\")"
        );
    }

    #[test]
    fn the_glue_goes_into_the_loader_which_starts_the_app_with_the_compiled_wasm() {
        let glue = "//# allFunctionsCalledOnLoad\nfunction a(){}async function b(){return 1}export{a as initSync,b as default};";
        assert_eq!(
            loader(glue, "app-3_bg.wasm").unwrap(),
            "//# allFunctionsCalledOnLoad\n{\nfunction a(){}async function b(){return 1}\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{detail:{wasm:await b({module_or_path:window.jobmaalWasm||\"./app-3_bg.wasm\"})}}))}"
        );
        // As wasm-bindgen writes it (a debug build): no hint, spaces.
        let debug = "let wasm;\nasync function __wbg_init() {}\nfunction initSync() {}\nexport { initSync, __wbg_init as default };\n";
        let out = loader(debug, "app-3_bg.wasm").unwrap();
        assert!(out.starts_with("{\nlet wasm;\n"), "{out}");
        assert!(out.contains("await __wbg_init({module_or_path:"), "{out}");
        assert!(!out.contains("export"), "{out}");
    }

    #[test]
    fn a_glue_not_shaped_as_expected_is_refused() {
        let refused = |glue: &str| loader(glue, "a_bg.wasm").unwrap_err();
        assert!(refused("function a(){}").contains("one export statement"));
        assert!(refused("export{a as initSync};").contains("default"));
        assert!(refused("export function f(){}\nexport{b as default};").contains("other export"));
        assert!(refused("x=\"</script>\";export{b as default};").contains("</script>"));
    }

    #[test]
    fn the_policy_allows_exactly_the_scripts_and_styles_written() {
        // echo -n 'a()' | openssl dgst -sha256 -binary | base64
        let script = "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='";
        assert_eq!(sha256("a()"), script);
        let release = policy(&["a()", "b()"], &["p{}"], true);
        assert!(release.starts_with(&format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {script} 'sha256-"
        )));
        assert_eq!(release.matches("'sha256-").count(), 3);
        assert!(release.contains(&format!("; style-src 'self' {}; ", sha256("p{}"))));
        assert!(!release.contains("unsafe-inline"));
        let development = policy(&["a()"], &["p{}"], false);
        assert!(development.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';"));
        assert_eq!(development.matches("'sha256-").count(), 1);
    }

    #[test]
    fn a_page_carries_the_hashes_of_its_own_scripts() {
        let parts = ["split_views-4.wasm".to_string()];
        let data = data(&parts);
        let page = Page {
            lang: "en",
            title: "Goals",
            description: "Goals, 2019",
            data: &data,
            boot: "boot()",
            file_metas: "<meta content=english-1.json name=jobmaal-english>",
            icon: "icon-5.svg",
            style: "p{}",
            view: "<div id=prerendered></div>",
            loader: "start()",
            trunk_body: "",
            release: true,
        };
        let html = page.html();
        let preload = preload_script("app-3_bg.wasm");
        for (element, content) in [
            ("script", "boot()"),
            ("script", preload.as_str()),
            ("script type=module", "start()"),
            ("style", "p{}"),
        ] {
            assert!(
                html.contains(&format!("<{element}>{content}</")),
                "{element}"
            );
            assert!(html.contains(&sha256(content)), "{content}");
        }
        assert!(html.starts_with("<!doctype html><html lang=en><meta charset=utf-8>"));
        assert!(html.contains("<script type=application/json id=jobmaal-page>{\"year\":2019,"));
        let order = [
            "jobmaal-page",
            "boot()",
            "jobmaal-english",
            "<title>Goals</title>",
        ];
        let at: Vec<usize> = order.iter().map(|s| html.find(s).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{html}");
        assert!(html.ends_with("<div id=prerendered></div><script>if(!/addressed|linked/.test(c))document.head.insertAdjacentHTML(\"beforeend\",\"<link as=fetch crossorigin href=./app-3_bg.wasm rel=preload type=application/wasm>\");else document.querySelector(\"#prerendered .coverage\")?.setAttribute(\"aria-busy\",\"true\")</script><script type=module>start()</script></body></html>"));
    }

    #[test]
    fn trunk_s_body_is_what_it_wrote_between_the_body_tags() {
        assert_eq!(
            trunk_body("<head></head><body>\n<script>reload()</script>\n</body></html>"),
            "<script>reload()</script>"
        );
        assert_eq!(trunk_body("<link rel=icon></head><body></body></html>"), "");
        assert_eq!(trunk_body("<link rel=icon>"), "");
    }
}
