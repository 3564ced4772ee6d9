//! What the lessons and explanations teach matches what dockling (and Docker) does: each test
//! here fails on a text or a behaviour that once taught something wrong.

use dockling::session::Session;

fn session() -> Session {
    Session::new(Default::default())
}

/// Runs lines and returns the last one's output.
fn run_all(s: &mut Session, lines: &[&str]) -> String {
    let mut last = String::new();
    for line in lines {
        last = s.run(line).output.text();
    }
    last
}

/// `image prune` reclaims the layers it released, not the whole size of an image whose base
/// layers other images still use (a dangling rebuild of a 3-byte layer on alpine frees 3B).
#[test]
fn image_prune_counts_only_released_layers() {
    let mut s = session();
    let out = run_all(
        &mut s,
        &[
            "docker pull -q alpine:3.20",
            "printf 'FROM alpine:3.20\\nRUN echo v1 > /v.txt\\n' > Dockerfile",
            "docker build -q -t tool .",
            "printf 'FROM alpine:3.20\\nRUN echo v2 > /v.txt\\n' > Dockerfile",
            "docker build -q -t tool .",
            "docker image prune -f",
        ],
    );
    assert!(out.ends_with("Total reclaimed space: 3B\n"), "{out}");
}
