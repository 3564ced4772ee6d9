//! The container shell: a small POSIX-ish interpreter with coreutils-like built-ins.
