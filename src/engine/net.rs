//! Container networking: published ports, name resolution on user-defined networks, requests.

use super::{ContainerState, Engine, Event};
use crate::runtime::programs::{HttpRequest, HttpResponse, Lookup, Net, NetError, RespValue};
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

    fn resolve(&mut self, host: &str) -> Option<Vec<String>> {
        let found = self.engine.lookup_name(self.from, host).ok()?;
        Some(found.into_iter().map(|t| t.ip).collect())
    }

    fn lookup(&mut self, name: &str) -> Lookup {
        let Some(me) = self.from else {
            return Lookup::NoNetwork;
        };
        let name = name.trim_end_matches('.');
        if is_ipv4(name) || name.eq_ignore_ascii_case("localhost") {
            return match self.engine.lookup_name(self.from, name) {
                Ok(t) => Lookup::Hosts(t.into_iter().map(|t| t.ip).collect()),
                Err(_) => Lookup::NoNetwork,
            };
        }
        let in_file = self.engine.hosts_records(me, name);
        if !in_file.is_empty() {
            return Lookup::Hosts(in_file.into_iter().map(|t| t.ip).collect());
        }
        self.dns(name)
    }

    fn dns(&mut self, name: &str) -> Lookup {
        let Some(me) = self.from else {
            return Lookup::NoNetwork;
        };
        match self.engine.dns_query(me, name) {
            None => Lookup::NoNetwork,
            Some((server, ips)) if ips.is_empty() => Lookup::NxDomain(server),
            Some((server, ips)) => Lookup::Dns(ips, server),
        }
    }

    fn ping(&mut self, ip: &str) -> bool {
        self.engine.answers_ping(self.from, ip)
    }

    fn connect(&mut self, host: &str, port: u16) -> Result<(), NetError> {
        self.engine.tcp_connect(self.from, host, port)
    }

    fn ptr(&mut self, ip: &str) -> Option<String> {
        let me = self.from?;
        let e = &self.engine;
        e.containers[me].networks.iter().find_map(|(n, mine)| {
            if mine.ip.is_empty() || !e.networks.get(n).is_some_and(|n| n.user_defined) {
                return None;
            }
            e.containers
                .iter()
                .find(|c| c.state.is_active() && c.networks.get(n).is_some_and(|ep| ep.ip == ip))
                .map(|c| format!("{}.{n}", c.name))
        })
    }

    fn listening(&mut self) -> Vec<(u16, String)> {
        self.from
            .map(|i| self.engine.listening(i))
            .unwrap_or_default()
    }

    fn addresses(&mut self) -> Vec<(String, String)> {
        let Some(me) = self.from else {
            return Vec::new();
        };
        let e = &self.engine;
        e.containers[me]
            .networks
            .iter()
            .filter(|(_, ep)| !ep.ip.is_empty())
            .map(|(n, ep)| {
                let prefix = e
                    .networks
                    .get(n)
                    .and_then(|n| n.subnet.split_once('/').map(|(_, p)| p.to_string()))
                    .unwrap_or_else(|| "16".to_string());
                (format!("{}/{prefix}", ep.ip), ep.mac.clone())
            })
            .collect()
    }

    fn tcp_connect(&mut self, host: &str, port: u16) -> Result<(), NetError> {
        self.engine.tcp_reachable(host, port, self.from)
    }
}

/// Where a name led: an address, and the container behind it (none for the host's gateway
/// or an address nothing holds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The IPv4 address.
    pub ip: String,
    /// The container holding that address.
    pub container: Option<usize>,
}

/// The address `host-gateway` stands for in `--add-host` (the default bridge's gateway).
pub const HOST_GATEWAY: &str = "172.17.0.1";

pub use crate::runtime::EMBEDDED_DNS;

/// The nameserver of the Docker host (Docker Desktop's VM), which containers on the default
/// bridge use directly and the embedded DNS forwards to.
pub const HOST_NAMESERVER: &str = "192.168.65.7";

/// A few well-known public names, so that `ping google.com` from a container works as on a
/// machine with internet access (the simulator has no other internet).
const INTERNET: &[(&str, &str)] = &[
    ("google.com", "142.250.207.46"),
    ("www.google.com", "142.250.206.228"),
    ("example.com", "23.192.228.80"),
    ("www.example.com", "23.215.0.136"),
    ("docker.com", "141.193.213.21"),
    ("www.docker.com", "141.193.213.20"),
    ("github.com", "20.200.245.247"),
    ("registry-1.docker.io", "54.236.113.205"),
    ("deb.debian.org", "151.101.2.132"),
    ("dl-cdn.alpinelinux.org", "151.101.2.133"),
    ("archive.ubuntu.com", "91.189.91.83"),
    ("naver.com", "223.130.200.236"),
    ("www.naver.com", "223.130.192.247"),
];

/// The public address of a well-known name.
pub fn internet_address(name: &str) -> Option<&'static str> {
    INTERNET
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, ip)| *ip)
}

fn is_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}

/// Splits `name:ip` (or `name=ip`) of `--add-host`.
fn split_host(entry: &str) -> Option<(&str, &str)> {
    entry.split_once('=').or_else(|| entry.split_once(':'))
}

impl Engine {
    /// Reads `--link`, `--add-host` and `--dns*` for a new container on `network`; a link to a
    /// container that does not exist fails as Docker's daemon does (on the default bridge).
    pub(crate) fn dns_settings(
        &self,
        spec: &super::lifecycle::ContainerSpec,
        network: &str,
    ) -> Result<super::container::DnsSettings, super::DaemonError> {
        let user_defined = self.networks.get(network).is_some_and(|n| n.user_defined);
        if !spec.network_aliases.is_empty() && !user_defined {
            let typed = spec.network.as_deref().unwrap_or("default");
            return Err(super::DaemonError::other(format!(
                "invalid config for network {typed}: invalid endpoint settings:\nnetwork-scoped aliases are only supported for user-defined networks"
            )));
        }
        let mut links = Vec::new();
        for l in &spec.host.links {
            let (name, alias) = l.split_once(':').unwrap_or((l.as_str(), l.as_str()));
            let name = name.trim_start_matches('/');
            let alias = alias.trim_start_matches('/');
            if !user_defined {
                let idx = self.find_container(name).map_err(|e| {
                    super::DaemonError::other(format!(
                        "could not get container for {name}: {}",
                        e.message
                    ))
                })?;
                links.push((self.containers[idx].name.clone(), alias.to_string()));
            } else {
                links.push((name.to_string(), alias.to_string()));
            }
        }
        let extra_hosts = spec
            .host
            .extra_hosts
            .iter()
            .filter_map(|h| split_host(h))
            .map(|(n, ip)| {
                let ip = if ip == "host-gateway" {
                    HOST_GATEWAY
                } else {
                    ip
                };
                (n.to_string(), ip.trim_matches(['[', ']']).to_string())
            })
            .collect();
        Ok(super::container::DnsSettings {
            links,
            extra_hosts,
            servers: spec.host.dns.clone(),
            search: spec.host.dns_search.clone(),
            options: spec.host.dns_options.clone(),
        })
    }

    /// The endpoint a new container will get on its network at start, with its
    /// `--network-alias` names (addresses are given at start).
    pub(crate) fn initial_endpoints(
        &self,
        network: &str,
        aliases: &[String],
    ) -> std::collections::BTreeMap<String, super::Endpoint> {
        let mut map = std::collections::BTreeMap::new();
        if !aliases.is_empty() && self.networks.contains_key(network) {
            map.insert(
                network.to_string(),
                super::Endpoint {
                    ip: String::new(),
                    aliases: aliases.to_vec(),
                    endpoint_id: String::new(),
                    mac: String::new(),
                },
            );
        }
        map
    }

    /// Events for the names a new container got: its aliases and links.
    pub(crate) fn emit_name_events(&mut self, id: &str) {
        let Some(c) = self.containers.iter().find(|c| c.id == id) else {
            return;
        };
        let name = c.name.clone();
        let mut events = Vec::new();
        for (network, ep) in &c.networks {
            if !ep.aliases.is_empty() {
                events.push(Event::NetworkAliasAdded {
                    network: network.clone(),
                    container: name.clone(),
                    aliases: ep.aliases.clone(),
                });
            }
        }
        if !self.uses_embedded_dns_mode(c) {
            for (target, alias) in &c.dns.links {
                events.push(Event::ContainerLinked {
                    container: name.clone(),
                    target: target.clone(),
                    alias: alias.clone(),
                });
            }
        }
        for e in events {
            self.emit(e);
        }
    }

    fn uses_embedded_dns_mode(&self, c: &super::Container) -> bool {
        self.networks
            .get(&c.network_mode)
            .is_some_and(|n| n.user_defined)
    }

    /// The first address of a running container (on any network).
    fn first_ip(&self, idx: usize) -> Option<&str> {
        self.containers[idx]
            .networks
            .values()
            .map(|e| e.ip.as_str())
            .find(|ip| !ip.is_empty())
    }

    /// Whether container `idx` uses Docker's embedded DNS (it is on a user-defined network).
    pub fn uses_embedded_dns(&self, idx: usize) -> bool {
        self.containers[idx]
            .networks
            .keys()
            .any(|n| self.networks.get(n).is_some_and(|n| n.user_defined))
    }

    /// Link entries of `/etc/hosts` on the default bridge: (ip, `alias hostname [name]`).
    fn link_entries(&self, idx: usize) -> Vec<(String, String)> {
        let c = &self.containers[idx];
        if !c.networks.contains_key("bridge") {
            return Vec::new();
        }
        c.dns
            .links
            .iter()
            .filter_map(|(name, alias)| {
                let child = self.containers.iter().find(|o| &o.name == name)?;
                let ip = child.networks.get("bridge").map(|e| e.ip.clone())?;
                if ip.is_empty() {
                    return None;
                }
                let mut names = format!("{alias} {}", child.config.hostname);
                if alias != name {
                    names.push(' ');
                    names.push_str(name);
                }
                Some((ip, names))
            })
            .collect()
    }

    /// The container's `/etc/hosts`, as Docker writes it: localhost lines, `--add-host`
    /// entries, legacy links, then the container's own addresses with its hostname.
    pub fn hosts_file(&self, idx: usize) -> String {
        let c = &self.containers[idx];
        let mut hosts = String::from(
            "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n",
        );
        for (name, ip) in &c.dns.extra_hosts {
            hosts.push_str(&format!("{ip}\t{name}\n"));
        }
        for (ip, names) in self.link_entries(idx) {
            hosts.push_str(&format!("{ip}\t{names}\n"));
        }
        let mut own = c.config.hostname.clone();
        if let Some((short, _)) = own.split_once('.') {
            own = format!("{own} {short}");
        }
        for e in c.networks.values().filter(|e| !e.ip.is_empty()) {
            hosts.push_str(&format!("{}\t{own}\n", e.ip));
        }
        hosts
    }

    /// The container's `/etc/resolv.conf`: the embedded DNS server on user-defined networks,
    /// the host's nameserver on the default bridge, with `--dns*` overrides.
    pub fn resolv_conf(&self, idx: usize) -> String {
        let d = &self.containers[idx].dns;
        let internal = self.uses_embedded_dns(idx);
        let upstream: Vec<String> = if d.servers.is_empty() {
            vec![HOST_NAMESERVER.to_string()]
        } else {
            d.servers.clone()
        };
        let mut s = String::from("# Generated by Docker Engine.\n# This file can be edited; Docker Engine will not make further changes once it\n# has been modified.\n\n");
        let mut options = d.options.clone();
        let ndots_internal = internal && !options.iter().any(|o| o.starts_with("ndots:"));
        if ndots_internal {
            options.push("ndots:0".to_string());
        }
        if internal {
            s.push_str(&format!("nameserver {EMBEDDED_DNS}\n"));
        } else {
            for ns in &upstream {
                s.push_str(&format!("nameserver {ns}\n"));
            }
        }
        if !d.search.is_empty() {
            s.push_str(&format!("search {}\n", d.search.join(" ")));
        }
        if !options.is_empty() {
            s.push_str(&format!("options {}\n", options.join(" ")));
        }
        let how = if internal {
            "internal resolver"
        } else {
            "legacy"
        };
        s.push_str(&format!(
            "\n# Based on host file: '/etc/resolv.conf' ({how})\n"
        ));
        if internal {
            s.push_str(&format!("# ExtServers: [{}]\n", upstream.join(" ")));
        }
        let mut overrides = Vec::new();
        for (set, word) in [
            (!d.servers.is_empty(), "nameservers"),
            (!d.search.is_empty(), "search"),
            (!d.options.is_empty(), "options"),
        ] {
            if set {
                overrides.push(word);
            }
        }
        s.push_str(&format!("# Overrides: [{}]\n", overrides.join(" ")));
        if ndots_internal {
            s.push_str("# Option ndots from: internal\n");
        } else if internal && d.options.iter().any(|o| o.starts_with("ndots:")) {
            s.push_str("# Option ndots from: override\n");
        }
        s
    }

    /// Every address a name resolves to from inside container `from` (or from the host when
    /// `None`), the way the container's resolver finds it: an address as such, `localhost`,
    /// then `/etc/hosts` (own hostname, `--add-host`, links), then Docker's embedded DNS,
    /// which answers only on user-defined networks (container names, `--network-alias`,
    /// `network connect --alias`, short IDs, hostnames, links). `UnknownHost` is NXDOMAIN.
    pub fn lookup_name(&self, from: Option<usize>, name: &str) -> Result<Vec<Target>, NetError> {
        let name = name.trim_end_matches('.');
        let holder = |ip: &str| self.holder_of(ip);
        if is_ipv4(name) {
            let container = match from {
                Some(me) if name.starts_with("127.") => Some(me),
                _ => holder(name),
            };
            return Ok(vec![Target {
                ip: name.to_string(),
                container,
            }]);
        }
        let Some(me) = from else {
            return Err(NetError::UnknownHost);
        };
        let lower = name.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "localhost" | "ip6-localhost" | "ip6-loopback"
        ) || name == "::1"
        {
            return Ok(vec![Target {
                ip: "127.0.0.1".to_string(),
                container: Some(me),
            }]);
        }
        let in_file = self.hosts_records(me, name);
        if !in_file.is_empty() {
            return Ok(in_file);
        }
        let found = self.dns_records(me, name);
        if found.is_empty() {
            Err(NetError::UnknownHost)
        } else {
            Ok(found)
        }
    }

    /// What container `me`'s `/etc/hosts` says of a name (own hostname, `--add-host`, links).
    pub fn hosts_records(&self, me: usize, name: &str) -> Vec<Target> {
        let c = &self.containers[me];
        let holder = |ip: &str| self.holder_of(ip);
        if name.eq_ignore_ascii_case(&c.config.hostname) {
            if let Some(ip) = self.first_ip(me) {
                return vec![Target {
                    ip: ip.to_string(),
                    container: Some(me),
                }];
            }
        }
        c.dns
            .extra_hosts
            .iter()
            .filter(|(n, ip)| n.eq_ignore_ascii_case(name) && is_ipv4(ip))
            .map(|(_, ip)| Target {
                ip: ip.clone(),
                container: holder(ip),
            })
            .chain(
                self.link_entries(me)
                    .into_iter()
                    .filter(|(_, names)| names.split(' ').any(|n| n.eq_ignore_ascii_case(name)))
                    .map(|(ip, _)| Target {
                        container: holder(&ip),
                        ip,
                    }),
            )
            .take(1)
            .collect()
    }

    /// The running container holding an address.
    fn holder_of(&self, ip: &str) -> Option<usize> {
        self.containers.iter().position(|c| {
            c.state.is_active() && c.networks.values().any(|e| !e.ip.is_empty() && e.ip == ip)
        })
    }

    /// What Docker's embedded DNS answers container `me` for a name: records of every
    /// user-defined network it is on (names, aliases, short IDs, hostnames, its links).
    pub fn dns_records(&self, me: usize, name: &str) -> Vec<Target> {
        let c = &self.containers[me];
        let mut found = Vec::new();
        for (net_name, mine) in &c.networks {
            if mine.ip.is_empty() || !self.networks.get(net_name).is_some_and(|n| n.user_defined) {
                continue;
            }
            let linked: Option<&str> = c
                .dns
                .links
                .iter()
                .find(|(n, alias)| alias.eq_ignore_ascii_case(name) || n.eq_ignore_ascii_case(name))
                .map(|(n, _)| n.as_str());
            for (i, other) in self.containers.iter().enumerate() {
                let Some(ep) = other.networks.get(net_name) else {
                    continue;
                };
                if ep.ip.is_empty() || !other.state.is_active() {
                    continue;
                }
                let named = other.name.eq_ignore_ascii_case(name)
                    || other.short_id().eq_ignore_ascii_case(name)
                    || other.config.hostname.eq_ignore_ascii_case(name)
                    || ep.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
                    || linked == Some(other.name.as_str());
                if named && !found.iter().any(|t: &Target| t.ip == ep.ip) {
                    found.push(Target {
                        ip: ep.ip.clone(),
                        container: Some(i),
                    });
                }
            }
        }
        found
    }

    /// A DNS query from container `me` as `nslookup`/`dig` send it: the server asked, and
    /// the addresses (empty for NXDOMAIN). `None` when the container has no network.
    pub fn dns_query(&self, me: usize, name: &str) -> Option<(String, Vec<String>)> {
        let c = &self.containers[me];
        if c.networks.values().all(|e| e.ip.is_empty()) {
            return None;
        }
        let name = name.trim_end_matches('.');
        let internal = self.uses_embedded_dns(me);
        let server = if internal {
            EMBEDDED_DNS.to_string()
        } else {
            c.dns
                .servers
                .first()
                .cloned()
                .unwrap_or_else(|| HOST_NAMESERVER.to_string())
        };
        let mut ips: Vec<String> = if internal {
            self.dns_records(me, name)
                .into_iter()
                .map(|t| t.ip)
                .collect()
        } else {
            Vec::new()
        };
        if ips.is_empty() {
            ips = internet_address(name)
                .into_iter()
                .map(str::to_string)
                .collect();
        }
        Some((server, ips))
    }

    /// What a name or address means from inside container `from` (or from the host when
    /// `None`): the one resolution every client program uses (`curl`, `mysql -h`,
    /// `redis-cli -h`, `ping`). The first answer wins, as a resolver's caller takes it.
    pub fn resolve_name(&self, from: Option<usize>, name: &str) -> Result<Target, NetError> {
        self.lookup_name(from, name)?
            .into_iter()
            .next()
            .ok_or(NetError::UnknownHost)
    }

    /// Which container a name or address means from inside container `from` (or from the host
    /// when `None`); an address nobody holds times out.
    pub fn resolve_address(&self, host: &str, from: Option<usize>) -> Result<usize, NetError> {
        self.resolve_name(from, host)?
            .container
            .ok_or(NetError::Timeout)
    }

    /// Whether `ip` answers a ping from container `from` (or the host): a running container
    /// on a network both share, the container itself, or a gateway.
    pub fn answers_ping(&self, from: Option<usize>, ip: &str) -> bool {
        if ip.starts_with("127.") {
            return true;
        }
        let gateways = self.networks.values().any(|n| n.gateway == ip);
        let Some(me) = from else {
            return gateways
                || self.containers.iter().any(|c| {
                    c.state == ContainerState::Running && c.networks.values().any(|e| e.ip == ip)
                });
        };
        let mine = &self.containers[me].networks;
        if mine.values().all(|e| e.ip.is_empty()) {
            return false;
        }
        if INTERNET.iter().any(|(_, a)| *a == ip) || matches!(ip, "8.8.8.8" | "8.8.4.4" | "1.1.1.1")
        {
            return true;
        }
        if mine
            .keys()
            .any(|n| self.networks.get(n).is_some_and(|n| n.gateway == ip))
        {
            return true;
        }
        self.containers.iter().any(|c| {
            c.state == ContainerState::Running
                && c.networks
                    .iter()
                    .any(|(n, e)| e.ip == ip && mine.get(n).is_some_and(|m| !m.ip.is_empty()))
        })
    }

    /// A TCP connection to a name or address from container `from` (or the host): whether
    /// something accepts it.
    pub fn tcp_connect(&self, from: Option<usize>, host: &str, port: u16) -> Result<(), NetError> {
        let target = self.resolve_name(from, host)?;
        let Some(idx) = target.container else {
            if self.networks.values().any(|n| n.gateway == target.ip) {
                return self.tcp_to_host_port(port);
            }
            return Err(NetError::Timeout);
        };
        self.tcp_into(idx, port, false)
    }

    /// A TCP connection from the learner's machine to `localhost:<port>`.
    pub fn tcp_to_host_port(&self, port: u16) -> Result<(), NetError> {
        let (idx, container_port) = self.published(port).ok_or(NetError::Refused)?;
        self.tcp_into(idx, container_port, true)
    }

    fn tcp_into(&self, idx: usize, port: u16, proxied: bool) -> Result<(), NetError> {
        match self.containers[idx].state {
            ContainerState::Running => {}
            ContainerState::Paused => return Err(NetError::Timeout),
            _ => return Err(NetError::Refused),
        }
        if self.listening(idx).iter().any(|(p, _)| *p == port) {
            Ok(())
        } else if proxied {
            Err(NetError::Reset)
        } else {
            Err(NetError::Refused)
        }
    }

    /// The TCP ports container `idx` listens on, with the program that holds each.
    pub fn listening(&self, idx: usize) -> Vec<(u16, String)> {
        let c = &self.containers[idx];
        match (&c.service, c.state) {
            (Some(s), ContainerState::Running | ContainerState::Paused) => s
                .ports()
                .into_iter()
                .map(|p| (p, s.pid1_name().to_string()))
                .collect(),
            _ => Vec::new(),
        }
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
            return Err(if host_port.is_some() {
                NetError::Reset
            } else {
                NetError::Refused
            });
        }
        // An app that talks to another server per request (WordPress's database) sees it as
        // it is now.
        let peers: Vec<(String, u16)> = self.containers[idx]
            .service
            .as_mut()
            .map(|s| {
                s.peers_mut()
                    .iter()
                    .map(|p| (p.host.clone(), p.port))
                    .collect()
            })
            .unwrap_or_default();
        let status: Vec<Result<(), NetError>> = peers
            .iter()
            .map(|(h, p)| self.tcp_reachable(h, *p, Some(idx)))
            .collect();
        if let Some(service) = self.containers[idx].service.as_mut() {
            for (peer, st) in service.peers_mut().iter_mut().zip(status) {
                peer.status = st;
            }
        }
        let fs = self.container_fs(idx);
        let now = self.now();
        let mut log = Output::default();
        let c = &mut self.containers[idx];
        let Some(service) = c.service.as_mut() else {
            return Err(NetError::Refused);
        };
        let response = service.http(&fs, now, port, req, &mut log);
        let write = service.take_write();
        let sql = service.take_sql();
        let tty = c.config.tty;
        let name = c.name.clone();
        self.record_output(idx, &log, tty);
        // An app that wrote a file while answering (its SQLite database) changes the
        // container's files, or the volume mounted there.
        if let Some((path, data)) = write {
            let mut fs = fs;
            fs.insert(&path, crate::vfs::Node::file(data));
            self.store_container_fs(idx, fs);
        }
        // An app that wrote to its MySQL server while answering (the todo app's items).
        if let Some((host, mut conn, statements)) = sql {
            for q in statements {
                let op = crate::runtime::programs::db::DbOp::Query(q);
                let _ = self.db_request(Some(idx), &host, 3306, &mut conn, &op, true);
            }
        }
        // Through a published port the proxy has accepted the connection already, so a port
        // nothing listens on resets it instead of refusing it.
        let nothing = if host_port.is_some() {
            NetError::Reset
        } else {
            NetError::Refused
        };
        let response = response.ok_or(nothing)?;
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

    /// Whether a TCP connection to host:port from container `from` succeeds: the name resolves
    /// to a running container whose main process listens on that port.
    pub fn tcp_reachable(
        &self,
        host: &str,
        port: u16,
        from: Option<usize>,
    ) -> Result<(), NetError> {
        let idx = self.resolve_address(host, from)?;
        let c = &self.containers[idx];
        match c.state {
            ContainerState::Running => {}
            ContainerState::Paused => return Err(NetError::Timeout),
            _ => return Err(NetError::Refused),
        }
        match &c.service {
            Some(s) if s.ports().contains(&port) => Ok(()),
            _ => Err(NetError::Refused),
        }
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
        // docker-proxy connects from the gateway of the network the container is on.
        req.remote_addr = self.containers[idx]
            .networks
            .keys()
            .find_map(|n| self.networks.get(n).map(|n| n.gateway.clone()))
            .filter(|g| !g.is_empty())
            .unwrap_or_else(|| HOST_GATEWAY.to_string());
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
        let target = self.resolve_name(from, host)?;
        let Some(idx) = target.container else {
            // A gateway is the Docker host: its published ports answer there.
            if self.networks.values().any(|n| n.gateway == target.ip) {
                return self.http_to_host_port(port, req);
            }
            return Err(NetError::Timeout);
        };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Session, SessionConfig};

    fn session(lines: &[&str]) -> Session {
        let mut s = Session::new(SessionConfig::default());
        for l in lines {
            s.run(l);
        }
        s
    }

    fn idx(s: &Session, name: &str) -> usize {
        s.engine().find_container(name).expect("container exists")
    }

    #[test]
    fn user_networks_resolve_names_aliases_and_short_ids_the_bridge_does_not() {
        let s = session(&[
            "docker network create appnet",
            "docker run -d --name web --network appnet --network-alias site nginx",
            "docker run -d --name client --network appnet busybox sleep 600",
            "docker run -d --name plain busybox sleep 600",
        ]);
        let e = s.engine();
        let (web, client, plain) = (idx(&s, "web"), idx(&s, "client"), idx(&s, "plain"));
        for name in ["web", "WEB", "site", &e.containers[web].id[..12]] {
            let t = e.resolve_name(Some(client), name).expect(name);
            assert_eq!(t.container, Some(web), "{name}");
        }
        assert_eq!(
            e.resolve_name(Some(plain), "web"),
            Err(NetError::UnknownHost)
        );
        assert_eq!(
            e.resolve_name(Some(client), "nope"),
            Err(NetError::UnknownHost)
        );
        assert_eq!(e.resolve_address("localhost", Some(client)), Ok(client));
        // From the host, names mean nothing but addresses reach the container.
        assert_eq!(e.resolve_name(None, "web"), Err(NetError::UnknownHost));
        let ip = e.containers[web].networks["appnet"].ip.clone();
        assert_eq!(e.resolve_address(&ip, None), Ok(web));
        assert!(e
            .resolv_conf(client)
            .contains("nameserver 127.0.0.11\noptions ndots:0\n"));
        assert!(e.resolv_conf(plain).contains("nameserver 192.168.65.7\n\n"));
    }

    #[test]
    fn links_and_extra_hosts_go_through_etc_hosts() {
        let mut s = session(&["docker run -d --name db busybox sleep 600"]);
        let r = s.run(
            "docker run -d --name app --link db:database --add-host api:10.1.2.3 busybox sleep 600",
        );
        assert_eq!(r.status, 0);
        let e = s.engine();
        let (db, app) = (idx(&s, "db"), idx(&s, "app"));
        assert_eq!(
            e.resolve_name(Some(app), "database").unwrap().container,
            Some(db)
        );
        assert_eq!(e.resolve_name(Some(app), "db").unwrap().container, Some(db));
        assert_eq!(e.resolve_name(Some(app), "api").unwrap().ip, "10.1.2.3");
        let hosts = e.hosts_file(app);
        assert!(hosts.contains("10.1.2.3\tapi\n"));
        assert!(hosts.contains(&format!("\tdatabase {} db\n", &e.containers[db].id[..12])));
        assert!(r
            .events
            .iter()
            .any(|ev| matches!(ev, Event::ContainerLinked { alias, .. } if alias == "database")));
        let bad = s.run("docker run --link ghost busybox true");
        assert_eq!(bad.status, 125);
        assert!(bad
            .output
            .text()
            .contains("could not get container for ghost: No such container: ghost"));
    }

    #[test]
    fn a_published_port_with_nothing_behind_it_resets() {
        let mut s = session(&["docker run -d -p 8080:80 --name idle busybox sleep 600"]);
        let out = s.run("curl localhost:8080").output.text();
        assert_eq!(out, "curl: (56) Recv failure: Connection reset by peer\n");
        let out = s.run("curl localhost:8081").output.text();
        assert!(out.starts_with("curl: (7) Failed to connect to localhost port 8081"));
    }
}
