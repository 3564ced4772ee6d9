//! Containers: their configuration, state machine, writable layer, logs and main process.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::runtime::programs::Service;
use crate::runtime::Stream;
use crate::vfs::Diff;

/// The states of Docker's container state machine (`docker ps --format '{{.State}}'`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContainerState {
    /// Created, never started (or its start failed).
    Created,
    /// Its main process runs.
    Running,
    /// Its processes are frozen.
    Paused,
    /// Its restart policy is bringing it back after an exit.
    Restarting,
    /// Its main process ended; the writable layer is kept.
    Exited,
    /// Removal failed half-way (rare).
    Dead,
}

impl ContainerState {
    /// The lower-case word Docker uses.
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerState::Created => "created",
            ContainerState::Running => "running",
            ContainerState::Paused => "paused",
            ContainerState::Restarting => "restarting",
            ContainerState::Exited => "exited",
            ContainerState::Dead => "dead",
        }
    }

    /// Running, paused or restarting: the states `docker ps` lists without `-a`.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            ContainerState::Running | ContainerState::Paused | ContainerState::Restarting
        )
    }
}

/// A restart policy (`--restart`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RestartPolicy {
    /// Never restart (the default).
    #[default]
    No,
    /// Always restart, also after a daemon restart.
    Always,
    /// Always, unless stopped by the user.
    UnlessStopped,
    /// Restart when the exit code is not 0, at most this many times (0 = unlimited).
    OnFailure(u32),
}

impl RestartPolicy {
    /// The policy's name as `docker inspect` shows it.
    pub fn name(self) -> &'static str {
        match self {
            RestartPolicy::No => "no",
            RestartPolicy::Always => "always",
            RestartPolicy::UnlessStopped => "unless-stopped",
            RestartPolicy::OnFailure(_) => "on-failure",
        }
    }
}

/// A published port (`-p [ip:][host:]container[/proto]`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PortBinding {
    /// Host address; empty means all addresses (shown as `0.0.0.0` and `[::]`).
    pub host_ip: String,
    /// Host port; 0 asks for an ephemeral port at start.
    pub host_port: u16,
    /// Port inside the container.
    pub container_port: u16,
    /// `tcp` or `udp`.
    pub proto: String,
}

/// What is mounted into a container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MountSource {
    /// A named or anonymous volume.
    Volume(String),
    /// A directory of the learner's machine.
    Bind(String),
    /// Memory-backed.
    Tmpfs,
}

/// One mount of a container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mount {
    /// Where the data comes from.
    pub source: MountSource,
    /// Path inside the container.
    pub target: String,
    /// `:ro`.
    pub read_only: bool,
}

/// A container's attachment to a network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// Its IPv4 address on that network.
    pub ip: String,
    /// Extra DNS names (`--network-alias`).
    pub aliases: Vec<String>,
    /// 64-hex endpoint ID.
    pub endpoint_id: String,
    /// MAC address.
    pub mac: String,
}

/// One line the main process wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// When, virtual milliseconds.
    pub ms: i64,
    /// stdout or stderr.
    pub stream: Stream,
    /// The text, one line with its newline.
    pub text: String,
}

/// The container's configuration (`Config` in `docker inspect`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContainerConfig {
    /// Hostname (the short ID unless `--hostname`).
    pub hostname: String,
    /// Environment, image's first, then `-e`.
    pub env: Vec<String>,
    /// Effective CMD.
    pub cmd: Option<Vec<String>>,
    /// Effective ENTRYPOINT.
    pub entrypoint: Option<Vec<String>>,
    /// Working directory (`/` when empty).
    pub working_dir: String,
    /// User.
    pub user: String,
    /// `-t`.
    pub tty: bool,
    /// `-i`.
    pub open_stdin: bool,
    /// Exposed ports (`3000/tcp`).
    pub exposed_ports: BTreeSet<String>,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// Signal `docker stop` sends.
    pub stop_signal: String,
    /// Grace period of `docker stop` in seconds, when set with `--stop-timeout`.
    pub stop_timeout: Option<i64>,
    /// The image as typed.
    pub image: String,
}

/// A container.
#[derive(Clone, Debug)]
pub struct Container {
    /// 64-hex ID.
    pub id: String,
    /// Name without the leading `/`.
    pub name: String,
    /// The image ID it was created from.
    pub image_id: String,
    /// Creation order, to sort newest first.
    pub seq: u64,
    /// Creation time (virtual ms).
    pub created_ms: i64,
    /// Last start (virtual ms).
    pub started_ms: Option<i64>,
    /// Last exit (virtual ms).
    pub finished_ms: Option<i64>,
    /// State.
    pub state: ContainerState,
    /// Exit code of the last run.
    pub exit_code: i32,
    /// Times the restart policy restarted it.
    pub restart_count: u32,
    /// Executable of the main process.
    pub path: String,
    /// Its arguments.
    pub args: Vec<String>,
    /// Configuration.
    pub config: ContainerConfig,
    /// Requested port bindings (allocated host ports are filled in at start).
    pub ports: Vec<PortBinding>,
    /// `-P`: publish every exposed port to an ephemeral port.
    pub publish_all: bool,
    /// Restart policy.
    pub restart: RestartPolicy,
    /// `--rm`.
    pub auto_remove: bool,
    /// Mounts.
    pub mounts: Vec<Mount>,
    /// Network mode as requested (`bridge`, `host`, `none`, a network name).
    pub network_mode: String,
    /// Networks it is attached to.
    pub networks: BTreeMap<String, Endpoint>,
    /// What the container changed over its image: the writable layer.
    pub writable: Diff,
    /// Everything the main process wrote.
    pub logs: Vec<LogEntry>,
    /// The running main process, when it is a long-running program.
    pub service: Option<Service>,
    /// When the main process will end by itself (e.g. `sleep 30`), virtual ms.
    pub ends_at: Option<i64>,
    /// The exit code it will end with at `ends_at`.
    pub ends_with: i32,
    /// The user stopped it (matters for `unless-stopped`).
    pub stopped_by_user: bool,
    /// It runs an interactive shell (`-it` with a shell as main process).
    pub interactive_shell: bool,
    /// When the restart policy brings it back (virtual ms), while `restarting`.
    pub restart_at: Option<i64>,
    /// The image's HEALTHCHECK, if any.
    pub healthcheck: Option<crate::image::Healthcheck>,
    /// `.State.Health`: status, failing streak and last probes, once started with a check.
    pub health_state: Option<super::health::HealthState>,
    /// What it asks of the host (`HostConfig`): limits, namespaces, DNS, capabilities…
    pub host: super::hostconfig::HostSettings,
    /// `Config.Volumes`: anonymous volume targets (`-v /data`, the image's `VOLUME`s).
    pub config_volumes: Vec<String>,
    /// The kernel killed its main process for exceeding `--memory`.
    pub oom_killed: bool,
    /// Bytes on the attached client's stdin (`-i` with a pipe), read by the next launch.
    pub stdin: Vec<u8>,
    /// Name resolution settings: links, extra hosts, DNS overrides.
    pub dns: DnsSettings,
}

/// What decides a container's `/etc/hosts` and `/etc/resolv.conf` (`--link`, `--add-host`,
/// `--dns`, `--dns-search`, `--dns-option`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DnsSettings {
    /// `--link name[:alias]` as (container name, alias).
    pub links: Vec<(String, String)>,
    /// `--add-host name:ip` as (name, ip), `host-gateway` already replaced.
    pub extra_hosts: Vec<(String, String)>,
    /// `--dns`.
    pub servers: Vec<String>,
    /// `--dns-search`.
    pub search: Vec<String>,
    /// `--dns-option`.
    pub options: Vec<String>,
}

impl Container {
    /// The 12-hex short ID.
    pub fn short_id(&self) -> &str {
        &self.id[..12.min(self.id.len())]
    }

    /// The main process's command line as the daemon shows it (`Path` + `Args`).
    pub fn command_line(&self) -> String {
        let mut out = self.path.clone();
        for arg in &self.args {
            out.push(' ');
            if arg.contains(' ') {
                out.push('\'');
                out.push_str(arg);
                out.push('\'');
            } else {
                out.push_str(arg);
            }
        }
        out
    }

    /// Records a line of output from the main process.
    pub fn log(&mut self, ms: i64, stream: Stream, text: &str) {
        for line in text.split_inclusive('\n') {
            self.logs.push(LogEntry {
                ms,
                stream,
                text: line.to_string(),
            });
        }
    }

    /// The grace period of `docker stop` in seconds (`--stop-timeout`, else 10).
    pub fn grace_secs(&self) -> i64 {
        self.config.stop_timeout.unwrap_or(10)
    }

    /// The health status (`starting`, `healthy`, `unhealthy`) of a container with a check
    /// that has been started: what its probes found so far.
    pub fn health(&self) -> Option<&'static str> {
        self.health_state.as_ref().map(|h| h.status.as_str())
    }

    /// Size of the writable layer in bytes.
    pub fn writable_size(&self) -> u64 {
        crate::vfs::diff_size(&self.writable)
    }
}
