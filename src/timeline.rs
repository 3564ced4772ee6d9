//! Time travel for a session by checkpoints, not by replaying everything: a copy of the whole
//! session every few steps, so undo restores the nearest copy at or before the step it goes
//! back to and replays only the steps after it (fewer than [`Timeline`]'s spacing).
//!
//! The spacing doubles whenever more than [`MAX_POINTS`] copies would be kept, or they would
//! hold more than [`MAX_COPIED_CONTAINERS`] containers together, so memory stays bounded
//! whatever the length and the size of the session, and the steps replayed stay a small
//! fraction of the history. Saves and share links are unchanged (seed and steps): a
//! checkpoint is only ever a shortcut to the state replaying those steps gives.

/// What a timeline keeps copies of: a whole session, weighed by the containers it holds (so
/// the copies' memory stays bounded). The session implements it; the timeline needs nothing else
/// of it.
pub trait Checkpoint: Clone {
    /// How many containers the state holds.
    fn containers(&self) -> usize;
}

/// Copies kept at most.
pub const MAX_POINTS: usize = 16;

/// Steps between copies at the start (doubled as the history grows).
pub const FIRST_SPACING: usize = 8;

/// Containers all copies together hold at most (a container costs about 1.6 KB, so this keeps
/// the copies of a session of 10,000 containers to a few, about 30 MB, instead of sixteen).
pub const MAX_COPIED_CONTAINERS: usize = 20_000;

/// Checkpoints of a session: `(steps taken, the session after them)`, oldest first.
pub struct Timeline<S> {
    every: usize,
    points: Vec<(usize, Box<S>)>,
}

impl<S> Default for Timeline<S> {
    fn default() -> Timeline<S> {
        Timeline {
            every: 0,
            points: Vec::new(),
        }
    }
}

/// A copy of a session starts with no checkpoints of its own (copying them would copy every
/// state); its undo replays from the start until it has made new ones.
impl<S> Clone for Timeline<S> {
    fn clone(&self) -> Timeline<S> {
        Timeline::default()
    }
}

impl<S> std::fmt::Debug for Timeline<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at: Vec<usize> = self.points.iter().map(|(n, _)| *n).collect();
        write!(f, "Timeline {{ every: {}, at: {at:?} }}", self.spacing())
    }
}

impl<S> Timeline<S> {
    fn spacing(&self) -> usize {
        self.every.max(FIRST_SPACING)
    }
}

impl<S: Checkpoint> Timeline<S> {
    /// Sets the spacing a history of `steps` steps ends with, before replaying it (a load): the
    /// copies are then made only where they will stay, instead of every few steps and thinned
    /// out as the history grows. Does nothing once copies are kept.
    pub fn plan(&mut self, steps: usize) {
        if !self.points.is_empty() {
            return;
        }
        let mut every = FIRST_SPACING;
        while steps.div_ceil(every) > MAX_POINTS {
            every *= 2;
        }
        self.every = every;
    }

    /// Whether the state after `steps` steps should be kept.
    pub fn due(&self, steps: usize) -> bool {
        steps.is_multiple_of(self.spacing()) && self.points.last().is_none_or(|(n, _)| *n < steps)
    }

    /// Keeps `state`, the session after `steps` steps (its own timeline is empty: a clone).
    pub fn keep(&mut self, steps: usize, state: S) {
        self.points.push((steps, Box::new(state)));
        let heavy = |points: &[(usize, Box<S>)]| {
            points.iter().map(|(_, s)| s.containers()).sum::<usize>() > MAX_COPIED_CONTAINERS
        };
        while self.points.len() > MAX_POINTS || (self.points.len() > 1 && heavy(&self.points)) {
            self.every = self.spacing() * 2;
            let every = self.every;
            self.points.retain(|(n, _)| n.is_multiple_of(every));
        }
    }

    /// Forgets the copies after `steps` steps and returns a copy of the latest one left (with
    /// how many steps it had taken), or `None` when there is none.
    pub fn rewind(&mut self, steps: usize) -> Option<(usize, S)> {
        self.points.retain(|(n, _)| *n <= steps);
        self.points.last().map(|(n, s)| (*n, (**s).clone()))
    }

    /// The step counts of the copies kept (for tests and measurements).
    pub fn points(&self) -> Vec<usize> {
        self.points.iter().map(|(n, _)| *n).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::session::{Session, SessionConfig};

    #[test]
    fn copies_stay_few_and_spread() {
        let mut s = Session::new(SessionConfig::default());
        for i in 0..300 {
            s.run(&format!("echo {i}"));
        }
        let at = s.checkpoints();
        assert!(at.len() <= super::MAX_POINTS, "{at:?}");
        assert_eq!(at.first(), Some(&0));
        // Evenly spread: the tail replayed by an undo is at most one spacing.
        let spacing = at[1] - at[0];
        assert!(at.windows(2).all(|w| w[1] - w[0] == spacing), "{at:?}");
        assert!(300 - at.last().unwrap() <= spacing);
        // Undo rewinds them.
        for _ in 0..(300 - at[at.len() - 2] + 1) {
            assert!(s.undo());
        }
        assert!(s.checkpoints().len() < at.len());
        assert_eq!(s.history().len(), at[at.len() - 2] - 1);
    }

    #[test]
    fn a_load_copies_only_where_copies_stay() {
        let lines: Vec<String> = (0..1000).map(|i| format!("echo {i}")).collect();
        let grown = {
            let mut s = Session::new(SessionConfig::default());
            for l in &lines {
                s.run(l);
            }
            s.checkpoints()
        };
        let loaded = Session::replay(SessionConfig::default(), &lines).checkpoints();
        assert_eq!(loaded, grown);
        assert_eq!(loaded.len(), super::MAX_POINTS);
        assert_eq!(loaded[1], 64);
        let mut t: super::Timeline<Session> = super::Timeline::default();
        t.plan(5);
        assert!(t.due(0) && t.due(8) && !t.due(4));
    }
}
