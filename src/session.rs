//! A learner's session: the host shell, the engine and the history of commands.
//!
//! This is the one API every front end uses: the native program, the tests, and `wasm.rs`.

use serde::Serialize;

use crate::engine::Event;
use crate::runtime::Output;
use crate::view::Snapshot;

/// The languages explanations are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Korean.
    Ko,
}

/// How a session starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionConfig {
    /// Seed of the random generator (container IDs, names).
    pub seed: u64,
    /// Virtual time at start, milliseconds since the epoch.
    pub start_ms: i64,
    /// Terminal width in cells (tables and build output are laid out for it).
    pub width: usize,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            seed: 0,
            start_ms: crate::engine::clock::DEFAULT_EPOCH_MS,
            width: 80,
        }
    }
}

/// What one line of input did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunResult {
    /// The text printed, stdout and stderr in order.
    pub output: Output,
    /// The exit status (`$?`).
    pub status: i32,
    /// What changed.
    pub events: Vec<Event>,
    /// The terminal should be cleared before printing (`clear`).
    pub clear: bool,
}

/// A learner's session.
#[derive(Clone, Debug)]
pub struct Session {
    config: SessionConfig,
    history: Vec<String>,
    last_events: Vec<Event>,
}

impl Session {
    /// A fresh session: a home directory, an empty engine, the stand-in Hub.
    pub fn new(config: SessionConfig) -> Session {
        Session {
            config,
            history: Vec::new(),
            last_events: Vec::new(),
        }
    }

    /// Runs one line (or several lines, e.g. a command with its heredoc) as if typed.
    pub fn run(&mut self, line: &str) -> RunResult {
        self.history.push(line.to_string());
        let mut output = Output::default();
        let word = line.split_whitespace().next().unwrap_or("");
        if word.is_empty() {
            return RunResult::default();
        }
        output.err(format!("bash: {word}: command not found\n"));
        self.last_events = Vec::new();
        RunResult {
            output,
            status: 127,
            events: Vec::new(),
            clear: false,
        }
    }

    /// Whether `text` is incomplete (open quote, heredoc without terminator…) and needs more lines.
    pub fn needs_more_input(&self, text: &str) -> bool {
        text.ends_with('\\')
    }

    /// The prompt to show before the next line (`$ `, or a container shell's prompt).
    pub fn prompt(&self) -> String {
        "$ ".to_string()
    }

    /// Completions for the last word of `line`: full replacement words, sorted.
    pub fn complete(&self, line: &str) -> Vec<String> {
        let _ = line;
        Vec::new()
    }

    /// The state for the picture.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            cwd: "/home/learner".to_string(),
            ..Snapshot::default()
        }
    }

    /// The events of the last command.
    pub fn last_events(&self) -> &[Event] {
        &self.last_events
    }

    /// Every line run so far, in order.
    pub fn history(&self) -> &[String] {
        &self.history
    }

    /// The configuration this session started with.
    pub fn config(&self) -> &SessionConfig {
        &self.config
    }
}
