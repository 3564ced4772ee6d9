//! Table-driven tests of the SQL engine: statements in, results out, against one data directory.

use super::exec::run;
use super::{Ctx, Dialect, Outcome, SqlError, Value};
use crate::vfs::{Node, Tree};

fn ctx(fs: &mut Tree, dialect: Dialect) -> Ctx<'_> {
    Ctx {
        fs,
        root: "/data".into(),
        dialect,
        user: "root".into(),
        db: None,
        now_ms: 1_748_854_800_000,
        version: "8.0.42".into(),
    }
}

/// Renders an outcome compactly: rows as `a|b;c|d`, others as their tag and count.
fn show(r: &Result<Outcome, SqlError>) -> String {
    match r {
        Ok(Outcome::Rows { cols, rows, .. }) => {
            let body: Vec<String> = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|v| v.show().unwrap_or_else(|| "NULL".into()))
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect();
            format!("[{}] {}", cols.join(","), body.join(";"))
        }
        Ok(Outcome::Done {
            tag,
            affected,
            matched,
        }) => format!("{tag:?} {affected}/{matched}"),
        Ok(Outcome::Changed(db)) => format!("use {db}"),
        Err(e) => format!("{e:?}"),
    }
}

#[test]
fn mysql_statements() {
    let mut fs = Tree::default();
    fs.insert("/data", Node::dir());
    let mut c = ctx(&mut fs, Dialect::Mysql);
    let cases: &[(&str, &str)] = &[
        ("SHOW DATABASES", "[Database] information_schema"),
        ("CREATE TABLE t (id INT)", "NoDatabase"),
        ("CREATE DATABASE shop", "CreateDatabase 1/1"),
        ("create database shop", "DatabaseExists(\"shop\")"),
        ("CREATE DATABASE IF NOT EXISTS shop", "CreateDatabase 1/1"),
        ("USE nope", "UnknownDatabase(\"nope\")"),
        ("USE shop", "use shop"),
        ("CREATE TABLE items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, price DECIMAL(8,2) DEFAULT 0, qty INT)", "CreateTable 0/0"),
        ("SHOW TABLES", "[Tables_in_shop] items"),
        ("INSERT INTO items (name, price, qty) VALUES ('apple', 1.5, 10), ('pear', 2, 3), (\"fig\", 0.75, NULL)", "Insert 3/3"),
        ("INSERT INTO items (id, name) VALUES (2, 'dup')", "Duplicate(\"2\", \"items.PRIMARY\", \"id\")"),
        ("INSERT INTO items (price) VALUES (1)", "NoDefault(\"name\")"),
        ("INSERT INTO items (name, nope) VALUES ('a', 1)", "UnknownColumn(\"nope\", \"field list\", 25)"),
        ("INSERT INTO items VALUES (1)", "ColumnCount(1)"),
        ("SELECT * FROM items", "[id,name,price,qty] 1|apple|1.50|10;2|pear|2.00|3;3|fig|0.75|NULL"),
        ("SELECT name FROM items WHERE price > 1 AND qty >= 3 ORDER BY name DESC", "[name] pear;apple"),
        ("SELECT name FROM items WHERE name LIKE 'P%' OR qty IS NULL", "[name] pear;fig"),
        ("SELECT COUNT(*) FROM items", "[COUNT(*)] 3"),
        ("select count(*) as n, max(price) from items where qty is not null", "[n,max(price)] 2|2.00"),
        ("SELECT name FROM items ORDER BY price LIMIT 2", "[name] fig;apple"),
        ("SELECT name FROM items LIMIT 1, 1", "[name] pear"),
        ("SELECT * FROM nope", "NoTable(\"shop\", \"nope\", 14)"),
        ("SELECT nope FROM items", "UnknownColumn(\"nope\", \"field list\", 7)"),
        ("SELECT id FROM items WHERE nope = 1", "UnknownColumn(\"nope\", \"where clause\", 27)"),
        ("UPDATE items SET qty = qty + 1 WHERE name <> 'fig'", "Update 2/2"),
        ("UPDATE items SET qty = 11 WHERE id = 1", "Update 0/1"),
        ("DELETE FROM items WHERE id = 3", "Delete 1/1"),
        ("INSERT INTO items (name) VALUES ('kiwi')", "Insert 1/1"),
        ("SELECT id, name, qty FROM items", "[id,name,qty] 1|apple|11;2|pear|4;4|kiwi|NULL"),
        ("DESCRIBE items", "[Field,Type,Null,Key,Default,Extra] id|int|NO|PRI|NULL|auto_increment;name|varchar(50)|NO||NULL|;price|decimal(8,2)|YES||0.00|;qty|int|YES||NULL|"),
        ("SELECT 1 + 1, VERSION(), DATABASE()", "[1 + 1,VERSION(),DATABASE()] 2|8.0.42|shop"),
        ("SELEC 1", "Syntax(Some(0))"),
        ("SELECT * FROM", "Syntax(None)"),
        ("SELECT name, COUNT(*) FROM items GROUP BY name ORDER BY name", "[name,COUNT(*)] apple|1;kiwi|1;pear|1"),
        ("DROP TABLE items", "DropTable 0/0"),
        ("DROP TABLE items", "UnknownTable(\"shop\", \"items\")"),
        ("DROP TABLE IF EXISTS items", "DropTable 0/0"),
        ("DROP DATABASE shop", "DropDatabase 0/0"),
        ("SHOW TABLES", "NoDatabase"),
    ];
    for (sql, want) in cases {
        let got = show(&run(&mut c, sql));
        assert_eq!(&got, want, "{sql}");
    }
}

#[test]
fn postgres_statements() {
    let mut fs = Tree::default();
    fs.insert("/data/base/postgres", Node::dir());
    let mut c = ctx(&mut fs, Dialect::Postgres);
    c.db = Some("postgres".into());
    c.user = "postgres".into();
    let cases: &[(&str, &str)] = &[
        ("CREATE TABLE Users (id SERIAL PRIMARY KEY, Name TEXT NOT NULL, active BOOLEAN DEFAULT true)", "CreateTable 0/0"),
        ("INSERT INTO users (name) VALUES ('Ann'), ('bob')", "Insert 2/2"),
        ("SELECT * FROM users WHERE name LIKE 'a%'", "[id,name,active] "),
        ("SELECT * FROM users WHERE name ILIKE 'a%'", "[id,name,active] 1|Ann|t"),
        ("SELECT count(*), 1 + 2 FROM users", "[count,?column?] 2|3"),
        ("SELECT \"Name\" FROM users", "UnknownColumn(\"Name\", \"field list\", 7)"),
        ("SELECT name FROM users ORDER BY id DESC", "[name] bob;Ann"),
        ("INSERT INTO users (id, name) VALUES (1, 'x')", "Duplicate(\"1\", \"users_pkey\", \"id\")"),
        ("SELECT * FROM missing", "NoTable(\"postgres\", \"missing\", 14)"),
        ("SELECT name || '!' FROM users WHERE id = 2", "[?column?] bob!"),
    ];
    for (sql, want) in cases {
        let got = show(&run(&mut c, sql));
        assert_eq!(&got, want, "{sql}");
    }
}

#[test]
fn tables_round_trip_through_their_files() {
    let mut fs = Tree::default();
    fs.insert("/data/db", Node::dir());
    let mut c = ctx(&mut fs, Dialect::Mysql);
    c.db = Some("db".into());
    run(&mut c, "CREATE TABLE t (a INT, b TEXT)").unwrap();
    run(
        &mut c,
        "INSERT INTO t VALUES (1, 'tab\there'), (NULL, 'new\\nline'), (-3, 'back\\\\slash')",
    )
    .unwrap();
    let text = fs.read_string("/data/db/t.ibd").unwrap();
    assert!(text.starts_with("dockling-table 1\n"), "{text}");
    let t = super::store::deserialize(&text).unwrap();
    assert_eq!(t.rows[0][1], Value::Text("tab\there".into()));
    assert_eq!(t.rows[1][0], Value::Null);
    assert_eq!(t.rows[1][1], Value::Text("new\nline".into()));
    assert_eq!(t.rows[2][1], Value::Text("back\\slash".into()));
    assert_eq!(super::store::serialize(&t), text);
}

#[test]
fn scripts_split_at_semicolons_outside_quotes_and_comments() {
    let parts =
        super::split_statements("-- a comment; here\nSELECT 'a;b'; /* x; */ SELECT 2;\nSELECT");
    let texts: Vec<(String, bool)> = parts
        .into_iter()
        .map(|(s, t)| (s.trim().to_string(), t))
        .collect();
    assert_eq!(
        texts,
        vec![
            ("SELECT 'a;b'".to_string(), true),
            ("SELECT 2".to_string(), true),
            ("SELECT".to_string(), false)
        ]
    );
}

#[test]
fn no_input_panics_the_parser() {
    for src in [
        "",
        "'",
        "`",
        "SELECT (",
        "INSERT INTO t VALUES (",
        "CREATE TABLE t (a",
        "SELECT 1e",
        "))))",
        "SELECT * FROM t WHERE a LIKE",
        "\u{1F600}",
    ] {
        let _ = super::parse::parse(src, Dialect::Mysql);
        let _ = super::parse::parse(src, Dialect::Postgres);
    }
    // Deep nesting is refused, not a stack overflow.
    for deep in [
        "(".repeat(100_000),
        "NOT ".repeat(100_000),
        "- ".repeat(100_000),
    ] {
        let sql = format!("SELECT {deep}1");
        assert!(super::parse::parse(&sql, Dialect::Mysql).is_err());
    }
}
