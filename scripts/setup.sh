#!/usr/bin/env bash
# Installs what `make build` (and, with the argument `test`, `make test`;
# with `bench`, `make bench`) needs and this machine lacks. Every step
# checks first, so a second run takes a second. Assumes rustup, node 20 +
# npm and python3, as on a fresh Debian 12 developer or CI machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# The CLI must be exactly the library's version: the two share an ABI that
# changes between releases. Cargo.lock is where that version is decided.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  echo "setup: wasm-bindgen is not in Cargo.lock" >&2
  exit 1
fi
version_of() { "$1" --version 2>/dev/null | awk '{ print $2 }' || true; }
if [ "$(version_of wasm-bindgen)" != "$want" ] || [ "$(version_of wasm-bindgen-test-runner)" != "$want" ]; then
  # No --locked: the CLI's own lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$want"
fi

[ "$mode" = test ] || [ "$mode" = bench ] || exit 0

# Tests drive the distribution's Chromium; no tool may fetch a browser of its own.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# npm ci wipes node_modules, so only run it when the lockfile changed.
e2e=tests/e2e
if ! cmp -s "$e2e/package-lock.json" "$e2e/node_modules/.vurgu-installed-lock"; then
  (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp "$e2e/package-lock.json" "$e2e/node_modules/.vurgu-installed-lock"
fi

# The Vite example app that make vite-app builds and type-checks (vite and
# typescript, pinned by its lockfile; the package itself is linked from npm/).
vite=tests/vite-app
if [ "$mode" = test ] && ! cmp -s "$vite/package-lock.json" "$vite/node_modules/.vurgu-installed-lock"; then
  (cd "$vite" && npm ci --no-audit --no-fund)
  cp "$vite/package-lock.json" "$vite/node_modules/.vurgu-installed-lock"
fi

# make fuzz (part of make test) runs the libFuzzer target with cargo-fuzz
# (about a minute to install; its nightly flags pass via RUSTC_BOOTSTRAP).
fuzz_want=0.13.2
if [ "$mode" = test ] && [ "$(cargo fuzz --version 2>/dev/null | awk '{ print $2 }' || true)" != "$fuzz_want" ]; then
  cargo install cargo-fuzz --version "$fuzz_want"
fi

[ "$mode" = bench ] || exit 0

# make bench-ir (and the instruction rows of make bench) count with callgrind.
if ! command -v valgrind >/dev/null; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y valgrind
fi

b=bench
if ! cmp -s "$b/package-lock.json" "$b/node_modules/.vurgu-installed-lock"; then
  (cd "$b" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp "$b/package-lock.json" "$b/node_modules/.vurgu-installed-lock"
fi
