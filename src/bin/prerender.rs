//! Build step (a Trunk post-build hook): renders the default view with Yew's server renderer and
//! puts it into the staged `index.html`, so the goals are on screen before any script runs.
//!
//! Usage: `prerender path/to/index.html`

use std::{env, fs, process};

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        process::exit(2);
    };
    let html = fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        process::exit(1);
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime starts");
    let view = runtime.block_on(jobmaal::prerender());
    let marker = "<body>";
    let Some(at) = html.find(marker) else {
        eprintln!("prerender: no <body> in {path}");
        process::exit(1);
    };
    let at = at + marker.len();
    let block = format!("<div id=\"{}\">{view}</div>", jobmaal::PRERENDERED_ID);
    let output = format!("{}{block}{}", &html[..at], &html[at..]);
    fs::write(&path, output).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        process::exit(1);
    });
    println!(
        "prerender: {} bytes of HTML for the default view",
        block.len()
    );
}
