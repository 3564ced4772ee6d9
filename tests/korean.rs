//! The Korean texts follow one glossary (`docs/glossary.ko.md`) and one style (해요체): lessons,
//! explanations and the page's words.

use std::fs;
use std::path::Path;

/// (preferred, banned variants) from the glossary's table.
fn glossary() -> Vec<(String, Vec<String>)> {
    let text = fs::read_to_string("docs/glossary.ko.md").expect("docs/glossary.ko.md exists");
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() < 3 || cells[0] == "쓰는 말" || cells[0].starts_with("---") {
            continue;
        }
        let banned = cells[2]
            .split(", ")
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(String::from)
            .collect();
        rows.push((cells[0].to_string(), banned));
    }
    rows
}

/// Korean prose of a Markdown lesson: fenced blocks and code spans removed (Docker's words).
fn lesson_prose(markdown: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.push_str(&strip_code_spans(line));
            out.push('\n');
        }
    }
    out
}

fn strip_code_spans(line: &str) -> String {
    line.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The strings of the `ko: { … }` table of a page script.
fn page_strings(js: &str) -> String {
    let Some(start) = js.find("ko: {") else {
        return String::new();
    };
    let block = &js[start..];
    let end = block.find("\n  },").unwrap_or(block.len());
    block[..end]
        .lines()
        .filter_map(|l| l.split_once(": '").map(|(_, v)| v.trim_end_matches("',")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every Korean text to check, as (where, prose).
fn korean_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for entry in fs::read_dir("lessons").expect("lessons/") {
        let path = entry.expect("dir entry").path().join("ko.md");
        if let Ok(md) = fs::read_to_string(&path) {
            texts.push((path.display().to_string(), lesson_prose(&md)));
        }
    }
    let explanations =
        fs::read_to_string("src/explain/i18n/ko.txt").expect("src/explain/i18n/ko.txt");
    let values: Vec<String> = explanations
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| strip_code_spans(v)))
        .collect();
    texts.push(("src/explain/i18n/ko.txt".into(), values.join("\n")));
    let help = fs::read_to_string("src/host/help.ko.txt").expect("src/host/help.ko.txt");
    texts.push(("src/host/help.ko.txt".into(), strip_code_spans(&help)));
    for script in ["www/src/i18n.js", "www/src/embed.js"] {
        if Path::new(script).exists() {
            let js = fs::read_to_string(script).expect("page script");
            texts.push((script.to_string(), page_strings(&js)));
        }
    }
    texts
}

#[test]
fn no_banned_variant_of_a_glossary_term() {
    let rows = glossary();
    assert!(rows.len() >= 8, "the glossary table was not read: {rows:?}");
    let mut found = Vec::new();
    for (place, text) in korean_texts() {
        for (n, line) in text.lines().enumerate() {
            for (preferred, banned) in &rows {
                for variant in banned {
                    if line.contains(variant.as_str()) {
                        found.push(format!("{place} ({}): {variant:?} → {preferred:?}", n + 1));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "banned terms:\n{}", found.join("\n"));
}

#[test]
fn korean_is_haeyo_style_everywhere() {
    let mut found = Vec::new();
    for (place, text) in korean_texts() {
        for line in text.lines().filter(|l| l.contains("니다")) {
            found.push(format!("{place}: {line}"));
        }
    }
    assert!(found.is_empty(), "합니다체 found:\n{}", found.join("\n"));
}

#[test]
fn the_checks_see_the_page_strings() {
    let js = fs::read_to_string("www/src/i18n.js").expect("www/src/i18n.js");
    assert!(page_strings(&js).contains("되돌리기"));
    assert_eq!(
        lesson_prose("a `Docker Hub` b\n```\nDocker Hub\n```\n"),
        "a   b\n"
    );
}
