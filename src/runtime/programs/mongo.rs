//! `mongosh` (and the legacy `mongo` shell): `show dbs`, `use`, `db.coll.insertOne/find`,
//! with documents kept by mongod as JSON lines under `/data/db`.

use super::db::{DbConn, DbOp, DbReply};
use super::sql::{Outcome, Value};
use super::{env_or, Net, NetError, ProgramCtx};
use crate::runtime::Output;
use crate::vfs::{Node, Tree};
use serde_json::Value as J;

/// An interactive mongo shell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MongoShell {
    /// Host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// The session (its `db` is the current database).
    pub conn: DbConn,
    /// The legacy `mongo` shell (prompt `> `).
    pub legacy: bool,
}

impl MongoShell {
    /// `test> `.
    pub fn prompt(&self) -> String {
        if self.legacy {
            "> ".to_string()
        } else {
            format!(
                "{}> ",
                self.conn.db.clone().unwrap_or_else(|| "test".into())
            )
        }
    }

    /// One line at the prompt; false on `exit`.
    pub fn line(&mut self, line: &str, net: &mut dyn Net, out: &mut Output) -> bool {
        let t = line.trim().trim_end_matches(';');
        if t.is_empty() {
            return true;
        }
        if matches!(t, "exit" | "quit" | "exit()" | "quit()" | ".exit") || line == "\u{4}" {
            if self.legacy {
                out.out("bye\n");
            }
            return false;
        }
        if let Some(db) = t.strip_prefix("use ") {
            let db = db.trim().to_string();
            out.out(format!("switched to db {db}\n"));
            self.conn.db = Some(db);
            return true;
        }
        if t == "db" {
            out.out(format!(
                "{}\n",
                self.conn.db.clone().unwrap_or_else(|| "test".into())
            ));
            return true;
        }
        match net.db(
            &self.host,
            self.port,
            &mut self.conn,
            &DbOp::Query(t.to_string()),
        ) {
            Ok(DbReply::Result(Ok(Outcome::Rows { rows, .. }))) => {
                for r in rows {
                    if let Some(text) = r.first().and_then(Value::show) {
                        out.out(text);
                    }
                }
            }
            Ok(_) => out.out("MongoServerError: not a mongod\n"),
            Err(_) => out.out(format!(
                "MongoNetworkError: connect ECONNREFUSED {}:{}\n",
                self.host, self.port
            )),
        }
        true
    }
}

/// `mongosh [--host h] [mongodb://...]`.
pub fn mongosh(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let v = env_or(ctx.env, "MONGO_VERSION", "8.0.10").to_string();
    if args.iter().any(|a| a == "--version") {
        ctx.out.out(if name == "mongo" {
            format!("MongoDB shell version v{v}\n")
        } else {
            "2.5.2\n".to_string()
        });
        return 0;
    }
    let mut host = "127.0.0.1".to_string();
    let mut port = 27017;
    let mut db = "test".to_string();
    let mut eval = None;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        match a.as_str() {
            "--host" | "-h" => {
                host = args.get(i + 1).cloned().unwrap_or(host);
                i += 1;
            }
            "--port" => {
                port = args.get(i + 1).and_then(|p| p.parse().ok()).unwrap_or(port);
                i += 1;
            }
            "--eval" => {
                eval = args.get(i + 1).cloned();
                i += 1;
            }
            "-u" | "--username" | "-p" | "--password" | "--authenticationDatabase" => i += 1,
            "--quiet" => {}
            s if s.starts_with("mongodb://") => {
                let rest = &s[10..];
                let rest = rest.rsplit('@').next().unwrap_or(rest);
                let (hp, path) = rest.split_once('/').unwrap_or((rest, ""));
                let (h, p) = hp.split_once(':').unwrap_or((hp, "27017"));
                host = h.to_string();
                port = p.parse().unwrap_or(27017);
                let d = path.split('?').next().unwrap_or("");
                if !d.is_empty() {
                    db = d.to_string();
                }
            }
            s if !s.starts_with('-') => db = s.to_string(),
            _ => {}
        }
        i += 1;
    }
    let mut shell = MongoShell {
        host: host.clone(),
        port,
        conn: DbConn {
            db: Some(db.clone()),
            ..DbConn::default()
        },
        legacy: name == "mongo",
    };
    if let Err(e) = ctx.net.db(
        &host,
        port,
        &mut shell.conn,
        &DbOp::Query("db.getName()".into()),
    ) {
        let why = if e == NetError::UnknownHost {
            format!("getaddrinfo ENOTFOUND {host}")
        } else {
            format!("connect ECONNREFUSED {host}:{port}")
        };
        ctx.out.err(format!("MongoNetworkError: {why}\n"));
        return 1;
    }
    if let Some(script) = eval {
        let mut out = Output::default();
        shell.line(&script, ctx.net, &mut out);
        ctx.out.extend(out);
        return 0;
    }
    if name == "mongo" {
        ctx.out.out(format!("MongoDB shell version v{v}\nconnecting to: mongodb://{host}:{port}/{db}?compressors=disabled&gssapiServiceName=mongodb\nImplicit session: session {{ \"id\" : UUID(\"5f2c3c1e-0d6a-4b8e-9a43-1c2d3e4f5a6b\") }}\nMongoDB server version: {v}\n"));
    } else {
        ctx.out.out(format!("Current Mongosh Log ID:\t665c2a10f1e2d3c4b5a69788\nConnecting to:\t\tmongodb://{host}:{port}/?directConnection=true&serverSelectionTimeoutMS=2000&appName=mongosh+2.5.2\nUsing MongoDB:\t\t{v}\nUsing Mongosh:\t\t2.5.2\n\nFor mongosh info see: https://www.mongodb.com/docs/mongodb-shell/\n\n"));
    }
    if ctx.tty
        && ctx
            .net
            .open_client(super::repl::Client::Mongo(Box::new(shell)))
    {
        return 0;
    }
    0
}

/// Turns a JavaScript object literal (`{name: 'Ann', age: 3}`) into JSON text.
fn js_to_json(src: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' || c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != c {
                if chars[i] == '"' {
                    out.push('\\');
                }
                if chars[i] == '\\' && i + 1 < chars.len() {
                    out.push('\\');
                    i += 1;
                }
                out.push(chars[i]);
                i += 1;
            }
            out.push('"');
            i += 1;
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || chars[i] == '_'
                    || chars[i] == '$'
                    || chars[i] == '.')
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            if chars.get(j) == Some(&':') || !matches!(word.as_str(), "true" | "false" | "null") {
                out.push_str(&format!("\"{word}\""));
            } else {
                out.push_str(&word);
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Splits call arguments at the commas outside brackets and quotes.
fn split_top(args: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in args.chars() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '{' | '[' | '(') => depth += 1,
            (None, '}' | ']' | ')') => depth -= 1,
            (None, ',') if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

fn key_text(k: &str) -> String {
    if k.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !k.starts_with(|c: char| c.is_ascii_digit())
    {
        k.to_string()
    } else {
        format!("'{k}'")
    }
}

/// A value as mongosh prints it (`{ _id: ObjectId('…'), name: 'Ann' }`).
fn show(v: &J) -> String {
    match v {
        J::String(s) => format!("'{}'", s.replace('\'', "\\'")),
        J::Object(m) if m.len() == 1 && m.contains_key("$oid") => {
            format!("ObjectId('{}')", m["$oid"].as_str().unwrap_or(""))
        }
        J::Object(m) if m.is_empty() => "{}".to_string(),
        J::Object(m) => format!(
            "{{ {} }}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", key_text(k), show(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        J::Array(a) if a.is_empty() => "[]".to_string(),
        J::Array(a) => format!("[ {} ]", a.iter().map(show).collect::<Vec<_>>().join(", ")),
        other => other.to_string(),
    }
}

fn show_docs(docs: &[J]) -> String {
    if docs.is_empty() {
        return String::new();
    }
    let lines: Vec<String> = docs.iter().map(|d| format!("  {}", show(d))).collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

fn coll_path(db: &str, coll: &str) -> String {
    format!("/data/db/collection-{db}-{coll}.wt")
}

fn read_docs(fs: &Tree, db: &str, coll: &str) -> Vec<J> {
    fs.read_string(&coll_path(db, coll))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn write_docs(fs: &mut Tree, db: &str, coll: &str, docs: &[J]) {
    let text: String = docs.iter().map(|d| format!("{d}\n")).collect();
    let size = (text.len() as u64).div_ceil(4096).max(5) * 4096;
    fs.insert(
        &coll_path(db, coll),
        Node::sized_file(text.into_bytes(), size),
    );
}

fn matches(doc: &J, filter: &J) -> bool {
    match filter.as_object() {
        None => true,
        Some(f) => f.iter().all(|(k, v)| doc.get(k) == Some(v)),
    }
}

/// What mongod answers to one shell line against the files in `fs` (the server side).
pub fn eval(fs: &mut Tree, conn: &DbConn, line: &str, now_ms: i64, counter: &mut u32) -> String {
    let db = conn.db.clone().unwrap_or_else(|| "test".into());
    if line == "db.getName()" {
        return format!("{db}\n");
    }
    if line == "show dbs" || line == "show databases" {
        let mut names: Vec<(String, u64)> = vec![
            ("admin".into(), 40),
            ("config".into(), 12),
            ("local".into(), 40),
        ];
        let mut seen: Vec<String> = Vec::new();
        for (p, n) in fs.walk("/data/db") {
            if let Some(rest) = p.strip_prefix("/data/db/collection-") {
                let d = rest.split('-').next().unwrap_or("").to_string();
                if !seen.contains(&d) {
                    seen.push(d.clone());
                    names.push((d, n.size() / 1024 + 32));
                }
            }
        }
        names.sort();
        let w = names.iter().map(|(n, _)| n.len()).max().unwrap_or(0) + 2;
        return names
            .iter()
            .map(|(n, k)| format!("{n:<w$}{k}.00 KiB\n"))
            .collect();
    }
    if line == "show collections" || line == "show tables" {
        let prefix = format!("/data/db/collection-{db}-");
        return fs
            .walk("/data/db")
            .filter_map(|(p, _)| {
                p.strip_prefix(&prefix)
                    .map(|c| format!("{}\n", c.trim_end_matches(".wt")))
            })
            .collect();
    }
    if line == "db.dropDatabase()" {
        let prefix = format!("/data/db/collection-{db}-");
        let paths: Vec<String> = fs
            .walk("/data/db")
            .filter(|(p, _)| p.starts_with(&prefix))
            .map(|(p, _)| p.clone())
            .collect();
        for p in paths {
            let _ = fs.remove(&p, false);
        }
        return format!("{{ ok: 1, dropped: '{db}' }}\n");
    }
    let Some(rest) = line.strip_prefix("db.") else {
        let word = line
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .next()
            .unwrap_or(line);
        return format!("ReferenceError: {word} is not defined\n");
    };
    let Some((coll, call)) = rest.split_once('.') else {
        return format!("{db}.{rest}\n");
    };
    // Cursor methods that change nothing shown here (`.pretty()`, `.toArray()`).
    let call = call
        .trim_end_matches(".pretty()")
        .trim_end_matches(".toArray()");
    let (method, args) = match call.split_once('(') {
        Some((m, a)) => (m, a.strip_suffix(')').unwrap_or(a).trim()),
        None => return format!("{db}.{coll}.{call}\n"),
    };
    let parse = |s: &str| -> Option<J> {
        if s.trim().is_empty() {
            return Some(J::Object(Default::default()));
        }
        serde_json::from_str(&js_to_json(s)).ok()
    };
    let parts = split_top(args);
    let Some(arg) = parse(parts.first().map(String::as_str).unwrap_or("")) else {
        return "SyntaxError: Unexpected token\n".to_string();
    };
    let second = parts.get(1).and_then(|p| parse(p));
    let mut next_id = || {
        *counter += 1;
        format!("{:08x}a1b2c3d4e5{:06x}", now_ms / 1000, *counter)
    };
    let mut docs = read_docs(fs, &db, coll);
    let with_id = |mut d: J, id: &str| {
        if let Some(m) = d.as_object_mut() {
            if !m.contains_key("_id") {
                let mut new = serde_json::Map::new();
                new.insert("_id".into(), serde_json::json!({ "$oid": id }));
                new.extend(m.clone());
                *m = new;
            }
        }
        d
    };
    match method {
        "insertOne" | "insert" if arg.is_object() => {
            let id = next_id();
            docs.push(with_id(arg, &id));
            write_docs(fs, &db, coll, &docs);
            format!("{{\n  acknowledged: true,\n  insertedId: ObjectId('{id}')\n}}\n")
        }
        "insertMany" | "insert" if arg.is_array() => {
            let mut ids = Vec::new();
            for (i, d) in arg
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .enumerate()
            {
                let id = next_id();
                docs.push(with_id(d, &id));
                ids.push(format!("    '{i}': ObjectId('{id}')"));
            }
            write_docs(fs, &db, coll, &docs);
            format!(
                "{{\n  acknowledged: true,\n  insertedIds: {{\n{}\n  }}\n}}\n",
                ids.join(",\n")
            )
        }
        "find" => show_docs(
            &docs
                .into_iter()
                .filter(|d| matches(d, &arg))
                .collect::<Vec<_>>(),
        ),
        "findOne" => docs
            .into_iter()
            .find(|d| matches(d, &arg))
            .map(|d| format!("{}\n", show(&d)))
            .unwrap_or_else(|| "null\n".into()),
        "countDocuments" | "count" => {
            format!("{}\n", docs.iter().filter(|d| matches(d, &arg)).count())
        }
        "deleteOne" | "deleteMany" => {
            let before = docs.len();
            let mut removed = 0;
            docs.retain(|d| {
                if matches(d, &arg) && (method == "deleteMany" || removed == 0) {
                    removed += 1;
                    false
                } else {
                    true
                }
            });
            write_docs(fs, &db, coll, &docs);
            format!(
                "{{ acknowledged: true, deletedCount: {} }}\n",
                before - docs.len()
            )
        }
        "updateOne" | "updateMany" => {
            let Some(update) = second.as_ref().and_then(J::as_object) else {
                return "MongoInvalidArgumentError: Update document requires atomic operators\n"
                    .to_string();
            };
            let (mut matched, mut modified) = (0, 0);
            for d in docs.iter_mut() {
                if !matches(d, &arg) || (method == "updateOne" && matched == 1) {
                    continue;
                }
                matched += 1;
                let before = d.clone();
                if let Some(m) = d.as_object_mut() {
                    for (op, fields) in update {
                        for (k, v) in fields.as_object().into_iter().flatten() {
                            match op.as_str() {
                                "$set" => {
                                    m.insert(k.clone(), v.clone());
                                }
                                "$unset" => {
                                    m.remove(k);
                                }
                                "$inc" => {
                                    let cur = m.get(k).cloned().unwrap_or(serde_json::json!(0));
                                    let sum = match (cur.as_i64(), v.as_i64()) {
                                        (Some(a), Some(b)) => {
                                            serde_json::json!(a.saturating_add(b))
                                        }
                                        _ => serde_json::json!(
                                            cur.as_f64().unwrap_or(0.0) + v.as_f64().unwrap_or(0.0)
                                        ),
                                    };
                                    m.insert(k.clone(), sum);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                if *d != before {
                    modified += 1;
                }
            }
            write_docs(fs, &db, coll, &docs);
            format!("{{\n  acknowledged: true,\n  insertedId: null,\n  matchedCount: {matched},\n  modifiedCount: {modified},\n  upsertedCount: 0\n}}\n")
        }
        "drop" => {
            let _ = fs.remove(&coll_path(&db, coll), false);
            "true\n".to_string()
        }
        _ => format!("TypeError: db.{coll}.{method} is not a function\n"),
    }
}
