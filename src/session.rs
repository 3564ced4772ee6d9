//! A learner's session: the host shell, the engine and the history of commands.
