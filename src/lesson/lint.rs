//! What `lesson check` holds a lesson to beyond its goals being met: mistakes a teacher makes
//! (a typo in a fence, a hint without its marker, a step with no goals or one that completes by
//! itself, a command that fails by accident, translations that drifted apart).

use serde::Serialize;

use super::{Lesson, LessonError};

/// Fence words with a meaning in a lesson.
const FENCES: [&str; 7] = ["sh", "bash", "shell", "console", "file", "hint", "goals"];

/// The dockling fence a misspelt one was meant to be (`goal` → `goals`), if it is one.
pub fn meant_fence(kind: &str) -> Option<&'static str> {
    let kind = kind.to_ascii_lowercase();
    if kind.len() < 3 || FENCES.contains(&kind.as_str()) {
        return None;
    }
    FENCES
        .iter()
        .copied()
        .filter(|f| f.len() >= 4)
        .find(|f| distance(&kind, f) <= 1 || kind.starts_with(f) || f.starts_with(&kind))
}

/// Whether a quote's text reads like a hint but lacks the documented `**Hint:**` marker.
pub fn looks_like_hint(plain: &str) -> bool {
    let t = plain.trim_start().to_lowercase();
    ["hint", "힌트", "tip:", "팁:"]
        .iter()
        .any(|w| t.starts_with(w))
}

/// Edit distance of two short ASCII words.
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == cb {
                prev
            } else {
                1 + prev.min(row[j]).min(cur)
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// One problem `lesson check` reports as an error, with the line it is on (0: the file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// 1-based line in the lesson file, or 0 for the whole file.
    pub line: usize,
    /// What is wrong, and what to do.
    pub message: String,
}

impl From<&LessonError> for Problem {
    fn from(e: &LessonError) -> Problem {
        Problem {
            line: e.line,
            message: e.message.clone(),
        }
    }
}

/// Problems that need no run: the parser's, and steps without goals.
pub fn static_problems(lesson: &Lesson) -> Vec<Problem> {
    let mut out: Vec<Problem> = lesson.problems.iter().map(Problem::from).collect();
    if lesson.steps.iter().all(|s| s.goals.is_empty()) {
        out.push(Problem {
            line: 0,
            message: "the lesson has no goals: add a ```goals block to its steps".into(),
        });
        return out;
    }
    for (i, step) in lesson.steps.iter().enumerate() {
        if step.goals.is_empty() {
            out.push(Problem {
                line: step.line,
                message: format!(
                    "step {} ({}) has no goals: add a ```goals block saying what the learner reaches",
                    i + 1,
                    step.title
                ),
            });
        }
    }
    out
}

/// Problems between two translations of one lesson: every language must have the same steps,
/// commands, files and goals (only prose, titles and hints are translated).
pub fn pair_problems(this: &Lesson, other: &Lesson) -> Vec<Problem> {
    let mut out = Vec::new();
    let lang = other.lang.code();
    if this.id != other.id {
        out.push(Problem {
            line: 0,
            message: format!(
                "the {lang} file has id `{}`, this one `{}`",
                other.id, this.id
            ),
        });
    }
    if this.steps.len() != other.steps.len() {
        out.push(Problem {
            line: 0,
            message: format!(
                "{} steps here, {} in the {lang} file: translations need the same steps",
                this.steps.len(),
                other.steps.len()
            ),
        });
        return out;
    }
    for (i, (a, b)) in this.steps.iter().zip(&other.steps).enumerate() {
        let n = i + 1;
        let mut differ = |what: &str| {
            out.push(Problem {
                line: a.line,
                message: format!("step {n}: its {what} differ from the {lang} file's step {n}"),
            })
        };
        if a.commands != b.commands {
            differ("commands");
        }
        if a.files != b.files {
            differ("files");
        }
        let goals = |s: &super::Step| s.goals.iter().map(|g| g.source.clone()).collect::<Vec<_>>();
        if goals(a) != goals(b) {
            differ("goals");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_fences_are_named() {
        assert_eq!(meant_fence("goal"), Some("goals"));
        assert_eq!(meant_fence("hints"), Some("hint"));
        assert_eq!(meant_fence("files"), Some("file"));
        assert_eq!(meant_fence("consol"), Some("console"));
        assert_eq!(meant_fence("json"), None);
        assert_eq!(meant_fence("text"), None);
        assert_eq!(meant_fence("dockerfile"), None);
        assert_eq!(meant_fence("goals"), None);
        assert_eq!(meant_fence("js"), None);
    }

    #[test]
    fn hint_lookalikes() {
        assert!(looks_like_hint("Hint: use -t"));
        assert!(looks_like_hint("hint — use -t"));
        assert!(looks_like_hint("힌트 -t를 써 보세요"));
        assert!(!looks_like_hint("A plain quote."));
    }
}
