//! `docker compose config`: the normalised model as compose prints it (go-yaml v3, indent 2).

use super::model::{format_duration, Project, Resource, Service};
use super::yaml::{Node, Resolved, Value};

/// A value to print.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    /// A string (quoted when it would read as something else).
    Str(String),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
    /// `null`.
    Null,
    /// A mapping in print order.
    Map(Vec<(String, Out)>),
    /// A sequence.
    Seq(Vec<Out>),
}

fn s(v: impl Into<String>) -> Out {
    Out::Str(v.into())
}

/// A node as read, with plain scalars resolved (numbers stay numbers).
fn raw(node: &Node) -> Out {
    match &node.value {
        Value::Scalar(..) => match node.resolve() {
            Some(Resolved::Null) => Out::Null,
            Some(Resolved::Bool(b)) => Out::Bool(b),
            Some(Resolved::Int(i)) => Out::Int(i),
            _ => Out::Str(node.str().unwrap_or_default().to_string()),
        },
        Value::Seq(items) => Out::Seq(items.iter().map(raw).collect()),
        Value::Map(entries) => Out::Map(
            entries
                .iter()
                .map(|(k, v)| (k.str().unwrap_or_default().to_string(), raw(v)))
                .collect(),
        ),
    }
}

/// Service attributes in the order compose-go's `ServiceConfig` declares them.
const SERVICE_ORDER: &str = "profiles annotations attach build develop blkio_config cap_add cap_drop cgroup_parent cgroup cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpus cpuset cpu_shares command configs container_name credential_spec depends_on deploy device_cgroup_rules devices dns dns_opt dns_search dockerfile domainname entrypoint provider environment env_file expose extends external_links extra_hosts group_add gpus hostname healthcheck image init ipc isolation labels label_file links logging log_driver log_opt mem_limit mem_reservation memswap_limit mem_swappiness mac_address net network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports privileged pull_policy read_only restart runtime scale secrets security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits user userns_mode uts volume_driver volumes volumes_from working_dir post_start pre_stop";

fn rank(order: &str, key: &str) -> usize {
    order
        .split(' ')
        .position(|k| k == key)
        .unwrap_or(usize::MAX)
}

fn service_out(p: &Project, svc: &Service) -> Out {
    let mut m: Vec<(String, Out)> = Vec::new();
    if !svc.profiles.is_empty() {
        m.push((
            "profiles".into(),
            Out::Seq(svc.profiles.iter().map(s).collect()),
        ));
    }
    if let Some(b) = &svc.build {
        let mut bm = vec![("context".to_string(), s(&b.context))];
        bm.push(("dockerfile".into(), s(&b.dockerfile)));
        if !b.args.is_empty() {
            bm.push((
                "args".into(),
                Out::Map(
                    b.args
                        .iter()
                        .map(|(k, v)| (k.clone(), v.as_ref().map(s).unwrap_or(Out::Null)))
                        .collect(),
                ),
            ));
        }
        for (k, v) in &b.extra {
            bm.push((k.clone(), raw(v)));
        }
        if let Some(t) = &b.target {
            bm.push(("target".into(), s(t)));
        }
        let build_order = "context dockerfile dockerfile_inline entitlements args ssh labels cache_from cache_to no_cache additional_contexts pull extra_hosts isolation network target secrets shm_size tags ulimits platforms privileged";
        crate::sort::sort_by_key(&mut bm, |(k, _)| rank(build_order, k));
        m.push(("build".into(), Out::Map(bm)));
    }
    if !svc.watch.is_empty() {
        let rules = svc
            .watch
            .iter()
            .map(|w| {
                let mut r = vec![
                    ("path".to_string(), s(&w.path)),
                    ("action".into(), s(&w.action)),
                ];
                if let Some(t) = &w.target {
                    r.push(("target".into(), s(t)));
                }
                if !w.ignore.is_empty() {
                    r.push(("ignore".into(), Out::Seq(w.ignore.iter().map(s).collect())));
                }
                Out::Map(r)
            })
            .collect();
        m.push((
            "develop".into(),
            Out::Map(vec![("watch".into(), Out::Seq(rules))]),
        ));
    }
    if let Some(c) = &svc.command {
        m.push(("command".into(), Out::Seq(c.iter().map(s).collect())));
    }
    if let Some(c) = &svc.container_name {
        m.push(("container_name".into(), s(c)));
    }
    if !svc.depends_on.is_empty() {
        let deps = svc
            .depends_on
            .iter()
            .map(|d| {
                let mut e = vec![("condition".to_string(), s(&d.condition))];
                if let Some(r) = d.restart {
                    e.push(("restart".into(), Out::Bool(r)));
                }
                e.push(("required".into(), Out::Bool(d.required)));
                (d.service.clone(), Out::Map(e))
            })
            .collect();
        m.push(("depends_on".into(), Out::Map(deps)));
    }
    if let Some(c) = &svc.entrypoint {
        m.push(("entrypoint".into(), Out::Seq(c.iter().map(s).collect())));
    }
    if !svc.environment.is_empty() {
        m.push((
            "environment".into(),
            Out::Map(
                svc.environment
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_ref().map(s).unwrap_or(Out::Null)))
                    .collect(),
            ),
        ));
    }
    // `env_file` is resolved into `environment` and left out, as `config` does.
    if !svc.expose.is_empty() {
        m.push((
            "expose".into(),
            Out::Seq(svc.expose.iter().map(s).collect()),
        ));
    }
    if let Some(h) = &svc.hostname {
        m.push(("hostname".into(), s(h)));
    }
    if let Some(h) = &svc.healthcheck {
        let mut hm = Vec::new();
        if !h.test.is_empty() {
            hm.push(("test".to_string(), Out::Seq(h.test.iter().map(s).collect())));
        }
        for (k, v) in [("timeout", h.timeout), ("interval", h.interval)] {
            if let Some(v) = v {
                hm.push((k.to_string(), s(format_duration(v))));
            }
        }
        if let Some(r) = h.retries {
            hm.push(("retries".into(), Out::Int(r)));
        }
        for (k, v) in [
            ("start_period", h.start_period),
            ("start_interval", h.start_interval),
        ] {
            if let Some(v) = v {
                hm.push((k.to_string(), s(format_duration(v))));
            }
        }
        if h.disable {
            hm.push(("disable".into(), Out::Bool(true)));
        }
        m.push(("healthcheck".into(), Out::Map(hm)));
    }
    if let Some(i) = &svc.image {
        m.push(("image".into(), s(i)));
    }
    if !svc.labels.is_empty() {
        m.push((
            "labels".into(),
            Out::Map(svc.labels.iter().map(|(k, v)| (k.clone(), s(v))).collect()),
        ));
    }
    if let Some(n) = &svc.network_mode {
        m.push(("network_mode".into(), s(n)));
    }
    if !svc.networks.is_empty() {
        m.push((
            "networks".into(),
            Out::Map(
                svc.networks
                    .iter()
                    .map(|(n, aliases)| {
                        let v = if aliases.is_empty() {
                            Out::Null
                        } else {
                            Out::Map(vec![(
                                "aliases".into(),
                                Out::Seq(aliases.iter().map(s).collect()),
                            )])
                        };
                        (n.clone(), v)
                    })
                    .collect(),
            ),
        ));
    }
    if !svc.ports.is_empty() {
        let ports = svc
            .ports
            .iter()
            .map(|pt| {
                let mut e = Vec::new();
                if let Some(n) = &pt.name {
                    e.push(("name".to_string(), s(n)));
                }
                e.push(("mode".to_string(), s(&pt.mode)));
                if !pt.host_ip.is_empty() {
                    e.push(("host_ip".into(), s(&pt.host_ip)));
                }
                e.push(("target".into(), Out::Int(pt.target as i64)));
                if !pt.published.is_empty() {
                    e.push(("published".into(), s(&pt.published)));
                }
                e.push(("protocol".into(), s(&pt.protocol)));
                Out::Map(e)
            })
            .collect();
        m.push(("ports".into(), Out::Seq(ports)));
    }
    if let Some(pp) = &svc.pull_policy {
        m.push(("pull_policy".into(), s(pp)));
    }
    if let Some(r) = &svc.restart {
        m.push(("restart".into(), s(r)));
    }
    if svc.stdin_open {
        m.push(("stdin_open".into(), Out::Bool(true)));
    }
    if let Some(g) = svc.stop_grace_secs {
        m.push((
            "stop_grace_period".into(),
            s(format_duration(g * 1_000_000_000)),
        ));
    }
    if let Some(sig) = &svc.stop_signal {
        m.push(("stop_signal".into(), s(sig)));
    }
    if svc.tty {
        m.push(("tty".into(), Out::Bool(true)));
    }
    if let Some(u) = &svc.user {
        m.push(("user".into(), s(u)));
    }
    if !svc.volumes.is_empty() {
        let vols = svc
            .volumes
            .iter()
            .map(|v| {
                let mut e = vec![("type".to_string(), s(&v.kind))];
                if !v.source.is_empty() {
                    e.push(("source".into(), s(&v.source)));
                }
                e.push(("target".into(), s(&v.target)));
                if v.read_only {
                    e.push(("read_only".into(), Out::Bool(true)));
                }
                match v.kind.as_str() {
                    "bind" => e.push((
                        "bind".into(),
                        Out::Map(if v.create_host_path {
                            vec![("create_host_path".into(), Out::Bool(true))]
                        } else {
                            Vec::new()
                        }),
                    )),
                    "volume" => e.push(("volume".into(), Out::Map(Vec::new()))),
                    _ => {}
                }
                Out::Map(e)
            })
            .collect();
        m.push(("volumes".into(), Out::Seq(vols)));
    }
    if let Some(w) = &svc.working_dir {
        m.push(("working_dir".into(), s(w)));
    }
    // Attributes dockling does not model are printed as read, in compose's order.
    let mut extensions = Vec::new();
    for (k, v) in &svc.extra {
        if k.starts_with("x-") {
            extensions.push((k.clone(), raw(v)));
        } else if k == "secrets" || k == "configs" {
            // Short syntax in long form: `- db-password` is `- source: db-password`.
            let items = match raw(v) {
                Out::Seq(items) => items
                    .into_iter()
                    .map(|i| match i {
                        Out::Str(name) => Out::Map(vec![("source".into(), Out::Str(name))]),
                        other => other,
                    })
                    .collect(),
                other => vec![other],
            };
            m.push((k.clone(), Out::Seq(items)));
        } else {
            m.push((k.clone(), raw(v)));
        }
    }
    crate::sort::sort_by_key(&mut m, |(k, _)| rank(SERVICE_ORDER, k));
    let _ = p;
    m.extend(extensions);
    Out::Map(m)
}

fn resource_out(r: &Resource) -> Out {
    let mut m = vec![("name".to_string(), s(&r.name))];
    if let Some(d) = &r.driver {
        m.push(("driver".into(), s(d)));
    }
    for (k, v) in &r.extra {
        m.push((k.clone(), raw(v)));
    }
    if r.external {
        m.push(("external".into(), Out::Bool(true)));
    }
    if !r.labels.is_empty() {
        m.push((
            "labels".into(),
            Out::Map(r.labels.iter().map(|(k, v)| (k.clone(), s(v))).collect()),
        ));
    }
    Out::Map(m)
}

/// `com.docker.compose.config-hash`: a digest of the service's normalised configuration, so a
/// changed service is recreated and an unchanged one left running.
pub fn service_hash(p: &Project, svc: &Service) -> String {
    let text = emit(&service_out(p, svc));
    crate::vfs::sha256_digest(text.as_bytes())
        .trim_start_matches("sha256:")
        .to_string()
}

/// The whole model, top-level keys in compose's order.
pub fn project_out(p: &Project) -> Out {
    let mut top = vec![("name".to_string(), s(&p.name))];
    top.push((
        "services".into(),
        Out::Map(
            p.services
                .iter()
                .map(|svc| (svc.name.clone(), service_out(p, svc)))
                .collect(),
        ),
    ));
    if !p.networks.is_empty() {
        top.push((
            "networks".into(),
            Out::Map(
                p.networks
                    .iter()
                    .map(|r| (r.key.clone(), resource_out(r)))
                    .collect(),
            ),
        ));
    }
    if !p.volumes.is_empty() {
        top.push((
            "volumes".into(),
            Out::Map(
                p.volumes
                    .iter()
                    .map(|r| (r.key.clone(), resource_out(r)))
                    .collect(),
            ),
        ));
    }
    for (key, list) in [("secrets", &p.secrets), ("configs", &p.configs)] {
        if list.is_empty() {
            continue;
        }
        let entries = list
            .iter()
            .map(|(name, node)| {
                let external = node
                    .get("external")
                    .is_some_and(|e| matches!(e.resolve(), Some(Resolved::Bool(true))));
                let shown = match node.get("name").and_then(|n| n.str()) {
                    Some(n) => n.to_string(),
                    None if external => name.clone(),
                    None => format!("{}_{name}", p.name),
                };
                let mut m = vec![("name".to_string(), s(shown))];
                for (k, v) in match &node.value {
                    Value::Map(e) => e.as_slice(),
                    _ => &[],
                } {
                    let key = k.str().unwrap_or_default();
                    if key == "name" {
                        continue;
                    }
                    let val = if key == "file" {
                        s(crate::vfs::normalize(
                            &p.working_dir,
                            v.str().unwrap_or_default(),
                        ))
                    } else {
                        raw(v)
                    };
                    m.push((key.to_string(), val));
                }
                let order = "name file environment content external labels driver driver_opts template_driver";
                crate::sort::sort_by_key(&mut m, |(k, _)| rank(order, k));
                (name.clone(), Out::Map(m))
            })
            .collect();
        top.push((key.into(), Out::Map(entries)));
    }
    for (k, v) in &p.extensions {
        top.push((k.clone(), raw(v)));
    }
    Out::Map(top)
}

/// Whether go-yaml would read a plain scalar with this text as something other than a string.
fn resolves_non_string(t: &str) -> bool {
    let n = Node {
        line: 0,
        value: Value::Scalar(t.to_string(), true),
    };
    if !matches!(n.resolve(), Some(Resolved::Str(_))) {
        return true;
    }
    // YAML 1.1 booleans, which go-yaml quotes for safety, and Go's base-prefixed or
    // underscored integers, leading-zero octals and floats like `1e3`.
    if matches!(
        t,
        "y" | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "on"
            | "On"
            | "ON"
            | "off"
            | "Off"
            | "OFF"
    ) {
        return true;
    }
    go_int(t) || yaml_float(t)
}

/// Go's `strconv.ParseInt(s, 0, 64)` accepts it (sign, `0x`/`0o`/`0b`/leading-0 octal,
/// underscores after a prefix).
fn go_int(t: &str) -> bool {
    let d = t.strip_prefix(['+', '-']).unwrap_or(t);
    if d.is_empty() {
        return false;
    }
    let (digits, radix) = if let Some(h) = d.strip_prefix("0x").or_else(|| d.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(o) = d.strip_prefix("0o").or_else(|| d.strip_prefix("0O")) {
        (o, 8)
    } else if let Some(b) = d.strip_prefix("0b").or_else(|| d.strip_prefix("0B")) {
        (b, 2)
    } else if d.len() > 1 && d.starts_with('0') {
        (&d[1..], 8)
    } else {
        (d, 10)
    };
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    !clean.is_empty()
        && clean.chars().all(|c| c.is_digit(radix))
        && (radix != 10 || !digits.contains('_'))
}

/// go-yaml's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn yaml_float(t: &str) -> bool {
    let b = t.strip_prefix(['+', '-']).unwrap_or(t).as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

/// Whether the emitter may write a string plain in block context (libyaml's analysis).
fn plain_allowed(t: &str) -> bool {
    if t.is_empty() || t.starts_with("---") || t.starts_with("...") {
        return false;
    }
    let b = t.as_bytes();
    let first = b[0];
    if matches!(
        first,
        b'#' | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
    ) {
        return false;
    }
    if matches!(first, b'-' | b'?' | b':') && (b.len() == 1 || matches!(b[1], b' ' | b'\t')) {
        return false;
    }
    if first == b' ' || *b.last().unwrap_or(&b'x') == b' ' {
        return false;
    }
    if t.ends_with(':') || t.contains(": ") || t.contains(" #") || t.contains(":\t") {
        return false;
    }
    t.chars().all(|c| c == ' ' || !(c.is_control()))
}

fn scalar(t: &str) -> String {
    if resolves_non_string(t) || t.chars().any(|c| c.is_control() && c != '\n') {
        return crate::goquote::go_quote(t);
    }
    if plain_allowed(t) {
        return t.to_string();
    }
    format!("'{}'", t.replace('\'', "''"))
}

/// Writes a value as YAML with go-yaml v3's layout and a 2-space indent.
pub fn emit(out: &Out) -> String {
    let mut buf = String::new();
    match out {
        Out::Map(m) if m.is_empty() => buf.push_str("{}\n"),
        Out::Map(m) => emit_map(m, 0, &mut buf),
        Out::Seq(items) => emit_seq(items, 0, &mut buf),
        other => {
            buf.push_str(&inline(other));
            buf.push('\n');
        }
    }
    buf
}

fn inline(v: &Out) -> String {
    match v {
        Out::Str(t) => scalar(t),
        Out::Int(i) => i.to_string(),
        Out::Bool(b) => b.to_string(),
        Out::Null => "null".into(),
        Out::Map(_) => "{}".into(),
        Out::Seq(_) => "[]".into(),
    }
}

fn block_literal(t: &str, indent: usize, buf: &mut String) {
    let trailing = t.len() - t.trim_end_matches('\n').len();
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let lead = if t.starts_with(' ') { "2" } else { "" };
    buf.push_str(&format!("|{lead}{chomp}\n"));
    let body = if trailing == 1 { &t[..t.len() - 1] } else { t };
    for line in body.split('\n') {
        if line.is_empty() {
            buf.push('\n');
        } else {
            buf.push_str(&" ".repeat(indent));
            buf.push_str(line);
            buf.push('\n');
        }
    }
}

fn emit_value_after_key(v: &Out, indent: usize, buf: &mut String) {
    match v {
        Out::Map(m) if !m.is_empty() => {
            buf.push('\n');
            emit_map(m, indent + 2, buf);
        }
        Out::Seq(items) if !items.is_empty() => {
            buf.push('\n');
            emit_seq(items, indent + 2, buf);
        }
        Out::Str(t) if t.contains('\n') && !t.chars().any(|c| c.is_control() && c != '\n') => {
            buf.push(' ');
            block_literal(t, indent + 2, buf);
        }
        other => {
            buf.push(' ');
            buf.push_str(&inline(other));
            buf.push('\n');
        }
    }
}

fn emit_map(m: &[(String, Out)], indent: usize, buf: &mut String) {
    for (k, v) in m {
        buf.push_str(&" ".repeat(indent));
        buf.push_str(&scalar(k));
        buf.push(':');
        emit_value_after_key(v, indent, buf);
    }
}

fn emit_seq(items: &[Out], indent: usize, buf: &mut String) {
    for item in items {
        buf.push_str(&" ".repeat(indent));
        buf.push('-');
        match item {
            Out::Map(m) if !m.is_empty() => {
                // The first pair goes on the dash's line.
                let mut first = String::new();
                emit_map(m, indent + 2, &mut first);
                buf.push(' ');
                buf.push_str(&first[indent + 2..]);
            }
            Out::Seq(inner) if !inner.is_empty() => {
                let mut nested = String::new();
                emit_seq(inner, indent + 2, &mut nested);
                buf.push(' ');
                buf.push_str(&nested[indent + 2..]);
            }
            Out::Str(t) if t.contains('\n') => {
                buf.push(' ');
                block_literal(t, indent + 2, buf);
            }
            other => {
                buf.push(' ');
                buf.push_str(&inline(other));
                buf.push('\n');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_go_yaml() {
        assert_eq!(scalar("3000"), "\"3000\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("nginx:latest"), "nginx:latest");
        assert_eq!(
            scalar("yarn install && yarn run dev"),
            "yarn install && yarn run dev"
        );
        assert_eq!(scalar("*.js"), "'*.js'");
        assert_eq!(scalar("a: b"), "'a: b'");
        assert_eq!(scalar("CMD-SHELL"), "CMD-SHELL");
        assert_eq!(scalar("-c"), "-c");
        assert_eq!(scalar("0755"), "\"0755\"");
        assert_eq!(scalar("127.0.0.1"), "127.0.0.1");
        assert_eq!(scalar("1.5"), "\"1.5\"");
        assert_eq!(scalar("1e3"), "\"1e3\"");
        assert_eq!(scalar("8080:80"), "8080:80");
    }

    #[test]
    fn layout_is_go_yaml_v3_indent_2() {
        let v = Out::Map(vec![
            ("name".into(), s("app")),
            (
                "services".into(),
                Out::Map(vec![(
                    "web".into(),
                    Out::Map(vec![
                        ("command".into(), Out::Seq(vec![s("sh"), s("-c")])),
                        (
                            "ports".into(),
                            Out::Seq(vec![Out::Map(vec![
                                ("mode".into(), s("ingress")),
                                ("target".into(), Out::Int(80)),
                            ])]),
                        ),
                        (
                            "networks".into(),
                            Out::Map(vec![("default".into(), Out::Null)]),
                        ),
                        ("volume".into(), Out::Map(vec![])),
                    ]),
                )]),
            ),
        ]);
        assert_eq!(
            emit(&v),
            "name: app\nservices:\n  web:\n    command:\n      - sh\n      - -c\n    ports:\n      - mode: ingress\n        target: 80\n    networks:\n      default: null\n    volume: {}\n"
        );
    }
}
