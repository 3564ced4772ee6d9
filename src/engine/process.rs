//! Main processes: launching a container's program and delivering signals to it.

use super::lifecycle::Launch;
use super::Engine;

impl Engine {
    /// Launches the main process of container `idx` from its `Path` and `Args`.
    pub(crate) fn launch(&mut self, idx: usize) -> Launch {
        let _ = idx;
        Launch::Exited(0)
    }

    /// What a signal does to the main process: `Some((exit code, handled))` when it ends,
    /// `None` when the process ignores it.
    pub(crate) fn signal_effect(
        &mut self,
        idx: usize,
        signal: &str,
        now: i64,
    ) -> Option<(i32, bool)> {
        let _ = (idx, now);
        super::lifecycle::signal_number(signal).map(|n| (128 + n, false))
    }
}
