//! The docker client: argument grammar, help and usage errors, tables, `--format`, rendering.
//!
//! [`docker`] is the client's `main`: it parses a command line with [`spec`], asks the engine
//! (the daemon) to act, and renders the result exactly as the Docker 28 CLI prints it. It never
//! changes state except through the engine's methods.

pub mod build;
pub mod complete;
pub mod disk_usage;
pub mod format;
pub mod opts;
pub mod render;
pub mod spec;
pub mod template;

mod containers;
mod events;
mod extras;
mod images;
mod inspect;
mod runflags;
mod system;
mod transfer;

use crate::engine::{DaemonError, Engine, ErrorKind, Event};
use crate::runtime::Output;
use spec::{Cmd, Invocation, Parsed};

/// What the client needs from the terminal it runs in.
pub struct CliCtx<'a> {
    /// Terminal width in cells.
    pub width: usize,
    /// Bytes on standard input.
    pub stdin: &'a [u8],
    /// The host shell's working directory (build contexts, `cp`, bind mounts are relative to it).
    pub cwd: String,
    /// Something the session must do after this command.
    pub request: Option<CliRequest>,
    /// An answer typed in advance to a question the command asks.
    pub answer: Option<String>,
    /// Standard output is the terminal (not a pipe or a file).
    pub stdout_tty: bool,
    /// The host shell's exported variables (`-e NAME` takes the host's value).
    pub env: Vec<(String, String)>,
}

/// What a command asks the session to do once it has printed its output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CliRequest {
    /// Attach the terminal to a shell in a container (`run -it`, `exec -it`).
    Attach {
        /// Container ID.
        container: String,
        /// An exec session rather than the main process.
        exec: bool,
        /// The shell program (`bash`, `sh`), which decides the prompt.
        program: String,
    },
    /// The client stays attached to a running container (`docker run nginx`, `logs -f`,
    /// `events`): the terminal is busy until Ctrl-C or the container ends.
    Follow {
        /// Container ID (empty for `docker events`).
        container: String,
        /// What the client is doing.
        mode: FollowMode,
    },
    /// `docker compose up` (attached) or `compose logs -f`: the client follows several
    /// containers, each line prefixed with its name, until Ctrl-C or every one has ended.
    FollowProject {
        /// (container ID, the prefix before ` | `, padded as compose pads it).
        containers: Vec<(String, String)>,
        /// What Ctrl-C runs before the client returns (`compose … stop` for `up`), if anything.
        stop: Option<Vec<String>>,
    },
    /// A `[y/N]` question was printed; the next line answers it by running `argv` forced.
    Confirm {
        /// The docker arguments to run with `--force` on `y`.
        argv: Vec<String>,
    },
    /// A prompt (`Username: `) was printed; the next line is its answer, given to `argv`
    /// as the value of `flag`.
    Ask {
        /// The docker arguments to run again with the answer.
        argv: Vec<String>,
        /// The flag that carries the answer (`--username`).
        flag: String,
        /// Whether the terminal shows what is typed (not for passwords).
        echo: bool,
    },
    /// Open a file of the learner's machine in the page's file editor (`nano FILE`).
    Edit {
        /// The absolute path.
        path: String,
    },
}

/// What a client that stays attached does (see [`CliRequest::Follow`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowMode {
    /// Attached to the main process; Ctrl-C is forwarded to it as SIGINT when `proxy`, else
    /// it only ends the client.
    Attached {
        /// The client forwards signals (`--sig-proxy`, or a terminal with `-it`).
        proxy: bool,
    },
    /// `docker logs -f`: Ctrl-C ends the client.
    Logs,
    /// `docker events`: Ctrl-C ends the client.
    Events,
    /// `docker wait`: prints the exit code when the container ends; Ctrl-C ends the client.
    Wait,
}

/// Prints a daemon error the way the client does and records it as an event.
pub(crate) fn daemon_error(engine: &mut Engine, out: &mut Output, e: &DaemonError) -> i32 {
    out.err(format!("Error response from daemon: {}\n", e.message));
    engine.emit(Event::Failed {
        error: e.kind.clone(),
    });
    1
}

/// Prints an error of `docker run`/`create` decorated with the help hint (28.x style).
pub(crate) fn decorated(
    engine: &mut Engine,
    out: &mut Output,
    cmd: &str,
    message: &str,
    kind: ErrorKind,
    code: i32,
) -> i32 {
    out.err(format!(
        "docker: {message}\n\nRun 'docker {cmd} --help' for more information\n"
    ));
    engine.emit(Event::Failed { error: kind });
    code
}

/// Runs one `docker` command line (`argv` without the leading `docker`).
pub fn docker(engine: &mut Engine, argv: &[String], ctx: &mut CliCtx, out: &mut Output) -> i32 {
    match spec::parse(argv) {
        // The lean build's grammar has no flag help texts (cli/spec/data.rs): `--help` runs
        // in full.
        #[cfg(not(feature = "full"))]
        Parsed::Help { .. } => crate::lean::need_full(),
        Parsed::Help { text } | Parsed::Version { text } => {
            out.out(text);
            0
        }
        Parsed::GroupHelp { text } => {
            out.err(text);
            0
        }
        Parsed::Error { text, code } => {
            out.err(&text);
            let first = text.lines().next().unwrap_or_default().to_string();
            let error = if first.starts_with("docker: unknown command") {
                ErrorKind::UnknownCommand {
                    command: first
                        .trim_start_matches("docker: unknown command: ")
                        .to_string(),
                }
            } else {
                ErrorKind::Usage {
                    command: format!(
                        "docker {}",
                        argv.iter()
                            .take_while(|a| !a.starts_with('-'))
                            .take(2)
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                    message: first,
                }
            };
            engine.emit(Event::Failed { error });
            code
        }
        Parsed::Run(inv) => {
            // pflag prints its deprecation notes on stdout.
            out.out(&inv.warnings);
            match opts::global::check(&inv.global) {
                None => dispatch(engine, &inv, ctx, out),
                Some(stop) => global_stop(engine, &inv, out, stop),
            }
        }
    }
}

/// Ends a command whose global flags stop the client before it reaches the daemon.
fn global_stop(
    engine: &mut Engine,
    inv: &Invocation,
    out: &mut Output,
    stop: opts::global::Stop,
) -> i32 {
    let (message, code) = match stop {
        opts::global::Stop::Fail(text) => {
            out.err(&text);
            (text.trim_end().to_string(), 1)
        }
        opts::global::Stop::Unreachable(host) => {
            // `pull` names the default tag before it dials.
            let bare = |a: &String| !a.contains(':') && !a.contains('@');
            if inv.cmd == Cmd::ImagePull && !inv.flags.bool("quiet") && inv.args.iter().all(bare) {
                out.out("Using default tag: latest\n");
            }
            let message = format!(
                "Cannot connect to the Docker daemon at {host}. Is the docker daemon running?"
            );
            if inv.cmd == Cmd::ContainerRun {
                out.err(format!(
                    "docker: {message}\n\nRun 'docker run --help' for more information\n"
                ));
                (message, 125)
            } else {
                out.err(format!("{message}\n"));
                (message, 1)
            }
        }
    };
    engine.emit(Event::Failed {
        error: ErrorKind::Usage {
            command: inv.path.clone(),
            message,
        },
    });
    code
}

fn dispatch(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    use Cmd::*;
    match inv.cmd {
        // The lean build leaves the rarer commands to the full one (src/lean.rs).
        #[cfg(not(feature = "full"))]
        ContainerInspect | ImageInspect | Inspect | ContainerTop | ContainerDiff | ContainerCp
        | ContainerCommit | ContainerStats | ContainerAttach | ContainerUpdate
        | ContainerExport | ImageImport | ImageLoad | ImageSave | SystemEvents | SystemDf
        | SystemInfo | ContextLs | ContextUse | ContextShow | BuildxLs | BuildxVersion
        | ManifestInspect => crate::lean::need_full(),
        // The builder, parser and lint of Dockerfiles, and the commands a first visit rarely
        // types (issue 18: the lean first visit); full is fetched right after the prompt.
        #[cfg(not(feature = "full"))]
        ImageBuild | BuilderPrune | ContainerPrune | ImagePrune | SystemPrune | ContainerRename
        | ContainerPort | ContainerPause | ContainerUnpause | ContainerKill | ContainerWait => {
            crate::lean::need_full()
        }
        ContainerRun => containers::run(engine, inv, ctx, out),
        ContainerCreate => containers::create(engine, inv, ctx, out),
        ContainerStart => containers::start(engine, inv, ctx, out),
        ContainerStop => containers::stop(engine, inv, out),
        ContainerRestart => containers::restart(engine, inv, out),
        ContainerKill => containers::kill(engine, inv, out),
        ContainerPause | ContainerUnpause => containers::pause(engine, inv, out),
        ContainerRm => containers::rm(engine, inv, out),
        ContainerLs => containers::ps(engine, inv, out),
        ContainerLogs => containers::logs(engine, inv, ctx, out),
        ContainerExec => containers::exec(engine, inv, ctx, out),
        ContainerInspect => system::inspect(engine, inv, out, Some("container")),
        ContainerPort => containers::port(engine, inv, out),
        ContainerTop => containers::top(engine, inv, out),
        ContainerRename => containers::rename(engine, inv, out),
        ContainerWait => containers::wait(engine, inv, ctx, out),
        ContainerDiff => containers::diff(engine, inv, out),
        ContainerCp => containers::cp(engine, inv, ctx, out),
        ContainerCommit => containers::commit(engine, inv, out),
        ContainerStats => containers::stats(engine, inv, ctx, out),
        ContainerPrune => containers::prune(engine, inv, ctx, out),
        ContainerAttach => containers::attach(engine, inv, ctx, out),
        ImageLs => images::ls(engine, inv, out),
        ImagePull => images::pull(engine, inv, out),
        ImagePush => images::push(engine, inv, out),
        ImageTag => images::tag(engine, inv, out),
        ImageRm => images::rm(engine, inv, out),
        ImageHistory => images::history(engine, inv, out),
        ImageInspect => system::inspect(engine, inv, out, Some("image")),
        ImagePrune => images::prune(engine, inv, ctx, out),
        ImageBuild => build::build(engine, inv, ctx, out),
        Search => images::search(engine, inv, out),
        Login => images::login(engine, inv, ctx, out),
        Logout => images::logout(engine, inv, out),
        Inspect => system::inspect(engine, inv, out, None),
        VolumeCreate | VolumeLs | VolumeRm | VolumeInspect | VolumePrune => {
            system::volume(engine, inv, ctx, out)
        }
        NetworkCreate | NetworkLs | NetworkRm | NetworkInspect | NetworkConnect
        | NetworkDisconnect | NetworkPrune => system::network(engine, inv, ctx, out),
        SystemDf => system::df(engine, inv, out),
        SystemPrune => system::prune(engine, inv, ctx, out),
        SystemInfo => system::info(engine, inv, out),
        Version => system::version(engine, inv, out),
        BuilderPrune => system::builder_prune(engine, inv, ctx, out),
        ContainerExport => transfer::export(engine, inv, ctx, out),
        ImageImport => transfer::import(engine, inv, ctx, out),
        ImageLoad => transfer::load(engine, inv, ctx, out),
        ImageSave => transfer::save(engine, inv, ctx, out),
        ContainerUpdate => extras::update(engine, inv, out),
        SystemEvents => events::events(engine, inv, ctx, out),
        ContextLs => extras::context_ls(inv, out),
        ContextUse => extras::context_use(inv, out),
        ContextShow => extras::context_show(out),
        BuildxLs => extras::buildx_ls(out),
        BuildxVersion => extras::buildx_version(out),
        ManifestInspect => extras::manifest_inspect(engine, inv, out),
        Unsupported => {
            out.err(format!(
                "dockling: `{}` is not simulated yet; the commands of the lessons are.\n",
                inv.path
            ));
            1
        }
    }
}

/// Prints a `[y/N]` question, or answers it at once when `--force` was given.
/// Returns true when the command should go ahead now.
pub(crate) fn confirm(
    inv: &Invocation,
    ctx: &mut CliCtx,
    out: &mut Output,
    warning: &str,
    argv: Vec<String>,
) -> bool {
    if inv.flags.bool("force") {
        return true;
    }
    out.out(format!(
        "{warning}\nAre you sure you want to continue? [y/N] "
    ));
    match ctx.answer.take() {
        Some(answer) => {
            out.out(format!("{answer}\n"));
            matches!(answer.trim(), "y" | "Y")
        }
        None => {
            ctx.request = Some(CliRequest::Confirm { argv });
            false
        }
    }
}

/// Prints one `Deleted <what>:` section of a prune, an item a line and a blank line after;
/// nothing at all when nothing was deleted.
pub(crate) fn print_deleted(
    out: &mut Output,
    what: &str,
    items: impl IntoIterator<Item = impl std::fmt::Display>,
) {
    let body: String = items.into_iter().map(|i| format!("{i}\n")).collect();
    if !body.is_empty() {
        out.out(format!("Deleted {what}:\n{body}\n"));
    }
}

/// Runs `f` for each argument, printing successes as typed on stdout and collecting errors,
/// which are printed afterwards on stderr (Docker's multi-target commands).
pub(crate) fn for_each_target(
    engine: &mut Engine,
    args: &[String],
    out: &mut Output,
    mut f: impl FnMut(&mut Engine, &str) -> Result<(), DaemonError>,
) -> i32 {
    let mut errors: Vec<DaemonError> = Vec::new();
    for arg in args {
        match f(engine, arg) {
            Ok(()) => out.out(format!("{arg}\n")),
            Err(e) => errors.push(e),
        }
    }
    report_errors(engine, out, &errors)
}

/// Records and prints the errors a multi-target command collected, after its successes; the
/// exit status is 1 when there was any.
pub(crate) fn report_errors(engine: &mut Engine, out: &mut Output, errors: &[DaemonError]) -> i32 {
    if errors.is_empty() {
        return 0;
    }
    for e in errors {
        engine.emit(Event::Failed {
            error: e.kind.clone(),
        });
    }
    let text: Vec<String> = errors
        .iter()
        .map(|e| format!("Error response from daemon: {}", e.message))
        .collect();
    out.err(format!("{}\n", text.join("\n")));
    1
}

/// Prints a client-side error as the docker client does outside `run`/`create` (plain text on
/// stderr, exit 1) and records it.
pub(crate) fn client_error(
    engine: &mut Engine,
    out: &mut Output,
    inv: &Invocation,
    message: &str,
) -> i32 {
    out.err(format!("{message}\n"));
    engine.emit(Event::Failed {
        error: ErrorKind::Usage {
            command: inv.path.clone(),
            message: message.lines().next().unwrap_or_default().to_string(),
        },
    });
    1
}
