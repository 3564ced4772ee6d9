//! Small programs: `sleep` and `tail -f` as main processes, hello-world's `/hello`, `ps`,
//! `hostname`, and version banners of tools installed in images.

use super::{env_or, ProcessInfo, ProgramCtx, Service, Signal, SignalEffect, Start};
use crate::vfs::Tree;

/// A process that only waits: `sleep 30`, `sleep infinity`, `tail -f /dev/null`.
#[derive(Clone, Debug)]
pub struct Idle {
    /// The command line.
    pub command: String,
    /// When it exits by itself (virtual ms), or never.
    pub until_ms: Option<i64>,
    /// The program name.
    pub name: String,
}

impl Idle {
    /// The program name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// PID 1 without handlers ignores everything but SIGKILL.
    pub fn on_signal(&self, sig: Signal) -> SignalEffect {
        match sig {
            Signal::Kill => SignalEffect::Exit(137),
            _ => SignalEffect::Ignored,
        }
    }
}

/// Whether the filesystem is busybox-based (Alpine): decides wget's flavour and more.
pub fn is_busybox(fs: &Tree) -> bool {
    fs.exists("/bin/busybox") || fs.exists("/etc/alpine-release")
}

/// Milliseconds from `sleep`'s argument (`30`, `1.5`, `2m`, `1h`): `Some(None)` for `infinity`,
/// `None` for bad input. The shell advances the clock by this much for a foreground `sleep`.
pub fn sleep_ms(arg: &str) -> Option<Option<i64>> {
    if arg == "infinity" || arg == "inf" {
        return Some(None);
    }
    let (num, mult) = match arg.chars().last()? {
        's' => (arg.get(..arg.len() - 1)?, 1000.0),
        'm' => (arg.get(..arg.len() - 1)?, 60_000.0),
        'h' => (arg.get(..arg.len() - 1)?, 3_600_000.0),
        'd' => (arg.get(..arg.len() - 1)?, 86_400_000.0),
        _ => (arg, 1000.0),
    };
    let v: f64 = num.parse().ok()?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    Some(Some((v * mult).min(1e15) as i64))
}

/// `sleep N` as a container's main process: running until the clock passes N.
pub fn start_sleep(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let Some(arg) = args.first() else {
        ctx.out
            .err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
        return Start::Exited(1);
    };
    match sleep_ms(arg) {
        Some(Some(0)) => Start::Exited(0),
        Some(d) => Start::Running(Service::Idle(Idle {
            command: format!("sleep {}", args.join(" ")),
            until_ms: d.map(|ms| ctx.now_ms.saturating_add(ms)),
            name: "sleep".to_string(),
        })),
        None => {
            ctx.out.err(format!(
                "sleep: invalid time interval '{arg}'\nTry 'sleep --help' for more information.\n"
            ));
            Start::Exited(1)
        }
    }
}

/// `sleep N` as a short command: the caller's clock should advance by the time slept.
pub fn sleep_command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    match start_sleep(args, ctx) {
        Start::Exited(c) => c,
        _ => 0,
    }
}

/// hello-world's `/hello`.
pub fn hello(ctx: &mut ProgramCtx) -> i32 {
    ctx.out.out(HELLO_TEXT);
    0
}

/// What hello-world prints.
pub const HELLO_TEXT: &str = "\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n\nTo generate this message, Docker took the following steps:\n 1. The Docker client contacted the Docker daemon.\n 2. The Docker daemon pulled the \"hello-world\" image from the Docker Hub.\n    (amd64)\n 3. The Docker daemon created a new container from that image which runs the\n    executable that produces the output you are currently reading.\n 4. The Docker daemon streamed that output to the Docker client, which sent it\n    to your terminal.\n\nTo try something more ambitious, you can run an Ubuntu container with:\n $ docker run -it ubuntu bash\n\nShare images, automate workflows, and more with a free Docker ID:\n https://hub.docker.com/\n\nFor more examples and ideas, visit:\n https://docs.docker.com/get-started/\n\n";

/// `hostname`.
pub fn hostname(_args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let h = ctx.hostname.to_string();
    ctx.out.out(format!("{h}\n"));
    0
}

/// `[[HH:]MM:]SS` CPU time columns: processes here use none to speak of.
fn cpu_time() -> &'static str {
    "00:00:00"
}

/// `09:00` start column of `ps -ef`/`ps aux`.
fn stime(ms: i64) -> String {
    let (_, _, _, h, mi, _) = crate::clock::civil(ms.div_euclid(1000));
    format!("{h:02}:{mi:02}")
}

/// `ps` (procps-ng), `ps aux`, `ps -ef`; busybox `ps` on Alpine.
pub fn ps(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let mut procs: Vec<ProcessInfo> = ctx.processes.to_vec();
    super::busybox::add_self(&mut procs, "ps", args, ctx);
    crate::sort::sort_by_key(&mut procs, |p| p.pid);
    let joined = args.join(" ");
    let mut out = String::new();
    if is_busybox(ctx.fs) {
        out.push_str("PID   USER     TIME  COMMAND\n");
        for p in &procs {
            out.push_str(&format!(
                "{:>5} {:<8} {:>5} {}\n",
                p.pid,
                trunc(&p.user, 8),
                "0:00",
                p.command
            ));
        }
    } else if joined.contains("aux") || joined.contains("-aux") {
        out.push_str(
            "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n",
        );
        for p in &procs {
            let tty = p.tty.clone().unwrap_or_else(|| "?".to_string());
            let me = p.start_ms == ctx.now_ms && p.command.starts_with("ps");
            let stat = if p.pid == 1 {
                "Ss"
            } else if me && p.tty.is_none() {
                "Rs"
            } else if p.tty.is_some() {
                "Rs+"
            } else {
                "S"
            };
            let vsz = p.rss_kib * 4 + 2000;
            out.push_str(&format!(
                "{:<10} {:>6}  0.0  0.1 {:>6} {:>5} {:<8} {:<4} {}   0:00 {}\n",
                trunc(&p.user, 10),
                p.pid,
                vsz,
                p.rss_kib,
                tty,
                stat,
                stime(p.start_ms),
                p.command
            ));
        }
    } else if joined.contains("-ef") || joined.contains("-e") {
        out.push_str("UID          PID    PPID  C STIME TTY          TIME CMD\n");
        for p in &procs {
            let ppid = if p.pid == 1 { 0 } else { 1 };
            let ppid = if p.tty.is_some() && p.pid != 1 {
                0
            } else {
                ppid
            };
            out.push_str(&format!(
                "{:<8} {:>7} {:>7}  0 {} {:<8} {} {}\n",
                trunc(&p.user, 8),
                p.pid,
                ppid,
                stime(p.start_ms),
                p.tty.clone().unwrap_or_else(|| "?".to_string()),
                cpu_time(),
                p.command
            ));
        }
    } else {
        // Plain `ps`: processes on the caller's terminal.
        out.push_str("    PID TTY          TIME CMD\n");
        for p in procs.iter().filter(|p| p.tty.is_some()) {
            let comm = p.command.split_whitespace().next().unwrap_or("");
            let comm = comm.rsplit('/').next().unwrap_or(comm);
            out.push_str(&format!(
                "{:>7} {:<8} {} {}\n",
                p.pid,
                p.tty.clone().unwrap_or_default(),
                cpu_time(),
                comm
            ));
        }
    }
    ctx.out.out(out);
    0
}

fn trunc(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('+');
        t
    } else {
        s.to_string()
    }
}

/// Version banners of tools (`java -version`, `go version`, `git --version` ...).
pub fn version_command(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let first = args.first().map(String::as_str).unwrap_or("");
    match name {
        "java" => {
            let v = env_or(ctx.env, "JAVA_VERSION", "jdk-21.0.7+6").to_string();
            let short = v
                .trim_start_matches("jdk-")
                .split('+')
                .next()
                .unwrap_or("21")
                .to_string();
            let build = v.split('+').nth(1).unwrap_or("6").to_string();
            ctx.out.err(format!(
                "openjdk version \"{short}\" 2025-04-15 LTS\nOpenJDK Runtime Environment Temurin-{short}+{build} (build {short}+{build}-LTS)\nOpenJDK 64-Bit Server VM Temurin-{short}+{build} (build {short}+{build}-LTS, mixed mode, sharing)\n"
            ));
            0
        }
        "go" => {
            let v = env_or(ctx.env, "GOLANG_VERSION", "1.24.4").to_string();
            ctx.out.out(format!("go version go{v} linux/amd64\n"));
            0
        }
        "git" if first == "--version" => {
            ctx.out.out("git version 2.39.5\n");
            0
        }
        "vim" if first == "--version" => {
            ctx.out
                .out("VIM - Vi IMproved 9.0 (2022 Jun 28, compiled May 04 2025 16:10:33)\n");
            0
        }
        "gcc" if first == "--version" => {
            ctx.out.out("gcc (Debian 12.2.0-14+deb12u1) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n");
            0
        }
        "make" if first == "--version" => {
            ctx.out.out("GNU Make 4.3\nBuilt for x86_64-pc-linux-gnu\nCopyright (C) 1988-2020 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n");
            0
        }
        "make" => {
            ctx.out
                .err("make: *** No targets specified and no makefile found.  Stop.\n");
            2
        }
        "httpd" if args.iter().any(|a| a == "-t") => {
            ctx.out.err("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\nSyntax OK\n");
            0
        }
        "httpd" if args.iter().any(|a| a == "-v") => {
            let v = env_or(ctx.env, "HTTPD_VERSION", "2.4.63").to_string();
            ctx.out.out(format!(
                "Server version: Apache/{v} (Unix)\nServer built:   Jan 23 2025 01:35:53\n"
            ));
            0
        }
        _ => {
            ctx.out.err(format!("{name}: missing operand\n"));
            1
        }
    }
}
