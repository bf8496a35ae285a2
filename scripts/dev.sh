#!/usr/bin/env bash
# Jobmål's one entry point for developers and CI.
#
#   scripts/dev.sh serve                 install what is missing, serve on http://127.0.0.1:8080
#   scripts/dev.sh test                  install what is missing, run every check and test
#   scripts/dev.sh publish [PUBLIC_URL]  release build into dist/ for a (sub-)path, e.g. /jobmaal/
#   scripts/dev.sh bench                 size and speed against a static floor and a Yew counter
#
# Installing is idempotent: each tool is checked first and installed only when missing or at
# the wrong version. Nothing is downloaded but from crates.io, npm, Debian's packages and (the
# pinned Rust toolchain, when missing) rustup's own server.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true

TRUNK_VERSION=0.21.14

log() { printf '\n== %s\n' "$*" >&2; }

# Seconds since $1 (an epoch second), for the timing lines.
since() { echo $(( $(date +%s) - $1 )); }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The toolchain named in rust-toolchain.toml, with its components and the wasm32 target.
ensure_toolchain() {
  if ! rustup run "$(toolchain)" rustc --version >/dev/null 2>&1 \
    || ! rustup target list --installed --toolchain "$(toolchain)" | grep -qx wasm32-unknown-unknown; then
    log "installing Rust $(toolchain) (rust-toolchain.toml)"
    rustup toolchain install "$(toolchain)" --profile minimal \
      --component rustfmt,clippy --target wasm32-unknown-unknown
  fi
}

toolchain() {
  awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    log "installing wasm-bindgen-cli $want"
    # Not --locked: its lockfile may name versions a lagging index does not have yet.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# npm packages (playwright-core, axe-core, binaryen's wasm-opt) exactly as in the lockfile.
ensure_npm() {
  local stamp=node_modules/.jobmaal-lock
  if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
}

ensure_chromium() {
  # A browser named by CHROMIUM (e.g. Google Chrome on GitHub's runners) is used as it is.
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then
    return
  fi
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

setup_build() {
  local start
  start=$(date +%s)
  ensure_toolchain
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm
  cargo fetch --quiet
  log "build tools ready ($(since "$start") s)"
}

cmd_serve() {
  setup_build
  exec trunk serve --offline
}

cmd_publish() {
  local public_url=${1:-./}
  setup_build
  trunk build --release --offline --public-url "$public_url"
  log "dist/ is ready for $public_url"
}

# Runs one named step, records whether it passed; later steps still run.
PASSED=()
FAILED=()
SKIPPED=()
step() {
  local name=$1
  shift
  local start
  start=$(date +%s)
  log "$name"
  if "$@"; then
    PASSED+=("$name")
    log "$name: ok ($(since "$start") s)"
  else
    FAILED+=("$name")
    log "$name: FAILED ($(since "$start") s)"
  fi
}

# The core crate must stay free of web crates, so it is tested natively.
check_core_has_no_web_dependency() {
  local web
  web=$(cargo tree -p jobmaal-core -e normal,build --prefix none --format '{p}' \
    | grep -E '^(yew|web-sys|js-sys|gloo|wasm-bindgen)[ -]' || true)
  if [ -n "$web" ]; then
    echo "jobmaal-core depends on web crates:" >&2
    echo "$web" >&2
    return 1
  fi
}

# Tests that check the project's files against sources that live outside the repository
# (../shared beside the checkout, or where an environment variable says): run with --ignored
# when the folder is there, otherwise named as skipped, with the reason.
#   tests_against_sources NAME VARIABLE DEFAULT_DIR TEST_TARGET WHAT
tests_against_sources() {
  local name=$1 variable=$2 what=$5
  local dir=${!variable:-$3}
  if [ -d "$dir" ]; then
    step "$name" env "$variable=$(cd "$dir" && pwd)" \
      cargo test -p jobmaal-core --test "$4" --quiet -- --ignored
  else
    local why="$name (no $what at $dir; set $variable to run them)"
    log "skipped: $why"
    SKIPPED+=("$why")
  fi
}

browser_tests() {
  if [ ! -f dist/index.html ]; then
    echo "no dist/: the release build failed" >&2
    return 1
  fi
  node --test --test-concurrency=1 tests/browser/
}

cmd_test() {
  local start
  start=$(date +%s)
  setup_build
  ensure_chromium
  step "rustfmt" cargo fmt --all -- --check
  step "clippy" cargo clippy --workspace --all-targets --quiet -- -D warnings
  step "clippy (page generator)" env CARGO_TARGET_DIR=target/prerender \
    cargo clippy -p jobmaal --features ssr --bins --tests --quiet -- -D warnings
  step "core has no web dependency" check_core_has_no_web_dependency
  step "native tests" cargo test --workspace --no-fail-fast --quiet
  # The page generator (src/bin/pages) is built only with the server renderer (`ssr`).
  step "page generator tests" env CARGO_TARGET_DIR=target/prerender \
    cargo test -p jobmaal --features ssr --bin pages --quiet
  # The catalogue's quotations against the source documents; the public data against its files.
  tests_against_sources "source-document tests" JOBMAAL_SEEDS "$ROOT/../shared/seeds" seeds "source documents"
  tests_against_sources "source-data tests" JOBMAAL_DATA "$ROOT/../shared/data" data "source files"
  step "build-step tests" node --test tests/build/
  rm -rf dist
  step "release build" trunk build --release --offline
  step "browser tests" browser_tests
  # `serve` still works: a debug build through the same steps, served with live reload.
  step "development server" node --test tests/dev/
  echo
  echo "steps passed: ${PASSED[*]:-none}"
  echo "steps failed: ${FAILED[*]:-none}"
  for skipped in "${SKIPPED[@]}"; do echo "step skipped: $skipped"; done
  echo "total time: $(since "$start") s"
  echo "summary: ${#PASSED[@]} passed, ${#FAILED[@]} failed, ${#SKIPPED[@]} skipped"
  [ ${#FAILED[@]} -eq 0 ]
}

cmd_bench() {
  setup_build
  ensure_chromium
  trunk build --release --offline
  (cd bench/counter && trunk build --release --offline)
  node scripts/bench.mjs
}

case "${1:-}" in
  serve) cmd_serve ;;
  test) cmd_test ;;
  publish) shift; cmd_publish "$@" ;;
  bench) cmd_bench ;;
  *)
    echo "usage: scripts/dev.sh serve | test | publish [PUBLIC_URL] | bench" >&2
    exit 2
    ;;
esac
