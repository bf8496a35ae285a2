//! The browser build keeps the linker's relocations in the app's wasm, which the build's
//! splitter (tools/split-wasm) needs to split off the parts loaded later (`src/later.rs`). Only
//! for the final link of the app: no dependency is built again.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=jobmaal=--emit-relocs");
    }
}
