//! Database servers: mysqld, postgres and mongod, with their images' environment checks, their
//! first-start initialisation (files written under the data directory) and shutdown lines.

use super::{env_or, ProgramCtx, Service, Signal, SignalEffect, Start};
use crate::engine::clock::civil;
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
            DbKind::Mysql => {
                let t = mysql_server_time(now_ms);
                log.err(format!(
                    "{t} 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: {}).\n{t} 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld {})  MySQL Community Server - GPL.\n",
                    mysql_short(&self.version),
                    mysql_short(&self.version)
                ));
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

/// The mysql image's entrypoint followed by mysqld.
pub fn start_mysql(ctx: &mut ProgramCtx) -> Start {
    let version = env_or(ctx.env, "MYSQL_VERSION", "9.3.0-1.el9").to_string();
    let t = entrypoint_time(ctx.now_ms);
    let mut log = format!(
        "{t} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.\n{t} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n{t} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.\n"
    );
    let fresh = !initialised(ctx.fs, "/var/lib/mysql/mysql.ibd");
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
    let st = mysql_server_time(ctx.now_ms);
    let short = mysql_short(&version).to_string();
    if fresh {
        log.push_str(&format!(
            "{t} [Note] [Entrypoint]: Initializing database files\n"
        ));
        log.push_str(&format!(
            "{st} 0 [System] [MY-015017] [Server] MySQL Server Initialization - start.\n"
        ));
        log.push_str(&format!(
            "{st} 0 [System] [MY-015018] [Server] MySQL Server Initialization - end.\n"
        ));
        log.push_str(&format!("{t} [Note] [Entrypoint]: Database files initialized\n{t} [Note] [Entrypoint]: Starting temporary server\n{t} [Note] [Entrypoint]: Temporary server started.\n"));
        if has(ctx, "MYSQL_RANDOM_ROOT_PASSWORD") {
            log.push_str(&format!("{t} [Note] [Entrypoint]: GENERATED ROOT PASSWORD: Ahngae0ohj8eiv1ciequ5Aic4iekei2e\n"));
        }
        if let Some(db) = ctx.env.get("MYSQL_DATABASE").filter(|d| !d.is_empty()) {
            log.push_str(&format!(
                "{t} [Note] [Entrypoint]: Creating database {db}\n"
            ));
            ctx.fs.insert(&format!("/var/lib/mysql/{db}"), Node::dir());
        }
        log.push_str(&format!("\n{t} [Note] [Entrypoint]: Stopping temporary server\n{t} [Note] [Entrypoint]: Temporary server stopped\n\n{t} [Note] [Entrypoint]: MySQL init process done. Ready for start up.\n\n"));
        for (path, size) in [
            ("/var/lib/mysql/mysql.ibd", 25_165_824u64),
            ("/var/lib/mysql/ibdata1", 12_582_912),
            ("/var/lib/mysql/undo_001", 16_777_216),
            ("/var/lib/mysql/undo_002", 16_777_216),
            ("/var/lib/mysql/#ib_16384_0.dblwr", 196_608),
            ("/var/lib/mysql/auto.cnf", 56),
        ] {
            ctx.fs.insert(path, Node::sized_file(Vec::new(), size));
        }
    }
    ctx.out.out(log);
    ctx.out.err(format!(
        "{st} 0 [System] [MY-015015] [Server] MySQL Server - start.\n{st} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld {short}) starting as process 1\n{st} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.\n{st} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.\n{st} 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.\n{st} 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.\n{st} 0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.\n{st} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock\n{st} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '{short}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n"
    ));
    Start::Running(Service::Db(Database {
        kind: DbKind::Mysql,
        version,
    }))
}

/// The postgres image's entrypoint followed by postgres.
pub fn start_postgres(ctx: &mut ProgramCtx) -> Start {
    let version = env_or(ctx.env, "PG_VERSION", "17.5-1.pgdg120+1").to_string();
    let major = version.split('.').next().unwrap_or("17").to_string();
    let fresh = !initialised(ctx.fs, "/var/lib/postgresql/data/PG_VERSION");
    if fresh
        && !has(ctx, "POSTGRES_PASSWORD")
        && env_or(ctx.env, "POSTGRES_HOST_AUTH_METHOD", "") != "trust"
    {
        ctx.out.err("Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".\n\n       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all\n       connections without a password. This is *not* recommended.\n\n       See PostgreSQL documentation about \"trust\":\n       https://www.postgresql.org/docs/current/auth-trust.html\n");
        return Start::Exited(1);
    }
    let t = pg_time(ctx.now_ms);
    let short = version.split('-').next().unwrap_or(&version).to_string();
    if fresh {
        ctx.out.out("The files belonging to this database system will be owned by user \"postgres\".\nThis user must also own the server process.\n\nThe database cluster will be initialized with locale \"en_US.utf8\".\nThe default database encoding has accordingly been set to \"UTF8\".\nThe default text search configuration will be set to \"english\".\n\nData page checksums are disabled.\n\nfixing permissions on existing directory /var/lib/postgresql/data ... ok\ncreating subdirectories ... ok\nselecting dynamic shared memory implementation ... posix\nselecting default \"max_connections\" ... 100\nselecting default \"shared_buffers\" ... 128MB\nselecting default time zone ... Etc/UTC\ncreating configuration files ... ok\nrunning bootstrap script ... ok\nperforming post-bootstrap initialization ... ok\nsyncing data to disk ... ok\n\n\nSuccess. You can now start the database server using:\n\n    pg_ctl -D /var/lib/postgresql/data -l logfile start\n\n");
        ctx.out.err("initdb: warning: enabling \"trust\" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n");
        ctx.out.out("waiting for server to start.... done\nserver started\n\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\nwaiting for server to shut down.... done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n");
        ctx.fs.insert(
            "/var/lib/postgresql/data/PG_VERSION",
            Node::file(format!("{major}\n").into_bytes()),
        );
        ctx.fs.insert(
            "/var/lib/postgresql/data/base/1/1259",
            Node::sized_file(Vec::new(), 39_845_888),
        );
        ctx.fs.insert(
            "/var/lib/postgresql/data/pg_wal/000000010000000000000001",
            Node::sized_file(Vec::new(), 16_777_216),
        );
    } else {
        ctx.out.out("\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n");
    }
    ctx.out.err(format!(
        "{t} [1] LOG:  starting PostgreSQL {short} (Debian {version}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit\n{t} [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432\n{t} [1] LOG:  listening on IPv6 address \"::\", port 5432\n{t} [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"\n{t} [62] LOG:  database system was shut down at {t}\n{t} [1] LOG:  database system is ready to accept connections\n"
    ));
    Start::Running(Service::Db(Database {
        kind: DbKind::Postgres,
        version,
    }))
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
    Start::Running(Service::Db(Database {
        kind: DbKind::Mongo,
        version,
    }))
}

/// `mysql --version`, `psql --version`, `mongosh --version` and the servers' `--version`.
pub fn client_command(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let wants_version = args.iter().any(|a| a == "--version" || a == "-V");
    match name {
        "mysql" | "mysqld" => {
            let v = mysql_short(env_or(ctx.env, "MYSQL_VERSION", "9.3.0-1.el9")).to_string();
            if wants_version {
                if name == "mysql" {
                    ctx.out.out(format!(
                        "mysql  Ver {v} for Linux on x86_64 (MySQL Community Server - GPL)\n"
                    ));
                } else {
                    ctx.out.out(format!("/usr/sbin/mysqld  Ver {v} for Linux on x86_64 (MySQL Community Server - GPL)\n"));
                }
                return 0;
            }
            ctx.out.err("ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n");
            1
        }
        "psql" | "postgres" => {
            let v = env_or(ctx.env, "PG_VERSION", "17.5-1.pgdg120+1").to_string();
            let short = v.split('-').next().unwrap_or(&v).to_string();
            if wants_version {
                ctx.out
                    .out(format!("{name} (PostgreSQL) {short} (Debian {v})\n"));
                return 0;
            }
            ctx.out.err("psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n");
            2
        }
        _ => {
            let v = env_or(ctx.env, "MONGO_VERSION", "8.0.10").to_string();
            if wants_version {
                if name == "mongod" {
                    ctx.out.out(format!("db version v{v}\n"));
                } else {
                    ctx.out.out("2.5.2\n");
                }
                return 0;
            }
            ctx.out
                .err("MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017\n");
            1
        }
    }
}
