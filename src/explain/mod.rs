//! Explanations of events, in Korean and English.

use serde::Serialize;

use crate::engine::Event;
use crate::session::Lang;

/// One explanation shown to the learner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// Stable ID (`container.started`), only ever added.
    pub id: String,
    /// Short title.
    pub title: String,
    /// A few sentences about this command, with its names and numbers.
    pub body: String,
    /// The concept it teaches (`image`, `container`, `layer`, `port`, …), for a link.
    pub concept: String,
}

/// Explains the events of one command.
pub fn describe(events: &[Event], lang: Lang) -> Vec<Explanation> {
    let _ = (events, lang);
    Vec::new()
}

/// What `explain` / `why` print: the last command in depth, or a concept lesson.
pub fn explain_command(
    args: &[String],
    last_line: &str,
    last_events: &[Event],
    lang: Lang,
) -> String {
    let _ = (args, last_line, last_events, lang);
    String::new()
}
