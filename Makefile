# dockling: `make serve` builds and serves the playground, `make test` runs every test.
.PHONY: test checks serve dist native-test browser-test measure setup-dist setup-test wasm fuzz size stress screenshots

WASM := target/wasm32-unknown-unknown/release/dockling.wasm
PKG := www/pkg
PKG_FULL := www/pkg-full
DIST := www/dist

# Checks first (fmt, clippy), then the native tests, the download budgets, then the browser
# tests, in that order even under `make -j`.
test:
	$(MAKE) checks
	$(MAKE) native-test
	$(MAKE) size
	$(MAKE) browser-test

checks:
	scripts/ci-checks.sh

native-test:
	cargo test --quiet
	cargo test --quiet --no-default-features --test core_parity

setup-dist:
	scripts/setup.sh dist

setup-test:
	scripts/setup.sh test

# The engine in release, bindings for `--target web` (without the name section: ~15% of the
# module, and panics are reported by message, not by stack). No wasm-opt: binaryen 132's -Oz
# makes this module 5% bigger gzipped (BENCHMARKS.md, Sizes). Two builds: the full one
# ($(PKG_FULL)) and the lean `core` one the page loads first ($(PKG), `--no-default-features`,
# src/lean.rs); both have the same bindings, so one glue serves both.
BINDGEN := wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section
wasm: setup-dist
	cargo build --release --lib --target wasm32-unknown-unknown
	rm -rf $(PKG_FULL) && $(BINDGEN) --out-dir $(PKG_FULL) $(WASM)
	cargo build --release --lib --target wasm32-unknown-unknown --no-default-features
	rm -rf $(PKG) && $(BINDGEN) --out-dir $(PKG) $(WASM)
	cmp -s $(PKG)/dockling.js $(PKG_FULL)/dockling.js || { echo "make wasm: the core and full glue differ" >&2; exit 1; }

# The page: main.js bundled (xterm included) with what the prompt does not need (the panels,
# lessons, Markdown) split into chunks it imports once the prompt is shown (main.js,
# `panelsLater`; scripts/check-size.sh counts main.js and its static imports), the bindings' glue kept as its own module
# (dockling-core.js; the page re-imports it to recover from a panic), the wasm and static files
# beside them. The embeddable element: dockling.js (glue bundled as a factory, the wasm fetched
# from beside it), dockling-inline.js (the wasm inside, base64), embed.html for iframes, and the
# example posts.
EMBED_FLAGS := --bundle --format=esm --minify --target=es2022 --loader:.css=text --loader:.txt=text --log-level=warning
dist: wasm
	rm -rf $(DIST) && mkdir -p $(DIST)/examples
	www/node_modules/.bin/esbuild www/src/main.js --bundle --splitting --format=esm --minify --target=es2022 \
		--outdir=$(DIST) --chunk-names=[name]-[hash] --log-level=warning
	www/node_modules/.bin/esbuild www/src/preload.js --minify --target=es2022 --outfile=$(DIST)/preload.js --log-level=warning
	www/node_modules/.bin/esbuild www/src/image-early.js --bundle --format=esm --minify --target=es2022 \
		--outfile=$(DIST)/image-early.js --log-level=warning
	www/node_modules/.bin/esbuild www/src/verify-worker.js --bundle --format=esm --minify --target=es2022 \
		--external:./dockling-core.js --outfile=$(DIST)/verify-worker.js --log-level=warning
	www/node_modules/.bin/esbuild $(PKG)/dockling.js --format=esm --minify --target=es2022 \
		--outfile=$(DIST)/dockling-core.js --log-level=warning
	node www/build/glue-factory.mjs $(PKG)/dockling.js $(PKG)/dockling-factory.js
	www/node_modules/.bin/esbuild www/src/embed-url.js $(EMBED_FLAGS) --outfile=$(DIST)/dockling.js
	www/node_modules/.bin/esbuild www/src/embed-inline.js $(EMBED_FLAGS) --loader:.wasm=base64 \
		--outfile=$(DIST)/dockling-inline.js
	www/node_modules/.bin/esbuild www/src/embed-frame.js --format=esm --minify --target=es2022 \
		--outfile=$(DIST)/embed-frame.js --log-level=warning
	cp $(PKG_FULL)/dockling_bg.wasm $(DIST)/dockling_full_bg.wasm
	cp $(PKG)/dockling_bg.wasm www/index.html www/style.css www/embed.html www/embed-frame.css $(DIST)/
	www/node_modules/.bin/esbuild www/src/teacher.js --format=esm --minify --target=es2022 \
		--outfile=$(DIST)/teacher.js --log-level=warning
	cp www/teacher.html $(DIST)/
	cp www/examples/*.html www/examples/*.css www/examples/*.md $(DIST)/examples/
	if [ -d lessons ]; then cp -r lessons $(DIST)/lessons; fi
	mkdir -p $(DIST)/texts && cp src/explain/i18n/*.txt $(DIST)/texts/

serve: dist
	python3 -m http.server 8080 --bind 127.0.0.1 --directory $(DIST)

# Fails when the wasm, the page or an embed outgrows its gzip budget (scripts/check-size.sh).
size: dist
	scripts/check-size.sh

browser-test: setup-test dist
	node www/tests/run.mjs

measure: setup-test dist
	node www/measure.mjs

# The worst commands a learner can type, timed in the page (www/stress.mjs; a benchmark, not a test).
stress: setup-test dist
	node www/stress.mjs

# Every fuzz target for SECONDS_EACH seconds (default 150); see fuzz/README.md.
fuzz:
	cargo test --quiet --test hardening -- --ignored write_fuzz_corpus
	fuzz/run-all.sh

# The README's screenshots (docs/screenshot-*.png: desktop and phone, en and ko), regenerated.
screenshots: dist
	scripts/setup.sh shots
	node scripts/screenshots.mjs
