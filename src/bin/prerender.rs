//! Build step (a Trunk post-build hook): renders the Goals view of every year in both languages
//! with Yew's server renderer, so goals are on screen before any script runs:
//! - the default year (`default_year` in the catalogue) in Danish into the staged `index.html` (the default page);
//! - every year and language into a page of its own beside it (`2019-da.html`,
//!   `2020-en.html`, …), which shared links and embeds open (`jobmaal::page_file`: the default
//!   page is theirs for the default year (`default_year` in the catalogue) in Danish);
//!
//! and writes the files the pages download when needed, named by their content: the English
//! texts (`english-<hash>.json`), the figures' help texts (`help-<hash>.json`) and the texts of
//! each year but the default page's (`year-2019-<hash>.json`), and the benchmark
//! (`benchmark-<hash>.txt`, `benchmark::write_compact`'s lines).
//!
//! Usage: `prerender path/to/index.html`

use std::path::Path;
use std::{env, fs, process};

use jobmaal_core::Lang;

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        process::exit(2);
    };
    let html =
        fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
    let dir = Path::new(&path).parent().unwrap_or(Path::new("."));
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
    // Each named in a meta element of its own (the template's one is replaced).
    let year_metas: String = year_files
        .iter()
        .map(|(year, file)| format!("<meta name=jobmaal-year-{year} content={file}>"))
        .collect();
    let html = match html.find("YEAR_TEXT_FILES") {
        Some(at) => {
            let start = html[..at].rfind("<meta").unwrap_or(at);
            let end = at + html[at..].find('>').unwrap_or(0) + 1;
            format!("{}{year_metas}{}", &html[..start], &html[end..])
        }
        None => fail(&format!("expected YEAR_TEXT_FILES in {path}")),
    };
    for (placeholder, count) in [
        ("PRERENDERED_YEAR", 2),
        ("PRERENDERED_LANG", 2),
        ("ENGLISH_FILE", 2),
        ("HELP_FILE", 1),
        ("BENCHMARK_FILE", 1),
        ("FILL_ADDRESS", 1),
        ("PAGE_YEARS", 1),
        ("PAGE_LANGS", 1),
        ("DEFAULT_PAGE", 1),
    ] {
        if html.matches(placeholder).count() != count {
            fail(&format!("expected {placeholder} {count} time(s) in {path}"));
        }
    }
    let years: Vec<u16> = jobmaal::catalogue().year_numbers().collect();
    let (page_years, page_langs, default_page) = page_names(&years);
    let html = html
        .replacen("PAGE_YEARS", &page_years, 1)
        .replacen("PAGE_LANGS", &page_langs, 1)
        .replacen("DEFAULT_PAGE", &default_page, 1);
    // The page's language (a release build minifies the markup: the attribute loses its quotes).
    let Some(html_tag) = ["<html lang=da>", "<html lang=\"da\">"]
        .into_iter()
        .find(|tag| html.contains(tag))
    else {
        fail(&format!("no <html lang=da> in {path}"));
    };
    let Some(body) = html.find("<body>").map(|at| at + "<body>".len()) else {
        fail(&format!("no <body> in {path}"));
    };
    // The default page keeps the template's title and description; the others get the title
    // the app gives their view, and in English an English description.
    let (Some(title_at), Some(title_end)) = (html.find("<title>"), html.find("</title>")) else {
        fail(&format!("no <title> in {path}"));
    };
    let template_title = &html[title_at..title_end + "</title>".len()];
    if !html.contains(DESCRIPTION_DA) {
        fail(&format!("no Danish description in {path}"));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime starts");
    for &year in &years {
        for lang in Lang::ALL {
            let view = runtime.block_on(jobmaal::prerender(year, lang));
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
            let block = format!(
                "{}<div id=\"{}\">{view}</div>{texts}",
                year_links(&years, year, lang),
                jobmaal::PRERENDERED_ID
            );
            let page = format!("{}{block}{}", &html[..body], &html[body..])
                .replace("PRERENDERED_YEAR", &year.to_string())
                .replace("PRERENDERED_LANG", lang.code())
                .replacen(html_tag, &format!("<html lang={}>", lang.code()), 1)
                .replace("ENGLISH_FILE", &english)
                .replace("HELP_FILE", &help)
                .replace("BENCHMARK_FILE", &benchmark);
            // Every year and language has a page by its name (`2019-en.html`), which an address
            // edited by hand may ask for; the default one is also `index.html`, without the
            // filling of the address.
            let named = {
                let page = page.replace("FILL_ADDRESS", FILL_ADDRESS);
                let title = format!("<title>{}</title>", jobmaal::goals_title(year, lang));
                let page = page.replacen(template_title, &title, 1);
                match lang {
                    Lang::Da => page,
                    Lang::En => page.replacen(DESCRIPTION_DA, DESCRIPTION_EN, 1),
                }
            };
            let mut files = vec![(format!("{}.html", page_name(year, lang)), named)];
            if jobmaal::page_file(year, lang).is_empty() {
                files.push(("index.html".to_string(), page.replace("FILL_ADDRESS", "")));
            }
            for (file, page) in files {
                fs::write(dir.join(&file), page)
                    .unwrap_or_else(|e| fail(&format!("cannot write {file}: {e}")));
                println!(
                    "prerender: {file}, {} bytes of HTML for its Goals view",
                    block.len()
                );
            }
        }
    }
    println!("prerender: {english}, {help} and {benchmark}");
    for (_, file) in &year_files {
        println!("prerender: {file}");
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

/// The name of the page of `year` in `lang`, as the head script builds it: `2019-en`, the page
/// `2019-en.html`.
fn page_name(year: u16, lang: Lang) -> String {
    format!("{year}-{}", lang.code())
}

/// For the head script, which sends an address asking for another year or language than its
/// page shows to that year's and language's page, whose goals show at once: the years
/// (`2018|2019|2020`) and languages (`da|en`) of the pages, and the name of the default page
/// (its file is `./`: an address of only a query would stay where it is). Links made by the app
/// (`jobmaal::page_file`) must name the same pages.
fn page_names(years: &[u16]) -> (String, String, String) {
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
    (years.join("|"), langs.join("|"), default)
}

/// For the head script of the pages of other years and languages: a page opened without its
/// year, language or view in the address gets them there, so the app shows what the page does.
/// Not the year when the address brings shared figures: the app then takes theirs.
const FILL_ADDRESS: &str =
    "for (var k in shown) if (!q.has(k) && !(k == \"year\" && /[#&][sz]=/.test(location.hash))) { q.set(k, shown[k]); var filled = 1; }
      if (filled) history.replaceState(null, \"\", \"?\" + q + location.hash);";

/// The page's description in `index.html`, and in English for the English pages.
const DESCRIPTION_DA: &str =
    "Se kommunens tal over for beskæftigelsesministerens beskæftigelsespolitiske mål 2018–2024.";
const DESCRIPTION_EN: &str = "See the municipality's figures against the Minister of Employment's employment-policy goals 2018–2024.";

/// The benchmark as the app downloads it (`benchmark::write_compact`), from the project's
/// copies of the data, checked first (one row per municipality, period and group; ranks 1–98):
/// the build fails rather than ship a table that does not hold.
fn benchmark_file() -> String {
    use jobmaal_core::benchmark::{check, read_benchmark, read_municipalities, write_compact};
    let municipalities = read_municipalities(include_str!("../../core/data/municipalities.csv"))
        .unwrap_or_else(|e| fail(&format!("municipalities.csv: {e}")));
    let rows = read_benchmark(include_str!("../../core/data/benchmark-y30r21.csv"))
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
    eprintln!("prerender: {message}");
    process::exit(1);
}

/// The 64-bit FNV-1a hash of `bytes`: a file name that changes with its content.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
