//! redis-server (its startup log, a keyspace with expiry, shutdown on SIGTERM) and redis-cli.

use std::collections::BTreeMap;

use super::{
    env_or, month_abbr, NetError, ProgramCtx, RespValue, Service, Signal, SignalEffect, Start,
};
use crate::engine::clock::civil;
use crate::runtime::Output;
use crate::vfs::Node;

/// A running redis-server.
#[derive(Clone, Debug)]
pub struct RedisServer {
    /// The listening port.
    pub port: u16,
    /// Redis version (`8.0.2`).
    pub version: String,
    /// Keys and string values.
    pub data: BTreeMap<String, String>,
    /// Expiry times (virtual ms) of keys that have one.
    pub expires: BTreeMap<String, i64>,
}

/// `02 Jun 2025 09:00:00.000`, redis's log time.
fn redis_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!(
        "{d:02} {} {y:04} {h:02}:{mi:02}:{s:02}.{:03}",
        month_abbr(mo),
        ms.rem_euclid(1000)
    )
}

fn redis_version(ctx: &ProgramCtx) -> String {
    env_or(ctx.env, "REDIS_VERSION", "8.0.2").to_string()
}

/// `redis-server --version` and similar short invocations.
pub fn server_command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    match start(args, ctx) {
        Start::Exited(c) => c,
        _ => 0,
    }
}

/// Starts redis-server with the log lines it prints.
pub fn start(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let version = redis_version(ctx);
    if args.first().is_some_and(|a| a == "--version" || a == "-v") {
        ctx.out.out(format!("Redis server v={version} sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=1b8ea9a5a0ffbd88\n"));
        return Start::Exited(0);
    }
    let mut port = 6379;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        if a == "--port" {
            if let Some(p) = args.get(i + 1).and_then(|p| p.parse().ok()) {
                port = p;
            }
        }
        i += 1;
    }
    let t = redis_time(ctx.now_ms);
    let mut log = String::new();
    log.push_str(&format!("1:C {t} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.\n"));
    log.push_str(&format!(
        "1:C {t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n"
    ));
    log.push_str(&format!("1:C {t} * Redis version={version}, bits=64, commit=00000000, modified=1, pid=1, just started\n"));
    if args.is_empty() {
        log.push_str(&format!("1:C {t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf\n"));
    } else {
        log.push_str(&format!("1:C {t} * Configuration loaded\n"));
    }
    log.push_str(&format!("1:M {t} * monotonic clock: POSIX clock_gettime\n"));
    log.push_str(&format!(
        "1:M {t} * Running mode=standalone, port={port}.\n"
    ));
    log.push_str(&format!("1:M {t} * Server initialized\n"));
    log.push_str(&format!("1:M {t} * Ready to accept connections tcp\n"));
    ctx.out.out(log);
    Start::Running(Service::Redis(RedisServer {
        port,
        version,
        data: BTreeMap::new(),
        expires: BTreeMap::new(),
    }))
}

fn wrong_args(cmd: &str) -> RespValue {
    RespValue::Error(format!(
        "ERR wrong number of arguments for '{}' command",
        cmd.to_ascii_lowercase()
    ))
}

/// Redis glob matching for KEYS (`*`, `?`, literal characters).
fn glob(pattern: &[char], text: &[char]) -> bool {
    // Iterative matcher with single backtrack point: bounded by pattern × text length.
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, t));
                p += 1;
            }
            Some('?') => {
                p += 1;
                t += 1;
            }
            Some(c) if Some(c) == text.get(t) => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern.get(p..).unwrap_or(&[]).iter().all(|c| *c == '*')
}

impl RedisServer {
    fn expire_due(&mut self, now_ms: i64) {
        let due: Vec<String> = self
            .expires
            .iter()
            .filter(|(_, t)| **t <= now_ms)
            .map(|(k, _)| k.clone())
            .collect();
        for k in due {
            self.expires.remove(&k);
            self.data.remove(&k);
        }
    }

    /// Runs one command against the keyspace at a point of the virtual clock.
    pub fn command(&mut self, args: &[String], now_ms: i64) -> RespValue {
        self.expire_due(now_ms);
        let Some(cmd) = args.first() else {
            return RespValue::Error("ERR empty command".to_string());
        };
        let upper = cmd.to_ascii_uppercase();
        let a = |i: usize| args.get(i).cloned().unwrap_or_default();
        let n = args.len();
        match upper.as_str() {
            "PING" => match n {
                1 => RespValue::Simple("PONG".to_string()),
                2 => RespValue::Bulk(Some(a(1))),
                _ => wrong_args(cmd),
            },
            "ECHO" if n == 2 => RespValue::Bulk(Some(a(1))),
            "SET" if n >= 3 => {
                let mut expiry = None;
                let mut i = 3;
                while i < n {
                    match a(i).to_ascii_uppercase().as_str() {
                        "EX" => expiry = a(i + 1).parse::<i64>().ok().map(|s| s * 1000),
                        "PX" => expiry = a(i + 1).parse::<i64>().ok(),
                        _ => return RespValue::Error("ERR syntax error".to_string()),
                    }
                    i += 2;
                }
                self.data.insert(a(1), a(2));
                self.expires.remove(&a(1));
                if let Some(ms) = expiry {
                    self.expires.insert(a(1), now_ms + ms);
                }
                RespValue::Simple("OK".to_string())
            }
            "GET" if n == 2 => RespValue::Bulk(self.data.get(&a(1)).cloned()),
            "DEL" if n >= 2 => {
                let mut count = 0;
                for k in args.iter().skip(1) {
                    if self.data.remove(k).is_some() {
                        count += 1;
                    }
                    self.expires.remove(k);
                }
                RespValue::Integer(count)
            }
            "EXISTS" if n >= 2 => RespValue::Integer(
                args.iter()
                    .skip(1)
                    .filter(|k| self.data.contains_key(*k))
                    .count() as i64,
            ),
            "INCR" | "DECR" | "INCRBY" | "DECRBY"
                if n == 2 || (n == 3 && upper.ends_with("BY")) =>
            {
                let step: i64 = if upper.ends_with("BY") {
                    match a(2).parse() {
                        Ok(v) => v,
                        Err(_) => {
                            return RespValue::Error(
                                "ERR value is not an integer or out of range".to_string(),
                            )
                        }
                    }
                } else {
                    1
                };
                let step = if upper.starts_with("DECR") {
                    -step
                } else {
                    step
                };
                let current = self
                    .data
                    .get(&a(1))
                    .cloned()
                    .unwrap_or_else(|| "0".to_string());
                match current
                    .parse::<i64>()
                    .ok()
                    .and_then(|v| v.checked_add(step))
                {
                    Some(v) => {
                        self.data.insert(a(1), v.to_string());
                        RespValue::Integer(v)
                    }
                    None => {
                        RespValue::Error("ERR value is not an integer or out of range".to_string())
                    }
                }
            }
            "KEYS" if n == 2 => {
                let pat: Vec<char> = a(1).chars().collect();
                let keys: Vec<RespValue> = self
                    .data
                    .keys()
                    .filter(|k| glob(&pat, &k.chars().collect::<Vec<_>>()))
                    .map(|k| RespValue::Bulk(Some(k.clone())))
                    .collect();
                RespValue::Array(Some(keys))
            }
            "EXPIRE" if n == 3 => match a(2).parse::<i64>() {
                Ok(secs) if self.data.contains_key(&a(1)) => {
                    self.expires.insert(a(1), now_ms + secs * 1000);
                    RespValue::Integer(1)
                }
                Ok(_) => RespValue::Integer(0),
                Err(_) => {
                    RespValue::Error("ERR value is not an integer or out of range".to_string())
                }
            },
            "TTL" if n == 2 => {
                if !self.data.contains_key(&a(1)) {
                    RespValue::Integer(-2)
                } else {
                    match self.expires.get(&a(1)) {
                        Some(t) => RespValue::Integer((t - now_ms + 999) / 1000),
                        None => RespValue::Integer(-1),
                    }
                }
            }
            "FLUSHALL" | "FLUSHDB" => {
                self.data.clear();
                self.expires.clear();
                RespValue::Simple("OK".to_string())
            }
            "DBSIZE" => RespValue::Integer(self.data.len() as i64),
            "ECHO" | "SET" | "GET" | "DEL" | "EXISTS" | "INCR" | "DECR" | "INCRBY" | "DECRBY"
            | "KEYS" | "EXPIRE" | "TTL" => wrong_args(cmd),
            _ => {
                let shown: Vec<String> = args.iter().skip(1).map(|s| format!("'{s}'")).collect();
                RespValue::Error(format!(
                    "ERR unknown command '{cmd}', with args beginning with: {}",
                    shown.iter().map(|s| format!("{s} ")).collect::<String>()
                ))
            }
        }
    }

    /// SIGTERM/SIGINT: save the dataset and exit 0, with redis's shutdown lines.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        if !matches!(sig, Signal::Term | Signal::Int) {
            return SignalEffect::Ignored;
        }
        let t = redis_time(now_ms);
        log.out(format!(
            "1:signal-handler ({}) Received SIG{} scheduling shutdown...\n1:M {t} * User requested shutdown...\n1:M {t} * Saving the final RDB snapshot before exiting.\n1:M {t} * DB saved on disk\n1:M {t} # Redis is now ready to exit, bye bye...\n",
            now_ms.div_euclid(1000),
            sig.name()
        ));
        SignalEffect::Exit(0)
    }
}

/// Formats a reply as redis-cli prints it to a terminal.
pub fn format_reply(v: &RespValue, indent: usize) -> String {
    match v {
        RespValue::Simple(s) => format!("{s}\n"),
        RespValue::Error(e) => format!("(error) {e}\n"),
        RespValue::Integer(i) => format!("(integer) {i}\n"),
        RespValue::Bulk(None) | RespValue::Array(None) => "(nil)\n".to_string(),
        RespValue::Bulk(Some(s)) => format!("{}\n", serde_json::to_string(s).unwrap_or_default()),
        RespValue::Array(Some(items)) if items.is_empty() => "(empty array)\n".to_string(),
        RespValue::Array(Some(items)) => {
            let width = items.len().to_string().len();
            let mut out = String::new();
            for (i, item) in items.iter().enumerate() {
                let prefix = format!("{:>width$}) ", i + 1);
                let pad = if i == 0 {
                    String::new()
                } else {
                    " ".repeat(indent)
                };
                out.push_str(&pad);
                out.push_str(&prefix);
                out.push_str(&format_reply(item, indent + prefix.len()));
            }
            out
        }
    }
}

/// Formats a reply as redis-cli prints it into a pipe (no type decorations).
fn format_raw(v: &RespValue) -> String {
    match v {
        RespValue::Simple(s) | RespValue::Bulk(Some(s)) => format!("{s}\n"),
        RespValue::Error(e) => format!("{e}\n"),
        RespValue::Integer(i) => format!("{i}\n"),
        RespValue::Bulk(None) | RespValue::Array(None) => "\n".to_string(),
        RespValue::Array(Some(items)) => items.iter().map(format_raw).collect(),
    }
}

/// `redis-cli [-h host] [-p port] [--raw] CMD ...` (one command; no interactive mode).
pub fn redis_cli(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let mut host = "127.0.0.1".to_string();
    let mut port: u16 = 6379;
    let mut raw = false;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        match a.as_str() {
            "-h" => {
                host = args.get(i + 1).cloned().unwrap_or(host);
                i += 2;
            }
            "-p" => {
                port = args.get(i + 1).and_then(|p| p.parse().ok()).unwrap_or(port);
                i += 2;
            }
            "--raw" => {
                raw = true;
                i += 1;
            }
            "-v" | "--version" => {
                let v = redis_version(ctx);
                ctx.out.out(format!("redis-cli {v}\n"));
                return 0;
            }
            _ => break,
        }
    }
    let cmd: Vec<String> = args.get(i..).unwrap_or(&[]).to_vec();
    let cmd = if cmd.is_empty() {
        vec!["PING".to_string()]
    } else {
        cmd
    };
    match ctx.net.redis(&host, port, &cmd) {
        Ok(v) => {
            let text = if raw || !ctx.tty {
                format_raw(&v)
            } else {
                format_reply(&v, 0)
            };
            ctx.out.out(text);
            0
        }
        Err(NetError::UnknownHost) => {
            ctx.out.err(format!(
                "Could not connect to Redis at {host}:{port}: Name or service not known\n"
            ));
            1
        }
        Err(NetError::Refused | NetError::Reset) => {
            ctx.out.err(format!(
                "Could not connect to Redis at {host}:{port}: Connection refused\n"
            ));
            1
        }
        Err(NetError::Timeout) => {
            ctx.out.err(format!(
                "Could not connect to Redis at {host}:{port}: Connection timed out\n"
            ));
            1
        }
    }
}

/// Writes the RDB file a shutdown save leaves in `/data`.
pub fn write_dump(fs: &mut crate::vfs::Tree, server: &RedisServer) {
    let size = 88
        + server
            .data
            .iter()
            .map(|(k, v)| k.len() + v.len() + 3)
            .sum::<usize>() as u64;
    fs.insert(
        "/data/dump.rdb",
        Node::sized_file(b"REDIS0012".to_vec(), size),
    );
}
