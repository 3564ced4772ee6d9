//! Tests of the database servers and clients by image environment: mysql 5.7 versus 8.x log
//! formats, mariadb, first-start initialisation (accounts, init scripts) and reuse.

use std::collections::BTreeMap;

use super::db::{self, DbConn, DbOp, DbReply};
use super::sql::Outcome;
use super::*;
use crate::runtime::Output;
use crate::vfs::Node;

const T0: i64 = 1_748_854_800_000;

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Starts a server with `env` on `fs`; returns what it printed and the service.
fn start_server(
    prog: &str,
    env: &BTreeMap<String, String>,
    fs: &mut Tree,
) -> (String, Option<Service>) {
    let mut out = Output::default();
    let start = {
        let mut ctx = ProgramCtx {
            fs,
            env,
            cwd: "/",
            stdin: &[],
            now_ms: T0,
            hostname: "0123456789ab",
            net: &mut NoNet,
            out: &mut out,
            processes: &[],
            tty: false,
        };
        super::start(&[prog.to_string()], &mut ctx)
    };
    let svc = match start {
        Start::Running(s) => Some(s),
        _ => None,
    };
    (out.text(), svc)
}

fn mysql_env(version: &str, major: &str, extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut e = env(&[("MYSQL_VERSION", version), ("MYSQL_MAJOR", major)]);
    e.extend(env(extra));
    e
}

#[test]
fn mysql_57_logs_notes_and_its_two_line_ready_message() {
    let mut fs = Tree::default();
    let e = mysql_env("5.7.44-1.el7", "5.7", &[("MYSQL_ROOT_PASSWORD", "pw")]);
    let (log, svc) = start_server("mysqld", &e, &mut fs);
    assert!(svc.is_some());
    assert!(
        log.contains(
            "[Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.44-1.el7 started."
        ),
        "{log}"
    );
    assert!(
        log.contains("Z 0 [Note] mysqld (mysqld 5.7.44) starting as process 1 ...\n"),
        "{log}"
    );
    assert!(log.contains("Z 0 [Note] mysqld: ready for connections.\nVersion: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)\n"), "{log}");
    assert!(!log.contains("[MY-"), "5.7 has no MY- codes: {log}");
    // 5.7 accounts use mysql_native_password.
    let users = fs.read_string("/var/lib/mysql/mysql/user.ibd").unwrap();
    assert!(users.contains("mysql_native_password"), "{users}");
}

#[test]
fn mysql_8_logs_system_lines_keyed_on_the_version() {
    for (version, major, start_line) in [
        ("8.0.42-1.el9", "8.0", "[Warning] [MY-011068]"),
        (
            "8.4.5-1.el9",
            "8.4",
            "[System] [MY-015015] [Server] MySQL Server - start.",
        ),
        (
            "9.3.0-1.el9",
            "innovation",
            "[System] [MY-015015] [Server] MySQL Server - start.",
        ),
    ] {
        let mut fs = Tree::default();
        let e = mysql_env(version, major, &[("MYSQL_ROOT_PASSWORD", "pw")]);
        let (log, _) = start_server("mysqld", &e, &mut fs);
        let short = version.split('-').next().unwrap();
        assert!(log.contains(start_line), "{version}: {log}");
        assert!(log.contains(&format!("[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '{short}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n")), "{log}");
        let users = fs.read_string("/var/lib/mysql/mysql/user.ibd").unwrap();
        assert!(users.contains("caching_sha2_password"), "{users}");
    }
}

#[test]
fn mysql_first_start_creates_accounts_database_and_runs_init_scripts_once() {
    let mut fs = Tree::default();
    fs.insert(
        "/docker-entrypoint-initdb.d/01-schema.sql",
        Node::file("CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, body TEXT);\nINSERT INTO notes (body) VALUES ('hi');\n"),
    );
    let e = mysql_env(
        "8.0.42-1.el9",
        "8.0",
        &[
            ("MYSQL_ROOT_PASSWORD", "pw"),
            ("MYSQL_DATABASE", "app"),
            ("MYSQL_USER", "bob"),
            ("MYSQL_PASSWORD", "bobpw"),
        ],
    );
    let (log, svc) = start_server("mysqld", &e, &mut fs);
    assert!(
        log.contains("[Note] [Entrypoint]: Creating database app\n"),
        "{log}"
    );
    assert!(
        log.contains("[Note] [Entrypoint]: Creating user bob\n"),
        "{log}"
    );
    assert!(
        log.contains("[Note] [Entrypoint]: Giving user bob access to schema app\n"),
        "{log}"
    );
    assert!(log.contains("/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/01-schema.sql\n"), "{log}");
    assert!(fs
        .read_string("/var/lib/mysql/app/notes.ibd")
        .unwrap()
        .contains("'hi"));
    let Some(Service::Db(mut server)) = svc else {
        panic!("not running")
    };
    // bob logs in with his password from another container; root with a wrong one does not.
    let mut conn = DbConn {
        user: "bob".into(),
        client_host: "172.18.0.3".into(),
        ..DbConn::default()
    };
    assert!(matches!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(Some("bobpw".into()))),
        DbReply::Ready(_)
    ));
    let mut root = DbConn {
        user: "root".into(),
        local: true,
        ..DbConn::default()
    };
    assert_eq!(
        server.handle(&mut fs, T0, &mut root, &DbOp::Connect(Some("nope".into()))),
        DbReply::Denied(true)
    );
    assert_eq!(
        server.handle(&mut fs, T0, &mut root, &DbOp::Connect(None)),
        DbReply::Denied(false)
    );
    conn.db = Some("app".into());
    let r = server.handle(
        &mut fs,
        T0,
        &mut conn,
        &DbOp::Query("SELECT body FROM notes".into()),
    );
    assert!(
        matches!(r, DbReply::Result(Ok(Outcome::Rows { ref rows, .. })) if rows.len() == 1),
        "{r:?}"
    );
    // A second start on the same files skips initialisation, scripts and the new password.
    let e2 = mysql_env("8.0.42-1.el9", "8.0", &[("MYSQL_ROOT_PASSWORD", "other")]);
    let (log2, svc2) = start_server("mysqld", &e2, &mut fs);
    assert!(!log2.contains("Initializing database files"), "{log2}");
    assert!(
        !log2.contains("running /docker-entrypoint-initdb.d"),
        "{log2}"
    );
    let Some(Service::Db(mut again)) = svc2 else {
        panic!("not running")
    };
    let mut root = DbConn {
        user: "root".into(),
        local: true,
        ..DbConn::default()
    };
    assert!(matches!(
        again.handle(&mut fs, T0, &mut root, &DbOp::Connect(Some("pw".into()))),
        DbReply::Ready(_)
    ));
}

#[test]
fn mysql_init_script_errors_stop_the_container_with_the_line() {
    let mut fs = Tree::default();
    fs.insert(
        "/docker-entrypoint-initdb.d/bad.sql",
        Node::file("CREATE TABLE t (a INT);\n\nINSERT INTO nope VALUES (1);\n"),
    );
    let e = mysql_env(
        "8.0.42-1.el9",
        "8.0",
        &[("MYSQL_ROOT_PASSWORD", "pw"), ("MYSQL_DATABASE", "app")],
    );
    let (log, svc) = start_server("mysqld", &e, &mut fs);
    assert!(svc.is_none());
    assert!(
        log.contains("ERROR 1146 (42S02) at line 3: Table 'app.nope' doesn't exist\n"),
        "{log}"
    );
}

#[test]
fn mariadb_has_its_own_lines_and_version() {
    let mut fs = Tree::default();
    let e = env(&[
        ("MARIADB_VERSION", "1:11.7.2+maria~ubu2404"),
        ("MARIADB_ROOT_PASSWORD", "pw"),
    ]);
    let (log, svc) = start_server("mariadbd", &e, &mut fs);
    assert!(log.contains("[Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.7.2+maria~ubu2404 started."), "{log}");
    assert!(log.contains("[Note] mariadbd: ready for connections.\nVersion: '11.7.2-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution\n"), "{log}");
    let Some(Service::Db(server)) = svc else {
        panic!("not running")
    };
    assert!(server.mariadb);
    assert_eq!(server.sql_version(), "11.7.2-MariaDB-ubu2404");
}

#[test]
fn postgres_user_db_and_init_scripts() {
    let mut fs = Tree::default();
    fs.insert("/docker-entrypoint-initdb.d/init.sql", Node::file("CREATE TABLE t (id SERIAL PRIMARY KEY, v TEXT);\nINSERT INTO t (v) VALUES ('a'), ('b');\n"));
    let e = env(&[
        ("PG_VERSION", "17.5-1.pgdg120+1"),
        ("POSTGRES_PASSWORD", "pw"),
        ("POSTGRES_USER", "app"),
        ("POSTGRES_DB", "appdb"),
    ]);
    let (log, svc) = start_server("postgres", &e, &mut fs);
    assert!(log.contains("server started\nCREATE DATABASE\n\n/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/init.sql\nCREATE TABLE\nINSERT 0 2\n\n"), "{log}");
    let Some(Service::Db(mut server)) = svc else {
        panic!("not running")
    };
    let mut conn = DbConn {
        user: "postgres".into(),
        local: true,
        ..DbConn::default()
    };
    assert_eq!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(None)),
        DbReply::NoRole
    );
    let mut conn = DbConn {
        user: "app".into(),
        local: false,
        ..DbConn::default()
    };
    assert_eq!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(None)),
        DbReply::NeedPassword
    );
    // Without -d the database is named after the role, which does not exist here.
    assert_eq!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(Some("pw".into()))),
        DbReply::NoDatabase("app".into())
    );
    conn.db = Some("appdb".into());
    assert_eq!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(Some("bad".into()))),
        DbReply::Denied(true)
    );
    assert!(matches!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(Some("pw".into()))),
        DbReply::Ready(_)
    ));
    let mut conn = DbConn {
        user: "app".into(),
        db: Some("appdb".into()),
        local: true,
        ..DbConn::default()
    };
    assert!(matches!(
        server.handle(&mut fs, T0, &mut conn, &DbOp::Connect(None)),
        DbReply::Ready(_)
    ));
    assert_eq!(
        db::password_hash("secret"),
        "*14E65567ABDB5135D0CFD9A70B3032C179A49EE7"
    );
}

#[test]
fn psql_table_format_matches_psql() {
    use super::dbformat::psql_table;
    let cols = vec!["id".to_string(), "name".to_string()];
    let rows = vec![
        vec!["1".to_string(), "Alice".to_string()],
        vec!["22".to_string(), "Bo".to_string()],
    ];
    assert_eq!(
        psql_table(&cols, &[true, false], &rows),
        " id | name  \n----+-------\n  1 | Alice\n 22 | Bo\n"
    );
}

#[test]
fn mysql_table_format_matches_mysql() {
    use super::dbformat::mysql_table;
    use super::sql::Value;
    let cols = vec!["id".to_string(), "name".to_string()];
    let rows = vec![
        vec![Value::Int(1), Value::Text("Alice".into())],
        vec![Value::Int(22), Value::Null],
    ];
    assert_eq!(mysql_table(&cols, &[true, false], &rows), "+----+-------+\n| id | name  |\n+----+-------+\n|  1 | Alice |\n| 22 | NULL  |\n+----+-------+\n");
}

#[test]
fn redis_snapshot_round_trips_and_old_servers_log_without_tcp() {
    let mut fs = Tree::default();
    let e = env(&[("REDIS_VERSION", "6.2.17")]);
    let (log, svc) = start_server("redis-server", &e, &mut fs);
    assert!(log.ends_with("* Ready to accept connections\n"), "{log}");
    let Some(Service::Redis(mut r)) = svc else {
        panic!("not running")
    };
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    r.command(&s(&["RPUSH", "l", "a\tb", "c"]), T0);
    r.command(&s(&["HSET", "h", "f", "line\nbreak"]), T0);
    r.command(&s(&["SET", "t", "1", "EX", "100"]), T0);
    assert_eq!(r.command(&s(&["SAVE"]), T0), RespValue::Simple("OK".into()));
    let saved = r.take_pending().expect("SAVE writes the snapshot");
    assert_eq!(saved.snapshot_keys, Some(3));
    let (path, data, _) = &saved.files[0];
    assert_eq!(path, "/data/dump.rdb");
    fs.insert(path, Node::file(data.clone()));
    let (log2, svc2) = start_server("redis-server", &e, &mut fs);
    assert!(
        log2.contains("* Done loading RDB, keys loaded: 3, keys expired: 0.\n"),
        "{log2}"
    );
    let Some(Service::Redis(mut r2)) = svc2 else {
        panic!("not running")
    };
    assert_eq!(
        r2.command(&s(&["LRANGE", "l", "0", "-1"]), T0),
        RespValue::Array(Some(vec![
            RespValue::Bulk(Some("a\tb".into())),
            RespValue::Bulk(Some("c".into()))
        ]))
    );
    assert_eq!(
        r2.command(&s(&["HGET", "h", "f"]), T0),
        RespValue::Bulk(Some("line\nbreak".into()))
    );
    assert_eq!(
        r2.command(&s(&["TTL", "t"]), T0 + 10_000),
        RespValue::Integer(90)
    );
    assert_eq!(
        r2.command(&s(&["GET", "l"]), T0),
        RespValue::Error(
            "WRONGTYPE Operation against a key holding the wrong kind of value".into()
        )
    );
}

#[test]
fn old_redis_cli_names_an_empty_array_as_a_list_or_set() {
    let cli = |version: &str| super::redis::RedisCli {
        host: "127.0.0.1".into(),
        port: 6379,
        connected: true,
        old: version.starts_with('5'),
    };
    let mut fs = Tree::default();
    let (_, svc) = start_server(
        "redis-server",
        &env(&[("REDIS_VERSION", "5.0.14")]),
        &mut fs,
    );
    struct One(Option<Service>);
    impl Net for One {
        fn http(&mut self, _: &str, _: u16, _: &HttpRequest) -> Result<HttpResponse, NetError> {
            Err(NetError::Refused)
        }
        fn redis(&mut self, _: &str, _: u16, args: &[String]) -> Result<RespValue, NetError> {
            self.0
                .as_mut()
                .and_then(|s| s.redis(args))
                .ok_or(NetError::Refused)
        }
    }
    let mut net = One(svc);
    for (version, want) in [
        ("5.0.14", "(empty list or set)\n"),
        ("7.2.5", "(empty array)\n"),
    ] {
        let mut out = Output::default();
        assert!(cli(version).line("KEYS *", &mut net, T0, &mut out));
        assert_eq!(out.text(), want);
    }
}

/// Runs `argv` as a container's main process; returns what it printed and whether it stayed up.
fn start_argv(argv: &[&str], env: &BTreeMap<String, String>) -> (String, bool) {
    let mut fs = Tree::default();
    let mut out = Output::default();
    let argv: Vec<String> = argv.iter().map(|a| a.to_string()).collect();
    let start = {
        let mut ctx = ProgramCtx {
            fs: &mut fs,
            env,
            cwd: "/",
            stdin: &[],
            now_ms: T0,
            hostname: "0123456789ab",
            net: &mut NoNet,
            out: &mut out,
            processes: &[],
            tty: false,
        };
        super::start(&argv, &mut ctx)
    };
    (out.text(), matches!(start, Start::Running(_)))
}

#[test]
fn servers_asked_for_their_version_print_it_and_exit() {
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        (&["docker-entrypoint.sh", "--version"], &[("MYSQL_VERSION", "5.7.44-1.el7"), ("MYSQL_MAJOR", "5.7")], "mysqld  Ver 5.7.44 for Linux on x86_64 (MySQL Community Server (GPL))\n"),
        (&["docker-entrypoint.sh", "mysqld", "-V"], &[("MYSQL_VERSION", "8.0.42-1.el9"), ("MYSQL_MAJOR", "8.0")], "/usr/sbin/mysqld  Ver 8.0.42 for Linux on x86_64 (MySQL Community Server - GPL)\n"),
        (&["mariadbd", "--version"], &[("MARIADB_VERSION", "1:11.7.2+maria~ubu2404")], "mariadbd  Ver 11.7.2-MariaDB-ubu2404 for debian-linux-gnu on x86_64 (mariadb.org binary distribution)\n"),
        (&["docker-entrypoint.sh", "--version"], &[("PG_VERSION", "13.21-1.pgdg120+1"), ("PG_MAJOR", "13")], "postgres (PostgreSQL) 13.21 (Debian 13.21-1.pgdg120+1)\n"),
        (&["postgres", "--version"], &[("PG_VERSION", "9.6.24-1.pgdg110+1"), ("PG_MAJOR", "9.6")], "postgres (PostgreSQL) 9.6.24\n"),
        (&["postgres", "-V"], &[("PG_VERSION", "16.9"), ("PG_MAJOR", "16")], "postgres (PostgreSQL) 16.9\n"),
        (&["httpd", "-v"], &[("HTTPD_VERSION", "2.4.63")], "Server version: Apache/2.4.63 (Unix)\nServer built:   Jan 23 2025 01:35:53\n"),
    ];
    for (argv, pairs, want) in cases {
        let (text, running) = start_argv(argv, &env(pairs));
        assert_eq!(text, *want, "{argv:?}");
        assert!(!running, "{argv:?} kept running");
    }
}
