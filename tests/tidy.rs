//! House rules checked on the source tree: module docs, the wasm boundary, no wall clock.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .expect("under the crate")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&p).expect("UTF-8 source");
            (rel, text)
        })
        .collect()
}

#[test]
fn every_module_opens_with_a_doc_line() {
    let missing: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(path, _)| path)
        .collect();
    assert!(
        missing.is_empty(),
        "files without a `//!` opening line: {missing:?}"
    );
}

#[test]
fn only_wasm_rs_knows_javascript() {
    let offenders: Vec<String> = sources()
        .into_iter()
        .filter(|(path, _)| path != "src/wasm.rs")
        .filter(|(_, text)| {
            ["wasm_bindgen", "js_sys", "web_sys"]
                .iter()
                .any(|name| text.contains(name))
        })
        .map(|(path, _)| path)
        .collect();
    assert!(
        offenders.is_empty(),
        "JavaScript bindings outside src/wasm.rs: {offenders:?}"
    );
}

#[test]
fn the_engine_never_reads_a_wall_clock() {
    let offenders: Vec<String> = sources()
        .into_iter()
        .filter(|(path, _)| path != "src/main.rs" && path != "src/wasm.rs")
        .filter(|(_, text)| text.contains("SystemTime::now") || text.contains("Instant::now"))
        .map(|(path, _)| path)
        .collect();
    assert!(offenders.is_empty(), "wall-clock reads: {offenders:?}");
}

/// The top-level module a source file belongs to (`src/engine/net.rs` → `engine`,
/// `src/session.rs` → `session`).
fn top_module(path: &str) -> String {
    let rel = path.trim_start_matches("src/");
    rel.split('/')
        .next()
        .unwrap_or(rel)
        .trim_end_matches(".rs")
        .to_string()
}

/// `crate::x` paths a file's non-test code names, as (from, to) edges between top-level modules.
fn module_edges() -> Vec<(String, String, String)> {
    let mut edges = Vec::new();
    for (path, text) in sources() {
        if path.ends_with("/tests.rs") {
            continue;
        }
        let from = top_module(&path);
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for line in code.lines() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            let mut rest = line;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + "crate::".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if !name.is_empty() && name != from {
                    edges.push((from.clone(), name, format!("{path}: {line}")));
                }
            }
        }
    }
    edges
}

#[test]
fn modules_import_downwards_without_a_circle() {
    let edges = module_edges();
    let mut graph: std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> =
        Default::default();
    for (from, to, _) in &edges {
        graph.entry(from).or_default().insert(to);
    }
    // A circle shows up as a pair reaching each other; report the lines that close it.
    let reaches = |a: &str, b: &str| {
        let mut seen = std::collections::BTreeSet::new();
        let mut todo = vec![a];
        while let Some(m) = todo.pop() {
            if m == b {
                return true;
            }
            if seen.insert(m) {
                todo.extend(graph.get(m).into_iter().flatten().copied());
            }
        }
        false
    };
    let circles: Vec<&String> = edges
        .iter()
        .filter(|(from, to, _)| reaches(to, from))
        .map(|(_, _, why)| why)
        .collect();
    assert!(
        circles.is_empty(),
        "imports that close a circle between top-level modules: {circles:#?}"
    );
}
