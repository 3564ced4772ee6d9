#!/usr/bin/env bash
# Fails when the playground outgrows its download budget, measured as `gzip -9` bytes (what a
# server sending Content-Encoding: gzip transfers; brotli would be smaller still).
#
#   scripts/check-size.sh [WASM_BUDGET [PAGE_BUDGET]]     (bytes; run after `make dist`)
#
# WASM_BUDGET limits www/dist/dockling_bg.wasm; PAGE_BUDGET limits the sum over every file in
# www/dist, each gzipped on its own. The defaults are the sizes reached on 2026-11-27
# (opt-level "z", shared sort, no wasm-opt) plus 5%, rounded up to the next KB:
#   wasm 563,262 B gzip (1,603,999 raw) x 1.05 = 591,426 -> 592,000
#   page 668,201 B gzip (wasm + main.js 96,690 + the rest)  x 1.05 = 701,612 -> 702,000
# They are a ratchet against regressions, not the goals (wasm 300 KB, page 450 KB gzip).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_DEFAULT=592000
PAGE_DEFAULT=702000
dist=${DIST:-www/dist}
wasm_budget=${1:-$WASM_DEFAULT}
page_budget=${2:-$PAGE_DEFAULT}

wasm=$dist/dockling_bg.wasm
if [ ! -f "$wasm" ]; then
  echo "check-size: $wasm not found (run \`make dist\` first)" >&2
  exit 2
fi

gz() { gzip -9 -c "$1" | wc -c; }

total=0
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  zipped=$(gz "$file")
  total=$((total + zipped))
  printf '%10d %10d  %s\n' "$raw" "$zipped" "${file#"$dist"/}"
done < <(find "$dist" -type f -print0 | sort -z)
wasm_gz=$(gz "$wasm")
printf '%10s %10d  %s\n' "" "$total" "page total (gzip -9)"

status=0
if [ "$wasm_gz" -gt "$wasm_budget" ]; then
  echo "check-size: dockling_bg.wasm is $wasm_gz B gzipped, over its budget of $wasm_budget B" >&2
  status=1
fi
if [ "$total" -gt "$page_budget" ]; then
  echo "check-size: the page is $total B gzipped, over its budget of $page_budget B" >&2
  status=1
fi
if [ "$status" = 0 ]; then
  echo "check-size: ok (wasm $wasm_gz <= $wasm_budget, page $total <= $page_budget, bytes gzip -9)"
fi
exit "$status"
