//! `.dockerignore` patterns and COPY source globs, matched as Docker matches them.
//!
//! Three pieces of Docker's behaviour live here, all "trees in, trees out":
//!
//! * reading a `.dockerignore` (the `dockerignore.ReadAll` rules) and matching paths with
//!   `moby/patternmatcher` semantics, including `**`, `!` exceptions and parent matching;
//! * building the build context a builder sees ([`filter_context`]);
//! * resolving COPY/ADD sources (Go `filepath.Match` wildcards, as BuildKit's file copier
//!   does) and copying them into a destination tree with BuildKit's destination rules.
//!
//! Behaviour follows BuildKit (Docker 28's default builder), not the legacy builder, where the
//! two differ: a wildcard that matches nothing copies nothing and is not an error, and several
//! sources copied to a destination without a trailing `/` are copied one after another onto
//! the same path (moby/buildkit#1853), where the legacy builder refused with "When using COPY
//! with more than one source file, the destination must be a directory and end with a /".
//! A matched directory always has its *contents* copied, so `COPY ./* /app/` flattens
//! subdirectories one level — a classic surprise worth teaching.

use std::fmt;

use crate::vfs::{self, Node, NodeKind, Tree};

/// Why a `.dockerignore` (or a `--exclude` list) cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IgnoreError {
    /// A lone `!`.
    IllegalExclusion,
    /// A pattern `filepath.Match` rejects (unclosed `[`, a trailing `\`, `[]` ...); holds it.
    BadPattern(String),
}

impl fmt::Display for IgnoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IgnoreError::IllegalExclusion => f.write_str("illegal exclusion pattern: \"!\""),
            IgnoreError::BadPattern(_) => f.write_str("syntax error in pattern"),
        }
    }
}

impl std::error::Error for IgnoreError {}

/// A parsed `.dockerignore`: its patterns in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IgnoreMatcher {
    patterns: Vec<Pattern>,
}

/// One cleaned pattern and how it matches.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Pattern {
    /// The pattern after cleaning, without its `!`.
    text: String,
    /// A `!` exception: a match re-includes the path.
    exclusion: bool,
    how: MatchKind,
}

/// patternmatcher's fast paths, which change results in a few corner cases (`**foo` matches
/// `barfoo`), so they are kept rather than always using the general matcher.
#[derive(Clone, Debug, PartialEq, Eq)]
enum MatchKind {
    Exact,
    /// Ends in `**` with no other wildcard: a plain prefix test.
    Prefix(String),
    /// Starts with `**` with no other wildcard after: a plain suffix test.
    Suffix(String),
    Regex(Vec<El>),
}

/// One element of a compiled pattern (what patternmatcher writes as a regular expression).
#[derive(Clone, Debug, PartialEq, Eq)]
enum El {
    Lit(char),
    /// `?`: one character other than `/`.
    NotSlash,
    /// `*`: any run of characters other than `/`.
    StarNotSlash,
    /// `**` at the end: anything (Go's `.*`, which stops at a newline).
    StarAny,
    /// `**/` inside: `(.*/)?`, written as this marker, then `StarAny`, then `Lit('/')`; the
    /// marker can skip the two.
    OptionalDirs,
    /// `[...]`.
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

impl IgnoreMatcher {
    /// Parses `.dockerignore` text as Docker reads it: `#` comments only at the very start of
    /// a line, whitespace trimmed, `!` exceptions, paths cleaned, a leading `/` dropped.
    pub fn parse(text: &str) -> Result<IgnoreMatcher, IgnoreError> {
        let mut lines = Vec::new();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for raw in text.split('\n') {
            // bufio.Scanner drops a `\r` before each `\n`.
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.starts_with('#') {
                continue;
            }
            let mut pattern = line.trim();
            if pattern.is_empty() {
                continue;
            }
            let invert = pattern.starts_with('!');
            if invert {
                pattern = pattern[1..].trim();
            }
            let mut cleaned = String::new();
            if !pattern.is_empty() {
                cleaned = clean(pattern);
                if cleaned.len() > 1 && cleaned.starts_with('/') {
                    cleaned.remove(0);
                }
            }
            if invert {
                cleaned.insert(0, '!');
            }
            lines.push(cleaned);
        }
        IgnoreMatcher::from_patterns(&lines)
    }

    /// Builds a matcher from already-read patterns (patternmatcher's `New`), as `--exclude`
    /// flags are given.
    pub fn from_patterns<S: AsRef<str>>(patterns: &[S]) -> Result<IgnoreMatcher, IgnoreError> {
        let mut out = Vec::new();
        for p in patterns {
            let p = p.as_ref().trim();
            if p.is_empty() {
                continue;
            }
            let p = clean(p);
            let (exclusion, text) = match p.strip_prefix('!') {
                Some("") => return Err(IgnoreError::IllegalExclusion),
                Some(rest) => (true, rest.to_string()),
                None => (false, p),
            };
            if go_match(&text, ".").is_err() {
                return Err(IgnoreError::BadPattern(text));
            }
            let how = compile(&text);
            out.push(Pattern {
                text,
                exclusion,
                how,
            });
        }
        Ok(IgnoreMatcher { patterns: out })
    }

    /// Whether any pattern is a `!` exception.
    pub fn has_exclusions(&self) -> bool {
        self.patterns.iter().any(|p| p.exclusion)
    }

    /// Whether the context-relative path is left out of the build context: the last pattern
    /// that matches it, or one of its parent directories, is not an exception.
    pub fn is_excluded(&self, rel_path: &str) -> bool {
        let file = clean(rel_path.trim_start_matches('/'));
        if file == "." {
            return false;
        }
        let parents: Vec<&str> = match file.rfind('/') {
            Some(i) => file[..i].split('/').collect(),
            None => Vec::new(),
        };
        let mut matched = false;
        for pattern in &self.patterns {
            // An include only matters while not yet excluded, an exception only after.
            if pattern.exclusion != matched {
                continue;
            }
            let mut hit = pattern.matches(&file);
            if !hit {
                let mut prefix = String::new();
                for dir in &parents {
                    if !prefix.is_empty() {
                        prefix.push('/');
                    }
                    prefix.push_str(dir);
                    if pattern.matches(&prefix) {
                        hit = true;
                        break;
                    }
                }
            }
            if hit {
                matched = !pattern.exclusion;
            }
        }
        matched
    }
}

impl Pattern {
    fn matches(&self, path: &str) -> bool {
        match &self.how {
            MatchKind::Exact => path == self.text,
            MatchKind::Prefix(p) => path.starts_with(p.as_str()),
            MatchKind::Suffix(s) => {
                path.ends_with(s.as_str()) || s.strip_prefix('/').is_some_and(|rest| path == rest)
            }
            MatchKind::Regex(els) => regex_match(els, path),
        }
    }
}

/// Turns a cleaned pattern into patternmatcher's match kind.
fn compile(pattern: &str) -> MatchKind {
    #[derive(PartialEq)]
    enum Kind {
        Exact,
        Prefix,
        Suffix,
        Regex,
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut els = Vec::new();
    let mut kind = Kind::Exact;
    let mut i = 0;
    let mut first = true;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '*' if chars.get(i) == Some(&'*') => {
                i += 1;
                if chars.get(i) == Some(&'/') {
                    i += 1;
                }
                if i >= chars.len() {
                    if kind == Kind::Exact {
                        kind = Kind::Prefix;
                    } else {
                        els.push(El::StarAny);
                        kind = Kind::Regex;
                    }
                } else {
                    els.push(El::OptionalDirs);
                    els.push(El::StarAny);
                    els.push(El::Lit('/'));
                    kind = Kind::Regex;
                }
                if first {
                    kind = Kind::Suffix;
                }
            }
            '*' => {
                els.push(El::StarNotSlash);
                kind = Kind::Regex;
            }
            '?' => {
                els.push(El::NotSlash);
                kind = Kind::Regex;
            }
            '\\' => match chars.get(i) {
                Some(&n) => {
                    i += 1;
                    els.push(El::Lit(n));
                    kind = Kind::Regex;
                }
                None => els.push(El::Lit('\\')),
            },
            '[' => {
                kind = Kind::Regex;
                let negated = chars.get(i) == Some(&'^');
                if negated {
                    i += 1;
                }
                let mut ranges = Vec::new();
                let mut closed = false;
                while let Some(&c) = chars.get(i) {
                    i += 1;
                    if c == ']' && !ranges.is_empty() {
                        closed = true;
                        break;
                    }
                    let lo = if c == '\\' {
                        let e = chars.get(i).copied().unwrap_or('\\');
                        i += 1;
                        e
                    } else {
                        c
                    };
                    let mut hi = lo;
                    if chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|&c| c != ']') {
                        hi = chars.get(i + 1).copied().unwrap_or(lo);
                        i += 2;
                        if hi == '\\' {
                            hi = chars.get(i).copied().unwrap_or('\\');
                            i += 1;
                        }
                    }
                    ranges.push((lo, hi));
                }
                // Validation already rejected unclosed classes; this only guards the loop.
                let _ = closed;
                els.push(El::Class { negated, ranges });
            }
            c => els.push(El::Lit(c)),
        }
        first = false;
    }
    match kind {
        Kind::Exact => MatchKind::Exact,
        Kind::Prefix => MatchKind::Prefix(pattern.get(..pattern.len() - 2).unwrap_or("").into()),
        Kind::Suffix => MatchKind::Suffix(pattern.get(2..).unwrap_or("").into()),
        Kind::Regex => MatchKind::Regex(els),
    }
}

/// Whole-string match of compiled elements, by tracking the set of reachable positions.
fn regex_match(els: &[El], path: &str) -> bool {
    let n = els.len();
    let closure = |set: &mut Vec<bool>, start: usize| {
        let mut stack = vec![start];
        while let Some(s) = stack.pop() {
            match set.get_mut(s) {
                Some(seen) if !*seen => *seen = true,
                _ => continue,
            }
            match els.get(s) {
                Some(El::StarNotSlash | El::StarAny) => stack.push(s + 1),
                Some(El::OptionalDirs) => {
                    stack.push(s + 1);
                    stack.push(s + 3);
                }
                _ => {}
            }
        }
    };
    let mut current = vec![false; n + 1];
    closure(&mut current, 0);
    for c in path.chars() {
        let mut next = vec![false; n + 1];
        for (s, on) in current.iter().enumerate() {
            if !on {
                continue;
            }
            let target = match els.get(s) {
                Some(El::Lit(l)) if *l == c => s + 1,
                Some(El::NotSlash) if c != '/' => s + 1,
                Some(El::StarNotSlash) if c != '/' => s,
                Some(El::StarAny) if c != '\n' => s,
                Some(El::Class { negated, ranges }) => {
                    let inside = ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
                    if inside == *negated {
                        continue;
                    }
                    s + 1
                }
                _ => continue,
            };
            closure(&mut next, target);
        }
        if !next.iter().any(|&b| b) {
            return false;
        }
        current = next;
    }
    current.get(n).copied().unwrap_or(false)
}

/// Go's `filepath.ErrBadPattern`: a malformed wildcard pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadPattern;

impl fmt::Display for BadPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("syntax error in pattern")
    }
}

impl std::error::Error for BadPattern {}

/// Go's `filepath.Clean` for slash paths.
pub fn clean(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            p => parts.push(p),
        }
    }
    let body = parts.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".to_string(),
        (false, false) => body,
    }
}

/// Go's `filepath.Match` on Unix: `*` and `?` never match `/`, `[...]` classes with `^`
/// negation and ranges, `\` escapes. `Err(BadPattern)` is `ErrBadPattern`, reported for a malformed
/// pattern even when the name does not match (Go 1.16 and later).
pub fn go_match(pattern: &str, name: &str) -> Result<bool, BadPattern> {
    let pattern: Vec<char> = pattern.chars().collect();
    let mut name: Vec<char> = name.chars().collect();
    let mut rest: &[char] = &pattern;
    'chunks: while !rest.is_empty() {
        let (star, chunk, after) = scan_chunk(rest);
        rest = after;
        if star && chunk.is_empty() {
            return Ok(!name.contains(&'/'));
        }
        let (t, ok) = match_chunk(chunk, &name)?;
        if ok && (t.is_empty() || !rest.is_empty()) {
            name = t;
            continue;
        }
        if star {
            let mut i = 0;
            while i < name.len() && name.get(i) != Some(&'/') {
                let (t, ok) = match_chunk(chunk, name.get(i + 1..).unwrap_or(&[]))?;
                if ok && (!rest.is_empty() || t.is_empty()) {
                    name = t;
                    continue 'chunks;
                }
                i += 1;
            }
        }
        while !rest.is_empty() {
            let (_, chunk, after) = scan_chunk(rest);
            rest = after;
            match_chunk(chunk, &[])?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// Splits off leading stars and the following chunk up to the next star outside a class.
fn scan_chunk(pattern: &[char]) -> (bool, &[char], &[char]) {
    let mut p = pattern;
    let mut star = false;
    while let Some(('*', tail)) = p.split_first().map(|(c, t)| (*c, t)) {
        p = tail;
        star = true;
    }
    let mut in_range = false;
    let mut i = 0;
    while let Some(&c) = p.get(i) {
        match c {
            '\\' if i + 1 < p.len() => i += 1,
            '[' => in_range = true,
            ']' => in_range = false,
            '*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    let (chunk, rest) = p.split_at(i.min(p.len()));
    (star, chunk, rest)
}

/// Matches one chunk at the start of `s`; returns the rest of `s` and whether it matched.
fn match_chunk(chunk: &[char], s: &[char]) -> Result<(Vec<char>, bool), BadPattern> {
    let mut chunk = chunk;
    let mut s = s;
    let mut failed = false;
    while let Some(&c) = chunk.first() {
        if !failed && s.is_empty() {
            failed = true;
        }
        match c {
            '[' => {
                let mut r = '\0';
                if !failed {
                    r = s.first().copied().unwrap_or('\0');
                    s = s.get(1..).unwrap_or(&[]);
                }
                chunk = chunk.get(1..).unwrap_or(&[]);
                let mut negated = false;
                if chunk.first() == Some(&'^') {
                    negated = true;
                    chunk = chunk.get(1..).unwrap_or(&[]);
                }
                let mut matched = false;
                let mut nrange = 0;
                loop {
                    if chunk.first() == Some(&']') && nrange > 0 {
                        chunk = chunk.get(1..).unwrap_or(&[]);
                        break;
                    }
                    let (lo, after) = get_esc(chunk)?;
                    chunk = after;
                    let mut hi = lo;
                    if chunk.first() == Some(&'-') {
                        let (h, after) = get_esc(chunk.get(1..).unwrap_or(&[]))?;
                        hi = h;
                        chunk = after;
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    nrange += 1;
                }
                if matched == negated {
                    failed = true;
                }
            }
            '?' => {
                if !failed {
                    if s.first() == Some(&'/') {
                        failed = true;
                    }
                    s = s.get(1..).unwrap_or(&[]);
                }
                chunk = chunk.get(1..).unwrap_or(&[]);
            }
            _ => {
                let mut lit = c;
                if c == '\\' {
                    chunk = chunk.get(1..).unwrap_or(&[]);
                    lit = *chunk.first().ok_or(BadPattern)?;
                }
                if !failed {
                    if s.first() != Some(&lit) {
                        failed = true;
                    }
                    s = s.get(1..).unwrap_or(&[]);
                }
                chunk = chunk.get(1..).unwrap_or(&[]);
            }
        }
    }
    if failed {
        Ok((Vec::new(), false))
    } else {
        Ok((s.to_vec(), true))
    }
}

/// One possibly escaped character of a class; the class must go on after it.
fn get_esc(chunk: &[char]) -> Result<(char, &[char]), BadPattern> {
    let mut chunk = chunk;
    match chunk.first() {
        None | Some('-') | Some(']') => return Err(BadPattern),
        Some('\\') => {
            chunk = chunk.get(1..).unwrap_or(&[]);
            if chunk.is_empty() {
                return Err(BadPattern);
            }
        }
        Some(_) => {}
    }
    let c = *chunk.first().ok_or(BadPattern)?;
    let rest = chunk.get(1..).unwrap_or(&[]);
    if rest.is_empty() {
        return Err(BadPattern);
    }
    Ok((c, rest))
}

/// The build context a builder receives: the files of `tree` under `root`, re-rooted at `/`,
/// without what the `.dockerignore` excludes.
///
/// The Dockerfile and `.dockerignore` get no special treatment: BuildKit reads the Dockerfile
/// separately, so when they are ignored they are still used but `COPY . .` does not copy them.
/// A directory that is excluded itself is kept only as the parent of something an exception
/// re-includes.
pub fn filter_context(tree: &Tree, root: &str, matcher: &IgnoreMatcher) -> Tree {
    let root = vfs::normalize("/", root);
    let mut out = Tree::default();
    if let Some(node) = tree.get(&root) {
        if node.is_dir() {
            if let Some(r) = out.get_mut("/") {
                *r = node.clone();
            }
        }
    }
    let skip = if root == "/" { 1 } else { root.len() + 1 };
    for (path, node) in tree.walk(&root) {
        let Some(rel) = path.get(skip..) else {
            continue;
        };
        if rel.is_empty() || matcher.is_excluded(rel) {
            continue;
        }
        // `insert` creates missing parents, which is how a re-included file's excluded
        // directories come back.
        out.insert(&format!("/{rel}"), node.clone());
    }
    out
}

/// Why a COPY or ADD could not be carried out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyError {
    /// A source path that is not in the build context; holds it as BuildKit prints it
    /// (`/missing.txt`). The builder adds `failed to compute cache key: failed to calculate
    /// checksum of ref <ref>: ` in front.
    NotFound {
        /// The absolute context path.
        path: String,
    },
    /// A wildcard or `--exclude` pattern `filepath.Match` rejects.
    BadPattern(String),
    /// A `--chown` user or group that is neither numeric nor in the destination's
    /// `/etc/passwd` / `/etc/group`.
    Chown(String),
    /// A `--chmod` value that is not octal.
    Chmod(String),
    /// The destination (or a directory on its way) exists and is not a directory.
    NotADirectory {
        /// The path in the destination tree.
        path: String,
    },
    /// A file would replace an existing directory.
    IsADirectory {
        /// The path in the destination tree.
        path: String,
    },
}

impl fmt::Display for CopyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CopyError::NotFound { path } => write!(f, "\"{path}\": not found"),
            CopyError::BadPattern(_) => f.write_str("syntax error in pattern"),
            CopyError::Chown(msg) => write!(
                f,
                "unable to convert uid/gid chown string to host mapping: {msg}"
            ),
            CopyError::Chmod(v) => write!(f, "invalid chmod parameter: {v}"),
            CopyError::NotADirectory { path } => write!(f, "mkdir {path}: not a directory"),
            CopyError::IsADirectory { path } => write!(f, "open {path}: is a directory"),
        }
    }
}

impl std::error::Error for CopyError {}

/// COPY/ADD flags that change what is copied or how it is owned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CopyOpts {
    /// `--chown=user[:group]` (names or numbers).
    pub chown: Option<String>,
    /// `--chmod=0755` (octal).
    pub chmod: Option<String>,
    /// `--parents`: keep each source's path (below a `/./` pivot, if any) under the
    /// destination.
    pub parents: bool,
    /// `--exclude=pattern`, repeatable.
    pub exclude: Vec<String>,
}

/// Whether a source path uses wildcards (`*`, `?`, `[`), escapes aside.
pub fn contains_wildcards(path: &str) -> bool {
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '*' | '?' | '[' => return true,
            _ => {}
        }
    }
    false
}

/// The context paths one COPY source names, as absolute paths of `context`.
///
/// A plain path must exist ([`CopyError::NotFound`] otherwise). A wildcard is matched with
/// `filepath.Match` against paths below its last wildcard-free directory, in Go's walk order;
/// a matched directory is not searched further; no match at all is an empty list, not an
/// error, as in BuildKit. `**` has no special meaning here (it acts as `*`).
pub fn resolve_sources(context: &Tree, pattern: &str) -> Result<Vec<String>, CopyError> {
    let full = vfs::normalize("/", pattern);
    if !contains_wildcards(&full) {
        return if context.exists(&full) {
            Ok(vec![full])
        } else {
            Err(CopyError::NotFound { path: full })
        };
    }
    // Split into the wildcard-free leading directories and the rest.
    let parts: Vec<&str> = full.split('/').filter(|p| !p.is_empty()).collect();
    let first_wild = parts
        .iter()
        .position(|p| contains_wildcards(p))
        .unwrap_or(parts.len());
    let base = vfs::normalize("/", &parts[..first_wild].join("/"));
    let rest = parts[first_wild..].join("/");
    go_match(&rest, ".").map_err(|_| CopyError::BadPattern(pattern.to_string()))?;
    let mut out = Vec::new();
    if !context.is_dir(&base) {
        return Ok(out);
    }
    // Depth-first in sorted name order, as filepath.Walk visits.
    let mut stack: Vec<(String, String)> = Vec::new();
    let push_children = |stack: &mut Vec<(String, String)>, dir: &str, rel: &str| {
        let names = context.list(dir).unwrap_or_default();
        for name in names.into_iter().rev() {
            let path = if dir == "/" {
                format!("/{name}")
            } else {
                format!("{dir}/{name}")
            };
            let r = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            stack.push((path, r));
        }
    };
    push_children(&mut stack, &base, "");
    while let Some((path, rel)) = stack.pop() {
        let is_dir = context.get(&path).is_some_and(Node::is_dir);
        if go_match(&rest, &rel).unwrap_or(false) {
            out.push(path);
            continue;
        }
        if is_dir {
            push_children(&mut stack, &path, &rel);
        }
    }
    Ok(out)
}

/// Owner and mode overrides for copied nodes.
struct Meta {
    owner: Option<(u32, u32)>,
    mode: Option<u32>,
}

impl Meta {
    fn apply(&self, node: &Node) -> Node {
        let mut node = node.clone();
        let (uid, gid) = self.owner.unwrap_or((0, 0));
        node.uid = uid;
        node.gid = gid;
        if let Some(mode) = self.mode {
            if !matches!(node.kind, NodeKind::Symlink(_)) {
                node.mode = mode;
            }
        }
        node
    }
}

/// Copies resolved sources (absolute paths in `context`, from [`resolve_sources`]) into
/// `dst_tree` at `dst_dir_or_path` (absolute; a trailing `/` or `/.` marks a directory), with
/// BuildKit's rules:
///
/// * a directory source copies its contents into the destination, which is created;
/// * a file source goes into the destination if that is (or is marked as) a directory, and
///   otherwise becomes the destination path itself, replacing a file already there;
/// * copied entries are owned by root, or by `--chown`; `--chmod` sets their mode; missing
///   destination directories are created with mode 0755 and the `--chown` owner.
pub fn copy_into(
    dst_tree: &mut Tree,
    dst_dir_or_path: &str,
    context: &Tree,
    sources: &[String],
    opts: &CopyOpts,
) -> Result<(), CopyError> {
    let meta = Meta {
        owner: match &opts.chown {
            Some(spec) => Some(resolve_chown(dst_tree, spec)?),
            None => None,
        },
        mode: match &opts.chmod {
            Some(m) => Some(parse_chmod(m)?),
            None => None,
        },
    };
    let exclude = IgnoreMatcher::from_patterns(&opts.exclude).map_err(|e| match e {
        IgnoreError::BadPattern(p) => CopyError::BadPattern(p),
        IgnoreError::IllegalExclusion => CopyError::BadPattern("!".to_string()),
    })?;
    let dir_hint = dst_dir_or_path.ends_with('/')
        || dst_dir_or_path.ends_with("/.")
        || dst_dir_or_path == "."
        || dst_dir_or_path.is_empty();
    let dest = vfs::normalize("/", dst_dir_or_path);
    for src in sources {
        let Some((real, node)) = context.resolve(src) else {
            return Err(CopyError::NotFound { path: src.clone() });
        };
        let base = vfs::base_name(src).to_string();
        if !base.is_empty() && exclude.is_excluded(&base) {
            continue;
        }
        let (dest, dir_hint) = if opts.parents {
            (parents_target(&dest, src), dir_hint && node.is_dir())
        } else {
            (dest.clone(), dir_hint)
        };
        if node.is_dir() {
            make_dirs(dst_tree, &dest, &meta)?;
            let dir_node = meta.apply(node);
            if let Some(existing) = dst_tree.get_mut(&dest) {
                *existing = dir_node;
            }
            let prefix_len = if real == "/" { 1 } else { real.len() + 1 };
            for (path, child) in context.walk(&real) {
                let Some(rel) = path.get(prefix_len..) else {
                    continue;
                };
                if exclude.is_excluded(rel) {
                    continue;
                }
                let target = vfs::normalize(&dest, rel);
                place(dst_tree, &target, meta.apply(child))?;
            }
        } else {
            let target = if dir_hint {
                make_dirs(dst_tree, &dest, &meta)?;
                vfs::normalize(&dest, &base)
            } else if dst_tree.is_dir(&dest) {
                vfs::normalize(&dest, &base)
            } else {
                make_dirs(dst_tree, vfs::parent(&dest), &meta)?;
                dest.clone()
            };
            place(dst_tree, &target, meta.apply(node))?;
        }
    }
    Ok(())
}

/// With `--parents`, the destination for one source: its path below the `/./` pivot (or
/// the whole context path) under the destination directory, minus its own name for
/// directories, whose contents are what is copied.
fn parents_target(dest: &str, src: &str) -> String {
    let rel = match src.split_once("/./") {
        Some((_, after)) => after,
        None => src.trim_start_matches('/'),
    };
    vfs::normalize(dest, rel)
}

/// Creates `dir` and missing parents; new directories get the `--chown` owner.
fn make_dirs(tree: &mut Tree, dir: &str, meta: &Meta) -> Result<(), CopyError> {
    let mut path = String::new();
    for part in dir.split('/').filter(|p| !p.is_empty()) {
        path.push('/');
        path.push_str(part);
        match tree.resolve(&path) {
            Some((_, n)) if n.is_dir() => {}
            Some(_) => return Err(CopyError::NotADirectory { path }),
            None => {
                let (uid, gid) = meta.owner.unwrap_or((0, 0));
                tree.insert(
                    &path,
                    Node {
                        uid,
                        gid,
                        ..Node::dir()
                    },
                );
            }
        }
    }
    Ok(())
}

/// Puts one copied node at `target`: directories merge, files replace files.
fn place(tree: &mut Tree, target: &str, node: Node) -> Result<(), CopyError> {
    if let Some(existing) = tree.get(target) {
        match (existing.is_dir(), node.is_dir()) {
            (true, true) => {
                if let Some(e) = tree.get_mut(target) {
                    *e = node;
                }
                return Ok(());
            }
            (true, false) => {
                return Err(CopyError::IsADirectory {
                    path: target.to_string(),
                })
            }
            (false, true) => {
                let _ = tree.remove(target, false);
            }
            (false, false) => {}
        }
    }
    if let Some((_, parent)) = tree.resolve(vfs::parent(target)) {
        if !parent.is_dir() {
            return Err(CopyError::NotADirectory {
                path: vfs::parent(target).to_string(),
            });
        }
    }
    tree.insert(target, node);
    Ok(())
}

/// `--chmod` as octal permission bits (up to `7777`).
fn parse_chmod(value: &str) -> Result<u32, CopyError> {
    match u32::from_str_radix(value, 8) {
        Ok(m) if !value.is_empty() && m <= 0o7777 => Ok(m),
        _ => Err(CopyError::Chmod(value.to_string())),
    }
}

/// `--chown=user[:group]`: numbers are used as they are; names are looked up in the
/// destination's `/etc/passwd` and `/etc/group`. Without a group, the user's number is the
/// group number too, as Docker documents.
fn resolve_chown(tree: &Tree, spec: &str) -> Result<(u32, u32), CopyError> {
    let (user, group) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let uid = match user.parse::<u32>() {
        Ok(n) => n,
        Err(_) => lookup(tree, "/etc/passwd", user).ok_or_else(|| {
            CopyError::Chown(format!(
                "can't find uid for user {user}: no such user: {user}"
            ))
        })?,
    };
    let gid = match group {
        None => uid,
        Some(g) => match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => lookup(tree, "/etc/group", g).ok_or_else(|| {
                CopyError::Chown(format!("can't find gid for group {g}: no such group: {g}"))
            })?,
        },
    };
    Ok((uid, gid))
}

/// The numeric ID (third field) of `name` in a passwd- or group-format file.
fn lookup(tree: &Tree, file: &str, name: &str) -> Option<u32> {
    let text = tree.read_string(file).ok()?;
    text.lines().find_map(|line| {
        let mut fields = line.split(':');
        if fields.next()? != name {
            return None;
        }
        fields.nth(1)?.trim().parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignore(text: &str) -> IgnoreMatcher {
        IgnoreMatcher::parse(text).unwrap()
    }

    #[test]
    fn clean_matches_go() {
        for (input, want) in [
            ("", "."),
            ("./a//b/", "a/b"),
            ("a/../..", ".."),
            ("/../a", "/a"),
            ("/", "/"),
            ("a/./b/../c", "a/c"),
        ] {
            assert_eq!(clean(input), want, "{input}");
        }
    }

    #[test]
    fn dockerignore_reading_rules() {
        let m =
            ignore("# comment\n  # not a comment\n\n  node_modules  \n/dist/\n!dist/keep.js\r\n");
        let texts: Vec<(&str, bool)> = m
            .patterns
            .iter()
            .map(|p| (p.text.as_str(), p.exclusion))
            .collect();
        assert_eq!(
            texts,
            vec![
                ("# not a comment", false),
                ("node_modules", false),
                ("dist", false),
                ("dist/keep.js", true)
            ]
        );
        assert_eq!(
            IgnoreMatcher::parse("!"),
            Err(IgnoreError::IllegalExclusion)
        );
        assert_eq!(
            IgnoreMatcher::parse("a[").unwrap_err().to_string(),
            "syntax error in pattern"
        );
        assert!(IgnoreMatcher::parse("a\\").is_err());
    }

    #[test]
    fn exclusion_and_parent_matching() {
        let m = ignore("node_modules\n*.log\n!important.log\ndist\n!dist/keep.js\n");
        assert!(m.is_excluded("node_modules"));
        assert!(m.is_excluded("node_modules/express/index.js"));
        assert!(m.is_excluded("debug.log"));
        assert!(!m.is_excluded("important.log"));
        assert!(!m.is_excluded("src/debug.log"), "* does not cross /");
        assert!(m.is_excluded("dist/a.js"));
        assert!(!m.is_excluded("dist/keep.js"));
        assert!(!m.is_excluded("index.js"));
        assert!(!m.is_excluded("/"));
    }

    #[test]
    fn double_star_forms() {
        let m = ignore("**/*.md\n");
        assert!(m.is_excluded("README.md") && m.is_excluded("a/b/c.md"));
        assert!(!m.is_excluded("a/b/c.mdx"));
        let m = ignore("**/temp\n");
        assert!(m.is_excluded("temp") && m.is_excluded("x/y/temp/f"));
        assert!(!m.is_excluded("xtemp"));
        // patternmatcher's suffix shortcut: `**foo` matches any path ending in foo.
        assert!(ignore("**foo").is_excluded("barfoo"));
        let m = ignore("build/**\n");
        assert!(m.is_excluded("build/x") && m.is_excluded("build/a/b"));
        // A plain prefix test on `build/`: the directory entry itself is not matched.
        assert!(!m.is_excluded("buildx") && !m.is_excluded("build"));
        let m = ignore("a/**/b\n");
        assert!(m.is_excluded("a/b") && m.is_excluded("a/x/y/b"));
        assert!(!m.is_excluded("a/xb"));
        assert!(ignore("**").is_excluded("anything/at/all"));
    }

    #[test]
    fn classes_and_escapes() {
        let m = ignore("file[0-9].txt\n[^a]x\n\\*star\n");
        assert!(m.is_excluded("file3.txt") && !m.is_excluded("filea.txt"));
        assert!(m.is_excluded("bx") && !m.is_excluded("ax"));
        assert!(m.is_excluded("*star") && !m.is_excluded("xstar"));
        // `!` does not negate a class in patternmatcher's regular expression.
        assert!(ignore("[!a]x").is_excluded("!x"));
    }

    #[test]
    fn go_match_semantics() {
        assert_eq!(go_match("*.json", "package.json"), Ok(true));
        assert_eq!(go_match("package*.json", "package-lock.json"), Ok(true));
        assert_eq!(go_match("*", "a/b"), Ok(false));
        assert_eq!(go_match("a/*/c", "a/b/c"), Ok(true));
        assert_eq!(go_match("[a-c]?", "bz"), Ok(true));
        assert_eq!(go_match("[^a-c]", "b"), Ok(false));
        assert_eq!(go_match("\\*", "*"), Ok(true));
        assert_eq!(go_match("a*b*c", "axxbyyc"), Ok(true));
        assert_eq!(go_match("[", "x"), Err(BadPattern));
        assert_eq!(
            go_match("x*[", "y"),
            Err(BadPattern),
            "checked even after a mismatch"
        );
        assert_eq!(go_match("[]a]", "a"), Err(BadPattern));
    }

    fn seed_context() -> Tree {
        let mut t = Tree::default();
        t.insert("/Dockerfile", Node::file("FROM node:20\n"));
        t.insert("/index.js", Node::file("require('express')"));
        t.insert("/package.json", Node::file("{}"));
        t
    }

    #[test]
    fn filter_context_reroots_and_excludes() {
        let mut host = Tree::default();
        host.insert("/home/me/app/Dockerfile", Node::file("FROM x"));
        host.insert(
            "/home/me/app/.dockerignore",
            Node::file("node_modules\nDockerfile\n"),
        );
        host.insert("/home/me/app/index.js", Node::file("js"));
        host.insert("/home/me/app/node_modules/x/i.js", Node::file("x"));
        let m = ignore("node_modules\nDockerfile\n");
        let ctx = filter_context(&host, "/home/me/app", &m);
        let paths: Vec<&str> = ctx.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, vec!["/", "/.dockerignore", "/index.js"]);
        // An exception re-includes a file inside an excluded directory, and its parent.
        let m = ignore("node_modules\n!node_modules/x/i.js\n");
        let ctx = filter_context(&host, "/home/me/app", &m);
        assert!(ctx.is_file("/node_modules/x/i.js"));
    }

    #[test]
    fn resolve_wildcards_and_missing_paths() {
        let mut ctx = seed_context();
        ctx.insert("/package-lock.json", Node::file("{}"));
        ctx.insert("/src/a.js", Node::file("a"));
        ctx.insert("/src/lib/b.js", Node::file("b"));
        ctx.insert("/a.b", Node::file("ab"));
        ctx.insert("/a/x", Node::file("x"));
        assert_eq!(
            resolve_sources(&ctx, "package*.json").unwrap(),
            vec!["/package-lock.json", "/package.json"]
        );
        assert_eq!(
            resolve_sources(&ctx, "./*").unwrap(),
            vec![
                "/Dockerfile",
                "/a",
                "/a.b",
                "/index.js",
                "/package-lock.json",
                "/package.json",
                "/src"
            ]
        );
        assert_eq!(
            resolve_sources(&ctx, "src/*.js").unwrap(),
            vec!["/src/a.js"]
        );
        assert_eq!(resolve_sources(&ctx, "*/*.js").unwrap(), vec!["/src/a.js"]);
        assert_eq!(
            resolve_sources(&ctx, "src/**").unwrap(),
            vec!["/src/a.js", "/src/lib"]
        );
        assert_eq!(
            resolve_sources(&ctx, "*.txt").unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(resolve_sources(&ctx, ".").unwrap(), vec!["/"]);
        let err = resolve_sources(&ctx, "missing.txt").unwrap_err();
        assert_eq!(err.to_string(), "\"/missing.txt\": not found");
        assert!(matches!(
            resolve_sources(&ctx, "x["),
            Err(CopyError::BadPattern(_))
        ));
    }

    #[test]
    fn seed_tutorial_copy_star_into_app() {
        let ctx = seed_context();
        let mut image = Tree::default();
        let sources = resolve_sources(&ctx, "./*").unwrap();
        copy_into(&mut image, "/app/", &ctx, &sources, &CopyOpts::default()).unwrap();
        assert_eq!(
            image.list("/app").unwrap(),
            vec!["Dockerfile", "index.js", "package.json"]
        );
        let node = image.get("/app/index.js").unwrap();
        assert_eq!((node.uid, node.gid, node.mode), (0, 0, 0o644));
    }

    #[test]
    fn directory_sources_copy_their_contents() {
        let mut ctx = seed_context();
        ctx.insert("/src/lib/b.js", Node::file("b"));
        let mut image = Tree::default();
        // `COPY . .` in WORKDIR /app.
        copy_into(
            &mut image,
            "/app/.",
            &ctx,
            &["/".to_string()],
            &CopyOpts::default(),
        )
        .unwrap();
        assert!(image.is_file("/app/index.js") && image.is_file("/app/src/lib/b.js"));
        // A wildcard-matched directory is flattened one level.
        let mut image = Tree::default();
        let sources = resolve_sources(&ctx, "*").unwrap();
        copy_into(&mut image, "/app/", &ctx, &sources, &CopyOpts::default()).unwrap();
        assert!(image.is_file("/app/lib/b.js"));
        assert!(!image.exists("/app/src"));
    }

    #[test]
    fn file_destination_rules() {
        let ctx = seed_context();
        let mut image = Tree::default();
        image.mkdir_all("/etc").unwrap();
        let one = vec!["/index.js".to_string()];
        // No trailing slash and nothing there: the file takes the destination name.
        copy_into(
            &mut image,
            "/srv/server.js",
            &ctx,
            &one,
            &CopyOpts::default(),
        )
        .unwrap();
        assert_eq!(image.read("/srv/server.js").unwrap(), b"require('express')");
        // An existing directory receives the file under its own name.
        copy_into(&mut image, "/etc", &ctx, &one, &CopyOpts::default()).unwrap();
        assert!(image.is_file("/etc/index.js"));
        // Several sources onto a non-directory path: one after another, the last one wins.
        let two = vec!["/index.js".to_string(), "/package.json".to_string()];
        copy_into(&mut image, "/out", &ctx, &two, &CopyOpts::default()).unwrap();
        assert_eq!(image.read("/out").unwrap(), b"{}");
        // A directory onto a file fails.
        let err = copy_into(
            &mut image,
            "/out",
            &ctx,
            &["/".into()],
            &CopyOpts::default(),
        );
        assert_eq!(err.unwrap_err().to_string(), "mkdir /out: not a directory");
    }

    #[test]
    fn chown_chmod_and_exclude() {
        let ctx = seed_context();
        let mut image = Tree::default();
        image.insert(
            "/etc/passwd",
            Node::file("root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n"),
        );
        image.insert(
            "/etc/group",
            Node::file("root:x:0:\nnode:x:1000:\nstaff:x:50:\n"),
        );
        let opts = CopyOpts {
            chown: Some("node:staff".into()),
            chmod: Some("755".into()),
            exclude: vec!["*.json".into()],
            ..CopyOpts::default()
        };
        let sources = resolve_sources(&ctx, ".").unwrap();
        copy_into(&mut image, "/home/node/app/", &ctx, &sources, &opts).unwrap();
        let f = image.get("/home/node/app/index.js").unwrap();
        assert_eq!((f.uid, f.gid, f.mode), (1000, 50, 0o755));
        assert!(!image.exists("/home/node/app/package.json"));
        let d = image.get("/home/node").unwrap();
        assert_eq!(
            (d.uid, d.gid),
            (1000, 50),
            "created directories get the owner"
        );
        // A user alone: its number is the group too. Numbers need no passwd.
        assert_eq!(resolve_chown(&image, "node"), Ok((1000, 1000)));
        assert_eq!(resolve_chown(&Tree::default(), "10:20"), Ok((10, 20)));
        assert_eq!(
            resolve_chown(&image, "ghost").unwrap_err().to_string(),
            "unable to convert uid/gid chown string to host mapping: \
             can't find uid for user ghost: no such user: ghost"
        );
        assert!(matches!(parse_chmod("89"), Err(CopyError::Chmod(_))));
    }

    #[test]
    fn parents_keep_paths() {
        let mut ctx = Tree::default();
        ctx.insert("/x/y/a.txt", Node::file("a"));
        ctx.insert("/x/z/b.txt", Node::file("b"));
        let opts = CopyOpts {
            parents: true,
            ..CopyOpts::default()
        };
        let mut image = Tree::default();
        let sources = resolve_sources(&ctx, "x/*/*.txt").unwrap();
        copy_into(&mut image, "/dst/", &ctx, &sources, &opts).unwrap();
        assert!(image.is_file("/dst/x/y/a.txt") && image.is_file("/dst/x/z/b.txt"));
    }
}
