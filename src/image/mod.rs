//! The OCI-shaped image model: layers as file trees, image configs whose digest is the image ID.

pub mod reference;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::vfs::{self, Diff, Tree};

/// The runtime configuration an image carries (`Config` in `docker image inspect`).
///
/// Field names and order follow Docker's JSON so that `inspect` can serialise it directly.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImageConfig {
    /// `USER`.
    #[serde(default)]
    pub user: String,
    /// `EXPOSE`d ports as `"3000/tcp"`, sorted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub exposed_ports: BTreeMap<String, serde_json::Value>,
    /// `ENV` as `KEY=value`, in order of definition.
    #[serde(default)]
    pub env: Vec<String>,
    /// `CMD`; `None` when unset.
    #[serde(default)]
    pub cmd: Option<Vec<String>>,
    /// `HEALTHCHECK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<Healthcheck>,
    /// Whether `CMD`/`ENTRYPOINT` came from shell form (BuildKit records this).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub args_escaped: bool,
    /// `VOLUME`s.
    #[serde(default)]
    pub volumes: Option<BTreeMap<String, serde_json::Value>>,
    /// `WORKDIR` (empty when unset).
    #[serde(default)]
    pub working_dir: String,
    /// `ENTRYPOINT`; `None` when unset.
    #[serde(default)]
    pub entrypoint: Option<Vec<String>>,
    /// `ONBUILD` triggers, as written.
    #[serde(default)]
    pub on_build: Option<Vec<String>>,
    /// `LABEL`s.
    #[serde(default)]
    pub labels: Option<BTreeMap<String, String>>,
    /// `STOPSIGNAL` (e.g. `SIGQUIT`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
    /// `SHELL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shell: Option<Vec<String>>,
}

impl ImageConfig {
    /// The value of an environment variable in `env`.
    pub fn env_var(&self, key: &str) -> Option<&str> {
        self.env.iter().rev().find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == key).then_some(v)
        })
    }

    /// Sets (or replaces) an environment variable, keeping its position when it existed.
    pub fn set_env(&mut self, key: &str, value: &str) {
        let entry = format!("{key}={value}");
        match self
            .env
            .iter_mut()
            .find(|kv| kv.split_once('=').map(|(k, _)| k) == Some(key))
        {
            Some(slot) => *slot = entry,
            None => self.env.push(entry),
        }
    }
}

/// A `HEALTHCHECK` as stored in the image config (durations in nanoseconds).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Healthcheck {
    /// `["CMD-SHELL", "..."]`, `["CMD", ...]` or `["NONE"]`.
    pub test: Vec<String>,
    /// `--interval`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub interval: i64,
    /// `--timeout`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub timeout: i64,
    /// `--start-period`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_period: i64,
    /// `--start-interval`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_interval: i64,
    /// `--retries`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: i64,
}

fn is_zero(v: &i64) -> bool {
    *v == 0
}

/// One filesystem layer: the changes it makes and their content digest (the layer's diff ID).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layer {
    /// `sha256:<hex>` of the diff's canonical serialisation.
    pub digest: String,
    /// What the layer adds, replaces and deletes.
    pub diff: Diff,
    /// Apparent size of what the layer adds, in bytes.
    pub size: u64,
}

impl Layer {
    /// Wraps a diff as a layer, computing its digest and size.
    pub fn from_diff(diff: Diff) -> Layer {
        Layer {
            digest: vfs::diff_digest(&diff),
            size: vfs::diff_size(&diff),
            diff,
        }
    }

    /// A layer whose digest and size are given (catalogue layers whose bytes are mostly virtual).
    pub fn with_size(diff: Diff, size: u64, salt: &str) -> Layer {
        let mut digest_input = vfs::diff_digest(&diff);
        digest_input.push_str(salt);
        Layer {
            digest: vfs::sha256_digest(digest_input.as_bytes()),
            diff,
            size,
        }
    }
}

/// One line of `docker history`: an instruction and whether it made a layer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// Creation time, seconds since the Unix epoch on the virtual clock.
    pub created: i64,
    /// What made it (`RUN /bin/sh -c npm install # buildkit`).
    pub created_by: String,
    /// `buildkit.dockerfile.v0` for BuildKit-built steps.
    #[serde(default)]
    pub comment: String,
    /// True for metadata-only steps (ENV, CMD, ...).
    #[serde(default)]
    pub empty_layer: bool,
}

/// An image: config, layers and history. Its ID is the digest of its config JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// `sha256:<64 hex>`, the digest of [`Image::config_json`].
    pub id: String,
    /// Runtime configuration.
    pub config: ImageConfig,
    /// Layers, base first. Shared between images that share them.
    pub layers: Vec<Arc<Layer>>,
    /// History, oldest first; one entry per instruction.
    pub history: Vec<HistoryEntry>,
    /// Build time, seconds since the epoch.
    pub created: i64,
    /// `amd64`.
    pub architecture: String,
    /// `linux`.
    pub os: String,
    /// The ID of the image this was built from with the legacy builder (empty for BuildKit).
    pub parent: String,
}

impl Image {
    /// Assembles an image and computes its ID from the canonical config JSON.
    pub fn new(
        config: ImageConfig,
        layers: Vec<Arc<Layer>>,
        history: Vec<HistoryEntry>,
        created: i64,
    ) -> Image {
        let mut image = Image {
            id: String::new(),
            config,
            layers,
            history,
            created,
            architecture: "amd64".to_string(),
            os: "linux".to_string(),
            parent: String::new(),
        };
        image.id = vfs::sha256_digest(image.config_json().as_bytes());
        image
    }

    /// The image config document (OCI `application/vnd.oci.image.config.v1+json`).
    pub fn config_json(&self) -> String {
        let diff_ids: Vec<&str> = self.layers.iter().map(|l| l.digest.as_str()).collect();
        let doc = serde_json::json!({
            "architecture": self.architecture,
            "config": self.config,
            "created": crate::clock::rfc3339(self.created),
            "history": self.history,
            "os": self.os,
            "rootfs": { "type": "layers", "diff_ids": diff_ids },
        });
        doc.to_string()
    }

    /// The 12-hex short ID.
    pub fn short_id(&self) -> &str {
        short_id(&self.id)
    }

    /// Total apparent size of all layers.
    pub fn size(&self) -> u64 {
        self.layers.iter().map(|l| l.size).sum()
    }

    /// The merged filesystem of all layers.
    pub fn rootfs(&self) -> Tree {
        let mut tree = Tree::default();
        for layer in &self.layers {
            tree.apply(&layer.diff);
        }
        tree
    }
}

/// The first 12 hex characters of an ID, after any `sha256:` prefix.
pub fn short_id(id: &str) -> &str {
    let hex = id.strip_prefix("sha256:").unwrap_or(id);
    // Twelve characters, not bytes: an ID a learner typed need not be hex.
    let end = hex.char_indices().nth(12).map_or(hex.len(), |(i, _)| i);
    &hex[..end]
}
