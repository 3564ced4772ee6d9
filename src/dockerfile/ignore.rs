//! `.dockerignore` patterns and COPY source globs, matched as Docker matches them.
