#!/usr/bin/env bash
# Runs every fuzz target for SECONDS_EACH seconds (default 150) from fuzz/corpus/<target>,
# one after another (a debug build: overflow checks and debug assertions on, no sanitizer).
# Seed the corpus first: cargo test --test hardening -- --ignored write_fuzz_corpus
set -uo pipefail
cd "$(dirname "$0")"
SECONDS_EACH=${SECONDS_EACH:-150}
for t in ${TARGETS:-dockerfile host_line container_line template load lesson}; do
  mkdir -p corpus/$t artifacts/$t
  RUSTC_BOOTSTRAP=1 cargo fuzz run --dev -s none "$t" corpus/$t -- \
    -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=20 -rss_limit_mb=3072 \
    -artifact_prefix=artifacts/$t/ -print_final_stats=1 > "artifacts/$t.log" 2>&1
  echo "$t: exit $? $(grep -E 'stat::number_of_executed_units' artifacts/$t.log)"
done
