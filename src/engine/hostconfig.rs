//! What a container asks of its host beyond its own config (`HostConfig` in `docker inspect`):
//! resource limits, namespaces, DNS and hosts entries, capabilities, devices, ulimits, a read-only
//! root, tmpfs mounts, an init process, the streams a client attaches. The client parses the
//! flags; the daemon stores them here, applies them, and `inspect` shows them.

/// The default size of `/dev/shm` (64 MiB).
pub const DEFAULT_SHM: i64 = 64 * 1024 * 1024;

/// The memory a host gives a container without `--memory` (the learner's 8 GB machine).
pub const HOST_MEMORY: i64 = 8_191_475_712;

/// One `--ulimit name=soft[:hard]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ulimit {
    /// `nofile`, `nproc`, …
    pub name: String,
    /// Soft limit.
    pub soft: i64,
    /// Hard limit.
    pub hard: i64,
}

/// One `--device host[:container[:perms]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    /// Path on the host.
    pub host: String,
    /// Path inside the container.
    pub container: String,
    /// `rwm` and subsets.
    pub permissions: String,
}

/// The host side of a container, as `docker run` flags set it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostSettings {
    /// `--memory` in bytes; 0 is unlimited.
    pub memory: i64,
    /// `--memory-swap` in bytes as given (`-1` unlimited, 0 unset).
    pub memory_swap: i64,
    /// `--memory-reservation`.
    pub memory_reservation: i64,
    /// `--cpus` in billionths of a CPU.
    pub nano_cpus: i64,
    /// `--cpu-shares`.
    pub cpu_shares: i64,
    /// `--cpuset-cpus`.
    pub cpuset_cpus: String,
    /// `--pids-limit`.
    pub pids_limit: Option<i64>,
    /// `--shm-size` in bytes; 0 is the default.
    pub shm_size: i64,
    /// `--pid`.
    pub pid_mode: String,
    /// `--ipc` (empty: `private`).
    pub ipc_mode: String,
    /// `--uts`.
    pub uts_mode: String,
    /// `--add-host` entries (`host:ip`).
    pub extra_hosts: Vec<String>,
    /// `--dns`.
    pub dns: Vec<String>,
    /// `--dns-option`.
    pub dns_options: Vec<String>,
    /// `--dns-search`.
    pub dns_search: Vec<String>,
    /// `--link` entries (`name:alias`).
    pub links: Vec<String>,
    /// `--cap-add`.
    pub cap_add: Vec<String>,
    /// `--cap-drop`.
    pub cap_drop: Vec<String>,
    /// `--group-add`.
    pub group_add: Vec<String>,
    /// `--device`.
    pub devices: Vec<Device>,
    /// `--ulimit`.
    pub ulimits: Vec<Ulimit>,
    /// `--read-only`.
    pub readonly_rootfs: bool,
    /// `--tmpfs path[:options]`, in order.
    pub tmpfs: Vec<(String, String)>,
    /// `--init` when typed.
    pub init: Option<bool>,
    /// `--privileged`.
    pub privileged: bool,
    /// `--security-opt`.
    pub security_opt: Vec<String>,
    /// `--sysctl`, in order.
    pub sysctls: Vec<(String, String)>,
    /// `--log-driver` (empty: `json-file`).
    pub log_driver: String,
    /// `--log-opt`, in order.
    pub log_opts: Vec<(String, String)>,
    /// `--cidfile`.
    pub cidfile: String,
    /// `--oom-kill-disable` when typed.
    pub oom_kill_disable: Option<bool>,
    /// `--oom-score-adj`.
    pub oom_score_adj: i64,
    /// `--runtime` (empty: `runc`).
    pub runtime: String,
    /// `--volumes-from`.
    pub volumes_from: Vec<String>,
    /// Streams the client attached: stdin, stdout, stderr (`-a`, or all but stdin when not
    /// detached).
    pub attach: [bool; 3],
    /// The terminal size the client sent (`-t`), rows and columns.
    pub console: (u32, u32),
    /// `--mount` specs as the client sent them (`HostConfig.Mounts`).
    pub mount_specs: Vec<MountSpec>,
}

/// One `--mount` as sent in `HostConfig.Mounts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MountSpec {
    /// `volume`, `bind` or `tmpfs`.
    pub kind: String,
    /// Its source (empty for tmpfs and anonymous volumes).
    pub source: String,
    /// Its target.
    pub target: String,
    /// `readonly`.
    pub read_only: bool,
}

impl HostSettings {
    /// `MemorySwap` as the daemon stores it: twice the memory when only `--memory` was given.
    pub fn effective_swap(&self) -> i64 {
        if self.memory > 0 && self.memory_swap == 0 {
            self.memory.saturating_mul(2)
        } else {
            self.memory_swap
        }
    }

    /// `ShmSize` as stored.
    pub fn effective_shm(&self) -> i64 {
        if self.shm_size > 0 {
            self.shm_size
        } else {
            DEFAULT_SHM
        }
    }

    /// The memory limit a process sees (the host's memory without `--memory`).
    pub fn memory_limit(&self) -> i64 {
        if self.memory > 0 {
            self.memory
        } else {
            HOST_MEMORY
        }
    }

    /// The soft limit of a ulimit, if set (`ulimit -n` reads `nofile`).
    pub fn ulimit(&self, name: &str) -> Option<&Ulimit> {
        self.ulimits.iter().rev().find(|u| u.name == name)
    }

    /// Whether `--init` runs `docker-init` as PID 1.
    pub fn has_init(&self) -> bool {
        self.init == Some(true)
    }
}

/// Parses `--device /dev/x[:/dev/y[:rwm]]`.
pub fn parse_device(spec: &str) -> Device {
    let parts: Vec<&str> = spec.split(':').collect();
    let host = parts[0].to_string();
    let (container, permissions) = match parts.as_slice() {
        [_, c, p, ..] => (c.to_string(), p.to_string()),
        [_, c] if c.chars().all(|ch| "rwm".contains(ch)) && !c.is_empty() => {
            (host.clone(), c.to_string())
        }
        [_, c] => (c.to_string(), "rwm".to_string()),
        _ => (host.clone(), "rwm".to_string()),
    };
    Device {
        host,
        container,
        permissions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_default_their_container_path_and_permissions() {
        let d = parse_device("/dev/sda");
        assert_eq!(
            (d.container.as_str(), d.permissions.as_str()),
            ("/dev/sda", "rwm")
        );
        let d = parse_device("/dev/sda:/dev/xvdc:r");
        assert_eq!(
            (d.container.as_str(), d.permissions.as_str()),
            ("/dev/xvdc", "r")
        );
        let d = parse_device("/dev/sda:r");
        assert_eq!(
            (d.container.as_str(), d.permissions.as_str()),
            ("/dev/sda", "r")
        );
    }

    #[test]
    fn swap_defaults_to_twice_the_memory() {
        let h = HostSettings {
            memory: 512,
            ..Default::default()
        };
        assert_eq!(h.effective_swap(), 1024);
        assert_eq!(HostSettings::default().effective_swap(), 0);
        assert_eq!(HostSettings::default().effective_shm(), DEFAULT_SHM);
    }
}
