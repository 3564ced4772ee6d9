//! A serialisable snapshot of engine state for the picture in the browser.
//!
//! The browser draws only from this; it never sees engine types. Field names are the contract
//! with `www/`: add fields freely, never rename one.

use serde::Serialize;

/// Everything the picture shows, at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// Local images, newest first.
    pub images: Vec<ImageView>,
    /// Containers that exist (any state), newest first.
    pub containers: Vec<ContainerView>,
    /// Networks.
    pub networks: Vec<NetworkView>,
    /// Named and anonymous volumes.
    pub volumes: Vec<VolumeView>,
    /// Repositories on the stand-in Docker Hub that the learner has pulled from or pushed to.
    pub registry: Vec<RepoView>,
    /// The learner's host files below the working directory's project root.
    pub host_files: Vec<FileView>,
    /// The host shell's working directory.
    pub cwd: String,
    /// How many images exist (`images` holds at most [`MAX_SHOWN`], the newest).
    pub images_total: usize,
    /// How many containers exist (`containers` holds at most [`MAX_SHOWN`], the newest).
    pub containers_total: usize,
    /// Who is logged in to the registry, if anyone.
    pub logged_in_as: Option<String>,
}

/// One local image.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImageView {
    /// `sha256:<64 hex>`.
    pub id: String,
    /// 12-hex short ID.
    pub short_id: String,
    /// Familiar `repo:tag` names; empty for a dangling image.
    pub tags: Vec<String>,
    /// Apparent size in bytes.
    pub size: u64,
    /// Layers, base first.
    pub layers: Vec<LayerView>,
}

/// One layer of an image.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LayerView {
    /// `sha256:<64 hex>`; equal digests in two images are the same, shared layer.
    pub digest: String,
    /// 12-hex short digest.
    pub short: String,
    /// Size in bytes.
    pub size: u64,
    /// The instruction that made it, when known.
    pub created_by: String,
}

/// The label compose marks a project's containers, networks and volumes with.
const COMPOSE_PROJECT: &str = "com.docker.compose.project";

/// One container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ContainerView {
    /// 64-hex ID.
    pub id: String,
    /// 12-hex short ID.
    pub short_id: String,
    /// Name without the leading `/`.
    pub name: String,
    /// The image as the learner typed it.
    pub image: String,
    /// `created`, `running`, `paused`, `restarting`, `exited` or `dead`.
    pub state: String,
    /// The STATUS column of `docker ps`.
    pub status: String,
    /// Published ports.
    pub ports: Vec<PortView>,
    /// Networks the container is attached to.
    pub networks: Vec<String>,
    /// Volume names and bind sources mounted into it.
    pub mounts: Vec<String>,
    /// Bytes in its writable layer.
    pub writable_size: u64,
    /// The compose project it belongs to (`com.docker.compose.project`), for grouping.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Its compose service (`com.docker.compose.service`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}

/// A published port: host → container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PortView {
    /// `0.0.0.0` or a specific address.
    pub host_ip: String,
    /// Port on the learner's machine.
    pub host_port: u16,
    /// Port inside the container.
    pub container_port: u16,
    /// `tcp` or `udp`.
    pub proto: String,
}

/// A network.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NetworkView {
    /// Name (`bridge`, `host`, `none`, or user-defined).
    pub name: String,
    /// `bridge`, `host`, `null`.
    pub driver: String,
    /// Names of attached containers.
    pub containers: Vec<String>,
    /// The compose project that created it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
}

/// A volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct VolumeView {
    /// Volume name (64 hex for anonymous volumes).
    pub name: String,
    /// Containers using it.
    pub used_by: Vec<String>,
    /// Bytes stored.
    pub size: u64,
    /// The compose project that created it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
}

/// A repository on the stand-in Hub.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RepoView {
    /// `node`, `hahava/express-server`.
    pub name: String,
    /// Official image.
    pub official: bool,
    /// Tags the learner has seen or pushed.
    pub tags: Vec<String>,
    /// The learner pushed to it.
    pub pushed: bool,
}

/// A file or directory on the learner's host.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FileView {
    /// Absolute path.
    pub path: String,
    /// Directory or not.
    pub is_dir: bool,
    /// Size in bytes.
    pub size: u64,
}

/// Images and containers the picture draws at most: the page redraws it after every command,
/// and a thousand containers took it past 50 ms (the rest are counted, not drawn).
pub const MAX_SHOWN: usize = 100;

/// Builds the snapshot of an engine (and the host shell's working directory).
pub fn snapshot(engine: &crate::engine::Engine, cwd: &str) -> Snapshot {
    use crate::image::short_id;
    let now = engine.now();
    let all_images = engine.images_newest_first();
    let images_total = all_images.len();
    let images = all_images
        .into_iter()
        .take(MAX_SHOWN)
        .map(|s| {
            let mut created_by = s
                .image
                .history
                .iter()
                .filter(|h| !h.empty_layer)
                .map(|h| h.created_by.clone());
            ImageView {
                id: s.image.id.clone(),
                short_id: short_id(&s.image.id).to_string(),
                tags: engine
                    .tags_of(&s.image.id)
                    .iter()
                    .map(|t| crate::engine::images::familiar(t))
                    .collect(),
                size: s.image.size(),
                layers: s
                    .image
                    .layers
                    .iter()
                    .map(|l| LayerView {
                        digest: l.digest.clone(),
                        short: short_id(&l.digest).to_string(),
                        size: l.size,
                        created_by: created_by.next().unwrap_or_default(),
                    })
                    .collect(),
            }
        })
        .collect();
    let all_containers = engine.containers_newest_first();
    let containers_total = all_containers.len();
    let containers = all_containers
        .into_iter()
        .take(MAX_SHOWN)
        .map(|c| ContainerView {
            id: c.id.clone(),
            short_id: c.short_id().to_string(),
            name: c.name.clone(),
            image: c.config.image.clone(),
            state: c.state.as_str().to_string(),
            status: crate::cli::render::status(c, now),
            ports: if c.state.is_active() {
                c.ports
                    .iter()
                    .map(|p| PortView {
                        host_ip: if p.host_ip.is_empty() {
                            "0.0.0.0".to_string()
                        } else {
                            p.host_ip.clone()
                        },
                        host_port: p.host_port,
                        container_port: p.container_port,
                        proto: p.proto.clone(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            networks: c.networks.keys().cloned().collect(),
            mounts: c
                .mounts
                .iter()
                .map(|m| match &m.source {
                    crate::engine::MountSource::Volume(v) => v.clone(),
                    crate::engine::MountSource::Bind(p) => p.clone(),
                    crate::engine::MountSource::Tmpfs => "tmpfs".to_string(),
                })
                .collect(),
            writable_size: c.writable_size(),
            project: c.config.labels.get(COMPOSE_PROJECT).cloned(),
            service: c.config.labels.get("com.docker.compose.service").cloned(),
        })
        .collect();
    let networks = engine
        .networks
        .values()
        .map(|n| NetworkView {
            name: n.name.clone(),
            driver: n.driver.clone(),
            containers: engine
                .network_members(&n.name)
                .iter()
                .map(|c| c.name.clone())
                .collect(),
            project: n.labels.get(COMPOSE_PROJECT).cloned(),
        })
        .collect();
    let volumes = engine
        .volumes
        .values()
        .map(|v| VolumeView {
            name: v.name.clone(),
            used_by: engine
                .volume_users(&v.name)
                .iter()
                .map(|c| c.name.clone())
                .collect(),
            size: v.data.total_size(),
            project: v.labels.get(COMPOSE_PROJECT).cloned(),
        })
        .collect();
    let registry = engine
        .registry
        .repositories()
        .into_iter()
        .filter(|r| {
            r.pushed
                || engine.tags.keys().any(|t| {
                    crate::engine::images::familiar(t).split(':').next() == Some(r.name.as_str())
                })
        })
        .map(|r| RepoView {
            name: r.name.clone(),
            official: r.official,
            tags: r.tags.clone(),
            pushed: r.pushed,
        })
        .collect();
    let home = crate::vfs::HOME;
    let root = if cwd.starts_with(home) { home } else { cwd };
    let host_files = engine
        .host_fs
        .walk(root)
        .take(200)
        .map(|(p, n)| FileView {
            path: p.clone(),
            is_dir: n.is_dir(),
            size: n.size(),
        })
        .collect();
    Snapshot {
        images,
        containers,
        networks,
        volumes,
        registry,
        host_files,
        cwd: cwd.to_string(),
        images_total,
        containers_total,
        logged_in_as: engine.auth.clone(),
    }
}
