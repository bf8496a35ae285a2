//! The page generator (the last step of Trunk's post-build hook, Trunk.toml): writes every page
//! of the site whole, each with the Goals view of its year and language rendered by Yew's
//! server renderer, so goals are on screen before any script runs:
//! - the default year (`default_year` in the catalogue) in Danish as `index.html` (the default
//!   page);
//! - every year and language as a page of its own beside it (`2019-da.html`, `2020-en.html`,
//!   …), which shared links and embeds open (`jobmaal::page_file`: the default page is theirs
//!   for the default year in Danish).
//!
//! Each page is written from the files the earlier steps left in the staging folder (`staged`)
//! and the names it shares with the boot script and the app (`jobmaal::page_names`, checked in
//! `names`): its data block and boot script (static/boot.js), the script that requests the
//! app's wasm and the loader with wasm-bindgen's glue in it, its stylesheet, and its policy
//! with the hashes of exactly those scripts and that style (`page`).
//! Trunk's own page (the template, index.html) gives only its body: its live-reload script
//! under `trunk serve`. The glue, the stylesheet and the boot script are in every page, so
//! their files go.
//!
//! It also writes the files the pages download when needed, named by their content: the
//! English texts (`english-<hash>.json`), the figures' help texts (`help-<hash>.json`), the
//! texts of each year but the default page's (`year-2019-<hash>.json`), and the benchmark
//! (`benchmark-<hash>.txt`, `benchmark::write_compact`'s lines).
//!
//! Usage: `pages STAGING_DIR PROFILE` (PROFILE: `release`, or another for a development build).

#[cfg(test)]
mod names;
mod page;
mod staged;

use std::path::Path;
use std::{env, fs, process};

use jobmaal_core::Lang;

use page::{Page, PageData};
use staged::{BOOT_SCRIPT, Staged};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [dir, profile] = args.as_slice() else {
        eprintln!("usage: pages STAGING_DIR PROFILE");
        process::exit(2);
    };
    let release = profile == "release";
    let dir = Path::new(dir);
    let read = |name: &str| {
        fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| fail(&format!("cannot read {name}: {e}")))
    };
    let listing: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("cannot list {}: {e}", dir.display())))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    let staged = Staged::find(&listing).unwrap_or_else(|what| fail(&format!("expected {what}")));
    let template = read("index.html");
    let trunk_body = page::trunk_body(&template);
    let boot = read(BOOT_SCRIPT);
    let style = read(&staged.style);
    if style.contains("</style") {
        fail(&format!("expected no </style> in {}", staged.style));
    }
    let loader = page::loader(&read(&staged.glue), &staged.wasm)
        .unwrap_or_else(|what| fail(&format!("expected {what} ({})", staged.glue)));

    let english = write_named(dir, "english", "json", &jobmaal::english_file());
    let help = write_named(dir, "help", "json", &jobmaal::help_file());
    let benchmark = write_named(dir, "benchmark", "txt", &benchmark_file());
    // Each year the browser downloads the texts of (every year but the default page's): the
    // year, then its texts.
    let year_files: Vec<(u16, String)> = jobmaal_core::FETCHED_YEARS
        .iter()
        .map(|&(year, _)| {
            let file =
                year_texts_list(year).unwrap_or_else(|| fail(&format!("no texts for {year}")));
            (
                year,
                write_named(dir, &format!("year-{year}"), "json", &file),
            )
        })
        .collect();
    // The meta elements the app reads the files' names from (src/platform.rs).
    let file_metas = format!(
        "<meta content={english} name=jobmaal-english><meta content={help} name=jobmaal-help><meta content={benchmark} name=jobmaal-benchmark>{}",
        year_files
            .iter()
            .map(|(year, file)| format!("<meta name=jobmaal-year-{year} content={file}>"))
            .collect::<String>()
    );
    let years: Vec<u16> = jobmaal::catalogue().year_numbers().collect();
    let (pages, home) = pages_and_home(&years);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime starts");
    for &year in &years {
        for lang in Lang::ALL {
            let rendered = runtime.block_on(jobmaal::prerender(year, lang));
            // A year whose texts the app downloads when chosen carries them on its own page, so
            // the app shown there needs no request for them (they repeat the view's words, so
            // they cost little once compressed).
            let texts = match year_texts_list(year) {
                Some(list) => format!(
                    "<script type=application/json id={}>{list}</script>",
                    jobmaal::YEAR_TEXTS_ID
                ),
                None => String::new(),
            };
            let view = format!(
                "{}<div id=\"{}\">{rendered}</div>{texts}",
                year_links(&years, year, lang),
                jobmaal::PRERENDERED_ID
            );
            let title = jobmaal::goals_title(year, lang);
            let description = match lang {
                Lang::Da => DESCRIPTION_DA,
                Lang::En => DESCRIPTION_EN,
            };
            let data = PageData {
                year,
                lang: lang.code(),
                pages: &pages,
                home: &home,
                fill: true,
                english: (lang == Lang::En).then_some(english.as_str()),
                later_style: &staged.later_style,
                wasm: &staged.wasm,
                parts: &staged.parts,
            };
            let named = Page {
                lang: lang.code(),
                title: &title,
                description,
                data: &data,
                boot: &boot,
                file_metas: &file_metas,
                icon: &staged.icon,
                style: &style,
                view: &view,
                loader: &loader,
                trunk_body,
                release,
            };
            // Every year and language has a page by its name (`2019-en.html`), which an address
            // edited by hand may ask for; the default one is also `index.html`, with the site's
            // title, and without the filling of the address.
            let mut files = vec![(format!("{}.html", page_name(year, lang)), named.html())];
            if jobmaal::page_file(year, lang).is_empty() {
                let data = PageData {
                    fill: false,
                    ..data
                };
                let index = Page {
                    title: TITLE,
                    data: &data,
                    ..named
                };
                files.push(("index.html".to_string(), index.html()));
            }
            for (file, html) in files {
                fs::write(dir.join(&file), html)
                    .unwrap_or_else(|e| fail(&format!("cannot write {file}: {e}")));
                println!(
                    "pages: {file}, {} bytes of HTML for its Goals view",
                    view.len()
                );
            }
        }
    }
    for name in [&staged.glue, &staged.style, BOOT_SCRIPT] {
        fs::remove_file(dir.join(name))
            .unwrap_or_else(|e| fail(&format!("cannot remove {name}: {e}")));
    }
    println!(
        "pages: {} and {} in every page, their policy allowing them by their hashes{}",
        staged.glue,
        staged.style,
        match release {
            true => "",
            false => " (a development build: every inline script)",
        }
    );
    println!("pages: {english}, {help} and {benchmark}");
    for (_, file) in &year_files {
        println!("pages: {file}");
    }
}

/// The texts of `year` as the browser takes them (a JSON list: the year, then its texts), for
/// its file and its page; `None` for the default page's year (its texts are in the app).
fn year_texts_list(year: u16) -> Option<String> {
    let texts = jobmaal_core::year_texts(year)?;
    let year = year.to_string();
    let list: Vec<&str> = std::iter::once(year.as_str())
        .chain(texts.iter().copied())
        .collect();
    Some(jobmaal::text_list_file(&list))
}

/// Without JavaScript the year picker does nothing: a line of links to every year's page in
/// the same language, the page's own year marked, shown only then.
fn year_links(years: &[u16], shown: u16, lang: Lang) -> String {
    let links: Vec<String> = years
        .iter()
        .map(|&year| match year == shown {
            true => format!("<strong aria-current=page>{year}</strong>"),
            false => format!("<a href=\"{}.html\">{year}</a>", page_name(year, lang)),
        })
        .collect();
    let label = match lang {
        Lang::Da => "Målår",
        Lang::En => "Goal year",
    };
    format!(
        "<noscript><nav class=noscript-years aria-label=\"{label}\"><p>{label}: {}</p></nav></noscript>",
        links.join(" · ")
    )
}

/// The name of the page of `year` in `lang`, as the boot script builds it: `2019-en`, the page
/// `2019-en.html`.
fn page_name(year: u16, lang: Lang) -> String {
    format!("{year}-{}", lang.code())
}

/// For the boot script, which sends an address asking for another year or language than its
/// page shows to that year's and language's page, whose goals show at once: a pattern of the
/// names of the pages (`^(2018|2019|2020)-(da|en)$`), and the name of the default page (its
/// file is `./`: an address of only a query would stay where it is). Links made by the app
/// (`jobmaal::page_file`) must name the same pages.
fn pages_and_home(years: &[u16]) -> (String, String) {
    let mut default = None;
    for &year in years {
        for lang in Lang::ALL {
            let name = page_name(year, lang);
            match jobmaal::page_file(year, lang) {
                file if file.is_empty() => default = Some(name),
                file if file == format!("{name}.html") => {}
                file => fail(&format!("the app links to {file} for the page {name}.html")),
            }
        }
    }
    let years: Vec<String> = years.iter().map(u16::to_string).collect();
    let langs = Lang::ALL.map(|lang| lang.code().to_string());
    let default = default.unwrap_or_else(|| fail("no default page"));
    (
        format!("^({})-({})$", years.join("|"), langs.join("|")),
        default,
    )
}

/// The default page's title (the others have their view's, as the app gives it).
const TITLE: &str = "Jobmål – beskæftigelsespolitiske mål";

/// The page's description in Danish, and in English for the English pages.
const DESCRIPTION_DA: &str =
    "Se kommunens tal over for beskæftigelsesministerens beskæftigelsespolitiske mål 2018–2024.";
const DESCRIPTION_EN: &str = "See the municipality's figures against the Minister of Employment's employment-policy goals 2018–2024.";

/// The benchmark as the app downloads it (`benchmark::write_compact`), from the project's
/// copies of the data, checked first (one row per municipality, period and group; ranks 1–98):
/// the build fails rather than ship a table that does not hold.
fn benchmark_file() -> String {
    use jobmaal_core::benchmark::{check, read_benchmark, read_municipalities, write_compact};
    let municipalities = read_municipalities(include_str!("../../../core/data/municipalities.csv"))
        .unwrap_or_else(|e| fail(&format!("municipalities.csv: {e}")));
    let rows = read_benchmark(include_str!("../../../core/data/benchmark-y30r21.csv"))
        .unwrap_or_else(|e| fail(&format!("benchmark-y30r21.csv: {e}")));
    check(&rows, &municipalities).unwrap_or_else(|e| fail(&format!("benchmark-y30r21.csv: {e}")));
    write_compact(&rows, &municipalities)
        .unwrap_or_else(|| fail("benchmark-y30r21.csv: a share with more than two decimals"))
}

/// Writes `content` into `dir` as `<stem>-<hash>.<extension>`, a name that changes with it (a
/// cached file of another build would put texts in the wrong places); returns the name.
fn write_named(dir: &Path, stem: &str, extension: &str, content: &str) -> String {
    let name = format!("{stem}-{:016x}.{extension}", fnv1a(content.as_bytes()));
    fs::write(dir.join(&name), content)
        .unwrap_or_else(|e| fail(&format!("cannot write {name}: {e}")));
    name
}

fn fail(message: &str) -> ! {
    eprintln!("pages: {message}");
    process::exit(1);
}

/// The 64-bit FNV-1a hash of `bytes`: a file name that changes with its content.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
