//! Process and system tools inside containers: `top` (one snapshot, BusyBox's or procps'),
//! `uptime`, `free`, the process a `ps` or `top` itself is (real `ps aux` lists its own
//! line), and the fallback of full-screen editors (`vi`, `nano`) the terminal cannot run.

use super::nettools::is_applet;
use super::{ProcessInfo, ProgramCtx};

/// When the Docker VM booted: two hours and three minutes before the session's clock began.
fn boot_ms() -> i64 {
    crate::clock::DEFAULT_EPOCH_MS - (2 * 3600 + 3 * 60) * 1000
}

/// Adds the process running `name args` (this very `ps`/`top`) to the list, as the
/// kernel would: the next PID after the container's processes (exec'd processes start at 7).
pub fn add_self(procs: &mut Vec<ProcessInfo>, name: &str, args: &[String], ctx: &ProgramCtx) {
    if procs.is_empty() {
        return;
    }
    let max = procs.iter().map(|p| p.pid).max().unwrap_or(1);
    let mut command = name.to_string();
    for a in args {
        command.push(' ');
        command.push_str(a);
    }
    if procs.iter().any(|p| p.pid != 1 && p.command == command) {
        return;
    }
    procs.push(ProcessInfo {
        pid: (max + 1).max(7),
        user: procs[0].user.clone(),
        command,
        start_ms: ctx.now_ms,
        tty: ctx.tty.then(|| "pts/0".to_string()),
        rss_kib: 1536,
    });
}

fn clock(ms: i64) -> String {
    let (_, _, _, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!("{h:02}:{mi:02}:{s:02}")
}

/// `up 2:03` / `up 1 day,  2:03` / `up 5 min`.
fn up(now_ms: i64) -> String {
    let secs = (now_ms - boot_ms()).max(0) / 1000;
    let (days, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    let hm = if h == 0 {
        format!("{m} min")
    } else {
        format!("{h:>2}:{m:02}")
    };
    match days {
        0 => format!("up {hm}"),
        1 => format!("up 1 day, {hm}"),
        d => format!("up {d} days, {hm}"),
    }
}

/// `uptime`.
pub fn uptime(_args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let users = if is_applet(ctx, "uptime") {
        "0 users"
    } else {
        "0 user"
    };
    ctx.out.out(format!(
        " {} {},  {users},  load average: 0.00, 0.00, 0.00\n",
        clock(ctx.now_ms),
        up(ctx.now_ms)
    ));
    0
}

/// Memory of the Docker VM, KiB: total, used, free, shared, buffers, cached.
const MEM: [u64; 6] = [8_024_684, 1_108_260, 5_983_012, 3_472, 58_544, 874_868];

/// `free` (BusyBox: KiB; procps: `-h`, `-m` too).
pub fn free(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let [total, used, free, shared, buff, cache] = MEM;
    let avail = free + cache;
    if is_applet(ctx, "free") {
        ctx.out.out(format!(
            "              total        used        free      shared  buff/cache   available\nMem:      {total:>9}   {used:>9}   {free:>9}   {shared:>9}   {:>9}   {avail:>9}\nSwap:       1048572           0     1048572\n",
            buff + cache
        ));
        return 0;
    }
    let human = args.iter().any(|a| a == "-h");
    let f = |k: u64| {
        if human {
            let g = k as f64 / 1_048_576.0;
            if g >= 1.0 {
                format!("{g:.1}Gi")
            } else {
                format!("{}Mi", k / 1024)
            }
        } else if args.iter().any(|a| a == "-m") {
            (k / 1024).to_string()
        } else {
            k.to_string()
        }
    };
    ctx.out.out(format!(
        "               total        used        free      shared  buff/cache   available\nMem:     {:>11} {:>11} {:>11} {:>11} {:>11} {:>11}\nSwap:    {:>11} {:>11} {:>11}\n",
        f(total), f(used), f(free), f(shared), f(buff + cache), f(avail),
        f(1_048_572), f(0), f(1_048_572)
    ));
    0
}

/// `top`: the terminal cannot show a screen that refreshes, so every `top` prints one
/// snapshot, as `top -b -n 1` does.
pub fn top(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let mut procs = ctx.processes.to_vec();
    add_self(&mut procs, "top", args, ctx);
    crate::sort::sort_by_key(&mut procs, |p| p.pid);
    let [total, used, free, shared, buff, cache] = MEM;
    let mut t = String::new();
    if is_applet(ctx, "top") {
        t.push_str(&format!(
            "Mem: {used}K used, {free}K free, {shared}K shrd, {buff}K buff, {cache}K cached\nCPU:   0% usr   0% sys   0% nic 100% idle   0% io   0% irq   0% sirq\nLoad average: 0.00 0.00 0.00 1/{} {}\n  PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND\n",
            procs.len() + 340,
            procs.last().map_or(1, |p| p.pid)
        ));
        for p in &procs {
            let me = p.command.starts_with("top");
            let vsz = p.rss_kib / 2 + 1_000;
            t.push_str(&format!(
                "{:>5} {:>5} {:<8} {:<4} {:>5} {:>3}% {:>3} {:>3}% {}\n",
                p.pid,
                0,
                p.user.chars().take(8).collect::<String>(),
                if me { "R" } else { "S" },
                vsz,
                0,
                if me { 1 } else { 0 },
                0,
                p.command
            ));
        }
    } else {
        let running = procs
            .iter()
            .filter(|p| p.command.starts_with("top"))
            .count();
        t.push_str(&format!(
            "top - {} {},  0 user,  load average: 0.00, 0.00, 0.00\nTasks: {:>3} total, {running:>3} running, {:>3} sleeping,   0 stopped,   0 zombie\n%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st \nMiB Mem : {:>8.1} total, {:>8.1} free, {:>8.1} used, {:>8.1} buff/cache     \nMiB Swap: {:>8.1} total, {:>8.1} free, {:>8.1} used. {:>8.1} avail Mem \n\n    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n",
            clock(ctx.now_ms),
            up(ctx.now_ms),
            procs.len(),
            procs.len() - running,
            total as f64 / 1024.0,
            free as f64 / 1024.0,
            used as f64 / 1024.0,
            (buff + cache) as f64 / 1024.0,
            1024.0,
            1024.0,
            0.0,
            (free + cache) as f64 / 1024.0,
        ));
        for p in &procs {
            let me = p.command.starts_with("top");
            let comm = p.command.split_whitespace().next().unwrap_or("");
            let comm = comm.rsplit('/').next().unwrap_or(comm);
            t.push_str(&format!(
                "{:>7} {:<8}  20   0 {:>7} {:>6} {:>6} {}   0.0   0.0   0:00.{:02} {}\n",
                p.pid,
                p.user.chars().take(8).collect::<String>(),
                p.rss_kib * 3 + 1_000,
                p.rss_kib,
                p.rss_kib * 3 / 4,
                if me { "R" } else { "S" },
                p.pid % 7 + 1,
                comm
            ));
        }
    }
    ctx.out.out(t);
    0
}

/// `vi FILE` / `nano FILE` inside a container: no full-screen program here; say how to
/// write the file instead.
pub fn editor(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let file = args
        .iter()
        .find(|a| !a.starts_with('-') && !a.starts_with('+'))
        .map(String::as_str)
        .unwrap_or("FILE");
    ctx.out.err(format!(
        "{name}: dockling has no full-screen editor inside containers. Write the file with\n  cat > {file}   (type the lines, then Ctrl-D)\nor change it with sed -i 's/old/new/' {file}, or edit it on your machine and docker cp it in.\n"
    ));
    1
}
