#!/usr/bin/env bash
# Installs what the browser build and tests need, idempotently (a few seconds when all present).
#   scripts/setup.sh dist   — wasm target, wasm-bindgen CLI (Cargo.lock's version), npm packages
#   scripts/setup.sh test   — the above plus Debian's chromium for the browser tests
#   scripts/setup.sh shots  — the test set plus a Korean font (fonts-nanum) for the screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
what=${1:-dist}

apt_install() {
  # Only root (CI, this machine) installs system packages; others get told what is missing.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -q >/dev/null && apt-get install -y -q "$@" >/dev/null
  else
    echo "setup: please install $* (apt-get install $*)" >&2
    return 1
  fi
}

rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly. Not --locked: the crate index
# served here can lag a patch release of the CLI's own dependencies.
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
  cargo install wasm-bindgen-cli --version "$wb" --no-default-features --force
fi

# npm ci only when the lock changed since the last install (a copy of it marks the install).
stamp=www/node_modules/.dockling-installed-lock.json
if [ ! -f "$stamp" ] || ! cmp -s www/package-lock.json "$stamp"; then
  npm ci --prefix www --no-audit --no-fund
  cp www/package-lock.json "$stamp"
fi

if [ "$what" != dist ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

# The Korean screenshots need a CJK font, or Hangul draws as empty boxes.
if [ "$what" = shots ] && ! fc-list 2>/dev/null | grep -qi nanum; then
  apt_install fonts-nanum
fi
