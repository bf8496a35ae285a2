//! The JSON import path as the app runs it on a chosen file: bytes decoded as UTF-8 with
//! replacement (as `File.text()` does), refused over 256 KiB, then decoded; never panics, and an
//! accepted file is assessed for every year.
#![no_main]

use jobmaal_core::document::MAX_BYTES;
use jobmaal_core::{Catalogue, Document, assess};
use libfuzzer_sys::fuzz_target;

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

fuzz_target!(|bytes: &[u8]| {
    if bytes.len() > MAX_BYTES {
        return;
    }
    let text = String::from_utf8_lossy(bytes);
    if let Ok(mut document) = Document::from_json(&text, catalogue()) {
        for year in [2018, 2019, 2020] {
            document.year = year;
            let _ = assess(catalogue(), &document);
            let _ = jobmaal_core::csv::gap_table(catalogue(), &document, jobmaal_core::csv::Dialect::DanishExcel);
        }
    }
});
