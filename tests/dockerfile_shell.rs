//! BuildKit's own expansion tables (`shell/envVarTest`, `shell/wordsTest`) run against
//! `dockling::dockerfile::expand`, every line, as the conformance README describes.

use std::path::PathBuf;

use dockling::dockerfile::expand::Lexer;

fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/buildkit-parser/shell")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    String::from_utf8(bytes).expect("the tables are UTF-8")
}

#[test]
fn env_var_test_table() {
    let env = |name: &str| -> Option<String> {
        match name {
            "PWD" => Some("/home".into()),
            "SHELL" => Some("bash".into()),
            "KOREAN" => Some("한국어".into()),
            "NULL" => Some(String::new()),
            _ => None,
        }
    };
    let lexer = Lexer::default();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (n, line) in data("envVarTest").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.trim().split('|').collect();
        assert_eq!(fields.len(), 3, "line {}", n + 1);
        let (platform, input, expected) = (fields[0].trim(), fields[1].trim(), fields[2].trim());
        assert!(matches!(platform, "A" | "U" | "W"), "line {}", n + 1);
        if platform == "W" {
            continue;
        }
        checked += 1;
        let got = lexer.process_word(input, &env);
        let ok = match (&got, expected) {
            (Err(_), "error") => true,
            (Ok(e), want) if want != "error" => e.value == want,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "line {}: {input:?} want {expected:?} got {got:?}",
                n + 1
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(checked, 228);
}

#[test]
fn words_test_table() {
    let lexer = Lexer::default();
    let mut envs: Vec<(String, String)> = Vec::new();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (n, line) in data("wordsTest").lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("ENV ") {
            let rest = rest.trim_start_matches(' ');
            let (k, v) = rest.split_once('=').unwrap_or((rest, ""));
            envs.push((k.to_string(), v.to_string()));
            continue;
        }
        let fields: Vec<&str> = line.split('|').collect();
        assert_eq!(fields.len(), 2, "line {}", n + 1);
        let input = fields[0].trim();
        let expected: Vec<String> = fields[1]
            .trim_start_matches(' ')
            .split(',')
            .map(String::from)
            .collect();
        let lookup = |name: &str| {
            envs.iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let got = lexer
            .process_words(input, &lookup)
            .unwrap_or_else(|_| vec!["error".to_string()]);
        checked += 1;
        if got != expected {
            failures.push(format!(
                "line {}: {input:?} want {expected:?} got {got:?}",
                n + 1
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(checked, 24);
}

/// A seeded xorshift: deterministic "random" words built from the characters that matter.
#[test]
fn random_words_never_panic_or_hang() {
    let alphabet: Vec<char> = "$ {}:-+?#%/\\`'\"ab_1*.\n한".chars().collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let env = |name: &str| match name {
        "a" => Some("a b*c".to_string()),
        "b" => Some(String::new()),
        _ => None,
    };
    for i in 0..4000 {
        let len = (next() % 24) as usize;
        let word: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let lexer = Lexer {
            escape: if i % 5 == 0 { '`' } else { '\\' },
            raw_quotes: i % 3 == 0,
            raw_escapes: i % 7 == 0,
            skip_unset_env: i % 2 == 0,
        };
        if let Err(e) = lexer.process_word(&word, &env) {
            assert!(e.to_string().starts_with("failed to process \""));
        }
    }
}
