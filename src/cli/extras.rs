//! Smaller commands: `update`, `context ls/use/show`, `buildx ls/version`, `manifest inspect`.

use super::format::table;
use super::spec::Invocation;
use crate::engine::resources::UpdateSpec;
use crate::engine::{DaemonError, Engine, RestartPolicy};
use crate::runtime::Output;

/// `docker update`.
pub fn update(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let f = &inv.flags;
    let typed = [
        "blkio-weight",
        "cpu-period",
        "cpu-quota",
        "cpu-rt-period",
        "cpu-rt-runtime",
        "cpu-shares",
        "cpus",
        "cpuset-cpus",
        "cpuset-mems",
        "memory",
        "memory-reservation",
        "memory-swap",
        "pids-limit",
        "restart",
    ];
    if !typed.iter().any(|t| f.was_set(t)) {
        out.err("you must provide one or more flags when using this command\n");
        return 1;
    }
    let bytes = |long: &str| -> Option<i64> {
        let v = f.str(long).filter(|_| f.was_set(long))?;
        if v == "-1" {
            return Some(-1);
        }
        super::spec::pflag::parse_bytes(v).ok()
    };
    let restart = match f.str("restart").filter(|_| f.was_set("restart")) {
        None => None,
        // The client checks the format; which policies exist is the daemon's rule.
        Some(r) => match super::opts::restart_policy(r) {
            Err(e) => {
                out.err(format!("{e}\n"));
                return 1;
            }
            Ok((name, count)) => match parse_restart(r) {
                Some(p) => Some(p),
                None => {
                    let why = if count != 0
                        && ["no", "always", "unless-stopped"].contains(&name.as_str())
                    {
                        "maximum retry count can only be used with 'on-failure'".to_string()
                    } else {
                        format!("unknown policy '{name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'")
                    };
                    out.err(format!(
                        "Error response from daemon: invalid restart policy: {why}\n"
                    ));
                    return 1;
                }
            },
        },
    };
    let spec = UpdateSpec {
        memory: bytes("memory"),
        memory_swap: bytes("memory-swap"),
        memory_reservation: bytes("memory-reservation"),
        nano_cpus: f
            .str("cpus")
            .filter(|_| f.was_set("cpus"))
            .and_then(|c| c.parse::<f64>().ok())
            .map(|c| (c * 1e9).round() as i64),
        cpu_shares: f
            .was_set("cpu-shares")
            .then(|| f.int("cpu-shares"))
            .flatten(),
        pids_limit: f
            .was_set("pids-limit")
            .then(|| f.int("pids-limit"))
            .flatten(),
        restart,
    };
    let mut updated = Vec::new();
    let mut errors: Vec<DaemonError> = Vec::new();
    for name in &inv.args {
        let result = engine
            .find_container(name)
            .and_then(|idx| engine.update_container(idx, &spec));
        match result {
            Ok(()) => updated.push(name.clone()),
            Err(e) => errors.push(e),
        }
    }
    if !updated.is_empty() {
        out.out(format!("{}\n", updated.join("\n")));
    }
    super::report_errors(engine, out, &errors)
}

fn parse_restart(s: &str) -> Option<RestartPolicy> {
    Some(match s.split_once(':') {
        None => match s {
            "" | "no" => RestartPolicy::No,
            "always" => RestartPolicy::Always,
            "unless-stopped" => RestartPolicy::UnlessStopped,
            "on-failure" => RestartPolicy::OnFailure(0),
            _ => return None,
        },
        Some(("on-failure", n)) => RestartPolicy::OnFailure(n.parse().ok()?),
        Some(_) => return None,
    })
}

/// The one context this client has: the local daemon.
const CONTEXT_ENDPOINT: &str = "unix:///var/run/docker.sock";
const CONTEXT_DESCRIPTION: &str = "Current DOCKER_HOST based configuration";

/// `docker context ls`.
pub fn context_ls(inv: &Invocation, out: &mut Output) -> i32 {
    if inv.flags.bool("quiet") {
        out.out("default\n");
        return 0;
    }
    let row = serde_json::json!({
        "Current": true,
        "Description": CONTEXT_DESCRIPTION,
        "DockerEndpoint": CONTEXT_ENDPOINT,
        "Error": "",
        "Name": "default",
    });
    match inv
        .flags
        .str("format")
        .filter(|f| !f.is_empty() && *f != "table")
    {
        None => {
            out.out(table(&[
                ["NAME", "DESCRIPTION", "DOCKER ENDPOINT", "ERROR"]
                    .map(str::to_string)
                    .to_vec(),
                vec![
                    "default *".to_string(),
                    CONTEXT_DESCRIPTION.to_string(),
                    CONTEXT_ENDPOINT.to_string(),
                    String::new(),
                ],
            ]));
            0
        }
        Some(format) => {
            let headers = |field: &str| -> Option<String> {
                Some(
                    match field {
                        "Name" => "NAME",
                        "Description" => "DESCRIPTION",
                        "DockerEndpoint" => "DOCKER ENDPOINT",
                        "Current" => "CURRENT",
                        "Error" => "ERROR",
                        _ => return None,
                    }
                    .to_string(),
                )
            };
            super::containers::render_rows(Some(format), "", &[row], &headers, out)
        }
    }
}

/// `docker context show`.
pub fn context_show(out: &mut Output) -> i32 {
    out.out("default\n");
    0
}

/// `docker context use`.
pub fn context_use(inv: &Invocation, out: &mut Output) -> i32 {
    let name = inv.args.first().map(String::as_str).unwrap_or("");
    if name == "default" {
        out.out("default\n");
        out.err("Current context is now \"default\"\n");
        return 0;
    }
    let hash = crate::vfs::sha256_digest(name.as_bytes());
    let hash = hash.trim_start_matches("sha256:");
    out.err(format!("context \"{name}\": context not found: open /home/learner/.docker/contexts/meta/{hash}/meta.json: no such file or directory\n"));
    1
}

/// `docker buildx version`.
pub fn buildx_version(out: &mut Output) -> i32 {
    out.out("github.com/docker/buildx v0.25.0 faaea65\n");
    0
}

/// `docker buildx ls`: the daemon's own BuildKit, the `default` builder.
pub fn buildx_ls(out: &mut Output) -> i32 {
    out.out(
        "NAME/NODE     DRIVER/ENDPOINT   STATUS    BUILDKIT   PLATFORMS\n\
         default*      docker                                 \n \
         \\_ default    \\_ default       running   v0.22.0    linux/amd64 (+3), linux/386\n",
    );
    0
}

/// `docker manifest inspect`: the registry's manifest for a reference, as JSON.
pub fn manifest_inspect(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(typed) = inv.args.last() else {
        return 1;
    };
    let reference = match crate::image::reference::parse(typed) {
        Ok(r) => r.with_default_tag(),
        Err(e) => {
            out.err(format!("{e}\n"));
            return 1;
        }
    };
    match engine.registry_manifest(&reference) {
        Ok(text) => {
            out.out(format!("{text}\n"));
            0
        }
        Err(e) => daemon_error_plain(engine, out, &e),
    }
}

/// A client-side registry error, printed as is.
fn daemon_error_plain(engine: &mut Engine, out: &mut Output, e: &DaemonError) -> i32 {
    out.err(format!("{}\n", e.message));
    engine.emit(crate::engine::Event::Failed {
        error: e.kind.clone(),
    });
    1
}
