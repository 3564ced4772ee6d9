//! The shell: one small POSIX-sh interpreter (with a little bash) for the learner's host shell,
//! shells inside containers and Dockerfile `RUN` steps.
//!
//! Source text is parsed one top-level command at a time ([`parser`]) and run by a tree-walking
//! executor ([`exec`]); words are expanded by [`expand`]; shell built-ins and the coreutils the
//! simulator provides live in [`builtins`] and [`coreutils`]. Everything else (docker, node,
//! npm, wget …) is asked of the [`ShellHost`], which decides what exists.
//!
//! Nothing here can hang or panic on user input: every run is bounded by [`MAX_STEPS`],
//! [`MAX_DEPTH`], [`MAX_OUTPUT`] and [`MAX_INPUT`]. Hitting a bound stops the run with a message
//! on stderr and status [`BOUND_STATUS`], and leaves the shell usable for the next line.

pub mod archive;
pub mod builtins;
pub mod coreutils;
pub mod exec;
pub mod expand;
pub mod parser;
pub mod textutils;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::runtime::Output;

/// At most this many commands and loop iterations run per [`Shell::run`]: the worst loop stays
/// under 50 ms in the browser (the page must never block longer; see BENCHMARKS.md).
pub const MAX_STEPS: u64 = 10_000;
/// At most this many `docker` commands run per [`Shell::run`] (each one is far heavier than a
/// shell step: containers, IDs, the picture's objects).
pub const MAX_DOCKER: u64 = 100;
/// Deepest nesting of function calls, subshells, command substitutions and `eval`.
pub const MAX_DEPTH: usize = 200;
/// At most this many bytes of output are produced per [`Shell::run`].
pub const MAX_OUTPUT: usize = 1 << 20;
/// The largest script (or heredoc, or line) accepted.
pub const MAX_INPUT: usize = 1 << 20;
/// The exit status of a run stopped by a bound (the status `timeout(1)` uses).
pub const BOUND_STATUS: i32 = 124;

/// Which shell is being imitated: it decides error wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// GNU bash (the learner's host, `bash` in debian/ubuntu images).
    Bash,
    /// dash, `/bin/sh` in debian and ubuntu images.
    Dash,
    /// busybox ash, `/bin/sh` in alpine and busybox images.
    Ash,
}

/// A shell variable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Var {
    /// The value.
    pub value: String,
    /// Whether it is passed to programs in their environment.
    pub exported: bool,
    /// Whether assignments to it are refused.
    pub readonly: bool,
    /// Its place in the environment a process was started with (1 = first); 0 for variables
    /// exported later, which follow in name order.
    pub order: u32,
}

/// Shell options set with `set`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `set -e`: exit when a command fails.
    pub errexit: bool,
    /// `set -x`: print commands before running them.
    pub xtrace: bool,
    /// `set -u`: expanding an unset variable is an error.
    pub nounset: bool,
}

/// Which bound stopped a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// [`MAX_STEPS`].
    Steps,
    /// [`MAX_DEPTH`].
    Depth,
    /// [`MAX_OUTPUT`].
    Output,
    /// [`MAX_INPUT`].
    Input,
    /// A word longer than [`MAX_INPUT`] after expansion (`x=$x$x` in a loop doubles it).
    Word,
    /// A pattern operation (`${v//p/r}`, `${v##p}`) that would compare too many characters.
    Match,
    /// [`MAX_DOCKER`].
    Docker,
}

impl Bound {
    /// A stable name for the bound (`steps`, `output`, …), for explanations.
    pub fn key(self) -> &'static str {
        match self {
            Bound::Steps => "steps",
            Bound::Depth => "depth",
            Bound::Output => "output",
            Bound::Input => "input",
            Bound::Word => "word",
            Bound::Match => "match",
            Bound::Docker => "docker",
        }
    }
}

/// Counters shared by a shell and all its subshells during one run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Budget {
    /// Commands and loop iterations so far.
    pub steps: u64,
    /// `docker` commands so far.
    pub docker: u64,
    /// Bytes of output so far.
    pub written: usize,
    /// Current nesting depth.
    pub depth: usize,
    /// Set once a bound has been hit; everything unwinds.
    pub halted: Option<Bound>,
}

/// What one [`Shell::run`] produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShellResult {
    /// Stdout and stderr in write order.
    pub output: Output,
    /// The exit status of the last command.
    pub status: i32,
    /// Whether `exit` ran (or `set -e` ended the shell): a terminal should close.
    pub exited: bool,
}

/// What the shell needs from the world around it.
pub trait ShellHost {
    /// The filesystem the shell sees.
    fn fs(&mut self) -> &mut crate::vfs::Tree;
    /// Runs a command the shell does not implement itself (docker, node, npm, wget, ps …).
    /// Returns None when no such program exists: the shell then prints its "not found" error
    /// (status 127).
    fn exec(
        &mut self,
        shell: &mut Shell,
        argv: &[String],
        stdin: &[u8],
        out: &mut Output,
    ) -> Option<i32>;
    /// The virtual time, in milliseconds since the epoch.
    fn now_ms(&self) -> i64;
    /// Advances the virtual clock (`sleep`).
    fn sleep_ms(&mut self, ms: i64);
    /// The user the shell runs as: name, uid, gid.
    fn user(&self) -> (String, u32, u32) {
        ("root".into(), 0, 0)
    }
    /// The machine's host name.
    fn hostname(&self) -> String;
    /// The soft limit of a resource (`nofile`, `nproc`, …) for `ulimit`; `None` is unlimited.
    fn ulimit(&self, resource: &str) -> Option<i64> {
        let _ = resource;
        None
    }
    /// A tool changed a file in place (`sed -i`, `unzip`, `tar -x`): hosts that explain
    /// their changes record it.
    fn file_written(&mut self, _path: &str) {}
}

/// The interpreter state: variables, working directory, functions, options.
#[derive(Clone, Debug)]
pub struct Shell {
    /// All variables, exported or not.
    pub vars: BTreeMap<String, Var>,
    /// The working directory (absolute, normalised).
    pub cwd: String,
    /// `$?`.
    pub last_status: i32,
    /// Which shell's messages to imitate.
    pub flavor: Flavor,
    /// The name in messages: `bash`, `/bin/sh`, `sh`.
    pub name: String,
    /// Whether stdout is a terminal (`ls` lays out columns).
    pub tty: bool,
    /// Whether this is an interactive shell (syntax errors are worded without `-c: line N`,
    /// and expansion errors do not end it).
    pub interactive: bool,
    /// `$1`, `$2` …
    pub positional: Vec<String>,
    /// `$0`.
    pub arg0: String,
    /// `$$`.
    pub pid: u32,
    /// Defined functions.
    pub functions: BTreeMap<String, Rc<parser::Command>>,
    /// `set` options.
    pub options: Options,
    /// Bound counters for the current run.
    pub budget: Budget,
    /// Saved values of `local` variables, one frame per active function call.
    pub(crate) locals: Vec<Vec<(String, Option<Var>)>>,
    /// Nesting of conditions (`if`, `while`, `&&` …) where `set -e` does not apply.
    pub(crate) cond_depth: usize,
    /// The line of the command being run (dash prints it).
    pub(crate) line: usize,
    /// Loop nesting (for `break`/`continue`).
    pub(crate) loop_depth: usize,
    /// Function call nesting (for `return` and `local`).
    pub(crate) func_depth: usize,
    /// Whether stdout feeds a pipe (`yes | head` stops early instead of printing a warning).
    pub(crate) piped: bool,
    /// The command being run writes its stdout to a file, not the terminal (`> out.tar`).
    pub stdout_redirected: bool,
    /// bash 5.1 and later name the line in a script's errors (`bash: line 1: x: command not
    /// found`); older bash (CentOS 7, Debian 10, Ubuntu 20.04) does not.
    pub numbered: bool,
}

impl Shell {
    /// A shell with no variables; the caller sets PATH, HOME and so on with [`Shell::export`].
    pub fn new(flavor: Flavor) -> Shell {
        let name = match flavor {
            Flavor::Bash => "bash",
            Flavor::Dash | Flavor::Ash => "/bin/sh",
        };
        Shell {
            vars: BTreeMap::new(),
            cwd: "/".into(),
            last_status: 0,
            flavor,
            name: name.into(),
            tty: false,
            interactive: false,
            positional: Vec::new(),
            arg0: name.into(),
            pid: 1,
            functions: BTreeMap::new(),
            options: Options::default(),
            budget: Budget::default(),
            locals: Vec::new(),
            cond_depth: 0,
            line: 1,
            loop_depth: 0,
            func_depth: 0,
            piped: false,
            stdout_redirected: false,
            numbered: false,
        }
    }

    /// Sets and exports a variable.
    pub fn export(&mut self, k: &str, v: &str) {
        let var = self.vars.entry(k.to_string()).or_default();
        var.value = v.to_string();
        var.exported = true;
    }

    /// Sets a variable (keeping its export flag); readonly variables are left alone.
    pub fn set_var(&mut self, k: &str, v: &str) {
        let var = self.vars.entry(k.to_string()).or_default();
        if !var.readonly {
            var.value = v.to_string();
        }
    }

    /// A variable's value.
    pub fn get(&self, k: &str) -> Option<&str> {
        self.vars.get(k).map(|v| v.value.as_str())
    }

    /// The exported variables, sorted by name: the environment programs receive.
    pub fn exported_env(&self) -> Vec<(String, String)> {
        let mut list: Vec<(&String, &Var)> = self.vars.iter().filter(|(_, v)| v.exported).collect();
        // The environment a process started with keeps its order (Docker's PATH, HOSTNAME,
        // the image's ENV, `-e`, HOME); variables exported later follow by name.
        crate::sort::sort_by_key(&mut list, |(k, v)| (v.order == 0, v.order, (*k).clone()));
        list.into_iter()
            .map(|(k, v)| (k.clone(), v.value.clone()))
            .collect()
    }

    /// Exports a variable as part of a process's initial environment, after those already
    /// there.
    pub fn export_in_order(&mut self, k: &str, v: &str) {
        let next = self.vars.values().map(|v| v.order).max().unwrap_or(0) + 1;
        self.export(k, v);
        if let Some(var) = self.vars.get_mut(k) {
            if var.order == 0 {
                var.order = next;
            }
        }
    }

    /// Runs a script (one line typed at a prompt, a `RUN` step, `sh -c` text).
    ///
    /// Commands are parsed and run one at a time, as real shells do, so a syntax error late in
    /// a script comes after the output of the commands before it.
    pub fn run(&mut self, src: &str, host: &mut dyn ShellHost) -> ShellResult {
        self.budget = Budget::default();
        self.cond_depth = 0;
        self.loop_depth = 0;
        self.func_depth = 0;
        self.locals.clear();
        let mut output = Output::default();
        let (status, exited) = self.run_nested(src, host, &mut output);
        ShellResult {
            output,
            status,
            exited,
        }
    }

    /// Runs `sh`/`bash` as a program: `sh -c 'script' [name args…]`, `sh file [args…]`, or
    /// `sh` reading its commands from stdin. For hosts whose images have a shell: call it from
    /// [`ShellHost::exec`]. The child is a copy of this shell (its variables, functions and
    /// working directory) sharing the current bounds; its changes do not come back.
    pub fn run_program(
        &mut self,
        argv: &[String],
        stdin: &[u8],
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> i32 {
        let prog = argv.first().map(String::as_str).unwrap_or("sh");
        let mut child = match self.subshell() {
            Ok(c) => c,
            Err(_) => {
                if let Some(b) = self.budget.halted {
                    out.err(self.bound_message(b));
                }
                return BOUND_STATUS;
            }
        };
        child.vars.retain(|_, v| v.exported);
        child.functions.clear();
        child.interactive = false;
        child.line = 1;
        // Messages name the shell as it was called (`sh: 1: x: not found`).
        child.name = prog.to_string();
        let mut args = argv.get(1..).unwrap_or(&[]).iter().peekable();
        // Options before the script (`-e`, `-x`, `-l` …).
        let mut script: Option<String> = None;
        while let Some(a) = args.peek() {
            if a.as_str() == "-c" {
                args.next();
                match args.next() {
                    Some(s) => script = Some(s.clone()),
                    None => {
                        let msg = match self.flavor {
                            Flavor::Bash => format!("{prog}: -c: option requires an argument\n"),
                            Flavor::Dash => format!("{prog}: 0: -c requires an argument\n"),
                            Flavor::Ash => format!("{prog}: -c requires an argument\n"),
                        };
                        out.err(msg);
                        return 2;
                    }
                }
                break;
            } else if a.starts_with('-') && a.len() > 1 {
                if a.contains('e') {
                    child.options.errexit = true;
                }
                if a.contains('x') {
                    child.options.xtrace = true;
                }
                args.next();
            } else {
                break;
            }
        }
        let rest: Vec<String> = args.cloned().collect();
        let source = match script.clone() {
            Some(s) => {
                if let Some((name, params)) = rest.split_first() {
                    child.arg0 = name.clone();
                    child.positional = params.to_vec();
                } else {
                    child.arg0 = prog.to_string();
                    child.positional.clear();
                }
                s
            }
            None => match rest.split_first() {
                Some((file, params)) => {
                    let path = crate::vfs::normalize(&self.cwd, file);
                    match host.fs().read_string(&path) {
                        Ok(text) => {
                            child.arg0 = file.clone();
                            child.positional = params.to_vec();
                            text
                        }
                        Err(e) => {
                            let msg = match self.flavor {
                                Flavor::Bash => format!("{prog}: {file}: {e}\n"),
                                Flavor::Dash => {
                                    format!("{prog}: 0: cannot open {file}: No such file\n")
                                }
                                Flavor::Ash => format!("{prog}: can't open '{file}': {e}\n"),
                            };
                            out.err(msg);
                            return if self.flavor == Flavor::Bash { 127 } else { 2 };
                        }
                    }
                }
                None => String::from_utf8_lossy(stdin).into_owned(),
            },
        };
        let mut input = exec::Input::new(if script.is_some() || !rest.is_empty() {
            stdin.to_vec()
        } else {
            Vec::new()
        });
        let (status, _) = child.run_source(&source, host, &mut input, out);
        self.join(&child);
        status
    }

    /// Runs a script inside the current run (for `eval`, `sh -c` from a host, `.`), sharing
    /// the current bounds. Returns the status and whether `exit` ran.
    pub fn run_nested(
        &mut self,
        src: &str,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> (i32, bool) {
        let mut input = exec::Input::default();
        self.run_source(src, host, &mut input, out)
    }

    fn run_source(
        &mut self,
        src: &str,
        host: &mut dyn ShellHost,
        input: &mut exec::Input,
        out: &mut Output,
    ) -> (i32, bool) {
        if src.len() > MAX_INPUT {
            self.budget.halted = Some(Bound::Input);
            out.err(self.bound_message(Bound::Input));
            self.last_status = BOUND_STATUS;
            return (BOUND_STATUS, false);
        }
        let mut parser = parser::Parser::new(src);
        loop {
            let line = match parser.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(e) => {
                    out.err(self.syntax_error(&e, src));
                    self.last_status = 2;
                    return (2, !self.interactive);
                }
            };
            for cmd in &line {
                match self.exec_and_or(cmd, host, input, out) {
                    Ok(_) => {}
                    Err(exec::Flow::Exit(n)) => {
                        self.last_status = n;
                        return (n, true);
                    }
                    Err(exec::Flow::Halt) => {
                        if let Some(b) = self.budget.halted {
                            out.err(self.bound_message(b));
                        }
                        self.last_status = BOUND_STATUS;
                        return (BOUND_STATUS, false);
                    }
                    Err(exec::Flow::Abort(n)) => {
                        self.last_status = n;
                        return (n, false);
                    }
                    Err(exec::Flow::Return(n)) => self.last_status = n,
                    Err(exec::Flow::Break(_)) | Err(exec::Flow::Continue(_)) => {}
                }
            }
        }
        (self.last_status, false)
    }

    /// `bash: `, `/bin/sh: 3: ` or `/bin/sh: `: the start of the shell's own error messages.
    pub fn prefix(&self) -> String {
        match self.flavor {
            Flavor::Dash => format!("{}: {}: ", self.name, self.line),
            Flavor::Bash | Flavor::Ash => format!("{}: ", self.name),
        }
    }

    /// The message printed when a bound stops a run.
    pub fn bound_message(&self, bound: Bound) -> String {
        let what = match bound {
            Bound::Steps => {
                format!("stopped after {MAX_STEPS} steps (the simulator bounds runaway loops)")
            }
            Bound::Docker => format!(
                "stopped after {MAX_DOCKER} docker commands (the simulator bounds runaway loops)"
            ),
            Bound::Depth => format!(
                "stopped at nesting depth {MAX_DEPTH} (the simulator bounds runaway recursion)"
            ),
            Bound::Output => {
                "stopped after 1 MiB of output (the simulator bounds runaway output)".to_string()
            }
            Bound::Input => "input longer than 1 MiB refused (the simulator bounds scripts)".into(),
            Bound::Match => {
                "a pattern match took too many steps (the simulator bounds runaway matching)".into()
            }
            Bound::Word => {
                "a word grew past 1 MiB (the simulator bounds variables and arguments)".into()
            }
        };
        format!("{}: dockling: {what}\n", self.name)
    }

    pub(crate) fn syntax_error(&self, e: &parser::ParseError, src: &str) -> String {
        use parser::ParseError as E;
        let n = &self.name;
        let (line, token) = match e {
            E::Unexpected(t, l) => (*l, Some(t.as_str())),
            E::Incomplete(_) | E::TooDeep => (src.lines().count().max(1), None),
        };
        let quote = match e {
            E::Incomplete(q @ ("'" | "\"" | "`")) => Some(*q),
            _ => None,
        };
        match self.flavor {
            Flavor::Bash => {
                let at = if self.interactive {
                    String::new()
                } else {
                    format!("-c: line {line}: ")
                };
                if let Some(q) = quote {
                    return format!("{n}: {at}unexpected EOF while looking for matching `{q}'\n");
                }
                match token {
                    Some(t) => {
                        let mut s = format!("{n}: {at}syntax error near unexpected token `{t}'\n");
                        if !self.interactive {
                            let text = src.lines().nth(line.saturating_sub(1)).unwrap_or("");
                            s.push_str(&format!("{n}: {at}`{}'\n", text.trim()));
                        }
                        s
                    }
                    None => format!("{n}: {at}syntax error: unexpected end of file\n"),
                }
            }
            Flavor::Dash => {
                let what = if quote.is_some() {
                    "Unterminated quoted string".to_string()
                } else {
                    match (token, e) {
                        (Some(t), _) => format!("\"{t}\" unexpected"),
                        (None, E::Incomplete(k)) => {
                            let expecting = match *k {
                                "if" => " (expecting \"fi\")",
                                "for" | "while" => " (expecting \"done\")",
                                "case" => " (expecting \"esac\")",
                                "(" | "$(" => " (expecting \")\")",
                                _ => "",
                            };
                            format!("end of file unexpected{expecting}")
                        }
                        (None, _) => "end of file unexpected".into(),
                    }
                };
                format!("{n}: {line}: Syntax error: {what}\n")
            }
            Flavor::Ash => {
                if quote.is_some() {
                    return format!("{n}: syntax error: unterminated quoted string\n");
                }
                match token {
                    Some("newline") => format!("{n}: syntax error: unexpected newline\n"),
                    Some(t) => format!("{n}: syntax error: unexpected \"{t}\"\n"),
                    None => format!("{n}: syntax error: unexpected end of file\n"),
                }
            }
        }
    }
}

/// Whether `src` is unfinished (an open quote, `if` without `fi`, a heredoc without its
/// terminator, a trailing `|`, `&&` or `\`): a terminal should read another line.
pub fn needs_more_input(src: &str) -> bool {
    MoreInput::default().check(src)
}

/// [`needs_more_input`] for text that grows a line at a time (a terminal, a transcript, a
/// lesson's code block): while a heredoc body is being read, each new line is only compared
/// with the delimiter instead of parsing everything again, so a pasted heredoc of n lines costs
/// O(n), not O(n²).
#[derive(Clone, Debug, Default)]
pub struct MoreInput {
    /// The text last seen plus its newline, when it ended inside a heredoc body, with the
    /// delimiter (and `<<-` tab stripping) that ends that body.
    waiting: Option<(String, String, bool)>,
}

impl MoreInput {
    /// Whether `src` is unfinished and a terminal should read another line.
    pub fn check(&mut self, src: &str) -> bool {
        if src.len() > MAX_INPUT {
            self.waiting = None;
            return false;
        }
        if let Some((seen, delim, strip_tabs)) = &mut self.waiting {
            if let Some(added) = src.strip_prefix(seen.as_str()) {
                let ends = added
                    .split('\n')
                    .any(|line| parser::ends_heredoc(line, delim, *strip_tabs));
                if !ends {
                    seen.clear();
                    seen.push_str(src);
                    seen.push('\n');
                    return true;
                }
            }
        }
        let mut p = parser::Parser::new(src);
        let r = p.program();
        self.waiting = p
            .heredoc_waiting
            .take()
            .map(|(delim, strip)| (format!("{src}\n"), delim, strip));
        matches!(r, Err(parser::ParseError::Incomplete(_)))
            || p.heredoc_unterminated
            || p.trailing_backslash
    }
}
