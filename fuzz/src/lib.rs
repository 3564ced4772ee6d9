//! The fuzz targets as plain functions: `fuzz_targets/*.rs` hand them libFuzzer's bytes, and
//! `tests/hardening.rs` includes this file to drive them with a seeded loop under `cargo test`.
//!
//! Each target takes arbitrary bytes and must return without panicking or hanging; the
//! functions assert the few properties that hold for every input (a refused save says why,
//! rendered snapshots are valid JSON).

use dockling::dockerfile::{instructions, lint, parser};
use dockling::session::{Session, SessionConfig};

/// Inputs longer than this are cut: the targets are about shapes, not size (size bounds have
/// their own tests), and long inputs only slow the fuzzer down.
pub const MAX_LEN: usize = 4096;

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(&data[..data.len().min(MAX_LEN)]).into_owned()
}

/// The Dockerfile parser, the typed stages and the build checks.
pub fn dockerfile(data: &[u8]) {
    let data = &data[..data.len().min(MAX_LEN)];
    if let Ok(ast) = parser::parse(data) {
        let _ = parser::dump(&ast);
        let _ = instructions::parse_stages(&ast);
        let _ = lint::lint(&ast);
    }
}

/// A session with a project directory and an image, so host lines reach more of the engine.
fn host_session() -> Session {
    thread_local! {
        static SESSION: Session = {
        let mut s = Session::new(SessionConfig::default());
        for line in [
            "mkdir app && cd app",
            "printf 'FROM alpine\\nRUN echo hi > /x\\nCMD [\"cat\", \"/x\"]\\n' > Dockerfile",
            "docker pull alpine",
            "docker run -d --name web -p 8080:80 nginx",
        ] {
            s.run(line);
        }
        s
        };
    }
    SESSION.with(Session::clone)
}

/// One line typed at the host prompt (the host shell, `docker …`, wget/curl), then what a
/// front end asks for after it: the prompt, explanations and the picture.
pub fn host_line(data: &[u8]) {
    let mut s = host_session();
    let line = text(data);
    let _ = s.run(&line);
    let _ = s.prompt();
    let _ = s.explain_last(dockling::session::Lang::Ko);
    let _ = s.complete(&line);
    let snap = serde_json::to_string(&s.snapshot()).unwrap_or_default();
    assert!(serde_json::from_str::<serde_json::Value>(&snap).is_ok());
}

/// A session attached to a running alpine shell (`docker run -it alpine sh`): the line runs
/// in the container's shell against the container's filesystem.
fn container_session() -> Session {
    thread_local! {
        static SESSION: Session = {
            let mut s = Session::new(SessionConfig::default());
            s.run("docker run -it --name box alpine sh");
            s
        };
    }
    SESSION.with(Session::clone)
}

/// One line typed into a container's shell.
pub fn container_line(data: &[u8]) {
    let mut s = container_session();
    let _ = s.run(&text(data));
    let _ = s.prompt();
    let _ = s.snapshot();
}

/// A `--format` template: the bytes before the first NUL are the template; after it, a JSON
/// value to render it on if they parse (otherwise an inspect-like object).
pub fn template(data: &[u8]) {
    let data = text(data);
    let (format, json) = data.split_once('\0').unwrap_or((&data, ""));
    let value = serde_json::from_str(json).unwrap_or_else(|_| {
        serde_json::json!({
            "Id": "abc", "Name": "/web", "State": {"Status": "running", "Running": true},
            "Config": {"Env": ["A=1", "B=2"], "Labels": {"x": "y"}, "ExposedPorts": {"80/tcp": {}}},
            "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}},
            "Size": 1234, "Ratio": 0.5, "Nil": null
        })
    });
    let _ = dockling::cli::template::render(format, &value);
    let _ = dockling::cli::template::render_table(format, &[value.clone(), value], &|h: &str| {
        Some(h.to_uppercase())
    });
}

/// Loading a saved session: either it loads whole, or it is refused with a message.
pub fn load(data: &[u8]) {
    match Session::load(&text(data), 80) {
        Ok(s) => {
            // A loaded session saves again, and that save loads to the same steps.
            let again = Session::load(&s.save(), 80).expect("a save always loads");
            assert_eq!(again.steps(), s.steps());
        }
        Err(message) => assert!(!message.is_empty()),
    }
}

/// A lesson file: parsed, its goals checked against a fresh session, and its JSON form
/// (what the page receives) valid.
pub fn lesson(data: &[u8]) {
    let text = text(data);
    if let Ok(lesson) = dockling::lesson::parse_lesson(&text) {
        let session = Session::new(SessionConfig::default());
        for step in &lesson.steps {
            for goal in &step.goals {
                let _ = dockling::lesson::check_goal(&session, goal);
            }
        }
        let json = serde_json::to_string(&lesson).unwrap_or_default();
        assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    }
    for line in text.lines().take(64) {
        let _ = dockling::lesson::parse_goal(line, dockling::session::Lang::En);
    }
}

/// Sessions at a mysql and a psql prompt, against servers that already hold a table.
fn sql_sessions() -> [Session; 2] {
    thread_local! {
        static SESSIONS: [Session; 2] = {
            let open = |server: &str, client: &str| {
                let mut s = Session::new(SessionConfig::default());
                for line in [
                    server,
                    client,
                    "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20), n INT);",
                    "INSERT INTO t VALUES (1, 'a', 10), (2, 'b', NULL);",
                ] {
                    s.run(line);
                }
                s
            };
            [
                open("docker run -d --name db -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=app mysql:8.0", "docker exec -it db mysql -uroot -ppw app"),
                open("docker run -d --name db -e POSTGRES_PASSWORD=pw postgres", "docker exec -it db psql -U postgres"),
            ]
        };
    }
    SESSIONS.with(|s| s.clone())
}

/// Lines typed at the mysql> and postgres=# prompts: the SQL engine and both clients.
pub fn sql_line(data: &[u8]) {
    for mut s in sql_sessions() {
        for line in text(data).lines().take(20) {
            let _ = s.run(line);
            let _ = s.prompt();
        }
    }
}
