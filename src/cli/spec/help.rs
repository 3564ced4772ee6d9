//! `--help` text generated from the definitions: cobra's layout and pflag's flag-column wrapping.

use super::data::{spec, CommandDef, FlagDef};

/// Width the docker CLI wraps flag help to when stdout is not a terminal (80 columns − 1).
pub const WIDTH: usize = 79;

/// Splits `s` at the last whitespace before `i` bytes, allowing `slop` extra to avoid orphans.
fn wrap_n(i: usize, slop: usize, s: &str) -> (&str, &str) {
    if i + slop > s.len() {
        return (s, "");
    }
    let head = s.get(..i).unwrap_or(s);
    let w = head.rfind([' ', '\t', '\n']);
    let Some(w) = w.filter(|&w| w > 0) else {
        return (s, "");
    };
    if let Some(nl) = head.rfind('\n').filter(|&nl| nl > 0 && nl < w) {
        return (&s[..nl], &s[nl + 1..]);
    }
    (&s[..w], &s[w + 1..])
}

/// Wraps a flag description to `width` with continuation lines indented by `indent`.
fn wrap(indent: usize, width: usize, s: &str) -> String {
    let mut indent = indent;
    let mut room = width.saturating_sub(indent);
    let mut out = String::new();
    if room < 24 {
        indent = 16;
        room = width.saturating_sub(indent);
        out.push('\n');
        out.push_str(&" ".repeat(indent));
    }
    let pad = format!("\n{}", " ".repeat(indent));
    if room < 24 {
        out.push_str(&s.replace('\n', &pad));
        return out;
    }
    let slop = 5;
    room -= slop;
    let (first, mut rest) = wrap_n(room, slop, s);
    out.push_str(&first.replace('\n', &pad));
    while !rest.is_empty() {
        let (line, r) = wrap_n(room, slop, rest);
        out.push_str(&pad);
        out.push_str(&line.replace('\n', &pad));
        rest = r;
    }
    out
}

fn quote(s: &str) -> String {
    format!("{:?}", s)
}

/// The `Options:` block for a set of flags (hidden ones left out).
pub fn flag_usages(flags: &[FlagDef]) -> String {
    let visible: Vec<&FlagDef> = flags.iter().filter(|f| !f.hidden).collect();
    let heads: Vec<String> = visible
        .iter()
        .map(|f| {
            let mut h = match f.short {
                Some(c) => format!("  -{}, --{}", c, f.long),
                None => format!("      --{}", f.long),
            };
            if !f.ty.is_empty() {
                h.push(' ');
                h.push_str(&f.ty);
            }
            h
        })
        .collect();
    let max = heads.iter().map(String::len).max().unwrap_or(0);
    let mut out = String::new();
    for (f, h) in visible.iter().zip(&heads) {
        let mut text = f.help.clone();
        if let Some(d) = &f.default {
            if f.ty == "string" {
                text.push_str(&format!(" (default {})", quote(d)));
            } else {
                text.push_str(&format!(" (default {})", d));
            }
        }
        let line = format!(
            "{}{}{}",
            h,
            " ".repeat(max + 3 - h.len()),
            wrap(max + 3, WIDTH, &text)
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `docker <path> --help` for a leaf command; `shown` is the command path as docker prints it.
pub fn command_help(def: &CommandDef, shown: &str) -> String {
    let mut out = format!("Usage:  {}\n\n", usage_line(def, shown));
    out.push_str(def.long.as_deref().unwrap_or(&def.short));
    out.push('\n');
    if let Some(a) = &def.aliases {
        out.push_str(&format!("\nAliases:\n  {}\n", a));
    }
    if def.flags.iter().any(|f| !f.hidden) {
        out.push_str("\nOptions:\n");
        out.push_str(&flag_usages(&def.flags));
    }
    out
}

/// `docker <path> <usage>` as in the `Usage:` line.
pub fn usage_line(def: &CommandDef, shown: &str) -> String {
    if def.usage.is_empty() {
        format!("docker {}", shown)
    } else {
        format!("docker {} {}", shown, def.usage)
    }
}

/// Description used when a command is listed under a group.
fn listed(def: &CommandDef) -> &str {
    def.listed.as_deref().unwrap_or(&def.short)
}

/// Subcommands of a group, sorted: (name, description).
pub fn group_children(group: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for def in &spec().commands {
        let under = def.paths().into_iter().find_map(|p| {
            let (g, name) = p.split_once(' ')?;
            (g == group && !name.contains(' ')).then(|| name.to_string())
        });
        if let Some(name) = under {
            out.push((name, listed(def).to_string()));
        }
    }
    crate::sort::sort(&mut out);
    out
}

fn listing(rows: &[(String, String)]) -> String {
    let width = rows
        .iter()
        .map(|(n, _)| n.trim_end_matches('*').len())
        .max()
        .unwrap_or(0)
        .max(11);
    rows.iter()
        .map(|(n, d)| format!("  {:<w$} {}\n", n, d, w = width))
        .collect()
}

/// `docker <group> --help`.
pub fn group_help(group: &str) -> String {
    let desc = spec()
        .groups
        .iter()
        .find(|(g, _)| g == group)
        .map(|(_, d)| d.as_str())
        .unwrap_or("");
    let mut out = format!("Usage:  docker {} COMMAND\n\n{}\n", group, desc);
    let rows = group_children(group);
    if !rows.is_empty() {
        out.push_str("\nCommands:\n");
        out.push_str(&listing(&rows));
    }
    out.push_str(&format!(
        "\nRun 'docker {} COMMAND --help' for more information on a command.\n",
        group
    ));
    out
}

/// Description of a top-level name in `docker --help`.
fn top_desc(name: &str) -> String {
    let bare = name.trim_end_matches('*');
    if let Some((_, d)) = spec().groups.iter().find(|(g, _)| g == bare) {
        return d.clone();
    }
    spec()
        .commands
        .iter()
        .find(|c| c.paths().iter().any(|p| p == bare))
        .map(|c| listed(c).to_string())
        .unwrap_or_default()
}

/// `docker --help`.
pub fn root_help() -> String {
    let mut out = String::from(
        "Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n",
    );
    for (section, names) in &spec().root {
        let title = match section.as_str() {
            "common" => "Common Commands",
            "management" => "Management Commands",
            "swarm" => "Swarm Commands",
            _ => "Commands",
        };
        let rows: Vec<(String, String)> = names.iter().map(|n| (n.clone(), top_desc(n))).collect();
        out.push_str(&format!("\n{}:\n", title));
        out.push_str(&listing(&rows));
    }
    out.push_str("\nGlobal Options:\n");
    out.push_str(&flag_usages(&spec().global));
    out.push_str("\nRun 'docker COMMAND --help' for more information on a command.\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n");
    out
}
