//! Jobmål in the browser: mounts the app. Everything else lives in the library.

fn main() {
    jobmaal::start();
}
