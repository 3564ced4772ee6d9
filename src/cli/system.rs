//! Object and system commands: inspect, volume, network, system df/prune/info, version.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::containers::render_rows;
use super::format::human_size;
use super::inspect::container_json;
use super::render::go_time;
use super::spec::{Cmd, Invocation};
use super::{confirm, daemon_error, for_each_target, print_deleted, CliCtx};
use crate::clock::{rfc3339, rfc3339_nano};
use crate::engine::storage::NetworkSpec;
use crate::engine::{Container, ContainerState, Engine};
use crate::image::short_id;
use crate::runtime::Output;

/// Docker's JSON: 4-space indentation, `<`, `>` and `&` escaped as Go's encoder does.
pub fn to_json(value: &Value) -> String {
    let mut buf = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, formatter);
    if value.serialize(&mut ser).is_err() {
        return "null".to_string();
    }
    String::from_utf8_lossy(&buf)
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn image_json(engine: &Engine, id: &str) -> Value {
    let Some(stored) = engine.images.get(id) else {
        return Value::Null;
    };
    let image = &stored.image;
    let tags: Vec<String> = engine
        .tags_of(id)
        .iter()
        .map(|t| crate::engine::images::familiar(t))
        .collect();
    let digests: Vec<String> = stored
        .repo_digests
        .iter()
        .map(|d| crate::engine::images::familiar(d))
        .collect();
    let layers: Vec<&str> = image.layers.iter().map(|l| l.digest.as_str()).collect();
    json!({
        "Id": image.id,
        "RepoTags": tags,
        "RepoDigests": digests,
        "Parent": image.parent,
        "Comment": image.history.last().map(|h| h.comment.clone()).unwrap_or_default(),
        "Created": rfc3339(image.created),
        "DockerVersion": "",
        "Author": "",
        "Config": image.config,
        "Architecture": image.architecture,
        "Os": image.os,
        "Size": image.size(),
        "GraphDriver": {
            "Data": {
                "MergedDir": format!("/var/lib/docker/overlay2/{}/merged", short_id(id)),
                "UpperDir": format!("/var/lib/docker/overlay2/{}/diff", short_id(id)),
                "WorkDir": format!("/var/lib/docker/overlay2/{}/work", short_id(id)),
            },
            "Name": "overlay2",
        },
        "RootFS": { "Type": "layers", "Layers": layers },
        "Metadata": { "LastTagTime": rfc3339_nano(stored.last_tag_ms) },
    })
}

fn volume_json(engine: &Engine, name: &str) -> Value {
    let Some(v) = engine.volumes.get(name) else {
        return Value::Null;
    };
    json!({
        "CreatedAt": rfc3339(v.created_ms / 1000),
        "Driver": v.driver,
        "Labels": v.labels,
        "Mountpoint": format!("/var/lib/docker/volumes/{name}/_data"),
        "Name": name,
        "Options": null,
        "Scope": "local",
    })
}

fn network_json(engine: &Engine, name: &str) -> Value {
    let Some(n) = engine.networks.get(name) else {
        return Value::Null;
    };
    let mut containers = Map::new();
    for c in engine.network_members(name) {
        if let Some(ep) = c.networks.get(name) {
            if ep.ip.is_empty() {
                continue;
            }
            containers.insert(
                c.id.clone(),
                json!({
                    "Name": c.name,
                    "EndpointID": ep.endpoint_id,
                    "MacAddress": ep.mac,
                    "IPv4Address": format!("{}/16", ep.ip),
                    "IPv6Address": "",
                }),
            );
        }
    }
    let config: Value = if n.subnet.is_empty() {
        json!([])
    } else {
        json!([{ "Subnet": n.subnet, "Gateway": n.gateway }])
    };
    json!({
        "Name": n.name,
        "Id": n.id,
        "Created": rfc3339_nano(n.created_ms),
        "Scope": n.scope,
        "Driver": n.driver,
        "EnableIPv4": true,
        "EnableIPv6": false,
        "IPAM": { "Driver": "default", "Options": null, "Config": config },
        "Internal": n.internal,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": { "Network": "" },
        "ConfigOnly": false,
        "Containers": containers,
        "Options": network_options(n),
        "Labels": n.labels,
    })
}

/// The driver options the daemon shows: the default bridge's own settings, none otherwise.
fn network_options(n: &crate::engine::Network) -> Value {
    if n.name != "bridge" || n.user_defined {
        return json!({});
    }
    json!({
        "com.docker.network.bridge.default_bridge": "true",
        "com.docker.network.bridge.enable_icc": "true",
        "com.docker.network.bridge.enable_ip_masquerade": "true",
        "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
        "com.docker.network.bridge.name": "docker0",
        "com.docker.network.driver.mtu": "1500",
    })
}

/// Prints objects as a JSON array or through `--format`.
fn print_objects(
    engine: &mut Engine,
    objects: &[Value],
    format: Option<&str>,
    out: &mut Output,
) -> Result<(), i32> {
    let _ = engine;
    match format.filter(|f| !f.is_empty()) {
        None => {
            out.out(format!("{}\n", to_json(&Value::Array(objects.to_vec()))));
            Ok(())
        }
        // `--format json` is docker's compact inspector: the whole array on one line.
        Some("json") => {
            let text = serde_json::to_string(&Value::Array(objects.to_vec()))
                .unwrap_or_else(|_| "[]".into())
                .replace('<', "\\u003c")
                .replace('>', "\\u003e")
                .replace('&', "\\u0026");
            out.out(format!("{text}\n"));
            Ok(())
        }
        Some(f) => {
            for o in objects {
                match super::template::render(f, o) {
                    Ok(t) => out.out(format!("{t}\n")),
                    Err(e) => {
                        out.err(format!("{e}\n"));
                        return Err(64);
                    }
                }
            }
            Ok(())
        }
    }
}

/// `docker inspect` and the typed `container/image/volume/network inspect`.
pub fn inspect(engine: &mut Engine, inv: &Invocation, out: &mut Output, kind: Option<&str>) -> i32 {
    #[cfg(not(feature = "full"))]
    return crate::lean::need_full();
    if kind.is_none() && inv.flags.was_set("type") {
        const TYPES: &str = "must be one of \"config\", \"container\", \"image\", \"network\", \"node\", \"plugin\", \"secret\", \"service\", \"task\", \"volume\"";
        let t = inv.flags.str("type").unwrap_or("");
        let known = [
            "config",
            "container",
            "image",
            "network",
            "node",
            "plugin",
            "secret",
            "service",
            "task",
            "volume",
        ];
        if t.is_empty() {
            return super::client_error(engine, out, inv, &format!("type is empty: {TYPES}"));
        }
        if !known.contains(&t) {
            return super::client_error(engine, out, inv, &format!("unknown type: {t:?}: {TYPES}"));
        }
    }
    // The template is parsed before any object is looked up.
    if let Some(f) = inv
        .flags
        .str("format")
        .filter(|f| !f.is_empty() && *f != "json")
    {
        if let Err(e) = super::template::Template::parse(&super::template::prepare(f).0) {
            out.err(format!("{e}\n"));
            engine.emit(crate::engine::Event::Failed {
                error: crate::engine::ErrorKind::Usage {
                    command: inv.path.clone(),
                    message: e.to_string(),
                },
            });
            return 64;
        }
    }
    let kind = kind.or(inv.flags.str("type").filter(|t| !t.is_empty()));
    let size = inv.flags.bool("size");
    let mut objects = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for arg in &inv.args {
        let container = || {
            engine
                .find_container(arg)
                .ok()
                .map(|i| container_json(engine, &engine.containers[i], size))
        };
        let image = || engine.find_image(arg).map(|id| image_json(engine, &id));
        let found = match kind {
            Some("container") => container(),
            Some("image") => image(),
            Some("volume") => engine
                .volumes
                .contains_key(arg.as_str())
                .then(|| volume_json(engine, arg)),
            Some("network") => engine
                .find_network(arg)
                .ok()
                .map(|n| network_json(engine, &n.name.clone())),
            _ => container()
                .or_else(image)
                .or_else(|| {
                    engine
                        .find_network(arg)
                        .ok()
                        .map(|n| network_json(engine, &n.name.clone()))
                })
                .or_else(|| {
                    engine
                        .volumes
                        .contains_key(arg.as_str())
                        .then(|| volume_json(engine, arg))
                }),
        };
        match found {
            Some(o) => objects.push(o),
            None => errors.push(match kind {
                Some("container") => {
                    format!("Error response from daemon: No such container: {arg}")
                }
                Some("image") => {
                    let shown = crate::image::reference::parse(arg)
                        .map(|r| r.with_default_tag().familiar())
                        .unwrap_or_else(|_| arg.clone());
                    format!("Error response from daemon: No such image: {shown}")
                }
                Some("volume") => format!("Error response from daemon: get {arg}: no such volume"),
                Some("network") => format!("Error response from daemon: network {arg} not found"),
                _ => format!("Error: No such object: {arg}"),
            }),
        }
    }
    let format = inv.flags.str("format");
    if let Err(code) = print_objects(engine, &objects, format, out) {
        return code;
    }
    if errors.is_empty() {
        0
    } else {
        out.err(format!("{}\n", errors.join("\n")));
        engine.emit(crate::engine::Event::Failed {
            error: crate::engine::ErrorKind::Other {
                message: errors.join("\n"),
            },
        });
        1
    }
}

/// `docker volume …`.
pub fn volume(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    match inv.cmd {
        Cmd::VolumeCreate => {
            if inv.flags.was_set("name") && !inv.args.is_empty() {
                return super::client_error(engine, out, inv, "conflicting options: cannot specify a volume-name through both --name and as a positional arg");
            }
            let labels = inv.flags.map("label");
            let name = inv
                .args
                .first()
                .map(String::as_str)
                .or(inv.flags.str("name").filter(|n| !n.is_empty()));
            match engine.create_volume(name, labels) {
                Ok(n) => {
                    out.out(format!("{n}\n"));
                    0
                }
                Err(e) => daemon_error(engine, out, &e),
            }
        }
        Cmd::VolumeLs => {
            let dangling = inv.flags.list("filter").contains(&"dangling=true");
            if inv.flags.bool("quiet") {
                for v in engine.volumes.values() {
                    if !dangling || engine.volume_users(&v.name).is_empty() {
                        out.out(format!("{}\n", v.name));
                    }
                }
                return 0;
            }
            let rows: Vec<Value> = engine
                .volumes
                .values()
                .filter(|v| !dangling || engine.volume_users(&v.name).is_empty())
                .map(|v| json!({"Driver": v.driver, "Name": v.name, "Mountpoint": format!("/var/lib/docker/volumes/{}/_data", v.name), "Scope": "local", "Size": "N/A", "Labels": "", "Links": "N/A"}))
                .collect();
            let header = |f: &str| -> Option<String> {
                Some(
                    match f {
                        "Driver" => "DRIVER",
                        "Name" => "VOLUME NAME",
                        "Mountpoint" => "MOUNTPOINT",
                        "Scope" => "SCOPE",
                        "Size" => "SIZE",
                        "Labels" => "LABELS",
                        "Links" => "LINKS",
                        _ => return None,
                    }
                    .to_string(),
                )
            };
            render_rows(
                inv.flags.str("format"),
                "table {{.Driver}}\t{{.Name}}",
                &rows,
                &header,
                out,
            )
        }
        Cmd::VolumeRm => {
            let force = inv.flags.bool("force");
            for_each_target(engine, &inv.args, out, |engine, arg| {
                engine.remove_volume(arg, force)
            })
        }
        Cmd::VolumeInspect => inspect(engine, inv, out, Some("volume")),
        Cmd::VolumePrune => {
            let all = inv.flags.bool("all");
            if all
                && inv
                    .flags
                    .list("filter")
                    .iter()
                    .any(|f| f.starts_with("all="))
            {
                let message = "conflicting options: cannot specify both --all and --filter all=1";
                return super::client_error(engine, out, inv, message);
            }
            let warning = if all {
                "WARNING! This will remove all local volumes not used by at least one container."
            } else {
                "WARNING! This will remove anonymous local volumes not used by at least one container."
            };
            let mut argv = vec!["volume".to_string(), "prune".to_string()];
            if all {
                argv.push("--all".to_string());
            }
            if !confirm(inv, ctx, out, warning, argv) {
                return 0;
            }
            let (names, bytes) = engine.prune_volumes(all);
            print_deleted(out, "Volumes", &names);
            out.out(format!("Total reclaimed space: {}\n", human_size(bytes)));
            0
        }
        _ => 1,
    }
}

/// `docker network …`.
pub fn network(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    match inv.cmd {
        Cmd::NetworkCreate => {
            let Some(name) = inv.args.first() else {
                return 1;
            };
            let f = &inv.flags;
            let ipam = super::opts::net::check_ipam(
                &f.list("subnet"),
                &f.list("ip-range"),
                &f.list("gateway"),
                &f.list("aux-address"),
            );
            if let Err(message) = ipam {
                return super::client_error(engine, out, inv, &message);
            }
            let spec = NetworkSpec {
                name: name.clone(),
                driver: inv.flags.str("driver").unwrap_or("bridge").to_string(),
                subnet: inv.flags.list("subnet").first().map(|s| s.to_string()),
                internal: inv.flags.bool("internal"),
                labels: inv.flags.map("label"),
            };
            match engine.create_network(&spec) {
                Ok(id) => {
                    out.out(format!("{id}\n"));
                    0
                }
                Err(e) => daemon_error(engine, out, &e),
            }
        }
        Cmd::NetworkLs => {
            let no_trunc = inv.flags.bool("no-trunc");
            let mut nets: Vec<&crate::engine::Network> = engine.networks.values().collect();
            crate::sort::sort_by(&mut nets, |a, b| a.name.cmp(&b.name));
            if inv.flags.bool("quiet") {
                for n in nets {
                    out.out(format!(
                        "{}\n",
                        if no_trunc {
                            n.id.clone()
                        } else {
                            n.id[..12].to_string()
                        }
                    ));
                }
                return 0;
            }
            let rows: Vec<Value> = nets
                .iter()
                .map(|n| json!({"CreatedAt": go_time(n.created_ms), "Driver": n.driver, "ID": if no_trunc { n.id.clone() } else { n.id[..12].to_string() }, "IPv4": "true", "IPv6": "false", "Internal": n.internal.to_string(), "Labels": "", "Name": n.name, "Scope": n.scope}))
                .collect();
            let header = |f: &str| -> Option<String> {
                Some(
                    match f {
                        "ID" => "NETWORK ID",
                        "Name" => "NAME",
                        "Driver" => "DRIVER",
                        "Scope" => "SCOPE",
                        "IPv6" => "IPV6",
                        "IPv4" => "IPV4",
                        "Internal" => "INTERNAL",
                        "CreatedAt" => "CREATED",
                        "Labels" => "LABELS",
                        _ => return None,
                    }
                    .to_string(),
                )
            };
            render_rows(
                inv.flags.str("format"),
                "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}",
                &rows,
                &header,
                out,
            )
        }
        Cmd::NetworkRm => {
            let mut status = 0;
            for arg in &inv.args {
                match engine.remove_network(arg) {
                    Ok(()) => out.out(format!("{arg}\n")),
                    Err(e) => {
                        status = daemon_error(engine, out, &e);
                    }
                }
            }
            status
        }
        Cmd::NetworkInspect => inspect(engine, inv, out, Some("network")),
        Cmd::NetworkConnect | Cmd::NetworkDisconnect => {
            let bad_opt = inv
                .flags
                .list("driver-opt")
                .iter()
                .any(|o| o.split_once('=').is_none_or(|(k, _)| k.is_empty()));
            if inv.cmd == Cmd::NetworkConnect && bad_opt {
                let message = "invalid key/value pair format in driver options";
                return super::client_error(engine, out, inv, message);
            }
            let (Some(net), Some(container)) = (inv.args.first(), inv.args.get(1)) else {
                return 1;
            };
            let idx = match engine.find_container(container) {
                Ok(i) => i,
                Err(e) => return daemon_error(engine, out, &e),
            };
            let result = if inv.cmd == Cmd::NetworkConnect {
                let aliases = inv
                    .flags
                    .list("alias")
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                engine.connect_network(net, idx, aliases)
            } else {
                engine.disconnect_network(net, idx)
            };
            match result {
                Ok(()) => 0,
                Err(e) => daemon_error(engine, out, &e),
            }
        }
        Cmd::NetworkPrune => {
            if !confirm(
                inv,
                ctx,
                out,
                "WARNING! This will remove all custom networks not used by at least one container.",
                vec!["network".into(), "prune".into()],
            ) {
                return 0;
            }
            print_deleted(out, "Networks", engine.prune_networks());
            0
        }
        _ => 1,
    }
}

/// `docker system df`.
pub fn df(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    if inv.flags.bool("verbose") {
        return super::disk_usage::verbose(engine, inv, out);
    }
    let images: Vec<&crate::engine::StoredImage> = engine.images.values().collect();
    let active_images: Vec<&&crate::engine::StoredImage> = images
        .iter()
        .filter(|s| engine.image_in_use(&s.image.id))
        .collect();
    // Layers are counted once even when images share them.
    let mut all_layers: BTreeMap<&str, u64> = BTreeMap::new();
    let mut active_layers: BTreeMap<&str, u64> = BTreeMap::new();
    for s in &images {
        for l in &s.image.layers {
            all_layers.insert(l.digest.as_str(), l.size);
        }
    }
    for s in &active_images {
        for l in &s.image.layers {
            active_layers.insert(l.digest.as_str(), l.size);
        }
    }
    let image_size: u64 = all_layers.values().sum();
    let image_reclaim = image_size - active_layers.values().sum::<u64>();
    let containers = &engine.containers;
    let c_size: u64 = containers.iter().map(Container::writable_size).sum();
    let c_reclaim: u64 = containers
        .iter()
        .filter(|c| !c.state.is_active())
        .map(Container::writable_size)
        .sum();
    let vol_size: u64 = engine.volumes.values().map(|v| v.data.total_size()).sum();
    let vol_active = engine
        .volumes
        .values()
        .filter(|v| !engine.volume_users(&v.name).is_empty())
        .count();
    let vol_reclaim: u64 = engine
        .volumes
        .values()
        .filter(|v| engine.volume_users(&v.name).is_empty())
        .map(|v| v.data.total_size())
        .sum();
    let pct = |part: u64, total: u64| match (part * 100).checked_div(total) {
        None => human_size(part),
        Some(p) => format!("{} ({p}%)", human_size(part)),
    };
    let cache = engine.build_cache_size();
    let rows = vec![
        json!({"Type": "Images", "TotalCount": images.len().to_string(), "Active": active_images.len().to_string(), "Size": human_size(image_size), "Reclaimable": pct(image_reclaim, image_size)}),
        json!({"Type": "Containers", "TotalCount": containers.len().to_string(), "Active": containers.iter().filter(|c| c.state.is_active()).count().to_string(), "Size": human_size(c_size), "Reclaimable": pct(c_reclaim, c_size)}),
        json!({"Type": "Local Volumes", "TotalCount": engine.volumes.len().to_string(), "Active": vol_active.to_string(), "Size": human_size(vol_size), "Reclaimable": pct(vol_reclaim, vol_size)}),
        json!({"Type": "Build Cache", "TotalCount": cache.0.to_string(), "Active": "0", "Size": human_size(cache.1), "Reclaimable": human_size(cache.1)}),
    ];
    let header = |f: &str| -> Option<String> {
        Some(
            match f {
                "Type" => "TYPE",
                "TotalCount" => "TOTAL",
                "Active" => "ACTIVE",
                "Size" => "SIZE",
                "Reclaimable" => "RECLAIMABLE",
                _ => return None,
            }
            .to_string(),
        )
    };
    // docker's `raw` disk-usage format: one block per type.
    let raw = "type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n";
    let format = match inv.flags.str("format") {
        Some("raw") => Some(raw),
        other => other,
    };
    render_rows(
        format,
        "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
        &rows,
        &header,
        out,
    )
}

/// `docker system prune`.
pub fn prune(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let all = inv.flags.bool("all");
    let volumes = inv.flags.bool("volumes");
    let mut warning = String::from("WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n");
    if volumes {
        warning.push_str("  - all anonymous volumes not used by at least one container\n");
    }
    warning.push_str(if all {
        "  - all images without at least one container associated to them\n  - all build cache\n"
    } else {
        "  - all dangling images\n  - unused build cache\n"
    });
    let mut filters = inv.flags.list("filter");
    crate::sort::sort(&mut filters);
    if volumes && filters.iter().any(|f| f.starts_with("until=")) {
        let message = "ERROR: The \"until\" filter is not supported with \"--volumes\"";
        return super::client_error(engine, out, inv, message);
    }
    if !filters.is_empty() {
        warning.push_str("\n  Items to be pruned will be filtered with:\n");
        for f in &filters {
            warning.push_str(&format!("  - {f}\n"));
        }
    }
    let mut argv = vec!["system".to_string(), "prune".to_string()];
    for f in &filters {
        argv.push(format!("--filter={f}"));
    }
    if all {
        argv.push("--all".into());
    }
    if volumes {
        argv.push("--volumes".into());
    }
    if !confirm(inv, ctx, out, &warning, argv) {
        return 0;
    }
    let (containers, mut reclaimed) = super::containers::remove_stopped(engine);
    print_deleted(out, "Containers", &containers);
    print_deleted(out, "Networks", engine.prune_networks());
    if volumes {
        let (names, bytes) = engine.prune_volumes(false);
        reclaimed += bytes;
        print_deleted(out, "Volumes", &names);
    }
    let (lines, bytes) = engine.prune_images(all);
    reclaimed += bytes;
    print_deleted(
        out,
        "Images",
        super::images::removed_lines(&lines, true).lines(),
    );
    let (cache_lines, cache_bytes) = engine.prune_build_cache(all);
    reclaimed += cache_bytes;
    print_deleted(out, "build cache objects", &cache_lines);
    out.out(format!(
        "Total reclaimed space: {}\n",
        human_size(reclaimed)
    ));
    0
}

/// `docker builder prune`.
pub fn builder_prune(
    engine: &mut Engine,
    inv: &Invocation,
    ctx: &mut CliCtx,
    out: &mut Output,
) -> i32 {
    let all = inv.flags.bool("all");
    let warning = if all {
        "WARNING! This will remove all build cache."
    } else {
        "WARNING! This will remove all dangling build cache."
    };
    let mut argv = vec!["builder".to_string(), "prune".to_string()];
    if all {
        argv.push("--all".into());
    }
    if !confirm(inv, ctx, out, warning, argv) {
        return 0;
    }
    let (lines, bytes) = engine.prune_build_cache(all);
    if !lines.is_empty() {
        out.out("ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n");
    }
    out.out(format!("Total:\t{}\n", human_size(bytes)));
    0
}

/// `docker info` (the parts a learner reads).
pub fn info(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let running = engine
        .containers
        .iter()
        .filter(|c| c.state == ContainerState::Running)
        .count();
    let paused = engine
        .containers
        .iter()
        .filter(|c| c.state == ContainerState::Paused)
        .count();
    let stopped = engine.containers.len() - running - paused;
    if let Some(f) = inv.flags.str("format").filter(|f| !f.is_empty()) {
        let doc = json!({"Containers": engine.containers.len(), "ContainersRunning": running, "ContainersPaused": paused, "ContainersStopped": stopped, "Images": engine.images.len(), "Driver": "overlay2", "ServerVersion": "28.2.2", "OperatingSystem": "Ubuntu 24.04.2 LTS", "OSType": "linux", "Architecture": "x86_64", "NCPU": 2, "MemTotal": 8_191_475_712u64, "Name": "dockling"});
        return match super::template::render(f, &doc) {
            Ok(t) => {
                out.out(format!("{t}\n"));
                0
            }
            Err(e) => {
                out.err(format!("{e}\n"));
                1
            }
        };
    }
    out.out(format!(
        "Client: Docker Engine - Community\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n Plugins:\n  buildx: Docker Buildx (Docker Inc.)\n    Version:  v0.25.0\n    Path:     /usr/libexec/docker/cli-plugins/docker-buildx\n  compose: Docker Compose (Docker Inc.)\n    Version:  v2.38.2\n    Path:     /usr/libexec/docker/cli-plugins/docker-compose\n\nServer:\n Containers: {}\n  Running: {running}\n  Paused: {paused}\n  Stopped: {stopped}\n Images: {}\n Server Version: 28.2.2\n Storage Driver: overlay2\n  Backing Filesystem: extfs\n  Supports d_type: true\n  Using metacopy: false\n  Native Overlay Diff: true\n  userxattr: false\n Logging Driver: json-file\n Cgroup Driver: systemd\n Cgroup Version: 2\n Plugins:\n  Volume: local\n  Network: bridge host ipvlan macvlan null overlay\n  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog\n Swarm: inactive\n Runtimes: io.containerd.runc.v2 runc\n Default Runtime: runc\n Init Binary: docker-init\n containerd version: 05044ec0a9a75232cad458027ca83437aae3f4da\n runc version: v1.2.5-0-g59923ef\n init version: de40ad0\n Security Options:\n  apparmor\n  seccomp\n   Profile: builtin\n  cgroupns\n Kernel Version: 6.8.0-60-generic\n Operating System: Ubuntu 24.04.2 LTS\n OSType: linux\n Architecture: x86_64\n CPUs: 2\n Total Memory: 7.629GiB\n Name: dockling\n ID: {}\n Docker Root Dir: /var/lib/docker\n Debug Mode: false\n Experimental: false\n Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: false\n\n",
        engine.containers.len(),
        engine.images.len(),
        "8c1e3f4a-6b2d-4c9e-9f1a-2b3c4d5e6f70",
    ));
    if let Some(user) = &engine.auth {
        let _ = user;
    }
    0
}

/// `docker version`.
pub fn version(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let _ = engine;
    if let Some(f) = inv.flags.str("format").filter(|f| !f.is_empty()) {
        let doc = json!({"Client": {"Version": "28.2.2", "ApiVersion": "1.50", "GoVersion": "go1.24.3", "GitCommit": "e6534b4", "Os": "linux", "Arch": "amd64", "Context": "default"}, "Server": {"Version": "28.2.2", "ApiVersion": "1.50", "MinAPIVersion": "1.24", "GoVersion": "go1.24.3", "GitCommit": "45873be", "Os": "linux", "Arch": "amd64"}});
        return match super::template::render(f, &doc) {
            Ok(t) => {
                out.out(format!("{t}\n"));
                0
            }
            Err(e) => {
                // docker names this template "version".
                out.err(format!(
                    "{}\n",
                    e.to_string()
                        .replacen("template: :", "template: version:", 1)
                ));
                64
            }
        };
    }
    out.out("Client: Docker Engine - Community\n Version:           28.2.2\n API version:       1.50\n Go version:        go1.24.3\n Git commit:        e6534b4\n Built:             Fri May 30 12:07:14 2025\n OS/Arch:           linux/amd64\n Context:           default\n\nServer: Docker Engine - Community\n Engine:\n  Version:          28.2.2\n  API version:      1.50 (minimum version 1.24)\n  Go version:       go1.24.3\n  Git commit:       45873be\n  Built:            Fri May 30 12:07:14 2025\n  OS/Arch:          linux/amd64\n  Experimental:     false\n containerd:\n  Version:          1.7.27\n  GitCommit:        05044ec0a9a75232cad458027ca83437aae3f4da\n runc:\n  Version:          1.2.5\n  GitCommit:        v1.2.5-0-g59923ef\n docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0\n");
    0
}
