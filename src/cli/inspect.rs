//! `docker container inspect`: a container as the daemon's JSON, field for field in Docker 28's
//! order and shapes (`null` where Go has a nil slice, absent where it has `omitempty`).

use serde_json::{json, Map, Value};

use crate::clock::rfc3339_nano;
use crate::engine::{Container, ContainerState, Engine, MountSource};

const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// A list as Go encodes a slice the client filled: `[]` when `empty_list`, else `null`.
fn list(items: &[String], empty_list: bool) -> Value {
    if items.is_empty() && !empty_list {
        Value::Null
    } else {
        json!(items)
    }
}

/// `-v` specs the client sent as `Binds` (host paths and named volumes, not anonymous ones).
fn binds(c: &Container) -> Vec<String> {
    c.mounts
        .iter()
        .filter(|m| !c.host.mount_specs.iter().any(|s| s.target == m.target))
        .filter_map(|m| {
            let source = match &m.source {
                MountSource::Bind(p) => p.clone(),
                MountSource::Volume(v) if !c.config_volumes.contains(&m.target) => v.clone(),
                _ => return None,
            };
            Some(format!(
                "{source}:{}{}",
                m.target,
                if m.read_only { ":ro" } else { "" }
            ))
        })
        .collect()
}

fn host_config_json(c: &Container) -> Value {
    let h = &c.host;
    let mut port_bindings = Map::new();
    for p in &c.ports {
        let key = format!("{}/{}", p.container_port, p.proto);
        let entry = port_bindings.entry(key).or_insert_with(|| json!([]));
        if let Some(a) = entry.as_array_mut() {
            a.push(json!({"HostIp": p.host_ip, "HostPort": if p.host_port == 0 { String::new() } else { p.host_port.to_string() }}));
        }
    }
    let binds = binds(c);
    let log_config: Map<String, Value> = h
        .log_opts
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    let mut doc = Map::new();
    let mut put = |k: &str, v: Value| {
        doc.insert(k.to_string(), v);
    };
    put("Binds", list(&binds, false));
    put("ContainerIDFile", json!(h.cidfile));
    put(
        "LogConfig",
        json!({
            "Type": if h.log_driver.is_empty() { "json-file" } else { h.log_driver.as_str() },
            "Config": log_config,
        }),
    );
    put("NetworkMode", json!(c.network_mode));
    put("PortBindings", Value::Object(port_bindings));
    put(
        "RestartPolicy",
        json!({
            "Name": c.restart.name(),
            "MaximumRetryCount": match c.restart { crate::engine::RestartPolicy::OnFailure(n) => n, _ => 0 },
        }),
    );
    put("AutoRemove", json!(c.auto_remove));
    put("VolumeDriver", json!(""));
    put("VolumesFrom", list(&h.volumes_from, false));
    put("ConsoleSize", json!([h.console.0, h.console.1]));
    put("CapAdd", list(&h.cap_add, false));
    put("CapDrop", list(&h.cap_drop, false));
    put("CgroupnsMode", json!("private"));
    put("Dns", json!(h.dns));
    put("DnsOptions", json!(h.dns_options));
    put("DnsSearch", json!(h.dns_search));
    put("ExtraHosts", list(&h.extra_hosts, false));
    put("GroupAdd", list(&h.group_add, false));
    put(
        "IpcMode",
        json!(if h.ipc_mode.is_empty() {
            "private"
        } else {
            h.ipc_mode.as_str()
        }),
    );
    put("Cgroup", json!(""));
    // The daemon stores a link as `/<target>:/<this container>/<alias>`.
    let links: Vec<String> = h
        .links
        .iter()
        .map(|l| {
            let (target, alias) = l.split_once(':').unwrap_or((l, l));
            format!("/{}:/{}/{alias}", target.trim_start_matches('/'), c.name)
        })
        .collect();
    put("Links", list(&links, false));
    put("OomScoreAdj", json!(h.oom_score_adj));
    put("PidMode", json!(h.pid_mode));
    put("Privileged", json!(h.privileged));
    put("PublishAllPorts", json!(c.publish_all));
    put("ReadonlyRootfs", json!(h.readonly_rootfs));
    put("SecurityOpt", list(&h.security_opt, false));
    if !h.tmpfs.is_empty() {
        let t: Map<String, Value> = h.tmpfs.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        put("Tmpfs", Value::Object(t));
    }
    put("UTSMode", json!(h.uts_mode));
    put("UsernsMode", json!(""));
    put("ShmSize", json!(h.effective_shm()));
    if !h.sysctls.is_empty() {
        let t: Map<String, Value> = h
            .sysctls
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        put("Sysctls", Value::Object(t));
    }
    put(
        "Runtime",
        json!(if h.runtime.is_empty() {
            "runc"
        } else {
            h.runtime.as_str()
        }),
    );
    put("Isolation", json!(""));
    put("CpuShares", json!(h.cpu_shares));
    put("Memory", json!(h.memory));
    put("NanoCpus", json!(h.nano_cpus));
    put("CgroupParent", json!(""));
    put("BlkioWeight", json!(0));
    for k in [
        "BlkioWeightDevice",
        "BlkioDeviceReadBps",
        "BlkioDeviceWriteBps",
        "BlkioDeviceReadIOps",
        "BlkioDeviceWriteIOps",
    ] {
        put(k, json!([]));
    }
    for k in [
        "CpuPeriod",
        "CpuQuota",
        "CpuRealtimePeriod",
        "CpuRealtimeRuntime",
    ] {
        put(k, json!(0));
    }
    put("CpusetCpus", json!(h.cpuset_cpus));
    put("CpusetMems", json!(""));
    let devices: Vec<Value> = h
        .devices
        .iter()
        .map(|d| json!({"PathOnHost": d.host, "PathInContainer": d.container, "CgroupPermissions": d.permissions}))
        .collect();
    put("Devices", json!(devices));
    put("DeviceCgroupRules", Value::Null);
    put("DeviceRequests", Value::Null);
    put("MemoryReservation", json!(h.memory_reservation));
    put("MemorySwap", json!(h.effective_swap()));
    put("MemorySwappiness", Value::Null);
    put("OomKillDisable", json!(h.oom_kill_disable));
    put("PidsLimit", json!(h.pids_limit));
    let ulimits: Vec<Value> = h
        .ulimits
        .iter()
        .map(|u| json!({"Name": u.name, "Hard": u.hard, "Soft": u.soft}))
        .collect();
    put("Ulimits", json!(ulimits));
    for k in [
        "CpuCount",
        "CpuPercent",
        "IOMaximumIOps",
        "IOMaximumBandwidth",
    ] {
        put(k, json!(0));
    }
    if !h.mount_specs.is_empty() {
        let m: Vec<Value> = h
            .mount_specs
            .iter()
            .map(|s| {
                let mut o = Map::new();
                o.insert("Type".into(), json!(s.kind));
                if !s.source.is_empty() {
                    o.insert("Source".into(), json!(s.source));
                }
                o.insert("Target".into(), json!(s.target));
                if s.read_only {
                    o.insert("ReadOnly".into(), json!(true));
                }
                Value::Object(o)
            })
            .collect();
        put("Mounts", json!(m));
    }
    if h.privileged {
        put("MaskedPaths", Value::Null);
        put("ReadonlyPaths", Value::Null);
    } else {
        put(
            "MaskedPaths",
            json!([
                "/proc/asound",
                "/proc/acpi",
                "/proc/interrupts",
                "/proc/kcore",
                "/proc/keys",
                "/proc/latency_stats",
                "/proc/timer_list",
                "/proc/timer_stats",
                "/proc/sched_debug",
                "/proc/scsi",
                "/sys/firmware",
                "/sys/devices/virtual/powercap"
            ]),
        );
        put(
            "ReadonlyPaths",
            json!([
                "/proc/bus",
                "/proc/fs",
                "/proc/irq",
                "/proc/sys",
                "/proc/sysrq-trigger"
            ]),
        );
    }
    if let Some(init) = h.init {
        put("Init", json!(init));
    }
    Value::Object(doc)
}

fn config_json(c: &Container) -> Value {
    let cfg = &c.config;
    let mut doc = Map::new();
    let mut put = |k: &str, v: Value| {
        doc.insert(k.to_string(), v);
    };
    put("Hostname", json!(cfg.hostname));
    put("Domainname", json!(""));
    put("User", json!(cfg.user));
    put("AttachStdin", json!(c.host.attach[0]));
    put("AttachStdout", json!(c.host.attach[1]));
    put("AttachStderr", json!(c.host.attach[2]));
    if !cfg.exposed_ports.is_empty() {
        let exposed: Map<String, Value> = cfg
            .exposed_ports
            .iter()
            .map(|p| (p.clone(), json!({})))
            .collect();
        put("ExposedPorts", Value::Object(exposed));
    }
    put("Tty", json!(cfg.tty));
    put("OpenStdin", json!(cfg.open_stdin));
    put("StdinOnce", json!(cfg.open_stdin && c.host.attach[0]));
    put("Env", json!(cfg.env));
    put("Cmd", json!(cfg.cmd));
    if let Some(check) = &c.healthcheck {
        put("Healthcheck", json!(check));
    }
    put("Image", json!(cfg.image));
    if c.config_volumes.is_empty() {
        put("Volumes", Value::Null);
    } else {
        let v: Map<String, Value> = c
            .config_volumes
            .iter()
            .map(|t| (t.clone(), json!({})))
            .collect();
        put("Volumes", Value::Object(v));
    }
    put("WorkingDir", json!(cfg.working_dir));
    put("Entrypoint", json!(cfg.entrypoint));
    put("OnBuild", Value::Null);
    put("Labels", json!(cfg.labels));
    if cfg.stop_signal != "SIGTERM" {
        put("StopSignal", json!(cfg.stop_signal));
    }
    if let Some(t) = cfg.stop_timeout {
        put("StopTimeout", json!(t));
    }
    Value::Object(doc)
}

pub(crate) fn container_json(engine: &Engine, c: &Container, size: bool) -> Value {
    let status = c.state.as_str();
    let mut port_bindings = Map::new();
    for p in &c.ports {
        let key = format!("{}/{}", p.container_port, p.proto);
        let entry = port_bindings.entry(key).or_insert_with(|| json!([]));
        if let Some(a) = entry.as_array_mut() {
            a.push(json!({"HostIp": p.host_ip, "HostPort": if p.host_port == 0 { String::new() } else { p.host_port.to_string() }}));
        }
    }
    let mut ports = Map::new();
    if c.state.is_active() {
        for e in &c.config.exposed_ports {
            ports.insert(e.clone(), Value::Null);
        }
        for p in &c.ports {
            let key = format!("{}/{}", p.container_port, p.proto);
            let mut list = Vec::new();
            let ips: Vec<&str> = if p.host_ip.is_empty() {
                vec!["0.0.0.0", "::"]
            } else {
                vec![p.host_ip.as_str()]
            };
            for ip in ips {
                list.push(json!({"HostIp": ip, "HostPort": p.host_port.to_string()}));
            }
            ports.insert(key, Value::Array(list));
        }
    }
    let mut networks = Map::new();
    for (name, ep) in &c.networks {
        let net = engine.networks.get(name);
        let gateway = if ep.ip.is_empty() {
            String::new()
        } else {
            net.map(|n| n.gateway.clone()).unwrap_or_default()
        };
        networks.insert(
            name.clone(),
            json!({
                "IPAMConfig": null,
                "Links": null,
                "Aliases": if ep.aliases.is_empty() { Value::Null } else { json!(ep.aliases) },
                "MacAddress": ep.mac,
                "DriverOpts": null,
                "GwPriority": 0,
                "NetworkID": net.map(|n| n.id.clone()).unwrap_or_default(),
                "EndpointID": ep.endpoint_id,
                "Gateway": gateway,
                "IPAddress": ep.ip,
                "IPPrefixLen": if ep.ip.is_empty() { 0 } else { 16 },
                "IPv6Gateway": "",
                "GlobalIPv6Address": "",
                "GlobalIPv6PrefixLen": 0,
                "DNSNames": if net.is_some_and(|n| n.user_defined) && !ep.ip.is_empty() { json!([c.name, c.short_id()]) } else { Value::Null },
            }),
        );
    }
    let bridge = c.networks.get("bridge");
    let mounts: Vec<Value> = c
        .mounts
        .iter()
        .filter(|m| {
            !(m.source == MountSource::Tmpfs && c.host.tmpfs.iter().any(|(t, _)| *t == m.target))
        })
        .map(|m| match &m.source {
            MountSource::Volume(v) => json!({
                "Type": "volume",
                "Name": v,
                "Source": format!("/var/lib/docker/volumes/{v}/_data"),
                "Destination": m.target,
                "Driver": "local",
                "Mode": if m.read_only { "ro" } else { "z" },
                "RW": !m.read_only,
                "Propagation": "",
            }),
            MountSource::Bind(p) => json!({
                "Type": "bind",
                "Source": p,
                "Destination": m.target,
                "Mode": if m.read_only { "ro" } else { "" },
                "RW": !m.read_only,
                "Propagation": "rprivate",
            }),
            MountSource::Tmpfs => json!({
                "Type": "tmpfs",
                "Source": "",
                "Destination": m.target,
                "Mode": "",
                "RW": true,
                "Propagation": "",
            }),
        })
        .collect();
    let state = json!({
        "Status": status,
        "Running": matches!(c.state, ContainerState::Running | ContainerState::Paused),
        "Paused": c.state == ContainerState::Paused,
        "Restarting": c.state == ContainerState::Restarting,
        "OOMKilled": c.oom_killed,
        "Dead": c.state == ContainerState::Dead,
        "Pid": if c.state.is_active() { 4000 + (c.seq % 500) * 37 + 1 } else { 0 },
        "ExitCode": c.exit_code,
        "Error": "",
        "StartedAt": c.started_ms.map(rfc3339_nano).unwrap_or_else(|| ZERO_TIME.to_string()),
        "FinishedAt": c.finished_ms.map(rfc3339_nano).unwrap_or_else(|| ZERO_TIME.to_string()),
    });
    let mut state = state;
    if let (Some(h), Some(map)) = (&c.health_state, state.as_object_mut()) {
        let log: Vec<serde_json::Value> = h
            .log
            .iter()
            .map(|p| {
                json!({
                    "Start": rfc3339_nano(p.start_ms),
                    "End": rfc3339_nano(p.end_ms),
                    "ExitCode": p.exit_code,
                    "Output": p.output,
                })
            })
            .collect();
        map.insert(
            "Health".to_string(),
            json!({
                "Status": h.status.as_str(),
                "FailingStreak": h.failing_streak,
                // Docker's list starts out nil: `null` until the first probe.
                "Log": if log.is_empty() { serde_json::Value::Null } else { json!(log) },
            }),
        );
    }
    let host_config = host_config_json(c);
    let config = config_json(c);
    let network_settings = json!({
        "Bridge": "",
        "SandboxID": if c.state.is_active() { json!(format!("{:0>64}", &c.id[..32])) } else { json!("") },
        "SandboxKey": if c.state.is_active() { json!(format!("/var/run/docker/netns/{}", &c.id[20..32])) } else { json!("") },
        "Ports": ports,
        "HairpinMode": false,
        "LinkLocalIPv6Address": "",
        "LinkLocalIPv6PrefixLen": 0,
        "SecondaryIPAddresses": null,
        "SecondaryIPv6Addresses": null,
        "EndpointID": bridge.map(|e| e.endpoint_id.clone()).unwrap_or_default(),
        "Gateway": bridge.filter(|e| !e.ip.is_empty()).map(|_| "172.17.0.1").unwrap_or(""),
        "GlobalIPv6Address": "",
        "GlobalIPv6PrefixLen": 0,
        "IPAddress": bridge.map(|e| e.ip.clone()).unwrap_or_default(),
        "IPPrefixLen": if bridge.is_some_and(|e| !e.ip.is_empty()) { 16 } else { 0 },
        "IPv6Gateway": "",
        "MacAddress": bridge.map(|e| e.mac.clone()).unwrap_or_default(),
        "Networks": networks,
    });
    let mut doc = json!({
        "Id": c.id,
        "Created": rfc3339_nano(c.created_ms),
        "Path": c.path,
        "Args": c.args,
        "State": state,
        "Image": c.image_id,
        "ResolvConfPath": format!("/var/lib/docker/containers/{}/resolv.conf", c.id),
        "HostnamePath": format!("/var/lib/docker/containers/{}/hostname", c.id),
        "HostsPath": format!("/var/lib/docker/containers/{}/hosts", c.id),
        "LogPath": format!("/var/lib/docker/containers/{}/{}-json.log", c.id, c.id),
        "Name": format!("/{}", c.name),
        "RestartCount": c.restart_count,
        "Driver": "overlay2",
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "docker-default",
        "ExecIDs": null,
        "HostConfig": host_config,
        "GraphDriver": {
            "Data": {
                "MergedDir": format!("/var/lib/docker/overlay2/{}/merged", &c.id[..]),
                "UpperDir": format!("/var/lib/docker/overlay2/{}/diff", &c.id[..]),
                "WorkDir": format!("/var/lib/docker/overlay2/{}/work", &c.id[..]),
            },
            "Name": "overlay2",
        },
        "Mounts": mounts,
        "Config": config,
        "NetworkSettings": network_settings,
    });
    if size {
        if let Some(obj) = doc.as_object_mut() {
            let image = engine
                .images
                .get(&c.image_id)
                .map(|s| s.image.size())
                .unwrap_or(0);
            obj.insert("SizeRw".into(), json!(c.writable_size()));
            obj.insert("SizeRootFs".into(), json!(c.writable_size() + image));
        }
    }
    doc
}
