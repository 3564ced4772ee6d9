//! `wget` (GNU 1.21 and busybox) and `curl`, for containers and for the learner's host machine.
//!
//! Both talk to servers only through [`Net`](super::Net) and print what the real tools print:
//! GNU wget's log on stderr (`--2025-06-02 09:00:00--  http://localhost:9000/` ... `saved [11/11]`),
//! curl's body on stdout and its `curl: (7) ...` errors.

use super::{HttpRequest, HttpResponse, NetError, ProgramCtx};
use crate::clock::civil;
use crate::vfs::{base_name, normalize, Node};

/// Which wget prints the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WgetFlavor {
    /// GNU Wget 1.21.3 (Debian, Ubuntu, the learner's host).
    Gnu,
    /// BusyBox wget (Alpine images).
    Busybox,
}

/// A parsed `http://host:port/path` URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    /// `http` or `https`.
    pub scheme: String,
    /// Host name or address.
    pub host: String,
    /// Port (80/443 by default).
    pub port: u16,
    /// Path and query, starting with `/`.
    pub path: String,
}

impl Url {
    /// Parses what wget and curl accept: a scheme is optional (`localhost:9000`).
    pub fn parse(text: &str) -> Option<Url> {
        let (scheme, rest) = match text.split_once("://") {
            Some((s, r)) => (s.to_ascii_lowercase(), r),
            None => ("http".to_string(), text),
        };
        let default_port = match scheme.as_str() {
            "http" => 80,
            "https" => 443,
            _ => return None,
        };
        let (authority, path) = match rest.find(['/', '?']) {
            Some(i) => (rest.get(..i)?, rest.get(i..)?.to_string()),
            None => (rest, "/".to_string()),
        };
        let path = if path.starts_with('?') {
            format!("/{path}")
        } else {
            path
        };
        let authority = authority.rsplit('@').next().unwrap_or(authority);
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (h, after) = v6.split_once(']')?;
            let port = match after.strip_prefix(':') {
                Some(p) => p.parse().ok()?,
                None => default_port,
            };
            (h.to_string(), port)
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), p.parse().ok()?),
                None => (authority.to_string(), default_port),
            }
        };
        if host.is_empty() {
            return None;
        }
        Some(Url {
            scheme,
            host,
            port,
            path,
        })
    }

    /// The URL as wget prints it (`http://localhost:9000/`), the port omitted when default.
    pub fn display(&self) -> String {
        let default = (self.scheme == "http" && self.port == 80)
            || (self.scheme == "https" && self.port == 443);
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        if default {
            format!("{}://{host}{}", self.scheme, self.path)
        } else {
            format!("{}://{host}:{}{}", self.scheme, self.port, self.path)
        }
    }
}

fn is_ip(host: &str) -> bool {
    host.contains(':')
        || (!host.is_empty() && host.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// `2025-06-02 09:00:00`.
fn wget_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

/// The addresses a name resolves to, as wget prints them.
fn addresses(host: &str) -> Vec<String> {
    if host == "localhost" {
        vec!["::1".to_string(), "127.0.0.1".to_string()]
    } else {
        Vec::new()
    }
}

/// Options common to one wget run.
struct WgetOpts {
    quiet: bool,
    output: Option<String>,
    dir: Option<String>,
    urls: Vec<String>,
    /// `--tries=N` / `-t N` (GNU wget retries a reset connection).
    tries: u32,
}

fn parse_wget(args: &[String]) -> Result<WgetOpts, String> {
    let mut o = WgetOpts {
        quiet: false,
        output: None,
        dir: None,
        urls: Vec::new(),
        tries: 20,
    };
    let mut i = 0;
    while let Some(a) = args.get(i) {
        i += 1;
        if let Some(v) = a.strip_prefix("--output-document=") {
            o.output = Some(v.to_string());
        } else if let Some(v) = a.strip_prefix("--directory-prefix=") {
            o.dir = Some(v.to_string());
        } else if a == "--quiet" {
            o.quiet = true;
        } else if let Some(v) = a.strip_prefix("--tries=") {
            o.tries = v.parse().unwrap_or(20).clamp(1, 20);
        } else if a.starts_with("--") {
            // Other long options (--timeout=, --tries=, --no-verbose) don't change the result here.
        } else if a.starts_with('-') && a.len() > 1 {
            let flags: Vec<char> = a.chars().skip(1).collect();
            for (k, f) in flags.iter().enumerate() {
                match f {
                    'q' => o.quiet = true,
                    'O' | 'P' | 'T' | 't' | 'U' => {
                        let rest: String = flags.get(k + 1..).unwrap_or(&[]).iter().collect();
                        let value = if rest.is_empty() {
                            let v = args
                                .get(i)
                                .cloned()
                                .ok_or_else(|| format!("option requires an argument -- '{f}'"))?;
                            i += 1;
                            v
                        } else {
                            rest
                        };
                        match f {
                            'O' => o.output = Some(value),
                            'P' => o.dir = Some(value),
                            't' => o.tries = value.parse().unwrap_or(20).clamp(1, 20),
                            _ => {}
                        }
                        break;
                    }
                    _ => {}
                }
            }
        } else {
            o.urls.push(a.clone());
        }
    }
    Ok(o)
}

fn request(url: &Url, agent: &str, method: &str) -> HttpRequest {
    let host_header = if url.port == 80 {
        url.host.clone()
    } else {
        format!("{}:{}", url.host, url.port)
    };
    HttpRequest {
        method: method.to_string(),
        path: url.path.clone(),
        headers: vec![
            ("Host".to_string(), host_header),
            ("User-Agent".to_string(), agent.to_string()),
            ("Accept".to_string(), "*/*".to_string()),
        ],
        body: Vec::new(),
        remote_addr: String::new(),
    }
}

/// The file name wget saves a URL to (`index.html` for a directory), made unique with `.1`, `.2`.
fn save_name(ctx: &ProgramCtx, dir: &str, url: &Url, unique: bool) -> String {
    let path = url.path.split(['?', '#']).next().unwrap_or("/");
    let name = base_name(path);
    let name = if name.is_empty() { "index.html" } else { name };
    if !unique {
        return name.to_string();
    }
    if !ctx.fs.exists(&normalize(dir, name)) {
        return name.to_string();
    }
    (1..1000)
        .map(|n| format!("{name}.{n}"))
        .find(|c| !ctx.fs.exists(&normalize(dir, c)))
        .unwrap_or_else(|| name.to_string())
}

/// `15000 (15K)`: wget's length with a rounded human form from 1024 bytes up.
fn wget_length(len: usize) -> String {
    if len < 1024 {
        return len.to_string();
    }
    let units = ["K", "M", "G"];
    let mut v = len as f64 / 1024.0;
    let mut u = 0;
    while v >= 1024.0 && u < units.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    let unit = units.get(u).copied().unwrap_or("K");
    if v < 10.0 {
        format!("{len} ({v:.1}{unit})")
    } else {
        format!("{len} ({}{unit})", v.round() as u64)
    }
}

/// GNU wget's non-terminal progress: one dot per KiB, groups of ten, then `100% 1.83M=0s`.
fn dot_progress(len: usize) -> String {
    let kib = len / 1024;
    let mut line = String::from("     0K");
    let mut dots = String::new();
    for g in 0..5 {
        let in_group = kib.saturating_sub(g * 10).min(10);
        dots.push(' ');
        dots.push_str(&".".repeat(in_group));
        dots.push_str(&" ".repeat(10 - in_group));
    }
    line.push_str(&dots);
    line.push_str("100% 2.04M=0s\n");
    line
}

/// GNU wget's bar for an 80-column terminal.
fn bar_progress(name: &str, len: usize) -> String {
    let shown: String = name.chars().take(19).collect();
    let size = if len < 1000 {
        len.to_string()
    } else {
        format!("{:.2}K", len as f64 / 1024.0)
    };
    format!("{shown:<20}100%[===================>] {size:>7}  --.-KB/s    in 0s      \n")
}

/// `wget <args>` (the arguments after the program name) with the given flavour's output.
pub fn wget(args: &[String], ctx: &mut ProgramCtx, flavor: WgetFlavor) -> i32 {
    let opts = match parse_wget(args) {
        Ok(o) => o,
        Err(e) => {
            ctx.out.err(format!("wget: {e}\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n"));
            return 2;
        }
    };
    if opts.urls.is_empty() {
        match flavor {
            WgetFlavor::Gnu => ctx.out.err("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n"),
            WgetFlavor::Busybox => ctx.out.err("BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n"),
        }
        return 1;
    }
    let mut code = 0;
    for u in &opts.urls {
        let c = match flavor {
            WgetFlavor::Gnu => wget_gnu(u, &opts, ctx),
            WgetFlavor::Busybox => wget_busybox(u, &opts, ctx),
        };
        if c != 0 {
            code = c;
        }
    }
    code
}

/// Where wget writes a download: `Err(())` stands for stdout.
fn target(ctx: &ProgramCtx, opts: &WgetOpts, url: &Url) -> Result<(String, String), ()> {
    let dir = opts
        .dir
        .as_deref()
        .map_or(ctx.cwd.to_string(), |d| normalize(ctx.cwd, d));
    match opts.output.as_deref() {
        Some("-") => Err(()),
        Some(f) => Ok((normalize(&dir, f), f.to_string())),
        None => {
            let name = save_name(ctx, &dir, url, true);
            let shown = match &opts.dir {
                Some(d) => format!("{}/{name}", d.trim_end_matches('/')),
                None => name.clone(),
            };
            Ok((normalize(&dir, &name), shown))
        }
    }
}

fn wget_gnu(raw: &str, opts: &WgetOpts, ctx: &mut ProgramCtx) -> i32 {
    let mut log = String::new();
    let Some(url) = Url::parse(raw) else {
        ctx.out.err(format!("{raw}: Unsupported scheme.\n"));
        return 1;
    };
    log.push_str(&format!(
        "--{}--  {}\n",
        wget_time(ctx.now_ms),
        url.display()
    ));
    let req = request(&url, "Wget/1.21.3", "GET");
    let result = ctx.net.http(&url.host, url.port, &req);
    let mut ips = ctx
        .net
        .resolve(&url.host)
        .unwrap_or_else(|| addresses(&url.host));
    if !is_ip(&url.host) {
        if result == Err(NetError::UnknownHost) {
            log.push_str(&format!(
                "Resolving {h} ({h})... failed: Name or service not known.\nwget: unable to resolve host address ‘{h}’\n",
                h = url.host
            ));
            if !opts.quiet {
                ctx.out.err(&log);
            }
            return 4;
        }
        if ips.is_empty() {
            ips.push("172.17.0.2".to_string());
        }
        log.push_str(&format!(
            "Resolving {h} ({h})... {}\n",
            ips.join(", "),
            h = url.host
        ));
    }
    let connecting = |ip: &str| {
        if is_ip(&url.host) {
            format!("Connecting to {}:{}... ", url.host, url.port)
        } else {
            format!(
                "Connecting to {h} ({h})|{ip}|:{}... ",
                url.port,
                h = url.host
            )
        }
    };
    let resp = match result {
        Ok(r) => {
            log.push_str(&connecting(ips.first().map_or("", String::as_str)));
            log.push_str("connected.\n");
            r
        }
        Err(NetError::Reset) => {
            // Accepted, then reset before any header: wget retries (20 tries by default,
            // waiting 1 s more each time up to 10 s) and gives up.
            let mut at = ctx.now_ms;
            for n in 1..=opts.tries {
                if n > 1 {
                    at += 1000 * i64::from((n - 1).min(10));
                    log.push_str(&format!(
                        "--{}--  (try:{n:>2})  {}\n",
                        wget_time(at),
                        url.display()
                    ));
                }
                log.push_str(&connecting(ips.first().map_or("", String::as_str)));
                log.push_str("connected.\nHTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\n");
                log.push_str(if n < opts.tries {
                    "Retrying.\n\n"
                } else {
                    "Giving up.\n\n"
                });
            }
            if !opts.quiet {
                ctx.out.err(&log);
            }
            return 4;
        }
        Err(e) => {
            let why = if e == NetError::Timeout {
                "Connection timed out"
            } else {
                "Connection refused"
            };
            if ips.is_empty() {
                log.push_str(&connecting(""));
                log.push_str(&format!("failed: {why}.\n"));
            }
            for ip in &ips {
                log.push_str(&connecting(ip));
                log.push_str(&format!("failed: {why}.\n"));
            }
            if !opts.quiet {
                ctx.out.err(&log);
            }
            return 4;
        }
    };
    log.push_str(&format!(
        "HTTP request sent, awaiting response... {} {}\n",
        resp.status, resp.reason
    ));
    if resp.status >= 400 {
        log.push_str(&format!(
            "{} ERROR {}: {}.\n\n",
            wget_time(ctx.now_ms),
            resp.status,
            resp.reason
        ));
        if !opts.quiet {
            ctx.out.err(&log);
        }
        return 8;
    }
    let len = resp.body.len();
    let ctype = resp
        .header("Content-Type")
        .map(|t| t.split(';').next().unwrap_or(t).trim().to_string());
    let length = match resp.header("Content-Length") {
        Some(_) => wget_length(len),
        None => "unspecified".to_string(),
    };
    match ctype {
        Some(t) => log.push_str(&format!("Length: {length} [{t}]\n")),
        None => log.push_str(&format!("Length: {length}\n")),
    }
    let dest = target(ctx, opts, &url);
    let (shown, to_stdout) = match &dest {
        Ok((_, shown)) => (shown.clone(), false),
        Err(()) => ("STDOUT".to_string(), true),
    };
    log.push_str(&format!("Saving to: ‘{shown}’\n\n"));
    if !opts.quiet {
        ctx.out.err(&log);
    }
    log.clear();
    match &dest {
        Ok((path, _)) => {
            ctx.fs.insert(path, Node::file(resp.body.clone()));
        }
        Err(()) => ctx.out.out(String::from_utf8_lossy(&resp.body)),
    }
    if ctx.tty {
        log.push_str(&bar_progress(if to_stdout { "-" } else { &shown }, len));
    } else {
        log.push_str(&dot_progress(len));
    }
    let done = if to_stdout {
        "written to stdout".to_string()
    } else {
        format!("‘{shown}’ saved")
    };
    log.push_str(&format!(
        "\n{} (2.04 MB/s) - {done} [{len}/{len}]\n\n",
        wget_time(ctx.now_ms)
    ));
    if !opts.quiet {
        ctx.out.err(&log);
    }
    0
}

fn wget_busybox(raw: &str, opts: &WgetOpts, ctx: &mut ProgramCtx) -> i32 {
    let Some(url) = Url::parse(raw) else {
        ctx.out
            .err(format!("wget: not an http or ftp url: {raw}\n"));
        return 1;
    };
    let req = request(&url, "Wget", "GET");
    let result = ctx.net.http(&url.host, url.port, &req);
    let resolved = ctx
        .net
        .resolve(&url.host)
        .and_then(|v| v.into_iter().find(|a| !a.contains(':')));
    let ip = if is_ip(&url.host) {
        url.host.clone()
    } else if let Some(ip) = resolved {
        ip
    } else if url.host == "localhost" {
        "127.0.0.1".to_string()
    } else {
        "172.17.0.2".to_string()
    };
    let resp = match result {
        Err(NetError::UnknownHost) => {
            ctx.out.err(format!("wget: bad address '{}'\n", url.host));
            return 1;
        }
        Err(NetError::Reset) => {
            if !opts.quiet {
                ctx.out.err(format!(
                    "Connecting to {}:{} ({ip}:{})\n",
                    url.host, url.port, url.port
                ));
            }
            ctx.out
                .err("wget: error getting response: Connection reset by peer\n");
            return 1;
        }
        Err(e) => {
            if !opts.quiet {
                ctx.out.err(format!(
                    "Connecting to {}:{} ({ip}:{})\n",
                    url.host, url.port, url.port
                ));
            }
            let why = if e == NetError::Timeout {
                "Connection timed out"
            } else {
                "Connection refused"
            };
            ctx.out.err(format!(
                "wget: can't connect to remote host ({ip}): {why}\n"
            ));
            return 1;
        }
        Ok(r) => r,
    };
    if !opts.quiet {
        ctx.out.err(format!(
            "Connecting to {}:{} ({ip}:{})\n",
            url.host, url.port, url.port
        ));
    }
    if resp.status >= 400 {
        ctx.out.err(format!(
            "wget: server returned error: {} {} {}\n",
            resp.version, resp.status, resp.reason
        ));
        return 1;
    }
    match target(ctx, opts, &url) {
        Ok((path, shown)) => {
            if path.is_empty() {
                return 1;
            }
            // busybox refuses to overwrite without -O.
            if opts.output.is_none()
                && ctx
                    .fs
                    .exists(&normalize(ctx.cwd, &save_name(ctx, ctx.cwd, &url, false)))
            {
                ctx.out.err(format!(
                    "wget: can't open '{}': File exists\n",
                    save_name(ctx, ctx.cwd, &url, false)
                ));
                return 1;
            }
            if !opts.quiet {
                ctx.out.err(format!("saving to '{shown}'\n"));
            }
            ctx.fs.insert(&path, Node::file(resp.body.clone()));
            if !opts.quiet {
                if ctx.tty {
                    ctx.out.err(format!(
                        "{shown:<20} 100% |********************************| {:>5}  0:00:00 ETA\n",
                        resp.body.len()
                    ));
                }
                ctx.out.err(format!("'{shown}' saved\n"));
            }
        }
        Err(()) => {
            if !opts.quiet {
                ctx.out.err("writing to stdout\n");
            }
            ctx.out.out(String::from_utf8_lossy(&resp.body));
            if !opts.quiet {
                ctx.out.err("written to stdout\n");
            }
        }
    }
    0
}

/// Options of one curl run.
#[derive(Default)]
struct CurlOpts {
    silent: bool,
    show_error: bool,
    include: bool,
    head: bool,
    fail: bool,
    output: Option<String>,
    remote_name: bool,
    max_time: Option<f64>,
    method: Option<String>,
    data: Option<String>,
    headers: Vec<(String, String)>,
    urls: Vec<String>,
    verbose: bool,
}

fn parse_curl(args: &[String]) -> Result<CurlOpts, String> {
    let mut o = CurlOpts::default();
    let mut i = 0;
    let takes_value = |f: &str| {
        matches!(
            f,
            "-o" | "--output"
                | "-m"
                | "--max-time"
                | "-X"
                | "--request"
                | "-d"
                | "--data"
                | "--data-raw"
                | "-H"
                | "--header"
                | "-A"
                | "--user-agent"
                | "-w"
                | "--write-out"
                | "--connect-timeout"
                | "-u"
                | "--user"
        )
    };
    while let Some(a) = args.get(i) {
        i += 1;
        let (flag, inline): (String, Option<String>) = if a.starts_with("--") {
            match a.split_once('=') {
                Some((f, v)) => (f.to_string(), Some(v.to_string())),
                None => (a.clone(), None),
            }
        } else if a.starts_with('-') && a.len() > 1 {
            // Bundled short flags: `-sS`, `-sI`, `-so file`, `-m5`.
            let chars: Vec<char> = a.chars().skip(1).collect();
            let mut handled_value = false;
            for (k, c) in chars.iter().enumerate() {
                let f = format!("-{c}");
                if takes_value(&f) {
                    let rest: String = chars.get(k + 1..).unwrap_or(&[]).iter().collect();
                    let v = if rest.is_empty() {
                        let v = args
                            .get(i)
                            .cloned()
                            .ok_or_else(|| format!("option {f}: requires parameter"))?;
                        i += 1;
                        v
                    } else {
                        rest
                    };
                    set_curl_value(&mut o, &f, v);
                    handled_value = true;
                    break;
                }
                set_curl_flag(&mut o, &f);
            }
            let _ = handled_value;
            continue;
        } else {
            o.urls.push(a.clone());
            continue;
        };
        if takes_value(&flag) {
            let v = match inline {
                Some(v) => v,
                None => {
                    let v = args
                        .get(i)
                        .cloned()
                        .ok_or_else(|| format!("option {flag}: requires parameter"))?;
                    i += 1;
                    v
                }
            };
            set_curl_value(&mut o, &flag, v);
        } else {
            set_curl_flag(&mut o, &flag);
        }
    }
    Ok(o)
}

fn set_curl_flag(o: &mut CurlOpts, f: &str) {
    match f {
        "-s" | "--silent" => o.silent = true,
        "-S" | "--show-error" => o.show_error = true,
        "-i" | "--include" => o.include = true,
        "-I" | "--head" => o.head = true,
        "-f" | "--fail" => o.fail = true,
        "-O" | "--remote-name" => o.remote_name = true,
        "-v" | "--verbose" => o.verbose = true,
        _ => {}
    }
}

fn set_curl_value(o: &mut CurlOpts, f: &str, v: String) {
    match f {
        "-o" | "--output" => o.output = Some(v),
        "-m" | "--max-time" | "--connect-timeout" => o.max_time = v.parse().ok(),
        "-X" | "--request" => o.method = Some(v),
        "-d" | "--data" | "--data-raw" => o.data = Some(v),
        "-H" | "--header" => {
            if let Some((k, val)) = v.split_once(':') {
                o.headers
                    .push((k.trim().to_string(), val.trim().to_string()));
            }
        }
        "-A" | "--user-agent" => o.headers.push(("User-Agent".to_string(), v)),
        _ => {}
    }
}

/// The curl version whose User-Agent goes out: Debian bookworm's, or Alpine's.
fn curl_agent(ctx: &ProgramCtx) -> &'static str {
    if super::misc::is_busybox(ctx.fs) {
        "curl/8.12.1"
    } else {
        "curl/7.88.1"
    }
}

const METER_HEAD: &str = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";

fn meter_line(len: usize) -> String {
    if len == 0 {
        return "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n"
            .to_string();
    }
    format!(
        "100 {len:>5}  100 {len:>5}    0     0  {:>5}      0 --:--:-- --:--:-- --:--:-- {:>5}\n",
        3985, 5500
    )
}

/// `curl <args>` (the arguments after the program name).
pub fn curl(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let opts = match parse_curl(args) {
        Ok(o) => o,
        Err(e) => {
            ctx.out.err(format!(
                "curl: {e}\ncurl: try 'curl --help' or 'curl --manual' for more information\n"
            ));
            return 2;
        }
    };
    let Some(raw) = opts.urls.first() else {
        ctx.out
            .err("curl: try 'curl --help' or 'curl --manual' for more information\n");
        return 2;
    };
    let Some(url) = Url::parse(raw) else {
        let scheme = raw.split("://").next().unwrap_or(raw);
        if !opts.silent || opts.show_error {
            ctx.out
                .err(format!("curl: (1) Protocol \"{scheme}\" not supported\n"));
        }
        return 1;
    };
    let show_errors = !opts.silent || opts.show_error;
    let to_file = opts.output.is_some() || opts.remote_name;
    let meter = to_file && !opts.silent;
    let method = opts.method.clone().unwrap_or_else(|| {
        if opts.head {
            "HEAD".to_string()
        } else if opts.data.is_some() {
            "POST".to_string()
        } else {
            "GET".to_string()
        }
    });
    let mut req = request(&url, curl_agent(ctx), &method);
    for (k, v) in &opts.headers {
        req.headers.retain(|(h, _)| !h.eq_ignore_ascii_case(k));
        req.headers.push((k.clone(), v.clone()));
    }
    if let Some(d) = &opts.data {
        req.headers
            .push(("Content-Length".to_string(), d.len().to_string()));
        req.headers.push((
            "Content-Type".to_string(),
            "application/x-www-form-urlencoded".to_string(),
        ));
        req.body = d.clone().into_bytes();
    }
    if meter {
        ctx.out.err(METER_HEAD);
    }
    let ip = if is_ip(&url.host) {
        url.host.clone()
    } else if url.host == "localhost" {
        "127.0.0.1".to_string()
    } else {
        ctx.net
            .resolve(&url.host)
            .and_then(|v| v.into_iter().next())
            .unwrap_or_else(|| "172.17.0.2".to_string())
    };
    let result = ctx.net.http(&url.host, url.port, &req);
    if opts.verbose {
        ctx.out.err(verbose_log(&url, &ip, &req, &result));
    }
    let resp: HttpResponse = match result {
        Ok(r) => r,
        Err(e) => {
            if meter {
                ctx.out.err(meter_line(0));
            }
            let (code, msg) = match e {
                NetError::UnknownHost => (6, format!("Could not resolve host: {}", url.host)),
                NetError::Refused => (7, format!("Failed to connect to {} port {} after 0 ms: Couldn't connect to server", url.host, url.port)),
                NetError::Reset => (56, "Recv failure: Connection reset by peer".to_string()),
                NetError::Timeout => match opts.max_time {
                    Some(t) => (28, format!("Connection timed out after {} milliseconds", (t * 1000.0) as i64 + 1)),
                    None => (28, format!("Failed to connect to {} port {} after 134112 ms: Couldn't connect to server", url.host, url.port)),
                },
            };
            if show_errors {
                ctx.out.err(format!("curl: ({code}) {msg}\n"));
            }
            return code;
        }
    };
    if opts.fail && resp.status >= 400 {
        if meter {
            ctx.out.err(meter_line(0));
        }
        if show_errors {
            ctx.out.err(format!(
                "curl: (22) The requested URL returned error: {}\n",
                resp.status
            ));
        }
        return 22;
    }
    let mut bytes = Vec::new();
    if opts.include || opts.head {
        bytes.extend_from_slice(resp.head_text().as_bytes());
    }
    if !opts.head {
        bytes.extend_from_slice(&resp.body);
    }
    if to_file {
        let name = match &opts.output {
            Some(o) => o.clone(),
            None => save_name(ctx, ctx.cwd, &url, false),
        };
        if name == "-" {
            ctx.out.out(String::from_utf8_lossy(&bytes));
        } else {
            let path = normalize(ctx.cwd, &name);
            if ctx.fs.write(&path, bytes.clone()).is_err() {
                if meter {
                    ctx.out.err(meter_line(0));
                }
                if show_errors {
                    ctx.out
                        .err("curl: (23) Failure writing output to destination\n");
                }
                return 23;
            }
        }
        if meter {
            ctx.out.err(meter_line(bytes.len()));
        }
    } else {
        ctx.out.out(String::from_utf8_lossy(&bytes));
    }
    if opts.verbose {
        if !ctx.tty || to_file {
            ctx.out
                .err(format!("{{ [{} bytes data]\n", resp.body.len()));
        }
        ctx.out.err(format!(
            "* Connection #0 to host {} left intact\n",
            url.host
        ));
    }
    0
}

/// `curl -v`'s connection and header trace (`*`, `>` and `<` lines), up to the body.
fn verbose_log(
    url: &Url,
    ip: &str,
    req: &HttpRequest,
    result: &Result<HttpResponse, NetError>,
) -> String {
    let mut log = String::new();
    if result == &Err(NetError::UnknownHost) {
        log.push_str(&format!(
            "* Could not resolve host: {}\n* Closing connection 0\n",
            url.host
        ));
        return log;
    }
    log.push_str(&format!("*   Trying {ip}:{}...\n", url.port));
    match result {
        Err(NetError::Refused) => {
            log.push_str(&format!(
                "* connect to {ip} port {} failed: Connection refused\n* Failed to connect to {} port {} after 0 ms: Couldn't connect to server\n* Closing connection 0\n",
                url.port, url.host, url.port
            ));
        }
        Err(NetError::Reset) => {
            log.push_str(&format!(
                "* Connected to {} ({ip}) port {} (#0)\n",
                url.host, url.port
            ));
            log.push_str(&format!("> {} {} HTTP/1.1\r\n", req.method, req.path));
            for (k, v) in &req.headers {
                log.push_str(&format!("> {k}: {v}\r\n"));
            }
            log.push_str(
                "> \r\n* Recv failure: Connection reset by peer\n* Closing connection 0\n",
            );
        }
        Err(_) => log.push_str("* Closing connection 0\n"),
        Ok(resp) => {
            log.push_str(&format!(
                "* Connected to {} ({ip}) port {} (#0)\n",
                url.host, url.port
            ));
            log.push_str(&format!("> {} {} HTTP/1.1\r\n", req.method, req.path));
            for (k, v) in &req.headers {
                log.push_str(&format!("> {k}: {v}\r\n"));
            }
            log.push_str("> \r\n");
            for line in resp.head_text().split_inclusive("\r\n") {
                log.push_str("< ");
                log.push_str(line);
            }
        }
    }
    log
}
