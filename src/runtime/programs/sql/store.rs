//! Where databases and tables live in a data directory, and the text format of a table file.
//!
//! A table file is lines: `dockling-table 1`, `owner <role>`, `next <auto-increment>`, one
//! `col` line per column (name, type, flags, default) and one `row` line per row; fields are
//! tab-separated, with `\t`, `\n`, `\\` escaped and NULL written `\N` (mysql's own dump
//! convention).

use super::{Column, Ctx, Dialect, SqlError, Table, Value};
use crate::vfs::{Node, Tree};

/// The directory of a database.
pub fn db_dir(root: &str, dialect: Dialect, db: &str) -> String {
    match dialect {
        Dialect::Mysql => format!("{root}/{db}"),
        Dialect::Postgres => format!("{root}/base/{db}"),
    }
}

/// The file of a table.
pub fn table_path(root: &str, dialect: Dialect, db: &str, table: &str) -> String {
    match dialect {
        Dialect::Mysql => format!("{root}/{db}/{table}.ibd"),
        Dialect::Postgres => format!("{root}/base/{db}/{table}"),
    }
}

/// The databases a data directory holds, sorted (mysql adds `information_schema`).
pub fn databases(fs: &Tree, root: &str, dialect: Dialect) -> Vec<String> {
    let dir = match dialect {
        Dialect::Mysql => root.to_string(),
        Dialect::Postgres => format!("{root}/base"),
    };
    let mut list: Vec<String> = fs
        .list(&dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| !n.starts_with('#') && fs.is_dir(&format!("{dir}/{n}")))
        .collect();
    if dialect == Dialect::Mysql {
        list.push("information_schema".to_string());
    }
    list.sort();
    list
}

/// Whether a database exists.
pub fn db_exists(fs: &Tree, root: &str, dialect: Dialect, db: &str) -> bool {
    (dialect == Dialect::Mysql && db.eq_ignore_ascii_case("information_schema"))
        || fs.is_dir(&db_dir(root, dialect, db))
}

/// The tables of a database, sorted.
pub fn tables(fs: &Tree, root: &str, dialect: Dialect, db: &str) -> Vec<String> {
    let dir = db_dir(root, dialect, db);
    let mut list: Vec<String> = fs
        .list(&dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| fs.is_file(&format!("{dir}/{n}")))
        .filter_map(|n| match dialect {
            Dialect::Mysql => n.strip_suffix(".ibd").map(str::to_string),
            Dialect::Postgres => Some(n),
        })
        .collect();
    list.sort();
    list
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
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

fn write_value(v: &Value) -> String {
    match v {
        Value::Null => "\\N".to_string(),
        Value::Int(i) => i.to_string(),
        Value::Num(f) => format!("~{f}"),
        Value::Text(s) => format!("'{}", escape(s)),
    }
}

fn read_value(s: &str) -> Value {
    if s == "\\N" {
        Value::Null
    } else if let Some(t) = s.strip_prefix('\'') {
        Value::Text(unescape(t))
    } else if let Some(f) = s.strip_prefix('~') {
        f.parse().map(Value::Num).unwrap_or(Value::Null)
    } else {
        s.parse().map(Value::Int).unwrap_or(Value::Null)
    }
}

/// The text of a table file.
pub fn serialize(t: &Table) -> String {
    let mut out = format!("dockling-table 1\nowner {}\nnext {}\n", t.owner, t.next_id);
    for c in &t.cols {
        let mut flags = String::new();
        for (on, f) in [
            (c.primary, 'P'),
            (c.auto, 'A'),
            (c.not_null, 'N'),
            (c.unique, 'U'),
            (c.default_now, 'T'),
        ] {
            if on {
                flags.push(f);
            }
        }
        if flags.is_empty() {
            flags.push('-');
        }
        let def = c
            .default
            .as_ref()
            .map(write_value)
            .unwrap_or_else(|| "-".to_string());
        out.push_str(&format!(
            "col\t{}\t{}\t{flags}\t{def}\n",
            escape(&c.name),
            c.ty
        ));
    }
    for r in &t.rows {
        out.push_str("row");
        for v in r {
            out.push('\t');
            out.push_str(&write_value(v));
        }
        out.push('\n');
    }
    out
}

/// Reads a table file; `None` when it is not one (a file the learner wrote by hand).
pub fn deserialize(text: &str) -> Option<Table> {
    let mut lines = text.lines();
    if lines.next()? != "dockling-table 1" {
        return None;
    }
    let mut t = Table::default();
    for line in lines {
        let mut f = line.split('\t');
        match f.next()? {
            l if l.starts_with("owner ") => t.owner = l[6..].to_string(),
            l if l.starts_with("next ") => t.next_id = l[5..].parse().ok()?,
            "col" => {
                let name = unescape(f.next()?);
                let ty = f.next()?.to_string();
                let flags = f.next()?;
                let def = f.next()?;
                t.cols.push(Column {
                    name,
                    ty,
                    primary: flags.contains('P'),
                    auto: flags.contains('A'),
                    not_null: flags.contains('N'),
                    unique: flags.contains('U'),
                    default_now: flags.contains('T'),
                    default: (def != "-").then(|| read_value(def)),
                });
            }
            "row" => t.rows.push(f.map(read_value).collect()),
            _ => {}
        }
    }
    for r in &mut t.rows {
        r.resize(t.cols.len(), Value::Null);
    }
    Some(t)
}

impl Ctx<'_> {
    /// Resolves a table reference to (db, name), or the mysql "No database selected" error.
    pub fn qualify(&self, db: &Option<String>) -> Result<String, SqlError> {
        match (self.dialect, db, &self.db) {
            (Dialect::Mysql, Some(d), _) => Ok(d.clone()),
            (_, _, Some(d)) => Ok(d.clone()),
            _ => Err(SqlError::NoDatabase),
        }
    }

    /// Loads a table.
    pub fn load(&self, db: &str, name: &str, pos: usize) -> Result<Table, SqlError> {
        let path = table_path(&self.root, self.dialect, db, name);
        self.fs
            .read_string(&path)
            .ok()
            .and_then(|t| deserialize(&t))
            .map(|mut t| {
                t.exact = self.dialect == Dialect::Postgres;
                t
            })
            .ok_or_else(|| SqlError::NoTable(db.to_string(), name.to_string(), pos))
    }

    /// Saves a table: its file is a few hundred bytes plus its rows, with the apparent size of
    /// a real tablespace (InnoDB files start at 112 KiB, postgres pages are 8 KiB).
    pub fn save(&mut self, db: &str, name: &str, t: &Table) {
        let path = table_path(&self.root, self.dialect, db, name);
        let text = serialize(t);
        let size = match self.dialect {
            Dialect::Mysql => (text.len() as u64).max(114_688),
            Dialect::Postgres => (text.len() as u64).div_ceil(8192).max(1) * 8192,
        };
        let mut node = Node::sized_file(text.into_bytes(), size);
        let (uid, gid) = match self.dialect {
            Dialect::Mysql => (999, 999),
            Dialect::Postgres => (999, 999),
        };
        node.uid = uid;
        node.gid = gid;
        node.mode = 0o640;
        self.fs.insert(&path, node);
    }
}
