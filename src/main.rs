//! Jobmål in the browser: mounts the app. Everything else lives in the library.

// The browser's allocator (see Cargo.toml). The app is single-threaded WebAssembly.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    jobmaal::start();
}
