//! The image store's rules: tag, remove (with Docker's conflict rules), prune, commit.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::error::DaemonError;
use super::event::{ErrorKind, Event};
use super::{ContainerState, Engine};
use crate::image::reference::{self, Reference};
use crate::image::{short_id, HistoryEntry, Image, Layer};
use crate::vfs;

/// One line of `docker rmi` / `docker image prune` output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemovedLine {
    /// A reference was removed from an image (`Untagged: nginx:latest`).
    Untagged(String),
    /// An image or layer was deleted (`Deleted: sha256:…`).
    Deleted(String),
}

/// The familiar form of a full reference (`docker.io/library/node:latest` → `node:latest`).
///
/// References in the store are always normalised, so dropping Docker Hub's prefixes is exact
/// (and much cheaper than parsing, which listings of thousands of tags would feel).
pub fn familiar(full: &str) -> String {
    if let Some(rest) = full.strip_prefix("docker.io/library/") {
        return rest.to_string();
    }
    if let Some(rest) = full.strip_prefix("docker.io/") {
        return rest.to_string();
    }
    reference::parse(full)
        .map(|r| r.familiar())
        .unwrap_or_else(|_| full.to_string())
}

/// Chain IDs of an image's layers (what the graphdriver store names layers by), base first.
pub fn chain_ids(image: &Image) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(image.layers.len());
    for layer in &image.layers {
        let chain = match out.last() {
            None => layer.digest.clone(),
            Some(prev) => vfs::sha256_digest(format!("{prev} {}", layer.digest).as_bytes()),
        };
        out.push(chain);
    }
    out
}

impl Engine {
    /// `docker tag SOURCE TARGET`.
    pub fn tag_image(&mut self, source: &str, target: &Reference) -> Result<(), DaemonError> {
        let id = self.find_image(source).ok_or_else(|| {
            let shown = reference::parse(source)
                .map(|r| r.with_default_tag().familiar())
                .unwrap_or_else(|_| source.to_string());
            DaemonError::no_such_image(&shown)
        })?;
        let target = target.with_default_tag();
        self.set_tag(&target.full(), &target.familiar(), &id);
        Ok(())
    }

    /// Removes one tag from the store, with its event.
    fn untag(&mut self, full: &str, lines: &mut Vec<RemovedLine>) {
        if let Some(id) = self.tags.remove(full) {
            let fam = familiar(full);
            lines.push(RemovedLine::Untagged(fam.clone()));
            self.emit(Event::ImageUntagged {
                image_id: id,
                reference: fam,
            });
        }
    }

    /// Deletes an image that has no tags left, with the layers no other image uses.
    /// Deletes an image and the layers no other image uses; returns the bytes those layers
    /// held (what `image prune` counts as reclaimed: the layers it released, not the image's
    /// whole size when its base stays).
    fn delete_image(&mut self, id: &str, lines: &mut Vec<RemovedLine>) -> u64 {
        let Some(stored) = self.images.remove(id) else {
            return 0;
        };
        for digest in &stored.repo_digests {
            lines.push(RemovedLine::Untagged(familiar(digest)));
        }
        lines.push(RemovedLine::Deleted(id.to_string()));
        let kept: BTreeSet<String> = self
            .images
            .values()
            .flat_map(|s| chain_ids(&s.image))
            .collect();
        let chains = chain_ids(&stored.image);
        let mut removed = 0;
        let mut bytes = 0;
        for (chain, layer) in chains.iter().zip(&stored.image.layers).rev() {
            if kept.contains(chain) {
                break;
            }
            lines.push(RemovedLine::Deleted(chain.clone()));
            removed += 1;
            bytes += layer.size;
        }
        self.forget_image_tree(id);
        self.emit(Event::ImageDeleted {
            image_id: id.to_string(),
            layers: removed,
            bytes,
        });
        bytes
    }

    /// `docker rmi`, for one argument, with Docker's conflict rules.
    pub fn remove_image(
        &mut self,
        typed: &str,
        force: bool,
    ) -> Result<Vec<RemovedLine>, DaemonError> {
        let mut lines = Vec::new();
        let by_ref = reference::parse(typed).ok().and_then(|r| {
            let full = r.with_default_tag().full();
            self.tags.get(&full).map(|id| (full, id.clone()))
        });
        if let Some((full, id)) = by_ref {
            let tags = self.tags_of(&id);
            if tags.len() > 1 {
                self.untag(&full, &mut lines);
                // As dockerd does: the repository's digest references go with its last tag,
                // even while tags of other repositories keep the image.
                let repo = repo_of(&full);
                if !self.tags_of(&id).iter().any(|t| repo_of(t) == repo) {
                    self.drop_repo_digests(&id, &repo, &mut lines);
                }
                return Ok(lines);
            }
            if let Some(c) = self.containers.iter().find(|c| c.image_id == id) {
                if !force {
                    return Err(DaemonError::new(
                        format!("conflict: unable to remove repository reference \"{typed}\" (must force) - container {} is using its referenced image {}", c.short_id(), short_id(&id)),
                        ErrorKind::ImageInUse { reference: typed.to_string(), container: c.name.clone() },
                    ));
                }
                self.untag(&full, &mut lines);
                return Ok(lines);
            }
            self.untag(&full, &mut lines);
            // The repository's digest references go with its last tag.
            let still_tagged = !self.tags_of(&id).is_empty();
            self.drop_repo_digests(&id, &repo_of(&full), &mut lines);
            let has_digests = self
                .images
                .get(&id)
                .is_some_and(|s| !s.repo_digests.is_empty());
            if !still_tagged && !has_digests {
                self.delete_image(&id, &mut lines);
            }
            return Ok(lines);
        }
        let Some(id) = self.find_image(typed) else {
            let shown = match reference::parse(typed) {
                Ok(r) if !reference::looks_like_id_prefix(typed) => r.with_default_tag().familiar(),
                _ => typed.to_string(),
            };
            return Err(DaemonError::no_such_image(&shown));
        };
        if let Some(c) = self
            .containers
            .iter()
            .find(|c| c.image_id == id && c.state.is_active())
        {
            return Err(DaemonError::new(
                format!("conflict: unable to delete {} (cannot be forced) - image is being used by running container {}", short_id(&id), c.short_id()),
                ErrorKind::ImageInUse { reference: typed.to_string(), container: c.name.clone() },
            ));
        }
        if let Some(c) = self.containers.iter().find(|c| c.image_id == id) {
            if !force {
                return Err(DaemonError::new(
                    format!("conflict: unable to delete {} (must be forced) - image is being used by stopped container {}", short_id(&id), c.short_id()),
                    ErrorKind::ImageInUse { reference: typed.to_string(), container: c.name.clone() },
                ));
            }
        }
        let tags = self.tags_of(&id);
        let repos: BTreeSet<String> = tags
            .iter()
            .map(|t| {
                let f = familiar(t);
                f.rsplit_once(':').map(|(r, _)| r.to_string()).unwrap_or(f)
            })
            .collect();
        if repos.len() > 1 && !force {
            return Err(DaemonError::other(format!(
                "conflict: unable to delete {} (must be forced) - image is referenced in multiple repositories",
                short_id(&id)
            )));
        }
        for t in tags {
            self.untag(&t, &mut lines);
        }
        if self.containers.iter().any(|c| c.image_id == id) {
            // Forced removal of an image a stopped container uses only untags it.
            return Ok(lines);
        }
        self.delete_image(&id, &mut lines);
        Ok(lines)
    }

    /// `docker image prune`: dangling images (every unused image with `all`).
    pub fn prune_images(&mut self, all: bool) -> (Vec<RemovedLine>, u64) {
        let in_use: BTreeSet<String> = self.containers.iter().map(|c| c.image_id.clone()).collect();
        let candidates: Vec<String> = self
            .images_newest_first()
            .into_iter()
            .map(|s| s.image.id.clone())
            .filter(|id| !in_use.contains(id) && (all || self.tags_of(id).is_empty()))
            .collect();
        let mut lines = Vec::new();
        let mut bytes = 0;
        for id in candidates {
            for t in self.tags_of(&id) {
                self.untag(&t, &mut lines);
            }
            bytes += self.delete_image(&id, &mut lines);
        }
        (lines, bytes)
    }

    /// `docker commit`: the container's filesystem as a new image on top of its image.
    pub fn commit_container(
        &mut self,
        idx: usize,
        target: Option<&Reference>,
        author: &str,
        message: &str,
        changes: &[String],
    ) -> Result<String, DaemonError> {
        let c = self.containers[idx].clone();
        let base = self
            .images
            .get(&c.image_id)
            .map(|s| s.image.clone())
            .ok_or_else(|| DaemonError::no_such_image(&c.image_id))?;
        // The container's configuration becomes the image's, then `--change` applies.
        let mut config = base.config.clone();
        config.env = c.config.env.clone();
        config.cmd = c.config.cmd.clone();
        config.entrypoint = c.config.entrypoint.clone();
        config.working_dir = c.config.working_dir.clone();
        config.user = c.config.user.clone();
        for port in &c.config.exposed_ports {
            config
                .exposed_ports
                .entry(port.clone())
                .or_insert_with(|| serde_json::json!({}));
        }
        if !c.config.labels.is_empty() {
            config.labels = Some(c.config.labels.clone());
        }
        super::transfer::apply_changes(&mut config, changes)?;
        let mut layers = base.layers.clone();
        layers.push(Arc::new(Layer::from_diff(c.writable.clone())));
        let mut history = base.history.clone();
        history.push(HistoryEntry {
            created: self.now() / 1000,
            // The daemon records the container's Cmd joined by spaces (no entrypoint, no
            // quoting): `nginx -g daemon off;`, `/bin/bash`.
            created_by: c.config.cmd.as_deref().unwrap_or_default().join(" "),
            comment: message.to_string(),
            empty_layer: false,
        });
        let mut image = Image::new(config, layers, history, self.now() / 1000);
        image.parent = base.id.clone();
        let _ = author;
        let id = self.store_image(image);
        if let Some(target) = target {
            let t = target.with_default_tag();
            self.set_tag(&t.full(), &t.familiar(), &id);
        }
        self.emit(Event::ContainerCommitted {
            container: c.name.clone(),
            image_id: id.clone(),
        });
        Ok(id)
    }

    /// Whether an image is used by a running container (for `system df` ACTIVE).
    pub fn image_active(&self, id: &str) -> bool {
        self.containers
            .iter()
            .any(|c| c.image_id == id && c.state != ContainerState::Dead)
    }
}

/// The familiar repository of a full tag (`docker.io/library/ubuntu:22.04` → `ubuntu`).
impl Engine {
    /// Drops the image's digest references of repository `repo` (`localhost:5000/app`), as
    /// dockerd does when the repository's last tag goes, each as an `Untagged:` line.
    fn drop_repo_digests(&mut self, id: &str, repo: &str, lines: &mut Vec<RemovedLine>) {
        let Some(stored) = self.images.get_mut(id) else {
            return;
        };
        let (gone, kept): (Vec<String>, Vec<String>) = stored
            .repo_digests
            .drain(..)
            .partition(|d| familiar(d).split('@').next() == Some(repo));
        stored.repo_digests = kept;
        lines.extend(gone.iter().map(|d| RemovedLine::Untagged(familiar(d))));
    }
}

fn repo_of(full: &str) -> String {
    let f = familiar(full);
    f.rsplit_once(':')
        .filter(|(_, tag)| !tag.contains('/'))
        .map(|(r, _)| r.to_string())
        .unwrap_or(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn familiar_names_drop_the_hub_prefix() {
        assert_eq!(familiar("docker.io/library/node:latest"), "node:latest");
        assert_eq!(familiar("docker.io/hahava/app:1.0"), "hahava/app:1.0");
        assert_eq!(familiar("localhost:5000/app:1"), "localhost:5000/app:1");
        assert_eq!(
            familiar("docker.io/library/node@sha256:abc"),
            "node@sha256:abc"
        );
    }
}
