# dockling: `make serve` builds and serves the playground, `make test` runs every test.
.PHONY: test checks serve dist native-test browser-test measure setup-dist setup-test wasm fuzz

WASM := target/wasm32-unknown-unknown/release/dockling.wasm
PKG := www/pkg
DIST := www/dist

# Checks first (fmt, clippy), then the native tests, then the browser tests, in that order
# even under `make -j`.
test:
	$(MAKE) checks
	$(MAKE) native-test
	$(MAKE) browser-test

checks:
	scripts/ci-checks.sh

native-test:
	cargo test --quiet

setup-dist:
	scripts/setup.sh dist

setup-test:
	scripts/setup.sh test

# The engine in release, bindings for `--target web` (without the name section: ~15% of the
# module, and panics are reported by message, not by stack), then wasm-opt when a good one exists.
wasm: setup-dist
	cargo build --release --lib --target wasm32-unknown-unknown
	rm -rf $(PKG) && wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section --out-dir $(PKG) $(WASM)
	scripts/wasm-opt.sh $(PKG)/dockling_bg.wasm

# The page: main.js bundled (xterm included), the bindings' glue kept as its own module (the page
# re-imports it to recover from a panic), the wasm and static files beside them.
dist: wasm
	rm -rf $(DIST) && mkdir -p $(DIST)
	www/node_modules/.bin/esbuild www/src/main.js --bundle --format=esm --minify --target=es2022 \
		--outfile=$(DIST)/main.js --log-level=warning
	www/node_modules/.bin/esbuild $(PKG)/dockling.js --format=esm --minify --target=es2022 \
		--outfile=$(DIST)/dockling.js --log-level=warning
	cp $(PKG)/dockling_bg.wasm www/index.html www/style.css $(DIST)/
	if [ -x scripts/check-size.sh ]; then scripts/check-size.sh; fi

serve: dist
	python3 -m http.server 8080 --bind 127.0.0.1 --directory $(DIST)

browser-test: setup-test dist
	node www/tests/run.mjs

measure: setup-test dist
	node www/measure.mjs

# Every fuzz target for SECONDS_EACH seconds (default 150); see fuzz/README.md.
fuzz:
	cargo test --quiet --test hardening -- --ignored write_fuzz_corpus
	fuzz/run-all.sh
