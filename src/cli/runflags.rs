//! The host-side flags of `docker run`/`create` read into the daemon's `HostSettings`: limits,
//! namespaces, DNS, capabilities, devices, ulimits, tmpfs, `--init`, `--cidfile`, `-a`, and the
//! `--health-*` options. Values are read as the client sends them; the option families'
//! validation lives with the option parsers.

use super::spec::pflag::{parse_bytes, parse_duration_ms};
use super::spec::Flags;
use crate::engine::hostconfig::{parse_device, HostSettings, MountSpec};
use crate::image::Healthcheck;

/// Reads a size flag (`-m 512m`); `-1` is kept for `--memory-swap`.
fn size(f: &Flags, long: &str) -> Result<i64, String> {
    match f.str(long).filter(|v| !v.is_empty()) {
        None => Ok(0),
        Some("-1") => Ok(-1),
        // The client validated the value already (`opts::ram_in_bytes`, go-units' rules).
        Some(v) => super::opts::ram_in_bytes(v)
            .or_else(|_| parse_bytes(v))
            .map_err(|e| format!("invalid argument {v:?} for \"--{long}\" flag: {e}")),
    }
}

fn strings(f: &Flags, long: &str) -> Vec<String> {
    f.list(long).iter().map(|s| s.to_string()).collect()
}

fn pairs(f: &Flags, long: &str, sep: char) -> Vec<(String, String)> {
    f.list(long)
        .iter()
        .map(|s| {
            let (k, v) = s.split_once(sep).unwrap_or((s, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// The `HostSettings` a `run`/`create` command line asks for. `detach` is whether the client
/// will stay attached (`run` without `-d`).
pub fn host_settings(f: &Flags, attached: bool) -> Result<HostSettings, String> {
    let mut h = HostSettings {
        memory: size(f, "memory")?,
        memory_swap: size(f, "memory-swap")?,
        memory_reservation: size(f, "memory-reservation")?,
        shm_size: size(f, "shm-size")?,
        cpu_shares: f.int("cpu-shares").unwrap_or(0),
        cpuset_cpus: f.str("cpuset-cpus").unwrap_or("").to_string(),
        pids_limit: f
            .was_set("pids-limit")
            .then(|| f.int("pids-limit"))
            .flatten(),
        pid_mode: f.str("pid").unwrap_or("").to_string(),
        ipc_mode: f.str("ipc").unwrap_or("").to_string(),
        uts_mode: f.str("uts").unwrap_or("").to_string(),
        extra_hosts: strings(f, "add-host"),
        dns: strings(f, "dns"),
        dns_options: strings(f, "dns-option"),
        dns_search: strings(f, "dns-search"),
        links: f
            .list("link")
            .iter()
            .map(|l| {
                // `--link db` is `db:db`; the daemon stores `/db:/<name>/db`, shown as typed.
                if l.contains(':') {
                    l.to_string()
                } else {
                    format!("{l}:{l}")
                }
            })
            .collect(),
        cap_add: strings(f, "cap-add"),
        cap_drop: strings(f, "cap-drop"),
        group_add: strings(f, "group-add"),
        devices: f.list("device").iter().map(|d| parse_device(d)).collect(),
        readonly_rootfs: f.bool("read-only"),
        tmpfs: pairs(f, "tmpfs", ':'),
        init: f.was_set("init").then(|| f.bool("init")),
        privileged: f.bool("privileged"),
        security_opt: strings(f, "security-opt"),
        sysctls: pairs(f, "sysctl", '='),
        log_driver: f.str("log-driver").unwrap_or("").to_string(),
        log_opts: pairs(f, "log-opt", '='),
        cidfile: f.str("cidfile").unwrap_or("").to_string(),
        oom_kill_disable: f
            .was_set("oom-kill-disable")
            .then(|| f.bool("oom-kill-disable")),
        oom_score_adj: f.int("oom-score-adj").unwrap_or(0),
        runtime: f.str("runtime").unwrap_or("").to_string(),
        volumes_from: strings(f, "volumes-from"),
        ..HostSettings::default()
    };
    if let Some(cpus) = f.str("cpus").filter(|v| !v.is_empty()) {
        h.nano_cpus = super::opts::parse_cpus(cpus)
            .map_err(|e| format!("invalid argument {cpus:?} for \"--cpus\" flag: {e}"))?;
    }
    for u in f.list("ulimit") {
        h.ulimits.push(
            super::opts::ulimit(u)
                .map_err(|e| format!("invalid argument {u:?} for \"--ulimit\" flag: {e}"))?,
        );
    }
    for m in f.list("mount") {
        let mut spec = MountSpec {
            kind: "volume".to_string(),
            source: String::new(),
            target: String::new(),
            read_only: false,
        };
        for field in m.split(',') {
            let (k, v) = field.split_once('=').unwrap_or((field, ""));
            match k {
                "type" => spec.kind = v.to_string(),
                "source" | "src" => spec.source = v.to_string(),
                "target" | "destination" | "dst" => spec.target = v.to_string(),
                "readonly" | "ro" => spec.read_only = v.is_empty() || v == "true" || v == "1",
                _ => {}
            }
        }
        h.mount_specs.push(spec);
    }
    // `-a` names the streams; without it an attached client takes stdout and stderr, and
    // stdin with `-i`. A detached container has none attached.
    let named = f.list("attach");
    h.attach = if !named.is_empty() {
        let has = |s: &str| named.iter().any(|n| n.eq_ignore_ascii_case(s));
        [
            has("stdin") || f.bool("interactive"),
            has("stdout"),
            has("stderr"),
        ]
    } else if attached {
        [f.bool("interactive"), true, true]
    } else {
        [false, false, false]
    };
    if f.bool("tty") && attached {
        h.console = (24, 80);
    }
    Ok(h)
}

/// `--health-*` and `--no-healthcheck` as a healthcheck override; `None` when none was typed.
pub fn healthcheck(f: &Flags) -> Result<Option<Healthcheck>, String> {
    let ns = |long: &str| -> Result<i64, String> {
        match f.str(long).filter(|v| !v.is_empty()) {
            None => Ok(0),
            Some(v) => parse_duration_ms(v)
                .map(|ms| ms * 1_000_000)
                .map_err(|e| format!("invalid argument {v:?} for \"--{long}\" flag: {e}")),
        }
    };
    let any = [
        "health-cmd",
        "health-interval",
        "health-timeout",
        "health-start-period",
        "health-start-interval",
        "health-retries",
    ]
    .iter()
    .any(|l| f.was_set(l));
    if f.bool("no-healthcheck") {
        if any {
            return Err("--no-healthcheck conflicts with --health-* options".to_string());
        }
        return Ok(Some(Healthcheck {
            test: vec!["NONE".to_string()],
            ..Healthcheck::default()
        }));
    }
    if !any {
        return Ok(None);
    }
    Ok(Some(Healthcheck {
        test: match f.str("health-cmd").filter(|c| !c.is_empty()) {
            Some(cmd) => vec!["CMD-SHELL".to_string(), cmd.to_string()],
            None => Vec::new(),
        },
        interval: ns("health-interval")?,
        timeout: ns("health-timeout")?,
        start_period: ns("health-start-period")?,
        start_interval: ns("health-start-interval")?,
        retries: f.int("health-retries").unwrap_or(0),
    }))
}
