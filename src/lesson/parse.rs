//! The lesson file format: front matter, `## ` steps, and fenced blocks for commands, files,
//! hints and goals (see `lessons/README.md`).

use super::goal::parse_goal;
use super::markdown::{blocks, inline_text, unquote as unquote_lines, Kind};
use super::{Block, Lesson, LessonError, Step};
use crate::lang::Lang;

/// Lines one lesson file may have at most, so no file can make parsing slow.
const MAX_LINES: usize = 20_000;

/// Parses a lesson file.
pub fn parse_lesson(text: &str) -> Result<Lesson, LessonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.lines().count() > MAX_LINES {
        return Err(err(0, format!("a lesson has at most {MAX_LINES} lines")));
    }
    let (front, body_start) = split_front_matter(text)?;
    let mut lesson = front_matter(&front)?;
    let body = text.get(body_start..).unwrap_or("");
    let line_of = |offset: usize| {
        text.get(..body_start + offset)
            .map_or(0, |before| before.matches('\n').count())
            + 1
    };

    let mut steps: Vec<Step> = Vec::new();
    let mut intro = String::new();
    for b in blocks(body) {
        let line = line_of(b.start);
        block(&mut lesson, &mut steps, &mut intro, b.kind, b.source, line)?;
    }
    if steps.is_empty() {
        return Err(err(0, "a lesson needs at least one step (a `## ` heading)"));
    }
    for step in &mut steps {
        step.prose_markdown = step
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Prose { markdown } => Some(markdown.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n\n");
    }
    lesson.intro_markdown = intro;
    lesson.steps = steps;
    Ok(lesson)
}

fn err(line: usize, message: impl Into<String>) -> LessonError {
    LessonError {
        line,
        message: message.into(),
    }
}

/// The front matter's lines and where the body starts.
fn split_front_matter(text: &str) -> Result<(Vec<(usize, String)>, usize), LessonError> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(err(1, "a lesson starts with a front matter block (`---`)"));
    }
    let mut offset = first.len();
    let mut front = Vec::new();
    for (i, line) in lines.enumerate() {
        offset += line.len();
        if line.trim_end() == "---" {
            return Ok((front, offset));
        }
        front.push((i + 2, line.trim_end().to_string()));
    }
    Err(err(1, "the front matter block is not closed (`---`)"))
}

fn front_matter(lines: &[(usize, String)]) -> Result<Lesson, LessonError> {
    let mut lesson = Lesson {
        id: String::new(),
        title: String::new(),
        level: "beginner".to_string(),
        lang: Lang::En,
        languages: Vec::new(),
        minutes: 0,
        seed: 1,
        intro_markdown: String::new(),
        steps: Vec::new(),
        problems: Vec::new(),
    };
    let mut has_lang = false;
    for (line, text) in lines {
        let line = *line;
        if text.trim().is_empty() || text.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = text.split_once(':') else {
            return Err(err(line, format!("expected `key: value`, found `{text}`")));
        };
        let value = unquote(value.trim());
        match key.trim() {
            "id" => lesson.id = value.to_string(),
            "title" => lesson.title = value.to_string(),
            "level" => {
                if !matches!(value, "beginner" | "intermediate" | "advanced") {
                    return Err(err(
                        line,
                        "level is one of beginner, intermediate, advanced",
                    ));
                }
                lesson.level = value.to_string();
            }
            "lang" => {
                lesson.lang = Lang::parse(value)
                    .ok_or_else(|| err(line, format!("unknown language `{value}` (en or ko)")))?;
                has_lang = true;
            }
            "languages" => {
                lesson.languages = value
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .split(',')
                    .map(|s| unquote(s.trim()).to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
            }
            "minutes" => {
                lesson.minutes = value
                    .parse()
                    .map_err(|_| err(line, format!("minutes is a number, found `{value}`")))?;
            }
            "seed" => {
                lesson.seed = value
                    .parse()
                    .map_err(|_| err(line, format!("seed is a number, found `{value}`")))?;
            }
            other => {
                return Err(err(line, format!("unknown front matter key `{other}`")));
            }
        }
    }
    if lesson.id.is_empty() {
        return Err(err(1, "the front matter needs an `id`"));
    }
    if lesson.title.is_empty() {
        return Err(err(1, "the front matter needs a `title`"));
    }
    if !has_lang {
        return Err(err(1, "the front matter needs a `lang` (en or ko)"));
    }
    if lesson.languages.is_empty() {
        lesson.languages.push(lesson.lang.code().to_string());
    }
    Ok(lesson)
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

fn push_prose(steps: &mut [Step], intro: &mut String, source: &str) {
    let source = source.trim_end();
    if source.is_empty() {
        return;
    }
    match steps.last_mut() {
        Some(step) => step.body.push(Block::Prose {
            markdown: source.to_string(),
        }),
        None => {
            if !intro.is_empty() {
                intro.push_str("\n\n");
            }
            intro.push_str(source);
        }
    }
}

/// Handles one top-level Markdown block.
fn block(
    lesson: &mut Lesson,
    steps: &mut Vec<Step>,
    intro: &mut String,
    kind: Kind<'_>,
    source: &str,
    line: usize,
) -> Result<(), LessonError> {
    match kind {
        Kind::Heading(1, _) => Ok(()),
        Kind::Heading(2, content) => {
            steps.push(Step {
                title: inline_text(content, '\n').trim().to_string(),
                prose_markdown: String::new(),
                commands: Vec::new(),
                files: Vec::new(),
                hints: Vec::new(),
                goals: Vec::new(),
                body: Vec::new(),
                line,
                failing: Vec::new(),
            });
            Ok(())
        }
        Kind::Fence(info, text) => {
            let text = text.as_str();
            let mut words = info.split_whitespace();
            let kind = words.next().unwrap_or("");
            let attrs: Vec<&str> = words.collect();
            let special = matches!(
                kind,
                "sh" | "bash" | "shell" | "console" | "file" | "hint" | "goals"
            );
            if !special {
                if let Some(meant) = super::lint::meant_fence(kind) {
                    lesson.problems.push(err(
                        line,
                        format!("unknown fence `{kind}`: did you mean `{meant}`?"),
                    ));
                }
                push_prose(steps, intro, source);
                return Ok(());
            }
            let Some(step) = steps.last_mut() else {
                return Err(err(
                    line,
                    format!("a `{kind}` block must be inside a step (after a `## ` heading)"),
                ));
            };
            match kind {
                "file" => {
                    let path = attrs
                        .iter()
                        .find_map(|a| a.strip_prefix("path="))
                        .map(unquote)
                        .filter(|p| !p.is_empty())
                        .ok_or_else(|| err(line, "a `file` block needs `path=…`"))?;
                    step.files.push((path.to_string(), text.to_string()));
                    step.body.push(Block::File {
                        path: path.to_string(),
                        content: text.to_string(),
                    });
                }
                "hint" => step.hints.push(text.trim_end().to_string()),
                "goals" => {
                    for (i, goal_line) in text.lines().enumerate() {
                        let trimmed = goal_line.trim();
                        if trimmed.is_empty() || trimmed.starts_with('#') {
                            continue;
                        }
                        let goal =
                            parse_goal(trimmed, lesson.lang).map_err(|m| err(line + 1 + i, m))?;
                        step.goals.push(goal);
                    }
                }
                _ => {
                    let commands = if kind == "console" {
                        console_commands(text)
                    } else {
                        shell_commands(text)
                    };
                    if attrs.contains(&"norun") {
                        push_prose(steps, intro, source);
                        return Ok(());
                    }
                    if attrs.contains(&"fails") {
                        step.failing.extend(commands.iter().cloned());
                    }
                    step.commands.extend(commands.iter().cloned());
                    step.body.push(Block::Commands { commands });
                }
            }
            Ok(())
        }
        Kind::Quote => {
            if let Some(hint) = hint_of(source) {
                let joined = unquote_lines(source);
                if !HINT_MARKERS
                    .iter()
                    .any(|m| joined.trim_start().starts_with(m))
                {
                    lesson.problems.push(err(
                        line,
                        "a hint must start with `**Hint:**` (or `**힌트:**`), in bold",
                    ));
                }
                match steps.last_mut() {
                    Some(step) => step.hints.push(hint),
                    None => {
                        return Err(err(line, "a hint must be inside a step"));
                    }
                }
            } else {
                if super::lint::looks_like_hint(&inline_text(&unquote_lines(source), ' ')) {
                    lesson.problems.push(err(
                        line,
                        "a hint must start with `**Hint:**` (or `**힌트:**`) to be shown as one",
                    ));
                }
                push_prose(steps, intro, source);
            }
            Ok(())
        }
        _ => {
            push_prose(steps, intro, source);
            Ok(())
        }
    }
}

/// Hint markers a blockquote may start with.
const HINT_MARKERS: [&str; 4] = ["**Hint:**", "**Hint**:", "**힌트:**", "**힌트**:"];

/// A `> **Hint:** …` blockquote's Markdown without the quote marks and the marker.
fn hint_of(source: &str) -> Option<String> {
    let joined = unquote_lines(source);
    let plain = inline_text(&joined, ' ');
    let plain = plain.trim_start();
    if !(plain.starts_with("Hint:") || plain.starts_with("힌트:")) {
        return None;
    }
    let mut rest = joined.trim_start();
    for marker in HINT_MARKERS {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r;
            break;
        }
    }
    Some(rest.trim().to_string())
}

/// Commands of a ```sh block: every line is typed; a heredoc's body and continued lines
/// belong to their command; blank lines and comments between commands are skipped.
fn shell_commands(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(first) = lines.next() {
        let first = first.strip_prefix("$ ").unwrap_or(first);
        let trimmed = first.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let mut command = first.to_string();
        let mut more = crate::runtime::shell::MoreInput::default();
        while more.check(&command) {
            match lines.next() {
                Some(next) => {
                    command.push('\n');
                    command.push_str(next);
                }
                None => break,
            }
        }
        out.push(command);
    }
    out
}

/// Commands of a ```console block: lines after `$ ` are typed, lines after `> ` continue the
/// command, anything else is sample output for the reader.
fn console_commands(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut continuing = false;
    let mut reader = crate::runtime::shell::MoreInput::default();
    for line in text.lines() {
        if let Some(cmd) = line.strip_prefix("$ ") {
            out.push(cmd.to_string());
            continuing = reader.check(cmd);
        } else if let (true, Some(more)) = (
            continuing,
            line.strip_prefix("> ")
                .or(if line == ">" { Some("") } else { None }),
        ) {
            if let Some(last) = out.last_mut() {
                last.push('\n');
                last.push_str(more);
                continuing = reader.check(last);
            }
        } else {
            continuing = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::GoalKind;

    const SAMPLE: &str = "---\nid: demo\ntitle: \"A demo\"\nlang: ko\nlevel: beginner\nlanguages: [ko, en]\nminutes: 10\n---\n\n# A demo\n\nIntro text.\n\n## First step\n\nSome *prose*.\n\n```file path=Dockerfile\nFROM scratch\nCOPY a /a\n```\n\n```sh\nmkdir app\ncat > a <<'EOF'\nhello\nEOF\n# a comment\ndocker build -t me/app:1 .\n```\n\n> **Hint:** use `-t`\n> to name it.\n\n> A plain quote.\n\n```goals\nimage me/app:1\n# comment\nno container from me/app:1\n```\n\n## Second\n\n```console\n$ docker images\nREPOSITORY   TAG\n$ cat > b <<EOF\n> x\n> EOF\n```\n\n```hint\nLook at the list.\n```\n\n```json\n{\"a\": 1}\n```\n";

    #[test]
    fn parses_front_matter_steps_and_blocks() {
        let lesson = parse_lesson(SAMPLE).unwrap();
        assert_eq!(lesson.id, "demo");
        assert_eq!(lesson.title, "A demo");
        assert_eq!(lesson.lang, Lang::Ko);
        assert_eq!(lesson.languages, vec!["ko", "en"]);
        assert_eq!(lesson.minutes, 10);
        assert_eq!(lesson.intro_markdown, "Intro text.");
        assert_eq!(lesson.steps.len(), 2);
        let s = &lesson.steps[0];
        assert_eq!(s.title, "First step");
        assert_eq!(
            s.files,
            vec![(
                "Dockerfile".to_string(),
                "FROM scratch\nCOPY a /a\n".to_string()
            )]
        );
        assert_eq!(
            s.commands,
            vec![
                "mkdir app",
                "cat > a <<'EOF'\nhello\nEOF",
                "docker build -t me/app:1 ."
            ]
        );
        assert_eq!(s.hints, vec!["use `-t`\nto name it."]);
        assert_eq!(s.prose_markdown, "Some *prose*.\n\n> A plain quote.");
        assert_eq!(s.goals.len(), 2);
        assert!(matches!(s.goals[0].kind, GoalKind::Image { .. }));
        assert_eq!(s.goals[1].source, "no container from me/app:1");
        let s2 = &lesson.steps[1];
        assert_eq!(s2.commands, vec!["docker images", "cat > b <<EOF\nx\nEOF"]);
        assert_eq!(s2.hints, vec!["Look at the list."]);
        assert_eq!(s2.prose_markdown, "```json\n{\"a\": 1}\n```");
        assert_eq!(s.body.len(), 4);
    }

    #[test]
    fn reports_errors_with_lines() {
        let e = parse_lesson("no front matter").unwrap_err();
        assert_eq!(e.line, 1);
        let e =
            parse_lesson("---\nid: x\ntitle: t\nlang: en\ncolour: red\n---\n## s\n").unwrap_err();
        assert_eq!(e.to_string(), "line 5: unknown front matter key `colour`");
        let e = parse_lesson(
            "---\nid: x\ntitle: t\nlang: en\n---\n## s\n\n```goals\nimage a\nfly away\n```\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 10);
        assert!(e.message.contains("fly away"), "{}", e.message);
        let e = parse_lesson("---\nid: x\ntitle: t\nlang: en\n---\n```sh\nls\n```\n").unwrap_err();
        assert_eq!(e.line, 6);
        let e = parse_lesson("---\nid: x\ntitle: t\n---\n## s\n").unwrap_err();
        assert!(e.message.contains("lang"));
        assert!(parse_lesson("---\nid: x\ntitle: t\nlang: en\n---\nno steps\n").is_err());
        assert!(parse_lesson("---\nid: x\n").is_err());
    }

    #[test]
    fn norun_blocks_are_prose() {
        let l = parse_lesson(
            "---\nid: x\ntitle: t\nlang: en\n---\n## s\n\n```sh norun\ndocker login\n```\n",
        )
        .unwrap();
        assert!(l.steps[0].commands.is_empty());
        assert!(l.steps[0].prose_markdown.contains("docker login"));
    }
}
