#!/usr/bin/env bash
# Shrinks the wasm with `wasm-opt -Oz` when a binaryen new enough is on PATH; otherwise leaves it.
#
# Binaryen 108 (Debian 12's package) rewrites the module so that wasm-bindgen's
# `__wbindgen_externrefs` export points at the function table, and the page then fails with
# "WebAssembly.Table.set(): Argument 1 is invalid for table". Binaryen 132 (npm) was measured to
# work; 116 is the oldest we accept. Set WASM_OPT to pick a specific binary.
set -euo pipefail
file=$1
opt=${WASM_OPT:-wasm-opt}
if ! command -v "$opt" >/dev/null; then
  echo "wasm-opt: not installed; the wasm stays unoptimised" >&2
  exit 0
fi
version=$("$opt" --version | sed -n 's/^wasm-opt version \([0-9]*\).*/\1/p')
if [ "${version:-0}" -lt 116 ]; then
  echo "wasm-opt: binaryen ${version:-?} is too old for wasm-bindgen's externref table; skipped" >&2
  exit 0
fi
"$opt" -Oz "$file" -o "$file.opt"
mv "$file.opt" "$file"
