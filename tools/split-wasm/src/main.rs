//! Build step (the first of Trunk's post-build hook, see Trunk.toml): splits the app's wasm at
//! its split points (`#[wasm_split]`, `src/later.rs`) into the first module, which every page
//! downloads, and the parts a page downloads when it first needs them.
//!
//! Trunk cannot split (it runs wasm-bindgen on the whole module), so this takes the linker's
//! output (with relocations, `build.rs`) and does what Trunk would have done, in order:
//! 1. split it (`wasm_split_cli_support`, the splitter behind Leptos's lazy routes);
//! 2. run wasm-bindgen on the first module (`--keep-lld-exports`: the parts call into it);
//! 3. in release builds, run wasm-opt on every module (Trunk's own pass is off:
//!    `data-wasm-opt="0"` in index.html, as its work would be thrown away here);
//! 4. put the splitter's loader into wasm-bindgen's glue, each part named by its content, and
//!    write the glue and the first module over Trunk's, named by their content. The pages that
//!    name them are written later, by the page generator (src/bin/pages), from these files.
//!
//! Usage: `split-wasm TARGET_WASM STAGING_DIR PROFILE` (PROFILE: `release` or `debug`).

mod link;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs, process, thread};

use link::Unexpected;

/// wasm-opt's settings for every module (ARCHITECTURE.md, "Size and speed", says why the
/// inlining limits; the custom sections are said below). bench/counter's index.html gives
/// Trunk the same for the framework floor.
const WASM_OPT_FLAGS: &[&str] = &[
    "-Os",
    "--converge",
    "--low-memory-unused",
    "--one-caller-inline-max-function-size=150",
    "--always-inline-max-function-size=4",
    // Custom sections the browser does not read (who built it, which features it uses).
    "--strip-producers",
    "--strip-target-features",
];

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [target_wasm, staging, profile] = args.as_slice() else {
        eprintln!("usage: split-wasm TARGET_WASM STAGING_DIR release|debug");
        process::exit(2);
    };
    let release = match profile.as_str() {
        "release" => true,
        "debug" => false,
        other => fail("arguments", &format!("unknown profile {other}")),
    };
    let staging = Path::new(staging);
    let work = Path::new(target_wasm)
        .parent()
        .unwrap_or(Path::new("."))
        .join("split");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).unwrap_or_else(|e| fail("work folder", &e.to_string()));

    let trunk = step("Trunk's output", || find_trunk_output(staging));
    let input =
        fs::read(target_wasm).unwrap_or_else(|e| fail("read", &format!("{target_wasm}: {e}")));
    let parts = step("split", || split(&input, &work));
    step("wasm-bindgen", || bindgen(&work));
    let main_wasm = work.join("bindgen/jobmaal_bg.wasm");
    if release {
        step("wasm-opt", || optimise(&main_wasm, &parts));
    }
    let (glue, names) = step("link", || link_glue(&work, &parts));
    let stem = step("write", || {
        write(staging, &trunk, &glue, &main_wasm, &parts, &names)
    });
    println!(
        "split-wasm: {stem}_bg.wasm and {} part(s): {}",
        names.len(),
        names.join(", ")
    );
}

/// The names Trunk gave the glue and the wasm in the staging folder (`jobmaal-<hash>.js`,
/// `jobmaal-<hash>_bg.wasm`), replaced here.
struct TrunkOutput {
    glue: String,
    wasm: String,
}

fn find_trunk_output(staging: &Path) -> Result<TrunkOutput, Unexpected> {
    let entries = fs::read_dir(staging).map_err(|e| Unexpected(e.to_string()))?;
    let glue: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| {
            name.strip_prefix("jobmaal-")
                .and_then(|rest| rest.strip_suffix(".js"))
                .is_some_and(|hash| hash.chars().all(|c| c.is_ascii_hexdigit()))
        })
        .collect();
    let [glue] = glue.as_slice() else {
        return Err(Unexpected(format!(
            "one jobmaal-<hash>.js in {}, found {glue:?}",
            staging.display()
        )));
    };
    let wasm = glue.replace(".js", "_bg.wasm");
    if !staging.join(&wasm).is_file() {
        return Err(Unexpected(format!("{wasm} beside {glue}")));
    }
    Ok(TrunkOutput {
        glue: glue.clone(),
        wasm,
    })
}

/// A part's file before and after naming: the splitter's stem (`split_views`) and its path.
struct Part {
    stem: String,
    path: PathBuf,
}

fn split(input: &[u8], work: &Path) -> Result<Vec<Part>, Unexpected> {
    let main_out = work.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(input);
    options.output_dir = work;
    options.main_out_path = &main_out;
    options.link_name = link::LINK_MODULE;
    options.main_module = "./main.js";
    options.target.web();
    let split =
        wasm_split_cli_support::transform(options).map_err(|e| Unexpected(format!("{e:#}")))?;
    if split.split_modules.is_empty() {
        return Err(Unexpected("a split point in the app (src/later.rs)".into()));
    }
    // The splitter writes a file for a part with no code of its own too; the loader skips it.
    let parts = split
        .split_modules
        .into_iter()
        .filter(|path| fs::metadata(path).is_ok_and(|m| m.len() > 0))
        .map(|path| Part {
            stem: path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string(),
            path,
        })
        .collect();
    Ok(parts)
}

fn bindgen(work: &Path) -> Result<(), Unexpected> {
    let out_dir = format!("--out-dir={}", work.join("bindgen").display());
    run(Command::new("wasm-bindgen").args([
        "--target=web",
        &out_dir,
        "--out-name=jobmaal",
        "--no-typescript",
        "--keep-lld-exports",
        &work.join("main.wasm").to_string_lossy(),
    ]))
}

/// wasm-opt on the first module and every part, two at a time (the build machines have two
/// cores; the first module takes most of the time).
fn optimise(main_wasm: &Path, parts: &[Part]) -> Result<(), Unexpected> {
    let opt = |path: &Path| {
        let file = path.to_string_lossy().to_string();
        run(Command::new("wasm-opt")
            .args(WASM_OPT_FLAGS)
            .args([&file, "-o", &file]))
    };
    thread::scope(|scope| {
        let main = scope.spawn(|| opt(main_wasm));
        parts.iter().try_for_each(|part| opt(&part.path))?;
        main.join()
            .unwrap_or_else(|_| Err(Unexpected("wasm-opt's thread ended".into())))
    })
}

/// The glue with the loader in it, and the parts' names by content.
fn link_glue(work: &Path, parts: &[Part]) -> Result<(String, Vec<String>), Unexpected> {
    let read = |path: PathBuf| {
        fs::read_to_string(&path).map_err(|e| Unexpected(format!("{}: {e}", path.display())))
    };
    let mut loader = link::instantiate_any_type(&read(work.join(link::LINK_MODULE))?)?;
    let mut names = Vec::new();
    for part in parts {
        let bytes = fs::read(&part.path).map_err(|e| Unexpected(e.to_string()))?;
        let name = link::hashed_name(&part.stem, &bytes);
        loader = link::rename_split_file(&loader, &part.stem, &name)?;
        names.push(name);
    }
    let glue = link::inline_loader(&read(work.join("bindgen/jobmaal.js"))?, &loader)?;
    Ok((glue, names))
}

fn write(
    staging: &Path,
    trunk: &TrunkOutput,
    glue: &str,
    main_wasm: &Path,
    parts: &[Part],
    names: &[String],
) -> Result<String, Unexpected> {
    let io = |e: std::io::Error| Unexpected(e.to_string());
    let wasm = fs::read(main_wasm).map_err(io)?;
    // Trunk named the first module by its own output, before the split and wasm-opt: named
    // again here by what is written, so that a changed module never keeps a cached name.
    let stem = link::content_stem(glue.as_bytes(), &wasm);
    let (glue_name, wasm_name) = (format!("{stem}.js"), format!("{stem}_bg.wasm"));
    for old in [&trunk.glue, &trunk.wasm] {
        fs::remove_file(staging.join(old)).map_err(io)?;
    }
    fs::write(staging.join(&glue_name), glue).map_err(io)?;
    fs::write(staging.join(&wasm_name), &wasm).map_err(io)?;
    for (part, name) in parts.iter().zip(names) {
        fs::copy(&part.path, staging.join(name)).map_err(io)?;
    }
    Ok(stem)
}

fn run(command: &mut Command) -> Result<(), Unexpected> {
    let shown = format!("{command:?}");
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(Unexpected(format!(
            "{shown} to succeed; it ended with {status}"
        ))),
        Err(e) => Err(Unexpected(format!("{shown} to start: {e}"))),
    }
}

/// Runs one named step; its failure ends the build with the step's name.
fn step<T>(name: &str, f: impl FnOnce() -> Result<T, Unexpected>) -> T {
    f().unwrap_or_else(|Unexpected(what)| fail(name, &format!("expected {what}")))
}

fn fail(step: &str, message: &str) -> ! {
    eprintln!("split-wasm: {step}: {message}");
    process::exit(1);
}
