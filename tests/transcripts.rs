//! Golden transcripts: every `tests/transcripts/*.sh` script, run as a learner would type it,
//! must print exactly its `.out` file. `UPDATE_EXPECT=1 cargo test --test transcripts` rewrites
//! the `.out` files after a deliberate change (review the diff before committing it).
//!
//! A script's first line may set options: `# dockling: --seed 3 --explain --lang ko`, and
//! `--commands-of other.sh` runs another script's commands (so one tutorial can be checked with
//! and without explanations without being written out twice).

use std::path::{Path, PathBuf};

use dockling::session::Lang;
use dockling::transcript::{run, TranscriptConfig};

fn config_of(script: &str) -> (TranscriptConfig, Option<String>) {
    let mut config = TranscriptConfig::default();
    let mut commands_of = None;
    let Some(header) = script
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# dockling:"))
    else {
        return (config, commands_of);
    };
    let words: Vec<&str> = header.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        match words[i] {
            "--explain" => config.explain = true,
            "--seed" => {
                i += 1;
                config.seed = words.get(i).and_then(|w| w.parse().ok()).unwrap_or(0);
            }
            "--lang" => {
                i += 1;
                config.lang = words
                    .get(i)
                    .and_then(|w| Lang::parse(w))
                    .unwrap_or_default();
            }
            "--commands-of" => {
                i += 1;
                commands_of = words.get(i).map(|w| w.to_string());
            }
            other => panic!("unknown transcript option {other}"),
        }
        i += 1;
    }
    (config, commands_of)
}

fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut list: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/transcripts exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sh"))
        .collect();
    list.sort();
    list
}

#[test]
fn golden_transcripts() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let list = scripts();
    assert!(!list.is_empty(), "no transcripts found");
    for script_path in list {
        let script = std::fs::read_to_string(&script_path).expect("script is UTF-8");
        let (config, commands_of) = config_of(&script);
        let commands = match commands_of {
            Some(other) => std::fs::read_to_string(script_path.with_file_name(other))
                .expect("--commands-of names a script beside this one"),
            None => script,
        };
        let got = run(&commands, &config);
        let expected_path = script_path.with_extension("out");
        if update {
            std::fs::write(&expected_path, &got).expect("write .out");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            let first_diff = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{}: differs at line {}\n  got:      {:?}\n  expected: {:?}",
                script_path.display(),
                first_diff + 1,
                got.lines().nth(first_diff).unwrap_or("<end>"),
                expected.lines().nth(first_diff).unwrap_or("<end>"),
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
