//! Turns catalogue definitions into images: file-set entries into layers, metadata steps into
//! the image config, and every step into a history entry.
//!
//! Entry language (one entry per string, so text after a space may contain spaces):
//! `/dir/ [mode=755] [own=uid:gid]`, `/path=exe [SIZE]`, `/path=file [SIZE]`,
//! `/path=text NAME`, `/path=script NAME` (executable), `/path:=literal`, `/link->target`,
//! `+passwd LINE`, `+group LINE` (append to the file as the parent image has it), `%set`
//! (include a named set from `distro`), a leading `*` (the file shares the layer's remaining
//! size), and one `{a,b,c}` group in the path. SIZE is `123`, `125k`, `1.27M` or `1.2G` (decimal).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::catalog::ImageDef;
use super::distro;
use crate::image::{HistoryEntry, Image, ImageConfig, Layer};
use crate::vfs::{self, Diff, Node, NodeKind, Tree};

/// The first bytes of every catalogue binary: enough for `file`-like checks, cheap to store.
const ELF_MAGIC: &[u8] = b"\x7fELF\x02\x01\x01\x00";

/// Nesting bound for `%set` includes (the data is static, so this only guards typos).
const MAX_INCLUDE_DEPTH: usize = 8;

/// A built catalogue image with its merged filesystem (kept so child images can extend files).
#[derive(Clone, Debug)]
pub(crate) struct Built {
    /// The image itself.
    pub image: Image,
    /// All layers applied, for `+passwd`-style edits in images built on this one.
    pub rootfs: Tree,
}

/// Builds one image definition on top of its (already built) parent.
pub(crate) fn build_image(def: &ImageDef, parent: Option<&Built>) -> Built {
    let created = parse_rfc3339(def.created).unwrap_or(0);
    build_planned(def, created, &[], 1000, parent)
}

/// Replaces each `(from, to)` in turn (the release strings of a generated image).
fn substitute(text: &str, subs: &[(String, String)]) -> String {
    let mut out = text.to_string();
    for (from, to) in subs {
        if !from.is_empty() && out.contains(from.as_str()) {
            out = out.replace(from.as_str(), to);
        }
    }
    out
}

/// Builds a definition's steps with release strings replaced and layer sizes scaled (per mille):
/// how the older releases of a repository are derived from its newest hand-written image.
pub(crate) fn build_planned(
    def: &ImageDef,
    created: i64,
    subs: &[(String, String)],
    scale: u64,
    parent: Option<&Built>,
) -> Built {
    let (mut config, mut layers, mut history, mut rootfs) = match parent {
        Some(p) => (
            p.image.config.clone(),
            p.image.layers.clone(),
            p.image.history.clone(),
            p.rootfs.clone(),
        ),
        None => (
            ImageConfig::default(),
            Vec::new(),
            Vec::new(),
            Tree::default(),
        ),
    };
    let mut cmd_set_here = false;
    for step in def.steps {
        // `!WORD`: a step this release never had.
        let dropped = subs
            .iter()
            .filter_map(|(from, _)| from.strip_prefix('!'))
            .any(|word| step.by.contains(word));
        if dropped {
            continue;
        }
        let by = substitute(step.by, subs);
        if step.layer {
            let files: Vec<String> = step.files.iter().map(|f| substitute(f, subs)).collect();
            let size = step.size / 1000 * scale + step.size % 1000 * scale / 1000;
            let below = layers.last().map(|l| l.digest.as_str());
            let layer = build_layer(&by, &files, size, &rootfs, below);
            rootfs.apply(&layer.diff);
            layers.push(Arc::new(layer));
        } else {
            apply_meta(&mut config, &by, &mut cmd_set_here);
        }
        if step.history {
            history.push(HistoryEntry {
                created,
                created_by: by,
                comment: step.comment.to_string(),
                empty_layer: !step.layer,
            });
        }
    }
    Built {
        image: Image::new(config, layers, history, created),
        rootfs,
    }
}

/// Builds one layer: its entries, padded to the step's size through the `*` files.
fn build_layer(by: &str, files: &[String], size: u64, parent: &Tree, below: Option<&str>) -> Layer {
    let mut diff = Diff::new();
    let mut bulk = Vec::new();
    add_entries(files, parent, &mut diff, &mut bulk, 0);
    let have = vfs::diff_size(&diff);
    if size > have && !bulk.is_empty() {
        let rest = size - have;
        let share = rest / bulk.len() as u64;
        let mut left = rest;
        for (i, path) in bulk.iter().enumerate() {
            let add = if i + 1 == bulk.len() { left } else { share };
            left -= add;
            if let Some(Some(node)) = diff.get_mut(path) {
                if let NodeKind::File { extra, .. } = &mut node.kind {
                    *extra += add;
                }
            }
        }
    }
    // The salt chains the layer to what lies below it, as real chain IDs do, so the same step
    // on two different bases gives two different layers.
    let salt = format!("{}\n{}", below.unwrap_or(""), by);
    let size = vfs::diff_size(&diff);
    Layer::with_size(diff, size, &salt)
}

/// Adds a list of entries to a layer diff.
fn add_entries(
    entries: &[String],
    parent: &Tree,
    diff: &mut Diff,
    bulk: &mut Vec<String>,
    depth: usize,
) {
    for entry in entries {
        add_entry(entry, parent, diff, bulk, depth);
    }
}

fn add_entry(entry: &str, parent: &Tree, diff: &mut Diff, bulk: &mut Vec<String>, depth: usize) {
    if let Some(name) = entry.strip_prefix('%') {
        if depth < MAX_INCLUDE_DEPTH {
            let set: Option<Vec<String>> = match distro::set(name) {
                Some(set) => Some(set.iter().map(|e| e.to_string()).collect()),
                #[cfg(feature = "full")]
                None => distro::gen_set(name),
                // Old releases' sets are generated from the release tables (full only).
                #[cfg(not(feature = "full"))]
                None => None,
            };
            if let Some(set) = set {
                add_entries(&set, parent, diff, bulk, depth + 1);
            }
        }
        return;
    }
    for (prefix, file) in [("+passwd ", "/etc/passwd"), ("+group ", "/etc/group")] {
        if let Some(line) = entry.strip_prefix(prefix) {
            let mut text = current_text(file, parent, diff);
            text.push_str(line);
            text.push('\n');
            diff.insert(file.to_string(), Some(Node::file(text)));
            return;
        }
    }
    let (is_bulk, entry) = match entry.strip_prefix('*') {
        Some(rest) => (true, rest),
        None => (false, entry),
    };
    let end = ["->", ":=", "=", " "]
        .iter()
        .filter_map(|m| entry.find(m))
        .min()
        .unwrap_or(entry.len());
    let (path_part, rest) = entry.split_at(end);
    let Some(node) = parse_node(path_part.ends_with('/'), rest) else {
        return;
    };
    for path in expand_braces(path_part) {
        let path = vfs::normalize("/", &path);
        if is_bulk {
            bulk.push(path.clone());
        }
        diff.insert(path, Some(node.clone()));
    }
}

/// The text a file has at this point of the build: in this layer if written here, else below.
fn current_text(path: &str, parent: &Tree, diff: &Diff) -> String {
    match diff.get(path) {
        Some(Some(node)) => String::from_utf8_lossy(node.data()).into_owned(),
        _ => parent.read_string(path).unwrap_or_default(),
    }
}

/// The node an entry describes, from what follows its path.
fn parse_node(is_dir: bool, rest: &str) -> Option<Node> {
    if let Some(target) = rest.strip_prefix("->") {
        return Some(Node::symlink(target));
    }
    if let Some(literal) = rest.strip_prefix(":=") {
        return Some(Node::file(literal));
    }
    let (mut node, opts) = if let Some(spec) = rest.strip_prefix('=') {
        let mut words = spec.split(' ');
        let kind = words.next().unwrap_or("");
        let arg = words.clone().next().unwrap_or("");
        let arg_is_option = arg.contains('=');
        let take_arg = !arg.is_empty() && !arg_is_option;
        let node = match kind {
            "exe" => {
                let size = if take_arg { parse_size(arg)? } else { 0 };
                Node {
                    mode: 0o755,
                    ..Node::sized_file(ELF_MAGIC, size)
                }
            }
            "file" => Node::sized_file(Vec::new(), if take_arg { parse_size(arg)? } else { 0 }),
            "text" => Node::file(distro::text(arg)?),
            "script" => Node::executable(distro::text(arg)?),
            _ => return None,
        };
        if take_arg {
            words.next();
        }
        (node, words.collect::<Vec<_>>())
    } else if is_dir {
        (Node::dir(), rest.split(' ').collect())
    } else {
        return None;
    };
    for opt in opts {
        if let Some(mode) = opt.strip_prefix("mode=") {
            node.mode = u32::from_str_radix(mode, 8).ok()?;
        } else if let Some(own) = opt.strip_prefix("own=") {
            let (uid, gid) = own.split_once(':').unwrap_or((own, own));
            node.uid = uid.parse().ok()?;
            node.gid = gid.parse().ok()?;
        }
    }
    Some(node)
}

/// `125k` → 125000, `1.27M` → 1270000 (decimal units, as image sizes are shown).
fn parse_size(text: &str) -> Option<u64> {
    let (number, unit) = match text.char_indices().last()? {
        (i, 'k') => (&text[..i], 1_000),
        (i, 'M') => (&text[..i], 1_000_000),
        (i, 'G') => (&text[..i], 1_000_000_000),
        _ => (text, 1),
    };
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    let mut value: u64 = whole.parse::<u64>().ok()?.checked_mul(unit)?;
    let mut scale = unit;
    for digit in frac.chars() {
        scale /= 10;
        value += u64::from(digit.to_digit(10)?) * scale;
    }
    Some(value)
}

/// Expands one `{a,b}` group: `/bin/{ls,cat}` → `/bin/ls`, `/bin/cat`.
fn expand_braces(path: &str) -> Vec<String> {
    let path = path.trim_end_matches('/');
    match (path.find('{'), path.find('}')) {
        (Some(open), Some(close)) if open < close => {
            let (head, tail) = (&path[..open], &path[close + 1..]);
            path[open + 1..close]
                .split(',')
                .map(|alt| format!("{head}{alt}{tail}"))
                .collect()
        }
        _ => vec![path.to_string()],
    }
}

/// Applies one metadata instruction, written as BuildKit (or the legacy builder) records it.
fn apply_meta(config: &mut ImageConfig, by: &str, cmd_set_here: &mut bool) {
    let text = by
        .strip_prefix("/bin/sh -c #(nop) ")
        .map(str::trim_start)
        .unwrap_or(by);
    let (instruction, arg) = text.split_once(' ').unwrap_or((text, ""));
    match instruction {
        "ENV" => {
            if let Some((k, v)) = arg.split_once('=') {
                config.set_env(k, v);
            }
        }
        "CMD" => {
            config.cmd = Some(parse_list(arg));
            *cmd_set_here = true;
        }
        "ENTRYPOINT" => {
            config.entrypoint = Some(parse_list(arg));
            // Setting ENTRYPOINT clears a CMD inherited from the base image.
            if !*cmd_set_here {
                config.cmd = None;
            }
        }
        "EXPOSE" => {
            let inner = arg
                .trim_start_matches("map[")
                .trim_start_matches('[')
                .trim_end_matches(']');
            for port in inner.split_whitespace() {
                let port = port.trim_end_matches(":{}");
                let port = if port.contains('/') {
                    port.to_string()
                } else {
                    format!("{port}/tcp")
                };
                config
                    .exposed_ports
                    .insert(port, serde_json::Value::Object(Default::default()));
            }
        }
        "VOLUME" => {
            let inner = arg.trim_start_matches('[').trim_end_matches(']');
            let volumes = config.volumes.get_or_insert_with(BTreeMap::new);
            for v in inner.split_whitespace() {
                volumes.insert(v.to_string(), serde_json::Value::Object(Default::default()));
            }
        }
        "WORKDIR" => config.working_dir = arg.to_string(),
        "USER" => config.user = arg.to_string(),
        "STOPSIGNAL" => config.stop_signal = Some(arg.to_string()),
        "SHELL" => config.shell = Some(parse_list(arg)),
        "LABEL" => {
            if let Some((k, v)) = arg.split_once('=') {
                config
                    .labels
                    .get_or_insert_with(BTreeMap::new)
                    .insert(k.to_string(), v.trim_matches('"').to_string());
            }
        }
        _ => {}
    }
}

/// Parses `["a" "b"]` (BuildKit's history form) or `["a","b"]` (JSON) into its strings.
fn parse_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut item = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        item.push(next);
                    }
                }
                '"' => break,
                c => item.push(c),
            }
        }
        items.push(item);
    }
    items
}

/// Parses `2025-05-17T04:32:51Z` into seconds since the epoch.
pub(crate) fn parse_rfc3339(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 20 || b.get(19) != Some(&b'Z') {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> { text.get(range)?.parse().ok() };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    // Howard Hinnant's days_from_civil.
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::rfc3339;

    #[test]
    fn parses_dates_sizes_and_lists() {
        let t = parse_rfc3339("2025-06-02T09:00:00Z");
        assert_eq!(t, Some(1_748_854_800));
        assert_eq!(
            rfc3339(parse_rfc3339("2024-02-29T23:59:58Z").unwrap_or(0)),
            "2024-02-29T23:59:58Z"
        );
        assert_eq!(parse_size("1.27M"), Some(1_270_000));
        assert_eq!(parse_size("125k"), Some(125_000));
        assert_eq!(parse_size("42"), Some(42));
        assert_eq!(
            parse_list(r#"["nginx" "-g" "daemon off;"]"#),
            ["nginx", "-g", "daemon off;"]
        );
        assert_eq!(parse_list(r#"["/bin/bash"]"#), ["/bin/bash"]);
        assert_eq!(expand_braces("/bin/{ls,cat}"), ["/bin/ls", "/bin/cat"]);
    }

    #[test]
    fn entries_make_nodes() {
        let tree = Tree::default();
        let mut diff = Diff::new();
        let mut bulk = Vec::new();
        let entries = [
            "/tmp/ mode=1777",
            "/bin/sh->dash",
            "/bin/{ls,cat}=exe 10k",
            "/etc/hostname:=",
            "/home/node/ own=1000:1000",
            "*/big=file",
        ];
        let entries: Vec<String> = entries.iter().map(|e| e.to_string()).collect();
        add_entries(&entries, &tree, &mut diff, &mut bulk, 0);
        let get = |p: &str| diff.get(p).cloned().flatten();
        assert_eq!(get("/tmp").map(|n| n.mode), Some(0o1777));
        assert_eq!(get("/bin/sh"), Some(Node::symlink("dash")));
        assert_eq!(
            get("/bin/cat").map(|n| (n.mode, n.size())),
            Some((0o755, 10_000))
        );
        assert_eq!(get("/home/node").map(|n| n.uid), Some(1000));
        assert_eq!(bulk, ["/big"]);
    }
}
