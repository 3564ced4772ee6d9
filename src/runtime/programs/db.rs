//! Database servers: mysqld, postgres and mongod, with their images' environment checks, their
//! first-start initialisation (files written under the data directory) and shutdown lines.

use super::sql::{self, store, Column, Ctx, Dialect, Outcome, SqlError, Table, Value};
use super::{dbformat, env_or, ProgramCtx, Service, Signal, SignalEffect, Start};
use crate::clock::civil;
use crate::runtime::Output;
use crate::vfs::{Node, Tree};

/// Which database runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbKind {
    /// MySQL (3306 and the X protocol on 33060).
    Mysql,
    /// PostgreSQL (5432).
    Postgres,
    /// MongoDB (27017).
    Mongo,
}

/// A running database server.
#[derive(Clone, Debug)]
pub struct Database {
    /// Which server.
    pub kind: DbKind,
    /// Its version.
    pub version: String,
    /// MariaDB rather than MySQL.
    pub mariadb: bool,
    /// The data directory.
    pub root: String,
    /// Connections served so far (the next connection ID).
    pub connections: u32,
    /// This start initialised an empty data directory (rather than reusing one).
    pub fresh: bool,
}

impl Database {
    /// Listening ports.
    pub fn ports(&self) -> Vec<u16> {
        match self.kind {
            DbKind::Mysql => vec![3306, 33060],
            DbKind::Postgres => vec![5432],
            DbKind::Mongo => vec![27017],
        }
    }

    /// What `ps` shows.
    pub fn command_line(&self) -> String {
        match self.kind {
            DbKind::Mysql => "mysqld".to_string(),
            DbKind::Postgres => "postgres".to_string(),
            DbKind::Mongo => "mongod --bind_ip_all".to_string(),
        }
    }

    /// The program name of PID 1.
    pub fn pid1_name(&self) -> &str {
        match self.kind {
            DbKind::Mysql => "mysqld",
            DbKind::Postgres => "postgres",
            DbKind::Mongo => "mongod",
        }
    }

    /// All three shut down cleanly on SIGTERM (postgres: "smart" shutdown) and SIGINT.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        if !matches!(sig, Signal::Term | Signal::Int | Signal::Quit) {
            return SignalEffect::Ignored;
        }
        match self.kind {
            DbKind::Mysql if self.mariadb => {
                let t = mariadb_time(now_ms);
                log.out(format!("{t} 0 [Note] mariadbd (initiated by: unknown): Normal shutdown\n{t} 0 [Note] InnoDB: FTS optimize thread exiting.\n{t} 0 [Note] InnoDB: Starting shutdown...\n{t} 0 [Note] InnoDB: Shutdown completed; log sequence number 47763; transaction id 15\n{t} 0 [Note] mariadbd: Shutdown complete\n\n"));
            }
            DbKind::Mysql if self.old() => {
                let t = mysql_server_time(now_ms);
                log.err(format!("{t} 0 [Note] Giving 0 client threads a chance to die gracefully\n{t} 0 [Note] Shutting down slave threads\n{t} 0 [Note] Forcefully disconnecting 0 remaining clients\n{t} 0 [Note] Event Scheduler: Purging the queue. 0 events\n{t} 0 [Note] InnoDB: FTS optimize thread exiting.\n{t} 0 [Note] InnoDB: Starting shutdown...\n{t} 0 [Note] InnoDB: Shutdown completed; log sequence number 12665861\n{t} 0 [Note] mysqld: Shutdown complete\n\n"));
            }
            DbKind::Mysql => {
                let t = mysql_server_time(now_ms);
                let v = mysql_short(&self.version);
                log.err(format!(
                    "{t} 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: {v}).\n{t} 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld {v})  MySQL Community Server - GPL.\n"
                ));
                if !v.starts_with("8.0") {
                    log.err(format!(
                        "{t} 0 [System] [MY-015016] [Server] MySQL Server - end.\n"
                    ));
                }
            }
            DbKind::Postgres => {
                let t = pg_time(now_ms);
                log.err(format!(
                    "{t} [1] LOG:  received fast shutdown request\n{t} [1] LOG:  aborting any active transactions\n{t} [1] LOG:  background worker \"logical replication launcher\" (PID 65) exited with exit code 1\n{t} [63] LOG:  shutting down\n{t} [63] LOG:  checkpoint starting: shutdown immediate\n{t} [1] LOG:  database system is shut down\n"
                ));
            }
            DbKind::Mongo => {
                log.out("{\"t\":{\"$date\":\"".to_string() + &mongo_time(now_ms) + "\"},\"s\":\"I\",  \"c\":\"CONTROL\",  \"id\":23377,   \"ctx\":\"SignalHandler\",\"msg\":\"Received signal\",\"attr\":{\"signal\":15,\"error\":\"Terminated\"}}\n{\"t\":{\"$date\":\"" + &mongo_time(now_ms) + "\"},\"s\":\"I\",  \"c\":\"CONTROL\",  \"id\":20565,   \"ctx\":\"SignalHandler\",\"msg\":\"Now exiting\"}\n");
            }
        }
        SignalEffect::Exit(0)
    }
}

/// `9.3.0` from `9.3.0-1.el9`.
fn mysql_short(v: &str) -> &str {
    v.split('-').next().unwrap_or(v)
}

/// `2025-06-02 09:00:00+00:00`, the mysql entrypoint's `date --rfc-3339=seconds`.
fn entrypoint_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}+00:00")
}

/// `2025-06-02T09:00:00.000000Z`, mysqld's own log time.
fn mysql_server_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{:06}Z",
        ms.rem_euclid(1000) * 1000
    )
}

/// `2025-06-02 09:00:00.000 UTC`, postgres's log time.
fn pg_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!(
        "{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}.{:03} UTC",
        ms.rem_euclid(1000)
    )
}

/// `2025-06-02T09:00:00.000+00:00`, mongod's JSON log time.
fn mongo_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{:03}+00:00",
        ms.rem_euclid(1000)
    )
}

fn has(ctx: &ProgramCtx, key: &str) -> bool {
    // The entrypoints' `file_env`: `KEY_FILE` names a file holding the value (secrets).
    let from_file = || {
        ctx.env
            .get(&format!("{key}_FILE"))
            .is_some_and(|p| ctx.fs.read(p).is_ok_and(|d| !d.is_empty()))
    };
    ctx.env.get(key).is_some_and(|v| !v.is_empty()) || from_file()
}

/// Whether a data directory was initialised by an earlier start of this container.
fn initialised(fs: &Tree, marker: &str) -> bool {
    fs.exists(marker)
}

/// MySQL's version strings: `short` is what the server reports (`8.0.42`), `old` is 5.x.
#[derive(Clone, Debug)]
struct MysqlVersion {
    full: String,
    short: String,
    old: bool,
    /// 8.4 and later log `MySQL Server - start.` / `Initialization - start.`.
    new_lines: bool,
}

fn mysql_version(ctx: &ProgramCtx) -> MysqlVersion {
    let full = env_or(ctx.env, "MYSQL_VERSION", "").to_string();
    let major = env_or(ctx.env, "MYSQL_MAJOR", "").to_string();
    let full = if full.is_empty() {
        if major.is_empty() {
            "9.3.0-1.el9".to_string()
        } else {
            major.clone()
        }
    } else {
        full
    };
    let short = mysql_short(&full).to_string();
    let major = if major.is_empty() {
        short.split('.').take(2).collect::<Vec<_>>().join(".")
    } else {
        major
    };
    let old = major.starts_with('5');
    let new_lines = !old && major != "8.0";
    MysqlVersion {
        full,
        short,
        old,
        new_lines,
    }
}

/// `11.7.2-MariaDB-ubu2404` from `1:11.7.2+maria~ubu2404`.
fn mariadb_version(raw: &str) -> String {
    let v = raw.split_once(':').map(|(_, v)| v).unwrap_or(raw);
    let (num, rest) = v.split_once('+').unwrap_or((v, ""));
    let distro = rest
        .rsplit('~')
        .next()
        .filter(|d| !d.is_empty() && *d != rest);
    match distro {
        Some(d) => format!("{num}-MariaDB-{d}"),
        None => format!("{num}-MariaDB"),
    }
}

/// `*` and the SHA1 of the SHA1 of a password in upper-case hex: mysql_native_password's hash.
pub fn password_hash(password: &str) -> String {
    if password.is_empty() {
        return String::new();
    }
    let inner = super::sha1::sha1(password.as_bytes());
    let outer = super::sha1::sha1(&inner);
    let hex: String = outer.iter().map(|b| format!("{b:02X}")).collect();
    format!("*{hex}")
}

fn user_column(name: &str) -> Column {
    Column {
        name: name.to_string(),
        ty: "char(255)".to_string(),
        not_null: true,
        primary: false,
        auto: false,
        unique: false,
        default: Some(Value::Text(String::new())),
        default_now: false,
    }
}

/// The accounts table: mysql's `mysql.user` (Host, User, plugin, authentication_string) or
/// postgres's `pg_authid` (rolname, rolsuper, rolpassword).
fn accounts_path(kind: DbKind, root: &str) -> String {
    match kind {
        DbKind::Postgres => format!("{root}/global/pg_authid"),
        _ => format!("{root}/mysql/user.ibd"),
    }
}

fn read_accounts(fs: &Tree, kind: DbKind, root: &str) -> Table {
    fs.read_string(&accounts_path(kind, root))
        .ok()
        .and_then(|t| store::deserialize(&t))
        .unwrap_or_default()
}

fn add_account(fs: &mut Tree, kind: DbKind, root: &str, row: Vec<&str>) {
    let path = accounts_path(kind, root);
    let mut t = read_accounts(fs, kind, root);
    if t.cols.is_empty() {
        let names: &[&str] = match kind {
            DbKind::Postgres => &["rolname", "rolsuper", "rolpassword"],
            _ => &["Host", "User", "plugin", "authentication_string"],
        };
        t.cols = names.iter().map(|n| user_column(n)).collect();
        t.owner = "root".to_string();
    }
    t.rows.push(
        row.into_iter()
            .map(|v| Value::Text(v.to_string()))
            .collect(),
    );
    let mut node = Node::file(store::serialize(&t).into_bytes());
    node.uid = 999;
    node.gid = 999;
    node.mode = 0o640;
    fs.insert(&path, node);
}

/// Runs a script's statements as a server-side session (`docker-entrypoint-initdb.d`):
/// the output psql prints for each, or the first error (mysql wording with its line).
fn run_init_script(
    fs: &mut Tree,
    db: &Database,
    text: &str,
    user: &str,
    database: Option<String>,
    now_ms: i64,
) -> Result<String, String> {
    let mut ctx = Ctx {
        fs,
        root: db.root.clone(),
        dialect: db.dialect(),
        user: user.to_string(),
        db: database,
        now_ms,
        version: db.sql_version(),
    };
    let mut out = String::new();
    let mut line = 1;
    for (stmt, terminated) in sql::split_statements(text) {
        line += stmt.matches('\n').count();
        if stmt.trim().is_empty() {
            continue;
        }
        let shown = if terminated {
            format!("{};", stmt.trim())
        } else {
            stmt.trim().to_string()
        };
        match sql::exec::run(&mut ctx, stmt.trim()) {
            Ok(o) => {
                if db.kind == DbKind::Postgres {
                    out.push_str(&dbformat::psql_outcome(&o));
                }
            }
            Err(e) => {
                return Err(match db.kind {
                    DbKind::Postgres => format!(
                        "psql:/docker-entrypoint-initdb.d/script.sql:{line}: {}",
                        dbformat::psql_error(&e, &shown, None)
                    ),
                    _ => dbformat::mysql_error(&e, stmt.trim(), Some(line), db.mariadb, db.old()),
                });
            }
        }
    }
    Ok(out)
}

/// The scripts of `/docker-entrypoint-initdb.d`, sorted, with their contents.
fn init_scripts(fs: &Tree) -> Vec<(String, String)> {
    let dir = "/docker-entrypoint-initdb.d";
    let mut names = fs.list(dir).unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let path = format!("{dir}/{n}");
            let text = fs.read_string(&path).unwrap_or_default();
            (path, text)
        })
        .collect()
}

/// A deterministic stand-in for the entrypoint's `pwgen`: 32 characters.
fn generated_password(seed: &str) -> String {
    let h = super::sha1::sha1(seed.as_bytes());
    let alphabet = b"abcdefghijkmnopqrstuvwxyzACEFHJKLMNPRTUVWXY3479";
    (0..32)
        .map(|i| alphabet[(h[i % 20] as usize + i * 7) % alphabet.len()] as char)
        .collect()
}

/// The mysql (or mariadb) image's entrypoint followed by mysqld: first start initialises the
/// data directory (accounts, MYSQL_DATABASE, MYSQL_USER, init scripts), later starts reuse it.
pub fn start_mysql(ctx: &mut ProgramCtx) -> Start {
    let mariadb = ctx.env.contains_key("MARIADB_VERSION") && !ctx.env.contains_key("MYSQL_VERSION");
    if mariadb {
        return start_mariadb(ctx);
    }
    let v = mysql_version(ctx);
    let version = v.full.clone();
    let short = v.short.clone();
    let t = entrypoint_time(ctx.now_ms);
    let st = mysql_server_time(ctx.now_ms);
    let mut log = format!(
        "{t} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.\n{t} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n{t} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.\n"
    );
    let root = "/var/lib/mysql";
    let fresh = !initialised(ctx.fs, "/var/lib/mysql/mysql/user.ibd")
        && !initialised(ctx.fs, "/var/lib/mysql/mysql.ibd");
    let root_pw = ctx
        .env
        .get("MYSQL_ROOT_PASSWORD")
        .cloned()
        .unwrap_or_default();
    if fresh
        && !has(ctx, "MYSQL_ROOT_PASSWORD")
        && !has(ctx, "MYSQL_ALLOW_EMPTY_PASSWORD")
        && !has(ctx, "MYSQL_RANDOM_ROOT_PASSWORD")
    {
        ctx.out.out(log);
        ctx.out.err(format!(
            "{t} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n\tYou need to specify one of the following as an environment variable:\n\t- MYSQL_ROOT_PASSWORD\n\t- MYSQL_ALLOW_EMPTY_PASSWORD\n\t- MYSQL_RANDOM_ROOT_PASSWORD\n"
        ));
        return Start::Exited(1);
    }
    let mut db = Database {
        kind: DbKind::Mysql,
        version: version.clone(),
        mariadb: false,
        root: root.to_string(),
        connections: 0,
        fresh,
    };
    let mut err = String::new();
    if fresh {
        log.push_str(&format!(
            "{t} [Note] [Entrypoint]: Initializing database files\n"
        ));
        if v.old {
            for w in [
                "0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).",
                "0 [Warning] InnoDB: New log files created, LSN=45790",
                "0 [Warning] InnoDB: Creating foreign key constraint system tables.",
                "0 [Warning] No existing UUID has been found, so we assume that this is the first time that this server has been started. Generating a new UUID: 5a5e8ca4-3f4e-11f0-9c1d-0242ac110002.",
                "0 [Warning] Gtid table is not ready to be used. Table 'mysql.gtid_executed' cannot be opened.",
                "1 [Warning] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.",
            ] {
                log.push_str(&format!("{st} {w}\n"));
            }
        } else if v.new_lines {
            log.push_str(&format!(
                "{st} 0 [System] [MY-015017] [Server] MySQL Server Initialization - start.\n"
            ));
            log.push_str(&format!("{st} 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld {short}) initializing of server in progress as process 80\n{st} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.\n{st} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.\n{st} 6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.\n"));
            log.push_str(&format!(
                "{st} 0 [System] [MY-015018] [Server] MySQL Server Initialization - end.\n"
            ));
        } else {
            log.push_str(&format!("{st} 0 [Warning] [MY-011068] [Server] The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.\n{st} 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld {short}) initializing of server in progress as process 80\n{st} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.\n{st} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.\n{st} 6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.\n"));
        }
        log.push_str(&format!("{t} [Note] [Entrypoint]: Database files initialized\n{t} [Note] [Entrypoint]: Starting temporary server\n"));
        log.push_str(&format!(
            "{t} [Note] [Entrypoint]: Temporary server started.\n"
        ));
        log.push_str("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'\n");
        for dir in ["mysql", "sys", "performance_schema"] {
            let mut n = Node::dir();
            n.uid = 999;
            n.gid = 999;
            n.mode = 0o750;
            ctx.fs.insert(&format!("{root}/{dir}"), n);
        }
        for (path, size) in [
            ("/var/lib/mysql/mysql.ibd", 25_165_824u64),
            ("/var/lib/mysql/ibdata1", 12_582_912),
            ("/var/lib/mysql/undo_001", 16_777_216),
            ("/var/lib/mysql/undo_002", 16_777_216),
            ("/var/lib/mysql/#ib_16384_0.dblwr", 196_608),
            ("/var/lib/mysql/auto.cnf", 56),
        ] {
            if v.old
                && (path.contains("undo") || path.contains("dblwr") || path.ends_with("mysql.ibd"))
            {
                continue;
            }
            let mut n = Node::sized_file(Vec::new(), size);
            n.uid = 999;
            n.gid = 999;
            ctx.fs.insert(path, n);
        }
        let plugin = if v.old {
            "mysql_native_password"
        } else {
            "caching_sha2_password"
        };
        let mut root_pw = root_pw.clone();
        if has(ctx, "MYSQL_RANDOM_ROOT_PASSWORD") {
            root_pw = generated_password(&format!("{}{}", ctx.hostname, ctx.now_ms));
            log.push_str(&format!(
                "{t} [Note] [Entrypoint]: GENERATED ROOT PASSWORD: {root_pw}\n"
            ));
        }
        let hash = password_hash(&root_pw);
        let root_host = env_or(ctx.env, "MYSQL_ROOT_HOST", "%").to_string();
        add_account(
            ctx.fs,
            DbKind::Mysql,
            root,
            vec!["localhost", "root", plugin, &hash],
        );
        if root_host != "localhost" {
            add_account(
                ctx.fs,
                DbKind::Mysql,
                root,
                vec![&root_host, "root", plugin, &hash],
            );
        }
        let database = ctx
            .env
            .get("MYSQL_DATABASE")
            .filter(|d| !d.is_empty())
            .cloned();
        if let Some(name) = &database {
            log.push_str(&format!(
                "{t} [Note] [Entrypoint]: Creating database {name}\n"
            ));
            let mut n = Node::dir();
            n.uid = 999;
            n.gid = 999;
            n.mode = 0o750;
            ctx.fs.insert(&format!("{root}/{name}"), n);
        }
        if let (Some(user), Some(pw)) = (
            ctx.env.get("MYSQL_USER").filter(|u| !u.is_empty()).cloned(),
            ctx.env.get("MYSQL_PASSWORD").cloned(),
        ) {
            log.push_str(&format!("{t} [Note] [Entrypoint]: Creating user {user}\n"));
            add_account(
                ctx.fs,
                DbKind::Mysql,
                root,
                vec!["%", &user, plugin, &password_hash(&pw)],
            );
            if let Some(name) = &database {
                log.push_str(&format!(
                    "{t} [Note] [Entrypoint]: Giving user {user} access to schema {name}\n"
                ));
            }
        }
        log.push('\n');
        for (path, text) in init_scripts(ctx.fs) {
            if path.ends_with(".sql") {
                log.push_str(&format!("{t} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running {path}\n"));
                if let Err(e) =
                    run_init_script(ctx.fs, &db, &text, "root", database.clone(), ctx.now_ms)
                {
                    ctx.out.out(log);
                    ctx.out.err(e);
                    return Start::Exited(1);
                }
                log.push('\n');
            } else if path.ends_with(".sh") {
                log.push_str(&format!("{t} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running {path}\n"));
            } else {
                log.push_str(&format!("{t} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: ignoring {path}\n"));
            }
        }
        log.push_str(&format!("{t} [Note] [Entrypoint]: Stopping temporary server\n{t} [Note] [Entrypoint]: Temporary server stopped\n\n{t} [Note] [Entrypoint]: MySQL init process done. Ready for start up.\n\n"));
    }
    ctx.out.out(log);
    if v.old {
        err.push_str(&format!("{st} 0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).\n{st} 0 [Note] mysqld (mysqld {short}) starting as process 1 ...\n{st} 0 [Note] InnoDB: PUNCH HOLE support available\n{st} 0 [Note] InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M\n{st} 0 [Note] InnoDB: Completed initialization of buffer pool\n{st} 0 [Note] InnoDB: 5.7.{} started; log sequence number 12665842\n{st} 0 [Note] Server hostname (bind-address): '*'; port: 3306\n{st} 0 [Note] IPv6 is available.\n{st} 0 [Note]   - '::' resolves to '::';\n{st} 0 [Note] Server socket created on IP: '::'.\n{st} 0 [Warning] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.\n{st} 0 [Note] Event Scheduler: Loaded 0 events\n{st} 0 [Note] mysqld: ready for connections.\nVersion: '{short}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)\n", short.rsplit('.').next().unwrap_or("44")));
    } else {
        if v.new_lines {
            err.push_str(&format!(
                "{st} 0 [System] [MY-015015] [Server] MySQL Server - start.\n"
            ));
        } else {
            err.push_str(&format!("{st} 0 [Warning] [MY-011068] [Server] The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.\n"));
        }
        err.push_str(&format!("{st} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld {short}) starting as process 1\n{st} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.\n{st} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.\n{st} 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.\n{st} 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.\n{st} 0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.\n{st} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock\n{st} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '{short}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n"));
    }
    ctx.out.err(err);
    db.fresh = fresh;
    Start::Running(Service::full_db(db))
}

/// The mariadb image's entrypoint followed by mariadbd.
fn start_mariadb(ctx: &mut ProgramCtx) -> Start {
    let raw = env_or(ctx.env, "MARIADB_VERSION", "1:11.7.2+maria~ubu2404").to_string();
    let version = mariadb_version(&raw);
    let t = entrypoint_time(ctx.now_ms);
    let mut log = format!("{t} [Note] [Entrypoint]: Entrypoint script for MariaDB Server {raw} started.\n{t} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n{t} [Note] [Entrypoint]: Entrypoint script for MariaDB Server {raw} started.\n");
    let root = "/var/lib/mysql";
    let fresh = !initialised(ctx.fs, "/var/lib/mysql/mysql/user.ibd");
    let env = |k: &str| {
        ctx.env
            .get(&format!("MARIADB_{k}"))
            .or_else(|| ctx.env.get(&format!("MYSQL_{k}")))
            .filter(|v| !v.is_empty())
            .cloned()
    };
    let root_pw = env("ROOT_PASSWORD");
    if fresh
        && root_pw.is_none()
        && env("ALLOW_EMPTY_ROOT_PASSWORD").is_none()
        && env("ALLOW_EMPTY_PASSWORD").is_none()
        && env("RANDOM_ROOT_PASSWORD").is_none()
    {
        ctx.out.out(log);
        ctx.out.err(format!("{t} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD\n"));
        return Start::Exited(1);
    }
    let db = Database {
        kind: DbKind::Mysql,
        version: version.clone(),
        mariadb: true,
        root: root.to_string(),
        connections: 0,
        fresh,
    };
    if fresh {
        log.push_str(&format!("{t} [Note] [Entrypoint]: Initializing database files\n{t} [Note] [Entrypoint]: Database files initialized\n{t} [Note] [Entrypoint]: Starting temporary server\n{t} [Note] [Entrypoint]: Waiting for server startup\n{t} [Note] [Entrypoint]: Temporary server started.\n{t} [Note] [Entrypoint]: Securing system users (equivalent to running mysql_secure_installation)\n"));
        for dir in ["mysql", "sys", "performance_schema"] {
            let mut n = Node::dir();
            n.uid = 999;
            n.gid = 999;
            ctx.fs.insert(&format!("{root}/{dir}"), n);
        }
        ctx.fs.insert(
            "/var/lib/mysql/ibdata1",
            Node::sized_file(Vec::new(), 12_582_912),
        );
        ctx.fs.insert(
            "/var/lib/mysql/ib_logfile0",
            Node::sized_file(Vec::new(), 100_663_296),
        );
        let hash = password_hash(&root_pw.clone().unwrap_or_default());
        add_account(
            ctx.fs,
            DbKind::Mysql,
            root,
            vec!["localhost", "root", "mysql_native_password", &hash],
        );
        add_account(
            ctx.fs,
            DbKind::Mysql,
            root,
            vec!["%", "root", "mysql_native_password", &hash],
        );
        let database = env("DATABASE");
        if let Some(name) = &database {
            log.push_str(&format!(
                "{t} [Note] [Entrypoint]: Creating database {name}\n"
            ));
            ctx.fs.insert(&format!("{root}/{name}"), Node::dir());
        }
        if let (Some(user), Some(pw)) = (env("USER"), env("PASSWORD")) {
            log.push_str(&format!("{t} [Note] [Entrypoint]: Creating user {user}\n"));
            add_account(
                ctx.fs,
                DbKind::Mysql,
                root,
                vec!["%", &user, "mysql_native_password", &password_hash(&pw)],
            );
            if let Some(name) = &database {
                log.push_str(&format!(
                    "{t} [Note] [Entrypoint]: Giving user {user} access to schema {name}\n"
                ));
            }
        }
        log.push('\n');
        for (path, text) in init_scripts(ctx.fs) {
            if path.ends_with(".sql") {
                log.push_str(&format!("{t} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running {path}\n"));
                if let Err(e) =
                    run_init_script(ctx.fs, &db, &text, "root", database.clone(), ctx.now_ms)
                {
                    ctx.out.out(log);
                    ctx.out.err(e);
                    return Start::Exited(1);
                }
                log.push('\n');
            }
        }
        log.push_str(&format!("{t} [Note] [Entrypoint]: Stopping temporary server\n{t} [Note] [Entrypoint]: Temporary server stopped\n\n{t} [Note] [Entrypoint]: MariaDB init process done. Ready for start up.\n\n"));
    } else {
        log.push_str(&format!(
            "{t} [Note] [Entrypoint]: MariaDB upgrade not required\n"
        ));
    }
    let mt = mariadb_time(ctx.now_ms);
    log.push_str(&format!("{mt} 0 [Note] Starting MariaDB {version} source revision 0 server_uid 0 as process 1\n{mt} 0 [Note] InnoDB: Compressed tables use zlib 1.3\n{mt} 0 [Note] InnoDB: Number of transaction pools: 1\n{mt} 0 [Note] InnoDB: Using liburing\n{mt} 0 [Note] InnoDB: Initializing buffer pool, total size = 128.000MiB, chunk size = 2.000MiB\n{mt} 0 [Note] InnoDB: Completed initialization of buffer pool\n{mt} 0 [Note] InnoDB: End of log at LSN=47763\n{mt} 0 [Note] InnoDB: log sequence number 47763; transaction id 14\n{mt} 0 [Note] Plugin 'FEEDBACK' is disabled.\n{mt} 0 [Note] Server socket created on IP: '0.0.0.0'.\n{mt} 0 [Note] Server socket created on IP: '::'.\n{mt} 0 [Note] mariadbd: Event Scheduler: Loaded 0 events\n{mt} 0 [Note] mariadbd: ready for connections.\nVersion: '{version}'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution\n"));
    ctx.out.out(log);
    Start::Running(Service::full_db(db))
}

/// `2025-06-02  9:00:00`, mariadbd's log time (the hour padded with a space).
fn mariadb_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    format!("{y:04}-{mo:02}-{d:02} {h:>2}:{mi:02}:{s:02}")
}

/// The postgres image's entrypoint followed by postgres: initdb on an empty data directory
/// (POSTGRES_USER, POSTGRES_DB, init scripts), "Skipping initialization" on a used one.
pub fn start_postgres(ctx: &mut ProgramCtx) -> Start {
    let version = env_or(ctx.env, "PG_VERSION", "17.5-1.pgdg120+1").to_string();
    let major = version.split('.').next().unwrap_or("17").to_string();
    let root = env_or(ctx.env, "PGDATA", "/var/lib/postgresql/data").to_string();
    let fresh = !initialised(ctx.fs, &format!("{root}/PG_VERSION"));
    if fresh
        && !has(ctx, "POSTGRES_PASSWORD")
        && env_or(ctx.env, "POSTGRES_HOST_AUTH_METHOD", "") != "trust"
    {
        ctx.out.err("Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".\n\n       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all\n       connections without a password. This is *not* recommended.\n\n       See PostgreSQL documentation about \"trust\":\n       https://www.postgresql.org/docs/current/auth-trust.html\n");
        return Start::Exited(1);
    }
    let t = pg_time(ctx.now_ms);
    let short = version.split('-').next().unwrap_or(&version).to_string();
    let db = Database {
        kind: DbKind::Postgres,
        version: version.clone(),
        mariadb: false,
        root: root.clone(),
        connections: 0,
        fresh,
    };
    if fresh {
        let user = env_or(ctx.env, "POSTGRES_USER", "postgres").to_string();
        let user = if user.is_empty() {
            "postgres".to_string()
        } else {
            user
        };
        let database = env_or(ctx.env, "POSTGRES_DB", &user).to_string();
        let database = if database.is_empty() {
            user.clone()
        } else {
            database
        };
        ctx.out.out(format!("The files belonging to this database system will be owned by user \"postgres\".\nThis user must also own the server process.\n\nThe database cluster will be initialized with locale \"en_US.utf8\".\nThe default database encoding has accordingly been set to \"UTF8\".\nThe default text search configuration will be set to \"english\".\n\nData page checksums are disabled.\n\nfixing permissions on existing directory {root} ... ok\ncreating subdirectories ... ok\nselecting dynamic shared memory implementation ... posix\nselecting default \"max_connections\" ... 100\nselecting default \"shared_buffers\" ... 128MB\nselecting default time zone ... Etc/UTC\ncreating configuration files ... ok\nrunning bootstrap script ... ok\nperforming post-bootstrap initialization ... ok\nsyncing data to disk ... ok\n\n\nSuccess. You can now start the database server using:\n\n    pg_ctl -D {root} -l logfile start\n\n"));
        ctx.out.err("initdb: warning: enabling \"trust\" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n");
        let mut text = String::from("waiting for server to start.... done\nserver started\n");
        for name in ["postgres", "template0", "template1"] {
            ctx.fs.insert(&format!("{root}/base/{name}"), owned_dir());
        }
        add_account(
            ctx.fs,
            DbKind::Postgres,
            &root,
            vec![
                &user,
                "t",
                &pg_password_hash(env_or(ctx.env, "POSTGRES_PASSWORD", "")),
            ],
        );
        if database != "postgres" {
            ctx.fs
                .insert(&format!("{root}/base/{database}"), owned_dir());
            text.push_str("CREATE DATABASE\n");
        }
        text.push('\n');
        let scripts = init_scripts(ctx.fs);
        if scripts.is_empty() {
            text.push_str(
                "/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n",
            );
        }
        for (path, script) in scripts {
            if path.ends_with(".sql") {
                text.push_str(&format!(
                    "/usr/local/bin/docker-entrypoint.sh: running {path}\n"
                ));
                match run_init_script(
                    ctx.fs,
                    &db,
                    &script,
                    &user,
                    Some(database.clone()),
                    ctx.now_ms,
                ) {
                    Ok(o) => text.push_str(&o),
                    Err(e) => {
                        ctx.out.out(text);
                        ctx.out
                            .err(e.replace("/docker-entrypoint-initdb.d/script.sql", &path));
                        return Start::Exited(3);
                    }
                }
                text.push('\n');
            } else {
                text.push_str(&format!(
                    "/usr/local/bin/docker-entrypoint.sh: ignoring {path}\n"
                ));
            }
        }
        text.push_str("waiting for server to shut down.... done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n");
        ctx.out.out(text);
        ctx.fs.insert(
            &format!("{root}/PG_VERSION"),
            Node::file(format!("{major}\n").into_bytes()),
        );
        ctx.fs.insert(
            &format!("{root}/global/pg_control"),
            Node::sized_file(Vec::new(), 8_192),
        );
        ctx.fs.insert(
            &format!("{root}/pg_wal/000000010000000000000001"),
            Node::sized_file(Vec::new(), 16_777_216),
        );
        ctx.fs.insert(
            &format!("{root}/postgresql.conf"),
            Node::sized_file(
                b"# PostgreSQL configuration file\nlisten_addresses = '*'\n".to_vec(),
                30_000,
            ),
        );
        ctx.fs.insert(&format!("{root}/pg_hba.conf"), Node::file("local   all             all                                     trust\nhost    all             all             127.0.0.1/32            trust\nhost    all             all             ::1/128                 trust\nhost all all all scram-sha-256\n"));
    } else {
        ctx.out.out("\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n");
    }
    ctx.out.err(format!(
        "{t} [1] LOG:  starting PostgreSQL {short} (Debian {version}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit\n{t} [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432\n{t} [1] LOG:  listening on IPv6 address \"::\", port 5432\n{t} [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"\n{t} [62] LOG:  database system was shut down at {t}\n{t} [1] LOG:  database system is ready to accept connections\n"
    ));
    Start::Running(Service::full_db(db))
}

fn owned_dir() -> Node {
    let mut n = Node::dir();
    n.uid = 999;
    n.gid = 999;
    n.mode = 0o700;
    n
}

/// A stand-in for postgres's SCRAM verifier: the SHA1 of the password.
fn pg_password_hash(password: &str) -> String {
    if password.is_empty() {
        return String::new();
    }
    let h = super::sha1::sha1(password.as_bytes());
    format!(
        "SCRAM-SHA-256$4096:{}",
        h.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// A client's session with a database server, kept by the client between requests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DbConn {
    /// The user (role) connected as.
    pub user: String,
    /// The current database.
    pub db: Option<String>,
    /// Where the client connects from, as the server names it (`localhost`, `172.18.0.3`);
    /// the engine fills it in.
    pub client_host: String,
    /// The client runs in the server's own container (the socket, or `-h localhost`).
    pub local: bool,
    /// The server's address as the client reached it (`172.18.0.2`); the engine fills it in.
    pub server_addr: String,
}

/// A request from a client to a database server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbOp {
    /// Log in (with the password typed or given, if any).
    Connect(Option<String>),
    /// Run one statement (without its `;`).
    Query(String),
}

/// What a database server answers.
#[derive(Clone, Debug, PartialEq)]
pub enum DbReply {
    /// Logged in.
    Ready(ServerInfo),
    /// postgres wants a password (the client then asks for one).
    NeedPassword,
    /// Wrong or missing password (mysql's 1045 says whether one was given).
    Denied(bool),
    /// No such role (postgres).
    NoRole,
    /// The database asked for does not exist.
    NoDatabase(String),
    /// The result of a statement.
    Result(Result<Outcome, SqlError>),
    /// The server there is not this kind of database.
    WrongServer,
}

/// What a client learns about the server when it logs in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerInfo {
    /// The version it reports (`8.0.42`, `17.5 (Debian 17.5-1.pgdg120+1)`).
    pub version: String,
    /// The connection's thread ID.
    pub connection_id: u32,
    /// The role is a superuser (psql's `=#` prompt).
    pub superuser: bool,
    /// MariaDB rather than MySQL.
    pub mariadb: bool,
    /// MySQL 5.x.
    pub old: bool,
}

impl Database {
    /// The SQL dialect.
    pub fn dialect(&self) -> Dialect {
        match self.kind {
            DbKind::Postgres => Dialect::Postgres,
            _ => Dialect::Mysql,
        }
    }

    /// MySQL 5.x.
    pub fn old(&self) -> bool {
        !self.mariadb && self.version.starts_with('5')
    }

    /// What `SELECT VERSION()` returns.
    pub fn sql_version(&self) -> String {
        match self.kind {
            DbKind::Postgres => {
                let v = &self.version;
                let Some((short, _)) = v.split_once('-') else {
                    return format!("PostgreSQL {v} on x86_64-pc-linux-musl, compiled by gcc (Alpine 14.2.0) 14.2.0, 64-bit");
                };
                // The compiler of the Debian release the package was built for (`pgdg110`).
                let gcc = [
                    ("pgdg90", "6.3.0-18+deb9u1) 6.3.0 20170516"),
                    ("pgdg100", "8.3.0-6) 8.3.0"),
                    ("pgdg110", "10.2.1-6) 10.2.1 20210110"),
                ]
                .iter()
                .find(|(tag, _)| v.contains(&format!("{tag}+")))
                .map_or("12.2.0-14+deb12u1) 12.2.0", |(_, g)| g);
                if short.starts_with(['8', '9']) {
                    format!("PostgreSQL {short} on x86_64-pc-linux-gnu (Debian {v}), compiled by gcc (Debian {gcc}, 64-bit")
                } else {
                    format!("PostgreSQL {short} (Debian {v}) on x86_64-pc-linux-gnu, compiled by gcc (Debian {gcc}, 64-bit")
                }
            }
            _ if self.mariadb => self.version.clone(),
            _ => mysql_short(&self.version).to_string(),
        }
    }

    /// Answers a client's request against the data directory in `fs`.
    pub fn handle(&mut self, fs: &mut Tree, now_ms: i64, conn: &mut DbConn, op: &DbOp) -> DbReply {
        if self.kind == DbKind::Mongo {
            return match op {
                DbOp::Connect(_) => DbReply::Ready(ServerInfo {
                    version: self.version.clone(),
                    connection_id: 1,
                    superuser: true,
                    mariadb: false,
                    old: false,
                }),
                DbOp::Query(q) => {
                    let text = super::mongo::eval(fs, conn, q, now_ms, &mut self.connections);
                    DbReply::Result(Ok(Outcome::Rows {
                        cols: vec!["out".into()],
                        numeric: vec![false],
                        rows: vec![vec![Value::Text(text)]],
                    }))
                }
            };
        }
        match op {
            DbOp::Connect(password) => self.connect(fs, conn, password.as_deref()),
            DbOp::Query(text) if text.starts_with('\u{1}') => {
                // psql's backslash commands read the catalogue directly.
                let db = conn.db.clone().unwrap_or_default();
                let dialect = self.dialect();
                let rows: Vec<Vec<Value>> = if text == "\u{1}LIST DATABASES" {
                    store::databases(fs, &self.root, dialect)
                        .into_iter()
                        .map(|d| vec![Value::Text(d)])
                        .collect()
                } else if text == "\u{1}LIST TABLES" {
                    store::tables(fs, &self.root, dialect, &db)
                        .into_iter()
                        .map(|d| vec![Value::Text(d)])
                        .collect()
                } else {
                    let name = text.trim_start_matches("\u{1}COLUMNS ");
                    fs.read_string(&store::table_path(&self.root, dialect, &db, name))
                        .ok()
                        .map(|t| vec![vec![Value::Text(t)]])
                        .unwrap_or_default()
                };
                DbReply::Result(Ok(Outcome::Rows {
                    cols: vec!["name".into()],
                    numeric: vec![false],
                    rows,
                }))
            }
            DbOp::Query(text) => {
                let mut ctx = Ctx {
                    fs,
                    root: self.root.clone(),
                    dialect: self.dialect(),
                    user: conn.user.clone(),
                    db: conn.db.clone(),
                    now_ms,
                    version: self.sql_version(),
                };
                let r = sql::exec::run(&mut ctx, text);
                if let Ok(Outcome::Done {
                    tag: sql::Tag::CreateUser,
                    ..
                }) = &r
                {
                    if let Ok(sql::parse::Stmt::CreateUser(name, pw)) =
                        sql::parse::parse(text, self.dialect())
                    {
                        let pw = pw.unwrap_or_default();
                        match self.kind {
                            DbKind::Postgres => add_account(
                                fs,
                                self.kind,
                                &self.root,
                                vec![&name, "f", &pg_password_hash(&pw)],
                            ),
                            _ => add_account(
                                fs,
                                self.kind,
                                &self.root,
                                vec!["%", &name, "caching_sha2_password", &password_hash(&pw)],
                            ),
                        }
                    }
                } else {
                    conn.db = ctx.db;
                }
                DbReply::Result(r)
            }
        }
    }

    fn connect(&mut self, fs: &mut Tree, conn: &mut DbConn, password: Option<&str>) -> DbReply {
        let accounts = read_accounts(fs, self.kind, &self.root);
        let text = |r: &Vec<Value>, i: usize| r.get(i).and_then(Value::show).unwrap_or_default();
        let superuser;
        match self.kind {
            DbKind::Postgres => {
                let Some(row) = accounts.rows.iter().find(|r| text(r, 0) == conn.user) else {
                    return DbReply::NoRole;
                };
                superuser = text(row, 1) == "t";
                if !conn.local {
                    match password {
                        None => return DbReply::NeedPassword,
                        Some(p) if pg_password_hash(p) != text(row, 2) => {
                            return DbReply::Denied(true)
                        }
                        _ => {}
                    }
                }
                let db = conn.db.clone().unwrap_or_else(|| conn.user.clone());
                if !store::db_exists(fs, &self.root, Dialect::Postgres, &db) {
                    return DbReply::NoDatabase(db);
                }
                conn.db = Some(db);
            }
            _ => {
                let host_ok =
                    |h: &str| h == "%" || (conn.local && h == "localhost") || h == conn.client_host;
                let Some(row) = accounts
                    .rows
                    .iter()
                    .find(|r| text(r, 1) == conn.user && host_ok(&text(r, 0)))
                else {
                    return DbReply::Denied(password.is_some());
                };
                if password_hash(password.unwrap_or("")) != text(row, 3) {
                    return DbReply::Denied(password.is_some());
                }
                superuser = conn.user == "root";
                if let Some(db) = &conn.db {
                    if !store::db_exists(fs, &self.root, Dialect::Mysql, db) {
                        return DbReply::NoDatabase(db.clone());
                    }
                }
            }
        }
        self.connections += 1;
        let base = if self.mariadb {
            2
        } else if self.old() {
            1
        } else {
            7
        };
        let version = match self.kind {
            DbKind::Postgres => {
                let short = self.version.split('-').next().unwrap_or(&self.version);
                if self.version.contains('-') {
                    format!("{short} (Debian {})", self.version)
                } else {
                    short.to_string()
                }
            }
            _ => self.sql_version(),
        };
        DbReply::Ready(ServerInfo {
            version,
            connection_id: base + self.connections,
            superuser,
            mariadb: self.mariadb,
            old: self.old(),
        })
    }
}

/// The mongo image's entrypoint followed by mongod.
pub fn start_mongo(ctx: &mut ProgramCtx) -> Start {
    let version = env_or(ctx.env, "MONGO_VERSION", "8.0.10").to_string();
    let t = mongo_time(ctx.now_ms);
    let line = |id: u32, c: &str, cx: &str, msg: &str, attr: &str| {
        format!("{{\"t\":{{\"$date\":\"{t}\"}},\"s\":\"I\",  \"c\":\"{c}\", \"id\":{id}, \"ctx\":\"{cx}\",\"msg\":\"{msg}\"{attr}}}\n")
    };
    let mut log = String::new();
    log.push_str(&line(4915701, "-", "main", "Initialized wire specification", ",\"attr\":{\"spec\":{\"incomingExternalClient\":{\"minWireVersion\":0,\"maxWireVersion\":25},\"incomingInternalClient\":{\"minWireVersion\":0,\"maxWireVersion\":25},\"outgoing\":{\"minWireVersion\":6,\"maxWireVersion\":25},\"isInternalClient\":true}}"));
    log.push_str(&line(4615611, "CONTROL", "initandlisten", "MongoDB starting", &format!(",\"attr\":{{\"pid\":1,\"port\":27017,\"dbPath\":\"/data/db\",\"architecture\":\"64-bit\",\"host\":\"{}\"}}", ctx.hostname)));
    log.push_str(&line(
        23403,
        "CONTROL",
        "initandlisten",
        "Build Info",
        &format!(",\"attr\":{{\"buildInfo\":{{\"version\":\"{version}\"}}}}"),
    ));
    log.push_str(&line(
        23015,
        "NETWORK",
        "listener",
        "Listening on",
        ",\"attr\":{\"address\":\"0.0.0.0\"}",
    ));
    log.push_str(&line(
        23016,
        "NETWORK",
        "listener",
        "Waiting for connections",
        ",\"attr\":{\"port\":27017,\"ssl\":\"off\"}",
    ));
    ctx.out.out(log);
    ctx.fs.insert(
        "/data/db/WiredTiger",
        Node::file(b"WiredTiger\nWiredTiger 11.3.1\n".to_vec()),
    );
    ctx.fs.insert(
        "/data/db/WiredTiger.wt",
        Node::sized_file(Vec::new(), 69_632),
    );
    ctx.fs.insert(
        "/data/db/journal/WiredTigerLog.0000000001",
        Node::sized_file(Vec::new(), 104_857_600),
    );
    Start::Running(Service::full_db(Database {
        kind: DbKind::Mongo,
        version,
        mariadb: false,
        root: "/data/db".to_string(),
        connections: 0,
        fresh: false,
    }))
}

/// What `postgres --version` and `psql --version` print after `(PostgreSQL) `: the release,
/// and on Debian from 10 on the package version (`13.21 (Debian 13.21-1.pgdg120+1)`).
pub fn pg_version_text(ctx: &ProgramCtx) -> String {
    let v = env_or(ctx.env, "PG_VERSION", "17.5-1.pgdg120+1");
    match v.split_once('-') {
        Some((short, _)) if !short.starts_with(['8', '9']) => format!("{short} (Debian {v})"),
        Some((short, _)) => short.to_string(),
        None => v.to_string(),
    }
}

/// `mysqld --version`, `postgres --version`, `mongod --version` (the servers run as main
/// processes through [`start_mysql`] and its kin).
pub fn server_command(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let wants_version = args.iter().any(|a| a == "--version" || a == "-V");
    match name {
        "mysqld" | "mariadbd" => {
            if ctx.env.contains_key("MARIADB_VERSION") {
                let v =
                    mariadb_version(env_or(ctx.env, "MARIADB_VERSION", "1:11.7.2+maria~ubu2404"));
                ctx.out.out(format!("{name}  Ver {v} for debian-linux-gnu on x86_64 (mariadb.org binary distribution)\n"));
            } else {
                // 8.0 names itself by its full path and reworded the licence.
                let v = mysql_version(ctx);
                let (path, licence) = if v.old {
                    ("", "(GPL)")
                } else {
                    ("/usr/sbin/", "- GPL")
                };
                ctx.out.out(format!(
                    "{path}mysqld  Ver {} for Linux on x86_64 (MySQL Community Server {licence})\n",
                    v.short
                ));
            }
            if wants_version || args.iter().any(|a| a == "--help" || a == "-?") {
                return 0;
            }
            1
        }
        "postgres" => {
            if wants_version {
                ctx.out
                    .out(format!("postgres (PostgreSQL) {}\n", pg_version_text(ctx)));
                return 0;
            }
            ctx.out.err("\"root\" execution of the PostgreSQL server is not permitted.\nThe server must be started under an unprivileged user ID to prevent\npossible system security compromise.  See the documentation for\nmore information on how to properly start the server.\n");
            1
        }
        _ => {
            let v = env_or(ctx.env, "MONGO_VERSION", "8.0.10").to_string();
            ctx.out.out(format!("db version v{v}\n"));
            0
        }
    }
}
