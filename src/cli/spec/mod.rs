//! One definition per docker command and flag (`commands.spec`): parsing, usage errors and help texts.
//!
//! The docker 28.2.2 client is the oracle: help output and error texts are byte-identical to it
//! (see `tests/cli_spec.rs`). `docker build` and its aliases follow the buildx plugin that a normal
//! Docker 28 install forwards them to.

mod data;
mod help;
pub mod pflag;

pub use data::{ArgRule, CommandDef, FlagDef, Kind};
pub use pflag::{parse_bool, parse_duration_ms};

use data::spec;

macro_rules! cmds {
    ($($v:ident),* $(,)?) => {
        /// What a command does: one variant per distinct behaviour (aliases share one).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Cmd { $($v),* }
        impl Cmd {
            /// The variant named in `commands.spec`.
            pub fn from_name(name: &str) -> Option<Cmd> {
                match name { $(stringify!($v) => Some(Cmd::$v),)* _ => None }
            }
        }
    };
}

cmds!(
    BuilderPrune,
    ContainerAttach,
    ContainerCommit,
    ContainerCp,
    ContainerCreate,
    ContainerDiff,
    ContainerExec,
    ContainerExport,
    ContainerInspect,
    ContainerKill,
    ContainerLogs,
    ContainerLs,
    ContainerPause,
    ContainerPort,
    ContainerPrune,
    ContainerRename,
    ContainerRestart,
    ContainerRm,
    ContainerRun,
    ContainerStart,
    ContainerStats,
    ContainerStop,
    ContainerTop,
    ContainerUnpause,
    ContainerUpdate,
    ContainerWait,
    ImageBuild,
    ImageHistory,
    ImageImport,
    ImageInspect,
    ImageLoad,
    ImageLs,
    ImagePrune,
    ImagePull,
    ImagePush,
    ImageRm,
    ImageSave,
    ImageTag,
    Inspect,
    Login,
    Logout,
    NetworkConnect,
    NetworkCreate,
    NetworkDisconnect,
    NetworkInspect,
    NetworkLs,
    NetworkPrune,
    NetworkRm,
    Search,
    SystemDf,
    SystemEvents,
    SystemInfo,
    SystemPrune,
    Version,
    VolumeCreate,
    VolumeInspect,
    VolumeLs,
    VolumePrune,
    VolumeRm,
    Unsupported,
    ContextLs,
    ContextUse,
    ContextShow,
    BuildxLs,
    BuildxVersion,
    ManifestInspect,
);

/// Flag values of one invocation, read through the flag definitions (defaults included).
#[derive(Clone, Debug)]
pub struct Flags {
    defs: &'static [FlagDef],
    /// (long name, value) in the order typed.
    set: Vec<(String, String)>,
}

impl Flags {
    fn def(&self, long: &str) -> Option<&'static FlagDef> {
        self.defs.iter().find(|f| f.long == long)
    }
    fn last(&self, long: &str) -> Option<&str> {
        self.set
            .iter()
            .rev()
            .find(|(n, _)| n == long)
            .map(|(_, v)| v.as_str())
    }
    /// Value of a boolean flag (its default when not typed).
    pub fn bool(&self, long: &str) -> bool {
        match self.last(long) {
            Some(v) => pflag::parse_bool(v).unwrap_or(false),
            None => self.def(long).and_then(|d| d.default.as_deref()) == Some("true"),
        }
    }
    /// Last value typed, else the default of a plain value flag.
    pub fn str(&self, long: &str) -> Option<&str> {
        self.last(long).or_else(|| {
            self.def(long)
                .and_then(|d| d.default.as_deref())
                .filter(|d| !d.starts_with('[') && !d.starts_with("map["))
        })
    }
    /// Every value typed, in order; `strings` (stringSlice) flags are split on commas.
    pub fn list(&self, long: &str) -> Vec<&str> {
        let slice = self
            .def(long)
            .map(|d| d.kind == Kind::Slice)
            .unwrap_or(false);
        let mut out = Vec::new();
        for (n, v) in &self.set {
            if n == long {
                if slice {
                    out.extend(v.split(',').filter(|s| !s.is_empty()));
                } else {
                    out.push(v.as_str());
                }
            }
        }
        out
    }
    /// A `key=value` list flag (`--label`, `--build-arg`) as a map; a bare `key` has an empty
    /// value and a key typed again keeps its last value.
    pub fn map(&self, long: &str) -> std::collections::BTreeMap<String, String> {
        self.list(long)
            .into_iter()
            .map(|item| {
                let (k, v) = item.split_once('=').unwrap_or((item, ""));
                (k.to_string(), v.to_string())
            })
            .collect()
    }
    /// An integer flag's value (typed or default).
    pub fn int(&self, long: &str) -> Option<i64> {
        self.str(long).and_then(|v| pflag::parse_int(v).ok())
    }
    /// Whether the flag was typed at all.
    pub fn was_set(&self, long: &str) -> bool {
        self.set.iter().any(|(n, _)| n == long)
    }
}

/// A command ready to run.
#[derive(Clone, Debug)]
pub struct Invocation {
    /// What to do.
    pub cmd: Cmd,
    /// The command path as typed, e.g. `docker container ls`.
    pub path: String,
    /// The command's flags.
    pub flags: Flags,
    /// Positional arguments.
    pub args: Vec<String>,
    /// Global flags given before the command (`-D`, `-H`, `--context`, …).
    pub global: Flags,
    /// Warnings pflag printed while parsing (deprecated flags), each ending in a newline.
    pub warnings: String,
}

/// The result of reading a command line.
#[derive(Clone, Debug)]
pub enum Parsed {
    /// Run this.
    Run(Invocation),
    /// Help on stdout, exit 0.
    Help {
        /// Text ending with a newline.
        text: String,
    },
    /// Help of a bare group on stderr, exit 0.
    GroupHelp {
        /// Text ending with a newline.
        text: String,
    },
    /// `docker --version` on stdout, exit 0.
    Version {
        /// Text ending with a newline.
        text: String,
    },
    /// A usage error on stderr.
    Error {
        /// Text ending with a newline.
        text: String,
        /// Exit status (125 for flag errors, 1 otherwise).
        code: i32,
    },
}

const ROOT_USAGE: &str = "docker [OPTIONS] COMMAND [ARG...]";

fn flag_error(msg: &str, usage: &str, shown: &str) -> Parsed {
    Parsed::Error {
        text: format!(
            "{}\n\nUsage:  {}\n\nRun '{} --help' for more information\n",
            msg, usage, shown
        ),
        code: 125,
    }
}

/// Every top-level name and command path (without `docker`), for completion.
pub fn command_names() -> Vec<&'static str> {
    let s = spec();
    let mut out: Vec<&'static str> = s.groups.iter().map(|(g, _)| g.as_str()).collect();
    for c in &s.commands {
        out.push(c.path.as_str());
        for a in c.aliases.iter().flat_map(|a| a.split(", ")) {
            out.push(a.strip_prefix("docker ").unwrap_or(a));
        }
    }
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// `--long` names (and `-s` shorthands) of a command's visible flags, for completion.
pub fn flag_names(cmd: Cmd) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(def) = spec().commands.iter().find(|c| c.cmd == cmd) {
        for f in def.flags.iter().filter(|f| !f.hidden) {
            out.push(format!("--{}", f.long));
            if let Some(c) = f.short {
                out.push(format!("-{}", c));
            }
        }
    }
    out
}

/// Whether `word` (`-p`, `--name`, `-dp`) is a flag of `cmd` whose value is the next word.
pub fn flag_takes_next(cmd: Cmd, word: &str) -> bool {
    let Some(def) = spec().commands.iter().find(|c| c.cmd == cmd) else {
        return false;
    };
    let takes = |f: &&FlagDef| f.kind != Kind::Bool;
    if let Some(long) = word.strip_prefix("--") {
        return !long.contains('=') && def.flags.iter().filter(takes).any(|f| f.long == long);
    }
    match word.strip_prefix('-').and_then(|w| w.chars().last()) {
        Some(c) if !word.contains('=') => {
            def.flags.iter().filter(takes).any(|f| f.short == Some(c))
        }
        _ => false,
    }
}

/// The definition and displayed path for a typed path (without `docker`).
fn lookup(path: &str) -> Option<(&'static CommandDef, String)> {
    let def = spec()
        .commands
        .iter()
        .find(|c| c.paths().iter().any(|p| p == path))?;
    let parent = |p: &str| {
        p.rsplit_once(' ')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default()
    };
    // Cobra aliases under the same parent print the canonical name; a forwarded build is buildx's.
    let shown = if def.cmd == Cmd::ImageBuild || parent(path) == parent(&def.path) {
        def.path.clone()
    } else {
        path.to_string()
    };
    Some((def, shown))
}

fn is_group(name: &str) -> bool {
    spec().groups.iter().any(|(g, _)| g == name)
}

/// Help for a path of words (`docker help container ls`), if it names something.
fn help_for(words: &[String]) -> Option<String> {
    match words {
        [] => Some(help::root_help()),
        [g] if is_group(g) => Some(help::group_help(g)),
        _ => {
            let path = words.join(" ");
            lookup(&path).map(|(def, shown)| help::command_help(def, &shown))
        }
    }
}

/// Reads a docker command line (`argv` without the leading `docker`).
pub fn parse(argv: &[String]) -> Parsed {
    let s = spec();
    let global = match pflag::parse(argv, &s.global, true, None) {
        Ok(p) => p,
        Err(pflag::Error::Message(m)) => return flag_error(&m, ROOT_USAGE, "docker"),
        Err(pflag::Error::Help { .. }) => {
            return Parsed::Help {
                text: help::root_help(),
            }
        }
    };
    let global_flags = Flags {
        defs: &s.global,
        set: global.set,
    };
    if let Err(text) = crate::cli::opts::global::log_level(&global_flags) {
        return Parsed::Error { text, code: 1 };
    }
    if global_flags.bool("version") {
        return Parsed::Version {
            text: "Docker version 28.2.2, build e6534b4\n".to_string(),
        };
    }
    let rest = global.args;
    let Some(name) = rest.first() else {
        return Parsed::GroupHelp {
            text: help::root_help(),
        };
    };
    if name == "help" {
        let words = rest.get(1..).unwrap_or(&[]);
        return match help_for(words) {
            Some(text) => Parsed::Help { text },
            None => Parsed::Error {
                text: format!("unknown help topic: {}\n", words.join(" ")),
                code: 1,
            },
        };
    }
    let (path, args) = if is_group(name) {
        let Some(sub) = rest.get(1) else {
            return Parsed::GroupHelp {
                text: help::group_help(name),
            };
        };
        let group_path = format!("docker {}", name);
        let group_usage = match s.group_usage.iter().find(|(g, _)| g == name) {
            Some((_, words)) => format!("{} {}", group_path, words),
            None => group_path.clone(),
        };
        if sub.starts_with('-') && sub.len() > 1 {
            // A group has no flags of its own but --help.
            return match pflag::parse(std::slice::from_ref(sub), &[], false, None) {
                Err(pflag::Error::Message(m)) => flag_error(&m, &group_usage, &group_path),
                _ => Parsed::Help {
                    text: help::group_help(name),
                },
            };
        }
        let path = format!("{} {}", name, sub);
        if lookup(&path).is_none() {
            return Parsed::Error {
                text: format!(
                    "docker: unknown command: docker {}\n\nUsage:  {}\n\nRun '{} --help' for more information\n",
                    path, group_usage, group_path
                ),
                code: 1,
            };
        }
        (path, rest.get(2..).unwrap_or(&[]))
    } else {
        (name.clone(), rest.get(1..).unwrap_or(&[]))
    };
    let Some((def, shown)) = lookup(&path) else {
        if rest.iter().any(|a| a == "--help" || a == "-h") {
            return Parsed::Help {
                text: help::root_help(),
            };
        }
        return Parsed::Error {
            text: format!(
                "docker: unknown command: docker {}\n\nRun 'docker --help' for more information\n",
                name
            ),
            code: 1,
        };
    };
    let usage = help::usage_line(def, &shown);
    let shown_full = format!("docker {}", shown);
    let parsed = match pflag::parse(args, &def.flags, def.stop_at_args, Some(def.cmd)) {
        Ok(p) => p,
        Err(pflag::Error::Message(m)) => return flag_error(&m, &usage, &shown_full),
        Err(pflag::Error::Help { shorthand }) => {
            let mut text = String::new();
            if shorthand {
                text.push_str("Flag shorthand -h has been deprecated, use --help\n");
            }
            text.push_str(&help::command_help(def, &shown));
            return Parsed::Help { text };
        }
    };
    if let Some(err) = arg_error(def.args, parsed.args.len()) {
        let (msg, run) = err;
        // The buildx plugin prints its errors with its own prefix.
        let prefix = if def.cmd == Cmd::ImageBuild {
            "ERROR:"
        } else {
            "docker:"
        };
        return Parsed::Error {
            text: format!(
                "{} '{}' {}\n\nUsage:  {}\n\n{} '{} --help' for more information\n",
                prefix, shown_full, msg, usage, run, shown_full
            ),
            code: 1,
        };
    }
    Parsed::Run(Invocation {
        cmd: def.cmd,
        path: format!("docker {}", path),
        flags: Flags {
            defs: &def.flags,
            set: parsed.set,
        },
        args: parsed.args,
        global: global_flags,
        warnings: parsed.warnings,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// The argument-count complaint and its "See"/"Run"/"SRun" word (the last is docker's own typo).
fn arg_error(rule: ArgRule, n: usize) -> Option<(String, &'static str)> {
    match rule {
        ArgRule::Any => None,
        ArgRule::None if n > 0 => Some(("accepts no arguments".into(), "Run")),
        ArgRule::Exact(k) if n != k => Some((format!("requires {} {}", k, plural(k)), "Run")),
        ArgRule::Min(k) if n < k => Some((format!("requires at least {} {}", k, plural(k)), "See")),
        ArgRule::Max(k) if n > k => Some((format!("requires at most {} {}", k, plural(k)), "SRun")),
        ArgRule::Range(a, b) if n < a || n > b => Some((
            format!("requires at least {} and at most {} {}", a, b, plural(b)),
            "Run",
        )),
        _ => None,
    }
}

/// The command a typed path (without `docker`, e.g. `container ls`) names, if any.
pub fn cmd_for_path(path: &str) -> Option<Cmd> {
    lookup(path).map(|(def, _)| def.cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: &str) -> Parsed {
        parse(
            &line
                .split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn key_value_flags() {
        let Parsed::Run(inv) =
            p("build --label a=b=c --label bare --label a=again --build-arg X=1 .")
        else {
            panic!("parsed");
        };
        let labels: Vec<(String, String)> = inv.flags.map("label").into_iter().collect();
        assert_eq!(
            labels,
            [("a", "again"), ("bare", "")].map(|(k, v)| (k.to_string(), v.to_string()))
        );
        assert_eq!(
            inv.flags.map("build-arg").get("X").map(String::as_str),
            Some("1")
        );
        assert!(inv.flags.map("tag").is_empty());
    }

    #[test]
    fn spec_loads_without_problems() {
        assert!(spec().problems.is_empty(), "{:?}", spec().problems);
        assert!(spec().commands.len() > 50);
    }

    #[test]
    fn run_stops_at_image() {
        let Parsed::Run(inv) = p("run -it --rm -p 9000:3000 --name=web node:20 node -v --rm")
        else {
            panic!("expected run")
        };
        assert_eq!(inv.cmd, Cmd::ContainerRun);
        assert!(inv.flags.bool("interactive") && inv.flags.bool("tty") && inv.flags.bool("rm"));
        assert_eq!(inv.flags.list("publish"), vec!["9000:3000"]);
        assert_eq!(inv.flags.str("name"), Some("web"));
        assert_eq!(inv.args, vec!["node:20", "node", "-v", "--rm"]);
        assert!(!inv.flags.bool("detach"));
        assert!(inv.flags.bool("sig-proxy"));
    }

    #[test]
    fn interspersed_and_defaults() {
        let Parsed::Run(inv) = p("container ls --all=false -n 3 --filter a=b --filter c=d") else {
            panic!("expected run")
        };
        assert_eq!(inv.cmd, Cmd::ContainerLs);
        assert_eq!(inv.path, "docker container ls");
        assert!(!inv.flags.bool("all"));
        assert_eq!(inv.flags.int("last"), Some(3));
        assert_eq!(inv.flags.list("filter"), vec!["a=b", "c=d"]);
        let Parsed::Run(inv) = p("ps") else { panic!() };
        assert_eq!(inv.flags.int("last"), Some(-1));
        let Parsed::Run(inv) = p("stop web -t 5 db") else {
            panic!()
        };
        assert_eq!(inv.args, vec!["web", "db"]);
        assert_eq!(inv.flags.int("timeout"), Some(5));
    }

    #[test]
    fn string_array_vs_slice() {
        let Parsed::Run(inv) = p("run --env a,b --add-host x:10.0.0.1 img") else {
            panic!()
        };
        assert_eq!(inv.flags.list("env"), vec!["a,b"]);
        let Parsed::Run(inv) = p("build --add-host a:1,b:2 -t x .") else {
            panic!()
        };
        assert_eq!(inv.cmd, Cmd::ImageBuild);
        assert_eq!(inv.flags.list("add-host"), vec!["a:1", "b:2"]);
    }

    #[test]
    fn flag_errors() {
        let Parsed::Error { text, code } = p("ps --bogus") else {
            panic!()
        };
        assert_eq!(code, 125);
        assert_eq!(text, "unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n");
        let Parsed::Error { text, .. } = p("run -z") else {
            panic!()
        };
        assert!(text.starts_with("unknown shorthand flag: 'z' in -z\n"));
    }

    #[test]
    fn version_and_groups() {
        assert!(matches!(p("--version"), Parsed::Version { .. }));
        assert!(matches!(p("container"), Parsed::GroupHelp { .. }));
        assert!(matches!(p(""), Parsed::GroupHelp { .. }));
        assert!(command_names().contains(&"container ls"));
        assert!(flag_names(Cmd::ContainerRun).contains(&"--publish".to_string()));
    }
}
#[cfg(test)]
mod alias_tests {
    use super::*;

    #[test]
    fn hidden_aliases_set_their_flag() {
        let argv: Vec<String> = "run --net host --net-alias a --dns-opt ndots:1 img"
            .split(' ')
            .map(String::from)
            .collect();
        let Parsed::Run(inv) = parse(&argv) else {
            panic!("parsed")
        };
        assert_eq!(inv.flags.str("network"), Some("host"));
        assert_eq!(inv.flags.list("network-alias"), vec!["a"]);
        assert_eq!(inv.flags.list("dns-option"), vec!["ndots:1"]);
        let argv: Vec<String> = "stop --time 3 x".split(' ').map(String::from).collect();
        let Parsed::Run(inv) = parse(&argv) else {
            panic!("parsed")
        };
        assert_eq!(
            inv.warnings,
            "Flag --time has been deprecated, use --timeout instead\n"
        );
        assert_eq!(inv.flags.int("time"), Some(3));
    }
}
