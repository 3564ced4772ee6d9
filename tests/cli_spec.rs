//! Golden tests: generated help and usage errors against the real docker 28.2.2 client's output.

use dockling::cli::spec::{parse, Parsed};
use std::fs;

fn run(line: &str) -> Parsed {
    let argv: Vec<String> = line.split_whitespace().map(String::from).collect();
    parse(&argv)
}

/// Every captured `docker <path> --help` (file name = path with `_`) must match byte for byte.
#[test]
fn help_matches_captures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/help");
    let mut names: Vec<_> = fs::read_dir(dir).expect("help dir").flatten().map(|e| e.file_name()).collect();
    names.sort();
    let mut failures = Vec::new();
    for name in names {
        let name = name.to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".txt") else { continue };
        let path = if stem == "docker" { String::new() } else { stem.replace('_', " ") };
        let want = fs::read_to_string(format!("{}/{}", dir, name)).expect("read golden");
        let got = match run(&format!("{} --help", path)) {
            Parsed::Help { text } => text,
            other => format!("{:?}", other),
        };
        if got != want {
            if std::env::var("UPDATE_HELP").is_ok() {
                fs::write(format!("/tmp/got_{}", name), &got).ok();
            }
            failures.push(path);
        }
    }
    assert!(failures.is_empty(), "help differs for: {:?}", failures);
}
