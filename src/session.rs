//! A learner's session: the host shell, the engine and the history of commands.
//!
//! This is the one API every front end uses: the native program, the tests, and `wasm.rs`.
//! A session is a pure function of its configuration and the lines typed into it, so saving
//! it is saving those lines; undo restores the nearest checkpoint (`timeline`) and replays the
//! few lines after it.

use crate::cli::{CliRequest, FollowMode};
use crate::engine::process::flavor_of;
use crate::engine::{Engine, Event, ExitReason};
use crate::host::{self, HostCtx};
use crate::runtime::shell::{Flavor, Shell};
use crate::runtime::Output;
use crate::view::Snapshot;

pub use crate::lang::Lang;

/// Where time comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClockMode {
    /// Virtual: every line moves time forward by one second (a learner's typing pace), plus
    /// whatever the command itself takes. Reproducible.
    #[default]
    Virtual,
    /// Set from outside before each line (the browser's real clock).
    External,
}

/// How a session starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionConfig {
    /// Seed of the random generator (container IDs, names).
    pub seed: u64,
    /// Virtual time at start, milliseconds since the epoch.
    pub start_ms: i64,
    /// Terminal width in cells (tables and build output are laid out for it).
    pub width: usize,
    /// Where time comes from.
    pub clock: ClockMode,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            seed: 0,
            start_ms: crate::clock::DEFAULT_EPOCH_MS,
            width: 80,
            clock: ClockMode::Virtual,
        }
    }
}

/// What one line of input did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunResult {
    /// The text printed, stdout and stderr in order.
    pub output: Output,
    /// The exit status (`$?`).
    pub status: i32,
    /// What changed.
    pub events: Vec<Event>,
    /// The terminal should be cleared before printing (`clear`).
    pub clear: bool,
    /// A file to open in the page's file editor (`nano FILE`, `vi FILE`, `code FILE` on the
    /// learner's machine, which has no interactive editor in the terminal).
    pub edit: Option<String>,
    /// The line reached something the lean `core` build leaves out (`src/lean.rs`): its output
    /// and this session are not to be trusted; run it again in the full build.
    pub needs_full: bool,
}

/// A shell attached to a container (`docker run -it`, `docker exec -it`).
#[derive(Clone, Debug)]
struct Attached {
    /// The container's ID.
    container: String,
    /// The shell's state (variables, working directory).
    shell: Shell,
    /// An exec session (ending it leaves the container running) rather than the main process.
    exec: bool,
}

/// A client that stays attached (`docker run nginx`, `docker logs -f`, `docker events`): the
/// terminal is busy until Ctrl-C, or until the container ends.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Following {
    /// The container's ID (empty for `docker events`).
    container: String,
    /// What the client does with Ctrl-C.
    mode: FollowMode,
    /// Log lines already shown.
    shown: usize,
    /// Ctrl-Cs the container ignored so far.
    ignored: u32,
    /// When the container was started, to notice an exit its restart policy already undid.
    started_ms: Option<i64>,
    /// Following a compose project's containers instead (`compose up`, `compose logs -f`).
    project: Option<ProjectFollow>,
}

/// The containers a compose client follows: (ID, prefix, log lines shown, whether its exit
/// was reported), and what Ctrl-C runs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ProjectFollow {
    containers: Vec<(String, String, usize, bool)>,
    stop: Option<Vec<String>>,
}

/// What a terminal sends for Ctrl-C; typed while a client follows a container, it interrupts it.
pub const INTERRUPT: &str = "\u{3}";

/// A question the last command asked (`[y/N]`, `Password: `), answered by the next line.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Pending {
    /// The docker arguments to run again with the answer.
    argv: Vec<String>,
    /// The flag that carries the answer; `None` for a `[y/N]` confirmation.
    flag: Option<String>,
    /// Whether the answer is shown as typed.
    echo: bool,
}

/// One thing the learner did: typed a line, or saved a file in the editor. A session is a
/// pure function of its configuration and its steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A line typed at the prompt (with its heredoc, if any).
    Line(String),
    /// A file written from the editor.
    Write {
        /// The path as given (relative to the working directory at the time, or absolute).
        path: String,
        /// The new content.
        content: String,
    },
}

/// Lines kept for `history`, undo and saves, at most.
pub const MAX_HISTORY: usize = 5_000;

/// The version of the saved-session format; a save with another version is refused.
pub const SAVE_VERSION: u64 = 1;

/// A learner's session.
#[derive(Clone, Debug)]
pub struct Session {
    /// Remembers an open heredoc between calls of [`Session::needs_more_input`], which a
    /// terminal makes once per line with the whole text so far.
    more_input: std::cell::RefCell<crate::runtime::shell::MoreInput>,
    config: SessionConfig,
    engine: Engine,
    shell: Shell,
    history: Vec<String>,
    steps: Vec<Step>,
    last_events: Vec<Event>,
    last_line: String,
    attached: Option<Attached>,
    pending: Option<Pending>,
    following: Option<Following>,
    /// Reading guides already shown (each is shown the first time only).
    guides_shown: std::collections::BTreeSet<String>,
    /// The last command earned its first-time reading guide.
    last_guide: bool,
    /// Explanation IDs the session has given so far, and which of the last command's were
    /// among them (those come as a short form first in the page).
    explained: std::collections::BTreeSet<String>,
    repeated: Vec<String>,
    /// `cat > FILE` is reading what is typed until Ctrl-D: the command and the lines so far.
    reading: Option<(String, String)>,
    /// A client program that owns the terminal (`mysql>`, `postgres=#`, `redis-cli`), and the
    /// ID of the container it runs in.
    client: Option<(String, crate::runtime::programs::repl::Client, bool)>,
    /// Checkpoints for undo (a clone of the session has none; see `timeline`).
    timeline: crate::timeline::Timeline<Session>,
    /// Which steps were typed at a hidden prompt (a password), beside `steps`.
    secret: Vec<bool>,
    /// Steps undone or jumped back over, oldest first, that [`Session::jump`] can take again
    /// until the learner types or saves something new (then they are dropped).
    redo: Vec<(Step, bool)>,
    /// The simulator's bound the last host command stopped at (`Bound::key`, or `disk`).
    bound: Option<&'static str>,
    /// The one the command now running stopped at.
    bound_now: Option<&'static str>,
}

/// One step of the session as the page's timeline lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct TimelineEntry {
    /// The line typed (empty for one typed at a hidden prompt), or the path saved.
    pub text: String,
    /// A file saved from the editor rather than a typed line.
    pub write: bool,
    /// Typed at a hidden prompt (a password): its text is not shown.
    pub secret: bool,
    /// Taken (part of the current state) rather than undone and waiting to be redone.
    pub done: bool,
}

impl crate::timeline::Checkpoint for Session {
    fn containers(&self) -> usize {
        self.engine.containers.len()
    }
}

impl Session {
    /// A fresh session: a home directory, an empty engine, the stand-in Hub.
    pub fn new(config: SessionConfig) -> Session {
        let mut engine = Engine::new(config.seed, config.start_ms);
        host::initial_fs(&mut engine.host_fs);
        Session {
            more_input: Default::default(),
            config,
            engine,
            shell: host::initial_shell(),
            history: Vec::new(),
            steps: Vec::new(),
            last_events: Vec::new(),
            last_line: String::new(),
            attached: None,
            pending: None,
            following: None,
            guides_shown: Default::default(),
            last_guide: false,
            explained: Default::default(),
            repeated: Vec::new(),
            reading: None,
            client: None,
            timeline: Default::default(),
            secret: Vec::new(),
            redo: Vec::new(),
            bound: None,
            bound_now: None,
        }
    }

    /// Keeps a copy of the session as it is now when one is due (before a step is taken).
    fn checkpoint(&mut self) {
        if self.steps.len() < MAX_HISTORY && self.timeline.due(self.steps.len()) {
            let state = self.clone();
            self.timeline.keep(self.steps.len(), state);
        }
    }

    /// Takes one step (a typed line or an editor save) as it was first taken.
    fn take(&mut self, step: &Step) {
        match step {
            Step::Line(line) => {
                self.run(line);
            }
            Step::Write { path, content } => {
                let _ = self.write_file(path, content);
            }
        }
    }

    /// The steps at which checkpoints are kept (for tests and measurements).
    pub fn checkpoints(&self) -> Vec<usize> {
        self.timeline.points()
    }

    /// Sets the language of `explain` in the shell (explanations take theirs per call).
    pub fn set_lang(&mut self, lang: Lang) {
        self.shell.set_var("DOCKLING_LANG", lang.code());
    }

    /// Sets the clock (for [`ClockMode::External`]); time never moves backwards.
    pub fn set_now(&mut self, now_ms: i64) {
        if now_ms > self.engine.clock.now_ms {
            self.engine.clock.now_ms = now_ms;
        }
    }

    /// Runs one line (or several lines, e.g. a command with its heredoc) as if typed.
    pub fn run(&mut self, line: &str) -> RunResult {
        // A password typed at a prompt is kept for replay but not shown by `history`.
        let secret = self.pending.as_ref().is_some_and(|p| !p.echo)
            || self.following.is_some()
            || self.reading.is_some()
            || self.client_secret();
        let _ = crate::lean::take();
        self.redo.clear();
        self.checkpoint();
        if self.steps.len() < MAX_HISTORY {
            self.steps.push(Step::Line(line.to_string()));
            self.secret.push(secret);
            if !secret {
                self.history.push(line.to_string());
            }
        }
        if self.config.clock == ClockMode::Virtual {
            self.engine.clock.advance_ms(1000);
        }
        self.engine.tick();
        let _ = self.engine.take_events();

        // `cat > FILE` reads the lines typed after it until Ctrl-D, then runs with them.
        let combined;
        let mut line = line;
        if self.following.is_none() && self.client.is_none() {
            if let Some((command, mut typed)) = self.reading.take() {
                if !crate::host::editor::ends_input(line) {
                    typed.push_str(line);
                    typed.push('\n');
                    self.reading = Some((command, typed));
                    return RunResult::default();
                }
                combined = crate::host::editor::with_input(&command, &typed);
                line = &combined;
            } else if self.pending.is_none() && crate::host::editor::reads_terminal(line) {
                self.reading = Some((line.to_string(), String::new()));
                return RunResult::default();
            }
        }
        let mut result = if let Some(following) = self.following.take() {
            self.run_following(following, line)
        } else if let Some(pending) = self.pending.take() {
            self.answer(pending, line)
        } else if self.client.is_some() {
            self.run_client(line)
        } else if self.attached.is_some() {
            self.run_attached(line)
        } else {
            self.run_host(line)
        };
        if let Some((idx, client, main)) = self.engine.take_client() {
            if let Some(c) = self.engine.containers.get(idx) {
                // A client program (`mysql>`) owns the terminal: the run does not also follow
                // the container's output.
                if self
                    .following
                    .as_ref()
                    .is_some_and(|f| f.container == c.id || f.container == c.name)
                {
                    self.following = None;
                }
                self.client = Some((c.id.clone(), client, main));
            }
        }
        self.engine.tick();
        result.events.extend(self.engine.take_events());
        result.needs_full = crate::lean::take();
        if !line.trim().is_empty() && !is_explain_line(line) {
            self.last_events = result.events.clone();
            let ids = crate::explain::describe_ids(&self.last_events);
            self.repeated = ids
                .into_iter()
                .filter(|id| !self.explained.insert(id.clone()))
                .collect();
            self.last_line = line.to_string();
            self.bound = self.bound_now.take();
            self.last_guide = false;
            if self.attached.is_none() {
                if let Some(guide) = crate::explain::reading_guide_id(line) {
                    self.last_guide = self.guides_shown.insert(guide.to_string());
                }
            }
        }
        result
    }

    fn run_host(&mut self, line: &str) -> RunResult {
        let mut ctx = HostCtx {
            engine: &mut self.engine,
            history: &self.history,
            width: self.config.width,
            request: None,
            cleared: false,
            pending_input: None,
            last_events: &self.last_events,
            last_line: &self.last_line,
        };
        let result = self.shell.run(line, &mut ctx);
        self.bound_now = self.shell.budget.halted.map(|b| b.key()).or_else(|| {
            result
                .output
                .chunks
                .iter()
                .any(|(stream, text)| {
                    *stream == crate::runtime::Stream::Stderr
                        && text.contains("No space left on device")
                })
                .then_some("disk")
        });
        let request = ctx.request.take();
        let clear = ctx.cleared;
        let output = result.output;
        let edit = match request {
            Some(CliRequest::Edit { path }) => Some(path),
            other => {
                self.follow(other);
                None
            }
        };
        RunResult {
            output,
            status: result.status,
            events: Vec::new(),
            clear,
            edit,
            needs_full: false,
        }
    }

    /// Does what the client asked of the terminal: attach to a container's shell, or take the
    /// next line as the answer to a question it printed.
    fn follow(&mut self, request: Option<CliRequest>) {
        match request {
            Some(CliRequest::Attach {
                container,
                exec,
                program,
            }) => self.attach(&container, exec, &program),
            Some(CliRequest::Follow { container, mode }) => {
                let (shown, started_ms) = self
                    .engine
                    .find_container(&container)
                    .map(|i| {
                        let c = &self.engine.containers[i];
                        (c.logs.len(), c.started_ms)
                    })
                    .unwrap_or((0, None));
                self.following = Some(Following {
                    container,
                    mode,
                    shown,
                    ignored: 0,
                    started_ms,
                    project: None,
                });
            }
            Some(CliRequest::FollowProject { containers, stop }) => {
                let containers = containers
                    .into_iter()
                    .map(|(id, prefix)| {
                        // What was logged so far, and exits, were printed by the command.
                        let (shown, ended) = self
                            .engine
                            .find_container(&id)
                            .map(|i| {
                                let c = &self.engine.containers[i];
                                (c.logs.len(), !c.state.is_active())
                            })
                            .unwrap_or((0, true));
                        (id, prefix, shown, ended)
                    })
                    .collect();
                self.following = Some(Following {
                    container: String::new(),
                    mode: FollowMode::Logs,
                    shown: 0,
                    ignored: 0,
                    started_ms: None,
                    project: Some(ProjectFollow { containers, stop }),
                });
            }
            Some(CliRequest::Confirm { argv }) => {
                self.pending = Some(Pending {
                    argv,
                    flag: None,
                    echo: true,
                });
            }
            Some(CliRequest::Ask { argv, flag, echo }) => {
                self.pending = Some(Pending {
                    argv,
                    flag: Some(flag),
                    echo,
                });
            }
            Some(CliRequest::Edit { .. }) | None => {}
        }
    }

    /// Opens a shell in a container for the following lines.
    fn attach(&mut self, container: &str, exec: bool, program: &str) {
        let Ok(idx) = self.engine.find_container(container) else {
            return;
        };
        let fs = self.engine.container_fs(idx);
        let c = &self.engine.containers[idx];
        let flavor = flavor_of(&fs, program);
        let cwd = if c.config.working_dir.is_empty() {
            "/".to_string()
        } else {
            c.config.working_dir.clone()
        };
        let env = crate::engine::process::process_env(
            &c.config.env,
            &c.config.hostname,
            c.config.tty,
            &[],
        );
        let shell = crate::engine::process::container_shell_env(flavor, &env, &cwd);
        self.attached = Some(Attached {
            container: c.id.clone(),
            shell,
            exec,
        });
    }

    fn run_attached(&mut self, line: &str) -> RunResult {
        let Some(mut attached) = self.attached.take() else {
            return RunResult::default();
        };
        let Ok(idx) = self.engine.find_container(&attached.container) else {
            return self.run_host(line);
        };
        if !self.engine.containers[idx].state.is_active() {
            // The container ended while we were attached (e.g. `docker stop` elsewhere).
            return self.run_host(line);
        }
        let (output, status, exited) = self.engine.shell_line(idx, &mut attached.shell, line);
        if exited {
            if !attached.exec {
                self.engine
                    .process_exited(idx, status, ExitReason::Finished);
            }
            // `docker run -it` / `docker exec -it` return the shell's exit code.
            self.shell.last_status = status;
        } else {
            self.attached = Some(attached);
        }
        RunResult {
            output,
            status,
            events: Vec::new(),
            clear: false,
            edit: None,
            needs_full: false,
        }
    }

    /// A line typed while a client follows a container: Ctrl-C interrupts it; anything else
    /// goes to a stdin nobody reads. New log lines stream either way, and the client returns
    /// when the container ends.
    fn run_following(&mut self, mut f: Following, line: &str) -> RunResult {
        if let Some(project) = f.project.take() {
            return self.run_following_project(f, project, line);
        }
        let mut output = Output::default();
        let mut status = 0;
        let idx = self.engine.find_container(&f.container).ok();
        let interrupt = line == INTERRUPT;
        let mut done = false;
        let proxied = match (f.mode, idx) {
            (FollowMode::Attached { proxy: true }, Some(idx)) => {
                self.engine.containers[idx].state.is_active().then_some(idx)
            }
            _ => None,
        };
        if interrupt {
            match proxied {
                Some(idx) => {
                    if !self.engine.signal_through_api(idx, "SIGINT") {
                        f.ignored += 1;
                        if f.ignored >= 2 {
                            // A real client stays stuck until the container is stopped from
                            // another terminal; this one has no other, so it lets go.
                            output.err("dockling: the container ignores SIGINT; the client detached and the container keeps running (docker stop stops it)\n");
                            done = true;
                        }
                    }
                }
                // Without a signal proxy Ctrl-C ends only the client (`docker run -t`,
                // `logs -f`, `events`).
                None => {
                    status = 130;
                    done = true;
                }
            }
        }
        // The container's output since the last line, and whether it ended.
        let (logs, ended, code) = match self.engine.find_container(&f.container) {
            Ok(i) => {
                let c = &self.engine.containers[i];
                // An attached client returns at the container's next exit, even when its
                // restart policy has already started it again (whose output it never sees).
                let exited = !matches!(
                    c.state,
                    crate::engine::ContainerState::Running | crate::engine::ContainerState::Paused
                ) || c.started_ms != f.started_ms;
                let until = if exited { c.finished_ms } else { None };
                let logs: Vec<_> = c
                    .logs
                    .iter()
                    .skip(f.shown)
                    .filter(|l| until.is_none_or(|t| l.ms <= t))
                    .cloned()
                    .collect();
                (logs, exited, c.exit_code)
            }
            Err(_) => {
                let id = f.container.clone();
                let logs = self
                    .engine
                    .take_auto_removed_logs(&id)
                    .unwrap_or_default()
                    .into_iter()
                    .skip(f.shown)
                    .collect();
                (logs, true, self.last_exit_of(&id))
            }
        };
        match f.mode {
            FollowMode::Events => {}
            FollowMode::Wait => {
                if ended && !done {
                    output.out(format!("{code}\n"));
                    done = true;
                }
            }
            FollowMode::Attached { .. } | FollowMode::Logs => {
                for entry in &logs {
                    output.push(entry.stream, &entry.text);
                }
                f.shown += logs.len();
                if ended && !done {
                    done = true;
                    status = if matches!(f.mode, FollowMode::Attached { .. }) {
                        code
                    } else {
                        0
                    };
                }
            }
        }
        if done {
            self.shell.last_status = status;
        } else {
            self.following = Some(f);
        }
        RunResult {
            output,
            status,
            events: Vec::new(),
            clear: false,
            edit: None,
            needs_full: false,
        }
    }

    /// A line typed while a compose client follows its project: the new log lines of every
    /// container, prefixed, in time order; `name exited with code N` as each one ends; on
    /// Ctrl-C compose's graceful stop (`up`) or just the end of the client (`logs -f`).
    fn run_following_project(
        &mut self,
        mut f: Following,
        mut p: ProjectFollow,
        line: &str,
    ) -> RunResult {
        let mut output = Output::default();
        let mut followed = Vec::new();
        let mut exits = Vec::new();
        let mut all_ended = true;
        for (id, prefix, shown, reported) in p.containers.iter_mut() {
            let Ok(i) = self.engine.find_container(id) else {
                continue;
            };
            let c = &self.engine.containers[i];
            followed.push((i, prefix.clone(), *shown));
            *shown = c.logs.len();
            let active = c.state.is_active();
            if !active && !*reported {
                *reported = true;
                exits.push(format!(
                    "{} exited with code {}\n",
                    prefix.trim_end(),
                    c.exit_code
                ));
            }
            all_ended &= !active;
        }
        for (stream, text) in crate::compose::commands::prefixed_logs(&self.engine, &followed) {
            output.push(stream, &text);
        }
        for line in exits {
            output.out(line);
        }
        let mut status = 0;
        let mut done = all_ended;
        if line == INTERRUPT {
            done = true;
            status = 130;
            if let Some(stop) = p.stop.take() {
                output.out("Gracefully stopping... (press Ctrl+C again to force)\n");
                let mut ctx = crate::cli::CliCtx {
                    width: self.config.width,
                    stdin: &[],
                    cwd: self.shell.cwd.clone(),
                    request: None,
                    answer: None,
                    stdout_tty: true,
                    env: self.shell.exported_env(),
                };
                crate::host::docker(&mut self.engine, &stop, &mut ctx, &mut output);
            }
        }
        if done {
            self.shell.last_status = status;
        } else {
            f.project = Some(p);
            self.following = Some(f);
        }
        RunResult {
            output,
            status,
            events: Vec::new(),
            clear: false,
            edit: None,
            needs_full: false,
        }
    }

    /// The exit code a removed container last reported (`--rm`), from this line's events.
    fn last_exit_of(&self, id: &str) -> i32 {
        let events = self.engine.peek_events();
        events
            .iter()
            .rev()
            .find_map(|e| match e {
                Event::ContainerExited {
                    id: i, exit_code, ..
                } if i == id => Some(*exit_code),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// Whether a client is attached to a running container (the terminal is busy; Ctrl-C,
    /// sent as [`INTERRUPT`], interrupts it).
    pub fn following(&self) -> bool {
        self.following.is_some()
    }

    /// A line typed at a client program's prompt goes to it; when it ends the terminal
    /// returns to the shell it was started from.
    fn run_client(&mut self, line: &str) -> RunResult {
        let Some((id, mut client, main)) = self.client.take() else {
            return RunResult::default();
        };
        let Ok(idx) = self.engine.find_container(&id) else {
            return self.run_host(line);
        };
        if !self.engine.containers[idx].state.is_active() {
            return self.run_host(line);
        }
        let (output, open) = self.engine.client_line(idx, &mut client, line);
        if open {
            self.client = Some((id, client, main));
        } else if main {
            // `docker run -it … mysql`: the container's main process was the client.
            self.engine.process_exited(idx, 0, ExitReason::Finished);
        }
        RunResult {
            output,
            status: 0,
            events: Vec::new(),
            clear: false,
            edit: None,
            needs_full: false,
        }
    }

    fn client_secret(&self) -> bool {
        self.client.as_ref().is_some_and(|(_, c, _)| c.secret())
    }

    fn answer(&mut self, pending: Pending, line: &str) -> RunResult {
        let mut output = Output::default();
        let mut stdin: Vec<u8> = Vec::new();
        let mut argv = pending.argv;
        match pending.flag {
            None => {
                if !matches!(line.trim(), "y" | "Y") {
                    return RunResult::default();
                }
                argv.push("--force".to_string());
            }
            Some(flag) => {
                if !pending.echo {
                    // The terminal showed nothing while the password was typed.
                    output.out("\n");
                }
                if line.trim().is_empty() && flag == "--username" {
                    output.err("Error: Non-null Username Required\n");
                    return RunResult {
                        output,
                        status: 1,
                        events: Vec::new(),
                        clear: false,
                        edit: None,
                        needs_full: false,
                    };
                }
                if flag == "--password" {
                    argv.push("--password-stdin".to_string());
                    stdin = line.as_bytes().to_vec();
                } else {
                    argv.push(flag);
                    argv.push(line.trim_end_matches(['\n', '\r']).to_string());
                }
            }
        }
        let mut ctx = crate::cli::CliCtx {
            width: self.config.width,
            stdin: &stdin,
            cwd: self.shell.cwd.clone(),
            request: None,
            answer: None,
            stdout_tty: true,
            env: self.shell.exported_env(),
        };
        let status = crate::host::docker(&mut self.engine, &argv, &mut ctx, &mut output);
        self.follow(ctx.request.take());
        RunResult {
            output,
            status,
            events: Vec::new(),
            clear: false,
            edit: None,
            needs_full: false,
        }
    }

    /// Whether the last command asked a question that the next line answers.
    pub fn awaiting_answer(&self) -> bool {
        self.pending.is_some() || self.reading.is_some() || self.client_secret()
    }

    /// Whether the answer being waited for is shown as it is typed (false for passwords).
    pub fn answer_echoes(&self) -> bool {
        self.pending.as_ref().is_none_or(|p| p.echo) && !self.client_secret()
    }

    /// Whether `text` is incomplete (open quote, heredoc without terminator…) and needs more lines.
    pub fn needs_more_input(&self, text: &str) -> bool {
        self.pending.is_none()
            && self.reading.is_none()
            && self.client.is_none()
            && self.more_input.borrow_mut().check(text)
    }

    /// The prompt to show before the next line (`$ `, or a container shell's prompt).
    pub fn prompt(&self) -> String {
        if self.pending.is_some() || self.following.is_some() || self.reading.is_some() {
            return String::new();
        }
        if let Some((_, client, _)) = &self.client {
            return client.prompt();
        }
        match &self.attached {
            None => "$ ".to_string(),
            Some(a) => {
                let cwd = a.shell.cwd.clone();
                match a.shell.flavor {
                    Flavor::Bash => {
                        let host = a.shell.get("HOSTNAME").unwrap_or("localhost").to_string();
                        let shown = if cwd == "/root" { "~".to_string() } else { cwd };
                        format!("root@{host}:{shown}# ")
                    }
                    Flavor::Ash => format!("{cwd} # "),
                    Flavor::Dash => "# ".to_string(),
                }
            }
        }
    }

    /// Completions for the last word of `line`: full replacement words, sorted.
    pub fn complete(&self, line: &str) -> Vec<String> {
        crate::cli::complete::complete(&self.engine, &self.shell.cwd, line)
    }

    /// The state for the picture.
    pub fn snapshot(&self) -> Snapshot {
        crate::view::snapshot(&self.engine, &self.shell.cwd)
    }

    /// The events of the last command.
    pub fn last_events(&self) -> &[Event] {
        &self.last_events
    }

    /// Every line run so far, in order.
    pub fn history(&self) -> &[String] {
        &self.history
    }

    /// The daemon, for tests, lesson goals and the picture.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The host shell's working directory.
    pub fn cwd(&self) -> &str {
        &self.shell.cwd
    }

    /// Explanations of the last command in a language.
    pub fn explain_last(&self, lang: Lang) -> Vec<crate::explain::Explanation> {
        let mut list = crate::explain::describe(&self.last_events, lang);
        for e in &mut list {
            e.repeat = self.repeated.contains(&e.id);
        }
        if self.last_guide {
            let row = self.ps_row();
            list.extend(crate::explain::reading_guide_with(
                &self.last_line,
                lang,
                &row,
            ));
        }
        if let Some(key) = self.bound {
            list.push(crate::explain::limit(key, lang));
        }
        list
    }

    /// The top `docker ps` row with a published port, for the reading guide to quote: its
    /// name, first PORTS entry as `docker ps` prints it, host and container port. Empty when no
    /// running container has one.
    fn ps_row(&self) -> Vec<(&'static str, String)> {
        let Some((c, p)) = self.engine.containers.iter().rev().find_map(|c| {
            c.ports
                .iter()
                .find(|p| p.host_port != 0)
                .filter(|_| c.state.is_active())
                .map(|p| (c, p))
        }) else {
            return Vec::new();
        };
        // The entry of the PORTS column (grouped and ordered as `docker ps` prints it) that
        // publishes this port.
        let column = crate::cli::render::ports(c);
        let mapped = format!(":{}->{}/", p.host_port, p.container_port);
        let entries = || column.split(", ").filter(|e| e.contains("->"));
        let first = entries()
            .find(|e| e.contains(&mapped))
            .or_else(|| entries().next())
            .unwrap_or_default()
            .to_string();
        vec![
            ("name", c.name.clone()),
            ("ports", first),
            ("host", p.host_port.to_string()),
            ("port", p.container_port.to_string()),
        ]
    }

    /// Undoes the last command (or editor save): restores the latest checkpoint before it and
    /// replays the steps after that one (all of them, on a fresh session, when there is none).
    /// The result is the state replaying all but the last step gives; the step undone can be
    /// taken again with [`Session::jump`] until something new is typed. Returns false when
    /// there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        match self.steps.len().checked_sub(1) {
            Some(target) => self.jump(target),
            None => false,
        }
    }

    /// Goes to the state right after the first `to` steps: back, keeping the steps after it to
    /// go forward again (redo), or forward over steps undone before. Returns false when `to`
    /// is where the session is, or beyond the steps it can redo.
    pub fn jump(&mut self, to: usize) -> bool {
        let done = self.steps.len();
        if to == done || to > done + self.redo.len() {
            return false;
        }
        if to < done {
            let mut later: Vec<(Step, bool)> = self.steps[to..]
                .iter()
                .cloned()
                .zip(
                    self.secret[to..]
                        .iter()
                        .copied()
                        .chain(std::iter::repeat(false)),
                )
                .collect();
            later.append(&mut self.redo);
            self.rewind_to(to);
            self.redo = later;
        } else {
            let mut redo = std::mem::take(&mut self.redo);
            let rest = redo.split_off(to - done);
            for (step, _) in &redo {
                self.take(step);
            }
            self.redo = rest;
        }
        true
    }

    /// Restores the state after the first `target` steps (fewer than taken): the latest
    /// checkpoint at or before it, then the steps between.
    fn rewind_to(&mut self, target: usize) {
        let steps = std::mem::take(&mut self.steps);
        let mut timeline = std::mem::take(&mut self.timeline);
        let (from, mut session) = timeline
            .rewind(target)
            .unwrap_or_else(|| (0, Session::new(self.config.clone())));
        session.timeline = timeline;
        session.config = self.config.clone();
        for step in steps.get(from..target).unwrap_or_default() {
            session.take(step);
        }
        *self = session;
    }

    /// The steps taken and the steps that can be redone, for the page's timeline.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        let entry = |step: &Step, secret: bool, done: bool| TimelineEntry {
            text: match step {
                Step::Line(_) if secret => String::new(),
                Step::Line(l) => l.clone(),
                Step::Write { path, .. } => path.clone(),
            },
            write: matches!(step, Step::Write { .. }),
            secret,
            done,
        };
        let taken = self
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| entry(s, self.secret.get(i).copied().unwrap_or(false), true));
        let undone = self.redo.iter().map(|(s, secret)| entry(s, *secret, false));
        taken.chain(undone).collect()
    }

    /// A fresh session that has run `lines` in order.
    pub fn replay(config: SessionConfig, lines: &[String]) -> Session {
        let steps: Vec<Step> = lines.iter().map(|l| Step::Line(l.clone())).collect();
        Session::replay_steps(config, &steps)
    }

    /// A fresh session that has taken `steps` in order.
    pub fn replay_steps(config: SessionConfig, steps: &[Step]) -> Session {
        let mut session = Session::new(config);
        session.timeline.plan(steps.len());
        for step in steps {
            session.take(step);
        }
        session
    }

    /// Everything the learner did, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The session as a versioned JSON document (seed, start time and steps): loading it
    /// replays the steps, so it is small and every engine change stays compatible. Lines are
    /// strings; editor saves are `{"write": path, "content": text}`.
    pub fn save(&self) -> String {
        let steps: Vec<serde_json::Value> = self
            .steps
            .iter()
            .map(|s| match s {
                Step::Line(l) => serde_json::Value::String(l.clone()),
                Step::Write { path, content } => {
                    serde_json::json!({ "write": path, "content": content })
                }
            })
            .collect();
        serde_json::json!({
            "format": "dockling-session",
            "version": SAVE_VERSION,
            "seed": self.config.seed,
            "start_ms": self.config.start_ms,
            "history": steps,
        })
        .to_string()
    }

    /// Restores a saved session. A document that is not a valid save is refused whole, with
    /// a message that says why (so a front end can start fresh and tell the learner).
    pub fn load(text: &str, width: usize) -> Result<Session, String> {
        let doc: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("not a saved session: {e}"))?;
        if doc["format"] != "dockling-session" {
            return Err("not a saved dockling session".to_string());
        }
        match doc["version"].as_u64() {
            Some(v) if v == SAVE_VERSION => {}
            Some(v) => {
                return Err(format!(
                    "saved with format version {v}, which this dockling cannot read"
                ))
            }
            None => return Err("saved session has no format version".to_string()),
        }
        let seed = doc["seed"].as_u64().ok_or("saved session has no seed")?;
        let start_ms = doc["start_ms"]
            .as_i64()
            .ok_or("saved session has no start time")?;
        // Years 1970 to 9999: the dates the clock can show.
        if !(0..=253_402_300_799_999).contains(&start_ms) {
            return Err("saved session has a start time outside 1970–9999".to_string());
        }
        let history = doc["history"]
            .as_array()
            .ok_or("saved session has no history")?;
        // A session never keeps more; a longer history was edited, and is refused rather
        // than cut short.
        if history.len() > MAX_HISTORY {
            return Err(format!("saved session has more than {MAX_HISTORY} steps"));
        }
        let steps: Vec<Step> = history
            .iter()
            .map(|v| match v {
                serde_json::Value::String(l) => Ok(Step::Line(l.clone())),
                serde_json::Value::Object(o) => match (o.get("write"), o.get("content")) {
                    (Some(serde_json::Value::String(p)), Some(serde_json::Value::String(c))) => {
                        Ok(Step::Write {
                            path: p.clone(),
                            content: c.clone(),
                        })
                    }
                    _ => Err("a history entry is neither a line nor a file write"),
                },
                _ => Err("a history entry is neither a line nor a file write"),
            })
            .collect::<Result<_, _>>()?;
        let config = SessionConfig {
            seed,
            start_ms,
            width,
            clock: ClockMode::Virtual,
        };
        Ok(Session::replay_steps(config, &steps))
    }

    /// Sets the terminal width (tables and build output follow it from the next command).
    pub fn set_width(&mut self, width: usize) {
        self.config.width = width.clamp(20, 1000);
    }

    /// Writes a file on the learner's host (the file editor); `path` is relative to the cwd or absolute.
    pub fn write_file(&mut self, path: &str, content: &str) -> Result<(), String> {
        self.redo.clear();
        self.checkpoint();
        if self.steps.len() < MAX_HISTORY {
            self.steps.push(Step::Write {
                path: path.to_string(),
                content: content.to_string(),
            });
            self.secret.push(false);
        }
        let path = crate::vfs::normalize(&self.shell.cwd, path);
        let fs = &mut self.engine.host_fs;
        if let Some(parent) = std::path::Path::new(&path)
            .parent()
            .and_then(|p| p.to_str())
        {
            fs.mkdir_all(parent).map_err(|e| e.to_string())?;
        }
        fs.write(&path, content.as_bytes().to_vec())
            .map_err(|e| e.to_string())
    }

    /// Reads a host file as text.
    pub fn read_file(&self, path: &str) -> Option<String> {
        let path = crate::vfs::normalize(&self.shell.cwd, path);
        self.engine.host_fs.read_string(&path).ok()
    }

    /// The configuration this session started with.
    pub fn config(&self) -> &SessionConfig {
        &self.config
    }
}

/// `explain`/`why` lines re-explain the previous command instead of replacing it.
fn is_explain_line(line: &str) -> bool {
    matches!(line.split_whitespace().next(), Some("explain" | "why"))
}
