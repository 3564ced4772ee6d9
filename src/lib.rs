//! dockling: a small virtual Docker for learning — engine, registry, builder, runtime and CLI.
//!
//! See `ARCHITECTURE.md` for the map. The one path through the crate is
//! `session::Session::run(line)` → `host` shell → `cli` parse → `engine` apply → `cli` render.

// The lean `core` build (src/lean.rs) compiles out entry points, which leaves what only they
// reach unused there.
#![cfg_attr(
    not(feature = "full"),
    allow(
        dead_code,
        unused_imports,
        unused_variables,
        unreachable_code,
        unreachable_patterns
    )
)]

pub mod case;
pub mod cli;
pub mod clock;
pub mod compose;
pub mod dockerfile;
pub mod engine;
pub mod explain;
pub mod goquote;
pub mod host;
pub mod image;
pub mod lang;
pub mod lean;
pub mod lesson;
pub mod registry;
pub mod runtime;
pub mod session;
pub mod sort;
pub mod timeline;
pub mod transcript;
pub mod vfs;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
