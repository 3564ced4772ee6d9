//! The native `dockling` program: an interactive prompt, `--transcript` and `parse`.

fn main() {}
