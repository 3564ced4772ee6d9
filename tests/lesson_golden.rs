//! Lessons parse the same as they did with pulldown-cmark: every built-in lesson and a sample
//! of the whole documented Markdown subset, compared with goldens recorded by the CommonMark
//! parser the module used before its own block splitter (`UPDATE_EXPECT=1` rewrites them).

use dockling::lesson::{builtin_lessons, parse_lesson, plain_text, Block};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/lesson-golden");

/// The parsed lesson as JSON, then the plain text `lesson play` shows for each prose block.
fn render(text: &str) -> String {
    let lesson = parse_lesson(text).expect("parses");
    let mut out = serde_json::to_string_pretty(&lesson).expect("serialises");
    out.push_str("\n\n== plain ==\n");
    out.push_str(&plain_text(&lesson.intro_markdown));
    for step in &lesson.steps {
        for block in &step.body {
            if let Block::Prose { markdown } = block {
                out.push_str("\n-- prose --\n");
                out.push_str(&plain_text(markdown));
            }
        }
        for hint in &step.hints {
            out.push_str("\n-- hint --\n");
            out.push_str(&plain_text(hint));
        }
    }
    out.push('\n');
    out
}

fn check(name: &str, text: &str, failures: &mut Vec<String>) {
    let path = format!("{DIR}/{name}.golden");
    let got = render(text);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &got).expect("writes the golden");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        failures.push(format!(
            "{name}: differs from its golden at line {}:\n  got:  {:?}\n  want: {:?}",
            line + 1,
            got.lines().nth(line),
            want.lines().nth(line)
        ));
    }
}

#[test]
fn lessons_parse_as_the_goldens_say() {
    let mut failures = Vec::new();
    for (id, lang, text) in builtin_lessons() {
        check(&format!("{id}.{lang}"), text, &mut failures);
    }
    let subset = std::fs::read_to_string(format!("{DIR}/markdown-subset.md")).unwrap();
    check("markdown-subset", &subset, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The splitter never panics or hangs: random text made of Markdown's syntax characters.
#[test]
fn random_markdown_never_panics() {
    const PIECES: &[&str] = &[
        "#",
        "## ",
        "```",
        "~~~",
        "> ",
        "- ",
        "* ",
        "1. ",
        "2) ",
        "    ",
        "\t",
        "\n",
        "\n\n",
        "`",
        "**",
        "_",
        "[",
        "](",
        ")",
        "<",
        ">",
        "&amp;",
        "&#",
        ";",
        "\\",
        "a",
        "한",
        "e\u{301}",
        "=",
        "---",
        "===",
        "<b x=\"",
        "<!--",
        "sh",
        "goals",
        "file path=",
        "\r\n",
    ];
    let mut seed = 0x9e37_79b9_u64;
    for _ in 0..3_000 {
        let mut text = String::from("---\nid: r\ntitle: r\nlang: en\n---\n## s\n");
        for _ in 0..(seed % 60) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
        }
        let _ = parse_lesson(&text);
        let _ = plain_text(&text);
    }
}
