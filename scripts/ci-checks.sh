#!/usr/bin/env bash
# The static checks CI runs before any test: formatting, and clippy with warnings as errors
# (clippy.toml bans the wall clock and HashMap/HashSet, for determinism). `make test` runs this
# first; `cargo test` alone does not.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --quiet --all-targets -- -D warnings

# The lean first module (src/lean.rs) is the crate without its default `full` feature.
step "cargo clippy --lib --no-default-features -- -D warnings"
cargo clippy --quiet --lib --no-default-features -- -D warnings

# The fuzz crate is its own workspace (libfuzzer-sys needs nightly features to link), so only
# its formatting is checked here; `fuzz/run-all.sh` builds and runs it.
if [ -f fuzz/Cargo.toml ]; then
  step "cargo fmt --check (fuzz/)"
  cargo fmt --check --manifest-path fuzz/Cargo.toml
fi

echo "ci-checks: ok"
