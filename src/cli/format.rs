//! Output primitives shared by all tables: durations, sizes, truncation, Go quoting, tab layout.
