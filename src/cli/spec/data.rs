//! Loads `commands.spec`, the one definition of every docker command and flag, into typed tables.

use super::Cmd;
use std::sync::OnceLock;

/// How a flag's value is parsed (pflag's value types, grouped by behaviour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `--x`, `--x=false`; never takes a separate value.
    Bool,
    /// Signed integer (`int`, `int64`).
    Int,
    /// Unsigned integer (`uint`, `uint16`, `uint64`).
    Uint,
    /// Go `time.Duration` text (`10s`, `1m30s`).
    Duration,
    /// Sizes such as `512m` (docker's `opts.MemBytes`).
    Bytes,
    /// A decimal such as `1.5` (docker's `opts.NanoCPUs`).
    Decimal,
    /// pflag `stringSlice` (`strings`): each value is split on commas.
    Slice,
    /// Any other value: `string`, `list`, `stringArray`, `filter`, `map`, …
    Value,
}

/// One flag of one command.
#[derive(Clone, Debug)]
pub struct FlagDef {
    /// Long name without dashes.
    pub long: String,
    /// One-letter shorthand.
    pub short: Option<char>,
    /// pflag's display type (`string`, `list`, …); empty for booleans.
    pub ty: String,
    /// Parsing behaviour.
    pub kind: Kind,
    /// Default value as pflag shows it (`(default …)` in help).
    pub default: Option<String>,
    /// Help text, `\n` kept.
    pub help: String,
    /// Parsed but not listed in help.
    pub hidden: bool,
    /// Another flag this one sets (`--net` sets `--network`): `alias:<long>` in the spec.
    pub alias: Option<String>,
    /// pflag's deprecation note (`deprecated:<words>`, `_` for spaces), printed when used.
    pub deprecated: Option<String>,
}

/// How many positional arguments a command accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRule {
    /// Anything.
    Any,
    /// No positional arguments.
    None,
    /// Exactly n.
    Exact(usize),
    /// At least n.
    Min(usize),
    /// At most n.
    Max(usize),
    /// Between n and m.
    Range(usize, usize),
}

/// One command definition (all its alias paths share it).
#[derive(Clone, Debug)]
pub struct CommandDef {
    /// Canonical path without `docker`, e.g. `container ls`.
    pub path: String,
    /// What the command does.
    pub cmd: Cmd,
    /// Usage after the command path.
    pub usage: String,
    /// The `Aliases:` line of the help, also the list of alias paths.
    pub aliases: Option<String>,
    /// Positional argument count rule.
    pub args: ArgRule,
    /// Flags stop at the first positional argument.
    pub stop_at_args: bool,
    /// One-line description (group listings).
    pub short: String,
    /// Longer description shown by `--help` instead of `short`.
    pub long: Option<String>,
    /// Description shown in listings when it differs from `short`.
    pub listed: Option<String>,
    /// Flags sorted by long name.
    pub flags: Vec<FlagDef>,
}

impl CommandDef {
    /// Every path (without `docker`) that reaches this command, canonical first.
    pub fn paths(&self) -> Vec<String> {
        let mut out = vec![self.path.clone()];
        for a in self.aliases.iter().flat_map(|a| a.split(", ")) {
            let p = a.strip_prefix("docker ").unwrap_or(a).to_string();
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }
}

/// The whole grammar.
#[derive(Debug, Default)]
pub struct Spec {
    /// Leaf commands.
    pub commands: Vec<CommandDef>,
    /// Management command groups: (name, description).
    pub groups: Vec<(String, String)>,
    /// Groups whose own usage (in usage errors) has words after the name: (name, words).
    pub group_usage: Vec<(String, String)>,
    /// `docker --help` sections: (title, names).
    pub root: Vec<(String, Vec<String>)>,
    /// Global options of `docker` itself.
    pub global: Vec<FlagDef>,
    /// Lines the loader could not understand (a test keeps this empty).
    pub problems: Vec<String>,
}

#[cfg(feature = "full")]
const SOURCE: &str = include_str!("commands.spec");
/// The lean build's grammar: the same file without its comments and the flags' help texts,
/// stripped at compile time; `--help` (the only reader of those texts) is left to the full
/// build (src/lean.rs, `cli::docker`).
#[cfg(not(feature = "full"))]
const SOURCE: &str = lean::TEXT;

#[cfg(not(feature = "full"))]
mod lean {
    const RAW: &[u8] = include_bytes!("commands.spec");
    const RAW_LEN: usize = RAW.len();

    /// Whether `raw[i..end]`, trimmed, starts with `word`.
    const fn starts(raw: &[u8], mut i: usize, end: usize, word: &[u8]) -> bool {
        while i < end && raw[i] == b' ' {
            i += 1;
        }
        let mut k = 0;
        while k < word.len() {
            if i + k >= end || raw[i + k] != word[k] {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Copies `raw` line by line into a buffer of its length: comment lines dropped, a flag
    /// line cut before its ` | help`. Returns the buffer and the length used.
    const fn strip(raw: &[u8]) -> ([u8; RAW_LEN], usize) {
        let mut out = [0u8; RAW_LEN];
        let (mut i, mut o) = (0, 0);
        while i < raw.len() {
            let mut end = i;
            while end < raw.len() && raw[end] != b'\n' {
                end += 1;
            }
            if !starts(raw, i, end, b"#") {
                let mut keep = end;
                if starts(raw, i, end, b"flag ") {
                    let mut k = i;
                    while k + 3 <= end {
                        if raw[k] == b' ' && raw[k + 1] == b'|' && raw[k + 2] == b' ' {
                            keep = k;
                            break;
                        }
                        k += 1;
                    }
                }
                while i < keep {
                    out[o] = raw[i];
                    o += 1;
                    i += 1;
                }
                out[o] = b'\n';
                o += 1;
            }
            i = end + 1;
        }
        (out, o)
    }

    const STRIPPED: ([u8; RAW_LEN], usize) = strip(RAW);
    const LEN: usize = STRIPPED.1;
    // Read once, by `TEXT` below, at compile time: no copy of it is made at run time.
    #[allow(clippy::large_const_arrays)]
    const BYTES: [u8; LEN] = {
        let mut out = [0u8; LEN];
        let mut i = 0;
        while i < LEN {
            out[i] = STRIPPED.0[i];
            i += 1;
        }
        out
    };
    /// The stripped grammar.
    pub const TEXT: &str = match core::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("commands.spec is UTF-8 and is cut only at ASCII"),
    };
}

/// The parsed grammar, loaded once.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| load(SOURCE))
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn kind_of(ty: &str) -> Kind {
    match ty {
        "" | "bool" => Kind::Bool,
        "int" | "int64" | "int32" => Kind::Int,
        "uint" | "uint16" | "uint32" | "uint64" => Kind::Uint,
        "duration" => Kind::Duration,
        "bytes" => Kind::Bytes,
        "decimal" => Kind::Decimal,
        "strings" => Kind::Slice,
        _ => Kind::Value,
    }
}

fn parse_flag(line: &str, texts: &[(String, String)]) -> Option<FlagDef> {
    let (head, help) = line.split_once(" | ").unwrap_or((line, ""));
    let mut short = None;
    let mut long = None;
    let mut ty = None;
    let mut default = None;
    let mut hidden = false;
    let mut alias = None;
    let mut deprecated = None;
    for tok in head.split_whitespace() {
        if let Some(a) = tok.strip_prefix("alias:") {
            alias = Some(a.to_string());
        } else if let Some(d) = tok.strip_prefix("deprecated:") {
            deprecated = Some(d.replace('_', " "));
        } else if let Some(l) = tok.strip_prefix("--") {
            long = Some(l.to_string());
        } else if let Some(s) = tok.strip_prefix('-') {
            short = s.chars().next();
        } else if let Some(d) = tok.strip_prefix('=') {
            default = Some(d.to_string());
        } else if tok == "hidden" {
            hidden = true;
        } else {
            ty = Some(tok.to_string());
        }
    }
    let ty = ty?;
    let help = match help.strip_prefix('@') {
        Some(name) => texts.iter().find(|(n, _)| n == name)?.1.clone(),
        None => unescape(help),
    };
    Some(FlagDef {
        long: long?,
        short,
        kind: kind_of(&ty),
        ty: if ty == "bool" { String::new() } else { ty },
        default,
        help,
        hidden,
        alias,
        deprecated,
    })
}

fn parse_args(v: &str) -> Option<ArgRule> {
    let mut it = v.split_whitespace();
    let kind = it.next()?;
    let mut num = || it.next().and_then(|n| n.parse::<usize>().ok());
    Some(match kind {
        "any" => ArgRule::Any,
        "none" => ArgRule::None,
        "exact" => ArgRule::Exact(num()?),
        "min" => ArgRule::Min(num()?),
        "max" => ArgRule::Max(num()?),
        "range" => {
            let a = num()?;
            ArgRule::Range(a, num()?)
        }
        _ => return None,
    })
}

/// Parses the spec text; problems are collected, never panicked on.
pub fn load(src: &str) -> Spec {
    let mut spec = Spec::default();
    let mut texts: Vec<(String, String)> = Vec::new();
    // Which block the indented lines belong to.
    enum Block {
        None,
        Command,
        Root,
        Global,
    }
    let mut block = Block::None;
    for (no, line) in src.lines().enumerate() {
        let bad = |p: &mut Vec<String>| p.push(format!("line {}: {}", no + 1, line));
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("  ") {
            let (key, val) = rest.split_once(' ').unwrap_or((rest, ""));
            match block {
                Block::Root => spec.root.push((
                    key.to_string(),
                    val.split_whitespace().map(String::from).collect(),
                )),
                Block::Global => match parse_flag(val, &texts) {
                    Some(f) if key == "flag" => spec.global.push(f),
                    _ => bad(&mut spec.problems),
                },
                Block::Command => {
                    let Some(c) = spec.commands.last_mut() else {
                        bad(&mut spec.problems);
                        continue;
                    };
                    match key {
                        "cmd" => match Cmd::from_name(val) {
                            Some(cmd) => c.cmd = cmd,
                            None => bad(&mut spec.problems),
                        },
                        "use" => c.usage = unescape(val),
                        "aliases" => c.aliases = Some(val.to_string()),
                        "args" => match parse_args(val) {
                            Some(a) => c.args = a,
                            None => bad(&mut spec.problems),
                        },
                        "stop-at-args" => c.stop_at_args = true,
                        "short" => c.short = unescape(val),
                        "long" => c.long = Some(unescape(val)),
                        "listed" => c.listed = Some(unescape(val)),
                        "flag" => match parse_flag(val, &texts) {
                            Some(f) => {
                                c.flags.retain(|g| g.long != f.long);
                                c.flags.push(f);
                            }
                            None => bad(&mut spec.problems),
                        },
                        "flags-of" => {
                            let found = spec
                                .commands
                                .iter()
                                .find(|d| d.path == val)
                                .map(|d| d.flags.clone());
                            match (found, spec.commands.last_mut()) {
                                (Some(fl), Some(c)) => c.flags.extend(fl),
                                _ => bad(&mut spec.problems),
                            }
                        }
                        _ => bad(&mut spec.problems),
                    }
                }
                Block::None => bad(&mut spec.problems),
            }
            continue;
        }
        let (key, val) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "text" => {
                let (name, body) = val.split_once(' ').unwrap_or((val, ""));
                texts.push((name.to_string(), unescape(body)));
                block = Block::None;
            }
            "root" => block = Block::Root,
            "global" => block = Block::Global,
            "group" => {
                let mut parts = val.split(" | ");
                let name = parts.next().unwrap_or("").to_string();
                spec.groups
                    .push((name.clone(), parts.next().unwrap_or("").to_string()));
                if let Some(usage) = parts.next() {
                    spec.group_usage.push((name, usage.to_string()));
                }
                block = Block::None;
            }
            "command" => {
                spec.commands.push(CommandDef {
                    path: val.to_string(),
                    cmd: Cmd::Unsupported,
                    usage: String::new(),
                    aliases: None,
                    args: ArgRule::Any,
                    stop_at_args: false,
                    short: String::new(),
                    long: None,
                    listed: None,
                    flags: Vec::new(),
                });
                block = Block::Command;
            }
            _ => bad(&mut spec.problems),
        }
    }
    // Commands defined by `flags-of` may have been defined before the source: sort at the end.
    for c in &mut spec.commands {
        crate::sort::sort_by(&mut c.flags, |a, b| a.long.cmp(&b.long));
    }
    crate::sort::sort_by(&mut spec.global, |a, b| a.long.cmp(&b.long));
    spec
}

/// The lean grammar is the full one without the flags' help texts.
#[cfg(all(test, not(feature = "full")))]
mod lean_tests {
    use super::*;

    #[test]
    fn the_lean_grammar_is_the_full_one_without_flag_help() {
        let lean = load(SOURCE);
        let mut full = load(include_str!("commands.spec"));
        assert!(lean.problems.is_empty(), "{:?}", lean.problems);
        assert!(SOURCE.len() < include_str!("commands.spec").len() * 3 / 4);
        for c in &mut full.commands {
            for f in &mut c.flags {
                f.help.clear();
            }
        }
        for f in &mut full.global {
            f.help.clear();
        }
        assert_eq!(
            format!("{:?}", lean.commands),
            format!("{:?}", full.commands)
        );
        assert_eq!(format!("{:?}", lean.global), format!("{:?}", full.global));
        assert_eq!(lean.groups, full.groups);
    }
}
