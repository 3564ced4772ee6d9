//! `describe`: events → explanations. Every `Event`, `ErrorKind` and `ExitReason` variant is
//! matched without a wildcard arm, so a new variant does not compile until it is explained.
//!
//! One command's events are read left to right. An event that is not yet covered starts an
//! explanation; that explanation may take later events of the same story with it (a run's
//! start and ports, a stop's signals and released ports, a build's steps), so each event is
//! covered by exactly one explanation.

use crate::engine::{CacheMiss, ErrorKind, Event, ExitReason};
use crate::lang::Lang;

use super::text::{short_id, signal_number, size, Builder};
use super::Explanation;

/// Explains the events of one command, in order.
pub fn describe(events: &[Event], lang: Lang) -> Vec<Explanation> {
    describe_covering(events, lang).0
}

/// `describe`, plus which events ended up covered (all of them, by construction; tests hold it).
fn describe_covering(events: &[Event], lang: Lang) -> (Vec<Explanation>, Vec<bool>) {
    let mut used = vec![false; events.len()];
    let mut out = Vec::new();
    for (i, event) in events.iter().enumerate() {
        if is_used(&used, i) {
            continue;
        }
        mark(&mut used, i);
        out.push(one(events, i, event, &mut used, lang));
    }
    (out, used)
}

fn is_used(used: &[bool], i: usize) -> bool {
    used.get(i).copied().unwrap_or(true)
}

fn mark(used: &mut [bool], i: usize) {
    if let Some(slot) = used.get_mut(i) {
        *slot = true;
    }
}

/// Takes every later, not yet covered event that `pred` accepts; returns their indices.
fn take(
    events: &[Event],
    used: &mut [bool],
    after: usize,
    pred: impl Fn(&Event) -> bool,
) -> Vec<usize> {
    let mut taken = Vec::new();
    for (j, e) in events.iter().enumerate().skip(after + 1) {
        if !is_used(used, j) && pred(e) {
            mark(used, j);
            taken.push(j);
        }
    }
    taken
}

/// The first later, not yet covered event `pred` accepts, without taking it.
fn find(
    events: &[Event],
    used: &[bool],
    after: usize,
    pred: impl Fn(&Event) -> bool,
) -> Option<usize> {
    events
        .iter()
        .enumerate()
        .skip(after + 1)
        .find(|(j, e)| !is_used(used, *j) && pred(e))
        .map(|(j, _)| j)
}

/// The explanation that starts at event `i` (already marked as covered).
fn one(events: &[Event], i: usize, event: &Event, used: &mut [bool], lang: Lang) -> Explanation {
    match event {
        Event::ImagePulled {
            reference,
            image_id,
            downloaded,
            shared,
            bytes,
        } => {
            let mut b = Builder::new(lang, "image.pulled", "image");
            b.arg("image", reference.as_str())
                .arg("id", short_id(image_id))
                .arg("size", size(*bytes))
                .count("layers", "layer", downloaded.len() as u64)
                .count("shared", "layer", shared.len() as u64);
            if downloaded.is_empty() {
                b.say("body_none");
            } else {
                b.say("body");
            }
            if !shared.is_empty() {
                b.say("shared");
            }
            b.say("template");
            b.finish()
        }
        Event::ImageUpToDate { reference } => {
            let mut b = Builder::new(lang, "image.up_to_date", "registry");
            b.arg("image", reference.as_str()).say("body");
            b.finish()
        }
        Event::BuildStepCached { .. } | Event::BuildStepRan { .. } | Event::ImageBuilt { .. } => {
            build(events, i, used, lang)
        }
        Event::ImageTagged {
            image_id,
            reference,
        } => {
            let mut b = Builder::new(lang, "image.tagged", "tag");
            b.arg("image", reference.as_str())
                .arg("id", short_id(image_id))
                .say("body");
            b.finish()
        }
        Event::ImageUntagged {
            image_id,
            reference,
        } => {
            let mut names = vec![reference.clone()];
            for j in take(
                events,
                used,
                i,
                |e| matches!(e, Event::ImageUntagged { image_id: other, .. } if other == image_id),
            ) {
                if let Some(Event::ImageUntagged { reference, .. }) = events.get(j) {
                    names.push(reference.clone());
                }
            }
            let deleted = take(
                events,
                used,
                i,
                |e| matches!(e, Event::ImageDeleted { image_id: other, .. } if other == image_id),
            );
            let mut b = Builder::new(lang, "image.untagged", "tag");
            b.arg("image", names.join(", "))
                .arg("id", short_id(image_id))
                .say("body");
            match deleted.first().and_then(|j| events.get(*j)) {
                Some(Event::ImageDeleted { layers, bytes, .. }) => {
                    b.count("layers", "layer", *layers as u64)
                        .arg("size", size(*bytes))
                        .say_key("image.deleted.body");
                }
                _ => {
                    b.say("kept");
                }
            }
            b.finish()
        }
        Event::ImageDangling { image_id, previous } => {
            let mut b = Builder::new(lang, "image.dangling", "tag");
            b.arg("id", short_id(image_id))
                .arg("image", previous.as_str())
                .say("body");
            b.finish()
        }
        Event::ImageDeleted {
            image_id,
            layers,
            bytes,
        } => {
            let mut b = Builder::new(lang, "image.deleted", "layer");
            b.arg("id", short_id(image_id))
                .count("layers", "layer", *layers as u64)
                .arg("size", size(*bytes))
                .say("body");
            b.finish()
        }
        Event::ImagePushed {
            reference,
            pushed,
            existing,
        } => {
            let mut b = Builder::new(lang, "image.pushed", "registry");
            b.arg("image", reference.as_str())
                .count("pushed", "layer", *pushed as u64)
                .count("existing", "layer", *existing as u64)
                .say("body");
            if *existing > 0 {
                b.say("existing");
            }
            b.say("pull");
            b.finish()
        }
        Event::LoggedIn { user } => {
            let mut b = Builder::new(lang, "login.ok", "registry");
            b.arg("user", user.as_str()).say("body");
            b.finish()
        }
        Event::LoggedOut { registry } => {
            let mut b = Builder::new(lang, "logout.ok", "registry");
            b.arg("registry", registry.as_str()).say("body");
            b.finish()
        }
        Event::ContainerCreated {
            id,
            name,
            image,
            command,
            generated_name,
        } => created(
            events,
            i,
            used,
            lang,
            [id, name, image, command],
            *generated_name,
        ),
        Event::ContainerStarted {
            name, interactive, ..
        } => {
            let mut b = Builder::new(lang, "container.started", "lifecycle");
            b.arg("name", name.as_str()).say("body");
            // `docker start` is detached unless -a/-i; only a terminal is worth a sentence.
            if *interactive {
                b.say_key("container.run.interactive");
            }
            attachments(events, i, used, name, &mut b);
            b.finish()
        }
        Event::ContainerSignalled {
            name,
            signal,
            ignored,
            ..
        } => {
            let exit = find(
                events,
                used,
                i,
                |e| matches!(e, Event::ContainerExited { name: n, .. } if n == name),
            );
            if let Some(j) = exit {
                mark(used, j);
                return exited(events, j, used, lang, Some(i));
            }
            let mut b = Builder::new(lang, "container.signalled", "signal");
            b.arg("name", name.as_str())
                .arg("signal", signal.as_str())
                .say("body");
            if *ignored {
                b.say("ignored");
            } else {
                b.say("handled");
            }
            b.finish()
        }
        Event::ContainerExited { .. } => exited(events, i, used, lang, None),
        Event::ContainerPaused { name, .. } => {
            let mut b = Builder::new(lang, "container.paused", "lifecycle");
            b.arg("name", name.as_str()).say("body");
            b.finish()
        }
        Event::ContainerUnpaused { name, .. } => {
            let mut b = Builder::new(lang, "container.unpaused", "lifecycle");
            b.arg("name", name.as_str()).say("body");
            b.finish()
        }
        Event::ContainerRestartedByPolicy { name, policy, .. } => {
            let mut b = Builder::new(lang, "container.restarted_by_policy", "lifecycle");
            b.arg("name", name.as_str())
                .arg("policy", policy.as_str())
                .say("body");
            b.finish()
        }
        Event::ContainerRemoved {
            name,
            writable_bytes,
            auto,
            ..
        } => {
            let mut b = Builder::new(lang, "container.removed", "lifecycle");
            b.arg("name", name.as_str())
                .arg("size", size(*writable_bytes));
            if *auto {
                b.say("auto");
            } else {
                b.say("body");
            }
            b.say("image_kept");
            b.finish()
        }
        Event::ContainerRenamed { from, to, .. } => {
            let mut b = Builder::new(lang, "container.renamed", "container");
            b.arg("from", from.as_str())
                .arg("to", to.as_str())
                .say("body");
            b.finish()
        }
        Event::ExecRan {
            container,
            command,
            exit_code,
        } => {
            let mut b = Builder::new(lang, "container.exec", "container");
            b.arg("name", container.as_str())
                .arg("command", command.as_str())
                .arg("exit_code", exit_code.to_string())
                .say("body");
            b.finish()
        }
        Event::ContainerFilesChanged { container, paths } => {
            let mut b = Builder::new(lang, "container.files_changed", "layer");
            b.arg("name", container.as_str())
                .arg("paths", paths.join(", "))
                .say("body");
            b.finish()
        }
        Event::ContainerCommitted {
            container,
            image_id,
        } => {
            let mut b = Builder::new(lang, "container.committed", "image");
            b.arg("name", container.as_str())
                .arg("id", short_id(image_id))
                .say("body");
            b.finish()
        }
        Event::PortPublished {
            container,
            host_ip,
            host_port,
            container_port,
            proto,
        } => {
            let mut b = Builder::new(lang, "port.published", "port");
            port_args(&mut b, container, *host_port, *container_port)
                .arg("host_ip", host_ip.as_str())
                .arg("proto", proto.as_str())
                .say_key("container.run.port");
            b.finish()
        }
        Event::PortReleased {
            container,
            host_port,
        } => {
            let mut b = Builder::new(lang, "port.released", "port");
            b.arg("name", container.as_str())
                .arg("host_port", host_port.to_string())
                .say("body");
            b.finish()
        }
        Event::ComposeUp {
            project,
            created,
            started,
        } => {
            let mut b = Builder::new(lang, "compose.up", "compose");
            b.arg("project", project.as_str());
            if created.is_empty() && started.is_empty() {
                b.say("nothing");
            } else {
                b.arg("created", list_or(created, lang, "compose.up.created_none"))
                    .arg("started", list_or(started, lang, "compose.up.started_none"))
                    .say("body")
                    .say("network");
            }
            b.finish()
        }
        Event::ComposeDependency {
            service,
            dependency,
            condition,
            waited_ms,
            ..
        } => {
            let id = match condition.as_str() {
                "service_healthy" => "compose.dependency.healthy",
                "service_completed_successfully" => "compose.dependency.completed",
                _ => "compose.dependency.started",
            };
            let mut b = Builder::new(lang, id, "compose");
            b.arg("service", service.as_str())
                .arg("dependency", dependency.as_str())
                .arg("secs", format!("{:.1}", *waited_ms as f64 / 1000.0))
                .say("body");
            b.finish()
        }
        Event::ComposeDown {
            project,
            containers,
            networks,
            volumes,
            kept_volumes,
        } => {
            let mut b = Builder::new(lang, "compose.down", "compose");
            b.arg("project", project.as_str())
                .count("containers", "container", *containers as u64)
                .arg("networks", list_or(networks, lang, "compose.down.none"))
                .say("body");
            if !volumes.is_empty() {
                b.arg("volumes", volumes.join(", ")).say("volumes");
            }
            if !kept_volumes.is_empty() {
                b.arg("kept", kept_volumes.join(", ")).say("kept");
            }
            b.finish()
        }
        Event::ComposeWatch { project, rules } => {
            let mut b = Builder::new(lang, "compose.watch", "compose");
            b.arg("project", project.as_str())
                .arg("rules", rules.join(", "))
                .say("body");
            b.finish()
        }
        Event::HealthStatusChanged {
            name,
            status,
            command,
            exit_code,
            output,
            ..
        } => {
            let healthy = status == "healthy";
            let id = if healthy {
                "container.healthy"
            } else {
                "container.unhealthy"
            };
            let mut b = Builder::new(lang, id, "container");
            b.arg("name", name.as_str())
                .arg("command", command.as_str())
                .arg("exit_code", exit_code.to_string())
                .arg("output", output.as_str())
                .say("body");
            if !healthy {
                if *exit_code == 127 || *exit_code == -1 || output.ends_with("not found") {
                    b.say("not_found");
                } else if !output.is_empty() {
                    b.say("output");
                }
                b.say("still_running");
            }
            b.finish()
        }
        Event::BuildWarned { rules } => {
            let mut b = Builder::new(lang, "build.warned", "layer");
            b.arg("rules", rules.join(", ")).say("body");
            b.finish()
        }
        Event::NetworkCreated { name } => {
            let mut b = Builder::new(lang, "network.created", "network");
            b.arg("network", name.as_str()).say("body");
            b.finish()
        }
        Event::NetworkRemoved { name } => {
            let mut b = Builder::new(lang, "network.removed", "network");
            b.arg("network", name.as_str()).say("body");
            b.finish()
        }
        Event::NetworkConnected { network, container } => {
            let mut b = Builder::new(lang, "network.connected", "network");
            b.arg("network", network.as_str())
                .arg("name", container.as_str())
                .say_key("container.run.network");
            b.finish()
        }
        Event::NetworkDisconnected { network, container } => {
            let mut b = Builder::new(lang, "network.disconnected", "network");
            b.arg("network", network.as_str())
                .arg("name", container.as_str())
                .say("body");
            b.finish()
        }
        Event::VolumeCreated { name, implicit } => {
            let mut b = Builder::new(lang, "volume.created", "volume");
            b.arg("volume", name.as_str());
            if *implicit {
                b.say("implicit");
            } else {
                b.say("body");
            }
            b.finish()
        }
        Event::VolumeMounted {
            source,
            target,
            container,
            bind,
        } => {
            let mut b = Builder::new(lang, "volume.mounted", "volume");
            b.arg("name", container.as_str());
            mount(&mut b, source, target, *bind);
            b.finish()
        }
        Event::VolumeRemoved { name } => {
            let mut b = Builder::new(lang, "volume.removed", "volume");
            b.arg("volume", name.as_str()).say("body");
            b.finish()
        }
        Event::HttpServed {
            host_port,
            container,
            path,
            status,
        } => {
            let mut b = Builder::new(lang, "http.served", "port");
            b.arg("host_port", host_port.to_string())
                .arg("name", container.as_str())
                .arg("path", path.as_str())
                .arg("status", status.to_string())
                .say("body");
            b.finish()
        }
        Event::ServerListening {
            container,
            program,
            ports,
            loopback,
        } => {
            let ports: Vec<String> = ports.iter().map(u16::to_string).collect();
            let mut b = Builder::new(lang, "server.listening", "port");
            b.arg("name", container.as_str())
                .arg("program", program.as_str())
                .arg("ports", ports.join(", "))
                .say("body");
            if *loopback {
                b.say_key("server.listening.loopback");
            }
            b.finish()
        }
        Event::HostFileWritten { path } => {
            let mut b = Builder::new(lang, "host.file_written", "build-context");
            b.arg("path", path.as_str()).say("body");
            b.finish()
        }
        Event::HostFileRemoved { path } => {
            let mut b = Builder::new(lang, "host.file_removed", "build-context");
            b.arg("path", path.as_str()).say("body");
            b.finish()
        }
        Event::TimePassed { ms } => {
            let mut b = Builder::new(lang, "time.passed", "lifecycle");
            b.count("duration", "second", (*ms / 1000).max(0) as u64)
                .say("body");
            b.finish()
        }
        Event::ContainerUpdated {
            name,
            memory,
            nano_cpus,
            restart,
            ..
        } => {
            let mut b = Builder::new(lang, "container.updated", "container");
            b.arg("name", name.as_str())
                .arg(
                    "memory",
                    if *memory > 0 {
                        size(*memory as u64)
                    } else {
                        "-".to_string()
                    },
                )
                .arg(
                    "cpus",
                    if *nano_cpus > 0 {
                        format!("{}", *nano_cpus as f64 / 1e9)
                    } else {
                        "-".to_string()
                    },
                )
                .arg("restart", restart.as_str())
                .say("body");
            b.finish()
        }
        Event::ImagesSaved { images, path } => {
            let mut b = Builder::new(lang, "image.saved", "image");
            b.arg("images", images.join(", "))
                .arg("path", if path.is_empty() { "-" } else { path.as_str() })
                .say("body");
            b.finish()
        }
        Event::ImageLoaded { image } => {
            let mut b = Builder::new(lang, "image.loaded", "image");
            b.arg("image", image.as_str()).say("body");
            b.finish()
        }
        Event::ContainerExported { container, path } => {
            let mut b = Builder::new(lang, "container.exported", "layer");
            b.arg("name", container.as_str())
                .arg("path", if path.is_empty() { "-" } else { path.as_str() })
                .say("body");
            b.finish()
        }
        Event::ImageImported {
            image_id,
            reference,
        } => {
            let mut b = Builder::new(lang, "image.imported", "image");
            b.arg("id", short_id(image_id))
                .arg(
                    "image",
                    if reference.is_empty() {
                        "<none>"
                    } else {
                        reference.as_str()
                    },
                )
                .say("body");
            b.finish()
        }
        Event::DatabaseChanged {
            container,
            action,
            object,
            name,
            path,
            volume,
        } => {
            let mut b = Builder::new(lang, &format!("db.{object}_{action}"), "volume");
            b.arg("name", container.as_str())
                .arg("object", name.as_str())
                .arg("path", path.as_str())
                .arg("volume", volume.clone().unwrap_or_default())
                .say("body");
            b.say_key(data_place(volume));
            b.finish()
        }
        Event::SnapshotSaved {
            container,
            path,
            keys,
            volume,
        } => {
            let mut b = Builder::new(lang, "db.snapshot_saved", "volume");
            b.arg("name", container.as_str())
                .arg("path", path.as_str())
                .arg("keys", keys.to_string())
                .arg("volume", volume.clone().unwrap_or_default())
                .say("body");
            b.say_key(data_place(volume));
            b.finish()
        }
        Event::DataDirOpened {
            container,
            path,
            program,
            fresh,
            volume,
        } => {
            let id = match (*fresh, program.as_str()) {
                (_, "redis-server") => "db.snapshot_loaded",
                (true, _) => "db.datadir_initialised",
                (false, _) => "db.datadir_reused",
            };
            let mut b = Builder::new(lang, id, "volume");
            b.arg("name", container.as_str())
                .arg("path", path.as_str())
                .arg("program", program.as_str())
                .arg("volume", volume.clone().unwrap_or_default())
                .say("body");
            b.say_key(data_place(volume));
            b.finish()
        }
        Event::Failed { error } => failed(error, lang),
        Event::LocalRegistryPushed {
            reference,
            container,
            pushed,
            existing,
            path,
            volume,
        } => {
            let mut b = Builder::new(lang, "registry.local_pushed", "registry");
            b.arg("image", reference.as_str())
                .arg("name", container.as_str())
                .arg("path", path.as_str())
                .arg("volume", volume.clone().unwrap_or_default())
                .count("pushed", "layer", *pushed as u64)
                .count("existing", "layer", *existing as u64);
            if *pushed == 0 {
                b.say("body_none");
            } else {
                b.say("body");
                if *existing > 0 {
                    b.say("existing");
                }
            }
            b.say_key(data_place(volume));
            b.say("pull");
            b.finish()
        }
        Event::LocalRegistryPulled {
            reference,
            image_id,
            container,
            downloaded,
            shared,
        } => {
            let mut b = Builder::new(lang, "registry.local_pulled", "registry");
            b.arg("image", reference.as_str())
                .arg("name", container.as_str())
                .arg("id", short_id(image_id))
                .count("layers", "layer", *downloaded as u64)
                .count("shared", "layer", *shared as u64)
                .say("body");
            if *shared > 0 {
                b.say("shared");
            }
            b.finish()
        }
        Event::NetworkAliasAdded {
            network,
            container,
            aliases,
        } => {
            let mut b = Builder::new(lang, "network.alias_added", "network");
            b.arg("network", network.as_str())
                .arg("name", container.as_str())
                .arg("aliases", aliases.join(", "))
                .say("body");
            b.finish()
        }
        Event::ContainerLinked {
            container,
            target,
            alias,
        } => {
            let mut b = Builder::new(lang, "container.linked", "network");
            b.arg("name", container.as_str())
                .arg("target", target.as_str())
                .arg("alias", alias.as_str())
                .say("body");
            b.finish()
        }
        Event::RepositoryCloned { url, path, files } => {
            let mut b = Builder::new(lang, "host.cloned", "build-context");
            b.arg("url", url.as_str())
                .arg("path", path.as_str())
                .arg("files", files.to_string())
                .say("body");
            b.finish()
        }
    }
}

fn port_args<'b>(b: &'b mut Builder, name: &str, host: u16, container: u16) -> &'b mut Builder {
    b.arg("name", name)
        .arg("host_port", host.to_string())
        .arg("container_port", container.to_string())
}

fn mount(b: &mut Builder, source: &str, target: &str, bind: bool) {
    b.arg("volume", source).arg("target", target);
    if bind {
        b.say_key("container.run.bind");
    } else {
        b.say_key("container.run.volume");
    }
}

/// What -d / -it did.
fn mode(b: &mut Builder, detached: bool, interactive: bool, id: &str) {
    if interactive {
        b.say_key(&format!("{id}.interactive"));
    } else if detached {
        b.say_key(&format!("{id}.detached"));
    } else {
        b.say_key(&format!("{id}.foreground"));
    }
}

/// Takes the ports, mounts and networks a container got in this command into `b`.
fn attachments(events: &[Event], i: usize, used: &mut [bool], name: &str, b: &mut Builder) {
    let mine = |e: &Event| match e {
        Event::PortPublished { container, .. }
        | Event::VolumeMounted { container, .. }
        | Event::NetworkConnected { container, .. } => container == name,
        _ => false,
    };
    for j in take(events, used, i, mine) {
        match events.get(j) {
            Some(Event::PortPublished {
                host_port,
                container_port,
                ..
            }) => {
                port_args(b, name, *host_port, *container_port).say_key("container.run.port");
            }
            Some(Event::VolumeMounted {
                source,
                target,
                bind,
                ..
            }) => {
                // A volume `-v data:/x` created on the way belongs to this story too.
                let created = take(
                    events,
                    used,
                    i,
                    |e| matches!(e, Event::VolumeCreated { name: v, implicit: true } if v == source),
                );
                mount(b, source, target, *bind);
                if !created.is_empty() {
                    b.say_key("container.run.volume_new");
                }
            }
            Some(Event::NetworkConnected { network, .. }) => {
                b.arg("network", network.as_str())
                    .say_key("container.run.network");
            }
            _ => {}
        }
    }
}

/// Whether `docker compose up` started this container (its story ends in `ComposeUp`).
fn by_compose(events: &[Event], name: &str) -> bool {
    events
        .iter()
        .any(|e| matches!(e, Event::ComposeUp { started, .. } if started.iter().any(|s| s == name)))
}

/// `docker create` / `docker run`: created, maybe started, with ports, mounts and networks.
fn created(
    events: &[Event],
    i: usize,
    used: &mut [bool],
    lang: Lang,
    [id, name, image, command]: [&String; 4],
    generated_name: bool,
) -> Explanation {
    let started = find(
        events,
        used,
        i,
        |e| matches!(e, Event::ContainerStarted { name: n, .. } if n == name),
    );
    let run = started.and_then(|j| events.get(j));
    let key = if run.is_some() {
        "container.run"
    } else {
        "container.created"
    };
    let mut b = Builder::new(lang, key, "container");
    // A run whose program already finished (`docker run --rm alpine echo hi`) is not running.
    let ended = events
        .iter()
        .skip(i)
        .any(|e| matches!(e, Event::ContainerExited { name: n, .. } if n == name));
    if run.is_some() && ended {
        b.title_from("title_ended");
    }
    b.arg("name", name.as_str())
        .arg("image", image.as_str())
        .arg("command", command.as_str())
        .arg("short_id", short_id(id))
        .say("body");
    if let (
        Some(j),
        Some(Event::ContainerStarted {
            detached,
            interactive,
            ..
        }),
    ) = (started, run)
    {
        mark(used, j);
        if !by_compose(events, name) {
            mode(&mut b, *detached, *interactive, "container.run");
        }
    }
    if by_compose(events, name) {
        // Compose named and started it: no `-d` or `--name` was typed.
        b.say_key("container.run.compose");
    } else if generated_name {
        b.say_key("container.run.generated_name");
    } else {
        b.say_key("container.run.given_name");
    }
    attachments(events, i, used, name, &mut b);
    if run.is_none() {
        b.say("start");
    }
    b.finish()
}

/// A container's main process ended: why, what the exit code means, what is left.
/// `signals_from` is the index of the first signal of this story (`docker stop`, `docker kill`).
fn exited(
    events: &[Event],
    j: usize,
    used: &mut [bool],
    lang: Lang,
    signals_from: Option<usize>,
) -> Explanation {
    let Some(Event::ContainerExited {
        name,
        exit_code,
        reason,
        ..
    }) = events.get(j)
    else {
        return Explanation::default();
    };
    // The signals and waiting between the first signal and the exit are this story.
    if let Some(from) = signals_from {
        for (k, e) in events.iter().enumerate().take(j).skip(from + 1) {
            let ours = match e {
                Event::ContainerSignalled { name: n, .. } => n == name,
                Event::TimePassed { .. } => true,
                _ => false,
            };
            if ours {
                mark(used, k);
            }
        }
    }
    let created = events.iter().find_map(|e| match e {
        Event::ContainerCreated {
            name: n,
            image,
            command,
            ..
        } if n == name => Some((image.clone(), command.clone())),
        _ => None,
    });
    let interactive = events.iter().any(
        |e| matches!(e, Event::ContainerStarted { name: n, interactive: true, .. } if n == name),
    );
    let id = match reason {
        ExitReason::Finished if *exit_code == 0 => match &created {
            Some((_, command)) if is_bare_shell(command) && !interactive => {
                "container.exited.shell"
            }
            _ => "container.exited.finished",
        },
        ExitReason::Finished | ExitReason::Failed => "container.exited.failed",
        ExitReason::HandledSignal { .. } => "container.exited.handled",
        // SIGKILL is never handled or ignored: the kernel ends the process; say so rather
        // than "did not handle".
        ExitReason::KilledBySignal { signal } if signal_number(signal) == Some(9) => {
            "container.exited.sigkill"
        }
        ExitReason::KilledBySignal { .. } => "container.exited.killed",
        ExitReason::KilledAfterGracePeriod { .. } => "container.exited.grace",
        ExitReason::OutOfMemory { .. } => "container.exited.oom",
    };
    let concept = match reason {
        ExitReason::Finished | ExitReason::Failed => "exit-code",
        ExitReason::HandledSignal { .. }
        | ExitReason::KilledBySignal { .. }
        | ExitReason::KilledAfterGracePeriod { .. }
        | ExitReason::OutOfMemory { .. } => "signal",
    };
    let mut b = Builder::new(lang, id, concept);
    b.arg("name", name.as_str())
        .arg("exit_code", exit_code.to_string());
    if let Some((image, command)) = &created {
        b.arg("image", image.as_str())
            .arg("command", command.as_str());
    }
    match reason {
        ExitReason::Finished | ExitReason::Failed => {}
        ExitReason::HandledSignal { signal } | ExitReason::KilledBySignal { signal } => {
            let number = signal_number(signal).unwrap_or(exit_code - 128);
            b.arg("signal", signal.as_str())
                .arg("signal_number", number.to_string());
        }
        ExitReason::KilledAfterGracePeriod { signal, grace_secs } => {
            b.arg("signal", signal.as_str())
                .count("grace", "second", (*grace_secs).max(0) as u64);
        }
        ExitReason::OutOfMemory { limit } => {
            b.arg("limit", size((*limit).max(0) as u64));
        }
    }
    b.say("body");
    let removed = take(
        events,
        used,
        j,
        |e| matches!(e, Event::ContainerRemoved { name: n, auto: true, .. } if n == name),
    );
    // `docker rm -f` kills and then removes in one command: the removal is explained next, so
    // this one must not say the container is kept.
    let force_removed = find(
        events,
        used,
        j,
        |e| matches!(e, Event::ContainerRemoved { name: n, auto: false, .. } if n == name),
    );
    let released = take(
        events,
        used,
        j,
        |e| matches!(e, Event::PortReleased { container, .. } if container == name),
    );
    for k in &released {
        if let Some(Event::PortReleased { host_port, .. }) = events.get(*k) {
            b.arg("host_port", host_port.to_string())
                .say_key("container.exited.port_released");
        }
    }
    match removed.first().and_then(|k| events.get(*k)) {
        Some(Event::ContainerRemoved { writable_bytes, .. }) => {
            b.arg("size", size(*writable_bytes))
                .say_key("container.exited.auto_removed");
        }
        _ if force_removed.is_some() => {}
        _ => {
            b.say_key("container.exited.kept");
        }
    }
    b.finish()
}

/// `bash`, `/bin/sh`, `"sh"`: a shell with no script, which exits at once without a terminal.
fn is_bare_shell(command: &str) -> bool {
    let cleaned = command.replace(['"', '[', ']', ','], " ");
    let mut words = cleaned.split_whitespace();
    let first = words.next().unwrap_or("");
    let program = first.rsplit('/').next().unwrap_or(first);
    let shell = matches!(program, "sh" | "bash" | "ash" | "dash" | "zsh");
    shell && words.all(|w| w == "-l")
}

/// A build: its steps (cached or run), the image it made, tags and the image that lost its tag.
fn build(events: &[Event], i: usize, used: &mut [bool], lang: Lang) -> Explanation {
    let mut cached = 0u64;
    let mut ran = 0u64;
    let mut first_miss: Option<(&str, &CacheMiss)> = None;
    let mut end = i;
    for (k, e) in events.iter().enumerate().skip(i) {
        if k != i && is_used(used, k) {
            break;
        }
        match e {
            Event::BuildStepCached { .. } => cached += 1,
            Event::BuildStepRan {
                step, cache_miss, ..
            } => {
                ran += 1;
                // FROM is the base image, not a cached layer of ours: the interesting
                // miss is the first real instruction that ran.
                if first_miss.is_none() && !step.contains("] FROM ") {
                    first_miss = Some((step, cache_miss));
                }
            }
            _ => break,
        }
        mark(used, k);
        end = k;
    }
    // The image at the end of the steps (or the event we started from).
    let built_at = match events.get(i) {
        Some(Event::ImageBuilt { .. }) => Some(i),
        _ => find(events, used, end, |e| matches!(e, Event::ImageBuilt { .. }))
            .filter(|k| *k == end + 1),
    };
    let Some(Event::ImageBuilt {
        image_id,
        tags,
        steps,
        cached: cached_steps,
        context_bytes,
    }) = built_at.and_then(|k| events.get(k))
    else {
        let mut b = Builder::new(lang, "build.partial", "cache");
        b.count("ran", "step", ran).count("cached", "step", cached);
        b.say(if cached == 0 { "body_uncached" } else { "body" });
        if let Some((step, reason)) = first_miss {
            miss(&mut b, step, reason);
        }
        b.say("kept");
        return b.finish();
    };
    let at = built_at.unwrap_or(i);
    mark(used, at);
    let mut b = Builder::new(lang, "image.built", "layer");
    b.arg("id", short_id(image_id))
        .arg(
            "image",
            tags.first().cloned().unwrap_or_else(|| short_id(image_id)),
        )
        .arg("size", size(*context_bytes))
        .count("steps", "step", *steps as u64)
        .count("cached", "step", *cached_steps as u64)
        .say("body");
    if *steps > 0 && *cached_steps >= *steps {
        b.say("all_cached");
    } else if *cached_steps > 0 {
        b.say("some_cached");
    } else {
        b.say("none_cached");
    }
    if let Some((step, reason)) = first_miss {
        if *cached_steps > 0 || *reason == CacheMiss::NoCache {
            miss(&mut b, step, reason);
        }
    }
    if *context_bytes > 50_000_000 {
        b.say("big_context");
    }
    take(
        events,
        used,
        at,
        |e| matches!(e, Event::ImageTagged { image_id: t, .. } if t == image_id),
    );
    if tags.is_empty() {
        b.say("untagged");
    } else {
        b.arg("image", tags.join(", ")).say("tagged");
    }
    for k in take(events, used, at, |e| {
        matches!(e, Event::ImageDangling { .. })
    }) {
        if let Some(Event::ImageDangling { image_id, previous }) = events.get(k) {
            b.arg("old_id", short_id(image_id))
                .arg("previous", previous.as_str())
                .say("dangling");
        }
    }
    b.finish()
}

/// Why the cache broke at a step: one text per reason the builder gives.
fn miss(b: &mut Builder, step: &str, reason: &CacheMiss) {
    b.arg("step", step);
    let key = match reason {
        CacheMiss::NoCache => "cache.miss.no_cache",
        CacheMiss::FirstBuild => "cache.miss.first",
        CacheMiss::FilesChanged { files } if files.is_empty() => "cache.miss.files_unnamed",
        CacheMiss::FilesChanged { files } => {
            b.arg("files", files.join(", "));
            "cache.miss.files"
        }
        CacheMiss::EarlierStepChanged => "cache.miss.parent",
        CacheMiss::InstructionChanged => "cache.miss.instruction",
        CacheMiss::SettingChanged { instruction } => {
            b.arg("instruction", instruction.as_str());
            "cache.miss.setting"
        }
    };
    b.say_key(key);
}

/// A name that looks like `reference` but is another image, built from the learner's own name:
/// the other tag (`app:1.0` → `app:latest`), or the name without its namespace.
fn near_name(reference: &str) -> String {
    let slash = reference.rfind('/').map_or(0, |i| i + 1);
    let (repo, tag) = match reference[slash..].rfind(':') {
        Some(i) => (&reference[..slash + i], Some(&reference[slash + i + 1..])),
        None => (reference, None),
    };
    match tag {
        Some(t) if t != "latest" => format!("{repo}:latest"),
        _ if slash > 0 => format!("{}:{}", &repo[slash..], tag.unwrap_or("latest")),
        _ => format!("{repo}:1.0"),
    }
}

/// Names joined with commas, or the catalogue's text for none.
fn list_or(items: &[String], lang: Lang, none_key: &str) -> String {
    if items.is_empty() {
        super::catalog::text(lang, none_key, &[])
    } else {
        items.join(", ")
    }
}

/// An error: what went wrong and what to try.
fn failed(error: &ErrorKind, lang: Lang) -> Explanation {
    let (id, concept): (&str, &'static str) = match error {
        ErrorKind::Usage { .. } => ("error.usage", "container"),
        ErrorKind::UnknownCommand { .. } => ("error.unknown_command", "container"),
        ErrorKind::CommandNotFound { .. } => ("error.command_not_found", "container"),
        ErrorKind::NoSuchContainer { .. } => ("error.no_such_container", "container"),
        ErrorKind::NoSuchImage { .. } => ("error.no_such_image", "image"),
        ErrorKind::PullAccessDenied { .. } => ("error.pull_access_denied", "registry"),
        ErrorKind::ManifestUnknown { .. } => ("error.manifest_unknown", "tag"),
        ErrorKind::InvalidReference { .. } => ("error.invalid_reference", "tag"),
        ErrorKind::NameConflict { .. } => ("error.name_conflict", "container"),
        ErrorKind::PortAllocated { .. } => ("error.port_allocated", "port"),
        ErrorKind::ContainerRunning { .. } => ("error.container_running", "lifecycle"),
        ErrorKind::ContainerNotRunning { .. } => ("error.container_not_running", "lifecycle"),
        ErrorKind::ImageInUse { .. } => ("error.image_in_use", "image"),
        ErrorKind::ExecutableNotFound { .. } => ("error.executable_not_found", "container"),
        ErrorKind::PushDenied { user: None, .. } => ("error.push_denied_anonymous", "registry"),
        ErrorKind::PushDenied { user: Some(_), .. } => ("error.push_denied_other", "registry"),
        ErrorKind::LoginFailed { .. } => ("error.login_failed", "registry"),
        ErrorKind::DockerfileInvalid { .. } => ("error.dockerfile_invalid", "dockerfile"),
        ErrorKind::BuildStepFailed { .. } => ("error.build_step_failed", "dockerfile"),
        ErrorKind::BuildSourceNotFound { .. } => ("error.build_source_not_found", "build-context"),
        ErrorKind::DockerfileMissing { .. } => ("error.dockerfile_missing", "dockerfile"),
        ErrorKind::ConnectionRefused { .. } => ("error.connection_refused", "port"),
        ErrorKind::RegistryUnreachable { .. } => ("error.registry_unreachable", "registry"),
        ErrorKind::RegistryNotHttps { .. } => ("error.registry_not_https", "registry"),
        ErrorKind::RegistryManifestUnknown { .. } => {
            ("error.registry_manifest_unknown", "registry")
        }
        ErrorKind::Other { .. } => ("error.other", "container"),
        ErrorKind::ComposeInvalid { .. } => ("error.compose_invalid", "compose"),
    };
    let mut b = Builder::new(lang, id, concept);
    match error {
        ErrorKind::Usage { command, message } => {
            b.arg("command", command.as_str())
                .arg("message", message.as_str());
        }
        ErrorKind::UnknownCommand { command } => {
            b.arg("command", command.as_str());
        }
        ErrorKind::CommandNotFound { program } | ErrorKind::ExecutableNotFound { program } => {
            b.arg("program", program.as_str());
        }
        ErrorKind::NoSuchContainer { name } => {
            b.arg("name", name.as_str());
        }
        ErrorKind::NoSuchImage { reference } | ErrorKind::ManifestUnknown { reference } => {
            b.arg("image", reference.as_str())
                .arg("image_other", near_name(reference));
        }
        ErrorKind::PullAccessDenied { repository } => {
            b.arg("image", repository.as_str());
        }
        ErrorKind::InvalidReference { reference, message } => {
            b.arg("image", reference.as_str())
                .arg("message", message.as_str());
        }
        ErrorKind::NameConflict { name, holder } => {
            b.arg("name", name.as_str()).arg("holder", short_id(holder));
        }
        ErrorKind::PortAllocated { host_port, holder } => {
            b.arg("host_port", host_port.to_string())
                .arg("next_port", host_port.saturating_add(1).to_string())
                .arg("holder", short_id(holder));
        }
        ErrorKind::ContainerRunning { name, state } => {
            b.arg("name", name.as_str()).arg("state", state.as_str());
        }
        ErrorKind::ContainerNotRunning { name, operation } => {
            b.arg("name", name.as_str())
                .arg("operation", operation.as_str());
        }
        ErrorKind::ImageInUse {
            reference,
            container,
        } => {
            // An ID is shortened as Docker prints it; a name is quoted whole (`sweet_hellman`,
            // not `sweet_hellma`).
            let is_id = container.len() > 12 && container.bytes().all(|c| c.is_ascii_hexdigit());
            let shown = if is_id {
                short_id(container)
            } else {
                container.clone()
            };
            b.arg("image", reference.as_str()).arg("name", shown);
        }
        ErrorKind::PushDenied { repository, user } => {
            let repo = repository.split(':').next().unwrap_or(repository);
            let base = repo.rsplit('/').next().unwrap_or(repo);
            b.arg("image", repository.as_str())
                .arg("repo_name", base)
                .arg("user", user.clone().unwrap_or_default());
        }
        ErrorKind::LoginFailed { user } => {
            b.arg("user", user.as_str());
        }
        ErrorKind::DockerfileInvalid { line, message } => {
            b.arg("line", line.to_string())
                .arg("message", message.as_str());
        }
        ErrorKind::BuildStepFailed {
            step,
            exit_code,
            diagnosis,
        } => {
            b.arg("step", step.as_str())
                .arg("exit_code", exit_code.to_string())
                .say("body");
            match diagnosis.as_deref() {
                Some(d) if d.contains("EJSONPARSE") => {
                    b.say("ejsonparse");
                }
                Some(d) => {
                    b.arg("diagnosis", d).say("diagnosis");
                }
                None => {
                    b.say("look");
                }
            }
            return b.finish();
        }
        ErrorKind::BuildSourceNotFound { path } | ErrorKind::DockerfileMissing { path } => {
            b.arg("path", path.as_str());
        }
        ErrorKind::ConnectionRefused { port } => {
            b.arg("host_port", port.to_string());
        }
        ErrorKind::RegistryUnreachable { registry } | ErrorKind::RegistryNotHttps { registry } => {
            b.arg("registry", registry.as_str());
        }
        ErrorKind::RegistryManifestUnknown {
            reference,
            registry,
            container,
        } => {
            b.arg("image", reference.as_str())
                .arg("registry", registry.as_str())
                .arg("name", container.as_str());
        }
        ErrorKind::Other { message } | ErrorKind::ComposeInvalid { message } => {
            b.arg("message", message.lines().next().unwrap_or_default());
        }
    }
    b.say("body");
    b.finish()
}

/// Where a server's data lives: a named volume, an anonymous one (64 hex: the image's
/// `VOLUME`, new for every container), or only the container's writable layer.
fn data_place(volume: &Option<String>) -> &'static str {
    match volume {
        Some(v) if v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()) => {
            "db.data.on_anonymous"
        }
        Some(_) => "db.data.on_volume",
        None => "db.data.in_layer",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn near_names_come_from_the_learners_name() {
        assert_eq!(super::near_name("hahava/app:0.0.1"), "hahava/app:latest");
        assert_eq!(super::near_name("hahava/app"), "app:latest");
        assert_eq!(super::near_name("localhost:5000/app"), "app:latest");
        assert_eq!(super::near_name("web"), "web:1.0");
    }

    use super::*;

    #[test]
    fn a_run_then_stop_then_rm_covers_every_event_once() {
        let name = || "web1".to_string();
        let events = vec![
            Event::ContainerCreated {
                id: "abc".into(),
                name: name(),
                image: "node".into(),
                command: "node index.js".into(),
                generated_name: false,
            },
            Event::NetworkConnected {
                network: "bridge".into(),
                container: name(),
            },
            Event::PortPublished {
                container: name(),
                host_ip: "0.0.0.0".into(),
                host_port: 9000,
                container_port: 3000,
                proto: "tcp".into(),
            },
            Event::ContainerStarted {
                id: "abc".into(),
                name: name(),
                detached: true,
                interactive: false,
            },
            Event::ContainerSignalled {
                id: "abc".into(),
                name: name(),
                signal: "SIGTERM".into(),
                ignored: true,
            },
            Event::TimePassed { ms: 10_000 },
            Event::ContainerExited {
                id: "abc".into(),
                name: name(),
                exit_code: 137,
                reason: ExitReason::KilledAfterGracePeriod {
                    signal: "SIGTERM".into(),
                    grace_secs: 10,
                },
            },
            Event::PortReleased {
                container: name(),
                host_port: 9000,
            },
            Event::ContainerRemoved {
                id: "abc".into(),
                name: name(),
                writable_bytes: 10,
                auto: false,
            },
        ];
        let (out, used) = describe_covering(&events, Lang::En);
        assert!(used.iter().all(|u| *u));
        let ids: Vec<&str> = out.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "container.run",
                "container.exited.grace",
                "container.removed"
            ]
        );
    }

    #[test]
    fn bare_shells() {
        assert!(is_bare_shell("bash"));
        assert!(is_bare_shell("\"/bin/bash\""));
        assert!(is_bare_shell("[\"/bin/sh\"]"));
        assert!(!is_bare_shell("sh -c 'echo hi'"));
        assert!(!is_bare_shell("node index.js"));
        assert!(!is_bare_shell(""));
    }
}
