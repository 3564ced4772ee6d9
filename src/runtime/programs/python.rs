//! Python programs by what they show: `python script.py` (imports checked against
//! site-packages with Python's own traceback, top-level `print`s, a Flask or FastAPI app's
//! routes read from the source), `python -c`, `flask run`, `gunicorn`, `uvicorn` and Django's
//! `runserver`, each with its real banner, response headers and access-log lines. Only the
//! small expressions tutorials return from a route are evaluated; this is not an interpreter.

use std::collections::BTreeMap;

use serde_json::Value;

use super::apps::{self, AppServer};
use super::pkg::{installed_dists, normalize_project, site_packages};
use super::{
    env_or, http_date, HttpRequest, HttpResponse, ProgramCtx, Service, Signal, SignalEffect, Start,
};
use crate::runtime::Output;
use crate::vfs::{normalize, parent, Tree};

/// Python's standard library modules that tutorials import (never looked up in site-packages).
const STDLIB: &str = "__future__ abc argparse array ast asyncio base64 bisect builtins calendar collections concurrent configparser contextlib copy csv ctypes dataclasses datetime decimal difflib dis email enum errno functools gc getpass glob gzip hashlib heapq hmac html http importlib inspect io ipaddress itertools json logging math mimetypes multiprocessing operator os pathlib pickle platform pprint queue random re secrets select shlex shutil signal socket socketserver sqlite3 ssl stat statistics string struct subprocess sys sysconfig tempfile textwrap threading time timeit traceback types typing unittest urllib uuid venv warnings weakref wsgiref xml zipfile zlib zoneinfo";

/// The image's Python version (`3.13.3`).
pub fn version(env: &BTreeMap<String, String>) -> String {
    env_or(env, "PYTHON_VERSION", "3.13.5").to_string()
}

fn minor(env: &BTreeMap<String, String>) -> (u32, u32) {
    let v = version(env);
    let mut it = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    (it.next().unwrap_or(3), it.next().unwrap_or(13))
}

/// Which web server a [`PyServer`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyKind {
    /// Flask's development server (werkzeug), with its debug flag.
    Werkzeug {
        /// `debug=True` / `--debug` / `FLASK_DEBUG=1`.
        debug: bool,
    },
    /// gunicorn serving a WSGI app.
    Gunicorn,
    /// uvicorn serving an ASGI (FastAPI) app.
    Uvicorn,
    /// `manage.py runserver`.
    Django,
}

/// One route of the app: methods, the path pattern and the returned expression's source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyRoute {
    /// Upper-case methods (`GET` unless `methods=[...]`).
    pub methods: Vec<String>,
    /// `/`, `/hello/<name>`, `/items/{item_id}`.
    pub path: String,
    /// Simple local assignments before the `return`, in order (`name = request.args.get(...)`).
    pub locals: Vec<(String, String)>,
    /// The `return` expression.
    pub ret: String,
    /// Parameters declared `int` in the handler's signature (FastAPI converts them).
    pub int_params: Vec<String>,
}

/// A Python web server as a container's main process.
#[derive(Clone, Debug)]
pub struct PyServer {
    /// Which server.
    pub kind: PyKind,
    /// The command line.
    pub command: String,
    /// Listening port.
    pub port: u16,
    /// Bound to 127.0.0.1 only: nothing outside the container reaches it.
    pub loopback: bool,
    /// The app's routes.
    pub routes: Vec<PyRoute>,
    /// FastAPI rather than Flask.
    pub fastapi: bool,
    /// Module-level constants of the app, as JSON values.
    pub vars: BTreeMap<String, Value>,
    /// The app's directory (for `render_template`).
    pub dir: String,
    /// `Werkzeug/3.1.3 Python/3.13.3`.
    pub server_header: String,
    /// Stdout still in Python's buffer (no terminal, no `PYTHONUNBUFFERED`).
    pub buffered: String,
    /// Gunicorn's worker PIDs.
    pub workers: Vec<u32>,
}

/// Whether stdout reaches the log at once: a terminal, `-u` or `PYTHONUNBUFFERED`.
fn unbuffered(ctx: &ProgramCtx, args: &[String]) -> bool {
    ctx.tty
        || args.iter().any(|a| a == "-u")
        || ctx
            .env
            .get("PYTHONUNBUFFERED")
            .is_some_and(|v| !v.is_empty())
}

/// `python ...` as a short command (a server started from a shell runs until interrupted).
pub fn python_command(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    match start_python(name, args, ctx) {
        Start::Exited(c) => c,
        _ => 0,
    }
}

/// Starts `python <args>`: `--version`, `-c`, `-m module`, or a script.
pub fn start_python(name: &str, args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut i = 0;
    while let Some(a) = args.get(i) {
        match a.as_str() {
            "--version" | "-V" => {
                let v = version(ctx.env);
                // Python 2 printed its version on stderr.
                if v.starts_with("2.") {
                    ctx.out.err(format!("Python {v}\n"));
                } else {
                    ctx.out.out(format!("Python {v}\n"));
                }
                return Start::Exited(0);
            }
            "-c" => {
                let code = args.get(i + 1).cloned().unwrap_or_default();
                return Start::Exited(run_c(&code, ctx));
            }
            "-m" => {
                let module = args.get(i + 1).map(String::as_str).unwrap_or("");
                let rest = args.get(i + 2..).unwrap_or(&[]);
                return run_module(name, module, rest, args.get(i..).unwrap_or(&[]), ctx);
            }
            s if s.starts_with('-') => i += 1,
            _ => break,
        }
    }
    let Some(script) = args.get(i) else {
        return Start::Exited(0);
    };
    let path = normalize(ctx.cwd, script);
    let Ok(src) = ctx.fs.read_string(&path) else {
        let shown = if script.starts_with('/') {
            script.clone()
        } else {
            path.clone()
        };
        ctx.out.err(format!(
            "{}: can't open file '{shown}': [Errno 2] No such file or directory\n",
            super::which(ctx.fs, ctx.env, ctx.cwd, name)
                .unwrap_or_else(|| format!("/usr/local/bin/{name}"))
        ));
        return Start::Exited(2);
    };
    let mut command = vec![name.to_string()];
    command.extend(args.iter().cloned());
    let script_args = args.get(i + 1..).unwrap_or(&[]);
    if src.contains("execute_from_command_line") {
        return django_manage(&path, &src, script_args, command.join(" "), args, ctx);
    }
    if let Some(code) = import_error(&path, &src, ctx) {
        return Start::Exited(code);
    }
    let module = PyModule::parse(&src, ctx.env);
    let mut out = String::new();
    for p in &module.prints {
        out.push_str(p);
        out.push('\n');
    }
    let Some(run) = module.run.clone() else {
        ctx.out.out(out);
        return Start::Exited(0);
    };
    let debug = run.debug || env_flag(ctx, "FLASK_DEBUG");
    let app = base_name_no_ext(&path);
    // Flask's banner goes through click.echo, which flushes stdout: earlier prints show too.
    ctx.out.out(&out);
    let buffered = String::new();
    serve_werkzeug(
        ctx,
        &module,
        &app,
        &run.host,
        run.port,
        debug,
        command.join(" "),
        buffered,
        &path,
    )
}

fn env_flag(ctx: &ProgramCtx, key: &str) -> bool {
    ctx.env
        .get(key)
        .is_some_and(|v| matches!(v.as_str(), "1" | "true" | "True" | "yes"))
}

fn base_name_no_ext(path: &str) -> String {
    let b = crate::vfs::base_name(path);
    b.strip_suffix(".py").unwrap_or(b).to_string()
}

/// Flask's development server starting: click's banner on stdout, werkzeug's on stderr.
#[allow(clippy::too_many_arguments)]
fn serve_werkzeug(
    ctx: &mut ProgramCtx,
    module: &PyModule,
    app: &str,
    host: &str,
    port: u16,
    debug: bool,
    command: String,
    buffered: String,
    path: &str,
) -> Start {
    ctx.out.out(format!(
        " * Serving Flask app '{app}'\n * Debug mode: {}\n",
        if debug { "on" } else { "off" }
    ));
    let mut text = "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n".to_string();
    let loopback = host != "0.0.0.0" && host != "::";
    if loopback {
        text.push_str(&format!(" * Running on http://{host}:{port}\n"));
    } else {
        let ip = apps::own_address(ctx);
        text.push_str(&format!(
            " * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:{port}\n * Running on http://{ip}:{port}\n"
        ));
    }
    text.push_str("Press CTRL+C to quit\n");
    if debug {
        let pin = debugger_pin(ctx.hostname);
        text.push_str(&format!(
            " * Restarting with stat\n * Debugger is active!\n * Debugger PIN: {pin}\n"
        ));
    }
    ctx.out.err(text);
    let werkzeug = dist_version(ctx, "werkzeug").unwrap_or_else(|| "3.1.3".to_string());
    Start::Running(Service::full_app(AppServer::Python(PyServer {
        kind: PyKind::Werkzeug { debug },
        command,
        port,
        loopback,
        routes: module.routes.clone(),
        fastapi: module.fastapi,
        vars: module.vars.clone(),
        dir: parent(path).to_string(),
        server_header: format!("Werkzeug/{werkzeug} Python/{}", version(ctx.env)),
        buffered,
        workers: Vec::new(),
    })))
}

/// werkzeug's debugger PIN: nine digits fixed per machine (here, per hostname).
fn debugger_pin(hostname: &str) -> String {
    let mut h: u64 = 1469598103934665603;
    for b in hostname.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(1099511628211);
    }
    let n = h % 1_000_000_000;
    format!(
        "{:03}-{:03}-{:03}",
        n / 1_000_000,
        n / 1000 % 1000,
        n % 1000
    )
}

/// The installed version of a distribution.
fn dist_version(ctx: &ProgramCtx, name: &str) -> Option<String> {
    installed_dists(ctx)
        .into_iter()
        .find(|(n, _)| normalize_project(n) == name)
        .map(|(_, v)| v)
}

/// Whether `import name` finds a module: the standard library, site-packages, or a file
/// beside the script.
fn importable(ctx: &ProgramCtx, dir: &str, name: &str) -> bool {
    if STDLIB.split(' ').any(|m| m == name) {
        return true;
    }
    let site = site_packages(ctx.env);
    [
        format!("{site}/{name}"),
        format!("{site}/{name}.py"),
        format!("{}/{name}.py", dir.trim_end_matches('/')),
        format!("{}/{name}", dir.trim_end_matches('/')),
    ]
    .iter()
    .any(|p| ctx.fs.exists(p))
}

/// Top-level `import x` / `from x import y` lines: (module root, 1-based line, line text).
fn imports(src: &str) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.starts_with([' ', '\t']) {
            continue;
        }
        for stmt in line.split(';') {
            let stmt = stmt.trim();
            let names: Vec<&str> = if let Some(rest) = stmt.strip_prefix("import ") {
                rest.split(',').collect()
            } else if let Some(rest) = stmt.strip_prefix("from ") {
                rest.split_whitespace().next().into_iter().collect()
            } else {
                continue;
            };
            for name in names {
                let root = name.split_whitespace().next().unwrap_or("");
                let root = root.split('.').next().unwrap_or("");
                if !root.is_empty() && !stmt.starts_with("from .") {
                    out.push((root.to_string(), n + 1, stmt.to_string()));
                }
            }
        }
    }
    out
}

/// Python's traceback for the first import that fails; `Some(exit code)` when one does.
fn import_error(path: &str, src: &str, ctx: &mut ProgramCtx) -> Option<i32> {
    let dir = parent(path).to_string();
    let (module, line, stmt) = imports(src)
        .into_iter()
        .find(|(m, _, _)| !importable(ctx, &dir, m))?;
    let text = src.lines().nth(line - 1).unwrap_or("").trim().to_string();
    let frame = format!("  File \"{path}\", line {line}, in <module>\n    {text}\n");
    ctx.out
        .err(traceback(ctx.env, &frame, &text, &stmt, &module));
    Some(1)
}

/// `Traceback ... ModuleNotFoundError: No module named 'x'` (Python 2: `ImportError`).
fn traceback(
    env: &BTreeMap<String, String>,
    frame: &str,
    line: &str,
    stmt: &str,
    module: &str,
) -> String {
    let (major, minor) = minor(env);
    let mut out = format!("Traceback (most recent call last):\n{frame}");
    // Since 3.11 Python underlines the failing statement when it is not the whole line.
    if (major, minor) >= (3, 11) && stmt.trim() != line.trim() {
        let col = line.find(stmt).unwrap_or(0);
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(col),
            "^".repeat(stmt.chars().count())
        ));
    }
    if major == 2 {
        out.push_str(&format!("ImportError: No module named {module}\n"));
    } else {
        out.push_str(&format!(
            "ModuleNotFoundError: No module named '{module}'\n"
        ));
    }
    out
}

/// `python -c "..."`: imports are checked; `print(...)` of simple expressions (including a
/// module's `__version__`) is shown.
fn run_c(code: &str, ctx: &mut ProgramCtx) -> i32 {
    let mut vars: BTreeMap<String, Value> = BTreeMap::new();
    let py2 = version(ctx.env).starts_with("2.");
    for (n, line) in code.lines().enumerate() {
        for stmt in line.split(';') {
            let stmt = stmt.trim();
            // Python 2's print statement (`print 'x'`) prints as the call does.
            let statement = stmt
                .strip_prefix("print ")
                .filter(|_| py2)
                .map(|rest| format!("print({})", rest.trim()));
            let stmt = statement.as_deref().unwrap_or(stmt);
            if let Some(rest) = stmt.strip_prefix("import ") {
                for name in rest.split(',') {
                    let name = name.split_whitespace().next().unwrap_or("");
                    let root = name.split('.').next().unwrap_or("");
                    if root.is_empty() {
                        continue;
                    }
                    if !importable(ctx, ctx.cwd, root) {
                        let frame = format!(
                            "  File \"<string>\", line {}, in <module>\n    {}\n",
                            n + 1,
                            line.trim()
                        );
                        ctx.out
                            .err(traceback(ctx.env, &frame, line.trim(), stmt, root));
                        return 1;
                    }
                    let version = module_version(ctx, root);
                    vars.insert(format!("{root}.__version__"), Value::String(version));
                }
            } else if let Some(rest) = stmt.strip_prefix("from ") {
                let root = rest.split([' ', '.']).next().unwrap_or("");
                if !root.is_empty() && !importable(ctx, ctx.cwd, root) {
                    let frame = format!(
                        "  File \"<string>\", line {}, in <module>\n    {}\n",
                        n + 1,
                        line.trim()
                    );
                    ctx.out
                        .err(traceback(ctx.env, &frame, line.trim(), stmt, root));
                    return 1;
                }
            } else if let Some(inner) = stmt
                .strip_prefix("print(")
                .and_then(|s| s.strip_suffix(')'))
            {
                let parts = split_top(inner, b',');
                let shown: Vec<String> = parts
                    .iter()
                    .map(|p| {
                        let p = p.trim();
                        vars.get(p)
                            .map(py_str)
                            .or_else(|| eval(p, &vars, ctx.env).map(|v| py_str(&v)))
                            .unwrap_or_default()
                    })
                    .collect();
                ctx.out.out(format!("{}\n", shown.join(" ")));
            }
        }
    }
    0
}

/// A module's `__version__`: from its installed distribution, or the Python version for the
/// standard library's `sys`/`platform`.
fn module_version(ctx: &ProgramCtx, module: &str) -> String {
    let site = site_packages(ctx.env);
    ctx.fs
        .read_string(&format!("{site}/{module}/__init__.py"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("__version__ = "))
                .map(|v| v.trim().trim_matches('"').to_string())
        })
        .unwrap_or_else(|| version(ctx.env))
}

/// `python -m module ...`.
fn run_module(
    name: &str,
    module: &str,
    rest: &[String],
    all: &[String],
    ctx: &mut ProgramCtx,
) -> Start {
    match module {
        "http.server" => super::web::start_python(name, all, ctx),
        "pip" => Start::Exited(super::pkg::pip(rest, ctx)),
        "flask" if importable(ctx, ctx.cwd, "flask") => flask_cli(rest, ctx),
        "gunicorn" if importable(ctx, ctx.cwd, "gunicorn") => gunicorn(rest, ctx),
        "uvicorn" if importable(ctx, ctx.cwd, "uvicorn") => uvicorn(rest, ctx),
        "venv" => {
            if let Some(dir) = rest.iter().find(|a| !a.starts_with('-')) {
                let d = normalize(ctx.cwd, dir);
                let v = version(ctx.env);
                let short: String = v.split('.').take(2).collect::<Vec<_>>().join(".");
                let _ = ctx
                    .fs
                    .mkdir_all(&format!("{d}/lib/python{short}/site-packages"));
                ctx.fs.insert(
                    &format!("{d}/pyvenv.cfg"),
                    crate::vfs::Node::file(format!("home = /usr/local/bin\ninclude-system-site-packages = false\nversion = {v}\nexecutable = /usr/local/bin/python{short}\ncommand = /usr/local/bin/python3 -m venv {d}\n")),
                );
                ctx.fs.insert(
                    &format!("{d}/bin/activate"),
                    crate::vfs::Node::file(format!("# This file must be used with \"source bin/activate\"\nexport VIRTUAL_ENV={d}\nexport PATH=\"$VIRTUAL_ENV/bin:$PATH\"\n")),
                );
                return Start::Exited(0);
            }
            ctx.out.err("usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]\n            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n            [--without-scm-ignore-files]\n            ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n");
            Start::Exited(2)
        }
        _ => {
            let path = super::which(ctx.fs, ctx.env, ctx.cwd, name)
                .unwrap_or_else(|| format!("/usr/local/bin/{name}"));
            ctx.out.err(format!("{path}: No module named {module}\n"));
            Start::Exited(1)
        }
    }
}

/// Where an app module lives: `app` → `<cwd>/app.py`, `app.main` → `<cwd>/app/main.py`.
fn module_file(fs: &Tree, cwd: &str, module: &str) -> Option<String> {
    let rel = module.replace('.', "/");
    [format!("{rel}.py"), format!("{rel}/__init__.py")]
        .into_iter()
        .map(|r| normalize(cwd, &r))
        .find(|p| fs.is_file(p))
}

/// `flask run` (and `flask --version`).
pub fn flask_cli(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut app_arg = ctx.env.get("FLASK_APP").cloned();
    let mut host = env_or(ctx.env, "FLASK_RUN_HOST", "127.0.0.1").to_string();
    let mut port: u16 = env_or(ctx.env, "FLASK_RUN_PORT", "5000")
        .parse()
        .unwrap_or(5000);
    let mut debug = env_flag(ctx, "FLASK_DEBUG");
    let mut sub = None;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let (flag, inline) = super::split_long(a);
        let mut value = || {
            inline.clone().or_else(|| {
                i += 1;
                args.get(i).cloned()
            })
        };
        match flag {
            "--version" => {
                let flask = dist_version(ctx, "flask").unwrap_or_else(|| "3.1.1".to_string());
                let wz = dist_version(ctx, "werkzeug").unwrap_or_else(|| "3.1.3".to_string());
                ctx.out.out(format!(
                    "Python {}\nFlask {flask}\nWerkzeug {wz}\n",
                    version(ctx.env)
                ));
                return Start::Exited(0);
            }
            "--app" | "-A" => app_arg = value(),
            "--host" | "-h" => host = value().unwrap_or(host),
            "--port" | "-p" => port = value().and_then(|v| v.parse().ok()).unwrap_or(port),
            "--debug" => debug = true,
            "--no-debug" => debug = false,
            "run" if sub.is_none() => sub = Some("run"),
            _ => {}
        }
        i += 1;
    }
    if sub != Some("run") {
        ctx.out.out("Usage: flask [OPTIONS] COMMAND [ARGS]...\n\n  A general utility script for Flask applications.\n\n  An application to load must be given with the '--app' option, 'FLASK_APP'\n  environment variable, or with a 'wsgi.py' or 'app.py' file in the current\n  directory.\n\nOptions:\n  -e, --env-file FILE   Load environment variables from this file, taking\n                        precedence over those set by '.env' and '.flaskenv'.\n  -A, --app IMPORT      The Flask application or factory function to load, in\n                        the form 'module:name'. Module can be a dotted import\n                        or file path. Name is not required if it is 'app',\n                        'application', 'create_app', or 'make_app', and can be\n                        'name(args)' to pass arguments.\n  --debug / --no-debug  Set debug mode.\n  --version             Show the Flask version.\n  --help                Show this message and exit.\n\nCommands:\n  routes  Show the routes for the app.\n  run     Run a development server.\n  shell   Run a shell in the app context.\n");
        return Start::Exited(0);
    }
    let module_name = app_arg
        .as_deref()
        .map(|a| {
            a.split(':')
                .next()
                .unwrap_or(a)
                .trim_end_matches(".py")
                .replace('/', ".")
        })
        .or_else(|| {
            ["wsgi", "app"]
                .into_iter()
                .find(|m| ctx.fs.is_file(&normalize(ctx.cwd, &format!("{m}.py"))))
                .map(str::to_string)
        });
    let Some(path) = module_name
        .as_deref()
        .and_then(|m| module_file(ctx.fs, ctx.cwd, m))
    else {
        let msg = match app_arg {
            Some(a) => format!("Error: Could not import '{}'.\n", a.split(':').next().unwrap_or(&a)),
            None => "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.\n".to_string(),
        };
        ctx.out.err(format!(
            "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\n{msg}"
        ));
        return Start::Exited(2);
    };
    let src = ctx.fs.read_string(&path).unwrap_or_default();
    if let Some(code) = import_error(&path, &src, ctx) {
        return Start::Exited(code);
    }
    let module = PyModule::parse(&src, ctx.env);
    let mut command = vec![
        "/usr/local/bin/python3".to_string(),
        "/usr/local/bin/flask".to_string(),
    ];
    command.extend(args.iter().cloned());
    let app = module_name.unwrap_or_else(|| "app".to_string());
    serve_werkzeug(
        ctx,
        &module,
        &app,
        &host,
        port,
        debug,
        command.join(" "),
        String::new(),
        &path,
    )
}

/// `module:var` as gunicorn and uvicorn take it, found from the working directory.
fn load_app(ctx: &mut ProgramCtx, spec: &str, chdir: &str) -> Result<(String, PyModule), String> {
    let module = spec.split(':').next().unwrap_or(spec);
    let Some(path) = module_file(ctx.fs, chdir, module) else {
        return Err(module.split('.').next().unwrap_or(module).to_string());
    };
    let src = ctx.fs.read_string(&path).unwrap_or_default();
    let dir = parent(&path).to_string();
    if let Some((m, _, _)) = imports(&src)
        .into_iter()
        .find(|(m, _, _)| !importable(ctx, &dir, m))
    {
        return Err(m);
    }
    Ok((path, PyModule::parse(&src, ctx.env)))
}

fn bind_of(text: &str, default_port: u16) -> (String, u16) {
    let text = text.strip_prefix("tcp://").unwrap_or(text);
    match text.rsplit_once(':') {
        Some((h, p)) => (
            if h.is_empty() {
                "0.0.0.0".to_string()
            } else {
                h.to_string()
            },
            p.parse().unwrap_or(default_port),
        ),
        None => (text.to_string(), default_port),
    }
}

/// `gunicorn [-b host:port] [-w N] module:app`.
pub fn gunicorn(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut bind = env_or(ctx.env, "GUNICORN_CMD_BIND", "127.0.0.1:8000").to_string();
    if let Some(p) = ctx.env.get("PORT") {
        bind = format!("0.0.0.0:{p}");
    }
    let mut workers = 1u32;
    let mut chdir = ctx.cwd.to_string();
    let mut spec = None;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let (flag, inline) = super::split_long(a);
        let mut value = || {
            inline.clone().or_else(|| {
                i += 1;
                args.get(i).cloned()
            })
        };
        match flag {
            "-v" | "--version" => {
                ctx.out.out("gunicorn (version 23.0.0)\n");
                return Start::Exited(0);
            }
            "-b" | "--bind" => bind = value().unwrap_or(bind),
            "-w" | "--workers" => {
                workers = value()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, 16)
            }
            "--chdir" => chdir = normalize(ctx.cwd, &value().unwrap_or_default()),
            f if f.starts_with("-b") && f.len() > 2 => bind = f[2..].to_string(),
            f if f.starts_with('-') => {
                if inline.is_none()
                    && !matches!(
                        f,
                        "--reload" | "--preload" | "--access-logfile" | "--capture-output"
                    )
                {
                    i += 1;
                }
                if f == "--access-logfile" && inline.is_none() {
                    i += 1;
                }
            }
            _ if spec.is_none() => spec = Some(a.clone()),
            _ => {}
        }
        i += 1;
    }
    let t = gunicorn_time(ctx.now_ms);
    let (host, port) = bind_of(&bind, 8000);
    let Some(spec) = spec else {
        ctx.out.err("usage: gunicorn [OPTIONS] [APP_MODULE]\ngunicorn: error: No application module specified.\n");
        return Start::Exited(1);
    };
    let mut log = format!(
        "[{t}] [1] [INFO] Starting gunicorn 23.0.0\n[{t}] [1] [INFO] Listening at: http://{host}:{port} (1)\n[{t}] [1] [INFO] Using worker: sync\n"
    );
    let pids: Vec<u32> = (0..workers).map(|w| 7 + w).collect();
    for p in &pids {
        log.push_str(&format!(
            "[{t}] [{p}] [INFO] Booting worker with pid: {p}\n"
        ));
    }
    match load_app(ctx, &spec, &chdir) {
        Ok((path, module)) => {
            ctx.out.err(log);
            let mut command = vec![
                "/usr/local/bin/python3".to_string(),
                "/usr/local/bin/gunicorn".to_string(),
            ];
            command.extend(args.iter().cloned());
            Start::Running(Service::full_app(AppServer::Python(PyServer {
                kind: PyKind::Gunicorn,
                command: command.join(" "),
                port,
                loopback: host.starts_with("127.") || host == "localhost",
                routes: module.routes,
                fastapi: module.fastapi,
                vars: module.vars,
                dir: parent(&path).to_string(),
                server_header: "gunicorn".to_string(),
                buffered: String::new(),
                workers: pids,
            })))
        }
        Err(missing) => {
            let w = pids.first().copied().unwrap_or(7);
            log.push_str(&format!(
                "[{t}] [{w}] [ERROR] Exception in worker process\nTraceback (most recent call last):\n  File \"/usr/local/lib/python{short}/site-packages/gunicorn/arbiter.py\", line 608, in spawn_worker\n    worker.init_process()\n  File \"/usr/local/lib/python{short}/site-packages/gunicorn/workers/base.py\", line 135, in init_process\n    self.load_wsgi()\n  File \"/usr/local/lib/python{short}/site-packages/gunicorn/util.py\", line 370, in import_app\n    mod = importlib.import_module(module)\nModuleNotFoundError: No module named '{missing}'\n[{t}] [{w}] [INFO] Worker exiting (pid: {w})\n[{t}] [1] [ERROR] Worker (pid:{w}) exited with code 3\n[{t}] [1] [ERROR] Shutting down: Master\n[{t}] [1] [ERROR] Reason: Worker failed to boot.\n",
                short = super::pkg::python_short(ctx.env)
            ));
            ctx.out.err(log);
            Start::Exited(3)
        }
    }
}

/// `2025-06-02 09:00:00 +0000`, gunicorn's log time.
fn gunicorn_time(ms: i64) -> String {
    format!("{} +0000", apps::iso_time(ms))
}

/// `uvicorn module:app [--host h] [--port p]` (also `fastapi run file.py`).
pub fn uvicorn(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut host = "127.0.0.1".to_string();
    let mut port: u16 = 8000;
    let mut spec = None;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let (flag, inline) = super::split_long(a);
        let mut value = || {
            inline.clone().or_else(|| {
                i += 1;
                args.get(i).cloned()
            })
        };
        match flag {
            "--version" => {
                ctx.out.out(format!(
                    "Running uvicorn 0.34.3 with CPython {} on Linux\n",
                    version(ctx.env)
                ));
                return Start::Exited(0);
            }
            "--host" => host = value().unwrap_or(host),
            "--port" => port = value().and_then(|v| v.parse().ok()).unwrap_or(port),
            "--reload" | "--proxy-headers" => {}
            f if f.starts_with('-') && inline.is_none() => i += 1,
            f if f.starts_with('-') => {}
            _ if spec.is_none() => spec = Some(a.clone()),
            _ => {}
        }
        i += 1;
    }
    let Some(spec) = spec else {
        ctx.out.err("Usage: uvicorn [OPTIONS] APP\nTry 'uvicorn --help' for help.\n\nError: Missing argument 'APP'.\n");
        return Start::Exited(2);
    };
    let cwd = ctx.cwd.to_string();
    match load_app(ctx, &spec, &cwd) {
        Ok((path, module)) => {
            ctx.out.err(format!("INFO:     Started server process [1]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nINFO:     Uvicorn running on http://{host}:{port} (Press CTRL+C to quit)\n"));
            let mut command = vec![
                "/usr/local/bin/python3".to_string(),
                "/usr/local/bin/uvicorn".to_string(),
            ];
            command.extend(args.iter().cloned());
            Start::Running(Service::full_app(AppServer::Python(PyServer {
                kind: PyKind::Uvicorn,
                command: command.join(" "),
                port,
                loopback: host.starts_with("127.") || host == "localhost",
                routes: module.routes,
                fastapi: true,
                vars: module.vars,
                dir: parent(&path).to_string(),
                server_header: "uvicorn".to_string(),
                buffered: String::new(),
                workers: Vec::new(),
            })))
        }
        Err(missing) => {
            let module = spec.split(':').next().unwrap_or(&spec);
            if module.split('.').next() == Some(missing.as_str()) {
                ctx.out.err(format!(
                    "ERROR:    Error loading ASGI app. Could not import module \"{module}\".\n"
                ));
            } else {
                ctx.out.err(format!("Traceback (most recent call last):\n  File \"/usr/local/bin/uvicorn\", line 8, in <module>\n    sys.exit(main())\nModuleNotFoundError: No module named '{missing}'\n"));
            }
            Start::Exited(1)
        }
    }
}

/// `fastapi run path.py` / `fastapi dev path.py`: uvicorn under the FastAPI CLI (which binds
/// all addresses for `run`, loopback for `dev`).
pub fn fastapi_cli(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let sub = args.first().map(String::as_str).unwrap_or("");
    if !matches!(sub, "run" | "dev") {
        ctx.out.out("Usage: fastapi [OPTIONS] COMMAND [ARGS]...\n\n FastAPI CLI - The fastapi command line app. 😎\n\nCommands:\n  dev   Run a FastAPI app in development mode. 🧪\n  run   Run a FastAPI app in production mode. 🚀\n");
        return Start::Exited(0);
    }
    let host = if sub == "run" { "0.0.0.0" } else { "127.0.0.1" };
    let file = args
        .get(1)
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_else(|| "main.py".to_string());
    let module = file.trim_end_matches(".py").replace('/', ".");
    let mut uv = vec![
        format!("{module}:app"),
        "--host".to_string(),
        host.to_string(),
    ];
    let mut i = 1;
    while let Some(a) = args.get(i) {
        if a == "--port" || a == "--host" {
            uv.push(a.clone());
            uv.push(args.get(i + 1).cloned().unwrap_or_default());
            i += 1;
        } else if let Some(p) = a.strip_prefix("--port=") {
            uv.push("--port".to_string());
            uv.push(p.to_string());
        }
        i += 1;
    }
    uvicorn(&uv, ctx)
}

/// `python manage.py <command>` of a Django project.
fn django_manage(
    path: &str,
    src: &str,
    args: &[String],
    command: String,
    py_args: &[String],
    ctx: &mut ProgramCtx,
) -> Start {
    let settings = src
        .split("DJANGO_SETTINGS_MODULE")
        .nth(1)
        .and_then(|s| s.split(['\'', '"']).nth(2))
        .unwrap_or("mysite.settings")
        .to_string();
    let Some(django) = dist_version(ctx, "django") else {
        let line_of = |needle: &str| {
            src.lines()
                .position(|l| l.contains(needle))
                .map_or(1, |n| n + 1)
        };
        ctx.out.err(format!(
            "Traceback (most recent call last):\n  File \"{path}\", line {}, in main\n    from django.core.management import execute_from_command_line\nModuleNotFoundError: No module named 'django'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"{path}\", line {}, in <module>\n    main()\n    ~~~~^^\n  File \"{path}\", line {}, in main\n    raise ImportError(\n    ...<3 lines>...\n    ) from exc\nImportError: Couldn't import Django. Are you sure it's installed and available on your PYTHONPATH environment variable? Did you forget to activate a virtual environment?\n",
            line_of("from django.core.management"),
            src.lines().collect::<Vec<_>>().iter().rposition(|l| l.trim() == "main()").map_or(22, |n| n + 1),
            line_of("raise ImportError")
        ));
        return Start::Exited(1);
    };
    match args.first().map(String::as_str) {
        Some("runserver") => {}
        Some("migrate") => {
            ctx.out.out("Operations to perform:\n  Apply all migrations: admin, auth, contenttypes, sessions\nRunning migrations:\n  Applying contenttypes.0001_initial... OK\n  Applying auth.0001_initial... OK\n  Applying admin.0001_initial... OK\n  Applying sessions.0001_initial... OK\n");
            let dir = parent(path).to_string();
            ctx.fs.insert(
                &format!("{dir}/db.sqlite3"),
                crate::vfs::Node::sized_file(Vec::new(), 131_072),
            );
            return Start::Exited(0);
        }
        Some("--version" | "version") => {
            ctx.out.out(format!("{django}\n"));
            return Start::Exited(0);
        }
        Some(other) => {
            ctx.out.err(format!(
                "Unknown command: '{other}'\nType 'manage.py help' for usage.\n"
            ));
            return Start::Exited(1);
        }
        None => {
            ctx.out
                .out("\nType 'manage.py help <subcommand>' for help on a specific subcommand.\n");
            return Start::Exited(0);
        }
    }
    let addr = args
        .get(1)
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_else(|| "127.0.0.1:8000".to_string());
    let (host, port) = if addr.contains(':') {
        bind_of(&addr, 8000)
    } else if let Ok(p) = addr.parse::<u16>() {
        ("127.0.0.1".to_string(), p)
    } else {
        (addr.clone(), 8000)
    };
    let shown_host = if host == "0" {
        "0.0.0.0".to_string()
    } else {
        host.clone()
    };
    let (y, mo, d, h, mi, s) = crate::clock::civil(ctx.now_ms.div_euclid(1000));
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS
        .get(mo.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("January");
    let migrated = ctx.fs.exists(&format!("{}/db.sqlite3", parent(path)));
    let major_minor: String = django.split('.').take(2).collect::<Vec<_>>().join(".");
    let mut text =
        "Performing system checks...\n\nSystem check identified no issues (0 silenced).\n"
            .to_string();
    if !migrated {
        text.push_str("\nYou have 18 unapplied migration(s). Your project may not work properly until you apply the migrations for app(s): admin, auth, contenttypes, sessions.\nRun 'python manage.py migrate' to apply them.\n");
    }
    text.push_str(&format!(
        "{month} {d:02}, {y} - {h:02}:{mi:02}:{s:02}\nDjango version {django}, using settings '{settings}'\nStarting development server at http://{shown_host}:{port}/\nQuit the server with CONTROL-C.\n\nWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\nFor more information on production servers see: https://docs.djangoproject.com/en/{major_minor}/howto/deployment/\n"
    ));
    ctx.out.err("Watching for file changes with StatReloader\n");
    // Django writes its banner to a buffered stdout: without a terminal or PYTHONUNBUFFERED
    // it does not reach `docker logs`.
    let buffered = if unbuffered(ctx, py_args) {
        ctx.out.out(&text);
        String::new()
    } else {
        text
    };
    Start::Running(Service::full_app(AppServer::Python(PyServer {
        kind: PyKind::Django,
        command,
        port,
        loopback: host.starts_with("127.") || host == "localhost",
        routes: Vec::new(),
        fastapi: false,
        vars: BTreeMap::new(),
        dir: parent(path).to_string(),
        server_header: format!("WSGIServer/0.2 CPython/{}", version(ctx.env)),
        buffered,
        workers: Vec::new(),
    })))
}

/// What the parser found in a module.
#[derive(Clone, Debug, Default)]
struct PyModule {
    routes: Vec<PyRoute>,
    fastapi: bool,
    vars: BTreeMap<String, Value>,
    prints: Vec<String>,
    run: Option<RunCall>,
}

#[derive(Clone, Debug)]
struct RunCall {
    host: String,
    port: u16,
    debug: bool,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

impl PyModule {
    fn parse(src: &str, env: &BTreeMap<String, String>) -> PyModule {
        let lines: Vec<&str> = src.lines().collect();
        let mut m = PyModule::default();
        let app = lines.iter().find_map(|l| {
            let (lhs, rhs) = l.split_once('=')?;
            let rhs = rhs.trim();
            let is_app = rhs.starts_with("Flask(") || rhs.starts_with("FastAPI(");
            if is_app && !l.starts_with([' ', '\t']) {
                m.fastapi = rhs.starts_with("FastAPI(");
                Some(lhs.trim().to_string())
            } else {
                None
            }
        });
        let mut in_def: Option<usize> = None;
        let mut i = 0;
        while let Some(line) = lines.get(i) {
            let trimmed = line.trim();
            let ind = indent_of(line);
            if trimmed.is_empty() || trimmed.starts_with('#') {
                i += 1;
                continue;
            }
            if let Some(d) = in_def {
                if ind > d {
                    i += 1;
                    continue;
                }
                in_def = None;
            }
            if trimmed.starts_with("def ")
                || trimmed.starts_with("async def ")
                || trimmed.starts_with("class ")
            {
                in_def = Some(ind);
                i += 1;
                continue;
            }
            if let Some(app) = &app {
                if let Some(route) = trimmed.strip_prefix(&format!("@{app}.")) {
                    if let Some(r) = parse_route(route, &lines, i, &m.vars, env) {
                        m.routes.push(r);
                    }
                    i += 1;
                    continue;
                }
                if let Some(call) = trimmed.strip_prefix(&format!("{app}.run(")) {
                    m.run = Some(run_call(
                        call.strip_suffix(')').unwrap_or(call),
                        &m.vars,
                        env,
                    ));
                    i += 1;
                    continue;
                }
            }
            if let Some(inner) = trimmed
                .strip_prefix("print(")
                .and_then(|s| s.strip_suffix(')'))
            {
                let shown: Vec<String> = split_top(inner, b',')
                    .iter()
                    .filter(|a| !a.trim().starts_with("flush") && !a.trim().starts_with("end="))
                    .map(|a| {
                        eval(a, &m.vars, env)
                            .map(|v| py_str(&v))
                            .unwrap_or_default()
                    })
                    .collect();
                m.prints.push(shown.join(" "));
            } else if ind == 0 {
                if let Some((lhs, rhs)) = assignment(trimmed) {
                    if let Some(v) = eval(rhs, &m.vars, env) {
                        m.vars.insert(lhs.to_string(), v);
                    }
                }
            }
            i += 1;
        }
        m
    }
}

/// `name = expr` (not `==`, not augmented), with a plain identifier on the left.
fn assignment(stmt: &str) -> Option<(&str, &str)> {
    let (lhs, rhs) = stmt.split_once('=')?;
    let lhs = lhs.trim();
    let lhs = lhs.split(':').next().unwrap_or(lhs).trim();
    if rhs.starts_with('=')
        || lhs.is_empty()
        || !lhs.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return None;
    }
    Some((lhs, rhs.trim()))
}

/// `run(host='0.0.0.0', port=5000, debug=True)` arguments.
fn run_call(args: &str, vars: &BTreeMap<String, Value>, env: &BTreeMap<String, String>) -> RunCall {
    let mut run = RunCall {
        host: "127.0.0.1".to_string(),
        port: 5000,
        debug: false,
    };
    for (n, arg) in split_top(args, b',').iter().enumerate() {
        let (key, expr) = match arg.split_once('=') {
            Some((k, v))
                if !v.starts_with('=')
                    && k.trim()
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                (k.trim().to_string(), v.trim())
            }
            _ => (
                ["host", "port", "debug"].get(n).unwrap_or(&"").to_string(),
                arg.trim(),
            ),
        };
        let v = eval(expr, vars, env);
        match key.as_str() {
            "host" => run.host = v.map(|v| py_str(&v)).unwrap_or(run.host),
            "port" => run.port = v.and_then(|v| py_str(&v).parse().ok()).unwrap_or(run.port),
            "debug" => run.debug = v.is_some_and(|v| truthy(&v)),
            _ => {}
        }
    }
    run
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Null => false,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// A decorator (`route('/x', methods=[...])`, `get('/x')`) and the function under it.
fn parse_route(
    decorator: &str,
    lines: &[&str],
    at: usize,
    vars: &BTreeMap<String, Value>,
    env: &BTreeMap<String, String>,
) -> Option<PyRoute> {
    let (verb, args) = decorator.split_once('(')?;
    let args = args.strip_suffix(')').unwrap_or(args);
    let parts = split_top(args, b',');
    let path = eval(parts.first()?, vars, env).map(|v| py_str(&v))?;
    let mut methods = match verb {
        "route" | "api_route" => vec!["GET".to_string()],
        v => vec![v.to_ascii_uppercase()],
    };
    for p in parts.iter().skip(1) {
        if let Some(list) = p
            .trim()
            .strip_prefix("methods")
            .map(str::trim)
            .and_then(|s| s.strip_prefix('='))
        {
            if let Some(Value::Array(items)) = eval(list, vars, env) {
                methods = items
                    .iter()
                    .map(|v| py_str(v).to_ascii_uppercase())
                    .collect();
            }
        }
    }
    // The function: the next `def` after any further decorators.
    let def_at = (at + 1..lines.len().min(at + 20)).find(|k| {
        let t = lines.get(*k).map_or("", |l| l.trim());
        t.starts_with("def ") || t.starts_with("async def ")
    })?;
    let def_line = lines.get(def_at)?;
    let def_ind = indent_of(def_line);
    let sig = def_line.split_once('(').map_or("", |(_, s)| s);
    let int_params = sig
        .split(',')
        .filter_map(|p| {
            let (n, t) = p.split_once(':')?;
            t.trim().starts_with("int").then(|| n.trim().to_string())
        })
        .collect();
    let mut locals = Vec::new();
    let mut ret = String::new();
    for line in lines.iter().skip(def_at + 1).take(200) {
        if line.trim().is_empty() {
            continue;
        }
        if indent_of(line) <= def_ind {
            break;
        }
        let t = line.trim();
        if let Some(r) = t.strip_prefix("return ") {
            ret = r.trim().to_string();
            break;
        }
        if let Some((lhs, rhs)) = assignment(t) {
            locals.push((lhs.to_string(), rhs.to_string()));
        }
    }
    Some(PyRoute {
        methods,
        path,
        locals,
        ret,
        int_params,
    })
}

/// Matches a request path against a route pattern, binding `<name>`/`<int:name>`/`{name}`.
fn match_route(pattern: &str, path: &str) -> Option<Vec<(String, String)>> {
    let p: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let q: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    if p.len() != q.len() {
        return None;
    }
    let mut bound = Vec::new();
    for (a, b) in p.iter().zip(&q) {
        let param = a
            .strip_prefix('<')
            .and_then(|s| s.strip_suffix('>'))
            .or_else(|| a.strip_prefix('{').and_then(|s| s.strip_suffix('}')));
        match param {
            Some(spec) => {
                let (conv, name) = spec.split_once(':').unwrap_or(("string", spec));
                if b.is_empty() || (conv == "int" && b.parse::<i64>().is_err()) {
                    return None;
                }
                bound.push((name.to_string(), b.to_string()));
            }
            None if a == b => {}
            None => return None,
        }
    }
    Some(bound)
}

/// The werkzeug 404 page.
const WERKZEUG_404: &str = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n";

/// The werkzeug 405 page.
const WERKZEUG_405: &str = "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n";

impl PyServer {
    /// The program name of PID 1.
    pub fn program(&self) -> &str {
        match self.kind {
            PyKind::Gunicorn => "gunicorn",
            PyKind::Uvicorn => "uvicorn",
            _ => "python",
        }
    }

    /// Answers a request; `None` when bound to loopback and the request comes from outside.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> Option<HttpResponse> {
        if self.loopback && !apps::is_loopback_request(req) {
            return None;
        }
        let (status, ctype, body) = self.answer(fs, req);
        let mut resp = self.respond(now_ms, status, &ctype, body);
        let line = format!("{} {} HTTP/1.1", req.method, req.path);
        match self.kind {
            PyKind::Werkzeug { .. } => log.err(format!(
                "{} - - [{}] \"{line}\" {status} -\n",
                req.remote_addr,
                apps::werkzeug_time(now_ms)
            )),
            PyKind::Uvicorn => log.err(format!(
                "INFO:     {}:{} - \"{line}\" {status} {}\n",
                req.remote_addr,
                40000 + now_ms.rem_euclid(20000),
                super::reason_phrase(status)
            )),
            PyKind::Django => {
                let size = resp.body.len();
                if status == 404 {
                    log.err(format!("Not Found: {}\n", req.path_only()));
                }
                log.err(format!(
                    "[{}] \"{line}\" {status} {size}\n",
                    apps::werkzeug_time(now_ms)
                ));
            }
            PyKind::Gunicorn => {}
        }
        if req.method.eq_ignore_ascii_case("HEAD") {
            resp.body.clear();
        }
        Some(resp)
    }

    fn respond(&self, now_ms: i64, status: u16, ctype: &str, body: Vec<u8>) -> HttpResponse {
        let len = body.len().to_string();
        let (version, hs) = match self.kind {
            PyKind::Werkzeug { .. } => (
                "HTTP/1.1",
                apps::headers(&[
                    ("Server", self.server_header.clone()),
                    ("Date", http_date(now_ms)),
                    ("Content-Type", ctype.to_string()),
                    ("Content-Length", len),
                    ("Connection", "close".to_string()),
                ]),
            ),
            PyKind::Gunicorn => (
                "HTTP/1.1",
                apps::headers(&[
                    ("Server", "gunicorn".to_string()),
                    ("Date", http_date(now_ms)),
                    ("Connection", "close".to_string()),
                    ("Content-Type", ctype.to_string()),
                    ("Content-Length", len),
                ]),
            ),
            PyKind::Uvicorn => (
                "HTTP/1.1",
                apps::headers(&[
                    ("date", http_date(now_ms)),
                    ("server", "uvicorn".to_string()),
                    ("content-length", len),
                    ("content-type", ctype.to_string()),
                ]),
            ),
            PyKind::Django => (
                "HTTP/1.1",
                apps::headers(&[
                    ("Date", http_date(now_ms)),
                    ("Server", self.server_header.clone()),
                    ("Content-Type", ctype.to_string()),
                    ("X-Frame-Options", "DENY".to_string()),
                    ("Content-Length", len),
                    ("X-Content-Type-Options", "nosniff".to_string()),
                    ("Referrer-Policy", "same-origin".to_string()),
                    ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
                ]),
            ),
        };
        apps::response(version, status, hs, body)
    }

    /// Status, content type and body for a request.
    fn answer(&self, fs: &Tree, req: &HttpRequest) -> (u16, String, Vec<u8>) {
        let path = req.path_only();
        if self.kind == PyKind::Django {
            return if path == "/" {
                (
                    200,
                    "text/html; charset=utf-8".to_string(),
                    DJANGO_WELCOME.as_bytes().to_vec(),
                )
            } else {
                (404, "text/html; charset=utf-8".to_string(), format!("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">\n  <title>Page not found at {path}</title>\n</head>\n<body>\n  <h1>Page not found <span>(404)</span></h1>\n</body>\n</html>\n").into_bytes())
            };
        }
        let method = if req.method.eq_ignore_ascii_case("HEAD") {
            "GET".to_string()
        } else {
            req.method.to_ascii_uppercase()
        };
        let mut path_matched = false;
        for route in &self.routes {
            let Some(bound) = match_route(&route.path, path) else {
                continue;
            };
            path_matched = true;
            if !route.methods.contains(&method) {
                continue;
            }
            let mut vars = self.vars.clone();
            for (k, v) in bound {
                let value = if route.int_params.contains(&k)
                    || route.path.contains(&format!("<int:{k}>"))
                {
                    v.parse::<i64>()
                        .map(Value::from)
                        .unwrap_or(Value::String(v))
                } else {
                    Value::String(v)
                };
                vars.insert(k, value);
            }
            let query: serde_json::Map<String, Value> = req
                .path
                .split_once('?')
                .map(|(_, q)| q)
                .unwrap_or("")
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .map(|(k, v)| (k.to_string(), Value::String(v.replace('+', " "))))
                .collect();
            vars.insert("request.args".to_string(), Value::Object(query.clone()));
            // FastAPI binds undeclared-in-path parameters from the query string.
            for (k, v) in &query {
                vars.entry(k.clone()).or_insert_with(|| v.clone());
            }
            let env = BTreeMap::new();
            for (k, e) in &route.locals {
                if let Some(v) = eval(e, &vars, &env) {
                    vars.insert(k.clone(), v);
                }
            }
            return self.reply(fs, &route.ret, &vars);
        }
        if self.fastapi {
            let (status, detail) = if path_matched {
                (405, "Method Not Allowed")
            } else {
                (404, "Not Found")
            };
            return (
                status,
                "application/json".to_string(),
                format!("{{\"detail\":\"{detail}\"}}").into_bytes(),
            );
        }
        if path_matched {
            (
                405,
                "text/html; charset=utf-8".to_string(),
                WERKZEUG_405.as_bytes().to_vec(),
            )
        } else {
            (
                404,
                "text/html; charset=utf-8".to_string(),
                WERKZEUG_404.as_bytes().to_vec(),
            )
        }
    }

    /// The response a route's `return` expression makes.
    fn reply(
        &self,
        fs: &Tree,
        ret: &str,
        vars: &BTreeMap<String, Value>,
    ) -> (u16, String, Vec<u8>) {
        let parts = split_top(ret, b',');
        let env = BTreeMap::new();
        let status = parts
            .get(1)
            .and_then(|s| eval(s, vars, &env))
            .and_then(|v| v.as_u64())
            .and_then(|n| u16::try_from(n).ok())
            .unwrap_or(200);
        let body = parts.first().map_or("", |s| s.trim());
        let debug = matches!(self.kind, PyKind::Werkzeug { debug: true });
        if let Some(inner) = body.strip_prefix("render_template(") {
            let name = split_top(inner.trim_end_matches(')'), b',')
                .first()
                .and_then(|n| eval(n, vars, &env))
                .map(|v| py_str(&v))
                .unwrap_or_default();
            let file = format!("{}/templates/{name}", self.dir.trim_end_matches('/'));
            return match fs.read(&file) {
                Ok(data) => (status, "text/html; charset=utf-8".to_string(), data.to_vec()),
                Err(_) => (500, "text/html; charset=utf-8".to_string(), "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n".as_bytes().to_vec()),
            };
        }
        let value = if let Some(inner) = body
            .strip_prefix("jsonify(")
            .and_then(|s| s.strip_suffix(')'))
        {
            let args = split_top(inner, b',');
            if args.iter().all(|a| assignment(a.trim()).is_some()) && !args.is_empty() {
                let mut map = serde_json::Map::new();
                for a in &args {
                    if let Some((k, e)) = assignment(a.trim()) {
                        map.insert(k.to_string(), eval(e, vars, &env).unwrap_or(Value::Null));
                    }
                }
                Some(Value::Object(map))
            } else {
                Some(eval(inner, vars, &env).unwrap_or(Value::Null)).map(|v| match v {
                    Value::String(_) | Value::Number(_) | Value::Bool(_) | Value::Null
                        if args.len() > 1 =>
                    {
                        Value::Array(
                            args.iter()
                                .map(|a| eval(a, vars, &env).unwrap_or(Value::Null))
                                .collect(),
                        )
                    }
                    v => v,
                })
            }
            .map(|v| (v, true))
        } else {
            eval(body, vars, &env).map(|v| (v, false))
        };
        let Some((value, forced_json)) = value else {
            return (status, "text/html; charset=utf-8".to_string(), Vec::new());
        };
        if self.fastapi {
            return (
                status,
                "application/json".to_string(),
                value.to_string().into_bytes(),
            );
        }
        match value {
            Value::Object(_) | Value::Array(_) => {
                let sorted = sort_keys(value);
                let text = if debug {
                    serde_json::to_string_pretty(&sorted).unwrap_or_default()
                } else {
                    sorted.to_string()
                };
                (
                    status,
                    "application/json".to_string(),
                    format!("{text}\n").into_bytes(),
                )
            }
            v if forced_json => (
                status,
                "application/json".to_string(),
                format!("{v}\n").into_bytes(),
            ),
            v => (
                status,
                "text/html; charset=utf-8".to_string(),
                py_str(&v).into_bytes(),
            ),
        }
    }

    /// SIGINT ends every server; gunicorn and uvicorn handle SIGTERM too; Flask's and
    /// Django's development servers as PID 1 ignore it (Python installs no SIGTERM handler).
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        match (&self.kind, sig) {
            (PyKind::Gunicorn, Signal::Term | Signal::Int | Signal::Quit) => {
                let t = gunicorn_time(now_ms);
                let name = if sig == Signal::Term {
                    "term"
                } else if sig == Signal::Int {
                    "int"
                } else {
                    "quit"
                };
                let mut text = format!("[{t}] [1] [INFO] Handling signal: {name}\n");
                for w in &self.workers {
                    text.push_str(&format!("[{t}] [{w}] [INFO] Worker exiting (pid: {w})\n"));
                }
                text.push_str(&format!("[{t}] [1] [INFO] Shutting down: Master\n"));
                log.err(text);
                SignalEffect::Exit(0)
            }
            (PyKind::Uvicorn, Signal::Term | Signal::Int) => {
                log.err("INFO:     Shutting down\nINFO:     Waiting for application shutdown.\nINFO:     Application shutdown complete.\nINFO:     Finished server process [1]\n");
                SignalEffect::Exit(0)
            }
            (_, Signal::Int) => {
                log.out(std::mem::take(&mut self.buffered));
                SignalEffect::Exit(0)
            }
            _ => SignalEffect::Ignored,
        }
    }
}

/// Django's page for a new project (shortened).
const DJANGO_WELCOME: &str = "<!doctype html>\n<html lang=\"en-us\" dir=\"ltr\">\n    <head>\n        <meta charset=\"utf-8\">\n        <title>The install worked successfully! Congratulations!</title>\n    </head>\n    <body>\n        <h1>The install worked successfully! Congratulations!</h1>\n        <p>You are seeing this page because DEBUG=True is in your settings file and you have not configured any URLs.</p>\n    </body>\n</html>\n";

/// Objects with their keys sorted, recursively (Flask's `sort_keys`).
fn sort_keys(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut pairs: Vec<(String, Value)> = map.into_iter().collect();
            crate::sort::sort_by_key(&mut pairs, |(k, _)| k.clone());
            Value::Object(pairs.into_iter().map(|(k, v)| (k, sort_keys(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sort_keys).collect()),
        v => v,
    }
}

/// `str(value)` as Python prints it.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Null => "None".to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// Splits at top-level `sep` (outside brackets and strings).
fn split_top(s: &str, sep: u8) -> Vec<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut last = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match quote {
            Some(q) => {
                if b == b'\\' {
                    i += 1;
                } else if b == q {
                    quote = None;
                }
            }
            None => match b {
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ if b == sep && depth == 0 => {
                    out.push(s.get(last..i).unwrap_or("").to_string());
                    last = i + 1;
                }
                _ => {}
            },
        }
        i += 1;
    }
    let tail = s.get(last..).unwrap_or("");
    if !tail.trim().is_empty() {
        out.push(tail.to_string());
    }
    out
}

/// Evaluates the small Python expressions tutorials use: literals, f-strings, `+`,
/// dicts and lists, `os.environ.get`/`os.getenv`, `int()`/`str()`, known names and
/// `request.args.get`. `None` for anything else.
fn eval(
    expr: &str,
    vars: &BTreeMap<String, Value>,
    env: &BTreeMap<String, String>,
) -> Option<Value> {
    let expr = expr.trim();
    if expr.is_empty() || expr.len() > 4000 {
        return None;
    }
    let mut p = Parser {
        s: expr.as_bytes(),
        i: 0,
        vars,
        env,
        depth: 0,
    };
    let v = p.expr()?;
    p.ws();
    (p.i >= p.s.len()).then_some(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    vars: &'a BTreeMap<String, Value>,
    env: &'a BTreeMap<String, String>,
    depth: u32,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expr(&mut self) -> Option<Value> {
        self.depth += 1;
        if self.depth > 40 {
            return None;
        }
        let mut v = self.primary()?;
        loop {
            self.ws();
            if self.s.get(self.i..self.i + 2) == Some(b"or")
                && !self
                    .s
                    .get(self.i + 2)
                    .is_some_and(|b| b.is_ascii_alphanumeric())
            {
                self.i += 2;
                let r = self.primary()?;
                if !truthy(&v) {
                    v = r;
                }
            } else if self.eat(b'+') {
                let r = self.primary()?;
                v = match (v, r) {
                    (Value::String(a), Value::String(b)) => Value::String(a + &b),
                    (Value::Number(a), Value::Number(b)) => Value::from(a.as_i64()? + b.as_i64()?),
                    _ => return None,
                };
            } else {
                break;
            }
        }
        self.depth -= 1;
        Some(v)
    }

    fn primary(&mut self) -> Option<Value> {
        self.ws();
        let c = *self.s.get(self.i)?;
        match c {
            b'{' => {
                self.i += 1;
                let mut map = serde_json::Map::new();
                loop {
                    if self.eat(b'}') {
                        break;
                    }
                    let k = self.expr()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    let v = self.expr()?;
                    map.insert(py_str(&k), v);
                    if !self.eat(b',') {
                        if !self.eat(b'}') {
                            return None;
                        }
                        break;
                    }
                }
                Some(Value::Object(map))
            }
            b'[' | b'(' => {
                let close = if c == b'[' { b']' } else { b')' };
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    if self.eat(close) {
                        break;
                    }
                    items.push(self.expr()?);
                    if !self.eat(b',') {
                        if !self.eat(close) {
                            return None;
                        }
                        if c == b'(' && items.len() == 1 {
                            return items.pop();
                        }
                        break;
                    }
                }
                Some(Value::Array(items))
            }
            b'\'' | b'"' => self.string(false),
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                self.i += 1;
                while self
                    .s
                    .get(self.i)
                    .is_some_and(|b| b.is_ascii_digit() || *b == b'.' || *b == b'_')
                {
                    self.i += 1;
                }
                let text = std::str::from_utf8(self.s.get(start..self.i)?)
                    .ok()?
                    .replace('_', "");
                if let Ok(n) = text.parse::<i64>() {
                    Some(Value::from(n))
                } else {
                    text.parse::<f64>()
                        .ok()
                        .and_then(serde_json::Number::from_f64)
                        .map(Value::Number)
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = self.i;
                while self
                    .s
                    .get(self.i)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.')
                {
                    self.i += 1;
                }
                let name = std::str::from_utf8(self.s.get(start..self.i)?)
                    .ok()?
                    .to_string();
                // String prefixes: f'..', r'..', b'..', rb'..'.
                if matches!(self.s.get(self.i), Some(b'\'' | b'"'))
                    && name.len() <= 2
                    && name.chars().all(|c| "fFrRbBuU".contains(c))
                {
                    return self.string(name.contains(['f', 'F']));
                }
                match name.as_str() {
                    "True" => return Some(Value::Bool(true)),
                    "False" => return Some(Value::Bool(false)),
                    "None" => return Some(Value::Null),
                    _ => {}
                }
                if self.eat(b'(') {
                    let mut args = Vec::new();
                    let mut kwargs = serde_json::Map::new();
                    loop {
                        if self.eat(b')') {
                            break;
                        }
                        // keyword argument?
                        self.ws();
                        let save = self.i;
                        let mut kw = None;
                        while self
                            .s
                            .get(self.i)
                            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                        {
                            self.i += 1;
                        }
                        if self.i > save && self.eat(b'=') && self.s.get(self.i) != Some(&b'=') {
                            kw = std::str::from_utf8(self.s.get(save..self.i - 1)?)
                                .ok()
                                .map(|k| k.trim().to_string());
                        } else {
                            self.i = save;
                        }
                        let v = self.expr()?;
                        match kw {
                            Some(k) => {
                                kwargs.insert(k, v);
                            }
                            None => args.push(v),
                        }
                        if !self.eat(b',') {
                            if !self.eat(b')') {
                                return None;
                            }
                            break;
                        }
                    }
                    return self.call(&name, args, kwargs);
                }
                if let Some(var) = name.strip_prefix("os.environ[") {
                    let _ = var;
                }
                if self.eat(b'[') {
                    let key = self.expr()?;
                    if !self.eat(b']') {
                        return None;
                    }
                    if name == "os.environ" {
                        return self
                            .env
                            .get(&py_str(&key))
                            .map(|v| Value::String(v.clone()));
                    }
                    return self.vars.get(&name)?.get(py_str(&key)).cloned();
                }
                self.vars.get(&name).cloned()
            }
            _ => None,
        }
    }

    fn call(
        &self,
        name: &str,
        args: Vec<Value>,
        kwargs: serde_json::Map<String, Value>,
    ) -> Option<Value> {
        let first = args.first().cloned();
        match name {
            "os.environ.get" | "os.getenv" => {
                let key = py_str(&first?);
                Some(
                    self.env
                        .get(&key)
                        .map(|v| Value::String(v.clone()))
                        .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::Null)),
                )
            }
            "request.args.get" => {
                let key = py_str(&first?);
                Some(
                    self.vars
                        .get("request.args")
                        .and_then(|q| q.get(&key))
                        .cloned()
                        .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::Null)),
                )
            }
            "int" => {
                let v = first?;
                py_str(&v).trim().parse::<i64>().ok().map(Value::from)
            }
            "str" => Some(Value::String(py_str(&first?))),
            "bool" => Some(Value::Bool(truthy(&first?))),
            "len" => match first? {
                Value::String(s) => Some(Value::from(s.chars().count() as i64)),
                Value::Array(a) => Some(Value::from(a.len() as i64)),
                Value::Object(o) => Some(Value::from(o.len() as i64)),
                _ => None,
            },
            "dict" => Some(Value::Object(kwargs)),
            "jsonify" => Some(if kwargs.is_empty() {
                first.unwrap_or(Value::Null)
            } else {
                Value::Object(kwargs)
            }),
            _ => None,
        }
    }

    /// A string literal at the cursor; `fmt` for f-strings.
    fn string(&mut self, fmt: bool) -> Option<Value> {
        let q = *self.s.get(self.i)?;
        let triple = self.s.get(self.i..self.i + 3) == Some(&[q, q, q]);
        self.i += if triple { 3 } else { 1 };
        let mut out = Vec::new();
        loop {
            let b = *self.s.get(self.i)?;
            if triple && self.s.get(self.i..self.i + 3) == Some(&[q, q, q]) {
                self.i += 3;
                break;
            }
            if !triple && b == q {
                self.i += 1;
                break;
            }
            if b == b'\\' {
                let e = *self.s.get(self.i + 1)?;
                out.push(match e {
                    b'n' => b'\n',
                    b't' => b'\t',
                    other => other,
                });
                self.i += 2;
                continue;
            }
            out.push(b);
            self.i += 1;
        }
        let text = String::from_utf8(out).ok()?;
        if !fmt {
            return Some(Value::String(text));
        }
        // `{expr}` pieces, `{{`/`}}` escapes.
        let mut res = String::new();
        let mut rest = text.as_str();
        while let Some(k) = rest.find(['{', '}']) {
            res.push_str(rest.get(..k)?);
            let after = rest.get(k + 1..)?;
            if rest.as_bytes().get(k) == Some(&b'}') {
                res.push('}');
                rest = after.strip_prefix('}').unwrap_or(after);
                continue;
            }
            if let Some(a) = after.strip_prefix('{') {
                res.push('{');
                rest = a;
                continue;
            }
            let end = after.find('}')?;
            let inner = after.get(..end)?;
            let inner = inner.split(['!', ':']).next().unwrap_or(inner);
            let v = eval(inner, self.vars, self.env)
                .map(|v| py_str(&v))
                .unwrap_or_default();
            res.push_str(&v);
            rest = after.get(end + 1..)?;
        }
        res.push_str(rest);
        Some(Value::String(res))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> BTreeMap<String, String> {
        let mut e = BTreeMap::new();
        e.insert("PORT".to_string(), "8080".to_string());
        e
    }

    #[test]
    fn evaluates_tutorial_expressions() {
        let mut vars = BTreeMap::new();
        vars.insert("name".to_string(), Value::String("Docker".to_string()));
        let e = env();
        assert_eq!(
            eval("'Hello, World!'", &vars, &e),
            Some(Value::String("Hello, World!".into()))
        );
        assert_eq!(
            eval("f\"Hello, {name}!\"", &vars, &e),
            Some(Value::String("Hello, Docker!".into()))
        );
        assert_eq!(
            eval("int(os.environ.get('PORT', 5000))", &vars, &e),
            Some(Value::from(8080))
        );
        assert_eq!(
            eval("int(os.getenv(\"NOPE\", 5000))", &vars, &e),
            Some(Value::from(5000))
        );
        assert_eq!(
            eval("{'status': 'ok', 'count': 2, 'ready': True}", &vars, &e).map(|v| v.to_string()),
            Some("{\"status\":\"ok\",\"count\":2,\"ready\":true}".to_string())
        );
        assert_eq!(eval("undefined_name", &vars, &e), None);
    }

    #[test]
    fn parses_a_flask_app() {
        let src = "from flask import Flask, jsonify\nimport os\n\napp = Flask(__name__)\nPORT = int(os.environ.get('PORT', 5000))\n\n@app.route('/')\ndef hello():\n    return 'Hello from Docker!'\n\n@app.route('/api', methods=['GET', 'POST'])\ndef api():\n    return jsonify({'b': 1, 'a': 2})\n\nif __name__ == '__main__':\n    app.run(host='0.0.0.0', port=PORT, debug=False)\n";
        let m = PyModule::parse(src, &BTreeMap::new());
        assert_eq!(m.routes.len(), 2);
        assert_eq!(m.routes[1].methods, vec!["GET", "POST"]);
        let run = m.run.expect("app.run is found");
        assert_eq!(
            (run.host.as_str(), run.port, run.debug),
            ("0.0.0.0", 5000, false)
        );
        assert_eq!(
            imports(src)
                .iter()
                .map(|i| i.0.as_str())
                .collect::<Vec<_>>(),
            vec!["flask", "os"]
        );
    }

    #[test]
    fn routes_bind_parameters() {
        assert_eq!(
            match_route("/hello/<name>", "/hello/kim"),
            Some(vec![("name".to_string(), "kim".to_string())])
        );
        assert_eq!(match_route("/items/<int:id>", "/items/x"), None);
        assert_eq!(
            match_route("/items/{item_id}", "/items/5"),
            Some(vec![("item_id".to_string(), "5".to_string())])
        );
    }

    #[test]
    fn traceback_underlines_part_of_a_line_from_3_11() {
        let mut e = BTreeMap::new();
        e.insert("PYTHON_VERSION".to_string(), "3.12.10".to_string());
        let t = traceback(&e, "", "import flask; print(1)", "import flask", "flask");
        assert!(
            t.contains("    ^^^^^^^^^^^^\nModuleNotFoundError: No module named 'flask'\n"),
            "{t}"
        );
        e.insert("PYTHON_VERSION".to_string(), "2.7.18".to_string());
        let t = traceback(&e, "", "import flask", "import flask", "flask");
        assert!(t.ends_with("ImportError: No module named flask\n"), "{t}");
    }
}
