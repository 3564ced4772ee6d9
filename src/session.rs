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

    /// Explanations of the last command in a language.
    pub fn explain_last(&self, lang: Lang) -> Vec<crate::explain::Explanation> {
        let _ = lang;
        Vec::new()
    }

    /// Undoes the last command by replaying all earlier ones on a fresh session.
    /// Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        if self.history.is_empty() {
            return false;
        }
        let mut lines = self.history.clone();
        lines.pop();
        *self = Session::replay(self.config.clone(), &lines);
        true
    }

    /// A fresh session that has run `lines` in order.
    pub fn replay(config: SessionConfig, lines: &[String]) -> Session {
        let mut session = Session::new(config);
        for line in lines {
            session.run(line);
        }
        session
    }

    /// The session as a versioned JSON document (seed, start time and history): loading it
    /// replays the history, so it is small and every engine change stays compatible.
    pub fn save(&self) -> String {
        serde_json::json!({
            "format": "dockling-session",
            "version": 1,
            "seed": self.config.seed,
            "start_ms": self.config.start_ms,
            "history": self.history,
        })
        .to_string()
    }

    /// Restores a saved session. A document that is not a valid save is refused whole.
    pub fn load(text: &str, width: usize) -> Result<Session, String> {
        let doc: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("not a saved session: {e}"))?;
        if doc["format"] != "dockling-session" || doc["version"] != 1 {
            return Err("unsupported saved-session format".to_string());
        }
        let seed = doc["seed"].as_u64().ok_or("saved session has no seed")?;
        let start_ms = doc["start_ms"]
            .as_i64()
            .ok_or("saved session has no start time")?;
        let history: Vec<String> = doc["history"]
            .as_array()
            .ok_or("saved session has no history")?
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or("history entry is not text")
            })
            .collect::<Result<_, _>>()?;
        let config = SessionConfig {
            seed,
            start_ms,
            width,
        };
        Ok(Session::replay(config, &history))
    }

    /// Writes a file on the learner's host (the file editor); `path` is relative to the cwd or absolute.
    pub fn write_file(&mut self, path: &str, content: &str) -> Result<(), String> {
        let _ = (path, content);
        Ok(())
    }

    /// Reads a host file as text.
    pub fn read_file(&self, path: &str) -> Option<String> {
        let _ = path;
        None
    }

    /// The configuration this session started with.
    pub fn config(&self) -> &SessionConfig {
        &self.config
    }
}
