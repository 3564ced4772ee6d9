//! libFuzzer target: `dockling_fuzz::sql_line` (see fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dockling_fuzz::sql_line(data));
