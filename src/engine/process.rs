//! Processes in containers: launching the main process, signals, `exec`, and the container shell.

use std::collections::BTreeMap;

use super::lifecycle::Launch;
use super::net::ContainerNet;
use super::{ContainerState, DaemonError, Engine, ErrorKind, Event};
use crate::runtime::programs::{self, ProcessInfo, ProgramCtx, Signal, SignalEffect, Start};
use crate::runtime::shell::{builtins, Flavor, Shell, ShellHost};
use crate::runtime::{Output, Stream};
use crate::vfs::Tree;

/// Shell programs: as a main process they wait for a terminal.
pub fn is_shell(program: &str) -> bool {
    matches!(
        programs::program_name(program),
        "sh" | "bash" | "ash" | "dash" | "zsh"
    )
}

/// Which shell dialect a filesystem's `/bin/sh` is (busybox on Alpine, dash on Debian).
pub fn flavor_of(fs: &Tree, program: &str) -> Flavor {
    if programs::program_name(program) == "bash" {
        return Flavor::Bash;
    }
    // Red Hat bases link `/bin/sh` to bash.
    let sh = fs.resolve(&crate::vfs::normalize("/bin", program));
    if programs::program_name(program) == "sh"
        && sh.is_some_and(|(path, _)| programs::program_name(&path) == "bash")
    {
        return Flavor::Bash;
    }
    let busybox = fs
        .read("/etc/os-release")
        .map(|b| String::from_utf8_lossy(b).contains("Alpine"))
        .unwrap_or(false)
        || fs.exists("/bin/busybox");
    if busybox {
        Flavor::Ash
    } else {
        Flavor::Dash
    }
}

/// Whether the shell of a `sh -c` line is in the image (`bash` is not on Alpine).
fn shell_found(
    fs: &Tree,
    env: &BTreeMap<String, String>,
    cwd: &str,
    line: Option<&Vec<String>>,
) -> bool {
    line.and_then(|l| l.first())
        .is_some_and(|sh| programs::which(fs, env, cwd, sh).is_some())
}

/// Whether the image's bash is 5.1 or later (it names `line 1` in `-c` errors), from its
/// `/etc/os-release`: Debian 11, Ubuntu 22.04, EL 9, Fedora 34, Amazon Linux 2022 and later.
pub fn numbered_bash(fs: &Tree) -> bool {
    let text = fs
        .read("/etc/os-release")
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default();
    let field = |k: &str| programs::release_field(&text, k).unwrap_or_default();
    let major: u32 = field("VERSION_ID")
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(u32::MAX);
    let least = match field("ID").as_str() {
        "debian" => 11,
        "ubuntu" => 22,
        "centos" | "rocky" | "ol" | "rhel" | "almalinux" => 9,
        "fedora" => 34,
        "amzn" => 2022,
        _ => 0,
    };
    major >= least
}

/// Quotes words for the shell so that `docker exec c ls -l "a b"` runs exactly those words.
pub fn shell_quote(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            if builtins::is_bare_word(w) {
                w.clone()
            } else {
                builtins::sh_quote(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A `-c` script that is one plain command (no operators, quotes or expansions) as words.
fn simple_words(script: &str) -> Option<Vec<String>> {
    if script
        .chars()
        .any(|c| ";|&<>()$`\"'\\*?[]{}~#\n".contains(c))
    {
        return None;
    }
    let mut words: Vec<String> = script.split_whitespace().map(str::to_string).collect();
    if words.first().map(String::as_str) == Some("exec") {
        words.remove(0);
    }
    (!words.is_empty()).then_some(words)
}

/// `a && b && c` whose last command is one plain command: the script before the last `&&`
/// and the last command's words.
fn and_chain(script: &str) -> Option<(String, Vec<String>)> {
    let at = script.rfind("&&")?;
    let head = script.get(..at)?.trim();
    let tail = simple_words(script.get(at + 2..)?)?;
    if head.is_empty() || is_shell(&tail[0]) {
        return None;
    }
    Some((head.to_string(), tail))
}

/// A container's environment as a map.
pub fn env_map(env: &[String]) -> BTreeMap<String, String> {
    env.iter()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// What a shell inside a container reaches: its files, its programs, the network.
pub struct ContainerShellCtx<'a> {
    /// The daemon.
    pub engine: &'a mut Engine,
    /// Which container.
    pub idx: usize,
    /// The container's materialised filesystem (written back by the caller).
    pub fs: Tree,
    /// Whether a terminal is attached.
    pub tty: bool,
}

impl ShellHost for ContainerShellCtx<'_> {
    fn fs(&mut self) -> &mut Tree {
        &mut self.fs
    }

    fn exec(
        &mut self,
        shell: &mut Shell,
        argv: &[String],
        stdin: &[u8],
        out: &mut Output,
    ) -> Option<i32> {
        let env: BTreeMap<String, String> = shell.exported_env().into_iter().collect();
        if is_shell(&argv[0]) {
            // A shell the image has runs as a child of this one.
            programs::which(&self.fs, &env, &shell.cwd, &argv[0])?;
            return Some(shell.run_program(argv, stdin, self, out));
        }
        let processes = self.engine.processes_of(self.idx);
        let hostname = self.engine.containers[self.idx].config.hostname.clone();
        let now = self.engine.now();
        let mut net = ContainerNet {
            engine: self.engine,
            from: Some(self.idx),
        };
        let mut ctx = ProgramCtx {
            fs: &mut self.fs,
            env: &env,
            cwd: &shell.cwd,
            stdin,
            now_ms: now,
            hostname: &hostname,
            net: &mut net,
            out,
            processes: &processes,
            tty: self.tty,
        };
        programs::run_command(argv, &mut ctx)
    }

    fn now_ms(&self) -> i64 {
        self.engine.now()
    }

    fn sleep_ms(&mut self, ms: i64) {
        self.engine.clock.advance_ms(ms);
    }

    fn user(&self) -> (String, u32, u32) {
        resolve_user(&self.fs, &self.engine.containers[self.idx].config.user)
    }

    fn ulimit(&self, resource: &str) -> Option<i64> {
        let host = &self.engine.containers[self.idx].host;
        match host.ulimit(resource) {
            Some(u) => Some(u.soft),
            // Docker 28's runtime gives containers 1048576 open files.
            None if resource == "nofile" => Some(1_048_576),
            None => None,
        }
    }

    fn hostname(&self) -> String {
        self.engine.containers[self.idx].config.hostname.clone()
    }
}

/// The outcome of `docker exec`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExecOutcome {
    /// What the command printed.
    pub output: Output,
    /// Its exit code.
    pub status: i32,
    /// It asked for an interactive shell (`exec -it c sh`): the session attaches.
    pub interactive_shell: bool,
}

impl Engine {
    /// The processes of a running container, for `ps` and `docker top`.
    pub fn processes_of(&self, idx: usize) -> Vec<ProcessInfo> {
        let c = &self.containers[idx];
        if !c.state.is_active() {
            return Vec::new();
        }
        // The official database images' entrypoints drop to their own user (`gosu mysql`).
        let daemon_user = c.service.as_ref().and_then(|s| match s.pid1_name() {
            "mysqld" | "mariadbd" => Some("mysql"),
            "postgres" => Some("postgres"),
            "mongod" => Some("mongodb"),
            "redis-server" => Some("redis"),
            _ => None,
        });
        let user = match (c.config.user.as_str(), daemon_user) {
            ("", Some(u)) => u.to_string(),
            ("", None) => "root".to_string(),
            (u, _) => u.split(':').next().unwrap_or(u).to_string(),
        };
        let main_command = c
            .service
            .as_ref()
            .map(|s| s.command_line())
            .unwrap_or_else(|| c.command_line());
        let start_ms = c.started_ms.unwrap_or(c.created_ms);
        let tty = c.config.tty.then(|| "pts/0".to_string());
        // `--init`: docker-init is PID 1 and runs the command as its child.
        let mut list = Vec::new();
        if c.host.has_init() {
            list.push(ProcessInfo {
                pid: 1,
                user: "root".to_string(),
                command: format!("/sbin/docker-init -- {}", c.command_line()),
                start_ms,
                tty: tty.clone(),
                rss_kib: 1024,
            });
        }
        let first = list.len() as u32 + 1;
        list.push(ProcessInfo {
            pid: first,
            user,
            command: main_command,
            start_ms,
            tty,
            rss_kib: 4096,
        });
        if let Some(service) = &c.service {
            list.extend(service.children().into_iter().map(|mut p| {
                p.pid += first - 1;
                p
            }));
        }
        list
    }

    /// Runs `argv` as the main process of container `idx`, recording its output as logs.
    pub(crate) fn launch(&mut self, idx: usize) -> Launch {
        let (argv, env, cwd, hostname, tty, interactive) = {
            let c = &self.containers[idx];
            let mut argv = vec![c.path.clone()];
            argv.extend(c.args.iter().cloned());
            let cwd = if c.config.working_dir.is_empty() {
                "/".to_string()
            } else {
                crate::vfs::normalize("/", &c.config.working_dir)
            };
            (
                argv,
                process_env(&c.config.env, &c.config.hostname, c.config.tty, &[]),
                cwd,
                c.config.hostname.clone(),
                c.config.tty,
                c.config.open_stdin,
            )
        };
        let env_list = env;
        let env: BTreeMap<String, String> = env_list.iter().cloned().collect();
        let mut fs = self.container_fs(idx);
        // Docker creates the working directory if the image lacks it.
        let _ = fs.mkdir_all(&cwd);
        // The process writes as its user: `USER app` may not touch root's files.
        let (_, uid, gid) = resolve_user(&fs, &self.containers[idx].config.user);
        fs.set_user(uid, gid);
        let now = self.now();
        let mut out = Output::default();
        // What an attached client piped in (`echo hi | docker run -i busybox cat`).
        let stdin = std::mem::take(&mut self.containers[idx].stdin);

        // A shell-form command: `/bin/sh -c "node index.js"` runs node (as its only child);
        // any other shell command line runs in the container's shell to its end.
        let mut argv = argv;
        // The shell command line a single command came from (its shell reports it missing).
        let mut shell_line = None;
        if is_shell(&argv[0]) && argv.get(1).map(String::as_str) == Some("-c") {
            if let Some(words) = argv.get(2).and_then(|t| simple_words(t)) {
                if !is_shell(&words[0]) && programs::which(&fs, &env, &cwd, &argv[0]).is_some() {
                    shell_line = Some(std::mem::replace(&mut argv, words));
                }
            }
        }
        // `sh -c "yarn install && yarn run dev"`: the shell runs the first commands to their
        // end, then the last one becomes the long-running child the container waits on.
        let mut chain_status = None;
        // Official entrypoints `exec "$@"` when handed a shell command.
        if argv.len() > 3
            && programs::program_name(&argv[0]) == "docker-entrypoint.sh"
            && is_shell(&argv[1])
            && argv[2] == "-c"
            && argv.get(3).and_then(|t| and_chain(t)).is_some()
        {
            argv.remove(0);
        }
        if is_shell(&argv[0]) && argv.get(1).map(String::as_str) == Some("-c") {
            if let Some((head, last)) = argv.get(2).and_then(|t| and_chain(t)) {
                let flavor = flavor_of(&fs, &argv[0]);
                let mut shell = container_shell(flavor, &env, &cwd);
                shell.tty = tty;
                shell.numbered = numbered_bash(&fs);
                let mut ctx = ContainerShellCtx {
                    engine: self,
                    idx,
                    fs,
                    tty,
                };
                let r = shell.run(&head, &mut ctx);
                fs = ctx.fs;
                out.extend(r.output);
                if r.status == 0 {
                    argv = last;
                } else {
                    chain_status = Some(r.status);
                }
            }
        }
        let bare_shell = argv.len() == 1 && is_shell(&argv[0]);
        let start = if let Some(status) = chain_status {
            Start::Exited(status)
        } else {
            let processes = Vec::new();
            let mut net = ContainerNet {
                engine: self,
                from: Some(idx),
            };
            let mut ctx = ProgramCtx {
                fs: &mut fs,
                env: &env,
                cwd: &cwd,
                stdin: &stdin,
                now_ms: now,
                hostname: &hostname,
                net: &mut net,
                out: &mut out,
                processes: &processes,
                tty,
            };
            programs::start(&argv, &mut ctx)
        };
        // Coreutils and shell built-ins (`echo`, `ls`, `false`) run through the image's shell.
        // An image's entrypoint script ends with `exec "$@"`: a command it does not know
        // itself (`docker run node-app ls /app`) runs as if given directly.
        if matches!(start, Start::NotFound)
            && argv.len() > 1
            && matches!(
                programs::program_name(&argv[0]),
                "docker-entrypoint.sh" | "docker-php-entrypoint"
            )
            && self.shell_can_run(&fs, &env, &cwd, &argv[1])
        {
            argv.remove(0);
        }
        let start = match start {
            Start::NotFound if self.shell_can_run(&fs, &env, &cwd, &argv[0]) => Start::Shell,
            // `sh -c missing`: the shell ran and says so (`sh: 1: missing: not found`).
            Start::NotFound if shell_found(&fs, &env, &cwd, shell_line.as_ref()) => {
                argv = shell_line.take().unwrap_or_default();
                Start::Shell
            }
            other => other,
        };
        if matches!(start, Start::Shell)
            && argv.len() > 1
            && programs::program_name(&argv[0]) == "docker-entrypoint.sh"
        {
            // The entrypoint hands its arguments to a shell (`exec "$@"`).
            argv.remove(0);
        }
        let bare_shell = bare_shell || (argv.len() == 1 && is_shell(&argv[0]));
        // When a script's sleeps end it: `Some(None)` for a script that never ends.
        let mut scripted_end: Option<Option<i64>> = None;
        // A shell reading a piped script runs it (`echo 'echo hi' | docker run -i alpine sh`).
        let piped_script = bare_shell && !stdin.is_empty() && !tty;
        let start = match start {
            Start::Shell if !bare_shell || piped_script => {
                let program = if is_shell(&argv[0]) {
                    argv.clone()
                } else if fs.is_file(&crate::vfs::normalize(&cwd, &argv[0]))
                    && argv[0].contains('/')
                {
                    // A script file of the image or the learner.
                    let mut v = vec!["/bin/sh".to_string()];
                    v.extend(argv.iter().cloned());
                    v
                } else {
                    vec!["/bin/sh".to_string(), "-c".to_string(), shell_quote(&argv)]
                };
                let flavor = flavor_of(&fs, &program[0]);
                let mut shell = container_shell_env(flavor, &env_list, &cwd);
                shell.tty = tty;
                shell.numbered = numbered_bash(&fs);
                let mut ctx = ContainerShellCtx {
                    engine: self,
                    idx,
                    fs,
                    tty,
                };
                let mut shell_out = Output::default();
                // The script's `sleep`s are the container's time, not the caller's: it keeps
                // running until then (or, when it never ends, until it is stopped).
                let began = ctx.engine.now();
                let status = shell.run_program(&program, &stdin, &mut ctx, &mut shell_out);
                let elapsed = ctx.engine.now() - began;
                ctx.engine.clock.now_ms = began;
                fs = ctx.fs;
                out.extend(shell_out);
                if shell.budget.halted.is_some() {
                    scripted_end = Some(None);
                } else if elapsed > 0 {
                    scripted_end = Some(Some(began + elapsed));
                }
                Start::Exited(status)
            }
            other => other,
        };
        self.store_container_fs(idx, fs);
        self.record_output(idx, &out, tty);
        // A client program as the main process (`docker run -it mysql mysql -h db -p`) keeps
        // the container running while it owns the terminal.
        let start = self.main_client(idx, start, &argv);
        let c = &mut self.containers[idx];
        match start {
            Start::Exited(code) if scripted_end.is_some() => {
                c.ends_at = scripted_end.flatten();
                c.ends_with = code;
                Launch::Running
            }
            Start::Exited(code) => Launch::Exited(code),
            Start::Running(service) => {
                c.ends_at = service.ends_at();
                c.ends_with = 0;
                c.service = Some(service);
                self.service_started(idx);
                Launch::Running
            }
            Start::Shell => {
                if tty && interactive {
                    c.interactive_shell = true;
                    Launch::Running
                } else {
                    // Without a terminal the shell reads stdin, which is empty here (`-i`) or
                    // closed: it ends at once.
                    Launch::Exited(0)
                }
            }
            Start::NotFound => {
                let program = &argv[0];
                let message = if program.contains('/') {
                    format!("exec: \"{program}\": stat {program}: no such file or directory")
                } else {
                    format!("exec: \"{program}\": executable file not found in $PATH")
                };
                Launch::NotFound(message, 127)
            }
        }
    }

    /// Whether a command the programs don't know is one the image's shell runs (a coreutil
    /// or built-in such as `echo`, `ls`, `false`), found in the image like runc would.
    fn shell_can_run(
        &self,
        fs: &Tree,
        env: &BTreeMap<String, String>,
        cwd: &str,
        program: &str,
    ) -> bool {
        let name = programs::program_name(program);
        let has_shell = fs.exists("/bin/sh");
        has_shell
            && builtins::lookup(name).is_some()
            && (programs::which(fs, env, cwd, program).is_some() || !program.contains('/'))
    }

    /// Records a main process's output in its logs (a terminal merges stderr into stdout).
    pub fn record_output(&mut self, idx: usize, out: &Output, tty: bool) {
        let now = self.now();
        for (stream, text) in &out.chunks {
            let stream = if tty { Stream::Stdout } else { *stream };
            self.containers[idx].log(now, stream, text);
        }
    }

    /// What a signal does to the main process: `Some((exit code, handled))` when it ends,
    /// `None` when the process ignores it.
    pub(crate) fn signal_effect(
        &mut self,
        idx: usize,
        signal: &str,
        now: i64,
    ) -> Option<(i32, bool)> {
        let sig = Signal::parse(signal);
        let c = &mut self.containers[idx];
        let mut log = Output::default();
        let effect = match (&mut c.service, sig) {
            (Some(service), Some(sig)) => service.on_signal(sig, now, &mut log),
            // A shell or an idle PID 1 has no handlers: the kernel ignores what it does not
            // handle for PID 1, except SIGKILL; an interactive bash exits on SIGHUP.
            (None, Some(Signal::Hup)) if c.interactive_shell => SignalEffect::Exit(129),
            _ => SignalEffect::Ignored,
        };
        // Under `--init` the program is not PID 1: a signal it has no handler for takes its
        // default action and ends it, and docker-init exits with its status.
        let effect = match (effect, sig) {
            (SignalEffect::Ignored, Some(s)) if c.host.has_init() && s != Signal::Kill => {
                match super::lifecycle::signal_number(signal) {
                    Some(n @ (1 | 2 | 3 | 15)) => SignalEffect::Exit(128 + n),
                    _ => SignalEffect::Ignored,
                }
            }
            (e, _) => e,
        };
        let tty = c.config.tty;
        self.record_output(idx, &log, tty);
        // A server that saves on shutdown (redis) writes its files now.
        self.flush_service(idx, false);
        match effect {
            SignalEffect::Ignored => None,
            SignalEffect::Exit(code) => {
                let number = super::lifecycle::signal_number(signal).unwrap_or(15);
                Some((code, code != 128 + number))
            }
        }
    }

    /// `docker exec`: runs a command in a running container.
    pub fn exec(
        &mut self,
        idx: usize,
        argv: &[String],
        env: &[String],
        workdir: Option<&str>,
        tty: bool,
        interactive: bool,
    ) -> Result<ExecOutcome, DaemonError> {
        self.exec_with_input(idx, argv, env, workdir, tty, interactive, &[])
    }

    /// `docker exec -i` with bytes on the command's standard input (`< dump.sql`).
    #[allow(clippy::too_many_arguments)]
    pub fn exec_with_input(
        &mut self,
        idx: usize,
        argv: &[String],
        env: &[String],
        workdir: Option<&str>,
        tty: bool,
        interactive: bool,
        stdin: &[u8],
    ) -> Result<ExecOutcome, DaemonError> {
        let c = &self.containers[idx];
        match c.state {
            ContainerState::Running => {}
            ContainerState::Paused => {
                return Err(DaemonError::other(format!(
                    "Container {} is paused, unpause the container before exec",
                    c.id
                )))
            }
            ContainerState::Restarting => {
                return Err(DaemonError::other(format!(
                    "Container {} is restarting, wait until the container is running",
                    c.id
                )))
            }
            _ => {
                return Err(DaemonError::new(
                    format!("container {} is not running", c.id),
                    ErrorKind::ContainerNotRunning {
                        name: c.name.clone(),
                        operation: "exec".to_string(),
                    },
                ))
            }
        }
        let name = c.name.clone();
        if argv.len() == 1 && is_shell(&argv[0]) && tty && interactive {
            return Ok(ExecOutcome {
                interactive_shell: true,
                ..ExecOutcome::default()
            });
        }
        // The daemon's environment for an exec: the container's, then `-e` in order.
        let env_list = process_env(&c.config.env, &c.config.hostname, tty, env);
        let envs: BTreeMap<String, String> = env_list.iter().cloned().collect();
        let cwd = workdir
            .map(|w| crate::vfs::normalize("/", w))
            .unwrap_or_else(|| {
                if c.config.working_dir.is_empty() {
                    "/".to_string()
                } else {
                    c.config.working_dir.clone()
                }
            });
        let user = c.config.user.clone();
        let mut fs = self.container_fs(idx);
        let (_, uid, gid) = resolve_user(&fs, &user);
        fs.set_user(uid, gid);
        let program = argv.first().cloned().unwrap_or_default();
        let flavor = flavor_of(
            &fs,
            if is_shell(&program) {
                &program
            } else {
                "/bin/sh"
            },
        );
        let mut shell = container_shell_env(flavor, &env_list, &cwd);
        shell.tty = tty;
        shell.numbered = numbered_bash(&fs);
        // A missing program reports runc's message, not a shell's.
        let known = if is_shell(&program) {
            programs::which(&fs, &envs, &cwd, &program).is_some()
        } else {
            builtins::lookup(programs::program_name(&program)).is_some()
                || programs::which(&fs, &envs, &cwd, &program).is_some()
                || {
                    let mut probe_out = Output::default();
                    let probe = ProgramCtx {
                        fs: &mut fs.clone(),
                        env: &envs,
                        cwd: &cwd,
                        stdin: &[],
                        now_ms: 0,
                        hostname: "",
                        net: &mut programs::NoNet,
                        out: &mut probe_out,
                        processes: &[],
                        tty: false,
                    };
                    programs::available(&probe, &program)
                }
        };
        if !known {
            let mut output = Output::default();
            output.out(format!("OCI runtime exec failed: exec failed: unable to start container process: exec: \"{program}\": executable file not found in $PATH: unknown\r\n"));
            self.emit(Event::ExecRan {
                container: name,
                command: argv.join(" "),
                exit_code: 127,
            });
            return Ok(ExecOutcome {
                output,
                status: 127,
                interactive_shell: false,
            });
        }
        let mut ctx = ContainerShellCtx {
            engine: self,
            idx,
            fs,
            tty,
        };
        let mut out = Output::default();
        let status = if is_shell(&program) {
            // `exec c bash` without -it: the shell reads its stdin (empty here) and ends.
            shell.run_program(argv, stdin, &mut ctx, &mut out)
        } else if !stdin.is_empty() {
            match ShellHost::exec(&mut ctx, &mut shell, argv, stdin, &mut out) {
                Some(code) => code,
                None => {
                    let r = shell.run(&shell_quote(argv), &mut ctx);
                    out.extend(r.output);
                    r.status
                }
            }
        } else {
            let r = shell.run(&shell_quote(argv), &mut ctx);
            out.extend(r.output);
            r.status
        };
        let fs = ctx.fs;
        self.store_container_fs(idx, fs);
        self.emit(Event::ExecRan {
            container: name,
            command: argv.join(" "),
            exit_code: status,
        });
        Ok(ExecOutcome {
            output: out,
            status,
            interactive_shell: false,
        })
    }

    /// Runs one line in an attached interactive shell of container `idx`.
    pub fn shell_line(&mut self, idx: usize, shell: &mut Shell, line: &str) -> (Output, i32, bool) {
        let fs = self.container_fs(idx);
        let mut ctx = ContainerShellCtx {
            engine: self,
            idx,
            fs,
            tty: true,
        };
        let result = shell.run(line, &mut ctx);
        let fs = ctx.fs;
        let before = self.containers[idx].writable.clone();
        self.store_container_fs(idx, fs);
        let changed: Vec<String> = self.containers[idx]
            .writable
            .iter()
            .filter(|(p, n)| before.get(*p) != Some(n))
            .map(|(p, _)| p.clone())
            .take(5)
            .collect();
        if !changed.is_empty() {
            let container = self.containers[idx].name.clone();
            self.emit(Event::ContainerFilesChanged {
                container,
                paths: changed,
            });
        }
        (result.output, result.status, result.exited)
    }
}

/// The user `--user` names (`name`, `uid`, `name:group`, `uid:gid`) as (name, uid, gid), looked
/// up in the container's `/etc/passwd` and `/etc/group`; a uid the image does not know keeps its
/// number for a name and group 0, as the kernel sees it.
pub fn resolve_user(fs: &Tree, user: &str) -> (String, u32, u32) {
    let (who, group) = user.split_once(':').unwrap_or((user, ""));
    if who.is_empty() || who == "root" || who == "0" {
        return ("root".to_string(), 0, group_id(fs, group).unwrap_or(0));
    }
    let passwd = fs.read_string("/etc/passwd").unwrap_or_default();
    let entry = passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        let matches = f.first() == Some(&who) || f.get(2) == Some(&who);
        if !matches || f.len() < 4 {
            return None;
        }
        Some((f[0].to_string(), f[2].parse().ok()?, f[3].parse().ok()?))
    });
    let (name, uid, gid) = match entry {
        Some(e) => e,
        None => (who.to_string(), who.parse().unwrap_or(1000), 0),
    };
    (name, uid, group_id(fs, group).unwrap_or(gid))
}

/// A group given by name or number, from `/etc/group`.
fn group_id(fs: &Tree, group: &str) -> Option<u32> {
    if group.is_empty() {
        return None;
    }
    if let Ok(n) = group.parse() {
        return Some(n);
    }
    let text = fs.read_string("/etc/group").ok()?;
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.first() == Some(&group)).then(|| f.get(2)?.parse().ok())?
    })
}

/// The environment of a process in a container, in the daemon's order: `PATH`, `HOSTNAME`,
/// `TERM` with a terminal, the container's `Env` and then `extra` (`exec -e`), each replacing an
/// earlier value of the same name in place; `HOME` last when nothing set it.
pub fn process_env(
    config_env: &[String],
    hostname: &str,
    tty: bool,
    extra: &[String],
) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = vec![
        (
            "PATH".to_string(),
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".to_string(),
        ),
        ("HOSTNAME".to_string(), hostname.to_string()),
    ];
    if tty {
        list.push(("TERM".to_string(), "xterm".to_string()));
    }
    for kv in config_env.iter().chain(extra) {
        let Some((k, v)) = kv.split_once('=') else {
            continue;
        };
        match list.iter_mut().find(|(name, _)| name == k) {
            Some(slot) => slot.1 = v.to_string(),
            None => list.push((k.to_string(), v.to_string())),
        }
    }
    if !list.iter().any(|(k, _)| k == "HOME") {
        list.push(("HOME".to_string(), "/root".to_string()));
    }
    list
}

/// A shell whose environment is `env` in that order (a container process's).
pub fn container_shell_env(flavor: Flavor, env: &[(String, String)], cwd: &str) -> Shell {
    let mut shell = Shell::new(flavor);
    for (k, v) in env {
        shell.export_in_order(k, v);
    }
    shell.cwd = cwd.to_string();
    shell.tty = true;
    shell
}

/// A shell for a container, with its environment and working directory.
pub fn container_shell(flavor: Flavor, env: &BTreeMap<String, String>, cwd: &str) -> Shell {
    let mut shell = Shell::new(flavor);
    for (k, v) in env {
        shell.export(k, v);
    }
    if !env.contains_key("HOME") {
        shell.export("HOME", "/root");
    }
    shell.cwd = cwd.to_string();
    shell.tty = true;
    shell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_env_follows_the_daemon_order() {
        let env = process_env(
            &[
                "PATH=/app/bin:/usr/bin".into(),
                "NODE_ENV=production".into(),
            ],
            "abc123",
            true,
            &["B=2".into(), "NODE_ENV=dev".into(), "A=1".into()],
        );
        let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            ["PATH", "HOSTNAME", "TERM", "NODE_ENV", "B", "A", "HOME"]
        );
        assert_eq!(env[0].1, "/app/bin:/usr/bin");
        assert_eq!(env[3].1, "dev");
    }

    #[test]
    fn users_resolve_through_the_image_passwd() {
        let mut fs = Tree::default();
        fs.insert(
            "/etc/passwd",
            crate::vfs::Node::file(
                "root:x:0:0::/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n",
            ),
        );
        fs.insert(
            "/etc/group",
            crate::vfs::Node::file("root:x:0:\nstaff:x:50:\n"),
        );
        assert_eq!(resolve_user(&fs, ""), ("root".into(), 0, 0));
        assert_eq!(resolve_user(&fs, "node"), ("node".into(), 1000, 1000));
        assert_eq!(resolve_user(&fs, "1000"), ("node".into(), 1000, 1000));
        assert_eq!(resolve_user(&fs, "4242"), ("4242".into(), 4242, 0));
        assert_eq!(resolve_user(&fs, "node:staff"), ("node".into(), 1000, 50));
        assert_eq!(resolve_user(&fs, "0:7"), ("root".into(), 0, 7));
    }
}
