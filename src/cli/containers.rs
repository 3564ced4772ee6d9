//! Container commands: run, create, start, stop, kill, rm, ps, logs, exec and friends.

use std::collections::BTreeMap;

use super::format::{human_size, table};
use super::render::{ago, ps_header, ps_row, pull_progress};
use super::spec::Invocation;
use super::{confirm, daemon_error, decorated, for_each_target, print_deleted, CliCtx, CliRequest};
use crate::engine::lifecycle::{ContainerSpec, StartOutcome};
use crate::engine::{
    ContainerState, DaemonError, Engine, ErrorKind, Mount, MountSource, PortBinding, RestartPolicy,
};
use crate::image::reference;
use crate::runtime::{Output, Stream};

/// A client-side validation error of `run`/`create` (exit 125).
struct ClientError(String);

/// `-p` values as bindings (the spec was checked by `opts::container::check`).
fn parse_publish(spec: &str) -> Result<Vec<PortBinding>, ClientError> {
    let ports = super::opts::net::parse_publish(spec).map_err(ClientError)?;
    Ok(ports
        .into_iter()
        .map(|p| PortBinding {
            host_ip: p.host_ip,
            host_port: p.host.0,
            container_port: p.container,
            proto: p.proto,
        })
        .collect())
}

fn parse_restart(s: &str) -> Result<RestartPolicy, ClientError> {
    let (name, count) = match s.split_once(':') {
        Some((n, c)) => (n, Some(c)),
        None => (s, None),
    };
    match (name, count) {
        ("" | "no", None) => Ok(RestartPolicy::No),
        ("always", None) => Ok(RestartPolicy::Always),
        ("unless-stopped", None) => Ok(RestartPolicy::UnlessStopped),
        ("on-failure", None | Some("")) => Ok(RestartPolicy::OnFailure(0)),
        ("on-failure", Some(c)) => match c.parse::<i64>() {
            Ok(n) if n < 0 => Err(ClientError(
                "Error response from daemon: invalid restart policy: maximum retry count cannot be negative".to_string(),
            )),
            Ok(n) => Ok(RestartPolicy::OnFailure(n.min(u32::MAX as i64) as _)),
            Err(_) => Err(ClientError(format!("invalid restart policy format: maximum retry count must be an integer: {c}"))),
        },
        ("always" | "unless-stopped" | "no", Some(c)) => Err(ClientError(format!(
            "Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'{}",
            if c.starts_with('-') { " and cannot be negative" } else { "" }
        ))),
        _ => Err(ClientError(format!("Error response from daemon: invalid restart policy: unknown policy '{name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"))),
    }
}

fn parse_volume(spec: &str, cwd: &str) -> Result<Mount, ClientError> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (source, target, mode) = match parts.as_slice() {
        [t] => ("", *t, ""),
        [s, t] => (*s, *t, ""),
        [s, t, m] => (*s, *t, *m),
        _ => {
            return Err(ClientError(format!(
                "invalid spec: {spec}: too many colons"
            )))
        }
    };
    if !target.starts_with('/') {
        return Err(ClientError(format!(
            "Error response from daemon: invalid volume specification: '{spec}': invalid mount config for type \"{}\": invalid mount path: '{target}' mount path must be absolute",
            if source.starts_with('/') || source.starts_with('.') { "bind" } else { "volume" }
        )));
    }
    let read_only = mode.split(',').any(|m| m == "ro");
    let source = if source.is_empty() {
        MountSource::Volume(String::new())
    } else if source.starts_with('/') || source.starts_with('.') || source.starts_with('~') {
        MountSource::Bind(crate::vfs::normalize(cwd, source))
    } else {
        MountSource::Volume(source.to_string())
    };
    Ok(Mount {
        source,
        target: crate::vfs::normalize("/", target),
        read_only,
    })
}

fn parse_mount_flag(spec: &str, cwd: &str) -> Result<Mount, ClientError> {
    let m = super::opts::mount::parse_mount(spec).map_err(|e| {
        ClientError(format!(
            "invalid argument \"{spec}\" for \"--mount\" flag: {e}"
        ))
    })?;
    let source = match m.kind.as_str() {
        "bind" => MountSource::Bind(crate::vfs::normalize(cwd, &m.source)),
        "tmpfs" => MountSource::Tmpfs,
        _ => MountSource::Volume(m.source),
    };
    Ok(Mount {
        source,
        target: crate::vfs::normalize("/", &m.target),
        read_only: m.read_only,
    })
}

/// Reads `run`/`create` flags into a container spec.
fn container_spec(
    engine: &Engine,
    inv: &Invocation,
    cwd: &str,
    host_env: &[(String, String)],
) -> Result<ContainerSpec, ClientError> {
    let f = &inv.flags;
    let attached = inv.cmd != super::spec::Cmd::ContainerRun || !f.bool("detach");
    let mut spec = ContainerSpec {
        image: inv.args.first().cloned().unwrap_or_default(),
        cmd: inv
            .args
            .get(1..)
            .map(<[String]>::to_vec)
            .unwrap_or_default(),
        name: f.str("name").filter(|n| !n.is_empty()).map(str::to_string),
        entrypoint: f
            .was_set("entrypoint")
            .then(|| f.str("entrypoint").unwrap_or("").to_string()),
        env: f.list("env").iter().map(|s| s.to_string()).collect(),
        workdir: f
            .str("workdir")
            .filter(|w| !w.is_empty())
            .map(str::to_string),
        user: f.str("user").filter(|w| !w.is_empty()).map(str::to_string),
        publish_all: f.bool("publish-all"),
        expose: f.list("expose").iter().map(|s| s.to_string()).collect(),
        tty: f.bool("tty"),
        interactive: f.bool("interactive"),
        auto_remove: f.bool("rm"),
        // `--net` and `--net-alias` set these through the spec's `alias:`.
        network: f
            .str("network")
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        network_aliases: f
            .list("network-alias")
            .iter()
            .map(|s| s.to_string())
            .collect(),
        host: super::runflags::host_settings(f, attached).map_err(ClientError)?,
        healthcheck: super::runflags::healthcheck(f).map_err(ClientError)?,
        hostname: f
            .str("hostname")
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        stop_signal: f
            .str("stop-signal")
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        stop_timeout: f
            .was_set("stop-timeout")
            .then(|| f.int("stop-timeout"))
            .flatten(),
        ..ContainerSpec::default()
    };
    let read = |p: &str| {
        engine
            .host_fs
            .read_string(&crate::vfs::normalize(cwd, p))
            .ok()
    };
    let host_env = |k: &str| {
        host_env
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
    };
    spec.env = super::opts::container::environment(f, &read, &host_env);
    for p in f.list("publish") {
        spec.publish.extend(parse_publish(p)?);
    }
    if let Some(r) = f.str("restart") {
        spec.restart = parse_restart(r)?;
    }
    if spec.auto_remove && spec.restart != RestartPolicy::No {
        return Err(ClientError(
            "Conflicting options: --restart and --rm".to_string(),
        ));
    }
    spec.labels.extend(f.map("label"));
    // An anonymous volume is left unnamed (`Volume("")`): the daemon names it.
    for v in f.list("volume") {
        spec.mounts.push(parse_volume(v, cwd)?);
    }
    for m in f.list("mount") {
        spec.mounts.push(parse_mount_flag(m, cwd)?);
    }
    if let Some(pull) = f.str("pull") {
        if !matches!(pull, "missing" | "always" | "never") {
            return Err(ClientError(format!(
                "invalid pull option: '{pull}': must be one of \"always\", \"missing\" or \"never\""
            )));
        }
    }
    Ok(spec)
}

/// Creates a container, pulling its image first when it is missing (as `run`/`create` do).
/// Returns the container ID or the exit status after printing the error.
fn create_with_pull(
    engine: &mut Engine,
    inv: &Invocation,
    ctx: &CliCtx,
    out: &mut Output,
    cmd: &str,
) -> Result<String, i32> {
    let read = |p: &str| {
        engine
            .host_fs
            .read_string(&crate::vfs::normalize(&ctx.cwd, p))
            .ok()
    };
    let checked = super::opts::container::check(&inv.flags, &read)
        .map_err(ClientError)
        .and_then(|()| container_spec(engine, inv, &ctx.cwd, &ctx.env));
    let spec = match checked {
        Ok(s) => s,
        Err(ClientError(message)) => {
            return Err(decorated(
                engine,
                out,
                cmd,
                &message,
                ErrorKind::Usage {
                    command: format!("docker {cmd}"),
                    message: message.clone(),
                },
                125,
            ))
        }
    };
    let reference = match reference::parse(&spec.image) {
        Ok(r) => r,
        Err(e) => {
            let message = e.to_string();
            return Err(decorated(
                engine,
                out,
                cmd,
                &message,
                ErrorKind::InvalidReference {
                    reference: spec.image.clone(),
                    message: message.clone(),
                },
                125,
            ));
        }
    };
    let pull = inv.flags.str("pull").unwrap_or("missing");
    let missing = engine.find_image(&spec.image).is_none();
    if pull == "always" || (missing && pull == "missing") {
        if missing {
            out.err(format!(
                "Unable to find image '{}' locally\n",
                reference.with_default_tag().familiar()
            ));
        }
        match engine.pull(&reference) {
            Ok(report) => {
                out.err(pull_progress(&report, true, true));
            }
            Err(e) => return Err(create_error(engine, out, cmd, e)),
        }
    } else if missing {
        let e = DaemonError::no_such_image(&reference.with_default_tag().familiar());
        let message = format!("Error response from daemon: {}", e.message);
        return Err(decorated(engine, out, cmd, &message, e.kind, 125));
    }
    engine
        .create_container(&spec)
        .map_err(|e| create_error(engine, out, cmd, e))
}

/// A daemon error while pulling or creating: `docker run` decorates it with its help hint
/// and exits 125, `docker create` prints it plainly.
fn create_error(engine: &mut Engine, out: &mut Output, cmd: &str, e: DaemonError) -> i32 {
    if cmd == "run" {
        let message = format!("Error response from daemon: {}", e.message);
        decorated(engine, out, cmd, &message, e.kind, 125)
    } else {
        daemon_error(engine, out, &e)
    }
}

/// Prints the log lines a container wrote from index `from` on.
fn stream_logs(engine: &Engine, idx: usize, from: usize, out: &mut Output) {
    for entry in engine.containers[idx].logs.iter().skip(from) {
        out.push(entry.stream, &entry.text);
    }
}

/// The output a container wrote from log line `from` on, also when `--rm` removed it already.
fn output_since(engine: &mut Engine, id: &str, from: usize) -> Vec<(Stream, String)> {
    match engine.find_container(id) {
        Ok(i) => engine.containers[i]
            .logs
            .iter()
            .skip(from)
            .map(|l| (l.stream, l.text.clone()))
            .collect(),
        Err(_) => engine
            .take_auto_removed_logs(id)
            .unwrap_or_default()
            .iter()
            .skip(from)
            .map(|l| (l.stream, l.text.clone()))
            .collect(),
    }
}

/// The exit code of a container that ended during this command (found in its events when
/// `--rm` removed it).
fn exit_code_of(engine: &Engine, id: &str) -> i32 {
    if let Ok(i) = engine.find_container(id) {
        return engine.containers[i].exit_code;
    }
    engine
        .peek_events()
        .iter()
        .rev()
        .find_map(|e| match e {
            crate::engine::Event::ContainerExited {
                id: i, exit_code, ..
            } if i == id => Some(*exit_code),
            _ => None,
        })
        .unwrap_or(0)
}

/// `--cidfile`: the client refuses a file that is already there, before creating anything.
fn check_cidfile(
    engine: &mut Engine,
    inv: &Invocation,
    ctx: &CliCtx,
    out: &mut Output,
) -> Result<Option<String>, i32> {
    let Some(path) = inv.flags.str("cidfile").filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    let full = crate::vfs::normalize(&ctx.cwd, path);
    if engine.host_fs.exists(&full) {
        let message = format!(
            "container ID file found, make sure the other container isn't running or delete {path}"
        );
        let cmd = if inv.cmd == super::spec::Cmd::ContainerRun {
            "run"
        } else {
            "create"
        };
        return Err(decorated(
            engine,
            out,
            cmd,
            &message,
            ErrorKind::Other {
                message: message.clone(),
            },
            125,
        ));
    }
    Ok(Some(full))
}

/// How long a foreground `docker run` waits for a process that ends by itself before it holds
/// the terminal instead (Ctrl-C, or the next lines, let time pass).
const WAIT_IT_OUT_MS: i64 = 60_000;

/// `docker run`.
pub fn run(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let detach = inv.flags.bool("detach");
    if detach && !inv.flags.list("attach").is_empty() {
        // Checked after the options, before the container is created.
        let read = |p: &str| {
            engine
                .host_fs
                .read_string(&crate::vfs::normalize(&ctx.cwd, p))
                .ok()
        };
        if super::opts::container::check(&inv.flags, &read).is_ok() {
            let message = "conflicting options: cannot specify both --attach and --detach";
            out.err(format!("{message}\n"));
            engine.emit(crate::engine::Event::Failed {
                error: ErrorKind::Usage {
                    command: "docker run".into(),
                    message: message.into(),
                },
            });
            return 1;
        }
    }
    let cidfile = match check_cidfile(engine, inv, ctx, out) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let id = match create_with_pull(engine, inv, ctx, out, "run") {
        Ok(id) => id,
        Err(code) => return code,
    };
    if let Some(path) = cidfile {
        engine.write_host_file(&path, id.as_bytes());
    }
    if detach {
        out.out(format!("{id}\n"));
    }
    let Ok(idx) = engine.find_container(&id) else {
        return 125;
    };
    // `-i` with a pipe: what the host shell piped in is the container's stdin.
    if !detach && inv.flags.bool("interactive") && !ctx.stdin.is_empty() {
        engine.set_container_stdin(idx, ctx.stdin);
    }
    let [_, want_out, want_err] = engine.containers[idx].host.attach;
    let tty = inv.flags.bool("tty");
    let log_start = engine.containers[idx].logs.len();
    match engine.start_container(idx, detach) {
        Err(e) => {
            let code = match &e.kind {
                ErrorKind::ExecutableNotFound { .. } => 127,
                _ => 125,
            };
            let message = format!("Error response from daemon: {}", e.message);
            decorated(engine, out, "run", &message, e.kind, code)
        }
        Ok(outcome) => {
            if detach {
                return 0;
            }
            // Attached: the container's output streams to the terminal, the streams `-a`
            // chose. `--rm` containers may be gone by now, so the output was kept for us.
            let print = |out: &mut Output, logs: Vec<(Stream, String)>| {
                for (s, t) in logs {
                    let wanted = match s {
                        Stream::Stdout => want_out,
                        Stream::Stderr => want_err,
                    };
                    if wanted {
                        out.push(s, &t);
                    }
                }
            };
            let logs = output_since(engine, &id, log_start);
            let shown = log_start + logs.len();
            print(out, logs);
            if let StartOutcome::Exited(code) = outcome {
                return code;
            }
            let Ok(idx) = engine.find_container(&id) else {
                return exit_code_of(engine, &id);
            };
            if engine.containers[idx].interactive_shell {
                let program = engine.containers[idx].path.clone();
                ctx.request = Some(CliRequest::Attach {
                    container: id,
                    exec: false,
                    program,
                });
                return 0;
            }
            // A process that ends by itself soon (`sleep 5`): the client waits for it; a
            // longer one holds the terminal like a server does.
            if let Some(at) = engine.containers[idx]
                .ends_at
                .filter(|at| *at - engine.now() <= WAIT_IT_OUT_MS)
            {
                let now = engine.now();
                engine.clock.advance_ms((at - now).max(0));
                engine.emit(crate::engine::Event::TimePassed {
                    ms: (at - now).max(0),
                });
                engine.tick();
                print(out, output_since(engine, &id, shown));
                return exit_code_of(engine, &id);
            }
            // Otherwise the terminal stays attached until Ctrl-C or the end of the container.
            // The client forwards the signals it receives (`--sig-proxy`, on by default); with
            // `-it` Ctrl-C reaches the program through its terminal anyway.
            let proxy = inv.flags.bool("sig-proxy") || (tty && inv.flags.bool("interactive"));
            ctx.request = Some(CliRequest::Follow {
                container: id,
                mode: super::FollowMode::Attached { proxy },
            });
            0
        }
    }
}

/// `docker create`.
pub fn create(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let cidfile = match check_cidfile(engine, inv, ctx, out) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match create_with_pull(engine, inv, ctx, out, "create") {
        Ok(id) => {
            if let Some(path) = cidfile {
                engine.write_host_file(&path, id.as_bytes());
            }
            out.out(format!("{id}\n"));
            0
        }
        Err(code) => code,
    }
}

/// `docker start`.
pub fn start(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let attach = inv.flags.bool("attach") || inv.flags.bool("interactive");
    if attach && inv.args.len() > 1 {
        out.err("you cannot start and attach multiple containers at once\n");
        return 1;
    }
    let mut failed: Vec<String> = Vec::new();
    for arg in &inv.args {
        let idx = match engine.find_container(arg) {
            Ok(i) => i,
            Err(e) => {
                daemon_error(engine, out, &e);
                failed.push(arg.clone());
                continue;
            }
        };
        let log_start = engine.containers[idx].logs.len();
        let id = engine.containers[idx].id.clone();
        match engine.start_container(idx, !attach) {
            Ok(outcome) => {
                if attach {
                    if let Ok(i) = engine.find_container(&id) {
                        stream_logs(engine, i, log_start, out);
                        if engine.containers[i].interactive_shell {
                            ctx.request = Some(CliRequest::Attach {
                                container: id.clone(),
                                exec: false,
                                program: engine.containers[i].path.clone(),
                            });
                        } else if engine.containers[i].state.is_active() {
                            // `start -a` stays attached like a foreground run.
                            ctx.request = Some(CliRequest::Follow {
                                container: id.clone(),
                                mode: super::FollowMode::Attached { proxy: true },
                            });
                        }
                    }
                    if let StartOutcome::Exited(code) = outcome {
                        return code;
                    }
                } else {
                    out.out(format!("{arg}\n"));
                }
            }
            Err(e) => {
                daemon_error(engine, out, &e);
                failed.push(arg.clone());
            }
        }
    }
    if failed.is_empty() {
        0
    } else {
        out.err(format!(
            "Error: failed to start containers: {}\n",
            failed.join(", ")
        ));
        1
    }
}

fn timeout_flag(inv: &Invocation) -> Option<i64> {
    if inv.flags.was_set("timeout") {
        inv.flags.int("timeout")
    } else if inv.flags.was_set("time") {
        inv.flags.int("time")
    } else {
        None
    }
}

/// `docker stop`.
pub fn stop(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    if inv.flags.was_set("timeout") && inv.flags.was_set("time") {
        out.err("conflicting options: cannot specify both --timeout and --time\n");
        return 1;
    }
    let timeout = timeout_flag(inv);
    let signal = inv
        .flags
        .str("signal")
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    for_each_target(engine, &inv.args, out, |engine, arg| {
        let idx = engine.find_container(arg)?;
        engine.stop_container(idx, timeout, signal.as_deref());
        Ok(())
    })
}

/// `docker restart`.
pub fn restart(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    if inv.flags.was_set("timeout") && inv.flags.was_set("time") {
        out.err("conflicting options: cannot specify both --timeout and --time\n");
        return 1;
    }
    let timeout = timeout_flag(inv);
    let signal = inv
        .flags
        .str("signal")
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    for_each_target(engine, &inv.args, out, |engine, arg| {
        let idx = engine.find_container(arg)?;
        engine.restart_container(idx, timeout, signal.as_deref())
    })
}

/// `docker kill`.
pub fn kill(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let signal = inv
        .flags
        .str("signal")
        .filter(|s| !s.is_empty())
        .unwrap_or("KILL")
        .to_string();
    for_each_target(engine, &inv.args, out, |engine, arg| {
        let idx = engine.find_container(arg).map_err(|e| {
            DaemonError::new(
                format!("cannot kill container: {arg}: {}", e.message),
                e.kind,
            )
        })?;
        engine.kill_container(idx, &signal, arg)
    })
}

/// `docker pause` / `docker unpause`.
pub fn pause(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let pause = inv.cmd == super::spec::Cmd::ContainerPause;
    for_each_target(engine, &inv.args, out, |engine, arg| {
        let idx = engine.find_container(arg)?;
        if pause {
            engine.pause_container(idx)
        } else {
            engine.unpause_container(idx)
        }
    })
}

/// `docker rm`.
pub fn rm(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let force = inv.flags.bool("force");
    let volumes = inv.flags.bool("volumes");
    // `rm --force` of containers that do not exist is not a failure (the daemon's errors are
    // still printed); any other error is.
    let mut not_found_only = true;
    let code = for_each_target(engine, &inv.args, out, |engine, arg| {
        let typed = arg.trim_matches('/');
        let result = engine
            .find_container(typed)
            .and_then(|idx| engine.remove_container(idx, force, volumes, typed));
        if let Err(e) = &result {
            if !matches!(e.kind, ErrorKind::NoSuchContainer { .. }) {
                not_found_only = false;
            }
        }
        result
    });
    if force && not_found_only {
        0
    } else {
        code
    }
}

/// Does a container pass a `--filter` of `docker ps`?
fn ps_filter(engine: &Engine, c: &crate::engine::Container, filters: &[(String, String)]) -> bool {
    let mut by_key: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (k, v) in filters {
        by_key.entry(k.as_str()).or_default().push(v.as_str());
    }
    by_key.iter().all(|(key, values)| {
        values.iter().any(|v| match *key {
            "status" => c.state.as_str() == *v,
            "name" => c.name.contains(v),
            "id" => c.id.starts_with(v),
            "exited" => c.state == ContainerState::Exited && c.exit_code.to_string() == *v,
            "ancestor" => {
                c.config.image == *v
                    || engine.find_image(v).is_some_and(|id| id == c.image_id)
            }
            "label" => {
                let (k, val) = v.split_once('=').unwrap_or((v, ""));
                c.config.labels.get(k).is_some_and(|x| val.is_empty() || x == val)
            }
            "network" => c.networks.contains_key(*v) || c.network_mode == *v,
            "volume" => c.mounts.iter().any(|m| match &m.source {
                MountSource::Volume(n) => n == v,
                MountSource::Bind(p) => p == v,
                MountSource::Tmpfs => false,
            } || m.target == *v),
            "publish" => c.ports.iter().any(|p| p.host_port.to_string() == v.split('/').next().unwrap_or(v)),
            "expose" => c.config.exposed_ports.iter().any(|e| e.split('/').next() == v.split('/').next()),
            // `none`: no health check; else the status its probes found.
            "health" => c.health().unwrap_or("none") == *v,
            _ => true,
        })
    })
}

fn parse_filters(inv: &Invocation, out: &mut Output) -> Result<Vec<(String, String)>, i32> {
    let mut filters = Vec::new();
    for f in inv.flags.list("filter") {
        match f.split_once('=') {
            Some((k, v)) => filters.push((k.trim().to_ascii_lowercase(), v.to_string())),
            None => {
                out.err(format!("invalid argument \"{f}\" for \"-f, --filter\" flag: bad format of filter (expected name=value)\nSee 'docker {} --help'.\n", inv.path.trim_start_matches("docker ")));
                return Err(125);
            }
        }
    }
    Ok(filters)
}

/// Renders rows with `--format` (or the default table).
pub(crate) fn render_rows(
    format: Option<&str>,
    default: &str,
    rows: &[serde_json::Value],
    headers: &dyn Fn(&str) -> Option<String>,
    out: &mut Output,
) -> i32 {
    render_rows_typed(format, default, rows, headers, out, None)
}

/// [`render_rows`] for a formatter context of a Go type (`*formatter.imageContext`): a field
/// it does not have fails as Go's template does.
pub(crate) fn render_rows_typed(
    format: Option<&str>,
    default: &str,
    rows: &[serde_json::Value],
    headers: &dyn Fn(&str) -> Option<String>,
    out: &mut Output,
    struct_type: Option<&str>,
) -> i32 {
    let opts = super::template::Options {
        struct_type: struct_type.map(str::to_string),
        ..Default::default()
    };
    let format = match format {
        None | Some("") | Some("table") => default.to_string(),
        Some("json") => "{{json .}}".to_string(),
        Some(f) => f.to_string(),
    };
    if format.trim_start().starts_with("table") {
        match super::template::render_table_with(&format, rows, headers, &opts) {
            Ok(text) => {
                out.out(text);
                0
            }
            Err(e) => {
                out.err(format!("{e}\n"));
                1
            }
        }
    } else {
        for row in rows {
            match super::template::render_with(&format, row, &opts) {
                Ok(text) => out.out(format!("{text}\n")),
                Err(e) => {
                    out.err(format!("{e}\n"));
                    return 1;
                }
            }
        }
        0
    }
}

const PS_TABLE: &str =
    "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";

/// docker's check of a `ps --format` template: parsed as typed and executed once over an
/// empty container context.
fn check_ps_template(fmt: &str) -> Result<(), String> {
    use super::template::{Options, Template};
    let t =
        Template::parse(fmt).map_err(|e| format!("failed to parse template: {}", e.go_message))?;
    let fields = [
        "Command",
        "CreatedAt",
        "ID",
        "Image",
        "Labels",
        "LocalVolumes",
        "Mounts",
        "Names",
        "Networks",
        "Platform",
        "Ports",
        "RunningFor",
        "Size",
        "State",
        "Status",
    ];
    let ctx: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|k| (k.to_string(), serde_json::Value::String(String::new())))
        .collect();
    let opts = Options {
        struct_type: Some("*formatter.ContainerContext".into()),
        ..Options::default()
    };
    t.execute(&serde_json::Value::Object(ctx), &opts)
        .map(|_| ())
        .map_err(|(_, e)| format!("failed to execute template: {}", e.go_message))
}

/// `docker ps`.
pub fn ps(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let f = &inv.flags;
    let filters = match parse_filters(inv, out) {
        Ok(f) => f,
        Err(code) => return code,
    };
    if let Some((_, bad)) = filters.iter().find(|(k, v)| {
        k == "health" && !matches!(v.as_str(), "starting" | "healthy" | "unhealthy" | "none")
    }) {
        let e = crate::engine::DaemonError::other(format!(
            "Unrecognised filter value for health: {bad}"
        ));
        return super::daemon_error(engine, out, &e);
    }
    if let Some(fmt) = f.str("format").filter(|s| !s.is_empty()) {
        if f.bool("quiet") {
            out.err(
                "WARNING: Ignoring custom format, because both --format and --quiet are set.\n",
            );
        }
        // docker validates the raw template against its container context before listing.
        if let Err(message) = check_ps_template(fmt) {
            return super::client_error(engine, out, inv, &message);
        }
    }
    let last = f.int("last").unwrap_or(-1);
    let all = f.bool("all")
        || last > 0
        || f.bool("latest")
        || filters.iter().any(|(k, _)| k == "status" || k == "exited");
    let no_trunc = f.bool("no-trunc");
    let size = f.bool("size");
    let mut list: Vec<&crate::engine::Container> = engine
        .containers_newest_first()
        .into_iter()
        .filter(|c| all || c.state.is_active())
        .filter(|c| ps_filter(engine, c, &filters))
        .collect();
    if f.bool("latest") {
        list.truncate(1);
    } else if last > 0 {
        list.truncate(last as usize);
    }
    if f.bool("quiet") {
        for c in list {
            out.out(format!("{}\n", super::render::id_column(c, no_trunc)));
        }
        return 0;
    }
    if f.str("format")
        .is_none_or(|fmt| fmt.is_empty() || fmt == "table")
    {
        // The default table, laid out directly: listing 10,000 containers stays fast.
        let now = engine.now();
        let mut cells = vec![[
            "CONTAINER ID",
            "IMAGE",
            "COMMAND",
            "CREATED",
            "STATUS",
            "PORTS",
            "NAMES",
        ]
        .map(str::to_string)
        .to_vec()];
        if size {
            cells[0].push("SIZE".to_string());
        }
        for c in &list {
            let mut row = vec![
                super::render::id_column(c, no_trunc).to_string(),
                super::render::image_column(c, no_trunc),
                super::format::ps_command(&c.command_line(), no_trunc),
                ago(now, c.created_ms),
                super::render::status(c, now),
                super::render::ports(c),
                c.name.clone(),
            ];
            if size {
                row.push(super::render::size_column(engine, c));
            }
            cells.push(row);
        }
        out.out(table(&cells));
        return 0;
    }
    let rows: Vec<serde_json::Value> = list
        .iter()
        .map(|c| ps_row(engine, c, no_trunc, size))
        .collect();
    let default = if size {
        format!("{PS_TABLE}\t{{{{.Size}}}}")
    } else {
        PS_TABLE.to_string()
    };
    render_rows(f.str("format"), &default, &rows, &ps_header, out)
}

/// The container the first argument names, for the commands that act on one; when there is
/// none by that name the daemon's error is printed and `None` returned (exit status 1 either
/// way, the grammar having already required the argument).
fn container_arg(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> Option<usize> {
    let name = inv.args.first()?;
    match engine.find_container(name) {
        Ok(idx) => Some(idx),
        Err(e) => {
            daemon_error(engine, out, &e);
            None
        }
    }
}

/// `docker logs`.
pub fn logs(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let Some(idx) = container_arg(engine, inv, out) else {
        return 1;
    };
    // `-f` on a running container keeps the terminal until Ctrl-C.
    if inv.flags.bool("follow") && engine.containers[idx].state.is_active() {
        ctx.request = Some(CliRequest::Follow {
            container: engine.containers[idx].id.clone(),
            mode: super::FollowMode::Logs,
        });
    }
    let c = &engine.containers[idx];
    let timestamps = inv.flags.bool("timestamps");
    let tail = inv.flags.str("tail").unwrap_or("all");
    let entries: Vec<&crate::engine::LogEntry> = c.logs.iter().collect();
    let skip = match tail {
        "all" | "" => 0,
        n => match n.parse::<usize>() {
            Ok(n) => entries.len().saturating_sub(n),
            Err(_) => 0,
        },
    };
    for entry in entries.into_iter().skip(skip) {
        let text = if timestamps {
            format!("{} {}", crate::clock::rfc3339_nano(entry.ms), entry.text)
        } else {
            entry.text.clone()
        };
        out.push(entry.stream, &text);
    }
    0
}

/// `docker exec`.
pub fn exec(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let argv = inv.args.get(1..).unwrap_or(&[]).to_vec();
    for file in inv.flags.list("env-file") {
        let path = crate::vfs::normalize(&ctx.cwd, file);
        if engine.host_fs.read_string(&path).is_err() {
            let message = format!("open {file}: no such file or directory");
            return super::client_error(engine, out, inv, &message);
        }
    }
    let Some(idx) = container_arg(engine, inv, out) else {
        return 1;
    };
    let env: Vec<String> = inv
        .flags
        .list("env")
        .iter()
        .map(|s| s.to_string())
        .collect();
    let tty = inv.flags.bool("tty");
    let interactive = inv.flags.bool("interactive");
    let workdir = inv
        .flags
        .str("workdir")
        .filter(|w| !w.is_empty())
        .map(str::to_string);
    // Only `-i` connects the client's standard input to the command.
    let stdin: &[u8] = if interactive { ctx.stdin } else { &[] };
    match engine.exec_with_input(
        idx,
        &argv,
        &env,
        workdir.as_deref(),
        tty,
        interactive,
        stdin,
    ) {
        Err(e) => daemon_error(engine, out, &e),
        Ok(outcome) => {
            if outcome.interactive_shell {
                ctx.request = Some(CliRequest::Attach {
                    container: engine.containers[idx].id.clone(),
                    exec: true,
                    program: argv.first().cloned().unwrap_or_else(|| "sh".to_string()),
                });
                return 0;
            }
            if inv.flags.bool("detach") {
                return 0;
            }
            for (s, t) in outcome.output.chunks {
                let s = if tty { Stream::Stdout } else { s };
                out.push(s, &t);
            }
            outcome.status
        }
    }
}

/// `docker port`.
pub fn port(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(name) = inv.args.first() else {
        return 1;
    };
    let idx = match engine.find_container(name) {
        Ok(i) => i,
        Err(e) => return daemon_error(engine, out, &e),
    };
    let c = &engine.containers[idx];
    let want = inv.args.get(1).map(|p| {
        if p.contains('/') {
            p.clone()
        } else {
            format!("{p}/tcp")
        }
    });
    let mut lines = Vec::new();
    let mut bindings: Vec<&PortBinding> = if c.state.is_active() {
        c.ports.iter().collect()
    } else {
        Vec::new()
    };
    crate::sort::sort_by_key(&mut bindings, |p| (p.container_port, p.proto.clone()));
    for p in bindings {
        let key = format!("{}/{}", p.container_port, p.proto);
        if want.as_ref().is_some_and(|w| *w != key) {
            continue;
        }
        let ips: Vec<String> = if p.host_ip.is_empty() {
            vec!["0.0.0.0".to_string(), "[::]".to_string()]
        } else {
            vec![p.host_ip.clone()]
        };
        for ip in ips {
            if want.is_some() {
                lines.push(format!("{ip}:{}", p.host_port));
            } else {
                lines.push(format!("{key} -> {ip}:{}", p.host_port));
            }
        }
    }
    if lines.is_empty() {
        if let Some(w) = want {
            out.err(format!(
                "Error: No public port '{w}' published for {name}\n"
            ));
            return 1;
        }
    }
    for l in lines {
        out.out(format!("{l}\n"));
    }
    0
}

/// `docker top`.
pub fn top(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(idx) = container_arg(engine, inv, out) else {
        return 1;
    };
    if !engine.containers[idx].state.is_active() {
        let e = DaemonError::other(format!(
            "container {} is not running",
            engine.containers[idx].id
        ));
        return daemon_error(engine, out, &e);
    }
    let procs = engine.processes_of(idx);
    // The UID column is the host's view: the user's number, named when the host knows it.
    let fs = engine.container_fs(idx);
    let host_passwd = engine
        .host_fs
        .read_string("/etc/passwd")
        .unwrap_or_default();
    let uid_column = |user: &str| -> String {
        let (name, uid, _) = crate::engine::process::resolve_user(&fs, user);
        if uid == 0 {
            return "root".to_string();
        }
        let _ = name;
        host_passwd
            .lines()
            .find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.get(2) == Some(&uid.to_string().as_str())).then(|| f[0].to_string())
            })
            .unwrap_or_else(|| uid.to_string())
    };
    let mut rows = vec![vec![
        "UID".to_string(),
        "PID".to_string(),
        "PPID".to_string(),
        "C".to_string(),
        "STIME".to_string(),
        "TTY".to_string(),
        "TIME".to_string(),
        "CMD".to_string(),
    ]];
    let base_pid = 4000 + (engine.containers[idx].seq as u32 % 500) * 37;
    for p in procs {
        let (_, _, _, h, mi, _) = crate::clock::civil(p.start_ms.div_euclid(1000));
        rows.push(vec![
            uid_column(&p.user),
            (base_pid + p.pid).to_string(),
            if p.pid == 1 {
                (base_pid - 21).to_string()
            } else {
                (base_pid + 1).to_string()
            },
            "0".to_string(),
            format!("{h:02}:{mi:02}"),
            p.tty.clone().unwrap_or_else(|| "?".to_string()),
            "00:00:00".to_string(),
            p.command.clone(),
        ]);
    }
    out.out(table(&rows));
    0
}

/// `docker rename`.
pub fn rename(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let (Some(old), Some(new)) = (inv.args.first(), inv.args.get(1)) else {
        return 1;
    };
    let result = engine
        .find_container(old)
        .and_then(|idx| engine.rename_container(idx, new));
    match result {
        Ok(()) => 0,
        Err(e) => daemon_error(engine, out, &e),
    }
}

/// `docker wait`.
pub fn wait(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let mut status = 0;
    for arg in &inv.args {
        match engine.find_container(arg) {
            Err(e) => {
                daemon_error(engine, out, &e);
                status = 1;
            }
            Ok(idx) => {
                let c = &engine.containers[idx];
                if c.state.is_active() {
                    match c.ends_at {
                        Some(t) => {
                            let now = engine.now();
                            engine.clock.advance_ms(t - now);
                            engine.tick();
                        }
                        None if inv.args.len() == 1 => {
                            // It runs until something stops it: the client blocks until then.
                            ctx.request = Some(CliRequest::Follow {
                                container: c.id.clone(),
                                mode: super::FollowMode::Wait,
                            });
                            return 0;
                        }
                        None => {
                            out.err(format!("dockling: {arg} runs until it is stopped; `docker wait` would wait forever (press Ctrl-C in a real terminal)\n"));
                            status = 1;
                            continue;
                        }
                    }
                }
                let code = engine
                    .find_container(arg)
                    .map(|i| engine.containers[i].exit_code)
                    .unwrap_or(0);
                out.out(format!("{code}\n"));
            }
        }
    }
    status
}

/// `docker diff`.
pub fn diff(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(idx) = container_arg(engine, inv, out) else {
        return 1;
    };
    let image_id = engine.containers[idx].image_id.clone();
    let base = engine.image_tree(&image_id);
    let writable = engine.containers[idx].writable.clone();
    // A change inside a directory of the image changes that directory too (Docker lists it).
    let mut marks: std::collections::BTreeMap<String, char> = std::collections::BTreeMap::new();
    for (path, change) in &writable {
        let mark = match change {
            None => 'D',
            Some(_) if base.get(path).is_some() => 'C',
            Some(_) => 'A',
        };
        marks.insert(path.clone(), mark);
        let mut dir = crate::vfs::parent(path);
        while dir != "/" {
            if base.get(dir).is_some() {
                marks.entry(dir.to_string()).or_insert('C');
            }
            dir = crate::vfs::parent(dir);
        }
    }
    for (path, mark) in marks {
        out.out(format!("{mark} {path}\n"));
    }
    0
}

/// `docker cp` (host ↔ container).
pub fn cp(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let (Some(src), Some(dst)) = (inv.args.first(), inv.args.get(1)) else {
        return 1;
    };
    let quiet = inv.flags.bool("quiet");
    let split = |s: &str| -> Option<(String, String)> {
        let (c, p) = s.split_once(':')?;
        (!c.is_empty() && !c.contains('/')).then(|| (c.to_string(), p.to_string()))
    };
    match (split(src), split(dst)) {
        (Some(_), Some(_)) => {
            out.err("copying between containers is not supported\n");
            1
        }
        (None, None) => {
            out.err("must specify at least one container source\n");
            1
        }
        (Some((container, path)), None) => {
            let to = crate::vfs::normalize(&ctx.cwd, dst);
            // The client names the destination by its absolute path, keeping a trailing
            // `/` or `/.` as typed.
            let mut shown = to.clone();
            if dst.ends_with("/.") || dst == "." {
                shown = format!("{}/.", shown.trim_end_matches('/'));
            } else if dst.ends_with('/') && shown != "/" {
                shown.push('/');
            }
            match engine.copy_from_container(&container, &path, to) {
                Ok(copied) => {
                    if !quiet {
                        out.err(format!(
                            "Successfully copied {} to {shown}\n",
                            super::format::human_size_prec(copied.bytes, 3)
                        ));
                    }
                    0
                }
                Err(e) => daemon_error(engine, out, &e),
            }
        }
        (None, Some((container, path))) => {
            let idx = match engine.find_container(&container) {
                Ok(i) => i,
                Err(e) => return daemon_error(engine, out, &e),
            };
            let from = crate::vfs::normalize(&ctx.cwd, src);
            if !engine.host_fs.exists(&from) {
                out.err(format!("lstat {from}: no such file or directory\n"));
                return 1;
            }
            // A destination that is not there: its directory must be (and a trailing `/`
            // says the destination itself is one).
            let fs = engine.container_fs(idx);
            let target = crate::vfs::normalize("/", &path);
            if !fs.exists(&target) {
                if path.ends_with('/') {
                    out.err("no such directory\n");
                    return 1;
                }
                let parent = crate::vfs::parent(&target);
                if !fs.is_dir(parent) {
                    let e = DaemonError::other(format!(
                        "Could not find the file {parent} in container {container}"
                    ));
                    return daemon_error(engine, out, &e);
                }
            }
            let copied = engine.copy_into_container(idx, &from, &path);
            if !quiet {
                out.err(format!(
                    "Successfully copied {} to {container}:{path}\n",
                    super::format::human_size_prec(copied.bytes, 3)
                ));
            }
            0
        }
    }
}

/// `docker commit`.
pub fn commit(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(name) = inv.args.first() else {
        return 1;
    };
    let target = match inv.args.get(1).map(|t| reference::parse(t)) {
        None => None,
        Some(Ok(r)) if r.digest.is_some() => {
            let message = "refusing to create a tag with a digest reference";
            return super::client_error(engine, out, inv, message);
        }
        Some(Ok(r)) => Some(r),
        Some(Err(e)) => {
            return super::client_error(engine, out, inv, &e.to_string());
        }
    };
    let idx = match engine.find_container(name) {
        Ok(i) => i,
        Err(e) => return daemon_error(engine, out, &e),
    };
    let author = inv.flags.str("author").unwrap_or("").to_string();
    let message = inv.flags.str("message").unwrap_or("").to_string();
    let changes: Vec<String> = inv
        .flags
        .list("change")
        .iter()
        .map(|s| s.to_string())
        .collect();
    match engine.commit_container(idx, target.as_ref(), &author, &message, &changes) {
        Ok(id) => {
            out.out(format!("{id}\n"));
            0
        }
        Err(e) => daemon_error(engine, out, &e),
    }
}

/// `docker stats --no-stream`.
pub fn stats(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let all = inv.flags.bool("all");
    let mut rows = vec![vec![
        "CONTAINER ID".to_string(),
        "NAME".to_string(),
        "CPU %".to_string(),
        "MEM USAGE / LIMIT".to_string(),
        "MEM %".to_string(),
        "NET I/O".to_string(),
        "BLOCK I/O".to_string(),
        "PIDS".to_string(),
    ]];
    let targets: Vec<usize> = if inv.args.is_empty() {
        engine
            .containers_newest_first()
            .iter()
            .filter(|c| all || c.state.is_active())
            .filter_map(|c| engine.find_container(&c.id).ok())
            .collect()
    } else {
        let mut v = Vec::new();
        for a in &inv.args {
            match engine.find_container(a) {
                Ok(i) => v.push(i),
                Err(e) => return daemon_error(engine, out, &e),
            }
        }
        v
    };
    // Without --no-stream the real client redraws the table every second until Ctrl-C.
    if !inv.flags.bool("no-stream") {
        ctx.request = Some(CliRequest::Follow {
            container: String::new(),
            mode: super::FollowMode::Events,
        });
    }
    for idx in targets {
        let c = &engine.containers[idx];
        let running = c.state.is_active();
        // Usage against the limit the container runs under (`--memory`, else the host's).
        let mem = engine.memory_usage(idx).max(0) as u64;
        let limit = c.host.memory_limit().max(1) as u64;
        let pids = if running {
            engine.processes_of(idx).len()
        } else {
            0
        };
        rows.push(vec![
            c.short_id().to_string(),
            c.name.clone(),
            "0.00%".to_string(),
            format!(
                "{} / {}",
                super::format::bytes_size(mem),
                if running {
                    super::format::bytes_size(limit)
                } else {
                    "0B".to_string()
                }
            ),
            if running {
                format!("{:.2}%", mem as f64 / limit as f64 * 100.0)
            } else {
                "0.00%".to_string()
            },
            if running {
                "1.05kB / 0B".to_string()
            } else {
                "0B / 0B".to_string()
            },
            "0B / 0B".to_string(),
            pids.to_string(),
        ]);
    }
    let format = inv
        .flags
        .str("format")
        .filter(|f| !f.is_empty() && *f != "table");
    let Some(format) = format else {
        out.out(table(&rows));
        return 0;
    };
    // `--format`: the same cells under Docker's field names.
    const FIELDS: [&str; 8] = [
        "Container",
        "Name",
        "CPUPerc",
        "MemUsage",
        "MemPerc",
        "NetIO",
        "BlockIO",
        "PIDs",
    ];
    let values: Vec<serde_json::Value> = rows
        .iter()
        .skip(1)
        .map(|row| {
            let mut m = serde_json::Map::new();
            for (field, cell) in FIELDS.iter().zip(row) {
                m.insert(field.to_string(), serde_json::json!(cell));
            }
            m.insert("ID".into(), serde_json::json!(row[0]));
            serde_json::Value::Object(m)
        })
        .collect();
    let headers = |field: &str| -> Option<String> {
        Some(
            match field {
                "Container" => "CONTAINER",
                "ID" => "CONTAINER ID",
                "Name" => "NAME",
                "CPUPerc" => "CPU %",
                "MemUsage" => "MEM USAGE / LIMIT",
                "MemPerc" => "MEM %",
                "NetIO" => "NET I/O",
                "BlockIO" => "BLOCK I/O",
                "PIDs" => "PIDS",
                _ => return None,
            }
            .to_string(),
        )
    };
    render_rows(Some(format), "", &values, &headers, out)
}

/// `docker container prune`.
pub fn prune(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    if !confirm(
        inv,
        ctx,
        out,
        "WARNING! This will remove all stopped containers.",
        vec!["container".into(), "prune".into()],
    ) {
        return 0;
    }
    let (removed, bytes) = remove_stopped(engine);
    print_deleted(out, "Containers", &removed);
    out.out(format!("Total reclaimed space: {}\n", human_size(bytes)));
    0
}

/// Removes every container that is not running or paused (`container prune`, `system
/// prune`), returning their IDs and the bytes their writable layers held.
// The engine has no container prune of its own, unlike images, volumes and networks.
pub(super) fn remove_stopped(engine: &mut Engine) -> (Vec<String>, u64) {
    let stopped: Vec<String> = engine
        .containers
        .iter()
        .filter(|c| !c.state.is_active())
        .map(|c| c.id.clone())
        .collect();
    let mut removed = Vec::new();
    let mut bytes = 0;
    for id in stopped {
        if let Ok(idx) = engine.find_container(&id) {
            bytes += engine.containers[idx].writable_size();
            let _ = engine.remove_container(idx, false, false, &id);
            removed.push(id);
        }
    }
    (removed, bytes)
}

/// `docker attach`.
pub fn attach(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let Some(idx) = container_arg(engine, inv, out) else {
        return 1;
    };
    let c = &engine.containers[idx];
    if !c.state.is_active() {
        out.err("You cannot attach to a stopped container, start it first\n");
        return 1;
    }
    if c.state == ContainerState::Paused {
        out.err("You cannot attach to a paused container, unpause it first\n");
        return 1;
    }
    if c.interactive_shell {
        ctx.request = Some(CliRequest::Attach {
            container: c.id.clone(),
            exec: false,
            program: c.path.clone(),
        });
    } else {
        // Attached to its output from now on; Ctrl-C is forwarded (`--sig-proxy`).
        ctx.request = Some(CliRequest::Follow {
            container: c.id.clone(),
            mode: super::FollowMode::Attached {
                proxy: inv.flags.bool("sig-proxy"),
            },
        });
    }
    0
}
