//! Dockerfiles: the BuildKit-conformant parser, instruction checks, lint, expansion, the builder.

pub mod builder;
pub mod expand;
pub mod ignore;
pub mod instructions;
pub mod lint;
pub mod parser;
