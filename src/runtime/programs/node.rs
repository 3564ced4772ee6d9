//! `node`: versions, and running an express app read by light pattern matching (not a JS engine).
//!
//! A tutorial's `index.js` has a recognisable shape: `require('express')`, a `PORT` constant,
//! `app.get(path, (req, res) => res.send(...))` routes, `app.listen(PORT)` and some
//! `console.log`s. This module finds those pieces in the text (strings and comments masked out so
//! their contents don't confuse the search), and answers requests with the bytes and headers
//! express 4 sends. Anything it does not understand is skipped, so odd scripts still run.

use std::collections::BTreeMap;

use serde_json::Value;

use super::sha1::express_etag;
use super::{http_date, reason_phrase, HttpRequest, HttpResponse, ProgramCtx, Service, Start};
use crate::runtime::Output;
use crate::vfs::{base_name, normalize, parent, Tree};

/// The Node version of the image, `v22.16.0`, from `NODE_VERSION`.
pub fn node_version(env: &BTreeMap<String, String>) -> String {
    format!(
        "v{}",
        env.get("NODE_VERSION")
            .map(String::as_str)
            .unwrap_or("22.16.0")
    )
}

/// The major version number of the image's Node.
pub fn node_major(env: &BTreeMap<String, String>) -> u32 {
    node_version(env)
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(22)
}

/// What a route handler answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// `res.send("text")`: text/html.
    Html(String),
    /// `res.json({...})` or `res.send({...})`: application/json (already serialised).
    Json(String),
    /// `res.sendStatus(n)`: the reason phrase as text/plain.
    Status,
    /// `res.sendFile(...)`: a file path.
    File(String),
    /// `res.end()` or nothing understood: an empty body.
    Empty,
    /// A plain `http.createServer` handler: its own headers (from `writeHead`/`setHeader`) and
    /// body; `chunked` when headers were sent before the body (`writeHead` then `end(data)`).
    Raw {
        /// Headers the handler set, in order.
        headers: Vec<(String, String)>,
        /// The body given to `write`/`end`.
        body: String,
        /// Whether node sends `Transfer-Encoding: chunked` instead of `Content-Length`.
        chunked: bool,
    },
}

/// One `app.METHOD(path, handler)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// Upper-case method, or `ALL`.
    pub method: String,
    /// The path pattern (`/`, `/users/:id`, `*`).
    pub path: String,
    /// Status code set by `res.status(n)` (200 by default).
    pub status: u16,
    /// What the handler sends.
    pub reply: Reply,
    /// Lines the handler logs with `console.log` on each request.
    pub logs: Vec<String>,
}

/// A running Node process with the express app it serves (or none, for a plain script that
/// keeps running because it listens).
#[derive(Clone, Debug)]
pub struct NodeApp {
    /// The command line (`node index.js`).
    pub command: String,
    /// The listening port, when the app called `listen`.
    pub port: Option<u16>,
    /// Routes in registration order.
    pub routes: Vec<Route>,
    /// Directories served by `express.static` (absolute).
    pub static_dirs: Vec<String>,
    /// The directory of the script (`__dirname`).
    pub dir: String,
    /// The app's items table, when it has the persistence shape (see [`super::persist`]).
    pub store: Option<Box<super::persist::Store>>,
    /// nodemon's watch, when nodemon runs the app.
    pub watch: Option<Box<super::persist::Watch>>,
}

/// Prints Node's `Cannot find module` block for the first `require` of `path` that is not
/// installed; `Some(1)` (the exit code) when there is one.
pub(crate) fn check_requires(path: &str, ctx: &mut ProgramCtx) -> Option<i32> {
    let src = ctx.fs.read_string(path).ok()?;
    let script = Script::parse(&src);
    let dir = parent(path).to_string();
    let (module, line, col) = script.missing_module(ctx.fs, &dir)?;
    let text = missing_require_trace(&module, path, line, col, node_major(ctx.env));
    ctx.out
        .err(format!("{text}\nNode.js {}\n", node_version(ctx.env)));
    Some(1)
}

/// `node <args>` as a short command.
pub fn node_command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    match start(args, ctx) {
        Start::Exited(code) => code,
        // A server started from a shell runs until interrupted; the shell sees it end with ^C.
        Start::Running(_) | Start::Shell => 0,
        Start::NotFound => 127,
    }
}

/// Starts `node <args>` as a process.
pub fn start(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut i = 0;
    while let Some(a) = args.get(i) {
        match a.as_str() {
            "-v" | "--version" => {
                let v = node_version(ctx.env);
                ctx.out.out(format!("{v}\n"));
                return Start::Exited(0);
            }
            "-e" | "--eval" | "-p" | "--print" => {
                // The image's own Node (`v14.21.3`; `process.versions.node` without the `v`).
                let v = node_version(ctx.env);
                let code = args.get(i + 1).cloned().unwrap_or_default();
                let code = code
                    .replace("process.versions.node", &format!("'{}'", &v[1..]))
                    .replace("process.version", &format!("'{v}'"));
                if matches!(a.as_str(), "-p" | "--print") {
                    if let Some(value) = eval_expr(&code, &BTreeMap::new(), ctx.env) {
                        ctx.out.out(format!("{value}\n"));
                        return Start::Exited(0);
                    }
                }
                let script = Script::parse(&code);
                for line in script.top_logs(&BTreeMap::new()) {
                    ctx.out.out(format!("{line}\n"));
                }
                return Start::Exited(0);
            }
            "-h" | "--help" => {
                ctx.out.out("Usage: node [options] [ script.js ] [arguments]\n       node inspect [options] [ script.js | host:port ] [arguments]\n\nOptions:\n  -                           script read from stdin (default if no file name is provided, interactive mode if a tty)\n  --                          indicate the end of node options\n  -e, --eval=...              evaluate script\n  -h, --help                  print node command line options (currently set)\n  -p, --print [...]           evaluate script and print result\n  -v, --version               print Node.js version\n\nDocumentation can be found at https://nodejs.org/\n");
                return Start::Exited(0);
            }
            s if s.starts_with('-') => i += 1,
            _ => break,
        }
    }
    let Some(script_arg) = args.get(i) else {
        // No script: node reads a program from stdin; without a terminal that is empty.
        return if ctx.tty {
            Start::Shell
        } else {
            Start::Exited(0)
        };
    };
    let path = resolve_script(ctx.fs, ctx.cwd, script_arg);
    let Some(path) = path else {
        let shown = normalize(ctx.cwd, script_arg);
        let text = missing_main_trace(&shown, node_major(ctx.env));
        ctx.out
            .err(format!("{text}\nNode.js {}\n", node_version(ctx.env)));
        return Start::Exited(1);
    };
    let src = ctx.fs.read_string(&path).unwrap_or_default();
    let script = Script::parse(&src);
    let dir = parent(&path).to_string();
    if let Some((module, line, col)) = script.missing_module(ctx.fs, &dir) {
        let text = missing_require_trace(&module, &path, line, col, node_major(ctx.env));
        ctx.out
            .err(format!("{text}\nNode.js {}\n", node_version(ctx.env)));
        return Start::Exited(1);
    }
    let vars = script.variables(ctx.env);
    for line in script.top_logs(&vars) {
        ctx.out.out(format!("{line}\n"));
    }
    let store = match super::persist::init(&src, &dir, ctx) {
        Ok(store) => store.map(Box::new),
        Err(code) => return Start::Exited(code),
    };
    let Some(port) = script.listen_port(&vars) else {
        return Start::Exited(0);
    };
    for line in script.listen_logs(&vars) {
        ctx.out.out(format!("{line}\n"));
    }
    let mut command = vec!["node".to_string()];
    command.extend(args.iter().cloned());
    Start::Running(Service::full_node(NodeApp {
        command: command.join(" "),
        port: Some(port),
        routes: script.routes(&vars, &dir),
        static_dirs: script.static_dirs(&dir),
        dir,
        store,
        watch: None,
    }))
}

/// What `node -i` / `node` on a terminal prints before its first prompt.
pub fn repl_banner(env: &BTreeMap<String, String>) -> String {
    format!(
        "Welcome to Node.js {}.\nType \".help\" for more information.\n> ",
        node_version(env)
    )
}

/// Node's internal frames differ by release line; Node 20's are captured from 20.20, the
/// others follow Node 22.
fn loader_frames(major: u32) -> [&'static str; 9] {
    if major <= 20 {
        [
            "node:internal/modules/cjs/loader:1210",
            "Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)",
            "Module._load (node:internal/modules/cjs/loader:1038:27)",
            "Module.require (node:internal/modules/cjs/loader:1289:19)",
            "require (node:internal/modules/helpers:182:18)",
            "Module._compile (node:internal/modules/cjs/loader:1521:14)",
            "Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
            "Module.load (node:internal/modules/cjs/loader:1266:32)",
            "Module._load (node:internal/modules/cjs/loader:1091:12)",
        ]
    } else {
        [
            "node:internal/modules/cjs/loader:1228",
            "Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)",
            "Module._load (node:internal/modules/cjs/loader:1051:27)",
            "Module.require (node:internal/modules/cjs/loader:1311:19)",
            "require (node:internal/modules/helpers:179:18)",
            "Module._compile (node:internal/modules/cjs/loader:1469:14)",
            "Module._extensions..js (node:internal/modules/cjs/loader:1548:10)",
            "Module.load (node:internal/modules/cjs/loader:1288:32)",
            "Module._load (node:internal/modules/cjs/loader:1104:12)",
        ]
    }
}

fn run_main_frame(major: u32) -> &'static str {
    if major <= 20 {
        "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)"
    } else {
        "TracingChannel.traceSync (node:diagnostics_channel:315:14)"
    }
}

/// `node missing.js`: the error block without its `Node.js vX` trailer.
fn missing_main_trace(shown: &str, major: u32) -> String {
    let f = loader_frames(major);
    let main = if major <= 20 {
        "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)"
    } else {
        "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)"
    };
    format!(
        "{}\n  throw err;\n  ^\n\nError: Cannot find module '{shown}'\n    at {}\n    at {}\n    at {main}\n    at node:internal/main/run_main_module:28:49 {{\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}}\n",
        f[0], f[1], f[2]
    )
}

/// `require('express')` without `node_modules/express`: the error block without its trailer.
fn missing_require_trace(module: &str, path: &str, line: usize, col: usize, major: u32) -> String {
    let f = loader_frames(major);
    format!(
        "{}\n  throw err;\n  ^\n\nError: Cannot find module '{module}'\nRequire stack:\n- {path}\n    at {}\n    at {}\n    at {}\n    at {}\n    at Object.<anonymous> ({path}:{line}:{col})\n    at {}\n    at {}\n    at {}\n    at {}\n    at {} {{\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '{path}' ]\n}}\n",
        f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], run_main_frame(major)
    )
}

/// `index` → `/app/index.js` (node tries the name, then `.js`, `.json`, then a directory's index).
fn resolve_script(fs: &Tree, cwd: &str, arg: &str) -> Option<String> {
    let base = normalize(cwd, arg);
    [
        base.clone(),
        format!("{base}.js"),
        format!("{base}.json"),
        format!("{base}/index.js"),
    ]
    .into_iter()
    .find(|p| fs.is_file(p))
}

/// Node's built-in modules, which `require` finds without `node_modules`.
const BUILTINS: &[&str] = &[
    "assert",
    "buffer",
    "child_process",
    "cluster",
    "crypto",
    "dns",
    "events",
    "fs",
    "http",
    "http2",
    "https",
    "net",
    "os",
    "path",
    "process",
    "querystring",
    "readline",
    "stream",
    "string_decoder",
    "timers",
    "tls",
    "url",
    "util",
    "v8",
    "vm",
    "worker_threads",
    "zlib",
];

/// A script with its strings and comments masked, for structural searches.
struct Script {
    src: String,
    /// Same length as `src`; comment bytes and string contents are spaces.
    masked: String,
}

impl Script {
    fn parse(src: &str) -> Script {
        Script {
            src: src.to_string(),
            masked: mask(src),
        }
    }

    /// Every `require('x')` with its 1-based line and column.
    fn requires(&self) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        for (at, _) in self.masked.match_indices("require(") {
            let open = at + "require".len();
            if let Some(arg) = self.first_string_arg(open) {
                let (line, col) = line_col(&self.src, at);
                out.push((arg, line, col));
            }
        }
        out
    }

    /// The first required module that cannot be found from `dir`.
    fn missing_module(&self, fs: &Tree, dir: &str) -> Option<(String, usize, usize)> {
        self.requires().into_iter().find(|(m, _, _)| {
            let name = m.strip_prefix("node:").unwrap_or(m);
            if m.starts_with("node:") || BUILTINS.contains(&name) {
                return false;
            }
            if m.starts_with("./") || m.starts_with("../") || m.starts_with('/') {
                return resolve_script(fs, dir, m).is_none();
            }
            // Look in node_modules of the script's directory and each parent, as Node does.
            let pkg = if m.starts_with('@') {
                m.splitn(3, '/').take(2).collect::<Vec<_>>().join("/")
            } else {
                m.split('/').next().unwrap_or(m).to_string()
            };
            let mut d = dir.to_string();
            for _ in 0..64 {
                let candidate = if d == "/" {
                    format!("/node_modules/{pkg}")
                } else {
                    format!("{d}/node_modules/{pkg}")
                };
                if fs.exists(&candidate) {
                    return false;
                }
                if d == "/" {
                    break;
                }
                d = parent(&d).to_string();
            }
            true
        })
    }

    /// The string literal that is the first argument of a call whose `(` is at `open`.
    fn first_string_arg(&self, open: usize) -> Option<String> {
        let rest = self.src.get(open + 1..)?;
        let trimmed = rest.trim_start();
        let start = open + 1 + (rest.len() - trimmed.len());
        let (value, _) = string_literal(&self.src, start)?;
        Some(value)
    }

    /// `const NAME = value` bindings that evaluate to a string or number.
    fn variables(&self, env: &BTreeMap<String, String>) -> BTreeMap<String, String> {
        let mut vars = BTreeMap::new();
        for kw in ["const ", "let ", "var "] {
            for (at, _) in self.masked.match_indices(kw) {
                if at > 0
                    && self
                        .masked
                        .as_bytes()
                        .get(at - 1)
                        .is_some_and(|b| is_ident(*b))
                {
                    continue;
                }
                let after = at + kw.len();
                let Some(eq_rel) = self.masked.get(after..).and_then(|s| s.find('=')) else {
                    continue;
                };
                let name = self.src.get(after..after + eq_rel).unwrap_or("").trim();
                if name.is_empty() || !name.bytes().all(is_ident) {
                    continue;
                }
                let expr_start = after + eq_rel + 1;
                let expr_end = self.statement_end(expr_start);
                let expr = self.src.get(expr_start..expr_end).unwrap_or("").trim();
                if let Some(v) = eval_expr(expr, &vars, env) {
                    vars.insert(name.to_string(), v);
                }
            }
        }
        vars
    }

    /// The end of the statement starting at `from`: a `;` or newline at nesting depth 0.
    fn statement_end(&self, from: usize) -> usize {
        let bytes = self.masked.as_bytes();
        let mut depth = 0i32;
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        return i;
                    }
                    depth -= 1;
                }
                b';' | b'\n' if depth == 0 => return i,
                _ => {}
            }
            i += 1;
        }
        bytes.len()
    }

    /// The index of the `)` matching the `(` at `open`.
    fn close_of(&self, open: usize) -> usize {
        let bytes = self.masked.as_bytes();
        let mut depth = 0i32;
        let mut i = open;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        bytes.len()
    }

    /// Brace/paren depth at a position: 0 means top-level code.
    fn depth_at(&self, pos: usize) -> i32 {
        let mut depth = 0i32;
        for b in self.masked.as_bytes().iter().take(pos) {
            match b {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            }
        }
        depth
    }

    /// The name bound to `express()`, usually `app`.
    fn app_name(&self) -> Option<String> {
        let at = self.masked.find("express()")?;
        let before = self
            .masked
            .get(..at)?
            .trim_end()
            .strip_suffix('=')?
            .trim_end();
        let name: String = before
            .bytes()
            .rev()
            .take_while(|b| is_ident(*b))
            .map(char::from)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        (!name.is_empty()).then_some(name)
    }

    /// Calls `<app>.<method>(` with the position of their `(`.
    fn app_calls(&self, method: &str) -> Vec<usize> {
        let Some(app) = self.app_name() else {
            return Vec::new();
        };
        let needle = format!("{app}.{method}(");
        self.masked
            .match_indices(&needle)
            .filter(|(at, _)| {
                *at == 0
                    || !self
                        .masked
                        .as_bytes()
                        .get(at - 1)
                        .is_some_and(|b| is_ident(*b) || *b == b'.')
            })
            .map(|(at, _)| at + needle.len() - 1)
            .collect()
    }

    /// `console.log(...)` lines at top level, in order, evaluated.
    fn top_logs(&self, vars: &BTreeMap<String, String>) -> Vec<String> {
        self.logs_in(0, self.src.len(), vars, true)
    }

    fn logs_in(
        &self,
        from: usize,
        to: usize,
        vars: &BTreeMap<String, String>,
        top: bool,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for method in ["console.log(", "console.error(", "console.info("] {
            for (at, _) in self.masked.match_indices(method) {
                if at < from || at >= to || (top && self.depth_at(at) != 0) {
                    continue;
                }
                let open = at + method.len() - 1;
                let close = self.close_of(open);
                let args = self.src.get(open + 1..close).unwrap_or("");
                out.push((at, eval_log_args(args, vars)));
            }
        }
        crate::sort::sort(&mut out);
        out.into_iter().map(|(_, l)| l).collect()
    }

    /// The port given to `app.listen` (or `server.listen`).
    fn listen_port(&self, vars: &BTreeMap<String, String>) -> Option<u16> {
        let at = self.masked.find(".listen(")?;
        let open = at + ".listen".len();
        let close = self.close_of(open);
        let args = self.src.get(open + 1..close).unwrap_or("");
        let first = split_top_args(args).into_iter().next().unwrap_or_default();
        let value = eval_expr(first.trim(), vars, &BTreeMap::new())?;
        value.trim().parse().ok()
    }

    /// Logs of the `listen` callback, which run once the server listens.
    fn listen_logs(&self, vars: &BTreeMap<String, String>) -> Vec<String> {
        let Some(at) = self.masked.find(".listen(") else {
            return Vec::new();
        };
        let open = at + ".listen".len();
        let close = self.close_of(open);
        self.logs_in(open, close, vars, false)
    }

    fn routes(&self, vars: &BTreeMap<String, String>, dir: &str) -> Vec<Route> {
        let mut routes = Vec::new();
        for method in ["get", "post", "put", "delete", "patch", "all"] {
            for open in self.app_calls(method) {
                let Some(path) = self.first_string_arg(open) else {
                    continue;
                };
                let close = self.close_of(open);
                let body = self.src.get(open..close).unwrap_or("");
                let masked_body = self.masked.get(open..close).unwrap_or("");
                let (status, reply) = handler_reply(body, masked_body, vars, dir);
                routes.push((
                    open,
                    Route {
                        method: method.to_ascii_uppercase(),
                        path,
                        status,
                        reply,
                        logs: self.logs_in(open, close, vars, false),
                    },
                ));
            }
        }
        crate::sort::sort_by_key(&mut routes, |(at, _)| *at);
        let mut routes: Vec<Route> = routes.into_iter().map(|(_, r)| r).collect();
        if routes.is_empty() && self.app_name().is_none() {
            if let Some(at) = self.masked.find("createServer(") {
                let open = at + "createServer".len();
                let close = self.close_of(open);
                let body = self.src.get(open..close).unwrap_or("");
                let masked_body = self.masked.get(open..close).unwrap_or("");
                let (status, reply) = raw_reply(body, masked_body, vars);
                routes.push(Route {
                    method: "ALL".to_string(),
                    path: "*".to_string(),
                    status,
                    reply,
                    logs: self.logs_in(open, close, vars, false),
                });
            }
        }
        routes
    }

    fn static_dirs(&self, dir: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (at, _) in self.masked.match_indices("express.static(") {
            let open = at + "express.static".len();
            if let Some(d) = self.first_string_arg(open) {
                out.push(normalize(dir, &d));
            } else {
                // `express.static(__dirname + '/static')`: the literal is relative to the script.
                let close = self.close_of(open);
                let args = self.src.get(open + 1..close).unwrap_or("");
                if let Some(q) = args.find(['\'', '"', '`']) {
                    if let Some((lit, _)) = string_literal(args, q) {
                        out.push(normalize(dir, lit.trim_start_matches('/')));
                    }
                }
            }
        }
        out
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// 1-based line and column of a byte offset.
fn line_col(src: &str, at: usize) -> (usize, usize) {
    let before = src.get(..at).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Replaces comment bytes and string contents with spaces (keeping quotes and newlines).
fn mask(src: &str) -> String {
    let bytes = src.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while let Some(&c) = bytes.get(i) {
                    if c == b'\n' {
                        break;
                    }
                    if let Some(o) = out.get_mut(i) {
                        *o = b' ';
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                while i < bytes.len() {
                    let end = bytes.get(i) == Some(&b'*') && bytes.get(i + 1) == Some(&b'/');
                    for k in [i, i + 1] {
                        if end || k == i {
                            if let Some(o) = out.get_mut(k) {
                                if *o != b'\n' {
                                    *o = b' ';
                                }
                            }
                        }
                    }
                    i += if end { 2 } else { 1 };
                    if end {
                        break;
                    }
                }
            }
            b'"' | b'\'' | b'`' => {
                let quote = b;
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b'\\' {
                        for k in [i, i + 1] {
                            if let Some(o) = out.get_mut(k) {
                                *o = b' ';
                            }
                        }
                        i += 2;
                        continue;
                    }
                    if c == quote || (c == b'\n' && quote != b'`') {
                        break;
                    }
                    if let Some(o) = out.get_mut(i) {
                        if c != b'\n' {
                            *o = b' ';
                        }
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes were replaced by spaces, and whole multi-byte sequences inside strings and
    // comments were replaced, so the result is still UTF-8; fall back to lossy just in case.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Reads a string or template literal starting at `start`; returns its value and end offset.
fn string_literal(src: &str, start: usize) -> Option<(String, usize)> {
    let rest = src.get(start..)?;
    let mut chars = rest.char_indices();
    let (_, quote) = chars.next()?;
    if !matches!(quote, '"' | '\'' | '`') {
        return None;
    }
    let mut value = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, 'n')) => value.push('\n'),
                Some((_, 't')) => value.push('\t'),
                Some((_, other)) => value.push(other),
                None => return None,
            },
            c if c == quote => return Some((value, start + i + 1)),
            '\n' if quote != '`' => return None,
            c => value.push(c),
        }
    }
    None
}

/// Splits call arguments at top-level commas.
fn split_top_args(args: &str) -> Vec<String> {
    let masked = mask(args);
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut last = 0;
    for (i, b) in masked.bytes().enumerate() {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => {
                out.push(args.get(last..i).unwrap_or("").to_string());
                last = i + 1;
            }
            _ => {}
        }
    }
    let tail = args.get(last..).unwrap_or("");
    if !tail.trim().is_empty() {
        out.push(tail.to_string());
    }
    out
}

/// Evaluates the small expressions tutorials use: literals, `process.env.X || d`, `a + b`,
/// template literals with `${name}`, known variables. `None` for anything else.
fn eval_expr(
    expr: &str,
    vars: &BTreeMap<String, String>,
    env: &BTreeMap<String, String>,
) -> Option<String> {
    let expr = expr.trim().trim_end_matches(';').trim();
    // Tutorial expressions are short; a bound keeps the recursion below shallow.
    if expr.is_empty() || expr.len() > 2000 {
        return None;
    }
    // `a || b`: the first operand that has a value.
    let masked = mask(expr);
    if let Some(i) = masked.find("||") {
        let left = expr.get(..i)?;
        let right = expr.get(i + 2..)?;
        return eval_expr(left, vars, env).or_else(|| eval_expr(right, vars, env));
    }
    if let Some(i) = masked.find("??") {
        let left = expr.get(..i)?;
        let right = expr.get(i + 2..)?;
        return eval_expr(left, vars, env).or_else(|| eval_expr(right, vars, env));
    }
    if masked.contains('+') {
        let mut out = String::new();
        let mut last = 0;
        for (i, b) in masked.bytes().enumerate() {
            if b == b'+' {
                out.push_str(&eval_expr(expr.get(last..i)?, vars, env)?);
                last = i + 1;
            }
        }
        out.push_str(&eval_expr(expr.get(last..)?, vars, env)?);
        return Some(out);
    }
    if let Some(var) = expr.strip_prefix("process.env.") {
        return env.get(var).cloned();
    }

    if let Some(inner) = expr
        .strip_prefix("Number(")
        .or_else(|| expr.strip_prefix("parseInt("))
    {
        let inner = inner.strip_suffix(')')?;
        let first = split_top_args(inner).into_iter().next()?;
        return eval_expr(&first, vars, env);
    }
    if let Some((value, end)) = string_literal(expr, 0) {
        if end != expr.len() {
            return None;
        }
        if expr.starts_with('`') {
            return Some(interpolate(&value, vars));
        }
        return Some(value);
    }
    if expr.parse::<f64>().is_ok() {
        return Some(expr.to_string());
    }
    if expr.bytes().all(is_ident) {
        return vars.get(expr).cloned();
    }
    None
}

/// Replaces `${name}` in a template literal with known values.
fn interpolate(template: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find("${") {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 2..).unwrap_or("");
        let Some(end) = after.find('}') else {
            out.push_str(rest.get(i..).unwrap_or(""));
            return out;
        };
        let name = after.get(..end).unwrap_or("").trim();
        match eval_expr(name, vars, &BTreeMap::new()) {
            Some(v) => out.push_str(&v),
            None => out.push_str("undefined"),
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// `console.log(a, b)`: each argument evaluated (raw text when not understood), space-joined.
fn eval_log_args(args: &str, vars: &BTreeMap<String, String>) -> String {
    split_top_args(args)
        .iter()
        .map(|a| eval_expr(a, vars, &BTreeMap::new()).unwrap_or_else(|| a.trim().to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds what a route handler sends: `res.status(n)`, then `send`/`json`/`sendFile`/`end`.
fn handler_reply(
    body: &str,
    masked: &str,
    vars: &BTreeMap<String, String>,
    dir: &str,
) -> (u16, Reply) {
    let mut status = 200;
    if let Some(i) = masked.find(".status(") {
        let open = i + ".status".len();
        let close = masked
            .get(open..)
            .and_then(|s| s.find(')'))
            .map_or(body.len(), |c| open + c);
        if let Some(n) = body
            .get(open + 1..close)
            .and_then(|s| s.trim().parse().ok())
        {
            status = n;
        }
    }
    let calls = [".sendStatus(", ".sendFile(", ".send(", ".json(", ".end("];
    let found = calls
        .iter()
        .filter_map(|c| masked.find(c).map(|i| (i, *c)))
        .min_by_key(|(i, _)| *i);
    let Some((i, call)) = found else {
        return (status, Reply::Empty);
    };
    let open = i + call.len() - 1;
    let script = Script::parse(body);
    let close = script.close_of(open);
    let args = body.get(open + 1..close).unwrap_or("").trim();
    let reply = match call {
        ".sendStatus(" => {
            status = args.parse().unwrap_or(200);
            Reply::Status
        }
        ".sendFile(" => {
            // `path.join(__dirname, 'public', 'index.html')`: join the string pieces.
            let pieces: Vec<String> = mask(args)
                .match_indices(['"', '\'', '`'])
                .filter_map(|(k, _)| string_literal(args, k).map(|(v, _)| (k, v)))
                .scan(0usize, |next, (k, v)| {
                    if k < *next {
                        return Some(None);
                    }
                    *next = k + v.len() + 2;
                    Some(Some(v))
                })
                .flatten()
                .collect();
            // `__dirname + '/index.html'` and `path.join(__dirname, 'index.html')` are both
            // relative to the script's directory.
            let joined = pieces.join("/");
            let relative = if args.contains("__dirname") {
                joined.trim_start_matches('/')
            } else {
                joined.as_str()
            };
            Reply::File(normalize(dir, relative))
        }
        ".end(" if args.is_empty() => Reply::Empty,
        ".json(" => Reply::Json(js_to_json(args, vars)),
        _ if args.starts_with('{') || args.starts_with('[') => Reply::Json(js_to_json(args, vars)),
        _ => {
            Reply::Html(eval_expr(args, vars, &BTreeMap::new()).unwrap_or_else(|| args.to_string()))
        }
    };
    (status, reply)
}

/// What a plain `http` handler sends: `writeHead(status, {headers})`, `statusCode = n`,
/// `setHeader(k, v)`, `write(x)` and `end(x)`.
fn raw_reply(body: &str, masked: &str, vars: &BTreeMap<String, String>) -> (u16, Reply) {
    let script = Script::parse(body);
    let mut status = 200;
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut chunked = false;
    let mut text = String::new();
    let call_args = |i: usize, name: &str| {
        let open = i + name.len() - 1;
        let close = script.close_of(open);
        split_top_args(body.get(open + 1..close).unwrap_or(""))
    };
    if let Some(i) = masked.find(".writeHead(") {
        let args = call_args(i, ".writeHead(");
        status = args
            .first()
            .and_then(|a| a.trim().parse().ok())
            .unwrap_or(200);
        if let Some(obj) = args.get(1) {
            if let Ok(Value::Object(map)) =
                serde_json::from_str::<Value>(&js_to_json(obj.trim(), vars))
            {
                for (k, v) in map {
                    let v = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                    headers.push((k, v));
                }
            }
        }
        chunked = true;
    }
    if let Some(i) = masked.find(".statusCode") {
        let rest = body.get(i + ".statusCode".len()..).unwrap_or("");
        let rest = rest.trim_start().strip_prefix('=').unwrap_or("");
        let digits: String = rest
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        status = digits.parse().unwrap_or(status);
    }
    for (i, _) in masked.match_indices(".setHeader(") {
        let args = call_args(i, ".setHeader(");
        if let (Some(k), Some(v)) = (args.first(), args.get(1)) {
            let k = eval_expr(k, vars, &BTreeMap::new()).unwrap_or_default();
            let v = eval_expr(v, vars, &BTreeMap::new()).unwrap_or_default();
            headers.push((k, v));
        }
    }
    for (i, _) in masked.match_indices(".write(") {
        chunked = true;
        if let Some(a) = call_args(i, ".write(").first() {
            text.push_str(&eval_expr(a, vars, &BTreeMap::new()).unwrap_or_default());
        }
    }
    if let Some(i) = masked.find(".end(") {
        if let Some(a) = call_args(i, ".end(").first() {
            text.push_str(&eval_expr(a, vars, &BTreeMap::new()).unwrap_or_default());
        }
    }
    if text.is_empty() {
        chunked = false;
    }
    (
        status,
        Reply::Raw {
            headers,
            body: text,
            chunked,
        },
    )
}

/// Turns a JS object literal into compact JSON (quoting keys, single-quoted strings, dropping
/// trailing commas); falls back to an empty object.
fn js_to_json(js: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let chars: Vec<char> = js.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\'' | '"' | '`' => {
                let mut s = String::new();
                i += 1;
                while let Some(&d) = chars.get(i) {
                    if d == c {
                        break;
                    }
                    if d == '\\' {
                        if let Some(&e) = chars.get(i + 1) {
                            s.push(e);
                        }
                        i += 2;
                        continue;
                    }
                    s.push(d);
                    i += 1;
                }
                let s = if c == '`' { interpolate(&s, vars) } else { s };
                out.push_str(&serde_json::to_string(&s).unwrap_or_default());
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == '_' || c == '$' => {
                let mut word = String::new();
                while let Some(&d) = chars.get(i) {
                    if d.is_ascii_alphanumeric() || d == '_' || d == '$' || d == '.' {
                        word.push(d);
                        i += 1;
                    } else {
                        break;
                    }
                }
                let next = chars
                    .get(i..)
                    .unwrap_or(&[])
                    .iter()
                    .find(|c| !c.is_whitespace());
                if next == Some(&':') {
                    out.push_str(&serde_json::to_string(&word).unwrap_or_default());
                } else if matches!(word.as_str(), "true" | "false" | "null") {
                    out.push_str(&word);
                } else {
                    let v = vars.get(&word).cloned().unwrap_or_default();
                    if v.parse::<f64>().is_ok() {
                        out.push_str(&v);
                    } else if vars.contains_key(&word) {
                        out.push_str(&serde_json::to_string(&v).unwrap_or_default());
                    } else {
                        out.push_str("null");
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    // Re-serialise so the spacing is what JSON.stringify gives.
    serde_json::from_str::<Value>(&drop_trailing_commas(&out))
        .map(|v| v.to_string())
        .unwrap_or_else(|_| "{}".to_string())
}

/// Removes commas that stand right before `}` or `]` outside strings.
fn drop_trailing_commas(out: &str) -> String {
    let mut trimmed = String::new();
    let chars: Vec<char> = out.chars().collect();
    let mut in_str = false;
    let mut k = 0;
    while let Some(&c) = chars.get(k) {
        if c == '"' && (k == 0 || chars.get(k - 1) != Some(&'\\')) {
            in_str = !in_str;
        }
        if !in_str && c == ',' {
            let next = chars
                .get(k + 1..)
                .unwrap_or(&[])
                .iter()
                .find(|c| !c.is_whitespace());
            if matches!(next, Some('}' | ']')) {
                k += 1;
                continue;
            }
        }
        trimmed.push(c);
        k += 1;
    }
    trimmed
}

/// Whether an express path pattern matches a request path.
fn route_matches(pattern: &str, path: &str) -> bool {
    if pattern == "*" || pattern == "/*" {
        return true;
    }
    let p: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let q: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    p.len() == q.len()
        && p.iter()
            .zip(&q)
            .all(|(a, b)| a.starts_with(':') && !b.is_empty() || a.eq_ignore_ascii_case(b))
}

/// The MIME type express (the `mime` package) gives a file name.
pub fn mime_type(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "js" | "mjs" => "application/javascript",
        "json" => "application/json",
        "txt" => "text/plain",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Files served by express get this fixed modification time (the simulation has no mtimes).
const FILE_MTIME_SECS: i64 = 1_748_854_800;

impl NodeApp {
    fn common_headers(&self, now_ms: i64) -> Vec<(String, String)> {
        vec![
            ("Date".to_string(), http_date(now_ms)),
            ("Connection".to_string(), "keep-alive".to_string()),
            ("Keep-Alive".to_string(), "timeout=5".to_string()),
        ]
    }

    fn body_response(&self, now_ms: i64, status: u16, ctype: &str, body: Vec<u8>) -> HttpResponse {
        let mut headers = vec![
            ("X-Powered-By".to_string(), "Express".to_string()),
            ("Content-Type".to_string(), ctype.to_string()),
            ("Content-Length".to_string(), body.len().to_string()),
            ("ETag".to_string(), express_etag(&body)),
        ];
        headers.extend(self.common_headers(now_ms));
        HttpResponse {
            version: "HTTP/1.1".to_string(),
            status,
            reason: reason_phrase(status).to_string(),
            headers,
            body,
        }
    }

    fn file_response(&self, fs: &Tree, now_ms: i64, path: &str) -> Option<HttpResponse> {
        let data = fs.read(path).ok()?.to_vec();
        let size = fs
            .resolve(path)
            .map_or(data.len() as u64, |(_, n)| n.size());
        let ctype = mime_type(base_name(path));
        let ctype = if ctype.starts_with("text/")
            || ctype == "application/javascript"
            || ctype == "application/json"
        {
            format!("{ctype}; charset=UTF-8")
        } else {
            ctype.to_string()
        };
        let mut headers = vec![
            ("X-Powered-By".to_string(), "Express".to_string()),
            ("Accept-Ranges".to_string(), "bytes".to_string()),
            ("Cache-Control".to_string(), "public, max-age=0".to_string()),
            (
                "Last-Modified".to_string(),
                http_date(FILE_MTIME_SECS * 1000),
            ),
            (
                "ETag".to_string(),
                format!("W/\"{size:x}-{:x}\"", FILE_MTIME_SECS * 1000),
            ),
            ("Content-Type".to_string(), ctype),
            ("Content-Length".to_string(), size.to_string()),
        ];
        headers.extend(self.common_headers(now_ms));
        Some(HttpResponse {
            version: "HTTP/1.1".to_string(),
            status: 200,
            reason: "OK".to_string(),
            headers,
            body: data,
        })
    }

    /// express's `finalhandler` 404 page.
    fn not_found(&self, now_ms: i64, method: &str, path: &str) -> HttpResponse {
        let body = format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot {method} {}</pre>\n</body>\n</html>\n",
            escape_html(path)
        );
        let mut headers = vec![
            ("X-Powered-By".to_string(), "Express".to_string()),
            (
                "Content-Security-Policy".to_string(),
                "default-src 'none'".to_string(),
            ),
            ("X-Content-Type-Options".to_string(), "nosniff".to_string()),
            (
                "Content-Type".to_string(),
                "text/html; charset=utf-8".to_string(),
            ),
            ("Content-Length".to_string(), body.len().to_string()),
        ];
        headers.extend(self.common_headers(now_ms));
        HttpResponse {
            version: "HTTP/1.1".to_string(),
            status: 404,
            reason: "Not Found".to_string(),
            headers,
            body: body.into_bytes(),
        }
    }

    /// Answers one request as the express app would.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        let path = req.path_only().to_string();
        let method = req.method.to_ascii_uppercase();
        self.restart_if_changed(fs, log);
        if let Some(store) = self.store.as_mut() {
            let json = req
                .header("Content-Type")
                .is_some_and(|t| t.starts_with("application/json"));
            match store.handle(&method, &path, &req.body, json, now_ms) {
                Some(super::persist::Answer::Json(status, body)) => {
                    return self.body_response(
                        now_ms,
                        status,
                        "application/json; charset=utf-8",
                        body.into_bytes(),
                    );
                }
                Some(super::persist::Answer::Status(status)) => {
                    return self.body_response(
                        now_ms,
                        status,
                        "text/plain; charset=utf-8",
                        reason_phrase(status).as_bytes().to_vec(),
                    );
                }
                None => {}
            }
        }
        // HEAD is answered by GET routes, without a body.
        let lookup = if method == "HEAD" {
            "GET"
        } else {
            method.as_str()
        };
        let route = self
            .routes
            .iter()
            .find(|r| (r.method == lookup || r.method == "ALL") && route_matches(&r.path, &path))
            .cloned();
        let mut resp = match route {
            Some(route) => {
                for line in &route.logs {
                    log.out(format!("{line}\n"));
                }
                match &route.reply {
                    Reply::Html(s) => self.body_response(
                        now_ms,
                        route.status,
                        "text/html; charset=utf-8",
                        s.clone().into_bytes(),
                    ),
                    Reply::Json(s) => self.body_response(
                        now_ms,
                        route.status,
                        "application/json; charset=utf-8",
                        s.clone().into_bytes(),
                    ),
                    Reply::Status => self.body_response(
                        now_ms,
                        route.status,
                        "text/plain; charset=utf-8",
                        reason_phrase(route.status).as_bytes().to_vec(),
                    ),
                    Reply::File(f) => match self.file_response(fs, now_ms, f) {
                        Some(r) => r,
                        None => self.not_found(now_ms, &method, &path),
                    },
                    Reply::Raw {
                        headers,
                        body,
                        chunked,
                    } => {
                        let mut all = headers.clone();
                        all.extend(self.common_headers(now_ms));
                        if *chunked {
                            all.push(("Transfer-Encoding".to_string(), "chunked".to_string()));
                        } else {
                            all.push(("Content-Length".to_string(), body.len().to_string()));
                        }
                        HttpResponse {
                            version: "HTTP/1.1".to_string(),
                            status: route.status,
                            reason: reason_phrase(route.status).to_string(),
                            headers: all,
                            body: body.clone().into_bytes(),
                        }
                    }
                    Reply::Empty => {
                        let mut headers = vec![("X-Powered-By".to_string(), "Express".to_string())];
                        headers.extend(self.common_headers(now_ms));
                        headers.insert(1, ("Content-Length".to_string(), "0".to_string()));
                        HttpResponse {
                            version: "HTTP/1.1".to_string(),
                            status: route.status,
                            reason: reason_phrase(route.status).to_string(),
                            headers,
                            body: Vec::new(),
                        }
                    }
                }
            }
            None => {
                let file = self.static_dirs.iter().find_map(|d| {
                    let mut p = normalize(d, path.trim_start_matches('/'));
                    if fs.is_dir(&p) {
                        p = format!("{p}/index.html");
                    }
                    (method == "GET" || method == "HEAD")
                        .then(|| self.file_response(fs, now_ms, &p))
                        .flatten()
                });
                file.unwrap_or_else(|| self.not_found(now_ms, &method, &path))
            }
        };
        if method == "HEAD" {
            resp.body.clear();
        }
        resp
    }
}

impl NodeApp {
    /// nodemon: when a watched file changed since the last look, the app restarts (its lines
    /// logged again, its routes read again).
    fn restart_if_changed(&mut self, fs: &Tree, log: &mut Output) {
        let Some(watch) = self.watch.as_mut() else {
            return;
        };
        let now = super::persist::fingerprint(fs, &watch.dir);
        if now == watch.fingerprint {
            return;
        }
        watch.fingerprint = now;
        let shown = watch.args.join(" ");
        log.out(format!(
            "[nodemon] restarting due to changes...\n[nodemon] starting `node {shown}`\n"
        ));
        let Some(path) = watch
            .args
            .first()
            .and_then(|a| resolve_script(fs, &watch.cwd, a))
        else {
            return;
        };
        let src = fs.read_string(&path).unwrap_or_default();
        let script = Script::parse(&src);
        let vars = script.variables(&BTreeMap::new());
        for line in script.top_logs(&vars) {
            log.out(format!("{line}\n"));
        }
        match self.store.as_ref().map(|s| &s.backend) {
            Some(super::persist::Backend::Sqlite(location)) => {
                log.out(format!("Using sqlite database at {location}\n"));
            }
            Some(super::persist::Backend::Mysql(host)) => log.out(format!(
                "Waiting for {host}:3306.\nConnected!\nConnected to mysql db at host {host}\n"
            )),
            None => {}
        }
        for line in script.listen_logs(&vars) {
            log.out(format!("{line}\n"));
        }
        self.routes = script.routes(&vars, &self.dir);
        self.static_dirs = script.static_dirs(&self.dir);
    }

    /// A file the app changed since the engine last saved (the SQLite database).
    pub fn take_write(&mut self) -> Option<(String, Vec<u8>)> {
        self.store.as_mut().and_then(|s| s.pending.take())
    }

    /// Statements for the MySQL server the app wrote to while answering.
    pub fn take_sql(&mut self) -> Option<(String, super::db::DbConn, Vec<String>)> {
        self.store.as_mut().and_then(|s| s.take_sql())
    }
}

/// The escaping express applies to the path in its 404 page.
fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
