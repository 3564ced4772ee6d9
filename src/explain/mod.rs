//! Explanations of events, in Korean and English.
//!
//! [`describe`] turns one command's [`Event`](crate::engine::Event)s into a few explanations
//! that name this command's containers, ports and images and teach the concept behind them;
//! [`reading_guide`] explains the columns of read-only commands; [`explain_command`] is what the
//! shell's `explain` / `why` print. All texts live in `i18n/<lang>.txt` (see [`catalog`]).

pub mod catalog;
mod events;
mod guide;
mod particle;
mod text;

use serde::Serialize;

pub use events::describe;
pub use guide::{concepts, explain_command, reading_guide, reading_guide_with};

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
    /// A longer text for `explain` with no arguments: more of the why.
    pub detail: String,
    /// The session explained this kind of change before: the page shows a short form first.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub repeat: bool,
}
