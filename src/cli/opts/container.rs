//! The `run`/`create` checks docker/cli makes after parsing the flags and before it talks to
//! the daemon (its `parse` in `container/opts.go`), in the same order and words.

use super::{mount, net, network_opt, restart_policy, NetworkAttachment};
use crate::cli::spec::Flags;

/// Reads a file of the learner's host (for `--env-file`, `--label-file`, seccomp profiles).
pub type ReadFile<'a> = &'a dyn Fn(&str) -> Option<String>;

fn duration_ms(f: &Flags, long: &str) -> i64 {
    f.str(long)
        .and_then(|v| crate::cli::spec::parse_duration_ms(v).ok())
        .unwrap_or(0)
}

fn valid_container_ref(mode: &str) -> bool {
    mode.strip_prefix("container:")
        .is_some_and(|id| !id.is_empty())
}

/// The container's environment as docker builds it (`ReadKVEnvStrings`): the `--env-file`
/// entries first, then `-e`; a bare name takes the host's value (`host`), and a bare name in a
/// file that the host does not set is left out. Call after [`check`].
pub fn environment(
    f: &Flags,
    read: ReadFile,
    host: &dyn Fn(&str) -> Option<String>,
) -> Vec<String> {
    let mut out = Vec::new();
    for file in f.list("env-file") {
        let text = read(file).unwrap_or_default();
        for line in text.lines() {
            let line = line.trim_start_matches(|c: char| c.is_whitespace());
            let line = line.strip_prefix('\u{feff}').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.contains('=') {
                out.push(line.to_string());
            } else if let Some(v) = host(line) {
                out.push(format!("{line}={v}"));
            }
        }
    }
    for e in f.list("env") {
        match (e.contains('='), host(e)) {
            (false, Some(v)) => out.push(format!("{e}={v}")),
            _ => out.push(e.to_string()),
        }
    }
    out
}

/// `validateLinuxPath` and `parseLinuxDevice` for `--device` on a Linux daemon.
fn device(val: &str) -> Result<(), String> {
    // CDI names (vendor.com/class=name) go to the daemon as they are.
    if let Some((kind, name)) = val.split_once('=') {
        if kind.contains('/') && !kind.starts_with('/') && !name.is_empty() {
            return Ok(());
        }
    }
    let mode_ok = |m: &str| {
        !m.is_empty()
            && m.bytes().all(|c| matches!(c, b'r' | b'w' | b'm'))
            && (1..m.len()).all(|i| !m[..i].contains(&m[i..=i]))
    };
    if val.matches(':').count() > 2 {
        return Err(format!("bad format for path: {val}"));
    }
    let split: Vec<&str> = val.splitn(3, ':').collect();
    if split[0].is_empty() {
        return Err(format!("bad format for path: {val}"));
    }
    let path = match split.as_slice() {
        [p] => *p,
        [p, m] if mode_ok(m) => *p,
        [_, p] => *p,
        [_, p, m] => {
            if !mode_ok(m) {
                return Err(format!("bad mode specified: {m}"));
            }
            *p
        }
        _ => "",
    };
    if !path.starts_with('/') {
        return Err(format!("{path} is not an absolute path"));
    }
    Ok(())
}

/// Go's `kvfile.Parse` on a file read from the host: errors as docker prints them.
fn kv_file(name: &str, read: ReadFile) -> Result<(), String> {
    let Some(text) = read(name) else {
        return Err(format!("open {name}: no such file or directory"));
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_start_matches([' ', '\t']);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key = line.split('=').next().unwrap_or("");
        if key.is_empty() {
            return Err(format!("no variable name on line '{line}'"));
        }
        if key.contains([' ', '\t']) {
            return Err(format!(
                "variable '{}' contains whitespaces",
                key.trim_end()
            ));
        }
        let _ = i;
    }
    Ok(())
}

fn user_defined(target: &str) -> bool {
    !matches!(target, "default" | "bridge" | "host" | "none") && !target.starts_with("container:")
}

/// docker's `parseNetworkOpts` conflicts and per-network checks.
fn network_checks(f: &Flags) -> Result<(), String> {
    let nets: Vec<NetworkAttachment> = f
        .list("network")
        .iter()
        .filter_map(|v| network_opt(v).ok())
        .collect();
    let aliases = f.list("network-alias").len();
    let ip = f.str("ip").unwrap_or("");
    let ip6 = f.str("ip6").unwrap_or("");
    let mac = f.str("mac-address").unwrap_or("");
    let link_local = f.list("link-local-ip").len();
    let apply = |n: &mut NetworkAttachment| -> Result<(), String> {
        let c = |what: &str| Err(format!("conflicting options: cannot specify both {what}"));
        if !n.aliases.is_empty() && aliases > 0 {
            return c("--network-alias and per-network alias");
        }
        if !n.ipv4.is_empty() && !ip.is_empty() {
            return c("--ip and per-network IPv4 address");
        }
        if !n.ipv6.is_empty() && !ip6.is_empty() {
            return c("--ip6 and per-network IPv6 address");
        }
        if !n.mac.is_empty() && !mac.is_empty() {
            return c("--mac-address and per-network MAC address");
        }
        if !n.link_local.is_empty() && link_local > 0 {
            return c("--link-local-ip and per-network link-local IP addresses");
        }
        if aliases > 0 {
            n.aliases = vec![String::new(); aliases];
        }
        if !mac.is_empty() {
            n.mac = mac.to_string();
        }
        Ok(())
    };
    let attachment = |n: &NetworkAttachment| -> Result<(), String> {
        if n.target.trim().is_empty() {
            return Err("no name set for network".into());
        }
        if !user_defined(&n.target) && !n.aliases.is_empty() {
            return Err(
                "network-scoped aliases are only supported for user-defined networks".into(),
            );
        }
        if !n.mac.is_empty() && !net::valid_mac(n.mac.trim()) {
            return Err(format!("{} is not a valid mac address", n.mac));
        }
        Ok(())
    };
    if nets.is_empty() {
        let mut n = NetworkAttachment {
            target: "default".into(),
            ..Default::default()
        };
        apply(&mut n)?;
        return attachment(&n);
    }
    let (mut user, mut other) = (false, false);
    let mut seen: Vec<&str> = Vec::new();
    for (i, n) in nets.iter().enumerate() {
        if user_defined(&n.target) {
            user = true;
        } else {
            other = true;
        }
        let mut n = n.clone();
        if i == 0 {
            apply(&mut n)?;
        }
        attachment(&n)?;
        if seen.contains(&nets[i].target.as_str()) {
            return Err(format!(
                "network {:?} is specified multiple times",
                n.target
            ));
        }
        seen.push(&nets[i].target);
    }
    if user && other {
        return Err("conflicting options: cannot attach both user-defined and non-user-defined network-modes".into());
    }
    Ok(())
}

/// Everything docker's `parse` checks, in its order; the message after `docker: `.
pub fn check(f: &Flags, read: ReadFile) -> Result<(), String> {
    let pull = f.str("pull").unwrap_or("");
    if !matches!(pull, "" | "always" | "missing" | "never") {
        return Err(format!(
            "invalid pull option: '{pull}': must be one of \"always\", \"missing\" or \"never\""
        ));
    }
    let mac = f.str("mac-address").unwrap_or("");
    if !mac.is_empty() && !net::valid_mac(mac.trim()) {
        return Err(format!("{mac} is not a valid mac address"));
    }
    let swappiness = f.int("memory-swappiness").unwrap_or(-1);
    if swappiness != -1 && !(0..=100).contains(&swappiness) {
        return Err(format!(
            "invalid value: {swappiness}. Valid memory swappiness range is 0-100"
        ));
    }
    for v in f.list("volume") {
        mount::parse_volume(v)?;
    }
    for p in f.list("publish") {
        net::parse_publish(p)?;
    }
    for e in f.list("expose") {
        net::parse_expose(e)?;
    }
    for d in f.list("device") {
        device(d)?;
    }
    for file in f.list("env-file") {
        kv_file(file, read)?;
    }
    for file in f.list("label-file") {
        kv_file(file, read)?;
    }
    let mode = |long: &str| f.str(long).unwrap_or("").to_string();
    let pid = mode("pid");
    if !(pid.is_empty() || pid == "host" || valid_container_ref(&pid)) {
        return Err("--pid: invalid PID mode".into());
    }
    if !matches!(mode("uts").as_str(), "" | "host") {
        return Err("--uts: invalid UTS mode".into());
    }
    if !matches!(mode("userns").as_str(), "" | "host") {
        return Err("--userns: invalid USER mode".into());
    }
    if !matches!(mode("cgroupns").as_str(), "" | "host" | "private") {
        return Err("--cgroupns: invalid CGROUP mode".into());
    }
    let (restart, _) = restart_policy(f.str("restart").unwrap_or(""))?;
    if f.str("log-driver") == Some("none") && !f.list("log-opt").is_empty() {
        return Err("invalid logging opts for driver none".into());
    }
    for opt in f.list("security-opt") {
        let (k, v) = match opt.split_once('=') {
            Some(kv) => Some(kv),
            None if opt == "no-new-privileges" => None,
            None => opt.split_once(':'),
        }
        .unwrap_or((opt, ""));
        if v.is_empty() && k != "no-new-privileges" {
            return Err(format!("Invalid --security-opt: {opt:?}"));
        }
        if k == "seccomp" && !matches!(v, "builtin" | "unconfined") && read(v).is_none() {
            return Err(format!(
                "opening seccomp profile ({v}) failed: open {v}: no such file or directory"
            ));
        }
    }
    for opt in f.list("storage-opt") {
        if !opt.contains('=') {
            return Err("invalid storage option".into());
        }
    }
    let health = [
        "health-interval",
        "health-timeout",
        "health-start-period",
        "health-start-interval",
    ];
    let retries = f.int("health-retries").unwrap_or(0);
    let any_health = !f.str("health-cmd").unwrap_or("").is_empty()
        || retries != 0
        || health.iter().any(|h| duration_ms(f, h) != 0);
    if f.bool("no-healthcheck") {
        if any_health {
            return Err("--no-healthcheck conflicts with --health-* options".into());
        }
    } else if any_health {
        for (i, h) in health.iter().enumerate() {
            if duration_ms(f, h) < 0 {
                return Err(format!("--{h} cannot be negative"));
            }
            if i == 1 && retries < 0 {
                return Err("--health-retries cannot be negative".into());
            }
        }
    }
    if f.bool("rm") && !matches!(restart.as_str(), "" | "no") {
        return Err("conflicting options: cannot specify both --restart and --rm".into());
    }
    network_checks(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_on_linux() {
        for ok in [
            "/dev/snd",
            "/dev/snd:rw",
            "/dev/snd:/something",
            "/dev/snd:/something:rw",
            "vendor.com/class=name",
        ] {
            assert_eq!(device(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            device("/dev/snd:/x:bogus"),
            Err("bad mode specified: bogus".into())
        );
        assert_eq!(
            device("/dev/snd:relative"),
            Err("relative is not an absolute path".into())
        );
        assert_eq!(device(":/x"), Err("bad format for path: :/x".into()));
    }
}
