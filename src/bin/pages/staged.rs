//! The files of the build that the pages name or hold, found by name among what the earlier
//! steps left in Trunk's staging folder: the app's glue and wasm and the parts of its wasm
//! (tools/split-wasm, scripts/minify-js.mjs), the stylesheets and the icon (Trunk, named by
//! their content) and the boot script (copied by Trunk, minified by scripts/minify-js.mjs).

/// The staged files' names.
#[derive(Debug, PartialEq, Eq)]
pub struct Staged {
    /// wasm-bindgen's glue (`jobmaal-<hash>.js`), written into the loader.
    pub glue: String,
    /// The app's first module (`jobmaal-<hash>_bg.wasm`, beside its glue).
    pub wasm: String,
    /// The parts of the app's wasm with the views after the first (`split_views-<hash>.wasm`).
    pub parts: Vec<String>,
    /// The page's stylesheet (`style-<hash>.css`), written into each page.
    pub style: String,
    /// The later views' stylesheet (`later-<hash>.css`), which comes with their part.
    pub later_style: String,
    /// The page's icon (`favicon-<hash>.svg`).
    pub icon: String,
}

/// The boot script's file as Trunk copies it (index.html), written into each page.
pub const BOOT_SCRIPT: &str = "boot.js";

impl Staged {
    /// The files among `names` (a staging folder's), each the one of its kind; fails naming
    /// what it expected and did not find.
    pub fn find(names: &[String]) -> Result<Staged, String> {
        let glue = one(names, "jobmaal-", ".js")?;
        let wasm = glue.replace(".js", "_bg.wasm");
        if !names.contains(&wasm) {
            return Err(format!("{wasm} beside {glue}"));
        }
        let mut parts: Vec<String> = names
            .iter()
            .filter(|name| named(name, "split_", ".wasm"))
            .cloned()
            .collect();
        if parts.is_empty() {
            return Err("a part of the app's wasm (split_<name>-<hash>.wasm)".into());
        }
        parts.sort();
        Ok(Staged {
            glue,
            wasm,
            parts,
            style: one(names, "style-", ".css")?,
            later_style: one(names, "later-", ".css")?,
            icon: one(names, "favicon-", ".svg")?,
        })
    }
}

/// Whether `name` is `<prefix><anything>-<hex digits><extension>`.
fn named(name: &str, prefix: &str, extension: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(extension))
        .and_then(|rest| rest.rsplit('-').next())
        .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The one name among `names` that is `<prefix><hex digits><extension>`.
fn one(names: &[String], prefix: &str, extension: &str) -> Result<String, String> {
    let found: Vec<&String> = names
        .iter()
        .filter(|name| {
            name.strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(extension))
                .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
        })
        .collect();
    match found.as_slice() {
        [name] => Ok(name.to_string()),
        _ => Err(format!(
            "one {prefix}<hash>{extension}, found {}",
            found.len()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| name.to_string()).collect()
    }

    const FOLDER: &[&str] = &[
        "index.html",
        "embed.js",
        "boot.js",
        "jobmaal-0a1b.js",
        "jobmaal-0a1b_bg.wasm",
        "split_views-2c.wasm",
        "style-3d.css",
        "later-4e.css",
        "statement.css",
        "favicon-5f.svg",
    ];

    #[test]
    fn each_file_is_found_by_its_name() {
        assert_eq!(
            Staged::find(&names(FOLDER)).unwrap(),
            Staged {
                glue: "jobmaal-0a1b.js".into(),
                wasm: "jobmaal-0a1b_bg.wasm".into(),
                parts: vec!["split_views-2c.wasm".into()],
                style: "style-3d.css".into(),
                later_style: "later-4e.css".into(),
                icon: "favicon-5f.svg".into(),
            }
        );
    }

    #[test]
    fn a_missing_or_doubled_file_is_named() {
        let without = |name: &str| {
            names(
                &FOLDER
                    .iter()
                    .copied()
                    .filter(|n| *n != name)
                    .collect::<Vec<_>>(),
            )
        };
        assert!(
            Staged::find(&without("jobmaal-0a1b_bg.wasm"))
                .unwrap_err()
                .contains("beside")
        );
        assert!(
            Staged::find(&without("split_views-2c.wasm"))
                .unwrap_err()
                .contains("split_")
        );
        assert!(
            Staged::find(&without("later-4e.css"))
                .unwrap_err()
                .contains("later-")
        );
        let mut doubled = names(FOLDER);
        doubled.push("style-6a.css".into());
        assert!(Staged::find(&doubled).unwrap_err().contains("found 2"));
    }
}
