//! Programs and services that run in containers: node/express, nginx, redis, mysql, npm, apt-get ...

/// A long-running program inside a container (placeholder until the programs module lands).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Service {}
