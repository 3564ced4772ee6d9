//! The `mysql` (and `mariadb`) and `psql` clients: their options, password prompts, banners,
//! interactive prompts (`mysql> `, `postgres=# `), batch mode and `-e`/`-c`.

use super::db::{DbConn, DbOp, DbReply, ServerInfo};
use super::dbformat as fmt;
use super::sql::{self, Dialect, Outcome, Value};
use super::{env_or, repl::Client, Net, NetError, ProgramCtx};
use crate::runtime::Output;

/// A connected (or connecting) SQL client.
#[derive(Clone, Debug, PartialEq)]
pub struct SqlClient {
    /// psql rather than mysql.
    pub psql: bool,
    /// The mariadb client (its prompt and banner).
    pub mariadb: bool,
    /// Host as given (`localhost` for the socket).
    pub host: String,
    /// Port.
    pub port: u16,
    /// No `-h`: the Unix socket of this container.
    pub socket: bool,
    /// The session on the server.
    pub conn: DbConn,
    /// What the server said at login.
    pub info: Option<ServerInfo>,
    /// Lines of a statement not yet ended by `;`.
    pub buffer: String,
    /// The next line is the password.
    pub awaiting_password: bool,
    /// Statements to run once logged in, then exit (`-e`/`-c` after a password prompt).
    pub then_run: Option<String>,
    /// The client's own version (`8.0.42`, `17.5 (Debian 17.5-1.pgdg120+1)`).
    pub client_version: String,
    /// Non-interactive results as bordered tables (`-t`, or `-e` on a terminal).
    pub batch_table: bool,
    /// `-N` / `-t`: no header line.
    pub skip_names: bool,
    /// The script's name in psql's `psql:<stdin>:3:` error prefix.
    pub script_name: String,
}

/// Options shared by both clients.
struct Opts {
    user: Option<String>,
    password: Option<String>,
    prompt_password: bool,
    host: Option<String>,
    port: Option<u16>,
    database: Option<String>,
    execute: Option<String>,
    file: Option<String>,
    table: bool,
    skip_names: bool,
    version: bool,
    bad: Option<String>,
}

fn parse_mysql(args: &[String]) -> Opts {
    let mut o = Opts {
        user: None,
        password: None,
        prompt_password: false,
        host: None,
        port: None,
        database: None,
        execute: None,
        file: None,
        table: false,
        skip_names: false,
        version: false,
        bad: None,
    };
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let next = |i: &mut usize| {
            *i += 1;
            args.get(*i).cloned()
        };
        let (key, inline) = super::split_long(a);
        match key {
            "-u" | "--user" => o.user = inline.or_else(|| next(&mut i)),
            "-h" | "--host" => o.host = inline.or_else(|| next(&mut i)),
            "-P" | "--port" => {
                o.port = inline.or_else(|| next(&mut i)).and_then(|p| p.parse().ok())
            }
            "-D" | "--database" => o.database = inline.or_else(|| next(&mut i)),
            "-e" | "--execute" => o.execute = inline.or_else(|| next(&mut i)),
            "-p" | "--password" => match inline {
                Some(p) => o.password = Some(p),
                None => o.prompt_password = true,
            },
            "-t" | "--table" => o.table = true,
            "-N" | "--skip-column-names" => o.skip_names = true,
            "-V" | "--version" => o.version = true,
            "-A" | "--no-auto-rehash" | "-s" | "--silent" | "-B" | "--batch" | "-f" | "--force"
            | "-v" | "--verbose" | "--protocol=tcp" | "-r" | "--raw" => {}
            _ if a.starts_with("--default-character-set")
                || a.starts_with("--protocol")
                || a.starts_with("--ssl") => {}
            _ if a.starts_with("-u") && a.len() > 2 => o.user = Some(a[2..].to_string()),
            _ if a.starts_with("-p") && a.len() > 2 => o.password = Some(a[2..].to_string()),
            _ if a.starts_with("-h") && a.len() > 2 => o.host = Some(a[2..].to_string()),
            _ if a.starts_with("-P") && a.len() > 2 => o.port = a[2..].parse().ok(),
            _ if a.starts_with("-D") && a.len() > 2 => o.database = Some(a[2..].to_string()),
            _ if a.starts_with("-e") && a.len() > 2 => o.execute = Some(a[2..].to_string()),
            _ if a.starts_with('-') => o.bad = Some(a.clone()),
            _ => o.database = Some(a.clone()),
        }
        i += 1;
    }
    o
}

fn parse_psql(args: &[String]) -> Opts {
    let mut o = Opts {
        user: None,
        password: None,
        prompt_password: false,
        host: None,
        port: None,
        database: None,
        execute: None,
        file: None,
        table: false,
        skip_names: false,
        version: false,
        bad: None,
    };
    let mut positional = Vec::new();
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let next = |i: &mut usize| {
            *i += 1;
            args.get(*i).cloned()
        };
        let (key, inline) = super::split_long(a);
        match key {
            "-U" | "--username" => o.user = inline.or_else(|| next(&mut i)),
            "-h" | "--host" => o.host = inline.or_else(|| next(&mut i)),
            "-p" | "--port" => {
                o.port = inline.or_else(|| next(&mut i)).and_then(|p| p.parse().ok())
            }
            "-d" | "--dbname" => o.database = inline.or_else(|| next(&mut i)),
            "-c" | "--command" => o.execute = inline.or_else(|| next(&mut i)),
            "-f" | "--file" => o.file = inline.or_else(|| next(&mut i)),
            "-W" | "--password" => o.prompt_password = true,
            "-w" | "--no-password" | "-q" | "--quiet" | "-X" | "--no-psqlrc" | "-a" | "-e" => {}
            // `-v NAME=VALUE` sets a variable; its value is no database name.
            "-v" | "--set" | "--variable" => {
                if inline.is_none() {
                    next(&mut i);
                }
            }
            "-t" | "--tuples-only" => o.skip_names = true,
            "-V" | "--version" => o.version = true,
            _ if a.starts_with("-U") && a.len() > 2 => o.user = Some(a[2..].to_string()),
            _ if a.starts_with("-d") && a.len() > 2 => o.database = Some(a[2..].to_string()),
            _ if a.starts_with("-h") && a.len() > 2 => o.host = Some(a[2..].to_string()),
            _ if a.starts_with("-c") && a.len() > 2 => o.execute = Some(a[2..].to_string()),
            _ if a.starts_with('-') => o.bad = Some(a.clone()),
            _ => positional.push(a.clone()),
        }
        i += 1;
    }
    let mut pos = positional.into_iter();
    if o.database.is_none() {
        o.database = pos.next();
    }
    if o.user.is_none() {
        o.user = pos.next();
    }
    o
}

impl SqlClient {
    fn dialect(&self) -> Dialect {
        if self.psql {
            Dialect::Postgres
        } else {
            Dialect::Mysql
        }
    }

    /// The prompt before the next line: `mysql> `, `    -> `, `    '> ` (open quote);
    /// `db=# `, `db-# `, `db(# `, `db'# ` in psql (`>` instead of `#` for other roles).
    pub fn prompt(&self) -> String {
        if self.awaiting_password {
            return String::new();
        }
        let (quote, parens) = open_state(&self.buffer);
        let pending = !self.buffer.trim().is_empty();
        if self.psql {
            let db = self.conn.db.clone().unwrap_or_default();
            let super_user = self.info.as_ref().is_some_and(|i| i.superuser);
            let mark = if super_user { '#' } else { '>' };
            let mid = match quote {
                Some(q) => q,
                None if parens > 0 => '(',
                None if pending => '-',
                None => '=',
            };
            return format!("{db}{mid}{mark} ");
        }
        if let Some(q) = quote {
            return format!("    {q}> ");
        }
        if pending {
            return "    -> ".to_string();
        }
        if self.mariadb {
            let db = self.conn.db.clone().unwrap_or_else(|| "(none)".to_string());
            return format!("MariaDB [{db}]> ");
        }
        "mysql> ".to_string()
    }

    fn request(&mut self, net: &mut dyn Net, op: &DbOp) -> Result<DbReply, NetError> {
        let host = if self.socket {
            "localhost".to_string()
        } else {
            self.host.clone()
        };
        net.db(&host, self.port, &mut self.conn, op)
    }

    /// Logs in; prints what the client prints when that fails and returns false.
    fn login(
        &mut self,
        net: &mut dyn Net,
        password: Option<String>,
        out: &mut Output,
    ) -> Result<(), i32> {
        match self.request(net, &DbOp::Connect(password)) {
            Ok(DbReply::Ready(info)) => {
                self.info = Some(info);
                Ok(())
            }
            Ok(DbReply::NeedPassword) => Err(-1),
            Ok(reply) => {
                out.err(self.login_error(Some(reply), None, net));
                Err(if self.psql { 2 } else { 1 })
            }
            Err(e) => {
                out.err(self.login_error(None, Some(e), net));
                Err(if self.psql { 2 } else { 1 })
            }
        }
    }

    fn login_error(
        &self,
        reply: Option<DbReply>,
        net_err: Option<NetError>,
        net: &mut dyn Net,
    ) -> String {
        let host = &self.host;
        let port = self.port;
        if self.psql {
            let place = if self.socket {
                "connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed"
                    .to_string()
            } else {
                let ip = net
                    .resolve(host)
                    .and_then(|v| v.into_iter().next())
                    .unwrap_or_else(|| host.clone());
                format!("connection to server at \"{host}\" ({ip}), port {port} failed")
            };
            return match (reply, net_err) {
                (_, Some(NetError::UnknownHost)) if !self.socket => format!("psql: error: could not translate host name \"{host}\" to address: Name or service not known\n"),
                (_, Some(_)) if self.socket => format!("psql: error: {place}: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n"),
                (_, Some(NetError::Timeout)) => format!("psql: error: {place}: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?\n"),
                (_, Some(_)) => format!("psql: error: {place}: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n"),
                (Some(DbReply::NoRole), _) => format!("psql: error: {place}: FATAL:  role \"{}\" does not exist\n", self.conn.user),
                (Some(DbReply::NoDatabase(d)), _) => format!("psql: error: {place}: FATAL:  database \"{d}\" does not exist\n"),
                (Some(DbReply::Denied(_)), _) => format!("psql: error: {place}: FATAL:  password authentication failed for user \"{}\"\n", self.conn.user),
                (Some(DbReply::NeedPassword), _) => format!("psql: error: {place}: fe_sendauth: no password supplied\n"),
                _ => format!("psql: error: {place}: received invalid response to SSL negotiation: J\n"),
            };
        }
        match (reply, net_err) {
            (_, Some(_)) if self.socket => {
                if self.mariadb {
                    "ERROR 2002 (HY000): Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)\n".to_string()
                } else {
                    "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n".to_string()
                }
            }
            (_, Some(NetError::UnknownHost)) => format!("ERROR 2005 (HY000): Unknown {}server host '{host}' (-2)\n", if self.mariadb { "" } else { "MySQL " }),
            (_, Some(NetError::Timeout)) => format!("ERROR 2003 (HY000): Can't connect to {}server on '{host}:{port}' (110)\n", if self.mariadb { "" } else { "MySQL " }),
            (_, Some(_)) => format!("ERROR 2003 (HY000): Can't connect to {}server on '{host}:{port}' (111)\n", if self.mariadb { "" } else { "MySQL " }),
            (Some(DbReply::Denied(with)), _) => {
                let from = if self.conn.local { "localhost".to_string() } else { self.conn.client_host.clone() };
                format!("ERROR 1045 (28000): Access denied for user '{}'@'{from}' (using password: {})\n", self.conn.user, if with { "YES" } else { "NO" })
            }
            (Some(DbReply::NoDatabase(d)), _) => format!("ERROR 1049 (42000): Unknown database '{d}'\n"),
            _ => "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system error: 0\n".to_string(),
        }
    }

    fn banner(&self) -> String {
        let info = self.info.clone().unwrap_or(ServerInfo {
            version: String::new(),
            connection_id: 8,
            superuser: true,
            mariadb: false,
            old: false,
        });
        if self.psql {
            let mine = &self.client_version;
            let short = |v: &str| v.split(' ').next().unwrap_or(v).to_string();
            if short(mine) == short(&info.version) {
                return format!("psql ({mine})\nType \"help\" for help.\n\n");
            }
            return format!(
                "psql ({mine}, server {})\nType \"help\" for help.\n\n",
                info.version
            );
        }
        let server = if info.mariadb {
            format!("{} mariadb.org binary distribution", info.version)
        } else if info.old {
            format!("{} MySQL Community Server (GPL)", info.version)
        } else {
            format!("{} MySQL Community Server - GPL", info.version)
        };
        if self.mariadb {
            return format!("Welcome to the MariaDB monitor.  Commands end with ; or \\g.\nYour MariaDB connection id is {}\nServer version: {server}\n\nCopyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.\n\nType 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n", info.connection_id);
        }
        let year = if self.client_version.starts_with("5.") {
            "2023"
        } else {
            "2025"
        };
        format!("Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is {}\nServer version: {server}\n\nCopyright (c) 2000, {year}, Oracle and/or its affiliates.\n\nOracle is a registered trademark of Oracle Corporation and/or its\naffiliates. Other names may be trademarks of their respective\nowners.\n\nType 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n", info.connection_id)
    }

    fn query(&mut self, net: &mut dyn Net, stmt: &str) -> Result<Outcome, sql::SqlError> {
        match self.request(net, &DbOp::Query(stmt.to_string())) {
            Ok(DbReply::Result(r)) => r,
            _ => Err(sql::SqlError::Other(
                "server closed the connection unexpectedly".to_string(),
            )),
        }
    }

    fn old(&self) -> bool {
        self.info.as_ref().is_some_and(|i| i.old)
    }

    /// Runs one statement interactively and prints its result as the client does.
    fn run_interactive(
        &mut self,
        net: &mut dyn Net,
        stmt: &str,
        terminated: bool,
        vertical: bool,
        out: &mut Output,
    ) {
        let text = stmt.trim();
        if text.is_empty() {
            if !self.psql {
                out.err("ERROR: \nNo query specified\n\n");
            }
            return;
        }
        let r = self.query(net, text);
        match r {
            Ok(o) if self.psql => out.out(fmt::psql_outcome(&o)),
            Ok(Outcome::Changed(_)) => {
                let has_tables = matches!(self.query(net, "SHOW TABLES"), Ok(Outcome::Rows { rows, .. }) if !rows.is_empty());
                if has_tables {
                    out.out("Reading table information for completion of table and column names\nYou can turn off this feature to get a quicker startup with -A\n\n");
                }
                out.out("Database changed\n");
            }
            Ok(o) => out.out(fmt::mysql_outcome(&o, vertical)),
            Err(e) => {
                let shown = if terminated && self.psql {
                    format!("{text};")
                } else {
                    text.to_string()
                };
                let table = self.error_table(text);
                match self.dialect() {
                    Dialect::Postgres => out.err(fmt::psql_error(&e, &shown, table.as_deref())),
                    Dialect::Mysql => out.err(fmt::mysql_error(
                        &e,
                        text,
                        None,
                        self.info.as_ref().is_some_and(|i| i.mariadb),
                        self.old(),
                    )),
                }
            }
        }
    }

    /// The table an INSERT names, for postgres's `of relation "t"`.
    fn error_table(&self, text: &str) -> Option<String> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '(')
            .filter(|w| !w.is_empty())
            .collect();
        let i = words
            .iter()
            .position(|w| w.eq_ignore_ascii_case("into") || w.eq_ignore_ascii_case("update"))?;
        let w = words.get(i + 1);
        w.map(|s| s.trim_matches('"').to_lowercase())
    }

    /// One line typed at the client's prompt; false when the client ended.
    pub fn line(&mut self, line: &str, net: &mut dyn Net, out: &mut Output) -> bool {
        if self.awaiting_password {
            self.awaiting_password = false;
            out.out("\n");
            let pw = line.trim_end_matches(['\r', '\n']).to_string();
            if self.login(net, Some(pw), out).is_err() {
                return false;
            }
            if let Some(script) = self.then_run.take() {
                self.run_script(net, &script, out, true);
                return false;
            }
            out.out(self.banner());
            return true;
        }
        let trimmed = line.trim();
        if line == "\u{4}" {
            if !self.psql {
                out.out("Bye\n");
            } else {
                out.out("\n");
            }
            return false;
        }
        if self.buffer.trim().is_empty() {
            let word = trimmed.trim_end_matches(';').trim();
            if self.psql {
                if matches!(word, "exit" | "quit") || trimmed == "\\q" {
                    return false;
                }
                if word == "help" {
                    out.out("You are using psql, the command-line interface to PostgreSQL.\nType:  \\copyright for distribution terms\n       \\h for help with SQL commands\n       \\? for help with psql commands\n       \\g or terminate with semicolon to execute query\n       \\q to quit\n");
                    return true;
                }
            } else if matches!(word.to_ascii_lowercase().as_str(), "exit" | "quit" | "\\q") {
                out.out("Bye\n");
                return false;
            } else if matches!(word, "help" | "\\h" | "?" | "\\?") {
                out.out("\nFor information about MySQL products and services, visit:\n   http://www.mysql.com/\n\nList of all MySQL commands:\nNote that all text commands must be first on line and end with ';'\n?         (\\?) Synonym for `help'.\nclear     (\\c) Clear the current input statement.\nexit      (\\q) Exit mysql. Same as quit.\ngo        (\\g) Send command to mysql server.\nhelp      (\\h) Display this help.\nquit      (\\q) Quit mysql.\nuse       (\\u) Use another database. Takes database name as argument.\n\n");
                return true;
            }
        }
        // mysql's own `use db` (and `\u db`) needs no semicolon.
        if !self.psql && self.buffer.trim().is_empty() {
            let lower = trimmed.to_ascii_lowercase();
            if let Some(db) = lower
                .strip_prefix("use ")
                .or_else(|| lower.strip_prefix("\\u "))
                .map(|_| {
                    trimmed[trimmed.find(' ').unwrap_or(0)..]
                        .trim()
                        .trim_end_matches(';')
                        .trim()
                        .trim_matches('`')
                })
            {
                let stmt = format!("USE `{db}`");
                self.run_interactive(net, &stmt, true, false, out);
                return true;
            }
        }
        if self.psql && trimmed.starts_with('\\') {
            return self.meta(trimmed, net, out);
        }
        if trimmed.ends_with("\\c") && !self.psql {
            self.buffer.clear();
            return true;
        }
        let (line, vertical) = match line.trim_end().strip_suffix("\\G") {
            Some(l) if !self.psql => (format!("{l};"), true),
            _ => (
                line.trim_end()
                    .strip_suffix("\\g")
                    .map(|l| format!("{l};"))
                    .unwrap_or_else(|| line.to_string()),
                false,
            ),
        };
        if !self.buffer.is_empty() {
            self.buffer.push('\n');
        }
        self.buffer.push_str(&line);
        let parts = sql::split_statements(&self.buffer);
        let mut rest = String::new();
        let count = parts.len();
        for (i, (stmt, terminated)) in parts.into_iter().enumerate() {
            if terminated {
                self.run_interactive(net, &stmt, true, vertical && i + 1 == count, out);
            } else {
                rest = stmt;
            }
        }
        if self.buffer.trim() == ";" || self.buffer.trim().is_empty() {
            rest.clear();
        }
        self.buffer = if rest.trim().is_empty() {
            String::new()
        } else {
            rest
        };
        true
    }

    /// psql's backslash commands.
    fn meta(&mut self, cmd: &str, net: &mut dyn Net, out: &mut Output) -> bool {
        let mut words = cmd.split_whitespace();
        let name = words.next().unwrap_or("");
        let arg = words.next().map(|a| a.trim_matches('"').to_string());
        let pg_major: u32 = self
            .info
            .as_ref()
            .and_then(|i| i.version.split('.').next()?.parse().ok())
            .unwrap_or(17);
        match name {
            "\\q" => return false,
            "\\l" | "\\list" | "\\l+" => {
                let dbs = match self.request(net, &DbOp::Query("\u{1}LIST DATABASES".into())) {
                    Ok(DbReply::Result(Ok(Outcome::Rows { rows, .. }))) => rows,
                    _ => Vec::new(),
                };
                let owner = self.conn.user.clone();
                let mut rows = Vec::new();
                for r in dbs {
                    let name = r.first().and_then(Value::show).unwrap_or_default();
                    let template = name.starts_with("template");
                    let acl = if template { format!("=c/{owner}\n{owner}=CTc/{owner}") } else { String::new() };
                    let mut row = vec![name, owner.clone(), "UTF8".into()];
                    if pg_major >= 15 {
                        row.push("libc".into());
                    }
                    row.push("en_US.utf8".into());
                    row.push("en_US.utf8".into());
                    if pg_major >= 15 {
                        row.push(String::new());
                    }
                    if pg_major >= 16 {
                        row.push(String::new());
                    }
                    row.push(acl);
                    rows.push(row);
                }
                let cols: Vec<&str> = match pg_major {
                    17.. => vec!["Name", "Owner", "Encoding", "Locale Provider", "Collate", "Ctype", "Locale", "ICU Rules", "Access privileges"],
                    16 => vec!["Name", "Owner", "Encoding", "Locale Provider", "Collate", "Ctype", "ICU Locale", "ICU Rules", "Access privileges"],
                    15 => vec!["Name", "Owner", "Encoding", "Locale Provider", "Collate", "Ctype", "ICU Locale", "Access privileges"],
                    _ => vec!["Name", "Owner", "Encoding", "Collate", "Ctype", "Access privileges"],
                };
                out.out(fmt::psql_titled("List of databases", &cols, &rows));
            }
            "\\dt" | "\\d" | "\\dt+" | "\\d+" if arg.is_none() => {
                let tables = self.list_tables(net);
                if tables.is_empty() {
                    out.err("Did not find any relations.\n");
                    return true;
                }
                let owner = self.conn.user.clone();
                let mut rows = Vec::new();
                for (t, cols) in tables {
                    rows.push(vec!["public".into(), t.clone(), "table".into(), owner.clone()]);
                    if name.starts_with("\\d") && !name.starts_with("\\dt") {
                        for c in cols.iter().filter(|c| c.auto) {
                            rows.push(vec!["public".into(), format!("{t}_{}_seq", c.name), "sequence".into(), owner.clone()]);
                        }
                    }
                }
                rows.sort();
                out.out(fmt::psql_titled("List of relations", &["Schema", "Name", "Type", "Owner"], &rows));
            }
            "\\d" | "\\d+" | "\\dt" => {
                let want = arg.unwrap_or_default();
                let tables = self.list_tables(net);
                let Some((t, cols)) = tables.into_iter().find(|(t, _)| *t == want) else {
                    out.err(format!("Did not find any relation named \"{want}\".\n"));
                    return true;
                };
                let mut rows = Vec::new();
                for c in &cols {
                    let default = if c.auto {
                        format!("nextval('{t}_{}_seq'::regclass)", c.name)
                    } else if c.default_now {
                        "CURRENT_TIMESTAMP".into()
                    } else {
                        c.default
                            .as_ref()
                            .and_then(Value::show)
                            .map(|d| match (c.ty.as_str(), d.as_str()) {
                                ("boolean" | "bool", "t" | "1") => "true".to_string(),
                                ("boolean" | "bool", _) => "false".to_string(),
                                _ if c.numeric() => d,
                                _ => format!("'{d}'::{}", pg_type(&c.ty)),
                            })
                            .unwrap_or_default()
                    };
                    rows.push(vec![c.name.clone(), pg_type(&c.ty), String::new(), if c.not_null { "not null".into() } else { String::new() }, default]);
                }
                let cols_h: Vec<String> = ["Column", "Type", "Collation", "Nullable", "Default"].iter().map(|s| s.to_string()).collect();
                let table = fmt::psql_table(&cols_h, &[false; 5], &rows);
                let total = table.lines().nth(1).map(|l| l.chars().count()).unwrap_or(0);
                let title = format!("Table \"public.{t}\"");
                let pad = total.saturating_sub(title.chars().count()) / 2;
                let mut text = format!("{}{title}\n{table}", " ".repeat(pad));
                let pk: Vec<String> = cols.iter().filter(|c| c.primary).map(|c| c.name.clone()).collect();
                let uniq: Vec<String> = cols.iter().filter(|c| c.unique && !c.primary).map(|c| c.name.clone()).collect();
                if !pk.is_empty() || !uniq.is_empty() {
                    text.push_str("Indexes:\n");
                    if !pk.is_empty() {
                        text.push_str(&format!("    \"{t}_pkey\" PRIMARY KEY, btree ({})\n", pk.join(", ")));
                    }
                    for u in uniq {
                        text.push_str(&format!("    \"{t}_{u}_key\" UNIQUE CONSTRAINT, btree ({u})\n"));
                    }
                }
                text.push('\n');
                out.out(text);
            }
            "\\c" | "\\connect" => {
                let Some(db) = arg else {
                    out.out(format!("You are now connected to database \"{}\" as user \"{}\".\n", self.conn.db.clone().unwrap_or_default(), self.conn.user));
                    return true;
                };
                let mut next = self.clone();
                next.conn.db = Some(db.clone());
                match next.request(net, &DbOp::Connect(None)) {
                    Ok(DbReply::Ready(info)) => {
                        self.conn = next.conn;
                        self.info = Some(info);
                        out.out(format!("You are now connected to database \"{db}\" as user \"{}\".\n", self.conn.user));
                    }
                    Ok(DbReply::NoDatabase(d)) => {
                        out.err(format!("connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  database \"{d}\" does not exist\nPrevious connection kept\n"));
                    }
                    _ => out.err("Previous connection kept\n"),
                }
            }
            "\\conninfo" => {
                let db = self.conn.db.clone().unwrap_or_default();
                if self.socket {
                    out.out(format!("You are connected to database \"{db}\" as user \"{}\" via socket in \"/var/run/postgresql\" at port \"{}\".\n", self.conn.user, self.port));
                } else {
                    out.out(format!("You are connected to database \"{db}\" as user \"{}\" on host \"{}\" at port \"{}\".\n", self.conn.user, self.host, self.port));
                }
            }
            "\\du" | "\\du+" => {
                let rows = vec![vec![self.conn.user.clone(), "Superuser, Create role, Create DB, Replication, Bypass RLS".to_string()]];
                out.out(fmt::psql_titled("List of roles", &["Role name", "Attributes"], &rows));
            }
            "\\?" => out.out("General\n  \\q                     quit psql\n\nInformational\n  \\d[S+]                 list tables, views, and sequences\n  \\d[S+]  NAME           describe table, view, sequence, or index\n  \\dt[S+] [PATTERN]      list tables\n  \\du[S+] [PATTERN]      list roles\n  \\l[+]   [PATTERN]      list databases\n\nConnection\n  \\c[onnect] {[DBNAME|- USER|- HOST|- PORT|-] | conninfo}\n                         connect to new database (currently \"".to_string() + &self.conn.db.clone().unwrap_or_default() + "\")\n  \\conninfo              display information about current connection\n"),
            _ => out.err(format!("invalid command {name}\nTry \\? for help.\n")),
        }
        true
    }

    fn list_tables(&mut self, net: &mut dyn Net) -> Vec<(String, Vec<sql::Column>)> {
        let names = match self.request(net, &DbOp::Query("\u{1}LIST TABLES".into())) {
            Ok(DbReply::Result(Ok(Outcome::Rows { rows, .. }))) => rows,
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        for r in names {
            let name = r.first().and_then(Value::show).unwrap_or_default();
            let cols = match self.request(net, &DbOp::Query(format!("\u{1}COLUMNS {name}"))) {
                Ok(DbReply::Result(Ok(Outcome::Rows { rows, .. }))) => rows
                    .into_iter()
                    .filter_map(|r| {
                        sql::store::deserialize(
                            &r.first().and_then(Value::show).unwrap_or_default(),
                        )
                    })
                    .flat_map(|t| t.cols)
                    .collect(),
                _ => Vec::new(),
            };
            out.push((name, cols));
        }
        out
    }

    /// Runs a script non-interactively (`-e`, `-c`, stdin, `-f`); returns the exit code.
    fn run_script(
        &mut self,
        net: &mut dyn Net,
        script: &str,
        out: &mut Output,
        single: bool,
    ) -> i32 {
        let mut line = 1;
        for (stmt, terminated) in sql::split_statements(script) {
            let start = line
                + stmt[..stmt.len() - stmt.trim_start().len()]
                    .matches('\n')
                    .count();
            line += stmt.matches('\n').count();
            let text = stmt.trim();
            if text.is_empty() {
                continue;
            }
            if self.psql && text.starts_with('\\') {
                self.meta(text, net, out);
                continue;
            }
            match self.query(net, text) {
                Ok(o) if self.psql => out.out(fmt::psql_outcome(&o)),
                Ok(Outcome::Rows {
                    cols,
                    numeric,
                    rows,
                }) => {
                    if self.batch_table {
                        if !rows.is_empty() {
                            out.out(fmt::mysql_table(&cols, &numeric, &rows));
                        }
                    } else {
                        out.out(fmt::mysql_batch(&cols, &rows, self.skip_names));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    if self.psql {
                        let shown = if terminated {
                            format!("{text};")
                        } else {
                            text.to_string()
                        };
                        let prefix = if single {
                            String::new()
                        } else {
                            format!("psql:{}:{start}: ", self.script_name)
                        };
                        out.err(format!(
                            "{prefix}{}",
                            fmt::psql_error(&e, &shown, self.error_table(text).as_deref())
                        ));
                        if single {
                            return 1;
                        }
                    } else {
                        out.err(fmt::mysql_error(
                            &e,
                            text,
                            Some(start),
                            self.info.as_ref().is_some_and(|i| i.mariadb),
                            self.old(),
                        ));
                        return 1;
                    }
                }
            }
        }
        0
    }
}

/// An unterminated quote and the depth of open parentheses at the end of a statement being
/// typed (the continuation prompts `'>` and `(#` show them).
fn open_state(buffer: &str) -> (Option<char>, i32) {
    let mut quote: Option<char> = None;
    let mut depth = 0;
    let mut chars = buffer.chars();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(q) if c == '\\' && q != '`' => {
                chars.next();
            }
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            },
        }
    }
    (quote, depth)
}

/// How a declared type reads in psql's `\d`.
pub fn pg_type(ty: &str) -> String {
    let (base, args) = match ty.split_once('(') {
        Some((b, a)) => (b, format!("({a}")),
        None => (ty, String::new()),
    };
    let name = match base {
        "int" | "integer" | "serial" | "int4" => "integer",
        "bigint" | "bigserial" | "int8" => "bigint",
        "smallint" | "int2" => "smallint",
        "varchar" | "character varying" => "character varying",
        "char" | "character" => "character",
        "timestamp" => "timestamp without time zone",
        "timestamptz" => "timestamp with time zone",
        "decimal" | "numeric" => "numeric",
        "bool" | "boolean" => "boolean",
        "float" | "double" | "double precision" | "float8" => "double precision",
        "real" | "float4" => "real",
        other => other,
    };
    format!("{name}{args}")
}

/// `mysql` / `mariadb`: connects and runs `-e`, a script on stdin, or an interactive prompt.
pub fn mysql(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let o = parse_mysql(args);
    let mariadb = name == "mariadb"
        || (ctx.env.contains_key("MARIADB_VERSION") && !ctx.env.contains_key("MYSQL_VERSION"));
    let version = if mariadb {
        env_or(ctx.env, "MARIADB_VERSION", "1:11.7.2+maria~ubu2404")
            .split(':')
            .next_back()
            .unwrap_or("11.7.2")
            .split('+')
            .next()
            .unwrap_or("11.7.2")
            .to_string()
    } else {
        let v = env_or(ctx.env, "MYSQL_VERSION", "");
        let v = if v.is_empty() {
            env_or(ctx.env, "MYSQL_MAJOR", "9.3.0")
        } else {
            v
        };
        v.split('-').next().unwrap_or(v).to_string()
    };
    if o.version {
        if mariadb && (version.starts_with("10.") || version.starts_with("5.")) {
            // MariaDB 10 clients still gave their protocol version (client 15.1).
            ctx.out.out(format!("{name}  Ver 15.1 Distrib {version}-MariaDB, for debian-linux-gnu (x86_64) using  EditLine wrapper\n"));
        } else if mariadb {
            ctx.out.out(format!("{name} from {version}-MariaDB, client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper\n"));
        } else if version.starts_with('5') {
            // Before 8.0 the client gave its own protocol version and the server's.
            ctx.out.out(format!(
                "mysql  Ver 14.14 Distrib {version}, for Linux (x86_64) using  EditLine wrapper\n"
            ));
        } else {
            ctx.out.out(format!(
                "mysql  Ver {version} for Linux on x86_64 (MySQL Community Server - GPL)\n"
            ));
        }
        return 0;
    }
    if let Some(bad) = o.bad {
        ctx.out
            .err(format!("{name}: [ERROR] unknown option '{bad}'.\n"));
        return 7;
    }
    let host = o.host.clone().unwrap_or_else(|| "localhost".to_string());
    let socket = host == "localhost";
    let mut client = SqlClient {
        psql: false,
        mariadb,
        host,
        port: o.port.unwrap_or(3306),
        socket,
        conn: DbConn {
            user: o.user.clone().unwrap_or_else(|| "root".to_string()),
            db: o.database.clone(),
            client_host: String::new(),
            local: false,
            server_addr: String::new(),
        },
        info: None,
        buffer: String::new(),
        awaiting_password: false,
        then_run: None,
        client_version: version,
        batch_table: o.table || (o.execute.is_some() && ctx.tty),
        skip_names: o.skip_names,
        script_name: "<stdin>".into(),
    };
    let interactive = o.execute.is_none() && ctx.stdin.is_empty() && ctx.tty;
    if o.password.is_some() && !mariadb {
        ctx.out.err(
            "mysql: [Warning] Using a password on the command line interface can be insecure.\n",
        );
    }
    if o.prompt_password && (interactive || ctx.tty) {
        client.awaiting_password = true;
        client.then_run = o.execute.clone();
        ctx.out.out("Enter password: ");
        if ctx.net.open_client(Client::Sql(Box::new(client))) {
            return 0;
        }
        ctx.out.out("\n");
        return 1;
    }
    if let Err(code) = client.login(ctx.net, o.password.clone(), ctx.out) {
        return code.max(1);
    }
    if let Some(script) = o.execute {
        return client.run_script(ctx.net, &script, ctx.out, true);
    }
    if !ctx.stdin.is_empty() {
        let script = String::from_utf8_lossy(ctx.stdin).to_string();
        return client.run_script(ctx.net, &script, ctx.out, false);
    }
    if interactive {
        ctx.out.out(client.banner());
        if ctx.net.open_client(Client::Sql(Box::new(client))) {
            return 0;
        }
    }
    0
}

/// `psql`: connects and runs `-c`, `-f`, a script on stdin, or an interactive prompt.
pub fn psql(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let o = parse_psql(args);
    if o.version {
        let v = super::db::pg_version_text(ctx);
        ctx.out.out(format!("psql (PostgreSQL) {v}\n"));
        return 0;
    }
    if let Some(bad) = o.bad {
        ctx.out.err(format!("psql: error: unrecognized option '{bad}'\npsql: hint: Try \"psql --help\" for more information.\n"));
        return 1;
    }
    let user = o
        .user
        .clone()
        .or_else(|| ctx.env.get("PGUSER").cloned())
        .unwrap_or_else(|| "root".to_string());
    let host = o
        .host
        .clone()
        .or_else(|| ctx.env.get("PGHOST").cloned())
        .unwrap_or_else(|| "localhost".to_string());
    let socket = o.host.is_none() && !ctx.env.contains_key("PGHOST");
    let client_version = super::db::pg_version_text(ctx);
    let mut client = SqlClient {
        psql: true,
        mariadb: false,
        host,
        port: o.port.unwrap_or(5432),
        socket,
        conn: DbConn {
            user,
            db: o
                .database
                .clone()
                .or_else(|| ctx.env.get("PGDATABASE").cloned()),
            client_host: String::new(),
            local: false,
            server_addr: String::new(),
        },
        info: None,
        buffer: String::new(),
        awaiting_password: false,
        then_run: None,
        client_version,
        batch_table: true,
        skip_names: o.skip_names,
        script_name: o.file.clone().unwrap_or_else(|| "<stdin>".into()),
    };
    let script = match (&o.execute, &o.file) {
        (Some(c), _) => Some(c.clone()),
        (None, Some(f)) => match ctx.fs.read_string(&crate::vfs::normalize(ctx.cwd, f)) {
            Ok(t) => Some(t),
            Err(_) => {
                ctx.out
                    .err(format!("psql: error: {f}: No such file or directory\n"));
                return 1;
            }
        },
        _ if !ctx.stdin.is_empty() => Some(String::from_utf8_lossy(ctx.stdin).to_string()),
        _ => None,
    };
    let interactive = script.is_none() && ctx.tty;
    let password = ctx.env.get("PGPASSWORD").cloned();
    let needs_prompt = o.prompt_password && password.is_none();
    let result = if needs_prompt {
        Err(-1)
    } else {
        client.login(ctx.net, password, ctx.out)
    };
    match result {
        Ok(()) => {}
        Err(-1) if ctx.tty => {
            client.awaiting_password = true;
            client.then_run = script;
            ctx.out
                .out(format!("Password for user {}: ", client.conn.user));
            if ctx.net.open_client(Client::Sql(Box::new(client))) {
                return 0;
            }
            ctx.out.out("\n");
            return 2;
        }
        Err(-1) => {
            let msg = client.login_error(Some(DbReply::NeedPassword), None, ctx.net);
            ctx.out.err(msg);
            return 2;
        }
        Err(code) => return code,
    }
    if let Some(script) = script {
        return client.run_script(ctx.net, &script, ctx.out, o.execute.is_some());
    }
    if interactive {
        ctx.out.out(client.banner());
        ctx.net.open_client(Client::Sql(Box::new(client)));
    }
    0
}

/// `mysqldump [-u…] [-p…] [--databases] db [tables…]`: the statements that recreate the tables,
/// read from the server like any client.
pub fn mysqldump(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let mut filtered = Vec::new();
    let mut databases_flag = false;
    for a in args {
        match a.as_str() {
            "--databases" | "-B" => databases_flag = true,
            "--all-databases"
            | "-A"
            | "--single-transaction"
            | "--routines"
            | "--triggers"
            | "--no-tablespaces"
            | "--quick" => {}
            _ => filtered.push(a.clone()),
        }
    }
    let o = parse_mysql(&filtered);
    // parse_mysql keeps only the last positional word; take them all again.
    let positional: Vec<String> = filtered
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    let positional: Vec<String> = positional
        .into_iter()
        .filter(|p| {
            o.user.as_deref() != Some(p.as_str())
                && o.host.as_deref() != Some(p.as_str())
                && o.password.as_deref() != Some(p.as_str())
        })
        .collect();
    let Some(db) = positional.first().cloned() else {
        ctx.out.out("Usage: mysqldump [OPTIONS] database [tables]\nOR     mysqldump [OPTIONS] --databases DB1 [DB2 DB3...]\nOR     mysqldump [OPTIONS] --all-databases\nFor more options, use mysqldump --help\n");
        return 1;
    };
    let version = env_or(ctx.env, "MYSQL_VERSION", "9.3.0")
        .split('-')
        .next()
        .unwrap_or("9.3.0")
        .to_string();
    let host = o.host.clone().unwrap_or_else(|| "localhost".to_string());
    let mut client = SqlClient {
        psql: false,
        mariadb: false,
        socket: host == "localhost",
        host: host.clone(),
        port: o.port.unwrap_or(3306),
        conn: DbConn {
            user: o.user.clone().unwrap_or_else(|| "root".to_string()),
            db: Some(db.clone()),
            ..DbConn::default()
        },
        info: None,
        buffer: String::new(),
        awaiting_password: false,
        then_run: None,
        client_version: version.clone(),
        batch_table: false,
        skip_names: false,
        script_name: String::new(),
    };
    if o.password.is_some() {
        ctx.out.err("mysqldump: [Warning] Using a password on the command line interface can be insecure.\n");
    }
    if let Err(code) = client.login(ctx.net, o.password.clone(), ctx.out) {
        return code.max(1) + 1;
    }
    let server = client
        .info
        .as_ref()
        .map(|i| i.version.clone())
        .unwrap_or_default();
    let wanted: Vec<String> = positional.iter().skip(1).cloned().collect();
    let mut tables = client.list_tables(ctx.net);
    if !wanted.is_empty() {
        tables.retain(|(t, _)| wanted.contains(t));
    }
    let (y, mo, d, h, mi, s) = crate::clock::civil(ctx.now_ms.div_euclid(1000));
    let mut out = format!("-- MySQL dump 10.13  Distrib {version}, for Linux (x86_64)\n--\n-- Host: {host}    Database: {db}\n-- ------------------------------------------------------\n-- Server version\t{server}\n\n/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n/*!50503 SET NAMES utf8mb4 */;\n/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n");
    if databases_flag {
        out.push_str(&format!("\n--\n-- Current Database: `{db}`\n--\n\nCREATE DATABASE /*!32312 IF NOT EXISTS*/ `{db}` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci */ /*!80016 DEFAULT ENCRYPTION='N' */;\n\nUSE `{db}`;\n"));
    }
    for (name, _) in &tables {
        let text = match client.request(ctx.net, &DbOp::Query(format!("\u{1}COLUMNS {name}"))) {
            Ok(DbReply::Result(Ok(Outcome::Rows { rows, .. }))) => rows
                .first()
                .and_then(|r| r.first())
                .and_then(Value::show)
                .unwrap_or_default(),
            _ => String::new(),
        };
        let Some(t) = sql::store::deserialize(&text) else {
            continue;
        };
        let mut defs: Vec<String> = t
            .cols
            .iter()
            .map(|c| {
                let mut d = format!("  `{}` {}", c.name, sql::exec::mysql_type(&c.ty, &server));
                if c.not_null {
                    d.push_str(" NOT NULL");
                }
                if c.auto {
                    d.push_str(" AUTO_INCREMENT");
                } else if c.default_now {
                    d.push_str(" DEFAULT CURRENT_TIMESTAMP");
                } else if let Some(v) = c.default.as_ref().and_then(Value::show) {
                    d.push_str(&format!(" DEFAULT '{v}'"));
                } else if !c.not_null {
                    d.push_str(" DEFAULT NULL");
                }
                d
            })
            .collect();
        let pk: Vec<String> = t
            .cols
            .iter()
            .filter(|c| c.primary)
            .map(|c| format!("`{}`", c.name))
            .collect();
        if !pk.is_empty() {
            defs.push(format!("  PRIMARY KEY ({})", pk.join(",")));
        }
        let auto = if t.cols.iter().any(|c| c.auto) && t.next_id > 1 {
            format!(" AUTO_INCREMENT={}", t.next_id)
        } else {
            String::new()
        };
        out.push_str(&format!("\n--\n-- Table structure for table `{name}`\n--\n\nDROP TABLE IF EXISTS `{name}`;\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\nCREATE TABLE `{name}` (\n{}\n) ENGINE=InnoDB{auto} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n/*!40101 SET character_set_client = @saved_cs_client */;\n\n--\n-- Dumping data for table `{name}`\n--\n\nLOCK TABLES `{name}` WRITE;\n/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n", defs.join(",\n")));
        if !t.rows.is_empty() {
            let rows: Vec<String> = t
                .rows
                .iter()
                .map(|r| {
                    let cells: Vec<String> = r
                        .iter()
                        .zip(&t.cols)
                        .map(|(v, c)| match v {
                            Value::Null => "NULL".to_string(),
                            Value::Int(i) => i.to_string(),
                            v if c.numeric() && !c.ty.starts_with("decimal") => {
                                v.show().unwrap_or_default()
                            }
                            v => format!(
                                "'{}'",
                                v.show()
                                    .unwrap_or_default()
                                    .replace('\\', "\\\\")
                                    .replace('\'', "\\'")
                            ),
                        })
                        .collect();
                    format!("({})", cells.join(","))
                })
                .collect();
            out.push_str(&format!(
                "INSERT INTO `{name}` VALUES {};\n",
                rows.join(",")
            ));
        }
        out.push_str(&format!(
            "/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n"
        ));
    }
    out.push_str(&format!("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n-- Dump completed on {y:04}-{mo:02}-{d:02} {h:>2}:{mi:02}:{s:02}\n"));
    ctx.out.out(out);
    0
}
