//! Client programs that own the terminal while they run (`mysql>`, `postgres=#`,
//! `127.0.0.1:6379>`, `test>`): each typed line goes to them until they end.

use super::dbcli::SqlClient;
use super::Net;
use crate::runtime::Output;

/// A client program reading lines from the terminal.
#[derive(Clone, Debug, PartialEq)]
pub enum Client {
    /// mysql, mariadb or psql.
    Sql(Box<SqlClient>),
    /// redis-cli.
    Redis(Box<super::redis::RedisCli>),
    /// mongosh or the legacy mongo shell.
    Mongo(Box<super::mongo::MongoShell>),
}

impl Client {
    /// The prompt before the next line (empty while a password is typed).
    pub fn prompt(&self) -> String {
        match self {
            Client::Sql(c) => c.prompt(),
            Client::Redis(c) => c.prompt(),
            Client::Mongo(c) => c.prompt(),
        }
    }

    /// The next line is a password the terminal does not show.
    pub fn secret(&self) -> bool {
        match self {
            Client::Sql(c) => c.awaiting_password,
            _ => false,
        }
    }

    /// Takes one typed line; false when the program ended (`exit`, `\q`, Ctrl-D).
    pub fn line(&mut self, line: &str, net: &mut dyn Net, now_ms: i64, out: &mut Output) -> bool {
        match self {
            Client::Sql(c) => c.line(line, net, out),
            Client::Redis(c) => c.line(line, net, now_ms, out),
            Client::Mongo(c) => c.line(line, net, out),
        }
    }
}
