//! Container networking: published ports, name resolution on user-defined networks, requests.

use super::{ContainerState, Engine, Event};
use crate::runtime::programs::{HttpRequest, HttpResponse, Net, NetError, RespValue};
use crate::runtime::Output;

/// The network as seen from inside container `from` (or from the host when `None`).
pub struct ContainerNet<'a> {
    /// The daemon.
    pub engine: &'a mut Engine,
    /// The container making requests.
    pub from: Option<usize>,
}

impl Net for ContainerNet<'_> {
    fn http(&mut self, host: &str, port: u16, req: &HttpRequest) -> Result<HttpResponse, NetError> {
        self.engine.http_to_address(host, port, req, self.from)
    }

    fn redis(&mut self, host: &str, port: u16, args: &[String]) -> Result<RespValue, NetError> {
        self.engine.redis_request(self.from, host, port, args, true)
    }

    fn db(
        &mut self,
        host: &str,
        port: u16,
        conn: &mut crate::runtime::programs::db::DbConn,
        op: &crate::runtime::programs::db::DbOp,
    ) -> Result<crate::runtime::programs::db::DbReply, NetError> {
        self.engine
            .db_request(self.from, host, port, conn, op, true)
    }

    fn open_client(&mut self, client: crate::runtime::programs::repl::Client) -> bool {
        match self.from {
            Some(from) => {
                self.engine.db_state.client = Some((from, client));
                true
            }
            None => false,
        }
    }
}

impl Engine {
    /// Which container a name or address means from inside container `from` (Docker's embedded
    /// DNS answers names only on user-defined networks; addresses work on any shared network).
    pub fn resolve_address(&self, host: &str, from: Option<usize>) -> Result<usize, NetError> {
        if let Some(from) = from {
            if matches!(host, "localhost" | "127.0.0.1" | "::1") {
                return Ok(from);
            }
            let me = &self.containers[from];
            if host == me.config.hostname || host == me.name {
                return Ok(from);
            }
            for (net_name, endpoint) in &me.networks {
                if endpoint.ip.is_empty() {
                    continue;
                }
                let user_defined = self.networks.get(net_name).is_some_and(|n| n.user_defined);
                for (i, other) in self.containers.iter().enumerate() {
                    let Some(ep) = other.networks.get(net_name) else {
                        continue;
                    };
                    if ep.ip.is_empty() {
                        continue;
                    }
                    let by_ip = ep.ip == host;
                    let by_name = user_defined
                        && (other.name == host
                            || other.short_id() == host
                            || ep.aliases.iter().any(|a| a == host));
                    if by_ip || by_name {
                        return Ok(i);
                    }
                }
            }
            return Err(NetError::UnknownHost);
        }
        // From the host, container addresses on the bridge are reachable (Linux), names are not.
        self.containers
            .iter()
            .position(|c| {
                c.networks
                    .values()
                    .any(|e| !e.ip.is_empty() && e.ip == host)
            })
            .ok_or(NetError::UnknownHost)
    }

    /// Delivers an HTTP request to a container's port.
    fn http_into(
        &mut self,
        idx: usize,
        port: u16,
        req: &HttpRequest,
        host_port: Option<u16>,
    ) -> Result<HttpResponse, NetError> {
        match self.containers[idx].state {
            ContainerState::Running => {}
            ContainerState::Paused => return Err(NetError::Timeout),
            _ => return Err(NetError::Refused),
        }
        if self.containers[idx].service.is_none() {
            return Err(NetError::Refused);
        }
        let fs = self.container_fs(idx);
        let now = self.now();
        let mut log = Output::default();
        let c = &mut self.containers[idx];
        let Some(service) = c.service.as_mut() else {
            return Err(NetError::Refused);
        };
        let response = service.http(&fs, now, port, req, &mut log);
        let tty = c.config.tty;
        let name = c.name.clone();
        self.record_output(idx, &log, tty);
        let response = response.ok_or(NetError::Refused)?;
        if let Some(host_port) = host_port {
            self.emit(Event::HttpServed {
                host_port,
                container: name,
                path: req.path.clone(),
                status: response.status,
            });
        }
        Ok(response)
    }

    /// The active container publishing a host port, and the container port it forwards to.
    pub fn published(&self, host_port: u16) -> Option<(usize, u16)> {
        self.containers.iter().enumerate().find_map(|(i, c)| {
            if !c.state.is_active() {
                return None;
            }
            c.ports
                .iter()
                .find(|p| p.host_port == host_port && p.proto == "tcp")
                .map(|p| (i, p.container_port))
        })
    }

    /// A request from the learner's machine to `localhost:<port>`.
    pub fn http_to_host_port(
        &mut self,
        port: u16,
        req: &HttpRequest,
    ) -> Result<HttpResponse, NetError> {
        let (idx, container_port) = self.published(port).ok_or(NetError::Refused)?;
        let mut req = req.clone();
        req.remote_addr = "172.17.0.1".to_string();
        self.http_into(idx, container_port, &req, Some(port))
    }

    /// A request to a name or address, from a container (or the host when `from` is `None`).
    pub fn http_to_address(
        &mut self,
        host: &str,
        port: u16,
        req: &HttpRequest,
        from: Option<usize>,
    ) -> Result<HttpResponse, NetError> {
        let idx = self.resolve_address(host, from)?;
        let mut req = req.clone();
        if let Some(from) = from {
            req.remote_addr = self.containers[from]
                .networks
                .values()
                .find(|e| !e.ip.is_empty())
                .map(|e| e.ip.clone())
                .unwrap_or_else(|| "127.0.0.1".to_string());
        }
        self.http_into(idx, port, &req, None)
    }

    /// A Redis command to a container's port.
    fn redis_into(
        &mut self,
        idx: usize,
        port: u16,
        args: &[String],
    ) -> Result<RespValue, NetError> {
        match self.containers[idx].state {
            ContainerState::Running => {}
            ContainerState::Paused => return Err(NetError::Timeout),
            _ => return Err(NetError::Refused),
        }
        let now = self.now();
        let service = self.containers[idx]
            .service
            .as_mut()
            .ok_or(NetError::Refused)?;
        if !service.ports().contains(&port) {
            return Err(NetError::Refused);
        }
        service.redis_at(args, now).ok_or(NetError::Refused)
    }

    /// A Redis command from the learner's machine to a published port.
    pub fn redis_to_host_port(
        &mut self,
        port: u16,
        args: &[String],
    ) -> Result<RespValue, NetError> {
        let (idx, container_port) = self.published(port).ok_or(NetError::Refused)?;
        self.redis_into(idx, container_port, args)
    }

    /// A Redis command to a name or address.
    pub fn redis_to_address(
        &mut self,
        host: &str,
        port: u16,
        args: &[String],
        from: Option<usize>,
    ) -> Result<RespValue, NetError> {
        let idx = self.resolve_address(host, from)?;
        self.redis_into(idx, port, args)
    }
}
