//! Network tools inside containers: `ping`, `nslookup`, `dig`, `host`, `getent hosts`,
//! `netstat`, `ss`, `ip addr`. Each is keyed on the binary the image has: a BusyBox applet
//! (a link to `/bin/busybox`) prints BusyBox's format, a real binary (iputils, bind's dnsutils,
//! net-tools, iproute2) its own. Names go through the container's resolver ([`Net::lookup`]:
//! `/etc/hosts`, then Docker's embedded DNS on user-defined networks) or, for the DNS tools,
//! straight to the nameserver of `/etc/resolv.conf` ([`Net::dns`]).

use super::{Lookup, ProgramCtx};

/// Whether the program `name` found through `$PATH` is a BusyBox applet.
pub fn is_applet(ctx: &ProgramCtx, name: &str) -> bool {
    super::which(ctx.fs, ctx.env, ctx.cwd, name)
        .and_then(|p| ctx.fs.resolve(&p).map(|(real, _)| real))
        .is_some_and(|real| real.ends_with("/busybox"))
}

/// A round-trip time in ms that looks measured but is a pure function of its inputs.
fn rtt(ip: &str, seq: u32, far: bool) -> f64 {
    let h = ip
        .bytes()
        .fold(7u32, |a, b| a.wrapping_mul(31).wrapping_add(u32::from(b)));
    let jitter = f64::from((h ^ seq.wrapping_mul(2_654_435_761)) % 40) / 1000.0;
    if far {
        31.2 + jitter * 20.0
    } else {
        0.052 + jitter
    }
}

fn is_private(ip: &str) -> bool {
    ip.starts_with("172.")
        || ip.starts_with("10.")
        || ip.starts_with("192.168.")
        || ip.starts_with("127.")
}

/// `ping [-c N] [-i S] [-W S] host`, BusyBox's or iputils'.
pub fn ping(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let busybox = is_applet(ctx, "ping");
    let mut count: Option<u32> = None;
    let mut host: Option<&str> = None;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        i += 1;
        match a.as_str() {
            "-c" | "-i" | "-W" | "-w" | "-s" | "-t" | "-I" => {
                let v = args.get(i).map(String::as_str).unwrap_or("");
                i += 1;
                if a == "-c" {
                    count = v.parse().ok();
                }
            }
            s if s.starts_with("-c") && s.len() > 2 => count = s[2..].parse().ok(),
            s if s.starts_with('-') && s.len() > 1 => {}
            s => host = Some(s),
        }
    }
    let Some(host) = host else {
        if busybox {
            ctx.out.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n");
        } else {
            ctx.out
                .err("ping: usage error: Destination address required\n");
        }
        return 1;
    };
    let ip = match ctx.net.lookup(host) {
        Lookup::Hosts(ips) | Lookup::Dns(ips, _) if !ips.is_empty() => ips[0].clone(),
        Lookup::NoNetwork | Lookup::Hosts(_) | Lookup::Dns(..) => {
            if busybox {
                ctx.out.err(format!("ping: bad address '{host}'\n"));
                return 1;
            }
            ctx.out.err(format!(
                "ping: {host}: Temporary failure in name resolution\n"
            ));
            return 2;
        }
        Lookup::NxDomain(_) => {
            if busybox {
                ctx.out.err(format!("ping: bad address '{host}'\n"));
                return 1;
            }
            ctx.out
                .err(format!("ping: {host}: Name or service not known\n"));
            return 2;
        }
    };
    let answers = ctx.net.ping(&ip);
    // Without -c ping runs until Ctrl-C; the simulator sends four and stops as if interrupted.
    let interrupted = count.is_none();
    let n = count.unwrap_or(4).clamp(1, 100);
    let far = !is_private(&ip);
    let ttl = if far { 63 } else { 64 };
    // iputils names the peer by its PTR record: Docker's DNS answers `name.network`.
    let peer = match ctx.net.ptr(&ip) {
        Some(name) => format!("{name} ({ip})"),
        None => ip.clone(),
    };
    let mut text = String::new();
    let times: Vec<f64> = (0..n).map(|s| rtt(&ip, s, far)).collect();
    if busybox {
        text.push_str(&format!("PING {host} ({ip}): 56 data bytes\n"));
        if answers {
            for (s, t) in times.iter().enumerate() {
                text.push_str(&format!(
                    "64 bytes from {ip}: seq={s} ttl={ttl} time={t:.3} ms\n"
                ));
            }
        }
        if interrupted {
            text.push_str("^C");
        }
        let got = if answers { n } else { 0 };
        text.push_str(&format!(
            "\n--- {host} ping statistics ---\n{n} packets transmitted, {got} packets received, {}% packet loss\n",
            if answers { 0 } else { 100 }
        ));
        if answers {
            let (min, avg, max) = stats(&times);
            text.push_str(&format!(
                "round-trip min/avg/max = {min:.3}/{avg:.3}/{max:.3} ms\n"
            ));
        }
    } else {
        text.push_str(&format!("PING {host} ({ip}) 56(84) bytes of data.\n"));
        if answers {
            for (s, t) in times.iter().enumerate() {
                let t = if *t >= 10.0 {
                    format!("{t:.1}")
                } else {
                    format!("{t:.3}")
                };
                text.push_str(&format!(
                    "64 bytes from {peer}: icmp_seq={} ttl={ttl} time={t} ms\n",
                    s + 1
                ));
            }
        }
        if interrupted {
            text.push_str("^C");
        }
        let got = if answers { n } else { 0 };
        let span = (n - 1) * 1000 + if answers { 1 } else { 30 };
        text.push_str(&format!(
            "\n--- {host} ping statistics ---\n{n} packets transmitted, {got} received, {}% packet loss, time {span}ms\n",
            if answers { 0 } else { 100 }
        ));
        if answers {
            let (min, avg, max) = stats(&times);
            let mdev = times.iter().map(|t| (t - avg).abs()).sum::<f64>() / f64::from(n);
            text.push_str(&format!(
                "rtt min/avg/max/mdev = {min:.3}/{avg:.3}/{max:.3}/{mdev:.3} ms\n"
            ));
        } else {
            text.push('\n');
        }
    }
    ctx.out.out(text);
    if answers {
        0
    } else {
        1
    }
}

fn stats(times: &[f64]) -> (f64, f64, f64) {
    let min = times.iter().copied().fold(f64::MAX, f64::min);
    let max = times.iter().copied().fold(0.0, f64::max);
    let avg = times.iter().sum::<f64>() / times.len().max(1) as f64;
    (min, avg, max)
}

/// The nameserver `nslookup`/`dig` would ask: the first of `/etc/resolv.conf`.
fn nameserver(ctx: &ProgramCtx) -> String {
    ctx.fs
        .read_string("/etc/resolv.conf")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("nameserver ").map(|s| s.trim().to_string()))
        })
        .unwrap_or_else(|| "127.0.0.1".to_string())
}

/// `nslookup NAME [SERVER]`, BusyBox's or bind's.
pub fn nslookup(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let busybox = is_applet(ctx, "nslookup");
    let operands: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let Some(name) = operands.first() else {
        if busybox {
            ctx.out.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n");
            return 1;
        }
        ctx.out
            .err("nslookup: interactive mode is not available here\n");
        return 1;
    };
    let server = nameserver(ctx);
    let port_sep = if busybox { ':' } else { '#' };
    let answer = ctx.net.dns(name);
    let mut text = String::new();
    if matches!(answer, Lookup::NoNetwork) {
        text.push_str(";; connection timed out; no servers could be reached\n\n");
        ctx.out.out(text);
        return 1;
    }
    text.push_str(&format!(
        "Server:\t\t{server}\nAddress:\t{server}{port_sep}53\n\n"
    ));
    let code = match answer {
        Lookup::Dns(ips, _) | Lookup::Hosts(ips) => {
            text.push_str("Non-authoritative answer:\n");
            for ip in &ips {
                text.push_str(&format!("Name:\t{name}\nAddress: {ip}\n"));
            }
            text.push('\n');
            if busybox {
                // The AAAA query: the name exists but has no IPv6 address.
                text.push_str("Non-authoritative answer:\n\n");
            }
            0
        }
        _ => {
            text.push_str(&format!("** server can't find {name}: NXDOMAIN\n\n"));
            if busybox {
                text.push_str(&format!("** server can't find {name}: NXDOMAIN\n\n"));
            }
            1
        }
    };
    ctx.out.out(text);
    code
}

/// Tabs after `text` until column `target`, as bind lays out records.
fn pad_to(text: &str, target: usize) -> String {
    let mut col = text.len();
    let mut s = text.to_string();
    loop {
        s.push('\t');
        col = (col / 8 + 1) * 8;
        if col >= target {
            return s;
        }
    }
}

/// `dig [@server] NAME [A] [+short]`, bind's.
pub fn dig(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let short = args.iter().any(|a| a == "+short");
    let mut server_arg: Option<String> = None;
    let mut name: Option<&str> = None;
    for a in args {
        if let Some(s) = a.strip_prefix('@') {
            server_arg = Some(s.to_string());
        } else if a.starts_with('+')
            || a.starts_with('-')
            || matches!(a.to_ascii_uppercase().as_str(), "A" | "IN")
        {
        } else if name.is_none() {
            name = Some(a);
        }
    }
    let server = server_arg.unwrap_or_else(|| nameserver(ctx));
    let Some(name) = name else {
        // dig without a name asks for the root servers.
        ctx.out.out("\n; <<>> DiG 9.18.33 <<>>\n;; global options: +cmd\n;; connection timed out; no servers could be reached\n");
        return 9;
    };
    let answer = ctx.net.dns(name);
    let ips = match &answer {
        Lookup::NoNetwork => {
            if !short {
                ctx.out.out(format!(
                    "\n; <<>> DiG 9.18.33 <<>> {}\n;; global options: +cmd\n",
                    args.join(" ")
                ));
            }
            ctx.out.out(
                ";; communications error to ".to_string()
                    + &server
                    + "#53: timed out\n;; no servers could be reached\n",
            );
            return 9;
        }
        Lookup::Dns(ips, _) | Lookup::Hosts(ips) => ips.clone(),
        Lookup::NxDomain(_) => Vec::new(),
    };
    if short {
        for ip in &ips {
            ctx.out.out(format!("{ip}\n"));
        }
        return 0;
    }
    let fqdn = format!("{}.", name.trim_end_matches('.'));
    let status = if ips.is_empty() {
        "NXDOMAIN"
    } else {
        "NOERROR"
    };
    let id = (ctx.now_ms / 7 % 65_536) as u32;
    let mut t = format!(
        "\n; <<>> DiG 9.18.33 <<>> {}\n;; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: {status}, id: {id}\n;; flags: qr rd ra; QUERY: 1, ANSWER: {}, AUTHORITY: 0, ADDITIONAL: 0\n\n;; QUESTION SECTION:\n{}IN\tA\n\n",
        args.join(" "),
        ips.len(),
        pad_to(&format!(";{fqdn}"), 32)
    );
    if !ips.is_empty() {
        t.push_str(";; ANSWER SECTION:\n");
        for ip in &ips {
            t.push_str(&format!("{}600\tIN\tA\t{ip}\n", pad_to(&fqdn, 24)));
        }
        t.push('\n');
    }
    let size = 12 + fqdn.len() + 1 + 4 + 16 * ips.len();
    let (y, mo, d, h, mi, s) = crate::clock::civil(ctx.now_ms.div_euclid(1000));
    t.push_str(&format!(
        ";; Query time: 0 msec\n;; SERVER: {server}#53({server}) (UDP)\n;; WHEN: {} {} {d:02} {h:02}:{mi:02}:{s:02} UTC {y}\n;; MSG SIZE  rcvd: {size}\n\n",
        super::weekday(ctx.now_ms.div_euclid(1000)),
        super::month_abbr(mo)
    ));
    ctx.out.out(t);
    0
}

/// `host NAME`, bind's.
pub fn host(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let Some(name) = args.iter().find(|a| !a.starts_with('-')) else {
        ctx.out.err("Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n            [-R number] [-m flag] [-p port] hostname [server]\n");
        return 1;
    };
    match ctx.net.dns(name) {
        Lookup::Dns(ips, _) | Lookup::Hosts(ips) => {
            for ip in ips {
                ctx.out.out(format!("{name} has address {ip}\n"));
            }
            0
        }
        Lookup::NxDomain(_) => {
            ctx.out.out(format!("Host {name} not found: 3(NXDOMAIN)\n"));
            1
        }
        Lookup::NoNetwork => {
            ctx.out.out(format!(
                ";; communications error to {}#53: timed out\n;; no servers could be reached\n",
                nameserver(ctx)
            ));
            1
        }
    }
}

/// `getent hosts NAME…` (and `ahosts`): what the C library's resolver returns.
pub fn getent(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let Some(db) = args.first() else {
        ctx.out.err("getent: wrong number of arguments\nTry `getent --help' or `getent --usage' for more information.\n");
        return 1;
    };
    match db.as_str() {
        "hosts" | "ahosts" | "ahostsv4" => {}
        "passwd" | "group" => {
            let file = format!("/etc/{db}");
            let text = ctx.fs.read_string(&file).unwrap_or_default();
            let keys = &args[1..];
            let mut found = keys.is_empty();
            for line in text.lines() {
                let key = line.split(':').next().unwrap_or("");
                if keys.is_empty() || keys.iter().any(|k| k == key) {
                    ctx.out.out(format!("{line}\n"));
                    found = true;
                }
            }
            return if found { 0 } else { 2 };
        }
        other => {
            ctx.out.err(format!("Unknown database: {other}\nTry `getent --help' or `getent --usage' for more information.\n"));
            return 1;
        }
    }
    if args.len() < 2 {
        // Enumerating hosts lists /etc/hosts.
        let text = ctx.fs.read_string("/etc/hosts").unwrap_or_default();
        for line in text.lines() {
            let mut words = line.split_whitespace();
            if let Some(ip) = words.next() {
                let names: Vec<&str> = words.collect();
                ctx.out.out(format!("{ip:<15} {}\n", names.join(" ")));
            }
        }
        return 0;
    }
    let mut code = 0;
    for name in &args[1..] {
        let ips = match ctx.net.lookup(name) {
            Lookup::Hosts(ips) | Lookup::Dns(ips, _) if !ips.is_empty() => ips,
            _ => {
                code = 2;
                continue;
            }
        };
        for ip in ips {
            if db == "hosts" {
                ctx.out.out(format!("{ip:<15} {name}\n"));
            } else {
                for kind in ["STREAM", "DGRAM ", "RAW   "] {
                    let label = if kind == "STREAM" {
                        format!(" {name}")
                    } else {
                        String::new()
                    };
                    ctx.out.out(format!("{ip:<15} {kind}{label}\n"));
                }
            }
        }
    }
    code
}

/// The port Docker's embedded DNS listens on inside the container's namespace (iptables
/// redirects 127.0.0.11:53 to it); random in Docker, derived from the hostname here.
fn dns_port(hostname: &str) -> u32 {
    33_000
        + hostname
            .bytes()
            .fold(0u32, |a, b| a.wrapping_mul(33).wrapping_add(u32::from(b)))
            % 9_000
}

/// `netstat [-tulpn]`, BusyBox's or net-tools': the container's listening sockets.
pub fn netstat(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let flags: String = args
        .iter()
        .filter(|a| a.starts_with('-') && !a.starts_with("--"))
        .map(|a| a[1..].to_string())
        .collect();
    let listening = flags.contains('l') || flags.contains('a');
    let tcp = flags.contains('t') || !flags.contains('u');
    let udp = flags.contains('u') || !flags.contains('t');
    let programs = flags.contains('p');
    let mut t = if listening && !flags.contains('a') {
        "Active Internet connections (only servers)\n".to_string()
    } else if flags.contains('a') {
        "Active Internet connections (servers and established)\n".to_string()
    } else {
        "Active Internet connections (w/o servers)\n".to_string()
    };
    t.push_str("Proto Recv-Q Send-Q Local Address           Foreign Address         State       ");
    if programs {
        t.push_str("PID/Program name    ");
    }
    t.push('\n');
    if !listening {
        ctx.out.out(t);
        return 0;
    }
    let embedded = nameserver(ctx) == crate::runtime::EMBEDDED_DNS;
    let port = dns_port(ctx.hostname);
    let row = |proto: &str, local: String, state: &str, prog: &str| {
        let mut r = format!(
            "{proto:<5} {:>6} {:>6} {local:<23} {:<23} {state:<11} ",
            0,
            0,
            if proto == "tcp6" || proto == "udp6" {
                ":::*"
            } else {
                "0.0.0.0:*"
            }
        );
        if programs {
            r.push_str(prog);
        }
        format!("{}\n", r.trim_end_matches(' '))
    };
    if tcp {
        if embedded {
            t.push_str(&row("tcp", format!("127.0.0.11:{port}"), "LISTEN", "-"));
        }
        for (p, prog) in ctx.net.listening() {
            let prog = format!("1/{prog}");
            t.push_str(&row("tcp", format!("0.0.0.0:{p}"), "LISTEN", &prog));
        }
    }
    if udp && embedded {
        t.push_str(&row("udp", format!("127.0.0.11:{}", port + 17), "", "-"));
    }
    ctx.out.out(t);
    0
}

/// `ss [-tulpn]`, iproute2's.
pub fn ss(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let flags: String = args
        .iter()
        .filter(|a| a.starts_with('-'))
        .map(|a| a[1..].to_string())
        .collect();
    let programs = flags.contains('p');
    let udp = flags.contains('u');
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let embedded = nameserver(ctx) == crate::runtime::EMBEDDED_DNS;
    let port = dns_port(ctx.hostname);
    if flags.contains('t') || !udp {
        if embedded {
            rows.push(("LISTEN".into(), format!("127.0.0.11:{port}"), String::new()));
        }
        for (p, prog) in ctx.net.listening() {
            let users = format!("users:((\"{prog}\",pid=1,fd=6))");
            rows.push(("LISTEN".into(), format!("0.0.0.0:{p}"), users));
        }
    }
    if udp && embedded {
        rows.push((
            "UNCONN".into(),
            format!("127.0.0.11:{}", port + 17),
            String::new(),
        ));
    }
    let mut t = format!(
        "{:<6} {:<6} {:<6} {:>19} {:>19}{}\n",
        "State", "Recv-Q", "Send-Q", "Local Address:Port", "Peer Address:Port", "Process"
    );
    for (state, local, users) in rows {
        let (addr, p) = local.rsplit_once(':').unwrap_or((&local, ""));
        let backlog = if users.is_empty() { 4096 } else { 511 };
        let q = if state == "LISTEN" { backlog } else { 0 };
        t.push_str(&format!(
            "{state:<6} {:<6} {q:<6} {:>14}:{p:<5} {:>14}:{:<5}{}\n",
            0,
            addr,
            "0.0.0.0",
            "*",
            if programs { users } else { String::new() }
        ));
    }
    ctx.out.out(t);
    0
}

/// `ip addr` / `ip a` / `ip route`, iproute2's and BusyBox's (the same layout).
pub fn ip(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let what = args.first().map(String::as_str).unwrap_or("");
    let addrs = ctx.net.addresses();
    match what {
        "a" | "addr" | "address" => {
            let mut t = String::from("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n");
            for (n, (ip, mac)) in addrs.iter().enumerate() {
                let idx = n + 2;
                let brd = broadcast(ip);
                t.push_str(&format!(
                    "{idx}: eth{n}@if{}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n    link/ether {mac} brd ff:ff:ff:ff:ff:ff\n    inet {ip} brd {brd} scope global eth{n}\n       valid_lft forever preferred_lft forever\n",
                    idx + 20
                ));
            }
            ctx.out.out(t);
            0
        }
        "r" | "route" => {
            if let Some((ip, _)) = addrs.first() {
                let (addr, prefix) = ip.split_once('/').unwrap_or((ip, "16"));
                let parts: Vec<&str> = addr.split('.').collect();
                let gw = format!(
                    "{}.{}.0.1",
                    parts.first().unwrap_or(&"172"),
                    parts.get(1).unwrap_or(&"17")
                );
                let net = format!(
                    "{}.{}.0.0",
                    parts.first().unwrap_or(&"172"),
                    parts.get(1).unwrap_or(&"17")
                );
                ctx.out.out(format!(
                    "default via {gw} dev eth0 \n{net}/{prefix} dev eth0 scope link  src {addr} \n"
                ));
            }
            0
        }
        _ => {
            ctx.out.err("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | route | link | neigh }\n");
            255
        }
    }
}

fn broadcast(cidr: &str) -> String {
    let (addr, prefix) = cidr.split_once('/').unwrap_or((cidr, "16"));
    let prefix: u32 = prefix.parse().unwrap_or(16).min(32);
    let n = addr
        .split('.')
        .filter_map(|p| p.parse::<u32>().ok())
        .fold(0u32, |a, b| (a << 8) | b);
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    let b = n | !mask;
    format!(
        "{}.{}.{}.{}",
        b >> 24,
        (b >> 16) & 255,
        (b >> 8) & 255,
        b & 255
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::programs::{HttpRequest, HttpResponse, Net, NetError, RespValue};
    use crate::runtime::Output;
    use crate::vfs::{Node, Tree};
    use std::collections::BTreeMap;

    /// A user-defined network seen from one container: `web` at 172.18.0.2.
    struct UserNet;

    impl Net for UserNet {
        fn http(&mut self, _: &str, _: u16, _: &HttpRequest) -> Result<HttpResponse, NetError> {
            Err(NetError::Refused)
        }
        fn redis(&mut self, _: &str, _: u16, _: &[String]) -> Result<RespValue, NetError> {
            Err(NetError::Refused)
        }
        fn lookup(&mut self, name: &str) -> Lookup {
            self.dns(name)
        }
        fn dns(&mut self, name: &str) -> Lookup {
            match name {
                "web" => Lookup::Dns(vec!["172.18.0.2".into()], "127.0.0.11".into()),
                _ => Lookup::NxDomain("127.0.0.11".into()),
            }
        }
        fn ping(&mut self, ip: &str) -> bool {
            ip == "172.18.0.2"
        }
        fn ptr(&mut self, ip: &str) -> Option<String> {
            (ip == "172.18.0.2").then(|| "web.appnet".to_string())
        }
        fn listening(&mut self) -> Vec<(u16, String)> {
            vec![(80, "nginx".into())]
        }
    }

    /// Runs a tool in a filesystem where `bins` are BusyBox applets or real binaries.
    fn run(argv: &[&str], busybox: bool) -> (i32, String) {
        let mut fs = Tree::default();
        fs.insert("/bin/busybox", Node::executable("bb"));
        for b in ["ping", "nslookup", "netstat"] {
            let node = if busybox {
                Node::symlink("/bin/busybox")
            } else {
                Node::executable("elf")
            };
            fs.insert(&format!("/usr/bin/{b}"), node);
        }
        for b in ["dig", "host", "getent"] {
            fs.insert(&format!("/usr/bin/{b}"), Node::executable("elf"));
        }
        fs.insert(
            "/etc/resolv.conf",
            Node::file("nameserver 127.0.0.11\noptions ndots:0\n"),
        );
        let env = BTreeMap::from([("PATH".to_string(), "/usr/bin:/bin".to_string())]);
        let mut out = Output::default();
        let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
        let mut ctx = ProgramCtx {
            fs: &mut fs,
            env: &env,
            cwd: "/",
            stdin: b"",
            now_ms: crate::clock::DEFAULT_EPOCH_MS,
            hostname: "abc123",
            net: &mut UserNet,
            out: &mut out,
            processes: &[],
            tty: false,
        };
        let code = crate::runtime::programs::run_command(&argv, &mut ctx).unwrap_or(127);
        (code, out.text())
    }

    #[test]
    fn busybox_nslookup_asks_the_embedded_dns() {
        let (code, text) = run(&["nslookup", "web"], true);
        assert_eq!(code, 0);
        assert_eq!(text, "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n\n");
        let (code, text) = run(&["nslookup", "nope"], true);
        assert_eq!(code, 1);
        assert!(text.ends_with(
            "** server can't find nope: NXDOMAIN\n\n** server can't find nope: NXDOMAIN\n\n"
        ));
    }

    #[test]
    fn bind_nslookup_dig_and_host() {
        let (_, text) = run(&["nslookup", "web"], false);
        assert!(text.starts_with("Server:\t\t127.0.0.11\nAddress:\t127.0.0.11#53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.2\n\n"));
        assert_eq!(
            run(&["dig", "+short", "web"], false),
            (0, "172.18.0.2\n".into())
        );
        assert_eq!(run(&["dig", "+short", "nope"], false), (0, String::new()));
        let (_, full) = run(&["dig", "web"], false);
        assert!(full.contains(";web.\t\t\t\tIN\tA\n"));
        assert!(full.contains("web.\t\t\t600\tIN\tA\t172.18.0.2\n"));
        assert!(full.contains(";; SERVER: 127.0.0.11#53(127.0.0.11) (UDP)\n"));
        assert_eq!(
            run(&["host", "web"], false),
            (0, "web has address 172.18.0.2\n".into())
        );
        assert_eq!(
            run(&["host", "nope"], false),
            (1, "Host nope not found: 3(NXDOMAIN)\n".into())
        );
    }

    #[test]
    fn ping_in_both_formats() {
        let (code, text) = run(&["ping", "-c", "1", "web"], true);
        assert_eq!(code, 0);
        assert!(text.starts_with(
            "PING web (172.18.0.2): 56 data bytes\n64 bytes from 172.18.0.2: seq=0 ttl=64 time="
        ));
        assert!(text.contains("\n--- web ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n"));
        let (code, text) = run(&["ping", "-c", "2", "web"], false);
        assert_eq!(code, 0);
        assert!(text.starts_with("PING web (172.18.0.2) 56(84) bytes of data.\n64 bytes from web.appnet (172.18.0.2): icmp_seq=1 ttl=64"));
        assert!(text.contains("\n\n--- web ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1001ms\nrtt min/avg/max/mdev = "));
        assert_eq!(
            run(&["ping", "-c", "1", "nope"], true),
            (1, "ping: bad address 'nope'\n".into())
        );
        assert_eq!(
            run(&["ping", "nope"], false),
            (2, "ping: nope: Name or service not known\n".into())
        );
        // Without -c the simulator sends four and stops as Ctrl-C would.
        let (_, text) = run(&["ping", "web"], true);
        assert!(
            text.contains("seq=3") && text.contains("^C\n--- web ping statistics ---\n4 packets")
        );
    }

    #[test]
    fn getent_and_netstat() {
        assert_eq!(
            run(&["getent", "hosts", "web"], false),
            (0, "172.18.0.2      web\n".into())
        );
        assert_eq!(run(&["getent", "hosts", "nope"], false).0, 2);
        let (_, text) = run(&["netstat", "-tlnp"], true);
        assert!(text.starts_with("Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name"));
        assert!(text.contains("tcp        0      0 127.0.0.11:"));
        assert!(text.contains("tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      1/nginx\n"));
    }
}
