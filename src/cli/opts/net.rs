//! Network values as the docker client reads them: IP and MAC addresses, CIDRs, ports and
//! port ranges (go-connections' `nat`), `--add-host` and DNS search domains.

use std::net::IpAddr;

/// Go's `net.ParseIP`: dotted IPv4 or IPv6 text, no brackets or zones.
pub fn parse_ip(s: &str) -> Option<IpAddr> {
    s.parse().ok()
}

/// Go's `net.ParseMAC`: 6, 8 or 20 bytes as `xx:xx…`, `xx-xx…` or `xxxx.xxxx…`.
pub fn valid_mac(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 14 {
        return false;
    }
    let hex = |p: &[u8]| p.iter().all(u8::is_ascii_hexdigit);
    let (group, sep) = if b[2] == b':' || b[2] == b'-' {
        (2, b[2])
    } else if b[4] == b'.' {
        (4, b'.')
    } else {
        return false;
    };
    let parts: Vec<&[u8]> = b.split(|c| *c == sep).collect();
    let bytes = parts.len() * group / 2;
    parts.iter().all(|p| p.len() == group && hex(p)) && matches!(bytes, 6 | 8 | 20)
}

/// Go's `net.ParseCIDR`: the address and prefix length, or Go's error text.
pub fn parse_cidr(s: &str) -> Result<(IpAddr, u8), String> {
    let bad = || format!("invalid CIDR address: {s}");
    let (ip, len) = s.split_once('/').ok_or_else(bad)?;
    let ip = parse_ip(ip).ok_or_else(bad)?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    if len.is_empty() || len.len() > 3 || !len.bytes().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let n: u8 = len.parse().map_err(|_| bad())?;
    if n > max || (len.len() > 1 && len.starts_with('0')) {
        return Err(bad());
    }
    Ok((ip, n))
}

fn bits(ip: IpAddr) -> (u128, u32) {
    match ip {
        IpAddr::V4(a) => (u32::from(a) as u128, 32),
        IpAddr::V6(a) => (u128::from(a), 128),
    }
}

/// Whether `ip` lies inside `net/len` (same family; an IPv4-mapped address counts as IPv4).
pub fn contains(net: IpAddr, len: u8, ip: IpAddr) -> bool {
    let v4 = |a: IpAddr| match a {
        IpAddr::V6(v) => v.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(a),
        other => other,
    };
    let (net, ip) = (v4(net), v4(ip));
    let ((n, w), (i, w2)) = (bits(net), bits(ip));
    if w != w2 {
        return false;
    }
    let shift = w - len as u32;
    if shift >= w {
        return true;
    }
    (n >> shift) == (i >> shift)
}

/// Go's `strconv.ParseUint(s, 10, bits)` error text (after `strconv.ParseUint: `).
pub fn parse_uint10(s: &str, bits: u32) -> Result<u64, String> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("parsing {s:?}: invalid syntax"));
    }
    match s.parse::<u128>() {
        Ok(v) if v < (1u128 << bits) => Ok(v as u64),
        _ => Err(format!("parsing {s:?}: value out of range")),
    }
}

/// go-connections' `ParsePortRange`: start and end of `N` or `N-M`.
pub fn parse_port_range(ports: &str) -> Result<(u16, u16), String> {
    if ports.is_empty() {
        return Err("empty string specified for ports".into());
    }
    let num = |s: &str| {
        parse_uint10(s, 16)
            .map(|v| v as u16)
            .map_err(|e| format!("strconv.ParseUint: {e}"))
    };
    let Some((a, rest)) = ports.split_once('-') else {
        let p = num(ports)?;
        return Ok((p, p));
    };
    let b = rest.split('-').next().unwrap_or("");
    let (a, b) = (num(a)?, num(b)?);
    if b < a {
        return Err(format!("invalid range specified for port: {ports}"));
    }
    Ok((a, b))
}

/// go-connections' `SplitProtoPort`: (proto, port).
pub fn split_proto_port(raw: &str) -> (&str, &str) {
    let mut parts = raw.split('/');
    let first = parts.next().unwrap_or("");
    if raw.is_empty() || first.is_empty() {
        return ("", "");
    }
    match parts.next() {
        None | Some("") => ("tcp", first),
        Some(p) => (p, first),
    }
}

/// One published port: host IP, host port range (0,0 when unset), container port, protocol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publish {
    /// Host address ("" for all).
    pub host_ip: String,
    /// First and last host port; (0, 0) lets the daemon choose.
    pub host: (u16, u16),
    /// The container port.
    pub container: u16,
    /// `tcp`, `udp` or `sctp`.
    pub proto: String,
}

/// `-p`: docker's long syntax (`published=,target=,protocol=`) converted, then
/// go-connections' `ParsePortSpec`; one entry per container port.
pub fn parse_publish(raw: &str) -> Result<Vec<Publish>, String> {
    let converted;
    let raw = if raw.contains('=') {
        let mut published = "";
        let mut target = "";
        let mut protocol = "tcp";
        for param in raw.split(',') {
            match param.split_once('=') {
                Some((k, v)) if !k.is_empty() => match k {
                    "published" => published = v,
                    "target" => target = v,
                    "protocol" => protocol = v,
                    _ => {}
                },
                _ => {
                    return Err(format!(
                        "invalid publish opts format (should be name=value but got '{param}')"
                    ))
                }
            }
        }
        converted = format!("{published}:{target}/{protocol}");
        converted.as_str()
    } else {
        raw
    };
    let parts: Vec<&str> = raw.split(':').collect();
    let n = parts.len();
    let container = parts[n - 1];
    let (ip, host) = match n {
        1 => (String::new(), ""),
        2 => (String::new(), parts[0]),
        _ => (parts[..n - 2].join(":"), parts[n - 2]),
    };
    let (proto, container) = split_proto_port(container);
    let mut ip = ip;
    if ip.starts_with('[') {
        match ip.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            Some(inner) if !inner.contains(['[', ']']) => ip = inner.to_string(),
            _ => {
                // Go's SplitHostPort on `ip + ":"`.
                let why = if ip.contains(']') {
                    "missing port in address"
                } else {
                    "missing ']' in address"
                };
                return Err(format!("invalid IP address {ip}: address {ip}:: {why}"));
            }
        }
    }
    if !ip.is_empty() && parse_ip(&ip).is_none() {
        return Err(format!("invalid IP address: {ip}"));
    }
    if container.is_empty() {
        return Err(format!("no port specified: {raw}<empty>"));
    }
    let (c0, c1) =
        parse_port_range(container).map_err(|_| format!("invalid containerPort: {container}"))?;
    let (h0, h1) = if host.is_empty() {
        (0, 0)
    } else {
        parse_port_range(host).map_err(|_| format!("invalid hostPort: {host}"))?
    };
    if !host.is_empty() && c1 - c0 != h1 - h0 && c1 != c0 {
        return Err(format!(
            "invalid ranges specified for container and host Ports: {container} and {host}"
        ));
    }
    let proto = proto.to_ascii_lowercase();
    if !matches!(proto.as_str(), "tcp" | "udp" | "sctp") {
        return Err(format!("invalid proto: {proto}"));
    }
    Ok((0..=(c1 - c0))
        .map(|i| Publish {
            host_ip: ip.clone(),
            host: if host.is_empty() {
                (0, 0)
            } else if c0 == c1 {
                (h0, h1)
            } else {
                (h0 + i, h0 + i)
            },
            container: c0 + i,
            proto: proto.clone(),
        })
        .collect())
}

/// `--expose` (docker's `parse`): ports or ranges, no host part.
pub fn parse_expose(e: &str) -> Result<Vec<(u16, String)>, String> {
    if e.contains(':') {
        return Err(format!("invalid port format for --expose: {e}"));
    }
    let (proto, port) = split_proto_port(e);
    let (a, b) = parse_port_range(port)
        .map_err(|err| format!("invalid range format for --expose: {e}, error: {err}"))?;
    Ok((a..=b).map(|p| (p, proto.to_string())).collect())
}

/// `opts.ValidateExtraHost`: `name:ip`, `name=ip`, `name=[ip]`, or `host-gateway`.
pub fn validate_extra_host(val: &str) -> Result<(), String> {
    let (k, v) = match val.split_once('=').or_else(|| val.split_once(':')) {
        Some(kv) => kv,
        None => return Err(format!("bad format for add-host: {val:?}")),
    };
    if k.is_empty() || k.contains(':') {
        return Err(format!("bad format for add-host: {val:?}"));
    }
    if v != "host-gateway" {
        let inner = if v.len() > 2 && v.starts_with('[') && v.ends_with(']') {
            &v[1..v.len() - 1]
        } else {
            v
        };
        if parse_ip(inner.trim()).is_none() {
            return Err(format!("invalid IP address in add-host: {inner:?}"));
        }
    }
    Ok(())
}

/// `opts.ValidateDNSSearch`.
pub fn validate_dns_search(val: &str) -> Result<(), String> {
    let v = val.trim_matches(' ');
    if v == "." {
        return Ok(());
    }
    let bad = || Err(format!("{v} is not a valid domain"));
    if !v.chars().any(|c| c.is_ascii_alphabetic()) {
        return bad();
    }
    // ^(:?(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9])(?:\.(...))*)\.?$ (shorter than 255)
    let body = v.strip_prefix(":").unwrap_or(v);
    let body = body.strip_suffix('.').unwrap_or(body);
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if body.split('.').all(label_ok) && v.trim_end_matches('.').len() < 255 {
        Ok(())
    } else {
        bad()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macs() {
        for ok in ["92:d0:c6:0a:29:33", "92-d0-c6-0a-29-33", "0000.5e00.5301"] {
            assert!(valid_mac(ok), "{ok}");
        }
        for bad in ["92:d0:c6:0a:33", "invalidMacAddress", "92:d0:c6:0a:29:3g"] {
            assert!(!valid_mac(bad), "{bad}");
        }
    }

    #[test]
    fn publish_table() {
        // (spec, error) in the shape of go-connections' TestParsePortSpecs.
        let cases: &[(&str, &str)] = &[
            ("localhost:80:80", "invalid IP address: localhost"),
            ("80:", "no port specified: 80:<empty>"),
            ("1:2:3:4", "invalid IP address: 1:2"),
            ("abc:80", "invalid hostPort: abc"),
            ("80/xyz", "invalid proto: xyz"),
            (
                "8080-8082:80-81",
                "invalid ranges specified for container and host Ports: 80-81 and 8080-8082",
            ),
            (
                "target=80,bogus",
                "invalid publish opts format (should be name=value but got 'bogus')",
            ),
        ];
        for (spec, want) in cases {
            assert_eq!(parse_publish(spec).unwrap_err(), *want, "{spec}");
        }
        for ok in [
            "80",
            "::1:8080:80",
            "[::1]:8080:80",
            "8080-8081:80",
            "published=8080,target=80",
        ] {
            assert!(parse_publish(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn cidrs() {
        let (n, l) = parse_cidr("10.0.0.0/24").unwrap();
        assert!(contains(n, l, "10.0.0.9".parse().unwrap()));
        assert!(!contains(n, l, "10.1.0.9".parse().unwrap()));
        assert!(parse_cidr("10.0.0.0/33").is_err());
        assert!(parse_cidr("bogus").is_err());
    }
}

fn subnet_matches(subnet: &str, data: &str) -> Result<bool, String> {
    let (net, len) = parse_cidr(subnet).map_err(|e| format!("invalid subnet: {e}"))?;
    let ip = if data.contains('/') {
        Some(parse_cidr(data)?.0)
    } else {
        parse_ip(data)
    };
    Ok(ip.is_some_and(|ip| contains(net, len, ip)))
}

/// `network create`'s IPAM checks (docker's `createIPAMConfig`): subnets, ranges, gateways
/// and auxiliary addresses must pair up.
pub fn check_ipam(
    subnets: &[&str],
    ranges: &[&str],
    gateways: &[&str],
    aux: &[&str],
) -> Result<(), String> {
    if subnets.len() < ranges.len() || subnets.len() < gateways.len() {
        return Err("every ip-range or gateway must have a corresponding subnet".into());
    }
    for (i, s) in subnets.iter().enumerate() {
        for k in &subnets[..i] {
            if subnet_matches(s, k)? || subnet_matches(k, s)? {
                return Err("multiple overlapping subnet configuration is not supported".into());
            }
        }
    }
    let mut range_of: Vec<Option<&str>> = vec![None; subnets.len()];
    for r in ranges {
        let mut matched = false;
        for (i, s) in subnets.iter().enumerate() {
            parse_cidr(r)?;
            if !subnet_matches(s, r)? {
                continue;
            }
            if let Some(prev) = range_of[i] {
                return Err(format!(
                    "cannot configure multiple ranges ({r}, {prev}) on the same subnet ({s})"
                ));
            }
            range_of[i] = Some(r);
            matched = true;
        }
        if !matched {
            return Err(format!("no matching subnet for range {r}"));
        }
    }
    let mut gw_of: Vec<Option<&str>> = vec![None; subnets.len()];
    for g in gateways {
        let mut matched = false;
        for (i, s) in subnets.iter().enumerate() {
            if !subnet_matches(s, g)? {
                continue;
            }
            if let Some(prev) = gw_of[i] {
                return Err(format!(
                    "cannot configure multiple gateways ({g}, {prev}) for the same subnet ({s})"
                ));
            }
            gw_of[i] = Some(g);
            matched = true;
        }
        if !matched {
            return Err(format!("no matching subnet for gateway {g}"));
        }
    }
    for a in aux {
        let addr = a.split_once('=').map(|(_, v)| v).unwrap_or("");
        let mut matched = false;
        for s in subnets {
            matched |= subnet_matches(s, addr)?;
        }
        if !matched {
            return Err(format!("no matching subnet for aux-address {addr}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod ipam_tests {
    use super::check_ipam;

    #[test]
    fn ipam_like_network_create_test() {
        let e = |s: &[&str], r: &[&str], g: &[&str], a: &[&str]| check_ipam(s, r, g, a).err();
        assert_eq!(
            e(&[], &[], &["255.0.0.0/24"], &[]).as_deref(),
            Some("every ip-range or gateway must have a corresponding subnet")
        );
        assert_eq!(
            e(&["10.0.0.0/24"], &[], &["10.1.0.1"], &[]).as_deref(),
            Some("no matching subnet for gateway 10.1.0.1")
        );
        assert_eq!(
            e(&["10.0.0.0/24", "10.0.0.0/16"], &[], &[], &[]).as_deref(),
            Some("multiple overlapping subnet configuration is not supported")
        );
        assert_eq!(
            e(&["10.0.0.0/24"], &["bogus"], &[], &[]).as_deref(),
            Some("invalid CIDR address: bogus")
        );
        assert_eq!(
            e(&["10.0.0.0/24"], &[], &[], &["a=10.1.0.5"]).as_deref(),
            Some("no matching subnet for aux-address 10.1.0.5")
        );
        assert_eq!(
            e(
                &["10.0.0.0/24"],
                &["10.0.0.0/26"],
                &["10.0.0.1"],
                &["a=10.0.0.5"]
            ),
            None
        );
    }
}
