//! The container life cycle: create, start, stop, kill, pause, restart, remove, rename.

use std::collections::{BTreeMap, BTreeSet};

use super::container::*;
use super::error::DaemonError;
use super::event::{ErrorKind, Event, ExitReason};
use super::Engine;

/// What `docker create` / `docker run` ask the daemon for (already parsed by the client).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContainerSpec {
    /// The image as typed.
    pub image: String,
    /// `--name`.
    pub name: Option<String>,
    /// The arguments after the image (replace the image's CMD when not empty).
    pub cmd: Vec<String>,
    /// `--entrypoint` (an empty string clears the image's entrypoint).
    pub entrypoint: Option<String>,
    /// `-e KEY=value`.
    pub env: Vec<String>,
    /// `-w`.
    pub workdir: Option<String>,
    /// `-u`.
    pub user: Option<String>,
    /// `-p`.
    pub publish: Vec<PortBinding>,
    /// `-P`.
    pub publish_all: bool,
    /// `--expose`.
    pub expose: Vec<String>,
    /// `-t`.
    pub tty: bool,
    /// `-i`.
    pub interactive: bool,
    /// `--rm`.
    pub auto_remove: bool,
    /// `--restart`.
    pub restart: RestartPolicy,
    /// `--network`.
    pub network: Option<String>,
    /// `--network-alias`.
    pub network_aliases: Vec<String>,
    /// `-v` / `--mount`.
    pub mounts: Vec<Mount>,
    /// `--hostname`.
    pub hostname: Option<String>,
    /// `-l`.
    pub labels: BTreeMap<String, String>,
    /// `--stop-signal`.
    pub stop_signal: Option<String>,
    /// `--stop-timeout`.
    pub stop_timeout: Option<i64>,
    /// The host side: limits, DNS, capabilities, `--init`, `--read-only`… (`HostConfig`).
    pub host: super::hostconfig::HostSettings,
    /// `--health-*` / `--no-healthcheck`: fields set here override the image's HEALTHCHECK.
    pub healthcheck: Option<crate::image::Healthcheck>,
    /// An entrypoint of several words (compose's `entrypoint: [sh, -c]`, the API's form);
    /// it wins over `entrypoint`.
    pub entrypoint_argv: Option<Vec<String>>,
}

/// How a start went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartOutcome {
    /// The main process runs (a service, a sleeping process, or an interactive shell).
    Running,
    /// The main process ended at once with this code (its output is in the logs).
    Exited(i32),
    /// It was already running: nothing to do.
    AlreadyRunning,
}

/// What the main process did when it was launched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    /// Keeps running.
    Running,
    /// Ended with a code.
    Exited(i32),
    /// The executable does not exist (exit 127) or cannot run (126).
    NotFound(String, i32),
}

/// Valid container names: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
pub fn valid_container_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() >= 2
        && bytes[0].is_ascii_alphanumeric()
        && bytes[1..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// A signal's number, for exit codes (128 + n).
pub fn signal_number(signal: &str) -> Option<i32> {
    let name = signal.trim().to_ascii_uppercase();
    let name = name.strip_prefix("SIG").unwrap_or(&name);
    Some(match name {
        "HUP" => 1,
        "INT" => 2,
        "QUIT" => 3,
        "ILL" => 4,
        "TRAP" => 5,
        "ABRT" => 6,
        "BUS" => 7,
        "FPE" => 8,
        "KILL" => 9,
        "USR1" => 10,
        "SEGV" => 11,
        "USR2" => 12,
        "PIPE" => 13,
        "ALRM" => 14,
        "TERM" => 15,
        "CHLD" => 17,
        "CONT" => 18,
        "STOP" => 19,
        "TSTP" => 20,
        "WINCH" => 28,
        n => return n.parse().ok().filter(|n| (1..=64).contains(n)),
    })
}

/// The canonical `SIGNAME` for a signal given by name or number.
pub fn signal_name(signal: &str) -> Option<String> {
    let n = signal_number(signal)?;
    Some(
        match n {
            1 => "SIGHUP",
            2 => "SIGINT",
            3 => "SIGQUIT",
            4 => "SIGILL",
            5 => "SIGTRAP",
            6 => "SIGABRT",
            7 => "SIGBUS",
            8 => "SIGFPE",
            9 => "SIGKILL",
            10 => "SIGUSR1",
            11 => "SIGSEGV",
            12 => "SIGUSR2",
            13 => "SIGPIPE",
            14 => "SIGALRM",
            15 => "SIGTERM",
            17 => "SIGCHLD",
            18 => "SIGCONT",
            19 => "SIGSTOP",
            20 => "SIGTSTP",
            28 => "SIGWINCH",
            _ => return Some(format!("SIG{n}")),
        }
        .to_string(),
    )
}

/// The healthcheck a container runs: the fields `--health-*` set, the rest from the image's
/// HEALTHCHECK (`--no-healthcheck` is a test of `["NONE"]`).
fn merge_healthcheck(
    flags: Option<&crate::image::Healthcheck>,
    image: Option<&crate::image::Healthcheck>,
) -> Option<crate::image::Healthcheck> {
    let Some(flags) = flags else {
        return image.cloned();
    };
    let base = image.cloned().unwrap_or_default();
    let pick = |a: i64, b: i64| if a != 0 { a } else { b };
    Some(crate::image::Healthcheck {
        test: if flags.test.is_empty() {
            base.test.clone()
        } else {
            flags.test.clone()
        },
        interval: pick(flags.interval, base.interval),
        timeout: pick(flags.timeout, base.timeout),
        start_period: pick(flags.start_period, base.start_period),
        start_interval: pick(flags.start_interval, base.start_interval),
        retries: pick(flags.retries, base.retries),
    })
}

impl Engine {
    /// `docker create`: a new container in the `created` state. The image must be local.
    pub fn create_container(&mut self, spec: &ContainerSpec) -> Result<String, DaemonError> {
        let image_id = self.find_image(&spec.image).ok_or_else(|| {
            let shown = crate::image::reference::parse(&spec.image)
                .map(|r| r.with_default_tag().familiar())
                .unwrap_or_else(|_| spec.image.clone());
            DaemonError::no_such_image(&shown)
        })?;
        if self.containers.len() >= self.container_limit {
            return Err(DaemonError::other(format!(
                "dockling: this session already holds {} containers, the most it keeps; remove some with `docker container prune`",
                self.containers.len()
            )));
        }
        if let Some(name) = &spec.name {
            let name = name.trim_start_matches('/');
            if !valid_container_name(name) {
                return Err(DaemonError::other(format!(
                    "Invalid container name ({name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
                )));
            }
            if let Some(holder) = self.containers.iter().find(|c| c.name == name) {
                return Err(DaemonError::new(
                    format!("Conflict. The container name \"/{name}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.", holder.id),
                    ErrorKind::NameConflict { name: name.to_string(), holder: holder.name.clone() },
                ));
            }
        }
        super::resources::check_memory(spec.host.memory, spec.host.memory_swap)?;
        let network_mode = spec.network.clone().unwrap_or_else(|| "bridge".to_string());
        let network_key = match network_mode.as_str() {
            "default" => "bridge".to_string(),
            other => other.to_string(),
        };
        if !network_key.starts_with("container:") && !self.networks.contains_key(&network_key) {
            return Err(DaemonError::other(format!(
                "network {network_mode} not found"
            )));
        }

        let image_config = self.images[&image_id].image.config.clone();
        let mut env = image_config.env.clone();
        for kv in &spec.env {
            let (key, _) = kv.split_once('=').unwrap_or((kv.as_str(), ""));
            if !kv.contains('=') {
                // `-e KEY` without a value takes it from the client's environment; the
                // learner's machine has none of these set, so Docker leaves it out.
                continue;
            }
            match env
                .iter_mut()
                .find(|e| e.split_once('=').map(|(k, _)| k) == Some(key))
            {
                Some(slot) => *slot = kv.clone(),
                None => env.push(kv.clone()),
            }
        }
        let typed_entrypoint = match &spec.entrypoint_argv {
            Some(words) => Some(words.clone()),
            None => spec.entrypoint.as_ref().map(|ep| {
                if ep.is_empty() {
                    Vec::new()
                } else {
                    vec![ep.clone()]
                }
            }),
        };
        let (entrypoint, cmd) = match &typed_entrypoint {
            Some(ep) => {
                let ep: Option<Vec<String>> = if ep.is_empty() {
                    None
                } else {
                    Some(ep.clone())
                };
                let cmd = (!spec.cmd.is_empty()).then(|| spec.cmd.clone());
                (ep, cmd)
            }
            None => {
                let cmd = if spec.cmd.is_empty() {
                    image_config.cmd.clone()
                } else {
                    Some(spec.cmd.clone())
                };
                (image_config.entrypoint.clone(), cmd)
            }
        };
        let argv: Vec<String> = entrypoint
            .iter()
            .flatten()
            .chain(cmd.iter().flatten())
            .cloned()
            .collect();
        let Some((path, args)) = argv.split_first() else {
            return Err(DaemonError::other("no command specified"));
        };

        let mut exposed: BTreeSet<String> = image_config.exposed_ports.keys().cloned().collect();
        // `--expose 7000-7002/udp` exposes each port of the range.
        for e in &spec.expose {
            let (ports, proto) = e.split_once('/').unwrap_or((e.as_str(), "tcp"));
            let (first, last) = ports.split_once('-').unwrap_or((ports, ports));
            match (first.parse::<u16>(), last.parse::<u16>()) {
                (Ok(a), Ok(b)) if a <= b => {
                    for port in a..=b {
                        exposed.insert(format!("{port}/{proto}"));
                    }
                }
                _ => {
                    exposed.insert(format!("{ports}/{proto}"));
                }
            }
        }
        for p in &spec.publish {
            exposed.insert(format!("{}/{}", p.container_port, p.proto));
        }

        // `-v /path` and `--mount target=/path` name no volume: the daemon makes an anonymous
        // one (drawn before the container's ID, as it always was); a bind mount's missing
        // host directory is created.
        let mut mounts = spec.mounts.clone();
        for m in &mut mounts {
            match &m.source {
                MountSource::Volume(v) if v.is_empty() => {
                    m.source = MountSource::Volume(self.rng.id64());
                }
                MountSource::Bind(src) if !self.host_fs.exists(src) => {
                    let _ = self.host_fs.mkdir_all(src);
                }
                _ => {}
            }
        }

        let dns = self.dns_settings(spec, &network_key)?;
        let endpoints = self.initial_endpoints(&network_key, &spec.network_aliases);
        let id = self.new_container_id();
        let name = match &spec.name {
            Some(n) => n.trim_start_matches('/').to_string(),
            None => self.new_container_name(&id[..12]),
        };

        // `Config.Volumes`: the anonymous `-v /path` targets and the image's VOLUMEs.
        let mut config_volumes: Vec<String> = spec
            .mounts
            .iter()
            .filter(|m| m.source == MountSource::Volume(String::new()))
            .map(|m| m.target.clone())
            .collect();
        for target in image_config.volumes.iter().flat_map(|v| v.keys()) {
            if !config_volumes.contains(target) {
                config_volumes.push(target.clone());
            }
        }
        crate::sort::sort_by_key(&mut config_volumes, |v| v.clone());
        // `--tmpfs /path` mounts a memory filesystem there.
        for (target, _) in &spec.host.tmpfs {
            mounts.push(Mount {
                source: MountSource::Tmpfs,
                target: crate::vfs::normalize("/", target),
                read_only: false,
            });
        }

        // Mounts: named volumes are created on demand, image VOLUMEs become anonymous volumes.
        for target in image_config.volumes.iter().flat_map(|v| v.keys()) {
            if !mounts.iter().any(|m| m.target == *target) {
                let volume = self.rng.id64();
                mounts.push(Mount {
                    source: MountSource::Volume(volume),
                    target: target.clone(),
                    read_only: false,
                });
            }
        }
        for mount in &mounts {
            if let MountSource::Volume(volume) = &mount.source {
                if !self.volumes.contains_key(volume) {
                    let anonymous =
                        volume.len() == 64 && volume.bytes().all(|b| b.is_ascii_hexdigit());
                    self.create_volume_named(volume, anonymous, BTreeMap::new());
                }
            }
        }

        let seq = self.container_seq();
        let now = self.now();
        let command_line = {
            let mut c = Container {
                id: id.clone(),
                name: name.clone(),
                image_id: image_id.clone(),
                seq,
                created_ms: now,
                started_ms: None,
                finished_ms: None,
                state: ContainerState::Created,
                exit_code: 0,
                restart_count: 0,
                path: path.clone(),
                args: args.to_vec(),
                config: ContainerConfig {
                    hostname: spec
                        .hostname
                        .clone()
                        .unwrap_or_else(|| id[..12].to_string()),
                    env,
                    cmd,
                    entrypoint,
                    working_dir: spec
                        .workdir
                        .clone()
                        .unwrap_or_else(|| image_config.working_dir.clone()),
                    user: spec
                        .user
                        .clone()
                        .unwrap_or_else(|| image_config.user.clone()),
                    tty: spec.tty,
                    open_stdin: spec.interactive,
                    exposed_ports: exposed,
                    labels: {
                        let mut labels = image_config.labels.clone().unwrap_or_default();
                        labels.extend(spec.labels.clone());
                        labels
                    },
                    stop_signal: spec
                        .stop_signal
                        .clone()
                        .or_else(|| image_config.stop_signal.clone())
                        .unwrap_or_else(|| "SIGTERM".to_string()),
                    stop_timeout: spec.stop_timeout,
                    image: spec.image.clone(),
                },
                ports: spec.publish.clone(),
                publish_all: spec.publish_all,
                restart: spec.restart,
                auto_remove: spec.auto_remove,
                mounts,
                network_mode: network_key,
                networks: endpoints,
                writable: Default::default(),
                logs: Vec::new(),
                service: None,
                ends_at: None,
                ends_with: 0,
                stopped_by_user: false,
                interactive_shell: false,
                restart_at: None,
                healthcheck: merge_healthcheck(
                    spec.healthcheck.as_ref(),
                    image_config.healthcheck.as_ref(),
                ),
                health_state: None,
                host: spec.host.clone(),
                config_volumes,
                oom_killed: false,
                stdin: Vec::new(),
                dns,
            };
            c.config.exposed_ports.retain(|p| !p.is_empty());
            let line = c.command_line();
            self.containers.push(c);
            line
        };
        self.emit(Event::ContainerCreated {
            id: id.clone(),
            name,
            image: spec.image.clone(),
            command: command_line,
            generated_name: spec.name.is_none(),
        });
        self.emit_name_events(&id);
        Ok(id)
    }

    /// Host ports held by running containers other than `except`.
    fn ports_in_use(&self, except: usize) -> BTreeMap<(u16, String), usize> {
        let mut used = BTreeMap::new();
        for (i, c) in self.containers.iter().enumerate() {
            if i == except || !c.state.is_active() {
                continue;
            }
            for p in &c.ports {
                if p.host_port != 0 {
                    used.insert((p.host_port, p.proto.clone()), i);
                }
            }
        }
        used
    }

    /// Binds the container's ports, allocating ephemeral ones; fails on a taken port.
    fn bind_ports(&mut self, idx: usize) -> Result<(), DaemonError> {
        let used = self.ports_in_use(idx);
        let mut requested = self.containers[idx].ports.clone();
        if self.containers[idx].publish_all {
            for exposed in &self.containers[idx].config.exposed_ports {
                let (port, proto) = exposed.split_once('/').unwrap_or((exposed, "tcp"));
                let Ok(port) = port.parse::<u16>() else {
                    continue;
                };
                if !requested
                    .iter()
                    .any(|p| p.container_port == port && p.proto == proto)
                {
                    requested.push(PortBinding {
                        host_ip: String::new(),
                        host_port: 0,
                        container_port: port,
                        proto: proto.to_string(),
                    });
                }
            }
        }
        // Requested ports were given by the learner; keep ephemeral ones separate so a
        // restart allocates again, as Docker does.
        let mut taken: BTreeSet<(u16, String)> = used.keys().cloned().collect();
        for binding in requested.iter_mut() {
            if binding.host_port == 0 {
                let mut port = 32768u16;
                while taken.contains(&(port, binding.proto.clone())) && port < u16::MAX {
                    port += 1;
                }
                binding.host_port = port;
            } else if let Some(&holder) = used.get(&(binding.host_port, binding.proto.clone())) {
                let c = &self.containers[idx];
                let ip = if binding.host_ip.is_empty() {
                    "0.0.0.0"
                } else {
                    binding.host_ip.as_str()
                };
                let endpoint = c
                    .networks
                    .values()
                    .next()
                    .map(|e| e.endpoint_id.clone())
                    .filter(|e| !e.is_empty())
                    .unwrap_or_else(|| self.containers[idx].id.chars().rev().collect());
                return Err(DaemonError::new(
                    format!(
                        "failed to set up container networking: driver failed programming external connectivity on endpoint {} ({endpoint}): Bind for {ip}:{} failed: port is already allocated",
                        c.name, binding.host_port
                    ),
                    ErrorKind::PortAllocated {
                        host_port: binding.host_port,
                        holder: self.containers[holder].name.clone(),
                    },
                ));
            }
            taken.insert((binding.host_port, binding.proto.clone()));
        }
        self.containers[idx].ports = requested;
        Ok(())
    }

    /// Attaches a started container to its network, giving it an address.
    pub(crate) fn connect_endpoint(&mut self, idx: usize, network: &str, aliases: Vec<String>) {
        let Some(net) = self.networks.get_mut(network) else {
            return;
        };
        if net.driver != "bridge" {
            self.containers[idx].networks.insert(
                network.to_string(),
                Endpoint {
                    ip: String::new(),
                    aliases,
                    endpoint_id: String::new(),
                    mac: String::new(),
                },
            );
            return;
        }
        let prefix = net
            .subnet
            .rsplitn(3, '.')
            .nth(2)
            .unwrap_or("172.17")
            .to_string();
        // Docker's IPAM hands out the lowest free address (released ones come back).
        let mut used: Vec<u32> = Vec::new();
        for c in &self.containers {
            if let Some(e) = c.networks.get(network) {
                if !e.ip.is_empty() {
                    used.push(host_part(&e.ip));
                }
            }
        }
        // Sorted, the lowest free one is the first gap: linear after the sort, where asking
        // `contains` for each candidate was quadratic in the containers on the network.
        used.sort_unstable();
        used.dedup();
        let mut host = 2;
        for &u in &used {
            if u == host {
                host += 1;
            } else if u > host {
                break;
            }
        }
        let host = if host < 65_534 { host } else { 2 };
        net.next_host = net.next_host.max(host + 1);
        let ip = format!("{prefix}.{}.{}", host / 256, host % 256);
        let endpoint_id = self.rng.id64();
        let mac = format!(
            "02:42:ac:{:02x}:{:02x}:{:02x}",
            17 + (host >> 16) as u8 as u32,
            (host >> 8) & 0xff,
            host & 0xff
        );
        self.containers[idx].networks.insert(
            network.to_string(),
            Endpoint {
                ip,
                aliases,
                endpoint_id,
                mac,
            },
        );
    }

    /// `docker start`: launches the main process.
    pub fn start_container(
        &mut self,
        idx: usize,
        detached: bool,
    ) -> Result<StartOutcome, DaemonError> {
        match self.containers[idx].state {
            ContainerState::Running | ContainerState::Restarting => {
                return Ok(StartOutcome::AlreadyRunning)
            }
            ContainerState::Paused => {
                return Err(DaemonError::other(
                    "cannot start a paused container, try unpause instead",
                ))
            }
            ContainerState::Dead => {
                return Err(DaemonError::other(format!(
                    "container {} is marked for removal and cannot be started",
                    self.containers[idx].id
                )))
            }
            ContainerState::Created | ContainerState::Exited => {}
        }
        let saved_ports = self.containers[idx].ports.clone();
        if let Err(e) = self.bind_ports(idx) {
            self.containers[idx].ports = saved_ports;
            return Err(e);
        }
        let mode = self.containers[idx].network_mode.clone();
        let mut attached: Vec<(String, Vec<String>)> = self.containers[idx]
            .networks
            .iter()
            .map(|(n, e)| (n.clone(), e.aliases.clone()))
            .collect();
        if attached.is_empty() && self.networks.contains_key(&mode) {
            attached.push((mode, Vec::new()));
        }
        for (network, aliases) in attached {
            self.connect_endpoint(idx, &network, aliases);
        }
        let now = self.now();
        {
            let c = &mut self.containers[idx];
            c.started_ms = Some(now);
            c.stopped_by_user = false;
            c.restart_at = None;
            c.oom_killed = false;
        }
        match self.launch(idx) {
            Launch::NotFound(message, code) => {
                let c = &mut self.containers[idx];
                c.exit_code = code;
                c.ports = saved_ports;
                for endpoint in c.networks.values_mut() {
                    endpoint.ip.clear();
                }
                let program = c.path.clone();
                if c.started_ms == Some(now) && c.finished_ms.is_none() {
                    c.started_ms = None;
                }
                c.state = if c.finished_ms.is_some() {
                    ContainerState::Exited
                } else {
                    ContainerState::Created
                };
                let auto_remove = c.auto_remove;
                if auto_remove {
                    self.remove_container_at(idx, true, true);
                }
                Err(DaemonError::new(
                    format!("failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: {message}: unknown"),
                    ErrorKind::ExecutableNotFound { program },
                ))
            }
            launch => {
                let (id, name, interactive) = {
                    let c = &mut self.containers[idx];
                    c.state = ContainerState::Running;
                    (
                        c.id.clone(),
                        c.name.clone(),
                        c.config.tty && c.config.open_stdin,
                    )
                };
                self.emit(Event::ContainerStarted {
                    id,
                    name: name.clone(),
                    detached,
                    interactive,
                });
                self.start_health_monitor(idx);
                let ports = self.containers[idx].ports.clone();
                for p in ports {
                    self.emit(Event::PortPublished {
                        container: name.clone(),
                        host_ip: if p.host_ip.is_empty() {
                            "0.0.0.0".to_string()
                        } else {
                            p.host_ip.clone()
                        },
                        host_port: p.host_port,
                        container_port: p.container_port,
                        proto: p.proto.clone(),
                    });
                }
                let listening = match &self.containers[idx].service {
                    Some(crate::runtime::programs::Service::App(app)) => {
                        Some((app.pid1_name().to_string(), app.ports(), app.loopback()))
                    }
                    // The registry is a server like any other: say where it listens.
                    Some(crate::runtime::programs::Service::Registry(r)) => {
                        Some(("registry".to_string(), vec![r.port], false))
                    }
                    _ => None,
                };
                if let Some((program, ports, loopback)) = listening {
                    self.emit(Event::ServerListening {
                        container: name.clone(),
                        program,
                        ports,
                        loopback,
                    });
                }
                match launch {
                    Launch::Exited(code) => {
                        self.process_exited(idx, code, ExitReason::Finished);
                        Ok(StartOutcome::Exited(code))
                    }
                    _ if self.enforce_memory_limit(idx) => Ok(StartOutcome::Exited(137)),
                    _ => Ok(StartOutcome::Running),
                }
            }
        }
    }

    /// Records that the main process ended: the container is `exited`, ports are released,
    /// and the restart policy or `--rm` take effect.
    pub fn process_exited(&mut self, idx: usize, code: i32, reason: ExitReason) {
        let now = self.now();
        let (id, name, ports) = {
            let c = &mut self.containers[idx];
            c.state = ContainerState::Exited;
            c.exit_code = code;
            c.finished_ms = Some(now);
            c.service = None;
            c.ends_at = None;
            c.interactive_shell = false;
            for endpoint in c.networks.values_mut() {
                endpoint.ip.clear();
                endpoint.endpoint_id.clear();
                endpoint.mac.clear();
            }
            let ports: Vec<u16> = c.ports.iter().map(|p| p.host_port).collect();
            // Ephemeral ports are handed out again at the next start.
            if c.publish_all {
                c.ports.retain(|p| p.host_port != 0);
            }
            (c.id.clone(), c.name.clone(), ports)
        };
        self.stop_health_monitor(idx);
        self.emit(Event::ContainerExited {
            id: id.clone(),
            name: name.clone(),
            exit_code: code,
            reason,
        });
        for host_port in ports {
            self.emit(Event::PortReleased {
                container: name.clone(),
                host_port,
            });
        }
        let c = &self.containers[idx];
        let restart = match c.restart {
            RestartPolicy::No => false,
            RestartPolicy::Always => !c.stopped_by_user,
            RestartPolicy::UnlessStopped => !c.stopped_by_user,
            RestartPolicy::OnFailure(max) => {
                !c.stopped_by_user && code != 0 && (max == 0 || c.restart_count < max)
            }
        };
        if restart && !c.auto_remove {
            // Docker waits 100 ms before the first restart and doubles the delay each time.
            let delay = 100i64 << c.restart_count.min(10);
            let c = &mut self.containers[idx];
            c.state = ContainerState::Restarting;
            c.restart_at = Some(now + delay);
        } else if c.auto_remove {
            self.remove_container_at(idx, true, true);
        }
    }

    /// Runs what is due at the current virtual time: processes that end by themselves,
    /// restarts scheduled by restart policies, and health probes. Bounded per call.
    pub fn tick(&mut self) {
        let now = self.now();
        for _ in 0..64 {
            // Health probes run in time order with the rest: up to the next other thing due.
            let other = self
                .containers
                .iter()
                .filter_map(|c| match c.state {
                    ContainerState::Running => c.ends_at,
                    ContainerState::Restarting => c.restart_at,
                    _ => None,
                })
                .filter(|t| *t <= now)
                .min();
            if let Some((at, idx)) = self.due_probe(other.unwrap_or(now)) {
                if other.is_none_or(|o| at < o) {
                    self.run_probes(idx, other.map(|o| o - 1).unwrap_or(now));
                    continue;
                }
            }
            // The earliest thing due happens first, at its own time.
            let due = self
                .containers
                .iter()
                .enumerate()
                .filter_map(|(i, c)| match c.state {
                    ContainerState::Running => c.ends_at.filter(|t| *t <= now).map(|t| (t, i)),
                    ContainerState::Restarting => {
                        c.restart_at.filter(|t| *t <= now).map(|t| (t, i))
                    }
                    _ => None,
                })
                .min();
            let Some((at, idx)) = due else { break };
            self.clock.now_ms = at;
            if self.containers[idx].state == ContainerState::Running {
                let code = self.containers[idx].ends_with;
                self.process_exited(idx, code, ExitReason::Finished);
            } else {
                let policy = self.containers[idx].restart.name().to_string();
                let c = &mut self.containers[idx];
                c.restart_count += 1;
                c.state = ContainerState::Exited;
                let (id, name) = (c.id.clone(), c.name.clone());
                self.emit(Event::ContainerRestartedByPolicy { id, name, policy });
                if self.start_container(idx, true).is_err() {
                    break;
                }
            }
        }
        self.clock.now_ms = now;
    }

    /// Delivers a signal to a running main process and applies its effect.
    /// Returns true when the process ended.
    pub fn deliver_signal(&mut self, idx: usize, signal: &str) -> bool {
        let now = self.now();
        let signal = signal_name(signal).unwrap_or_else(|| signal.to_string());
        let (id, name) = {
            let c = &self.containers[idx];
            (c.id.clone(), c.name.clone())
        };
        if signal == "SIGKILL" {
            self.emit(Event::ContainerSignalled {
                id,
                name,
                signal: signal.clone(),
                ignored: false,
            });
            self.process_exited(idx, 137, ExitReason::KilledBySignal { signal });
            return true;
        }
        let effect = self.signal_effect(idx, &signal, now);
        self.emit(Event::ContainerSignalled {
            id,
            name,
            signal: signal.clone(),
            ignored: effect.is_none(),
        });
        match effect {
            Some((code, handled)) => {
                let reason = if handled {
                    ExitReason::HandledSignal { signal }
                } else {
                    ExitReason::KilledBySignal { signal }
                };
                self.process_exited(idx, code, reason);
                true
            }
            None => false,
        }
    }

    /// `docker stop`: the stop signal, the grace period, then SIGKILL.
    pub fn stop_container(&mut self, idx: usize, timeout: Option<i64>, signal: Option<&str>) {
        let state = self.containers[idx].state;
        if state == ContainerState::Restarting {
            let c = &mut self.containers[idx];
            c.stopped_by_user = true;
            c.state = ContainerState::Exited;
            c.restart_at = None;
            return;
        }
        if !matches!(state, ContainerState::Running | ContainerState::Paused) {
            return;
        }
        self.containers[idx].stopped_by_user = true;
        if state == ContainerState::Paused {
            self.containers[idx].state = ContainerState::Running;
        }
        let stop_id = self.containers[idx].id.clone();
        let signal = signal
            .map(str::to_string)
            .unwrap_or_else(|| self.containers[idx].config.stop_signal.clone());
        let signal = signal_name(&signal).unwrap_or(signal);
        if self.deliver_signal(idx, &signal) {
            self.record_stop_if_kept(&stop_id);
            return;
        }
        let grace = timeout.unwrap_or_else(|| self.containers[idx].grace_secs());
        let grace = if grace < 0 { 10 } else { grace };
        // Time passes while Docker waits for the process to exit.
        self.clock.advance_ms(grace * 1000);
        self.emit(Event::TimePassed { ms: grace * 1000 });
        let (id, name) = {
            let c = &self.containers[idx];
            (c.id.clone(), c.name.clone())
        };
        self.emit(Event::ContainerSignalled {
            id,
            name,
            signal: "SIGKILL".to_string(),
            ignored: false,
        });
        self.process_exited(
            idx,
            137,
            ExitReason::KilledAfterGracePeriod {
                signal,
                grace_secs: grace,
            },
        );
        self.record_stop_if_kept(&stop_id);
    }

    /// `docker stop`'s message, unless `--rm` already removed the container.
    fn record_stop_if_kept(&mut self, id: &str) {
        if let Some(idx) = self.containers.iter().position(|c| c.id == id) {
            self.record_stop(idx);
        }
    }

    /// `docker kill`.
    pub fn kill_container(
        &mut self,
        idx: usize,
        signal: &str,
        typed: &str,
    ) -> Result<(), DaemonError> {
        let c = &self.containers[idx];
        if !matches!(c.state, ContainerState::Running | ContainerState::Paused) {
            return Err(DaemonError::new(
                format!(
                    "cannot kill container: {typed}: container {} is not running",
                    c.id
                ),
                ErrorKind::ContainerNotRunning {
                    name: c.name.clone(),
                    operation: "kill".to_string(),
                },
            ));
        }
        let Some(signal) = signal_name(signal) else {
            return Err(DaemonError::other(format!("Invalid signal: {signal}")));
        };
        if self.containers[idx].state == ContainerState::Paused && signal != "SIGKILL" {
            return Ok(());
        }
        if self.containers[idx].state == ContainerState::Paused {
            self.containers[idx].state = ContainerState::Running;
        }
        self.signal_through_api(idx, &signal);
        Ok(())
    }

    /// A signal sent through the API (`docker kill`, the client's signal proxy): as the
    /// daemon does, SIGKILL or the container's own stop signal, or any signal when it has
    /// none of its own, means the user stops it, so its restart policy does not bring it back.
    /// Returns true when the process ended.
    pub fn signal_through_api(&mut self, idx: usize, signal: &str) -> bool {
        let signal = signal_name(signal).unwrap_or_else(|| signal.to_string());
        let own = self.containers[idx].config.stop_signal.clone();
        let own = signal_name(&own).unwrap_or(own);
        if signal == "SIGKILL" || own == "SIGTERM" || own == signal {
            self.containers[idx].stopped_by_user = true;
        }
        self.deliver_signal(idx, &signal)
    }

    /// `docker pause`.
    pub fn pause_container(&mut self, idx: usize) -> Result<(), DaemonError> {
        let c = &self.containers[idx];
        match c.state {
            ContainerState::Paused => Err(DaemonError::other(format!(
                "Container {} is already paused",
                c.id
            ))),
            ContainerState::Running => {
                let (id, name) = (c.id.clone(), c.name.clone());
                self.containers[idx].state = ContainerState::Paused;
                self.emit(Event::ContainerPaused { id, name });
                Ok(())
            }
            _ => Err(DaemonError::new(
                format!("container {} is not running", c.id),
                ErrorKind::ContainerNotRunning {
                    name: c.name.clone(),
                    operation: "pause".to_string(),
                },
            )),
        }
    }

    /// `docker unpause`.
    pub fn unpause_container(&mut self, idx: usize) -> Result<(), DaemonError> {
        let c = &self.containers[idx];
        if c.state != ContainerState::Paused {
            return Err(DaemonError::other(format!(
                "Container {} is not paused",
                c.id
            )));
        }
        let (id, name) = (c.id.clone(), c.name.clone());
        self.containers[idx].state = ContainerState::Running;
        self.emit(Event::ContainerUnpaused { id, name });
        Ok(())
    }

    /// `docker restart`: stop (with the same grace rules) then start.
    pub fn restart_container(
        &mut self,
        idx: usize,
        timeout: Option<i64>,
        signal: Option<&str>,
    ) -> Result<(), DaemonError> {
        let typed = self.containers[idx].name.clone();
        self.stop_container(idx, timeout, signal);
        // `--rm` containers are gone after the stop.
        let idx = self.find_container(&typed).map_err(|_| {
            DaemonError::other(format!(
                "Cannot restart container {typed}: No such container: {typed}"
            ))
        })?;
        self.containers[idx].stopped_by_user = false;
        self.start_container(idx, true).map(|_| ()).map_err(|e| {
            DaemonError::new(
                format!("Cannot restart container {typed}: {}", e.message),
                e.kind,
            )
        })
    }

    /// `docker rm`.
    pub fn remove_container(
        &mut self,
        idx: usize,
        force: bool,
        volumes: bool,
        typed: &str,
    ) -> Result<(), DaemonError> {
        let state = self.containers[idx].state;
        if !force {
            match state {
                ContainerState::Running | ContainerState::Restarting => {
                    return Err(DaemonError::new(
                        format!("cannot remove container \"{typed}\": container is {}: stop the container before removing or force remove", state.as_str()),
                        ErrorKind::ContainerRunning { name: typed.to_string(), state: state.as_str().to_string() },
                    ))
                }
                ContainerState::Paused => {
                    return Err(DaemonError::new(
                        format!("cannot remove container \"{typed}\": container is paused and must be unpaused first"),
                        ErrorKind::ContainerRunning { name: typed.to_string(), state: "paused".to_string() },
                    ))
                }
                _ => {}
            }
        }
        if state.is_active() {
            self.containers[idx].stopped_by_user = true;
            self.containers[idx].auto_remove = false;
            self.containers[idx].restart = RestartPolicy::No;
            if state == ContainerState::Paused {
                self.containers[idx].state = ContainerState::Running;
            }
            if state == ContainerState::Restarting {
                self.containers[idx].state = ContainerState::Exited;
            } else {
                self.deliver_signal(idx, "SIGKILL");
            }
        }
        self.remove_container_at(idx, volumes, false);
        Ok(())
    }

    /// Removes a container that is not running, with its writable layer.
    fn remove_container_at(&mut self, idx: usize, volumes: bool, auto: bool) {
        let c = self.containers.remove(idx);
        if auto {
            self.keep_auto_removed_logs(&c.id, c.logs.clone());
        }
        let writable_bytes = c.writable_size();
        if volumes {
            for m in &c.mounts {
                if let MountSource::Volume(v) = &m.source {
                    let anonymous = self.volumes.get(v).is_some_and(|v| v.anonymous);
                    let used = self.containers.iter().any(|o| {
                        o.mounts
                            .iter()
                            .any(|om| om.source == MountSource::Volume(v.clone()))
                    });
                    if anonymous && !used {
                        self.volumes.remove(v);
                        self.emit(Event::VolumeRemoved { name: v.clone() });
                    }
                }
            }
        }
        self.emit(Event::ContainerRemoved {
            id: c.id,
            name: c.name,
            writable_bytes,
            auto,
        });
    }

    /// `docker rename`.
    pub fn rename_container(&mut self, idx: usize, new_name: &str) -> Result<(), DaemonError> {
        let new_name = new_name.trim_start_matches('/');
        if !valid_container_name(new_name) {
            return Err(DaemonError::other(format!(
                "Invalid container name ({new_name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
            )));
        }
        if self.containers[idx].name == new_name {
            return Err(DaemonError::other(
                "Renaming a container with the same name as its current name",
            ));
        }
        if let Some(holder) = self.containers.iter().find(|c| c.name == new_name) {
            return Err(DaemonError::new(
                format!("Conflict. The container name \"/{new_name}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.", holder.id),
                ErrorKind::NameConflict { name: new_name.to_string(), holder: holder.name.clone() },
            ));
        }
        let c = &mut self.containers[idx];
        let from = std::mem::replace(&mut c.name, new_name.to_string());
        let id = c.id.clone();
        self.emit(Event::ContainerRenamed {
            id,
            from,
            to: new_name.to_string(),
        });
        Ok(())
    }
}

/// The host number of an IPv4 address on a /16 network (`172.18.1.7` → 263): its last two
/// octets, read from the bytes (this runs once per container for every address handed out).
fn host_part(ip: &str) -> u32 {
    let (mut low, mut high, mut scale, mut dots) = (0u32, 0u32, 1u32, 0);
    for b in ip.bytes().rev() {
        match b {
            b'.' => {
                dots += 1;
                if dots == 2 {
                    break;
                }
                scale = 1;
            }
            b'0'..=b'9' => {
                let d = u32::from(b - b'0') * scale;
                if dots == 0 {
                    low += d;
                } else {
                    high += d;
                }
                scale = scale.saturating_mul(10);
            }
            _ => return 0,
        }
    }
    high.saturating_mul(256).saturating_add(low)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_daemon_says_so() {
        let mut e = Engine::new(1, 0);
        e.container_limit = 1;
        let alpine = crate::image::reference::parse("alpine").unwrap();
        e.pull(&alpine).unwrap();
        let spec = ContainerSpec {
            image: "alpine".into(),
            ..Default::default()
        };
        assert!(e.create_container(&spec).is_ok());
        let err = e.create_container(&spec).unwrap_err();
        assert_eq!(err.message, "dockling: this session already holds 1 containers, the most it keeps; remove some with `docker container prune`");
    }

    #[test]
    fn container_names_follow_docker_rule() {
        assert!(valid_container_name("web1"));
        assert!(valid_container_name("my_app.v2-x"));
        assert!(!valid_container_name("a"));
        assert!(!valid_container_name("-web"));
        assert!(!valid_container_name("we b"));
    }

    #[test]
    fn signals_by_name_and_number() {
        assert_eq!(signal_number("SIGTERM"), Some(15));
        assert_eq!(signal_number("kill"), Some(9));
        assert_eq!(signal_number("3"), Some(3));
        assert_eq!(signal_name("HUP").as_deref(), Some("SIGHUP"));
        assert_eq!(signal_number("FOO"), None);
    }

    #[test]
    fn host_part_reads_the_last_two_octets() {
        assert_eq!(super::host_part("172.17.0.2"), 2);
        assert_eq!(super::host_part("172.18.1.7"), 263);
        assert_eq!(super::host_part("10.0.255.254"), 65_534);
        assert_eq!(super::host_part(""), 0);
    }
}
