//! The daemon: all state (images, containers, networks, volumes, ports, clock), its rules, events.

pub mod clock;
