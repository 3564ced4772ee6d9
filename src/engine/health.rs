//! Health checks: the daemon runs a container's HEALTHCHECK command inside it on a schedule and
//! keeps the status, the failing streak and the last results (`.State.Health`).
//!
//! Probes are evaluated lazily when virtual time passes (each `tick`), in time order with the
//! other things that happen by themselves. A long stretch of time runs the command once and
//! extends its result to the probes of that stretch, so a `sleep 86400` costs a few probes.

use super::{ContainerState, Engine, Event};

/// Docker's defaults (`daemon/health.go`): 30 s between probes, 30 s timeout, 3 retries,
/// 5 s between probes during a start period.
const DEFAULT_INTERVAL_MS: i64 = 30_000;
const DEFAULT_START_INTERVAL_MS: i64 = 5_000;
const DEFAULT_RETRIES: i64 = 3;
/// Results kept in `.State.Health.Log`.
const MAX_LOG_ENTRIES: usize = 5;
/// Bytes of output a result keeps.
const MAX_OUTPUT_LEN: usize = 4096;
/// How long one probe takes in virtual time (a fresh process in the container's namespaces).
const PROBE_MS: i64 = 40;
/// Probes stepped one by one per stretch of time before the rest is counted in one go.
const MAX_STEPPED_PROBES: usize = 64;

/// `starting`, `healthy` or `unhealthy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HealthStatus {
    /// No probe has passed yet and the retries are not used up.
    Starting,
    /// The last probe passed.
    Healthy,
    /// `retries` probes in a row failed (or the container stopped).
    Unhealthy,
}

impl HealthStatus {
    /// Docker's word for it.
    pub fn as_str(self) -> &'static str {
        match self {
            HealthStatus::Starting => "starting",
            HealthStatus::Healthy => "healthy",
            HealthStatus::Unhealthy => "unhealthy",
        }
    }
}

/// One probe's result, as `.State.Health.Log` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HealthProbe {
    /// When it started (virtual ms).
    pub start_ms: i64,
    /// When it ended (virtual ms).
    pub end_ms: i64,
    /// The command's exit code; -1 when it could not run.
    pub exit_code: i32,
    /// What it printed (stdout and stderr), at most 4096 bytes.
    pub output: String,
}

/// A running (or once started) container's health, `.State.Health`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HealthState {
    /// The status.
    pub status: HealthStatus,
    /// Failed probes in a row.
    pub failing_streak: i64,
    /// The last results, oldest first.
    pub log: Vec<HealthProbe>,
    /// When the next probe starts (virtual ms), while the monitor runs.
    pub next_ms: Option<i64>,
}

/// The settings of a check in milliseconds, with Docker's defaults filled in.
#[derive(Clone, Copy, Debug)]
struct Schedule {
    interval: i64,
    start_interval: i64,
    start_period: i64,
    retries: i64,
}

fn schedule(check: &crate::image::Healthcheck) -> Schedule {
    let ms = |ns: i64, default: i64| {
        if ns > 0 {
            (ns / 1_000_000).max(1)
        } else {
            default
        }
    };
    Schedule {
        interval: ms(check.interval, DEFAULT_INTERVAL_MS),
        start_interval: ms(check.start_interval, DEFAULT_START_INTERVAL_MS),
        start_period: ms(check.start_period, 0),
        retries: if check.retries > 0 {
            check.retries
        } else {
            DEFAULT_RETRIES
        },
    }
}

impl Schedule {
    /// The wait before the next probe: the start interval while a start period lasts and
    /// the container is still starting, else the interval.
    fn wait(&self, since_start: i64, status: HealthStatus) -> i64 {
        if since_start < self.start_period && status == HealthStatus::Starting {
            self.start_interval
        } else {
            self.interval
        }
    }
}

/// Whether a check is configured and not `NONE`.
pub fn is_active(check: Option<&crate::image::Healthcheck>) -> bool {
    check.is_some_and(|c| !c.test.is_empty() && c.test[0] != "NONE")
}

/// The argv a probe runs: `CMD-SHELL` through `/bin/sh -c`, `CMD` as given.
fn probe_argv(check: &crate::image::Healthcheck) -> (Vec<String>, bool) {
    match check.test.first().map(String::as_str) {
        Some("CMD-SHELL") => (
            vec![
                "/bin/sh".to_string(),
                "-c".to_string(),
                check.test.get(1..).unwrap_or_default().join(" "),
            ],
            true,
        ),
        _ => (check.test.get(1..).unwrap_or_default().to_vec(), false),
    }
}

impl Engine {
    /// Starts the health monitor of container `idx` (at `docker start` and every restart):
    /// the status is `starting` again and the streak zero; the log is kept.
    pub(crate) fn start_health_monitor(&mut self, idx: usize) {
        let now = self.now();
        let c = &mut self.containers[idx];
        if !is_active(c.healthcheck.as_ref()) {
            c.health_state = None;
            return;
        }
        let Some(check) = c.healthcheck.as_ref() else {
            return;
        };
        let s = schedule(check);
        let state = c.health_state.get_or_insert(HealthState {
            status: HealthStatus::Starting,
            failing_streak: 0,
            log: Vec::new(),
            next_ms: None,
        });
        state.status = HealthStatus::Starting;
        state.failing_streak = 0;
        state.next_ms = Some(now + s.wait(0, HealthStatus::Starting));
    }

    /// Stops the monitor when the main process ends: Docker then reports `unhealthy`.
    pub(crate) fn stop_health_monitor(&mut self, idx: usize) {
        if let Some(state) = self.containers[idx].health_state.as_mut() {
            if state.next_ms.take().is_some() {
                state.status = HealthStatus::Unhealthy;
            }
        }
    }

    /// The earliest probe due by `now`: (time, container index).
    pub(crate) fn due_probe(&self, now: i64) -> Option<(i64, usize)> {
        self.containers
            .iter()
            .enumerate()
            // The monitor keeps its schedule while a container is paused; its execs fail then.
            .filter(|(_, c)| matches!(c.state, ContainerState::Running | ContainerState::Paused))
            .filter_map(|(i, c)| {
                let at = c.health_state.as_ref()?.next_ms?;
                (at <= now).then_some((at, i))
            })
            .min()
    }

    /// Runs the probes of container `idx` from its next probe time up to `until`: the
    /// command once (at the first probe), its result for each probe of the stretch.
    pub(crate) fn run_probes(&mut self, idx: usize, until: i64) {
        let Some(check) = self.containers[idx].healthcheck.clone() else {
            return;
        };
        let Some(first) = self.containers[idx]
            .health_state
            .as_ref()
            .and_then(|h| h.next_ms)
        else {
            return;
        };
        let s = schedule(&check);
        let started = self.containers[idx].started_ms.unwrap_or(first);
        self.clock.now_ms = first;
        let (exit_code, output) = self.probe_once(idx, &check);
        let mut at = first;
        let mut stepped = 0usize;
        while at <= until {
            let Some(state) = self.containers[idx].health_state.as_ref() else {
                return;
            };
            let past_start = at - started >= s.start_period;
            let stable = match state.status {
                HealthStatus::Healthy => exit_code == 0,
                HealthStatus::Unhealthy => exit_code != 0,
                HealthStatus::Starting => false,
            };
            if past_start && (stable || stepped >= MAX_STEPPED_PROBES) {
                // The same result again and again: count the probes of the stretch that no
                // longer show in the log and go on with the last few.
                let step = s.interval + PROBE_MS;
                let left = (until - at) / step + 1;
                let skip = left - MAX_LOG_ENTRIES as i64;
                if skip > 0 {
                    if exit_code != 0 {
                        self.skip_failures(idx, at, step, skip, s.retries);
                    }
                    at += skip * step;
                }
                stepped = 0;
            }
            self.apply_probe(idx, at, exit_code, &output, &s, started);
            stepped += 1;
            at = match self.containers[idx]
                .health_state
                .as_ref()
                .and_then(|h| h.next_ms)
            {
                Some(next) => next,
                None => return,
            };
        }
    }

    /// Counts `skip` failed probes starting at `at` without logging them (a long stretch of
    /// time), turning the container unhealthy at the probe that uses up the retries.
    fn skip_failures(&mut self, idx: usize, at: i64, step: i64, skip: i64, retries: i64) {
        let Some(state) = self.containers[idx].health_state.as_mut() else {
            return;
        };
        let before = state.failing_streak;
        state.failing_streak += skip;
        if state.status != HealthStatus::Unhealthy && state.failing_streak >= retries {
            let crossing = at + (retries - before - 1).max(0) * step + PROBE_MS;
            state.status = HealthStatus::Unhealthy;
            self.clock.now_ms = crossing;
            self.health_changed(idx, HealthStatus::Unhealthy);
        }
    }

    /// Records one probe's result at `at` and schedules the next (Docker's
    /// `handleProbeResult`).
    fn apply_probe(
        &mut self,
        idx: usize,
        at: i64,
        exit_code: i32,
        output: &str,
        s: &Schedule,
        started: i64,
    ) {
        let end = at + PROBE_MS;
        self.clock.now_ms = end;
        let Some(state) = self.containers[idx].health_state.as_mut() else {
            return;
        };
        let old = state.status;
        if state.log.len() >= MAX_LOG_ENTRIES {
            state.log.remove(0);
        }
        state.log.push(HealthProbe {
            start_ms: at,
            end_ms: end,
            exit_code,
            output: output.to_string(),
        });
        if exit_code == 0 {
            state.failing_streak = 0;
            state.status = HealthStatus::Healthy;
        } else if !(state.status == HealthStatus::Starting && at - started < s.start_period) {
            // Failures during the start period do not count while nothing has passed yet.
            state.failing_streak += 1;
            if state.failing_streak >= s.retries {
                state.status = HealthStatus::Unhealthy;
            }
        }
        let new = state.status;
        state.next_ms = Some(end + s.wait(end - started, new));
        if new != old {
            self.health_changed(idx, new);
        }
    }

    fn health_changed(&mut self, idx: usize, status: HealthStatus) {
        let c = &self.containers[idx];
        let last = c.health_state.as_ref().and_then(|h| h.log.last());
        let event = Event::HealthStatusChanged {
            id: c.id.clone(),
            name: c.name.clone(),
            status: status.as_str().to_string(),
            command: c
                .healthcheck
                .as_ref()
                .map(|h| h.test.get(1..).unwrap_or_default().join(" "))
                .unwrap_or_default(),
            exit_code: last.map(|p| p.exit_code).unwrap_or_default(),
            output: last
                .map(|p| p.output.lines().last().unwrap_or_default().to_string())
                .unwrap_or_default(),
        };
        self.emit(event);
    }

    /// Runs the check's command once inside the container, as `docker exec` would (the
    /// daemon's event stream shows the exec), and returns its exit code and output.
    fn probe_once(&mut self, idx: usize, check: &crate::image::Healthcheck) -> (i32, String) {
        let (argv, shell) = probe_argv(check);
        let before = self.events.len();
        let result = self.exec(idx, &argv, &[], None, false, false);
        // The probe is the daemon's own exec, not the learner's: no explanation of it.
        let tail = self.events.split_off(before.min(self.events.len()));
        self.events.extend(
            tail.into_iter()
                .filter(|e| !matches!(e, Event::ExecRan { .. })),
        );
        match result {
            Ok(outcome) => {
                let mut text = outcome.output.text().replace("\r\n", "\n");
                if !shell && text.starts_with("OCI runtime exec failed") {
                    // The exec could not start: the daemon logs its error with code -1.
                    return (-1, text.trim_end().to_string());
                }
                if text.len() > MAX_OUTPUT_LEN {
                    let mut cut = MAX_OUTPUT_LEN;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.truncate(cut);
                }
                (outcome.status, text)
            }
            Err(e) => (-1, e.message),
        }
    }
}
