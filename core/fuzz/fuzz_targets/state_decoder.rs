//! The state decoder never panics; what it accepts encodes and decodes to itself.
#![no_main]

use jobmaal_core::{Catalogue, Document};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::builtin)
}

fuzz_target!(|text: &str| {
    if let Ok(document) = Document::from_json(text, catalogue()) {
        let again = Document::from_json(&document.to_json(catalogue()), catalogue()).unwrap();
        let _ = jobmaal_core::assess(catalogue(), &again);
    }
});
