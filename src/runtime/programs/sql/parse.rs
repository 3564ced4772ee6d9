//! The SQL parser: a tokenizer and a recursive-descent parser for the subset tutorials use.

use super::{Dialect, SqlError, Value};

/// A token with its byte offset in the statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Tok {
    /// What it is.
    pub kind: TokKind,
    /// Byte offset.
    pub pos: usize,
}

/// Kinds of tokens.
#[derive(Clone, Debug, PartialEq)]
pub enum TokKind {
    /// A word (keyword or unquoted identifier), as written.
    Word(String),
    /// A quoted identifier (`` `x` `` or `"x"` in postgres).
    Quoted(String),
    /// A string literal.
    Str(String),
    /// A number literal.
    Num(String),
    /// Punctuation or an operator (`(`, `,`, `<=`, `<>`, `!=`, `*`).
    Sym(&'static str),
}

const SYMS: [&str; 19] = [
    "<=", ">=", "<>", "!=", "||", "::", "(", ")", ",", ".", "*", "=", "<", ">", "+", "-", "/", "%",
    ";",
];

/// Splits a statement into tokens.
pub fn tokenize(src: &str, dialect: Dialect) -> Result<Vec<Tok>, SqlError> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c == b'\'' || (c == b'"' && dialect == Dialect::Mysql) {
            let (text, end) = quoted(src, i, c, dialect == Dialect::Mysql)
                .ok_or(SqlError::Syntax(Some(start)))?;
            out.push(Tok {
                kind: TokKind::Str(text),
                pos: start,
            });
            i = end;
        } else if c == b'`' || c == b'"' {
            let (text, end) = quoted(src, i, c, false).ok_or(SqlError::Syntax(Some(start)))?;
            out.push(Tok {
                kind: TokKind::Quoted(text),
                pos: start,
            });
            i = end;
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            out.push(Tok {
                kind: TokKind::Num(src[start..i].to_string()),
                pos: start,
            });
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 || c == b'$' || c == b'@' {
            while i < b.len()
                && (b[i].is_ascii_alphanumeric()
                    || b[i] == b'_'
                    || b[i] >= 0x80
                    || b[i] == b'$'
                    || b[i] == b'@')
            {
                i += 1;
            }
            out.push(Tok {
                kind: TokKind::Word(src[start..i].to_string()),
                pos: start,
            });
        } else {
            let rest = &src[i..];
            let sym = SYMS
                .iter()
                .find(|s| rest.starts_with(**s))
                .ok_or(SqlError::Syntax(Some(start)))?;
            i += sym.len();
            out.push(Tok {
                kind: TokKind::Sym(sym),
                pos: start,
            });
        }
    }
    Ok(out)
}

/// A quoted literal starting at `at` with quote byte `q`; doubled quotes escape, and with
/// `backslash` so do `\n`, `\t`, `\\`, `\'`.
fn quoted(src: &str, at: usize, q: u8, backslash: bool) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = src[at + 1..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if c as u32 == q as u32 {
            if chars.peek().is_some_and(|(_, n)| *n as u32 == q as u32) {
                chars.next();
                out.push(c);
                continue;
            }
            return Some((out, at + 1 + off + 1));
        }
        if c == '\\' && backslash {
            match chars.next() {
                Some((_, 'n')) => out.push('\n'),
                Some((_, 't')) => out.push('\t'),
                Some((_, '0')) => out.push('\0'),
                Some((_, n)) => out.push(n),
                None => return None,
            }
            continue;
        }
        out.push(c);
    }
    None
}

/// A reference to a table, possibly qualified (`shop.items`).
#[derive(Clone, Debug, PartialEq)]
pub struct TableRef {
    /// The database (mysql) or schema (postgres, ignored) it was qualified with.
    pub db: Option<String>,
    /// The table's name.
    pub name: String,
    /// Where the name starts in the statement.
    pub pos: usize,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A literal.
    Lit(Value),
    /// A column (optionally qualified by a table, ignored), with its offset.
    Col(String, usize),
    /// A binary operation (`=`, `<>`, `<`, `AND`, `+`, `LIKE` ...).
    Bin(Box<Expr>, &'static str, Box<Expr>),
    /// `NOT e`.
    Not(Box<Expr>),
    /// `-e`.
    Neg(Box<Expr>),
    /// `e IS [NOT] NULL` (true when negated).
    IsNull(Box<Expr>, bool),
    /// `e [NOT] IN (list)`.
    In(Box<Expr>, Vec<Expr>, bool),
    /// `e [NOT] BETWEEN a AND b`.
    Between(Box<Expr>, Box<Expr>, Box<Expr>, bool),
    /// A function call, upper-case name; `COUNT(*)` has no arguments and `star`.
    Func(String, Vec<Expr>, bool),
}

/// One item of a SELECT list.
#[derive(Clone, Debug, PartialEq)]
pub enum SelItem {
    /// `*`.
    Star,
    /// An expression with its text as written and an alias.
    Expr(Expr, String, Option<String>),
}

/// A column definition of CREATE TABLE.
pub type ColumnDef = super::Column;

/// A parsed statement.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `SHOW DATABASES`.
    ShowDatabases,
    /// `SHOW TABLES [FROM db]`.
    ShowTables(Option<String>),
    /// `USE db`.
    Use(String),
    /// `CREATE DATABASE [IF NOT EXISTS] db`.
    CreateDatabase(String, bool),
    /// `DROP DATABASE [IF EXISTS] db`.
    DropDatabase(String, bool),
    /// `CREATE TABLE [IF NOT EXISTS] t (...)`.
    CreateTable(TableRef, Vec<ColumnDef>, bool),
    /// `DROP TABLE [IF EXISTS] t, ...`.
    DropTable(Vec<TableRef>, bool),
    /// `INSERT INTO t [(cols)] VALUES (...), ...`.
    Insert(TableRef, Option<Vec<(String, usize)>>, Vec<Vec<Expr>>),
    /// `SELECT`.
    Select(Box<Select>),
    /// `UPDATE t SET c = e, ... [WHERE]`.
    Update(TableRef, Vec<(String, usize, Expr)>, Option<Expr>),
    /// `DELETE FROM t [WHERE]`.
    Delete(TableRef, Option<Expr>),
    /// `DESCRIBE t` / `SHOW COLUMNS FROM t`.
    Describe(TableRef),
    /// `TRUNCATE [TABLE] t`.
    Truncate(TableRef),
    /// `ALTER TABLE t ADD [COLUMN] def`.
    AddColumn(TableRef, ColumnDef),
    /// `CREATE USER 'u'@'h' IDENTIFIED BY 'p'` / `CREATE ROLE|USER u WITH PASSWORD 'p'`.
    CreateUser(String, Option<String>),
    /// `GRANT ...`: accepted.
    Grant,
    /// Statements accepted without effect (SET, FLUSH PRIVILEGES, BEGIN, COMMIT, LOCK ...).
    Noop(&'static str),
}

/// A SELECT.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// The select list.
    pub items: Vec<SelItem>,
    /// FROM (one table).
    pub from: Option<TableRef>,
    /// WHERE.
    pub filter: Option<Expr>,
    /// GROUP BY.
    pub group: Vec<Expr>,
    /// ORDER BY expression, descending.
    pub order: Vec<(Expr, bool)>,
    /// LIMIT.
    pub limit: Option<u64>,
    /// OFFSET.
    pub offset: u64,
}

struct P<'a> {
    toks: Vec<Tok>,
    i: usize,
    src: &'a str,
    dialect: Dialect,
    /// Nesting of expressions, bounded so that no input exhausts the stack.
    depth: usize,
}

/// Expressions nest at most this deep (`((((1))))`, `NOT NOT x`, `- - 1`).
const MAX_DEPTH: usize = 64;

type R<T> = Result<T, SqlError>;

/// Parses one statement (without its `;`).
pub fn parse(src: &str, dialect: Dialect) -> R<Stmt> {
    let mut toks = tokenize(src, dialect)?;
    while toks.last().is_some_and(|t| t.kind == TokKind::Sym(";")) {
        toks.pop();
    }
    let mut p = P {
        toks,
        i: 0,
        src,
        dialect,
        depth: 0,
    };
    let stmt = p.statement()?;
    if p.i < p.toks.len() {
        return Err(p.err());
    }
    Ok(stmt)
}

impl P<'_> {
    fn err(&self) -> SqlError {
        SqlError::Syntax(self.toks.get(self.i).map(|t| t.pos))
    }

    fn peek_word(&self) -> Option<String> {
        match self.toks.get(self.i).map(|t| &t.kind) {
            Some(TokKind::Word(w)) => Some(w.to_ascii_uppercase()),
            _ => None,
        }
    }

    fn is_kw(&self, kw: &str) -> bool {
        self.peek_word().as_deref() == Some(kw)
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn kw(&mut self, kw: &str) -> R<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.err())
        }
    }

    fn is_sym(&self, s: &str) -> bool {
        matches!(self.toks.get(self.i).map(|t| &t.kind), Some(TokKind::Sym(x)) if *x == s)
    }

    fn eat_sym(&mut self, s: &str) -> bool {
        if self.is_sym(s) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn sym(&mut self, s: &str) -> R<()> {
        if self.eat_sym(s) {
            Ok(())
        } else {
            Err(self.err())
        }
    }

    fn pos(&self) -> usize {
        self.toks
            .get(self.i)
            .map(|t| t.pos)
            .unwrap_or(self.src.len())
    }

    /// An identifier: unquoted words fold to lower case in postgres.
    fn ident(&mut self) -> R<(String, usize)> {
        let Some(t) = self.toks.get(self.i) else {
            return Err(self.err());
        };
        let pos = t.pos;
        let name = match &t.kind {
            TokKind::Word(w) if !RESERVED.contains(&w.to_ascii_uppercase().as_str()) => {
                if self.dialect == Dialect::Postgres {
                    w.to_lowercase()
                } else {
                    w.clone()
                }
            }
            TokKind::Quoted(q) => q.clone(),
            // mysql accepts 'user'@'host' names and postgres string names in a few places.
            _ => return Err(self.err()),
        };
        self.i += 1;
        Ok((name, pos))
    }

    fn table(&mut self) -> R<TableRef> {
        let (first, pos) = self.ident()?;
        if self.eat_sym(".") {
            let (name, pos) = self.ident()?;
            return Ok(TableRef {
                db: Some(first),
                name,
                pos,
            });
        }
        Ok(TableRef {
            db: None,
            name: first,
            pos,
        })
    }

    fn statement(&mut self) -> R<Stmt> {
        let Some(w) = self.peek_word() else {
            return Err(self.err());
        };
        self.i += 1;
        match w.as_str() {
            "SHOW" => {
                if self.eat_kw("DATABASES") || self.eat_kw("SCHEMAS") {
                    return Ok(Stmt::ShowDatabases);
                }
                self.eat_kw("FULL");
                if self.eat_kw("TABLES") {
                    let db = if self.eat_kw("FROM") || self.eat_kw("IN") {
                        Some(self.ident()?.0)
                    } else {
                        None
                    };
                    return Ok(Stmt::ShowTables(db));
                }
                if self.eat_kw("COLUMNS") || self.eat_kw("FIELDS") {
                    if !self.eat_kw("FROM") {
                        self.kw("IN")?;
                    }
                    return Ok(Stmt::Describe(self.table()?));
                }
                if self.eat_kw("GRANTS")
                    || self.eat_kw("VARIABLES")
                    || self.eat_kw("STATUS")
                    || self.eat_kw("WARNINGS")
                {
                    self.i = self.toks.len();
                    return Ok(Stmt::Noop("SHOW"));
                }
                Err(self.err())
            }
            "USE" => Ok(Stmt::Use(self.ident()?.0)),
            "DESCRIBE" | "DESC" | "EXPLAIN" => Ok(Stmt::Describe(self.table()?)),
            "CREATE" => self.create(),
            "DROP" => {
                if self.eat_kw("DATABASE") || self.eat_kw("SCHEMA") {
                    let ie = self.if_exists()?;
                    return Ok(Stmt::DropDatabase(self.ident()?.0, ie));
                }
                if self.eat_kw("USER") || self.eat_kw("ROLE") {
                    self.i = self.toks.len();
                    return Ok(Stmt::Noop("DROP ROLE"));
                }
                self.kw("TABLE")?;
                let ie = self.if_exists()?;
                let mut list = vec![self.table()?];
                while self.eat_sym(",") {
                    list.push(self.table()?);
                }
                self.eat_kw("CASCADE");
                Ok(Stmt::DropTable(list, ie))
            }
            "INSERT" | "REPLACE" => {
                self.eat_kw("IGNORE");
                self.kw("INTO")?;
                let t = self.table()?;
                let cols = if self.eat_sym("(") {
                    let mut cols = vec![self.ident()?];
                    while self.eat_sym(",") {
                        cols.push(self.ident()?);
                    }
                    self.sym(")")?;
                    Some(cols)
                } else {
                    None
                };
                if !self.eat_kw("VALUES") {
                    self.kw("VALUE")?;
                }
                let mut rows = Vec::new();
                loop {
                    self.sym("(")?;
                    let mut row = vec![self.expr()?];
                    while self.eat_sym(",") {
                        row.push(self.expr()?);
                    }
                    self.sym(")")?;
                    rows.push(row);
                    if !self.eat_sym(",") {
                        break;
                    }
                }
                Ok(Stmt::Insert(t, cols, rows))
            }
            "SELECT" => Ok(Stmt::Select(Box::new(self.select()?))),
            "UPDATE" => {
                let t = self.table()?;
                self.kw("SET")?;
                let mut sets = Vec::new();
                loop {
                    let (c, pos) = self.ident()?;
                    self.sym("=")?;
                    sets.push((c, pos, self.expr()?));
                    if !self.eat_sym(",") {
                        break;
                    }
                }
                let filter = if self.eat_kw("WHERE") {
                    Some(self.expr()?)
                } else {
                    None
                };
                Ok(Stmt::Update(t, sets, filter))
            }
            "DELETE" => {
                self.kw("FROM")?;
                let t = self.table()?;
                let filter = if self.eat_kw("WHERE") {
                    Some(self.expr()?)
                } else {
                    None
                };
                Ok(Stmt::Delete(t, filter))
            }
            "TRUNCATE" => {
                self.eat_kw("TABLE");
                Ok(Stmt::Truncate(self.table()?))
            }
            "ALTER" => {
                if self.eat_kw("USER") || self.eat_kw("ROLE") {
                    self.i = self.toks.len();
                    return Ok(Stmt::Noop("ALTER ROLE"));
                }
                self.kw("TABLE")?;
                let t = self.table()?;
                self.kw("ADD")?;
                self.eat_kw("COLUMN");
                let def = self.column_def()?;
                Ok(Stmt::AddColumn(t, def))
            }
            "GRANT" | "REVOKE" => {
                self.i = self.toks.len();
                Ok(Stmt::Grant)
            }
            "SET" | "FLUSH" | "LOCK" | "UNLOCK" | "BEGIN" | "COMMIT" | "ROLLBACK" | "START" => {
                self.i = self.toks.len();
                Ok(Stmt::Noop(match w.as_str() {
                    "SET" => "SET",
                    "BEGIN" | "START" => "BEGIN",
                    "COMMIT" => "COMMIT",
                    "ROLLBACK" => "ROLLBACK",
                    _ => "",
                }))
            }
            _ => {
                self.i -= 1;
                Err(self.err())
            }
        }
    }

    fn if_exists(&mut self) -> R<bool> {
        if self.eat_kw("IF") {
            self.kw("EXISTS")?;
            return Ok(true);
        }
        Ok(false)
    }

    fn create(&mut self) -> R<Stmt> {
        if self.eat_kw("DATABASE") || self.eat_kw("SCHEMA") {
            let ine = self.if_not_exists()?;
            let name = self.ident()?.0;
            // Character set and collation options change nothing here.
            self.i = self.toks.len();
            return Ok(Stmt::CreateDatabase(name, ine));
        }
        if self.eat_kw("USER") || self.eat_kw("ROLE") {
            self.if_not_exists()?;
            let name = match self.toks.get(self.i).map(|t| t.kind.clone()) {
                Some(TokKind::Str(s)) => {
                    self.i += 1;
                    s
                }
                _ => self.ident()?.0,
            };
            let mut password = None;
            let mut after_by = false;
            while self.i < self.toks.len() {
                match self.toks.get(self.i).map(|t| t.kind.clone()) {
                    Some(TokKind::Str(s)) if after_by => password = Some(s),
                    Some(TokKind::Word(w)) => {
                        after_by = matches!(w.to_ascii_uppercase().as_str(), "BY" | "PASSWORD")
                    }
                    _ => after_by = false,
                }
                self.i += 1;
            }
            return Ok(Stmt::CreateUser(name, password));
        }
        self.eat_kw("TEMPORARY");
        self.kw("TABLE")?;
        let ine = self.if_not_exists()?;
        let t = self.table()?;
        self.sym("(")?;
        let mut cols: Vec<ColumnDef> = Vec::new();
        loop {
            if self.eat_kw("PRIMARY") {
                self.kw("KEY")?;
                for name in self.name_list()? {
                    if let Some(c) = cols.iter_mut().find(|c| c.name.eq_ignore_ascii_case(&name)) {
                        c.primary = true;
                        c.not_null = true;
                    }
                }
            } else if self.eat_kw("UNIQUE") {
                self.eat_kw("KEY");
                self.eat_kw("INDEX");
                if !self.is_sym("(") {
                    self.ident()?;
                }
                for name in self.name_list()? {
                    if let Some(c) = cols.iter_mut().find(|c| c.name.eq_ignore_ascii_case(&name)) {
                        c.unique = true;
                    }
                }
            } else if self.is_kw("KEY")
                || self.is_kw("INDEX")
                || self.is_kw("FOREIGN")
                || self.is_kw("CONSTRAINT")
                || self.is_kw("CHECK")
            {
                self.skip_to_comma()?;
            } else {
                cols.push(self.column_def()?);
            }
            if self.eat_sym(")") {
                break;
            }
            self.sym(",")?;
        }
        // Table options (ENGINE=InnoDB DEFAULT CHARSET=utf8mb4) change nothing here.
        self.i = self.toks.len();
        Ok(Stmt::CreateTable(t, cols, ine))
    }

    fn skip_to_comma(&mut self) -> R<()> {
        let mut depth = 0;
        while let Some(t) = self.toks.get(self.i) {
            match t.kind {
                TokKind::Sym("(") => depth += 1,
                TokKind::Sym(")") if depth == 0 => return Ok(()),
                TokKind::Sym(")") => depth -= 1,
                TokKind::Sym(",") if depth == 0 => return Ok(()),
                _ => {}
            }
            self.i += 1;
        }
        Err(self.err())
    }

    fn name_list(&mut self) -> R<Vec<String>> {
        self.sym("(")?;
        let mut names = vec![self.ident()?.0];
        while self.eat_sym(",") {
            names.push(self.ident()?.0);
        }
        self.sym(")")?;
        Ok(names)
    }

    fn if_not_exists(&mut self) -> R<bool> {
        if self.eat_kw("IF") {
            self.kw("NOT")?;
            self.kw("EXISTS")?;
            return Ok(true);
        }
        Ok(false)
    }

    fn column_def(&mut self) -> R<ColumnDef> {
        let (name, _) = self.ident()?;
        let Some(mut ty) = self.peek_word().map(|w| w.to_lowercase()) else {
            return Err(self.err());
        };
        self.i += 1;
        if (ty == "double" && self.eat_kw("PRECISION"))
            || (ty == "character" && self.eat_kw("VARYING"))
        {
            ty = if ty == "double" {
                "double precision".into()
            } else {
                "varchar".into()
            };
        }
        if self.eat_sym("(") {
            let mut args = Vec::new();
            loop {
                match self.toks.get(self.i).map(|t| t.kind.clone()) {
                    Some(TokKind::Num(n)) => args.push(n),
                    Some(TokKind::Str(s)) => args.push(format!("'{s}'")),
                    _ => return Err(self.err()),
                }
                self.i += 1;
                if !self.eat_sym(",") {
                    break;
                }
            }
            self.sym(")")?;
            ty = format!("{ty}({})", args.join(","));
        }
        if self.eat_kw("UNSIGNED") {
            ty.push_str(" unsigned");
        }
        let mut col = ColumnDef {
            name,
            auto: ty.starts_with("serial") || ty.starts_with("bigserial"),
            not_null: ty.starts_with("serial") || ty.starts_with("bigserial"),
            ty,
            primary: false,
            unique: false,
            default: None,
            default_now: false,
        };
        loop {
            if self.eat_kw("NOT") {
                self.kw("NULL")?;
                col.not_null = true;
            } else if self.eat_kw("NULL") {
            } else if self.eat_kw("PRIMARY") {
                self.kw("KEY")?;
                col.primary = true;
                col.not_null = true;
            } else if self.eat_kw("AUTO_INCREMENT") || self.eat_kw("AUTOINCREMENT") {
                col.auto = true;
                col.not_null = true;
            } else if self.eat_kw("UNIQUE") {
                self.eat_kw("KEY");
                col.unique = true;
            } else if self.eat_kw("DEFAULT") {
                if self.eat_kw("CURRENT_TIMESTAMP") || self.eat_kw("NOW") {
                    if self.eat_sym("(") {
                        self.sym(")")?;
                    }
                    col.default_now = true;
                } else {
                    let neg = self.eat_sym("-");
                    col.default = Some(match self.primary()? {
                        Expr::Lit(Value::Int(i)) if neg => Value::Int(-i),
                        Expr::Lit(Value::Num(f)) if neg => Value::Num(-f),
                        Expr::Lit(v) => v,
                        _ => return Err(self.err()),
                    });
                }
            } else if self.eat_kw("ON") {
                self.kw("UPDATE")?;
                self.i += 1;
                if self.eat_sym("(") {
                    self.sym(")")?;
                }
            } else if self.eat_kw("COMMENT")
                || self.eat_kw("COLLATE")
                || self.eat_kw("CHARACTER")
                || self.eat_kw("CHECK")
                || self.eat_kw("REFERENCES")
                || self.eat_kw("CHARSET")
            {
                self.eat_kw("SET");
                self.skip_to_comma()?;
            } else {
                break;
            }
        }
        Ok(col)
    }

    fn select(&mut self) -> R<Select> {
        self.eat_kw("DISTINCT");
        let mut items = Vec::new();
        loop {
            if self.eat_sym("*") {
                items.push(SelItem::Star);
            } else {
                let start = self.pos();
                let e = self.expr()?;
                let end = self
                    .toks
                    .get(self.i.wrapping_sub(1))
                    .map(|t| t.pos + tok_len(self.src, t))
                    .unwrap_or(start);
                let text = self.src.get(start..end).unwrap_or("").to_string();
                let bare_alias = matches!(self.toks.get(self.i).map(|t| &t.kind), Some(TokKind::Word(w)) if !RESERVED.contains(&w.to_ascii_uppercase().as_str()))
                    || matches!(
                        self.toks.get(self.i).map(|t| &t.kind),
                        Some(TokKind::Quoted(_))
                    );
                let alias = if self.eat_kw("AS") || bare_alias {
                    Some(self.alias()?)
                } else {
                    None
                };
                items.push(SelItem::Expr(e, text, alias));
            }
            if !self.eat_sym(",") {
                break;
            }
        }
        let mut s = Select {
            items,
            from: None,
            filter: None,
            group: Vec::new(),
            order: Vec::new(),
            limit: None,
            offset: 0,
        };
        if self.eat_kw("FROM") {
            s.from = Some(self.table()?);
            // A table alias (`FROM users u`) is accepted and ignored.
            if self.eat_kw("AS")
                || matches!(self.toks.get(self.i).map(|t| &t.kind), Some(TokKind::Word(w)) if !RESERVED.contains(&w.to_ascii_uppercase().as_str()))
            {
                self.ident()?;
            }
        }
        if self.eat_kw("WHERE") {
            s.filter = Some(self.expr()?);
        }
        if self.eat_kw("GROUP") {
            self.kw("BY")?;
            loop {
                s.group.push(self.expr()?);
                if !self.eat_sym(",") {
                    break;
                }
            }
        }
        if self.eat_kw("ORDER") {
            self.kw("BY")?;
            loop {
                let e = self.expr()?;
                let desc = if self.eat_kw("DESC") {
                    true
                } else {
                    self.eat_kw("ASC");
                    false
                };
                s.order.push((e, desc));
                if !self.eat_sym(",") {
                    break;
                }
            }
        }
        if self.eat_kw("LIMIT") {
            let a = self.number()?;
            if self.eat_sym(",") {
                s.offset = a;
                s.limit = Some(self.number()?);
            } else {
                s.limit = Some(a);
            }
        }
        if self.eat_kw("OFFSET") {
            s.offset = self.number()?;
        }
        Ok(s)
    }

    fn alias(&mut self) -> R<String> {
        match self.toks.get(self.i).map(|t| t.kind.clone()) {
            Some(TokKind::Str(s)) | Some(TokKind::Quoted(s)) => {
                self.i += 1;
                Ok(s)
            }
            _ => Ok(self.ident()?.0),
        }
    }

    fn number(&mut self) -> R<u64> {
        match self.toks.get(self.i).map(|t| &t.kind) {
            Some(TokKind::Num(n)) => {
                let v = n.parse().map_err(|_| self.err())?;
                self.i += 1;
                Ok(v)
            }
            _ => Err(self.err()),
        }
    }

    fn expr(&mut self) -> R<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err());
        }
        let r = self.or_expr();
        self.depth -= 1;
        r
    }

    fn or_expr(&mut self) -> R<Expr> {
        let mut left = self.and()?;
        while self.eat_kw("OR") || (self.dialect == Dialect::Mysql && self.eat_sym("||")) {
            left = Expr::Bin(Box::new(left), "OR", Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> R<Expr> {
        let mut left = self.not()?;
        while self.eat_kw("AND") {
            left = Expr::Bin(Box::new(left), "AND", Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> R<Expr> {
        if self.eat_kw("NOT") {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(self.err());
            }
            let inner = self.not()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> R<Expr> {
        let left = self.additive()?;
        for op in ["=", "<>", "!=", "<=", ">=", "<", ">"] {
            if self.eat_sym(op) {
                let op = if op == "!=" { "<>" } else { op };
                return Ok(Expr::Bin(Box::new(left), op, Box::new(self.additive()?)));
            }
        }
        if self.eat_kw("IS") {
            let neg = self.eat_kw("NOT");
            self.kw("NULL")?;
            return Ok(Expr::IsNull(Box::new(left), neg));
        }
        let neg = self.eat_kw("NOT");
        if self.eat_kw("LIKE") {
            let e = Expr::Bin(Box::new(left), "LIKE", Box::new(self.additive()?));
            return Ok(if neg { Expr::Not(Box::new(e)) } else { e });
        }
        if self.eat_kw("ILIKE") {
            let e = Expr::Bin(Box::new(left), "ILIKE", Box::new(self.additive()?));
            return Ok(if neg { Expr::Not(Box::new(e)) } else { e });
        }
        if self.eat_kw("IN") {
            self.sym("(")?;
            let mut list = vec![self.expr()?];
            while self.eat_sym(",") {
                list.push(self.expr()?);
            }
            self.sym(")")?;
            return Ok(Expr::In(Box::new(left), list, neg));
        }
        if self.eat_kw("BETWEEN") {
            let lo = self.additive()?;
            self.kw("AND")?;
            let hi = self.additive()?;
            return Ok(Expr::Between(
                Box::new(left),
                Box::new(lo),
                Box::new(hi),
                neg,
            ));
        }
        if neg {
            self.i -= 1;
            return Err(self.err());
        }
        Ok(left)
    }

    fn additive(&mut self) -> R<Expr> {
        let mut left = self.term()?;
        loop {
            let op = if self.eat_sym("+") {
                "+"
            } else if self.eat_sym("-") {
                "-"
            } else if self.dialect == Dialect::Postgres && self.eat_sym("||") {
                "||"
            } else {
                return Ok(left);
            };
            left = Expr::Bin(Box::new(left), op, Box::new(self.term()?));
        }
    }

    fn term(&mut self) -> R<Expr> {
        let mut left = self.unary()?;
        loop {
            let op = if self.eat_sym("*") {
                "*"
            } else if self.eat_sym("/") {
                "/"
            } else if self.eat_sym("%") {
                "%"
            } else {
                return Ok(left);
            };
            left = Expr::Bin(Box::new(left), op, Box::new(self.unary()?));
        }
    }

    fn unary(&mut self) -> R<Expr> {
        if self.eat_sym("-") {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(self.err());
            }
            let inner = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Neg(Box::new(inner)));
        }
        let e = self.primary()?;
        if self.eat_sym("::") {
            // A postgres cast (`'1'::int`): the value stays as it is.
            self.ident()?;
        }
        Ok(e)
    }

    fn primary(&mut self) -> R<Expr> {
        let Some(t) = self.toks.get(self.i).cloned() else {
            return Err(self.err());
        };
        match t.kind {
            TokKind::Num(n) => {
                self.i += 1;
                Ok(Expr::Lit(match n.parse::<i64>() {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::Num(n.parse().map_err(|_| SqlError::Syntax(Some(t.pos)))?),
                }))
            }
            TokKind::Str(s) => {
                self.i += 1;
                Ok(Expr::Lit(Value::Text(s)))
            }
            TokKind::Sym("(") => {
                self.i += 1;
                let e = self.expr()?;
                self.sym(")")?;
                Ok(e)
            }
            TokKind::Word(w) => {
                let up = w.to_ascii_uppercase();
                match up.as_str() {
                    "NULL" => {
                        self.i += 1;
                        return Ok(Expr::Lit(Value::Null));
                    }
                    "TRUE" | "FALSE" => {
                        self.i += 1;
                        return Ok(Expr::Lit(if self.dialect == Dialect::Mysql {
                            Value::Int((up == "TRUE") as i64)
                        } else {
                            Value::Text(if up == "TRUE" { "t" } else { "f" }.to_string())
                        }));
                    }
                    "CURRENT_TIMESTAMP" | "CURRENT_DATE" | "CURRENT_USER" | "CURRENT_TIME"
                    | "LOCALTIMESTAMP" => {
                        self.i += 1;
                        if self.eat_sym("(") {
                            self.sym(")")?;
                        }
                        return Ok(Expr::Func(up, Vec::new(), false));
                    }
                    _ => {}
                }
                if matches!(
                    self.toks.get(self.i + 1).map(|t| &t.kind),
                    Some(TokKind::Sym("("))
                ) {
                    self.i += 2;
                    if self.eat_sym("*") {
                        self.sym(")")?;
                        return Ok(Expr::Func(up, Vec::new(), true));
                    }
                    self.eat_kw("DISTINCT");
                    let mut args = Vec::new();
                    if !self.eat_sym(")") {
                        args.push(self.expr()?);
                        while self.eat_sym(",") {
                            args.push(self.expr()?);
                        }
                        self.sym(")")?;
                    }
                    return Ok(Expr::Func(up, args, false));
                }
                self.column()
            }
            TokKind::Quoted(_) => self.column(),
            _ => Err(self.err()),
        }
    }

    fn column(&mut self) -> R<Expr> {
        let (name, pos) = self.ident()?;
        if self.eat_sym(".") {
            if self.eat_sym("*") {
                return Err(self.err());
            }
            let (col, pos) = self.ident()?;
            return Ok(Expr::Col(col, pos));
        }
        Ok(Expr::Col(name, pos))
    }
}

fn tok_len(src: &str, t: &Tok) -> usize {
    match &t.kind {
        TokKind::Word(w) | TokKind::Num(w) => w.len(),
        TokKind::Sym(s) => s.len(),
        // Quoted tokens: find the closing quote again in the source.
        TokKind::Str(_) | TokKind::Quoted(_) => {
            let q = src.as_bytes().get(t.pos).copied().unwrap_or(b'\'');
            let rest = &src.as_bytes()[(t.pos + 1).min(src.len())..];
            let mut i = 0;
            while i < rest.len() {
                if rest[i] == b'\\' && q != b'`' {
                    i += 2;
                    continue;
                }
                if rest[i] == q {
                    if rest.get(i + 1) == Some(&q) {
                        i += 2;
                        continue;
                    }
                    return i + 2;
                }
                i += 1;
            }
            src.len() - t.pos
        }
    }
}

/// Words that end an expression or a select item rather than name a column or an alias.
const RESERVED: [&str; 33] = [
    "FROM", "WHERE", "ORDER", "GROUP", "BY", "LIMIT", "OFFSET", "AND", "OR", "NOT", "AS", "ASC",
    "DESC", "SELECT", "INSERT", "UPDATE", "DELETE", "VALUES", "SET", "INTO", "LIKE", "IS", "IN",
    "NULL", "BETWEEN", "HAVING", "JOIN", "ON", "TABLE", "CREATE", "DROP", "ILIKE", "UNION",
];
