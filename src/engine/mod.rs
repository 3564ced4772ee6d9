//! The daemon: all state (images, containers, networks, volumes, ports, clock), its rules, events.
//!
//! Every operation is a method on [`Engine`] that returns a typed result or a [`DaemonError`] and
//! records what it changed as [`Event`]s, which the caller drains with [`Engine::take_events`].
//! The engine never formats terminal text: the `cli` module renders its results.

pub mod build_cache;
pub use crate::clock;
pub mod container;
pub mod daemon_events;
pub mod dbnet;
pub mod distribution;
pub mod error;
pub mod event;
pub mod health;
pub mod hostconfig;
pub mod images;
pub mod lifecycle;
pub mod local_registry;
pub mod names;
pub mod net;
pub mod process;
pub mod resources;
pub mod rootfs;
pub mod storage;
pub mod transfer;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use container::{
    Container, ContainerConfig, ContainerState, Endpoint, LogEntry, Mount, MountSource,
    PortBinding, RestartPolicy,
};
pub use error::DaemonError;
pub use event::{CacheMiss, ErrorKind, Event, ExitReason};

use crate::image::Image;
use crate::vfs::Tree;
use clock::{Clock, Rng};

/// An image in the local store, with the digests it was pulled or pushed by.
#[derive(Clone, Debug)]
pub struct StoredImage {
    /// The image.
    pub image: Image,
    /// `docker.io/library/node@sha256:…` references.
    pub repo_digests: Vec<String>,
    /// When a tag last pointed here (virtual ms).
    pub last_tag_ms: i64,
}

/// A network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Network {
    /// 64-hex ID.
    pub id: String,
    /// Name.
    pub name: String,
    /// `bridge`, `host` or `null`.
    pub driver: String,
    /// `local`.
    pub scope: String,
    /// Subnet (`172.18.0.0/16`), empty for host/none.
    pub subnet: String,
    /// Gateway address.
    pub gateway: String,
    /// Created by the learner (not one of the three defaults).
    pub user_defined: bool,
    /// Creation time (virtual ms).
    pub created_ms: i64,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// `--internal`.
    pub internal: bool,
    /// Next host number to hand out in the subnet.
    pub next_host: u32,
}

/// A volume.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Volume {
    /// Name (64 hex for anonymous volumes).
    pub name: String,
    /// `local`.
    pub driver: String,
    /// Creation time (virtual ms).
    pub created_ms: i64,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// Created without a name (`-v /data`, an image `VOLUME`).
    pub anonymous: bool,
    /// Its content, rooted at `/`.
    pub data: Tree,
    /// Whether it has been populated from an image yet (Docker copies the image's files into
    /// an empty volume on first mount).
    pub initialised: bool,
}

/// The whole daemon state.
#[derive(Clone, Debug)]
pub struct Engine {
    /// Virtual time.
    pub clock: Clock,
    /// Seeded randomness (IDs, names).
    pub rng: Rng,
    /// The learner's machine: the files Docker reads for builds and bind mounts.
    pub host_fs: Tree,
    /// Local images by ID.
    pub images: BTreeMap<String, StoredImage>,
    /// Tags: full reference (`docker.io/library/node:latest`) → image ID.
    pub tags: BTreeMap<String, String>,
    /// Containers in creation order.
    pub containers: Vec<Container>,
    /// Networks by name.
    pub networks: BTreeMap<String, Network>,
    /// Volumes by name.
    pub volumes: BTreeMap<String, Volume>,
    /// The stand-in Docker Hub.
    pub registry: crate::registry::Registry,
    /// Who is logged in to Docker Hub.
    pub auth: Option<String>,
    /// BuildKit's cache: step results and the base images builds used.
    pub build_cache: build_cache::BuildCache,
    /// Merged root filesystems of images, computed once per image.
    image_trees: BTreeMap<String, Arc<Tree>>,
    /// Creation counter.
    seq: u64,
    /// Events recorded since the last [`Engine::take_events`].
    events: Vec<Event>,
    /// The logs of the last container `--rm` removed, so an attached client can still show
    /// what it printed.
    auto_removed_logs: Option<(String, Vec<LogEntry>)>,
    /// Containers this daemon holds at most: [`MAX_CONTAINERS`] (tests lower it to reach it).
    pub container_limit: usize,
    /// Archives `save`/`export` wrote, by the digest of their file, for `load`/`import`.
    pub archives: Vec<(String, transfer::Archive)>,
    /// What `docker events` reports, oldest first.
    pub daemon_log: Vec<daemon_events::DaemonEvent>,
    /// Database clients and what servers wrote meanwhile.
    pub db_state: dbnet::DbState,
    /// Images pushed to registry containers, by ID: what their blob files stand for.
    pub pushed_images: BTreeMap<String, Image>,
}

/// Containers a session holds at most: far beyond what a learner types (a line runs at most 100
/// docker commands, so this takes a thousand such lines on purpose), yet a bound, so a runaway
/// script cannot exhaust the page's memory (a container costs about 2 KB; BENCHMARKS.md).
/// Listing them is linear: `docker ps -a` over 10,000 takes well under 20 ms natively.
pub const MAX_CONTAINERS: usize = 100_000;

impl Engine {
    /// A fresh daemon: no images, no containers, the three default networks.
    pub fn new(seed: u64, start_ms: i64) -> Engine {
        let mut engine = Engine {
            clock: Clock { now_ms: start_ms },
            rng: Rng::new(seed),
            host_fs: Tree::default(),
            images: BTreeMap::new(),
            tags: BTreeMap::new(),
            containers: Vec::new(),
            networks: BTreeMap::new(),
            volumes: BTreeMap::new(),
            registry: crate::registry::Registry::hub(),
            auth: None,
            build_cache: Default::default(),
            image_trees: BTreeMap::new(),
            seq: 0,
            events: Vec::new(),
            auto_removed_logs: None,
            container_limit: MAX_CONTAINERS,
            archives: Vec::new(),
            daemon_log: Vec::new(),
            db_state: Default::default(),
            pushed_images: BTreeMap::new(),
        };
        for (name, driver, subnet) in [
            ("bridge", "bridge", "172.17.0.0/16"),
            ("host", "host", ""),
            ("none", "null", ""),
        ] {
            let id = engine.rng.id64();
            engine.networks.insert(
                name.to_string(),
                Network {
                    id,
                    name: name.to_string(),
                    driver: driver.to_string(),
                    scope: "local".to_string(),
                    gateway: if subnet.is_empty() {
                        String::new()
                    } else {
                        "172.17.0.1".to_string()
                    },
                    subnet: subnet.to_string(),
                    user_defined: false,
                    created_ms: start_ms - 86_400_000,
                    labels: BTreeMap::new(),
                    internal: false,
                    next_host: 2,
                },
            );
        }
        engine
    }

    /// Records an event.
    pub fn emit(&mut self, event: Event) {
        self.record_daemon_event(&event);
        self.events.push(event);
    }

    /// Takes the logs of a container that `--rm` removed (once).
    pub fn take_auto_removed_logs(&mut self, id: &str) -> Option<Vec<LogEntry>> {
        match self.auto_removed_logs.take() {
            Some((removed, logs)) if removed == id => Some(logs),
            other => {
                self.auto_removed_logs = other;
                None
            }
        }
    }

    /// Remembers the logs of a container `--rm` is removing.
    pub(crate) fn keep_auto_removed_logs(&mut self, id: &str, logs: Vec<LogEntry>) {
        self.auto_removed_logs = Some((id.to_string(), logs));
    }

    /// The events recorded since the last [`Engine::take_events`], without taking them.
    pub fn peek_events(&self) -> &[Event] {
        &self.events
    }

    /// Takes the events recorded since the last call.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// The current virtual time in ms.
    pub fn now(&self) -> i64 {
        self.clock.now_ms
    }

    /// A new creation sequence number.
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    // ----- lookups -------------------------------------------------------------------------

    /// Finds a container by full ID, exact name, or unique ID prefix, as the daemon does.
    pub fn find_container(&self, key: &str) -> Result<usize, DaemonError> {
        let key = key.trim_start_matches('/');
        if key.is_empty() {
            return Err(DaemonError::no_such_container(key));
        }
        if let Some(i) = self.containers.iter().rposition(|c| c.id == key) {
            return Ok(i);
        }
        if let Some(i) = self.containers.iter().rposition(|c| c.name == key) {
            return Ok(i);
        }
        let mut matches = self
            .containers
            .iter()
            .enumerate()
            .filter(|(_, c)| c.id.starts_with(key));
        match (matches.next(), matches.next()) {
            (Some((i, _)), None) => Ok(i),
            (Some(_), Some(_)) => Err(DaemonError::other(format!(
                "multiple IDs found with provided prefix: {key}"
            ))),
            _ => Err(DaemonError::no_such_container(key)),
        }
    }

    /// A container by index (as returned by [`Engine::find_container`]).
    pub fn container(&self, index: usize) -> &Container {
        &self.containers[index]
    }

    /// Finds a local image by reference (`node`, `node:20`, `myuser/app:1.0`) or ID prefix.
    pub fn find_image(&self, key: &str) -> Option<String> {
        if let Ok(reference) = crate::image::reference::parse(key) {
            let full = reference.with_default_tag().full();
            if let Some(id) = self.tags.get(&full) {
                return Some(id.clone());
            }
            if reference.digest.is_some() {
                let wanted = reference.full();
                if let Some((id, _)) = self
                    .images
                    .iter()
                    .find(|(_, s)| s.repo_digests.contains(&wanted))
                {
                    return Some(id.clone());
                }
            }
        }
        let hex = key.strip_prefix("sha256:").unwrap_or(key);
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut matches = self
            .images
            .keys()
            .filter(|id| id.strip_prefix("sha256:").unwrap_or(id).starts_with(hex));
        match (matches.next(), matches.next()) {
            (Some(id), None) => Some(id.clone()),
            _ => None,
        }
    }

    /// The full references tagged on an image, sorted.
    pub fn tags_of(&self, image_id: &str) -> Vec<String> {
        self.tags
            .iter()
            .filter(|(_, id)| *id == image_id)
            .map(|(r, _)| r.clone())
            .collect()
    }

    /// Whether any container (in any state) uses an image.
    pub fn image_in_use(&self, image_id: &str) -> bool {
        self.containers.iter().any(|c| c.image_id == image_id)
    }

    /// The merged filesystem of a local image, cached.
    pub fn image_tree(&mut self, image_id: &str) -> Arc<Tree> {
        if let Some(tree) = self.image_trees.get(image_id) {
            return tree.clone();
        }
        let tree = Arc::new(
            self.images
                .get(image_id)
                .map(|s| s.image.rootfs())
                .unwrap_or_default(),
        );
        self.image_trees.insert(image_id.to_string(), tree.clone());
        tree
    }

    /// Adds an image to the store (or refreshes it) without tagging it.
    pub fn store_image(&mut self, image: Image) -> String {
        let id = image.id.clone();
        let now = self.now();
        self.images.entry(id.clone()).or_insert(StoredImage {
            image,
            repo_digests: Vec::new(),
            last_tag_ms: now,
        });
        id
    }

    /// Points a full reference at an image; the image that held it before may become dangling.
    pub fn set_tag(&mut self, full: &str, familiar: &str, image_id: &str) {
        let previous = self.tags.insert(full.to_string(), image_id.to_string());
        let now = self.now();
        if let Some(stored) = self.images.get_mut(image_id) {
            stored.last_tag_ms = now;
        }
        if previous.as_deref() == Some(image_id) {
            return;
        }
        self.emit(Event::ImageTagged {
            image_id: image_id.to_string(),
            reference: familiar.to_string(),
        });
        if let Some(old) = previous {
            let still_tagged = self.tags.values().any(|id| *id == old);
            let has_digest = self
                .images
                .get(&old)
                .is_some_and(|s| !s.repo_digests.is_empty());
            if !still_tagged && !has_digest {
                self.emit(Event::ImageDangling {
                    image_id: old,
                    previous: familiar.to_string(),
                });
            }
        }
    }

    /// Whether a layer digest is present in any local image.
    pub fn has_layer(&self, digest: &str) -> bool {
        self.images
            .values()
            .any(|s| s.image.layers.iter().any(|l| l.digest == digest))
    }

    /// Containers sorted newest first (the order `docker ps` lists them in).
    pub fn containers_newest_first(&self) -> Vec<&Container> {
        let mut list: Vec<&Container> = self.containers.iter().collect();
        crate::sort::sort_by_key(&mut list, |c| std::cmp::Reverse(c.seq));
        list
    }

    /// Images sorted newest first (the order `docker images` lists them in).
    pub fn images_newest_first(&self) -> Vec<&StoredImage> {
        let mut list: Vec<&StoredImage> = self.images.values().collect();
        crate::sort::sort_by(&mut list, |a, b| {
            b.image
                .created
                .cmp(&a.image.created)
                .then_with(|| a.image.id.cmp(&b.image.id))
        });
        list
    }

    /// A fresh container ID that no container has.
    pub fn new_container_id(&mut self) -> String {
        loop {
            let id = self.rng.id64();
            if !self.containers.iter().any(|c| c.id == id) {
                return id;
            }
        }
    }

    /// A random name no container has, with Docker's retry rule.
    pub fn new_container_name(&mut self, short_id: &str) -> String {
        for retry in 0..6 {
            let name = names::random_name(&mut self.rng, retry);
            if !self.containers.iter().any(|c| c.name == name) {
                return name;
            }
        }
        short_id.to_string()
    }

    /// The next creation sequence number for a container.
    pub fn container_seq(&mut self) -> u64 {
        self.next_seq()
    }

    /// The manifest digest the registry serves for a full reference (for build step names).
    pub fn registry_digest(&mut self, full: &str) -> String {
        let Ok(r) = crate::image::reference::parse(full) else {
            return String::new();
        };
        let tag = r
            .digest
            .clone()
            .or(r.tag.clone())
            .unwrap_or_else(|| "latest".into());
        // A registry of the learner's own: the digest it gave when pushed or pulled.
        if local_registry::is_private_host(&r.domain) {
            let prefix = format!("{}/{}@", r.domain, r.path);
            let known = self
                .tags
                .get(&r.with_default_tag().full())
                .and_then(|id| self.images.get(id))
                .and_then(|s| s.repo_digests.iter().find_map(|d| d.strip_prefix(&prefix)))
                .map(str::to_string);
            return known
                .or_else(|| self.local_registry_digest(&r.domain, &r.path, &tag))
                .unwrap_or_default();
        }
        self.registry
            .resolve(&r.path, &tag)
            .map(|p| p.manifest_digest)
            .unwrap_or_default()
    }

    /// (records, bytes) of the build cache, for `system df`.
    pub fn build_cache_size(&self) -> (usize, u64) {
        self.build_cache.usage()
    }

    /// Empties the build cache; returns the removed record IDs and bytes.
    pub fn prune_build_cache(&mut self, all: bool) -> (Vec<String>, u64) {
        let _ = all;
        let (_, bytes) = self.build_cache.usage();
        let ids: Vec<String> = self
            .build_cache
            .steps
            .iter()
            .filter(|(_, s)| s.layer.is_some())
            .map(|(k, _)| k.trim_start_matches("sha256:")[..25].to_string())
            .collect();
        self.build_cache = Default::default();
        (ids, bytes)
    }

    /// Invalidates the cached tree of an image (after it is deleted).
    pub fn forget_image_tree(&mut self, image_id: &str) {
        self.image_trees.remove(image_id);
    }
}
