//! A container's view of files: its image's layers, its writable layer, and its mounts.
//!
//! Programs work on a materialised [`Tree`]; afterwards the changes are split back into the
//! writable layer (what `docker diff` shows and `docker rm` discards) and the mounted volumes
//! and host directories (which outlive the container).

use super::{Engine, MountSource};
use crate::vfs::{self, Tree};

/// Moves the subtree at `at` out of `tree` into a new tree rooted at `/`.
fn take_subtree(tree: &mut Tree, at: &str) -> Tree {
    let mut out = Tree::default();
    let entries: Vec<(String, vfs::Node)> = tree
        .walk(at)
        .map(|(p, n)| (p[at.len()..].to_string(), n.clone()))
        .collect();
    for (path, node) in entries {
        out.insert(&path, node);
    }
    let _ = tree.remove(at, true);
    out
}

/// Copies `sub` (rooted at `/`) into `tree` below `at`.
fn put_subtree(tree: &mut Tree, at: &str, sub: &Tree) {
    let _ = tree.mkdir_all(at);
    for (path, node) in sub.iter() {
        if path == "/" {
            continue;
        }
        tree.insert(&format!("{at}{path}"), node.clone());
    }
}

impl Engine {
    /// The container's whole filesystem as its processes see it now.
    pub fn container_fs(&mut self, idx: usize) -> Tree {
        let image_id = self.containers[idx].image_id.clone();
        let base = self.image_tree(&image_id);
        let mut tree = (*base).clone();
        tree.apply(&self.containers[idx].writable);
        let mounts = self.containers[idx].mounts.clone();
        for mount in &mounts {
            let target = vfs::normalize("/", &mount.target);
            match &mount.source {
                MountSource::Volume(name) => {
                    let Some(volume) = self.volumes.get_mut(name) else {
                        continue;
                    };
                    if !volume.initialised {
                        // An empty volume is filled with what the image has at the mount point.
                        if volume.data.is_empty() && tree.is_dir(&target) {
                            let mut copy = tree.clone();
                            volume.data = take_subtree(&mut copy, &target);
                        }
                        volume.initialised = true;
                    }
                    let data = volume.data.clone();
                    let _ = tree.remove(&target, true);
                    put_subtree(&mut tree, &target, &data);
                }
                MountSource::Bind(source) => {
                    let source = vfs::normalize("/", source);
                    // A single file (a compose secret, `-v ./app.conf:/etc/app.conf`).
                    if let Some(file) = self.host_fs.get(&source).filter(|n| n.is_file()) {
                        let _ = tree.remove(&target, true);
                        let _ = tree.mkdir_all(vfs::parent(&target));
                        tree.insert(&target, file.clone());
                        continue;
                    }
                    let mut host = self.host_fs.clone();
                    let data = if host.is_dir(&source) {
                        take_subtree(&mut host, &source)
                    } else {
                        Tree::default()
                    };
                    let _ = tree.remove(&target, true);
                    put_subtree(&mut tree, &target, &data);
                }
                MountSource::Tmpfs => {
                    let _ = tree.remove(&target, true);
                    let _ = tree.mkdir_all(&target);
                }
            }
        }
        // Docker mounts the container's own /etc/hostname, /etc/hosts and /etc/resolv.conf
        // over the image's.
        if tree.is_dir("/etc") {
            let hostname = self.containers[idx].config.hostname.clone();
            tree.insert("/etc/hostname", vfs::Node::file(format!("{hostname}\n")));
            tree.insert("/etc/hosts", vfs::Node::file(self.hosts_file(idx)));
            tree.insert("/etc/resolv.conf", vfs::Node::file(self.resolv_conf(idx)));
        }
        // `--read-only` and `:ro` mounts: writes there fail with EROFS; volumes, tmpfs, the
        // /dev/shm and the /etc files Docker mounts stay writable.
        let c = &self.containers[idx];
        let mut ro = vfs::ReadOnlyMounts::default();
        if c.host.readonly_rootfs {
            ro.read_only.push("/".to_string());
            for p in [
                "/dev",
                "/proc",
                "/sys",
                "/etc/hostname",
                "/etc/hosts",
                "/etc/resolv.conf",
            ] {
                ro.writable.push(p.to_string());
            }
        }
        for m in &mounts {
            let target = vfs::normalize("/", &m.target);
            if m.read_only {
                ro.read_only.push(target);
            } else {
                ro.writable.push(target);
            }
        }
        tree.set_read_only(ro);
        tree
    }

    /// Stores a container's filesystem after programs changed it: mounted paths go back to
    /// their volumes and host directories, the rest becomes the writable layer.
    pub fn store_container_fs(&mut self, idx: usize, mut tree: Tree) {
        self.apply_server_writes(idx, &mut tree);
        let image_id = self.containers[idx].image_id.clone();
        let base = self.image_tree(&image_id);
        let mounts = self.containers[idx].mounts.clone();
        for mount in &mounts {
            let target = vfs::normalize("/", &mount.target);
            let data = take_subtree(&mut tree, &target);
            // Put the image's own files back under the mount point so they don't show up as
            // deletions in the writable layer.
            if base.exists(&target) {
                let mut copy = (*base).clone();
                let original = take_subtree(&mut copy, &target);
                put_subtree(&mut tree, &target, &original);
            } else {
                let _ = tree.mkdir_all(&target);
            }
            if mount.read_only {
                continue;
            }
            match &mount.source {
                MountSource::Volume(name) => {
                    if let Some(volume) = self.volumes.get_mut(name) {
                        volume.data = data;
                    }
                }
                MountSource::Bind(source) => {
                    let source = vfs::normalize("/", source);
                    // A bound single file is read back by nobody: leave the host's copy.
                    if self.host_fs.is_file(&source) {
                        continue;
                    }
                    let _ = self.host_fs.remove(&source, true);
                    put_subtree(&mut self.host_fs, &source, &data);
                }
                MountSource::Tmpfs => {}
            }
        }
        // The mounted /etc files are not part of the writable layer.
        for path in ["/etc/hostname", "/etc/hosts", "/etc/resolv.conf"] {
            match base.get(path) {
                Some(node) => tree.insert(path, node.clone()),
                None => {
                    let _ = tree.remove(path, false);
                }
            }
        }
        self.containers[idx].writable = tree.diff_from(&base);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtrees_move_between_trees() {
        let mut t = Tree::default();
        t.insert("/data/a/b", vfs::Node::file("x"));
        let sub = take_subtree(&mut t, "/data");
        assert!(!t.exists("/data"));
        assert_eq!(sub.read("/a/b").unwrap(), b"x");
        put_subtree(&mut t, "/mnt/v", &sub);
        assert_eq!(t.read("/mnt/v/a/b").unwrap(), b"x");
    }
}

/// What `docker cp` copied: where it landed and how many bytes of files it carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copied {
    /// The path written in the receiving tree.
    pub target: String,
    /// The size of the tar stream that carried them (what the client reports).
    pub bytes: u64,
}

impl Engine {
    /// `docker cp CONTAINER:PATH DEST`: copies `path` out of `container` (both as typed) to
    /// `dest` on the learner's machine (an absolute host path), into it when it is a directory.
    pub fn copy_from_container(
        &mut self,
        container: &str,
        path: &str,
        dest: String,
    ) -> Result<Copied, super::DaemonError> {
        let idx = self.find_container(container)?;
        let fs = self.container_fs(idx);
        let from = vfs::normalize("/", path);
        if !fs.exists(&from) {
            return Err(super::DaemonError::other(format!(
                "Could not find the file {path} in container {container}"
            )));
        }
        let target = cp_target(&self.host_fs, dest, &from);
        let _ = self.host_fs.remove(&target, true);
        copy_between(&fs, &from, &mut self.host_fs, &target);
        self.emit(super::Event::HostFileWritten {
            path: target.clone(),
        });
        Ok(Copied {
            target,
            bytes: subtree_size(&fs, &from),
        })
    }

    /// `docker cp SRC CONTAINER:PATH`: copies `src` (an absolute host path that exists) into
    /// container `idx` at `path` (as typed), into it when it is a directory there.
    pub fn copy_into_container(&mut self, idx: usize, src: &str, path: &str) -> Copied {
        let mut fs = self.container_fs(idx);
        let to = vfs::normalize("/", path);
        let target = cp_target(&fs, to, src);
        copy_between(&self.host_fs, src, &mut fs, &target);
        self.store_container_fs(idx, fs);
        let bytes = subtree_size(&self.host_fs, src);
        let container = self.containers.get(idx).map(|c| c.name.clone());
        if let Some(container) = container {
            self.emit(super::Event::ContainerFilesChanged {
                container,
                paths: vec![target.clone()],
            });
        }
        Copied { target, bytes }
    }
}

/// Where `docker cp` puts `from` in the receiving tree: inside `to` when that is a directory
/// there, else at `to` itself.
fn cp_target(receiver: &Tree, to: String, from: &str) -> String {
    if receiver.is_dir(&to) {
        format!("{}/{}", to.trim_end_matches('/'), vfs::base_name(from))
    } else {
        to
    }
}

/// The size of the tar stream `docker cp` sends for `path`: a 512-byte header per entry, file
/// data padded to 512-byte blocks, and the two empty blocks that end an archive.
fn subtree_size(fs: &Tree, path: &str) -> u64 {
    let entry = |n: &vfs::Node| 512 + n.size().div_ceil(512) * 512;
    fs.get(path).map(entry).unwrap_or(0) + fs.walk(path).map(|(_, n)| entry(n)).sum::<u64>() + 1024
}

fn copy_between(from: &Tree, src: &str, to: &mut Tree, dst: &str) {
    if let Some(node) = from.get(src) {
        to.insert(dst, node.clone());
    }
    for (path, node) in from.walk(src) {
        to.insert(&format!("{dst}{}", &path[src.len()..]), node.clone());
    }
}
