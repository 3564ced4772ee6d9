//! A small SQL engine shared by mysqld and postgres: a hand-written parser, an executor, and
//! tables kept as text files in the server's data directory (so volumes keep them).
//!
//! The `sqlparser` crate would cost far more of the wasm budget than this subset needs (it is
//! ~40k lines with every dialect); tutorials use a few dozen statement shapes.

pub mod exec;
pub mod parse;
pub mod store;

#[cfg(test)]
mod tests;

/// Which server's rules and wording apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// MySQL (and MariaDB): backticks, case-insensitive LIKE, `AUTO_INCREMENT`.
    Mysql,
    /// PostgreSQL: double-quoted identifiers fold nothing, unquoted ones fold to lower case.
    Postgres,
}

/// A value in a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// A decimal or float, kept as the text it prints as.
    Num(f64),
    /// Text (also dates, kept as typed).
    Text(String),
}

impl Value {
    /// The value as a client prints it (`None` for NULL).
    pub fn show(&self) -> Option<String> {
        match self {
            Value::Null => None,
            Value::Int(i) => Some(i.to_string()),
            Value::Num(f) => Some(show_num(*f)),
            Value::Text(s) => Some(s.clone()),
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Num(f) => Some(*f),
            Value::Text(s) => s.trim().parse().ok(),
            Value::Null => None,
        }
    }

    /// The value as a number, if it is one.
    pub fn as_f64_pub(&self) -> Option<f64> {
        self.as_f64()
    }

    /// Whether the value counts as true in a WHERE clause.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Num(f) => *f != 0.0,
            Value::Text(s) => {
                matches!(s.as_str(), "t" | "true") || s.parse::<f64>().is_ok_and(|f| f != 0.0)
            }
        }
    }

    /// SQL comparison: numbers numerically, text as text; NULL compares as unknown (`None`).
    pub fn compare(&self, other: &Value, ci: bool) -> Option<std::cmp::Ordering> {
        if matches!(self, Value::Null) || matches!(other, Value::Null) {
            return None;
        }
        let both_text = matches!((self, other), (Value::Text(_), Value::Text(_)));
        // Decimal columns keep their digits as text (`1.50`); they still compare as numbers.
        let numeric = !both_text || (self.as_f64().is_some() && other.as_f64().is_some());
        if numeric {
            if let (Some(a), Some(b)) = (self.as_f64(), other.as_f64()) {
                return a.partial_cmp(&b);
            }
        }
        let (a, b) = (
            self.show().unwrap_or_default(),
            other.show().unwrap_or_default(),
        );
        Some(if ci {
            a.to_lowercase().cmp(&b.to_lowercase())
        } else {
            a.cmp(&b)
        })
    }
}

fn show_num(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        let s = format!("{f:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A column of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Name as declared.
    pub name: String,
    /// Type as declared, lower case (`int`, `varchar(50)`, `serial`).
    pub ty: String,
    /// `NOT NULL` (primary keys too).
    pub not_null: bool,
    /// Part of the primary key.
    pub primary: bool,
    /// `AUTO_INCREMENT` or `SERIAL`.
    pub auto: bool,
    /// `UNIQUE`.
    pub unique: bool,
    /// The default: a value, or `CURRENT_TIMESTAMP` as `Value::Text("CURRENT_TIMESTAMP")`
    /// flagged by `default_now`.
    pub default: Option<Value>,
    /// The default is the current time.
    pub default_now: bool,
}

impl Column {
    /// Whether values of this column are numbers (right-aligned by both clients).
    pub fn numeric(&self) -> bool {
        is_numeric_type(&self.ty)
    }
}

/// Whether a declared type holds numbers.
pub fn is_numeric_type(ty: &str) -> bool {
    let base = ty.split('(').next().unwrap_or(ty).trim();
    matches!(
        base,
        "int"
            | "integer"
            | "bigint"
            | "smallint"
            | "tinyint"
            | "mediumint"
            | "serial"
            | "bigserial"
            | "decimal"
            | "numeric"
            | "float"
            | "double"
            | "real"
            | "int unsigned"
            | "double precision"
    ) || base.starts_with("int ")
}

/// A table: its columns, rows and the next auto-increment value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Columns in order.
    pub cols: Vec<Column>,
    /// Rows, each with one value per column.
    pub rows: Vec<Vec<Value>>,
    /// The next AUTO_INCREMENT / SERIAL value.
    pub next_id: i64,
    /// The role that created it (psql's `\dt` Owner).
    pub owner: String,
    /// Column names match exactly (postgres folds unquoted names when parsing instead).
    pub exact: bool,
}

impl Table {
    /// The index of a column, matched case-insensitively.
    pub fn col(&self, name: &str) -> Option<usize> {
        self.cols
            .iter()
            .position(|c| c.name == name || (!self.exact && c.name.eq_ignore_ascii_case(name)))
    }
}

/// What a statement did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A result set.
    Rows {
        /// Column headers.
        cols: Vec<String>,
        /// Which columns are numeric (right-aligned).
        numeric: Vec<bool>,
        /// The rows.
        rows: Vec<Vec<Value>>,
    },
    /// A statement without a result set.
    Done {
        /// Which kind, for psql's command tag (`INSERT 0 1`, `CREATE TABLE`).
        tag: Tag,
        /// Rows affected.
        affected: u64,
        /// For UPDATE: rows the WHERE matched.
        matched: u64,
    },
    /// `USE db` (mysql prints `Database changed`).
    Changed(String),
}

/// The kind of a statement that returns no rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// CREATE DATABASE.
    CreateDatabase,
    /// DROP DATABASE.
    DropDatabase,
    /// CREATE TABLE.
    CreateTable,
    /// DROP TABLE.
    DropTable,
    /// INSERT.
    Insert,
    /// UPDATE.
    Update,
    /// DELETE.
    Delete,
    /// TRUNCATE.
    Truncate,
    /// CREATE USER / ROLE.
    CreateUser,
    /// GRANT.
    Grant,
    /// SET, FLUSH, BEGIN, COMMIT ...: accepted and without effect here.
    Other(&'static str),
    /// ALTER TABLE.
    AlterTable,
}

/// Why a statement failed; each client words it its own way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SqlError {
    /// The statement does not parse: byte offset of the offending token (`None` at the end).
    Syntax(Option<usize>),
    /// No database selected (mysql).
    NoDatabase,
    /// The database does not exist.
    UnknownDatabase(String),
    /// The database exists already.
    DatabaseExists(String),
    /// The table (db, name, offset of its name in the statement) does not exist.
    NoTable(String, String, usize),
    /// The table exists already.
    TableExists(String),
    /// An unknown column (name, clause for mysql's `in 'field list'`, offset).
    UnknownColumn(String, &'static str, usize),
    /// A duplicate value for a unique key (value, key name, column name).
    Duplicate(String, String, String),
    /// NULL into a NOT NULL column.
    NotNull(String),
    /// A column without a value and no default (mysql strict mode).
    NoDefault(String),
    /// Column count does not match value count (row number, 1-based).
    ColumnCount(usize),
    /// Division by zero and similar.
    Other(String),
    /// The user may not do this.
    Denied(String),
    /// DROP TABLE of a table that does not exist (db, name).
    UnknownTable(String, String),
    /// DROP DATABASE of a database that does not exist.
    CantDropDatabase(String),
    /// A statement the other server has (`USE`, `SHOW TABLES` in postgres): offset of its word.
    NotHere(usize),
}

/// Everything a statement runs against.
pub struct Ctx<'a> {
    /// The server's filesystem.
    pub fs: &'a mut crate::vfs::Tree,
    /// The data directory (`/var/lib/mysql`, `/var/lib/postgresql/data`).
    pub root: String,
    /// Which server.
    pub dialect: Dialect,
    /// The connected user.
    pub user: String,
    /// The current database.
    pub db: Option<String>,
    /// The virtual clock.
    pub now_ms: i64,
    /// The server version (`8.0.42`, `17.5 (Debian 17.5-1.pgdg120+1)`).
    pub version: String,
}

/// Splits a script into statements at `;` outside quotes and comments; returns each statement
/// (without its `;`) and whether it was terminated. Comments stay in the text.
pub fn split_statements(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            cur.push(c);
            if c == '\\' && q != '"' {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' | '`' => {
                quote = Some(c);
                cur.push(c);
            }
            '-' if chars.peek() == Some(&'-') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        cur.push('\n');
                        break;
                    }
                }
            }
            '#' => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        cur.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
                cur.push(' ');
            }
            ';' => {
                out.push((std::mem::take(&mut cur), true));
            }
            _ => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push((cur, false));
    }
    out
}
