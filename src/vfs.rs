//! A virtual filesystem: the file trees of image layers, containers and the learner's host.
//!
//! A [`Tree`] is a flat, ordered map from absolute, normalised paths to [`Node`]s. Ordered maps
//! keep every listing deterministic, and a flat map makes "everything under /app" a range query.
//! A [`Diff`] is what one layer changes: new or replaced nodes, and whiteouts (`None`) for what
//! it deletes. Large files (a `node_modules` tree, a JVM) carry an apparent size instead of
//! bytes, so images can be as big as the real ones without costing memory.

use std::collections::BTreeMap;
use std::fmt;

use sha2::{Digest as _, Sha256};

/// What one filesystem entry is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A regular file: its bytes, plus `extra` bytes of apparent size that are not stored.
    File {
        /// The content that programs read.
        data: Vec<u8>,
        /// Apparent size beyond `data` (for big binaries and packages whose bytes don't matter).
        extra: u64,
    },
    /// A directory; its children are the paths below it in the tree.
    Dir,
    /// A symbolic link to the target path.
    Symlink(String),
}

/// One filesystem entry with its metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// File, directory or link.
    pub kind: NodeKind,
    /// Permission bits (`0o644`, `0o755`).
    pub mode: u32,
    /// Owner user ID.
    pub uid: u32,
    /// Owner group ID.
    pub gid: u32,
}

impl Node {
    /// A regular file with mode 0644 owned by root.
    pub fn file(data: impl Into<Vec<u8>>) -> Node {
        Node {
            kind: NodeKind::File {
                data: data.into(),
                extra: 0,
            },
            mode: 0o644,
            uid: 0,
            gid: 0,
        }
    }

    /// A file whose apparent size is `size` bytes, holding `data` as its readable start.
    pub fn sized_file(data: impl Into<Vec<u8>>, size: u64) -> Node {
        let data = data.into();
        let extra = size.saturating_sub(data.len() as u64);
        Node {
            kind: NodeKind::File { data, extra },
            mode: 0o644,
            uid: 0,
            gid: 0,
        }
    }

    /// An executable file (mode 0755).
    pub fn executable(data: impl Into<Vec<u8>>) -> Node {
        Node {
            mode: 0o755,
            ..Node::file(data)
        }
    }

    /// A directory with mode 0755 owned by root.
    pub fn dir() -> Node {
        Node {
            kind: NodeKind::Dir,
            mode: 0o755,
            uid: 0,
            gid: 0,
        }
    }

    /// A symbolic link.
    pub fn symlink(target: impl Into<String>) -> Node {
        Node {
            kind: NodeKind::Symlink(target.into()),
            mode: 0o777,
            uid: 0,
            gid: 0,
        }
    }

    /// Whether this is a directory.
    pub fn is_dir(&self) -> bool {
        matches!(self.kind, NodeKind::Dir)
    }

    /// Whether this is a regular file.
    pub fn is_file(&self) -> bool {
        matches!(self.kind, NodeKind::File { .. })
    }

    /// The apparent size in bytes (directories and links count as 0).
    pub fn size(&self) -> u64 {
        match &self.kind {
            NodeKind::File { data, extra } => data.len() as u64 + extra,
            NodeKind::Dir | NodeKind::Symlink(_) => 0,
        }
    }

    /// The stored bytes of a file (empty for directories and links).
    pub fn data(&self) -> &[u8] {
        match &self.kind {
            NodeKind::File { data, .. } => data,
            NodeKind::Dir | NodeKind::Symlink(_) => &[],
        }
    }
}

/// Why a filesystem operation failed, named as `errno` texts are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsError {
    /// ENOENT.
    NotFound,
    /// ENOTDIR: a path component is not a directory.
    NotADirectory,
    /// EISDIR.
    IsADirectory,
    /// EEXIST.
    Exists,
    /// ENOTEMPTY.
    NotEmpty,
    /// EINVAL, e.g. moving a directory into itself.
    Invalid,
    /// ENOSPC: the simulation's size bound was hit.
    NoSpace,
    /// ENAMETOOLONG: a path longer than [`PATH_MAX`] (this also bounds how deep a tree a
    /// learner can build: `mkdir -p` of 10,000 levels stops at the limit).
    NameTooLong,
    /// EROFS: the path is on a read-only mount (`docker run --read-only`, `-v x:/y:ro`).
    ReadOnly,
    /// EACCES: a user other than root lacks write permission (`USER app`, `--user 1000`).
    PermissionDenied,
}

/// The longest path the filesystem accepts, in bytes (Linux's `PATH_MAX`).
pub const PATH_MAX: usize = 4096;

/// The learner's home directory on the host, where the shell starts.
pub const HOME: &str = "/home/learner";

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FsError::NotFound => "No such file or directory",
            FsError::NotADirectory => "Not a directory",
            FsError::IsADirectory => "Is a directory",
            FsError::Exists => "File exists",
            FsError::NotEmpty => "Directory not empty",
            FsError::Invalid => "Invalid argument",
            FsError::NoSpace => "No space left on device",
            FsError::NameTooLong => "File name too long",
            FsError::ReadOnly => "Read-only file system",
            FsError::PermissionDenied => "Permission denied",
        })
    }
}

/// Joins `path` onto `cwd` (unless it is absolute) and normalises `.`, `..` and repeated `/`.
///
/// The result always starts with `/` and never ends with one, except the root itself.
pub fn normalize(cwd: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    if parts.is_empty() {
        "/".to_string()
    } else {
        let mut out = String::with_capacity(joined.len());
        for p in parts {
            out.push('/');
            out.push_str(p);
        }
        out
    }
}

/// The parent directory of a normalised path (`/` is its own parent).
pub fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

/// The last component of a normalised path (empty for `/`).
pub fn base_name(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[i + 1..],
        None => path,
    }
}

/// The changes one layer makes: a node for each added or changed path, `None` for a deletion.
pub type Diff = BTreeMap<String, Option<Node>>;

/// A whole file tree, always containing the root directory `/`.
#[derive(Clone, Debug)]
pub struct Tree {
    entries: BTreeMap<String, Node>,
    /// The bytes file contents hold (not apparent sizes), kept up to date by the methods that
    /// add and remove files; changes made through [`Tree::get_mut`] are not counted, so it is
    /// only an estimate, good enough for the [`MAX_TREE_BYTES`] bound.
    bytes: usize,
    /// Read-only mount points and the writable mounts under them (a container's view).
    mounts_ro: Option<Box<ReadOnlyMounts>>,
}

/// Which paths of a tree refuse writes: the deepest mount point that holds a path decides.
#[derive(Clone, Debug, Default)]
pub struct ReadOnlyMounts {
    /// Mount points whose files cannot change (`/` for `--read-only`).
    pub read_only: Vec<String>,
    /// Writable mount points (volumes, tmpfs) under a read-only one.
    pub writable: Vec<String>,
    /// The uid and gid of a process other than root that writes: a write needs the `w` bit
    /// (owner, group or others) of the file it changes, or of the directory where it creates.
    pub user: Option<(u32, u32)>,
}

fn under(path: &str, mount: &str) -> bool {
    mount == "/"
        || path == mount
        || path.starts_with(mount) && path.as_bytes().get(mount.len()) == Some(&b'/')
}

/// Trees are equal when their entries are (the byte count is bookkeeping).
impl PartialEq for Tree {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl Eq for Tree {}

impl Default for Tree {
    fn default() -> Self {
        let mut entries = BTreeMap::new();
        entries.insert("/".to_string(), Node::dir());
        Tree {
            entries,
            bytes: 0,
            mounts_ro: None,
        }
    }
}

/// Entries one tree may hold: copying, creating files and directories past it fails with
/// "No space left on device" (a loop of `cp -r d d/x` doubles a tree each time).
pub const MAX_TREE_ENTRIES: usize = 10_000;

/// Bytes of file contents one tree may hold (a loop of `cp big big$i` copies real bytes).
pub const MAX_TREE_BYTES: usize = 64 << 20;

/// The bytes a node's contents hold in memory.
fn held(node: &Node) -> usize {
    match &node.kind {
        NodeKind::File { data, .. } => data.len(),
        NodeKind::Dir | NodeKind::Symlink(_) => 0,
    }
}

/// Ten directory levels of symlinks are followed before giving up, as a loop guard.
const MAX_SYMLINK_HOPS: usize = 10;

impl Tree {
    /// Looks up a normalised path without following a final symlink.
    pub fn get(&self, path: &str) -> Option<&Node> {
        self.entries.get(path)
    }

    /// Looks up a path, following symlinks in the final component.
    pub fn resolve(&self, path: &str) -> Option<(String, &Node)> {
        let mut current = path.to_string();
        for _ in 0..MAX_SYMLINK_HOPS {
            let node = self.entries.get(&current)?;
            match &node.kind {
                NodeKind::Symlink(target) => current = normalize(parent(&current), target),
                _ => return Some((current, node)),
            }
        }
        None
    }

    /// Mutable access to a node (no symlink following).
    pub fn get_mut(&mut self, path: &str) -> Option<&mut Node> {
        self.entries.get_mut(path)
    }

    /// Whether anything exists at `path`.
    pub fn exists(&self, path: &str) -> bool {
        self.resolve(path).is_some()
    }

    /// Whether `path` is a directory (following symlinks).
    pub fn is_dir(&self, path: &str) -> bool {
        self.resolve(path).is_some_and(|(_, n)| n.is_dir())
    }

    /// Whether `path` is a regular file (following symlinks).
    pub fn is_file(&self, path: &str) -> bool {
        self.resolve(path).is_some_and(|(_, n)| n.is_file())
    }

    /// Reads a whole file's stored bytes.
    pub fn read(&self, path: &str) -> Result<&[u8], FsError> {
        match self.resolve(path) {
            None => Err(self.missing_reason(path)),
            Some((_, node)) => match &node.kind {
                NodeKind::File { data, .. } => Ok(data),
                NodeKind::Dir => Err(FsError::IsADirectory),
                NodeKind::Symlink(_) => Err(FsError::NotFound),
            },
        }
    }

    /// Reads a file as text, replacing invalid UTF-8.
    pub fn read_string(&self, path: &str) -> Result<String, FsError> {
        self.read(path)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }

    /// Why `path` cannot be found: a missing component, or a component that is a file.
    fn missing_reason(&self, path: &str) -> FsError {
        let mut p = parent(path);
        loop {
            if let Some(node) = self.entries.get(p) {
                return if node.is_dir() || matches!(node.kind, NodeKind::Symlink(_)) {
                    FsError::NotFound
                } else {
                    FsError::NotADirectory
                };
            }
            if p == "/" {
                return FsError::NotFound;
            }
            p = parent(p);
        }
    }

    /// Checks that the parent of `path` exists and is a directory.
    fn check_parent(&self, path: &str) -> Result<(), FsError> {
        if path == "/" {
            return Ok(());
        }
        let dir = parent(path);
        match self.resolve(dir) {
            Some((_, n)) if n.is_dir() => Ok(()),
            Some(_) => Err(FsError::NotADirectory),
            None => Err(self.missing_reason(dir)),
        }
    }

    /// Marks mount points read-only (writes below them fail with EROFS), except the writable
    /// mounts listed under them.
    pub fn set_read_only(&mut self, mounts: ReadOnlyMounts) {
        let on = !mounts.read_only.is_empty() || mounts.user.is_some_and(|(uid, _)| uid != 0);
        self.mounts_ro = on.then(|| Box::new(mounts));
    }

    /// Makes writes check the permissions of user `uid`:`gid` (root, uid 0, may write anything
    /// that is not on a read-only mount).
    pub fn set_user(&mut self, uid: u32, gid: u32) {
        let mut mounts = self.mounts_ro.take().map(|m| *m).unwrap_or_default();
        mounts.user = Some((uid, gid));
        self.set_read_only(mounts);
    }

    /// A new node, owned by the user who writes when that is not root.
    fn owned(&self, mut node: Node) -> Node {
        if let Some((uid, gid)) = self.mounts_ro.as_ref().and_then(|m| m.user) {
            node.uid = uid;
            node.gid = gid;
        }
        node
    }

    /// Whether user `uid`:`gid` may write to `node` by its owner, group and mode bits.
    fn may_write(node: &Node, uid: u32, gid: u32) -> bool {
        let bit = if node.uid == uid {
            0o200
        } else if node.gid == gid {
            0o020
        } else {
            0o002
        };
        node.mode & bit != 0
    }

    /// Fails with EROFS when `path` is on a read-only mount.
    pub fn check_writable(&self, path: &str) -> Result<(), FsError> {
        let Some(m) = &self.mounts_ro else {
            return Ok(());
        };
        let deepest = |list: &[String]| {
            list.iter()
                .filter(|mp| under(path, mp))
                .map(|mp| if mp == "/" { 0 } else { mp.len() })
                .max()
        };
        match (deepest(&m.read_only), deepest(&m.writable)) {
            (Some(ro), Some(rw)) if rw >= ro => {}
            (Some(_), _) => return Err(FsError::ReadOnly),
            _ => {}
        }
        let Some((uid, gid)) = m.user.filter(|(uid, _)| *uid != 0) else {
            return Ok(());
        };
        // A file that exists is changed in place; anything else is made (or unlinked) in its
        // directory.
        let node = match self.resolve(path) {
            Some((_, n)) if !n.is_dir() => Some(n),
            _ => self.resolve(parent(path)).map(|(_, n)| n),
        };
        match node {
            Some(n) if !Self::may_write(n, uid, gid) => Err(FsError::PermissionDenied),
            _ => Ok(()),
        }
    }

    /// Writes (creates or truncates) a file; the parent directory must exist.
    pub fn write(&mut self, path: &str, data: impl Into<Vec<u8>>) -> Result<(), FsError> {
        if path.len() > PATH_MAX {
            return Err(FsError::NameTooLong);
        }
        self.check_writable(path)?;
        self.check_parent(path)?;
        let target = self
            .resolve(path)
            .map(|(p, _)| p)
            .unwrap_or_else(|| path.to_string());
        let data: Vec<u8> = data.into();
        let old = self.entries.get(&target).map_or(0, held);
        let bytes = self.bytes.saturating_sub(old).saturating_add(data.len());
        if bytes > MAX_TREE_BYTES && data.len() > old {
            return Err(FsError::NoSpace);
        }
        match self.entries.get_mut(&target) {
            Some(node) if node.is_dir() => Err(FsError::IsADirectory),
            Some(node) => {
                node.kind = NodeKind::File { data, extra: 0 };
                self.bytes = bytes;
                Ok(())
            }
            None => {
                if self.entries.len() >= MAX_TREE_ENTRIES {
                    return Err(FsError::NoSpace);
                }
                let node = self.owned(Node::file(data));
                self.entries.insert(target, node);
                self.bytes = bytes;
                Ok(())
            }
        }
    }

    /// Appends to a file, creating it if needed.
    pub fn append(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        let mut current = match self.read(path) {
            Ok(bytes) => bytes.to_vec(),
            Err(FsError::NotFound) => Vec::new(),
            Err(e) => return Err(e),
        };
        current.extend_from_slice(data);
        self.write(path, current)
    }

    /// Inserts a node as is, creating missing parent directories.
    pub fn insert(&mut self, path: &str, node: Node) {
        let path = normalize("/", path);
        self.ensure_parents(&path);
        self.bytes = self.bytes.saturating_add(held(&node));
        if let Some(old) = self.entries.insert(path, node) {
            self.bytes = self.bytes.saturating_sub(held(&old));
        }
    }

    fn ensure_parents(&mut self, path: &str) {
        let mut missing = Vec::new();
        let mut p = parent(path);
        while p != "/" && !self.entries.contains_key(p) {
            missing.push(p.to_string());
            p = parent(p);
        }
        for dir in missing {
            self.entries.insert(dir, Node::dir());
        }
    }

    /// Creates one directory; the parent must exist.
    pub fn mkdir(&mut self, path: &str) -> Result<(), FsError> {
        if path.len() > PATH_MAX {
            return Err(FsError::NameTooLong);
        }
        if self.entries.contains_key(path) {
            return Err(FsError::Exists);
        }
        self.check_parent(path)?;
        self.check_writable(path)?;
        if self.entries.len() >= MAX_TREE_ENTRIES {
            return Err(FsError::NoSpace);
        }
        let node = self.owned(Node::dir());
        self.entries.insert(path.to_string(), node);
        Ok(())
    }

    /// Creates a directory and its missing parents (`mkdir -p`).
    pub fn mkdir_all(&mut self, path: &str) -> Result<(), FsError> {
        if path.len() > PATH_MAX {
            return Err(FsError::NameTooLong);
        }
        // Start below the deepest ancestor that is already a plain directory: in a loop that
        // makes each level one deeper (`mkdir -p $d/x`), walking every level from `/` costs
        // the path's depth times its length per call.
        let mut p = String::new();
        let mut rest = path;
        let mut cut = path.len();
        while let Some(slash) = path[..cut].rfind('/') {
            let prefix = &path[..cut];
            if self
                .entries
                .get(prefix)
                .is_some_and(|n| matches!(n.kind, NodeKind::Dir))
            {
                p = prefix.to_string();
                rest = &path[cut..];
                break;
            }
            cut = slash;
        }
        for part in rest.split('/').filter(|s| !s.is_empty()) {
            p.push('/');
            p.push_str(part);
            match self.resolve(&p) {
                Some((_, n)) if n.is_dir() => {}
                Some(_) => return Err(FsError::NotADirectory),
                None => {
                    if self.entries.len() >= MAX_TREE_ENTRIES {
                        return Err(FsError::NoSpace);
                    }
                    self.check_writable(&p)?;
                    let node = self.owned(Node::dir());
                    self.entries.insert(p.clone(), node);
                }
            }
        }
        Ok(())
    }

    /// The names directly inside a directory, sorted.
    pub fn list(&self, dir: &str) -> Result<Vec<String>, FsError> {
        let (dir, node) = self.resolve(dir).ok_or(self.missing_reason(dir))?;
        if !node.is_dir() {
            return Err(FsError::NotADirectory);
        }
        let prefix = if dir == "/" {
            "/".to_string()
        } else {
            format!("{dir}/")
        };
        Ok(self
            .entries
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter(|(k, _)| k.len() > prefix.len() && !k[prefix.len()..].contains('/'))
            .map(|(k, _)| k[prefix.len()..].to_string())
            .collect())
    }

    /// Every path strictly below `dir`, in order, with its node.
    pub fn walk<'a>(&'a self, dir: &str) -> impl Iterator<Item = (&'a String, &'a Node)> + 'a {
        let prefix = if dir == "/" {
            "/".to_string()
        } else {
            format!("{dir}/")
        };
        let start = prefix.clone();
        self.entries
            .range(start..)
            .take_while(move |(k, _)| k.starts_with(&prefix))
            .filter(|(k, _)| k.as_str() != "/")
    }

    /// Removes a file or link, or a directory (only if `recursive`, or if it is empty).
    pub fn remove(&mut self, path: &str, recursive: bool) -> Result<(), FsError> {
        if path == "/" {
            return Err(FsError::Invalid);
        }
        let node = self
            .entries
            .get(path)
            .ok_or_else(|| self.missing_reason(path))?;
        self.check_writable(path)?;
        if node.is_dir() {
            let children: Vec<String> = self.walk(path).map(|(k, _)| k.clone()).collect();
            if !children.is_empty() && !recursive {
                return Err(FsError::NotEmpty);
            }
            for child in children {
                if let Some(old) = self.entries.remove(&child) {
                    self.bytes = self.bytes.saturating_sub(held(&old));
                }
            }
        }
        if let Some(old) = self.entries.remove(path) {
            self.bytes = self.bytes.saturating_sub(held(&old));
        }
        Ok(())
    }

    /// Copies a file or a whole directory to `to` (which must not exist yet).
    pub fn copy(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        let (from, node) = self
            .resolve(from)
            .map(|(p, n)| (p, n.clone()))
            .ok_or(FsError::NotFound)?;
        self.check_parent(to)?;
        self.check_writable(to)?;
        if node.is_dir() && (to == from || to.starts_with(&format!("{from}/"))) {
            return Err(FsError::Invalid);
        }
        let children: Vec<(String, Node)> = self
            .walk(&from)
            .map(|(k, n)| (format!("{to}{}", &k[from.len()..]), n.clone()))
            .collect();
        let added = held(&node) + children.iter().map(|(_, n)| held(n)).sum::<usize>();
        if self.entries.len() + children.len() >= MAX_TREE_ENTRIES
            || self.bytes.saturating_add(added) > MAX_TREE_BYTES
        {
            return Err(FsError::NoSpace);
        }
        for (k, n) in std::iter::once((to.to_string(), node)).chain(children) {
            self.bytes = self.bytes.saturating_add(held(&n));
            if let Some(old) = self.entries.insert(k, n) {
                self.bytes = self.bytes.saturating_sub(held(&old));
            }
        }
        Ok(())
    }

    /// Moves a file or directory.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        if !self.entries.contains_key(from) {
            return Err(self.missing_reason(from));
        }
        self.check_writable(from)?;
        self.check_writable(to)?;
        if to == from {
            return Ok(());
        }
        if to.starts_with(&format!("{from}/")) {
            return Err(FsError::Invalid);
        }
        self.check_parent(to)?;
        let moved: Vec<String> = std::iter::once(from.to_string())
            .chain(self.walk(from).map(|(k, _)| k.clone()))
            .collect();
        if self.entries.get(to).is_some_and(Node::is_dir) {
            self.remove(to, true)?;
        }
        for old in moved {
            if let Some(node) = self.entries.remove(&old) {
                if let Some(replaced) = self
                    .entries
                    .insert(format!("{to}{}", &old[from.len()..]), node)
                {
                    self.bytes = self.bytes.saturating_sub(held(&replaced));
                }
            }
        }
        Ok(())
    }

    /// The sum of the apparent sizes of all files.
    pub fn total_size(&self) -> u64 {
        self.entries.values().map(Node::size).sum()
    }

    /// The number of entries, the root included.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the tree holds only its root.
    pub fn is_empty(&self) -> bool {
        self.entries.len() == 1
    }

    /// All entries in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Node)> {
        self.entries.iter()
    }

    /// What changed from `base` to `self`, as a layer diff.
    pub fn diff_from(&self, base: &Tree) -> Diff {
        let mut diff = Diff::new();
        for (path, node) in &self.entries {
            if base.entries.get(path) != Some(node) {
                diff.insert(path.clone(), Some(node.clone()));
            }
        }
        for path in base.entries.keys() {
            if !self.entries.contains_key(path) {
                // Only the top of a deleted subtree needs a whiteout.
                let parent_gone = path != "/" && {
                    let p = parent(path);
                    p != "/" && !self.entries.contains_key(p)
                };
                if !parent_gone {
                    diff.insert(path.clone(), None);
                }
            }
        }
        diff
    }

    /// Applies a layer diff on top of this tree.
    pub fn apply(&mut self, diff: &Diff) {
        for (path, change) in diff {
            match change {
                Some(node) => {
                    if !node.is_dir() && self.entries.get(path).is_some_and(Node::is_dir) {
                        let _ = self.remove(path, true);
                    }
                    self.insert(path, node.clone())
                }
                None => {
                    let _ = self.remove(path, true);
                }
            }
        }
    }

    /// Builds a tree from a single diff applied to an empty root.
    pub fn from_diff(diff: &Diff) -> Tree {
        let mut tree = Tree::default();
        tree.apply(diff);
        tree
    }
}

/// The sum of apparent file sizes a diff adds.
pub fn diff_size(diff: &Diff) -> u64 {
    diff.values().flatten().map(Node::size).sum()
}

/// A content digest (`sha256:<64 hex>`) of a diff, computed over a canonical serialisation.
///
/// Equal diffs always give equal digests, so a rebuilt layer has the same ID as before.
pub fn diff_digest(diff: &Diff) -> String {
    let mut hasher = Sha256::new();
    for (path, change) in diff {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        match change {
            None => hasher.update(b"whiteout"),
            Some(node) => {
                hasher.update(format!("{:o}:{}:{}:", node.mode, node.uid, node.gid).as_bytes());
                match &node.kind {
                    NodeKind::File { data, extra } => {
                        hasher.update(b"f");
                        hasher.update((data.len() as u64).to_le_bytes());
                        hasher.update(data);
                        hasher.update(extra.to_le_bytes());
                    }
                    NodeKind::Dir => hasher.update(b"d"),
                    NodeKind::Symlink(t) => {
                        hasher.update(b"l");
                        hasher.update(t.as_bytes());
                    }
                }
            }
        }
        hasher.update([0xff]);
    }
    sha256_hex_of(hasher)
}

/// `sha256:` + the hex digest of some bytes.
pub fn sha256_digest(bytes: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(bytes);
    sha256_hex_of(hasher)
}

fn sha256_hex_of(hasher: Sha256) -> String {
    let out = hasher.finalize();
    let mut s = String::with_capacity(71);
    s.push_str("sha256:");
    for b in out {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_mounts_refuse_writes_except_writable_ones() {
        let mut t = Tree::default();
        t.mkdir_all("/data").unwrap();
        t.mkdir_all("/tmp").unwrap();
        t.write("/etc-file", "x").unwrap();
        t.set_read_only(ReadOnlyMounts {
            user: None,
            read_only: vec!["/".into(), "/data/ro".into()],
            writable: vec!["/tmp".into(), "/data".into()],
        });
        assert_eq!(t.write("/new", "x"), Err(FsError::ReadOnly));
        assert_eq!(t.remove("/etc-file", false), Err(FsError::ReadOnly));
        assert_eq!(t.mkdir("/dir"), Err(FsError::ReadOnly));
        assert!(t.write("/tmp/ok", "x").is_ok());
        assert!(t.mkdir_all("/data/sub").is_ok());
        assert_eq!(t.check_writable("/data/ro/x"), Err(FsError::ReadOnly));
        // An existing directory is no write (`mkdir -p /usr` works on a read-only root).
        assert!(t.mkdir_all("/tmp").is_ok());
        assert_eq!(FsError::ReadOnly.to_string(), "Read-only file system");
    }

    #[test]
    fn normalize_joins_and_cleans() {
        assert_eq!(normalize("/app", "x/../y/./z"), "/app/y/z");
        assert_eq!(normalize("/app", "/etc//os-release"), "/etc/os-release");
        assert_eq!(normalize("/", ".."), "/");
        assert_eq!(normalize("/a/b", ""), "/a/b");
    }

    #[test]
    fn write_needs_parent_and_lists_sorted() {
        let mut t = Tree::default();
        assert_eq!(t.write("/app/x", "1"), Err(FsError::NotFound));
        t.mkdir_all("/app/sub").unwrap();
        t.write("/app/b", "2").unwrap();
        t.write("/app/a", "1").unwrap();
        assert_eq!(t.list("/app").unwrap(), vec!["a", "b", "sub"]);
        assert_eq!(t.read("/app/a").unwrap(), b"1");
        assert_eq!(t.write("/app/a/x", "1"), Err(FsError::NotADirectory));
    }

    #[test]
    fn diff_round_trips_and_digest_is_stable() {
        let mut base = Tree::default();
        base.insert("/etc/hostname", Node::file("a"));
        base.insert("/tmp/old/f", Node::file("x"));
        let mut top = base.clone();
        top.write("/etc/hostname", "b").unwrap();
        top.remove("/tmp/old", true).unwrap();
        top.insert("/app/index.js", Node::file("js"));
        let diff = top.diff_from(&base);
        assert_eq!(diff.get("/tmp/old"), Some(&None));
        assert!(!diff.contains_key("/tmp/old/f"));
        let mut rebuilt = base.clone();
        rebuilt.apply(&diff);
        assert_eq!(rebuilt, top);
        assert_eq!(diff_digest(&diff), diff_digest(&top.diff_from(&base)));
        assert_eq!(diff_digest(&diff).len(), 71);
    }

    #[test]
    fn rename_moves_subtrees() {
        let mut t = Tree::default();
        t.insert("/a/b/c", Node::file("c"));
        t.rename("/a", "/z").unwrap();
        assert_eq!(t.read("/z/b/c").unwrap(), b"c");
        assert!(!t.exists("/a"));
        assert_eq!(t.rename("/z", "/z/in"), Err(FsError::Invalid));
    }

    #[test]
    fn symlinks_resolve_with_a_bound() {
        let mut t = Tree::default();
        t.insert("/bin/busybox", Node::executable("bb"));
        t.insert("/bin/sh", Node::symlink("busybox"));
        t.insert("/loop", Node::symlink("/loop"));
        assert_eq!(t.read("/bin/sh").unwrap(), b"bb");
        assert_eq!(t.read("/loop"), Err(FsError::NotFound));
    }
}
