//! The docker client: argument grammar, help and usage errors, tables, `--format`, rendering.

pub mod format;
pub mod spec;
pub mod template;
