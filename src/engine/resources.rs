//! Resource limits at work: the memory a container's processes use, the kernel's OOM killer
//! when that is over `--memory`, and `docker update` of a container's limits.

use super::container::RestartPolicy;
use super::error::DaemonError;
use super::event::{Event, ExitReason};
use super::Engine;

/// Docker refuses a memory limit under this (6 MiB).
pub const MIN_MEMORY: i64 = 6 * 1024 * 1024;

/// What `docker update` changes (`None`: left as it is).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateSpec {
    /// `--memory`.
    pub memory: Option<i64>,
    /// `--memory-swap`.
    pub memory_swap: Option<i64>,
    /// `--memory-reservation`.
    pub memory_reservation: Option<i64>,
    /// `--cpus` in billionths.
    pub nano_cpus: Option<i64>,
    /// `--cpu-shares`.
    pub cpu_shares: Option<i64>,
    /// `--pids-limit`.
    pub pids_limit: Option<i64>,
    /// `--restart`.
    pub restart: Option<RestartPolicy>,
}

/// Checks memory limits as the daemon does before it stores them.
pub fn check_memory(memory: i64, swap: i64) -> Result<(), DaemonError> {
    if memory != 0 && memory < MIN_MEMORY {
        return Err(DaemonError::other("Minimum memory limit allowed is 6MB"));
    }
    if memory > 0 && swap > 0 && swap < memory {
        return Err(DaemonError::other(
            "Minimum memoryswap limit should be larger than memory limit, see usage",
        ));
    }
    if memory == 0 && swap > 0 {
        return Err(DaemonError::other(
            "You should always set the Memory limit when using Memoryswap limit, see usage",
        ));
    }
    Ok(())
}

impl Engine {
    /// The memory the processes of a running container use, in bytes (what `docker stats`
    /// shows): the databases what their servers take at start, everything else a few MiB.
    pub fn memory_usage(&self, idx: usize) -> i64 {
        let c = &self.containers[idx];
        if !c.state.is_active() {
            return 0;
        }
        const MIB: i64 = 1024 * 1024;
        let program = c.service.as_ref().map(|s| s.pid1_name()).unwrap_or("");
        match program {
            "mysqld" | "mariadbd" => 380 * MIB + (c.seq as i64 % 7) * MIB,
            "mongod" => 160 * MIB + (c.seq as i64 % 5) * MIB,
            "postgres" => 42 * MIB + (c.seq as i64 % 3) * MIB,
            "node" => 48 * MIB + (c.seq as i64 % 5) * MIB,
            _ => 12_582_912 + (c.seq as i64 * 1_048_576) % 40_000_000,
        }
    }

    /// The kernel's OOM killer: a container whose processes need more memory than `--memory`
    /// allows is killed with SIGKILL (exit 137, `State.OOMKilled`). Returns true when it was.
    pub(crate) fn enforce_memory_limit(&mut self, idx: usize) -> bool {
        let limit = self.containers[idx].host.memory;
        if limit <= 0 || self.memory_usage(idx) <= limit {
            return false;
        }
        self.containers[idx].oom_killed = true;
        self.process_exited(idx, 137, ExitReason::OutOfMemory { limit });
        true
    }

    /// `docker update`: new limits (and restart policy) for a container.
    pub fn update_container(&mut self, idx: usize, spec: &UpdateSpec) -> Result<(), DaemonError> {
        let c = &self.containers[idx];
        let memory = spec.memory.unwrap_or(c.host.memory);
        let swap = spec.memory_swap.unwrap_or(c.host.memory_swap);
        check_memory(memory, swap)?;
        if spec.restart.is_some_and(|r| r != RestartPolicy::No) && c.auto_remove {
            return Err(DaemonError::other(
                "Cannot update restart policy for container with AutoRemove enabled",
            ));
        }
        let c = &mut self.containers[idx];
        let h = &mut c.host;
        h.memory = memory;
        h.memory_swap = swap;
        if let Some(v) = spec.memory_reservation {
            h.memory_reservation = v;
        }
        if let Some(v) = spec.nano_cpus {
            h.nano_cpus = v;
        }
        if let Some(v) = spec.cpu_shares {
            h.cpu_shares = v;
        }
        if spec.pids_limit.is_some() {
            h.pids_limit = spec.pids_limit;
        }
        if let Some(r) = spec.restart {
            c.restart = r;
        }
        let (id, name) = (c.id.clone(), c.name.clone());
        self.emit(Event::ContainerUpdated {
            id,
            name,
            memory,
            nano_cpus: self.containers[idx].host.nano_cpus,
            restart: self.containers[idx].restart.name().to_string(),
        });
        if self.containers[idx].state.is_active() {
            self.enforce_memory_limit(idx);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_limits_follow_the_daemon_rules() {
        assert!(check_memory(0, 0).is_ok());
        assert!(check_memory(512 * 1024 * 1024, 0).is_ok());
        assert_eq!(
            check_memory(4 * 1024 * 1024, 0).unwrap_err().message,
            "Minimum memory limit allowed is 6MB"
        );
        assert!(check_memory(64 * 1024 * 1024, 32 * 1024 * 1024).is_err());
        assert!(check_memory(64 * 1024 * 1024, -1).is_ok());
        assert!(check_memory(0, 64 * 1024 * 1024).is_err());
    }
}
