//! Time travel for a session by checkpoints, not by replaying everything: a copy of the whole
//! session every few steps, so undo restores the nearest copy at or before the step it goes
//! back to and replays only the steps after it (fewer than [`Timeline`]'s spacing).
//!
//! The spacing doubles whenever more than [`MAX_POINTS`] copies would be kept, so memory stays
//! bounded (at most `MAX_POINTS` copies, whatever the length) and the steps replayed stay a
//! small fraction of the history. Saves and share links are unchanged (seed and steps): a
//! checkpoint is only ever a shortcut to the state replaying those steps gives.

use crate::session::Session;

/// Copies kept at most.
pub const MAX_POINTS: usize = 16;

/// Steps between copies at the start (doubled as the history grows).
pub const FIRST_SPACING: usize = 8;

/// Checkpoints of a session: `(steps taken, the session after them)`, oldest first.
#[derive(Default)]
pub struct Timeline {
    every: usize,
    points: Vec<(usize, Box<Session>)>,
}

/// A copy of a session starts with no checkpoints of its own (copying them would copy every
/// state); its undo replays from the start until it has made new ones.
impl Clone for Timeline {
    fn clone(&self) -> Timeline {
        Timeline::default()
    }
}

impl std::fmt::Debug for Timeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at: Vec<usize> = self.points.iter().map(|(n, _)| *n).collect();
        write!(f, "Timeline {{ every: {}, at: {at:?} }}", self.spacing())
    }
}

impl Timeline {
    fn spacing(&self) -> usize {
        self.every.max(FIRST_SPACING)
    }

    /// Whether the state after `steps` steps should be kept.
    pub fn due(&self, steps: usize) -> bool {
        steps.is_multiple_of(self.spacing()) && self.points.last().is_none_or(|(n, _)| *n < steps)
    }

    /// Keeps `state`, the session after `steps` steps (its own timeline is empty: a clone).
    pub fn keep(&mut self, steps: usize, state: Session) {
        self.points.push((steps, Box::new(state)));
        while self.points.len() > MAX_POINTS {
            self.every = self.spacing() * 2;
            let every = self.every;
            self.points.retain(|(n, _)| n.is_multiple_of(every));
        }
    }

    /// Forgets the copies after `steps` steps and returns a copy of the latest one left (with
    /// how many steps it had taken), or `None` when there is none.
    pub fn rewind(&mut self, steps: usize) -> Option<(usize, Session)> {
        self.points.retain(|(n, _)| *n <= steps);
        self.points.last().map(|(n, s)| (*n, (**s).clone()))
    }

    /// The step counts of the copies kept (for tests and measurements).
    pub fn points(&self) -> Vec<usize> {
        self.points.iter().map(|(n, _)| *n).collect()
    }
}
