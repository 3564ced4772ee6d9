//! Running a lesson: its solution checked goal by goal (`dockling lesson check`), or replayed
//! as a terminal transcript with explanations (`dockling lesson play`).

use serde::Serialize;

use super::goal::{check_goal_with, BuildWatch, GoalStatus};
use super::lint::{static_problems, Problem};
use super::{parse_lesson, Block, Lesson, LessonError};
use crate::session::{Lang, Session, SessionConfig};
use crate::transcript::{run_in, TranscriptConfig};

/// One command of the solution and its exit status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CommandReport {
    /// The command as typed.
    pub command: String,
    /// `$?` after it.
    pub status: i32,
}

/// One step of a check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepReport {
    /// The step's title.
    pub title: String,
    /// Files that could not be written (`path: reason`).
    pub file_errors: Vec<String>,
    /// The commands run.
    pub commands: Vec<CommandReport>,
    /// Every goal of the step, checked after its commands.
    pub goals: Vec<GoalStatus>,
}

/// The result of running a lesson's solution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Lesson ID.
    pub id: String,
    /// Its language.
    pub lang: Lang,
    /// Its title.
    pub title: String,
    /// Step by step.
    pub steps: Vec<StepReport>,
    /// What the teacher should fix (see [`super::lint`]): any makes `lesson check` fail.
    pub problems: Vec<Problem>,
}

impl Report {
    /// Goals met, goals in total.
    pub fn counts(&self) -> (usize, usize) {
        let goals = self.steps.iter().flat_map(|s| &s.goals);
        let total = goals.clone().count();
        let met = goals.filter(|g| g.met).count();
        (met, total)
    }

    /// Every goal is met and every file was written.
    pub fn all_met(&self) -> bool {
        let (met, total) = self.counts();
        met == total && self.steps.iter().all(|s| s.file_errors.is_empty())
    }

    /// Every goal met, every file written, and nothing for the teacher to fix.
    pub fn passes(&self) -> bool {
        self.all_met() && self.problems.is_empty()
    }

    /// The problems as `FILE:LINE: error: …` lines.
    pub fn problem_lines(&self, file: &str) -> String {
        self.problems
            .iter()
            .map(|p| format!("{file}:{}: error: {}\n", p.line, p.message))
            .collect()
    }

    /// The report as a plain-text table, one line per goal.
    pub fn table(&self) -> String {
        let mut out = format!("{} ({}): {}\n", self.id, self.lang.code(), self.title);
        for (i, step) in self.steps.iter().enumerate() {
            out.push_str(&format!("\nStep {}  {}\n", i + 1, step.title));
            for e in &step.file_errors {
                out.push_str(&format!("  FILE  {e}\n"));
            }
            for c in step.commands.iter().filter(|c| c.status != 0) {
                let first = c.command.lines().next().unwrap_or("");
                out.push_str(&format!("  exit {}  $ {first}\n", c.status));
            }
            for g in &step.goals {
                let mark = if g.met { "ok  " } else { "FAIL" };
                out.push_str(&format!("  {mark}  {}", g.description));
                if !g.met {
                    out.push_str(&format!(" — {}", g.detail));
                }
                out.push_str(&format!("\n          [{}]\n", g.goal));
            }
        }
        let (met, total) = self.counts();
        out.push_str(&format!("\n{met}/{total} goals met\n"));
        out
    }
}

/// A fresh session for a lesson.
fn session_for(lesson: &Lesson) -> Session {
    Session::new(SessionConfig {
        seed: lesson.seed,
        ..SessionConfig::default()
    })
}

/// Parses a lesson, runs its solution on a fresh session and checks every goal.
pub fn check_lesson(text: &str) -> Result<Report, LessonError> {
    Ok(check_parsed(&parse_lesson(text)?))
}

/// Runs a parsed lesson's solution: for each step its files are written, its commands run in
/// order, then its goals are checked.
pub fn check_parsed(lesson: &Lesson) -> Report {
    let mut session = session_for(lesson);
    let mut watch = BuildWatch::default();
    let mut steps = Vec::new();
    let mut problems = static_problems(lesson);
    for (n, step) in lesson.steps.iter().enumerate().map(|(i, s)| (i + 1, s)) {
        // Goals that hold before the learner does anything teach nothing: the step would
        // complete by itself in exercise mode.
        let before: Vec<GoalStatus> = step
            .goals
            .iter()
            .map(|g| check_goal_with(&session, watch.events(), g))
            .collect();
        if !before.is_empty() && before.iter().all(|g| g.met) {
            problems.push(Problem {
                line: step.line,
                message: format!(
                    "step {n} ({}): its goals already hold before the step's commands run; give it a goal the learner's commands make true",
                    step.title
                ),
            });
        }
        let mut file_errors = Vec::new();
        for (path, content) in &step.files {
            if let Err(e) = session.write_file(path, content) {
                file_errors.push(format!("{path}: {e}"));
            }
        }
        let mut commands = Vec::new();
        for command in &step.commands {
            let result = session.run(command);
            watch.observe(&result.events);
            if result.status != 0 && !step.failing.contains(command) {
                let first = command.lines().next().unwrap_or("");
                problems.push(Problem {
                    line: step.line,
                    message: format!(
                        "step {n}: `{first}` exited {}; mark a command meant to fail with ```sh fails",
                        result.status
                    ),
                });
            }
            commands.push(CommandReport {
                command: command.clone(),
                status: result.status,
            });
        }
        let goals = step
            .goals
            .iter()
            .map(|g| check_goal_with(&session, watch.events(), g))
            .collect();
        steps.push(StepReport {
            title: step.title.clone(),
            file_errors,
            commands,
            goals,
        });
    }
    Report {
        id: lesson.id.clone(),
        lang: lesson.lang,
        title: lesson.title.clone(),
        steps,
        problems,
    }
}

/// Replays a lesson as a terminal would show it: prose as plain text, each command as
/// `$ command` with its output and explanations, and the step's goals.
pub fn play_lesson(text: &str) -> Result<String, LessonError> {
    let lesson = parse_lesson(text)?;
    let mut session = session_for(&lesson);
    let mut watch = BuildWatch::default();
    let config = TranscriptConfig {
        seed: lesson.seed,
        explain: true,
        lang: lesson.lang,
    };
    let mut out = format!("# {}\n\n", lesson.title);
    push_plain(&mut out, &lesson.intro_markdown);
    let total = lesson.steps.len();
    for (i, step) in lesson.steps.iter().enumerate() {
        out.push_str(&format!("\n== {}/{total}  {} ==\n\n", i + 1, step.title));
        for (path, content) in &step.files {
            if let Err(e) = session.write_file(path, content) {
                out.push_str(&format!("! {path}: {e}\n"));
            }
        }
        for block in &step.body {
            match block {
                Block::Prose { markdown } => push_plain(&mut out, markdown),
                Block::File { path, content } => {
                    out.push_str(&format!("--- {path} ---\n{content}"));
                    if !content.ends_with('\n') {
                        out.push('\n');
                    }
                    out.push_str("---\n\n");
                }
                Block::Commands { commands } => {
                    for command in commands {
                        out.push_str(&run_in(&mut session, command, &config));
                        watch.observe(session.last_events());
                    }
                    out.push('\n');
                }
            }
        }
        for goal in &step.goals {
            let status = check_goal_with(&session, watch.events(), goal);
            let mark = if status.met { "✓" } else { "✗" };
            out.push_str(&format!("{mark} {}\n", status.description));
        }
    }
    Ok(out)
}

/// Markdown as the plain text `play` shows: paragraphs, list items with `- `, code indented.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    push_plain(&mut out, markdown);
    out
}

/// Appends Markdown as plain text: paragraphs, list items with `- `, code indented.
fn push_plain(out: &mut String, markdown: &str) {
    if markdown.trim().is_empty() {
        return;
    }
    super::markdown::push_plain(out, markdown, false);
    while out.ends_with("\n\n\n") {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lesson that needs no registry: its image is built FROM scratch.
    const LESSON: &str = r#"---
id: scratch-web
title: A web server from scratch
lang: en
minutes: 10
---

Intro with `code`.

## Build

- one
- two

```file path=web/Dockerfile
FROM scratch
ENV NGINX_VERSION=1.29.0
COPY sh /bin/sh
COPY index.html /usr/share/nginx/html/index.html
CMD ["nginx", "-g", "daemon off;"]
```

```file path=web/sh
#!
```

```file path=web/index.html
hello from scratch
```

```sh
cd web
docker build -t me/web:1 .
```

```goals
image me/web:1
```

## Run

```file path=index.html
hello again
```

```sh
docker build -t me/web:2 .
docker run -d --name web -p 9000:80 me/web:2
docker images
```

```goals
cached 1
running me/web:2 name web port 9000:80
http localhost:9000 contains "hello again"
container web exited
```
"#;

    #[test]
    fn check_runs_the_solution_and_reports_each_goal() {
        let report = check_lesson(LESSON).unwrap();
        assert_eq!(report.steps.len(), 2);
        let met: Vec<(String, bool)> = report
            .steps
            .iter()
            .flat_map(|s| s.goals.iter().map(|g| (g.goal.clone(), g.met)))
            .collect();
        assert_eq!(
            met,
            vec![
                ("image me/web:1".to_string(), true),
                ("cached 1".to_string(), true),
                ("running me/web:2 name web port 9000:80".to_string(), true),
                (
                    "http localhost:9000 contains \"hello again\"".to_string(),
                    true
                ),
                ("container web exited".to_string(), false),
            ]
        );
        assert_eq!(report.counts(), (4, 5));
        assert!(!report.all_met());
        let table = report.table();
        assert!(table.starts_with("scratch-web (en): A web server from scratch\n"));
        assert!(
            table.contains("  FAIL  Container web has exited — web is running\n          [container web exited]\n"),
            "{table}"
        );
        assert!(table.ends_with("\n4/5 goals met\n"), "{table}");
        // Deterministic: the same lesson gives the same report.
        assert_eq!(check_lesson(LESSON).unwrap(), report);
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["steps"][1]["goals"][3]["met"], false);
    }

    #[test]
    fn play_shows_prose_files_commands_and_goals() {
        let out = play_lesson(LESSON).unwrap();
        assert!(
            out.starts_with("# A web server from scratch\n\nIntro with code.\n"),
            "{out}"
        );
        assert!(
            out.contains("\n== 1/2  Build ==\n\n- one\n- two\n"),
            "{out}"
        );
        assert!(
            out.contains("--- web/index.html ---\nhello from scratch\n---\n"),
            "{out}"
        );
        assert!(
            out.contains("$ cd web\n$ docker build -t me/web:1 .\n"),
            "{out}"
        );
        assert!(out.contains("=> naming to docker.io/me/web:1"), "{out}");
        assert!(out.contains("$ docker images\nREPOSITORY"), "{out}");
        assert!(out.contains("✓ Image me/web:1 exists\n"), "{out}");
        assert!(out.ends_with("✗ Container web has exited\n"), "{out}");
    }

    #[test]
    fn a_broken_lesson_is_an_error() {
        assert!(check_lesson("# no front matter").is_err());
        assert!(play_lesson("---\nid: x\n---\n").is_err());
    }
}
