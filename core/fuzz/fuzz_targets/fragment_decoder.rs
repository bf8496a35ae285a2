//! The URL-fragment decoder never panics, on text that looks like a link or not.
#![no_main]

use jobmaal_core::{Catalogue, Document};
use libfuzzer_sys::fuzz_target;

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let _ = Document::from_fragment(&text, catalogue());
    // The same bytes as a well-formed link, so the decoder past base64 is reached.
    let link = format!("#s={}", jobmaal_core::document::base64url_encode(bytes));
    let _ = Document::from_fragment(&link, catalogue());
});
