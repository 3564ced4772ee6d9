//! Option values checked the way docker/cli checks them: each flag's value when it is parsed
//! (pflag's `Set`, reported as `invalid argument "…" for "--x" flag: …`), and the
//! `run`/`create` options afterwards in docker's order ([`container`]).
//!
//! The rules and the messages follow docker/cli's `opts` package, go-units and go-connections;
//! the tests mirror the shape of their tables.

pub mod container;
pub mod global;
pub mod mount;
pub mod net;

use super::spec::{Cmd, FlagDef, Kind};

/// Checks one flag value as the flag's own type does when pflag sets it. `None` when the flag
/// has no check of its own; otherwise the message after `flag: `.
pub fn flag_value(cmd: Option<Cmd>, def: &FlagDef, v: &str) -> Option<Result<(), String>> {
    use Cmd::*;
    if def.ty == "filter" {
        return Some(filter(v));
    }
    let container = matches!(cmd, Some(ContainerRun | ContainerCreate));
    let r = match (def.long.as_str(), def.kind) {
        ("memory-swap", Kind::Bytes) if v == "-1" => Ok(()),
        (_, Kind::Bytes) => ram_in_bytes(v).map(|_| ()),
        ("cpus", Kind::Decimal) => parse_cpus(v).map(|_| ()),
        ("env", _) if container || cmd == Some(ContainerExec) => env(v),
        ("label", _) if container || matches!(cmd, Some(NetworkCreate | VolumeCreate)) => label(v),
        ("add-host", _) if container => net::validate_extra_host(v),
        ("link", _) if cmd == Some(NetworkConnect) => link(v),
        _ if !container => return None,
        ("attach", _) => attach(v),
        ("dns", _) => match net::parse_ip(v.trim()) {
            Some(_) => Ok(()),
            None => Err(format!("IP address is not correctly formatted: {v}")),
        },
        ("dns-search", _) => net::validate_dns_search(v),
        ("device-cgroup-rule", _) => device_cgroup_rule(v),
        ("link", _) => link(v),
        ("sysctl", _) => sysctl(v),
        ("ulimit", _) => ulimit(v).map(|_| ()),
        ("blkio-weight-device", _) => weight_device(v),
        ("device-read-bps" | "device-write-bps", _) => throttle_device(v, true),
        ("device-read-iops" | "device-write-iops", _) => throttle_device(v, false),
        ("gpus", _) => gpus(v),
        ("mount", _) => mount::parse_mount(v).map(|_| ()),
        ("network" | "net", _) => network_opt(v).map(|_| ()),
        _ => return None,
    };
    Some(r)
}

/// Go's `strconv.ParseFloat(s, 64)` error text, or the value.
fn parse_float(s: &str) -> Result<f64, String> {
    let plain = s.trim_start_matches(['+', '-']);
    let special = ["inf", "infinity", "nan"]
        .iter()
        .any(|w| plain.eq_ignore_ascii_case(w));
    let ok_chars = s
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
    match s.parse::<f64>() {
        Ok(v) if special || ok_chars => {
            if v.is_infinite() && !special {
                Err(format!(
                    "strconv.ParseFloat: parsing {s:?}: value out of range"
                ))
            } else {
                Ok(v)
            }
        }
        _ => Err(format!("strconv.ParseFloat: parsing {s:?}: invalid syntax")),
    }
}

/// go-units' `RAMInBytes` (binary units), with its error texts.
pub fn ram_in_bytes(size: &str) -> Result<i64, String> {
    // go-units as docker 28.2 vendors it: the number ends at the last digit, dot or space.
    let Some(sep) = size.rfind(|c: char| c.is_ascii_digit() || c == '.' || c == ' ') else {
        return Err(format!("invalid size: '{size}'"));
    };
    let (num, sfx) = if size.as_bytes()[sep] == b' ' {
        (&size[..sep], &size[sep + 1..])
    } else {
        size.split_at(sep + 1)
    };
    let n = parse_float(num)?;
    if n < 0.0 {
        return Err(format!("invalid size: '{size}'"));
    }
    if sfx.is_empty() {
        return Ok(n as i64);
    }
    let low = sfx.to_ascii_lowercase();
    let bad = || {
        Err(format!(
            "invalid suffix: '{}'",
            if sfx.len() > 3 {
                sfx.to_string()
            } else {
                low.clone()
            }
        ))
    };
    if sfx.len() > 3 {
        return bad();
    }
    let b = low.as_bytes();
    if b[0] == b'b' {
        return if b.len() > 1 { bad() } else { Ok(n as i64) };
    }
    let Some(pow) = b"kmgtp".iter().position(|c| *c == b[0]) else {
        return bad();
    };
    if (b.len() == 2 && b[1] != b'b') || (b.len() == 3 && &low[1..] != "ib") {
        return bad();
    }
    Ok((n * 1024f64.powi(pow as i32 + 1)) as i64)
}

/// docker's `ParseCPUs`: a rational number of CPUs as nano-CPUs.
pub fn parse_cpus(v: &str) -> Result<i64, String> {
    let bad = || format!("failed to parse {v} as a rational number");
    let radix = [
        ("0x", 16),
        ("0X", 16),
        ("0b", 2),
        ("0B", 2),
        ("0o", 8),
        ("0O", 8),
    ]
    .iter()
    .find_map(|(p, r)| v.strip_prefix(p).map(|d| (d, *r)));
    let (num, den): (i128, i128) = if let Some((digits, r)) = radix {
        match i128::from_str_radix(digits, r) {
            Ok(n) if !digits.starts_with(['+', '-']) => (n, 1),
            _ => return Err(bad()),
        }
    } else if let Some((a, b)) = v.split_once('/') {
        let int = |s: &str| -> Option<i128> {
            let d = s.strip_prefix(['+', '-']).unwrap_or(s);
            (!d.is_empty() && d.len() < 30 && d.bytes().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        match (int(a), int(b)) {
            (Some(a), Some(b)) if b != 0 && !b.is_negative() => (a, b),
            _ => return Err(bad()),
        }
    } else {
        let (mant, exp) = match v.find(['e', 'E']) {
            Some(i) => (&v[..i], v[i + 1..].parse::<i32>().map_err(|_| bad())?),
            None => (v, 0),
        };
        let (neg, m) = match mant.strip_prefix('-') {
            Some(m) => (true, m),
            None => (false, mant.strip_prefix('+').unwrap_or(mant)),
        };
        let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
        let digits = format!("{ip}{fp}");
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) || exp.abs() > 30 {
            return Err(bad());
        }
        let digits = digits.trim_start_matches('0');
        if digits.len() > 30 {
            return Err("value is too precise".into());
        }
        let mut n: i128 = if digits.is_empty() {
            0
        } else {
            digits.parse().map_err(|_| bad())?
        };
        if neg {
            n = -n;
        }
        let scale = exp - fp.len() as i32;
        if scale >= 0 {
            (n.saturating_mul(10i128.pow(scale as u32)), 1)
        } else {
            (n, 10i128.pow((-scale) as u32))
        }
    };
    let nano = num.saturating_mul(1_000_000_000);
    if nano % den != 0 {
        return Err("value is too precise".into());
    }
    Ok((nano / den) as i64)
}

fn filter(v: &str) -> Result<(), String> {
    if v.is_empty() || v.contains('=') {
        Ok(())
    } else {
        Err("bad format of filter (expected name=value)".into())
    }
}

fn env(v: &str) -> Result<(), String> {
    if v.split('=').next().unwrap_or("").is_empty() {
        return Err(format!("invalid environment variable: {v}"));
    }
    Ok(())
}

/// `opts.ValidateLabel`.
pub fn label(v: &str) -> Result<(), String> {
    let key = v
        .split('=')
        .next()
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    if key.is_empty() {
        return Err(format!("invalid label '{v}': empty name"));
    }
    if key.contains([' ', '\t']) {
        return Err(format!("label '{key}' contains whitespaces"));
    }
    Ok(())
}

fn attach(v: &str) -> Result<(), String> {
    match v.to_ascii_lowercase().as_str() {
        "stdin" | "stdout" | "stderr" => Ok(()),
        _ => Err("valid streams are STDIN, STDOUT and STDERR".into()),
    }
}

fn device_cgroup_rule(v: &str) -> Result<(), String> {
    // ^[acb] ([0-9]+|\*):([0-9]+|\*) [rwm]{1,3}$
    let num = |s: &str| s == "*" || (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()));
    let parts: Vec<&str> = v.split(' ').collect();
    let ok = match parts.as_slice() {
        [t, mm, perm] => {
            matches!(*t, "a" | "c" | "b")
                && mm.split_once(':').is_some_and(|(a, b)| num(a) && num(b))
                && (1..=3).contains(&perm.len())
                && perm.bytes().all(|c| matches!(c, b'r' | b'w' | b'm'))
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("invalid device cgroup format '{v}'"))
    }
}

fn link(v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Err("empty string specified for links".into());
    }
    if v.splitn(3, ':').count() > 2 {
        return Err(format!("bad format for links: {v}"));
    }
    Ok(())
}

fn sysctl(v: &str) -> Result<(), String> {
    const NAMES: &[&str] = &[
        "kernel.msgmax",
        "kernel.msgmnb",
        "kernel.msgmni",
        "kernel.sem",
        "kernel.shmall",
        "kernel.shmmax",
        "kernel.shmmni",
        "kernel.shm_rmid_forced",
    ];
    let ok = match v.split_once('=') {
        Some((k, _)) if !k.is_empty() => {
            NAMES.contains(&k) || k.starts_with("net.") || k.starts_with("fs.mqueue.")
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("sysctl '{v}' is not allowed"))
    }
}

/// Go's `strconv.ParseInt(s, 10, 64)`.
fn parse_int10(s: &str) -> Result<i64, String> {
    let d = s.strip_prefix(['+', '-']).unwrap_or(s);
    if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("strconv.ParseInt: parsing {s:?}: invalid syntax"));
    }
    s.parse()
        .map_err(|_| format!("strconv.ParseInt: parsing {s:?}: value out of range"))
}

/// A `--ulimit` value: the daemon's own type (name, soft and hard limits).
pub use crate::engine::hostconfig::Ulimit;

/// go-units' `ParseUlimit` (as docker 28.2 vendors it).
pub fn ulimit(v: &str) -> Result<Ulimit, String> {
    const NAMES: &[&str] = &[
        "core",
        "cpu",
        "data",
        "fsize",
        "locks",
        "memlock",
        "msgqueue",
        "nice",
        "nofile",
        "nproc",
        "rss",
        "rtprio",
        "rttime",
        "sigpending",
        "stack",
    ];
    let Some((name, limits)) = v.split_once('=') else {
        return Err(format!("invalid ulimit argument: {v}"));
    };
    if !NAMES.contains(&name) {
        return Err(format!("invalid ulimit type: {name}"));
    }
    let parts: Vec<&str> = limits.split(':').collect();
    let (soft, hard) = match parts.as_slice() {
        [s] => {
            let s = parse_int10(s)?;
            (s, s)
        }
        [s, h] => {
            let h = parse_int10(h)?;
            (parse_int10(s)?, h)
        }
        _ => {
            return Err(format!(
                "too many limit value arguments - {limits}, can only have up to two, `soft[:hard]`"
            ))
        }
    };
    if hard != -1 {
        if soft == -1 {
            return Err(format!("ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: {hard}"));
        }
        if soft > hard {
            return Err(format!(
                "ulimit soft limit must be less than or equal to hard limit: {soft} > {hard}"
            ));
        }
    }
    Ok(Ulimit {
        name: name.to_string(),
        soft,
        hard,
    })
}

fn device_path(v: &str) -> Result<&str, String> {
    match v.split_once(':') {
        Some((k, rest)) if !k.is_empty() => {
            if k.starts_with("/dev/") {
                Ok(rest)
            } else {
                Err(format!("bad format for device path: {v}"))
            }
        }
        _ => Err(format!("bad format: {v}")),
    }
}

fn weight_device(v: &str) -> Result<(), String> {
    let w = device_path(v)?;
    match net::parse_uint10(w, 16) {
        Ok(w) if w == 0 || (10..=1000).contains(&w) => Ok(()),
        _ => Err(format!("invalid weight for device: {v}")),
    }
}

fn throttle_device(v: &str, bytes: bool) -> Result<(), String> {
    let rate = device_path(v)?;
    if bytes {
        match ram_in_bytes(rate) {
            Ok(r) if r >= 0 => Ok(()),
            _ => Err(format!("invalid rate for device: {v}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb")),
        }
    } else {
        net::parse_uint10(rate, 64).map(|_| ()).map_err(|_| {
            format!("invalid rate for device: {v}. The correct format is <device-path>:<number>. Number must be a positive integer")
        })
    }
}

fn gpu_count(s: &str) -> Result<(), String> {
    if s == "all" {
        return Ok(());
    }
    let d = s.strip_prefix(['+', '-']).unwrap_or(s);
    let why = if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
        "invalid syntax"
    } else if s.parse::<i64>().is_err() {
        "value out of range"
    } else {
        return Ok(());
    };
    Err(format!(
        "invalid count ({s}): value must be either \"all\" or an integer: {why}"
    ))
}

fn gpus(v: &str) -> Result<(), String> {
    let mut seen: Vec<String> = Vec::new();
    for field in mount::csv_fields(v)? {
        let (key, val) = match field.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (field.clone(), None),
        };
        if seen.contains(&key) {
            return Err(format!(
                "gpu request key '{key}' can be specified only once"
            ));
        }
        seen.push(key.clone());
        let Some(val) = val else {
            seen.push("count".into());
            gpu_count(&key)?;
            continue;
        };
        match key.as_str() {
            "driver" | "device" | "capabilities" => {}
            "count" => gpu_count(&val)?,
            "options" => {
                mount::csv_fields(&val).map_err(|e| format!("failed to read gpu options: {e}"))?;
            }
            _ => return Err(format!("unexpected key '{key}' in '{field}'")),
        }
    }
    Ok(())
}

/// One `--network` value (docker's `NetworkAttachmentOpts`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetworkAttachment {
    /// The network's name or ID.
    pub target: String,
    /// `alias=`.
    pub aliases: Vec<String>,
    /// `ip=`.
    pub ipv4: String,
    /// `ip6=`.
    pub ipv6: String,
    /// `mac-address=`.
    pub mac: String,
    /// `link-local-ip=`.
    pub link_local: Vec<String>,
    /// `driver-opt=`.
    pub driver_opts: Vec<(String, String)>,
    /// Anything but the name was given.
    pub advanced: bool,
}

/// Whether a value uses the `key=value,…` syntax (`\w+=\w+(,\w+=\w+)*` found anywhere).
fn long_syntax(v: &str) -> bool {
    let w = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let b = v.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| b[i] == b'=' && w(b[i - 1]) && w(b[i + 1]))
}

/// `opts.NetworkOpt.Set`.
pub fn network_opt(v: &str) -> Result<NetworkAttachment, String> {
    if !long_syntax(v) {
        return Ok(NetworkAttachment {
            target: v.to_string(),
            ..Default::default()
        });
    }
    let mut n = NetworkAttachment::default();
    for field in mount::csv_fields(v)? {
        let lower = field.to_ascii_lowercase();
        let Some((key, val)) = lower.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return Err(format!("invalid field {field}"));
        };
        let (key, val) = (key.trim(), val.trim().to_string());
        match key {
            "name" => n.target = val,
            "alias" => n.aliases.push(val),
            "ip" => n.ipv4 = val,
            "ip6" => n.ipv6 = val,
            "mac-address" => n.mac = val,
            "link-local-ip" => n.link_local.push(val),
            "driver-opt" => match val.split_once('=') {
                Some((k, v)) if !k.is_empty() => n
                    .driver_opts
                    .push((k.trim().to_string(), v.trim().to_string())),
                _ => return Err("invalid key value pair format in driver options".into()),
            },
            "gw-priority" => {
                let d = val.strip_prefix(['+', '-']).unwrap_or(&val);
                if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
                    return Err(format!("invalid gw-priority ({val}): invalid syntax"));
                }
            }
            _ => return Err(format!("invalid field key {key}")),
        }
    }
    if n.target.is_empty() {
        return Err("network name/id is not specified".into());
    }
    n.advanced = true;
    Ok(n)
}

/// `opts.ParseRestartPolicy`: (name, maximum retry count); names are the daemon's to check.
pub fn restart_policy(p: &str) -> Result<(String, i64), String> {
    if p.is_empty() {
        return Ok((String::new(), 0));
    }
    let (k, v) = p.split_once(':').unwrap_or((p, ""));
    if p.contains(':') && k.is_empty() {
        return Err("invalid restart policy format: no policy provided before colon".into());
    }
    let count = if v.is_empty() {
        0
    } else {
        let d = v.strip_prefix(['+', '-']).unwrap_or(v);
        if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
            return Err(
                "invalid restart policy format: maximum retry count must be an integer".into(),
            );
        }
        v.parse().map_err(|_| {
            "invalid restart policy format: maximum retry count must be an integer".to_string()
        })?
    };
    Ok((k.to_string(), count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_like_go_units() {
        let cases: &[(&str, Result<i64, &str>)] = &[
            ("32", Ok(32)),
            ("32b", Ok(32)),
            ("32 B", Ok(32)),
            ("32k", Ok(32 * 1024)),
            ("32KiB", Ok(32 * 1024)),
            ("1.5g", Ok(1536 * 1024 * 1024)),
            ("1bm", Err("invalid suffix: 'bm'")),
            ("10q", Err("invalid suffix: 'q'")),
            (
                "a128m",
                Err("strconv.ParseFloat: parsing \"a128\": invalid syntax"),
            ),
            (
                "1k2",
                Err("strconv.ParseFloat: parsing \"1k2\": invalid syntax"),
            ),
            ("-1", Err("invalid size: '-1'")),
            ("", Err("invalid size: ''")),
            ("m", Err("invalid size: 'm'")),
        ];
        for (v, want) in cases {
            assert_eq!(ram_in_bytes(v), want.map_err(str::to_string), "{v}");
        }
    }

    #[test]
    fn cpus_like_big_rat() {
        assert_eq!(parse_cpus("1.5"), Ok(1_500_000_000));
        assert_eq!(parse_cpus("1/2"), Ok(500_000_000));
        assert_eq!(parse_cpus("1e2"), Ok(100_000_000_000));
        assert_eq!(parse_cpus("0.000000001"), Ok(1));
        assert_eq!(
            parse_cpus("0.0000000001"),
            Err("value is too precise".into())
        );
        assert_eq!(
            parse_cpus("abc"),
            Err("failed to parse abc as a rational number".into())
        );
    }

    #[test]
    fn ulimits_like_go_units() {
        assert_eq!(ulimit("nofile=1024:2048").unwrap().hard, 2048);
        assert_eq!(ulimit("nofile=512").unwrap().hard, 512);
        let errors: &[(&str, &str)] = &[
            ("nofile", "invalid ulimit argument: nofile"),
            ("bogus=1", "invalid ulimit type: bogus"),
            (
                "nofile=1024:1",
                "ulimit soft limit must be less than or equal to hard limit: 1024 > 1",
            ),
            (
                "nofile=x",
                "strconv.ParseInt: parsing \"x\": invalid syntax",
            ),
            (
                "nofile=1:2:3",
                "too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`",
            ),
        ];
        for (v, want) in errors {
            assert_eq!(ulimit(v).unwrap_err(), *want, "{v}");
        }
    }

    #[test]
    fn labels_like_validate_label() {
        let cases: &[(&str, Option<&str>)] = &[
            ("", Some("invalid label '': empty name")),
            (" = ", Some("invalid label ' = ': empty name")),
            (
                "this is a label=value",
                Some("label 'this is a label' contains whitespaces"),
            ),
            ("    label=value", None),
            ("label=a value", None),
            ("key1=value1=value2", None),
        ];
        for (v, want) in cases {
            assert_eq!(label(v).err().as_deref(), *want, "{v:?}");
        }
    }

    #[test]
    fn restart_like_parse_restart_policy() {
        assert_eq!(restart_policy(""), Ok((String::new(), 0)));
        assert_eq!(restart_policy("on-failure:3"), Ok(("on-failure".into(), 3)));
        assert!(restart_policy(":1")
            .unwrap_err()
            .contains("no policy provided before colon"));
        assert!(restart_policy("always:x")
            .unwrap_err()
            .contains("must be an integer"));
        assert_eq!(restart_policy("bogus"), Ok(("bogus".into(), 0)));
    }

    #[test]
    fn network_options() {
        let n = network_opt("name=net1,alias=web1,driver-opt=a=b,ip=172.20.88.22").unwrap();
        assert_eq!(
            (n.target.as_str(), n.aliases.len(), n.ipv4.as_str()),
            ("net1", 1, "172.20.88.22")
        );
        assert_eq!(network_opt("net1").unwrap().target, "net1");
        assert_eq!(
            network_opt("name=net1,foo=bar").unwrap_err(),
            "invalid field key foo"
        );
        assert_eq!(
            network_opt("alias=x").unwrap_err(),
            "network name/id is not specified"
        );
    }
}
