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
    // The English texts, downloaded when English is chosen, under a name that changes with
    // them (a cached file of another build would put texts in the wrong places).
    let english = jobmaal::english_file();
    let name = format!("english-{:016x}.json", fnv1a(english.as_bytes()));
    let dir = std::path::Path::new(&path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    fs::write(dir.join(&name), &english).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {name}: {e}");
        process::exit(1);
    });
    if output.matches("ENGLISH_FILE").count() != 2 {
        eprintln!("prerender: expected ENGLISH_FILE twice in {path}");
        process::exit(1);
    }
    let output = output.replace("ENGLISH_FILE", &name);
    // The figures' help texts, downloaded when the form is first shown, named the same way.
    let help = jobmaal::help_file();
    let help_name = format!("help-{:016x}.json", fnv1a(help.as_bytes()));
    fs::write(dir.join(&help_name), &help).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {help_name}: {e}");
        process::exit(1);
    });
    if !output.contains("HELP_FILE") {
        eprintln!("prerender: expected HELP_FILE in {path}");
        process::exit(1);
    }
    let output = output.replace("HELP_FILE", &help_name);
    fs::write(&path, output).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        process::exit(1);
    });
    println!(
        "prerender: {} bytes of HTML for the default view; {name}, {} bytes",
        block.len(),
        english.len()
    );
}

/// The 64-bit FNV-1a hash of `bytes`: a file name that changes with its content.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
