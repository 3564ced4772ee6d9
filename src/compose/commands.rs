//! The compose subcommands: each loads the project, asks the engine to act through the same
//! methods the docker client uses, and prints compose's progress lines and tables.

use std::collections::BTreeMap;

use super::args::Args;
use super::model::{Dependency, Project, Service};
use super::progress::{Progress, Status};
use super::Cx;
use crate::dockerfile::builder::{self, BuildRequest};
use crate::engine::lifecycle::{ContainerSpec, StartOutcome};
use crate::engine::storage::NetworkSpec;
use crate::engine::{
    ContainerState, Engine, ErrorKind, Event, Mount, MountSource, PortBinding, RestartPolicy,
};
use crate::image::reference;
use crate::runtime::Stream;

/// The version compose reports (`docker compose version`) and writes in its labels.
pub const VERSION: &str = "2.36.2";

const L_PROJECT: &str = "com.docker.compose.project";
const L_SERVICE: &str = "com.docker.compose.service";
const L_NUMBER: &str = "com.docker.compose.container-number";
const L_ONEOFF: &str = "com.docker.compose.oneoff";
const L_HASH: &str = "com.docker.compose.config-hash";

/// Milliseconds the display shows for quick daemon calls.
const CREATE_MS: i64 = 100;
const START_MS: i64 = 300;

// ----- helpers ------------------------------------------------------------------------------

fn label<'a>(engine: &'a Engine, idx: usize, key: &str) -> Option<&'a str> {
    engine.containers[idx]
        .config
        .labels
        .get(key)
        .map(String::as_str)
}

/// The project's containers (one-offs included when `oneoff`), sorted by name.
pub fn project_containers(engine: &Engine, project: &str, oneoff: bool) -> Vec<usize> {
    let mut list: Vec<usize> = (0..engine.containers.len())
        .filter(|&i| label(engine, i, L_PROJECT) == Some(project))
        .filter(|&i| oneoff || label(engine, i, L_ONEOFF) != Some("True"))
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        engine.containers[*a].name.cmp(&engine.containers[*b].name)
    });
    list
}

/// A service's containers (not one-offs), by container number.
fn service_containers(engine: &Engine, project: &str, service: &str) -> Vec<usize> {
    let mut list: Vec<usize> = project_containers(engine, project, false)
        .into_iter()
        .filter(|&i| label(engine, i, L_SERVICE) == Some(service))
        .collect();
    crate::sort::sort_by_key(&mut list, |&i| {
        label(engine, i, L_NUMBER)
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0)
    });
    list
}

fn ids(engine: &Engine, list: &[usize]) -> Vec<String> {
    list.iter()
        .map(|&i| engine.containers[i].id.clone())
        .collect()
}

fn find(engine: &Engine, id: &str) -> Option<usize> {
    engine.containers.iter().position(|c| c.id == id)
}

/// The container's name without the project (`web-1`), as log prefixes show it.
fn short_name(engine: &Engine, idx: usize, project: &str) -> String {
    let name = &engine.containers[idx].name;
    name.strip_prefix(&format!("{project}-"))
        .unwrap_or(name)
        .to_string()
}

/// Services in dependency order (dependencies first, ties by name); a cycle is an error.
pub fn dependency_order(services: &[&Service]) -> Result<Vec<String>, String> {
    let mut order: Vec<String> = Vec::new();
    let names: Vec<&str> = services.iter().map(|s| s.name.as_str()).collect();
    for _ in 0..=services.len() {
        if order.len() == services.len() {
            break;
        }
        for s in services {
            if order.contains(&s.name) {
                continue;
            }
            let ready = s
                .depends_on
                .iter()
                .filter(|d| names.contains(&d.service.as_str()))
                .all(|d| order.contains(&d.service));
            if ready {
                order.push(s.name.clone());
            }
        }
    }
    if order.len() != services.len() {
        let stuck: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| !order.iter().any(|o| o == n))
            .collect();
        return Err(format!("dependency cycle detected: {}", stuck.join(" -> ")));
    }
    Ok(order)
}

/// The order `up` starts services in: `order` (dependencies first), except that a service
/// whose environment names another one as a host (`MYSQL_HOST: mysql`, `db:5432`) starts after
/// it when no dependency forbids that. Compose starts independent services in parallel, and
/// such clients wait for their server (wait-port, retries) while it comes up; starting the
/// server first is what that race settles to.
fn start_order(order: &[String], services: &[&Service]) -> Vec<String> {
    let named = |s: &Service, other: &str| {
        s.environment.iter().any(|(_, v)| {
            v.as_deref().is_some_and(|v| {
                v.split(|c: char| !(c.is_ascii_alphanumeric() || "_.-".contains(c)))
                    .any(|t| t == other)
            })
        })
    };
    let svc = |n: &str| services.iter().copied().find(|s| s.name == n);
    let mut out: Vec<String> = Vec::new();
    for _ in 0..order.len() {
        let placed = |n: &String| out.contains(n);
        let mut next = None;
        // The first pending service whose dependencies and named servers are all started...
        for n in order.iter().filter(|n| !placed(n)) {
            let Some(s) = svc(n) else { continue };
            let deps_ready = s
                .depends_on
                .iter()
                .all(|d| placed(&d.service) || !order.contains(&d.service));
            let servers_ready = order
                .iter()
                .filter(|o| *o != n && !placed(o))
                .all(|o| !named(s, o));
            if deps_ready && servers_ready {
                next = Some(n.clone());
                break;
            }
        }
        // ...or else the first pending one in dependency order.
        let next = next.or_else(|| order.iter().find(|n| !placed(n)).cloned());
        match next {
            Some(n) => out.push(n),
            None => break,
        }
    }
    out
}

/// The services named on the command line (all when none), with what they depend on unless
/// `no_deps`. Unknown names are compose's `no such service`.
pub fn select<'p>(
    project: &'p Project,
    names: &[String],
    no_deps: bool,
) -> Result<Vec<&'p Service>, String> {
    if names.is_empty() {
        return Ok(project.services.iter().collect());
    }
    let mut wanted: Vec<String> = Vec::new();
    for n in names {
        if !project.services.iter().any(|s| &s.name == n) {
            return Err(format!("no such service: {n}"));
        }
        wanted.push(n.clone());
    }
    if !no_deps {
        let mut i = 0;
        while i < wanted.len() && i < 1000 {
            if let Some(s) = project.services.iter().find(|s| s.name == wanted[i]) {
                for d in &s.depends_on {
                    if !wanted.contains(&d.service)
                        && project.services.iter().any(|x| x.name == d.service)
                    {
                        wanted.push(d.service.clone());
                    }
                }
            }
            i += 1;
        }
    }
    Ok(project
        .services
        .iter()
        .filter(|s| wanted.contains(&s.name))
        .collect())
}

fn compose_labels(project: &Project) -> BTreeMap<String, String> {
    let mut l = BTreeMap::new();
    l.insert(L_PROJECT.to_string(), project.name.clone());
    l.insert(
        "com.docker.compose.version".to_string(),
        VERSION.to_string(),
    );
    l
}

fn to_engine_health(h: &super::model::Health) -> crate::image::Healthcheck {
    crate::image::Healthcheck {
        test: if h.disable {
            vec!["NONE".to_string()]
        } else {
            h.test.clone()
        },
        interval: h.interval.unwrap_or(0),
        timeout: h.timeout.unwrap_or(0),
        start_period: h.start_period.unwrap_or(0),
        start_interval: h.start_interval.unwrap_or(0),
        retries: h.retries.unwrap_or(0),
    }
}

fn restart_policy(s: &str) -> RestartPolicy {
    match s
        .split_once(':')
        .map(|(a, b)| (a, Some(b)))
        .unwrap_or((s, None))
    {
        ("always", _) => RestartPolicy::Always,
        ("unless-stopped", _) => RestartPolicy::UnlessStopped,
        ("on-failure", n) => RestartPolicy::OnFailure(n.and_then(|n| n.parse().ok()).unwrap_or(0)),
        _ => RestartPolicy::No,
    }
}

/// What the daemon is asked to create for replica `number` of a service.
fn container_spec(
    project: &Project,
    svc: &Service,
    number: u32,
    image_id: &str,
    oneoff: Option<&str>,
) -> ContainerSpec {
    let name = match (oneoff, &svc.container_name) {
        (Some(n), _) => n.to_string(),
        (None, Some(c)) => c.clone(),
        (None, None) => format!("{}-{}-{number}", project.name, svc.name),
    };
    let mut labels = compose_labels(project);
    let deps: Vec<String> = svc
        .depends_on
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{}",
                d.service,
                d.condition,
                d.restart.unwrap_or(false)
            )
        })
        .collect();
    for (k, v) in [
        (L_SERVICE, svc.name.clone()),
        (L_NUMBER, number.to_string()),
        (
            L_ONEOFF,
            if oneoff.is_some() { "True" } else { "False" }.to_string(),
        ),
        (L_HASH, super::config::service_hash(project, svc)),
        ("com.docker.compose.depends_on", deps.join(",")),
        ("com.docker.compose.image", image_id.to_string()),
        (
            "com.docker.compose.project.config_files",
            project.config_files.join(","),
        ),
        (
            "com.docker.compose.project.working_dir",
            project.working_dir.clone(),
        ),
    ] {
        labels.insert(k.to_string(), v);
    }
    for (k, v) in &svc.labels {
        labels.insert(k.clone(), v.clone());
    }
    let mut publish = Vec::new();
    for p in &svc.ports {
        let host_port = p
            .published
            .split('-')
            .next()
            .and_then(|h| h.parse::<u16>().ok())
            .unwrap_or(0);
        publish.push(PortBinding {
            host_ip: p.host_ip.clone(),
            host_port,
            container_port: p.target,
            proto: p.protocol.clone(),
        });
    }
    let mounts: Vec<Mount> = svc
        .volumes
        .iter()
        .map(|v| Mount {
            source: match v.kind.as_str() {
                "bind" => MountSource::Bind(v.source.clone()),
                "tmpfs" => MountSource::Tmpfs,
                _ if v.source.is_empty() => MountSource::Volume(String::new()),
                _ => MountSource::Volume(
                    project
                        .volumes
                        .iter()
                        .find(|r| r.key == v.source)
                        .map(|r| r.name.clone())
                        .unwrap_or_else(|| v.source.clone()),
                ),
            },
            target: v.target.clone(),
            read_only: v.read_only,
        })
        .collect();
    let mut mounts: Vec<Mount> = mounts;
    // Secrets are files bound read-only under /run/secrets.
    for (secret, target) in svc.secrets() {
        let file = project
            .secrets
            .iter()
            .find(|(n, _)| *n == secret)
            .and_then(|(_, node)| node.get("file"))
            .and_then(|f| f.str())
            .map(|f| crate::vfs::normalize(&project.working_dir, f));
        if let Some(file) = file {
            mounts.push(Mount {
                source: MountSource::Bind(file),
                target,
                read_only: true,
            });
        }
    }
    let network = match (&svc.network_mode, svc.networks.first()) {
        (Some(m), _) => Some(m.clone()),
        (None, Some((key, _))) => project
            .networks
            .iter()
            .find(|r| &r.key == key)
            .map(|r| r.name.clone()),
        (None, None) => None,
    };
    // A one-off (`run`) answers to its own name only, so the service name still means the
    // service's containers.
    let mut aliases = vec![name.clone()];
    if oneoff.is_none() {
        aliases.push(svc.name.clone());
        if let Some((_, extra)) = svc.networks.first() {
            aliases.extend(extra.iter().cloned());
        }
    }
    ContainerSpec {
        image: svc.image_name(&project.name),
        name: Some(name),
        cmd: svc.command.clone().unwrap_or_default(),
        entrypoint_argv: svc.entrypoint.clone(),
        env: svc
            .environment
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
            .collect(),
        workdir: svc.working_dir.clone(),
        user: svc.user.clone(),
        publish,
        expose: svc.expose.clone(),
        tty: svc.tty,
        interactive: svc.stdin_open,
        restart: svc
            .restart
            .as_deref()
            .map(restart_policy)
            .unwrap_or_default(),
        network,
        network_aliases: aliases,
        mounts,
        hostname: svc.hostname.clone(),
        labels,
        stop_signal: svc.stop_signal.clone(),
        stop_timeout: svc.stop_grace_secs,
        healthcheck: svc.healthcheck.as_ref().map(to_engine_health),
        ..ContainerSpec::default()
    }
}

// ----- pull and build -----------------------------------------------------------------------

/// Pulls the images of `services` that are missing (or all with `always`), drawing compose's
/// pull display. Returns false after printing an error.
fn pull_images(cx: &mut Cx, services: &[&Service], always: bool, title: &str) -> bool {
    let mut progress = Progress::new(title);
    let mut seen: Vec<String> = Vec::new();
    let mut failure: Option<String> = None;
    for svc in services {
        let Some(image) = &svc.image else {
            continue;
        };
        if seen.contains(image) {
            continue;
        }
        seen.push(image.clone());
        let missing = cx.engine.find_image(image).is_none();
        let policy = svc.pull_policy.as_deref().unwrap_or("missing");
        let pull = match policy {
            "always" => true,
            "never" | "build" => false,
            _ => always || missing,
        };
        if !pull || (svc.build.is_some() && missing && !always) {
            continue;
        }
        let reference = match reference::parse(image) {
            Ok(r) => r,
            Err(e) => {
                failure = Some(format!("invalid reference format: {e}"));
                break;
            }
        };
        progress.event_full(&svc.name, None, "Pulling", Status::Working, "");
        match cx.engine.pull(&reference) {
            Ok(report) => {
                // Every layer appears at once (`Pulling fs layer`); they complete in order.
                for layer in &report.layers {
                    let (text, status) = if layer.existed {
                        ("Already exists", Status::Done)
                    } else {
                        ("Pulling fs layer", Status::Working)
                    };
                    progress.event_full(&layer.short, Some(&svc.name), text, status, "");
                }
                for layer in report.layers.iter().filter(|l| !l.existed) {
                    progress.advance((150 + (layer.size / 1_000_000) as i64 * 40).min(6_000));
                    progress.event_full(
                        &layer.short,
                        Some(&svc.name),
                        "Pull complete",
                        Status::Done,
                        "",
                    );
                }
                progress.advance(100);
                progress.event_full(&svc.name, None, "Pulled", Status::Done, "");
            }
            Err(e) => {
                if svc.build.is_some() {
                    progress.event_full(&svc.name, None, "Warning", Status::Warning, &e.message);
                    continue;
                }
                progress.event_full(&svc.name, None, "Error", Status::Error, &e.message);
                cx.engine.emit(Event::Failed { error: e.kind });
                failure = Some(format!("Error response from daemon: {}", e.message));
                break;
            }
        }
    }
    cx.out.err(progress.render(cx.ctx.width));
    if let Some(f) = failure {
        cx.out.err(format!("{f}\n"));
        return false;
    }
    true
}

/// Builds `services` (those with `build`), printing the BuildKit display with each vertex
/// named after its service. Returns the built services, or `None` after a failure.
fn build_services(
    cx: &mut Cx,
    project: &Project,
    services: &[&Service],
    args: &Args,
) -> Option<Vec<String>> {
    let mut built = Vec::new();
    let to_build: Vec<&&Service> = services.iter().filter(|s| s.build.is_some()).collect();
    if to_build.is_empty() {
        return Some(built);
    }
    cx.out.out(
        "Compose can now delegate builds to bake for better performance.\n To do so, set COMPOSE_BAKE=true.\n",
    );
    let mut reports = Vec::new();
    for svc in to_build {
        let Some(b) = &svc.build else {
            continue;
        };
        let tag = svc.image_name(&project.name);
        let mut build_args = BTreeMap::new();
        for (k, v) in &b.args {
            if let Some(v) = v {
                build_args.insert(k.clone(), v.clone());
            }
        }
        let mut labels = compose_labels(project);
        labels.insert(L_SERVICE.to_string(), svc.name.clone());
        let req = BuildRequest {
            context: b.context.clone(),
            context_typed: b.context.clone(),
            dockerfile: Some(crate::vfs::normalize(&b.context, &b.dockerfile)),
            tags: vec![tag],
            build_args,
            target: b.target.clone(),
            no_cache: args.has("no-cache"),
            pull: args.has("pull"),
            labels,
        };
        let mut report = builder::build(cx.engine, &req);
        for v in &mut report.vertices {
            v.name = match v.name.strip_prefix('[') {
                Some(rest) => format!("[{} {rest}", svc.name),
                None => format!("[{}] {}", svc.name, v.name),
            };
        }
        let failed = report.failure.clone();
        reports.push((svc.name.clone(), report));
        if failed.is_some() {
            break;
        }
        built.push(svc.name.clone());
    }
    for (_, report) in &reports {
        if !report.failure.as_ref().is_some_and(|f| f.before_solve) {
            cx.out
                .err(crate::cli::build::render_tty(report, cx.ctx.width));
        }
        if let Some(failure) = &report.failure {
            // The step's log as BuildKit's printer shows it, then compose's own error line
            // (compose prints no Dockerfile excerpt: that is the docker build client's).
            let full = crate::cli::build::render_failure(report, failure);
            let cut = match (&failure.source, failure.before_solve) {
                (_, true) => Some(0),
                (Some(src), _) => full.find(&format!("{}:{}", src.file, src.start)),
                (None, _) => full.find("ERROR: failed to build"),
            }
            .unwrap_or(full.len());
            cx.out.err(format!(
                "{}failed to solve: {}\n",
                &full[..cut.min(full.len())],
                failure.cause
            ));
            return None;
        }
    }
    Some(built)
}

// ----- up -----------------------------------------------------------------------------------

/// Options of `up` (and what `start`, `run` and `watch` reuse of it).
#[derive(Clone, Debug, Default)]
pub struct UpOptions {
    /// `-d`.
    pub detach: bool,
    /// `--build`.
    pub build: bool,
    /// `--no-build`.
    pub no_build: bool,
    /// `--force-recreate`.
    pub force_recreate: bool,
    /// `--no-recreate`.
    pub no_recreate: bool,
    /// `--no-start`.
    pub no_start: bool,
    /// `--no-deps`.
    pub no_deps: bool,
    /// `--pull always`.
    pub pull_always: bool,
    /// `--remove-orphans`.
    pub remove_orphans: bool,
    /// `--scale svc=N`.
    pub scale: Vec<(String, u32)>,
    /// `--wait`.
    pub wait: bool,
}

/// `docker compose up` (and `create` with `no_start`).
pub fn up(
    cx: &mut Cx,
    project: &mut Project,
    names: &[String],
    opts: &UpOptions,
    args: &Args,
) -> i32 {
    for (svc, n) in &opts.scale {
        match project.services.iter_mut().find(|s| &s.name == svc) {
            Some(s) => s.replicas = Some(*n),
            None => return cx.fail(&format!("no such service: {svc}")),
        }
    }
    let project = &*project;
    let selected = match select(project, names, opts.no_deps) {
        Ok(s) => s,
        Err(e) => return cx.fail(&e),
    };
    let order = match dependency_order(&selected) {
        Ok(o) => o,
        Err(e) => return cx.fail(&e),
    };
    // Images: pull what is missing, then build what must be built.
    if !pull_images(cx, &selected, opts.pull_always, "Running") {
        return 1;
    }
    let mut progress = Progress::new(if opts.no_start { "Creating" } else { "Running" });
    let needs_build: Vec<&Service> = selected
        .iter()
        .copied()
        .filter(|s| {
            s.build.is_some()
                && !opts.no_build
                && (opts.build || cx.engine.find_image(&s.image_name(&project.name)).is_none())
        })
        .collect();
    if !needs_build.is_empty() {
        match build_services(cx, project, &needs_build, args) {
            Some(built) => {
                for b in built {
                    progress.event(&b, Status::Done, "Built");
                }
            }
            None => return 1,
        }
    }
    for svc in &selected {
        let image = svc.image_name(&project.name);
        if cx.engine.find_image(&image).is_none() {
            let e = crate::engine::DaemonError::no_such_image(&image);
            cx.out.err(progress.render(cx.ctx.width));
            cx.engine.emit(Event::Failed { error: e.kind });
            cx.out
                .err(format!("Error response from daemon: {}\n", e.message));
            return 1;
        }
    }
    let mut created: Vec<String> = Vec::new();
    if let Err(code) = ensure_resources(cx, project, &selected, &mut progress, &mut created) {
        return code;
    }
    // Containers: create (or recreate) in dependency order.
    let mut to_start: Vec<(String, String)> = Vec::new(); // (service, container id)
    for name in &order {
        let Some(svc) = selected.iter().find(|s| &s.name == name) else {
            continue;
        };
        let image = svc.image_name(&project.name);
        let image_id = cx.engine.find_image(&image).unwrap_or_default();
        let hash = super::config::service_hash(project, svc);
        let existing = service_containers(cx.engine, &project.name, &svc.name);
        let want = svc.scale();
        let existing_ids = ids(cx.engine, &existing);
        // Scale down: the highest numbers go.
        for id in existing_ids.iter().skip(want as usize).rev() {
            let Some(idx) = find(cx.engine, id) else {
                continue;
            };
            let cname = format!("Container {}", cx.engine.containers[idx].name);
            progress.event(&cname, Status::Working, "Stopping");
            let before = cx.engine.now();
            cx.engine.stop_container(idx, svc.stop_grace_secs, None);
            progress.advance((cx.engine.now() - before).max(0) + 200);
            if let Some(i) = find(cx.engine, id) {
                let typed = cx.engine.containers[i].name.clone();
                let _ = cx.engine.remove_container(i, true, false, &typed);
            }
            progress.event(&cname, Status::Done, "Removed");
        }
        for number in 1..=want {
            let current = existing_ids.get(number as usize - 1).cloned();
            if let Some(id) = current {
                let Some(idx) = find(cx.engine, &id) else {
                    continue;
                };
                let same = label(cx.engine, idx, L_HASH) == Some(hash.as_str())
                    && cx.engine.containers[idx].image_id == image_id;
                let cname = format!("Container {}", cx.engine.containers[idx].name);
                if (same || opts.no_recreate) && !opts.force_recreate {
                    match cx.engine.containers[idx].state {
                        ContainerState::Running | ContainerState::Restarting => {
                            progress.event(&cname, Status::Done, "Running");
                        }
                        _ => {
                            progress.event(&cname, Status::Done, "Created");
                            to_start.push((svc.name.clone(), id));
                        }
                    }
                    continue;
                }
                // Recreate: stop and remove the old container, create a new one by its name.
                progress.event(&cname, Status::Working, "Recreate");
                let timeout = svc.stop_grace_secs;
                cx.engine.stop_container(idx, timeout, None);
                if let Some(i) = find(cx.engine, &id) {
                    let typed = cx.engine.containers[i].name.clone();
                    let _ = cx.engine.remove_container(i, true, false, &typed);
                }
                let spec = container_spec(project, svc, number, &image_id, None);
                match cx.engine.create_container(&spec) {
                    Ok(new_id) => {
                        join_networks(cx, project, svc, &new_id);
                        progress.advance(CREATE_MS);
                        progress.event(&cname, Status::Done, "Recreated");
                        to_start.push((svc.name.clone(), new_id));
                    }
                    Err(e) => {
                        progress.event(&cname, Status::Error, "Error");
                        cx.out.err(progress.render(cx.ctx.width));
                        return cx.daemon_error(&e);
                    }
                }
                continue;
            }
            let spec = container_spec(project, svc, number, &image_id, None);
            let cname = format!("Container {}", spec.name.clone().unwrap_or_default());
            progress.event(&cname, Status::Working, "Creating");
            match cx.engine.create_container(&spec) {
                Ok(id) => {
                    progress.advance(CREATE_MS);
                    progress.event(&cname, Status::Done, "Created");
                    join_networks(cx, project, svc, &id);
                    to_start.push((svc.name.clone(), id));
                }
                Err(e) => {
                    progress.event(&cname, Status::Error, "Error");
                    cx.out.err(progress.render(cx.ctx.width));
                    return cx.daemon_error(&e);
                }
            }
        }
    }
    if opts.remove_orphans {
        let known: Vec<&str> = project.services.iter().map(|s| s.name.as_str()).collect();
        for idx in project_containers(cx.engine, &project.name, false)
            .into_iter()
            .rev()
        {
            let svc = label(cx.engine, idx, L_SERVICE)
                .unwrap_or_default()
                .to_string();
            if known.contains(&svc.as_str()) {
                continue;
            }
            let cname = format!("Container {}", cx.engine.containers[idx].name);
            cx.engine.stop_container(idx, None, None);
            let id = cx.engine.containers.get(idx).map(|c| c.id.clone());
            if let Some(i) = id.and_then(|id| find(cx.engine, &id)) {
                let typed = cx.engine.containers[i].name.clone();
                let _ = cx.engine.remove_container(i, true, false, &typed);
            }
            progress.event(&cname, Status::Done, "Removed");
        }
    }
    if opts.no_start {
        cx.out.err(progress.render(cx.ctx.width));
        return 0;
    }
    // Start in dependency order, waiting on conditions as compose does.
    let mut started: Vec<String> = Vec::new();
    let log_starts: Vec<(String, usize)> = to_start
        .iter()
        .filter_map(|(_, id)| {
            find(cx.engine, id).map(|i| (id.clone(), cx.engine.containers[i].logs.len()))
        })
        .collect();
    for name in &start_order(&order, &selected) {
        let Some(svc) = selected.iter().find(|s| &s.name == name) else {
            continue;
        };
        if let Err(message) = wait_dependencies(cx, project, svc, &mut progress) {
            cx.out.err(progress.render(cx.ctx.width));
            return cx.fail(&message);
        }
        for (_, id) in to_start.iter().filter(|(s, _)| s == name) {
            let Some(idx) = find(cx.engine, id) else {
                continue;
            };
            let cname = format!("Container {}", cx.engine.containers[idx].name);
            progress.event(&cname, Status::Working, "Starting");
            match cx.engine.start_container(idx, true) {
                Ok(_) => {
                    progress.advance(START_MS);
                    progress.event(&cname, Status::Done, "Started");
                    started.push(
                        cx.engine
                            .containers
                            .get(idx)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                    );
                }
                Err(e) => {
                    cx.out.err(progress.render(cx.ctx.width));
                    return cx.daemon_error(&e);
                }
            }
        }
    }
    if opts.wait {
        for svc in &selected {
            for idx in service_containers(cx.engine, &project.name, &svc.name) {
                if cx.engine.containers[idx].healthcheck.is_some() {
                    let cname = format!("Container {}", cx.engine.containers[idx].name);
                    let id = cx.engine.containers[idx].id.clone();
                    if let Err(e) = wait_healthy(cx, &id, &mut progress, &cname) {
                        cx.out.err(progress.render(cx.ctx.width));
                        return cx.fail(&e);
                    }
                }
            }
        }
    }
    cx.out.err(progress.render(cx.ctx.width));
    cx.engine.emit(Event::ComposeUp {
        project: project.name.clone(),
        created,
        started,
    });
    if opts.detach {
        return 0;
    }
    let containers: Vec<usize> = selected
        .iter()
        .flat_map(|s| service_containers(cx.engine, &project.name, &s.name))
        .collect();
    attached_output(cx, &project.name, &containers, &log_starts);
    // Attached: the terminal follows the containers until Ctrl-C, which stops them as
    // compose's signal handler does (`compose … stop` with the same project flags).
    let at = cx.argv.iter().position(|a| a == "up").unwrap_or(0);
    let mut stop = vec!["compose".to_string()];
    stop.extend(cx.argv[..at].iter().cloned());
    stop.push("stop".into());
    // Only what this `up` brought up (a named service and its dependencies).
    if !names.is_empty() {
        stop.extend(selected.iter().map(|s| s.name.clone()));
    }
    follow_project(cx, &project.name, &containers, Some(stop));
    0
}

/// Asks the session to follow `containers` (those still running), prefixed as
/// [`attached_output`] prefixes them.
pub fn follow_project(cx: &mut Cx, project: &str, containers: &[usize], stop: Option<Vec<String>>) {
    let mut list = containers.to_vec();
    crate::sort::sort_by(&mut list, |a, b| {
        cx.engine.containers[*a]
            .name
            .cmp(&cx.engine.containers[*b].name)
    });
    let names: Vec<String> = list
        .iter()
        .map(|&i| short_name(cx.engine, i, project))
        .collect();
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
    if !list
        .iter()
        .any(|&i| cx.engine.containers[i].state.is_active())
    {
        return;
    }
    let followed = list
        .iter()
        .zip(&names)
        .map(|(&i, n)| (cx.engine.containers[i].id.clone(), format!("{n:<width$}")))
        .collect();
    cx.ctx.request = Some(crate::cli::CliRequest::FollowProject {
        containers: followed,
        stop,
    });
}

/// Attaches a new container to each network of its service with the service name as an
/// alias (the endpoint `docker network connect --alias` makes), so other services find it by
/// that name; the first network is the one it was created on.
fn join_networks(cx: &mut Cx, project: &Project, svc: &Service, id: &str) {
    for (key, extra) in &svc.networks {
        let Some(net) = project.networks.iter().find(|r| &r.key == key) else {
            continue;
        };
        let Some(i) = find(cx.engine, id) else {
            return;
        };
        let mut aliases = vec![cx.engine.containers[i].name.clone(), svc.name.clone()];
        aliases.extend(extra.iter().cloned());
        // Fails harmlessly when the daemon already attached it at create.
        let _ = cx.engine.connect_network(&net.name, i, aliases);
    }
}

/// Creates the networks `selected` use and every volume of the project, as `up` does first.
fn ensure_resources(
    cx: &mut Cx,
    project: &Project,
    selected: &[&Service],
    progress: &mut Progress,
    created: &mut Vec<String>,
) -> Result<(), i32> {
    // Networks the selected services use, then every volume of the project.
    for net in &project.networks {
        let used = selected
            .iter()
            .any(|s| s.networks.iter().any(|(k, _)| k == &net.key));
        if !used {
            continue;
        }
        if cx.engine.networks.contains_key(&net.name) {
            continue;
        }
        if net.external {
            cx.out.err(progress.render(cx.ctx.width));
            return Err(cx.fail(&format!(
                "network {} declared as external, but could not be found",
                net.name
            )));
        }
        let id = format!("Network {}", net.name);
        progress.event(&id, Status::Working, "Creating");
        let mut labels = compose_labels(project);
        labels.insert("com.docker.compose.network".to_string(), net.key.clone());
        for (k, v) in &net.labels {
            labels.insert(k.clone(), v.clone());
        }
        let spec = NetworkSpec {
            name: net.name.clone(),
            driver: net.driver.clone().unwrap_or_default(),
            labels,
            ..NetworkSpec::default()
        };
        if let Err(e) = cx.engine.create_network(&spec) {
            progress.event(&id, Status::Error, "Error");
            cx.out.err(progress.render(cx.ctx.width));
            return Err(cx.daemon_error(&e));
        }
        progress.advance(CREATE_MS);
        progress.event(&id, Status::Done, "Created");
        created.push(id);
    }
    for vol in &project.volumes {
        if cx.engine.volumes.contains_key(&vol.name) {
            continue;
        }
        if vol.external {
            cx.out.err(progress.render(cx.ctx.width));
            return Err(cx.fail(&format!("external volume \"{}\" not found", vol.name)));
        }
        let id = format!("Volume \"{}\"", vol.name);
        progress.event(&id, Status::Working, "Creating");
        let mut labels = compose_labels(project);
        labels.insert("com.docker.compose.volume".to_string(), vol.key.clone());
        for (k, v) in &vol.labels {
            labels.insert(k.clone(), v.clone());
        }
        if let Err(e) = cx.engine.create_volume(Some(&vol.name), labels) {
            progress.event(&id, Status::Error, "Error");
            cx.out.err(progress.render(cx.ctx.width));
            return Err(cx.daemon_error(&e));
        }
        progress.event(&id, Status::Done, "Created");
        created.push(format!("Volume {}", vol.name));
    }
    Ok(())
}

/// The log lines of several containers, each after its first `skip` lines, as compose prints
/// them attached: `prefix | text` in time order. `followed` is (container, padded prefix,
/// skip); the session's follow mode calls it again for what comes later.
pub fn prefixed_logs(
    engine: &Engine,
    followed: &[(usize, String, usize)],
) -> Vec<(Stream, String)> {
    let mut lines: Vec<(i64, usize, Stream, String)> = Vec::new();
    for (k, (idx, prefix, skip)) in followed.iter().enumerate() {
        let Some(c) = engine.containers.get(*idx) else {
            continue;
        };
        for (j, entry) in c.logs.iter().enumerate().skip(*skip) {
            let text = entry.text.trim_end_matches('\n');
            lines.push((
                entry.ms,
                k * 1_000_000 + j,
                entry.stream,
                format!("{prefix} | {text}\n"),
            ));
        }
    }
    crate::sort::sort_by(&mut lines, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    lines
        .into_iter()
        .map(|(_, _, stream, text)| (stream, text))
        .collect()
}

/// What attached `up` shows first: `Attaching to …` and the containers' output so far with
/// `web-1  | ` prefixes; [`follow_project`] then has the session follow what comes next.
pub fn attached_output(cx: &mut Cx, project: &str, containers: &[usize], from: &[(String, usize)]) {
    let mut list = containers.to_vec();
    crate::sort::sort_by(&mut list, |a, b| {
        cx.engine.containers[*a]
            .name
            .cmp(&cx.engine.containers[*b].name)
    });
    if list.is_empty() {
        return;
    }
    let names: Vec<String> = list
        .iter()
        .map(|&i| short_name(cx.engine, i, project))
        .collect();
    cx.out.out(format!("Attaching to {}\n", names.join(", ")));
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let followed: Vec<(usize, String, usize)> = list
        .iter()
        .zip(&names)
        .map(|(&idx, name)| {
            let id = &cx.engine.containers[idx].id;
            let skip = from
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            (idx, format!("{name:<width$}"), skip)
        })
        .collect();
    for (stream, text) in prefixed_logs(cx.engine, &followed) {
        cx.out.push(stream, &text);
    }
    for (k, &idx) in list.iter().enumerate() {
        let c = &cx.engine.containers[idx];
        if c.state == ContainerState::Exited {
            cx.out
                .out(format!("{} exited with code {}\n", names[k], c.exit_code));
        }
    }
}

/// Waits on a service's dependencies as compose does before starting it.
fn wait_dependencies(
    cx: &mut Cx,
    project: &Project,
    svc: &Service,
    progress: &mut Progress,
) -> Result<(), String> {
    for dep in &svc.depends_on {
        let Dependency {
            service,
            condition,
            required,
            ..
        } = dep;
        let containers = service_containers(cx.engine, &project.name, service);
        let started_at = cx.engine.now();
        if condition == "service_started" {
            cx.engine.emit(Event::ComposeDependency {
                project: project.name.clone(),
                service: svc.name.clone(),
                dependency: service.clone(),
                condition: condition.clone(),
                waited_ms: 0,
            });
            continue;
        }
        if containers.is_empty() {
            if *required {
                return Err(format!("{} is missing dependency {service}", svc.name));
            }
            continue;
        }
        for idx in containers {
            let id = cx.engine.containers[idx].id.clone();
            let cname = format!("Container {}", cx.engine.containers[idx].name);
            progress.event(&cname, Status::Working, "Waiting");
            if condition == "service_healthy" {
                if let Err(e) = wait_healthy(cx, &id, progress, &cname) {
                    progress.event(&cname, Status::Error, "Error");
                    return Err(format!("dependency failed to start: {e}"));
                }
            } else {
                // service_completed_successfully: the container must exit 0.
                let Some(i) = find(cx.engine, &id) else {
                    continue;
                };
                if let Some(end) = cx.engine.containers[i].ends_at {
                    let wait = (end - cx.engine.now()).max(0);
                    cx.engine.clock.advance_ms(wait);
                    cx.engine.tick();
                    progress.advance(wait);
                }
                let c = &cx.engine.containers[i];
                if c.state == ContainerState::Exited {
                    if c.exit_code == 0 {
                        progress.event(&cname, Status::Done, "Exited");
                    } else {
                        let msg = format!(
                            "service {service:?} didn't complete successfully: exit {}",
                            c.exit_code
                        );
                        progress.event(&cname, Status::Error, &msg);
                        return Err(msg);
                    }
                }
            }
        }
        cx.engine.emit(Event::ComposeDependency {
            project: project.name.clone(),
            service: svc.name.clone(),
            dependency: service.clone(),
            condition: condition.clone(),
            waited_ms: cx.engine.now() - started_at,
        });
    }
    Ok(())
}

/// Lets virtual time pass until a container's health check passes (compose polls every
/// 500 ms); an unhealthy or check-less container is compose's error text.
fn wait_healthy(cx: &mut Cx, id: &str, progress: &mut Progress, cname: &str) -> Result<(), String> {
    for _ in 0..2_000 {
        let Some(idx) = find(cx.engine, id) else {
            return Err(format!("container {id} exited"));
        };
        let c = &cx.engine.containers[idx];
        if c.healthcheck.is_none() {
            return Err(format!(
                "container {} has no healthcheck configured",
                c.name
            ));
        }
        if !c.state.is_active() {
            return Err(format!("container {} exited ({})", c.name, c.exit_code));
        }
        match c.health() {
            Some("healthy") => {
                progress.event(cname, Status::Done, "Healthy");
                return Ok(());
            }
            Some("unhealthy") => return Err(format!("container {} is unhealthy", c.name)),
            None => {
                return Err(format!(
                    "container {} has no healthcheck configured",
                    c.name
                ))
            }
            _ => {}
        }
        cx.engine.clock.advance_ms(500);
        cx.engine.tick();
        progress.advance(500);
    }
    Err(String::from("timeout waiting for dependencies"))
}

// ----- down, stop, start, restart, rm ------------------------------------------------------

/// The project's containers in reverse dependency order (dependents first).
fn stop_order(cx: &Cx, project: &Project, names: &[String]) -> Vec<usize> {
    let all = project_containers(cx.engine, &project.name, true);
    let mut services: Vec<&Service> = project.services.iter().collect();
    if !names.is_empty() {
        services.retain(|s| names.contains(&s.name));
    }
    let order = dependency_order(&services).unwrap_or_default();
    let rank = |idx: &usize| {
        let svc = label(cx.engine, *idx, L_SERVICE).unwrap_or_default();
        order
            .iter()
            .position(|o| o == svc)
            .map(|p| order.len() - p)
            .unwrap_or(0)
    };
    let mut list: Vec<usize> = all
        .into_iter()
        .filter(|&i| {
            names.is_empty()
                || names
                    .iter()
                    .any(|n| Some(n.as_str()) == label(cx.engine, i, L_SERVICE))
        })
        .collect();
    crate::sort::sort_by_key(&mut list, rank);
    list
}

/// Stops containers, drawing `Stopping`/`Stopped`.
fn stop_all(cx: &mut Cx, list: &[usize], timeout: Option<i64>, progress: &mut Progress) {
    let ids = ids(cx.engine, list);
    for id in ids {
        let Some(idx) = find(cx.engine, &id) else {
            continue;
        };
        let cname = format!("Container {}", cx.engine.containers[idx].name);
        if !cx.engine.containers[idx].state.is_active() {
            continue;
        }
        progress.event(&cname, Status::Working, "Stopping");
        let before = cx.engine.now();
        cx.engine.stop_container(idx, timeout, None);
        progress.advance((cx.engine.now() - before).max(0) + 200);
        progress.event(&cname, Status::Done, "Stopped");
    }
}

/// `docker compose down`.
pub fn down(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let timeout = args.val("timeout").and_then(|t| t.parse().ok());
    let volumes = args.has("volumes");
    let rmi = args.val("rmi").map(str::to_string);
    if let Some(r) = &rmi {
        if r != "all" && r != "local" {
            return cx.fail(&format!("invalid value for --rmi: {r}"));
        }
    }
    let mut progress = Progress::new("Running");
    let mut list = stop_order(cx, project, &[]);
    if !args.has("remove-orphans") {
        let known: Vec<&str> = project.services.iter().map(|s| s.name.as_str()).collect();
        let orphans: Vec<String> = list
            .iter()
            .filter_map(|&i| label(cx.engine, i, L_SERVICE))
            .filter(|s| !known.contains(s) && !project.services.is_empty())
            .map(str::to_string)
            .collect();
        if !orphans.is_empty() {
            list.retain(|&i| label(cx.engine, i, L_SERVICE).is_some_and(|s| known.contains(&s)));
        }
    }
    let ids_list = ids(cx.engine, &list);
    let mut removed_containers = 0;
    for id in &ids_list {
        let Some(idx) = find(cx.engine, id) else {
            continue;
        };
        let cname = format!("Container {}", cx.engine.containers[idx].name);
        if cx.engine.containers[idx].state.is_active() {
            progress.event(&cname, Status::Working, "Stopping");
            let before = cx.engine.now();
            cx.engine.stop_container(idx, timeout, None);
            progress.advance((cx.engine.now() - before).max(0) + 200);
            progress.event(&cname, Status::Done, "Stopped");
        }
        progress.event(&cname, Status::Working, "Removing");
        if let Some(i) = find(cx.engine, id) {
            let typed = cx.engine.containers[i].name.clone();
            let _ = cx.engine.remove_container(i, true, volumes, &typed);
        }
        progress.advance(100);
        progress.event(&cname, Status::Done, "Removed");
        removed_containers += 1;
    }
    let mut networks = Vec::new();
    // Networks compose made for the project (found by label, as compose does).
    let project_nets: Vec<String> = cx
        .engine
        .networks
        .values()
        .filter(|n| n.labels.get(L_PROJECT) == Some(&project.name))
        .map(|n| n.name.clone())
        .collect();
    for name in project_nets {
        if !cx.engine.network_members(&name).is_empty() {
            continue;
        }
        let id = format!("Network {name}");
        progress.event(&id, Status::Working, "Removing");
        match cx.engine.remove_network(&name) {
            Ok(()) => {
                progress.advance(100);
                progress.event(&id, Status::Done, "Removed");
                networks.push(name);
            }
            Err(e) => progress.event(&id, Status::Error, &e.message),
        }
    }
    if let Some(mode) = &rmi {
        for svc in &project.services {
            if mode == "local" && svc.image.is_some() {
                continue;
            }
            let image = svc.image_name(&project.name);
            if cx.engine.find_image(&image).is_none() {
                continue;
            }
            let id = format!("Image {image}");
            progress.event(&id, Status::Working, "Removing");
            match cx.engine.remove_image(&image, false) {
                Ok(_) => progress.event(&id, Status::Done, "Removed"),
                Err(e) => progress.event(&id, Status::Error, &e.message),
            }
        }
    }
    let mut removed_volumes = Vec::new();
    let mut kept = Vec::new();
    let project_vols: Vec<(String, bool)> = cx
        .engine
        .volumes
        .values()
        .filter(|v| v.labels.get(L_PROJECT) == Some(&project.name))
        .map(|v| (v.name.clone(), v.anonymous))
        .collect();
    for (name, _) in project_vols {
        if !volumes {
            kept.push(name);
            continue;
        }
        let id = format!("Volume {name}");
        progress.event(&id, Status::Working, "Removing");
        match cx.engine.remove_volume(&name, false) {
            Ok(()) => {
                progress.event(&id, Status::Done, "Removed");
                removed_volumes.push(name);
            }
            Err(e) => progress.event(&id, Status::Error, &e.message),
        }
    }
    if progress.is_empty() {
        cx.out.err(format!(
            "Warning: No resource found to remove for project \"{}\".\n",
            project.name
        ));
        return 0;
    }
    cx.out.err(progress.render(cx.ctx.width));
    cx.engine.emit(Event::ComposeDown {
        project: project.name.clone(),
        containers: removed_containers,
        networks,
        volumes: removed_volumes,
        kept_volumes: kept,
    });
    0
}

/// `docker compose stop`.
pub fn stop(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    if let Some(e) = unknown_service(project, &args.rest) {
        return cx.fail(&e);
    }
    let timeout = args.val("timeout").and_then(|t| t.parse().ok());
    let list = stop_order(cx, project, &args.rest);
    let mut progress = Progress::new("Stopping");
    stop_all(cx, &list, timeout, &mut progress);
    cx.out.err(progress.render(cx.ctx.width));
    0
}

fn unknown_service(project: &Project, names: &[String]) -> Option<String> {
    names
        .iter()
        .find(|n| !project.services.iter().any(|s| &s.name == *n))
        .map(|n| format!("no such service: {n}"))
}

/// `docker compose start`.
pub fn start(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let selected = match select(project, &args.rest, true) {
        Ok(s) => s,
        Err(e) => return cx.fail(&e),
    };
    let order = dependency_order(&selected).unwrap_or_default();
    let mut progress = Progress::new("Running");
    let mut any = false;
    for name in &order {
        let Some(svc) = selected.iter().find(|s| &s.name == name) else {
            continue;
        };
        let containers = service_containers(cx.engine, &project.name, name);
        if containers.is_empty() {
            continue;
        }
        any = true;
        if let Err(message) = wait_dependencies(cx, project, svc, &mut progress) {
            cx.out.err(progress.render(cx.ctx.width));
            return cx.fail(&message);
        }
        for id in ids(cx.engine, &containers) {
            let Some(idx) = find(cx.engine, &id) else {
                continue;
            };
            let cname = format!("Container {}", cx.engine.containers[idx].name);
            if cx.engine.containers[idx].state.is_active() {
                continue;
            }
            progress.event(&cname, Status::Working, "Starting");
            if let Err(e) = cx.engine.start_container(idx, true) {
                cx.out.err(progress.render(cx.ctx.width));
                return cx.daemon_error(&e);
            }
            progress.advance(START_MS);
            progress.event(&cname, Status::Done, "Started");
        }
    }
    if !any {
        return cx.fail("service \"\" has no container to start");
    }
    cx.out.err(progress.render(cx.ctx.width));
    0
}

/// `docker compose restart`.
pub fn restart(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    if let Some(e) = unknown_service(project, &args.rest) {
        return cx.fail(&e);
    }
    let timeout = args.val("timeout").and_then(|t| t.parse().ok());
    let mut list = stop_order(cx, project, &args.rest);
    list.reverse();
    let mut progress = Progress::new("Restarting");
    for id in ids(cx.engine, &list) {
        let Some(idx) = find(cx.engine, &id) else {
            continue;
        };
        if label(cx.engine, idx, L_ONEOFF) == Some("True") {
            continue;
        }
        let cname = format!("Container {}", cx.engine.containers[idx].name);
        progress.event(&cname, Status::Working, "Restart");
        let before = cx.engine.now();
        if let Err(e) = cx.engine.restart_container(idx, timeout, None) {
            cx.out.err(progress.render(cx.ctx.width));
            return cx.daemon_error(&e);
        }
        progress.advance((cx.engine.now() - before).max(0) + START_MS);
        progress.event(&cname, Status::Done, "Started");
    }
    cx.out.err(progress.render(cx.ctx.width));
    0
}

/// `docker compose rm`.
pub fn rm(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    if let Some(e) = unknown_service(project, &args.rest) {
        return cx.fail(&e);
    }
    let list = stop_order(cx, project, &args.rest);
    let list_ids = ids(cx.engine, &list);
    let mut progress = Progress::new("Stopping");
    if args.has("stop") {
        stop_all(cx, &list, None, &mut progress);
        cx.out.err(progress.render(cx.ctx.width));
    }
    let stopped: Vec<usize> = list_ids
        .iter()
        .filter_map(|id| find(cx.engine, id))
        .filter(|&i| !cx.engine.containers[i].state.is_active())
        .collect();
    if stopped.is_empty() {
        cx.out.err("No stopped containers\n");
        return 0;
    }
    let names: Vec<String> = stopped
        .iter()
        .map(|&i| cx.engine.containers[i].name.clone())
        .collect();
    let message = format!("Going to remove {}", names.join(", "));
    if args.has("confirmed") {
        // The learner answered the question already (the session reran the command).
    } else if args.has("force") {
        cx.out.out(format!("{message}\n"));
    } else {
        // Compose asks with a survey-style prompt on stdout.
        cx.out.out(format!("? {message} (y/N) "));
        match cx.ctx.answer.take() {
            Some(a) if matches!(a.trim(), "y" | "Y" | "yes" | "Yes") => {
                cx.out.out(format!("{a}\n"));
            }
            Some(a) => {
                cx.out.out(format!("{a}\n"));
                return 0;
            }
            None => {
                let mut argv = vec!["compose".to_string()];
                argv.extend(cx.argv.iter().cloned());
                argv.push("--confirmed".to_string());
                cx.ctx.request = Some(crate::cli::CliRequest::Confirm { argv });
                return 0;
            }
        }
    }
    let mut progress = Progress::new("Removing");
    for id in ids(cx.engine, &stopped) {
        let Some(idx) = find(cx.engine, &id) else {
            continue;
        };
        let cname = format!("Container {}", cx.engine.containers[idx].name);
        progress.event(&cname, Status::Working, "Removing");
        let typed = cx.engine.containers[idx].name.clone();
        let _ = cx
            .engine
            .remove_container(idx, false, args.has("volumes"), &typed);
        progress.advance(100);
        progress.event(&cname, Status::Done, "Removed");
    }
    cx.out.err(progress.render(cx.ctx.width));
    0
}

// ----- build, pull, push ---------------------------------------------------------------------

/// `docker compose build`.
pub fn build(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let selected = match select(project, &args.rest, true) {
        Ok(s) => s,
        Err(e) => return cx.fail(&e),
    };
    let order = dependency_order(&selected).unwrap_or_default();
    let ordered: Vec<&Service> = order
        .iter()
        .filter_map(|n| selected.iter().copied().find(|s| &s.name == n))
        .collect();
    match build_services(cx, project, &ordered, args) {
        Some(built) => {
            if !built.is_empty() {
                let mut progress = Progress::new("Building");
                for b in built {
                    progress.event(&b, Status::Done, "Built");
                }
                cx.out.err(progress.render(cx.ctx.width));
            }
            0
        }
        None => 1,
    }
}

/// `docker compose pull`.
pub fn pull(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let selected = match select(project, &args.rest, true) {
        Ok(s) => s,
        Err(e) => return cx.fail(&e),
    };
    if pull_images(cx, &selected, true, "Pulling") {
        0
    } else {
        1
    }
}

/// `docker compose push`.
pub fn push(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let selected = match select(project, &args.rest, true) {
        Ok(s) => s,
        Err(e) => return cx.fail(&e),
    };
    let mut progress = Progress::new("Pushing");
    for svc in selected {
        if svc.build.is_none() {
            continue;
        }
        let Some(image) = &svc.image else {
            continue;
        };
        let Ok(r) = reference::parse(image) else {
            continue;
        };
        let id = format!("Pushing {image}");
        match cx.engine.push(&r) {
            Ok(report) => {
                for (short, _) in report.layers.iter().rev() {
                    progress.event_full(short, Some(&id), "Pushed", Status::Done, "");
                }
                progress.event_full(&id, None, "Pushed", Status::Done, "");
            }
            Err(e) => {
                let message = match e {
                    crate::engine::distribution::PushError::NoLocalTag(t) => {
                        format!("An image does not exist locally with the tag: {t}")
                    }
                    crate::engine::distribution::PushError::Denied { message, .. } => message,
                };
                progress.event_full(&id, None, "Error", Status::Error, &message);
                cx.out.err(progress.render(cx.ctx.width));
                return cx.fail(&message);
            }
        }
    }
    cx.out.err(progress.render(cx.ctx.width));
    0
}

// ----- exec, run -----------------------------------------------------------------------------

/// `docker compose exec`.
pub fn exec(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let Some(service) = args.rest.first() else {
        return cx.usage("exec", "requires at least 2 arguments");
    };
    if !project.services.iter().any(|s| &s.name == service) {
        return cx.fail(&format!("no such service: {service}"));
    }
    let argv: Vec<String> = args.rest[1..].to_vec();
    if argv.is_empty() {
        return cx.usage("exec", "requires at least 2 arguments");
    }
    let index: usize = args.val("index").and_then(|i| i.parse().ok()).unwrap_or(1);
    let running: Vec<usize> = service_containers(cx.engine, &project.name, service)
        .into_iter()
        .filter(|&i| cx.engine.containers[i].state.is_active())
        .collect();
    let Some(&idx) = running.get(index.saturating_sub(1)) else {
        return cx.fail(&format!("service \"{service}\" is not running"));
    };
    let tty = !args.has("no-TTY");
    let env: Vec<String> = args.vals("env").iter().map(|s| s.to_string()).collect();
    let workdir = args.val("workdir").map(str::to_string);
    match cx.engine.exec(
        idx,
        &argv,
        &env,
        workdir.as_deref(),
        tty,
        !args.has("detach"),
    ) {
        Err(e) => cx.daemon_error(&e),
        Ok(outcome) => {
            if outcome.interactive_shell {
                cx.ctx.request = Some(crate::cli::CliRequest::Attach {
                    container: cx.engine.containers[idx].id.clone(),
                    exec: true,
                    program: argv[0].clone(),
                });
                return 0;
            }
            cx.out.extend(outcome.output);
            outcome.status
        }
    }
}

/// `docker compose run`.
pub fn run(cx: &mut Cx, project: &mut Project, args: &Args) -> i32 {
    let Some(service) = args.rest.first().cloned() else {
        return cx.usage("run", "requires at least 1 argument");
    };
    if !project.services.iter().any(|s| s.name == service) {
        return cx.fail(&format!("no such service: {service}"));
    }
    // Dependencies come up first (quietly when already running).
    let deps: Vec<String> = project
        .services
        .iter()
        .find(|s| s.name == service)
        .map(|s| s.depends_on.iter().map(|d| d.service.clone()).collect())
        .unwrap_or_default();
    if !args.has("no-deps") && !deps.is_empty() {
        let opts = UpOptions {
            detach: true,
            ..UpOptions::default()
        };
        let code = up(cx, project, &deps, &opts, args);
        if code != 0 {
            return code;
        }
    } else {
        let only: Vec<&Service> = project
            .services
            .iter()
            .filter(|s| s.name == service)
            .collect();
        let mut progress = Progress::new("Creating");
        let mut created = Vec::new();
        let shown = ensure_resources(cx, project, &only, &mut progress, &mut created);
        cx.out.err(progress.render(cx.ctx.width));
        if let Err(code) = shown {
            return code;
        }
    }
    let project = &*project;
    let Some(svc) = project.services.iter().find(|s| s.name == service) else {
        return 1;
    };
    let mut svc = svc.clone();
    let cmd: Vec<String> = args.rest[1..].to_vec();
    if !cmd.is_empty() {
        svc.command = Some(cmd);
    }
    if let Some(ep) = args.val("entrypoint") {
        svc.entrypoint = Some(super::model::shell_split(ep));
    }
    if !args.has("service-ports") {
        svc.ports.clear();
    }
    for p in args.vals("publish") {
        if let Ok(ports) = super::model::parse_port(p) {
            svc.ports.extend(ports);
        }
    }
    for e in args.vals("env") {
        let (k, v) = e.split_once('=').unwrap_or((e, ""));
        svc.environment.retain(|(x, _)| x != k);
        svc.environment.push((k.to_string(), Some(v.to_string())));
    }
    if let Some(w) = args.val("workdir") {
        svc.working_dir = Some(w.to_string());
    }
    if let Some(u) = args.val("user") {
        svc.user = Some(u.to_string());
    }
    svc.restart = None;
    let image = svc.image_name(&project.name);
    if cx.engine.find_image(&image).is_none() {
        if svc.build.is_some() {
            if build_services(cx, project, &[&svc], args).is_none() {
                return 1;
            }
        } else if !pull_images(cx, &[&svc], false, "Running") {
            return 1;
        }
    }
    let image_id = cx.engine.find_image(&image).unwrap_or_default();
    let suffix = cx.engine.rng.hex(6);
    let name = args
        .val("name")
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}-{}-run-{suffix}", project.name, svc.name));
    let mut spec = container_spec(project, &svc, 1, &image_id, Some(&name));
    spec.auto_remove = args.has("rm");
    spec.tty = !args.has("no-TTY") && !args.has("detach");
    spec.interactive = !args.has("detach");
    let id = match cx.engine.create_container(&spec) {
        Ok(id) => id,
        Err(e) => return cx.daemon_error(&e),
    };
    let Some(idx) = find(cx.engine, &id) else {
        return 1;
    };
    let detach = args.has("detach");
    match cx.engine.start_container(idx, detach) {
        Err(e) => cx.daemon_error(&e),
        Ok(outcome) => {
            if detach {
                cx.out.out(format!("{name}\n"));
                return 0;
            }
            let logs: Vec<(Stream, String)> = match find(cx.engine, &id) {
                Some(i) => cx.engine.containers[i]
                    .logs
                    .iter()
                    .map(|l| (l.stream, l.text.clone()))
                    .collect(),
                None => cx
                    .engine
                    .take_auto_removed_logs(&id)
                    .unwrap_or_default()
                    .iter()
                    .map(|l| (l.stream, l.text.clone()))
                    .collect(),
            };
            for (s, t) in logs {
                cx.out.push(s, &t);
            }
            match outcome {
                StartOutcome::Exited(code) => code,
                _ => {
                    if let Some(i) = find(cx.engine, &id) {
                        if cx.engine.containers[i].interactive_shell {
                            let program = cx.engine.containers[i].path.clone();
                            cx.ctx.request = Some(crate::cli::CliRequest::Attach {
                                container: id,
                                exec: false,
                                program,
                            });
                        }
                    }
                    0
                }
            }
        }
    }
}

/// The error kind compose failures are recorded with.
pub fn compose_error(message: &str) -> ErrorKind {
    ErrorKind::ComposeInvalid {
        message: message.to_string(),
    }
}

// ----- kill, pause, unpause, port ------------------------------------------------------------

/// `docker compose kill`, `pause` and `unpause`: one engine call per running container, with
/// compose's `Killing`/`Pausing`/`Unpausing` screens.
pub fn signal_all(cx: &mut Cx, project: &Project, args: &Args, what: &str) -> i32 {
    if let Some(e) = unknown_service(project, &args.rest) {
        return cx.fail(&e);
    }
    let list = stop_order(cx, project, &args.rest);
    let (title, done) = match what {
        "kill" => ("Killing", "Killed"),
        "pause" => ("Pausing", "Paused"),
        _ => ("Unpausing", "Unpaused"),
    };
    let mut progress = Progress::new(title);
    let signal = args.val("signal").unwrap_or("SIGKILL").to_string();
    for id in ids(cx.engine, &list) {
        let Some(idx) = find(cx.engine, &id) else {
            continue;
        };
        let state = cx.engine.containers[idx].state;
        let wanted = match what {
            "unpause" => state == ContainerState::Paused,
            "pause" => state == ContainerState::Running,
            _ => state.is_active(),
        };
        if !wanted {
            continue;
        }
        let cname = format!("Container {}", cx.engine.containers[idx].name);
        let typed = cx.engine.containers[idx].name.clone();
        let result = match what {
            "kill" => cx.engine.kill_container(idx, &signal, &typed),
            "pause" => cx.engine.pause_container(idx),
            _ => cx.engine.unpause_container(idx),
        };
        match result {
            Ok(()) => progress.event(&cname, Status::Done, done),
            Err(e) => {
                progress.event(&cname, Status::Error, "Error");
                cx.out.err(progress.render(cx.ctx.width));
                return cx.daemon_error(&e);
            }
        }
    }
    if progress.is_empty() && what == "kill" {
        cx.out.err("no container to kill");
        return 0;
    }
    cx.out.err(progress.render(cx.ctx.width));
    0
}

/// `docker compose port SERVICE PRIVATE_PORT`: the host address a container port is published on.
pub fn port(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let (Some(service), Some(private)) = (args.rest.first(), args.rest.get(1)) else {
        let got = args.rest.len();
        return cx.fail(&format!("requires at least 2 arg(s), only received {got}"));
    };
    if !project.services.iter().any(|s| &s.name == service) {
        return cx.fail(&format!("no such service: {service}"));
    }
    let proto = args.val("protocol").unwrap_or("tcp");
    let index: usize = args.val("index").and_then(|i| i.parse().ok()).unwrap_or(1);
    let Ok(target) = private.parse::<u16>() else {
        return cx.fail(&format!("invalid port: {private}"));
    };
    let list = service_containers(cx.engine, &project.name, service);
    let Some(&idx) = list.get(index.saturating_sub(1)) else {
        return cx.fail(&format!("service \"{service}\" is not running"));
    };
    let c = &cx.engine.containers[idx];
    let bound = c
        .ports
        .iter()
        .find(|p| p.container_port == target && p.proto == proto && p.host_port != 0);
    match bound {
        Some(p) if c.state.is_active() => {
            let ip = if p.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                p.host_ip.as_str()
            };
            cx.out.out(format!("{ip}:{}\n", p.host_port));
            0
        }
        _ => {
            // Compose lists the container's public ports (IPv4 and IPv6 entries alike).
            let mut public: Vec<String> = Vec::new();
            if c.state.is_active() {
                for p in &c.ports {
                    let n = if p.host_ip.is_empty() { 2 } else { 1 };
                    for _ in 0..n {
                        public.push(format!("{}/{}", p.host_port, p.proto));
                    }
                }
            }
            let message = format!(
                "no port {target}/{proto} for container {}: {}",
                c.name,
                public.join(", ")
            );
            cx.fail(&message)
        }
    }
}
