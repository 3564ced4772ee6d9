//! The lean build: what a `core` build (`--no-default-features`) leaves to the `full` one.
//!
//! The page loads the small `core` module first and the `full` module right after the prompt
//! is usable. A capability compiled out of `core` (`#[cfg(feature = "full")]` at its entry
//! point) calls [`need_full`] instead of running; `Session::run` reports that in
//! `RunResult::needs_full`, the page discards that command's output, replays the session in
//! `full` (without the command) and runs the command there. In `full` nothing calls
//! [`need_full`], so every result says `needs_full: false`. Any command `core` does not flag
//! prints and changes exactly what `full` does (`tests/core_parity.rs`).

use std::cell::Cell;

thread_local! {
    /// Set by a compiled-out entry point during the current line.
    static NEEDED: Cell<bool> = const { Cell::new(false) };
    /// Set with it and cleared only by [`take_since`]: whether any line since needed full.
    static SINCE: Cell<bool> = const { Cell::new(false) };
}

/// Records that the current line needs the full module. Returns the harmless exit code the
/// stub hands back (its output is never shown).
pub fn need_full() -> i32 {
    NEEDED.with(|n| n.set(true));
    SINCE.with(|n| n.set(true));
    0
}

/// Whether any line needed the full module since the last call (a replayed save, in
/// `Playground.load`); clears the flag.
pub fn take_since() -> bool {
    SINCE.with(|n| n.replace(false))
}

/// Whether the current line needed the full module; clears the flag.
pub fn take() -> bool {
    NEEDED.with(|n| n.replace(false))
}

/// Programs whose code only the full build holds: the app runtimes (Node.js, Python, PHP,
/// Java), the package managers, the database servers and clients, and the network tools.
pub fn full_program(name: &str) -> bool {
    matches!(
        name,
        "python"
            | "python3"
            | "python2"
            | "pip"
            | "pip3"
            | "fastapi"
            | "flask"
            | "gunicorn"
            | "uvicorn"
            | "php"
            | "apache2-foreground"
            | "docker-php-entrypoint"
            | "java"
            | "catalina.sh"
            | "mvn"
            | "mvnw"
            | "mysql"
            | "mariadb"
            | "mysqldump"
            | "mariadb-dump"
            | "psql"
            | "mongosh"
            | "mongo"
            | "mysqld"
            | "mariadbd"
            | "postgres"
            | "mongod"
            | "ping"
            | "nslookup"
            | "dig"
            | "host"
            | "getent"
            | "netstat"
            | "ss"
            | "ip"
            | "redis-cli"
            | "redis-server"
            | "nodemon"
            | "registry"
            // The database images' readiness checks (health checks ask them).
            | "pg_isready"
            | "mysqladmin"
            | "mariadb-admin"
            | "healthcheck.sh"
            // Issue 18, the lean first visit: Node.js and its package managers (the seed
            // tutorial's express app, which a build makes, so full is loaded by then), and the
            // distributions' package managers.
            | "node"
            | "npm"
            | "npx"
            | "yarn"
            | "yarnpkg"
            | "apt-get"
            | "apt"
            | "apk"
            | "yum"
            | "dnf"
            | "microdnf"
            | "top"
            | "uptime"
            | "free"
            | "adduser"
            | "useradd"
            | "addgroup"
            | "groupadd"
            // HTTP clients (in containers and on the host): what answers them, the web servers,
            // is reached only through them.
            | "wget"
            | "curl"
            // Community images' own programs (docker/whalesay, hashicorp/http-echo; the
            // traefik/whoami server is `/whoami`, told from the account tool by its path).
            | "cowsay"
            | "cowthink"
            | "fortune"
            | "http-echo"
    )
}

/// Whether this build is the full one.
pub const FULL: bool = cfg!(feature = "full");

/// The state of a program only the full build runs (a database server, an app runtime, the
/// registry): in `full` the value itself; in `core` a type with no values, so the compiler drops
/// every branch that would handle one (and the programs' code with them). Reads go through
/// `Deref`, so the branches compile in both builds.
#[cfg(feature = "full")]
pub type Full<T> = T;

/// See the full build's `Full`: here no value can exist.
#[cfg(not(feature = "full"))]
pub struct Full<T>(std::convert::Infallible, std::marker::PhantomData<T>);

/// Wraps the state of a program only full runs, where its entry point makes it.
#[cfg(feature = "full")]
pub fn full<T>(value: T) -> Full<T> {
    value
}

/// In core the entry points that make such a state are compiled in but never called (each is
/// behind a [`full_program`] check), so nothing reaches this.
#[cfg(not(feature = "full"))]
pub fn full<T>(_value: T) -> Full<T> {
    unreachable!("a program only the full build runs was started in core")
}

#[cfg(not(feature = "full"))]
impl<T> std::ops::Deref for Full<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self.0 {}
    }
}

#[cfg(not(feature = "full"))]
impl<T> std::ops::DerefMut for Full<T> {
    fn deref_mut(&mut self) -> &mut T {
        match self.0 {}
    }
}

#[cfg(not(feature = "full"))]
impl<T> Clone for Full<T> {
    fn clone(&self) -> Self {
        match self.0 {}
    }
}

#[cfg(not(feature = "full"))]
impl<T> std::fmt::Debug for Full<T> {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {}
    }
}
