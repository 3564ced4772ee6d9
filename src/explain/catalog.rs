//! The text catalogues: one `id.field = text` file per language.
//!
//! Translators edit `i18n/<lang>.txt` only. A line is `key = text`; `#` starts a comment line;
//! `\n` in a text is a line break. `{name}` is a placeholder filled from the event. Adding a
//! language is a new file plus one line in [`CATALOGS`].
//!
//! The native program embeds every file. The browser module embeds none: the page fetches
//! the file of the language it shows (`texts/<lang>.txt` beside the module) and hands it in
//! with [`load`], so the texts of a language nobody reads are never downloaded.

use std::collections::BTreeMap;
use std::sync::{OnceLock, RwLock};

use crate::lang::Lang;

/// Every language's catalogue file, embedded natively. The first one is the fallback for a key
/// a translation lacks.
#[cfg(not(target_arch = "wasm32"))]
pub const CATALOGS: &[(Lang, &str, &str)] = &[
    (Lang::En, "en", include_str!("i18n/en.txt")),
    (Lang::Ko, "ko", include_str!("i18n/ko.txt")),
];

/// The fallback language (the first of [`CATALOGS`]).
const FALLBACK: Lang = Lang::En;

/// A parsed catalogue: key → text.
pub type Catalog = BTreeMap<String, String>;

/// Parses one catalogue file. Lines that are neither comments nor `key = text` are reported
/// as errors with their line number, so a test can hold every file clean.
pub fn parse(text: &str) -> (Catalog, Vec<String>) {
    let mut map = Catalog::new();
    let mut errors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(" = ") else {
            errors.push(format!("line {}: not `key = text`", n + 1));
            continue;
        };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            errors.push(format!("line {}: bad key", n + 1));
            continue;
        }
        if map.contains_key(key) {
            errors.push(format!("line {}: duplicate key {key}", n + 1));
            continue;
        }
        map.insert(key.to_string(), value.trim().replace("\\n", "\n"));
    }
    (map, errors)
}

/// The catalogues loaded so far, by language (each parsed once and kept for the process).
static LOADED: RwLock<Vec<(Lang, &'static Catalog)>> = RwLock::new(Vec::new());

/// Makes `text` (a catalogue file) the texts of `lang`, replacing any loaded before.
pub fn load(lang: Lang, text: &str) {
    let catalog: &'static Catalog = Box::leak(Box::new(parse(text).0));
    if let Ok(mut loaded) = LOADED.write() {
        loaded.retain(|(l, _)| *l != lang);
        loaded.push((lang, catalog));
    }
}

/// Natively, the embedded files are loaded on first use.
fn ensure_embedded() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static EMBEDDED: OnceLock<()> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            for (lang, _, text) in CATALOGS {
                let missing = LOADED
                    .read()
                    .map(|l| !l.iter().any(|(x, _)| x == lang))
                    .unwrap_or(true);
                if missing {
                    load(*lang, text);
                }
            }
        });
    }
}

/// The loaded catalogue of `lang`, if any.
fn loaded(lang: Lang) -> Option<&'static Catalog> {
    ensure_embedded();
    LOADED
        .read()
        .ok()?
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, c)| *c)
}

/// The catalogue of a language (the fallback one, or an empty one, when it is not loaded).
pub fn catalog(lang: Lang) -> &'static Catalog {
    static EMPTY: OnceLock<Catalog> = OnceLock::new();
    loaded(lang)
        .or_else(|| loaded(FALLBACK))
        .unwrap_or_else(|| EMPTY.get_or_init(Catalog::new))
}

/// Whether the texts of `lang` are loaded (in the browser: handed in by the page).
pub fn is_loaded(lang: Lang) -> bool {
    loaded(lang).is_some()
}

/// The raw text of `key` in `lang`, falling back to the first catalogue.
pub fn raw(lang: Lang, key: &str) -> Option<&'static str> {
    catalog(lang)
        .get(key)
        .or_else(|| loaded(FALLBACK).and_then(|c| c.get(key)))
        .map(String::as_str)
}

/// The text of `key` with its placeholders filled; a missing key renders as `[[key]]` so that
/// tests catch it and a learner still sees something.
pub fn text(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    match raw(lang, key) {
        Some(t) => fill(t, args),
        None => format!("[[{key}]]"),
    }
}

/// Fills `{name}` placeholders from `args`; unknown placeholders and lone braces stay as they are.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closes = after[name_len..].starts_with('}');
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) if closes && !name.is_empty() => {
                out.push_str(value);
                rest = &after[name_len + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    super::particle::resolve(&out)
}

/// The placeholder names a text uses, sorted and deduplicated.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            names.push(after[..name_len].to_string());
        }
        rest = after;
    }
    crate::sort::sort(&mut names);
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_only() {
        let args = [("name", "web1".to_string()), ("port", "9000".to_string())];
        assert_eq!(
            fill("{name} on {port}, {other} and }{", &args),
            "web1 on 9000, {other} and }{"
        );
        assert_eq!(fill("JSON: {\"a\": 1}", &args), "JSON: {\"a\": 1}");
        assert_eq!(placeholders("{b} {a} {b} {\"x\"}"), vec!["a", "b"]);
    }

    #[test]
    fn parse_reports_bad_lines_and_duplicates() {
        let (map, errors) = parse("# c\na.title = A\\nB\nnonsense\na.title = again\n");
        assert_eq!(map.get("a.title").map(String::as_str), Some("A\nB"));
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn every_catalogue_parses_cleanly_and_matches_the_first() {
        let (first, _) = parse(CATALOGS[0].2);
        for (_, code, text) in CATALOGS {
            let (map, errors) = parse(text);
            assert!(errors.is_empty(), "{code}: {errors:?}");
            let missing: Vec<_> = first.keys().filter(|k| !map.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            let extra: Vec<_> = map.keys().filter(|k| !first.contains_key(*k)).collect();
            assert!(
                extra.is_empty(),
                "{code} has keys the first lacks: {extra:?}"
            );
            for (key, value) in &map {
                let theirs = first.get(key).map(|t| placeholders(t)).unwrap_or_default();
                assert_eq!(placeholders(value), theirs, "{code}: placeholders of {key}");
                assert!(!value.is_empty(), "{code}: {key} is empty");
            }
        }
    }
}
