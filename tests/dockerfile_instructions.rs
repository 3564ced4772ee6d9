//! The conformance corpus through BuildKit's instruction stage: 25 of the 33 positive
//! parser cases are valid Dockerfiles, and the other 8 fail with upstream's messages.

use dockling::dockerfile::instructions::parse_stages;
use dockling::dockerfile::lint::lint;
use dockling::dockerfile::parser::parse;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/conformance/buildkit-parser");
    if shared.is_dir() {
        shared
    } else {
        root.join("tests/data/buildkit-parser")
    }
}

#[test]
fn corpus_cases_through_the_instruction_stage() {
    let rejected = [
        (
            "flags",
            "dockerfile parse error on line 3: unknown flag: --user",
        ),
        (
            "health",
            "dockerfile parse error on line 4: HEALTHCHECK requires at least one argument",
        ),
        ("json", "no build stage in current context"),
        (
            "jeztah-invalid-json-json-inside-string",
            "no build stage in current context",
        ),
        (
            "jeztah-invalid-json-json-inside-string-double",
            "no build stage in current context",
        ),
        (
            "jeztah-invalid-json-single-quotes",
            "no build stage in current context",
        ),
        (
            "jeztah-invalid-json-unterminated-bracket",
            "no build stage in current context",
        ),
        (
            "jeztah-invalid-json-unterminated-string",
            "no build stage in current context",
        ),
    ];
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus().join("testfiles"))
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    dirs.sort();
    let mut accepted = 0;
    for dir in dirs {
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let ast =
            parse(&std::fs::read(dir.join("Dockerfile")).expect("Dockerfile")).expect("parses");
        // Lint must cope with every file, valid or not.
        let _ = lint(&ast);
        match (
            parse_stages(&ast),
            rejected.iter().find(|(n, _)| *n == name),
        ) {
            (Ok(_), None) => accepted += 1,
            (Err(e), Some((_, message))) => assert_eq!(e.message, *message, "{name}"),
            (Ok(_), Some(_)) => panic!("{name} should be rejected"),
            (Err(e), None) => panic!("{name}: {e}"),
        }
    }
    assert_eq!(accepted, 25);
}

#[test]
fn the_tutorial_dockerfile() {
    let src = b"FROM node\n\nWORKDIR /app\n\nCOPY ./* /app/\n\nRUN npm install\n\nCMD [\"node\", \"index.js\"]\n";
    let ast = parse(src).expect("parses");
    assert_eq!(
        dockling::dockerfile::parser::dump(&ast),
        "(from \"node\")\n(workdir \"/app\")\n(copy \"./*\" \"/app/\")\n(run \"npm install\")\n(cmd \"node\" \"index.js\")\n"
    );
    let df = parse_stages(&ast).expect("valid");
    assert_eq!(df.stages.len(), 1);
    let names: Vec<&str> = df.stages[0]
        .instructions
        .iter()
        .map(|s| s.original.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "WORKDIR /app",
            "COPY ./* /app/",
            "RUN npm install",
            "CMD [\"node\", \"index.js\"]"
        ]
    );
    assert!(lint(&ast).is_empty());
}
