//! The stand-in Docker Hub: official images and users' repositories, search, pull and push.
//!
//! Placeholder with the final API until the catalogue lands: it holds only what is pushed.

use std::collections::BTreeMap;

use crate::image::Image;

/// Search filters.
#[derive(Clone, Debug, Default)]
pub struct SearchFilters {
    /// `is-official=`.
    pub is_official: Option<bool>,
    /// `stars=`.
    pub stars: Option<u64>,
}

/// A search result.
#[derive(Clone, Debug)]
pub struct SearchHit {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Stars.
    pub stars: u64,
    /// Official image.
    pub official: bool,
}

/// A blob of a pulled image.
#[derive(Clone, Debug)]
pub struct RemoteLayer {
    /// Blob digest.
    pub digest: String,
    /// Compressed size.
    pub compressed_size: u64,
}

/// A resolved manifest.
#[derive(Clone, Debug)]
pub struct Pulled {
    /// Manifest digest.
    pub manifest_digest: String,
    /// The image.
    pub image: Image,
    /// Blobs, parallel to the image's layers.
    pub layers: Vec<RemoteLayer>,
}

/// How a layer went during a push.
#[derive(Clone, Debug)]
pub enum PushStatus {
    /// Uploaded.
    Pushed,
    /// Already there.
    LayerAlreadyExists,
    /// Mounted from another repository.
    MountedFrom(String),
}

/// A push's result.
#[derive(Clone, Debug)]
pub struct PushReport {
    /// Layers, top first.
    pub layers: Vec<(String, PushStatus)>,
    /// Manifest digest.
    pub manifest_digest: String,
    /// Manifest size.
    pub manifest_size: u64,
}

/// A repository for the picture.
#[derive(Clone, Debug)]
pub struct RepoSummary {
    /// Familiar name.
    pub name: String,
    /// Official.
    pub official: bool,
    /// Tags.
    pub tags: Vec<String>,
    /// Pushed by the learner.
    pub pushed: bool,
}

/// Registry errors.
#[derive(Clone, Debug)]
pub enum RegistryError {
    /// No such repository.
    RepoNotFound {},
    /// No such tag.
    ManifestUnknown {},
    /// Not allowed.
    Denied {},
    /// Wrong password.
    Unauthorized {},
}

impl RegistryError {
    /// The daemon's message.
    pub fn message(&self, familiar_name: &str, tag: &str) -> String {
        match self {
            RegistryError::RepoNotFound {} => format!("pull access denied for {familiar_name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"),
            RegistryError::ManifestUnknown {} => format!("manifest for {familiar_name}:{tag} not found: manifest unknown: manifest unknown"),
            RegistryError::Denied {} => "denied: requested access to the resource is denied".to_string(),
            RegistryError::Unauthorized {} => "unauthorized: incorrect username or password".to_string(),
        }
    }
}

/// The stand-in Docker Hub.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    pushed: BTreeMap<(String, String), Image>,
}

impl Registry {
    /// The stand-in Docker Hub.
    pub fn hub() -> Registry {
        Registry::default()
    }

    /// Search.
    pub fn search(&self, _term: &str, _limit: usize, _filters: &SearchFilters) -> Vec<SearchHit> {
        Vec::new()
    }

    /// Resolve a manifest.
    pub fn resolve(&mut self, repo_path: &str, tag: &str) -> Result<Pulled, RegistryError> {
        let image = self
            .pushed
            .get(&(repo_path.to_string(), tag.to_string()))
            .cloned()
            .ok_or(RegistryError::RepoNotFound {})?;
        Ok(Pulled {
            manifest_digest: crate::vfs::sha256_digest(image.id.as_bytes()),
            layers: image
                .layers
                .iter()
                .map(|l| RemoteLayer {
                    digest: l.digest.clone(),
                    compressed_size: l.size / 2,
                })
                .collect(),
            image,
        })
    }

    /// Push.
    pub fn push(
        &mut self,
        user: Option<&str>,
        repo_path: &str,
        tag: &str,
        image: &Image,
    ) -> Result<PushReport, RegistryError> {
        let Some(user) = user else {
            return Err(RegistryError::Denied {});
        };
        if !repo_path.starts_with(&format!("{user}/")) {
            return Err(RegistryError::Denied {});
        }
        self.pushed
            .insert((repo_path.to_string(), tag.to_string()), image.clone());
        Ok(PushReport {
            layers: image
                .layers
                .iter()
                .rev()
                .map(|l| (l.digest.clone(), PushStatus::Pushed))
                .collect(),
            manifest_digest: crate::vfs::sha256_digest(image.id.as_bytes()),
            manifest_size: 1234,
        })
    }

    /// Log in.
    pub fn login(&mut self, _user: &str, password: &str) -> Result<(), RegistryError> {
        if password.len() < 4 {
            return Err(RegistryError::Unauthorized {});
        }
        Ok(())
    }

    /// Repositories.
    pub fn repositories(&self) -> Vec<RepoSummary> {
        Vec::new()
    }
}
