//! Programs and services that run in containers: node/express, nginx, redis, mysql, npm, apt-get ...
//!
//! Programs are called with an argv by whoever runs them (the container shell, the engine starting
//! a container's main process, or a RUN step). Short-lived commands go through [`run_command`];
//! a container's main process goes through [`start`], which either exits at once or becomes a
//! long-running [`Service`] that the engine keeps, routes requests and signals to, and shows in
//! `ps`. Everything reaches other containers only through the [`Net`] seam, so every program is
//! testable with a fake network.

use std::collections::BTreeMap;

use crate::runtime::Output;
use crate::vfs::Tree;

pub mod apps;
pub mod busybox;
pub mod db;
pub mod dbcli;
pub mod dbformat;
pub mod entrypoint;
pub mod http;
#[cfg(feature = "full")]
pub mod hubapps;
pub mod java;
pub mod json;
pub mod misc;
pub mod mongo;
pub mod nettools;
pub mod node;
pub mod npm;
pub mod persist;
pub mod php;
pub mod pkg;
pub mod python;
#[cfg(feature = "full")]
pub mod ready;
pub mod redis;
pub mod registry;
pub mod repl;
#[cfg(feature = "full")]
pub mod rpm;
pub mod sha1;
pub mod sql;
pub mod users;
pub mod web;

#[cfg(test)]
mod db_tests;
#[cfg(test)]
mod tests;

/// One process as `ps` shows it; the engine supplies the list through [`ProgramCtx::processes`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProcessInfo {
    /// Process ID inside the container's PID namespace (1 for the main process).
    pub pid: u32,
    /// User name (`root`, `node`, `redis`, ...).
    pub user: String,
    /// The full command line (`node index.js`).
    pub command: String,
    /// When the process started, virtual milliseconds since the epoch.
    pub start_ms: i64,
    /// The controlling terminal (`pts/0`), if any.
    pub tty: Option<String>,
    /// Resident memory in KiB, for `ps aux`.
    pub rss_kib: u64,
}

/// Everything a program sees of the world it runs in.
pub struct ProgramCtx<'a> {
    /// The container's (or build step's) filesystem.
    pub fs: &'a mut Tree,
    /// Environment of the process.
    pub env: &'a BTreeMap<String, String>,
    /// Working directory (absolute, normalised).
    pub cwd: &'a str,
    /// Bytes on standard input.
    pub stdin: &'a [u8],
    /// The virtual clock, milliseconds since the epoch.
    pub now_ms: i64,
    /// The container's hostname (its short ID unless `--hostname`).
    pub hostname: &'a str,
    /// Reaching other services (the engine implements it).
    pub net: &'a mut dyn Net,
    /// Where the program writes stdout and stderr.
    pub out: &'a mut Output,
    /// The processes of this container, for `ps` (empty when not known).
    pub processes: &'a [ProcessInfo],
    /// Whether a terminal is attached (`-t`): changes buffering and some programs' behaviour.
    pub tty: bool,
}

/// Why a network request from a program did not reach a server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetError {
    /// The name does not resolve (no such container on the network, no such host).
    UnknownHost,
    /// Nothing listens on that port (or the container is stopped).
    Refused,
    /// Packets go nowhere (a paused container, a port not published).
    Timeout,
    /// The connection was accepted and then reset (Docker's proxy in front of a published
    /// port that nothing listens on inside the container).
    Reset,
}

/// How the engine connects a program to the services of other containers or the host.
pub trait Net {
    /// An HTTP request to host:port as seen from inside this container (or from the host machine).
    fn http(&mut self, host: &str, port: u16, req: &HttpRequest) -> Result<HttpResponse, NetError>;
    /// A Redis command sent to host:port.
    fn redis(&mut self, host: &str, port: u16, args: &[String]) -> Result<RespValue, NetError>;
    /// The addresses a name resolves to, as `wget` prints them (`172.18.0.2`); `None` when the
    /// engine does not say (then `localhost` is `::1, 127.0.0.1` and other names `172.17.0.2`).
    fn resolve(&mut self, _host: &str) -> Option<Vec<String>> {
        None
    }
    /// Opens and closes a TCP connection to host:port: whether something listens there (how
    /// an app waits for its database). Without an engine nothing answers.
    fn tcp_connect(&mut self, _host: &str, _port: u16) -> Result<(), NetError> {
        Err(NetError::UnknownHost)
    }
    /// Name resolution as the container's resolver does it (see [`Lookup`]).
    fn lookup(&mut self, _name: &str) -> Lookup {
        Lookup::NoNetwork
    }
    /// A query to the DNS server of `/etc/resolv.conf` only (`nslookup`, `dig`, `host`), which
    /// knows nothing of `/etc/hosts`.
    fn dns(&mut self, _name: &str) -> Lookup {
        Lookup::NoNetwork
    }
    /// Opens (and at once closes) a TCP connection, for `telnet` and `nc -z`.
    fn connect(&mut self, _host: &str, _port: u16) -> Result<(), NetError> {
        Err(NetError::UnknownHost)
    }
    /// The PTR name Docker's DNS gives an address (`web.appnet`), if any.
    fn ptr(&mut self, _ip: &str) -> Option<String> {
        None
    }
    /// Whether an address answers ICMP echo.
    fn ping(&mut self, _ip: &str) -> bool {
        false
    }
    /// The TCP ports this container listens on, with the program holding each (`netstat`).
    fn listening(&mut self) -> Vec<(u16, String)> {
        Vec::new()
    }
    /// This container's own addresses with their networks' prefix lengths (`ip addr`).
    fn addresses(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }
    /// A request to a database server (mysql, postgres, mongod) at host:port; the engine
    /// fills in where the client connects from.
    fn db(
        &mut self,
        _host: &str,
        _port: u16,
        _conn: &mut db::DbConn,
        _op: &db::DbOp,
    ) -> Result<db::DbReply, NetError> {
        Err(NetError::UnknownHost)
    }
    /// A client program asks to own the terminal for the lines that follow (`mysql>`); false
    /// when nothing can give it one.
    fn open_client(&mut self, _client: repl::Client) -> bool {
        false
    }
}

/// What a container's resolver says about a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Found in `/etc/hosts` (or an address as such, or `localhost`).
    Hosts(Vec<String>),
    /// Answered by a DNS server: the addresses, and the server (`127.0.0.11`).
    Dns(Vec<String>, String),
    /// The DNS server answered NXDOMAIN; the server asked.
    NxDomain(String),
    /// No network to ask (`--network none`, a build step).
    NoNetwork,
}

/// A network where nothing answers: every name is unknown. Useful for build steps and tests.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoNet;

impl Net for NoNet {
    fn http(&mut self, _: &str, _: u16, _: &HttpRequest) -> Result<HttpResponse, NetError> {
        Err(NetError::UnknownHost)
    }
    fn redis(&mut self, _: &str, _: u16, _: &[String]) -> Result<RespValue, NetError> {
        Err(NetError::UnknownHost)
    }
}

/// An HTTP request as a server receives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpRequest {
    /// `GET`, `HEAD`, `POST`, ...
    pub method: String,
    /// The request target: path and query (`/index.html?x=1`).
    pub path: String,
    /// Request headers in send order (`Host`, `User-Agent`, ...).
    pub headers: Vec<(String, String)>,
    /// The request body.
    pub body: Vec<u8>,
    /// The client's address as the server sees it (`172.17.0.1` for the host through a published port).
    pub remote_addr: String,
}

impl Default for HttpRequest {
    fn default() -> Self {
        HttpRequest {
            method: "GET".to_string(),
            path: "/".to_string(),
            headers: Vec::new(),
            body: Vec::new(),
            remote_addr: "172.17.0.1".to_string(),
        }
    }
}

impl HttpRequest {
    /// A header's value, looked up case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header_of(&self.headers, name)
    }

    /// The path without its query string.
    pub fn path_only(&self) -> &str {
        self.path.split(['?', '#']).next().unwrap_or("/")
    }
}

/// An HTTP response as a server sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpResponse {
    /// `HTTP/1.1` or `HTTP/1.0`.
    pub version: String,
    /// Status code.
    pub status: u16,
    /// Reason phrase (`OK`, `Not Found`, `File not found` for Python).
    pub reason: String,
    /// Response headers in the server's order.
    pub headers: Vec<(String, String)>,
    /// The body (empty for HEAD).
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// A header's value, looked up case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header_of(&self.headers, name)
    }

    /// The status line and headers, CRLF-terminated, as `curl -i` shows them.
    pub fn head_text(&self) -> String {
        let mut s = format!("{} {} {}\r\n", self.version, self.status, self.reason);
        for (k, v) in &self.headers {
            s.push_str(&format!("{k}: {v}\r\n"));
        }
        s.push_str("\r\n");
        s
    }
}

fn header_of<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The standard reason phrase for a status code.
pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

/// A Redis protocol value, as a server answers a command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RespValue {
    /// `+OK`, `+PONG`.
    Simple(String),
    /// `-ERR ...`.
    Error(String),
    /// `:1`.
    Integer(i64),
    /// `$5 hello`, or the nil bulk string (`None`).
    Bulk(Option<String>),
    /// `*2 ...`, or the nil array (`None`).
    Array(Option<Vec<RespValue>>),
}

/// A signal sent to a process (`docker stop`, `docker kill -s`, Ctrl-C).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Signal {
    /// SIGHUP (1).
    Hup,
    /// SIGINT (2).
    Int,
    /// SIGQUIT (3).
    Quit,
    /// SIGKILL (9).
    Kill,
    /// SIGUSR1 (10).
    Usr1,
    /// SIGUSR2 (12).
    Usr2,
    /// SIGTERM (15).
    Term,
    /// SIGWINCH (28).
    Winch,
}

impl Signal {
    /// The Linux signal number.
    pub fn number(self) -> i32 {
        match self {
            Signal::Hup => 1,
            Signal::Int => 2,
            Signal::Quit => 3,
            Signal::Kill => 9,
            Signal::Usr1 => 10,
            Signal::Usr2 => 12,
            Signal::Term => 15,
            Signal::Winch => 28,
        }
    }

    /// The name without `SIG` (`TERM`).
    pub fn name(self) -> &'static str {
        match self {
            Signal::Hup => "HUP",
            Signal::Int => "INT",
            Signal::Quit => "QUIT",
            Signal::Kill => "KILL",
            Signal::Usr1 => "USR1",
            Signal::Usr2 => "USR2",
            Signal::Term => "TERM",
            Signal::Winch => "WINCH",
        }
    }

    /// Parses `SIGTERM`, `TERM`, `term` or `15`, as `docker kill -s` and `STOPSIGNAL` accept them.
    pub fn parse(text: &str) -> Option<Signal> {
        let upper = text.trim().to_ascii_uppercase();
        let name = upper.strip_prefix("SIG").unwrap_or(&upper);
        let all = [
            Signal::Hup,
            Signal::Int,
            Signal::Quit,
            Signal::Kill,
            Signal::Usr1,
            Signal::Usr2,
            Signal::Term,
            Signal::Winch,
        ];
        all.into_iter()
            .find(|s| s.name() == name || s.number().to_string() == name)
    }

    /// The exit code of a process killed by this signal (128 + number): 137 for SIGKILL.
    pub fn killed_exit_code(self) -> i32 {
        128 + self.number()
    }
}

/// What a signal does to a running service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalEffect {
    /// The process keeps running (PID 1 without a handler ignores SIGTERM and SIGINT).
    Ignored,
    /// The process exits with this code.
    Exit(i32),
}

/// The result of starting a container's main process.
#[derive(Clone, Debug)]
pub enum Start {
    /// The process ran and exited with this code (its output is already written).
    Exited(i32),
    /// The process keeps running as a service.
    Running(Service),
    /// No such program: the engine reports runc's `executable file not found in $PATH` (127).
    NotFound,
    /// A shell (`sh`, `bash`, or a `#!/bin/sh` script as argv[0]): the engine runs argv with the
    /// container shell. Bare, it exits 0 at once without `-i` and is interactive with `-it`; with
    /// `-c script` or a script file it runs that. `node` without a script under `-t` also gives
    /// `Shell` (its REPL; see [`node::repl_banner`]).
    Shell,
}

/// A long-running main process with its state.
#[derive(Clone, Debug)]
pub enum Service {
    /// `node app.js` running an express app.
    Node(crate::lean::Full<node::NodeApp>),
    /// nginx master and workers.
    Nginx(web::Nginx),
    /// Apache httpd.
    Httpd(web::Httpd),
    /// `python -m http.server`.
    PyHttp(crate::lean::Full<web::PyHttp>),
    /// redis-server with its keys.
    Redis(crate::lean::Full<redis::RedisServer>),
    /// mysqld, postgres or mongod.
    Db(crate::lean::Full<db::Database>),
    /// `sleep N`, `sleep infinity`, `tail -f /dev/null`, or any process that just waits.
    Idle(misc::Idle),
    /// An application server: Python web apps, Apache with PHP, Java.
    App(crate::lean::Full<apps::AppServer>),
    /// The Distribution registry (`registry:2`, `registry:3`).
    Registry(crate::lean::Full<registry::Distribution>),
}

impl Service {
    // The states of programs only full runs, made where their entry points start them
    // (`lean::Full`: in core no such value exists).

    /// `node app.js`.
    pub fn full_node(app: node::NodeApp) -> Service {
        Service::Node(crate::lean::full(app))
    }

    /// `python -m http.server`.
    pub fn full_py_http(server: web::PyHttp) -> Service {
        Service::PyHttp(crate::lean::full(server))
    }

    /// `redis-server`.
    pub fn full_redis(server: redis::RedisServer) -> Service {
        Service::Redis(crate::lean::full(server))
    }

    /// `mysqld`, `postgres`, `mongod`.
    pub fn full_db(db: db::Database) -> Service {
        Service::Db(crate::lean::full(db))
    }

    /// An application server.
    pub fn full_app(app: apps::AppServer) -> Service {
        Service::App(crate::lean::full(app))
    }

    /// The Distribution registry.
    pub fn full_registry(registry: registry::Distribution) -> Service {
        Service::Registry(crate::lean::full(registry))
    }

    /// Listening TCP ports inside the container.
    pub fn ports(&self) -> Vec<u16> {
        match self {
            Service::Node(s) => s.port.into_iter().collect(),
            Service::Nginx(_) | Service::Httpd(_) => vec![80],
            Service::PyHttp(s) => vec![s.port],
            Service::Redis(s) => vec![s.port],
            Service::Db(s) => s.ports(),
            Service::Idle(_) => Vec::new(),
            Service::App(s) => s.ports(),
            Service::Registry(s) => vec![s.port],
        }
    }

    /// A file the service changed while answering (a database file), for the engine to save.
    pub fn take_write(&mut self) -> Option<(String, Vec<u8>)> {
        match self {
            Service::Node(s) => s.take_write(),
            _ => None,
        }
    }

    /// Statements for a database server the service wrote to while answering (the todo
    /// app's MySQL backend): its host, the session and the statements.
    pub fn take_sql(&mut self) -> Option<(String, db::DbConn, Vec<String>)> {
        match self {
            Service::Node(s) => s.take_sql(),
            _ => None,
        }
    }

    /// Servers this service connects to per request (WordPress's database), for the engine
    /// to check before a request.
    pub fn peers_mut(&mut self) -> &mut [apps::Peer] {
        match self {
            Service::App(app) => {
                let app: &mut apps::AppServer = app;
                match app {
                    apps::AppServer::Apache(s) => &mut s.peers,
                    _ => &mut [],
                }
            }
            _ => &mut [],
        }
    }

    /// Answers an HTTP request on `port`; `None` when nothing speaks HTTP there.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        port: u16,
        req: &HttpRequest,
        log: &mut Output,
    ) -> Option<HttpResponse> {
        if !self.ports().contains(&port) {
            return None;
        }
        match self {
            #[cfg(feature = "full")]
            Service::Node(s) => Some(s.http(fs, now_ms, req, log)),
            Service::Nginx(s) => Some(s.http(fs, now_ms, req, log)),
            Service::Httpd(s) => Some(s.http(fs, now_ms, req, log)),
            #[cfg(feature = "full")]
            Service::PyHttp(s) => Some(s.http(fs, now_ms, req, log)),
            #[cfg(feature = "full")]
            Service::App(s) => s.http(fs, now_ms, req, log),
            #[cfg(feature = "full")]
            Service::Registry(s) => Some(s.http(fs, now_ms, req, log)),
            #[cfg(not(feature = "full"))]
            Service::Node(_) | Service::PyHttp(_) | Service::App(_) | Service::Registry(_) => {
                crate::lean::need_full();
                None
            }
            Service::Redis(_) | Service::Db(_) | Service::Idle(_) => None,
        }
    }

    /// Answers a Redis command; `None` when this is not a Redis server.
    pub fn redis(&mut self, args: &[String]) -> Option<RespValue> {
        self.redis_at(args, 0)
    }

    /// Answers a Redis command at a point of the virtual clock (for EXPIRE/TTL).
    pub fn redis_at(&mut self, args: &[String], now_ms: i64) -> Option<RespValue> {
        match self {
            #[cfg(feature = "full")]
            Service::Redis(s) => Some(s.command(args, now_ms)),
            #[cfg(not(feature = "full"))]
            Service::Redis(_) => {
                crate::lean::need_full();
                None
            }
            _ => None,
        }
    }

    /// Delivers a signal; the service logs what the real program logs.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        if sig == Signal::Kill {
            return SignalEffect::Exit(137);
        }
        match self {
            Service::Node(_) => pid1_default(sig),
            Service::Nginx(s) => s.on_signal(sig, now_ms, log),
            Service::Httpd(s) => s.on_signal(sig, now_ms, log),
            Service::PyHttp(s) => s.on_signal(sig, log),
            Service::Redis(s) => s.on_signal(sig, now_ms, log),
            Service::Db(s) => s.on_signal(sig, now_ms, log),
            Service::Idle(s) => s.on_signal(sig),
            Service::App(s) => s.on_signal(sig, now_ms, log),
            Service::Registry(s) => s.on_signal(sig, now_ms, log),
        }
    }

    /// The command line `ps`/`top` show for PID 1.
    pub fn command_line(&self) -> String {
        match self {
            Service::Node(s) => s.command.clone(),
            Service::Nginx(_) => "nginx: master process nginx -g daemon off;".to_string(),
            Service::Httpd(_) => "httpd -DFOREGROUND".to_string(),
            Service::PyHttp(s) => s.command.clone(),
            Service::Redis(s) => format!("redis-server *:{}", s.port),
            Service::Db(s) => s.command_line(),
            Service::Idle(s) => s.command.clone(),
            Service::App(s) => s.command_line(),
            Service::Registry(s) => s.command.clone(),
        }
    }

    /// The program name of PID 1 (`ps -o comm`).
    pub fn pid1_name(&self) -> &str {
        match self {
            Service::Node(_) => "node",
            Service::Nginx(_) => "nginx",
            Service::Httpd(_) => "httpd",
            Service::PyHttp(_) => "python",
            Service::Redis(_) => "redis-server",
            Service::Db(s) => s.pid1_name(),
            Service::Idle(s) => s.name(),
            Service::App(s) => s.pid1_name(),
            Service::Registry(_) => "registry",
        }
    }

    /// When the process exits by itself (`sleep 5`), virtual milliseconds since the epoch.
    pub fn ends_at(&self) -> Option<i64> {
        match self {
            Service::Idle(s) => s.until_ms,
            _ => None,
        }
    }

    /// Extra processes besides PID 1 (nginx workers, httpd children), as `ps` lists them.
    pub fn children(&self) -> Vec<ProcessInfo> {
        match self {
            Service::Nginx(s) => s
                .workers
                .iter()
                .map(|pid| ProcessInfo {
                    pid: *pid,
                    user: "nginx".to_string(),
                    command: "nginx: worker process".to_string(),
                    start_ms: s.started_ms,
                    tty: None,
                    rss_kib: 2880,
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// PID 1 without handlers: the kernel drops SIGTERM/SIGINT/SIGQUIT/SIGHUP for it.
fn pid1_default(sig: Signal) -> SignalEffect {
    match sig {
        Signal::Kill => SignalEffect::Exit(137),
        _ => SignalEffect::Ignored,
    }
}

/// A field of an `/etc/os-release` or `/etc/lsb-release` text (`KEY=value`, quotes dropped),
/// or None when it is missing or empty: how apt, yum/dnf and the shells tell the release.
pub fn release_field(text: &str, key: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .map(|v| v.trim_matches('"').to_string())
        .filter(|v| !v.is_empty())
}

/// The last path component of a program name (`/usr/local/bin/node` → `node`).
pub fn program_name(argv0: &str) -> &str {
    argv0.rsplit('/').next().unwrap_or(argv0)
}

/// Finds an executable by name in the filesystem through `$PATH` (or as given when it has a `/`).
pub fn which(fs: &Tree, env: &BTreeMap<String, String>, cwd: &str, name: &str) -> Option<String> {
    if name.is_empty() {
        return None;
    }
    if name.contains('/') {
        let p = crate::vfs::normalize(cwd, name);
        return fs.is_file(&p).then_some(p);
    }
    let path = env
        .get("PATH")
        .map(String::as_str)
        .unwrap_or("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    path.split(':')
        .filter(|d| !d.is_empty())
        .map(|d| format!("{}/{name}", d.trim_end_matches('/')))
        .find(|p| fs.is_file(p))
}

/// Whether a program can run here: it is in the filesystem, or the image's environment says it
/// ships it (official images set `NODE_VERSION`, `NGINX_VERSION` ...), so that an image whose
/// layers don't list every binary still runs its own programs.
pub fn available(ctx: &ProgramCtx, name: &str) -> bool {
    // The legacy `mongo` shell left the mongo images with 6.0; `mongosh` came in with 5.0.
    if let (Some(major), shell @ ("mongo" | "mongosh")) =
        (ctx.env.get("MONGO_MAJOR"), program_name(name))
    {
        let major: u32 = major
            .split('.')
            .next()
            .and_then(|m| m.parse().ok())
            .unwrap_or(8);
        return if shell == "mongo" {
            major < 6
        } else {
            major >= 5
        };
    }
    if which(ctx.fs, ctx.env, ctx.cwd, name).is_some() {
        return true;
    }
    if name == "/hello" {
        // hello-world's image holds nothing but this binary.
        return true;
    }
    let base = program_name(name);
    // Images list their binaries unevenly; coreutils come with any shell, and busybox
    // provides its applets (wget and ps included) on Alpine.
    let has_shell = ctx.fs.exists("/bin/sh") || ctx.fs.exists("/usr/bin/sh");
    if has_shell && matches!(base, "sleep" | "tail" | "hostname" | "sh") {
        return true;
    }
    // Account tools: busybox has adduser/addgroup, other distributions shadow's tools too.
    if has_shell
        && (matches!(base, "adduser" | "addgroup")
            || !misc::is_busybox(ctx.fs) && matches!(base, "useradd" | "groupadd"))
    {
        return true;
    }
    if misc::is_busybox(ctx.fs)
        && matches!(
            base,
            "wget" | "ps" | "hostname" | "sleep" | "tail" | "sh" | "ash"
        )
    {
        return true;
    }
    let shipped_by = |var: &str| ctx.env.contains_key(var);
    match base {
        "node" | "npm" | "npx" | "corepack" => shipped_by("NODE_VERSION"),
        "yarn" | "yarnpkg" => shipped_by("YARN_VERSION"),
        "nginx" => shipped_by("NGINX_VERSION"),
        "redis-server" | "redis-cli" => shipped_by("REDIS_VERSION"),
        "mysqld" | "mysql" => {
            shipped_by("MYSQL_VERSION")
                || shipped_by("MYSQL_MAJOR")
                || shipped_by("MARIADB_VERSION")
        }
        "mariadbd" | "mariadb" | "mariadb-dump" => shipped_by("MARIADB_VERSION"),
        "mysqldump" => {
            shipped_by("MYSQL_VERSION")
                || shipped_by("MYSQL_MAJOR")
                || shipped_by("MARIADB_VERSION")
        }
        "postgres" | "psql" | "pg_ctl" | "pg_isready" => {
            shipped_by("PG_VERSION") || shipped_by("PG_MAJOR")
        }
        // MariaDB 11 dropped the `mysql*` names of its tools.
        "mysqladmin" => shipped_by("MYSQL_VERSION") || shipped_by("MYSQL_MAJOR"),
        "mariadb-admin" | "healthcheck.sh" => shipped_by("MARIADB_VERSION"),
        "mongod" | "mongosh" | "mongo" => shipped_by("MONGO_VERSION") || shipped_by("MONGO_MAJOR"),
        "python" | "python3" | "pip" | "pip3" => shipped_by("PYTHON_VERSION"),
        "httpd" | "httpd-foreground" => shipped_by("HTTPD_VERSION"),
        "java" => shipped_by("JAVA_VERSION"),
        "php" | "apache2-foreground" | "docker-php-entrypoint" | "apache2" => {
            shipped_by("PHP_VERSION")
        }
        "catalina.sh" => shipped_by("TOMCAT_VERSION"),
        "mvn" => shipped_by("MAVEN_VERSION"),
        "go" => shipped_by("GOLANG_VERSION"),
        "docker-entrypoint.sh" => [
            "NODE_VERSION",
            "REDIS_VERSION",
            "MYSQL_VERSION",
            "MYSQL_MAJOR",
            "PG_VERSION",
            "PG_MAJOR",
            "MONGO_VERSION",
            "NGINX_VERSION",
            "PHP_VERSION",
        ]
        .iter()
        .any(|v| shipped_by(v)),
        _ => false,
    }
}

/// Runs a short-lived command. `None` means this is no program known here (the caller then
/// reports `command not found`); otherwise the exit code.
pub fn run_command(argv: &[String], ctx: &mut ProgramCtx) -> Option<i32> {
    let argv0 = argv.first()?;
    if !available(ctx, argv0) {
        return None;
    }
    let args = argv.get(1..).unwrap_or(&[]);
    let name = program_name(argv0);
    #[cfg(not(feature = "full"))]
    if crate::lean::full_program(name) {
        return Some(crate::lean::need_full());
    }
    let code = match name {
        #[cfg(feature = "full")]
        "node" => node::node_command(args, ctx),
        #[cfg(feature = "full")]
        "npm" => npm::npm(args, ctx),
        #[cfg(feature = "full")]
        "npx" => npm::npx(args, ctx),
        #[cfg(feature = "full")]
        "yarn" | "yarnpkg" => npm::yarn(args, ctx),
        #[cfg(feature = "full")]
        "mvn" => java::mvn(args, ctx),
        // The Maven wrapper of a project runs Maven with the image's JDK.
        #[cfg(feature = "full")]
        "mvnw" if ctx.env.contains_key("JAVA_VERSION") => java::mvn(args, ctx),
        #[cfg(feature = "full")]
        "apt-get" | "apt" => pkg::apt_get(name, args, ctx),
        #[cfg(feature = "full")]
        "apk" => pkg::apk(args, ctx),
        #[cfg(feature = "full")]
        "yum" | "dnf" | "microdnf" => rpm::rpm_manager(name, args, ctx),
        #[cfg(feature = "full")]
        "pip" | "pip3" => pkg::pip(args, ctx),
        #[cfg(feature = "full")]
        "wget" => {
            let flavor = if misc::is_busybox(ctx.fs) {
                http::WgetFlavor::Busybox
            } else {
                http::WgetFlavor::Gnu
            };
            http::wget(args, ctx, flavor)
        }
        #[cfg(feature = "full")]
        "curl" => http::curl(args, ctx),
        #[cfg(feature = "full")]
        "redis-cli" => redis::redis_cli(args, ctx),
        "ps" => misc::ps(args, ctx),
        "hostname" => misc::hostname(args, ctx),
        "sleep" => misc::sleep_command(args, ctx),
        #[cfg(feature = "full")]
        "python" | "python3" | "python2" => python::python_command(name, args, ctx),
        #[cfg(feature = "full")]
        "fastapi" => match python::fastapi_cli(args, ctx) {
            Start::Exited(c) => c,
            _ => 0,
        },
        "flask"
        | "gunicorn"
        | "uvicorn"
        | "php"
        | "java"
        | "catalina.sh"
        | "apache2-foreground"
        | "docker-php-entrypoint" => match start(argv, ctx) {
            Start::Exited(c) => c,
            _ => 0,
        },
        "nginx" => web::nginx_command(args, ctx),
        #[cfg(feature = "full")]
        "redis-server" => redis::server_command(args, ctx),
        #[cfg(feature = "full")]
        "mysql" | "mariadb" => dbcli::mysql(name, args, ctx),
        #[cfg(feature = "full")]
        "mysqldump" | "mariadb-dump" => dbcli::mysqldump(args, ctx),
        #[cfg(feature = "full")]
        "psql" => dbcli::psql(args, ctx),
        #[cfg(feature = "full")]
        "mongosh" | "mongo" => mongo::mongosh(name, args, ctx),
        #[cfg(feature = "full")]
        "mysqld" | "mariadbd" | "postgres" | "mongod" => db::server_command(name, args, ctx),
        #[cfg(feature = "full")]
        "pg_isready" => ready::pg_isready(args, ctx),
        #[cfg(feature = "full")]
        "mysqladmin" | "mariadb-admin" => ready::mysqladmin(name, args, ctx),
        #[cfg(feature = "full")]
        "healthcheck.sh" => ready::mariadb_healthcheck(ctx),
        #[cfg(feature = "full")]
        "top" => busybox::top(args, ctx),
        #[cfg(feature = "full")]
        "uptime" => busybox::uptime(args, ctx),
        #[cfg(feature = "full")]
        "free" => busybox::free(args, ctx),
        "vi" | "vim" | "nano" if !args.iter().any(|a| a.starts_with("--")) => {
            busybox::editor(name, args, ctx)
        }
        #[cfg(feature = "full")]
        "ping" => nettools::ping(args, ctx),
        #[cfg(feature = "full")]
        "nslookup" => nettools::nslookup(args, ctx),
        #[cfg(feature = "full")]
        "dig" => nettools::dig(args, ctx),
        #[cfg(feature = "full")]
        "host" => nettools::host(args, ctx),
        #[cfg(feature = "full")]
        "getent" => nettools::getent(args, ctx),
        #[cfg(feature = "full")]
        "netstat" => nettools::netstat(args, ctx),
        #[cfg(feature = "full")]
        "ss" => nettools::ss(args, ctx),
        #[cfg(feature = "full")]
        "ip" => nettools::ip(args, ctx),
        "go" | "git" | "vim" | "gcc" | "make" | "httpd" => misc::version_command(name, args, ctx),
        "hello" => misc::hello(ctx),
        #[cfg(feature = "full")]
        "adduser" | "useradd" | "addgroup" | "groupadd" => users::run(name, args, ctx),
        #[cfg(feature = "full")]
        "registry" => registry::command(args, ctx),
        #[cfg(feature = "full")]
        "cowsay" | "cowthink" => hubapps::cowsay(name, args, ctx),
        #[cfg(feature = "full")]
        "fortune" => hubapps::fortune(ctx),
        _ => return None,
    };
    Some(code)
}

/// Whether a server's options ask it to print something and exit (`mysqld --version`,
/// `httpd -v`) rather than start: the options each server's own parser stops at, which the
/// official entrypoints also check before their first-run setup.
fn asks_not_to_start(name: &str, args: &[String]) -> bool {
    let stops: &[&str] = match name {
        "mysqld" | "mariadbd" => &["-?", "--help", "--print-defaults", "-V", "--version"],
        "postgres" => &["-?", "--help", "--describe-config", "-V", "--version"],
        "mongod" => &["-h", "--help", "--version"],
        "httpd" => &["-v", "-t"],
        _ => return false,
    };
    args.iter().any(|a| stops.contains(&a.as_str()))
}

/// Starts a container's main process (argv already resolved from entrypoint + cmd). The
/// process's startup output is written to `ctx.out`.
pub fn start(argv: &[String], ctx: &mut ProgramCtx) -> Start {
    let Some(argv0) = argv.first() else {
        return Start::NotFound;
    };
    let name = program_name(argv0);
    if matches!(name, "sh" | "bash" | "ash" | "dash" | "zsh") {
        return if available(ctx, argv0) || argv0.starts_with('/') && ctx.fs.is_file(argv0) {
            Start::Shell
        } else {
            Start::NotFound
        };
    }
    if !available(ctx, argv0) {
        return Start::NotFound;
    }
    let args = argv.get(1..).unwrap_or(&[]);
    if asks_not_to_start(name, args) {
        return Start::Exited(run_command(argv, ctx).unwrap_or(0));
    }
    // traefik/whoami's server is `/whoami` (never the account tool of other images).
    let whoami = name == "whoami" && ctx.fs.is_file("/whoami");
    #[cfg(not(feature = "full"))]
    if crate::lean::full_program(name)
        || whoami
        || name == "__cacert_entrypoint.sh"
        || name == "entrypoint.sh" && registry::is_registry_image(ctx.fs)
    {
        return Start::Exited(crate::lean::need_full());
    }
    match name {
        #[cfg(feature = "full")]
        "whoami" if whoami => hubapps::start_whoami(args, ctx),
        #[cfg(feature = "full")]
        "http-echo" => hubapps::start_http_echo(args, ctx),
        #[cfg(feature = "full")]
        "entrypoint.sh" if registry::is_registry_image(ctx.fs) => registry::entrypoint(args, ctx),
        #[cfg(feature = "full")]
        "registry" => registry::start(args, ctx),
        "docker-entrypoint.sh" => entrypoint::run(argv0, args, ctx),
        "httpd-foreground" | "httpd" => web::start_httpd(ctx),
        "nginx" => web::start_nginx(args, ctx),
        #[cfg(feature = "full")]
        "node" => node::start(args, ctx),
        #[cfg(feature = "full")]
        "npm" if args.first().map(String::as_str) == Some("start") => npm::start(args, ctx),
        #[cfg(feature = "full")]
        "npm" if args.first().map(String::as_str) == Some("run") && args.len() > 1 => {
            npm::run_start(&args[1], ctx)
        }
        #[cfg(feature = "full")]
        "yarn" | "yarnpkg" => npm::yarn_start(args, ctx),
        #[cfg(feature = "full")]
        "nodemon" => persist::nodemon(args, ctx),
        #[cfg(feature = "full")]
        "redis-server" => redis::start(args, ctx),
        #[cfg(feature = "full")]
        "mysqld" | "mariadbd" => db::start_mysql(ctx),
        #[cfg(feature = "full")]
        "postgres" => db::start_postgres(ctx),
        #[cfg(feature = "full")]
        "mongod" => db::start_mongo(ctx),
        #[cfg(feature = "full")]
        "python" | "python3" | "python2" => python::start_python(name, args, ctx),
        #[cfg(feature = "full")]
        "flask" => python::flask_cli(args, ctx),
        #[cfg(feature = "full")]
        "gunicorn" => python::gunicorn(args, ctx),
        #[cfg(feature = "full")]
        "uvicorn" => python::uvicorn(args, ctx),
        #[cfg(feature = "full")]
        "fastapi" => python::fastapi_cli(args, ctx),
        #[cfg(feature = "full")]
        "java" => java::start_java(args, ctx),
        #[cfg(feature = "full")]
        "catalina.sh" => java::catalina(args, ctx),
        #[cfg(feature = "full")]
        "apache2-foreground" => php::apache2_foreground(ctx),
        // Temurin's entrypoint installs extra CA certificates when asked, then `exec "$@"`.
        "__cacert_entrypoint.sh" if !args.is_empty() => match start(args, ctx) {
            Start::NotFound => {
                ctx.out.err(format!(
                    "/__cacert_entrypoint.sh: line 42: exec: {}: not found\n",
                    args[0]
                ));
                Start::Exited(127)
            }
            other => other,
        },
        #[cfg(feature = "full")]
        "docker-php-entrypoint" => php::php_entrypoint(args, ctx),
        #[cfg(feature = "full")]
        "php" => Start::Exited(php::php_command(args, ctx)),
        "sleep" => misc::start_sleep(args, ctx),
        "tail" if args.iter().any(|a| a == "-f" || a == "-F") => {
            Start::Running(Service::Idle(misc::Idle {
                command: argv.join(" "),
                until_ms: None,
                name: "tail".to_string(),
            }))
        }
        _ => match run_command(argv, ctx) {
            Some(code) => Start::Exited(code),
            // A script of the image or the learner (`./start.sh`): the container shell runs it.
            None if is_shell_script(ctx, argv0) => Start::Shell,
            None => Start::NotFound,
        },
    }
}

/// Whether argv[0] is a script for a POSIX shell (`#!/bin/sh`, `#!/usr/bin/env bash`).
fn is_shell_script(ctx: &ProgramCtx, argv0: &str) -> bool {
    let Some(path) = which(ctx.fs, ctx.env, ctx.cwd, argv0) else {
        return false;
    };
    let head = ctx.fs.read(&path).unwrap_or(&[]);
    let first = head.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let first = String::from_utf8_lossy(first);
    first.starts_with("#!")
        && ["sh", "bash", "ash", "dash"].iter().any(|sh| {
            first.trim_end().ends_with(&format!("/{sh}"))
                || first.trim_end().ends_with(&format!(" {sh}"))
        })
}

/// `Mon, 02 Jun 2025 09:00:05 GMT`, the HTTP `Date` header format.
pub fn http_date(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, mo, d, h, mi, s) = crate::clock::civil(secs);
    format!(
        "{}, {d:02} {} {y:04} {h:02}:{mi:02}:{s:02} GMT",
        weekday(secs),
        month_abbr(mo)
    )
}

/// The English three-letter weekday of a time.
pub fn weekday(secs: i64) -> &'static str {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    DAYS.get(secs.div_euclid(86_400).rem_euclid(7) as usize)
        .copied()
        .unwrap_or("Mon")
}

/// The English three-letter month name (1-based).
pub fn month_abbr(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("Jan")
}

/// `--name=value` as (`--name`, the inline value); any other argument as itself with none.
/// The option loops of the programs (flask, gunicorn, uvicorn, mysql, psql) read it this way.
pub(crate) fn split_long(arg: &str) -> (&str, Option<String>) {
    match arg.split_once('=') {
        Some((flag, value)) if arg.starts_with("--") => (flag, Some(value.to_string())),
        _ => (arg, None),
    }
}

/// An environment variable or a default.
pub(crate) fn env_or<'a>(
    env: &'a BTreeMap<String, String>,
    key: &str,
    default: &'a str,
) -> &'a str {
    env.get(key).map(String::as_str).unwrap_or(default)
}
