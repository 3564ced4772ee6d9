//! Lessons in Markdown: steps, commands, files and goals checked against engine state.
//!
//! A lesson is one Markdown file per language (`lessons/01-first-container/ko.md`) with a front
//! matter block and one step per `## ` heading. `lessons/README.md` documents the format and
//! every goal kind. Goals are predicates on the engine's state, never on terminal text, so a
//! learner who reaches the same state another way (a different order, a container ID instead of
//! a name) meets them too.
//!
//! - [`parse_lesson`] turns the Markdown into a [`Lesson`];
//! - [`check_goal`] evaluates one [`Goal`] against a [`Session`](crate::session::Session);
//! - [`check_lesson`] runs a lesson's own commands on a fresh session and checks every goal;
//! - [`play_lesson`] replays a lesson as a terminal transcript;
//! - [`builtin_lessons`] are the lessons shipped inside the native program (the browser fetches
//!   them as data: `lessons/index.json` and the `.md` files beside it).

pub mod goal;
pub mod lint;
pub mod markdown;
pub mod parse;
pub mod proof;
pub mod run;
pub mod settings;

use serde::Serialize;

use crate::lang::Lang;

pub use goal::{check_goal, check_goal_with, parse_goal, BuildWatch, Goal, GoalKind, GoalStatus};
pub use parse::parse_lesson;
pub use run::{check_lesson, plain_text, play_lesson, CommandReport, Report, StepReport};

/// A parsed lesson in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lesson {
    /// Stable ID shared by every language of the lesson (`01-first-container`).
    pub id: String,
    /// Title in this language.
    pub title: String,
    /// `beginner`, `intermediate` or `advanced`.
    pub level: String,
    /// This file's language.
    pub lang: Lang,
    /// Every language the lesson is written in (`[ko, en]`).
    pub languages: Vec<String>,
    /// Estimated minutes.
    pub minutes: u32,
    /// The seed of the session the lesson runs in (front matter `seed`, default 1).
    pub seed: u64,
    /// Markdown before the first step.
    pub intro_markdown: String,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// What a teacher got wrong that the parser noticed (an unknown fence, a hint without its
    /// marker); `lesson check` reports them as errors. Not part of the page's data.
    #[serde(skip)]
    pub problems: Vec<LessonError>,
}

/// One step of a lesson (a `## ` section).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The heading's text.
    pub title: String,
    /// The step's prose as Markdown, without its command, file, hint and goal blocks.
    pub prose_markdown: String,
    /// The commands to type, in order; a command with a heredoc carries its body.
    pub commands: Vec<String>,
    /// Files the step provides, written before its commands: (path, content).
    pub files: Vec<(String, String)>,
    /// Hints, as Markdown.
    pub hints: Vec<String>,
    /// What must be true after the step.
    pub goals: Vec<Goal>,
    /// Prose, commands and files in reading order, for front ends that interleave them.
    pub body: Vec<Block>,
    /// The line of its `## ` heading (for `lesson check`'s file:line).
    #[serde(skip)]
    pub line: usize,
    /// Commands written in a ```` ```sh fails ```` block: they are meant to fail.
    #[serde(skip)]
    pub failing: Vec<String>,
}

/// A piece of a step in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// Markdown prose (paragraphs, lists, non-command code blocks).
    Prose {
        /// The Markdown source.
        markdown: String,
    },
    /// Commands of one fenced block.
    Commands {
        /// Each command, with its heredoc body when it has one.
        commands: Vec<String>,
    },
    /// A file the step provides.
    File {
        /// Path, relative to the working directory when the step starts.
        path: String,
        /// Content.
        content: String,
    },
}

/// Why a lesson could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LessonError {
    /// 1-based line of the problem (0 when it concerns the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for LessonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

impl std::error::Error for LessonError {}

/// The lessons shipped with dockling: (id, language, Markdown), ordered by ID then language.
/// Native only: the wasm module leaves them out and the page fetches `lessons/index.json` and
/// the `.md` files when a lesson is first opened.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin_lessons() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! lesson {
        ($id:literal) => {
            [
                (
                    $id,
                    "en",
                    include_str!(concat!("../../lessons/", $id, "/en.md")),
                ),
                (
                    $id,
                    "ko",
                    include_str!(concat!("../../lessons/", $id, "/ko.md")),
                ),
            ]
        };
    }
    [
        lesson!("01-first-container"),
        lesson!("02-container-lifecycle"),
        lesson!("03-layers-and-cache"),
        lesson!("04-good-dockerfile"),
        lesson!("05-networking"),
        lesson!("06-volumes"),
        lesson!("07-registries-and-tags"),
        lesson!("08-debugging"),
        lesson!("09-compose"),
        lesson!("10-entrypoint-cmd"),
        lesson!("11-env-and-arg"),
        lesson!("12-healthcheck"),
        lesson!("13-cleanup"),
        lesson!("14-resource-limits"),
        lesson!("15-user-permissions"),
        lesson!("16-cp-and-commit"),
        lesson!("17-local-registry"),
    ]
    .into_iter()
    .flatten()
    .collect()
}
