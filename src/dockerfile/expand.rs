//! Variable expansion and word splitting as BuildKit's shell lexer does it.
