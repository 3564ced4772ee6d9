//! The programs of community images that tutorials are built on: docker/whalesay's `cowsay` and
//! `cowthink` (the Docker whale instead of the cow), traefik/whoami (answers every request with
//! the container's names and the request itself) and hashicorp/http-echo (answers the text it
//! was started with). Only in the full build; `lean::full_program` names them for core.

use super::{apps, http_date, HttpRequest, HttpResponse, ProgramCtx, Service, Signal};
use super::{SignalEffect, Start};
use crate::runtime::Output;
use crate::vfs::Tree;

/// The whale of docker/whalesay's `default.cow`, below the three thought marks (`T`).
const WHALE: &str = r#"    T
     T
      T     
                    ##        .            
              ## ## ##       ==            
           ## ## ## ##      ===            
       /""""""""""""""""___/ ===        
  ~~~ {~~ ~~~~ ~~~ ~~~~ ~~ ~ /  ===- ~~~   
       \______ o          __/            
        \    \        __/             
          \____\______/   
"#;

/// `cowsay`/`cowthink` of docker/whalesay: the message (the arguments, else standard input)
/// filled to lines of at most 39 characters (`-W` changes the 40 columns) in a balloon.
pub fn cowsay(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let mut columns = 40usize;
    let mut keep = false;
    let mut words: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-W" => match it.next().and_then(|w| w.parse().ok()) {
                Some(w) => columns = w,
                None => columns = 40,
            },
            "-n" => keep = true,
            "-f" => {
                let cow = it.next().map(String::as_str).unwrap_or("");
                if !matches!(cow, "default" | "docker" | "default.cow" | "docker.cow") {
                    ctx.out.err(format!(
                        "/usr/games/{name}: Could not find {cow} cowfile!\n"
                    ));
                    return 1;
                }
            }
            "-e" | "-T" => {
                it.next();
            }
            s if s.starts_with('-') && s.len() == 2 && !words.is_empty() => words.push(s),
            s if s.starts_with('-') && s.len() == 2 => {}
            s => words.push(s),
        }
    }
    let text = if words.is_empty() {
        String::from_utf8_lossy(ctx.stdin).into_owned()
    } else {
        words.join(" ")
    };
    let lines = if keep {
        text.lines().map(str::to_string).collect()
    } else {
        fill(&text, columns.saturating_sub(1).max(1))
    };
    let think = name == "cowthink";
    ctx.out.out(balloon(&lines, think));
    ctx.out
        .out(WHALE.replace('T', if think { "o" } else { "\\" }));
    0
}

/// `fortune` of docker/whalesay (its `fortunes` package, the classic tutorial's
/// `fortune -a | cowsay`): one saying, picked by the clock.
pub fn fortune(ctx: &mut ProgramCtx) -> i32 {
    const SAYINGS: [&str; 4] = [
        "A journey of a thousand miles begins with a single step.",
        "Fortune favors the bold.",
        "The early bird catches the worm.",
        "Look before you leap.",
    ];
    let pick = (ctx.now_ms / 1000).rem_euclid(SAYINGS.len() as i64) as usize;
    ctx.out.out(format!("{}\n", SAYINGS[pick]));
    0
}

/// Paragraphs (split at blank lines) with their white space made single spaces, each filled
/// greedily to `width`; a word longer than that is cut.
fn fill(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut paras: Vec<String> = vec![String::new()];
    for line in text.lines() {
        if line.trim().is_empty() {
            if !paras.last().is_some_and(String::is_empty) {
                paras.push(String::new());
            }
            continue;
        }
        let p = paras.last_mut().expect("one paragraph");
        p.push(' ');
        p.push_str(line);
    }
    paras.retain(|p| !p.trim().is_empty());
    for (n, p) in paras.iter().enumerate() {
        if n > 0 {
            out.push(String::new());
        }
        let mut line = String::new();
        for word in p.split_whitespace() {
            let mut word = word.to_string();
            while !word.is_empty() {
                let room = if line.is_empty() {
                    width
                } else {
                    width.saturating_sub(line.chars().count() + 1)
                };
                let len = word.chars().count();
                if len <= room {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(&word);
                    word.clear();
                } else if line.is_empty() {
                    let cut: String = word.chars().take(width).collect();
                    word = word.chars().skip(width).collect();
                    out.push(cut);
                } else {
                    out.push(std::mem::take(&mut line));
                }
            }
        }
        if !line.is_empty() {
            out.push(line);
        }
    }
    out
}

/// The balloon: `< x >` for one line, `/ \`, `| |`, `\ /` for more; `( )` when thinking.
fn balloon(lines: &[String], think: bool) -> String {
    let max = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out = format!(" {} \n", "_".repeat(max + 2));
    let row = |l: &str, a: &str, b: &str| {
        let pad = max - l.chars().count();
        format!("{a} {l}{} {b}\n", " ".repeat(pad))
    };
    let n = lines.len();
    for (i, l) in lines.iter().enumerate() {
        let (a, b) = if think {
            ("(", ")")
        } else if n < 2 {
            ("<", ">")
        } else if i == 0 {
            ("/", "\\")
        } else if i + 1 == n {
            ("\\", "/")
        } else {
            ("|", "|")
        };
        out.push_str(&row(l, a, b));
    }
    if n == 0 {
        out.push_str(&row(
            "",
            if think { "(" } else { "<" },
            if think { ")" } else { ">" },
        ));
    }
    out.push_str(&format!(" {} \n", "-".repeat(max + 2)));
    out
}

/// Which program a [`HubApp`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HubKind {
    /// traefik/whoami.
    Whoami,
    /// hashicorp/http-echo, with its text.
    Echo(String),
}

/// A running whoami or http-echo server.
#[derive(Clone, Debug)]
pub struct HubApp {
    /// Which program.
    pub kind: HubKind,
    /// Listening TCP port.
    pub port: u16,
    /// The command line `ps` shows.
    pub command: String,
    /// The container's hostname.
    hostname: String,
    /// Its addresses, as the interfaces list them.
    ips: Vec<String>,
    /// whoami's `-name` (`WHOAMI_NAME`).
    name: String,
    /// Requests answered (for distinct client ports).
    requests: u32,
}

/// `2025/06/02 09:00:00 `, the prefix of Go's `log` lines (nginx writes the same time).
fn go_log_time(ms: i64) -> String {
    super::web::nginx_time(ms) + " "
}

/// Flags given (name, value) and the arguments after them.
type GoArgs<'a> = (Vec<(&'a str, String)>, Vec<&'a str>);

/// Go's `flag` values: `-name=v`, `--name=v`, `-name v`; an error for a flag it does not know.
fn go_flags<'a>(args: &'a [String], known: &[&str], bools: &[&str]) -> Result<GoArgs<'a>, String> {
    let mut flags = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let Some(body) = a.strip_prefix("--").or_else(|| a.strip_prefix('-')) else {
            break;
        };
        if body.is_empty() {
            i += 1;
            break;
        }
        let (key, value) = body
            .split_once('=')
            .map_or((body, None), |(k, v)| (k, Some(v)));
        if bools.contains(&key) {
            flags.push((key, value.unwrap_or("true").to_string()));
        } else if known.contains(&key) {
            match value {
                Some(v) => flags.push((key, v.to_string())),
                None => {
                    i += 1;
                    let Some(v) = args.get(i) else {
                        return Err(format!("flag needs an argument: -{key}"));
                    };
                    flags.push((key, v.clone()));
                }
            }
        } else {
            return Err(format!("flag provided but not defined: -{key}"));
        }
        i += 1;
    }
    Ok((
        flags,
        args[i.min(args.len())..]
            .iter()
            .map(String::as_str)
            .collect(),
    ))
}

/// The container's addresses as a Go program lists them: loopback, then the network's (IPv6
/// is off on networks without it, as `ip addr` shows).
fn addresses(ctx: &mut ProgramCtx) -> Vec<String> {
    let own = apps::own_address(ctx);
    vec!["127.0.0.1".to_string(), own]
}

/// `/whoami [-port N] [-name NAME] [-verbose]`: logs `Starting up on port 80` and serves.
pub fn start_whoami(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let bools = ["verbose"];
    let known = ["port", "name", "cert", "key", "cacert", "allowed-origins"];
    let (flags, _) = match go_flags(args, &known, &bools) {
        Ok(f) => f,
        Err(e) => {
            ctx.out.err(format!("{e}\nUsage of /whoami:\n"));
            return Start::Exited(2);
        }
    };
    let get = |k: &str, env: &str, default: &str| {
        flags
            .iter()
            .rev()
            .find(|(f, _)| *f == k)
            .map(|(_, v)| v.clone())
            .or_else(|| ctx.env.get(env).filter(|v| !v.is_empty()).cloned())
            .unwrap_or_else(|| default.to_string())
    };
    let port = get("port", "WHOAMI_PORT_NUMBER", "80");
    let name = get("name", "WHOAMI_NAME", "");
    ctx.out.err(format!(
        "{}Starting up on port {port}\n",
        go_log_time(ctx.now_ms)
    ));
    let Ok(port) = port.parse() else {
        ctx.out.err(format!(
            "{}listen tcp: lookup tcp/{port}: unknown port\n",
            go_log_time(ctx.now_ms)
        ));
        return Start::Exited(1);
    };
    let mut command = vec!["/whoami".to_string()];
    command.extend(args.iter().cloned());
    serve(ctx, HubKind::Whoami, port, command.join(" "), name)
}

/// `/http-echo -text=TEXT [-listen=:5678]`: answers every request with the text and a newline.
pub fn start_http_echo(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let (flags, rest) = match go_flags(args, &["listen", "text"], &["version"]) {
        Ok(f) => f,
        Err(e) => {
            ctx.out.err(format!("{e}\nUsage of /http-echo:\n  -listen string\n    \taddress and port to listen (default \":5678\")\n  -text string\n    \ttext to put on the webpage\n  -version\n    \tdisplay version information\n"));
            return Start::Exited(2);
        }
    };
    let get = |k: &str| {
        flags
            .iter()
            .rev()
            .find(|(f, _)| *f == k)
            .map(|(_, v)| v.clone())
    };
    if get("version").is_some_and(|v| v == "true") {
        ctx.out.err("http-echo v1.0.0\n");
        return Start::Exited(0);
    }
    let text = get("text")
        .filter(|t| !t.is_empty())
        .or_else(|| ctx.env.get("ECHO_TEXT").filter(|t| !t.is_empty()).cloned());
    let Some(text) = text else {
        ctx.out
            .err("Missing -text option OR ENV var TEXT is empty!\n");
        return Start::Exited(127);
    };
    if !rest.is_empty() {
        ctx.out.err("Too many arguments!\n");
        return Start::Exited(127);
    }
    let listen = get("listen").unwrap_or_else(|| ":5678".to_string());
    ctx.out.err(format!(
        "{}[INFO] server is listening on {listen}\n",
        go_log_time(ctx.now_ms)
    ));
    let port = listen
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or(5678);
    let mut command = vec!["/http-echo".to_string()];
    command.extend(args.iter().cloned());
    serve(
        ctx,
        HubKind::Echo(text),
        port,
        command.join(" "),
        String::new(),
    )
}

fn serve(ctx: &mut ProgramCtx, kind: HubKind, port: u16, command: String, name: String) -> Start {
    let ips = addresses(ctx);
    Start::Running(Service::App(apps::AppServer::Hub(HubApp {
        kind,
        port,
        command,
        hostname: ctx.hostname.to_string(),
        ips,
        name,
        requests: 0,
    })))
}

impl HubApp {
    /// The program name of PID 1.
    pub fn program(&self) -> &str {
        match self.kind {
            HubKind::Whoami => "whoami",
            HubKind::Echo(_) => "http-echo",
        }
    }

    /// Answers a request as the Go server does (its headers first, then `Date`,
    /// `Content-Length`, `Content-Type`).
    pub fn http(
        &mut self,
        _fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        self.requests += 1;
        let client = format!(
            "{}:{}",
            req.remote_addr,
            41_000 + self.requests * 6 % 20_000
        );
        let host = req.header("Host").unwrap_or("").to_string();
        let (own, body) = match &self.kind {
            HubKind::Echo(text) => {
                let body = if req.path_only() == "/health" {
                    "{\"status\":\"ok\"}\n".to_string()
                } else {
                    format!("{text}\n")
                };
                if req.path_only() != "/health" {
                    let agent = req.header("User-Agent").unwrap_or("");
                    log.out(format!(
                        "{}{host} {client} \"{} {} HTTP/1.1\" 200 {} \"{agent}\" {}µs\n",
                        go_log_time(now_ms),
                        req.method,
                        req.path_only(),
                        body.len(),
                        38 + self.requests % 40,
                    ));
                }
                let own = vec![
                    ("X-App-Name".to_string(), "http-echo".to_string()),
                    ("X-App-Version".to_string(), "1.0.0".to_string()),
                ];
                (own, body)
            }
            HubKind::Whoami => {
                let mut body = String::new();
                if !self.name.is_empty() {
                    body.push_str(&format!("Name: {}\n", self.name));
                }
                body.push_str(&format!("Hostname: {}\n", self.hostname));
                for ip in &self.ips {
                    body.push_str(&format!("IP: {ip}\n"));
                }
                body.push_str(&format!("RemoteAddr: {client}\n"));
                // The request as Go writes it: Host, User-Agent, then the rest by name.
                body.push_str(&format!(
                    "{} {} HTTP/1.1\r\nHost: {host}\r\n",
                    req.method, req.path
                ));
                if let Some(agent) = req.header("User-Agent") {
                    body.push_str(&format!("User-Agent: {agent}\r\n"));
                }
                let mut rest: Vec<(String, &str)> = req
                    .headers
                    .iter()
                    .filter(|(k, _)| {
                        !matches!(
                            k.to_ascii_lowercase().as_str(),
                            "host" | "user-agent" | "content-length" | "transfer-encoding"
                        )
                    })
                    .map(|(k, v)| (canonical(k), v.as_str()))
                    .collect();
                rest.sort_by(|a, b| a.0.cmp(&b.0));
                for (k, v) in rest {
                    body.push_str(&format!("{k}: {v}\r\n"));
                }
                if !req.body.is_empty() {
                    body.push_str(&format!("Content-Length: {}\r\n", req.body.len()));
                }
                body.push_str("\r\n");
                body.push_str(&String::from_utf8_lossy(&req.body));
                (Vec::new(), body)
            }
        };
        let mut headers = own;
        headers.push(("Date".to_string(), http_date(now_ms)));
        headers.push(("Content-Length".to_string(), body.len().to_string()));
        headers.push((
            "Content-Type".to_string(),
            "text/plain; charset=utf-8".to_string(),
        ));
        let body = if req.method == "HEAD" {
            Vec::new()
        } else {
            body.into_bytes()
        };
        apps::response("HTTP/1.1", 200, headers, body)
    }

    /// The Go runtime ends the process on SIGTERM, SIGINT, SIGHUP and SIGQUIT even as PID 1
    /// (it exits 2 when the re-raised signal is dropped); http-echo logs its interrupt.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        match (sig, &self.kind) {
            (Signal::Int, HubKind::Echo(_)) => {
                log.err(format!(
                    "{}[INFO] received interrupt, shutting down...\n",
                    go_log_time(now_ms)
                ));
                SignalEffect::Exit(2)
            }
            (Signal::Term | Signal::Int | Signal::Quit | Signal::Hup, _) => SignalEffect::Exit(2),
            _ => SignalEffect::Ignored,
        }
    }
}

/// A header name as Go's `textproto` writes it (`x-forwarded-for` → `X-Forwarded-For`).
fn canonical(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut up = true;
    for c in name.chars() {
        out.push(if up {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        });
        up = c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cowsay_fills_like_text_wrap() {
        assert_eq!(fill("a  b\n\n c", 39), vec!["a b", "", "c"]);
        let long = "x".repeat(45);
        assert_eq!(
            fill(&format!("hi {long}"), 39),
            vec!["hi".to_string(), "x".repeat(39), "x".repeat(6)]
        );
        assert_eq!(fill("", 39), Vec::<String>::new());
    }

    #[test]
    fn balloons_of_one_and_more_lines() {
        assert_eq!(
            balloon(&["boo".into()], false),
            " _____ \n< boo >\n ----- \n"
        );
        let three: Vec<String> = ["ab", "c", "de"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            balloon(&three, false),
            " ____ \n/ ab \\\n| c  |\n\\ de /\n ---- \n"
        );
        assert_eq!(balloon(&three[..1], true), " ____ \n( ab )\n ---- \n");
    }

    #[test]
    fn header_names_as_go_writes_them() {
        assert_eq!(canonical("x-forwarded-for"), "X-Forwarded-For");
        assert_eq!(canonical("ACCEPT"), "Accept");
    }
}
