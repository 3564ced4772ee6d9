//! Archives: `tar` (c/x/t, v, f, z, C), `gzip`/`gunzip`/`zcat`, `zip -r` and `unzip`. The
//! bytes are the simulator's own compact format (a header line per entry), not real tar or
//! deflate: what matters is that files go in, come out, and are listed as the tools list them.

use super::exec::{Flow, Input};
use super::{Flavor, Shell, ShellHost};
use crate::runtime::Output;
use crate::vfs::{self, Node, NodeKind, Tree};

type R = Result<i32, Flow>;

const TAR_MAGIC: &str = "DOCKLING-TAR\n";
const GZ_MAGIC: &[u8] = b"\x1f\x8bDOCKLING-GZ\n";
const ZIP_MAGIC: &str = "PK\x03\x04DOCKLING-ZIP\n";

/// Packs `roots` (paths as given, relative to `cwd`) into entries `(name, node)`.
fn collect(fs: &Tree, cwd: &str, roots: &[String], out: &mut Vec<(String, Node)>) -> Vec<String> {
    let mut missing = Vec::new();
    for r in roots {
        let abs = vfs::normalize(cwd, r);
        let Some(node) = fs.get(&abs) else {
            missing.push(r.clone());
            continue;
        };
        let name = r
            .trim_start_matches('/')
            .trim_start_matches("./")
            .to_string();
        let name = if name.is_empty() {
            ".".to_string()
        } else {
            name
        };
        out.push((name.clone(), node.clone()));
        if node.is_dir() {
            for (p, n) in fs.walk(&abs) {
                out.push((format!("{name}{}", &p[abs.len()..]), n.clone()));
            }
        }
    }
    missing
}

fn encode(magic: &str, entries: &[(String, Node)]) -> Vec<u8> {
    let mut b = magic.as_bytes().to_vec();
    for (name, node) in entries {
        let (kind, data): (char, Vec<u8>) = match &node.kind {
            NodeKind::Dir => ('d', Vec::new()),
            NodeKind::Symlink(t) => ('l', t.clone().into_bytes()),
            _ => ('f', node.data().to_vec()),
        };
        b.extend(format!("{kind} {:o} {} {name}\n", node.mode, data.len()).into_bytes());
        b.extend(data);
    }
    b
}

fn decode(magic: &str, bytes: &[u8]) -> Option<Vec<(String, Node)>> {
    let mut rest = bytes.strip_prefix(magic.as_bytes())?;
    let mut entries = Vec::new();
    while !rest.is_empty() {
        let nl = rest.iter().position(|b| *b == b'\n')?;
        let head = std::str::from_utf8(&rest[..nl]).ok()?;
        let mut parts = head.splitn(4, ' ');
        let kind = parts.next()?;
        let mode = u32::from_str_radix(parts.next()?, 8).ok()?;
        let len: usize = parts.next()?.parse().ok()?;
        let name = parts.next()?.to_string();
        let data = rest.get(nl + 1..nl + 1 + len)?;
        rest = &rest[nl + 1 + len..];
        let mut node = match kind {
            "d" => Node::dir(),
            "l" => Node::symlink(String::from_utf8_lossy(data).into_owned()),
            _ => Node::file(data.to_vec()),
        };
        node.mode = mode;
        entries.push((name, node));
    }
    Some(entries)
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut b = GZ_MAGIC.to_vec();
    b.extend_from_slice(bytes);
    b
}

fn ungz(bytes: &[u8]) -> Option<&[u8]> {
    bytes.strip_prefix(GZ_MAGIC)
}

fn shown(name: &str, node: &Node) -> String {
    if node.is_dir() && !name.ends_with('/') {
        format!("{name}/")
    } else {
        name.to_string()
    }
}

/// Writes extracted entries below `dest`.
fn extract(fs: &mut Tree, dest: &str, entries: &[(String, Node)], out: &mut String, verbose: bool) {
    for (name, node) in entries {
        let path = vfs::normalize(dest, name);
        if node.is_dir() {
            let _ = fs.mkdir_all(&path);
        } else {
            let _ = fs.mkdir_all(vfs::parent(&path));
            fs.insert(&path, node.clone());
        }
        if verbose {
            out.push_str(&shown(name, node));
            out.push('\n');
        }
    }
}

/// `tar -c|-x|-t [-v] [-z] [-f ARCHIVE] [-C DIR] [FILE…]`.
pub fn tar(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let gnu = sh.flavor != Flavor::Ash;
    let (mut mode, mut verbose, mut zip, mut file, mut dir) = (None, false, false, None, None);
    let mut operands = Vec::new();
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        i += 1;
        let letters = if i == 2 && !arg.starts_with('-') {
            Some(arg.as_str())
        } else if arg.starts_with('-') && !arg.starts_with("--") {
            Some(&arg[1..])
        } else {
            None
        };
        match letters {
            Some(l) => {
                for c in l.chars() {
                    match c {
                        'c' | 'x' | 't' => mode = Some(c),
                        'v' => verbose = true,
                        'z' => zip = true,
                        'f' => {
                            file = a.get(i).cloned();
                            i += 1;
                        }
                        'C' => {
                            dir = a.get(i).cloned();
                            i += 1;
                        }
                        _ => {}
                    }
                }
            }
            None if arg == "--gzip" => zip = true,
            None if arg.starts_with("--directory=") => dir = Some(arg[12..].to_string()),
            None => operands.push(arg.clone()),
        }
    }
    let Some(mode) = mode else {
        out.err(if gnu {
            "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n"
        } else {
            "tar: need at least one of 'ctx' options\n"
        });
        return Ok(2);
    };
    let base = dir.map_or(sh.cwd.clone(), |d| vfs::normalize(&sh.cwd, &d));
    let mut listing = String::new();
    match mode {
        'c' => {
            if operands.is_empty() {
                out.err(if gnu {
                    "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n"
                } else {
                    "tar: empty archive\n"
                });
                return Ok(2);
            }
            if operands.iter().any(|o| o.starts_with('/')) {
                out.err(if gnu {
                    "tar: Removing leading `/' from member names\n"
                } else {
                    "tar: removing leading '/' from member names\n"
                });
            }
            let mut entries = Vec::new();
            let missing = collect(host.fs(), &base, &operands, &mut entries);
            let mut status = 0;
            for m in &missing {
                out.err(format!(
                    "tar: {m}: Cannot stat: No such file or directory\n"
                ));
                status = 2;
            }
            if verbose {
                for (name, node) in &entries {
                    listing.push_str(&shown(name, node));
                    listing.push('\n');
                }
            }
            let mut bytes = encode(TAR_MAGIC, &entries);
            if zip {
                bytes = gz(&bytes);
            }
            match &file {
                Some(f) if f != "-" => {
                    let path = vfs::normalize(&sh.cwd, f);
                    if let Err(e) = host.fs().write(&path, bytes) {
                        out.err(format!("tar: {f}: Cannot open: {e}\n"));
                        return Ok(2);
                    }
                    // The listing goes to stdout, or stderr when the archive does.
                    out.out(listing);
                }
                _ => {
                    out.err(listing);
                    out.out(String::from_utf8_lossy(&bytes));
                }
            }
            if status != 0 && gnu {
                out.err("tar: Exiting with failure status due to previous errors\n");
            }
            Ok(status)
        }
        _ => {
            let data = match &file {
                Some(f) if f != "-" => match host.fs().read(&vfs::normalize(&sh.cwd, f)) {
                    Ok(d) => d.to_vec(),
                    Err(e) => {
                        if gnu {
                            out.err(format!("tar: {f}: Cannot open: {e}\ntar: Error is not recoverable: exiting now\n"));
                        } else {
                            out.err(format!("tar: can't open '{f}': {e}\n"));
                        }
                        return Ok(2);
                    }
                },
                _ => input.read_all(),
            };
            let plain = ungz(&data).unwrap_or(&data);
            let Some(entries) = decode(TAR_MAGIC, plain) else {
                out.err(if gnu {
                    "tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n"
                } else {
                    "tar: invalid tar magic\n"
                });
                return Ok(2);
            };
            let entries: Vec<(String, Node)> = entries
                .into_iter()
                .filter(|(n, _)| {
                    operands.is_empty()
                        || operands.iter().any(|o| {
                            n == o || n.starts_with(&format!("{}/", o.trim_end_matches('/')))
                        })
                })
                .collect();
            if mode == 't' {
                for (name, node) in &entries {
                    listing.push_str(&shown(name, node));
                    listing.push('\n');
                }
            } else {
                extract(host.fs(), &base, &entries, &mut listing, verbose);
                if let Some((first, _)) = entries.first() {
                    host.file_written(&vfs::normalize(&base, first));
                }
            }
            out.out(listing);
            Ok(0)
        }
    }
}

/// `gzip FILE…` / `gunzip FILE.gz…` / `zcat FILE.gz` (`-c`, `-d`, `-k`).
pub fn gzip(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let prog = a.first().map(String::as_str).unwrap_or("gzip");
    let prog = prog.rsplit('/').next().unwrap_or(prog);
    let mut decompress = prog != "gzip";
    let mut to_stdout = prog == "zcat";
    let mut keep = false;
    let mut files = Vec::new();
    for arg in &a[1..] {
        if arg.starts_with('-') && arg.len() > 1 {
            for c in arg[1..].chars() {
                match c {
                    'd' => decompress = true,
                    'c' => to_stdout = true,
                    'k' => keep = true,
                    _ => {}
                }
            }
        } else {
            files.push(arg.clone());
        }
    }
    if files.is_empty() {
        let data = input.read_all();
        if decompress {
            match ungz(&data) {
                Some(d) => out.out(String::from_utf8_lossy(d)),
                None => {
                    out.err(format!("{prog}: stdin: not in gzip format\n"));
                    return Ok(1);
                }
            }
        } else {
            out.out(String::from_utf8_lossy(&gz(&data)));
        }
        return Ok(0);
    }
    let mut status = 0;
    for f in files {
        let path = vfs::normalize(&sh.cwd, &f);
        let data = match host.fs().read(&path) {
            Ok(d) => d.to_vec(),
            Err(e) => {
                out.err(format!("{prog}: {f}: {e}\n"));
                status = 1;
                continue;
            }
        };
        let (target, bytes) = if decompress {
            let Some(plain) = ungz(&data) else {
                out.err(format!("{prog}: {f}: not in gzip format\n"));
                status = 1;
                continue;
            };
            (
                path.strip_suffix(".gz").unwrap_or(&path).to_string(),
                plain.to_vec(),
            )
        } else {
            (format!("{path}.gz"), gz(&data))
        };
        if to_stdout {
            out.out(String::from_utf8_lossy(&bytes));
            continue;
        }
        let _ = host.fs().write(&target, bytes);
        if !keep {
            let _ = host.fs().remove(&path, false);
        }
    }
    Ok(status)
}

/// `zip [-r] ARCHIVE FILE…`.
pub fn zip(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let operands: Vec<String> = a[1..]
        .iter()
        .filter(|x| !x.starts_with('-'))
        .cloned()
        .collect();
    let Some((archive, files)) = operands.split_first() else {
        out.err("zip error: Nothing to do! (try: zip -r archive.zip . -i file)\n");
        return Ok(12);
    };
    let archive = if archive.contains('.') {
        archive.clone()
    } else {
        format!("{archive}.zip")
    };
    let mut entries = Vec::new();
    let recursive = a.iter().any(|x| x == "-r");
    let missing = collect(host.fs(), &sh.cwd, files, &mut entries);
    if !recursive {
        entries.retain(|(n, node)| !node.is_dir() || files.iter().any(|f| f == n));
    }
    for m in missing {
        out.out(format!("\tzip warning: name not matched: {m}\n"));
    }
    let mut listing = String::new();
    for (name, node) in &entries {
        let how = if node.is_dir() || node.data().len() < 64 {
            "stored 0%"
        } else {
            "deflated 48%"
        };
        listing.push_str(&format!("  adding: {} ({how})\n", shown(name, node)));
    }
    out.out(listing);
    let _ = host.fs().write(
        &vfs::normalize(&sh.cwd, &archive),
        encode(ZIP_MAGIC, &entries),
    );
    Ok(0)
}

/// `unzip [-o] [-d DIR] ARCHIVE`.
pub fn unzip(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let mut dest = sh.cwd.clone();
    let mut archive = None;
    let mut list = false;
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        i += 1;
        match arg.as_str() {
            "-d" => {
                dest = vfs::normalize(&sh.cwd, a.get(i).map_or(".", String::as_str));
                i += 1;
            }
            "-l" => list = true,
            s if s.starts_with('-') => {}
            s => archive = archive.or(Some(s.to_string())),
        }
    }
    let Some(name) = archive else {
        out.out("UnZip 6.00 of 20 April 2009, by Debian. Original by Info-ZIP.\n\nUsage: unzip [-Z] [-opts[modifiers]] file[.zip] [list] [-x xlist] [-d exdir]\n");
        return Ok(0);
    };
    let path = vfs::normalize(&sh.cwd, &name);
    let data = host.fs().read(&path).map(<[u8]>::to_vec).ok().or_else(|| {
        host.fs()
            .read(&format!("{path}.zip"))
            .map(<[u8]>::to_vec)
            .ok()
    });
    let Some(data) = data else {
        out.err(format!(
            "unzip:  cannot find or open {name}, {name}.zip or {name}.ZIP.\n"
        ));
        return Ok(9);
    };
    let Some(entries) = decode(ZIP_MAGIC, &data) else {
        out.out(format!("Archive:  {name}\n"));
        out.err(format!("  End-of-central-directory signature not found.  Either this file is not\n  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n  latter case the central directory and zipfile comment will be found on\n  the last disk(s) of this archive.\nunzip:  cannot find zipfile directory in one of {name} or\n        {name}.zip, and cannot find {name}.ZIP, period.\n"));
        return Ok(9);
    };
    let mut t = format!("Archive:  {name}\n");
    if list {
        t.push_str("  Length      Date    Time    Name\n---------  ---------- -----   ----\n");
        let mut total = 0;
        for (n, node) in &entries {
            total += node.data().len();
            t.push_str(&format!(
                "{:>9}  2025-06-02 09:00   {}\n",
                node.data().len(),
                shown(n, node)
            ));
        }
        t.push_str(&format!(
            "---------                     -------\n{total:>9}                     {} files\n",
            entries.len()
        ));
        out.out(t);
        return Ok(0);
    }
    for (n, node) in &entries {
        let p = vfs::normalize(&dest, n);
        if node.is_dir() {
            let _ = host.fs().mkdir_all(&p);
            t.push_str(&format!("   creating: {}\n", shown(n, node)));
        } else {
            let _ = host.fs().mkdir_all(vfs::parent(&p));
            host.fs().insert(&p, node.clone());
            t.push_str(&format!("  inflating: {n}  \n"));
        }
    }
    if let Some((first, _)) = entries.first() {
        host.file_written(&vfs::normalize(&dest, first));
    }
    out.out(t);
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_round_trip() {
        let mut fs = Tree::default();
        fs.insert("/w/app/a.txt", Node::file("hello"));
        fs.insert("/w/app/sub/b.txt", Node::file("x\ny\n"));
        let mut entries = Vec::new();
        assert!(collect(&fs, "/w", &["app".to_string()], &mut entries).is_empty());
        let bytes = gz(&encode(TAR_MAGIC, &entries));
        let back = decode(TAR_MAGIC, ungz(&bytes).unwrap()).unwrap();
        let mut out = Tree::default();
        let mut listing = String::new();
        extract(&mut out, "/dest", &back, &mut listing, true);
        assert_eq!(out.read("/dest/app/sub/b.txt").unwrap(), b"x\ny\n");
        assert!(listing.starts_with("app/\n"));
        assert!(decode(TAR_MAGIC, b"junk").is_none());
    }
}
