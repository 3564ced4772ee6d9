//! Pull, push, login and search: the daemon talking to the stand-in Docker Hub.

use super::error::DaemonError;
use super::event::{ErrorKind, Event};
use super::images::familiar;
use super::Engine;
use crate::image::reference::Reference;
use crate::image::short_id;

/// How one layer arrived during a pull.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PulledLayer {
    /// 12-hex short blob digest.
    pub short: String,
    /// Compressed bytes.
    pub size: u64,
    /// It was already present locally (`Already exists`).
    pub existed: bool,
}

/// What a pull did, for the client to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PullReport {
    /// `latest`, or the digest for digest pulls.
    pub tag: String,
    /// `library/node`.
    pub repo_path: String,
    /// `node:latest`.
    pub familiar: String,
    /// `docker.io/library/node:latest`.
    pub full: String,
    /// Layers in order.
    pub layers: Vec<PulledLayer>,
    /// Manifest digest.
    pub digest: String,
    /// Nothing new was downloaded.
    pub up_to_date: bool,
    /// The image ID.
    pub image_id: String,
}

/// How one layer went during a push.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PushedLayer {
    /// Uploaded.
    Pushed,
    /// The registry already had it in this repository.
    AlreadyExists,
    /// Cross-mounted from another repository.
    MountedFrom(String),
}

/// What a push did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PushReport {
    /// `docker.io/myuser/app`.
    pub repository: String,
    /// The tag pushed.
    pub tag: String,
    /// Layers, top first as Docker prints them, with their short digests.
    pub layers: Vec<(String, PushedLayer)>,
    /// Manifest digest.
    pub digest: String,
    /// Manifest size in bytes.
    pub size: u64,
}

/// Why a push failed, once output had started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PushError {
    /// The tag is not in the local store (`An image does not exist locally with the tag: x`).
    NoLocalTag(String),
    /// The registry refused; the layers were prepared first.
    Denied {
        /// Short digests of the layers that were being prepared.
        layers: Vec<String>,
        /// The registry's message.
        message: String,
    },
}

impl Engine {
    /// Pulls `reference` from the stand-in Hub into the local store and tags it.
    pub fn pull(&mut self, reference: &Reference) -> Result<PullReport, DaemonError> {
        let reference = reference.with_default_tag();
        let tag_or_digest = reference
            .digest
            .clone()
            .or_else(|| reference.tag.clone())
            .unwrap_or_else(|| "latest".to_string());
        let repo_path = reference.path.clone();
        let fam_name = reference.familiar_name();
        if let Some(pulled) = self.pull_private(&reference) {
            let idx = pulled?;
            let pulled = self.pull_from_container(&reference, &tag_or_digest, idx)?;
            return Ok(self.finish_pull(&reference, tag_or_digest, repo_path, pulled, Some(idx)));
        }
        let pulled = self
            .registry
            .resolve(&reference.registry_repo(), &tag_or_digest)
            .map_err(|e| {
                let kind = match &e {
                    crate::registry::RegistryError::ManifestUnknown { .. } => {
                        ErrorKind::ManifestUnknown {
                            reference: reference.familiar(),
                        }
                    }
                    _ => ErrorKind::PullAccessDenied {
                        repository: fam_name.clone(),
                    },
                };
                DaemonError::new(e.message(&fam_name, &tag_or_digest), kind)
            })?;
        Ok(self.finish_pull(&reference, tag_or_digest, repo_path, pulled, None))
    }

    /// Stores a pulled image, tags it and reports what was downloaded; `from` is the registry
    /// container it came from, if any.
    fn finish_pull(
        &mut self,
        reference: &Reference,
        tag_or_digest: String,
        repo_path: String,
        pulled: crate::registry::Pulled,
        from: Option<usize>,
    ) -> PullReport {
        let image_id = pulled.image.id.clone();
        let already = self.images.contains_key(&image_id);
        let full = reference.full();
        let up_to_date = already && self.tags.get(&full) == Some(&image_id);
        let mut layers = Vec::new();
        let mut downloaded = Vec::new();
        let mut shared = Vec::new();
        let mut bytes = 0;
        for (remote, layer) in pulled.layers.iter().zip(&pulled.image.layers) {
            let existed = self.has_layer(&layer.digest);
            let short = short_id(&remote.digest).to_string();
            if existed {
                shared.push(short.clone());
            } else {
                downloaded.push(short.clone());
                bytes += remote.compressed_size;
            }
            layers.push(PulledLayer {
                short,
                size: remote.compressed_size,
                existed,
            });
        }
        let repo_digest = format!(
            "{}/{}@{}",
            reference.domain, reference.path, pulled.manifest_digest
        );
        self.store_image(pulled.image);
        if let Some(stored) = self.images.get_mut(&image_id) {
            if !stored.repo_digests.contains(&repo_digest) {
                stored.repo_digests.push(repo_digest);
            }
        }
        if reference.tag.is_some() && reference.digest.is_none() {
            self.set_tag(&full, &reference.familiar(), &image_id);
        }
        if up_to_date {
            self.emit(Event::ImageUpToDate {
                reference: reference.familiar(),
            });
        } else if let Some(idx) = from {
            self.emit(Event::LocalRegistryPulled {
                reference: reference.familiar(),
                image_id: image_id.clone(),
                container: self.containers[idx].name.clone(),
                downloaded: downloaded.len(),
                shared: shared.len(),
            });
        } else {
            self.emit(Event::ImagePulled {
                reference: reference.familiar(),
                image_id: image_id.clone(),
                downloaded,
                shared,
                bytes,
            });
        }
        PullReport {
            tag: tag_or_digest,
            repo_path,
            familiar: reference.familiar(),
            full,
            layers: if up_to_date { Vec::new() } else { layers },
            digest: pulled.manifest_digest,
            up_to_date,
            image_id,
        }
    }

    /// For a registry host of the learner's own (`localhost:5000`): the registry container
    /// to pull from, or the daemon's error; `None` for Docker Hub and other public hosts.
    fn pull_private(&mut self, reference: &Reference) -> Option<Result<usize, DaemonError>> {
        if !super::local_registry::is_private_host(&reference.domain) {
            return None;
        }
        // Registries in containers are the full build's (the page re-runs the line there).
        if !crate::lean::FULL {
            crate::lean::need_full();
            return Some(Err(DaemonError::other(String::new())));
        }
        Some(
            self.registry_container(&reference.domain)
                .map_err(|e| DaemonError::new(e.message, e.kind)),
        )
    }

    /// Pushes a local tag to the stand-in Hub.
    pub fn push(&mut self, reference: &Reference) -> Result<PushReport, PushError> {
        let reference = reference.with_default_tag();
        let tag = reference
            .tag
            .clone()
            .unwrap_or_else(|| "latest".to_string());
        let Some(id) = self.tags.get(&reference.full()).cloned() else {
            return Err(PushError::NoLocalTag(reference.familiar_name()));
        };
        let image = self.images[&id].image.clone();
        if super::local_registry::is_private_host(&reference.domain) {
            if !crate::lean::FULL {
                crate::lean::need_full();
                return Err(PushError::Denied {
                    layers: Vec::new(),
                    message: String::new(),
                });
            }
            return match self.registry_container(&reference.domain) {
                Ok(idx) => self.push_to_container(&reference, &tag, image, idx),
                Err(e) => {
                    self.emit(Event::Failed { error: e.kind });
                    Err(PushError::Denied {
                        layers: Vec::new(),
                        message: e.message,
                    })
                }
            };
        }
        let user = self.auth.clone();
        match self
            .registry
            .push(user.as_deref(), &reference.path, &tag, &image)
        {
            Ok(report) => {
                // Push lines name layers by the same blob digests a pull of them shows.
                let layers: Vec<(String, PushedLayer)> = report
                    .layers
                    .iter()
                    .map(|(digest, status)| {
                        let status = match status {
                            crate::registry::PushStatus::Pushed => PushedLayer::Pushed,
                            crate::registry::PushStatus::LayerAlreadyExists => {
                                PushedLayer::AlreadyExists
                            }
                            crate::registry::PushStatus::MountedFrom(r) => {
                                PushedLayer::MountedFrom(r.clone())
                            }
                        };
                        (short_id(digest).to_string(), status)
                    })
                    .collect();
                let pushed = layers
                    .iter()
                    .filter(|(_, s)| *s == PushedLayer::Pushed)
                    .count();
                self.emit(Event::ImagePushed {
                    reference: reference.familiar(),
                    pushed,
                    existing: layers.len() - pushed,
                });
                let repo_digest = format!(
                    "{}/{}@{}",
                    reference.domain, reference.path, report.manifest_digest
                );
                if let Some(stored) = self.images.get_mut(&id) {
                    if !stored.repo_digests.contains(&repo_digest) {
                        stored.repo_digests.push(repo_digest);
                    }
                }
                Ok(PushReport {
                    repository: format!("{}/{}", reference.domain, reference.path),
                    tag,
                    layers,
                    digest: report.manifest_digest,
                    size: report.manifest_size,
                })
            }
            Err(e) => {
                self.emit(Event::Failed {
                    error: ErrorKind::PushDenied {
                        repository: reference.familiar_name(),
                        user,
                    },
                });
                let layers = image
                    .layers
                    .iter()
                    .rev()
                    .map(|l| short_id(&l.digest).to_string())
                    .collect();
                Err(PushError::Denied {
                    layers,
                    message: e.message(&reference.familiar_name(), &tag),
                })
            }
        }
    }

    /// `docker login -u user -p password`.
    pub fn login(&mut self, user: &str, password: &str) -> Result<(), DaemonError> {
        self.registry.login(user, password).map_err(|e| {
            DaemonError::new(
                format!(
                    "Get \"https://registry-1.docker.io/v2/\": {}",
                    e.message(user, "")
                ),
                ErrorKind::LoginFailed {
                    user: user.to_string(),
                },
            )
        })?;
        self.auth = Some(user.to_string());
        self.emit(Event::LoggedIn {
            user: user.to_string(),
        });
        Ok(())
    }

    /// `docker logout`.
    pub fn logout(&mut self) {
        if self.auth.take().is_some() {
            self.emit(Event::LoggedOut {
                registry: "https://index.docker.io/v1/".to_string(),
            });
        }
    }

    /// The familiar reference of a full one (exposed for the client).
    pub fn familiar(full: &str) -> String {
        familiar(full)
    }
}
