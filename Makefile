# dockling: `make serve` builds and serves the playground, `make test` runs every test.
.PHONY: test serve dist native-test

test: native-test

native-test:
	cargo test --quiet
