# make demo  - install what is missing, build the wasm module, serve www/
# make test  - every test: native, wasm in headless Chromium, the demo page, the size budget
# make bench - one table: speed, latency, cold start, size, memory, beside compromise,
#              chrono-node and mark.js (bench/run.mjs; artifacts/bench.{md,json})
# make bench-ir - instructions per byte of the native analyze() under callgrind
# make npm   - the npm package in npm/ (wasm-bindgen output + js/ wrappers)
# make fuzz  - the libFuzzer target for FUZZ_SECONDS (60) seconds; part of make test
# Each target first runs scripts/setup.sh, which installs only what lacks.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
WASM := $(TARGET_DIR)/wasm32-unknown-unknown/release/vurgu.wasm
PKG := www/pkg
PORT ?= 8080

.PHONY: build npm vite-app demo test test-native test-wasm test-e2e screenshot setup-build setup-test setup-bench clean compare bench bench-ir

build: setup-build
	cargo build --release --target wasm32-unknown-unknown --lib
	rm -rf $(PKG)/snippets
	wasm-bindgen --target web --out-dir $(PKG) --remove-name-section --remove-producers-section $(WASM)
	scripts/finish-pkg.sh $(PKG)
	cp js/*.js js/*.d.ts js/vurgu.css $(PKG)/

# The package is the module, its glue's snippets (the entity-object
# builder) and the hand-written wrappers next to it;
# npm/package.json and npm/README.md are the only files kept in git there.
npm: build
	cp $(PKG)/vurgu*.js $(PKG)/vurgu*.d.ts $(PKG)/vurgu_bg.wasm $(PKG)/vurgu.css npm/
	rm -rf npm/snippets && cp -r $(PKG)/snippets npm/

# A Vite app that imports the package, built for the page tests; tsc checks
# the package's types against a file that uses every export.
vite-app: setup-test npm
	cd tests/vite-app && npx --no-install tsc --noEmit -p . && npx --no-install vite build --logLevel warn

demo: build
	@echo "vurgu demo: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	python3 -m http.server --bind 127.0.0.1 $(PORT) --directory www

test: setup-test test-native test-robust test-wasm test-e2e test-e2e-robust fuzz

test-native:
	cargo test

.PHONY: test-robust test-e2e-robust fuzz

# The property tests optimised (a profile made from the environment, so
# Cargo.toml stays as it is) and PROPTEST_SCALE times as many cases as a
# plain cargo test runs, with the 1 MB extremes it skips.
PROPTEST_SCALE ?= 10
test-robust:
	CARGO_PROFILE_ROBUST_INHERITS=test CARGO_PROFILE_ROBUST_OPT_LEVEL=2 CARGO_PROFILE_ROBUST_DEBUG=line-tables-only \
	VURGU_PROPTEST_SCALE=$(PROPTEST_SCALE) \
	cargo test --profile robust --test properties --test robust_regressions -- --include-ignored --nocapture

# Hostile HTML, calls before init, huge input through a worker, in Chromium.
test-e2e-robust: setup-test build
	cd tests/e2e && node --test robust.test.mjs

# A bounded libFuzzer run (cargo-fuzz, installed by setup.sh); prints and
# writes artifacts/fuzz.txt, fails with a minimised input on a crash.
FUZZ_SECONDS ?= 60
fuzz: setup-test
	fuzz/run.sh $(FUZZ_SECONDS)

# Only #[wasm_bindgen_test] functions run on wasm; they live in tests/wasm*.rs.
# The runner gives a whole test file 20 s unless told otherwise.
test-wasm: setup-test
	WASM_BINDGEN_TEST_TIMEOUT=$${WASM_BINDGEN_TEST_TIMEOUT:-300} \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	cargo test --target wasm32-unknown-unknown --test 'wasm*'

# size.test.mjs holds the built module to its gzip budget.
test-e2e: setup-test build npm vite-app
	cd tests/e2e && node --test demo.test.mjs size.test.mjs
	cd tests/e2e && node --test --test-concurrency=1 embed.test.mjs elements.test.mjs worker.test.mjs csp.test.mjs package.test.mjs

# Refreshes the README's picture from the page test's screenshot.
screenshot: test-e2e
	mkdir -p docs
	cp artifacts/demo.png docs/screenshot.png

setup-build:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

setup-bench:
	scripts/setup.sh bench

clean:
	cargo clean
	rm -rf $(PKG) artifacts tests/e2e/node_modules bench/node_modules tests/vite-app/node_modules tests/vite-app/dist
	git clean -qfX npm

# Scores compromise (+ compromise-dates) and vurgu on the English dev corpus.
compare:
	cd bench/compare && npm ci --no-audit --no-fund --loglevel=error && node compare.mjs

# One run, one table (about 4 minutes; medians, see bench/run.mjs):
# wasm in headless Chromium and native, beside compromise, chrono-node, mark.js.
bench: setup-bench build
	node bench/run.mjs

# Instructions per byte of one warm native analyze() on 100 KB of each
# language, counted by callgrind: repeatable where timings are not.
bench-ir: setup-bench
	node bench/run.mjs --ir
