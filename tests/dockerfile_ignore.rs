//! Random patterns and paths through `.dockerignore` matching and COPY globbing: no panics,
//! no hangs, deterministic (a seeded xorshift).

use dockling::dockerfile::ignore::{go_match, resolve_sources, IgnoreMatcher};
use dockling::vfs::{Node, Tree};

#[test]
fn random_patterns_never_panic() {
    let alphabet: Vec<char> = "ab*?[]^-\\!/.# \n한".chars().collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut context = Tree::default();
    for p in ["/a/b", "/a/.b", "/ab/c/d", "/b*", "/한/a"] {
        context.insert(p, Node::file("x"));
    }
    for _ in 0..3000 {
        let mut word = |max: u64| -> String {
            let len = next() % max;
            (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect()
        };
        let pattern = word(14);
        let path = word(10);
        let _ = go_match(&pattern, &path);
        if let Ok(m) = IgnoreMatcher::parse(&pattern) {
            let _ = m.is_excluded(&path);
        }
        let _ = resolve_sources(&context, &pattern);
    }
}
