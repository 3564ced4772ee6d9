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
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("help dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in names {
        let name = name.to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        let path = if stem == "docker" {
            String::new()
        } else {
            stem.replace('_', " ")
        };
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

/// Usage errors captured from the real client: `$ docker ARGS`, `# exit N`, then stderr verbatim.
#[test]
fn usage_errors_match_captures() {
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/errors/cases.txt"
    ))
    .expect("cases");
    let mut failures = Vec::new();
    let mut count = 0;
    for case in format!("\n{}", text).split("\n$ docker ").skip(1) {
        let Some((argv, rest)) = case.split_once('\n') else {
            continue;
        };
        let Some((exit, stderr)) = rest.split_once('\n') else {
            continue;
        };
        let code: i32 = exit
            .trim_start_matches("# exit ")
            .parse()
            .expect("exit code");
        count += 1;
        let (got, got_code) = match run(argv) {
            Parsed::Error { text, code } => (text, code),
            Parsed::GroupHelp { text } => (text, 0),
            other => (format!("{:?}", other), -1),
        };
        if got != stderr || got_code != code {
            failures.push(format!(
                "docker {}\n want {} {:?}\n got  {} {:?}",
                argv, code, stderr, got_code, got
            ));
        }
    }
    assert!(count > 90);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
