//! Parsing a Dockerfile into BuildKit's AST, and dumping it in BuildKit's test format.
