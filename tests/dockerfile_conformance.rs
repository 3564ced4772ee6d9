//! BuildKit's own parser corpus: the positive cases byte for byte, the negative cases with
//! upstream's messages, and the line spans of `testfile-line`.

use dockling::dockerfile::parser::{dump, parse};
use std::path::PathBuf;

/// The corpus: the shared copy beside the checkout if present, else the one in the repo.
fn corpus() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/conformance/buildkit-parser");
    if shared.is_dir() {
        shared
    } else {
        root.join("tests/data/buildkit-parser")
    }
}

fn case_dirs(folder: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus().join(folder))
        .expect("corpus folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn positive_cases_match_byte_for_byte() {
    let dirs = case_dirs("testfiles");
    assert_eq!(dirs.len(), 33);
    let mut failures = Vec::new();
    for dir in dirs {
        let input = std::fs::read(dir.join("Dockerfile")).expect("Dockerfile");
        let expected = std::fs::read(dir.join("result")).expect("result");
        match parse(&input) {
            Ok(ast) => {
                let got = dump(&ast);
                if got.as_bytes() != expected.as_slice() {
                    failures.push(format!(
                        "{}:\n--- got\n{got}--- expected\n{}",
                        dir.display(),
                        String::from_utf8_lossy(&expected)
                    ));
                }
            }
            Err(e) => failures.push(format!("{}: error {e}", dir.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn negative_cases_fail_with_upstream_messages() {
    let expected = [
        ("empty_dockerfile", "file with no instructions"),
        ("env_no_value", "ENV must have two arguments"),
        ("only_comments", "file with no instructions"),
        (
            "shykes-nested-json",
            "when using JSON array syntax, arrays must be comprised of strings only",
        ),
    ];
    let dirs = case_dirs("testfiles-negative");
    assert_eq!(dirs.len(), expected.len());
    for (dir, (name, message)) in dirs.iter().zip(expected) {
        assert!(dir.ends_with(name), "{}", dir.display());
        let input = std::fs::read(dir.join("Dockerfile")).expect("Dockerfile");
        let err = parse(&input).expect_err(name);
        assert_eq!(err.message, message, "{name}");
    }
}

#[test]
fn testfile_line_spans() {
    let input = std::fs::read(corpus().join("testfile-line/Dockerfile")).expect("Dockerfile");
    let ast = parse(&input).expect("parses");
    assert_eq!(ast.span(), (5, 31));
    let spans: Vec<(usize, usize)> = ast
        .children
        .iter()
        .map(|n| (n.start_line, n.end_line))
        .collect();
    assert_eq!(spans, vec![(5, 5), (11, 12), (17, 31)]);
}
