//! The Hub that tutorials pull from (issue 13): every reference in
//! `tests/data/hub-tutorial-tags.txt` (surveyed from tutorials, each checked against Docker Hub's
//! history) pulls with a plausible number of layers and a well-formed digest, and every reference
//! in `tests/data/hub-never-existed.txt` fails with the daemon's exact message.

use dockling::session::{Session, SessionConfig};

const TUTORIAL_TAGS: &str = include_str!("data/hub-tutorial-tags.txt");
const NEVER_EXISTED: &str = include_str!("data/hub-never-existed.txt");

/// The lines of a data file that are not comments or blank.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The repository a reference names, without a tag (`docker.elastic.co/kibana/kibana`).
fn repo_of(reference: &str) -> &str {
    let last = reference.rfind('/').map_or(0, |i| i + 1);
    match reference[last..].find(':') {
        Some(i) => &reference[..last + i],
        None => reference,
    }
}

/// Whether `d` is `sha256:` and 64 lowercase hex digits.
fn is_digest(d: &str) -> bool {
    d.strip_prefix("sha256:").is_some_and(|h| {
        h.len() == 64
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// Base images are one layer (a root file system), as on Docker Hub.
fn single_layer(repo: &str) -> bool {
    matches!(
        repo,
        "alpine"
            | "busybox"
            | "ubuntu"
            | "debian"
            | "centos"
            | "fedora"
            | "rockylinux"
            | "amazonlinux"
            | "hello-world"
    )
}

/// Community images built `FROM scratch` with one or two `COPY` steps, or on a one-layer base
/// with metadata only.
const SCRATCH: &[&str] = &["hashicorp/http-echo", "jpetazzo/clock"];

/// What one `docker pull` of `reference` printed, checked; the failure text if it is wrong.
fn check_pull(reference: &str) -> Result<usize, String> {
    let mut session = Session::new(SessionConfig::default());
    let result = session.run(&format!("docker pull {reference}"));
    let text = result.output.text();
    if result.status != 0 {
        return Err(format!(
            "{reference}: exit {}: {}",
            result.status,
            text.trim()
        ));
    }
    let layers = text
        .lines()
        .filter_map(|l| l.split_once(": "))
        .filter(|(id, what)| {
            id.len() == 12
                && id.bytes().all(|b| b.is_ascii_hexdigit())
                && matches!(*what, "Pull complete" | "Already exists")
        })
        .count();
    let digest = text
        .lines()
        .find_map(|l| l.strip_prefix("Digest: "))
        .unwrap_or("");
    if !is_digest(digest) {
        return Err(format!("{reference}: digest {digest:?}"));
    }
    let repo = repo_of(reference);
    let tagged = if reference.len() > repo.len() {
        reference.to_string()
    } else {
        format!("{reference}:latest")
    };
    if !text.contains(&format!("Status: Downloaded newer image for {tagged}\n")) {
        return Err(format!("{reference}: no status line in {text:?}"));
    }
    let plausible = if single_layer(repo) {
        layers == 1
    } else if SCRATCH.contains(&repo) {
        (1..=3).contains(&layers)
    } else {
        (2..=20).contains(&layers)
    };
    if !plausible {
        return Err(format!("{reference}: {layers} layers"));
    }
    Ok(layers)
}

#[test]
fn tutorial_survey_is_large_and_has_no_duplicate() {
    let all: Vec<&str> = entries(TUTORIAL_TAGS).collect();
    assert!(all.len() >= 300, "{} references", all.len());
    let mut sorted = all.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), all.len(), "a reference is listed twice");
}

#[test]
fn every_tutorial_reference_pulls() {
    let mut wrong = Vec::new();
    let mut layers = 0;
    for reference in entries(TUTORIAL_TAGS) {
        match check_pull(reference) {
            Ok(n) => layers += n,
            Err(e) => wrong.push(e),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} failed:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(layers > 600, "{layers} layers in all");
}

#[test]
fn references_that_never_existed_fail_as_docker_says() {
    let mut wrong = Vec::new();
    let mut tried = 0;
    for line in entries(NEVER_EXISTED) {
        let (kind, reference) = line.split_once(' ').expect("KIND REFERENCE");
        let repo = repo_of(reference);
        let want = match kind {
            "TAG" => format!(
                "Error response from daemon: manifest for {reference} not found: manifest unknown: manifest unknown\n"
            ),
            "REPO" => {
                let familiar = repo.strip_prefix("library/").unwrap_or(repo);
                format!(
                    "Using default tag: latest\nError response from daemon: pull access denied for {familiar}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n"
                )
            }
            other => panic!("kind {other}"),
        };
        tried += 1;
        let mut session = Session::new(SessionConfig::default());
        let result = session.run(&format!("docker pull {reference}"));
        let text = result.output.text();
        if result.status != 1 || text != want {
            wrong.push(format!("{reference}: exit {}: {text:?}", result.status));
        }
    }
    assert!(tried > 100, "{tried}");
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
