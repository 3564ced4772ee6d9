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

/// The particle markers of `explain::particle` (`을(를)`…) are for explanation texts, which
/// resolve them; a lesson is shown as written, so it picks the particle itself.
const MARKERS: [&str; 5] = ["을(를)", "이(가)", "은(는)", "과(와)", "(으)로"];

#[test]
fn no_particle_marker_in_lessons_or_rendered_explanations() {
    let mut found = Vec::new();
    for entry in fs::read_dir("lessons").expect("lessons/") {
        let path = entry.expect("dir entry").path().join("ko.md");
        if let Ok(md) = fs::read_to_string(&path) {
            for line in md.lines().filter(|l| MARKERS.iter().any(|m| l.contains(m))) {
                found.push(format!("{}: {line}", path.display()));
            }
        }
    }
    // The explained transcripts show explanations as the learner reads them (`» …`).
    for entry in fs::read_dir("tests/transcripts").expect("tests/transcripts/") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "out") {
            let text = fs::read_to_string(&path).expect("transcript");
            for line in text.lines().filter(|l| l.starts_with('»')) {
                if MARKERS.iter().any(|m| line.contains(m)) {
                    found.push(format!("{}: {line}", path.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "unresolved particles:\n{}",
        found.join("\n")
    );
}

/// Latin words a Korean lesson may use outside code spans: names of programs and products,
/// acronyms, Docker's column titles and state names (given in parentheses after the Korean
/// word), and Dockerfile instructions and commands in headings. Anything else is an English
/// fragment that slipped into Korean prose.
const LATIN_IN_KOREAN: &str = "Alpine ARG BuildKit CMD COMMAND CPU CREATED Compose \
ConsistentInstructionCasing DIGEST DNS Debian Docker Dockerfile ENTRYPOINT ENV Express GitHub \
HEALTHCHECK ID IMAGE IP JSON JSONArgsRecommended LegacyKeyValueFormat MB MiB MySQL N Node \
Node.js OFFICIAL OOM PID PORTS REPOSITORY Redis SIZE STATUS TAG USER YAML bridge commit cp \
dangling detached df docker dockerignore down e exec exited express healthy image kill logs \
nginx npm package.json prune ps pull removed rm root running system tar uid unhealthy up v";

#[test]
fn korean_lessons_have_no_stray_english() {
    let allowed: Vec<&str> = LATIN_IN_KOREAN.split_whitespace().collect();
    let mut found = Vec::new();
    for entry in fs::read_dir("lessons").expect("lessons/") {
        let path = entry.expect("dir entry").path().join("ko.md");
        let Ok(md) = fs::read_to_string(&path) else {
            continue;
        };
        // Skip the front matter (ids and keys), then check the prose.
        let body = md.splitn(3, "---\n").nth(2).unwrap_or(&md);
        for (n, line) in lesson_prose(body).lines().enumerate() {
            // Link targets are addresses, not prose.
            let line = line.split("](").next().unwrap_or(line);
            let words = line
                .split(|c: char| !(c.is_ascii_alphanumeric() || "_.+-".contains(c)))
                .map(|w| w.trim_matches(|c| ".+-".contains(c)))
                .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()));
            for word in words {
                if !allowed.contains(&word) {
                    found.push(format!("{} ({}): {word:?}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English outside code spans:\n{}",
        found.join("\n")
    );
}

/// Latin words the Korean explanation catalogue may use (placeholders removed): commands,
/// flags, Docker's column titles and field names, state names, program names, and the words of
/// error messages it quotes (`"No space left on device"`). A word outside it is an English
/// fragment in Korean prose (`OOM killer가` once stood where `OOM 킬러가` belongs).
const LATIN_IN_EXPLANATIONS: &str = "ADD AOF ARG_MAX Argument B BY BuildKit CACHED CMD COMMAND \
CONTAINER COPY CPU CREATED Cmd Compose Config Created D DESCRIPTION DNS DRIVER Docker DockerFile \
Dockerfile EJSONPARSE ENOSPC ENV EXPOSE Env ExitCode Exited FROM FUNCNEST GitHub HTTP Health \
Healthy HostConfig ID IMAGE Image JSON MiB Mounts NAME NAMES NETWORK NetworkSettings No OFFICIAL \
OK OOM OOMKilled PID PORTS Ports REPOSITORY RUN Redis Running SCOPE SIGKILL SIGTERM SIZE STARS \
STATUS STOPSIGNAL Started State Status TAG Up VOLUME WORKDIR YAML a alpine app bash bridge build \
cache cd change com commit compose condition config create curl d data db default depends_on \
develop device docker dockerignore dockling down entrypoint etc exec explain export express f \
filter force format git hahava head healthcheck healthy help history host hosts i image images \
import index init initdb inspect install it js json kill label latest left lib list load local \
localhost login logs long ls memory missing mysql n name network nginx no node node_modules none \
npm on p package project prune ps pull push pwd rebuild recreate restart retries rm rmi root run \
save search server service_completed_successfully service_healthy sh space start starting stats \
stop sync t tag tail tar tcp too true u ulimit unhealthy unpause up update user v var volume \
watch web wget x yaml yourname \
Distribution HTTPS TLS daemon http insecure registries registry repository v2";

#[test]
fn korean_explanations_have_no_stray_english() {
    let allowed: Vec<&str> = LATIN_IN_EXPLANATIONS.split_whitespace().collect();
    let catalogue = fs::read_to_string("src/explain/i18n/ko.txt").expect("src/explain/i18n/ko.txt");
    let mut found = Vec::new();
    for line in catalogue.lines().filter(|l| !l.starts_with('#')) {
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        // `.related` lists concept IDs, not prose.
        if key.ends_with(".related") {
            continue;
        }
        // Placeholders are filled with the learner's names; only the text around them counts.
        let mut prose = String::new();
        let mut rest = value;
        while let Some(open) = rest.find('{') {
            prose.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close)
                    if after[..close]
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()) =>
                {
                    rest = &after[close + 1..];
                }
                _ => {
                    prose.push('{');
                    rest = after;
                }
            }
        }
        prose.push_str(rest);
        let words = prose
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()));
        for word in words {
            if !allowed.contains(&word) {
                found.push(format!("{key}: {word:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English in Korean explanations:\n{}",
        found.join("\n")
    );
}

/// The placeholders the explanations fill with a count and its noun (`레이어 3개`, `10초`),
/// read from the `count("…"` calls of `src/explain/events.rs`.
fn count_placeholders() -> Vec<String> {
    let code = fs::read_to_string("src/explain/events.rs").expect("src/explain/events.rs");
    code.split(".count(")
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start().strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        })
        .collect()
}

/// A particle written after a placeholder depends on the word filled in (`web이`, `nginx가`,
/// an ID ending in 3 takes `을`): the catalogue writes a marker (`{id}을(를)`) that resolves
/// from that word. Only a count may take a fixed particle (its noun always ends the same way),
/// and so may a size (`54.8MB`, read 메가바이트) and a port list (`…->3000/tcp`, 티시피).
#[test]
fn particles_after_names_are_markers() {
    let counts = count_placeholders();
    assert!(counts.iter().any(|c| c == "layers"), "{counts:?}");
    let catalogue = fs::read_to_string("src/explain/i18n/ko.txt").expect("src/explain/i18n/ko.txt");
    let mut found = Vec::new();
    for line in catalogue.lines().filter(|l| !l.starts_with('#')) {
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        let mut rest = value;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            let name = &after[..close];
            let next = &after[close + 1..];
            rest = next;
            if !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') || name.is_empty() {
                continue;
            }
            let mut chars = next.chars();
            let (Some(first), second) = (chars.next(), chars.next()) else {
                continue;
            };
            let fixed = match first {
                '가' | '를' | '는' | '와' | '로' | '예' => true,
                '이' | '을' | '은' | '과' => second != Some('('),
                _ => false,
            };
            let unit = matches!(name, "size" | "ports");
            if fixed && !unit && !counts.iter().any(|c| c == name) {
                found.push(format!("{key}: {{{name}}}{first}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "fixed particles after placeholders:\n{}",
        found.join("\n")
    );
}
