//! The shared names (`jobmaal::page_names`), which the generator writes into the scripts it
//! makes, checked against the files written by hand that use them: a name changed in one place
//! and not the other fails these tests rather than a page.

use jobmaal::page_names::{
    ADDRESSED, CLASSES, COMPILED_WASM, DATA_ID, EMBEDDED, HELD, LATER_STYLE, LINKED, SHARED,
};

const BOOT: &str = include_str!("../../../static/boot.js");
const STYLE: &str = include_str!("../../../static/style.css");
const PLATFORM: &str = include_str!("../../platform.rs");

#[test]
fn the_boot_script_uses_the_shared_names() {
    assert!(BOOT.contains(&format!("document.getElementById(\"{DATA_ID}\")")));
    assert!(BOOT.contains(&format!(
        "\nvar {CLASSES} = document.documentElement.classList;"
    )));
    for class in [ADDRESSED, LINKED, HELD, SHARED, EMBEDDED] {
        assert!(
            BOOT.contains(&format!("{CLASSES}.add(\"{class}\")")),
            "{class}"
        );
    }
    assert!(BOOT.contains(&format!("window.{COMPILED_WASM} = ")));
    assert!(BOOT.contains(&format!("window.{LATER_STYLE} = () =>")));
}

#[test]
fn the_stylesheet_and_the_app_use_the_shared_names() {
    for class in [ADDRESSED, LINKED, HELD, SHARED, EMBEDDED] {
        assert!(STYLE.contains(&format!(".{class}")), "{class}");
    }
    assert!(PLATFORM.contains(&format!("add_1(\"{EMBEDDED}\")")));
    assert!(PLATFORM.contains(&format!("js_name = {LATER_STYLE}")));
}
