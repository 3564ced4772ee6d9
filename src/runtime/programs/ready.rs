//! The readiness tools that health checks call: `pg_isready`, `mysqladmin ping` (and
//! `mariadb-admin`), MariaDB's `healthcheck.sh`. Each asks whether the server accepts
//! connections, the way the real tool does, and answers with its exit code.

use super::{NetError, ProgramCtx};

/// The value of `-x V`, `-xV`, `--long=V` or `--long V` among `args`.
fn option<'a>(args: &'a [String], short: &str, long: &str) -> Option<&'a str> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == short || a == long {
            return it.next().map(String::as_str);
        }
        if let Some(v) = a.strip_prefix(&format!("{long}=")) {
            return Some(v);
        }
        if short.len() == 2 && a.len() > 2 && a.starts_with(short) && !a.starts_with("--") {
            return Some(&a[2..]);
        }
    }
    None
}

/// `pg_isready [-h host] [-p port] [-q]`: `accepting connections` (0) or `no response` (2).
pub fn pg_isready(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    if args.iter().any(|a| a == "--version" || a == "-V") {
        let v = super::db::pg_version_text(ctx);
        ctx.out.out(format!("pg_isready (PostgreSQL) {v}\n"));
        return 0;
    }
    let quiet = args.iter().any(|a| a == "-q" || a == "--quiet");
    let host = option(args, "-h", "--host")
        .map(str::to_string)
        .or_else(|| ctx.env.get("PGHOST").cloned());
    let port: u16 = option(args, "-p", "--port")
        .or_else(|| ctx.env.get("PGPORT").map(String::as_str))
        .and_then(|p| p.parse().ok())
        .unwrap_or(5432);
    // Without a host the tool uses the server's Unix socket in its directory.
    let shown = host
        .clone()
        .unwrap_or_else(|| "/var/run/postgresql".to_string());
    let target = host.unwrap_or_else(|| "localhost".to_string());
    let (text, code) = match ctx.net.tcp_connect(&target, port) {
        Ok(()) => ("accepting connections", 0),
        Err(_) => ("no response", 2),
    };
    if !quiet {
        ctx.out.out(format!("{shown}:{port} - {text}\n"));
    }
    code
}

/// `mysqladmin [options] ping` (and `mariadb-admin`): `mysqld is alive` (0) or the client's
/// connection error (1). Other commands are not simulated.
pub fn mysqladmin(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    if args.iter().any(|a| a == "--version" || a == "-V") {
        let v = ctx
            .env
            .get("MYSQL_VERSION")
            .or_else(|| ctx.env.get("MYSQL_MAJOR"))
            .map(|v| v.split('-').next().unwrap_or(v).to_string())
            .unwrap_or_else(|| "9.3.0".to_string());
        ctx.out.out(format!(
            "{name}  Ver {v} for Linux on x86_64 (MySQL Community Server - GPL)\n"
        ));
        return 0;
    }
    let host = option(args, "-h", "--host")
        .unwrap_or("localhost")
        .to_string();
    let port: u16 = option(args, "-P", "--port")
        .and_then(|p| p.parse().ok())
        .unwrap_or(3306);
    let silent = args.iter().any(|a| a == "-s" || a == "--silent");
    let words: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if !words.iter().any(|w| *w == "ping" || *w == "status") {
        ctx.out.err(format!(
            "{name}: this simulator answers only '{name} ping'\n"
        ));
        return 1;
    }
    match ctx.net.tcp_connect(&host, port) {
        Ok(()) => {
            ctx.out.out("mysqld is alive\n");
            0
        }
        Err(e) => {
            if !silent {
                let error = if host == "localhost" {
                    "Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)".to_string()
                } else {
                    let code = if e == NetError::UnknownHost { 115 } else { 111 };
                    format!("Can't connect to MySQL server on '{host}:{port}' ({code})")
                };
                ctx.out.err(format!(
                    "{name}: connect to server at '{host}' failed\nerror: '{error}'\n"
                ));
                if host == "localhost" {
                    ctx.out.err("Check that mysqld is running and that the socket: '/var/run/mysqld/mysqld.sock' exists!\n");
                } else {
                    ctx.out.err(format!("Check that mysqld is running on {host} and that the port is {port}.\nYou can check this by doing 'telnet {host} {port}'\n"));
                }
            }
            1
        }
    }
}

/// MariaDB's `healthcheck.sh --connect --innodb_initialized`: silent, 0 when the server
/// accepts connections.
pub fn mariadb_healthcheck(ctx: &mut ProgramCtx) -> i32 {
    match ctx.net.tcp_connect("localhost", 3306) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::programs::{HttpRequest, HttpResponse, RespValue};
    use crate::runtime::Output;
    use crate::vfs::Tree;
    use std::collections::BTreeMap;

    /// A network where only the listed (host, port) pairs answer.
    struct Up(Vec<(&'static str, u16)>);

    impl super::super::Net for Up {
        fn http(&mut self, _: &str, _: u16, _: &HttpRequest) -> Result<HttpResponse, NetError> {
            Err(NetError::Refused)
        }
        fn redis(&mut self, _: &str, _: u16, _: &[String]) -> Result<RespValue, NetError> {
            Err(NetError::Refused)
        }
        fn tcp_connect(&mut self, host: &str, port: u16) -> Result<(), NetError> {
            if self.0.contains(&(host, port)) {
                Ok(())
            } else {
                Err(NetError::Refused)
            }
        }
    }

    fn run(f: impl FnOnce(&mut ProgramCtx) -> i32, up: Vec<(&'static str, u16)>) -> (i32, String) {
        let mut fs = Tree::default();
        let env = BTreeMap::new();
        let mut out = Output::default();
        let mut net = Up(up);
        let mut ctx = ProgramCtx {
            fs: &mut fs,
            env: &env,
            cwd: "/",
            stdin: &[],
            now_ms: 0,
            hostname: "db",
            net: &mut net,
            out: &mut out,
            processes: &[],
            tty: false,
        };
        let code = f(&mut ctx);
        (code, out.text())
    }

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn pg_isready_reports_the_socket_or_the_host() {
        let up = vec![("localhost", 5432)];
        assert_eq!(
            run(|c| pg_isready(&argv(&[]), c), up.clone()),
            (
                0,
                "/var/run/postgresql:5432 - accepting connections\n".to_string()
            )
        );
        assert_eq!(
            run(
                |c| pg_isready(&argv(&["-U", "postgres", "-h", "localhost"]), c),
                up
            ),
            (0, "localhost:5432 - accepting connections\n".to_string())
        );
        assert_eq!(
            run(|c| pg_isready(&argv(&["-h", "db"]), c), vec![]),
            (2, "db:5432 - no response\n".to_string())
        );
        assert_eq!(
            run(|c| pg_isready(&argv(&["-q"]), c), vec![]),
            (2, String::new())
        );
    }

    #[test]
    fn mysqladmin_ping_says_alive_or_why_not() {
        assert_eq!(
            run(
                |c| mysqladmin("mysqladmin", &argv(&["ping", "-h", "localhost"]), c),
                vec![("localhost", 3306)]
            ),
            (0, "mysqld is alive\n".to_string())
        );
        let (code, text) = run(|c| mysqladmin("mysqladmin", &argv(&["ping"]), c), vec![]);
        assert_eq!(code, 1);
        assert!(text.contains("Can't connect to local MySQL server through socket"));
        assert_eq!(
            run(
                |c| mysqladmin("mysqladmin", &argv(&["ping", "--silent"]), c),
                vec![]
            ),
            (1, String::new())
        );
    }
}
