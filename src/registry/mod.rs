//! The stand-in Docker Hub: official images and users' repositories, search, pull and push.
//!
//! The catalogue ([`catalog`]) is static data; images are built from it lazily, the first time a
//! tag is resolved, and cached, so [`Registry::hub`] costs nothing. Everything is deterministic:
//! the same definition always gives the same layer digests and image ID, so shared layers show
//! `Already exists` on a second pull. Pushed images are kept as they are (same image ID).

mod build;
mod catalog;
mod community;
mod distro;
// The release tables and the tag space they generate are in the full build only: in `core` a
// reference the static catalogue cannot answer is left to full (`lean::need_full`).
#[cfg(feature = "full")]
mod families;
#[cfg(feature = "full")]
mod tables;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::image::Image;
use crate::vfs;
use build::Built;

/// The default number of search results (the daemon's, when `--limit` is not given).
const DEFAULT_SEARCH_LIMIT: usize = 25;

/// Filters of `docker search -f`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchFilters {
    /// `is-official=true|false`.
    pub is_official: Option<bool>,
    /// `stars=N`: at least N stars.
    pub stars: Option<u64>,
}

/// One row of `docker search`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// `node`, `bitnami/mysql`.
    pub name: String,
    /// Docker Hub's short description (untruncated).
    pub description: String,
    /// Star count.
    pub stars: u64,
    /// Docker Official Image.
    pub official: bool,
}

/// A repository as the registry lists it (for the picture of the Hub).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepoSummary {
    /// Familiar name: `node`, `hahava/app`.
    pub name: String,
    /// Docker Official Image.
    pub official: bool,
    /// Its tags (catalogue order, or push order for pushed repositories).
    pub tags: Vec<String>,
    /// Whether the learner pushed to it in this session.
    pub pushed: bool,
}

/// What a pull downloads: the manifest digest, the image, and the blobs of its layers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pulled {
    /// `sha256:<64 hex>` printed as `Digest:`.
    pub manifest_digest: String,
    /// The image (its ID is the config digest).
    pub image: Image,
    /// The compressed blobs, parallel to `image.layers`.
    pub layers: Vec<RemoteLayer>,
}

/// A layer as the registry stores it: a compressed blob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoteLayer {
    /// `sha256:<64 hex>` of the compressed blob (pull prints its first 12 hex).
    pub digest: String,
    /// Download size in bytes, for the progress bars.
    pub compressed_size: u64,
}

/// What happened to one layer during a push.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PushStatus {
    /// Uploaded.
    Pushed,
    /// The repository already had the blob.
    LayerAlreadyExists,
    /// Cross-repository mount from the repository named (`library/node`).
    MountedFrom(String),
}

/// The result of a push, in the order `docker push` prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PushReport {
    /// Blob digests (`sha256:…`) with their status, top layer first.
    pub layers: Vec<(String, PushStatus)>,
    /// `sha256:<64 hex>` of the manifest.
    pub manifest_digest: String,
    /// Manifest size in bytes (`size: 1786`).
    pub manifest_size: u64,
}

/// Why the registry refused a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegistryError {
    /// No such repository, or not readable without logging in.
    RepoNotFound {
        /// The repository path asked for (`library/foo`).
        repo: String,
    },
    /// The repository exists but the tag or digest does not.
    ManifestUnknown {
        /// The repository path.
        repo: String,
        /// The tag or digest asked for.
        reference: String,
    },
    /// Not allowed (pushing without login or outside one's namespace).
    Denied {
        /// The repository path.
        repo: String,
    },
    /// Bad credentials.
    Unauthorized {
        /// The user name given.
        user: String,
    },
}

impl RegistryError {
    /// The text after `Error response from daemon: `, worded as Docker Hub and the daemon word it.
    pub fn message(&self, familiar_name: &str, tag: &str) -> String {
        match self {
            RegistryError::RepoNotFound { .. } => format!(
                "pull access denied for {familiar_name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
            ),
            RegistryError::ManifestUnknown { .. } => format!(
                "manifest for {familiar_name}:{tag} not found: manifest unknown: manifest unknown"
            ),
            RegistryError::Denied { .. } => {
                "denied: requested access to the resource is denied".to_string()
            }
            RegistryError::Unauthorized { .. } => {
                "unauthorized: incorrect username or password".to_string()
            }
        }
    }
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegistryError::RepoNotFound { repo } => f.write_str(&self.message(repo, "latest")),
            RegistryError::ManifestUnknown { repo, reference } => {
                f.write_str(&self.message(repo, reference))
            }
            _ => f.write_str(&self.message("", "")),
        }
    }
}

/// A repository the learner pushed to.
#[derive(Clone, Debug, Default)]
struct PushedRepo {
    /// Tags in push order, each with its image.
    tags: Vec<(String, Image)>,
    /// Blob digests the repository holds.
    blobs: BTreeSet<String>,
}

/// The stand-in Docker Hub of one session.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Catalogue images built so far, by image key (static or generated), in build order.
    built: Vec<(String, Built)>,
    /// Repositories pushed to, by path (`hahava/app`).
    pushed: BTreeMap<String, PushedRepo>,
    /// Which repository each pulled blob came from (for `Mounted from` on push).
    blob_source: BTreeMap<String, String>,
    /// The user logged in, if any.
    user: Option<String>,
}

impl Registry {
    /// Docker Hub with the catalogue; builds nothing until a tag is resolved.
    pub fn hub() -> Registry {
        Registry::default()
    }

    /// `docker search`: name and description matches, ordered as Docker Hub ranks them (exact
    /// name first, then names containing the term, then description matches; stars within).
    pub fn search(&self, term: &str, limit: usize, filters: &SearchFilters) -> Vec<SearchHit> {
        let term = term.trim().to_ascii_lowercase();
        let limit = if limit == 0 {
            DEFAULT_SEARCH_LIMIT
        } else {
            limit
        };
        let mut hits: Vec<(u8, SearchHit)> = Vec::new();
        let catalogue =
            catalog::all_repos().map(|r| (r.name.to_string(), r.description, r.stars, r.official));
        let pushed = self
            .pushed
            .keys()
            .filter(|p| catalog::repo_def(p).is_none())
            .map(|p| (p.clone(), "", 0, false));
        for (name, description, stars, official) in catalogue.chain(pushed) {
            let lower = name.to_ascii_lowercase();
            let short = lower.rsplit('/').next().unwrap_or(&lower);
            let rank = if lower == term || (official && short == term) {
                0
            } else if lower.contains(&term) {
                1
            } else if description.to_ascii_lowercase().contains(&term) {
                2
            } else {
                continue;
            };
            if filters.is_official.is_some_and(|o| o != official)
                || filters.stars.is_some_and(|s| stars < s)
            {
                continue;
            }
            hits.push((
                rank,
                SearchHit {
                    name,
                    description: description.to_string(),
                    stars,
                    official,
                },
            ));
        }
        crate::sort::sort_by(&mut hits, |(ra, a), (rb, b)| {
            ra.cmp(rb)
                .then(b.official.cmp(&a.official))
                .then(b.stars.cmp(&a.stars))
                .then(a.name.cmp(&b.name))
        });
        hits.into_iter().take(limit).map(|(_, h)| h).collect()
    }

    /// Looks up `repo_path` (`library/node`, `myuser/app`) at a tag or `sha256:` digest.
    pub fn resolve(
        &mut self,
        repo_path: &str,
        tag_or_digest: &str,
    ) -> Result<Pulled, RegistryError> {
        let not_found = || RegistryError::RepoNotFound {
            repo: repo_path.to_string(),
        };
        let unknown = || RegistryError::ManifestUnknown {
            repo: repo_path.to_string(),
            reference: tag_or_digest.to_string(),
        };
        if let Some(repo) = self.pushed.get(repo_path) {
            let found = repo
                .tags
                .iter()
                .find(|(tag, image)| tag == tag_or_digest || manifest_of(image).1 == tag_or_digest);
            if let Some((_, image)) = found {
                let image = image.clone();
                return Ok(self.pulled(repo_path, image));
            }
            if catalog::repo_def(familiar(repo_path)).is_none() {
                return Err(unknown());
            }
        }
        // Another registry host than the Hub's: only Elastic's is modelled; others fall back to
        // the path alone, as before.
        let name = familiar(repo_path);
        #[cfg(not(feature = "full"))]
        if is_host(name) {
            // Elastic's registry serves the release tables (full only).
            crate::lean::need_full();
            return Err(not_found());
        }
        let name = if is_family(name) || !is_host(name) {
            name
        } else {
            name.split_once('/').map_or(name, |(_, rest)| rest)
        };
        let repo = catalog::repo_def(name);
        if repo.is_none() && !is_family(name) {
            return Err(not_found());
        }
        let key: Option<String> = if tag_or_digest.starts_with("sha256:") {
            let keys: Vec<&'static str> = repo
                .map(|r| catalog::groups(&r).map(|(_, k)| k).collect())
                .unwrap_or_default();
            keys.into_iter()
                .find(|key| {
                    self.build(key)
                        .is_some_and(|b| manifest_of(&b.image).1 == tag_or_digest)
                })
                .map(str::to_string)
        } else {
            let key = repo
                .and_then(|r| catalog::tag_image(&r, tag_or_digest))
                .map(str::to_string);
            #[cfg(feature = "full")]
            let key = key.or_else(|| families::resolve(name, tag_or_digest));
            #[cfg(not(feature = "full"))]
            if key.is_none() {
                // The release tables may know the tag (`node:14`).
                crate::lean::need_full();
            }
            key
        };
        let image = key
            .and_then(|k| self.build(&k))
            .map(|b| b.image.clone())
            .ok_or_else(unknown)?;
        Ok(self.pulled(repo_path, image))
    }

    /// `docker push`: stores `image` as `repo_path:tag` for `user`.
    pub fn push(
        &mut self,
        user: Option<&str>,
        repo_path: &str,
        tag: &str,
        image: &Image,
    ) -> Result<PushReport, RegistryError> {
        let denied = || RegistryError::Denied {
            repo: repo_path.to_string(),
        };
        let user = user.ok_or_else(denied)?;
        let namespace = repo_path.split_once('/').map(|(ns, _)| ns);
        if namespace != Some(user) || catalog::repo_def(repo_path).is_some() {
            return Err(denied());
        }
        let blobs: Vec<String> = image
            .layers
            .iter()
            .map(|l| blob_digest(&l.digest))
            .collect();
        if blobs.iter().any(|b| !self.blob_source.contains_key(b)) {
            // A layer nobody pulled in this session may still come from the catalogue (a base
            // image pulled in an earlier session): build it all to know every official blob.
            self.build_all();
        }
        let existing = self
            .pushed
            .get(repo_path)
            .map(|r| r.blobs.clone())
            .unwrap_or_default();
        let mut layers = Vec::new();
        for blob in blobs.iter().rev() {
            let status = if existing.contains(blob) {
                PushStatus::LayerAlreadyExists
            } else if let Some(source) = self.blob_source.get(blob) {
                PushStatus::MountedFrom(source.clone())
            } else {
                PushStatus::Pushed
            };
            layers.push((blob.clone(), status));
        }
        let (manifest, digest) = manifest_of(image);
        let repo = self.pushed.entry(repo_path.to_string()).or_default();
        repo.blobs.extend(blobs.iter().cloned());
        match repo.tags.iter_mut().find(|(t, _)| t == tag) {
            Some(slot) => slot.1 = image.clone(),
            None => repo.tags.push((tag.to_string(), image.clone())),
        }
        for blob in blobs {
            self.blob_source
                .entry(blob)
                .or_insert_with(|| repo_path.to_string());
        }
        Ok(PushReport {
            layers,
            manifest_digest: digest,
            manifest_size: manifest.len() as u64,
        })
    }

    /// `docker login`: any user name of 4–30 lowercase letters and digits, any password of 4+
    /// characters.
    pub fn login(&mut self, user: &str, password: &str) -> Result<(), RegistryError> {
        let name_ok = (4..=30).contains(&user.len())
            && user
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if !name_ok || password.chars().count() < 4 {
            return Err(RegistryError::Unauthorized {
                user: user.to_string(),
            });
        }
        self.user = Some(user.to_string());
        Ok(())
    }

    /// `docker logout`.
    pub fn logout(&mut self) {
        self.user = None;
    }

    /// The user last logged in.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// Whether a repository exists (`library/node`, `node`, `myuser/app`).
    pub fn has_repo(&self, path: &str) -> bool {
        self.pushed.contains_key(&full_path(path))
            || catalog::repo_def(familiar(path)).is_some()
            || is_family(familiar(path))
    }

    /// The tags of a repository (empty when it does not exist).
    pub fn tags(&self, path: &str) -> Vec<String> {
        if let Some(repo) = self.pushed.get(&full_path(path)) {
            return repo.tags.iter().map(|(t, _)| t.clone()).collect();
        }
        catalog::repo_def(familiar(path))
            .map(|r| catalog::tags(&r))
            .unwrap_or_default()
    }

    /// Every repository: the catalogue's, then those pushed in this session.
    pub fn repositories(&self) -> Vec<RepoSummary> {
        let mut repos: Vec<RepoSummary> = catalog::all_repos()
            .map(|r| RepoSummary {
                name: r.name.to_string(),
                official: r.official,
                tags: catalog::tags(&r),
                pushed: false,
            })
            .collect();
        for (path, repo) in &self.pushed {
            repos.push(RepoSummary {
                name: familiar(path).to_string(),
                official: false,
                tags: repo.tags.iter().map(|(t, _)| t.clone()).collect(),
                pushed: true,
            });
        }
        repos
    }

    /// Builds (once) and returns a catalogue image, with its parents.
    fn build(&mut self, key: &str) -> Option<&Built> {
        self.build_at(key, 0);
        self.find(key)
    }

    /// A built image by key.
    fn find(&self, key: &str) -> Option<&Built> {
        self.built.iter().find(|(k, _)| k == key).map(|(_, b)| b)
    }

    /// Builds `key` after its parents; the chains are shallow (a dozen levels at most), and a
    /// missing static parent makes the child a base image rather than a failure.
    fn build_at(&mut self, key: &str, depth: usize) -> bool {
        if self.find(key).is_some() {
            return true;
        }
        if depth > 12 {
            return false;
        }
        let built = if let Some(def) = catalog::image_def(key) {
            if let Some(p) = def.parent {
                self.build_at(p, depth + 1);
            }
            build::build_image(def, def.parent.and_then(|p| self.find(p)))
        } else {
            let Some(built) = self.build_generated(key, depth) else {
                return false;
            };
            built
        };
        self.built.push((key.to_string(), built));
        true
    }

    /// Builds an image the release tables generate (`node:14`'s key), after its parent.
    #[cfg(feature = "full")]
    fn build_generated(&mut self, key: &str, depth: usize) -> Option<Built> {
        let plan = families::plan(key)?;
        if let Some(p) = &plan.parent {
            if !self.build_at(p, depth + 1) {
                return None;
            }
        }
        let parent = plan.parent.as_deref().and_then(|p| self.find(p));
        Some(build::build_planned(
            plan.template,
            plan.created,
            &plan.subs,
            plan.scale,
            parent,
        ))
    }

    /// The core build has neither the release tables nor the community images: only full can
    /// build a key the static catalogue does not define.
    #[cfg(not(feature = "full"))]
    fn build_generated(&mut self, _key: &str, _depth: usize) -> Option<Built> {
        crate::lean::need_full();
        None
    }

    /// Builds every catalogue image and records which official repository each blob is from.
    fn build_all(&mut self) {
        for repo in catalog::all_repos().filter(|r| r.official) {
            for (_, key) in catalog::groups(&repo) {
                let Some(built) = self.build(key) else {
                    continue;
                };
                let blobs: Vec<String> = built
                    .image
                    .layers
                    .iter()
                    .map(|l| blob_digest(&l.digest))
                    .collect();
                for blob in blobs {
                    self.blob_source
                        .entry(blob)
                        .or_insert_with(|| format!("library/{}", repo.name));
                }
            }
        }
    }

    /// The pull result for an image, recording where its blobs came from.
    fn pulled(&mut self, repo_path: &str, image: Image) -> Pulled {
        let layers = remote_layers(&image);
        for layer in &layers {
            self.blob_source
                .insert(layer.digest.clone(), full_path(repo_path));
        }
        Pulled {
            manifest_digest: manifest_of(&image).1,
            image,
            layers,
        }
    }
}

/// Whether the release tables generate a repository's tags (`node`, and Elastic's
/// `docker.elastic.co/elasticsearch/elasticsearch`). The core build has no tables: every one
/// of their repositories has a catalogue entry (`the_core_catalogue_stands_on_its_own`), and
/// Elastic's host is left to full before this is asked.
#[cfg(feature = "full")]
fn is_family(name: &str) -> bool {
    families::family_for(name).is_some()
}

#[cfg(not(feature = "full"))]
fn is_family(_name: &str) -> bool {
    false
}

/// Whether a name's first component is a registry host (`docker.elastic.co/…`).
fn is_host(name: &str) -> bool {
    name.split_once('/')
        .is_some_and(|(first, _)| first.contains(['.', ':']) || first == "localhost")
}

/// `library/node` → `node`; `myuser/app` stays.
fn familiar(path: &str) -> &str {
    path.strip_prefix("library/").unwrap_or(path)
}

/// `node` → `library/node`; `myuser/app` stays.
fn full_path(path: &str) -> String {
    if path.contains('/') {
        path.to_string()
    } else {
        format!("library/{path}")
    }
}

/// The compressed blob digest of a layer (deterministic from its diff ID).
/// The layers of `image` as a registry lists them: blob digests and compressed sizes.
pub(crate) fn remote_layers(image: &Image) -> Vec<RemoteLayer> {
    image
        .layers
        .iter()
        .map(|l| RemoteLayer {
            digest: blob_digest(&l.digest),
            compressed_size: compressed_size(l.size),
        })
        .collect()
}

pub(crate) fn blob_digest(diff_id: &str) -> String {
    vfs::sha256_digest(format!("gzip\n{diff_id}").as_bytes())
}

/// Download size of a layer: gzip of binaries and packages gives about 40%, plus tar overhead.
pub(crate) fn compressed_size(size: u64) -> u64 {
    size / 5 * 2 + 32
}

/// The image manifest document and its digest.
pub(crate) fn manifest_of(image: &Image) -> (String, String) {
    let config = image.config_json();
    let layers: Vec<serde_json::Value> = image
        .layers
        .iter()
        .map(|l| {
            serde_json::json!({
                "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                "size": compressed_size(l.size),
                "digest": blob_digest(&l.digest),
            })
        })
        .collect();
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {
            "mediaType": "application/vnd.oci.image.config.v1+json",
            "size": config.len(),
            "digest": image.id,
        },
        "layers": layers,
    });
    let text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    let digest = vfs::sha256_digest(text.as_bytes());
    (text, digest)
}

// The tests read the release tables, which only the full build has.
#[cfg(all(test, feature = "full"))]
mod tests;
