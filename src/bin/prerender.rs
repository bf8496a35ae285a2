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
    // The head's script compares the address with the year this view shows.
    let year = jobmaal::catalogue().newest_year().year.to_string();
    if !output.contains("PRERENDERED_YEAR") {
        eprintln!("prerender: no PRERENDERED_YEAR in {path}");
        process::exit(1);
    }
    let output = output.replace("PRERENDERED_YEAR", &year);
    fs::write(&path, output).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        process::exit(1);
    });
    println!(
        "prerender: {} bytes of HTML for the default view",
        block.len()
    );
}
