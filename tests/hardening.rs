//! Hardening: the fuzz targets (fuzz/src/lib.rs) driven by a short seeded loop, the inputs
//! the fuzzer found, bounds on every loop a learner can start, saved-state refusal, and the
//! host page's safety (engine text is plain text, never HTML).
//!
//! `cargo test --test hardening -- --ignored write_fuzz_corpus` writes the seed corpus that
//! `cargo fuzz run <target> fuzz/corpus/<target>` starts from (see fuzz/README.md).

use std::path::{Path, PathBuf};

use dockling::clock::Rng;
use dockling::engine::MAX_CONTAINERS;
use dockling::session::{Session, SessionConfig, MAX_HISTORY, SAVE_VERSION};
use dockling::vfs::MAX_TREE_ENTRIES;

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

// ---------------------------------------------------------------------------------------------
// Seeds and a small mutator

/// The engine's own seeded generator, drawing indices.
struct Rand(Rng);

impl Rand {
    fn below(&mut self, n: usize) -> usize {
        self.0.below(n as u64) as usize
    }
}

/// Bytes that matter to the parsers: quoting, expansion, redirection, JSON and templates.
const TOKENS: &[&str] = &[
    "\"",
    "'",
    "\\",
    "`",
    "$",
    "${",
    "}",
    "$(",
    ")",
    "((",
    "))",
    "<<",
    "<<-",
    "EOF",
    "\n",
    "|",
    "&",
    ";",
    ">",
    "2>&1",
    "<",
    "*",
    "?",
    "[",
    "]",
    "{",
    "}",
    "{{",
    "}}",
    "{{.",
    "{{range",
    "{{end}}",
    "{{json .}}",
    "{{index",
    "\\u",
    "\\ud800",
    "\\udc00",
    "\u{0}",
    "\u{ff}",
    "é",
    "한",
    "-",
    "--",
    "=",
    ",",
    ":",
    " ",
    "\t",
    "\r",
    "#",
    "1e400",
    "-1",
    "18446744073709551616",
    "null",
    "true",
    "docker ",
    "run ",
    "-d ",
    "--rm ",
    "alpine ",
    "sh -c ",
    "FROM ",
    "RUN ",
    "ONBUILD ",
];

fn mutate(r: &mut Rand, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds.get(r.below(seeds.len())).cloned().unwrap_or_default();
    for _ in 0..=r.below(4) {
        let at = r.below(data.len() + 1);
        match r.below(6) {
            0 => {
                if let Some(b) = data.get_mut(at) {
                    *b ^= 1 << r.below(8);
                }
            }
            1 | 2 => {
                let tok = TOKENS[r.below(TOKENS.len())].as_bytes();
                data.splice(at..at, tok.iter().copied());
            }
            3 => {
                let end = (at + r.below(16)).min(data.len());
                data.drain(at..end);
            }
            4 => {
                let other = &seeds[r.below(seeds.len())];
                let from = r.below(other.len() + 1);
                let to = (from + r.below(64)).min(other.len());
                data.splice(at..at, other[from..to].iter().copied());
            }
            _ => {
                let end = (at + r.below(32)).min(data.len());
                let piece: Vec<u8> = data[at..end].to_vec();
                data.splice(at..at, piece);
            }
        }
    }
    data
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_named(dir: &Path, name: &str, out: &mut Vec<Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files_named(&p, name, out);
        } else if p.file_name().is_some_and(|n| n == name) {
            out.extend(std::fs::read(&p).ok());
        }
    }
}

/// The BuildKit parser corpus' Dockerfiles and a few hostile shapes.
fn dockerfile_seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    files_named(
        &root().join("tests/data/buildkit-parser"),
        "Dockerfile",
        &mut seeds,
    );
    for extra in [
        "FROM alpine\nONBUILD RUN echo hi\nRUN <<EOF\nwhile true; do :; done\nEOF\n",
        "# syntax=docker/dockerfile:1\n# escape=`\nFROM a AS b\nCOPY --from=b . .\n",
        "FROM scratch\nHEALTHCHECK --interval=1e400s CMD [\"x\"]\nSTOPSIGNAL 99999999999\n",
    ] {
        seeds.push(extra.as_bytes().to_vec());
    }
    seeds
}

/// Commands from the golden transcripts, each with its heredoc.
fn command_seeds() -> Vec<Vec<u8>> {
    let probe = Session::new(SessionConfig::default());
    let mut seeds = Vec::new();
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(root().join("tests/transcripts"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    scripts.retain(|p| p.extension().is_some_and(|e| e == "sh"));
    scripts.sort();
    for script in scripts {
        let text = std::fs::read_to_string(&script).unwrap_or_default();
        let mut lines = text.lines();
        while let Some(first) = lines.next() {
            if first.trim().is_empty() || first.starts_with('#') {
                continue;
            }
            let mut command = first.to_string();
            while probe.needs_more_input(&command) {
                match lines.next() {
                    Some(next) => {
                        command.push('\n');
                        command.push_str(next);
                    }
                    None => break,
                }
            }
            seeds.push(command.into_bytes());
        }
    }
    for extra in [
        "for i in 1 2 3; do echo $i; done | sort -r | head -n 2",
        "f() { echo ${1:-x}; }; f; echo $((1/0)) $((2**62*4))",
        "cat <<-EOF | wc -l\n\ta\n\tb\n\tEOF",
        "case $x in (a|b) echo y;; *) echo n;; esac",
        "echo `echo $(echo \"a'b\")`; printf '%5.2f|%-3s|%x\\n' 3.14159 ab 255",
        "docker inspect --format '{{json .Config}}' web",
    ] {
        seeds.push(extra.as_bytes().to_vec());
    }
    seeds
}

/// The lessons in lessons/ (every language) and a few goal lines.
fn lesson_seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for name in ["en.md", "ko.md"] {
        files_named(&root().join("lessons"), name, &mut seeds);
    }
    seeds.push(b"---\nid: x\ntitle: <script>alert(1)</script>\n---\n## Step\n\n```goal\ncontainer web running\n```\n".to_vec());
    seeds
}

fn template_seeds() -> Vec<Vec<u8>> {
    [
        "{{.Name}}",
        "table {{.ID}}\\t{{.Names}}",
        "{{json .}}",
        "{{range $k, $v := .Config.Labels}}{{$k}}={{$v}} {{end}}",
        "{{index .NetworkSettings.Ports \"80/tcp\"}}",
        "{{if .State.Running}}up{{else}}down{{end}}",
        "{{printf \"%s-%d\" .Name .Size}}",
        "{{join .Config.Env \",\"}} {{upper .Name}} {{len .Config.Env}}",
        "{{with .Nil}}x{{end}}{{.Missing.Deeper}}",
        "{{.Name}}\u{0}{\"Name\": [1, {\"a\": null}]}",
        "{{define \"x\"}}{{template \"x\"}}{{end}}{{template \"x\"}}",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect()
}

fn save_of(lines: &[&str]) -> String {
    let mut s = Session::new(SessionConfig::default());
    for line in lines {
        s.run(line);
    }
    s.write_file("notes.txt", "hi\n").unwrap_or_default();
    s.save()
}

fn load_seeds() -> Vec<Vec<u8>> {
    let mut seeds = vec![
        save_of(&["echo hi", "docker run -d --name web nginx"]).into_bytes(),
        save_of(&["mkdir app && cd app", "docker images"]).into_bytes(),
    ];
    for s in [
        "{\"format\":\"dockling-session\",\"version\":2,\"seed\":1,\"start_ms\":0,\"history\":[]}",
        "{\"format\":\"dockling-session\",\"version\":1,\"seed\":\"1\",\"start_ms\":0,\"history\":[]}",
        "{\"format\":\"dockling-session\",\"version\":1,\"seed\":1,\"start_ms\":0,\"history\":[\"\\ud800\"]}",
    ] {
        seeds.push(s.as_bytes().to_vec());
    }
    seeds
}

/// Runs `target` on every seed, then on `n` mutants.
fn drive(name: &str, target: fn(&[u8]), seeds: &[Vec<u8>], n: usize, seed: u64) {
    assert!(!seeds.is_empty(), "{name}: no seeds");
    for s in seeds {
        target(s);
    }
    let mut r = Rand(Rng::new(seed));
    for _ in 0..n {
        target(&mutate(&mut r, seeds));
    }
}

// Short runs: a few seconds in all in a debug build. The fuzzer runs the same functions for
// millions of executions (fuzz/README.md).

#[test]
fn fuzz_smoke_dockerfile() {
    drive(
        "dockerfile",
        targets::dockerfile,
        &dockerfile_seeds(),
        3000,
        1,
    );
}

#[test]
fn fuzz_smoke_host_line() {
    let seeds = command_seeds();
    drive("host_line", targets::host_line, &seeds, 150, 2);
}

/// SQL statements, broken ones included, for the mysql and psql prompts.
fn sql_seeds() -> Vec<Vec<u8>> {
    [
        "SELECT * FROM t WHERE id = 1 OR name LIKE 'a%' ORDER BY n DESC LIMIT 1;",
        "INSERT INTO t (id, name) VALUES (3, 'c'), (4, \"d\");",
        "UPDATE t SET n = n + 1 WHERE n IS NOT NULL;\nDELETE FROM t WHERE id > 2;",
        "CREATE TABLE u (a INT AUTO_INCREMENT PRIMARY KEY, b TEXT DEFAULT 'x' NOT NULL);",
        "SELECT COUNT(*), MAX(n) FROM t GROUP BY name;",
        "\\dt\n\\d t\n\\l\n\\c postgres",
        "SELECT (((1 + 2) * 3) - -4) / 0, 'it''s', `x`;",
        "DROP TABLE t; SHOW TABLES; DESCRIBE t; USE nosuch;",
        "SELECT * FROM t\\G\nexit",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect()
}

#[test]
fn fuzz_smoke_sql_line() {
    drive("sql_line", targets::sql_line, &sql_seeds(), 40, 7);
}

#[test]
fn fuzz_smoke_container_line() {
    let seeds = command_seeds();
    drive("container_line", targets::container_line, &seeds, 150, 3);
}

#[test]
fn fuzz_smoke_template() {
    drive("template", targets::template, &template_seeds(), 3000, 4);
}

#[test]
fn fuzz_smoke_lesson() {
    drive("lesson", targets::lesson, &lesson_seeds(), 300, 6);
}

#[test]
fn fuzz_smoke_load() {
    drive("load", targets::load, &load_seeds(), 100, 5);
}

/// Writes fuzz/corpus/<target>/ from the seeds above (run by hand before fuzzing).
#[test]
#[ignore]
fn write_fuzz_corpus() {
    let sets: [(&str, Vec<Vec<u8>>); 6] = [
        ("lesson", lesson_seeds()),
        ("dockerfile", dockerfile_seeds()),
        ("host_line", command_seeds()),
        ("container_line", command_seeds()),
        ("template", template_seeds()),
        ("load", load_seeds()),
    ];
    for (name, seeds) in sets {
        let dir = root().join("fuzz/corpus").join(name);
        std::fs::create_dir_all(&dir).expect("create corpus dir");
        for (i, s) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i:04}")), s).expect("write seed");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs the fuzzer found (each once panicked or hung); they must now simply return.

/// (target, input) pairs kept from fuzzing runs.
const FOUND: &[(&str, &[u8])] = &[];

#[test]
fn fuzz_findings_stay_fixed() {
    for (target, input) in FOUND {
        match *target {
            "dockerfile" => targets::dockerfile(input),
            "host_line" => targets::host_line(input),
            "container_line" => targets::container_line(input),
            "template" => targets::template(input),
            "load" => targets::load(input),
            "lesson" => targets::lesson(input),
            "sql_line" => targets::sql_line(input),
            other => panic!("unknown target {other}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bounded work: every loop a learner can start stops, with a message that says why.

fn session() -> Session {
    Session::new(SessionConfig::default())
}

/// Runs a line and returns (everything printed, status).
fn run(s: &mut Session, line: &str) -> (String, i32) {
    let r = s.run(line);
    (r.output.text(), r.status)
}

const STEPS: &str = "stopped after 10000 steps (the simulator bounds runaway loops)";
const DEPTH: &str = "stopped at nesting depth 200 (the simulator bounds runaway recursion)";
const OUTPUT: &str = "stopped after 1 MiB of output (the simulator bounds runaway output)";

#[test]
fn shell_loops_stop_at_the_step_bound() {
    let mut s = session();
    for line in [
        "while true; do :; done",
        "until false; do echo -n; done",
        "for i in $(seq 100000); do :; done",
        "i=0; while [ $i -ge 0 ]; do i=$((i+1)); done",
    ] {
        let (out, status) = run(&mut s, line);
        assert!(out.contains(STEPS), "{line}: {out}");
        assert_eq!(status, 124, "{line}");
    }
    // The shell is still usable afterwards.
    assert_eq!(run(&mut s, "echo ok"), ("ok\n".to_string(), 0));
}

#[test]
fn recursion_and_fork_bombs_stop_at_the_depth_bound() {
    let mut s = session();
    for line in [
        "f() { f; }; f",
        ":(){ :|:& };:",
        "g() { echo $(g); }; g",
        "alias a=a; a",
        "h() { h | h; }; h",
    ] {
        let (out, _) = run(&mut s, line);
        assert!(
            out.contains(DEPTH) || out.contains(STEPS) || out.contains("command not found"),
            "{line}: {out}"
        );
        assert!(out.len() < 64 * 1024, "{line}: {} bytes", out.len());
    }
}

#[test]
fn deeply_nested_tests_stop_at_the_depth_bound() {
    // 50,000 nested `(` or `!` overflowed the native stack before the bound.
    let mut s = session();
    for line in [
        format!("[[ {}a{} ]]", "( ".repeat(50_000), " )".repeat(50_000)),
        format!("[[ {}a ]]", "! ".repeat(50_000)),
        format!("test {}a", "! ".repeat(50_000)),
        format!("[ {}a{} ]", "\\( ".repeat(50_000), " \\)".repeat(50_000)),
    ] {
        let (out, status) = run(&mut s, &line);
        assert!(out.contains(DEPTH), "{}: {out}", &line[..12]);
        assert_eq!(status, 2, "{}", &line[..12]);
    }
    // Nesting within the bound still evaluates.
    let line = format!("[[ {}a{} ]]; echo $?", "( ".repeat(150), " )".repeat(150));
    assert_eq!(run(&mut s, &line).0, "0\n");
}

#[test]
fn pattern_operations_stop_at_the_match_bound() {
    let mut s = session();
    run(&mut s, "x=$(printf '%10000s')");
    // Without `*` every match has one length: linear, and exact.
    assert_eq!(run(&mut s, "echo ${x//?/ab} | wc -c").0, "20001\n");
    assert_eq!(
        run(&mut s, "y=${x// /-}; echo ${y:0:3} ${#y}").0,
        "--- 10000\n"
    );
    // A pattern that almost matches everywhere would take bash minutes: bounded.
    for line in [
        "echo ${x//a*b/c}",
        "echo ${x##*a*a*a*a*a*a*b}",
        "echo ${x%%*a*a*a*a*a*a*b}",
    ] {
        let (out, _) = run(&mut s, line);
        assert!(
            out.contains("a pattern match took too many steps"),
            "{line}: {out}"
        );
    }
    assert_eq!(run(&mut s, "echo still here").0, "still here\n");
}

#[test]
fn doubling_variables_stop_at_the_word_bound() {
    let mut s = session();
    for line in [
        "x=a; for i in $(seq 40); do x=$x$x; done; echo ${#x}",
        "x=ab; while :; do x=\"$x$x\"; export x; done",
        "f() { echo \"$1$1\"; }; x=a; for i in $(seq 40); do x=$(f $x); done",
    ] {
        let (out, status) = run(&mut s, line);
        assert!(
            out.contains("a word grew past 1 MiB (the simulator bounds variables and arguments)")
                || out.contains(OUTPUT),
            "{line}: {out:.200}"
        );
        assert_eq!(status, 124, "{line}");
    }
    assert_eq!(
        run(
            &mut s,
            "x=a; for i in $(seq 19); do x=$x$x; done; echo ${#x}"
        )
        .0,
        "524288\n"
    );
}

#[test]
fn endless_output_stops_at_the_output_bound() {
    let mut s = session();
    for line in [
        "yes",
        "yes hello world",
        "cat /dev/zero",
        "while :; do cat /etc/os-release; done",
    ] {
        let (out, status) = run(&mut s, line);
        // A loop of small writes may reach the step bound first.
        assert!(
            out.contains(OUTPUT) || (line.starts_with("while") && out.contains(STEPS)),
            "{line}: ends {:?}",
            &out[out.len() - 80..]
        );
        assert!(
            out.len() < (1 << 20) + 64 * 1024,
            "{line}: {} bytes",
            out.len()
        );
        assert_eq!(status, 124, "{line}");
    }
    // Into a pipe, a little is enough for the reader, and what was meant for the pipe never
    // reaches the terminal.
    assert_eq!(run(&mut s, "yes | head -n 2"), ("y\ny\n".to_string(), 0));
    let (out, _) = run(&mut s, "yes | while read l; do echo $l; done | wc -l");
    assert!(!out.contains("y\ny\n"), "{}", &out[..out.len().min(200)]);
}

#[test]
fn devices_behave() {
    let mut s = session();
    assert_eq!(run(&mut s, "cat /dev/null; echo $?"), ("0\n".into(), 0));
    assert_eq!(run(&mut s, "wc -c < /dev/null"), ("0\n".into(), 0));
    assert_eq!(
        run(&mut s, "head -c 10 /dev/zero | wc -c"),
        ("10\n".into(), 0)
    );
    assert_eq!(
        run(&mut s, "cat /dev/zero | head -c 7 | wc -c"),
        ("7\n".into(), 0)
    );
    assert_eq!(
        run(&mut s, "head -c 3 < /dev/zero | wc -c"),
        ("3\n".into(), 0)
    );
    // /dev/urandom is a fixed stream: the simulator is deterministic.
    let (a, _) = run(&mut s, "head -c 4 /dev/urandom | wc -l");
    let (b, _) = run(&mut s, "head -c 4 /dev/urandom | wc -l");
    assert_eq!(a, b);
    assert_eq!(run(&mut s, "echo gone > /dev/null"), (String::new(), 0));
    assert_eq!(
        run(&mut s, "head -c x /dev/zero"),
        ("head: invalid number of bytes: ‘x’\n".into(), 1)
    );
    // The same inside a container.
    let (out, _) = run(
        &mut s,
        "docker run --rm alpine sh -c 'head -c 5 /dev/zero | wc -c; cat /dev/null'",
    );
    assert!(out.ends_with("5\n"), "{out}");
}

#[test]
fn huge_heredocs_are_refused_or_kept_whole() {
    let mut s = session();
    let big = format!("cat > big.txt <<EOF\n{}\nEOF", "x".repeat(1_100_000));
    let (out, status) = run(&mut s, &big);
    assert_eq!(
        out,
        "bash: dockling: input longer than 1 MiB refused (the simulator bounds scripts)\n"
    );
    assert_eq!(status, 124);
    assert!(s.read_file("big.txt").is_none());
    let fits = format!("cat > ok.txt <<EOF\n{}\nEOF", "y".repeat(900_000));
    assert_eq!(run(&mut s, &fits).1, 0);
    assert_eq!(run(&mut s, "wc -c ok.txt"), ("900001 ok.txt\n".into(), 0));
}

#[test]
fn deep_trees_stop_at_path_max() {
    let mut s = session();
    let (out, status) = run(&mut s, "mkdir -p $(printf 'a/%.0s' $(seq 10000))");
    assert!(
        out.ends_with(": File name too long\n"),
        "{}",
        &out[out.len() - 60..]
    );
    assert_eq!(status, 1);
    let (out, _) = run(
        &mut s,
        "d=x; for i in $(seq 5000); do d=$d/x; mkdir -p $d || break; done; echo ${#d}",
    );
    let (rest, len) = out.trim_end().rsplit_once('\n').unwrap_or_default();
    assert!(rest.ends_with(": File name too long"), "{rest}");
    assert!(len.parse::<usize>().is_ok_and(|n| n < 4096), "{len}");
    assert!(
        s.engine().host_fs.len() < 3_000,
        "{}",
        s.engine().host_fs.len()
    );
}

#[test]
fn doubling_trees_stop_at_the_entry_bound() {
    let mut s = session();
    let (out, _) = run(
        &mut s,
        "mkdir d; touch d/f; for i in $(seq 25); do cp -r d d2 && mv d2 d/x$i; done; echo done",
    );
    assert!(out.contains("No space left on device"), "{out}");
    assert!(out.ends_with("done\n"));
    assert!(s.engine().host_fs.len() <= MAX_TREE_ENTRIES);
    // Real bytes too: a loop of copies of a big file.
    let (out, _) = run(
        &mut s,
        "head -c 900000 /dev/zero > big; for i in $(seq 200); do cp big big$i || break; done",
    );
    assert!(out.contains("No space left on device"), "{out}");
}

const DOCKER: &str = "stopped after 100 docker commands (the simulator bounds runaway loops)";

#[test]
fn thousands_of_containers_end() {
    let mut s = session();
    let (out, status) = run(
        &mut s,
        "for i in $(seq 3000); do docker run -d alpine sleep 1000; done | tail -n 1 | wc -c",
    );
    assert!(out.contains(DOCKER), "{out}");
    assert_eq!(status, 124);
    assert_eq!(s.engine().containers.len(), 100);
    let (out, _) = run(&mut s, "docker ps -q | wc -l");
    assert_eq!(out, "100\n");
    // Inside `env`, `xargs`-like wrappers and functions the count is the same.
    let (out, _) = run(&mut s, "f() { env docker ps -q; }; while :; do f; done");
    assert!(
        out.ends_with(&format!("{DOCKER}\n")),
        "{}",
        &out[out.len() - 100..]
    );
    // Line after line, the session keeps them all; the picture holds the newest few with the
    // total, so it stays cheap to draw.
    for _ in 1..10 {
        run(&mut s, "for i in $(seq 100); do docker create alpine; done");
    }
    assert_eq!(s.engine().containers.len(), 1_000);
    let snap = s.snapshot();
    assert_eq!(snap.containers.len(), dockling::view::MAX_SHOWN);
    assert_eq!(snap.containers_total, 1_000);
    let (newest, _) = run(&mut s, "docker ps -alq --no-trunc");
    assert_eq!(snap.containers[0].id, newest.trim());
    assert_eq!((snap.images.len(), snap.images_total), (1, 1));
    // The old ceiling of 1,000 is gone: the next one is created like any other.
    let (out, status) = run(&mut s, "docker create alpine");
    assert_eq!((out.len(), status), (65, 0), "{out}");
    const { assert!(MAX_CONTAINERS >= 10_000) };
}

/// A hidden scenario of issue 18: 3,000 `docker run -d`, typed one by one, then `ps -a` three
/// times lists every one of them, newest first.
#[test]
fn three_thousand_containers_are_all_listed() {
    let mut s = session();
    for i in 0..3_000 {
        let (out, status) = run(
            &mut s,
            &format!("docker run -d --name c{i} alpine sleep 100000"),
        );
        assert_eq!(status, 0, "container {i}: {out}");
    }
    for _ in 0..3 {
        let (out, status) = run(&mut s, "docker ps -a");
        assert_eq!(status, 0);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3_001);
        assert!(lines[0].starts_with("CONTAINER ID"));
        assert!(lines[1].ends_with(" c2999"), "{}", lines[1]);
        assert!(lines[3_000].ends_with(" c0"), "{}", lines[3_000]);
        assert!(lines[1..].iter().all(|l| l.contains("Up ")));
    }
    let (out, _) = run(&mut s, "docker ps -q | wc -l");
    assert_eq!(out.trim(), "3000");
}

#[test]
fn a_build_step_that_never_ends_fails_the_build() {
    let mut s = session();
    run(&mut s, "mkdir loop && cd loop");
    s.write_file("Dockerfile", "FROM alpine\nRUN while true; do :; done\n")
        .unwrap();
    let (out, status) = run(&mut s, "docker build -t loop .");
    assert!(out.contains(STEPS), "{out}");
    assert!(
        out.contains("ERROR: failed to build: failed to solve: process \"/bin/sh -c while true; do :; done\" did not complete successfully: exit code: 124"),
        "{out}"
    );
    assert_eq!(status, 1);
    s.write_file("Dockerfile", "FROM alpine\nRUN f() { f; }; f\n")
        .unwrap();
    let (out, _) = run(&mut s, "docker build -t loop .");
    assert!(out.contains(DEPTH), "{out}");
}

#[test]
fn onbuild_chains_stay_one_level_deep() {
    let mut s = session();
    run(&mut s, "mkdir ob && cd ob");
    s.write_file("Dockerfile", "FROM alpine\nONBUILD ONBUILD RUN echo x\n")
        .unwrap();
    let (out, status) = run(&mut s, "docker build -t ob0 .");
    assert!(
        out.contains("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
        "{out}"
    );
    assert_eq!(status, 1);
    // Twenty images, each FROM the one before with triggers of its own: every build runs only
    // its parent's triggers.
    s.write_file(
        "Dockerfile",
        "FROM alpine\nONBUILD RUN echo trigger >> /t\n",
    )
    .unwrap();
    assert_eq!(run(&mut s, "docker build -q -t ob1 .").1, 0);
    for i in 2..=20 {
        let text = format!("FROM ob{}\nONBUILD RUN echo trigger >> /t\n", i - 1);
        s.write_file("Dockerfile", &text).unwrap();
        let (out, status) = run(&mut s, &format!("docker build -q -t ob{i} ."));
        assert_eq!(status, 0, "{out}");
    }
    let (out, _) = run(&mut s, "docker run --rm ob20 wc -l /t");
    assert_eq!(out, "19 /t\n");
    // Many triggers in one file: past the builder's step bound the build is refused.
    let many = |n: usize| -> String {
        std::iter::once("FROM alpine\n".to_string())
            .chain((0..n).map(|i| format!("ONBUILD RUN echo {i} >> /t\n")))
            .collect()
    };
    s.write_file("Dockerfile", &many(1000)).unwrap();
    let (out, status) = run(&mut s, "docker build -q -t many .");
    assert_eq!(
        out,
        "ERROR: failed to build: failed to solve: dockling: the build has more steps than the simulator runs (400)\n"
    );
    assert_eq!(status, 1);
    s.write_file("Dockerfile", &many(100)).unwrap();
    assert_eq!(run(&mut s, "docker build -q -t many .").1, 0);
    s.write_file("Dockerfile", "FROM many\n").unwrap();
    let (out, status) = run(&mut s, "docker build -t child .");
    assert_eq!(status, 0, "{out}");
    assert_eq!(run(&mut s, "docker run --rm child wc -l /t").0, "100 /t\n");
}

// ---------------------------------------------------------------------------------------------
// Saved state: a bad save is refused whole with a readable message, never half-loaded.

fn refused(text: &str) -> String {
    match Session::load(text, 80) {
        Ok(s) => panic!("loaded {} steps from {text:.200}", s.steps().len()),
        Err(message) => {
            assert!(!message.is_empty() && message.len() < 300, "{message}");
            message
        }
    }
}

fn doc(history: &str) -> String {
    format!(
        "{{\"format\":\"dockling-session\",\"version\":{SAVE_VERSION},\"seed\":3,\"start_ms\":1748854800000,\"history\":{history}}}"
    )
}

#[test]
fn a_good_save_round_trips() {
    let mut s = session();
    s.run("mkdir app && cd app");
    s.write_file("Dockerfile", "FROM alpine\n").unwrap();
    s.run("docker build -q -t mine .");
    s.run("docker run -d --name \"é한\" mine sleep 100");
    let text = s.save();
    let loaded = Session::load(&text, 80).expect("loads");
    assert_eq!(loaded.steps(), s.steps());
    assert_eq!(loaded.snapshot(), s.snapshot());
    assert_eq!(loaded.save(), text);
}

#[test]
fn truncated_saves_are_refused() {
    let text = save_of(&["echo hi", "docker run -d --name web nginx", "docker ps"]);
    // Every proper prefix is refused (a JSON document cut anywhere is incomplete).
    for cut in 0..text.len() {
        if text.is_char_boundary(cut) {
            let message = refused(&text[..cut]);
            assert!(message.starts_with("not a saved session: "), "{message}");
        }
    }
}

#[test]
fn corrupted_and_hand_edited_saves_are_refused_with_a_reason() {
    let cases: &[(String, &str)] = &[
        (
            "".into(),
            "not a saved session: EOF while parsing a value at line 1 column 0",
        ),
        ("[]".into(), "not a saved dockling session"),
        (
            "{\"format\":\"other\"}".into(),
            "not a saved dockling session",
        ),
        (
            doc("[]").replace("\"version\":1", "\"version\":2"),
            "saved with format version 2, which this dockling cannot read",
        ),
        (
            doc("[]").replace("\"version\":1,", ""),
            "saved session has no format version",
        ),
        (
            doc("[]").replace("\"version\":1", "\"version\":\"1\""),
            "saved session has no format version",
        ),
        (
            doc("[]").replace("\"seed\":3", "\"seed\":-3"),
            "saved session has no seed",
        ),
        (
            doc("[]").replace("\"seed\":3", "\"seed\":3.5"),
            "saved session has no seed",
        ),
        (
            doc("[]").replace("\"start_ms\":1748854800000,", ""),
            "saved session has no start time",
        ),
        (doc("{}"), "saved session has no history"),
        (
            doc("[\"ls\", 1]"),
            "a history entry is neither a line nor a file write",
        ),
        (
            doc("[\"ls\", null]"),
            "a history entry is neither a line nor a file write",
        ),
        (
            doc("[{\"write\":\"f\"}]"),
            "a history entry is neither a line nor a file write",
        ),
        (
            doc("[{\"write\":1,\"content\":\"x\"}]"),
            "a history entry is neither a line nor a file write",
        ),
        (
            doc("[\"\\ud800\"]"),
            "not a saved session: unexpected end of hex escape at line 1 column 94",
        ),
        (
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
            "not a saved session: recursion limit exceeded at line 1 column 128",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&refused(text), want, "{text:.120}");
    }
    // Broken escapes: serde_json's reason, after ours.
    for history in [
        "[\"\\ud800\\u0041\"]",
        "[\"\\udc00x\\ud800\"]",
        "[\"\\u12\"]",
        "[\"\\x41\"]",
    ] {
        let message = refused(&doc(history));
        assert!(message.starts_with("not a saved session: "), "{message}");
        assert!(
            message.contains("escape") || message.contains("surrogate"),
            "{message}"
        );
    }
    // Invalid UTF-8 bytes never reach `load` (it takes &str); a lossy decoding is refused.
    let bytes = [doc("[\"ls\"]").as_bytes(), b"\xff"].concat();
    refused(&String::from_utf8_lossy(&bytes));
}

#[test]
fn oversized_saves_are_refused_whole() {
    // More steps than a session keeps: refused, not cut short.
    let lines = vec!["\"echo\""; MAX_HISTORY + 1].join(",");
    assert_eq!(
        refused(&doc(&format!("[{lines}]"))),
        format!("saved session has more than {MAX_HISTORY} steps")
    );
    // The start time must be a date the clock can show.
    for start in [
        "-1",
        "9223372036854775807",
        "-9223372036854775808",
        "253402300800000",
    ] {
        let text = doc("[\"docker ps\"]").replace("1748854800000", start);
        assert_eq!(
            refused(&text),
            "saved session has a start time outside 1970–9999",
            "{start}"
        );
    }
    // Huge lines load (the shell refuses them on replay, as it did when typed).
    let long = format!("[\"echo {}\"]", "x".repeat(2 << 20));
    let s = Session::load(&doc(&long), 80).expect("loads");
    assert_eq!(s.steps().len(), 1);
}

// ---------------------------------------------------------------------------------------------
// The host page's safety: what the engine says is plain text; nothing in src/ builds HTML.

const PAYLOADS: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "\"><svg onload=alert(1)>",
    "</textarea><b>x",
];

#[test]
fn hostile_names_are_refused_or_kept_as_text() {
    let mut s = session();
    run(&mut s, "docker pull -q nginx");
    let (out, status) = run(
        &mut s,
        "docker run -d --name '<img src=x onerror=alert(1)>' nginx",
    );
    assert_eq!(
        out,
        "docker: Error response from daemon: Invalid container name (<img src=x onerror=alert(1)>), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker run --help' for more information\n"
    );
    assert_eq!(status, 125);
    let (out, status) = run(&mut s, "docker build -t '<script>' .");
    assert_eq!(status, 1, "{out}");
    for p in PAYLOADS {
        let quoted = format!("'{}'", p.replace('\'', "'\\''"));
        run(&mut s, &format!("touch {quoted}; mkdir -p d/{quoted}"));
        run(
            &mut s,
            &format!("docker run -d -e X={quoted} --label l={quoted} nginx echo {quoted}"),
        );
        run(
            &mut s,
            &format!("docker volume create --label l={quoted} v1"),
        );
    }
    let snap = s.snapshot();
    let json = serde_json::to_string(&snap).expect("serialises");
    // Every payload that made it into the picture is a JSON string and comes back unchanged.
    let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let mut strings = Vec::new();
    collect_strings(&back, &mut strings);
    for p in PAYLOADS {
        assert!(
            strings
                .iter()
                .any(|t| t == p || t.ends_with(&format!("/{p}"))),
            "{p} is in the picture as the same text"
        );
    }
    // In the JSON text, a quote inside a string is always escaped: no payload closes one.
    assert!(!json.contains("\"\"><svg"), "{json:.400}");
    assert!(json.contains("\\\"><svg onload=alert(1)>"));
    // Explanations are plain text too: they only name what the learner typed.
    for lang in [dockling::session::Lang::En, dockling::session::Lang::Ko] {
        for e in s.explain_last(lang) {
            let j = serde_json::to_string(&e).expect("serialises");
            assert!(serde_json::from_str::<serde_json::Value>(&j).is_ok());
        }
    }
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            collect_strings(x, out);
        }),
        _ => {}
    }
}

/// Source files whose text is HTML on purpose: simulated web servers' response bodies, which
/// the learner sees as text in the terminal (`curl localhost:8080`).
const HTML_CONTENT: &[&str] = &["src/runtime/programs/", "src/registry/"];

#[test]
fn nothing_in_src_builds_html() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    assert!(files.len() > 20);
    let banned = [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "set_inner_html",
        "push_html",
        "html::write_html",
        "<div",
        "<span",
        "<br",
        "<script",
        "<img",
        "<a href",
    ];
    for f in files {
        let rel = f
            .strip_prefix(root())
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        if HTML_CONTENT.iter().any(|p| rel.starts_with(p)) {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for b in banned {
            assert!(
                !text.contains(b),
                "{rel} contains {b:?}: engine text must stay plain text"
            );
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn lesson_text_stays_markdown_text() {
    let text = "---\nid: x\ntitle: <script>alert(1)</script>\nlang: en\nlevel: beginner\nlanguages: [en]\nminutes: 1\n---\n\n# T\n\n## Step <img src=x onerror=alert(1)>\n\nSay <b>hi</b> \"><svg onload=alert(1)>\n\n```sh\necho '<script>'\n```\n";
    let lesson = dockling::lesson::parse_lesson(text).expect("parses");
    assert_eq!(lesson.title, "<script>alert(1)</script>");
    let json = serde_json::to_string(&lesson).expect("serialises");
    let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let mut strings = Vec::new();
    collect_strings(&back, &mut strings);
    // The prose is handed over as the Markdown it was, not rendered to HTML.
    assert!(strings
        .iter()
        .any(|s| s.contains("Say <b>hi</b> \"><svg onload=alert(1)>")));
    assert!(strings.iter().any(|s| s == "echo '<script>'"));
}

/// Numbers at and past every limit (found by hand while fuzzing: `printf '%.999999999f'`
/// panicked in Rust's formatter).
#[test]
fn hostile_numbers_return() {
    let mut s = session();
    assert_eq!(
        run(&mut s, "printf '%.999999999f\\n' 1 | wc -c"),
        ("10003\n".into(), 0)
    );
    for line in [
        "echo $((2**63)) $(( (-9223372036854775807 - 1) / -1 )) $(( (-9223372036854775807 - 1) % -1 )) $((1<<64)) $((1<<-1))",
        "printf '%*d|%-99999999999s|%099999999999d\\n' 999999999 1 x 2 | wc -c",
        "seq 1 0.5 1e9 | tail -n 1; seq 99999999999999999999",
        "head -n 99999999999999999999 /etc/hostname; tail -n -99999999999999999999 /etc/hostname",
        "sleep 1e308; sleep 99999999999999999999; sleep -1",
        "docker run -d -p 1-65535:1-65535 nginx",
        "docker run -d --memory 99999999999999g --cpus 1e308 alpine sleep 1",
        "docker stop -t 99999999999 $(docker ps -q | head -n 1)",
        "docker run -d --restart on-failure:99999999999 alpine false",
        "docker logs --tail 99999999999999999999 --since 99999999999999 $(docker ps -aq | head -n 1)",
        "echo ${x:99999999999999999999} ${x: -99999999999} ${x:0:-5}",
        "docker inspect -f '{{printf \"%.99999999f|%99999999d\" 1.5 2}}' $(docker ps -aq | head -n 1)",
        "docker run --rm alpine sh -c 'echo $((0x7fffffffffffffff+1)); printf \"%.99999999f\" 1 | wc -c'",
    ] {
        let (out, _) = run(&mut s, line);
        assert!(!out.contains("panicked"), "{line}: {out}");
    }
}

/// A `--format` pipeline that doubles its value at every stage stops at the output bound
/// (found by hand: 28 stages took 2 GB and minutes before the bound).
#[test]
fn growing_templates_stop() {
    let value = serde_json::json!({"ID": "0123456789ab"});
    let format = format!("{{{{.ID{}}}}}", " | printf \"%x\"".repeat(40));
    let err = dockling::cli::template::render(&format, &value).expect_err("bounded");
    assert!(
        err.go_message.ends_with("output too large"),
        "{}",
        err.go_message
    );
    let vars = format!(
        "{{{{$x := .ID}}}}{}{{{{len $x}}}}",
        "{{$x = printf \"%s%s\" $x $x}}".repeat(40)
    );
    let err = dockling::cli::template::render(&vars, &value).expect_err("bounded");
    assert!(
        err.go_message.ends_with("output too large"),
        "{}",
        err.go_message
    );
}

/// `ENV A=${A}${A}` line after line doubles a value; expansion stops at 1 MiB (found by hand:
/// 60 lines took minutes and GBs). The builder keeps the word unexpanded past the bound.
#[test]
fn doubling_build_variables_stop() {
    let mut s = session();
    run(&mut s, "mkdir e && cd e");
    let text: String = std::iter::once("FROM alpine\nENV A=x\n".to_string())
        .chain((0..60).map(|_| "ENV A=${A}${A}\n".to_string()))
        .chain(std::iter::once("RUN echo ${#A} > /len\n".to_string()))
        .collect();
    s.write_file("Dockerfile", &text).unwrap();
    let (out, status) = run(&mut s, "docker build -q -t e .");
    assert_eq!(status, 0, "{out:.300}");
    let (out, _) = run(&mut s, "docker run --rm e cat /len");
    let len: usize = out.trim().parse().unwrap_or(usize::MAX);
    assert!(len <= dockling::dockerfile::expand::MAX_VALUE, "{out:.100}");
    let lexer = dockling::dockerfile::expand::Lexer::with_escape('\\');
    let big = "y".repeat(600_000);
    let err = lexer
        .process_word("${B}${B}", &|_: &str| Some(big.clone()))
        .expect_err("bounded");
    assert_eq!(
        err.kind.to_string(),
        "the expanded value is longer than 1 MiB (the simulator bounds words)"
    );
}
