//! How the mysql and psql clients print results and errors: mysql's `+----+` tables, its
//! tab-separated batch mode and `\G` records; psql's aligned tables with `(N rows)`.

use super::sql::{Dialect, Outcome, SqlError, Tag, Value};

fn width(s: &str) -> usize {
    s.chars().count()
}

fn cell(v: &Value) -> String {
    v.show().unwrap_or_else(|| "NULL".to_string())
}

/// A mysql result table with borders.
pub fn mysql_table(cols: &[String], numeric: &[bool], rows: &[Vec<Value>]) -> String {
    let mut w: Vec<usize> = cols.iter().map(|c| width(c)).collect();
    for r in rows {
        for (i, v) in r.iter().enumerate() {
            if let Some(x) = w.get_mut(i) {
                *x = (*x).max(width(&cell(v)));
            }
        }
    }
    let line: String = w
        .iter()
        .map(|n| format!("+{}", "-".repeat(n + 2)))
        .collect::<String>()
        + "+\n";
    let mut out = line.clone();
    for (i, c) in cols.iter().enumerate() {
        out.push_str(&format!("| {c}{} ", " ".repeat(w[i] - width(c))));
    }
    out.push_str("|\n");
    out.push_str(&line);
    for r in rows {
        for (i, v) in r.iter().enumerate() {
            let s = cell(v);
            let pad = " ".repeat(w.get(i).copied().unwrap_or(0).saturating_sub(width(&s)));
            if numeric.get(i).copied().unwrap_or(false) && *v != Value::Null {
                out.push_str(&format!("| {pad}{s} "));
            } else {
                out.push_str(&format!("| {s}{pad} "));
            }
        }
        out.push_str("|\n");
    }
    if !rows.is_empty() {
        out.push_str(&line);
    }
    out
}

/// mysql's batch output: tab-separated, a header line unless `skip_names`.
pub fn mysql_batch(cols: &[String], rows: &[Vec<Value>], skip_names: bool) -> String {
    let esc = |s: String| {
        s.replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
    };
    let mut out = String::new();
    if !skip_names {
        out.push_str(&cols.join("\t"));
        out.push('\n');
    }
    for r in rows {
        let cells: Vec<String> = r.iter().map(|v| esc(cell(v))).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// mysql's `\G` output: one block per row.
pub fn mysql_vertical(cols: &[String], rows: &[Vec<Value>]) -> String {
    let w = cols.iter().map(|c| width(c)).max().unwrap_or(0);
    let mut out = String::new();
    for (n, r) in rows.iter().enumerate() {
        out.push_str(&format!(
            "*************************** {}. row ***************************\n",
            n + 1
        ));
        for (c, v) in cols.iter().zip(r) {
            out.push_str(&format!("{}{c}: {}\n", " ".repeat(w - width(c)), cell(v)));
        }
    }
    out
}

fn rows_word(n: usize) -> String {
    if n == 1 {
        "1 row".to_string()
    } else {
        format!("{n} rows")
    }
}

/// What the interactive mysql client prints after a statement (its result and the summary).
pub fn mysql_outcome(o: &Outcome, vertical: bool) -> String {
    match o {
        Outcome::Rows { rows, .. } if rows.is_empty() => "Empty set (0.00 sec)\n\n".to_string(),
        Outcome::Rows {
            cols,
            numeric,
            rows,
        } => {
            let body = if vertical {
                mysql_vertical(cols, rows)
            } else {
                mysql_table(cols, numeric, rows)
            };
            format!("{body}{} in set (0.00 sec)\n\n", rows_word(rows.len()))
        }
        Outcome::Changed(_) => "Database changed\n".to_string(),
        Outcome::Done {
            tag,
            affected,
            matched,
        } => {
            let secs = match tag {
                Tag::CreateTable
                | Tag::DropTable
                | Tag::DropDatabase
                | Tag::AlterTable
                | Tag::Truncate => "0.02",
                Tag::Other(_) | Tag::Grant | Tag::CreateUser => "0.00",
                _ => "0.01",
            };
            let mut s = format!(
                "Query OK, {} affected ({secs} sec)\n",
                rows_word(*affected as usize)
            );
            match tag {
                Tag::Insert if *affected > 1 => s.push_str(&format!(
                    "Records: {affected}  Duplicates: 0  Warnings: 0\n"
                )),
                Tag::Update => s.push_str(&format!(
                    "Rows matched: {matched}  Changed: {affected}  Warnings: 0\n"
                )),
                Tag::AlterTable => s.push_str("Records: 0  Duplicates: 0  Warnings: 0\n"),
                _ => {}
            }
            s.push('\n');
            s
        }
    }
}

/// `ERROR 1146 (42S02): Table 'db.t' doesn't exist`; `at_line` adds mysql's batch-mode
/// `at line N`. `stmt` is the statement the error is about (for syntax errors' `near '...'`).
pub fn mysql_error(
    e: &SqlError,
    stmt: &str,
    at_line: Option<usize>,
    mariadb: bool,
    old: bool,
) -> String {
    let (code, state, msg) = match e {
        SqlError::Syntax(pos) => {
            let (near, line) = match pos {
                Some(p) => {
                    let rest = stmt.get(*p..).unwrap_or("").trim_end();
                    let line = stmt.get(..*p).unwrap_or("").matches('\n').count() + 1;
                    (rest.chars().take(80).collect::<String>(), line)
                }
                None => (String::new(), stmt.trim_end().matches('\n').count() + 1),
            };
            let server = if mariadb { "MariaDB" } else { "MySQL" };
            (1064, "42000", format!("You have an error in your SQL syntax; check the manual that corresponds to your {server} server version for the right syntax to use near '{near}' at line {line}"))
        }
        SqlError::NotHere(_) => (
            1064,
            "42000",
            "You have an error in your SQL syntax".to_string(),
        ),
        SqlError::NoDatabase => (1046, "3D000", "No database selected".to_string()),
        SqlError::UnknownDatabase(d) => (1049, "42000", format!("Unknown database '{d}'")),
        SqlError::CantDropDatabase(d) => (
            1008,
            "HY000",
            format!("Can't drop database '{d}'; database doesn't exist"),
        ),
        SqlError::DatabaseExists(d) => (
            1007,
            "HY000",
            format!("Can't create database '{d}'; database exists"),
        ),
        SqlError::NoTable(_, t, _) if t.is_empty() => (1096, "HY000", "No tables used".to_string()),
        SqlError::NoTable(d, t, _) => (1146, "42S02", format!("Table '{d}.{t}' doesn't exist")),
        SqlError::UnknownTable(d, t) => (1051, "42S02", format!("Unknown table '{d}.{t}'")),
        SqlError::TableExists(t) => (1050, "42S01", format!("Table '{t}' already exists")),
        SqlError::UnknownColumn(c, clause, _) => {
            (1054, "42S22", format!("Unknown column '{c}' in '{clause}'"))
        }
        SqlError::Duplicate(v, key, _) => {
            let key = if old || mariadb {
                key.rsplit('.').next().unwrap_or(key).to_string()
            } else {
                key.clone()
            };
            (
                1062,
                "23000",
                format!("Duplicate entry '{v}' for key '{key}'"),
            )
        }
        SqlError::NotNull(c) => (1048, "23000", format!("Column '{c}' cannot be null")),
        SqlError::NoDefault(c) => (
            1364,
            "HY000",
            format!("Field '{c}' doesn't have a default value"),
        ),
        SqlError::ColumnCount(n) => (
            1136,
            "21S01",
            format!("Column count doesn't match value count at row {n}"),
        ),
        SqlError::Other(m) if m == "Invalid use of group function" => (1111, "HY000", m.clone()),
        SqlError::Other(m) => (1305, "42000", m.clone()),
        SqlError::Denied(m) => (1044, "42000", m.clone()),
    };
    match at_line {
        Some(l) => format!("ERROR {code} ({state}) at line {l}: {msg}\n"),
        None => format!("ERROR {code} ({state}): {msg}\n"),
    }
}

/// The psql result of a statement: an aligned table with `(N rows)`, or the command tag.
pub fn psql_outcome(o: &Outcome) -> String {
    match o {
        Outcome::Rows {
            cols,
            numeric,
            rows,
        } => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| r.iter().map(|v| v.show().unwrap_or_default()).collect())
                .collect();
            format!(
                "{}{}\n\n",
                psql_table(cols, numeric, &cells),
                rows_paren(rows.len())
            )
        }
        Outcome::Changed(_) => String::new(),
        Outcome::Done { tag, affected, .. } => {
            let t = match tag {
                Tag::CreateDatabase => "CREATE DATABASE".to_string(),
                Tag::DropDatabase => "DROP DATABASE".to_string(),
                Tag::CreateTable => "CREATE TABLE".to_string(),
                Tag::DropTable => "DROP TABLE".to_string(),
                Tag::Insert => format!("INSERT 0 {affected}"),
                Tag::Update => format!("UPDATE {affected}"),
                Tag::Delete => format!("DELETE {affected}"),
                Tag::Truncate => "TRUNCATE TABLE".to_string(),
                Tag::CreateUser => "CREATE ROLE".to_string(),
                Tag::Grant => "GRANT".to_string(),
                Tag::AlterTable => "ALTER TABLE".to_string(),
                Tag::Other(t) => t.to_string(),
            };
            format!("{t}\n")
        }
    }
}

/// `(1 row)` / `(3 rows)`.
pub fn rows_paren(n: usize) -> String {
    if n == 1 {
        "(1 row)".to_string()
    } else {
        format!("({n} rows)")
    }
}

/// psql's aligned format (border 1): centered headers, numbers right-aligned, multi-line
/// cells continued with `+`, no padding after a left-aligned last column.
pub fn psql_table(cols: &[String], numeric: &[bool], rows: &[Vec<String>]) -> String {
    let n = cols.len();
    let mut w: Vec<usize> = cols.iter().map(|c| width(c)).collect();
    for r in rows {
        for (i, v) in r.iter().enumerate().take(n) {
            for l in v.split('\n') {
                w[i] = w[i].max(width(l));
            }
        }
    }
    let mut out = String::new();
    for (i, c) in cols.iter().enumerate() {
        let left = (w[i] - width(c)) / 2;
        let right = w[i] - width(c) - left;
        out.push_str(&format!(
            "{}{}{c}{} ",
            if i > 0 { "|" } else { "" },
            " ".repeat(left + 1),
            " ".repeat(right)
        ));
    }
    out.push('\n');
    let dashes: Vec<String> = w.iter().map(|x| "-".repeat(x + 2)).collect();
    out.push_str(&dashes.join("+"));
    out.push('\n');
    for r in rows {
        let lines: Vec<Vec<&str>> = r.iter().map(|v| v.split('\n').collect()).collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(1);
        for h in 0..height {
            let mut line = String::new();
            #[allow(clippy::needless_range_loop)]
            for i in 0..n {
                let parts = lines.get(i);
                let text = parts.and_then(|p| p.get(h)).copied().unwrap_or("");
                let more = parts.is_some_and(|p| h + 1 < p.len());
                let pad = " ".repeat(w[i] - width(text));
                if i > 0 {
                    line.push('|');
                }
                line.push(' ');
                let last = i + 1 == n;
                if numeric.get(i).copied().unwrap_or(false) {
                    line.push_str(&pad);
                    line.push_str(text);
                } else {
                    line.push_str(text);
                    if !last || more {
                        line.push_str(&pad);
                    }
                }
                if more {
                    line.push('+');
                } else if !last {
                    line.push(' ');
                }
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// A psql table under a centered title (`List of relations`).
pub fn psql_titled(title: &str, cols: &[&str], rows: &[Vec<String>]) -> String {
    let cols: Vec<String> = cols.iter().map(|c| c.to_string()).collect();
    let table = psql_table(&cols, &vec![false; cols.len()], rows);
    let total = table.lines().nth(1).map(width).unwrap_or(0);
    let pad = total.saturating_sub(width(title)) / 2;
    format!(
        "{}{title}\n{table}{}\n\n",
        " ".repeat(pad),
        rows_paren(rows.len())
    )
}

/// `ERROR:  relation "x" does not exist` with psql's `LINE n:` and caret where it shows one.
pub fn psql_error(e: &SqlError, stmt: &str, table: Option<&str>) -> String {
    let (msg, pos) = match e {
        SqlError::Syntax(Some(p)) => {
            let tok: String = stmt.get(*p..).unwrap_or("").chars().take_while(|c| !c.is_whitespace() && !"(),;".contains(*c)).collect();
            let tok = if tok.is_empty() { stmt.get(*p..).unwrap_or("").chars().take(1).collect() } else { tok };
            (format!("syntax error at or near \"{tok}\""), Some(*p))
        }
        SqlError::Syntax(None) => ("syntax error at end of input".to_string(), Some(stmt.trim_end().len())),
        SqlError::NotHere(p) => {
            let word: String = stmt.get(*p..).unwrap_or("").split_whitespace().nth(1).unwrap_or("").trim_end_matches(';').to_lowercase();
            (format!("unrecognized configuration parameter \"{word}\""), None)
        }
        SqlError::NoDatabase => ("no database selected".to_string(), None),
        SqlError::UnknownDatabase(d) | SqlError::CantDropDatabase(d) => (format!("database \"{d}\" does not exist"), None),
        SqlError::DatabaseExists(d) => (format!("database \"{d}\" already exists"), None),
        SqlError::NoTable(_, t, p) => (format!("relation \"{t}\" does not exist"), Some(*p)),
        SqlError::UnknownTable(_, t) => (format!("table \"{t}\" does not exist"), None),
        SqlError::TableExists(t) => (format!("relation \"{t}\" already exists"), None),
        SqlError::UnknownColumn(c, "field list", p) if table.is_some() && stmt.trim_start().to_ascii_uppercase().starts_with("INSERT") => {
            (format!("column \"{c}\" of relation \"{}\" does not exist", table.unwrap_or("")), Some(*p))
        }
        SqlError::UnknownColumn(c, _, p) => (format!("column \"{c}\" does not exist"), Some(*p)),
        SqlError::Duplicate(v, key, col) => {
            (format!("duplicate key value violates unique constraint \"{key}\"\nDETAIL:  Key ({col})=({v}) already exists."), None)
        }
        SqlError::NotNull(c) => (format!("null value in column \"{c}\" of relation \"{}\" violates not-null constraint", table.unwrap_or("")), None),
        SqlError::NoDefault(c) => (format!("null value in column \"{c}\" of relation \"{}\" violates not-null constraint", table.unwrap_or("")), None),
        SqlError::ColumnCount(_) => ("INSERT has more expressions than target columns".to_string(), None),
        SqlError::Other(m) if m.starts_with("FUNCTION") => {
            let f = m.rsplit('.').next().unwrap_or("");
            (format!("function {f}() does not exist"), None)
        }
        SqlError::Other(m) | SqlError::Denied(m) => (m.clone(), None),
    };
    let mut out = format!("ERROR:  {msg}\n");
    if let Some(p) = pos {
        let p = p.min(stmt.len());
        let before = stmt.get(..p).unwrap_or("");
        let line_no = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = stmt[line_start..]
            .find('\n')
            .map(|i| line_start + i)
            .unwrap_or(stmt.len());
        let prefix = format!("LINE {line_no}: ");
        out.push_str(&format!("{prefix}{}\n", &stmt[line_start..line_end]));
        out.push_str(&format!(
            "{}^\n",
            " ".repeat(width(&prefix) + width(&stmt[line_start..p]))
        ));
    }
    out
}

/// Which client wording an error takes.
pub fn error_text(d: Dialect, e: &SqlError, stmt: &str, mariadb: bool, old: bool) -> String {
    match d {
        Dialect::Mysql => mysql_error(e, stmt, None, mariadb, old),
        Dialect::Postgres => psql_error(e, stmt, None),
    }
}
