//! Shared rendering: container status and ports, table rows, pull and push progress.

use serde_json::{json, Map, Value};

use super::format::{ellipsis, human_duration, human_size_prec, ps_command};
use crate::engine::distribution::{PullReport, PushReport, PushedLayer};
use crate::engine::{Container, ContainerState, Engine};
use crate::image::short_id;

/// `2025-06-02 09:00:05 +0000 UTC`, Go's `time.Time.String()` for UTC times.
pub fn go_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} +0000 UTC")
}

/// `<duration> ago`.
pub fn ago(now_ms: i64, then_ms: i64) -> String {
    format!(
        "{} ago",
        human_duration((now_ms - then_ms).div_euclid(1000))
    )
}

/// The STATUS column (`Up 5 seconds`, `Exited (0) 2 minutes ago`, …).
pub fn status(c: &Container, now: i64) -> String {
    match c.state {
        ContainerState::Created => "Created".to_string(),
        ContainerState::Running => format!(
            "Up {}{}",
            human_duration((now - c.started_ms.unwrap_or(now)).div_euclid(1000)),
            health_suffix(c)
        ),
        ContainerState::Paused => format!(
            "Up {} (Paused)",
            human_duration((now - c.started_ms.unwrap_or(now)).div_euclid(1000))
        ),
        ContainerState::Restarting => format!(
            "Restarting ({}) {}",
            c.exit_code,
            ago(now, c.finished_ms.unwrap_or(now))
        ),
        ContainerState::Exited => format!(
            "Exited ({}) {}",
            c.exit_code,
            ago(now, c.finished_ms.unwrap_or(now))
        ),
        ContainerState::Dead => "Dead".to_string(),
    }
}

/// ` (healthy)` and friends for running containers with a health check: what the daemon's
/// probes found so far (`starting` until one passes or the retries are used up).
pub fn health_suffix(c: &Container) -> String {
    match c.health() {
        Some("starting") => " (health: starting)".to_string(),
        Some(h) => format!(" ({h})"),
        None => String::new(),
    }
}

/// One entry of a container's port list, as the API reports it.
struct ApiPort {
    ip: String,
    private: u16,
    public: u16,
    proto: String,
}

/// The PORTS column: Docker's `DisplayablePorts` grouping and order.
pub fn ports(c: &Container) -> String {
    if !c.state.is_active() {
        return String::new();
    }
    let mut list: Vec<ApiPort> = Vec::new();
    for p in &c.ports {
        let ips: Vec<String> = if p.host_ip.is_empty() {
            vec!["0.0.0.0".to_string(), "::".to_string()]
        } else {
            vec![p.host_ip.clone()]
        };
        for ip in ips {
            list.push(ApiPort {
                ip,
                private: p.container_port,
                public: p.host_port,
                proto: p.proto.clone(),
            });
        }
    }
    // Published ports are exposed too: a set keeps `-p 1-65535:1-65535` linear.
    let published: std::collections::BTreeSet<(u16, &str)> = c
        .ports
        .iter()
        .map(|p| (p.container_port, p.proto.as_str()))
        .collect();
    for exposed in &c.config.exposed_ports {
        let (port, proto) = exposed.split_once('/').unwrap_or((exposed, "tcp"));
        let Ok(port) = port.parse::<u16>() else {
            continue;
        };
        if !published.contains(&(port, proto)) {
            list.push(ApiPort {
                ip: String::new(),
                private: port,
                public: 0,
                proto: proto.to_string(),
            });
        }
    }
    crate::sort::sort_by(&mut list, |a, b| {
        a.private
            .cmp(&b.private)
            .then_with(|| a.ip.cmp(&b.ip))
            .then_with(|| a.public.cmp(&b.public))
            .then_with(|| a.proto.cmp(&b.proto))
    });
    let mut groups: Vec<(String, u16, u16)> = Vec::new();
    let mut result: Vec<String> = Vec::new();
    let mut mappings: Vec<String> = Vec::new();
    for p in &list {
        let key = if p.ip.is_empty() {
            p.proto.clone()
        } else {
            if p.public != p.private {
                let host = if p.ip.contains(':') {
                    format!("[{}]", p.ip)
                } else {
                    p.ip.clone()
                };
                mappings.push(format!("{host}:{}->{}/{}", p.public, p.private, p.proto));
                continue;
            }
            format!("{}/{}", p.ip, p.proto)
        };
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            None => groups.push((key, p.private, p.private)),
            Some(g) => {
                if p.private == g.2.wrapping_add(1) {
                    g.2 = p.private;
                } else {
                    result.push(form_group(&g.0, g.1, g.2));
                    g.1 = p.private;
                    g.2 = p.private;
                }
            }
        }
    }
    for (key, first, last) in &groups {
        result.push(form_group(key, *first, *last));
    }
    result.extend(mappings);
    result.join(", ")
}

fn form_group(key: &str, first: u16, last: u16) -> String {
    let (ip, proto) = match key.rsplit_once('/') {
        Some((ip, proto)) => (ip, proto),
        None => ("", key),
    };
    let mut group = first.to_string();
    if first != last {
        group = format!("{group}-{last}");
    }
    if !ip.is_empty() {
        let host = if ip.contains(':') {
            format!("[{ip}]")
        } else {
            ip.to_string()
        };
        group = format!("{host}:{group}->{group}");
    }
    format!("{group}/{proto}")
}

/// The IMAGE column: as typed, or the short ID when created from an ID.
pub fn image_column(c: &Container, no_trunc: bool) -> String {
    let typed = &c.config.image;
    let hex = typed.strip_prefix("sha256:").unwrap_or(typed);
    if hex.len() >= 12 && c.image_id.trim_start_matches("sha256:").starts_with(hex) {
        if no_trunc {
            return c.image_id.clone();
        }
        return short_id(&c.image_id).to_string();
    }
    if !no_trunc {
        if let Some((name, _)) = typed.split_once('@') {
            return name.to_string();
        }
    }
    typed.clone()
}

/// The `docker ps --format` context of one container (keys sorted as Go's JSON encoder sorts
/// struct-less maps, which is what `{{json .}}` prints).
pub fn ps_row(engine: &Engine, c: &Container, no_trunc: bool, size: bool) -> Value {
    let now = engine.now();
    let mut m = Map::new();
    m.insert(
        "Command".into(),
        json!(ps_command(&c.command_line(), no_trunc)),
    );
    m.insert("CreatedAt".into(), json!(go_time(c.created_ms)));
    m.insert("ID".into(), json!(id_column(c, no_trunc)));
    m.insert("Image".into(), json!(image_column(c, no_trunc)));
    let labels: Vec<String> = c
        .config
        .labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    m.insert("Labels".into(), json!(labels.join(",")));
    let volumes = c
        .mounts
        .iter()
        .filter(|m| matches!(m.source, crate::engine::MountSource::Volume(_)))
        .count();
    m.insert("LocalVolumes".into(), json!(volumes.to_string()));
    let mounts: Vec<String> = c
        .mounts
        .iter()
        .map(|m| match &m.source {
            crate::engine::MountSource::Volume(source)
            | crate::engine::MountSource::Bind(source) => {
                if no_trunc {
                    source.clone()
                } else {
                    ellipsis(source, 15)
                }
            }
            crate::engine::MountSource::Tmpfs => m.target.clone(),
        })
        .collect();
    m.insert("Mounts".into(), json!(mounts.join(",")));
    m.insert("Names".into(), json!(c.name));
    let networks: Vec<&str> = if c.networks.is_empty() {
        vec![c.network_mode.as_str()]
    } else {
        c.networks.keys().map(String::as_str).collect()
    };
    m.insert("Networks".into(), json!(networks.join(",")));
    // The classic image store (Docker 28's default) reports no image manifest, so no platform.
    m.insert("Platform".into(), Value::Null);
    m.insert("Ports".into(), json!(ports(c)));
    m.insert("RunningFor".into(), json!(ago(now, c.created_ms)));
    let size_text = if size {
        size_column(engine, c)
    } else {
        "0B".to_string()
    };
    m.insert("Size".into(), json!(size_text));
    m.insert("State".into(), json!(c.state.as_str()));
    m.insert("Status".into(), json!(status(c, now)));
    Value::Object(m)
}

/// The `CONTAINER ID` of `docker ps`: short unless `--no-trunc`.
pub fn id_column(c: &Container, no_trunc: bool) -> &str {
    if no_trunc {
        &c.id
    } else {
        c.short_id()
    }
}

/// The `SIZE` of `docker ps --size`: the writable layer, and with the image beneath it.
pub fn size_column(engine: &Engine, c: &Container) -> String {
    let image = engine
        .images
        .get(&c.image_id)
        .map(|s| s.image.size())
        .unwrap_or(0);
    let rw = c.writable_size();
    format!(
        "{} (virtual {})",
        human_size_prec(rw, 3),
        human_size_prec(rw + image, 3)
    )
}

/// Column headers of `docker ps --format 'table …'`.
pub fn ps_header(field: &str) -> Option<String> {
    Some(
        match field {
            "ID" => "CONTAINER ID",
            "Image" => "IMAGE",
            "Command" => "COMMAND",
            "CreatedAt" => "CREATED AT",
            "RunningFor" => "CREATED",
            "Ports" => "PORTS",
            "State" => "STATE",
            "Status" => "STATUS",
            "Size" => "SIZE",
            "Names" => "NAMES",
            "Labels" => "LABELS",
            "Mounts" => "MOUNTS",
            "Networks" => "NETWORKS",
            "LocalVolumes" => "LOCAL VOLUMES",
            "Platform" => "PLATFORM",
            _ => return None,
        }
        .to_string(),
    )
}

/// Column headers of `docker images --format 'table …'`.
pub fn image_header(field: &str) -> Option<String> {
    Some(
        match field {
            "ID" => "IMAGE ID",
            "Repository" => "REPOSITORY",
            "Tag" => "TAG",
            "Digest" => "DIGEST",
            "CreatedSince" => "CREATED",
            "CreatedAt" => "CREATED AT",
            "Size" => "SIZE",
            "Containers" => "CONTAINERS",
            "VirtualSize" => "VIRTUAL SIZE",
            "SharedSize" => "SHARED SIZE",
            "UniqueSize" => "UNIQUE SIZE",
            _ => return None,
        }
        .to_string(),
    )
}

/// The final screen of a pull, as a terminal shows it when the pull is done.
/// `for_run` leaves out the lines only `docker pull` prints.
pub fn pull_progress(report: &PullReport, explicit_tag: bool, for_run: bool) -> String {
    let mut out = String::new();
    if !for_run && !explicit_tag {
        out.push_str("Using default tag: latest\n");
    }
    let prefix = if report.tag.starts_with("sha256:") {
        report.full.clone()
    } else {
        report.tag.clone()
    };
    out.push_str(&format!("{prefix}: Pulling from {}\n", report.repo_path));
    for layer in &report.layers {
        let status = if layer.existed {
            "Already exists"
        } else {
            "Pull complete"
        };
        out.push_str(&format!("{}: {status}\n", layer.short));
    }
    out.push_str(&format!("Digest: {}\n", report.digest));
    if report.up_to_date {
        out.push_str(&format!(
            "Status: Image is up to date for {}\n",
            report.familiar
        ));
    } else {
        out.push_str(&format!(
            "Status: Downloaded newer image for {}\n",
            report.familiar
        ));
    }
    if !for_run {
        out.push_str(&format!("{}\n", report.full));
    }
    out
}

/// The final screen of a successful push.
pub fn push_progress(report: &PushReport, explicit_tag: bool) -> String {
    let mut out = String::new();
    if !explicit_tag {
        out.push_str("Using default tag: latest\n");
    }
    out.push_str(&format!(
        "The push refers to repository [{}]\n",
        report.repository
    ));
    for (short, status) in &report.layers {
        let text = match status {
            PushedLayer::Pushed => "Pushed".to_string(),
            PushedLayer::AlreadyExists => "Layer already exists".to_string(),
            PushedLayer::MountedFrom(r) => format!("Mounted from {r}"),
        };
        out.push_str(&format!("{short}: {text}\n"));
    }
    out.push_str(&format!(
        "{}: digest: {} size: {}\n",
        report.tag, report.digest, report.size
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_time_is_utc_string() {
        assert_eq!(go_time(1_748_854_805_000), "2025-06-02 09:00:05 +0000 UTC");
    }

    #[test]
    fn port_groups() {
        assert_eq!(form_group("tcp", 80, 80), "80/tcp");
        assert_eq!(
            form_group("0.0.0.0/tcp", 80, 81),
            "0.0.0.0:80-81->80-81/tcp"
        );
        assert_eq!(form_group("::/tcp", 80, 80), "[::]:80->80/tcp");
    }
}
