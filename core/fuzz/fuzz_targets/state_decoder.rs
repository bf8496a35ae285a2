//! The state decoder never panics; what it accepts encodes and decodes to itself.
#![no_main]

use jobmaal_core::{Catalogue, Document};
use libfuzzer_sys::fuzz_target;

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

fuzz_target!(|text: &str| {
    if let Ok(document) = Document::from_json(text, catalogue()) {
        let again = Document::from_json(&document.to_json(catalogue()), catalogue()).unwrap();
        let _ = jobmaal_core::assess(catalogue(), &again);
    }
});
