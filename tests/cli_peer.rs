//! The peer suite: command lines made from docker/cli's own test tables (`opts`, `container`,
//! `network`, `volume`, `image`, `formatter`, go-units, go-connections, distribution/reference)
//! and the real docker 28.2.2 client's answers, captured on a machine without a daemon.
//!
//! `tests/data/peer/cases.tsv` holds one case a line: the arguments after `docker` (shell
//! syntax), the exit status, stdout and stderr (each with `\n`, `\t`, `\\` escaped). Where the real
//! client got past its own validation it could only say that it cannot reach the daemon; for
//! those lines dockling (which has a daemon) must print no client-side error, and any warning
//! the client printed first must come first. Every other line must match text and exit status.
//! `PEER_REPORT=1` prints each difference.

use dockling::runtime::Stream;
use dockling::session::{Session, SessionConfig};

const NO_DAEMON: &str =
    "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?";

/// Lines whose real answer depends on having no daemon at all, with the reason.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("build --add-host bad -t x .", BUILDX),
    ("build --shm-size 1q -t x .", BUILDX),
    ("build --memory 1q -t x .", BUILDX),
    ("builder prune --keep-storage 1q", BUILDX),
    ("builder prune --filter bogus", BUILDX),
    ("run --device /dev/snd busybox", NO_OS),
    (
        "save image:tag",
        "captured without a terminal (the real client then writes the tar to the pipe); dockling's terminal is one, so it refuses",
    ),
    (
        "login -p x",
        "captured without a terminal; dockling's terminal is one, so it prompts",
    ),
    (
        "-H tcp://0.0.0.0:1234567890 ps",
        "Go's dialer rejects the port; dockling answers every other endpoint as unreachable",
    ),
    ("search --format '{{.Bad' busybox", DAEMON_FIRST),
    ("network ls --format '{{.Bad'", DAEMON_FIRST),
    ("info --format '{{.Bad'", DAEMON_FIRST),
    ("system df --format '{{.Bad'", DAEMON_FIRST),
    ("system df -v --format '{{.Bad'", DAEMON_FIRST),
    ("load -i /nonexistent", NOT_YET),
    ("events --since bogus", NOT_YET),
    ("events --format '{{.Bad'", NOT_YET),
    ("update --restart :1 c", NOT_YET),
    ("update --restart on-failure:x c", NOT_YET),
    ("update --kernel-memory 1q c", NOT_YET),
    ("system events --since x", NOT_YET),
    ("load --platform '<invalid>'", NOT_YET),
    (
        "push --platform '<invalid>' image",
        "platform specifiers are not modelled",
    ),
    ("run --device /dev/snd:/something:rw busybox", NO_OS),
    ("-H tcp://host: ps", DNS),
    ("-H tcp://192.168:8080 ps", DNS),
    (
        "-H tcp://127.0.0.1:2375 version",
        "the client half of `version` before the dial is not printed",
    ),
    (
        "-H tcp://127.0.0.1:2375 --help",
        "the capturing machine has no buildx/compose plugins to list",
    ),
    ("ps --format '{{.Label}}'", TEMPLATE_ARITY),
    ("ps --format '{{join .Names \",\"}}'", TEMPLATE_ARITY),
];

/// Go's wording for a method called with the wrong arguments is not modelled.
const TEMPLATE_ARITY: &str = "Go template arity/type errors on methods";

/// The real client resolved the name with this machine's DNS.
const DNS: &str = "the capturing machine's DNS answer";

/// Without a daemon the client cannot learn the server's OS; a Linux daemon accepts it.
const NO_OS: &str = "no server OS without a daemon";

/// These commands ask the daemon before they read `--format`; with a daemon the real client
/// prints the same template error dockling prints.
const DAEMON_FIRST: &str = "the client asks the daemon before parsing the template";

/// Commands whose engine side is another part of issue 16.
const NOT_YET: &str = "command not simulated yet";

/// The capturing machine's client had no buildx plugin and fell back to the legacy builder;
/// dockling's `build` is the buildx plugin a Docker 28 install forwards to.
const BUILDX: &str = "legacy builder on the capturing machine";

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

struct Case {
    line: String,
    code: i32,
    stdout: String,
    stderr: String,
}

fn cases() -> Vec<Case> {
    let text = include_str!("data/peer/cases.tsv");
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Case {
                line: unescape(f[0]),
                code: f[1].parse().expect("exit code"),
                stdout: unescape(f.get(2).copied().unwrap_or("")),
                stderr: unescape(f.get(3).copied().unwrap_or("")),
            }
        })
        .collect()
}

/// A client-side complaint in dockling's answer to a line the real client let through.
fn validation_error(code: i32, stderr: &str) -> bool {
    if code == 0 || stderr.contains("Error response from daemon") || stderr.contains("No such ") {
        return false;
    }
    code == 125
        || stderr.contains("invalid argument")
        || stderr.contains("\n\nUsage:  ")
        || code != 0
            && !stderr.contains("not simulated yet")
            && !stderr.contains("Unable to find image")
}

/// Runs one case in a fresh session; `None` when it matches.
fn check(c: &Case) -> Option<String> {
    let mut s = Session::new(SessionConfig::default());
    let r = s.run(&format!("docker {}", c.line));
    let (mut out, mut err) = (String::new(), String::new());
    for (stream, text) in &r.output.chunks {
        match stream {
            Stream::Stdout => out.push_str(text),
            _ => err.push_str(text),
        }
    }
    if let Some(at) = c.stderr.find(NO_DAEMON) {
        // Passed the client's validation: a warning printed first must be there too.
        let before = &c.stderr[..at];
        let before = before.strip_suffix("docker: ").unwrap_or(before);
        if !err.starts_with(before) || validation_error(r.status, &err) {
            return Some(format!(
                "docker {}\n  want: no client error (prefix {:?})\n  got:  {} {:?} {:?}",
                c.line, before, r.status, out, err
            ));
        }
        return None;
    }
    if out != c.stdout || err != c.stderr || r.status != c.code {
        return Some(format!(
            "docker {}\n  want: {} {:?} {:?}\n  got:  {} {:?} {:?}",
            c.line, c.code, c.stdout, c.stderr, r.status, out, err
        ));
    }
    None
}

#[test]
fn peer_suite_matches_the_real_client() {
    let all = cases();
    assert!(all.len() >= 300, "{} cases", all.len());
    let mut failures = Vec::new();
    let mut excused = 0;
    for c in &all {
        if let Some(diff) = check(c) {
            if EXCEPTIONS.iter().any(|(l, _)| *l == c.line) {
                excused += 1;
            } else {
                failures.push(diff);
            }
        }
    }
    let matched = all.len() - failures.len() - excused;
    eprintln!(
        "peer suite: {matched}/{} matched, {excused} excused",
        all.len()
    );
    if std::env::var("PEER_REPORT").is_ok() {
        for f in &failures {
            eprintln!("{f}");
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
