//! The number parser never panics, and what it reads is finite and reads back the same from
//! its own writing (within the range a figure of that kind may have: a percentage is 0–100).
#![no_main]

use jobmaal_core::Lang;
use jobmaal_core::number::{NumberKind, format_for_input, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for kind in [NumberKind::Count, NumberKind::Percent, NumberKind::Kroner] {
        if let Ok(Some(value)) = parse(text, kind) {
            assert!(value.is_finite());
            let limit = if kind == NumberKind::Percent { 100.0 } else { 1e12 };
            if (0.0..=limit).contains(&value) {
                for lang in [Lang::Da, Lang::En] {
                    let written = format_for_input(value, lang);
                    let read = parse(&written, kind).unwrap().unwrap();
                    assert!((read - value).abs() <= 1e-6 * value.max(1.0), "{text} → {written} → {read}");
                }
            }
        }
    }
});
