//! Transcripts: a script of commands run as if typed, printed as `$ <command>` then its output.
//!
//! The native `--transcript` option and the golden tests both use this, so a transcript in
//! `tests/transcripts/` is exactly what a learner would see.

use crate::session::{Lang, Session, SessionConfig};

/// How a transcript runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TranscriptConfig {
    /// The session's seed.
    pub seed: u64,
    /// Print explanations after each command (`» ` lines).
    pub explain: bool,
    /// The explanations' language.
    pub lang: Lang,
}

/// Commands (with their heredoc bodies) read from a script at most, so no script can hang.
const MAX_COMMAND_LINES: usize = 100_000;

/// Runs a script and returns what the terminal shows. Blank lines and `#` comments between
/// commands are skipped; heredoc bodies and continued lines belong to their command; a line
/// after a question (`[y/N]`, `Password:`) is its answer.
pub fn run(script: &str, config: &TranscriptConfig) -> String {
    let mut session = Session::new(SessionConfig {
        seed: config.seed,
        ..SessionConfig::default()
    });
    session.set_lang(config.lang);
    run_in(&mut session, script, config)
}

/// Runs a script in an existing session. In the lean `core` build (`src/lean.rs`) the
/// transcript ends before the first command that needs the full build: what it holds is what
/// `core` prints, which must be a prefix of the full build's transcript.
pub fn run_in(session: &mut Session, script: &str, config: &TranscriptConfig) -> String {
    let mut out = String::new();
    let mut lines = script.lines();
    while let Some(first) = lines.next() {
        if session.awaiting_answer() {
            if session.answer_echoes() {
                out.push_str(first);
                out.push('\n');
            }
            let mark = out.len();
            let result = session.run(first);
            if result.needs_full {
                out.truncate(mark);
                break;
            }
            out.push_str(&result.output.text());
            explanations(session, config, &mut out);
            continue;
        }
        let trimmed = first.trim();
        // `^C` on a line of its own is Ctrl-C: it interrupts a client that follows a
        // container, and at a prompt it only abandons the empty line.
        if trimmed == "^C" {
            if !session.following() {
                out.push_str(&session.prompt());
                out.push_str("^C\n");
                continue;
            }
            let mark = out.len();
            out.push_str("^C\n");
            let result = session.run(crate::session::INTERRUPT);
            if result.needs_full {
                out.truncate(mark);
                break;
            }
            out.push_str(&result.output.text());
            explanations(session, config, &mut out);
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let mut command = first.to_string();
        let mut taken = 0;
        while session.needs_more_input(&command) && taken < MAX_COMMAND_LINES {
            taken += 1;
            match lines.next() {
                Some(next) => {
                    command.push('\n');
                    command.push_str(next);
                }
                None => break,
            }
        }
        let mark = out.len();
        let mut shown = command.lines();
        out.push_str(&session.prompt());
        out.push_str(shown.next().unwrap_or(""));
        out.push('\n');
        for more in shown {
            out.push_str("> ");
            out.push_str(more);
            out.push('\n');
        }
        let result = session.run(&command);
        if result.needs_full {
            out.truncate(mark);
            break;
        }
        out.push_str(&result.output.text());
        // `explain` itself prints explanations; the ones after it would repeat them.
        if !matches!(command.split_whitespace().next(), Some("explain" | "why")) {
            explanations(session, config, &mut out);
        }
    }
    out
}

fn explanations(session: &Session, config: &TranscriptConfig, out: &mut String) {
    if !config.explain {
        return;
    }
    for e in session.explain_last(config.lang) {
        out.push_str(&format!("» {}\n", e.title));
        for line in e.body.lines() {
            out.push_str(&format!("»   {line}\n"));
        }
    }
}
