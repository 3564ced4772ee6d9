//! Web servers: nginx (the official image's entrypoint and notices), Apache httpd, and
//! `python -m http.server`, each serving files from the container's filesystem with its own
//! headers, error pages and access-log lines.

use super::{
    env_or, http_date, month_abbr, HttpRequest, HttpResponse, ProgramCtx, Service, Signal,
    SignalEffect, Start,
};
use crate::clock::civil;
use crate::runtime::Output;
use crate::vfs::{normalize, Tree};

/// The default `index.html` of the nginx image (615 bytes).
pub const NGINX_INDEX_HTML: &str = "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href=\"http://nginx.org/\">nginx.org</a>.<br/>\nCommercial support is available at\n<a href=\"http://nginx.com/\">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n";

/// The default page of the httpd image.
pub const HTTPD_INDEX_HTML: &str = "<html><body><h1>It works!</h1></body></html>\n";

/// The nginx image's `index.html` modification time (its build), for `Last-Modified` and `ETag`.
const NGINX_MTIME_SECS: i64 = 1_750_787_858;

/// `2025/06/02 09:00:00`, nginx's error-log time (and Go's `log`, in hubapps.rs).
pub(super) fn nginx_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!("{y:04}/{mo:02}/{d:02} {h:02}:{mi:02}:{s:02}")
}

/// `02/Jun/2025:09:00:05 +0000`, the common log format time.
fn clf_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!(
        "{d:02}/{}/{y:04}:{h:02}:{mi:02}:{s:02} +0000",
        month_abbr(mo)
    )
}

/// nginx's master and workers.
#[derive(Clone, Debug)]
pub struct Nginx {
    /// nginx version (`1.29.0`).
    pub version: String,
    /// Worker PIDs.
    pub workers: Vec<u32>,
    /// When it started.
    pub started_ms: i64,
}

/// `nginx -v`, `nginx -t` and friends as short commands.
pub fn nginx_command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let version = env_or(ctx.env, "NGINX_VERSION", "1.29.0").to_string();
    match args.first().map(String::as_str) {
        Some("-v") => {
            ctx.out.err(format!("nginx version: nginx/{version}\n"));
            0
        }
        Some("-t") => {
            ctx.out.err("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n");
            0
        }
        Some("-s") => {
            ctx.out.err(format!(
                "{} [notice] {}#{}: signal process started\n",
                nginx_time(ctx.now_ms),
                40,
                40
            ));
            0
        }
        _ => {
            // A second nginx in a container whose ports are taken.
            ctx.out.err(format!("{} [emerg] 40#40: bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n", nginx_time(ctx.now_ms)));
            1
        }
    }
}

/// The nginx image's `/docker-entrypoint.sh` lines, printed before nginx starts.
pub fn nginx_entrypoint_lines(ctx: &mut ProgramCtx) {
    // The local-resolvers script came with the images of 1.25.3.
    let v: Vec<u32> = env_or(ctx.env, "NGINX_VERSION", "1.29.0")
        .split('.')
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    // The script came with the images of 1.19 (none before), its worker tuning with 1.20.
    if v.as_slice() < [1, 19].as_slice() {
        return;
    }
    let tune = if v.as_slice() >= [1, 20].as_slice() {
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n"
    } else {
        ""
    };
    let resolvers = if v.as_slice() >= [1, 25, 3].as_slice() {
        "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n"
    } else {
        ""
    };
    ctx.out.out(format!("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n{resolvers}/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n{tune}/docker-entrypoint.sh: Configuration complete; ready for start up\n"));
}

/// Starts nginx in the foreground (`nginx -g 'daemon off;'`).
pub fn start_nginx(args: &[String], ctx: &mut ProgramCtx) -> Start {
    if args
        .first()
        .is_some_and(|a| a == "-v" || a == "-t" || a == "-s")
    {
        return Start::Exited(nginx_command(args, ctx));
    }
    let version = env_or(ctx.env, "NGINX_VERSION", "1.29.0").to_string();
    let t = nginx_time(ctx.now_ms);
    let workers = vec![29, 30];
    let mut text = format!(
        "{t} [notice] 1#1: using the \"epoll\" event method\n{t} [notice] 1#1: nginx/{version}\n"
    );
    if super::misc::is_busybox(ctx.fs) {
        text.push_str(&format!(
            "{t} [notice] 1#1: built by gcc 14.2.0 (Alpine 14.2.0) \n"
        ));
    } else {
        text.push_str(&format!(
            "{t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) \n"
        ));
    }
    text.push_str(&format!(
        "{t} [notice] 1#1: OS: Linux 6.10.14-linuxkit\n{t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576\n{t} [notice] 1#1: start worker processes\n"
    ));
    for w in &workers {
        text.push_str(&format!("{t} [notice] 1#1: start worker process {w}\n"));
    }
    ctx.out.err(text);
    Start::Running(Service::Nginx(Nginx {
        version,
        workers,
        started_ms: ctx.now_ms,
    }))
}

impl Nginx {
    /// Serves a request from `/usr/share/nginx/html` and logs the access line to stdout.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        let root = "/usr/share/nginx/html";
        let path = req.path_only();
        let mut file = normalize(root, path.trim_start_matches('/'));
        if fs.is_dir(&file) {
            file = format!("{}/index.html", file.trim_end_matches('/'));
        }
        let server = format!("nginx/{}", self.version);
        let method = req.method.to_ascii_uppercase();
        let found = fs
            .resolve(&file)
            .filter(|(_, n)| n.is_file())
            .map(|(_, n)| (n.data().to_vec(), n.size()));
        let mut resp = match found {
            Some(_) if !matches!(method.as_str(), "GET" | "HEAD") => {
                self.error_page(now_ms, 405, "Not Allowed")
            }
            Some((data, size)) => HttpResponse {
                version: "HTTP/1.1".to_string(),
                status: 200,
                reason: "OK".to_string(),
                headers: vec![
                    ("Server".to_string(), server),
                    ("Date".to_string(), http_date(now_ms)),
                    ("Content-Type".to_string(), nginx_mime(&file).to_string()),
                    ("Content-Length".to_string(), size.to_string()),
                    (
                        "Last-Modified".to_string(),
                        http_date(NGINX_MTIME_SECS * 1000),
                    ),
                    ("Connection".to_string(), "keep-alive".to_string()),
                    (
                        "ETag".to_string(),
                        format!("\"{NGINX_MTIME_SECS:x}-{size:x}\""),
                    ),
                    ("Accept-Ranges".to_string(), "bytes".to_string()),
                ],
                body: data,
            },
            None => {
                log.err(format!(
                    "{} [error] 29#29: *1 open() \"{file}\" failed (2: No such file or directory), client: {}, server: localhost, request: \"{} {} HTTP/1.1\", host: \"{}\"\n",
                    nginx_time(now_ms),
                    req.remote_addr,
                    method,
                    req.path,
                    req.header("Host").unwrap_or("localhost")
                ));
                self.error_page(now_ms, 404, "Not Found")
            }
        };
        let size = resp.body.len();
        if method == "HEAD" {
            resp.body.clear();
        }
        log.out(format!(
            "{} - - [{}] \"{} {} HTTP/1.1\" {} {} \"{}\" \"{}\" \"-\"\n",
            req.remote_addr,
            clf_time(now_ms),
            method,
            req.path,
            resp.status,
            if method == "HEAD" { 0 } else { size },
            req.header("Referer").unwrap_or("-"),
            req.header("User-Agent").unwrap_or("-"),
        ));
        resp
    }

    /// nginx's built-in error page (CRLF line ends, as in its source).
    fn error_page(&self, now_ms: i64, status: u16, reason: &str) -> HttpResponse {
        let body = format!(
            "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx/{}</center>\r\n</body>\r\n</html>\r\n",
            self.version
        );
        HttpResponse {
            version: "HTTP/1.1".to_string(),
            status,
            reason: reason.to_string(),
            headers: vec![
                ("Server".to_string(), format!("nginx/{}", self.version)),
                ("Date".to_string(), http_date(now_ms)),
                ("Content-Type".to_string(), "text/html".to_string()),
                ("Content-Length".to_string(), body.len().to_string()),
                ("Connection".to_string(), "keep-alive".to_string()),
            ],
            body: body.into_bytes(),
        }
    }

    /// SIGQUIT: graceful shutdown; SIGTERM/SIGINT: fast shutdown; SIGHUP: reload.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        let t = nginx_time(now_ms);
        let mut text = String::new();
        match sig {
            Signal::Quit => {
                text.push_str(&format!(
                    "{t} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n"
                ));
                for w in &self.workers {
                    text.push_str(&format!("{t} [notice] {w}#{w}: gracefully shutting down\n"));
                }
            }
            Signal::Term | Signal::Int => {
                text.push_str(&format!(
                    "{t} [notice] 1#1: signal {} (SIG{}) received, exiting\n",
                    sig.number(),
                    sig.name()
                ));
            }
            Signal::Hup => {
                log.err(format!("{t} [notice] 1#1: signal 1 (SIGHUP) received, reconfiguring\n{t} [notice] 1#1: reconfiguring\n"));
                return SignalEffect::Ignored;
            }
            _ => return SignalEffect::Ignored,
        }
        for w in &self.workers {
            text.push_str(&format!(
                "{t} [notice] {w}#{w}: exiting\n{t} [notice] {w}#{w}: exit\n"
            ));
        }
        for w in &self.workers {
            text.push_str(&format!(
                "{t} [notice] 1#1: signal 17 (SIGCHLD) received from {w}\n{t} [notice] 1#1: worker process {w} exited with code 0\n"
            ));
        }
        text.push_str(&format!("{t} [notice] 1#1: exit\n"));
        log.err(text);
        SignalEffect::Exit(0)
    }
}

/// nginx's `mime.types` for common files.
fn nginx_mime(path: &str) -> &'static str {
    match super::node::mime_type(path) {
        "application/javascript" => "application/javascript",
        "application/octet-stream" => "application/octet-stream",
        other => other,
    }
}

/// Apache httpd in the foreground.
#[derive(Clone, Debug)]
pub struct Httpd {
    /// httpd version (`2.4.63`).
    pub version: String,
}

/// `httpd-foreground`: httpd's startup notices, then it serves `/usr/local/apache2/htdocs`.
pub fn start_httpd(ctx: &mut ProgramCtx) -> Start {
    let version = env_or(ctx.env, "HTTPD_VERSION", "2.4.63").to_string();
    let t = apache_time(ctx.now_ms);
    ctx.out.err(format!(
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\nAH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\n[{t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/{version} (Unix) configured -- resuming normal operations\n[{t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n"
    ));
    Start::Running(Service::Httpd(Httpd { version }))
}

/// `Mon Jun 02 09:00:00.000000 2025`, Apache's error-log time.
fn apache_time(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, mo, d, h, mi, s) = civil(secs);
    let micros = ms.rem_euclid(1000) * 1000;
    format!(
        "{} {} {d:02} {h:02}:{mi:02}:{s:02}.{micros:06} {y}",
        super::weekday(secs),
        month_abbr(mo)
    )
}

impl Httpd {
    /// Serves `/usr/local/apache2/htdocs`, logging in the common log format.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        let root = "/usr/local/apache2/htdocs";
        let mut file = normalize(root, req.path_only().trim_start_matches('/'));
        if fs.is_dir(&file) {
            file = format!("{}/index.html", file.trim_end_matches('/'));
        }
        let found = fs
            .resolve(&file)
            .filter(|(_, n)| n.is_file())
            .map(|(_, n)| n.data().to_vec());
        let (status, reason, body, ctype) = match found {
            Some(data) => (200, "OK", data, super::node::mime_type(&file).to_string()),
            None => (
                404,
                "Not Found",
                "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n".as_bytes().to_vec(),
                "text/html; charset=iso-8859-1".to_string(),
            ),
        };
        let mut headers = vec![
            ("Date".to_string(), http_date(now_ms)),
            (
                "Server".to_string(),
                format!("Apache/{} (Unix)", self.version),
            ),
        ];
        if status == 200 {
            headers.push((
                "Last-Modified".to_string(),
                http_date(NGINX_MTIME_SECS * 1000),
            ));
            headers.push((
                "ETag".to_string(),
                format!("\"{:x}-{:x}\"", body.len(), NGINX_MTIME_SECS * 1_000_000),
            ));
            headers.push(("Accept-Ranges".to_string(), "bytes".to_string()));
        }
        headers.push(("Content-Length".to_string(), body.len().to_string()));
        headers.push(("Content-Type".to_string(), ctype));
        log.out(format!(
            "{} - - [{}] \"{} {} HTTP/1.1\" {status} {}\n",
            req.remote_addr,
            clf_time(now_ms),
            req.method,
            req.path,
            body.len()
        ));
        let mut resp = HttpResponse {
            version: "HTTP/1.1".to_string(),
            status,
            reason: reason.to_string(),
            headers,
            body,
        };
        if req.method.eq_ignore_ascii_case("HEAD") {
            resp.body.clear();
        }
        resp
    }

    /// SIGWINCH: graceful stop (the image's STOPSIGNAL); SIGTERM: stop.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        let t = apache_time(now_ms);
        match sig {
            Signal::Winch => {
                log.err(format!("[{t}] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully\n"));
                SignalEffect::Exit(0)
            }
            Signal::Term | Signal::Int => {
                log.err(format!("[{t}] [mpm_event:notice] [pid 1:tid 1] AH00491: caught SIGTERM, shutting down\n"));
                SignalEffect::Exit(0)
            }
            _ => SignalEffect::Ignored,
        }
    }
}

/// `python -m http.server [port]`.
#[derive(Clone, Debug)]
pub struct PyHttp {
    /// The listening port.
    pub port: u16,
    /// The served directory.
    pub dir: String,
    /// The command line.
    pub command: String,
    /// Python version (`3.13.5`).
    pub version: String,
    /// The `Serving HTTP ...` line, held in stdout's buffer until exit when no TTY is attached.
    pub buffered: String,
}

fn python_version(ctx: &ProgramCtx) -> String {
    env_or(ctx.env, "PYTHON_VERSION", "3.13.5").to_string()
}

/// Starts `python -m http.server [port] [-b addr] [-d dir]` (other modules: see `python.rs`).
pub fn start_python(name: &str, args: &[String], ctx: &mut ProgramCtx) -> Start {
    let module = args.get(1).map(String::as_str).unwrap_or("");
    if module != "http.server" {
        ctx.out
            .err(format!("/usr/local/bin/{name}: No module named {module}\n"));
        return Start::Exited(1);
    }
    let mut port = 8000;
    let mut bind = "0.0.0.0".to_string();
    let mut dir = ctx.cwd.to_string();
    let mut i = 2;
    while let Some(a) = args.get(i) {
        match a.as_str() {
            "-b" | "--bind" => {
                bind = args.get(i + 1).cloned().unwrap_or(bind);
                i += 1;
            }
            "-d" | "--directory" => {
                dir = normalize(ctx.cwd, args.get(i + 1).map_or(".", String::as_str));
                i += 1;
            }
            p => {
                if let Ok(n) = p.parse() {
                    port = n;
                }
            }
        }
        i += 1;
    }
    let line = format!("Serving HTTP on {bind} port {port} (http://{bind}:{port}/) ...\n");
    // print() is block-buffered without a terminal: the line shows only with -t (or -u).
    let unbuffered = ctx.tty
        || ctx
            .env
            .get("PYTHONUNBUFFERED")
            .is_some_and(|v| !v.is_empty());
    let buffered = if unbuffered {
        ctx.out.out(&line);
        String::new()
    } else {
        line
    };
    let mut command = vec![name.to_string()];
    command.extend(args.iter().cloned());
    Start::Running(Service::full_py_http(PyHttp {
        port,
        dir,
        command: command.join(" "),
        version: python_version(ctx),
        buffered,
    }))
}

impl PyHttp {
    fn server_header(&self) -> String {
        format!("SimpleHTTP/0.6 Python/{}", self.version)
    }

    /// Serves a file or Python's directory listing; logs to stderr as `BaseHTTPRequestHandler` does.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        let path = req.path_only().to_string();
        let target = normalize(&self.dir, path.trim_start_matches('/'));
        let (y, mo, d, h, mi, s) = civil(now_ms.div_euclid(1000));
        let stamp = format!("{d:02}/{}/{y:04} {h:02}:{mi:02}:{s:02}", month_abbr(mo));
        let mut headers = vec![
            ("Server".to_string(), self.server_header()),
            ("Date".to_string(), http_date(now_ms)),
        ];
        let (status, reason, body) = if fs.is_dir(&target) && !path.ends_with('/') {
            headers.push(("Location".to_string(), format!("{path}/")));
            headers.push(("Content-Length".to_string(), "0".to_string()));
            (301, "Moved Permanently", Vec::new())
        } else if fs.is_dir(&target)
            && fs.is_file(&format!("{}/index.html", target.trim_end_matches('/')))
        {
            let f = format!("{}/index.html", target.trim_end_matches('/'));
            let data = fs.read(&f).map(<[u8]>::to_vec).unwrap_or_default();
            headers.push(("Content-type".to_string(), "text/html".to_string()));
            headers.push(("Content-Length".to_string(), data.len().to_string()));
            headers.push((
                "Last-Modified".to_string(),
                http_date(NGINX_MTIME_SECS * 1000),
            ));
            (200, "OK", data)
        } else if fs.is_dir(&target) {
            let mut names = fs.list(&target).unwrap_or_default();
            crate::sort::sort_by_key(&mut names, |n| n.to_ascii_lowercase());
            let mut html = format!(
                "<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Directory listing for {path}</title>\n</head>\n<body>\n<h1>Directory listing for {path}</h1>\n<hr>\n<ul>\n"
            );
            for n in names {
                let full = format!("{}/{n}", target.trim_end_matches('/'));
                let shown = if fs.is_dir(&full) {
                    format!("{n}/")
                } else {
                    n.clone()
                };
                html.push_str(&format!("<li><a href=\"{shown}\">{shown}</a></li>\n"));
            }
            html.push_str("</ul>\n<hr>\n</body>\n</html>\n");
            headers.push((
                "Content-type".to_string(),
                "text/html; charset=utf-8".to_string(),
            ));
            headers.push(("Content-Length".to_string(), html.len().to_string()));
            (200, "OK", html.into_bytes())
        } else if let Ok(data) = fs.read(&target) {
            let data = data.to_vec();
            headers.push((
                "Content-type".to_string(),
                super::node::mime_type(&target).to_string(),
            ));
            headers.push(("Content-Length".to_string(), data.len().to_string()));
            headers.push((
                "Last-Modified".to_string(),
                http_date(NGINX_MTIME_SECS * 1000),
            ));
            (200, "OK", data)
        } else {
            let body = "<!DOCTYPE HTML>\n<html lang=\"en\">\n    <head>\n        <meta charset=\"utf-8\">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: 404</p>\n        <p>Message: File not found.</p>\n        <p>Error code explanation: 404 - Nothing matches the given URI.</p>\n    </body>\n</html>\n";
            headers.push(("Connection".to_string(), "close".to_string()));
            headers.push((
                "Content-Type".to_string(),
                "text/html;charset=utf-8".to_string(),
            ));
            headers.push(("Content-Length".to_string(), body.len().to_string()));
            log.err(format!(
                "{} - - [{stamp}] code 404, message File not found\n",
                req.remote_addr
            ));
            (404, "File not found", body.as_bytes().to_vec())
        };
        log.err(format!(
            "{} - - [{stamp}] \"{} {} HTTP/1.1\" {status} -\n",
            req.remote_addr, req.method, req.path
        ));
        let mut resp = HttpResponse {
            version: "HTTP/1.0".to_string(),
            status,
            reason: reason.to_string(),
            headers,
            body,
        };
        if req.method.eq_ignore_ascii_case("HEAD") {
            resp.body.clear();
        }
        resp
    }

    /// SIGINT: `KeyboardInterrupt` message and exit 0; SIGTERM (PID 1 without a handler): ignored.
    pub fn on_signal(&mut self, sig: Signal, log: &mut Output) -> SignalEffect {
        match sig {
            Signal::Int => {
                log.out(std::mem::take(&mut self.buffered));
                log.out("\nKeyboard interrupt received, exiting.\n");
                SignalEffect::Exit(0)
            }
            _ => SignalEffect::Ignored,
        }
    }
}
