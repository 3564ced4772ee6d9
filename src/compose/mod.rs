//! `docker compose`: the Compose v2 plugin, a client beside `cli` that reads a compose file.
//!
//! It parses the file ([`yaml`]), checks and normalises it into a typed [`model::Project`],
//! and drives the engine through the same methods `docker network create`, `volume create`,
//! `build`, `create`/`start` use; it never touches engine state directly. Its output follows
//! compose's own: the `[+] Running 3/3` progress screen, `web-1  | ` log prefixes, its tables
//! and its error texts (compose-go's wording), with compose's exit codes.

pub mod args;
pub mod commands;
pub mod config;
pub mod info;
pub mod model;
pub mod progress;
pub mod yaml;

use crate::cli::CliCtx;
use crate::engine::{DaemonError, Engine, Event};
use crate::runtime::Output;
use args::Args;

/// What a compose command works with.
pub struct Cx<'a, 'b> {
    /// The daemon.
    pub engine: &'a mut Engine,
    /// The terminal.
    pub ctx: &'a mut CliCtx<'b>,
    /// Where output goes.
    pub out: &'a mut Output,
    /// The arguments after `docker compose` (for a confirmation that reruns them).
    pub argv: Vec<String>,
}

impl Cx<'_, '_> {
    /// Prints a compose error and records it; compose exits 1.
    pub fn fail(&mut self, message: &str) -> i32 {
        self.out.err(format!("{message}\n"));
        self.engine.emit(Event::Failed {
            error: commands::compose_error(message),
        });
        1
    }

    /// Prints a daemon error as compose shows it.
    pub fn daemon_error(&mut self, e: &DaemonError) -> i32 {
        self.out
            .err(format!("Error response from daemon: {}\n", e.message));
        self.engine.emit(Event::Failed {
            error: e.kind.clone(),
        });
        1
    }

    /// A cobra argument-count error.
    pub fn usage(&mut self, _cmd: &str, message: &str) -> i32 {
        let text = match message {
            "requires at least 2 arguments" => {
                let got = self.argv.len().saturating_sub(1).min(1);
                format!("requires at least 2 arg(s), only received {got}")
            }
            "requires at least 1 argument" => {
                "requires at least 1 arg(s), only received 0".to_string()
            }
            m => m.to_string(),
        };
        self.fail(&text)
    }
}

/// The root command's flags.
const GLOBAL_FLAGS: &str = "f:file= p:project-name= project-directory= profile= env-file= ansi= progress= parallel= dry-run compatibility all-resources v:version h:help";

/// One subcommand: name, usage words, description, flags.
struct Command {
    name: &'static str,
    usage: &'static str,
    short: &'static str,
    flags: &'static str,
}

const COMMANDS: &[Command] = &[
    Command { name: "attach", usage: "[OPTIONS] SERVICE", short: "Attach local standard input, output, and error streams to a service's running container", flags: "detach-keys= index= no-stdin sig-proxy" },
    Command { name: "build", usage: "[OPTIONS] [SERVICE...]", short: "Build or rebuild services", flags: "build-arg= builder= check m:memory= no-cache pull push q:quiet ssh= with-dependencies print" },
    Command { name: "commit", usage: "[OPTIONS] SERVICE [REPOSITORY[:TAG]]", short: "Create a new image from a service container's changes", flags: "a:author= c:change= index= m:message= p:pause" },
    Command { name: "config", usage: "[OPTIONS] [SERVICE...]", short: "Parse, resolve and render compose file in canonical format", flags: "environment format= hash= images no-consistency no-interpolate no-normalize no-path-resolution o:output= profiles q:quiet resolve-image-digests services variables volumes networks" },
    Command { name: "cp", usage: "[OPTIONS] SERVICE:SRC_PATH DEST_PATH|-\n\tdocker compose cp [OPTIONS] SRC_PATH|- SERVICE:DEST_PATH", short: "Copy files/folders between a service container and the local filesystem", flags: "all a:archive L:follow-link index=" },
    Command { name: "create", usage: "[OPTIONS] [SERVICE...]", short: "Creates containers for a service", flags: "build force-recreate no-build no-recreate pull= quiet-pull remove-orphans scale= y:yes" },
    Command { name: "down", usage: "[OPTIONS] [SERVICES]", short: "Stop and remove containers, networks", flags: "remove-orphans rmi= t:timeout= v:volumes" },
    Command { name: "events", usage: "[OPTIONS] [SERVICE...]", short: "Receive real time events from containers", flags: "json since= until=" },
    Command { name: "exec", usage: "[OPTIONS] SERVICE COMMAND [ARGS...]", short: "Execute a command in a running container", flags: "d:detach e:env= index= privileged u:user= T:no-TTY w:workdir= t:tty i:interactive" },
    Command { name: "export", usage: "[OPTIONS] SERVICE", short: "Export a service container's filesystem as a tar archive", flags: "index= o:output=" },
    Command { name: "images", usage: "[OPTIONS] [SERVICE...]", short: "List images used by the created containers", flags: "format= q:quiet" },
    Command { name: "kill", usage: "[OPTIONS] [SERVICE...]", short: "Force stop service containers", flags: "remove-orphans s:signal=" },
    Command { name: "logs", usage: "[OPTIONS] [SERVICE...]", short: "View output from containers", flags: "f:follow index= no-color no-log-prefix since= n:tail= t:timestamps until=" },
    Command { name: "ls", usage: "[OPTIONS]", short: "List running compose projects", flags: "a:all filter= format= q:quiet" },
    Command { name: "pause", usage: "[SERVICE...]", short: "Pause services", flags: "" },
    Command { name: "port", usage: "[OPTIONS] SERVICE PRIVATE_PORT", short: "Print the public port for a port binding", flags: "index= protocol=" },
    Command { name: "ps", usage: "[OPTIONS] [SERVICE...]", short: "List containers", flags: "a:all filter= format= no-trunc orphans q:quiet services status=" },
    Command { name: "pull", usage: "[OPTIONS] [SERVICE...]", short: "Pull service images", flags: "ignore-buildable ignore-pull-failures include-deps policy= q:quiet" },
    Command { name: "push", usage: "[OPTIONS] [SERVICE...]", short: "Push service images", flags: "ignore-push-failures include-deps q:quiet" },
    Command { name: "restart", usage: "[OPTIONS] [SERVICE...]", short: "Restart service containers", flags: "no-deps t:timeout=" },
    Command { name: "rm", usage: "[OPTIONS] [SERVICE...]", short: "Removes stopped service containers", flags: "f:force s:stop v:volumes confirmed" },
    Command { name: "run", usage: "[OPTIONS] SERVICE [COMMAND] [ARGS...]", short: "Run a one-off command on a service", flags: "build cap-add= cap-drop= d:detach entrypoint= e:env= env-from-file= i:interactive l:label= name= T:no-TTY no-deps p:publish= pull= q:quiet quiet-build quiet-pull remove-orphans rm P:service-ports use-aliases u:user= v:volume= w:workdir= t:tty" },
    Command { name: "scale", usage: "[SERVICE=REPLICAS...]", short: "Scale services ", flags: "no-deps" },
    Command { name: "start", usage: "[SERVICE...]", short: "Start services", flags: "wait wait-timeout=" },
    Command { name: "stats", usage: "[OPTIONS] [SERVICE]", short: "Display a live stream of container(s) resource usage statistics", flags: "a:all format= no-stream no-trunc" },
    Command { name: "stop", usage: "[OPTIONS] [SERVICE...]", short: "Stop services", flags: "t:timeout=" },
    Command { name: "top", usage: "[SERVICES...]", short: "Display the running processes", flags: "" },
    Command { name: "unpause", usage: "[SERVICE...]", short: "Unpause services", flags: "" },
    Command { name: "up", usage: "[OPTIONS] [SERVICE...]", short: "Create and start containers", flags: "abort-on-container-exit abort-on-container-failure always-recreate-deps attach= attach-dependencies build d:detach exit-code-from= force-recreate menu no-attach= no-build no-color no-deps no-log-prefix no-recreate no-start pull= quiet-build quiet-pull remove-orphans V:renew-anon-volumes scale= t:timeout= timestamps wait wait-timeout= w:watch y:yes" },
    Command { name: "version", usage: "[OPTIONS]", short: "Show the Docker Compose version information", flags: "f:format= short" },
    Command { name: "wait", usage: "SERVICE [SERVICE...] [OPTIONS]", short: "Block until containers of all (or specified) services stop.", flags: "down-project" },
    Command { name: "watch", usage: "[SERVICE...]", short: "Watch build context for service and rebuild/refresh containers when files are updated", flags: "no-up prune quiet" },
];

fn root_help() -> String {
    let mut s = String::from(
        "\nUsage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nOptions:\n",
    );
    s.push_str("      --all-resources              Include all resources, even those not used by services\n");
    s.push_str("      --ansi string                Control when to print ANSI control characters (\"never\"|\"always\"|\"auto\") (default \"auto\")\n");
    s.push_str("      --compatibility              Run compose in backward compatibility mode\n");
    s.push_str("      --dry-run                    Execute command in dry run mode\n");
    s.push_str("      --env-file stringArray       Specify an alternate environment file\n");
    s.push_str("  -f, --file stringArray           Compose configuration files\n");
    s.push_str("      --parallel int               Control max parallelism, -1 for unlimited (default -1)\n");
    s.push_str("      --profile stringArray        Specify a profile to enable\n");
    s.push_str("      --progress string            Set type of progress output (auto, tty, plain, json, quiet)\n");
    s.push_str("      --project-directory string   Specify an alternate working directory\n                                   (default: the path of the, first specified, Compose file)\n");
    s.push_str("  -p, --project-name string        Project name\n\nCommands:\n");
    for c in COMMANDS {
        s.push_str(&format!("  {:<11} {}\n", c.name, c.short));
    }
    s.push_str("\nRun 'docker compose COMMAND --help' for more information on a command.\n");
    s
}

fn command_help(c: &Command) -> String {
    let mut s = format!(
        "\nUsage:  docker compose {} {}\n\n{}\n",
        c.name, c.usage, c.short
    );
    if !c.flags.is_empty() {
        s.push_str("\nOptions:\n");
        // `confirmed` is the session's own marker for an answered question, not a flag.
        for f in c.flags.split_whitespace().filter(|f| *f != "confirmed") {
            let (short, rest) = match f.split_once(':') {
                Some((a, b)) => (Some(a), b),
                None => (None, f),
            };
            let (long, ty) = match rest.strip_suffix('=') {
                Some(l) => (l, " string"),
                None => (rest, ""),
            };
            match short {
                Some(sh) => s.push_str(&format!("  -{sh}, --{long}{ty}\n")),
                None => s.push_str(&format!("      --{long}{ty}\n")),
            }
        }
    }
    s
}

/// Runs `docker compose …` (`argv` after `compose`).
pub fn compose(engine: &mut Engine, argv: &[String], ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let mut cx = Cx {
        engine,
        ctx,
        out,
        argv: argv.to_vec(),
    };
    let (global, at) = match args::parse(argv, GLOBAL_FLAGS, true, true) {
        Ok(r) => r,
        Err(e) => return cx.fail(&e),
    };
    if global.has("help") {
        cx.out.out(root_help());
        return 0;
    }
    if global.has("version") && at >= argv.len() {
        return info::version(&mut cx, &Args::default());
    }
    let Some(name) = argv.get(at) else {
        cx.out.out(root_help());
        return 0;
    };
    let Some(command) = COMMANDS.iter().find(|c| c.name == name.as_str()) else {
        cx.out.out(root_help());
        return cx.fail(&format!("unknown docker command: \"compose {name}\""));
    };
    let rest = &argv[at + 1..];
    if rest.iter().any(|a| a == "--help" || a == "-h") && !matches!(command.name, "exec" | "run") {
        cx.out.out(command_help(command));
        return 0;
    }
    let interspersed = !matches!(command.name, "exec" | "run");
    let table = format!("{} h:help", command.flags);
    let sub = match args::parse(rest, &table, interspersed, false) {
        Ok((a, _)) => a,
        Err(e) => return cx.fail(&e),
    };
    if sub.has("help") {
        cx.out.out(command_help(command));
        return 0;
    }
    run_command(&mut cx, command.name, &global, &sub)
}

fn load_options(global: &Args, shell_env: &[(String, String)]) -> model::LoadOptions {
    model::LoadOptions {
        shell_env: shell_env.to_vec(),
        files: global.vals("file").iter().map(|s| s.to_string()).collect(),
        project_name: global.val("project-name").map(str::to_string),
        project_directory: global.val("project-directory").map(str::to_string),
        profiles: global
            .vals("profile")
            .iter()
            .flat_map(|p| p.split(','))
            .map(str::to_string)
            .collect(),
        env_files: global
            .vals("env-file")
            .iter()
            .map(|s| s.to_string())
            .collect(),
    }
}

/// Loads the project, printing compose's warnings; with `-p` and no file, commands that work
/// from labels (`ps`, `down`, `logs` …) get a project with only a name.
fn load(cx: &mut Cx, global: &Args, by_name_ok: bool) -> Result<model::Project, i32> {
    let opts = load_options(global, &cx.ctx.env);
    if let Some(p) = &opts.project_name {
        if !model::valid_project_name(p) {
            return Err(cx.fail(&format!("invalid project name \"{p}\": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number")));
        }
    }
    match model::load(&cx.engine.host_fs, &cx.ctx.cwd, &opts) {
        Ok(p) => {
            for w in &p.warnings {
                cx.out.err(format!("WARN[0000] {w}\n"));
            }
            Ok(p)
        }
        Err(model::LoadError(e)) => {
            if by_name_ok && e.starts_with("no configuration file provided") {
                if let Some(name) = opts.project_name {
                    return Ok(model::Project {
                        name,
                        working_dir: cx.ctx.cwd.clone(),
                        ..model::Project::default()
                    });
                }
            }
            Err(cx.fail(&e))
        }
    }
}

fn run_command(cx: &mut Cx, name: &str, global: &Args, a: &Args) -> i32 {
    use commands::*;
    match name {
        "version" => return info::version(cx, a),
        "ls" => return info::ls(cx, a),
        _ => {}
    }
    let by_name = matches!(
        name,
        "ps" | "down"
            | "logs"
            | "stop"
            | "start"
            | "restart"
            | "rm"
            | "top"
            | "images"
            | "kill"
            | "pause"
            | "unpause"
    );
    let mut project = match load(cx, global, by_name) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match name {
        "up" | "create" => {
            let mut scale = Vec::new();
            for s in a.vals("scale") {
                match s
                    .split_once('=')
                    .and_then(|(n, c)| c.parse::<u32>().ok().map(|c| (n, c)))
                {
                    Some((n, c)) => scale.push((n.to_string(), c)),
                    None => {
                        return cx.fail(&format!(
                            "invalid --scale option {s:?}. Should be SERVICE=NUM"
                        ))
                    }
                }
            }
            let opts = UpOptions {
                detach: a.has("detach") || name == "create",
                build: a.has("build"),
                no_build: a.has("no-build"),
                force_recreate: a.has("force-recreate"),
                no_recreate: a.has("no-recreate"),
                no_start: a.has("no-start") || name == "create",
                no_deps: a.has("no-deps"),
                pull_always: a.val("pull") == Some("always"),
                remove_orphans: a.has("remove-orphans"),
                scale,
                wait: a.has("wait"),
            };
            if opts.detach && a.has("abort-on-container-exit") {
                return cx.fail("--abort-on-container-exit and --detach are incompatible");
            }
            let services = a.rest.clone();
            let code = up(cx, &mut project, &services, &opts, a);
            if code == 0 && a.has("watch") {
                cx.out.out("Watch enabled\n");
            }
            code
        }
        "down" => down(cx, &project, a),
        "ps" => info::ps(cx, &project, a),
        "logs" => info::logs(cx, &project, a),
        "exec" => exec(cx, &project, a),
        "run" => run(cx, &mut project, a),
        "build" => build(cx, &project, a),
        "pull" => pull(cx, &project, a),
        "push" => push(cx, &project, a),
        "start" => start(cx, &project, a),
        "stop" => stop(cx, &project, a),
        "restart" => restart(cx, &project, a),
        "rm" => rm(cx, &project, a),
        "config" => info::config(cx, &project, a),
        "top" => info::top(cx, &project, a),
        "images" => info::images(cx, &project, a),
        "watch" => watch(cx, &mut project, a),
        "kill" | "pause" | "unpause" => signal_all(cx, &project, a, name),
        "port" => port(cx, &project, a),
        other => {
            cx.out.err(format!(
                "dockling: `docker compose {other}` is not simulated yet; up, down, ps, logs, exec, run, build, pull, push, start, stop, restart, kill, pause, unpause, port, rm, config, ls, top, images, version and watch are.\n"
            ));
            1
        }
    }
}

/// `docker compose watch`: brings the services up and reports what it watches. The session
/// cannot wait for file changes, so it stops there (the explanation says what would happen).
fn watch(cx: &mut Cx, project: &mut model::Project, a: &Args) -> i32 {
    let selected: Vec<String> = match commands::select(project, &a.rest, false) {
        Ok(s) => s.iter().map(|s| s.name.clone()).collect(),
        Err(e) => return cx.fail(&e),
    };
    let watched = project
        .services
        .iter()
        .any(|s| selected.contains(&s.name) && !s.watch.is_empty());
    if !watched {
        return cx.fail("none of the selected services is configured for watch, consider setting an 'develop' section");
    }
    if !a.has("no-up") {
        let opts = commands::UpOptions {
            detach: true,
            ..commands::UpOptions::default()
        };
        let code = commands::up(cx, project, &a.rest, &opts, a);
        if code != 0 {
            return code;
        }
    }
    cx.out.out("Watch enabled\n");
    let rules: Vec<String> = project
        .services
        .iter()
        .filter(|s| selected.contains(&s.name))
        .flat_map(|s| s.watch.iter())
        .map(|w| match &w.target {
            Some(t) => format!("{} {} -> {t}", w.action, w.path),
            None => format!("{} {}", w.action, w.path),
        })
        .collect();
    cx.engine.emit(Event::ComposeWatch {
        project: project.name.clone(),
        rules,
    });
    0
}
