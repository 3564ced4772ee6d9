//! Tests of the programs against real tools' outputs, with a fake network of services.

use std::collections::BTreeMap;

use super::http::WgetFlavor;
use super::*;
use crate::runtime::{Output, Stream};
use crate::vfs::Node;

/// 2025-06-02T09:00:00Z.
const T0: i64 = 1_748_854_800_000;

/// A network of running services, each reachable by names on a port.
#[derive(Default)]
struct FakeNet {
    services: Vec<(Vec<String>, Service, Tree)>,
    log: Output,
    now_ms: i64,
}

impl Net for FakeNet {
    fn http(&mut self, host: &str, port: u16, req: &HttpRequest) -> Result<HttpResponse, NetError> {
        let mut req = req.clone();
        req.remote_addr = "172.17.0.1".to_string();
        let now = self.now_ms;
        let Some((_, svc, fs)) = self
            .services
            .iter_mut()
            .find(|(names, _, _)| names.iter().any(|n| n == host))
        else {
            return Err(NetError::UnknownHost);
        };
        if host == "blackhole" {
            return Err(NetError::Timeout);
        }
        svc.http(fs, now, port, &req, &mut self.log)
            .ok_or(NetError::Refused)
    }

    fn redis(&mut self, host: &str, port: u16, args: &[String]) -> Result<RespValue, NetError> {
        let Some((_, svc, _)) = self
            .services
            .iter_mut()
            .find(|(names, _, _)| names.iter().any(|n| n == host))
        else {
            return Err(NetError::UnknownHost);
        };
        if !svc.ports().contains(&port) {
            return Err(NetError::Refused);
        }
        svc.redis(args).ok_or(NetError::Refused)
    }
}

struct Run {
    fs: Tree,
    env: BTreeMap<String, String>,
    cwd: String,
    tty: bool,
    now_ms: i64,
}

impl Run {
    fn new(env: &[(&str, &str)]) -> Run {
        Run {
            fs: Tree::default(),
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            cwd: "/".to_string(),
            tty: false,
            now_ms: T0,
        }
    }

    fn ctx_do<R>(
        &mut self,
        net: &mut dyn Net,
        f: impl FnOnce(&mut ProgramCtx) -> R,
    ) -> (R, Output) {
        let mut out = Output::default();
        let r = {
            let mut ctx = ProgramCtx {
                fs: &mut self.fs,
                env: &self.env,
                cwd: &self.cwd,
                stdin: b"",
                now_ms: self.now_ms,
                hostname: "063ae7ccd719",
                net,
                out: &mut out,
                processes: &[],
                tty: self.tty,
            };
            f(&mut ctx)
        };
        (r, out)
    }

    fn start(&mut self, argv: &[&str], net: &mut dyn Net) -> (Start, Output) {
        let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
        self.ctx_do(net, |ctx| start(&argv, ctx))
    }

    fn cmd(&mut self, argv: &[&str], net: &mut dyn Net) -> (Option<i32>, Output) {
        let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
        self.ctx_do(net, |ctx| run_command(&argv, ctx))
    }
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

const SEED_INDEX_JS: &str = "const express = require('express')\n\nconst PORT = 3000;\n\nconst app = express();\napp.get(\"/\", (req, res) =>{\n\tres.send(\"hello world\")\n});\n\napp.listen(PORT);\nconsole.log(\"server is started..!\")\n";

const SEED_PACKAGE_JSON: &str = "{\n  \"name\": \"hahava-express\",\n  \"version\": \"1.0.0\",\n  \"description\": \"docker study \",\n  \"main\": \"index.js\",\n  \"scripts\": {\n    \"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"\n  },\n  \"author\": \"\",\n  \"license\": \"ISC\",\n  \"dependencies\": {\n    \"express\": \"4.17.1\",\n  }\n}\n";

const NODE_ENV: &[(&str, &str)] = &[
    ("NODE_VERSION", "22.16.0"),
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
];

fn node_app() -> Run {
    let mut r = Run::new(NODE_ENV);
    r.cwd = "/app".to_string();
    r.fs.insert("/app/index.js", Node::file(SEED_INDEX_JS));
    r.fs.insert(
        "/app/package.json",
        Node::file(SEED_PACKAGE_JSON.replace("4.17.1\",", "4.17.1\"")),
    );
    r
}

#[test]
fn seed_express_app_answers_hello_world_with_express_headers() {
    let mut r = node_app();
    let (code, _) = r.cmd(&["npm", "install"], &mut NoNet);
    assert_eq!(code, Some(0));
    let (started, out) = r.start(&["docker-entrypoint.sh", "node", "index.js"], &mut NoNet);
    assert_eq!(out.stream(Stream::Stdout), "server is started..!\n");
    let Start::Running(mut svc) = started else {
        panic!("not running: {started:?}")
    };
    assert_eq!(svc.ports(), vec![3000]);
    assert_eq!(svc.command_line(), "node index.js");
    let mut log = Output::default();
    let resp = svc
        .http(&r.fs, T0 + 5000, 3000, &HttpRequest::default(), &mut log)
        .unwrap();
    assert_eq!(
        resp.head_text(),
        "HTTP/1.1 200 OK\r\nX-Powered-By: Express\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 11\r\nETag: W/\"b-Kq5sNclPz7QV2+lfQIuc6R7oRu0\"\r\nDate: Mon, 02 Jun 2025 09:00:05 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n"
    );
    assert_eq!(resp.body, b"hello world");
    let req = HttpRequest {
        path: "/x".to_string(),
        ..HttpRequest::default()
    };
    let resp = svc.http(&r.fs, T0, 3000, &req, &mut log).unwrap();
    assert_eq!(resp.status, 404);
    assert_eq!(resp.header("Content-Length"), Some("140"));
    assert_eq!(
        String::from_utf8_lossy(&resp.body),
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /x</pre>\n</body>\n</html>\n"
    );
    // PID 1 node ignores SIGTERM; SIGKILL ends it with 137.
    assert_eq!(
        svc.on_signal(Signal::Term, T0, &mut log),
        SignalEffect::Ignored
    );
    assert_eq!(
        svc.on_signal(Signal::Kill, T0, &mut log),
        SignalEffect::Exit(137)
    );
}

#[test]
fn express_routes_json_status_template_logs() {
    let mut r = node_app();
    r.fs.insert("/app/node_modules/express/package.json", Node::file("{}"));
    r.fs.insert(
        "/app/server.js",
        Node::file("const express = require(\"express\");\nconst app = express();\nconst port = process.env.PORT || 8080;\n// app.get('/commented', (req, res) => res.send('no'));\napp.get('/j', (req, res) => res.json({ ok: true, n: 1 }));\napp.post('/s', (req, res) => {\n  console.log('posted');\n  res.status(201).send('made');\n});\napp.listen(port, () => {\n  console.log(`Example app listening on port ${port}`)\n});\n"),
    );
    let (started, out) = r.start(&["node", "server.js"], &mut NoNet);
    assert_eq!(out.text(), "Example app listening on port 8080\n");
    let Start::Running(mut svc) = started else {
        panic!()
    };
    assert_eq!(svc.ports(), vec![8080]);
    let mut log = Output::default();
    let resp = svc
        .http(
            &r.fs,
            T0,
            8080,
            &HttpRequest {
                path: "/j".into(),
                ..HttpRequest::default()
            },
            &mut log,
        )
        .unwrap();
    assert_eq!(resp.body, br#"{"ok":true,"n":1}"#);
    assert_eq!(
        resp.header("ETag"),
        Some("W/\"11-7ncni7bqmqA+tf5mjVh8iIHGo/c\"")
    );
    assert_eq!(
        resp.header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
    let resp = svc
        .http(
            &r.fs,
            T0,
            8080,
            &HttpRequest {
                method: "POST".into(),
                path: "/s".into(),
                ..HttpRequest::default()
            },
            &mut log,
        )
        .unwrap();
    assert_eq!(
        (resp.status, resp.reason.as_str(), resp.body.as_slice()),
        (201, "Created", &b"made"[..])
    );
    assert_eq!(log.text(), "posted\n");
    let resp = svc
        .http(
            &r.fs,
            T0,
            8080,
            &HttpRequest {
                path: "/commented".into(),
                ..HttpRequest::default()
            },
            &mut log,
        )
        .unwrap();
    assert_eq!(resp.status, 404);
}

#[test]
fn node_without_express_installed_fails_like_node() {
    let mut r = node_app();
    let (started, out) = r.start(&["node", "index.js"], &mut NoNet);
    assert!(matches!(started, Start::Exited(1)));
    let err = out.stream(Stream::Stderr);
    assert!(err.starts_with("node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module 'express'\nRequire stack:\n- /app/index.js\n"), "{err}");
    assert!(err.contains("    at Object.<anonymous> (/app/index.js:1:17)\n"));
    assert!(err.ends_with(
        "  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '/app/index.js' ]\n}\n\nNode.js v22.16.0\n"
    ));
}

#[test]
fn node_versions_and_plain_node() {
    let mut r = node_app();
    assert_eq!(r.cmd(&["node", "-v"], &mut NoNet).1.text(), "v22.16.0\n");
    let (started, out) = r.start(&["node"], &mut NoNet);
    assert!(matches!(started, Start::Exited(0)) && out.is_empty());
    assert_eq!(r.cmd(&["npm", "-v"], &mut NoNet).1.text(), "10.9.2\n");
}

#[test]
fn seed_package_json_fails_npm_install_exactly() {
    let mut r = node_app();
    r.fs.insert("/app/package.json", Node::file(SEED_PACKAGE_JSON));
    let (code, out) = r.cmd(&["npm", "install"], &mut NoNet);
    assert_eq!(code, Some(1));
    assert_eq!(out.stream(Stream::Stdout), "");
    assert_eq!(
        out.stream(Stream::Stderr),
        "npm error code EJSONPARSE\nnpm error path /app/package.json\nnpm error JSON.parse Expected double-quoted property name in JSON at position 269 (line 13 column 3) while parsing near \"...press\\\": \\\"4.17.1\\\",\\n  }\\n}\\n\"\nnpm error JSON.parse Failed to parse JSON data.\nnpm error JSON.parse Note: package.json must be actual JSON, not just JavaScript.\nnpm error A complete log of this run can be found in: /root/.npm/_logs/2025-06-02T09_00_00_000Z-debug-0.log\n"
    );
    assert!(!r.fs.exists("/app/node_modules"));
    // Node 20 (V8 11) has no line/column in the message.
    r.env.insert("NODE_VERSION".into(), "20.19.2".into());
    let (_, out) = r.cmd(&["npm", "install"], &mut NoNet);
    assert!(out.text().contains("npm error JSON.parse Expected double-quoted property name in JSON at position 269 while parsing near"));
}

#[test]
fn npm_install_writes_the_express_tree() {
    let mut r = node_app();
    let (code, out) = r.cmd(&["npm", "install"], &mut NoNet);
    assert_eq!(code, Some(0));
    assert_eq!(
        out.stream(Stream::Stdout),
        "\nadded 50 packages, and audited 51 packages in 2s\n\n1 package is looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n"
    );
    assert!(out.stream(Stream::Stderr).starts_with(
        "npm notice\nnpm notice New major version of npm available! 10.9.2 -> 11.4.1\n"
    ));
    let size: u64 = r.fs.walk("/app/node_modules").map(|(_, n)| n.size()).sum();
    assert!((1_800_000..2_100_000).contains(&size), "{size}");
    assert!(r
        .fs
        .is_file("/app/node_modules/send/node_modules/ms/package.json"));
    assert!(r
        .fs
        .read_string("/app/package-lock.json")
        .unwrap()
        .contains("\"lockfileVersion\": 3"));
    let (_, out) = r.cmd(&["npm", "i"], &mut NoNet);
    assert!(out
        .stream(Stream::Stdout)
        .starts_with("\nup to date, audited 51 packages in 2s\n"));
}

#[test]
fn npm_unknown_package_is_404_and_missing_manifest_enoent() {
    let mut r = node_app();
    let (code, out) = r.cmd(&["npm", "install", "no-such-pkg-xyz"], &mut NoNet);
    assert_eq!(code, Some(1));
    assert!(out.text().starts_with("npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/no-such-pkg-xyz - Not found\nnpm error 404\nnpm error 404  'no-such-pkg-xyz@*' is not in this registry.\n"));
    r.fs.remove("/app/package.json", false).unwrap();
    let (code, out) = r.cmd(&["npm", "install"], &mut NoNet);
    assert_eq!(code, Some(1));
    assert!(out.text().starts_with("npm error code ENOENT\nnpm error syscall open\nnpm error path /app/package.json\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'\n"));
}

#[test]
fn npm_test_runs_the_seed_script() {
    let mut r = node_app();
    let (code, out) = r.cmd(&["npm", "test"], &mut NoNet);
    assert_eq!(code, Some(1));
    assert_eq!(
        out.stream(Stream::Stdout),
        "\n> hahava-express@1.0.0 test\n> echo \"Error: no test specified\" && exit 1\n\nError: no test specified\n"
    );
}

fn nginx() -> (Run, Service, Output) {
    let mut r = Run::new(&[("NGINX_VERSION", "1.29.0")]);
    r.fs.insert(
        "/usr/share/nginx/html/index.html",
        Node::file(web::NGINX_INDEX_HTML),
    );
    let (started, out) = r.start(
        &["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"],
        &mut NoNet,
    );
    let Start::Running(svc) = started else {
        panic!()
    };
    (r, svc, out)
}

#[test]
fn nginx_starts_serves_index_and_logs() {
    let (r, mut svc, out) = nginx();
    let stdout = out.stream(Stream::Stdout);
    assert!(stdout.starts_with("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n"));
    assert!(stdout.ends_with("/docker-entrypoint.sh: Configuration complete; ready for start up\n"));
    assert!(out
        .stream(Stream::Stderr)
        .contains("2025/06/02 09:00:00 [notice] 1#1: nginx/1.29.0\n"));
    assert_eq!(web::NGINX_INDEX_HTML.len(), 615);
    let mut log = Output::default();
    let req = HttpRequest {
        headers: vec![("User-Agent".into(), "Wget/1.21.3".into())],
        ..HttpRequest::default()
    };
    let resp = svc.http(&r.fs, T0 + 5000, 80, &req, &mut log).unwrap();
    assert_eq!(
        resp.head_text(),
        "HTTP/1.1 200 OK\r\nServer: nginx/1.29.0\r\nDate: Mon, 02 Jun 2025 09:00:05 GMT\r\nContent-Type: text/html\r\nContent-Length: 615\r\nLast-Modified: Tue, 24 Jun 2025 17:57:38 GMT\r\nConnection: keep-alive\r\nETag: \"685ae712-267\"\r\nAccept-Ranges: bytes\r\n\r\n"
    );
    assert_eq!(
        log.stream(Stream::Stdout),
        "172.17.0.1 - - [02/Jun/2025:09:00:05 +0000] \"GET / HTTP/1.1\" 200 615 \"-\" \"Wget/1.21.3\" \"-\"\n"
    );
    let resp = svc
        .http(
            &r.fs,
            T0,
            80,
            &HttpRequest {
                path: "/nope".into(),
                ..HttpRequest::default()
            },
            &mut log,
        )
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&resp.body),
        "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.0</center>\r\n</body>\r\n</html>\r\n"
    );
    assert_eq!(resp.header("Content-Length"), Some("153"));
    let mut log = Output::default();
    assert_eq!(
        svc.on_signal(Signal::Quit, T0, &mut log),
        SignalEffect::Exit(0)
    );
    assert!(log
        .text()
        .contains("[notice] 29#29: gracefully shutting down\n"));
    assert!(log
        .text()
        .ends_with("2025/06/02 09:00:00 [notice] 1#1: exit\n"));
}

#[test]
fn mysql_refuses_to_start_without_a_password_option() {
    let mut r = Run::new(&[
        ("MYSQL_VERSION", "9.3.0-1.el9"),
        ("MYSQL_MAJOR", "innovation"),
    ]);
    let (started, out) = r.start(&["docker-entrypoint.sh", "mysqld"], &mut NoNet);
    assert!(matches!(started, Start::Exited(1)));
    assert_eq!(
        out.stream(Stream::Stderr),
        "2025-06-02 09:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n\tYou need to specify one of the following as an environment variable:\n\t- MYSQL_ROOT_PASSWORD\n\t- MYSQL_ALLOW_EMPTY_PASSWORD\n\t- MYSQL_RANDOM_ROOT_PASSWORD\n"
    );
    r.env.insert("MYSQL_ROOT_PASSWORD".into(), "secret".into());
    let (started, out) = r.start(&["docker-entrypoint.sh", "mysqld"], &mut NoNet);
    let Start::Running(svc) = started else {
        panic!()
    };
    assert_eq!(svc.ports(), vec![3306, 33060]);
    assert!(out.text().contains("/usr/sbin/mysqld: ready for connections. Version: '9.3.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n"));
}

#[test]
fn postgres_refuses_without_password() {
    let mut r = Run::new(&[("PG_VERSION", "17.5-1.pgdg120+1"), ("PG_MAJOR", "17")]);
    let (started, out) = r.start(&["docker-entrypoint.sh", "postgres"], &mut NoNet);
    assert!(matches!(started, Start::Exited(1)));
    assert!(out.text().starts_with("Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD"));
}

fn redis_net() -> FakeNet {
    let mut r = Run::new(&[("REDIS_VERSION", "8.0.2")]);
    let (started, out) = r.start(&["docker-entrypoint.sh", "redis-server"], &mut NoNet);
    assert!(out.text().contains(
        "1:C 02 Jun 2025 09:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n"
    ));
    assert!(out
        .text()
        .ends_with("1:M 02 Jun 2025 09:00:00.000 * Ready to accept connections tcp\n"));
    let Start::Running(svc) = started else {
        panic!()
    };
    assert_eq!(svc.command_line(), "redis-server *:6379");
    FakeNet {
        services: vec![(
            s(&["127.0.0.1", "localhost", "redis"]),
            svc,
            Tree::default(),
        )],
        ..FakeNet::default()
    }
}

#[test]
fn redis_set_get_and_cli_output() {
    let mut net = redis_net();
    let mut c = Run::new(&[("REDIS_VERSION", "8.0.2")]);
    c.tty = true;
    let mut cli = |args: &[&str], net: &mut FakeNet| {
        let mut argv = vec!["redis-cli"];
        argv.extend_from_slice(args);
        let (code, out) = c.cmd(&argv, net);
        (code, out.text())
    };
    assert_eq!(cli(&["ping"], &mut net).1, "PONG\n");
    assert_eq!(cli(&["SET", "name", "dockling"], &mut net).1, "OK\n");
    assert_eq!(cli(&["GET", "name"], &mut net).1, "\"dockling\"\n");
    assert_eq!(cli(&["-h", "redis", "GET", "nope"], &mut net).1, "(nil)\n");
    assert_eq!(cli(&["INCR", "hits"], &mut net).1, "(integer) 1\n");
    assert_eq!(cli(&["EXISTS", "name", "x"], &mut net).1, "(integer) 1\n");
    assert_eq!(
        cli(&["KEYS", "*"], &mut net).1,
        "1) \"hits\"\n2) \"name\"\n"
    );
    assert_eq!(
        cli(&["-p", "6380", "PING"], &mut net),
        (
            Some(1),
            "Could not connect to Redis at 127.0.0.1:6380: Connection refused\n".to_string()
        )
    );
    let mut log = Output::default();
    let svc = &mut net.services[0].1;
    assert_eq!(
        svc.redis_at(&s(&["SET", "t", "1", "EX", "10"]), T0),
        Some(RespValue::Simple("OK".into()))
    );
    assert_eq!(
        svc.redis_at(&s(&["TTL", "t"]), T0 + 3000),
        Some(RespValue::Integer(7))
    );
    assert_eq!(
        svc.redis_at(&s(&["GET", "t"]), T0 + 10_000),
        Some(RespValue::Bulk(None))
    );
    assert_eq!(
        svc.on_signal(Signal::Term, T0, &mut log),
        SignalEffect::Exit(0)
    );
    assert!(log
        .text()
        .contains("# Redis is now ready to exit, bye bye...\n"));
}

fn web_net() -> FakeNet {
    let mut r = node_app();
    r.cmd(&["npm", "install"], &mut NoNet);
    let (started, _) = r.start(&["node", "index.js"], &mut NoNet);
    let Start::Running(svc) = started else {
        panic!()
    };
    // The host reaches the app through `-p 9000:3000`; the fake maps only the container port.
    let mut net = FakeNet {
        now_ms: T0,
        ..FakeNet::default()
    };
    net.services.push((s(&["localhost"]), svc, r.fs));
    net
}

/// Sends host port 9000 to the container's 3000, like a published port.
struct Published(FakeNet);

impl Net for Published {
    fn http(&mut self, host: &str, port: u16, req: &HttpRequest) -> Result<HttpResponse, NetError> {
        match port {
            9000 => self.0.http(host, 3000, req),
            _ if host == "localhost" => Err(NetError::Refused),
            _ => self.0.http(host, port, req),
        }
    }
    fn redis(&mut self, host: &str, port: u16, args: &[String]) -> Result<RespValue, NetError> {
        self.0.redis(host, port, args)
    }
}

#[test]
fn gnu_wget_output_is_byte_exact() {
    let mut net = Published(web_net());
    let mut host = Run::new(&[]);
    host.cwd = "/home/user".to_string();
    host.fs.insert("/home/user", Node::dir());
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::wget(&s(&["localhost:9000"]), ctx, WgetFlavor::Gnu)
    });
    assert_eq!(code, 0);
    assert_eq!(
        out.stream(Stream::Stderr),
        "--2025-06-02 09:00:00--  http://localhost:9000/\nResolving localhost (localhost)... ::1, 127.0.0.1\nConnecting to localhost (localhost)|::1|:9000... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 11 [text/html]\nSaving to: ‘index.html’\n\n     0K                                                       100% 2.04M=0s\n\n2025-06-02 09:00:00 (2.04 MB/s) - ‘index.html’ saved [11/11]\n\n"
    );
    assert_eq!(
        host.fs.read("/home/user/index.html").unwrap(),
        b"hello world"
    );
    let (_, out) = host.ctx_do(&mut net, |ctx| {
        http::wget(&s(&["localhost:9000"]), ctx, WgetFlavor::Gnu)
    });
    assert!(out.text().contains("Saving to: ‘index.html.1’\n"));
    let (_, out) = host.ctx_do(&mut net, |ctx| {
        http::wget(&s(&["-qO-", "localhost:9000"]), ctx, WgetFlavor::Gnu)
    });
    assert_eq!(
        (out.stream(Stream::Stdout), out.stream(Stream::Stderr)),
        ("hello world".to_string(), String::new())
    );
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::wget(&s(&["localhost:9001"]), ctx, WgetFlavor::Gnu)
    });
    assert_eq!(code, 4);
    assert_eq!(
        out.text(),
        "--2025-06-02 09:00:00--  http://localhost:9001/\nResolving localhost (localhost)... ::1, 127.0.0.1\nConnecting to localhost (localhost)|::1|:9001... failed: Connection refused.\nConnecting to localhost (localhost)|127.0.0.1|:9001... failed: Connection refused.\n"
    );
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::wget(&s(&["localhost:9000/nope"]), ctx, WgetFlavor::Gnu)
    });
    assert_eq!(code, 8);
    assert!(out.text().ends_with("HTTP request sent, awaiting response... 404 Not Found\n2025-06-02 09:00:00 ERROR 404: Not Found.\n\n"));
}

#[test]
fn busybox_wget_output() {
    let mut net = Published(web_net());
    let mut c = Run::new(&[]);
    c.fs.insert("/bin/busybox", Node::executable("bb"));
    let (code, out) = c.ctx_do(&mut net, |ctx| {
        http::wget(
            &s(&["-O", "-", "http://localhost:9000/"]),
            ctx,
            WgetFlavor::Busybox,
        )
    });
    assert_eq!(code, 0);
    assert_eq!(out.stream(Stream::Stdout), "hello world");
    assert_eq!(
        out.stream(Stream::Stderr),
        "Connecting to localhost:9000 (127.0.0.1:9000)\nwriting to stdout\nwritten to stdout\n"
    );
    let (code, out) = c.ctx_do(&mut net, |ctx| {
        http::wget(&s(&["localhost:9001"]), ctx, WgetFlavor::Busybox)
    });
    assert_eq!(code, 1);
    assert!(out
        .text()
        .ends_with("wget: can't connect to remote host (127.0.0.1): Connection refused\n"));
}

#[test]
fn curl_outputs_and_errors() {
    let mut net = Published(web_net());
    let mut host = Run::new(&[]);
    let (code, out) = host.ctx_do(&mut net, |ctx| http::curl(&s(&["localhost:9000"]), ctx));
    assert_eq!((code, out.text()), (0, "hello world".to_string()));
    let (_, out) = host.ctx_do(&mut net, |ctx| {
        http::curl(&s(&["-sI", "http://localhost:9000/"]), ctx)
    });
    assert!(out
        .text()
        .starts_with("HTTP/1.1 200 OK\r\nX-Powered-By: Express\r\n"));
    assert!(out.text().ends_with("Keep-Alive: timeout=5\r\n\r\n"));
    let (_, out) = host.ctx_do(&mut net, |ctx| {
        http::curl(&s(&["-i", "localhost:9000"]), ctx)
    });
    assert!(out.text().ends_with("\r\n\r\nhello world"));
    let (code, out) = host.ctx_do(&mut net, |ctx| http::curl(&s(&["localhost:9001"]), ctx));
    assert_eq!((code, out.text()), (7, "curl: (7) Failed to connect to localhost port 9001 after 0 ms: Couldn't connect to server\n".to_string()));
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::curl(&s(&["-s", "localhost:9001"]), ctx)
    });
    assert_eq!((code, out.text()), (7, String::new()));
    let (code, out) = host.ctx_do(&mut net, |ctx| http::curl(&s(&["http://nowhere/"]), ctx));
    assert_eq!(
        (code, out.text()),
        (6, "curl: (6) Could not resolve host: nowhere\n".to_string())
    );
    net.0.services.push((
        s(&["blackhole"]),
        Service::Idle(misc::Idle {
            command: String::new(),
            until_ms: None,
            name: "sleep".into(),
        }),
        Tree::default(),
    ));
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::curl(&s(&["-m", "2", "blackhole"]), ctx)
    });
    assert_eq!(
        (code, out.text()),
        (
            28,
            "curl: (28) Connection timed out after 2001 milliseconds\n".to_string()
        )
    );
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::curl(&s(&["-o", "page.html", "localhost:9000"]), ctx)
    });
    assert_eq!(code, 0);
    assert_eq!(
        out.stream(Stream::Stderr),
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100    11  100    11    0     0   3985      0 --:--:-- --:--:-- --:--:--  5500\n"
    );
    assert_eq!(host.fs.read("/page.html").unwrap(), b"hello world");
}

#[test]
fn python_http_server_lists_directories() {
    let mut r = Run::new(&[("PYTHON_VERSION", "3.11.7")]);
    r.cwd = "/srv".to_string();
    r.fs.insert("/srv/big.txt", Node::file("x"));
    r.fs.insert("/srv/sub/a.txt", Node::file("a"));
    let (started, out) = r.start(&["python", "-m", "http.server"], &mut NoNet);
    assert!(out.is_empty(), "stdout is block-buffered without a TTY");
    let Start::Running(mut svc) = started else {
        panic!()
    };
    assert_eq!(svc.ports(), vec![8000]);
    let mut log = Output::default();
    let resp = svc
        .http(&r.fs, T0, 8000, &HttpRequest::default(), &mut log)
        .unwrap();
    assert_eq!(
        resp.head_text(),
        "HTTP/1.0 200 OK\r\nServer: SimpleHTTP/0.6 Python/3.11.7\r\nDate: Mon, 02 Jun 2025 09:00:00 GMT\r\nContent-type: text/html; charset=utf-8\r\nContent-Length: 259\r\n\r\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&resp.body),
        "<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n<li><a href=\"big.txt\">big.txt</a></li>\n<li><a href=\"sub/\">sub/</a></li>\n</ul>\n<hr>\n</body>\n</html>\n"
    );
    assert_eq!(
        log.text(),
        "172.17.0.1 - - [02/Jun/2025 09:00:00] \"GET / HTTP/1.1\" 200 -\n"
    );
    r.tty = true;
    let (_, out) = r.start(&["python3", "-m", "http.server", "9090"], &mut NoNet);
    assert_eq!(
        out.text(),
        "Serving HTTP on 0.0.0.0 port 9090 (http://0.0.0.0:9090/) ...\n"
    );
}

#[test]
fn package_managers_need_lists_and_install_programs() {
    let mut r = Run::new(&[]);
    r.fs.insert(
        "/etc/os-release",
        Node::file("ID=debian\nVERSION_CODENAME=bookworm\n"),
    );
    r.fs.insert("/usr/bin/apt-get", Node::executable("apt"));
    let (code, out) = r.cmd(&["apt-get", "install", "-y", "curl"], &mut NoNet);
    assert_eq!(code, Some(100));
    assert_eq!(out.text(), "Reading package lists...\nBuilding dependency tree...\nReading state information...\nE: Unable to locate package curl\n");
    assert_eq!(r.cmd(&["curl", "localhost"], &mut NoNet).0, None);
    let (code, out) = r.cmd(&["apt-get", "update"], &mut NoNet);
    assert_eq!(code, Some(0));
    assert!(out.text().starts_with("Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\nGet:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]\n"));
    assert!(out.text().ends_with("Reading package lists...\n"));
    let before = r.fs.total_size();
    let (code, out) = r.cmd(&["apt-get", "install", "-y", "curl"], &mut NoNet);
    assert_eq!(code, Some(0), "{}", out.text());
    assert!(out
        .text()
        .contains("Setting up curl (7.88.1-10+deb12u12) ...\n"));
    assert!(r.fs.total_size() > before + 1_000_000);
    assert_eq!(r.cmd(&["curl", "-s", "localhost"], &mut NoNet).0, Some(6));
    let (code, out) = r.cmd(&["apt-get", "install", "-y", "nosuchpkg"], &mut NoNet);
    assert_eq!(code, Some(100));
    assert!(out
        .text()
        .ends_with("E: Unable to locate package nosuchpkg\n"));

    let mut a = Run::new(&[]);
    a.fs.insert("/etc/alpine-release", Node::file("3.21.3\n"));
    a.fs.insert("/sbin/apk", Node::executable("apk"));
    let (code, out) = a.cmd(&["apk", "add", "foo"], &mut NoNet);
    assert_eq!(code, Some(1));
    assert_eq!(out.stream(Stream::Stderr), "ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]\n");
    let (code, out) = a.cmd(&["apk", "add", "--no-cache", "curl"], &mut NoNet);
    assert_eq!(code, Some(0));
    assert!(out.text().starts_with(
        "fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz\n"
    ));
    assert!(out.text().contains("(9/9) Installing curl (8.12.1-r1)\n"));
    assert!(a.fs.is_file("/usr/bin/curl"));
}

#[test]
fn hello_sleep_shells() {
    let mut r = Run::new(&[]);
    r.fs.insert("/hello", Node::executable("hello"));
    let (started, out) = r.start(&["/hello"], &mut NoNet);
    assert!(matches!(started, Start::Exited(0)));
    assert!(out.text().starts_with("\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n"));
    r.fs.insert("/bin/sleep", Node::executable("sleep"));
    r.fs.insert("/bin/sh", Node::executable("sh"));
    let (started, _) = r.start(&["sleep", "30"], &mut NoNet);
    let Start::Running(svc) = started else {
        panic!()
    };
    assert_eq!(svc.ends_at(), Some(T0 + 30_000));
    assert!(matches!(r.start(&["/bin/sh"], &mut NoNet).0, Start::Shell));
    assert!(matches!(r.start(&["nope"], &mut NoNet).0, Start::NotFound));
}

#[test]
fn ps_lists_processes() {
    let mut r = Run::new(&[]);
    r.fs.insert("/usr/bin/ps", Node::executable("ps"));
    let procs = vec![
        ProcessInfo {
            pid: 1,
            user: "root".into(),
            command: "node index.js".into(),
            start_ms: T0,
            tty: None,
            rss_kib: 51_000,
        },
        ProcessInfo {
            pid: 7,
            user: "root".into(),
            command: "ps -ef".into(),
            start_ms: T0 + 60_000,
            tty: Some("pts/0".into()),
            rss_kib: 3_000,
        },
    ];
    let mut out = Output::default();
    let argv = s(&["ps", "-ef"]);
    let mut ctx = ProgramCtx {
        fs: &mut r.fs,
        env: &r.env,
        cwd: "/",
        stdin: b"",
        now_ms: T0,
        hostname: "h",
        net: &mut NoNet,
        out: &mut out,
        processes: &procs,
        tty: true,
    };
    assert_eq!(run_command(&argv, &mut ctx), Some(0));
    assert_eq!(
        out.text(),
        "UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 09:00 ?        00:00:00 node index.js\nroot           7       0  0 09:01 pts/0    00:00:00 ps -ef\n"
    );
}

#[test]
fn scripts_and_shells_go_to_the_container_shell() {
    let mut r = Run::new(&[("NODE_VERSION", "20.19.2")]);
    r.fs.insert(
        "/usr/local/bin/docker-entrypoint.sh",
        Node::executable("#!/bin/sh\nset -e\nexec \"$@\"\n"),
    );
    r.fs.insert("/app/start.sh", Node::executable("#!/bin/sh\necho hi\n"));
    r.fs.insert("/bin/bash", Node::executable("bash"));
    r.cwd = "/app".to_string();
    assert!(matches!(
        r.start(&["./start.sh"], &mut NoNet).0,
        Start::Shell
    ));
    assert!(matches!(
        r.start(&["bash", "-c", "echo hi"], &mut NoNet).0,
        Start::Shell
    ));
    // The entrypoint is a shell script too, but its behaviour is simulated directly: node's
    // prepends `node` to a script name, and node 20 reports the missing module its own way.
    let (started, out) = r.start(&["docker-entrypoint.sh", "index.js"], &mut NoNet);
    assert!(matches!(started, Start::Exited(1)));
    assert!(out.text().starts_with("node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n\nError: Cannot find module '/app/index.js'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)\n"));
    assert!(out
        .text()
        .ends_with("  requireStack: []\n}\n\nNode.js v20.19.2\n"));
    r.tty = true;
    assert!(matches!(
        r.start(&["docker-entrypoint.sh", "node"], &mut NoNet).0,
        Start::Shell
    ));
    assert_eq!(
        node::repl_banner(&r.env),
        "Welcome to Node.js v20.19.2.\nType \".help\" for more information.\n> "
    );
}

#[test]
fn plain_http_module_server() {
    let mut r = Run::new(NODE_ENV);
    r.cwd = "/app".to_string();
    r.fs.insert(
        "/app/s.js",
        Node::file("const http = require('http');\nconst server = http.createServer((req, res) => {\n  res.writeHead(200, {'Content-Type': 'text/plain'});\n  res.end('Hello World\\n');\n});\nserver.listen(8080, () => console.log('listening'));\n"),
    );
    r.fs.insert("/app/t.js", Node::file("const http = require('http');\nhttp.createServer((req, res) => { res.end('hi'); }).listen(3000);\n"));
    let (started, out) = r.start(&["node", "s.js"], &mut NoNet);
    assert_eq!(out.text(), "listening\n");
    let Start::Running(mut svc) = started else {
        panic!()
    };
    let mut log = Output::default();
    let resp = svc
        .http(
            &r.fs,
            T0,
            8080,
            &HttpRequest {
                path: "/any".into(),
                ..HttpRequest::default()
            },
            &mut log,
        )
        .unwrap();
    assert_eq!(
        resp.head_text(),
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: Mon, 02 Jun 2025 09:00:00 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    assert_eq!(resp.body, b"Hello World\n");
    let (started, _) = r.start(&["node", "t.js"], &mut NoNet);
    let Start::Running(mut svc) = started else {
        panic!()
    };
    let resp = svc
        .http(&r.fs, T0, 3000, &HttpRequest::default(), &mut log)
        .unwrap();
    assert_eq!(
        resp.head_text(),
        "HTTP/1.1 200 OK\r\nDate: Mon, 02 Jun 2025 09:00:00 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\n"
    );
}

#[test]
fn curl_verbose_trace() {
    let mut net = Published(web_net());
    let mut host = Run::new(&[]);
    let (code, out) = host.ctx_do(&mut net, |ctx| {
        http::curl(&s(&["-sv", "localhost:9000"]), ctx)
    });
    assert_eq!(code, 0);
    assert_eq!(out.stream(Stream::Stdout), "hello world");
    let err = out.stream(Stream::Stderr);
    assert!(err.starts_with("*   Trying 127.0.0.1:9000...\n* Connected to localhost (127.0.0.1) port 9000 (#0)\n> GET / HTTP/1.1\r\n> Host: localhost:9000\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n< HTTP/1.1 200 OK\r\n< X-Powered-By: Express\r\n"), "{err}");
    assert!(err.ends_with("< Keep-Alive: timeout=5\r\n< \r\n{ [11 bytes data]\n* Connection #0 to host localhost left intact\n"));
}

#[test]
fn npm_flags_shape_the_summary_and_send_file_serves_html() {
    let mut r = node_app();
    let (code, out) = r.cmd(
        &["npm", "ci", "--omit=dev", "--no-audit", "--no-fund"],
        &mut NoNet,
    );
    assert_eq!(code, Some(1), "npm ci needs a lockfile");
    assert!(out.text().starts_with("npm error code EUSAGE\n"));
    let (_, out) = r.cmd(&["npm", "install", "--no-audit", "--no-fund"], &mut NoNet);
    assert_eq!(out.stream(Stream::Stdout), "\nadded 50 packages in 2s\n");
    r.fs.insert(
        "/app/index.js",
        Node::file("const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.sendFile(__dirname + '/index.html'));\napp.listen(3000);\n"),
    );
    r.fs.insert("/app/index.html", Node::file("<h1>hi</h1>\n"));
    let (started, _) = r.start(&["node", "index.js"], &mut NoNet);
    let Start::Running(mut svc) = started else {
        panic!()
    };
    let mut log = Output::default();
    let resp = svc
        .http(&r.fs, T0, 3000, &HttpRequest::default(), &mut log)
        .unwrap();
    assert_eq!(resp.body, b"<h1>hi</h1>\n");
    assert_eq!(
        resp.header("Content-Type"),
        Some("text/html; charset=UTF-8")
    );
}

/// Garbage in, no panic out: node's script reader, the JSON checker and URL parsing.
#[test]
fn parsers_survive_garbage() {
    let alphabet: Vec<char> =
        "app.get('/',(req,res)=>{res.send(`${PORT}`)});listen(console.log(\"\\{[]}+||=;\n é"
            .chars()
            .collect();
    let mut seed: u64 = 7;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    for _ in 0..300 {
        let len = next(200);
        let text: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
        let script = format!("const express = require('express');\nconst app = express();\n{text}\napp.listen(3000);\n");
        let mut r = node_app();
        r.fs.insert("/app/node_modules/express/package.json", Node::file("{}"));
        r.fs.insert("/app/index.js", Node::file(script));
        if let (Start::Running(mut svc), _) = r.start(&["node", "index.js"], &mut NoNet) {
            let mut log = Output::default();
            let _ = svc.http(&r.fs, T0, 3000, &HttpRequest::default(), &mut log);
        }
        let _ = json::check(&text);
        let _ = http::Url::parse(&text);
    }
}

#[test]
fn release_field_reads_os_release_keys_whole() {
    let text =
        "NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"14.04\"\nVERSION_CODENAME=\n";
    assert_eq!(super::release_field(text, "ID").as_deref(), Some("ubuntu"));
    assert_eq!(
        super::release_field(text, "VERSION_ID").as_deref(),
        Some("14.04")
    );
    // An empty value is no value; a key is not read as the prefix of a longer one.
    assert_eq!(super::release_field(text, "VERSION_CODENAME"), None);
    assert_eq!(super::release_field(text, "NAM"), None);
}
