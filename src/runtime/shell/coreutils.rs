//! The coreutils-like programs the shell simulates itself (`ls`, `cat`, `grep`, `mkdir` …),
//! with GNU wording for bash/dash images and busybox wording for ash (alpine) ones.

use super::builtins::{printf_format, which, Builtin};
use super::exec::{Flow, Input};
use super::expand::glob_match;
use super::{Flavor, Shell, ShellHost, MAX_OUTPUT};
use crate::runtime::Output;
use crate::vfs::{self, FsError, Node, NodeKind};

/// The kernel release `uname -r` reports (Docker Desktop's LinuxKit kernel).
pub const KERNEL_RELEASE: &str = "6.10.14-linuxkit";
/// The kernel version string of `uname -v`.
pub const KERNEL_VERSION: &str = "#1 SMP PREEMPT_DYNAMIC Fri Nov 29 17:24:06 UTC 2024";

type R = Result<i32, Flow>;

/// The simulated utility with this name.
pub fn lookup(name: &str) -> Option<Builtin> {
    Some(match name {
        "ls" => ls as Builtin,
        "cat" => cat,
        "mkdir" => mkdir,
        "rm" => rm,
        "rmdir" => rmdir,
        "touch" => touch,
        "cp" => cp,
        "mv" => mv,
        "head" => head,
        "tail" => tail,
        "wc" => wc,
        "grep" | "egrep" | "fgrep" => grep,
        "sort" => sort,
        "uniq" => uniq,
        "tr" => tr,
        "cut" => cut,
        "seq" => seq,
        "yes" => yes,
        "sleep" => sleep,
        "basename" => basename,
        "dirname" => dirname,
        "whoami" => whoami,
        "id" => id,
        "uname" => uname,
        "date" => date,
        "tee" => tee,
        #[cfg(feature = "full")]
        "xargs" => xargs,
        #[cfg(feature = "full")]
        "find" => find,
        "clear" => clear,
        #[cfg(feature = "full")]
        "du" => du,
        "env" | "printenv" => env,
        "which" => which,
        "ln" => ln,
        "chmod" => chmod,
        #[cfg(feature = "full")]
        "sed" => super::textutils::sed,
        #[cfg(feature = "full")]
        "awk" | "gawk" | "mawk" => super::textutils::awk,
        #[cfg(feature = "full")]
        "shuf" => super::textutils::shuf,
        #[cfg(feature = "full")]
        "tar" => super::archive::tar,
        #[cfg(feature = "full")]
        "gzip" | "gunzip" | "zcat" => super::archive::gzip,
        #[cfg(feature = "full")]
        "zip" => super::archive::zip,
        #[cfg(feature = "full")]
        "unzip" => super::archive::unzip,
        // The lean build leaves the text and archive tools to the full one (src/lean.rs).
        #[cfg(not(feature = "full"))]
        "sed" | "awk" | "gawk" | "mawk" | "shuf" | "tar" | "gzip" | "gunzip" | "zcat" | "zip"
        | "unzip" | "xargs" | "find" | "du" => full_only,
        _ => return None,
    })
}

/// What the lean build runs for a tool only the full build has: it flags the line.
#[cfg(not(feature = "full"))]
fn full_only(
    _: &mut Shell,
    _: &mut dyn ShellHost,
    _: &[String],
    _: &mut Input,
    _: &mut Output,
) -> R {
    Ok(crate::lean::need_full())
}

/// Splits `-abc` style flags from operands; `--` ends flags. Flags taking a value are listed
/// in `with_value` and returned as (flag, value).
struct Args {
    flags: Vec<(char, Option<String>)>,
    operands: Vec<String>,
}

fn parse_args(a: &[String], with_value: &str) -> Args {
    let mut flags = Vec::new();
    let mut operands = Vec::new();
    let mut i = 1;
    let mut only_operands = false;
    while let Some(arg) = a.get(i) {
        i += 1;
        if only_operands || arg == "-" || !arg.starts_with('-') || arg.len() == 1 {
            operands.push(arg.clone());
            continue;
        }
        if arg == "--" {
            only_operands = true;
            continue;
        }
        if let Some(long) = arg.strip_prefix("--") {
            flags.push(('-', Some(long.to_string())));
            continue;
        }
        let chars: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while let Some(&c) = chars.get(j) {
            j += 1;
            if with_value.contains(c) {
                let rest: String = chars[j..].iter().collect();
                let v = if rest.is_empty() {
                    i += 1;
                    a.get(i - 1).cloned().unwrap_or_default()
                } else {
                    rest
                };
                flags.push((c, Some(v)));
                break;
            }
            flags.push((c, None));
        }
    }
    Args { flags, operands }
}

impl Args {
    fn has(&self, c: char) -> bool {
        self.flags.iter().any(|(f, _)| *f == c)
    }
    fn value(&self, c: char) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(f, _)| *f == c)
            .and_then(|(_, v)| v.as_deref())
    }
    fn long(&self, name: &str) -> bool {
        self.flags
            .iter()
            .any(|(f, v)| *f == '-' && v.as_deref() == Some(name))
    }
}

fn gnu(sh: &Shell) -> bool {
    sh.flavor != Flavor::Ash
}

/// `'x'` quoting as GNU coreutils' shell-escape style does it.
fn q(s: &str) -> String {
    if s.contains('\'') {
        format!("\"{s}\"")
    } else {
        format!("'{s}'")
    }
}

/// GNU's locale quoting: ‘x’ in a UTF-8 locale, 'x' otherwise (`mkdir`'s messages).
fn lq(sh: &Shell, s: &str) -> String {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| sh.get(k).filter(|v| !v.is_empty()));
    let utf8 = match locale {
        Some(l) => l.to_ascii_lowercase().contains("utf"),
        None => sh.flavor == Flavor::Bash,
    };
    if utf8 {
        format!("\u{2018}{s}\u{2019}")
    } else {
        format!("'{s}'")
    }
}

fn p(sh: &Shell, path: &str) -> String {
    vfs::normalize(&sh.cwd, path)
}

fn missing(prog: &str, out: &mut Output) -> i32 {
    out.err(format!(
        "{prog}: missing operand\nTry '{prog} --help' for more information.\n"
    ));
    1
}

/// What reading a device file gives, whatever the filesystem holds: `/dev/null` is empty;
/// `/dev/zero` and `/dev/urandom` never end, so a read gives 64 KiB into a pipe and otherwise
/// stops just past the output bound (a reader that prints it all meets that bound). `/dev/urandom`
/// is a fixed pseudo-random stream: the simulator stays deterministic.
pub(crate) fn device(path: &str, piped: bool) -> Option<Vec<u8>> {
    // Into a pipe, a little is enough for the reader (as with `yes`); otherwise the read
    // runs into the output bound, as it would run until interrupted.
    let endless = if piped { 64 * 1024 } else { MAX_OUTPUT + 1 };
    match path {
        "/dev/null" => Some(Vec::new()),
        "/dev/zero" => Some(vec![0; endless]),
        "/dev/urandom" | "/dev/random" => {
            let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
            let mut data = Vec::with_capacity(endless + 8);
            while data.len() < endless {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                data.extend_from_slice(&x.to_le_bytes());
            }
            data.truncate(endless);
            Some(data)
        }
        _ => None,
    }
}

/// Reads a file, or a device (see [`device`]).
fn read_path(sh: &Shell, host: &mut dyn ShellHost, f: &str) -> Result<Vec<u8>, vfs::FsError> {
    let path = p(sh, f);
    match device(&path, sh.piped) {
        Some(data) => Ok(data),
        None => host.fs().read(&path).map(<[u8]>::to_vec),
    }
}

/// Reads the named files (or stdin for none or `-`), reporting errors as `prog: f: why`.
fn inputs(
    sh: &Shell,
    host: &mut dyn ShellHost,
    files: &[String],
    input: &mut Input,
    out: &mut Output,
    prog: &str,
) -> (Vec<(String, Vec<u8>)>, i32) {
    read_inputs(sh, host, files, input, out, |f, e| {
        format!("{prog}: {f}: {e}\n")
    })
}

/// The contents of each operand (`-`, or no operand at all, is standard input), with status 1
/// when one could not be read; `open_error(file, reason)` words the complaint.
fn read_inputs(
    sh: &Shell,
    host: &mut dyn ShellHost,
    files: &[String],
    input: &mut Input,
    out: &mut Output,
    open_error: impl Fn(&str, &str) -> String,
) -> (Vec<(String, Vec<u8>)>, i32) {
    let mut res = Vec::new();
    let mut status = 0;
    if files.is_empty() {
        res.push(("-".to_string(), input.read_all()));
        return (res, 0);
    }
    for f in files {
        if f == "-" {
            res.push((f.clone(), input.read_all()));
            continue;
        }
        match read_path(sh, host, f) {
            Ok(d) => res.push((f.clone(), d)),
            Err(e) => {
                out.err(open_error(f, &e.to_string()));
                status = 1;
            }
        }
    }
    (res, status)
}

fn text_lines(data: &[u8]) -> Vec<String> {
    let s = String::from_utf8_lossy(data);
    let mut lines: Vec<String> = s.split('\n').map(str::to_string).collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

fn cat(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let (files, status) = inputs(sh, host, &args.operands, input, out, "cat");
    let number = args.has('n');
    let mut n = 0;
    for (_, data) in files {
        if number {
            let mut s = String::new();
            for line in text_lines(&data) {
                n += 1;
                s.push_str(&format!("{n:>6}\t{line}\n"));
            }
            out.out(s);
        } else {
            out.out(String::from_utf8_lossy(&data));
        }
    }
    Ok(status)
}

fn mkdir(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "m");
    if args.operands.is_empty() {
        return Ok(missing("mkdir", out));
    }
    let parents = args.has('p') || args.long("parents");
    let mut status = 0;
    for d in &args.operands {
        let path = p(sh, d);
        let fs = host.fs();
        let r = if parents {
            if fs.is_dir(&path) {
                Ok(())
            } else {
                fs.mkdir_all(&path).map_err(|e| {
                    if e == FsError::NotADirectory && fs.exists(&path) {
                        FsError::Exists
                    } else {
                        e
                    }
                })
            }
        } else {
            fs.mkdir(&path)
        };
        if let Err(e) = r {
            status = 1;
            if gnu(sh) {
                out.err(format!(
                    "mkdir: cannot create directory {}: {e}\n",
                    lq(sh, d)
                ));
            } else {
                out.err(format!("mkdir: can't create directory '{d}': {e}\n"));
            }
        }
    }
    Ok(status)
}

fn rm(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let force = args.has('f') || args.long("force");
    let recursive = args.has('r') || args.has('R') || args.long("recursive");
    if args.operands.is_empty() {
        if force {
            return Ok(0);
        }
        return Ok(missing("rm", out));
    }
    let mut status = 0;
    for f in &args.operands {
        let path = p(sh, f);
        let fs = host.fs();
        let err = match fs.get(&path) {
            None => (!force).then_some(FsError::NotFound.to_string()),
            Some(n) if n.is_dir() && !recursive => Some("Is a directory".to_string()),
            Some(_) if path == "/" => {
                out.err("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n");
                status = 1;
                continue;
            }
            Some(_) => fs.remove(&path, true).err().map(|e| e.to_string()),
        };
        if let Some(e) = err {
            status = 1;
            if gnu(sh) {
                out.err(format!("rm: cannot remove {}: {e}\n", q(f)));
            } else if e == "Is a directory" {
                out.err(format!("rm: '{f}' is a directory\n"));
            } else {
                out.err(format!("rm: can't remove '{f}': {e}\n"));
            }
        }
    }
    Ok(status)
}

fn rmdir(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    if args.operands.is_empty() {
        return Ok(missing("rmdir", out));
    }
    let mut status = 0;
    for d in &args.operands {
        let path = p(sh, d);
        let fs = host.fs();
        let r = match fs.get(&path) {
            None => Err(FsError::NotFound),
            Some(n) if !n.is_dir() => Err(FsError::NotADirectory),
            Some(_) => fs.remove(&path, false),
        };
        if let Err(e) = r {
            status = 1;
            if gnu(sh) {
                out.err(format!("rmdir: failed to remove {}: {e}\n", q(d)));
            } else {
                out.err(format!("rmdir: '{d}': {e}\n"));
            }
        }
    }
    Ok(status)
}

fn touch(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "dtr");
    if args.operands.is_empty() {
        return Ok(missing("touch", out));
    }
    let mut status = 0;
    for f in &args.operands {
        let path = p(sh, f);
        let fs = host.fs();
        if fs.exists(&path) {
            continue;
        }
        if let Err(e) = fs.write(&path, Vec::new()) {
            status = 1;
            if gnu(sh) {
                out.err(format!("touch: cannot touch {}: {e}\n", q(f)));
            } else {
                out.err(format!("touch: {f}: {e}\n"));
            }
        }
    }
    Ok(status)
}

fn copy_or_move(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    out: &mut Output,
    mv: bool,
) -> R {
    let prog = if mv { "mv" } else { "cp" };
    let args = parse_args(a, "t");
    let recursive = mv || args.has('r') || args.has('R') || args.has('a') || args.long("recursive");
    let ops = &args.operands;
    if ops.len() < 2 {
        if ops.is_empty() {
            out.err(format!(
                "{prog}: missing file operand\nTry '{prog} --help' for more information.\n"
            ));
        } else {
            out.err(format!(
                "{prog}: missing destination file operand after {}\nTry '{prog} --help' for more information.\n",
                q(&ops[0])
            ));
        }
        return Ok(1);
    }
    let (srcs, dest) = ops.split_at(ops.len() - 1);
    let dest = &dest[0];
    let dest_path = p(sh, dest);
    let dest_is_dir = host.fs().is_dir(&dest_path);
    if srcs.len() > 1 && !dest_is_dir {
        out.err(format!("{prog}: target {}: Not a directory\n", q(dest)));
        return Ok(1);
    }
    let mut status = 0;
    for s in srcs {
        let src = p(sh, s);
        let fs = host.fs();
        let Some(node) = fs.resolve(&src).map(|(_, n)| n.clone()) else {
            status = 1;
            if gnu(sh) {
                out.err(format!(
                    "{prog}: cannot stat {}: No such file or directory\n",
                    q(s)
                ));
            } else {
                out.err(format!(
                    "{prog}: can't stat '{s}': No such file or directory\n"
                ));
            }
            continue;
        };
        if node.is_dir() && !recursive {
            status = 1;
            if gnu(sh) {
                out.err(format!(
                    "cp: -r not specified; omitting directory {}\n",
                    q(s)
                ));
            } else {
                out.err(format!("cp: omitting directory '{s}'\n"));
            }
            continue;
        }
        let target = if dest_is_dir {
            vfs::normalize(&dest_path, vfs::base_name(&src))
        } else {
            dest_path.clone()
        };
        if target == src {
            out.err(format!(
                "{prog}: {} and {} are the same file\n",
                q(s),
                q(dest)
            ));
            status = 1;
            continue;
        }
        if fs.get(&target).is_some_and(|n| !n.is_dir()) {
            let _ = fs.remove(&target, false);
        }
        let r = if mv {
            fs.rename(&src, &target)
        } else {
            fs.copy(&src, &target)
        };
        if let Err(e) = r {
            status = 1;
            out.err(format!("{prog}: cannot create {}: {e}\n", q(dest)));
        }
    }
    Ok(status)
}

fn cp(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    copy_or_move(sh, host, a, out, false)
}

fn mv(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    copy_or_move(sh, host, a, out, true)
}

/// `-n N`, `-N` or `-n +N` for head and tail: (count, from-start).
fn line_count(a: &[String]) -> (Vec<String>, usize, bool) {
    let mut n = 10usize;
    let mut plus = false;
    let mut rest = vec![a.first().cloned().unwrap_or_default()];
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        i += 1;
        let val = if arg == "-n" {
            i += 1;
            a.get(i - 1).cloned()
        } else if let Some(v) = arg.strip_prefix("-n") {
            Some(v.to_string())
        } else if arg.len() > 1
            && arg.starts_with('-')
            && arg[1..].bytes().all(|b| b.is_ascii_digit())
        {
            Some(arg[1..].to_string())
        } else if arg == "-f" || arg == "-F" || arg == "-q" {
            None
        } else {
            rest.push(arg.clone());
            None
        };
        if let Some(v) = val {
            plus = v.starts_with('+');
            n = v.trim_start_matches(['+', '-']).parse().unwrap_or(10);
        }
    }
    (rest, n, plus)
}

fn head(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    // `-c N` (bytes) is taken out first; the rest is the line form.
    let mut bytes: Option<usize> = None;
    let mut args: Vec<String> = Vec::new();
    let mut it = a.iter();
    while let Some(arg) = it.next() {
        let val = if arg == "-c" || arg == "--bytes" {
            it.next().cloned()
        } else if let Some(v) = arg.strip_prefix("--bytes=") {
            Some(v.to_string())
        } else if let Some(v) = arg.strip_prefix("-c").filter(|_| !args.is_empty()) {
            Some(v.to_string())
        } else {
            args.push(arg.clone());
            continue;
        };
        match val.as_deref().map(str::parse::<usize>) {
            Some(Ok(n)) => bytes = Some(n),
            _ => {
                let v = val.unwrap_or_default();
                out.err(if gnu(sh) {
                    format!("head: invalid number of bytes: {}\n", lq(sh, &v))
                } else {
                    format!("head: invalid number '{v}'\n")
                });
                return Ok(1);
            }
        }
    }
    let (rest, n, _) = line_count(&args);
    let files = rest.get(1..).unwrap_or(&[]).to_vec();
    let (data, status) = inputs_head(sh, host, &files, input, out, "head");
    let multi = data.len() > 1;
    for (i, (name, d)) in data.iter().enumerate() {
        if multi {
            out.out(format!(
                "{}==> {} <==\n",
                if i > 0 { "\n" } else { "" },
                shown_name(name)
            ));
        }
        if let Some(b) = bytes {
            out.out(String::from_utf8_lossy(
                d.get(..b.min(d.len())).unwrap_or(&[]),
            ));
            continue;
        }
        let s = String::from_utf8_lossy(d);
        let text: String = s.split_inclusive('\n').take(n).collect();
        out.out(text);
    }
    Ok(status)
}

/// How head and tail name an operand in their `==> name <==` headers.
fn shown_name(name: &str) -> &str {
    if name == "-" {
        "standard input"
    } else {
        name
    }
}

/// [`read_inputs`] with head's and tail's complaint about a file they cannot open.
fn inputs_head(
    sh: &Shell,
    host: &mut dyn ShellHost,
    files: &[String],
    input: &mut Input,
    out: &mut Output,
    prog: &str,
) -> (Vec<(String, Vec<u8>)>, i32) {
    let gnu = gnu(sh);
    read_inputs(sh, host, files, input, out, |f, e| {
        if gnu {
            format!("{prog}: cannot open {} for reading: {e}\n", q(f))
        } else {
            format!("{prog}: can't open '{f}': {e}\n")
        }
    })
}

fn tail(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let (rest, n, plus) = line_count(a);
    let files = rest.get(1..).unwrap_or(&[]).to_vec();
    let (data, status) = inputs_head(sh, host, &files, input, out, "tail");
    let multi = data.len() > 1;
    for (i, (name, d)) in data.iter().enumerate() {
        if multi {
            out.out(format!(
                "{}==> {} <==\n",
                if i > 0 { "\n" } else { "" },
                shown_name(name)
            ));
        }
        let s = String::from_utf8_lossy(d);
        let lines: Vec<&str> = s.split_inclusive('\n').collect();
        let start = if plus {
            n.saturating_sub(1)
        } else {
            lines.len().saturating_sub(n)
        };
        out.out(lines.get(start..).unwrap_or(&[]).concat());
    }
    Ok(status)
}

fn wc(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let (mut l, mut w, mut c) = (args.has('l'), args.has('w'), args.has('c') || args.has('m'));
    if !l && !w && !c {
        (l, w, c) = (true, true, true);
    }
    let from_stdin = args.operands.is_empty();
    let (files, status) = inputs(sh, host, &args.operands, input, out, "wc");
    let counts: Vec<(String, [usize; 3])> = files
        .iter()
        .map(|(n, d)| {
            let s = String::from_utf8_lossy(d);
            (
                n.clone(),
                [
                    d.iter().filter(|&&b| b == b'\n').count(),
                    s.split_whitespace().count(),
                    d.len(),
                ],
            )
        })
        .collect();
    let mut rows = counts.clone();
    if counts.len() > 1 {
        let mut t = [0; 3];
        for (_, c) in &counts {
            for i in 0..3 {
                t[i] += c[i];
            }
        }
        rows.push(("total".into(), t));
    }
    let selected = [l, w, c];
    let nsel = selected.iter().filter(|b| **b).count();
    let width = if !gnu(sh) {
        if nsel == 1 && rows.len() == 1 {
            1
        } else {
            7
        }
    } else if from_stdin {
        if nsel == 1 {
            1
        } else {
            7
        }
    } else if nsel == 1 && rows.len() == 1 {
        1
    } else {
        let total: usize = counts.iter().map(|(_, c)| c[2]).sum();
        total.to_string().len().max(1)
    };
    let mut s = String::new();
    for (name, cnt) in rows {
        let mut fields: Vec<String> = Vec::new();
        for i in 0..3 {
            if selected[i] {
                fields.push(format!("{:>width$}", cnt[i]));
            }
        }
        let mut line = fields.join(" ");
        if !from_stdin {
            line.push(' ');
            line.push_str(&name);
        }
        s.push_str(&line);
        s.push('\n');
    }
    out.out(s);
    Ok(status)
}

/// A small backtracking regular expression engine (POSIX basic or extended syntax).
#[derive(Clone, Debug)]
pub struct Regex {
    alts: Vec<Vec<RNode>>,
    icase: bool,
}

#[derive(Clone, Debug)]
enum Atom {
    Char(char),
    Any,
    Class(Vec<(char, char)>, bool),
    Group(Regex),
    Start,
    End,
}

#[derive(Clone, Debug)]
struct RNode {
    atom: Atom,
    min: usize,
    max: usize,
}

/// Backtracking steps allowed per match attempt, so pathological patterns end.
const REGEX_STEPS: usize = 200_000;

impl Regex {
    /// Compiles a pattern; `extended` selects ERE (`grep -E`, `[[ =~ ]]`).
    pub fn new(pattern: &str, extended: bool, icase: bool) -> Option<Regex> {
        // Tokens: (char, special).
        let mut toks: Vec<(char, bool)> = Vec::new();
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                let n = chars.next()?;
                let special = !extended && "(){}|+?".contains(n);
                match n {
                    'n' => toks.push(('\n', false)),
                    't' => toks.push(('\t', false)),
                    _ => toks.push((n, special)),
                }
            } else if c == '[' {
                // Keep a bracket expression together as one special token sequence.
                toks.push(('[', true));
                let mut first = true;
                loop {
                    let n = chars.next()?;
                    toks.push((n, false));
                    if n == ']' && !first {
                        break;
                    }
                    if n == '[' && chars.peek() == Some(&':') {
                        for x in chars.by_ref() {
                            toks.push((x, false));
                            if x == ']' {
                                break;
                            }
                        }
                    }
                    first = n == '^' && first;
                    if first && n != '^' {
                        first = false;
                    }
                }
            } else {
                let special =
                    matches!(c, '.' | '*' | '^' | '$') || (extended && "(){}|+?".contains(c));
                toks.push((c, special));
            }
        }
        let mut pos = 0;
        let re = parse_alts(&toks, &mut pos, icase, 0)?;
        (pos == toks.len()).then_some(re)
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// The first (leftmost) match as character offsets.
    pub fn find(&self, text: &str) -> Option<(usize, usize)> {
        let t: Vec<char> = if self.icase {
            text.chars().map(|c| c.to_ascii_lowercase()).collect()
        } else {
            text.chars().collect()
        };
        let mut steps = 0usize;
        for start in 0..=t.len() {
            let mut end = None;
            for alt in &self.alts {
                if rseq(alt, &t, start, &mut steps, &mut |e, _| {
                    end = Some(e);
                    true
                }) {
                    break;
                }
            }
            if let Some(e) = end {
                return Some((start, e));
            }
            if steps > REGEX_STEPS {
                return None;
            }
        }
        None
    }
}

fn parse_alts(toks: &[(char, bool)], pos: &mut usize, icase: bool, depth: usize) -> Option<Regex> {
    if depth > 50 {
        return None;
    }
    let mut alts = vec![Vec::new()];
    while let Some(&(c, special)) = toks.get(*pos) {
        if special && c == ')' {
            break;
        }
        *pos += 1;
        if special && c == '|' {
            alts.push(Vec::new());
            continue;
        }
        let seq: &mut Vec<RNode> = alts.last_mut()?;
        let atom = if special {
            match c {
                '.' => Atom::Any,
                '^' if seq.is_empty() => Atom::Start,
                '$' if toks
                    .get(*pos)
                    .is_none_or(|t| t.1 && (t.0 == ')' || t.0 == '|')) =>
                {
                    Atom::End
                }
                '(' => {
                    let inner = parse_alts(toks, pos, icase, depth + 1)?;
                    if toks.get(*pos) != Some(&(')', true)) {
                        return None;
                    }
                    *pos += 1;
                    Atom::Group(inner)
                }
                '[' => {
                    let mut set = Vec::new();
                    let mut negate = false;
                    if toks.get(*pos).map(|t| t.0) == Some('^') {
                        negate = true;
                        *pos += 1;
                    }
                    let mut first = true;
                    loop {
                        let (ch, _) = *toks.get(*pos)?;
                        *pos += 1;
                        if ch == ']' && !first {
                            break;
                        }
                        first = false;
                        if ch == '[' && toks.get(*pos).map(|t| t.0) == Some(':') {
                            let mut name = String::new();
                            *pos += 1;
                            while let Some(&(x, _)) = toks.get(*pos) {
                                *pos += 1;
                                if x == ']' {
                                    break;
                                }
                                name.push(x);
                            }
                            let name = name.trim_end_matches(':');
                            match name {
                                "digit" => set.push(('0', '9')),
                                "alpha" => set.extend([('a', 'z'), ('A', 'Z')]),
                                "alnum" => set.extend([('a', 'z'), ('A', 'Z'), ('0', '9')]),
                                "upper" => set.push(('A', 'Z')),
                                "lower" => set.push(('a', 'z')),
                                "space" => set.extend([(' ', ' '), ('\t', '\r')]),
                                _ => {}
                            }
                            continue;
                        }
                        if toks.get(*pos).map(|t| t.0) == Some('-')
                            && toks.get(*pos + 1).is_some_and(|t| t.0 != ']')
                        {
                            let hi = toks.get(*pos + 1)?.0;
                            *pos += 2;
                            set.push((ch, hi));
                        } else {
                            set.push((ch, ch));
                        }
                    }
                    if icase {
                        let extra: Vec<(char, char)> = set
                            .iter()
                            .filter(|(a, b)| a.is_ascii_uppercase() && b.is_ascii_uppercase())
                            .map(|(a, b)| (a.to_ascii_lowercase(), b.to_ascii_lowercase()))
                            .collect();
                        set.extend(extra);
                    }
                    Atom::Class(set, negate)
                }
                '*' | '+' | '?' if !seq.is_empty() => {
                    let last = seq.last_mut()?;
                    match c {
                        '*' => {
                            last.min = 0;
                            last.max = usize::MAX;
                        }
                        '+' => last.max = usize::MAX,
                        _ => last.min = 0,
                    }
                    continue;
                }
                '{' => {
                    let mut spec = String::new();
                    while let Some(&(x, sp)) = toks.get(*pos) {
                        *pos += 1;
                        if x == '}' && sp {
                            break;
                        }
                        spec.push(x);
                    }
                    let (lo, hi) = match spec.split_once(',') {
                        Some((a, "")) => (a.parse().ok()?, usize::MAX),
                        Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
                        None => {
                            let n = spec.parse().ok()?;
                            (n, n)
                        }
                    };
                    let last = seq.last_mut()?;
                    last.min = lo;
                    last.max = hi;
                    continue;
                }
                other => Atom::Char(other),
            }
        } else {
            Atom::Char(if icase { c.to_ascii_lowercase() } else { c })
        };
        seq.push(RNode {
            atom,
            min: 1,
            max: 1,
        });
    }
    Some(Regex { alts, icase })
}

fn single(atom: &Atom, c: char) -> bool {
    match atom {
        Atom::Char(x) => *x == c,
        Atom::Any => c != '\n',
        Atom::Class(set, negate) => set.iter().any(|(a, b)| *a <= c && c <= *b) != *negate,
        _ => false,
    }
}

type Cont<'a> = &'a mut dyn FnMut(usize, &mut usize) -> bool;

fn rseq(nodes: &[RNode], t: &[char], pos: usize, steps: &mut usize, k: Cont) -> bool {
    *steps += 1;
    if *steps > REGEX_STEPS {
        return false;
    }
    let Some((node, rest)) = nodes.split_first() else {
        return k(pos, steps);
    };
    match &node.atom {
        Atom::Start => pos == 0 && rseq(rest, t, pos, steps, k),
        Atom::End => pos == t.len() && rseq(rest, t, pos, steps, k),
        Atom::Group(re) => group(re, node.min, node.max, 0, rest, t, pos, steps, k),
        atom => {
            let mut ends = vec![pos];
            let mut q = pos;
            while ends.len() <= node.max && q < t.len() && single(atom, t[q]) {
                q += 1;
                ends.push(q);
            }
            let count = ends.len() - 1;
            if count < node.min {
                return false;
            }
            for c in (node.min..=count).rev() {
                if rseq(rest, t, ends[c], steps, k) {
                    return true;
                }
            }
            false
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn group(
    re: &Regex,
    min: usize,
    max: usize,
    count: usize,
    rest: &[RNode],
    t: &[char],
    pos: usize,
    steps: &mut usize,
    k: Cont,
) -> bool {
    if *steps > REGEX_STEPS {
        return false;
    }
    if count < max {
        for alt in &re.alts {
            let mut next = |p: usize, steps: &mut usize| {
                (p != pos || count < min)
                    && group(re, min, max, count + 1, rest, t, p, steps, &mut *k)
            };
            if rseq(alt, t, pos, steps, &mut next) {
                return true;
            }
        }
    }
    count >= min && rseq(rest, t, pos, steps, k)
}

fn grep(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "emABC");
    let prog = a.first().map(String::as_str).unwrap_or("grep");
    let extended = args.has('E') || prog == "egrep";
    let fixed = args.has('F') || prog == "fgrep";
    let icase = args.has('i');
    let mut operands = args.operands.clone();
    let patterns: Vec<String> = {
        let e: Vec<String> = args
            .flags
            .iter()
            .filter(|(f, _)| *f == 'e')
            .filter_map(|(_, v)| v.clone())
            .collect();
        if e.is_empty() {
            if operands.is_empty() {
                out.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
                return Ok(2);
            }
            vec![operands.remove(0)]
        } else {
            e
        }
    };
    let mut regexes = Vec::new();
    for pat in &patterns {
        let src = if fixed {
            escape_regex(pat)
        } else {
            pat.clone()
        };
        match Regex::new(&src, extended, icase) {
            Some(r) => regexes.push(r),
            None => {
                out.err("grep: Unmatched [, [^, [:, [., or [=\n");
                return Ok(2);
            }
        }
    }
    let max: Option<usize> = args.value('m').and_then(|m| m.parse().ok());
    let recursive = args.has('r') || args.has('R');
    if recursive {
        let roots = if operands.is_empty() {
            vec![".".to_string()]
        } else {
            operands.clone()
        };
        operands.clear();
        for r in roots {
            let abs = p(sh, &r);
            let fs = host.fs();
            if fs.is_dir(&abs) {
                for (path, node) in fs.walk(&abs) {
                    if node.is_file() {
                        let rel = &path[abs.len()..];
                        let shown = if r == "." && abs == sh.cwd {
                            rel.trim_start_matches('/').to_string()
                        } else {
                            format!("{}{rel}", r.trim_end_matches('/'))
                        };
                        operands.push(shown);
                    }
                }
            } else {
                operands.push(r);
            }
        }
    }
    let show_names = (operands.len() > 1 || recursive) && !args.has('h') || args.has('H');
    let mut files = Vec::new();
    let mut status_err = false;
    if operands.is_empty() {
        files.push(("(standard input)".to_string(), input.read_all()));
    } else {
        for f in &operands {
            if f == "-" {
                files.push(("(standard input)".into(), input.read_all()));
                continue;
            }
            match host.fs().read(&p(sh, f)) {
                Ok(d) => files.push((f.clone(), d.to_vec())),
                Err(e) => {
                    if !args.has('s') {
                        out.err(format!("grep: {f}: {e}\n"));
                    }
                    status_err = true;
                }
            }
        }
    }
    let (invert, count, quiet, numbers, only, list, word) = (
        args.has('v'),
        args.has('c'),
        args.has('q'),
        args.has('n'),
        args.has('o'),
        args.has('l'),
        args.has('w'),
    );
    // Context lines (-A, -B, -C): `-` after the name and number instead of `:`, and `--`
    // between groups that do not touch.
    let num = |f: char| args.value(f).and_then(|v| v.parse::<usize>().ok());
    let after = num('A').or(num('C')).unwrap_or(0);
    let before = num('B').or(num('C')).unwrap_or(0);
    let context = (after > 0 || before > 0) && !(count || list || quiet);
    let mut group_printed = false;
    let mut any = false;
    let mut s = String::new();
    for (name, data) in &files {
        let mut n = 0usize;
        let lines = text_lines(data);
        let mut last: Option<usize> = None;
        let mut after_left = 0usize;
        let ctx_line = |s: &mut String, k: usize| {
            if show_names {
                s.push_str(name);
                s.push('-');
            }
            if numbers {
                s.push_str(&format!("{}-", k + 1));
            }
            s.push_str(&lines[k]);
            s.push('\n');
        };
        for (i, line) in lines.iter().enumerate() {
            if max.is_some_and(|m| n >= m) {
                if context && after_left > 0 {
                    after_left -= 1;
                    ctx_line(&mut s, i);
                    continue;
                }
                break;
            }
            let found = regexes.iter().find_map(|r| {
                let m = r.find(line)?;
                if word {
                    let chars: Vec<char> = line.chars().collect();
                    let before =
                        m.0.checked_sub(1)
                            .and_then(|i| chars.get(i))
                            .is_some_and(|c| c.is_alphanumeric() || *c == '_');
                    let after = chars
                        .get(m.1)
                        .is_some_and(|c| c.is_alphanumeric() || *c == '_');
                    if before || after {
                        return None;
                    }
                }
                Some(m)
            });
            if found.is_some() == invert {
                if context && after_left > 0 {
                    after_left -= 1;
                    last = Some(i);
                    ctx_line(&mut s, i);
                }
                continue;
            }
            n += 1;
            any = true;
            if quiet {
                return Ok(0);
            }
            if count || list {
                continue;
            }
            if context {
                let from = i.saturating_sub(before).max(last.map_or(0, |l| l + 1));
                if group_printed && last.is_none_or(|l| from > l + 1) {
                    s.push_str("--\n");
                }
                for k in from..i {
                    ctx_line(&mut s, k);
                }
                group_printed = true;
                last = Some(i);
                after_left = after;
            }
            if show_names {
                s.push_str(name);
                s.push(':');
            }
            if numbers {
                s.push_str(&format!("{}:", i + 1));
            }
            match (only, found) {
                (true, Some((st, en))) => {
                    let part: String = line.chars().skip(st).take(en - st).collect();
                    s.push_str(&part);
                }
                _ => s.push_str(line),
            }
            s.push('\n');
        }
        if count {
            if show_names {
                s.push_str(&format!("{name}:{n}\n"));
            } else {
                s.push_str(&format!("{n}\n"));
            }
        }
        if list && n > 0 {
            s.push_str(&format!("{name}\n"));
        }
    }
    out.out(s);
    Ok(if status_err && !(any && quiet) {
        2
    } else if any {
        0
    } else {
        1
    })
}

fn escape_regex(s: &str) -> String {
    let mut r = String::new();
    for c in s.chars() {
        if "\\.[]*^$(){}|+?".contains(c) {
            r.push('\\');
        }
        r.push(c);
    }
    r
}

fn sort(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "kto");
    let (files, status) = inputs(sh, host, &args.operands, input, out, "sort");
    let mut lines: Vec<String> = files.iter().flat_map(|(_, d)| text_lines(d)).collect();
    let sep = args.value('t').and_then(|t| t.chars().next());
    let key: Option<usize> = args.value('k').and_then(|k| {
        k.split([',', '.'])
            .next()
            .and_then(|n| n.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok())
    });
    let numeric = args.has('n') || args.value('k').is_some_and(|k| k.contains('n'));
    let field = |l: &str| -> String {
        match key {
            None => l.to_string(),
            Some(k) => match sep {
                Some(c) => l
                    .split(c)
                    .skip(k.saturating_sub(1))
                    .collect::<Vec<_>>()
                    .join(&c.to_string()),
                None => l
                    .split_whitespace()
                    .skip(k.saturating_sub(1))
                    .collect::<Vec<_>>()
                    .join(" "),
            },
        }
    };
    let num = |s: &str| -> f64 {
        let t = s.trim_start();
        let end = t
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .unwrap_or(t.len());
        t[..end].parse().unwrap_or(0.0)
    };
    crate::sort::sort_by(&mut lines, |x, y| {
        let (fx, fy) = (field(x), field(y));
        let o = if numeric {
            num(&fx)
                .partial_cmp(&num(&fy))
                .unwrap_or(std::cmp::Ordering::Equal)
        } else {
            fx.cmp(&fy)
        };
        o.then_with(|| x.cmp(y))
    });
    if args.has('r') {
        lines.reverse();
    }
    if args.has('u') {
        lines.dedup();
    }
    let mut s = String::new();
    for l in lines {
        s.push_str(&l);
        s.push('\n');
    }
    out.out(s);
    Ok(status)
}

fn uniq(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let (files, status) = inputs(
        sh,
        host,
        args.operands.get(..1).unwrap_or(&[]),
        input,
        out,
        "uniq",
    );
    let lines: Vec<String> = files.iter().flat_map(|(_, d)| text_lines(d)).collect();
    let mut groups: Vec<(String, usize)> = Vec::new();
    for l in lines {
        match groups.last_mut() {
            Some((g, n)) if *g == l => *n += 1,
            _ => groups.push((l, 1)),
        }
    }
    let mut s = String::new();
    for (l, n) in groups {
        if (args.has('d') && n < 2) || (args.has('u') && n > 1) {
            continue;
        }
        if args.has('c') {
            s.push_str(&format!("{n:>7} {l}\n"));
        } else {
            s.push_str(&l);
            s.push('\n');
        }
    }
    out.out(s);
    Ok(status)
}

fn tr_set(s: &str) -> Vec<char> {
    let mut chars: Vec<char> = Vec::new();
    let src: Vec<char> = super::builtins::escapes(s).0.chars().collect();
    let mut i = 0;
    while i < src.len() {
        if src[i] == '[' && src.get(i + 1) == Some(&':') {
            let rest: String = src[i..].iter().collect();
            if let Some(end) = rest.find(":]") {
                let class = &rest[2..end];
                let range: Vec<char> = match class {
                    "lower" => ('a'..='z').collect(),
                    "upper" => ('A'..='Z').collect(),
                    "digit" => ('0'..='9').collect(),
                    "alpha" => ('A'..='Z').chain('a'..='z').collect(),
                    "alnum" => ('0'..='9').chain('A'..='Z').chain('a'..='z').collect(),
                    "space" => vec![' ', '\t', '\n', '\r', '\x0b', '\x0c'],
                    _ => Vec::new(),
                };
                chars.extend(range);
                i += end + 2;
                continue;
            }
        }
        if src.get(i + 1) == Some(&'-') && i + 2 < src.len() {
            let (lo, hi) = (src[i], src[i + 2]);
            if lo <= hi && (hi as u32 - lo as u32) < 65_536 {
                chars.extend(lo..=hi);
            }
            i += 3;
            continue;
        }
        chars.push(src[i]);
        i += 1;
    }
    chars
}

fn tr(
    _: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let delete = args.has('d');
    let squeeze = args.has('s');
    let Some(set1) = args.operands.first().map(|s| tr_set(s)) else {
        out.err("tr: missing operand\nTry 'tr --help' for more information.\n");
        return Ok(1);
    };
    let set2 = args.operands.get(1).map(|s| tr_set(s)).unwrap_or_default();
    let data = String::from_utf8_lossy(&input.read_all()).into_owned();
    let mut s = String::new();
    let mut last: Option<char> = None;
    for c in data.chars() {
        let mapped = if let Some(i) = set1.iter().position(|x| *x == c) {
            if delete {
                continue;
            }
            if set2.is_empty() {
                c
            } else {
                *set2.get(i).or(set2.last()).unwrap_or(&c)
            }
        } else {
            c
        };
        let squeeze_set = if set2.is_empty() { &set1 } else { &set2 };
        if squeeze && last == Some(mapped) && squeeze_set.contains(&mapped) {
            continue;
        }
        last = Some(mapped);
        s.push(mapped);
    }
    out.out(s);
    Ok(0)
}

fn ranges(spec: &str) -> Vec<(usize, usize)> {
    spec.split(',')
        .filter_map(|r| {
            let (a, b) = match r.split_once('-') {
                Some((a, b)) => (a.parse().unwrap_or(1), b.parse().unwrap_or(usize::MAX)),
                None => {
                    let n = r.parse().ok()?;
                    (n, n)
                }
            };
            Some((a, b))
        })
        .collect()
}

fn cut(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "dfcb");
    let (files, status) = inputs(sh, host, &args.operands, input, out, "cut");
    let delim = args
        .value('d')
        .and_then(|d| d.chars().next())
        .unwrap_or('\t');
    let mut s = String::new();
    let sel = |i: usize, rs: &[(usize, usize)]| rs.iter().any(|(a, b)| *a <= i && i <= *b);
    for (_, d) in files {
        for line in text_lines(&d) {
            if let Some(f) = args.value('f') {
                let rs = ranges(f);
                if !line.contains(delim) {
                    s.push_str(&line);
                } else {
                    let parts: Vec<&str> = line
                        .split(delim)
                        .enumerate()
                        .filter(|(i, _)| sel(i + 1, &rs))
                        .map(|(_, p)| p)
                        .collect();
                    s.push_str(&parts.join(&delim.to_string()));
                }
            } else if let Some(c) = args.value('c').or(args.value('b')) {
                let rs = ranges(c);
                s.extend(
                    line.chars()
                        .enumerate()
                        .filter(|(i, _)| sel(i + 1, &rs))
                        .map(|(_, c)| c),
                );
            } else {
                out.err("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
                return Ok(1);
            }
            s.push('\n');
        }
    }
    out.out(s);
    Ok(status)
}

fn seq(_: &mut Shell, _: &mut dyn ShellHost, a: &[String], _: &mut Input, out: &mut Output) -> R {
    let nums: Vec<&String> = a.iter().skip(1).collect();
    let parse = |s: &str| s.parse::<i64>().ok();
    let vals: Option<Vec<i64>> = nums.iter().map(|s| parse(s)).collect();
    let Some(vals) = vals.filter(|v| (1..=3).contains(&v.len())) else {
        match nums.iter().find(|s| parse(s).is_none()) {
            Some(bad) => out.err(format!("seq: invalid floating point argument: {}\nTry 'seq --help' for more information.\n", q(bad))),
            None => out.err("seq: missing operand\nTry 'seq --help' for more information.\n"),
        }
        return Ok(1);
    };
    let (first, inc, last) = match vals.as_slice() {
        [l] => (1, 1, *l),
        [f, l] => (*f, 1, *l),
        [f, i, l] => (*f, *i, *l),
        _ => return Ok(1),
    };
    if inc == 0 {
        out.err("seq: invalid Zero increment value: '0'\nTry 'seq --help' for more information.\n");
        return Ok(1);
    }
    let mut s = String::new();
    let mut v = first;
    while (inc > 0 && v <= last) || (inc < 0 && v >= last) {
        s.push_str(&v.to_string());
        s.push('\n');
        if s.len() > MAX_OUTPUT {
            break;
        }
        v = v.saturating_add(inc);
    }
    out.out(s);
    Ok(0)
}

fn yes(sh: &mut Shell, _: &mut dyn ShellHost, a: &[String], _: &mut Input, out: &mut Output) -> R {
    let word = if a.len() > 1 {
        a[1..].join(" ")
    } else {
        "y".into()
    };
    let line = format!("{word}\n");
    // Into a pipe, a little is enough for the reader; to the terminal it runs into the
    // output bound, as it would run until interrupted.
    let limit = if sh.piped {
        16 * 1024
    } else {
        MAX_OUTPUT + line.len()
    };
    let n = (limit / line.len().max(1)).max(1);
    out.out(line.repeat(n));
    Ok(0)
}

fn sleep(
    _: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    if a.len() < 2 {
        out.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
        return Ok(1);
    }
    let mut total = 0f64;
    for arg in &a[1..] {
        if arg == "infinity" {
            // The simulator cannot wait forever; a day passes instead.
            total += 86_400.0;
            continue;
        }
        let (num, mult) = match arg.chars().last() {
            Some('s') => (&arg[..arg.len() - 1], 1.0),
            Some('m') => (&arg[..arg.len() - 1], 60.0),
            Some('h') => (&arg[..arg.len() - 1], 3600.0),
            Some('d') => (&arg[..arg.len() - 1], 86_400.0),
            _ => (arg.as_str(), 1.0),
        };
        match num.parse::<f64>() {
            Ok(v) if v >= 0.0 && v.is_finite() => total += v * mult,
            _ => {
                out.err(format!(
                    "sleep: invalid time interval {}\nTry 'sleep --help' for more information.\n",
                    q(arg)
                ));
                return Ok(1);
            }
        }
    }
    host.sleep_ms((total * 1000.0).min(1e15) as i64);
    Ok(0)
}

fn basename(
    _: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let Some(path) = a.get(1) else {
        return Ok(missing("basename", out));
    };
    let trimmed = path.trim_end_matches('/');
    let mut base = if trimmed.is_empty() && !path.is_empty() {
        "/".to_string()
    } else {
        trimmed.rsplit('/').next().unwrap_or("").to_string()
    };
    if let Some(suffix) = a.get(2) {
        if base.len() > suffix.len() && base.ends_with(suffix.as_str()) {
            base.truncate(base.len() - suffix.len());
        }
    }
    out.out(format!("{base}\n"));
    Ok(0)
}

fn dirname(
    _: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let Some(path) = a.get(1) else {
        return Ok(missing("dirname", out));
    };
    let trimmed = path.trim_end_matches('/');
    let dir = match trimmed.rfind('/') {
        None if path.starts_with('/') => "/".to_string(),
        None => ".".to_string(),
        Some(0) => "/".to_string(),
        Some(i) => trimmed[..i].trim_end_matches('/').to_string(),
    };
    let dir = if dir.is_empty() { "/".into() } else { dir };
    out.out(format!("{dir}\n"));
    Ok(0)
}

fn whoami(
    _: &mut Shell,
    host: &mut dyn ShellHost,
    _: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    out.out(format!("{}\n", host.user().0));
    Ok(0)
}

/// Name of a uid or gid from `/etc/passwd` or `/etc/group`.
fn id_name(host: &mut dyn ShellHost, file: &str, id: u32) -> Option<String> {
    let text = host.fs().read_string(file).ok()?;
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.get(2)? == &id.to_string()).then(|| f[0].to_string())
    })
}

fn id(_: &mut Shell, host: &mut dyn ShellHost, a: &[String], _: &mut Input, out: &mut Output) -> R {
    let (name, uid, gid) = host.user();
    let group = id_name(host, "/etc/group", gid).unwrap_or_else(|| {
        if gid == uid {
            name.clone()
        } else {
            gid.to_string()
        }
    });
    let args = parse_args(a, "");
    let text = if args.has('u') {
        if args.has('n') {
            name
        } else {
            uid.to_string()
        }
    } else if args.has('g') {
        if args.has('n') {
            group
        } else {
            gid.to_string()
        }
    } else {
        // A uid or gid without a name (`docker run -u 1000`) shows as a bare number.
        let named = |n: u32, s: &str| {
            if s == n.to_string() {
                s.to_string()
            } else {
                format!("{n}({s})")
            }
        };
        format!(
            "uid={} gid={} groups={}",
            named(uid, &name),
            named(gid, &group),
            named(gid, &group)
        )
    };
    out.out(format!("{text}\n"));
    Ok(0)
}

fn uname(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let machine = "x86_64";
    let os = if gnu(sh) { "GNU/Linux" } else { "Linux" };
    let all = args.has('a') || args.long("all");
    let mut parts: Vec<String> = Vec::new();
    let flags = [
        ('s', "Linux".to_string()),
        ('n', host.hostname()),
        ('r', KERNEL_RELEASE.into()),
        ('v', KERNEL_VERSION.into()),
        ('m', machine.into()),
        ('o', os.into()),
    ];
    for (f, v) in flags {
        if all || args.has(f) {
            parts.push(v);
        }
    }
    if parts.is_empty() {
        parts.push("Linux".into());
    }
    out.out(format!("{}\n", parts.join(" ")));
    Ok(0)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// Formats a time with a `strftime`-like format (the subset `date` needs).
pub fn strftime(fmt: &str, secs: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(secs);
    let wday = DAYS[secs.div_euclid(86_400).rem_euclid(7) as usize];
    let month = MONTHS[(mo as usize).saturating_sub(1) % 12];
    let mut r = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            r.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => r.push_str(&format!("{y:04}")),
            Some('y') => r.push_str(&format!("{:02}", y % 100)),
            Some('m') => r.push_str(&format!("{mo:02}")),
            Some('d') => r.push_str(&format!("{d:02}")),
            Some('e') => r.push_str(&format!("{d:>2}")),
            Some('H') => r.push_str(&format!("{h:02}")),
            Some('M') => r.push_str(&format!("{mi:02}")),
            Some('S') => r.push_str(&format!("{s:02}")),
            Some('s') => r.push_str(&secs.to_string()),
            Some('a') => r.push_str(wday),
            Some('b') | Some('h') => r.push_str(month),
            Some('Z') => r.push_str("UTC"),
            Some('z') => r.push_str("+0000"),
            Some('F') => r.push_str(&format!("{y:04}-{mo:02}-{d:02}")),
            Some('T') => r.push_str(&format!("{h:02}:{mi:02}:{s:02}")),
            Some('D') => r.push_str(&format!("{mo:02}/{d:02}/{:02}", y % 100)),
            Some('n') => r.push('\n'),
            Some('%') => r.push('%'),
            Some(o) => {
                r.push('%');
                r.push(o);
            }
            None => r.push('%'),
        }
    }
    r
}

fn date(
    _: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let secs = host.now_ms().div_euclid(1000);
    let fmt = a
        .iter()
        .skip(1)
        .find_map(|x| x.strip_prefix('+'))
        .unwrap_or("%a %b %e %H:%M:%S %Z %Y");
    out.out(format!("{}\n", strftime(fmt, secs)));
    Ok(0)
}

fn tee(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let data = input.read_all();
    let mut status = 0;
    for f in &args.operands {
        let path = p(sh, f);
        let r = if args.has('a') {
            host.fs().append(&path, &data)
        } else {
            host.fs().write(&path, data.clone())
        };
        if let Err(e) = r {
            out.err(format!("tee: {f}: {e}\n"));
            status = 1;
        }
    }
    out.out(String::from_utf8_lossy(&data));
    Ok(status)
}

fn xargs(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let mut i = 1;
    let mut replace: Option<String> = None;
    let mut per: Option<usize> = None;
    while let Some(arg) = a.get(i) {
        match arg.as_str() {
            "-I" => {
                replace = a.get(i + 1).cloned();
                i += 2;
            }
            "-n" => {
                per = a.get(i + 1).and_then(|n| n.parse().ok()).filter(|n| *n > 0);
                i += 2;
            }
            "-0" | "-r" | "-t" | "--no-run-if-empty" => i += 1,
            _ => break,
        }
    }
    let mut cmd: Vec<String> = a.get(i..).unwrap_or(&[]).to_vec();
    if cmd.is_empty() {
        cmd.push("echo".into());
    }
    let text = String::from_utf8_lossy(&input.read_all()).into_owned();
    let mut status = 0;
    let mut empty = Input::default();
    if let Some(r) = replace {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            sh.step()?;
            let argv: Vec<String> = cmd.iter().map(|c| c.replace(&r, line)).collect();
            let s = sh.dispatch(&argv, host, &mut empty, out)?;
            if s != 0 {
                status = 123;
            }
        }
        return Ok(status);
    }
    let items: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    let chunks: Vec<Vec<String>> = match per {
        Some(n) => items.chunks(n).map(|c| c.to_vec()).collect(),
        None => vec![items],
    };
    for chunk in chunks {
        sh.step()?;
        let mut argv = cmd.clone();
        argv.extend(chunk);
        let s = sh.dispatch(&argv, host, &mut empty, out)?;
        if s != 0 {
            status = 123;
        }
    }
    Ok(status)
}

fn find(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let mut roots = Vec::new();
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        if arg.starts_with('-') || arg == "(" || arg == "!" {
            break;
        }
        roots.push(arg.clone());
        i += 1;
    }
    if roots.is_empty() {
        roots.push(".".into());
    }
    let mut name: Option<(String, bool)> = None;
    let mut kind: Option<char> = None;
    let mut maxdepth = usize::MAX;
    let mut mindepth = 0usize;
    while let Some(arg) = a.get(i) {
        let val = a.get(i + 1).cloned();
        match arg.as_str() {
            "-name" | "-iname" => name = val.map(|v| (v, arg == "-iname")),
            "-type" => kind = val.and_then(|v| v.chars().next()),
            "-maxdepth" => maxdepth = val.and_then(|v| v.parse().ok()).unwrap_or(usize::MAX),
            "-mindepth" => mindepth = val.and_then(|v| v.parse().ok()).unwrap_or(0),
            "-print" => {
                i += 1;
                continue;
            }
            other => {
                out.err(format!("find: unknown predicate `{other}'\n"));
                return Ok(1);
            }
        }
        i += 2;
    }
    let mut s = String::new();
    let mut status = 0;
    for root in roots {
        let abs = p(sh, &root);
        let fs = host.fs();
        let Some((_, node)) = fs.resolve(&abs) else {
            out.err(format!("find: {}: No such file or directory\n", q(&root)));
            status = 1;
            continue;
        };
        let mut entries: Vec<(String, usize, Node)> = vec![(root.clone(), 0, node.clone())];
        if node.is_dir() {
            let base = if abs == "/" { 0 } else { abs.len() };
            for (path, n) in fs.walk(&abs) {
                let rel = &path[base..];
                let depth = rel.matches('/').count();
                let shown = format!("{}{rel}", root.trim_end_matches('/'));
                entries.push((shown, depth, n.clone()));
            }
        }
        for (shown, depth, n) in entries {
            if depth > maxdepth || depth < mindepth {
                continue;
            }
            if let Some(k) = kind {
                let ok = match k {
                    'f' => n.is_file(),
                    'd' => n.is_dir(),
                    'l' => matches!(n.kind, NodeKind::Symlink(_)),
                    _ => false,
                };
                if !ok {
                    continue;
                }
            }
            if let Some((pat, icase)) = &name {
                let base = shown.rsplit('/').next().unwrap_or(&shown);
                let ok = if *icase {
                    glob_match(&pat.to_ascii_lowercase(), &base.to_ascii_lowercase())
                } else {
                    glob_match(pat, base)
                };
                if !ok {
                    continue;
                }
            }
            s.push_str(&shown);
            s.push('\n');
            if s.len() > MAX_OUTPUT {
                break;
            }
        }
    }
    out.out(s);
    Ok(status)
}

fn clear(_: &mut Shell, _: &mut dyn ShellHost, _: &[String], _: &mut Input, out: &mut Output) -> R {
    out.out("\x1b[H\x1b[2J");
    Ok(0)
}

fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["K", "M", "G", "T", "P"];
    if bytes < 1024 {
        return bytes.to_string();
    }
    let mut v = bytes as f64 / 1024.0;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if v < 10.0 {
        format!("{:.1}{}", (v * 10.0).ceil() / 10.0, UNITS[u])
    } else {
        format!("{}{}", v.ceil() as u64, UNITS[u])
    }
}

fn disk_usage(node: &Node) -> u64 {
    match &node.kind {
        NodeKind::Dir => 4096,
        NodeKind::Symlink(_) => 0,
        NodeKind::File { .. } => node.size().div_ceil(4096) * 4096,
    }
}

fn du(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "d");
    let roots = if args.operands.is_empty() {
        vec![".".to_string()]
    } else {
        args.operands.clone()
    };
    let mut s = String::new();
    let mut status = 0;
    for root in roots {
        let abs = p(sh, &root);
        let fs = host.fs();
        let Some((_, node)) = fs.resolve(&abs) else {
            out.err(format!(
                "du: cannot access {}: No such file or directory\n",
                q(&root)
            ));
            status = 1;
            continue;
        };
        let mut total = disk_usage(node);
        for (_, n) in fs.walk(&abs) {
            total += disk_usage(n);
        }
        let size = if args.has('h') {
            human(total)
        } else {
            total.div_ceil(1024).to_string()
        };
        s.push_str(&format!("{size}\t{root}\n"));
    }
    out.out(s);
    Ok(status)
}

fn env(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    if a.first().is_some_and(|n| n == "printenv") {
        if let Some(name) = a.get(1) {
            return Ok(match sh.vars.get(name).filter(|v| v.exported) {
                Some(v) => {
                    out.out(format!("{}\n", v.value));
                    0
                }
                None => 1,
            });
        }
    }
    let mut i = 1;
    let mut clean = false;
    let mut assigns = Vec::new();
    while let Some(arg) = a.get(i) {
        if arg == "-i" || arg == "-" {
            clean = true;
        } else if let Some((k, v)) = arg
            .split_once('=')
            .filter(|(k, _)| super::parser::is_name(k))
        {
            assigns.push((k.to_string(), v.to_string()));
        } else {
            break;
        }
        i += 1;
    }
    let rest = a.get(i..).unwrap_or(&[]);
    let mut child = sh.clone();
    if clean {
        child.vars.retain(|_, v| !v.exported);
    }
    for (k, v) in assigns {
        child.export(&k, &v);
    }
    if rest.is_empty() {
        let mut s = String::new();
        for (k, v) in child.exported_env() {
            s.push_str(&format!("{k}={v}\n"));
        }
        out.out(s);
        return Ok(0);
    }
    let r = match lookup(&rest[0]).or_else(|| {
        super::builtins::lookup_shell(&rest[0]).filter(|_| rest[0] == "echo" || rest[0] == "printf")
    }) {
        Some(b) => b(&mut child, host, rest, input, out),
        None => match child
            .count_program(rest)
            .map(|()| host.exec(&mut child, rest, input.rest(), out))
        {
            Err(flow) => Err(flow),
            Ok(Some(s)) => Ok(s),
            Ok(None) => {
                if gnu(sh) {
                    out.err(format!("env: {}: No such file or directory\n", q(&rest[0])));
                } else {
                    out.err(format!(
                        "env: can't execute '{}': No such file or directory\n",
                        rest[0]
                    ));
                }
                Ok(127)
            }
        },
    };
    sh.join(&child);
    r
}

fn ln(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let [target, name] = args.operands.as_slice() else {
        return Ok(missing("ln", out));
    };
    let mut path = p(sh, name);
    let fs = host.fs();
    if fs.is_dir(&path) {
        path = vfs::normalize(&path, vfs::base_name(target));
    }
    if fs.exists(&path) && !args.has('f') {
        out.err(format!(
            "ln: failed to create symbolic link {}: File exists\n",
            q(name)
        ));
        return Ok(1);
    }
    if args.has('s') {
        fs.insert(&path, Node::symlink(target.clone()));
    } else if let Err(e) = fs.copy(&vfs::normalize(&sh.cwd, target), &path) {
        out.err(format!("ln: failed to access {}: {e}\n", q(target)));
        return Ok(1);
    }
    Ok(0)
}

fn chmod(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let ops: Vec<&String> = a
        .iter()
        .skip(1)
        .filter(|s| {
            !(s.starts_with('-')
                && s.len() > 1
                && s.chars()
                    .nth(1)
                    .is_some_and(|c| c.is_alphabetic() && c != 'x' && c != 'w' && c != 'r'))
        })
        .collect();
    let [mode, files @ ..] = ops.as_slice() else {
        return Ok(missing("chmod", out));
    };
    let mut status = 0;
    for f in files {
        let path = p(sh, f);
        let fs = host.fs();
        let Some(real) = fs.resolve(&path).map(|(p, _)| p) else {
            out.err(format!(
                "chmod: cannot access {}: No such file or directory\n",
                q(f)
            ));
            status = 1;
            continue;
        };
        if let Some(node) = fs.get_mut(&real) {
            node.mode = apply_mode(node.mode, mode);
        }
    }
    Ok(status)
}

fn apply_mode(old: u32, spec: &str) -> u32 {
    if let Ok(m) = u32::from_str_radix(spec, 8) {
        return m & 0o7777;
    }
    let mut mode = old;
    for clause in spec.split(',') {
        let who_end = clause.find(['+', '-', '=']).unwrap_or(clause.len());
        let who = &clause[..who_end];
        let mask = if who.is_empty() || who.contains('a') {
            0o777
        } else {
            let mut m = 0;
            if who.contains('u') {
                m |= 0o700;
            }
            if who.contains('g') {
                m |= 0o070;
            }
            if who.contains('o') {
                m |= 0o007;
            }
            m
        };
        let Some(op) = clause[who_end..].chars().next() else {
            continue;
        };
        let perms = &clause[who_end + 1..];
        let mut bits = 0;
        if perms.contains('r') {
            bits |= 0o444;
        }
        if perms.contains('w') {
            bits |= 0o222;
        }
        if perms.contains('x') {
            bits |= 0o111;
        }
        let bits = bits & mask;
        mode = match op {
            '+' => mode | bits,
            '-' => mode & !bits,
            _ => (mode & !mask) | bits,
        };
    }
    mode
}

/// `-rw-r--r--` for a node.
fn mode_string(node: &Node) -> String {
    let t = match node.kind {
        NodeKind::Dir => 'd',
        NodeKind::Symlink(_) => 'l',
        NodeKind::File { .. } => '-',
    };
    let mut s = String::with_capacity(10);
    s.push(t);
    for shift in [6, 3, 0] {
        let b = (node.mode >> shift) & 7;
        s.push(if b & 4 != 0 { 'r' } else { '-' });
        s.push(if b & 2 != 0 { 'w' } else { '-' });
        s.push(if b & 1 != 0 { 'x' } else { '-' });
    }
    s
}

struct Entry {
    name: String,
    node: Node,
    links: usize,
}

fn ls(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> R {
    let args = parse_args(a, "");
    let long = args.has('l') || args.has('n') || args.has('g');
    let all = args.has('a');
    let almost = args.has('A');
    let one = args.has('1');
    let dir_only = args.has('d');
    let recursive = args.has('R');
    let classify = args.has('F') || args.has('p');
    let human = args.has('h');
    let operands = if args.operands.is_empty() {
        vec![".".to_string()]
    } else {
        args.operands.clone()
    };
    let mut status = 0;
    let mut files: Vec<Entry> = Vec::new();
    let mut dirs: Vec<(String, String)> = Vec::new();
    for op in &operands {
        let path = p(sh, op);
        let fs = host.fs();
        let Some(node) = fs.get(&path).cloned() else {
            status = 2;
            if gnu(sh) {
                out.err(format!(
                    "ls: cannot access {}: No such file or directory\n",
                    q(op)
                ));
            } else {
                status = 1;
                out.err(format!("ls: {op}: No such file or directory\n"));
            }
            continue;
        };
        let is_dir = fs.is_dir(&path) && !(long && matches!(node.kind, NodeKind::Symlink(_)));
        if is_dir && !dir_only {
            dirs.push((op.clone(), path));
        } else {
            files.push(Entry {
                name: op.clone(),
                links: links(fs, &path, &node),
                node,
            });
        }
    }
    let multi = operands.len() > 1 || recursive;
    let opts = LsOpts {
        long,
        one: one || !sh.tty,
        classify,
        human,
    };
    let mut text = String::new();
    let mut first = true;
    if !files.is_empty() {
        text.push_str(&render_entries(sh, host, &files, &opts, false));
        first = false;
    }
    let mut queue: Vec<(String, String)> = dirs;
    let mut guard = 0;
    while !queue.is_empty() {
        let (shown, path) = queue.remove(0);
        guard += 1;
        if guard > 10_000 || text.len() > MAX_OUTPUT {
            break;
        }
        let fs = host.fs();
        let Ok(names) = fs.list(&path) else { continue };
        let mut entries = Vec::new();
        if all {
            for (n, pth) in [(".", path.clone()), ("..", vfs::parent(&path).to_string())] {
                if let Some((_, node)) = fs.resolve(&pth) {
                    let node = node.clone();
                    entries.push(Entry {
                        name: n.into(),
                        links: links(fs, &pth, &node),
                        node,
                    });
                }
            }
        }
        let mut subdirs = Vec::new();
        for n in names {
            if n.starts_with('.') && !all && !almost {
                continue;
            }
            let child = vfs::normalize(&path, &n);
            let Some(node) = fs.get(&child).cloned() else {
                continue;
            };
            if recursive && node.is_dir() {
                let shown_child = if shown.ends_with('/') {
                    format!("{shown}{n}")
                } else {
                    format!("{shown}/{n}")
                };
                subdirs.push((shown_child, child.clone()));
            }
            entries.push(Entry {
                name: n,
                links: links(fs, &child, &node),
                node,
            });
        }
        if multi {
            if !first {
                text.push('\n');
            }
            text.push_str(&format!("{shown}:\n"));
        }
        first = false;
        text.push_str(&render_entries(sh, host, &entries, &opts, true));
        // Depth-first, in order, as ls -R prints.
        for (i, d) in subdirs.into_iter().enumerate() {
            queue.insert(i, d);
        }
    }
    out.out(text);
    Ok(status)
}

fn links(fs: &vfs::Tree, path: &str, node: &Node) -> usize {
    if node.is_dir() {
        2 + fs
            .list(path)
            .map(|names| {
                names
                    .iter()
                    .filter(|n| fs.get(&vfs::normalize(path, n)).is_some_and(Node::is_dir))
                    .count()
            })
            .unwrap_or(0)
    } else {
        1
    }
}

struct LsOpts {
    long: bool,
    one: bool,
    classify: bool,
    human: bool,
}

fn render_entries(
    sh: &Shell,
    host: &mut dyn ShellHost,
    entries: &[Entry],
    o: &LsOpts,
    is_dir_listing: bool,
) -> String {
    let decorate = |e: &Entry| -> String {
        let mut n = e.name.clone();
        if o.classify {
            match e.node.kind {
                NodeKind::Dir => n.push('/'),
                NodeKind::Symlink(_) => n.push('@'),
                NodeKind::File { .. } if e.node.mode & 0o111 != 0 => n.push('*'),
                _ => {}
            }
        }
        n
    };
    if o.long {
        let mut rows = Vec::new();
        let mut blocks = 0u64;
        let secs = host.now_ms().div_euclid(1000);
        let date = strftime("%b %e %H:%M", secs);
        for e in entries {
            let owner =
                id_name(host, "/etc/passwd", e.node.uid).unwrap_or_else(|| e.node.uid.to_string());
            let group =
                id_name(host, "/etc/group", e.node.gid).unwrap_or_else(|| e.node.gid.to_string());
            let size = match &e.node.kind {
                NodeKind::Dir => 4096,
                NodeKind::Symlink(t) => t.len() as u64,
                NodeKind::File { .. } => e.node.size(),
            };
            blocks += disk_usage(&e.node) / 1024;
            let mut name = decorate(e);
            if let NodeKind::Symlink(t) = &e.node.kind {
                name = format!("{} -> {t}", e.name);
            }
            let size = if o.human {
                human(size)
            } else {
                size.to_string()
            };
            rows.push((
                mode_string(&e.node),
                e.links.to_string(),
                owner,
                group,
                size,
                name,
            ));
        }
        let mut s = String::new();
        if is_dir_listing {
            s.push_str(&format!("total {blocks}\n"));
        }
        if gnu(sh) {
            type Row = (String, String, String, String, String, String);
            let w = |f: fn(&Row) -> usize| rows.iter().map(f).max().unwrap_or(0);
            let (lw, ow, gw, sw) = (
                w(|r| r.1.len()),
                w(|r| r.2.len()),
                w(|r| r.3.len()),
                w(|r| r.4.len()),
            );
            for (m, l, own, g, size, name) in rows {
                s.push_str(&format!(
                    "{m} {l:>lw$} {own:<ow$} {g:<gw$} {size:>sw$} {date} {name}\n"
                ));
            }
        } else {
            for (m, l, own, g, size, name) in rows {
                s.push_str(&format!(
                    "{m} {l:>4} {own:<8} {g:<8} {size:>9} {date} {name}\n"
                ));
            }
        }
        return s;
    }
    let names: Vec<String> = entries.iter().map(decorate).collect();
    if o.one {
        return names.iter().map(|n| format!("{n}\n")).collect();
    }
    columns(&names, 80, gnu(sh))
}

/// Lays names out in columns, filled top to bottom, as `ls` does on a terminal.
pub fn columns(names: &[String], width: usize, gnu: bool) -> String {
    if names.is_empty() {
        return String::new();
    }
    let lens: Vec<usize> = names.iter().map(|n| n.chars().count()).collect();
    let n = names.len();
    let (mut cols, mut col_widths) = (1, vec![lens.iter().copied().max().unwrap_or(0)]);
    if gnu {
        // GNU: the most columns whose total width (2 spaces between) stays under the line.
        let max_cols = (width / 3).clamp(1, n);
        for c in (1..=max_cols).rev() {
            let rows = n.div_ceil(c);
            let real_cols = n.div_ceil(rows);
            let widths: Vec<usize> = (0..real_cols)
                .map(|ci| {
                    (ci * rows..((ci + 1) * rows).min(n))
                        .map(|i| lens[i])
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            let total: usize = widths.iter().sum::<usize>() + 2 * (real_cols - 1);
            if total < width || c == 1 {
                cols = real_cols;
                col_widths = widths;
                break;
            }
        }
    } else {
        let w = lens.iter().copied().max().unwrap_or(0) + 2;
        cols = (width / w).clamp(1, n);
        col_widths = vec![w - 2; cols];
    }
    let rows = n.div_ceil(cols);
    let mut s = String::new();
    for r in 0..rows {
        let mut line = String::new();
        for c in 0..cols {
            let i = c * rows + r;
            let Some(name) = names.get(i) else { break };
            line.push_str(name);
            let last = c + 1 == cols || (c + 1) * rows + r >= n;
            if !last {
                let pad = col_widths.get(c).copied().unwrap_or(0) + 2 - lens[i];
                line.push_str(&" ".repeat(pad));
            }
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// `printf`'s formatter, for hosts that want the same formatting.
pub fn format_printf(fmt: &str, args: &[String]) -> String {
    let mut errs = String::new();
    printf_format(fmt, args, "", &mut errs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regex_basics() {
        let r = |p: &str, e: bool| Regex::new(p, e, false).unwrap();
        assert!(r("^a.c$", false).is_match("abc"));
        assert!(!r("^a.c$", false).is_match("abcd"));
        assert!(r("ab*c", false).is_match("ac"));
        assert!(r("[0-9][0-9]*", false).is_match("x42"));
        assert!(r("a\\|b", false).is_match("b"));
        assert!(r("(foo|bar)+$", true).is_match("xfoobar"));
        assert!(r("colou?r", true).is_match("color"));
        assert_eq!(r("o+", true).find("foo"), Some((1, 3)));
        assert!(Regex::new("ERROR", false, true)
            .unwrap()
            .is_match("an error"));
        // Pathological backtracking ends.
        assert!(!r("(a*)*b", true).is_match(&"a".repeat(40)));
    }

    #[test]
    fn gnu_columns() {
        let names: Vec<String> = [
            "bin", "boot", "dev", "etc", "home", "lib", "media", "mnt", "opt", "proc", "root",
            "run", "sbin", "srv", "sys", "tmp", "usr", "var",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            columns(&names, 80, true),
            "bin   dev  home  media  opt   root  sbin  sys  usr\nboot  etc  lib   mnt    proc  run   srv   tmp  var\n"
        );
    }

    #[test]
    fn dates_and_modes() {
        assert_eq!(
            strftime("%a %b %e %H:%M:%S %Z %Y", 1_748_854_800),
            "Mon Jun  2 09:00:00 UTC 2025"
        );
        assert_eq!(apply_mode(0o644, "+x"), 0o755);
        assert_eq!(apply_mode(0o755, "go-w"), 0o755);
        assert_eq!(mode_string(&Node::dir()), "drwxr-xr-x");
        assert_eq!(human(4096), "4.0K");
    }
}
