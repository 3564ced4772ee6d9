//! Reading guides for read-only commands, concept lessons, and the shell's `explain` / `why`.

use crate::engine::Event;
use crate::lang::Lang;

use super::catalog;
use super::events::describe;
use super::Explanation;

/// The concepts `explain <concept>` knows, in the order they are listed.
pub const CONCEPTS: &[&str] = &[
    "image",
    "container",
    "layer",
    "cache",
    "dockerfile",
    "build-context",
    "tag",
    "registry",
    "port",
    "volume",
    "network",
    "lifecycle",
    "exit-code",
    "signal",
    "compose",
];

/// Other words for the concepts (plural forms, Korean terms), lowercased.
const ALIASES: &[(&str, &str)] = &[
    ("images", "image"),
    ("이미지", "image"),
    ("containers", "container"),
    ("컨테이너", "container"),
    ("layers", "layer"),
    ("레이어", "layer"),
    ("build-cache", "cache"),
    ("캐시", "cache"),
    ("빌드캐시", "cache"),
    ("빌드-캐시", "cache"),
    ("도커파일", "dockerfile"),
    ("context", "build-context"),
    ("빌드컨텍스트", "build-context"),
    ("빌드-컨텍스트", "build-context"),
    ("컨텍스트", "build-context"),
    ("tags", "tag"),
    ("태그", "tag"),
    ("hub", "registry"),
    ("docker-hub", "registry"),
    ("레지스트리", "registry"),
    ("도커허브", "registry"),
    ("ports", "port"),
    ("포트", "port"),
    ("포트포워딩", "port"),
    ("volumes", "volume"),
    ("볼륨", "volume"),
    ("networks", "network"),
    ("docker-compose", "compose"),
    ("compose.yaml", "compose"),
    ("컴포즈", "compose"),
    ("네트워크", "network"),
    ("life-cycle", "lifecycle"),
    ("생명주기", "lifecycle"),
    ("라이프사이클", "lifecycle"),
    ("exit", "exit-code"),
    ("exitcode", "exit-code"),
    ("종료코드", "exit-code"),
    ("종료-코드", "exit-code"),
    ("signals", "signal"),
    ("시그널", "signal"),
];

/// The known concept names.
pub fn concepts() -> Vec<&'static str> {
    CONCEPTS.to_vec()
}

/// The concept a word names, if any.
fn concept_of(word: &str) -> Option<&'static str> {
    let w = word.trim().to_ascii_lowercase();
    CONCEPTS
        .iter()
        .copied()
        .find(|c| *c == w)
        .or_else(|| ALIASES.iter().find(|(a, _)| *a == w).map(|(_, c)| *c))
}

/// A short guide to reading the output of a read-only command (`docker ps`, `docker images`,
/// `ls` …), or `None` for a command that changes something or has no guide.
pub fn reading_guide(line: &str, lang: Lang) -> Option<Explanation> {
    reading_guide_with(line, lang, &[])
}

/// [`reading_guide`] quoting the learner's own output: `row` holds the values of the top
/// `docker ps` row with a published port (`name`, `ports`, `host`, `port`); empty for none,
/// when the guide keeps its general example.
pub fn reading_guide_with(line: &str, lang: Lang, row: &[(&str, String)]) -> Option<Explanation> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (id, concept, all) = guide_for(&words)?;
    let key = if id == "guide.ps" && !row.is_empty() {
        "guide.ps.body_row".to_string()
    } else {
        format!("{id}.body")
    };
    let mut body = vec![catalog::text(lang, &key, row)];
    if all {
        body.push(catalog::text(lang, &format!("{id}.all"), &[]));
    }
    Some(Explanation {
        id: id.to_string(),
        title: catalog::text(lang, &format!("{id}.title"), &[]),
        body: body.join(" "),
        concept: concept.to_string(),
        detail: catalog::text(lang, &format!("concept.{concept}.body"), &[]),
        repeat: false,
    })
}

/// Why a run stopped at one of the simulator's bounds (`key`: `steps`, `output`, `depth`,
/// `docker`, `input`, `word`, `match`, or `disk` for a tree that is full), as real systems have
/// limits of their own.
pub fn limit(key: &str, lang: Lang) -> Explanation {
    Explanation {
        id: format!("limit.{key}"),
        title: catalog::text(lang, &format!("limit.{key}.title"), &[]),
        body: catalog::text(lang, &format!("limit.{key}.body"), &[]),
        concept: "container".to_string(),
        detail: catalog::text(lang, "limit.detail", &[]),
        repeat: false,
    }
}

/// The ID of the reading guide `line` gets, if any (no text is filled).
pub fn reading_guide_id(line: &str) -> Option<&'static str> {
    let words: Vec<&str> = line.split_whitespace().collect();
    guide_for(&words).map(|(id, _, _)| id)
}

/// Which guide a command line gets: (ID, concept, whether `-a` was given to `ps`).
fn guide_for(words: &[&str]) -> Option<(&'static str, &'static str, bool)> {
    let first = *words.first()?;
    if first == "ls" {
        return Some(("guide.ls", "build-context", false));
    }
    if first != "docker" {
        return None;
    }
    // Skip global options such as `--debug`; the command is the first plain word.
    let rest: Vec<&str> = words
        .iter()
        .skip(1)
        .copied()
        .skip_while(|w| w.starts_with('-'))
        .collect();
    let cmd = *rest.first()?;
    let sub = rest.get(1).copied().unwrap_or("");
    let flags_all = rest.iter().any(|w| {
        *w == "-a"
            || *w == "--all"
            || (w.starts_with('-') && !w.starts_with("--") && w.contains('a'))
    });
    let id = match (cmd, sub) {
        ("ps", _) | ("container", "ls" | "ps" | "list") => {
            return Some(("guide.ps", "container", flags_all))
        }
        ("images", _) | ("image", "ls" | "list") => ("guide.images", "image"),
        ("inspect", _) | ("container" | "image" | "volume" | "network", "inspect") => {
            ("guide.inspect", "container")
        }
        ("history", _) | ("image", "history") => ("guide.history", "layer"),
        ("search", _) => ("guide.search", "registry"),
        ("volume", "ls" | "list") => ("guide.volumes", "volume"),
        ("network", "ls" | "list") => ("guide.networks", "network"),
        ("logs", _) | ("container", "logs") => ("guide.logs", "container"),
        _ => return None,
    };
    Some((id.0, id.1, false))
}

/// What the shell commands `explain` and `why` print: with no arguments the last command in
/// depth, with a concept a short lesson, with an unknown word the list of concepts.
pub fn explain_command(
    args: &[String],
    last_line: &str,
    last_events: &[Event],
    lang: Lang,
) -> String {
    let t = |key: &str, args: &[(&str, String)]| catalog::text(lang, key, args);
    let mut out = String::new();
    if let Some(word) = args.first() {
        let Some(concept) = concept_of(word) else {
            out.push_str(&t("ui.unknown_concept", &[("concept", word.clone())]));
            out.push('\n');
            push_concept_list(&mut out, lang);
            return out;
        };
        out.push_str(&t(&format!("concept.{concept}.title"), &[]));
        out.push('\n');
        out.push_str(&t(&format!("concept.{concept}.body"), &[]));
        out.push('\n');
        out.push_str(&t("ui.see_also", &[]));
        out.push(' ');
        out.push_str(&t(&format!("concept.{concept}.related"), &[]));
        out.push('\n');
        return out;
    }
    let mut explanations = describe(last_events, lang);
    if explanations.is_empty() {
        explanations.extend(reading_guide(last_line, lang));
    }
    if explanations.is_empty() {
        out.push_str(&t("ui.nothing", &[]));
        out.push('\n');
        push_concept_list(&mut out, lang);
        return out;
    }
    if !last_line.trim().is_empty() {
        out.push_str(&t(
            "ui.last_command",
            &[("line", last_line.trim().to_string())],
        ));
        out.push('\n');
    }
    let mut seen: Vec<String> = Vec::new();
    for e in &explanations {
        out.push('\n');
        out.push_str(&e.title);
        out.push('\n');
        out.push_str(&e.body);
        out.push('\n');
        if !e.detail.is_empty() {
            out.push_str(&e.detail);
            out.push('\n');
        }
        if !e.concept.is_empty() && !seen.contains(&e.concept) {
            seen.push(e.concept.clone());
        }
    }
    if !seen.is_empty() {
        out.push('\n');
        out.push_str(&t(
            "ui.more",
            &[(
                "concepts",
                seen.iter()
                    .map(|c| format!("explain {c}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ));
        out.push('\n');
    }
    out
}

fn push_concept_list(out: &mut String, lang: Lang) {
    out.push_str(&catalog::text(lang, "ui.concepts", &[]));
    out.push('\n');
    for c in CONCEPTS {
        let title = catalog::text(lang, &format!("concept.{c}.title"), &[]);
        out.push_str(&format!("  {c:<14} {title}\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guides_for_read_only_commands() {
        let id = |l: &str| reading_guide(l, Lang::En).map(|e| e.id);
        assert_eq!(id("docker ps").as_deref(), Some("guide.ps"));
        assert_eq!(id("docker container ls -a").as_deref(), Some("guide.ps"));
        assert_eq!(id("docker image ls").as_deref(), Some("guide.images"));
        assert_eq!(id("docker images").as_deref(), Some("guide.images"));
        assert_eq!(
            id("docker search --limit 5 mysql").as_deref(),
            Some("guide.search")
        );
        assert_eq!(id("docker history node").as_deref(), Some("guide.history"));
        assert_eq!(id("docker volume ls").as_deref(), Some("guide.volumes"));
        assert_eq!(id("docker network ls").as_deref(), Some("guide.networks"));
        assert_eq!(id("docker logs web1").as_deref(), Some("guide.logs"));
        assert_eq!(id("docker inspect web1").as_deref(), Some("guide.inspect"));
        assert_eq!(id("ls -l").as_deref(), Some("guide.ls"));
        assert_eq!(id("docker run node"), None);
        assert_eq!(id("docker"), None);
        assert_eq!(id(""), None);
    }

    #[test]
    fn ps_all_adds_a_sentence() {
        let plain = reading_guide("docker ps", Lang::Ko)
            .map(|e| e.body)
            .unwrap_or_default();
        let all = reading_guide("docker ps -a", Lang::Ko)
            .map(|e| e.body)
            .unwrap_or_default();
        assert!(all.starts_with(&plain) && all.len() > plain.len());
    }

    #[test]
    fn concepts_and_aliases() {
        assert_eq!(concept_of("이미지"), Some("image"));
        assert_eq!(concept_of("Port"), Some("port"));
        assert_eq!(concept_of("볼륨"), Some("volume"));
        assert_eq!(concept_of("nonsense"), None);
        assert_eq!(concepts().len(), CONCEPTS.len());
    }

    #[test]
    fn the_ps_guide_quotes_the_row_it_is_given() {
        let row = [
            ("name", "sweet_hellman".to_string()),
            ("ports", "0.0.0.0:8080->80/tcp".to_string()),
            ("host", "8080".to_string()),
            ("port", "80".to_string()),
        ];
        for lang in [Lang::En, Lang::Ko] {
            let g = reading_guide_with("docker ps", lang, &row).unwrap();
            assert!(g.body.contains("0.0.0.0:8080->80/tcp"), "{}", g.body);
            assert!(g.body.contains("sweet_hellman"), "{}", g.body);
            assert!(!g.body.contains("9000"), "{}", g.body);
            assert!(!g.body.contains('{'), "{}", g.body);
            let plain = reading_guide("docker ps", lang).unwrap();
            assert!(plain.body.contains("9000->3000"), "{}", plain.body);
        }
    }
}
