//! Runs parsed statements against the tables of a data directory.

use super::parse::{self, Expr, SelItem, Select, Stmt, TableRef};
use super::store;
use super::{Column, Ctx, Dialect, Outcome, SqlError, Table, Tag, Value};
use crate::vfs::Node;

type R<T> = Result<T, SqlError>;

/// Parses and runs one statement (without its `;`).
pub fn run(ctx: &mut Ctx, sql: &str) -> R<Outcome> {
    let stmt = parse::parse(sql, ctx.dialect)?;
    if ctx.dialect == Dialect::Postgres {
        let first = sql.len() - sql.trim_start().len();
        match stmt {
            Stmt::Use(_) | Stmt::Describe(_) => return Err(SqlError::Syntax(Some(first))),
            Stmt::ShowDatabases | Stmt::ShowTables(_) => return Err(SqlError::NotHere(first)),
            _ => {}
        }
    }
    execute(ctx, stmt)
}

fn done(tag: Tag, affected: u64) -> Outcome {
    Outcome::Done {
        tag,
        affected,
        matched: affected,
    }
}

fn owned_node(dir: bool) -> Node {
    let mut n = if dir {
        Node::dir()
    } else {
        Node::file(Vec::new())
    };
    n.uid = 999;
    n.gid = 999;
    if dir {
        n.mode = 0o750;
    }
    n
}

/// Runs a parsed statement.
pub fn execute(ctx: &mut Ctx, stmt: Stmt) -> R<Outcome> {
    let d = ctx.dialect;
    match stmt {
        Stmt::ShowDatabases => {
            let dbs = store::databases(ctx.fs, &ctx.root, d);
            Ok(Outcome::Rows {
                cols: vec!["Database".to_string()],
                numeric: vec![false],
                rows: dbs.into_iter().map(|n| vec![Value::Text(n)]).collect(),
            })
        }
        Stmt::ShowTables(db) => {
            let db = match db {
                Some(db) => db,
                None => ctx.qualify(&None)?,
            };
            if !store::db_exists(ctx.fs, &ctx.root, d, &db) {
                return Err(SqlError::UnknownDatabase(db));
            }
            let list = store::tables(ctx.fs, &ctx.root, d, &db);
            Ok(Outcome::Rows {
                cols: vec![format!("Tables_in_{db}")],
                numeric: vec![false],
                rows: list.into_iter().map(|n| vec![Value::Text(n)]).collect(),
            })
        }
        Stmt::Use(db) => {
            if !store::db_exists(ctx.fs, &ctx.root, d, &db) {
                return Err(SqlError::UnknownDatabase(db));
            }
            ctx.db = Some(db.clone());
            Ok(Outcome::Changed(db))
        }
        Stmt::CreateDatabase(db, if_not) => {
            if store::db_exists(ctx.fs, &ctx.root, d, &db) {
                if if_not {
                    return Ok(done(Tag::CreateDatabase, 1));
                }
                return Err(SqlError::DatabaseExists(db));
            }
            let dir = store::db_dir(&ctx.root, d, &db);
            ctx.fs.insert(&dir, owned_node(true));
            Ok(done(Tag::CreateDatabase, 1))
        }
        Stmt::DropDatabase(db, if_exists) => {
            if !store::db_exists(ctx.fs, &ctx.root, d, &db) {
                if if_exists {
                    return Ok(done(Tag::DropDatabase, 0));
                }
                return Err(SqlError::CantDropDatabase(db));
            }
            let n = store::tables(ctx.fs, &ctx.root, d, &db).len() as u64;
            let _ = ctx.fs.remove(&store::db_dir(&ctx.root, d, &db), true);
            if ctx.db.as_deref() == Some(db.as_str()) && d == Dialect::Mysql {
                ctx.db = None;
            }
            Ok(done(Tag::DropDatabase, n))
        }
        Stmt::CreateTable(t, cols, if_not) => {
            let db = ctx.qualify(&t.db)?;
            if !store::db_exists(ctx.fs, &ctx.root, d, &db) {
                return Err(SqlError::UnknownDatabase(db));
            }
            if ctx
                .fs
                .exists(&store::table_path(&ctx.root, d, &db, &t.name))
            {
                if if_not {
                    return Ok(done(Tag::CreateTable, 0));
                }
                return Err(SqlError::TableExists(t.name));
            }
            // MySQL's BOOLEAN is a synonym: the column is a TINYINT(1) holding 0 and 1.
            let mut cols = cols;
            if d == Dialect::Mysql {
                for c in &mut cols {
                    if matches!(c.ty.as_str(), "boolean" | "bool") {
                        c.ty = "tinyint(1)".into();
                    }
                }
            }
            let table = Table {
                cols,
                rows: Vec::new(),
                next_id: 1,
                owner: ctx.user.clone(),
                exact: false,
            };
            ctx.save(&db, &t.name, &table);
            Ok(done(Tag::CreateTable, 0))
        }
        Stmt::DropTable(list, if_exists) => {
            for t in &list {
                let db = ctx.qualify(&t.db)?;
                let path = store::table_path(&ctx.root, d, &db, &t.name);
                if !ctx.fs.exists(&path) && !if_exists {
                    return Err(SqlError::UnknownTable(db, t.name.clone()));
                }
            }
            for t in &list {
                let db = ctx.qualify(&t.db)?;
                let _ = ctx
                    .fs
                    .remove(&store::table_path(&ctx.root, d, &db, &t.name), false);
            }
            Ok(done(Tag::DropTable, 0))
        }
        Stmt::Truncate(t) => {
            let (db, mut table) = open(ctx, &t)?;
            table.rows.clear();
            ctx.save(&db, &t.name, &table);
            Ok(done(Tag::Truncate, 0))
        }
        Stmt::AddColumn(t, col) => {
            let (db, mut table) = open(ctx, &t)?;
            let def = default_of(ctx, &col);
            table.cols.push(col);
            for r in &mut table.rows {
                r.push(def.clone());
            }
            ctx.save(&db, &t.name, &table);
            Ok(done(Tag::AlterTable, 0))
        }
        Stmt::Describe(t) => describe(ctx, &t),
        Stmt::Insert(t, cols, rows) => insert(ctx, &t, cols, rows),
        Stmt::Select(s) => select(ctx, &s),
        Stmt::Update(t, sets, filter) => {
            let (db, mut table) = open(ctx, &t)?;
            let mut idx = Vec::new();
            for (c, pos, e) in sets {
                let i = table
                    .col(&c)
                    .ok_or(SqlError::UnknownColumn(c, "field list", pos))?;
                idx.push((i, e));
            }
            let (mut matched, mut changed) = (0, 0);
            for r in 0..table.rows.len() {
                if !matches(ctx, &table, &table.rows[r], filter.as_ref())? {
                    continue;
                }
                matched += 1;
                let mut new = table.rows[r].clone();
                for (i, e) in &idx {
                    let v = coerce(&table.cols[*i], eval(ctx, &table, &table.rows[r], None, e)?);
                    if v == Value::Null && table.cols[*i].not_null {
                        return Err(SqlError::NotNull(table.cols[*i].name.clone()));
                    }
                    new[*i] = v;
                }
                if new != table.rows[r] {
                    changed += 1;
                    table.rows[r] = new;
                }
            }
            ctx.save(&db, &t.name, &table);
            Ok(Outcome::Done {
                tag: Tag::Update,
                affected: changed,
                matched,
            })
        }
        Stmt::Delete(t, filter) => {
            let (db, mut table) = open(ctx, &t)?;
            let before = table.rows.len();
            let mut keep = Vec::new();
            for r in std::mem::take(&mut table.rows) {
                if !matches(ctx, &table, &r, filter.as_ref())? {
                    keep.push(r);
                }
            }
            table.rows = keep;
            let n = (before - table.rows.len()) as u64;
            ctx.save(&db, &t.name, &table);
            Ok(done(Tag::Delete, n))
        }
        // The server records the account itself (it knows where accounts live).
        Stmt::CreateUser(..) => Ok(done(Tag::CreateUser, 0)),
        Stmt::Grant => Ok(done(Tag::Grant, 0)),
        Stmt::Noop(tag) => Ok(done(Tag::Other(tag), 0)),
    }
}

fn open(ctx: &Ctx, t: &TableRef) -> R<(String, Table)> {
    let db = ctx.qualify(&t.db)?;
    let table = ctx.load(&db, &t.name, t.pos)?;
    Ok((db, table))
}

fn describe(ctx: &Ctx, t: &TableRef) -> R<Outcome> {
    let (_, table) = open(ctx, t)?;
    let rows = table
        .cols
        .iter()
        .map(|c| {
            let key = if c.primary {
                "PRI"
            } else if c.unique {
                "UNI"
            } else {
                ""
            };
            let default = if c.default_now {
                Value::Text("CURRENT_TIMESTAMP".into())
            } else {
                c.default.clone().unwrap_or(Value::Null)
            };
            let default = match default {
                Value::Null => Value::Null,
                v if !c.default_now => Value::Text(coerce(c, v).show().unwrap_or_default()),
                v => Value::Text(v.show().unwrap_or_default()),
            };
            vec![
                Value::Text(c.name.clone()),
                Value::Text(mysql_type(&c.ty, &ctx.version)),
                Value::Text(if c.not_null { "NO" } else { "YES" }.into()),
                Value::Text(key.into()),
                default,
                Value::Text(if c.auto {
                    "auto_increment".into()
                } else if c.default_now {
                    "DEFAULT_GENERATED".into()
                } else {
                    String::new()
                }),
            ]
        })
        .collect();
    Ok(Outcome::Rows {
        cols: ["Field", "Type", "Null", "Key", "Default", "Extra"]
            .map(String::from)
            .to_vec(),
        numeric: vec![false; 6],
        rows,
    })
}

/// How mysql shows a declared type: 5.7 and MariaDB print display widths (`int(11)`),
/// 8.0 dropped them.
pub fn mysql_type(ty: &str, version: &str) -> String {
    let old = version.starts_with("5.")
        || version.contains("MariaDB")
        || version.starts_with("10.")
        || version.starts_with("11.");
    let base = ty.split('(').next().unwrap_or(ty);
    let unsigned = ty.ends_with(" unsigned");
    let width = match base.trim_end_matches(" unsigned") {
        "int" | "integer" => Some(if unsigned { 10 } else { 11 }),
        "bigint" => Some(20),
        "smallint" => Some(6),
        "tinyint" => Some(4),
        "mediumint" => Some(9),
        _ => None,
    };
    let name = match base.trim_end_matches(" unsigned") {
        "integer" => "int",
        "boolean" | "bool" => return "tinyint(1)".into(),
        "serial" => return "bigint unsigned".into(),
        b => b,
    };
    match width {
        Some(w) if old && !ty.contains('(') => {
            format!("{name}({w}){}", if unsigned { " unsigned" } else { "" })
        }
        Some(_) if !old => format!("{name}{}", if unsigned { " unsigned" } else { "" }),
        _ => {
            if ty.starts_with("integer") {
                ty.replacen("integer", "int", 1)
            } else {
                ty.to_string()
            }
        }
    }
}

fn default_of(ctx: &Ctx, c: &Column) -> Value {
    if c.default_now {
        return Value::Text(timestamp(ctx.now_ms));
    }
    c.default
        .clone()
        .map(|v| coerce(c, v))
        .unwrap_or(Value::Null)
}

/// `2025-06-02 09:00:00`.
pub fn timestamp(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

/// The scale of `decimal(8,2)` (0 for `decimal(8)`, `None` for other types).
fn decimal_scale(ty: &str) -> Option<usize> {
    let (base, args) = ty.split_once('(')?;
    if !matches!(base, "decimal" | "numeric") {
        return None;
    }
    let args = args.trim_end_matches(')');
    Some(
        args.split(',')
            .nth(1)
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0),
    )
}

/// Converts a value to a column's type as the server stores it.
fn coerce(c: &Column, v: Value) -> Value {
    if v == Value::Null {
        return v;
    }
    let base = c.ty.split('(').next().unwrap_or(&c.ty);
    if c.numeric() {
        if let Some(scale) = decimal_scale(&c.ty) {
            let f = match &v {
                Value::Text(t) => t.trim().parse::<f64>().unwrap_or(0.0),
                other => other.as_f64_pub().unwrap_or(0.0),
            };
            return Value::Text(format!("{f:.scale$}"));
        }
        let is_int = !matches!(
            base,
            "decimal" | "numeric" | "float" | "double" | "real" | "double precision"
        );
        return match v {
            Value::Text(s) => {
                let t = s.trim();
                if is_int {
                    t.parse::<i64>()
                        .map(Value::Int)
                        .or_else(|_| t.parse::<f64>().map(|f| Value::Int(f.round() as i64)))
                        .unwrap_or(Value::Int(0))
                } else {
                    t.parse::<f64>().map(Value::Num).unwrap_or(Value::Num(0.0))
                }
            }
            Value::Num(f) if is_int => Value::Int(f.round() as i64),
            Value::Int(i) if !is_int => Value::Num(i as f64),
            other => other,
        };
    }
    if matches!(base, "boolean" | "bool") {
        return match v {
            Value::Int(i) => Value::Text(if i != 0 { "t" } else { "f" }.into()),
            other => other,
        };
    }
    match v {
        Value::Int(i) => Value::Text(i.to_string()),
        Value::Num(f) => Value::Text(super::show_num(f)),
        other => other,
    }
}

fn insert(
    ctx: &mut Ctx,
    t: &TableRef,
    cols: Option<Vec<(String, usize)>>,
    rows: Vec<Vec<Expr>>,
) -> R<Outcome> {
    let (db, mut table) = open(ctx, t)?;
    let targets: Vec<usize> = match &cols {
        Some(list) => list
            .iter()
            .map(|(c, pos)| {
                table
                    .col(c)
                    .ok_or_else(|| SqlError::UnknownColumn(c.clone(), "field list", *pos))
            })
            .collect::<R<_>>()?,
        None => (0..table.cols.len()).collect(),
    };
    let empty = Table::default();
    let mut added = Vec::new();
    for (n, exprs) in rows.iter().enumerate() {
        if exprs.len() != targets.len() {
            return Err(SqlError::ColumnCount(n + 1));
        }
        let mut row: Vec<Option<Value>> = vec![None; table.cols.len()];
        for (e, i) in exprs.iter().zip(&targets) {
            let v = eval(ctx, &empty, &[], None, e)?;
            row[*i] = Some(coerce(&table.cols[*i], v));
        }
        let mut full = Vec::new();
        for (i, c) in table.cols.iter().enumerate() {
            let v = match row[i].take() {
                Some(Value::Null) | None if c.auto => {
                    let id = table.next_id;
                    table.next_id += 1;
                    Value::Int(id)
                }
                Some(v) => {
                    if c.auto {
                        if let Value::Int(id) = v {
                            table.next_id = table.next_id.max(id + 1);
                        }
                    }
                    v
                }
                None => {
                    if c.default.is_none() && !c.default_now && c.not_null {
                        return Err(SqlError::NoDefault(c.name.clone()));
                    }
                    default_of(ctx, c)
                }
            };
            if v == Value::Null && c.not_null {
                return Err(SqlError::NotNull(c.name.clone()));
            }
            full.push(v);
        }
        for (i, c) in table.cols.iter().enumerate() {
            if !(c.primary || c.unique) || full[i] == Value::Null {
                continue;
            }
            let dup = table.rows.iter().chain(added.iter()).any(|r: &Vec<Value>| {
                r[i].compare(&full[i], false) == Some(std::cmp::Ordering::Equal)
            });
            if dup {
                let key = if c.primary {
                    match ctx.dialect {
                        Dialect::Mysql => format!("{}.PRIMARY", t.name),
                        Dialect::Postgres => format!("{}_pkey", t.name),
                    }
                } else {
                    match ctx.dialect {
                        Dialect::Mysql => format!("{}.{}", t.name, c.name),
                        Dialect::Postgres => format!("{}_{}_key", t.name, c.name),
                    }
                };
                return Err(SqlError::Duplicate(
                    full[i].show().unwrap_or_default(),
                    key,
                    c.name.clone(),
                ));
            }
        }
        added.push(full);
    }
    let n = added.len() as u64;
    table.rows.extend(added);
    ctx.save(&db, &t.name, &table);
    Ok(done(Tag::Insert, n))
}

fn matches(ctx: &Ctx, table: &Table, row: &[Value], filter: Option<&Expr>) -> R<bool> {
    match filter {
        None => Ok(true),
        Some(e) => Ok(eval(ctx, table, row, None, e)
            .map_err(where_clause)?
            .truthy()),
    }
}

fn where_clause(e: SqlError) -> SqlError {
    match e {
        SqlError::UnknownColumn(c, "field list", p) => {
            SqlError::UnknownColumn(c, "where clause", p)
        }
        other => other,
    }
}

fn is_aggregate(e: &Expr) -> bool {
    match e {
        Expr::Func(n, args, _) => {
            matches!(n.as_str(), "COUNT" | "SUM" | "AVG" | "MIN" | "MAX")
                || args.iter().any(is_aggregate)
        }
        Expr::Bin(a, _, b) => is_aggregate(a) || is_aggregate(b),
        Expr::Not(a) | Expr::Neg(a) | Expr::IsNull(a, _) => is_aggregate(a),
        _ => false,
    }
}

fn like(text: &str, pat: &str, ci: bool) -> bool {
    let (t, p): (Vec<char>, Vec<char>) = if ci {
        (
            text.to_lowercase().chars().collect(),
            pat.to_lowercase().chars().collect(),
        )
    } else {
        (text.chars().collect(), pat.chars().collect())
    };
    // Iterative matching with one backtrack point: bounded by |p| × |t|.
    let (mut i, mut j) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while i < t.len() {
        match p.get(j) {
            Some('%') => {
                star = Some((j, i));
                j += 1;
            }
            Some('_') => {
                i += 1;
                j += 1;
            }
            Some(c) if *c == t[i] => {
                i += 1;
                j += 1;
            }
            _ => match star {
                Some((sj, si)) => {
                    j = sj + 1;
                    i = si + 1;
                    star = Some((sj, si + 1));
                }
                None => return false,
            },
        }
    }
    p[j.min(p.len())..].iter().all(|c| *c == '%')
}

/// Evaluates an expression on a row; `group` holds the rows of the group for aggregates.
fn eval(
    ctx: &Ctx,
    table: &Table,
    row: &[Value],
    group: Option<&[&Vec<Value>]>,
    e: &Expr,
) -> R<Value> {
    let ci = ctx.dialect == Dialect::Mysql;
    Ok(match e {
        Expr::Lit(v) => v.clone(),
        Expr::Col(c, pos) => match table.col(c) {
            Some(i) => row.get(i).cloned().unwrap_or(Value::Null),
            None => return Err(SqlError::UnknownColumn(c.clone(), "field list", *pos)),
        },
        Expr::Not(a) => match eval(ctx, table, row, group, a)? {
            Value::Null => Value::Null,
            v => bool_val(ctx, !v.truthy()),
        },
        Expr::Neg(a) => match eval(ctx, table, row, group, a)? {
            Value::Int(i) => Value::Int(-i),
            Value::Null => Value::Null,
            v => Value::Num(-v.as_f64().unwrap_or(0.0)),
        },
        Expr::IsNull(a, neg) => bool_val(
            ctx,
            (eval(ctx, table, row, group, a)? == Value::Null) != *neg,
        ),
        Expr::In(a, list, neg) => {
            let v = eval(ctx, table, row, group, a)?;
            let mut found = false;
            for x in list {
                if v.compare(&eval(ctx, table, row, group, x)?, ci)
                    == Some(std::cmp::Ordering::Equal)
                {
                    found = true;
                }
            }
            bool_val(ctx, found != *neg)
        }
        Expr::Between(a, lo, hi, neg) => {
            let v = eval(ctx, table, row, group, a)?;
            let lo = eval(ctx, table, row, group, lo)?;
            let hi = eval(ctx, table, row, group, hi)?;
            let inside = v.compare(&lo, ci).is_some_and(|o| o.is_ge())
                && v.compare(&hi, ci).is_some_and(|o| o.is_le());
            bool_val(ctx, inside != *neg)
        }
        Expr::Bin(a, op, b) => {
            let x = eval(ctx, table, row, group, a)?;
            let y = eval(ctx, table, row, group, b)?;
            match *op {
                "AND" => match (x.truthy(), y.truthy()) {
                    (true, true) => bool_val(ctx, true),
                    _ if x == Value::Null || y == Value::Null => {
                        if (x != Value::Null && !x.truthy()) || (y != Value::Null && !y.truthy()) {
                            bool_val(ctx, false)
                        } else {
                            Value::Null
                        }
                    }
                    _ => bool_val(ctx, false),
                },
                "OR" => {
                    if x.truthy() || y.truthy() {
                        bool_val(ctx, true)
                    } else if x == Value::Null || y == Value::Null {
                        Value::Null
                    } else {
                        bool_val(ctx, false)
                    }
                }
                "LIKE" | "ILIKE" => match (x.show(), y.show()) {
                    (Some(t), Some(p)) => bool_val(ctx, like(&t, &p, ci || *op == "ILIKE")),
                    _ => Value::Null,
                },
                "||" => match (x.show(), y.show()) {
                    (Some(a), Some(b)) => Value::Text(a + &b),
                    _ => Value::Null,
                },
                "+" | "-" | "*" | "/" | "%" => arith(&x, op, &y)?,
                _ => match x.compare(&y, ci) {
                    None => Value::Null,
                    Some(o) => bool_val(
                        ctx,
                        match *op {
                            "=" => o.is_eq(),
                            "<>" => o.is_ne(),
                            "<" => o.is_lt(),
                            ">" => o.is_gt(),
                            "<=" => o.is_le(),
                            _ => o.is_ge(),
                        },
                    ),
                },
            }
        }
        Expr::Func(name, args, star) => {
            if let Some(rows) =
                group.filter(|_| matches!(name.as_str(), "COUNT" | "SUM" | "AVG" | "MIN" | "MAX"))
            {
                if *star {
                    return Ok(Value::Int(rows.len() as i64));
                }
                let arg = args.first().ok_or(SqlError::Syntax(None))?;
                let mut vals = Vec::new();
                for r in rows {
                    let v = eval(ctx, table, r, None, arg)?;
                    if v != Value::Null {
                        vals.push(v);
                    }
                }
                return Ok(match name.as_str() {
                    "COUNT" => Value::Int(vals.len() as i64),
                    "MIN" | "MAX" => {
                        let mut best: Option<Value> = None;
                        for v in vals {
                            let better = best.as_ref().is_none_or(|b| {
                                let o = v.compare(b, ci).unwrap_or(std::cmp::Ordering::Equal);
                                if name == "MIN" {
                                    o.is_lt()
                                } else {
                                    o.is_gt()
                                }
                            });
                            if better {
                                best = Some(v);
                            }
                        }
                        best.unwrap_or(Value::Null)
                    }
                    _ if vals.is_empty() => Value::Null,
                    "SUM" if vals.iter().all(|v| matches!(v, Value::Int(_))) => Value::Int(
                        vals.iter()
                            .map(|v| if let Value::Int(i) = v { *i } else { 0 })
                            .fold(0i64, |a, b| a.saturating_add(b)),
                    ),
                    "SUM" => Value::Num(vals.iter().filter_map(Value::as_f64).sum()),
                    _ => Value::Num(
                        vals.iter().filter_map(Value::as_f64).sum::<f64>() / vals.len() as f64,
                    ),
                });
            }
            let mut vals = Vec::new();
            for a in args {
                vals.push(eval(ctx, table, row, group, a)?);
            }
            let first = || vals.first().cloned().unwrap_or(Value::Null);
            match name.as_str() {
                "NOW" | "CURRENT_TIMESTAMP" | "LOCALTIMESTAMP" | "SYSDATE" => {
                    Value::Text(match ctx.dialect {
                        Dialect::Mysql => timestamp(ctx.now_ms),
                        Dialect::Postgres => format!(
                            "{}.{:03}000+00",
                            timestamp(ctx.now_ms),
                            ctx.now_ms.rem_euclid(1000)
                        ),
                    })
                }
                "CURDATE" | "CURRENT_DATE" => Value::Text(timestamp(ctx.now_ms)[..10].to_string()),
                "CURRENT_TIME" | "CURTIME" => Value::Text(timestamp(ctx.now_ms)[11..].to_string()),
                "VERSION" => Value::Text(ctx.version.clone()),
                "DATABASE" | "SCHEMA" | "CURRENT_DATABASE" => {
                    ctx.db.clone().map(Value::Text).unwrap_or(Value::Null)
                }
                "USER" | "CURRENT_USER" | "SESSION_USER" | "SYSTEM_USER" => {
                    Value::Text(match ctx.dialect {
                        Dialect::Mysql if name == "CURRENT_USER" => format!("{}@%", ctx.user),
                        Dialect::Mysql => format!("{}@localhost", ctx.user),
                        Dialect::Postgres => ctx.user.clone(),
                    })
                }
                "UPPER" | "UCASE" => first()
                    .show()
                    .map(|s| Value::Text(s.to_uppercase()))
                    .unwrap_or(Value::Null),
                "LOWER" | "LCASE" => first()
                    .show()
                    .map(|s| Value::Text(s.to_lowercase()))
                    .unwrap_or(Value::Null),
                "LENGTH" | "CHAR_LENGTH" => first()
                    .show()
                    .map(|s| Value::Int(s.chars().count() as i64))
                    .unwrap_or(Value::Null),
                "CONCAT" => {
                    let mut s = String::new();
                    for v in &vals {
                        match v.show() {
                            Some(t) => s.push_str(&t),
                            None if ctx.dialect == Dialect::Mysql => return Ok(Value::Null),
                            None => {}
                        }
                    }
                    Value::Text(s)
                }
                "COALESCE" | "IFNULL" => vals
                    .into_iter()
                    .find(|v| *v != Value::Null)
                    .unwrap_or(Value::Null),
                "ABS" => match first() {
                    Value::Int(i) => Value::Int(i.abs()),
                    v => v
                        .as_f64()
                        .map(|f| Value::Num(f.abs()))
                        .unwrap_or(Value::Null),
                },
                "ROUND" => first()
                    .as_f64()
                    .map(|f| Value::Int(f.round() as i64))
                    .unwrap_or(Value::Null),
                // An aggregate outside any group (e.g. in WHERE) is an error in both servers.
                "COUNT" | "SUM" | "AVG" | "MIN" | "MAX" => {
                    return Err(SqlError::Other("Invalid use of group function".into()))
                }
                _ => {
                    return Err(SqlError::Other(format!(
                        "FUNCTION {}.{} does not exist",
                        ctx.db.clone().unwrap_or_default(),
                        name.to_lowercase()
                    )))
                }
            }
        }
    })
}

fn bool_val(ctx: &Ctx, b: bool) -> Value {
    match ctx.dialect {
        Dialect::Mysql => Value::Int(b as i64),
        Dialect::Postgres => Value::Text(if b { "t" } else { "f" }.into()),
    }
}

fn arith(x: &Value, op: &str, y: &Value) -> R<Value> {
    if *x == Value::Null || *y == Value::Null {
        return Ok(Value::Null);
    }
    if let (Value::Int(a), Value::Int(b)) = (x, y) {
        return Ok(match op {
            "+" => Value::Int(a.wrapping_add(*b)),
            "-" => Value::Int(a.wrapping_sub(*b)),
            "*" => Value::Int(a.wrapping_mul(*b)),
            "%" if *b == 0 => Value::Null,
            "%" => Value::Int(a.wrapping_rem(*b)),
            _ if *b == 0 => Value::Null,
            _ => Value::Num(*a as f64 / *b as f64),
        });
    }
    let (a, b) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
    Ok(match op {
        "+" => Value::Num(a + b),
        "-" => Value::Num(a - b),
        "*" => Value::Num(a * b),
        _ if b == 0.0 => Value::Null,
        "%" => Value::Num(a % b),
        _ => Value::Num(a / b),
    })
}

/// The header a select item shows: mysql prints the text as typed, postgres the column or
/// function name (`count`) or `?column?`.
fn header(ctx: &Ctx, e: &Expr, text: &str) -> String {
    match ctx.dialect {
        Dialect::Mysql => text.to_string(),
        Dialect::Postgres => match e {
            Expr::Col(c, _) => c.clone(),
            Expr::Func(n, _, _) => match n.as_str() {
                "CURRENT_TIMESTAMP" => "current_timestamp".into(),
                "NOW" => "now".into(),
                n => n.to_lowercase(),
            },
            _ => "?column?".into(),
        },
    }
}

fn select(ctx: &Ctx, s: &Select) -> R<Outcome> {
    let (table, rows) = match &s.from {
        Some(t) => {
            let (_, table) = open(ctx, t)?;
            let mut kept = Vec::new();
            for r in &table.rows {
                if matches(ctx, &table, r, s.filter.as_ref())? {
                    kept.push(r.clone());
                }
            }
            (table, kept)
        }
        None => {
            if s.filter.as_ref().is_some_and(|f| {
                !eval(ctx, &Table::default(), &[], None, f)
                    .map(|v| v.truthy())
                    .unwrap_or(false)
            }) {
                (Table::default(), Vec::new())
            } else {
                (Table::default(), vec![Vec::new()])
            }
        }
    };
    // The output columns: (expression, header, numeric).
    let mut out_cols: Vec<(Expr, String, bool)> = Vec::new();
    for item in &s.items {
        match item {
            SelItem::Star => {
                if s.from.is_none() {
                    return Err(match ctx.dialect {
                        Dialect::Mysql => SqlError::NoTable(String::new(), String::new(), 0),
                        Dialect::Postgres => {
                            SqlError::Other("SELECT * with no tables specified is not valid".into())
                        }
                    });
                }
                for c in &table.cols {
                    out_cols.push((Expr::Col(c.name.clone(), 0), c.name.clone(), c.numeric()));
                }
            }
            SelItem::Expr(e, text, alias) => {
                let numeric = match e {
                    Expr::Col(c, _) => table.col(c).is_some_and(|i| table.cols[i].numeric()),
                    Expr::Func(n, _, _) => {
                        matches!(
                            n.as_str(),
                            "COUNT" | "SUM" | "AVG" | "LENGTH" | "ABS" | "ROUND" | "CHAR_LENGTH"
                        ) || (matches!(n.as_str(), "MIN" | "MAX")
                            && matches!(e, Expr::Func(_, a, _) if matches!(a.first(), Some(Expr::Col(c, _)) if table.col(c).is_some_and(|i| table.cols[i].numeric()))))
                    }
                    Expr::Lit(Value::Int(_)) | Expr::Lit(Value::Num(_)) | Expr::Neg(_) => true,
                    Expr::Bin(_, op, _) => {
                        matches!(*op, "+" | "-" | "*" | "/" | "%")
                            || ctx.dialect == Dialect::Mysql && !matches!(*op, "||")
                    }
                    _ => false,
                };
                let h = alias.clone().unwrap_or_else(|| header(ctx, e, text));
                out_cols.push((e.clone(), h, numeric));
            }
        }
    }
    let aggregate = !s.group.is_empty() || out_cols.iter().any(|(e, _, _)| is_aggregate(e));
    // Groups of source rows: one per row, or one per GROUP BY key (one over all rows when
    // aggregating without GROUP BY, even with no rows).
    let groups: Vec<Vec<&Vec<Value>>> = if !aggregate {
        rows.iter().map(|r| vec![r]).collect()
    } else if s.group.is_empty() {
        vec![rows.iter().collect()]
    } else {
        let mut keyed: Vec<(Vec<Value>, Vec<&Vec<Value>>)> = Vec::new();
        for r in &rows {
            let mut key = Vec::new();
            for g in &s.group {
                key.push(resolve_alias(ctx, &table, r, None, g, &s.items)?);
            }
            match keyed.iter_mut().find(|(k, _)| *k == key) {
                Some((_, list)) => list.push(r),
                None => keyed.push((key, vec![r])),
            }
        }
        keyed.into_iter().map(|(_, l)| l).collect()
    };
    let empty: Vec<Value> = Vec::new();
    let mut result: Vec<(Vec<Value>, Vec<Value>)> = Vec::new();
    for g in &groups {
        let first = g.first().copied().unwrap_or(&empty);
        let grp = aggregate.then_some(g.as_slice());
        let mut vals = Vec::new();
        for (e, _, _) in &out_cols {
            vals.push(eval(ctx, &table, first, grp, e)?);
        }
        let mut keys = Vec::new();
        for (e, _) in &s.order {
            let k = match e {
                Expr::Lit(Value::Int(n)) if *n >= 1 && (*n as usize) <= vals.len() => {
                    vals[*n as usize - 1].clone()
                }
                _ => match out_cols
                    .iter()
                    .position(|(_, h, _)| matches!(e, Expr::Col(c, _) if c.eq_ignore_ascii_case(h)))
                {
                    Some(i)
                        if table
                            .col(match e {
                                Expr::Col(c, _) => c,
                                _ => "",
                            })
                            .is_none() =>
                    {
                        vals[i].clone()
                    }
                    _ => eval(ctx, &table, first, grp, e)?,
                },
            };
            keys.push(k);
        }
        result.push((keys, vals));
    }
    if !s.order.is_empty() {
        let ci = ctx.dialect == Dialect::Mysql;
        let desc: Vec<bool> = s.order.iter().map(|(_, d)| *d).collect();
        result.sort_by(|a, b| {
            for (i, d) in desc.iter().enumerate() {
                let (x, y) = (&a.0[i], &b.0[i]);
                // NULLs sort first ascending in mysql, last in postgres.
                let o = match (x == &Value::Null, y == &Value::Null) {
                    (true, true) => std::cmp::Ordering::Equal,
                    (true, false) => {
                        if ci {
                            std::cmp::Ordering::Less
                        } else {
                            std::cmp::Ordering::Greater
                        }
                    }
                    (false, true) => {
                        if ci {
                            std::cmp::Ordering::Greater
                        } else {
                            std::cmp::Ordering::Less
                        }
                    }
                    _ => x.compare(y, ci).unwrap_or(std::cmp::Ordering::Equal),
                };
                let o = if *d { o.reverse() } else { o };
                if o.is_ne() {
                    return o;
                }
            }
            std::cmp::Ordering::Equal
        });
    }
    let rows: Vec<Vec<Value>> = result
        .into_iter()
        .map(|(_, v)| v)
        .skip(s.offset as usize)
        .take(s.limit.map(|l| l as usize).unwrap_or(usize::MAX))
        .collect();
    Ok(Outcome::Rows {
        cols: out_cols.iter().map(|(_, h, _)| h.clone()).collect(),
        numeric: out_cols.iter().map(|(_, _, n)| *n).collect(),
        rows,
    })
}

/// GROUP BY accepts an output alias as well as a column.
fn resolve_alias(
    ctx: &Ctx,
    table: &Table,
    row: &[Value],
    group: Option<&[&Vec<Value>]>,
    e: &Expr,
    items: &[SelItem],
) -> R<Value> {
    if let Expr::Col(c, _) = e {
        if table.col(c).is_none() {
            for item in items {
                if let SelItem::Expr(inner, _, Some(a)) = item {
                    if a.eq_ignore_ascii_case(c) {
                        return eval(ctx, table, row, group, inner);
                    }
                }
            }
        }
    }
    eval(ctx, table, row, group, e)
}
