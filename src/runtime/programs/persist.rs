//! Express apps with a persistence layer, recognised by their shape: a `./persistence` module
//! whose `index.js` picks MySQL when `MYSQL_HOST` is set and SQLite otherwise (the pattern of
//! Docker's getting-started todo app). The SQLite backend keeps its rows in the database file
//! (so a volume keeps them); the MySQL backend waits for `MYSQL_HOST:3306` as `wait-port` does.
//! Also `nodemon`, which restarts the app when a watched file changes.

use serde_json::{Map, Value};

use super::db::{DbConn, DbOp, DbReply};
use super::sql::{Outcome, Value as Cell};
use super::{node, ProgramCtx, Service, Start};
use crate::vfs::{normalize, parent, Node, Tree};

/// Where a todo-style app keeps its items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    /// SQLite at this file path.
    Sqlite(String),
    /// MySQL at this host.
    Mysql(String),
}

/// The app's table of items, and what changed since the engine last saved it.
#[derive(Clone, Debug)]
pub struct Store {
    /// Backend.
    pub backend: Backend,
    /// Items as JSON objects (`id`, `name`, `completed`), in insertion order.
    pub items: Vec<Value>,
    /// A file to write back into the container (the SQLite database).
    pub pending: Option<(String, Vec<u8>)>,
    /// How many ids were handed out (for deterministic UUIDs).
    pub counter: u64,
    /// The MySQL backend's session with the server, when it logged in.
    pub conn: Option<DbConn>,
    /// Statements for the MySQL server the engine has not sent yet.
    pub sql: Vec<String>,
}

/// What nodemon watches: the directory and a fingerprint of its files.
#[derive(Clone, Debug)]
pub struct Watch {
    /// Watched directory (the working directory).
    pub dir: String,
    /// Sum over the watched files' paths and contents.
    pub fingerprint: u64,
    /// The node arguments nodemon runs (`src/index.js`).
    pub args: Vec<String>,
    /// The working directory nodemon was started in.
    pub cwd: String,
}

/// The SQLite file's header: what `file todo.db` or `head -c 16` would show.
const SQLITE_MAGIC: &str = "SQLite format 3\0";

/// Whether the app at `dir` (its entry script's directory) has the persistence shape; if so
/// initialises the backend as the app would, printing its lines. `Err(code)` when the app
/// exits (a missing module, an unreachable database).
pub fn init(src: &str, dir: &str, ctx: &mut ProgramCtx) -> Result<Option<Store>, i32> {
    let requires_persistence =
        src.contains("require('./persistence')") || src.contains("require(\"./persistence\")");
    let index = format!("{dir}/persistence/index.js");
    let Ok(selector) = ctx.fs.read_string(&index) else {
        return Ok(None);
    };
    if !requires_persistence || !selector.contains("MYSQL_HOST") {
        return Ok(None);
    }
    let mysql_host = ctx.env.get("MYSQL_HOST").filter(|h| !h.is_empty()).cloned();
    let backend_file = format!(
        "{dir}/persistence/{}.js",
        if mysql_host.is_some() {
            "mysql"
        } else {
            "sqlite"
        }
    );
    // The modules the chosen backend and the routes need must be installed.
    let mut files = vec![backend_file];
    let mut routes = ctx.fs.list(&format!("{dir}/routes")).unwrap_or_default();
    crate::sort::sort(&mut routes);
    files.extend(routes.iter().map(|r| format!("{dir}/routes/{r}")));
    for f in &files {
        if let Some(code) = node::check_requires(f, ctx) {
            return Err(code);
        }
    }
    match mysql_host {
        None => {
            let location = ctx
                .env
                .get("SQLITE_DB_LOCATION")
                .cloned()
                .unwrap_or_else(|| "/etc/todos/todo.db".to_string());
            let location = normalize(ctx.cwd, &location);
            let _ = ctx.fs.mkdir_all(parent(&location));
            let items = load(ctx.fs, &location);
            if !ctx.fs.exists(&location) {
                ctx.fs.insert(&location, Node::file(encode(&items)));
            }
            if ctx.env.get("NODE_ENV").map(String::as_str) != Some("test") {
                ctx.out
                    .out(format!("Using sqlite database at {location}\n"));
            }
            let counter = items.len() as u64;
            Ok(Some(Store {
                backend: Backend::Sqlite(location),
                items,
                pending: None,
                counter,
                conn: None,
                sql: Vec::new(),
            }))
        }
        Some(host) => {
            ctx.out.out(format!("Waiting for {host}:3306."));
            match ctx.net.tcp_connect(&host, 3306) {
                Ok(()) => {
                    ctx.out.out(format!(
                        "\nConnected!\nConnected to mysql db at host {host}\n"
                    ));
                    let (conn, items) = mysql_open(&host, ctx);
                    let counter = items.len() as u64;
                    Ok(Some(Store {
                        backend: Backend::Mysql(host),
                        items,
                        pending: None,
                        counter,
                        conn,
                        sql: Vec::new(),
                    }))
                }
                Err(e) => {
                    // wait-port retries for its 10 s timeout, then mysql2's query fails.
                    ctx.out.out("..........\n");
                    let detail = match e {
                        super::NetError::UnknownHost => format!("Error: getaddrinfo ENOTFOUND {host}\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26) {{\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: '{host}',\n  fatal: true\n}}\n"),
                        _ => format!("Error: connect ECONNREFUSED {host}:3306\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1636:16) {{\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '{host}',\n  port: 3306,\n  fatal: true\n}}\n"),
                    };
                    ctx.out.err(detail);
                    Err(1)
                }
            }
        }
    }
}

/// Logs in to the MySQL server as the app's `mysql.js` does (`MYSQL_USER`, `MYSQL_PASSWORD`,
/// `MYSQL_DB`), creates its `todo_items` table if missing and reads the rows already there.
/// `None` when the server turns it away (the app then keeps its items in memory).
fn mysql_open(host: &str, ctx: &mut ProgramCtx) -> (Option<DbConn>, Vec<Value>) {
    let env = |k: &str| ctx.env.get(k).cloned();
    let mut conn = DbConn {
        user: env("MYSQL_USER").unwrap_or_else(|| "root".to_string()),
        db: env("MYSQL_DB"),
        ..DbConn::default()
    };
    let password = env("MYSQL_PASSWORD");
    if !matches!(
        ctx.net.db(host, 3306, &mut conn, &DbOp::Connect(password)),
        Ok(DbReply::Ready(_))
    ) {
        return (None, Vec::new());
    }
    let create = "CREATE TABLE IF NOT EXISTS todo_items (id varchar(36), name varchar(255), completed boolean) DEFAULT CHARSET utf8mb4";
    let _ = ctx
        .net
        .db(host, 3306, &mut conn, &DbOp::Query(create.into()));
    let select = DbOp::Query("SELECT id, name, completed FROM todo_items".into());
    let mut items = Vec::new();
    if let Ok(DbReply::Result(Ok(Outcome::Rows { rows, .. }))) =
        ctx.net.db(host, 3306, &mut conn, &select)
    {
        for row in rows {
            let text = |i: usize| match row.get(i) {
                Some(Cell::Text(t)) => Value::String(t.clone()),
                Some(Cell::Null) | None => Value::Null,
                Some(Cell::Int(n)) => Value::String(n.to_string()),
                Some(Cell::Num(n)) => Value::String(n.to_string()),
            };
            let done = matches!(row.get(2), Some(Cell::Int(1)))
                || matches!(row.get(2), Some(Cell::Text(t)) if t == "1" || t == "t");
            let mut item = Map::new();
            item.insert("id".to_string(), text(0));
            item.insert("name".to_string(), text(1));
            item.insert("completed".to_string(), Value::Bool(done));
            items.push(Value::Object(item));
        }
    }
    (Some(conn), items)
}

/// A string as a MySQL literal.
fn quoted(v: Option<&Value>) -> String {
    match v.and_then(Value::as_str) {
        Some(t) => format!("'{}'", t.replace('\\', "\\\\").replace('\'', "''")),
        None => "NULL".to_string(),
    }
}

/// The items stored in a database file written by [`encode`].
fn load(fs: &Tree, path: &str) -> Vec<Value> {
    let Ok(text) = fs.read_string(path) else {
        return Vec::new();
    };
    let json = text.find('[').and_then(|k| text.get(k..)).unwrap_or("[]");
    match serde_json::from_str::<Value>(json.trim_end_matches('\0')) {
        Ok(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

/// The database file's bytes: SQLite's header, then the table's rows.
fn encode(items: &[Value]) -> Vec<u8> {
    format!("{SQLITE_MAGIC}{}\n", Value::Array(items.to_vec())).into_bytes()
}

/// A version-4 UUID, deterministic from the clock and a counter.
fn uuid(now_ms: i64, n: u64) -> String {
    let mut h: u64 = 0xcbf29ce484222325 ^ (now_ms as u64);
    let mut next = || {
        h ^= n.wrapping_add(0x9e3779b97f4a7c15);
        h = h.wrapping_mul(0x100000001b3).rotate_left(17);
        h
    };
    let a = next();
    let b = next();
    format!(
        "{:08x}-{:04x}-4{:03x}-{:x}{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        8 + (b >> 62),
        (b >> 48) & 0xfff,
        b & 0xffff_ffff_ffff
    )
}

/// What a route of the items API answers: status and JSON body (or `None` for `sendStatus`).
pub enum Answer {
    /// `res.send(value)`.
    Json(u16, String),
    /// `res.sendStatus(200)`.
    Status(u16),
}

impl Store {
    /// Handles `GET/POST /items` and `PUT/DELETE /items/:id`; `None` for other paths.
    pub fn handle(
        &mut self,
        method: &str,
        path: &str,
        body: &[u8],
        json_body: bool,
        now_ms: i64,
    ) -> Option<Answer> {
        let rest = path.strip_prefix("/items")?;
        let id = rest.strip_prefix('/').filter(|s| !s.is_empty());
        if !rest.is_empty() && id.is_none() && rest != "/" {
            return None;
        }
        let parsed: Map<String, Value> = if json_body {
            serde_json::from_slice::<Value>(body)
                .ok()
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default()
        } else {
            Map::new()
        };
        match (method, id) {
            ("GET", None) => Some(Answer::Json(
                200,
                Value::Array(self.items.clone()).to_string(),
            )),
            ("POST", None) => {
                self.counter += 1;
                let mut item = Map::new();
                item.insert("id".to_string(), Value::String(uuid(now_ms, self.counter)));
                if let Some(name) = parsed.get("name") {
                    item.insert("name".to_string(), name.clone());
                }
                item.insert("completed".to_string(), Value::Bool(false));
                self.mysql(format!(
                    "INSERT INTO todo_items (id, name, completed) VALUES ({}, {}, 0)",
                    quoted(item.get("id")),
                    quoted(item.get("name"))
                ));
                let item = Value::Object(item);
                self.items.push(item.clone());
                self.save();
                Some(Answer::Json(200, item.to_string()))
            }
            ("PUT", Some(id)) => {
                let mut item = Map::new();
                item.insert("id".to_string(), Value::String(id.to_string()));
                if let Some(name) = parsed.get("name") {
                    item.insert("name".to_string(), name.clone());
                }
                let completed = parsed
                    .get("completed")
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                item.insert("completed".to_string(), Value::Bool(completed));
                self.mysql(format!(
                    "UPDATE todo_items SET name={}, completed={} WHERE id={}",
                    quoted(item.get("name")),
                    u8::from(completed),
                    quoted(item.get("id"))
                ));
                let item = Value::Object(item);
                for it in &mut self.items {
                    if it.get("id").and_then(Value::as_str) == Some(id) {
                        *it = item.clone();
                    }
                }
                self.save();
                Some(Answer::Json(200, item.to_string()))
            }
            ("DELETE", Some(id)) => {
                self.mysql(format!(
                    "DELETE FROM todo_items WHERE id={}",
                    quoted(Some(&Value::String(id.to_string())))
                ));
                self.items
                    .retain(|it| it.get("id").and_then(Value::as_str) != Some(id));
                self.save();
                Some(Answer::Status(200))
            }
            _ => None,
        }
    }

    /// Queues a statement for the MySQL server (when the app is logged in to one).
    fn mysql(&mut self, statement: String) {
        if self.conn.is_some() {
            self.sql.push(statement);
        }
    }

    /// The MySQL server's host, the session and the statements to send it, if any.
    pub fn take_sql(&mut self) -> Option<(String, DbConn, Vec<String>)> {
        let Backend::Mysql(host) = &self.backend else {
            return None;
        };
        let conn = self.conn.clone()?;
        if self.sql.is_empty() {
            return None;
        }
        Some((host.clone(), conn, std::mem::take(&mut self.sql)))
    }

    fn save(&mut self) {
        if let Backend::Sqlite(path) = &self.backend {
            self.pending = Some((path.clone(), encode(&self.items)));
        }
    }
}

/// A fingerprint of the files under `dir` (not `node_modules`), for nodemon's watch.
pub fn fingerprint(fs: &Tree, dir: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for (path, n) in fs.walk(dir) {
        if path.contains("/node_modules/") || !n.is_file() {
            continue;
        }
        for b in path.bytes().chain(n.data().iter().copied()) {
            h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
        h = h.wrapping_add(n.size());
    }
    h
}

/// The nodemon version installed beside the app.
fn nodemon_version(fs: &Tree, cwd: &str) -> Option<String> {
    let pj = fs
        .read_string(&format!(
            "{}/node_modules/nodemon/package.json",
            cwd.trim_end_matches('/')
        ))
        .ok()?;
    let v: Value = serde_json::from_str(&pj).ok()?;
    Some(v.get("version")?.as_str()?.to_string())
}

/// `nodemon [-L] script.js`: its banner, then node running the app under a watch.
pub fn nodemon(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let Some(version) = nodemon_version(ctx.fs, ctx.cwd) else {
        ctx.out.err("sh: nodemon: not found\n");
        return Start::Exited(127);
    };
    let node_args: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    let shown = node_args.join(" ");
    ctx.out.out(format!(
        "[nodemon] {version}\n[nodemon] to restart at any time, enter `rs`\n[nodemon] watching path(s): *.*\n[nodemon] watching extensions: js,mjs,cjs,json\n[nodemon] starting `node {shown}`\n"
    ));
    let cwd = ctx.cwd.to_string();
    match node::start(&node_args, ctx) {
        Start::Running(Service::Node(mut app)) => {
            app.command = format!("node /app/node_modules/.bin/nodemon {}", args.join(" "));
            app.watch = Some(Box::new(Watch {
                dir: cwd.clone(),
                fingerprint: fingerprint(ctx.fs, &cwd),
                args: node_args,
                cwd,
            }));
            Start::Running(Service::Node(app))
        }
        Start::Exited(code) => {
            // nodemon keeps running after its child fails, waiting for changes.
            let line = if code == 0 {
                "[nodemon] clean exit - waiting for changes before restart\n".to_string()
            } else {
                "[nodemon] app crashed - waiting for file changes before starting...\n".to_string()
            };
            ctx.out.out(line);
            Start::Running(Service::Idle(super::misc::Idle {
                command: format!("node /app/node_modules/.bin/nodemon {}", args.join(" ")),
                until_ms: None,
                name: "node".to_string(),
            }))
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_round_trip_through_the_database_file() {
        let mut store = Store {
            backend: Backend::Sqlite("/etc/todos/todo.db".to_string()),
            items: Vec::new(),
            pending: None,
            counter: 0,
            conn: None,
            sql: Vec::new(),
        };
        let Some(Answer::Json(200, body)) =
            store.handle("POST", "/items", br#"{"name":"Buy milk"}"#, true, 1)
        else {
            panic!("POST /items answers with the item");
        };
        assert!(
            body.contains("\"name\":\"Buy milk\",\"completed\":false"),
            "{body}"
        );
        let (path, data) = store.pending.take().expect("the file is written");
        let mut fs = Tree::default();
        fs.insert(&path, Node::file(data));
        assert_eq!(load(&fs, &path).len(), 1);
        assert!(store.handle("GET", "/other", b"", false, 2).is_none());
        let id = uuid(5, 1);
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
    }
}
