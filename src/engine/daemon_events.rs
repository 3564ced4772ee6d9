//! The daemon's own event stream (`docker events`): what Docker reports for each state change,
//! recorded as the engine emits its [`Event`]s, with Docker's types, actions and attributes.

use super::{Engine, Event, ExitReason};

/// One message of `docker events`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaemonEvent {
    /// When, virtual milliseconds.
    pub ms: i64,
    /// `container`, `image`, `network`, `volume`.
    pub kind: &'static str,
    /// `create`, `start`, `die`, `exec_start: ls /`, …
    pub action: String,
    /// The object's ID (or name, for volumes and image references).
    pub id: String,
    /// Attributes, sorted by key as Docker prints them.
    pub attributes: Vec<(String, String)>,
}

/// Messages the daemon keeps at most.
const MAX_DAEMON_EVENTS: usize = 2_000;

impl Engine {
    fn daemon_event(
        &mut self,
        kind: &'static str,
        action: &str,
        id: &str,
        mut attributes: Vec<(String, String)>,
    ) {
        crate::sort::sort_by_key(&mut attributes, |(k, _)| k.clone());
        if self.daemon_log.len() >= MAX_DAEMON_EVENTS {
            self.daemon_log.remove(0);
        }
        let ms = self.now();
        self.daemon_log.push(DaemonEvent {
            ms,
            kind,
            action: action.to_string(),
            id: id.to_string(),
            attributes,
        });
    }

    /// A container's attributes: its labels, image and name (remembered from its last
    /// message once it is gone).
    fn container_attributes(&self, id: &str, name: &str) -> Vec<(String, String)> {
        if let Some(c) = self.containers.iter().rev().find(|c| c.id == id) {
            let mut a: Vec<(String, String)> = c
                .config
                .labels
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            a.push(("image".to_string(), c.config.image.clone()));
            a.push(("name".to_string(), name.to_string()));
            return a;
        }
        self.daemon_log
            .iter()
            .rev()
            .find(|e| e.kind == "container" && e.id == id)
            .map(|e| {
                e.attributes
                    .iter()
                    .filter(|(k, _)| {
                        !matches!(
                            k.as_str(),
                            "exitCode" | "execDuration" | "signal" | "execID" | "oldName"
                        )
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_else(|| vec![("name".to_string(), name.to_string())])
    }

    fn container_event(&mut self, action: &str, id: &str, name: &str, extra: &[(&str, String)]) {
        let mut a = self.container_attributes(id, name);
        a.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
        self.daemon_event("container", action, id, a);
    }

    fn network_id(&self, name: &str) -> String {
        self.networks
            .get(name)
            .map(|n| n.id.clone())
            .unwrap_or_else(|| name.to_string())
    }

    /// Records what Docker's event stream says about an engine event.
    pub(crate) fn record_daemon_event(&mut self, event: &Event) {
        let s = |v: &str| v.to_string();
        match event {
            Event::ContainerCreated { id, name, .. } => {
                self.container_event("create", id, name, &[])
            }
            Event::ContainerStarted { id, name, .. } => {
                let networks: Vec<(String, String)> = self
                    .containers
                    .iter()
                    .rev()
                    .find(|c| c.id == *id)
                    .map(|c| {
                        c.networks
                            .keys()
                            .map(|n| {
                                (
                                    n.clone(),
                                    self.networks
                                        .get(n)
                                        .map(|x| x.driver.clone())
                                        .unwrap_or_default(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                for (net, driver) in networks {
                    let nid = self.network_id(&net);
                    self.daemon_event(
                        "network",
                        "connect",
                        &nid,
                        vec![
                            (s("container"), id.clone()),
                            (s("name"), net),
                            (s("type"), driver),
                        ],
                    );
                }
                self.container_event("start", id, name, &[]);
            }
            Event::ContainerSignalled {
                id, name, signal, ..
            } => {
                let n = super::lifecycle::signal_number(signal).unwrap_or(15);
                self.container_event("kill", id, name, &[("signal", n.to_string())]);
            }
            Event::ContainerExited {
                id,
                name,
                exit_code,
                reason,
            } => {
                if matches!(reason, ExitReason::OutOfMemory { .. }) {
                    self.container_event("oom", id, name, &[]);
                }
                let started = self
                    .containers
                    .iter()
                    .rev()
                    .find(|c| c.id == *id)
                    .and_then(|c| c.started_ms)
                    .unwrap_or(self.now());
                let secs = ((self.now() - started) / 1000).max(0);
                self.container_event(
                    "die",
                    id,
                    name,
                    &[
                        ("execDuration", secs.to_string()),
                        ("exitCode", exit_code.to_string()),
                    ],
                );
                if let Some(c) = self.containers.iter().rev().find(|c| c.id == *id) {
                    let nets: Vec<String> = c.networks.keys().cloned().collect();
                    for net in nets {
                        let driver = self
                            .networks
                            .get(&net)
                            .map(|x| x.driver.clone())
                            .unwrap_or_default();
                        let nid = self.network_id(&net);
                        self.daemon_event(
                            "network",
                            "disconnect",
                            &nid,
                            vec![
                                (s("container"), id.clone()),
                                (s("name"), net),
                                (s("type"), driver),
                            ],
                        );
                    }
                }
            }
            Event::ContainerPaused { id, name } => self.container_event("pause", id, name, &[]),
            Event::ContainerUnpaused { id, name } => self.container_event("unpause", id, name, &[]),
            Event::ContainerRemoved { id, name, .. } => {
                self.container_event("destroy", id, name, &[])
            }
            Event::ContainerRenamed { id, from, to } => {
                self.container_event("rename", id, to, &[("oldName", format!("/{from}"))])
            }
            Event::ExecRan {
                container,
                command,
                exit_code,
            } => {
                let Some((id, name)) = self
                    .containers
                    .iter()
                    .find(|c| c.name == *container)
                    .map(|c| (c.id.clone(), c.name.clone()))
                else {
                    return;
                };
                let exec_id = crate::vfs::sha256_digest(
                    format!("{id}{command}{}", self.daemon_log.len()).as_bytes(),
                );
                let exec_id = exec_id.trim_start_matches("sha256:").to_string();
                let with_exec = [("execID", exec_id.clone())];
                self.container_event(&format!("exec_create: {command}"), &id, &name, &with_exec);
                self.container_event(&format!("exec_start: {command}"), &id, &name, &with_exec);
                self.container_event(
                    "exec_die",
                    &id,
                    &name,
                    &[("execID", exec_id), ("exitCode", exit_code.to_string())],
                );
            }
            Event::ContainerCommitted {
                container,
                image_id,
            } => {
                if let Some((id, name)) = self
                    .containers
                    .iter()
                    .find(|c| c.name == *container)
                    .map(|c| (c.id.clone(), c.name.clone()))
                {
                    self.container_event("commit", &id, &name, &[("comment", String::new())]);
                }
                let _ = image_id;
            }
            Event::HealthStatusChanged {
                id, name, status, ..
            } => self.container_event(&format!("health_status: {status}"), id, name, &[]),
            Event::ContainerUpdated { id, name, .. } => {
                self.container_event("update", id, name, &[])
            }
            Event::ContainerExported { container, .. } => {
                if let Some((id, name)) = self
                    .containers
                    .iter()
                    .find(|c| c.name == *container)
                    .map(|c| (c.id.clone(), c.name.clone()))
                {
                    self.container_event("export", &id, &name, &[]);
                }
            }
            Event::ImagePulled {
                reference,
                image_id,
                ..
            } => {
                // A pull reports itself, not the tag it set on the way.
                if self
                    .daemon_log
                    .last()
                    .is_some_and(|e| e.kind == "image" && e.action == "tag" && e.id == *image_id)
                {
                    self.daemon_log.pop();
                }
                let name = reference.split(':').next().unwrap_or(reference).to_string();
                self.daemon_event("image", "pull", reference, vec![(s("name"), name)]);
            }
            Event::ImageTagged {
                image_id,
                reference,
            } => self.daemon_event(
                "image",
                "tag",
                image_id,
                vec![(s("name"), reference.clone())],
            ),
            Event::ImageUntagged { image_id, .. } => self.daemon_event(
                "image",
                "untag",
                image_id,
                vec![(s("name"), image_id.clone())],
            ),
            Event::ImageDeleted { image_id, .. } => self.daemon_event(
                "image",
                "delete",
                image_id,
                vec![(s("name"), image_id.clone())],
            ),
            Event::LocalRegistryPushed { reference, .. } => self.daemon_event(
                "image",
                "push",
                reference,
                vec![(s("name"), reference.clone())],
            ),
            Event::LocalRegistryPulled { reference, .. } => {
                let name = reference
                    .rsplit_once(':')
                    .filter(|(_, tag)| !tag.contains('/'))
                    .map_or(reference.as_str(), |(n, _)| n)
                    .to_string();
                self.daemon_event("image", "pull", reference, vec![(s("name"), name)]);
            }
            Event::ImagePushed { reference, .. } => self.daemon_event(
                "image",
                "push",
                reference,
                vec![(s("name"), reference.clone())],
            ),
            Event::ImagesSaved { images, .. } => {
                for i in images {
                    self.daemon_event("image", "save", i, vec![(s("name"), i.clone())]);
                }
            }
            Event::ImageLoaded { image } => {
                let id = self.find_image(image).unwrap_or_else(|| image.clone());
                self.daemon_event("image", "load", &id, vec![(s("name"), id.clone())])
            }
            Event::ImageImported { image_id, .. } => self.daemon_event(
                "image",
                "import",
                image_id,
                vec![(s("name"), image_id.clone())],
            ),
            Event::NetworkCreated { name } => {
                let nid = self.network_id(name);
                let driver = self
                    .networks
                    .get(name)
                    .map(|n| n.driver.clone())
                    .unwrap_or_else(|| s("bridge"));
                self.daemon_event(
                    "network",
                    "create",
                    &nid,
                    vec![(s("name"), name.clone()), (s("type"), driver)],
                );
            }
            Event::NetworkRemoved { name } => {
                let nid = self
                    .daemon_log
                    .iter()
                    .rev()
                    .find(|e| {
                        e.kind == "network"
                            && e.attributes.iter().any(|(k, v)| k == "name" && v == name)
                    })
                    .map(|e| e.id.clone())
                    .unwrap_or_else(|| name.clone());
                self.daemon_event(
                    "network",
                    "destroy",
                    &nid,
                    vec![(s("name"), name.clone()), (s("type"), s("bridge"))],
                );
            }
            Event::NetworkConnected { network, container }
            | Event::NetworkDisconnected { network, container } => {
                let action = if matches!(event, Event::NetworkConnected { .. }) {
                    "connect"
                } else {
                    "disconnect"
                };
                let cid = self
                    .containers
                    .iter()
                    .find(|c| c.name == *container || c.id == *container)
                    .map(|c| c.id.clone())
                    .unwrap_or_else(|| container.clone());
                let nid = self.network_id(network);
                let driver = self
                    .networks
                    .get(network)
                    .map(|n| n.driver.clone())
                    .unwrap_or_default();
                self.daemon_event(
                    "network",
                    action,
                    &nid,
                    vec![
                        (s("container"), cid),
                        (s("name"), network.clone()),
                        (s("type"), driver),
                    ],
                );
            }
            Event::VolumeCreated { name, .. } => {
                self.daemon_event("volume", "create", name, vec![(s("driver"), s("local"))])
            }
            Event::VolumeRemoved { name } => {
                self.daemon_event("volume", "destroy", name, vec![(s("driver"), s("local"))])
            }
            Event::VolumeMounted {
                source,
                target,
                container,
                bind,
            } if !*bind => {
                let cid = self
                    .containers
                    .iter()
                    .find(|c| c.name == *container)
                    .map(|c| c.id.clone())
                    .unwrap_or_else(|| container.clone());
                self.daemon_event(
                    "volume",
                    "mount",
                    source,
                    vec![
                        (s("container"), cid),
                        (s("destination"), target.clone()),
                        (s("driver"), s("local")),
                        (s("propagation"), String::new()),
                        (s("read/write"), s("true")),
                    ],
                );
            }
            _ => {}
        }
    }

    /// Records `docker stop`'s own message, after the container died.
    pub(crate) fn record_stop(&mut self, idx: usize) {
        let (id, name) = (
            self.containers[idx].id.clone(),
            self.containers[idx].name.clone(),
        );
        self.container_event("stop", &id, &name, &[]);
    }
}
