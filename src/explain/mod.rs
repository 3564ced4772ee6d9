//! Explanations of events, in Korean and English.

use serde::Serialize;

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
