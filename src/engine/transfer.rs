//! Moving things across the daemon's edge: host files the daemon writes for the client
//! (`--cidfile`), a client's stdin for a container, image archives (`save`/`load`), container
//! filesystems as archives (`export`/`import`), and `update` of a container's limits.

use super::{Engine, Event};

impl Engine {
    /// Writes a file on the learner's machine (creating its directory), as the client does for
    /// `--cidfile` and `save -o`.
    pub fn write_host_file(&mut self, path: &str, data: &[u8]) {
        let _ = self.host_fs.mkdir_all(crate::vfs::parent(path));
        if self.host_fs.write(path, data.to_vec()).is_ok() {
            self.emit(Event::HostFileWritten {
                path: path.to_string(),
            });
        }
    }

    /// Gives the next launch of container `idx` what an attached client piped in.
    pub fn set_container_stdin(&mut self, idx: usize, stdin: &[u8]) {
        self.containers[idx].stdin = stdin.to_vec();
    }
}

impl Engine {
    /// The manifest the registry serves for a reference (`docker manifest inspect`), indented
    /// with tabs as the client prints a single manifest.
    pub fn registry_manifest(
        &mut self,
        reference: &crate::image::reference::Reference,
    ) -> Result<String, super::DaemonError> {
        let tag = reference
            .digest
            .clone()
            .or_else(|| reference.tag.clone())
            .unwrap_or_else(|| "latest".to_string());
        let pulled = self.registry.resolve(&reference.path, &tag).map_err(|_| {
            super::DaemonError::other(format!("no such manifest: {}", reference.full()))
        })?;
        let (text, _) = crate::registry::manifest_of(&pulled.image);
        Ok(text
            .lines()
            .map(|l| {
                let spaces = l.len() - l.trim_start().len();
                format!("{}{}", "\t".repeat(spaces / 2), l.trim_start())
            })
            .collect::<Vec<_>>()
            .join("\n"))
    }
}

/// An archive `docker save` or `docker export` wrote, which the daemon can read back.
#[derive(Clone, Debug)]
pub enum Archive {
    /// `docker save`: images with the tags they were saved under.
    Images(Vec<(crate::image::Image, Vec<String>)>),
    /// `docker export`: a container's flattened filesystem.
    Filesystem(crate::vfs::Tree),
}

/// What an archive holds as bytes on the learner's machine, and how big it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchiveFile {
    /// The readable part of the file (the archive's `manifest.json`, or its file list).
    pub content: Vec<u8>,
    /// Its apparent size in bytes.
    pub size: u64,
}

/// One image `docker load` read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// Layers that were not in the store yet: (short diff ID, size).
    pub new_layers: Vec<(String, u64)>,
    /// `nginx:latest`, or the image ID when it was saved by ID.
    pub names: Vec<String>,
    /// The image ID.
    pub id: String,
}

/// Archives kept at most (the oldest are forgotten first).
const MAX_ARCHIVES: usize = 64;

/// Applies `--change` instructions (`CMD`, `ENTRYPOINT`, `ENV`, `EXPOSE`, `LABEL`, `USER`,
/// `WORKDIR`, `VOLUME`, `STOPSIGNAL`) to an image config, as `commit` and `import` do.
pub fn apply_changes(
    config: &mut crate::image::ImageConfig,
    changes: &[String],
) -> Result<(), super::DaemonError> {
    fn words(rest: &str) -> Vec<String> {
        match serde_json::from_str::<Vec<String>>(rest) {
            Ok(v) => v,
            Err(_) => vec!["/bin/sh".to_string(), "-c".to_string(), rest.to_string()],
        }
    }
    for change in changes {
        let change = change.trim();
        let (op, rest) = change.split_once([' ', '\t']).unwrap_or((change, ""));
        let rest = rest.trim();
        match op.to_ascii_uppercase().as_str() {
            "CMD" => config.cmd = Some(words(rest)),
            "ENTRYPOINT" => config.entrypoint = Some(words(rest)),
            "ENV" => {
                let (k, v) = rest
                    .split_once('=')
                    .or_else(|| rest.split_once(' '))
                    .unwrap_or((rest, ""));
                config.set_env(k.trim(), v.trim());
            }
            "EXPOSE" => {
                for p in rest.split_whitespace() {
                    let key = if p.contains('/') {
                        p.to_string()
                    } else {
                        format!("{p}/tcp")
                    };
                    config.exposed_ports.insert(key, serde_json::json!({}));
                }
            }
            "LABEL" => {
                let (k, v) = rest.split_once('=').unwrap_or((rest, ""));
                config
                    .labels
                    .get_or_insert_with(Default::default)
                    .insert(k.trim().to_string(), v.trim_matches('"').to_string());
            }
            "USER" => config.user = rest.to_string(),
            "WORKDIR" => config.working_dir = rest.to_string(),
            "STOPSIGNAL" => config.stop_signal = Some(rest.to_string()),
            "VOLUME" => {
                let list = serde_json::from_str::<Vec<String>>(rest)
                    .unwrap_or_else(|_| rest.split_whitespace().map(str::to_string).collect());
                for v in list {
                    config
                        .volumes
                        .get_or_insert_with(Default::default)
                        .insert(v, serde_json::json!({}));
                }
            }
            other => {
                return Err(super::DaemonError::other(format!(
                    "{} is not a valid change command",
                    other.to_ascii_lowercase()
                )))
            }
        }
    }
    Ok(())
}

impl Engine {
    fn keep_archive(&mut self, content: &[u8], archive: Archive) {
        let key = crate::vfs::sha256_digest(content);
        self.archives.retain(|(k, _)| *k != key);
        if self.archives.len() >= MAX_ARCHIVES {
            self.archives.remove(0);
        }
        self.archives.push((key, archive));
    }

    fn archive_of(&self, content: &[u8]) -> Option<&Archive> {
        let key = crate::vfs::sha256_digest(content);
        self.archives
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| a)
    }

    /// `docker save`: the images named, as one archive (written to `path`, or returned for
    /// stdout when `path` is empty).
    pub fn save_images(
        &mut self,
        names: &[String],
        path: &str,
    ) -> Result<ArchiveFile, super::DaemonError> {
        let mut images = Vec::new();
        let mut manifest = Vec::new();
        let mut size = 0;
        for name in names {
            let id = self
                .find_image(name)
                .ok_or_else(|| super::DaemonError::other("reference does not exist"))?;
            let stored = &self.images[&id];
            // Saved by ID: no tags; by a name: that name only.
            let by_id = id
                .trim_start_matches("sha256:")
                .starts_with(name.trim_start_matches("sha256:"));
            let tags: Vec<String> = if by_id {
                Vec::new()
            } else {
                crate::image::reference::parse(name)
                    .map(|r| vec![r.with_default_tag().familiar()])
                    .unwrap_or_default()
            };
            size += stored.image.size() + 10_240;
            let hex = |d: &str| format!("blobs/sha256/{}", d.trim_start_matches("sha256:"));
            manifest.push(serde_json::json!({
                "Config": hex(&id),
                "RepoTags": if tags.is_empty() { serde_json::Value::Null } else { serde_json::json!(tags) },
                "Layers": stored.image.layers.iter().map(|l| hex(&l.digest)).collect::<Vec<_>>(),
            }));
            images.push((stored.image.clone(), tags));
        }
        let content = format!("{}\n", serde_json::Value::Array(manifest)).into_bytes();
        self.keep_archive(&content, Archive::Images(images));
        self.emit(Event::ImagesSaved {
            images: names.to_vec(),
            path: path.to_string(),
        });
        Ok(ArchiveFile { content, size })
    }

    /// `docker load`: reads an archive `docker save` wrote back into the image store.
    pub fn load_images(&mut self, content: &[u8]) -> Result<Vec<Loaded>, super::DaemonError> {
        let Some(Archive::Images(images)) = self.archive_of(content).cloned() else {
            return Err(super::DaemonError::other("unexpected EOF"));
        };
        let mut loaded = Vec::new();
        for (image, tags) in images {
            let new_layers = image
                .layers
                .iter()
                .filter(|l| !self.has_layer(&l.digest))
                .map(|l| (crate::image::short_id(&l.digest).to_string(), l.size))
                .collect();
            let id = self.store_image(image);
            for tag in &tags {
                if let Ok(r) = crate::image::reference::parse(tag) {
                    let r = r.with_default_tag();
                    self.set_tag(&r.full(), &r.familiar(), &id);
                }
            }
            let names = if tags.is_empty() {
                vec![id.clone()]
            } else {
                tags
            };
            for name in &names {
                self.emit(Event::ImageLoaded {
                    image: name.clone(),
                });
            }
            loaded.push(Loaded {
                new_layers,
                names,
                id,
            });
        }
        Ok(loaded)
    }

    /// `docker export`: a container's whole filesystem as one flat archive.
    pub fn export_container(&mut self, idx: usize, path: &str) -> ArchiveFile {
        let mut tree = self.container_fs(idx);
        tree.set_read_only(crate::vfs::ReadOnlyMounts::default());
        let mut listing = String::new();
        let mut size = 0;
        for (p, node) in tree.iter() {
            if p == "/" {
                continue;
            }
            listing.push_str(&p[1..]);
            if node.is_dir() {
                listing.push('/');
            }
            listing.push('\n');
            size += node.size() + 512;
        }
        let content = listing.into_bytes();
        self.keep_archive(&content, Archive::Filesystem(tree));
        let container = self.containers[idx].name.clone();
        self.emit(Event::ContainerExported {
            container,
            path: path.to_string(),
        });
        ArchiveFile { content, size }
    }

    /// `docker import`: a filesystem archive as a new one-layer image.
    pub fn import_image(
        &mut self,
        content: &[u8],
        target: Option<&crate::image::reference::Reference>,
        changes: &[String],
        message: &str,
    ) -> Result<String, super::DaemonError> {
        let Some(Archive::Filesystem(tree)) = self.archive_of(content).cloned() else {
            return Err(super::DaemonError::other("archive/tar: invalid tar header"));
        };
        let mut config = crate::image::ImageConfig::default();
        apply_changes(&mut config, changes)?;
        let diff: crate::vfs::Diff = tree
            .iter()
            .filter(|(p, _)| p.as_str() != "/")
            .map(|(p, n)| (p.clone(), Some(n.clone())))
            .collect();
        let layer = std::sync::Arc::new(crate::image::Layer::from_diff(diff));
        let now = self.now() / 1000;
        let history = vec![crate::image::HistoryEntry {
            created: now,
            created_by: String::new(),
            comment: if message.is_empty() {
                "Imported from -".to_string()
            } else {
                message.to_string()
            },
            empty_layer: false,
        }];
        let image = crate::image::Image::new(config, vec![layer], history, now);
        let id = self.store_image(image);
        let mut reference = String::new();
        if let Some(t) = target {
            let t = t.with_default_tag();
            self.set_tag(&t.full(), &t.familiar(), &id);
            reference = t.familiar();
        }
        self.emit(Event::ImageImported {
            image_id: id.clone(),
            reference,
        });
        Ok(id)
    }

    /// Writes an archive on the learner's machine (its readable part and apparent size).
    pub fn write_host_archive(&mut self, path: &str, file: &ArchiveFile) {
        let mut node = crate::vfs::Node::sized_file(file.content.clone(), file.size);
        // The client writes it as the learner.
        node.uid = 1000;
        node.gid = 1000;
        self.host_fs.insert(path, node);
        self.emit(Event::HostFileWritten {
            path: path.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_apply_as_dockerfile_instructions() {
        let mut c = crate::image::ImageConfig::default();
        apply_changes(
            &mut c,
            &[
                "CMD [\"node\", \"app.js\"]".into(),
                "ENTRYPOINT /start.sh".into(),
                "ENV MODE=prod".into(),
                "EXPOSE 8080 53/udp".into(),
                "LABEL team=\"docs\"".into(),
                "WORKDIR /app".into(),
                "USER node".into(),
            ],
        )
        .unwrap();
        assert_eq!(c.cmd, Some(vec!["node".into(), "app.js".into()]));
        assert_eq!(
            c.entrypoint,
            Some(vec!["/bin/sh".into(), "-c".into(), "/start.sh".into()])
        );
        assert_eq!(c.env, vec!["MODE=prod".to_string()]);
        assert!(c.exposed_ports.contains_key("8080/tcp") && c.exposed_ports.contains_key("53/udp"));
        assert_eq!(c.labels.unwrap()["team"], "docs");
        assert_eq!((c.working_dir.as_str(), c.user.as_str()), ("/app", "node"));
        let err = apply_changes(&mut crate::image::ImageConfig::default(), &["RUN x".into()]);
        assert_eq!(
            err.unwrap_err().message,
            "run is not a valid change command"
        );
    }
}
