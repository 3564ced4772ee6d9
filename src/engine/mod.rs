//! The daemon: all state (images, containers, networks, volumes, ports, clock), its rules, events.

pub mod clock;
pub mod event;

pub use event::{ErrorKind, Event, ExitReason};
