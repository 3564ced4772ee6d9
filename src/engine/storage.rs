//! Volumes and networks: creation, removal, connection.

use std::collections::BTreeMap;

use super::{Engine, Event, Volume};
use crate::vfs::Tree;

impl Engine {
    /// Creates a volume by name (no-op when it exists).
    pub fn create_volume_named(
        &mut self,
        name: &str,
        anonymous: bool,
        labels: BTreeMap<String, String>,
    ) {
        if self.volumes.contains_key(name) {
            return;
        }
        let now = self.now();
        self.volumes.insert(
            name.to_string(),
            Volume {
                name: name.to_string(),
                driver: "local".to_string(),
                created_ms: now,
                labels,
                anonymous,
                data: Tree::default(),
                initialised: false,
            },
        );
        self.emit(Event::VolumeCreated {
            name: name.to_string(),
            implicit: true,
        });
    }
}

use super::{DaemonError, Network};

/// Options of `docker network create`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetworkSpec {
    /// Name.
    pub name: String,
    /// `-d` (only `bridge` is simulated).
    pub driver: String,
    /// `--subnet`.
    pub subnet: Option<String>,
    /// `--internal`.
    pub internal: bool,
    /// `--label`.
    pub labels: BTreeMap<String, String>,
}

impl Engine {
    /// Finds a volume by exact name.
    pub fn find_volume(&self, name: &str) -> Result<&Volume, DaemonError> {
        self.volumes
            .get(name)
            .ok_or_else(|| DaemonError::other(format!("get {name}: no such volume")))
    }

    /// `docker volume create`: returns the name (a new 64-hex one when none is given).
    pub fn create_volume(
        &mut self,
        name: Option<&str>,
        labels: BTreeMap<String, String>,
    ) -> Result<String, DaemonError> {
        let name = match name {
            Some(n) => {
                if !super::lifecycle::valid_container_name(n) && n.len() != 1 {
                    return Err(DaemonError::other(format!(
                        "create {n}: \"{n}\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path"
                    )));
                }
                n.to_string()
            }
            None => self.rng.id64(),
        };
        if !self.volumes.contains_key(&name) {
            self.create_volume_named(&name, false, labels);
            if let Some(Event::VolumeCreated { implicit, .. }) = self.events.last_mut() {
                *implicit = false;
            }
        }
        Ok(name)
    }

    /// Containers (any state) that mount a volume.
    pub fn volume_users(&self, name: &str) -> Vec<&super::Container> {
        self.containers
            .iter()
            .filter(|c| {
                c.mounts
                    .iter()
                    .any(|m| m.source == super::MountSource::Volume(name.to_string()))
            })
            .collect()
    }

    /// `docker volume rm`.
    pub fn remove_volume(&mut self, name: &str, force: bool) -> Result<(), DaemonError> {
        if !self.volumes.contains_key(name) {
            if force {
                return Ok(());
            }
            return Err(DaemonError::other(format!("get {name}: no such volume")));
        }
        let users: Vec<String> = self
            .volume_users(name)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        if !users.is_empty() {
            return Err(DaemonError::other(format!(
                "remove {name}: volume is in use - [{}]",
                users.join(", ")
            )));
        }
        self.volumes.remove(name);
        self.emit(Event::VolumeRemoved {
            name: name.to_string(),
        });
        Ok(())
    }

    /// `docker volume prune` (anonymous only unless `all`): removed names and bytes freed.
    pub fn prune_volumes(&mut self, all: bool) -> (Vec<String>, u64) {
        let unused: Vec<String> = self
            .volumes
            .values()
            .filter(|v| (all || v.anonymous) && self.volume_users(&v.name).is_empty())
            .map(|v| v.name.clone())
            .collect();
        let mut bytes = 0;
        for name in &unused {
            if let Some(v) = self.volumes.remove(name) {
                bytes += v.data.total_size();
            }
            self.emit(Event::VolumeRemoved { name: name.clone() });
        }
        (unused, bytes)
    }

    /// Finds a network by name, full ID or unique ID prefix.
    pub fn find_network(&self, key: &str) -> Result<&Network, DaemonError> {
        if let Some(n) = self.networks.get(key) {
            return Ok(n);
        }
        let mut by_id = self
            .networks
            .values()
            .filter(|n| !key.is_empty() && n.id.starts_with(key));
        match (by_id.next(), by_id.next()) {
            (Some(n), None) => Ok(n),
            _ => Err(DaemonError::other(format!("network {key} not found"))),
        }
    }

    /// `docker network create`: returns the new network's ID.
    pub fn create_network(&mut self, spec: &NetworkSpec) -> Result<String, DaemonError> {
        if self.networks.contains_key(&spec.name) {
            return Err(DaemonError::other(format!(
                "network with name {} already exists",
                spec.name
            )));
        }
        let driver = if spec.driver.is_empty() {
            "bridge"
        } else {
            spec.driver.as_str()
        };
        if driver != "bridge" {
            return Err(DaemonError::other(format!("plugin \"{driver}\" not found")));
        }
        let used: Vec<&str> = self.networks.values().map(|n| n.subnet.as_str()).collect();
        let subnet = match &spec.subnet {
            Some(s) => s.clone(),
            None => (18..=31)
                .map(|b| format!("172.{b}.0.0/16"))
                .find(|s| !used.contains(&s.as_str()))
                .unwrap_or_else(|| "192.168.0.0/20".to_string()),
        };
        let gateway = subnet
            .split('/')
            .next()
            .map(|base| {
                let mut parts: Vec<&str> = base.split('.').collect();
                parts.pop();
                format!("{}.1", parts.join("."))
            })
            .unwrap_or_default();
        let id = self.rng.id64();
        let now = self.now();
        self.networks.insert(
            spec.name.clone(),
            Network {
                id: id.clone(),
                name: spec.name.clone(),
                driver: driver.to_string(),
                scope: "local".to_string(),
                subnet,
                gateway,
                user_defined: true,
                created_ms: now,
                labels: spec.labels.clone(),
                internal: spec.internal,
                next_host: 2,
            },
        );
        self.emit(Event::NetworkCreated {
            name: spec.name.clone(),
        });
        Ok(id)
    }

    /// Names of containers attached to a network (running ones have an endpoint).
    pub fn network_members(&self, name: &str) -> Vec<&super::Container> {
        self.containers
            .iter()
            .filter(|c| {
                c.networks
                    .get(name)
                    .is_some_and(|e| !e.ip.is_empty() || c.state.is_active())
            })
            .collect()
    }

    /// `docker network rm`.
    pub fn remove_network(&mut self, key: &str) -> Result<(), DaemonError> {
        let net = self.find_network(key)?.clone();
        if !net.user_defined {
            return Err(DaemonError::other(format!(
                "{} is a pre-defined network and cannot be removed",
                net.name
            )));
        }
        if !self.network_members(&net.name).is_empty() {
            return Err(DaemonError::other(format!(
                "error while removing network: network {} id {} has active endpoints",
                net.name, net.id
            )));
        }
        self.networks.remove(&net.name);
        for c in self.containers.iter_mut() {
            if c.network_mode == net.name {
                c.network_mode = "bridge".to_string();
            }
        }
        self.emit(Event::NetworkRemoved { name: net.name });
        Ok(())
    }

    /// `docker network connect`.
    pub fn connect_network(
        &mut self,
        network: &str,
        idx: usize,
        aliases: Vec<String>,
    ) -> Result<(), DaemonError> {
        let net = self.find_network(network)?.clone();
        let c = &self.containers[idx];
        if c.networks.contains_key(&net.name) {
            return Err(DaemonError::other(format!(
                "endpoint with name {} already exists in network {}",
                c.name, net.name
            )));
        }
        let name = c.name.clone();
        let active = c.state.is_active();
        if !aliases.is_empty() {
            self.emit(Event::NetworkAliasAdded {
                network: net.name.clone(),
                container: name.clone(),
                aliases: aliases.clone(),
            });
        }
        if active {
            self.connect_endpoint(idx, &net.name, aliases);
        } else {
            // A stopped container is attached when it next starts.
            self.containers[idx].networks.insert(
                net.name.clone(),
                super::Endpoint {
                    ip: String::new(),
                    aliases,
                    endpoint_id: String::new(),
                    mac: String::new(),
                },
            );
        }
        self.emit(Event::NetworkConnected {
            network: net.name,
            container: name,
        });
        Ok(())
    }

    /// `docker network disconnect`.
    pub fn disconnect_network(&mut self, network: &str, idx: usize) -> Result<(), DaemonError> {
        let net = self.find_network(network)?.clone();
        let c = &mut self.containers[idx];
        if c.networks.remove(&net.name).is_none() {
            return Err(DaemonError::other(format!(
                "container {} is not connected to network {}",
                c.id, net.name
            )));
        }
        if c.network_mode == net.name {
            c.network_mode = "none".to_string();
        }
        let name = c.name.clone();
        self.emit(Event::NetworkDisconnected {
            network: net.name,
            container: name,
        });
        Ok(())
    }

    /// `docker network prune`: removes unused user-defined networks, returns their names.
    pub fn prune_networks(&mut self) -> Vec<String> {
        let unused: Vec<String> = self
            .networks
            .values()
            .filter(|n| n.user_defined && self.network_members(&n.name).is_empty())
            .map(|n| n.name.clone())
            .collect();
        for name in &unused {
            self.networks.remove(name);
            self.emit(Event::NetworkRemoved { name: name.clone() });
        }
        unused
    }
}
