//! Database servers seen from clients: requests to mysqld/postgres/mongod and redis reach the
//! server's container, run against its data directory, and store what the server wrote.
//!
//! A client in the server's own container runs while that container's files are checked out
//! (`docker exec db mysql -e ...`), so what the server writes is also kept aside and laid
//! over the exec's copy when it is stored back ([`Engine::store_container_fs`] calls
//! [`Engine::apply_server_writes`]).

use super::{ContainerState, Engine, Event, MountSource};
use crate::runtime::programs::db::{DbConn, DbOp, DbReply};
use crate::runtime::programs::repl::Client;
use crate::runtime::programs::sql::{Outcome, Tag};
use crate::runtime::programs::{HttpRequest, HttpResponse, Net, NetError, RespValue, Service};
use crate::runtime::Output;
use crate::vfs::{self, Tree};

/// What the engine keeps for database clients and servers between calls.
#[derive(Clone, Debug, Default)]
pub struct DbState {
    /// Data directories servers wrote while their container's files were checked out:
    /// (container index, directory, its content rooted at `/`).
    writes: Vec<(usize, String, Tree)>,
    /// A client program that asked for the terminal: (its container, the client).
    pub client: Option<(usize, Client)>,
    /// That client is its container's main process (the container ends with it).
    pub client_is_main: bool,
}

fn subtree(fs: &Tree, root: &str) -> Tree {
    let mut out = Tree::default();
    if let Some(n) = fs.get(root) {
        out.insert("/", n.clone());
    }
    for (p, n) in fs.walk(root) {
        out.insert(&p[root.len()..], n.clone());
    }
    out
}

impl Engine {
    /// Lays what servers wrote over a copy of container `idx`'s files being stored back.
    pub fn apply_server_writes(&mut self, idx: usize, tree: &mut Tree) {
        let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.db_state.writes)
            .into_iter()
            .partition(|(i, _, _)| *i == idx);
        self.db_state.writes = rest;
        for (_, root, data) in mine {
            let _ = tree.remove(&root, true);
            for (p, n) in data.iter() {
                let path = if p == "/" {
                    root.clone()
                } else {
                    format!("{root}{p}")
                };
                tree.insert(&path, n.clone());
            }
        }
    }

    /// Runs `f` on the files of container `idx` and stores them; `nested` when a copy of those
    /// files is checked out by the caller (then the directory `root` is also kept aside).
    fn with_server_files<T>(
        &mut self,
        idx: usize,
        root: &str,
        nested: bool,
        f: impl FnOnce(&mut Tree, &mut Service) -> T,
    ) -> Option<T> {
        let mut service = self.containers[idx].service.take()?;
        let mut fs = self.container_fs(idx);
        let result = f(&mut fs, &mut service);
        self.containers[idx].service = Some(service);
        if nested {
            let data = subtree(&fs, root);
            self.db_state
                .writes
                .retain(|(i, r, _)| !(*i == idx && r == root));
            self.db_state.writes.push((idx, root.to_string(), data));
        }
        // Earlier nested writes are already in `fs`; storing must not lay them over again.
        let pending = std::mem::take(&mut self.db_state.writes);
        self.store_container_fs(idx, fs);
        self.db_state.writes = pending;
        Some(result)
    }

    /// Where a path of container `idx` lives: the volume or host directory mounted over it.
    pub fn mount_of(&self, idx: usize, path: &str) -> Option<String> {
        let c = self.containers.get(idx)?;
        c.mounts
            .iter()
            .filter(|m| {
                path == m.target
                    || path.starts_with(&format!("{}/", m.target.trim_end_matches('/')))
            })
            .max_by_key(|m| m.target.len())
            .and_then(|m| match &m.source {
                MountSource::Volume(v) => Some(v.clone()),
                MountSource::Bind(b) => Some(b.clone()),
                MountSource::Tmpfs => None,
            })
    }

    /// A database request from container `from` (or the host) to `host:port`.
    pub fn db_request(
        &mut self,
        from: Option<usize>,
        host: &str,
        port: u16,
        conn: &mut DbConn,
        op: &DbOp,
        nested: bool,
    ) -> Result<DbReply, NetError> {
        #[cfg(not(feature = "full"))]
        {
            crate::lean::need_full();
            return Err(NetError::Refused);
        }
        let idx = self.resolve_address(host, from)?;
        match self.containers[idx].state {
            ContainerState::Running => {}
            ContainerState::Paused => return Err(NetError::Timeout),
            _ => return Err(NetError::Refused),
        }
        let (root, is_db) = match &self.containers[idx].service {
            Some(Service::Db(d)) if d.ports().contains(&port) => (d.root.clone(), true),
            Some(s) if s.ports().contains(&port) => (String::new(), false),
            _ => return Err(NetError::Refused),
        };
        if !is_db {
            return Ok(DbReply::WrongServer);
        }
        if matches!(op, DbOp::Connect(_)) {
            conn.local = from == Some(idx);
            conn.client_host = match from {
                Some(f) if f != idx => self.containers[f]
                    .networks
                    .values()
                    .find(|e| !e.ip.is_empty())
                    .map(|e| e.ip.clone())
                    .unwrap_or_default(),
                Some(_) => "localhost".to_string(),
                None => "172.17.0.1".to_string(),
            };
            conn.server_addr = self.containers[idx]
                .networks
                .values()
                .find(|e| !e.ip.is_empty())
                .map(|e| e.ip.clone())
                .unwrap_or_else(|| "127.0.0.1".to_string());
        }
        let now = self.now();
        let before = conn.db.clone();
        let nested = nested && from == Some(idx);
        let reply = self
            .with_server_files(idx, &root, nested, |fs, svc| match svc {
                Service::Db(d) => d.handle(fs, now, conn, op),
                _ => DbReply::WrongServer,
            })
            .ok_or(NetError::Refused)?;
        if let (DbOp::Query(text), DbReply::Result(Ok(Outcome::Done { tag, .. }))) = (op, &reply) {
            self.explain_sql(idx, &root, before.as_deref(), text, *tag);
        }
        Ok(reply)
    }

    fn explain_sql(&mut self, idx: usize, root: &str, db: Option<&str>, text: &str, tag: Tag) {
        let (action, kind) = match tag {
            Tag::CreateDatabase => ("created", "database"),
            Tag::DropDatabase => ("dropped", "database"),
            Tag::CreateTable => ("created", "table"),
            Tag::DropTable => ("dropped", "table"),
            Tag::Insert | Tag::Update | Tag::Delete => ("rows", "table"),
            _ => return,
        };
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '(' || c == ';')
            .filter(|w| !w.is_empty())
            .collect();
        let skip = [
            "CREATE", "DROP", "DATABASE", "SCHEMA", "TABLE", "IF", "NOT", "EXISTS", "INSERT",
            "INTO", "UPDATE", "DELETE", "FROM", "REPLACE", "IGNORE",
        ];
        let name = words
            .iter()
            .find(|w| !skip.contains(&w.to_ascii_uppercase().as_str()))
            .map(|w| w.trim_matches(['`', '"']).to_string())
            .unwrap_or_default();
        let (qual_db, name) = match name.split_once('.') {
            Some((d, n)) => (Some(d.to_string()), n.to_string()),
            None => (None, name),
        };
        let pg = root.contains("postgresql");
        let db = qual_db.or(db.map(str::to_string)).unwrap_or_default();
        let path = match (kind, pg) {
            ("database", false) => format!("{root}/{name}"),
            ("database", true) => format!("{root}/base/{name}"),
            (_, false) => format!("{root}/{db}/{name}.ibd"),
            (_, true) => format!("{root}/base/{db}/{name}"),
        };
        let volume = self.mount_of(idx, &path);
        let container = self.containers[idx].name.clone();
        self.emit(Event::DatabaseChanged {
            container,
            action: action.to_string(),
            object: kind.to_string(),
            name,
            path,
            volume,
        });
    }

    /// A Redis command from container `from` (or the host); what the server writes to disk
    /// (SAVE, BGSAVE, the AOF) is stored in its container.
    pub fn redis_request(
        &mut self,
        from: Option<usize>,
        host: &str,
        port: u16,
        args: &[String],
        nested: bool,
    ) -> Result<RespValue, NetError> {
        let idx = self.resolve_address(host, from)?;
        let reply = self.redis_to_address(host, port, args, from)?;
        self.flush_service(idx, nested && from == Some(idx));
        Ok(reply)
    }

    /// Stores what a service wrote (redis's snapshot and AOF), logs its lines, explains it.
    pub fn flush_service(&mut self, idx: usize, nested: bool) {
        let Some(Service::Redis(r)) = self
            .containers
            .get_mut(idx)
            .and_then(|c| c.service.as_mut())
        else {
            return;
        };
        let Some(p) = r.take_pending() else {
            return;
        };
        let dir = r.dir.clone();
        let tty = self.containers[idx].config.tty;
        let mut log = Output::default();
        log.out(&p.log);
        self.record_output(idx, &log, tty);
        let files = p.files.clone();
        let _ = self.with_server_files(idx, &dir, nested, |fs, _| {
            for (path, data, size) in files {
                let _ = fs.mkdir_all(vfs::parent(&path));
                fs.insert(
                    &path,
                    crate::runtime::programs::redis::file_node(data, size),
                );
            }
        });
        if let Some(keys) = p.snapshot_keys {
            let path = format!("{}/dump.rdb", dir.trim_end_matches('/'));
            let volume = self.mount_of(idx, &path);
            let container = self.containers[idx].name.clone();
            self.emit(Event::SnapshotSaved {
                container,
                path,
                keys,
                volume,
            });
        }
    }

    /// After a main process started: a database server tells whether it found data.
    pub fn service_started(&mut self, idx: usize) {
        let (path, program, fresh) = match self.containers[idx].service.as_ref() {
            Some(Service::Db(d)) if d.kind != crate::runtime::programs::db::DbKind::Mongo => {
                (d.root.clone(), d.pid1_name().to_string(), d.fresh)
            }
            Some(Service::Redis(r)) => match r.loaded {
                Some(_) => (r.dir.clone(), "redis-server".to_string(), false),
                None => return,
            },
            _ => return,
        };
        let volume = self.mount_of(idx, &path);
        let container = self.containers[idx].name.clone();
        self.emit(Event::DataDirOpened {
            container,
            path,
            program,
            fresh,
            volume,
        });
    }

    /// Takes the client program that asked for the terminal during the last command, and
    /// whether it is its container's main process.
    pub fn take_client(&mut self) -> Option<(usize, Client, bool)> {
        let main = std::mem::take(&mut self.db_state.client_is_main);
        self.db_state.client.take().map(|(i, c)| (i, c, main))
    }

    /// A main process that opened a client at the terminal runs on as that client.
    pub(crate) fn main_client(
        &mut self,
        idx: usize,
        start: crate::runtime::programs::Start,
        argv: &[String],
    ) -> crate::runtime::programs::Start {
        use crate::runtime::programs::{misc::Idle, program_name, Start};
        let wants = matches!(self.db_state.client, Some((i, _)) if i == idx);
        match start {
            Start::Exited(0) if wants && self.containers[idx].config.tty => {
                self.db_state.client_is_main = true;
                let name = argv
                    .iter()
                    .find(|a| !a.ends_with("docker-entrypoint.sh"))
                    .map(|a| program_name(a).to_string())
                    .unwrap_or_default();
                Start::Running(Service::Idle(Idle {
                    command: argv.join(" "),
                    until_ms: None,
                    name,
                }))
            }
            other => {
                if wants {
                    self.db_state.client = None;
                }
                other
            }
        }
    }

    /// Runs one line typed at a client program's prompt in container `idx`; false when it ended.
    pub fn client_line(&mut self, idx: usize, client: &mut Client, line: &str) -> (Output, bool) {
        #[cfg(not(feature = "full"))]
        {
            crate::lean::need_full();
            return (Output::default(), false);
        }
        let now = self.now();
        let mut out = Output::default();
        let mut net = ClientNet {
            engine: self,
            from: idx,
        };
        let open = client.line(line, &mut net, now, &mut out);
        (out, open)
    }
}

/// The network a client program at the terminal reaches: nothing of its container is checked
/// out meanwhile.
struct ClientNet<'a> {
    engine: &'a mut Engine,
    from: usize,
}

impl Net for ClientNet<'_> {
    fn http(&mut self, host: &str, port: u16, req: &HttpRequest) -> Result<HttpResponse, NetError> {
        self.engine
            .http_to_address(host, port, req, Some(self.from))
    }

    fn redis(&mut self, host: &str, port: u16, args: &[String]) -> Result<RespValue, NetError> {
        self.engine
            .redis_request(Some(self.from), host, port, args, false)
    }

    fn db(
        &mut self,
        host: &str,
        port: u16,
        conn: &mut DbConn,
        op: &DbOp,
    ) -> Result<DbReply, NetError> {
        self.engine
            .db_request(Some(self.from), host, port, conn, op, false)
    }

    fn resolve(&mut self, host: &str) -> Option<Vec<String>> {
        let idx = self.engine.resolve_address(host, Some(self.from)).ok()?;
        self.engine.containers[idx]
            .networks
            .values()
            .find(|e| !e.ip.is_empty())
            .map(|e| vec![e.ip.clone()])
    }
}
