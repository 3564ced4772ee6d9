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
