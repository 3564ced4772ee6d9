//! The simulator's own bounds (issue 18): each one, when hit, stops the command with a message
//! worded as the shell words its errors, and the explanation panel says which limit it was and
//! why there is one, in English and Korean. `docs/limits.md` lists them.

use dockling::session::{Lang, Session, SessionConfig};

/// Runs `line` in a fresh session; returns (stderr, explanation IDs, the limit's texts en/ko).
fn hit(setup: &[&str], line: &str) -> (String, Vec<String>, Vec<(String, String)>) {
    let mut s = Session::new(SessionConfig::default());
    for l in setup {
        s.run(l);
    }
    let r = s.run(line);
    let err: String = r
        .output
        .chunks
        .iter()
        .filter(|(stream, _)| *stream == dockling::runtime::Stream::Stderr)
        .map(|(_, t)| t.as_str())
        .collect();
    let ids = s.explain_last(Lang::En).into_iter().map(|e| e.id).collect();
    let texts = [Lang::En, Lang::Ko]
        .into_iter()
        .flat_map(|lang| s.explain_last(lang))
        .filter(|e| e.id.starts_with("limit."))
        .map(|e| (e.title, e.body))
        .collect();
    (err, ids, texts)
}

fn check(setup: &[&str], line: &str, key: &str, message: &str) {
    let (err, ids, texts) = hit(setup, line);
    assert!(err.contains(message), "{key}: stderr {err:?}");
    assert!(ids.contains(&format!("limit.{key}")), "{key}: {ids:?}");
    assert_eq!(texts.len(), 2, "{key}: {texts:?}");
    for (title, body) in &texts {
        assert!(
            !title.starts_with("limit.") && body.len() > 40,
            "{key}: {title} / {body}"
        );
    }
    assert_ne!(
        texts[0], texts[1],
        "{key}: the Korean text is the English one"
    );
}

#[test]
fn each_bound_is_worded_and_explained_when_hit() {
    check(
        &[],
        "while true; do :; done",
        "steps",
        "dockling: stopped after 10000 steps",
    );
    check(
        &[],
        "for i in $(seq 1 150); do docker ps -q; done",
        "docker",
        "dockling: stopped after 100 docker commands",
    );
    check(
        &[],
        "f() { f; }; f",
        "depth",
        "dockling: stopped at nesting depth 200",
    );
    check(
        &[],
        "yes",
        "output",
        "dockling: stopped after 1 MiB of output",
    );
    let long = format!("echo {}", "a".repeat((1 << 20) + 10));
    check(
        &[],
        &long,
        "input",
        "dockling: input longer than 1 MiB refused",
    );
    check(
        &[],
        "x=ab; while true; do x=$x$x; done",
        "word",
        "dockling: a word grew past 1 MiB",
    );
    check(
        &["mkdir full", "cd full"],
        "seq 1 12000 | xargs touch",
        "disk",
        "No space left on device",
    );
}

#[test]
fn a_command_after_the_limit_has_no_limit_explanation() {
    let mut s = Session::new(SessionConfig::default());
    s.run("while true; do :; done");
    assert!(s
        .explain_last(Lang::En)
        .iter()
        .any(|e| e.id == "limit.steps"));
    s.run("echo fine");
    assert!(s
        .explain_last(Lang::En)
        .iter()
        .all(|e| !e.id.starts_with("limit.")));
}
