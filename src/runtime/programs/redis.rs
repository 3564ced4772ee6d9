//! redis-server (its startup log, a keyspace with expiry, shutdown on SIGTERM) and redis-cli.

use std::collections::BTreeMap;

use super::{
    env_or, month_abbr, Net, NetError, ProgramCtx, RespValue, Service, Signal, SignalEffect, Start,
};
use crate::clock::civil;
use crate::runtime::Output;
use crate::vfs::Node;

/// A value in the keyspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RVal {
    /// A string.
    Str(String),
    /// A list.
    List(Vec<String>),
    /// A hash (field order as inserted, as small hashes keep it).
    Hash(Vec<(String, String)>),
    /// A set (sorted here; real small sets of integers print sorted too).
    Set(Vec<String>),
}

/// A running redis-server.
#[derive(Clone, Debug)]
pub struct RedisServer {
    /// The listening port.
    pub port: u16,
    /// Redis version (`8.0.2`).
    pub version: String,
    /// Keys and their values.
    pub data: BTreeMap<String, RVal>,
    /// Expiry times (virtual ms) of keys that have one.
    pub expires: BTreeMap<String, i64>,
    /// `--appendonly yes`: every write is appended to the AOF.
    pub appendonly: bool,
    /// `--save ""` turns snapshots off (no save on shutdown).
    pub save_enabled: bool,
    /// The data directory (`--dir`, `/data` in the image).
    pub dir: String,
    /// Commands appended to the AOF since the base file, in RESP.
    pub aof: String,
    /// Files to write and log lines to print after the last command (the engine takes them).
    pub pending: Option<Box<Persisted>>,
    /// Keys loaded from disk at start (for the explanation), if a file was loaded.
    pub loaded: Option<usize>,
    /// Changes since the last save (INFO's rdb_changes_since_last_save).
    pub dirty: u64,
}

/// What a server wrote to its data directory, for the engine to store and explain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Persisted {
    /// Files written: path, contents and apparent size.
    pub files: Vec<(String, Vec<u8>, u64)>,
    /// Log lines printed meanwhile.
    pub log: String,
    /// A snapshot of this many keys was saved (SAVE, BGSAVE, shutdown).
    pub snapshot_keys: Option<usize>,
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
        // The jemalloc vendored in each release's source (`deps/jemalloc`).
        let n: Vec<u32> = version.split('.').map(|x| x.parse().unwrap_or(0)).collect();
        let jemalloc = match n.as_slice() {
            [2, ..] | [3, 0, ..] => "3.6.0",
            [3, ..] | [4, ..] => "4.0.3",
            [5, ..] | [6, ..] => "5.1.0",
            [7, 0, ..] => "5.2.1",
            _ => "5.3.0",
        };
        ctx.out.out(format!("Redis server v={version} sha=00000000:0 malloc=jemalloc-{jemalloc} bits=64 build=1b8ea9a5a0ffbd88\n"));
        return Start::Exited(0);
    }
    let mut port = 6379;
    let mut appendonly = false;
    let mut save_enabled = true;
    let mut dir = "/data".to_string();
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let value = args.get(i + 1);
        match a.as_str() {
            "--port" => {
                if let Some(p) = value.and_then(|p| p.parse().ok()) {
                    port = p;
                }
            }
            "--appendonly" => appendonly = value.is_some_and(|v| v == "yes"),
            "--save" => save_enabled = value.is_some_and(|v| !v.is_empty()),
            "--dir" => {
                if let Some(d) = value {
                    dir = crate::vfs::normalize(ctx.cwd, d);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut server = RedisServer {
        port,
        version: version.clone(),
        data: BTreeMap::new(),
        expires: BTreeMap::new(),
        appendonly,
        save_enabled,
        dir,
        aof: String::new(),
        pending: None,
        loaded: None,
        dirty: 0,
    };
    let t = redis_time(ctx.now_ms);
    let mut log = String::new();
    log.push_str(&format!("1:C {t} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.\n"));
    log.push_str(&format!(
        "1:C {t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n"
    ));
    log.push_str(&format!("1:C {t} * Redis version={version}, bits=64, commit=00000000, modified=0, pid=1, just started\n"));
    if !args.iter().any(|a| a.ends_with(".conf")) {
        log.push_str(&format!("1:C {t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf\n"));
    } else {
        log.push_str(&format!("1:C {t} * Configuration loaded\n"));
    }
    log.push_str(&format!("1:M {t} * monotonic clock: POSIX clock_gettime\n"));
    log.push_str(&format!(
        "1:M {t} * Running mode=standalone, port={port}.\n"
    ));
    log.push_str(&format!("1:M {t} * Server initialized\n"));
    log.push_str(&server.load(ctx.fs, ctx.now_ms, &t));
    // Redis 7.2 names the listener the line is about; older servers do not.
    let mut ver = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (ver.next().unwrap_or(8), ver.next().unwrap_or(0));
    let listener = if (major, minor) >= (7, 2) { " tcp" } else { "" };
    log.push_str(&format!(
        "1:M {t} * Ready to accept connections{listener}\n"
    ));
    ctx.out.out(log);
    Start::Running(Service::full_redis(server))
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

fn err(msg: &str) -> RespValue {
    RespValue::Error(msg.to_string())
}

fn ok() -> RespValue {
    RespValue::Simple("OK".to_string())
}

fn bulk(s: &str) -> RespValue {
    RespValue::Bulk(Some(s.to_string()))
}

fn list(items: Vec<String>) -> RespValue {
    RespValue::Array(Some(
        items
            .into_iter()
            .map(|s| RespValue::Bulk(Some(s)))
            .collect(),
    ))
}

const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";
const NOT_INT: &str = "ERR value is not an integer or out of range";

/// Commands that change the dataset (appended to the AOF, counted as changes).
fn is_write(cmd: &str) -> bool {
    matches!(
        cmd,
        "SET"
            | "SETEX"
            | "SETNX"
            | "MSET"
            | "APPEND"
            | "DEL"
            | "UNLINK"
            | "INCR"
            | "DECR"
            | "INCRBY"
            | "DECRBY"
            | "EXPIRE"
            | "PEXPIRE"
            | "PERSIST"
            | "RENAME"
            | "LPUSH"
            | "RPUSH"
            | "LPOP"
            | "RPOP"
            | "HSET"
            | "HMSET"
            | "HDEL"
            | "HINCRBY"
            | "SADD"
            | "SREM"
            | "FLUSHALL"
            | "FLUSHDB"
            | "GETDEL"
    )
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

fn unesc(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// One command in RESP, as the AOF stores it.
fn resp_command(args: &[String]) -> String {
    let mut s = format!("*{}\r\n", args.len());
    for a in args {
        s.push_str(&format!("${}\r\n{a}\r\n", a.len()));
    }
    s
}

/// Commands back from an AOF's RESP text (bounded by its length).
fn parse_resp_commands(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut lines = text.split("\r\n");
    while let Some(l) = lines.next() {
        let Some(n) = l.strip_prefix('*').and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let mut cmd = Vec::new();
        for _ in 0..n.min(1_000) {
            let _len = lines.next();
            if let Some(arg) = lines.next() {
                cmd.push(arg.to_string());
            }
        }
        out.push(cmd);
    }
    out
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

    fn rdb_path(&self) -> String {
        format!("{}/dump.rdb", self.dir.trim_end_matches('/'))
    }

    fn aof_dir(&self) -> String {
        format!("{}/appendonlydir", self.dir.trim_end_matches('/'))
    }

    /// Redis 7 keeps the AOF as a base, an increment and a manifest in `appendonlydir/`.
    fn multipart_aof(&self) -> bool {
        self.version
            .split('.')
            .next()
            .and_then(|m| m.parse::<u32>().ok())
            .unwrap_or(8)
            >= 7
    }

    /// The snapshot file: a text form of the keyspace after the `REDIS0012` magic.
    pub fn snapshot(&self) -> Vec<u8> {
        let mut s = String::from("REDIS0012\n");
        for (k, v) in &self.data {
            let k = esc(k);
            let line = match v {
                RVal::Str(x) => format!("s\t{k}\t{}", esc(x)),
                RVal::List(l) => format!(
                    "l\t{k}{}",
                    l.iter()
                        .map(|x| format!("\t{}", esc(x)))
                        .collect::<String>()
                ),
                RVal::Hash(h) => format!(
                    "h\t{k}{}",
                    h.iter()
                        .map(|(f, x)| format!("\t{}\t{}", esc(f), esc(x)))
                        .collect::<String>()
                ),
                RVal::Set(m) => format!(
                    "S\t{k}{}",
                    m.iter()
                        .map(|x| format!("\t{}", esc(x)))
                        .collect::<String>()
                ),
            };
            s.push_str(&line);
            s.push('\n');
        }
        for (k, t) in &self.expires {
            s.push_str(&format!("e\t{}\t{t}\n", esc(k)));
        }
        s.into_bytes()
    }

    fn restore(&mut self, bytes: &[u8]) -> bool {
        let text = String::from_utf8_lossy(bytes);
        let mut lines = text.lines();
        if !lines.next().is_some_and(|l| l.starts_with("REDIS")) {
            return false;
        }
        for line in lines {
            let f: Vec<String> = line.split('\t').map(unesc).collect();
            let (Some(kind), Some(key)) = (f.first(), f.get(1)) else {
                continue;
            };
            let rest = f.get(2..).unwrap_or(&[]).to_vec();
            let v = match kind.as_str() {
                "s" => RVal::Str(rest.first().cloned().unwrap_or_default()),
                "l" => RVal::List(rest),
                "h" => RVal::Hash(
                    rest.chunks(2)
                        .map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default()))
                        .collect(),
                ),
                "S" => RVal::Set(rest),
                "e" => {
                    if let Some(t) = rest.first().and_then(|t| t.parse().ok()) {
                        self.expires.insert(key.clone(), t);
                    }
                    continue;
                }
                _ => continue,
            };
            self.data.insert(key.clone(), v);
        }
        true
    }

    /// Loads the dataset at start: the AOF when appendonly is on, else `dump.rdb`. Returns the
    /// log lines.
    fn load(&mut self, fs: &mut crate::vfs::Tree, now_ms: i64, t: &str) -> String {
        let mut log = String::new();
        let v = self.version.clone();
        if self.appendonly {
            let (base, incr) = if self.multipart_aof() {
                (
                    format!("{}/appendonly.aof.1.base.rdb", self.aof_dir()),
                    format!("{}/appendonly.aof.1.incr.aof", self.aof_dir()),
                )
            } else {
                (String::new(), format!("{}/appendonly.aof", self.dir))
            };
            if fs.exists(&incr) {
                if let Ok(b) = fs.read(&base) {
                    let b = b.to_vec();
                    self.restore(&b);
                    log.push_str(&format!("1:M {t} * Reading RDB base file on AOF loading...\n1:M {t} * Loading RDB produced by version {v}\n1:M {t} * RDB age 0 seconds\n1:M {t} * RDB memory usage when created 0.90 Mb\n1:M {t} * RDB is base AOF\n1:M {t} * Done loading RDB, keys loaded: {}, keys expired: 0.\n1:M {t} * DB loaded from base file appendonly.aof.1.base.rdb: 0.000 seconds\n", self.data.len()));
                }
                let text = fs.read_string(&incr).unwrap_or_default();
                for cmd in parse_resp_commands(&text) {
                    let _ = self.apply(&cmd, now_ms);
                }
                self.aof = text;
                self.dirty = 0;
                if self.multipart_aof() {
                    log.push_str(&format!("1:M {t} * DB loaded from incr file appendonly.aof.1.incr.aof: 0.000 seconds\n1:M {t} * DB loaded from append only file: 0.000 seconds\n1:M {t} * Opening AOF incr file appendonly.aof.1.incr.aof on server start\n"));
                } else {
                    log.push_str(&format!(
                        "1:M {t} * DB loaded from append only file: 0.000 seconds\n"
                    ));
                }
                self.loaded = Some(self.data.len());
                self.expire_due(now_ms);
            } else {
                if self.multipart_aof() {
                    log.push_str(&format!("1:M {t} * Creating AOF base file appendonly.aof.1.base.rdb on server start\n1:M {t} * Creating AOF incr file appendonly.aof.1.incr.aof on server start\n"));
                }
                self.pending = Some(Box::new(Persisted {
                    files: self.aof_files(),
                    log: String::new(),
                    snapshot_keys: None,
                }));
                for (path, data, size) in self.aof_files() {
                    fs.insert(&path, redis_node(data, size));
                }
                self.pending = None;
            }
            return log;
        }
        let path = self.rdb_path();
        if let Ok(bytes) = fs.read(&path) {
            let bytes = bytes.to_vec();
            if self.restore(&bytes) {
                let before = self.data.len();
                self.expire_due(now_ms);
                let expired = before - self.data.len();
                log.push_str(&format!("1:M {t} * Loading RDB produced by version {v}\n1:M {t} * RDB age 0 seconds\n1:M {t} * RDB memory usage when created 0.90 Mb\n1:M {t} * Done loading RDB, keys loaded: {before}, keys expired: {expired}.\n1:M {t} * DB loaded from disk: 0.000 seconds\n"));
                self.loaded = Some(self.data.len());
            }
        }
        log
    }

    fn aof_files(&self) -> Vec<(String, Vec<u8>, u64)> {
        if self.multipart_aof() {
            let dir = self.aof_dir();
            let manifest = "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n";
            vec![
                (
                    format!("{dir}/appendonly.aof.1.base.rdb"),
                    b"REDIS0012\n".to_vec(),
                    88,
                ),
                (
                    format!("{dir}/appendonly.aof.1.incr.aof"),
                    self.aof.clone().into_bytes(),
                    self.aof.len() as u64,
                ),
                (
                    format!("{dir}/appendonly.aof.manifest"),
                    manifest.as_bytes().to_vec(),
                    manifest.len() as u64,
                ),
            ]
        } else {
            vec![(
                format!("{}/appendonly.aof", self.dir),
                self.aof.clone().into_bytes(),
                self.aof.len() as u64,
            )]
        }
    }

    fn save_files(&mut self, log: String) {
        let data = self.snapshot();
        let size = 88 + data.len() as u64;
        let mut files = vec![(self.rdb_path(), data, size)];
        if self.appendonly {
            files.extend(self.aof_files());
        }
        self.dirty = 0;
        let keys = self.data.len();
        self.pending = Some(Box::new(Persisted {
            files,
            log,
            snapshot_keys: Some(keys),
        }));
    }

    /// Takes what the last command (or the shutdown) wrote to disk.
    pub fn take_pending(&mut self) -> Option<Persisted> {
        self.pending.take().map(|p| *p)
    }

    /// Runs one command against the keyspace at a point of the virtual clock.
    pub fn command(&mut self, args: &[String], now_ms: i64) -> RespValue {
        let upper = args
            .first()
            .map(|c| c.to_ascii_uppercase())
            .unwrap_or_default();
        let t = redis_time(now_ms);
        match upper.as_str() {
            "SAVE" if args.len() == 1 => {
                self.save_files(format!("1:M {t} * DB saved on disk\n"));
                return ok();
            }
            "BGSAVE" => {
                self.save_files(format!("1:M {t} * Background saving started by pid 20\n20:C {t} * DB saved on disk\n20:C {t} * Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB\n1:M {t} * Background saving terminated with success\n"));
                return RespValue::Simple("Background saving started".to_string());
            }
            "LASTSAVE" => return RespValue::Integer(now_ms / 1000),
            "INFO" => {
                return RespValue::Bulk(Some(
                    self.info(args.get(1).map(|s| s.to_ascii_lowercase())),
                ))
            }
            _ => {}
        }
        let reply = self.apply(args, now_ms);
        if is_write(&upper) && !matches!(reply, RespValue::Error(_)) {
            self.dirty += 1;
            if self.appendonly {
                self.aof.push_str(&resp_command(args));
                self.pending = Some(Box::new(Persisted {
                    files: self.aof_files(),
                    log: String::new(),
                    snapshot_keys: None,
                }));
            }
        }
        reply
    }

    fn info(&self, section: Option<String>) -> String {
        let server = format!("# Server\r\nredis_version:{}\r\nredis_git_sha1:00000000\r\nredis_git_dirty:0\r\nredis_build_id:1b8ea9a5a0ffbd88\r\nredis_mode:standalone\r\nos:Linux 6.10.14-linuxkit x86_64\r\narch_bits:64\r\nmultiplexing_api:epoll\r\ngcc_version:12.2.0\r\nprocess_id:1\r\ntcp_port:{}\r\nexecutable:/data/redis-server\r\nconfig_file:\r\n", self.version, self.port);
        let persistence = format!("# Persistence\r\nloading:0\r\nrdb_changes_since_last_save:{}\r\nrdb_bgsave_in_progress:0\r\nrdb_last_bgsave_status:ok\r\naof_enabled:{}\r\naof_rewrite_in_progress:0\r\naof_last_write_status:ok\r\n", self.dirty, self.appendonly as u8);
        let keys = self.data.len();
        let keyspace = if keys == 0 {
            "# Keyspace\r\n".to_string()
        } else {
            format!(
                "# Keyspace\r\ndb0:keys={keys},expires={},avg_ttl=0,subexpiry=0\r\n",
                self.expires.len()
            )
        };
        match section.as_deref() {
            Some("server") => server,
            Some("persistence") => persistence,
            Some("keyspace") => keyspace,
            Some(_) => String::new(),
            None => format!("{server}\r\n# Clients\r\nconnected_clients:1\r\n\r\n# Memory\r\nused_memory:1012728\r\nused_memory_human:989.00K\r\n\r\n{persistence}\r\n# Stats\r\ntotal_connections_received:1\r\n\r\n# Replication\r\nrole:master\r\nconnected_slaves:0\r\n\r\n{keyspace}"),
        }
    }

    fn string_of(&self, key: &str) -> Result<Option<String>, RespValue> {
        match self.data.get(key) {
            None => Ok(None),
            Some(RVal::Str(s)) => Ok(Some(s.clone())),
            Some(_) => Err(err(WRONGTYPE)),
        }
    }

    fn apply(&mut self, args: &[String], now_ms: i64) -> RespValue {
        self.expire_due(now_ms);
        let Some(cmd) = args.first() else {
            return err("ERR empty command");
        };
        let upper = cmd.to_ascii_uppercase();
        let a = |i: usize| args.get(i).cloned().unwrap_or_default();
        let n = args.len();
        macro_rules! try_r {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return e,
                }
            };
        }
        match upper.as_str() {
            "PING" => match n {
                1 => RespValue::Simple("PONG".to_string()),
                2 => bulk(&a(1)),
                _ => wrong_args(cmd),
            },
            "ECHO" if n == 2 => bulk(&a(1)),
            "SELECT" if n == 2 => match a(1).parse::<u32>() {
                Ok(i) if i < 16 => ok(),
                Ok(_) => err("ERR DB index is out of range"),
                Err(_) => err(NOT_INT),
            },
            "SET" if n >= 3 => {
                let mut expiry = None;
                let mut nx = false;
                let mut xx = false;
                let mut i = 3;
                while i < n {
                    match a(i).to_ascii_uppercase().as_str() {
                        "EX" => {
                            expiry = a(i + 1).parse::<i64>().ok().map(|s| s * 1000);
                            i += 1;
                        }
                        "PX" => {
                            expiry = a(i + 1).parse::<i64>().ok();
                            i += 1;
                        }
                        "NX" => nx = true,
                        "XX" => xx = true,
                        _ => return err("ERR syntax error"),
                    }
                    i += 1;
                }
                let exists = self.data.contains_key(&a(1));
                if (nx && exists) || (xx && !exists) {
                    return RespValue::Bulk(None);
                }
                self.data.insert(a(1), RVal::Str(a(2)));
                self.expires.remove(&a(1));
                if let Some(ms) = expiry {
                    self.expires.insert(a(1), now_ms + ms);
                }
                ok()
            }
            "SETEX" if n == 4 => match a(2).parse::<i64>() {
                Ok(secs) if secs > 0 => {
                    self.data.insert(a(1), RVal::Str(a(3)));
                    self.expires.insert(a(1), now_ms + secs * 1000);
                    ok()
                }
                Ok(_) => err("ERR invalid expire time in 'setex' command"),
                Err(_) => err(NOT_INT),
            },
            "SETNX" if n == 3 => match self.data.entry(a(1)) {
                std::collections::btree_map::Entry::Occupied(_) => RespValue::Integer(0),
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(RVal::Str(a(2)));
                    RespValue::Integer(1)
                }
            },
            "MSET" if n >= 3 && !n.is_multiple_of(2) => {
                for pair in args[1..].chunks(2) {
                    self.data
                        .insert(pair[0].clone(), RVal::Str(pair[1].clone()));
                    self.expires.remove(&pair[0]);
                }
                ok()
            }
            "GET" if n == 2 => RespValue::Bulk(try_r!(self.string_of(&a(1)))),
            "GETDEL" if n == 2 => {
                let v = try_r!(self.string_of(&a(1)));
                self.data.remove(&a(1));
                RespValue::Bulk(v)
            }
            "MGET" if n >= 2 => RespValue::Array(Some(
                args[1..]
                    .iter()
                    .map(|k| RespValue::Bulk(self.string_of(k).ok().flatten()))
                    .collect(),
            )),
            "APPEND" if n == 3 => {
                let mut v = try_r!(self.string_of(&a(1))).unwrap_or_default();
                v.push_str(&a(2));
                let len = v.len() as i64;
                self.data.insert(a(1), RVal::Str(v));
                RespValue::Integer(len)
            }
            "STRLEN" if n == 2 => RespValue::Integer(
                try_r!(self.string_of(&a(1)))
                    .map(|s| s.len() as i64)
                    .unwrap_or(0),
            ),
            "DEL" | "UNLINK" if n >= 2 => {
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
            "TYPE" if n == 2 => RespValue::Simple(
                match self.data.get(&a(1)) {
                    None => "none",
                    Some(RVal::Str(_)) => "string",
                    Some(RVal::List(_)) => "list",
                    Some(RVal::Hash(_)) => "hash",
                    Some(RVal::Set(_)) => "set",
                }
                .to_string(),
            ),
            "RENAME" if n == 3 => match self.data.remove(&a(1)) {
                Some(v) => {
                    self.data.insert(a(2), v);
                    if let Some(t) = self.expires.remove(&a(1)) {
                        self.expires.insert(a(2), t);
                    }
                    ok()
                }
                None => err("ERR no such key"),
            },
            "INCR" | "DECR" | "INCRBY" | "DECRBY"
                if n == 2 || (n == 3 && upper.ends_with("BY")) =>
            {
                let step: i64 = if upper.ends_with("BY") {
                    match a(2).parse() {
                        Ok(v) => v,
                        Err(_) => return err(NOT_INT),
                    }
                } else {
                    1
                };
                let step = if upper.starts_with("DECR") {
                    -step
                } else {
                    step
                };
                let current = try_r!(self.string_of(&a(1))).unwrap_or_else(|| "0".to_string());
                match current
                    .parse::<i64>()
                    .ok()
                    .and_then(|v| v.checked_add(step))
                {
                    Some(v) => {
                        self.data.insert(a(1), RVal::Str(v.to_string()));
                        RespValue::Integer(v)
                    }
                    None => err(NOT_INT),
                }
            }
            "KEYS" if n == 2 => {
                let pat: Vec<char> = a(1).chars().collect();
                RespValue::Array(Some(
                    self.data
                        .keys()
                        .filter(|k| glob(&pat, &k.chars().collect::<Vec<_>>()))
                        .map(|k| bulk(k))
                        .collect(),
                ))
            }
            "EXPIRE" | "PEXPIRE" if n == 3 => match a(2).parse::<i64>() {
                Ok(v) if self.data.contains_key(&a(1)) => {
                    let ms = if upper == "EXPIRE" {
                        v.saturating_mul(1000)
                    } else {
                        v
                    };
                    self.expires.insert(a(1), now_ms.saturating_add(ms));
                    self.expire_due(now_ms);
                    RespValue::Integer(1)
                }
                Ok(_) => RespValue::Integer(0),
                Err(_) => err(NOT_INT),
            },
            "PERSIST" if n == 2 => RespValue::Integer(self.expires.remove(&a(1)).is_some() as i64),
            "TTL" | "PTTL" if n == 2 => {
                if !self.data.contains_key(&a(1)) {
                    RespValue::Integer(-2)
                } else {
                    match self.expires.get(&a(1)) {
                        Some(t) if upper == "TTL" => RespValue::Integer((t - now_ms + 500) / 1000),
                        Some(t) => RespValue::Integer(t - now_ms),
                        None => RespValue::Integer(-1),
                    }
                }
            }
            "LPUSH" | "RPUSH" if n >= 3 => {
                let entry = self
                    .data
                    .entry(a(1))
                    .or_insert_with(|| RVal::List(Vec::new()));
                let RVal::List(l) = entry else {
                    return err(WRONGTYPE);
                };
                for v in &args[2..] {
                    if upper == "LPUSH" {
                        l.insert(0, v.clone());
                    } else {
                        l.push(v.clone());
                    }
                }
                RespValue::Integer(l.len() as i64)
            }
            "LPOP" | "RPOP" if n == 2 => {
                let Some(entry) = self.data.get_mut(&a(1)) else {
                    return RespValue::Bulk(None);
                };
                let RVal::List(l) = entry else {
                    return err(WRONGTYPE);
                };
                let v = if upper == "LPOP" {
                    (!l.is_empty()).then(|| l.remove(0))
                } else {
                    l.pop()
                };
                if l.is_empty() {
                    self.data.remove(&a(1));
                }
                RespValue::Bulk(v)
            }
            "LLEN" if n == 2 => match self.data.get(&a(1)) {
                None => RespValue::Integer(0),
                Some(RVal::List(l)) => RespValue::Integer(l.len() as i64),
                Some(_) => err(WRONGTYPE),
            },
            "LRANGE" if n == 4 => {
                let (Ok(start), Ok(stop)) = (a(2).parse::<i64>(), a(3).parse::<i64>()) else {
                    return err(NOT_INT);
                };
                match self.data.get(&a(1)) {
                    None => RespValue::Array(Some(Vec::new())),
                    Some(RVal::List(l)) => {
                        let len = l.len() as i64;
                        let norm = |i: i64| if i < 0 { (len + i).max(0) } else { i };
                        let (s, e) = (norm(start), norm(stop).min(len - 1));
                        if s > e || s >= len {
                            return RespValue::Array(Some(Vec::new()));
                        }
                        list(l[s as usize..=e as usize].to_vec())
                    }
                    Some(_) => err(WRONGTYPE),
                }
            }
            "HSET" | "HMSET" if n >= 4 && n.is_multiple_of(2) => {
                let entry = self
                    .data
                    .entry(a(1))
                    .or_insert_with(|| RVal::Hash(Vec::new()));
                let RVal::Hash(h) = entry else {
                    return err(WRONGTYPE);
                };
                let mut added = 0;
                for pair in args[2..].chunks(2) {
                    match h.iter_mut().find(|(f, _)| *f == pair[0]) {
                        Some(slot) => slot.1 = pair[1].clone(),
                        None => {
                            h.push((pair[0].clone(), pair[1].clone()));
                            added += 1;
                        }
                    }
                }
                if upper == "HMSET" {
                    ok()
                } else {
                    RespValue::Integer(added)
                }
            }
            "HGET" | "HGETALL" | "HKEYS" | "HVALS" | "HLEN" | "HDEL" | "HEXISTS"
                if (upper == "HGET" && n == 3)
                    || (matches!(upper.as_str(), "HGETALL" | "HKEYS" | "HVALS" | "HLEN")
                        && n == 2)
                    || (upper == "HDEL" && n >= 3)
                    || (upper == "HEXISTS" && n == 3) =>
            {
                let h = match self.data.get_mut(&a(1)) {
                    None => &mut Vec::new(),
                    Some(RVal::Hash(h)) => h,
                    Some(_) => return err(WRONGTYPE),
                };
                let reply = match upper.as_str() {
                    "HGET" => {
                        RespValue::Bulk(h.iter().find(|(f, _)| *f == a(2)).map(|(_, v)| v.clone()))
                    }
                    "HEXISTS" => RespValue::Integer(h.iter().any(|(f, _)| *f == a(2)) as i64),
                    "HGETALL" => list(h.iter().flat_map(|(f, v)| [f.clone(), v.clone()]).collect()),
                    "HKEYS" => list(h.iter().map(|(f, _)| f.clone()).collect()),
                    "HVALS" => list(h.iter().map(|(_, v)| v.clone()).collect()),
                    "HLEN" => RespValue::Integer(h.len() as i64),
                    _ => {
                        let before = h.len();
                        h.retain(|(f, _)| !args[2..].contains(f));
                        RespValue::Integer((before - h.len()) as i64)
                    }
                };
                if matches!(self.data.get(&a(1)), Some(RVal::Hash(h)) if h.is_empty()) {
                    self.data.remove(&a(1));
                }
                reply
            }
            "HINCRBY" if n == 4 => {
                let Ok(step) = a(3).parse::<i64>() else {
                    return err(NOT_INT);
                };
                let entry = self
                    .data
                    .entry(a(1))
                    .or_insert_with(|| RVal::Hash(Vec::new()));
                let RVal::Hash(h) = entry else {
                    return err(WRONGTYPE);
                };
                let cur = h
                    .iter()
                    .find(|(f, _)| *f == a(2))
                    .map(|(_, v)| v.clone())
                    .unwrap_or_else(|| "0".into());
                let Some(v) = cur.parse::<i64>().ok().and_then(|c| c.checked_add(step)) else {
                    return err("ERR hash value is not an integer");
                };
                match h.iter_mut().find(|(f, _)| *f == a(2)) {
                    Some(slot) => slot.1 = v.to_string(),
                    None => h.push((a(2), v.to_string())),
                }
                RespValue::Integer(v)
            }
            "SADD" | "SREM" if n >= 3 => {
                let entry = self
                    .data
                    .entry(a(1))
                    .or_insert_with(|| RVal::Set(Vec::new()));
                let RVal::Set(m) = entry else {
                    return err(WRONGTYPE);
                };
                let mut count = 0;
                for v in &args[2..] {
                    let at = m.binary_search(v);
                    match (upper.as_str(), at) {
                        ("SADD", Err(i)) => {
                            m.insert(i, v.clone());
                            count += 1;
                        }
                        ("SREM", Ok(i)) => {
                            m.remove(i);
                            count += 1;
                        }
                        _ => {}
                    }
                }
                if m.is_empty() {
                    self.data.remove(&a(1));
                }
                RespValue::Integer(count)
            }
            "SMEMBERS" | "SCARD" | "SISMEMBER"
                if (n == 2 && upper != "SISMEMBER") || (n == 3 && upper == "SISMEMBER") =>
            {
                let m = match self.data.get(&a(1)) {
                    None => Vec::new(),
                    Some(RVal::Set(m)) => m.clone(),
                    Some(_) => return err(WRONGTYPE),
                };
                match upper.as_str() {
                    "SMEMBERS" => list(m),
                    "SCARD" => RespValue::Integer(m.len() as i64),
                    _ => RespValue::Integer(m.contains(&a(2)) as i64),
                }
            }
            "FLUSHALL" | "FLUSHDB" => {
                self.data.clear();
                self.expires.clear();
                ok()
            }
            "DBSIZE" => RespValue::Integer(self.data.len() as i64),
            "TIME" => RespValue::Array(Some(vec![
                bulk(&(now_ms / 1000).to_string()),
                bulk(&((now_ms % 1000) * 1000).to_string()),
            ])),
            "CONFIG" if n >= 3 && a(1).eq_ignore_ascii_case("GET") => {
                let key = a(2).to_ascii_lowercase();
                let value = match key.as_str() {
                    "appendonly" => Some(if self.appendonly { "yes" } else { "no" }.to_string()),
                    "dir" => Some(self.dir.clone()),
                    "save" => Some(
                        if self.save_enabled {
                            "3600 1 300 100 60 10000"
                        } else {
                            ""
                        }
                        .to_string(),
                    ),
                    "dbfilename" => Some("dump.rdb".to_string()),
                    "port" => Some(self.port.to_string()),
                    _ => None,
                };
                match value {
                    Some(v) => list(vec![key, v]),
                    None => RespValue::Array(Some(Vec::new())),
                }
            }
            "ECHO" | "SET" | "GET" | "DEL" | "EXISTS" | "INCR" | "DECR" | "INCRBY" | "DECRBY"
            | "KEYS" | "EXPIRE" | "TTL" | "LPUSH" | "RPUSH" | "LRANGE" | "HSET" | "HGET"
            | "HGETALL" | "SADD" | "SMEMBERS" | "SETEX" | "MSET" | "MGET" | "LPOP" | "RPOP"
            | "LLEN" | "HDEL" | "TYPE" | "SELECT" | "APPEND" | "PTTL" | "PERSIST" | "RENAME"
            | "HKEYS" | "HLEN" | "SCARD" | "SREM" | "SISMEMBER" | "HINCRBY" | "HVALS" => {
                wrong_args(cmd)
            }
            _ => {
                let shown: Vec<String> = args.iter().skip(1).map(|s| format!("'{s}'")).collect();
                RespValue::Error(format!(
                    "ERR unknown command '{cmd}', with args beginning with: {}",
                    shown.iter().map(|s| format!("{s} ")).collect::<String>()
                ))
            }
        }
    }

    /// SIGTERM/SIGINT: save the dataset (unless snapshots are off) and exit 0, with redis's
    /// shutdown lines.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        if !matches!(sig, Signal::Term | Signal::Int) {
            return SignalEffect::Ignored;
        }
        let t = redis_time(now_ms);
        let mut text = format!(
            "1:signal-handler ({}) Received SIG{} scheduling shutdown...\n1:M {t} * User requested shutdown...\n",
            now_ms.div_euclid(1000),
            sig.name()
        );
        if self.appendonly {
            text.push_str(&format!("1:M {t} * Calling fsync() on the AOF file.\n"));
        }
        if self.save_enabled {
            text.push_str(&format!("1:M {t} * Saving the final RDB snapshot before exiting.\n1:M {t} * DB saved on disk\n"));
            self.save_files(String::new());
        } else if self.appendonly {
            self.pending = Some(Box::new(Persisted {
                files: self.aof_files(),
                log: String::new(),
                snapshot_keys: None,
            }));
        }
        text.push_str(&format!(
            "1:M {t} # Redis is now ready to exit, bye bye...\n"
        ));
        log.out(text);
        SignalEffect::Exit(0)
    }
}

fn redis_node(data: Vec<u8>, size: u64) -> Node {
    let mut n = Node::sized_file(data, size);
    n.uid = 999;
    n.gid = 999;
    n
}

/// The node of a file the server wrote (owned by the redis user).
pub fn file_node(data: Vec<u8>, size: u64) -> Node {
    redis_node(data, size)
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

/// Splits a line typed at redis-cli's prompt into arguments (double and single quotes).
fn split_args(line: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        None => return None,
                        Some(q) if q == c => break,
                        Some('\\') if c == '"' => match chars.next() {
                            Some('n') => cur.push('\n'),
                            Some('t') => cur.push('\t'),
                            Some(o) => cur.push(o),
                            None => return None,
                        },
                        Some(o) => cur.push(o),
                    }
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Some(out)
}

/// An interactive redis-cli.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedisCli {
    /// Host as given.
    pub host: String,
    /// Port.
    pub port: u16,
    /// The last attempt reached the server.
    pub connected: bool,
    /// redis-cli before 6 says `(empty list or set)` for an empty array.
    pub old: bool,
}

impl RedisCli {
    /// `127.0.0.1:6379> ` or `not connected> `.
    pub fn prompt(&self) -> String {
        if self.connected {
            format!("{}:{}> ", self.host, self.port)
        } else {
            "not connected> ".to_string()
        }
    }

    /// One line at the prompt; false on `exit`/`quit`.
    pub fn line(&mut self, line: &str, net: &mut dyn Net, _now_ms: i64, out: &mut Output) -> bool {
        if line == "\u{4}" {
            return false;
        }
        let Some(args) = split_args(line) else {
            out.out("Invalid argument(s)\n");
            return true;
        };
        let Some(first) = args.first() else {
            return true;
        };
        if matches!(first.to_ascii_lowercase().as_str(), "exit" | "quit") {
            return false;
        }
        if first.eq_ignore_ascii_case("clear") {
            return true;
        }
        match net.redis(&self.host, self.port, &args) {
            Ok(v) => {
                self.connected = true;
                let info = first.eq_ignore_ascii_case("info");
                let text = if info {
                    format_raw(&v).replace("\r\n", "\n")
                } else {
                    format_reply(&v, 0)
                };
                out.out(if self.old { old_empty(text) } else { text });
            }
            Err(e) => {
                self.connected = false;
                out.out(connect_error(&self.host, self.port, e));
            }
        }
        true
    }
}

/// redis-cli before 6 names an empty array `(empty list or set)`.
fn old_empty(text: String) -> String {
    if text == "(empty array)\n" {
        "(empty list or set)\n".to_string()
    } else {
        text
    }
}

fn connect_error(host: &str, port: u16, e: NetError) -> String {
    let why = match e {
        NetError::UnknownHost => "Name or service not known",
        NetError::Refused | NetError::Reset => "Connection refused",
        NetError::Timeout => "Connection timed out",
    };
    format!("Could not connect to Redis at {host}:{port}: {why}\n")
}

/// `redis-cli [-h host] [-p port] [--raw] [CMD ...]`: one command, commands on stdin, or the
/// interactive prompt on a terminal.
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
            "-a" | "-n" | "--user" | "--pass" => i += 2,
            "--raw" => {
                raw = true;
                i += 1;
            }
            "--no-raw" | "--no-auth-warning" => i += 1,
            "-v" | "--version" => {
                let v = redis_version(ctx);
                ctx.out.out(format!("redis-cli {v}\n"));
                return 0;
            }
            _ => break,
        }
    }
    let cmd: Vec<String> = args.get(i..).unwrap_or(&[]).to_vec();
    if cmd.is_empty() {
        if !ctx.stdin.is_empty() {
            let text = String::from_utf8_lossy(ctx.stdin).to_string();
            for line in text.lines() {
                let Some(words) = split_args(line).filter(|w| !w.is_empty()) else {
                    continue;
                };
                match ctx.net.redis(&host, port, &words) {
                    Ok(v) => ctx.out.out(format_raw(&v)),
                    Err(e) => {
                        ctx.out.err(connect_error(&host, port, e));
                        return 1;
                    }
                }
            }
            return 0;
        }
        if ctx.tty {
            let connected = match ctx.net.redis(&host, port, &["PING".to_string()]) {
                Ok(_) => true,
                Err(e) => {
                    ctx.out.out(connect_error(&host, port, e));
                    false
                }
            };
            let old = redis_version(ctx)
                .split('.')
                .next()
                .and_then(|m| m.parse::<u32>().ok())
                .is_some_and(|m| m < 6);
            let cli = RedisCli {
                host: host.clone(),
                port,
                connected,
                old,
            };
            if ctx
                .net
                .open_client(super::repl::Client::Redis(Box::new(cli)))
            {
                return 0;
            }
        }
    }
    let cmd = if cmd.is_empty() {
        vec!["PING".to_string()]
    } else {
        cmd
    };
    match ctx.net.redis(&host, port, &cmd) {
        Ok(v) => {
            let info = cmd.first().is_some_and(|c| c.eq_ignore_ascii_case("info"));
            let old = redis_version(ctx)
                .split('.')
                .next()
                .and_then(|m| m.parse::<u32>().ok())
                .is_some_and(|m| m < 6);
            let text = if raw || !ctx.tty || info {
                format_raw(&v).replace("\r\n", "\n")
            } else if old {
                old_empty(format_reply(&v, 0))
            } else {
                format_reply(&v, 0)
            };
            ctx.out.out(text);
            0
        }
        Err(e) => {
            ctx.out.err(connect_error(&host, port, e));
            1
        }
    }
}
