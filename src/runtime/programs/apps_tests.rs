//! Tests of the application runtimes: Python web servers, pip, Apache/PHP and WordPress,
//! Java, and node apps with a persistence layer, each against what the real program prints.

use std::collections::BTreeMap;

use super::super::*;
use crate::runtime::Output;
use crate::vfs::{Node, Tree};

/// 2025-06-02T09:00:00Z.
const T0: i64 = 1_748_854_800_000;

/// A network where the named hosts listen on the given ports.
struct Listening(Vec<(&'static str, u16)>);

impl Net for Listening {
    fn http(&mut self, _: &str, _: u16, _: &HttpRequest) -> Result<HttpResponse, NetError> {
        Err(NetError::Refused)
    }
    fn redis(&mut self, _: &str, _: u16, _: &[String]) -> Result<RespValue, NetError> {
        Err(NetError::Refused)
    }
    fn tcp_connect(&mut self, host: &str, port: u16) -> Result<(), NetError> {
        match self.0.iter().find(|(h, _)| *h == host) {
            Some((_, p)) if *p == port => Ok(()),
            Some(_) => Err(NetError::Refused),
            None => Err(NetError::UnknownHost),
        }
    }
}

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Runs `argv` as a container's main process; the start result and what it printed.
fn start_in(
    fs: &mut Tree,
    env: &BTreeMap<String, String>,
    cwd: &str,
    net: &mut dyn Net,
    argv: &[&str],
) -> (Start, Output) {
    let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
    let mut out = Output::default();
    let r = {
        let mut ctx = ProgramCtx {
            fs,
            env,
            cwd,
            stdin: b"",
            now_ms: T0,
            hostname: "063ae7ccd719",
            net,
            out: &mut out,
            processes: &[],
            tty: false,
        };
        start(&argv, &mut ctx)
    };
    (r, out)
}

fn text(out: &Output) -> String {
    out.chunks.iter().map(|(_, t)| t.as_str()).collect()
}

fn get(path: &str, host: &str, remote: &str) -> HttpRequest {
    HttpRequest {
        path: path.to_string(),
        headers: vec![("Host".to_string(), host.to_string())],
        remote_addr: remote.to_string(),
        ..HttpRequest::default()
    }
}

const PY: &[(&str, &str)] = &[
    ("PYTHON_VERSION", "3.12.10"),
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
];

#[test]
fn pip_pins_versions_and_python_imports_what_pip_installed() {
    let e = env(PY);
    let mut fs = Tree::default();
    fs.insert("/app/requirements.txt", Node::file("Flask==2.0.1\n"));
    let (r, _) = start_in(
        &mut fs,
        &e,
        "/app",
        &mut NoNet,
        &["pip", "install", "-r", "requirements.txt"],
    );
    assert!(matches!(r, Start::Exited(0)));
    assert!(fs.exists("/usr/local/lib/python3.12/site-packages/flask-2.0.1.dist-info/METADATA"));
    assert!(
        fs.is_file("/usr/local/bin/flask"),
        "console scripts are installed"
    );
    let (_, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["pip", "freeze"]);
    assert!(text(&out).contains("flask==2.0.1\n"), "{}", text(&out));
    let (_, out) = start_in(
        &mut fs,
        &e,
        "/app",
        &mut NoNet,
        &["python", "-c", "import flask; print(flask.__version__)"],
    );
    assert_eq!(text(&out), "2.0.1\n");
    fs.insert("/app/app.py", Node::file("import os\nimport redis\n"));
    let (r, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["python", "app.py"]);
    assert!(matches!(r, Start::Exited(1)));
    assert_eq!(
        text(&out),
        "Traceback (most recent call last):\n  File \"/app/app.py\", line 2, in <module>\n    import redis\nModuleNotFoundError: No module named 'redis'\n"
    );
}

#[test]
fn flask_on_loopback_answers_only_inside_the_container() {
    let e = env(PY);
    let mut fs = Tree::default();
    fs.insert(
        "/usr/local/lib/python3.12/site-packages/flask/__init__.py",
        Node::file(""),
    );
    fs.insert("/app/app.py", Node::file("from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return {'b': 1, 'a': [True, None]}\n\napp.run()\n"));
    let (r, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["python", "app.py"]);
    let Start::Running(mut svc) = r else {
        panic!("the dev server keeps running")
    };
    assert!(text(&out).contains(" * Running on http://127.0.0.1:5000\nPress CTRL+C to quit\n"));
    let mut log = Output::default();
    assert!(svc
        .http(
            &fs,
            T0,
            5000,
            &get("/", "localhost:5000", "172.17.0.1"),
            &mut log
        )
        .is_none());
    let resp = svc
        .http(
            &fs,
            T0,
            5000,
            &get("/", "localhost:5000", "172.17.0.2"),
            &mut log,
        )
        .expect("a request from inside is answered");
    assert_eq!(
        String::from_utf8_lossy(&resp.body),
        "{\"a\":[true,null],\"b\":1}\n"
    );
    assert_eq!(resp.header("Content-Type"), Some("application/json"));
    // PID 1 without a SIGTERM handler: docker stop has to kill it.
    assert_eq!(
        svc.on_signal(Signal::Term, T0, &mut log),
        SignalEffect::Ignored
    );
}

#[test]
fn flask_run_without_an_app_fails_with_usage() {
    let e = env(PY);
    let mut fs = Tree::default();
    fs.insert(
        "/usr/local/bin/flask",
        Node::executable("#!/usr/local/bin/python3.12\n"),
    );
    let (r, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["flask", "run"]);
    assert!(matches!(r, Start::Exited(2)));
    assert!(text(&out).starts_with("Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: Could not locate a Flask application."));
}

const PHP: &[(&str, &str)] = &[("PHP_VERSION", "8.2.28"), ("WORDPRESS_DB_HOST", "db")];

#[test]
fn wordpress_redirects_to_its_installer_once_the_database_answers() {
    let e = env(PHP);
    let mut fs = Tree::default();
    fs.insert("/usr/src/wordpress/index.php", Node::file("<?php\n"));
    fs.insert(
        "/usr/src/wordpress/wp-config-docker.php",
        Node::file("<?php\n"),
    );
    let (r, out) = start_in(
        &mut fs,
        &e,
        "/var/www/html",
        &mut NoNet,
        &["docker-entrypoint.sh", "apache2-foreground"],
    );
    let Start::Running(mut svc) = r else {
        panic!("apache keeps running")
    };
    let log = text(&out);
    assert!(
        log.starts_with("WordPress not found in /var/www/html - copying now...\n"),
        "{log}"
    );
    assert!(log.contains(
        "AH00163: Apache/2.4.62 (Debian) PHP/8.2.28 configured -- resuming normal operations\n"
    ));
    assert!(fs.exists("/var/www/html/wp-config.php"));
    let mut access = Output::default();
    let down = svc
        .http(
            &fs,
            T0,
            80,
            &get("/", "localhost:8080", "172.17.0.1"),
            &mut access,
        )
        .expect("apache answers");
    assert_eq!(down.status, 500);
    assert!(
        String::from_utf8_lossy(&down.body).contains("Error establishing a database connection")
    );
    for p in svc.peers_mut() {
        p.status = Ok(());
    }
    let up = svc
        .http(
            &fs,
            T0,
            80,
            &get("/", "localhost:8080", "172.17.0.1"),
            &mut access,
        )
        .expect("apache answers");
    assert_eq!(
        (up.status, up.header("Location")),
        (302, Some("http://localhost:8080/wp-admin/install.php"))
    );
    assert!(text(&access).contains("\"GET / HTTP/1.1\" 302 "));
}

#[test]
fn tomcat_starts_and_answers_its_404_page() {
    let e = env(&[
        ("TOMCAT_VERSION", "10.1.41"),
        ("CATALINA_HOME", "/usr/local/tomcat"),
        ("JAVA_VERSION", "jdk-21.0.7+6"),
    ]);
    let mut fs = Tree::default();
    fs.insert("/usr/local/tomcat/webapps/app.war", Node::file("PK"));
    let (r, out) = start_in(
        &mut fs,
        &e,
        "/usr/local/tomcat",
        &mut NoNet,
        &["catalina.sh", "run"],
    );
    let Start::Running(mut svc) = r else {
        panic!("tomcat keeps running")
    };
    let log = text(&out);
    assert!(
        log.contains("Deploying web application archive [/usr/local/tomcat/webapps/app.war]"),
        "{log}"
    );
    assert!(log.contains(
        "org.apache.catalina.startup.Catalina.start Server startup in [478] milliseconds\n"
    ));
    let resp = svc
        .http(
            &fs,
            T0,
            8080,
            &get("/", "localhost:8888", "172.17.0.1"),
            &mut Output::default(),
        )
        .expect("tomcat answers");
    assert_eq!(resp.status, 404);
    assert!(String::from_utf8_lossy(&resp.body).contains("<h3>Apache Tomcat/10.1.41</h3>"));
}

/// The getting-started todo app's shape, trimmed to what the program looks at.
fn todo_app(fs: &mut Tree) {
    fs.insert("/app/src/index.js", Node::file("const express = require('express');\nconst app = express();\nconst db = require('./persistence');\napp.use(express.static(__dirname + '/static'));\ndb.init().then(() => {\n    app.listen(3000, () => console.log('Listening on port 3000'));\n});\n"));
    fs.insert("/app/src/persistence/index.js", Node::file("if (process.env.MYSQL_HOST) module.exports = require('./mysql');\nelse module.exports = require('./sqlite');\n"));
    fs.insert(
        "/app/src/persistence/sqlite.js",
        Node::file("const sqlite3 = require('sqlite3').verbose();\n"),
    );
    fs.insert(
        "/app/src/persistence/mysql.js",
        Node::file("const mysql = require('mysql2');\n"),
    );
    for m in ["express", "sqlite3", "mysql2"] {
        fs.insert(
            &format!("/app/node_modules/{m}/package.json"),
            Node::file("{}"),
        );
    }
}

#[test]
fn todo_app_uses_sqlite_or_waits_for_mysql() {
    let mut fs = Tree::default();
    todo_app(&mut fs);
    let e = env(&[("NODE_VERSION", "22.16.0")]);
    let (r, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["node", "src/index.js"]);
    assert!(matches!(r, Start::Running(_)));
    assert_eq!(
        text(&out),
        "Using sqlite database at /etc/todos/todo.db\nListening on port 3000\n"
    );
    assert!(fs
        .read_string("/etc/todos/todo.db")
        .is_ok_and(|s| s.starts_with("SQLite format 3")));

    let e = env(&[("NODE_VERSION", "22.16.0"), ("MYSQL_HOST", "mysql")]);
    let (r, out) = start_in(
        &mut fs,
        &e,
        "/app",
        &mut Listening(vec![("mysql", 3306)]),
        &["node", "src/index.js"],
    );
    assert!(matches!(r, Start::Running(_)));
    assert_eq!(text(&out), "Waiting for mysql:3306.\nConnected!\nConnected to mysql db at host mysql\nListening on port 3000\n");
    let (r, out) = start_in(
        &mut fs,
        &e,
        "/app",
        &mut Listening(Vec::new()),
        &["node", "src/index.js"],
    );
    assert!(matches!(r, Start::Exited(1)));
    assert!(text(&out).contains("Error: getaddrinfo ENOTFOUND mysql\n"));

    let _ = fs.remove("/app/node_modules/sqlite3", true);
    let e = env(&[("NODE_VERSION", "22.16.0")]);
    let (r, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["node", "src/index.js"]);
    assert!(matches!(r, Start::Exited(1)));
    assert!(text(&out).contains("Error: Cannot find module 'sqlite3'\nRequire stack:\n- /app/src/persistence/sqlite.js\n"), "{}", text(&out));
}

#[test]
fn flask_debug_mode_adds_the_reloader_and_debugger_lines() {
    let e = env(PY);
    let mut fs = Tree::default();
    fs.insert(
        "/usr/local/lib/python3.12/site-packages/flask/__init__.py",
        Node::file(""),
    );
    fs.insert("/app/app.py", Node::file("from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return {'b': 1, 'a': 2}\n\nif __name__ == '__main__':\n    app.run(debug=True, host='0.0.0.0')\n"));
    let (r, out) = start_in(&mut fs, &e, "/app", &mut NoNet, &["python", "-u", "app.py"]);
    let Start::Running(mut svc) = r else {
        panic!("the dev server keeps running")
    };
    let log = text(&out);
    assert!(
        log.starts_with(" * Serving Flask app 'app'\n * Debug mode: on\n"),
        "{log}"
    );
    assert!(log.contains("Press CTRL+C to quit\n * Restarting with stat\n * Debugger is active!\n * Debugger PIN: "), "{log}");
    let resp = svc
        .http(
            &fs,
            T0,
            5000,
            &get("/", "localhost:5000", "172.17.0.1"),
            &mut Output::default(),
        )
        .expect("answers");
    // Debug mode pretty-prints JSON, keys sorted.
    assert_eq!(
        String::from_utf8_lossy(&resp.body),
        "{\n  \"a\": 2,\n  \"b\": 1\n}\n"
    );
}
