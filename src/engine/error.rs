//! Daemon errors: the text Docker's daemon answers with, and what kind of mistake it was.

use std::fmt;

use super::event::ErrorKind;

/// An error answered by the daemon. The client prints it as `Error response from daemon: …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaemonError {
    /// The daemon's message, exactly as Docker words it.
    pub message: String,
    /// What kind of mistake it was, for the explanation.
    pub kind: ErrorKind,
}

impl DaemonError {
    /// An error with a message and a kind.
    pub fn new(message: impl Into<String>, kind: ErrorKind) -> DaemonError {
        DaemonError {
            message: message.into(),
            kind,
        }
    }

    /// An error whose only explanation is its message.
    pub fn other(message: impl Into<String>) -> DaemonError {
        let message = message.into();
        DaemonError {
            kind: ErrorKind::Other {
                message: message.clone(),
            },
            message,
        }
    }

    /// `No such container: <name>`.
    pub fn no_such_container(name: &str) -> DaemonError {
        DaemonError::new(
            format!("No such container: {name}"),
            ErrorKind::NoSuchContainer {
                name: name.to_string(),
            },
        )
    }

    /// `No such image: <reference>`.
    pub fn no_such_image(reference: &str) -> DaemonError {
        DaemonError::new(
            format!("No such image: {reference}"),
            ErrorKind::NoSuchImage {
                reference: reference.to_string(),
            },
        )
    }
}

impl fmt::Display for DaemonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DaemonError {}
