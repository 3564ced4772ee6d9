//! The lean `core` build prints exactly what the full build prints, up to the first command it
//! leaves to the full build (`src/lean.rs`). Run in the core build by
//! `cargo test --no-default-features --test core_parity` (`scripts/ci-checks.sh`):
//!
//! - every golden transcript (`tests/transcripts/*.sh`): what core prints must be the `.out`
//!   file up to a command boundary (`transcript::run_in` stops before a command that needs full);
//! - every built-in lesson's solution (its files written, its commands run, step by step, then
//!   its goals), against `tests/data/core-parity/lessons.out`, which the full build checks whole
//!   (`UPDATE_EXPECT=1 cargo test --test core_parity` rewrites it).
//!
//! Each run also prints how far core got, so a gate that flags too much shows up.

use std::path::Path;

use dockling::lesson::{builtin_lessons, check_goal_with, parse_lesson, BuildWatch};
use dockling::session::{Lang, Session, SessionConfig};
use dockling::transcript::{run, TranscriptConfig};

const LESSONS_OUT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/core-parity/lessons.out"
);

/// The transcript options of a script's first line (`# dockling: --seed 3 --explain --lang ko`).
fn config_of(script: &str) -> (TranscriptConfig, Option<String>) {
    let mut config = TranscriptConfig::default();
    let mut commands_of = None;
    let header = script
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# dockling:"))
        .unwrap_or("");
    let mut words = header.split_whitespace();
    while let Some(w) = words.next() {
        match w {
            "--explain" => config.explain = true,
            "--seed" => config.seed = words.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            "--lang" => {
                config.lang = words.next().and_then(Lang::parse).unwrap_or_default();
            }
            "--commands-of" => commands_of = words.next().map(str::to_string),
            other => panic!("unknown transcript option {other}"),
        }
    }
    (config, commands_of)
}

/// What one lesson's solution prints, step by step: `## <id>/<lang> step N`, the files
/// written, each command as a transcript shows it, then each goal with whether it is met.
/// Stops (in core) before the first command that needs the full build.
fn lesson_transcript(text: &str) -> String {
    let lesson = parse_lesson(text).expect("a built-in lesson parses");
    let mut session = Session::new(SessionConfig {
        seed: lesson.seed,
        ..SessionConfig::default()
    });
    let mut watch = BuildWatch::default();
    let mut out = String::new();
    for (n, step) in lesson.steps.iter().enumerate() {
        out.push_str(&format!("## {} step {}\n", lesson.id, n + 1));
        for (path, content) in &step.files {
            let written = session.write_file(path, content);
            out.push_str(&format!("# file {path}: {written:?}\n"));
        }
        for command in &step.commands {
            let mark = out.len();
            out.push_str(&session.prompt());
            out.push_str(command);
            out.push('\n');
            let result = session.run(command);
            if result.needs_full {
                out.truncate(mark);
                return out;
            }
            watch.observe(&result.events);
            out.push_str(&result.output.text());
            out.push_str(&format!("# status {}\n", result.status));
        }
        for goal in &step.goals {
            let status = check_goal_with(&session, watch.events(), goal);
            out.push_str(&format!("# goal {} met {}\n", goal.source, status.met));
        }
    }
    out
}

/// Where `got` stops being `want` (a line number and both lines), or None when `got` is a
/// prefix of `want` (the whole of it in the full build).
fn mismatch(got: &str, want: &str, full: bool) -> Option<String> {
    if full && got == want || !full && want.starts_with(got) {
        return None;
    }
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
    Some(format!(
        "line {}:\n  got:  {:?}\n  want: {:?}",
        line + 1,
        got.lines().nth(line),
        want.lines().nth(line)
    ))
}

#[test]
fn core_prints_what_full_prints_in_every_transcript() {
    if dockling::lean::FULL {
        // The full build is held to the transcripts whole by `tests/transcripts.rs`.
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut list: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/transcripts exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sh"))
        .collect();
    list.sort();
    let (mut whole, mut failures) = (0, Vec::new());
    for path in &list {
        let script = std::fs::read_to_string(path).expect("script is UTF-8");
        let (config, commands_of) = config_of(&script);
        let commands = match commands_of {
            Some(other) => std::fs::read_to_string(path.with_file_name(other)).expect("exists"),
            None => script,
        };
        let got = run(&commands, &config);
        let want = std::fs::read_to_string(path.with_extension("out")).expect(".out exists");
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if let Some(m) = mismatch(&got, &want, false) {
            failures.push(format!("{name}: {m}"));
        } else if got.len() == want.len() {
            whole += 1;
        } else {
            let next = want[got.len()..].lines().next().unwrap_or_default();
            eprintln!("core stops in {name} at {next:?}");
        }
    }
    eprintln!("core ran {whole} of {} transcripts whole", list.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn core_prints_what_full_prints_in_every_lesson_solution() {
    let mut got = String::new();
    for (_, lang, text) in builtin_lessons() {
        if lang == "en" {
            got.push_str(&lesson_transcript(text));
            // Each lesson closes with a marker, so a core transcript that stopped early is
            // still compared lesson by lesson.
            got.push_str("## end\n");
        }
    }
    if dockling::lean::FULL && std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(Path::new(LESSONS_OUT).parent().expect("a folder"))
            .expect("makes the folder");
        std::fs::write(LESSONS_OUT, &got).expect("writes the golden");
        return;
    }
    let want = std::fs::read_to_string(LESSONS_OUT).unwrap_or_default();
    let full = dockling::lean::FULL;
    let mut failures = Vec::new();
    let got_parts: Vec<&str> = got.split_inclusive("## end\n").collect();
    let want_parts: Vec<&str> = want.split_inclusive("## end\n").collect();
    assert_eq!(got_parts.len(), want_parts.len(), "one part per lesson");
    let mut whole = 0;
    for (i, (g, w)) in got_parts.iter().zip(&want_parts).enumerate() {
        let g = g.strip_suffix("## end\n").unwrap_or(g);
        let w = w.strip_suffix("## end\n").unwrap_or(w);
        match mismatch(g, w, full) {
            Some(m) => failures.push(format!("lesson {}: {m}", i + 1)),
            None if g.len() == w.len() => whole += 1,
            None => {
                let next = w[g.len()..].lines().next().unwrap_or_default();
                eprintln!("core stops in lesson {} at {next:?}", i + 1);
            }
        }
    }
    eprintln!("ran {whole} of {} lesson solutions whole", got_parts.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const HUB_OUT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/core-parity/hub.out"
);

/// References the static catalogue answers: core prints them itself, as full does
/// (`tests/data/core-parity/hub.out`, which the full build writes with `UPDATE_EXPECT=1`). The
/// last ones are invalid grammar, which no table can make valid.
const CATALOGUE_LINES: &[&str] = &[
    "docker pull node:20-alpine",
    "docker pull nginx",
    "docker pull alpine:3.22",
    "docker pull wordpress:cli",
    "docker run --rm alpine:3.21 cat /etc/os-release",
    "docker run --rm ubuntu:22.04 cat /etc/lsb-release",
    "docker images",
    "docker search nginx --limit 5",
    "docker search netshoot",
    "docker pull nosuchuser12345/nothing",
    "docker pull Node:14",
    "docker pull node:-14",
];

/// References only the release tables or the community images answer: core must leave them
/// to full (not print "manifest unknown"), and full must find them.
const TABLE_LINES: &[&str] = &[
    "docker pull node:14",
    "docker pull python:3.8-slim-buster",
    "docker pull docker.elastic.co/elasticsearch/elasticsearch:8.11.1",
    "docker pull nicolaka/netshoot",
    "docker pull alpine:3.20",
    "docker pull ubuntu:18.04",
    "docker pull centos:7",
    "docker run --rm amazonlinux:2 cat /etc/system-release",
    "docker run --rm debian:buster cat /etc/debian_version",
    "docker pull hello-world:no-such-tag",
];

#[test]
fn core_answers_catalogue_references_as_full_does() {
    let mut session = Session::new(SessionConfig::default());
    let mut got = String::new();
    for line in CATALOGUE_LINES {
        let result = session.run(line);
        assert!(!result.needs_full, "core left {line:?} to full");
        got.push_str(&format!(
            "$ {line}\n{}# status {}\n",
            result.output.text(),
            result.status
        ));
    }
    if dockling::lean::FULL && std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(HUB_OUT, &got).expect("writes the golden");
        return;
    }
    let want = std::fs::read_to_string(HUB_OUT).expect("hub.out exists");
    if let Some(m) = mismatch(&got, &want, true) {
        panic!("{m}");
    }
}

#[test]
fn core_leaves_what_only_the_tables_know_to_full() {
    for line in TABLE_LINES {
        let mut session = Session::new(SessionConfig::default());
        let result = session.run(line);
        let text = result.output.text();
        if dockling::lean::FULL {
            assert!(!result.needs_full);
            let found = !text.contains("not found") && !text.contains("does not exist");
            // The one tag no table has: full answers what Docker Hub answers.
            let want = !line.contains("no-such-tag");
            assert_eq!(found, want, "{line}:\n{text}");
            assert_eq!(result.status == 0, want, "{line}:\n{text}");
        } else {
            assert!(result.needs_full, "core answered {line:?} itself:\n{text}");
        }
    }
}
