//! The global flags (`-H`, `--context`, `-l`, `--tls*`, `--config`): checked as the docker
//! client checks them when it initialises, before any command runs. The simulated daemon is the
//! default local one; any other endpoint is one this client cannot reach.

use crate::cli::spec::Flags;

/// How the client ends before running the command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Initialisation failed: the text (ending in a newline), exit 1.
    Fail(String),
    /// A valid endpoint other than the local daemon: `Cannot connect to … at <host>`.
    Unreachable(String),
}

/// `opts.ParseHost` in the part that decides: the normalised address or the error.
fn parse_host(val: &str) -> Result<Option<String>, String> {
    let v = val.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let (proto, addr) = match v.split_once("://") {
        Some((p, a)) => (p, a),
        None => ("tcp", v),
    };
    match proto {
        "unix" => Ok(Some(format!(
            "unix://{}",
            if addr.is_empty() { "/var/run/docker.sock" } else { addr }
        ))),
        "npipe" => Err("Failed to initialize: protocol not available".into()),
        "fd" => Err(format!("Failed to initialize: unable to parse docker host `{v}`")),
        "ssh" => {
            let host = addr.split('/').next().unwrap_or("");
            let host = host.rsplit('@').next().unwrap_or(host);
            match host.rsplit_once(':') {
                Some((_, port)) if !port.bytes().all(|c| c.is_ascii_digit()) => Err(format!(
                    "Failed to initialize: parse \"{v}\": invalid port \":{port}\" after host"
                )),
                _ => Ok(Some(v.to_string())),
            }
        }
        "tcp" => {
            let full = format!("tcp://{addr}");
            let endpoint = |e: &str| format!("Failed to initialize: unable to resolve docker endpoint: {e}");
            let hostport = addr.split('/').next().unwrap_or("");
            if let Some(c) = hostport.chars().find(|c| c.is_whitespace()) {
                return Err(endpoint(&format!(
                    "parse {full:?}: invalid character {:?} in host name",
                    c.to_string()
                )));
            }
            let (host, port) = match hostport.rsplit_once(':') {
                Some((h, p)) if !hostport.starts_with('[') || h.ends_with(']') => (h, p),
                _ => (hostport, ""),
            };
            if !port.bytes().all(|c| c.is_ascii_digit()) {
                return Err(endpoint(&format!(
                    "parse {full:?}: invalid port \":{port}\" after host"
                )));
            }
            // The client shows an empty host as `localhost`, and keeps a path.
            let host = if host.is_empty() { "localhost" } else { host };
            let port = if port.is_empty() { "2375" } else { port };
            let path = &addr[hostport.len()..];
            Ok(Some(format!("tcp://{host}:{port}{path}")))
        }
        _ => Err(format!(
            "Failed to initialize: unable to resolve docker endpoint: invalid bind address format: {v}"
        )),
    }
}

/// pflag's check of `-l` when the root flags are parsed (before the command's own flags).
pub fn log_level(g: &Flags) -> Result<(), String> {
    let level = g.str("log-level").unwrap_or("");
    if level.is_empty()
        || matches!(
            level.to_ascii_lowercase().as_str(),
            "panic" | "fatal" | "error" | "warn" | "warning" | "info" | "debug" | "trace"
        )
    {
        Ok(())
    } else {
        Err(format!("Unable to parse logging level: {level}\n"))
    }
}

/// Checks the global flags when the client initialises; `None` when the command goes to the
/// simulated daemon.
pub fn check(g: &Flags) -> Option<Stop> {
    let home = format!("{}/.docker", crate::vfs::HOME);
    if let Err(e) = log_level(g) {
        return Some(Stop::Fail(e));
    }
    let hosts = g.list("host");
    let context = g.str("context").unwrap_or("");
    if !hosts.is_empty() && !context.is_empty() {
        return Some(Stop::Fail(
            "conflicting options: cannot specify both --host and --context\n".into(),
        ));
    }
    let config = if g.was_set("config") {
        g.str("config").unwrap_or(&home).to_string()
    } else {
        home.clone()
    };
    if hosts.len() > 1 {
        return Some(Stop::Fail(
            "Failed to initialize: unable to resolve docker endpoint: Specify only one -H\n".into(),
        ));
    }
    let host = match hosts.first().map(|h| parse_host(h)) {
        Some(Err(e)) => return Some(Stop::Fail(format!("{e}\n"))),
        Some(Ok(h)) => h,
        None => None,
    };
    if !context.is_empty() && context != "default" {
        let digest = crate::vfs::sha256_digest(context.as_bytes());
        let hex = digest.trim_start_matches("sha256:");
        return Some(Stop::Fail(format!(
            "Failed to initialize: unable to resolve docker endpoint: context {context:?}: context not found: open {config}/contexts/meta/{hex}/meta.json: no such file or directory\n"
        )));
    }
    if g.was_set("tls") || g.was_set("tlsverify") {
        let ca = if g.was_set("tlscacert") {
            g.str("tlscacert").unwrap_or("").to_string()
        } else {
            format!("{home}/ca.pem")
        };
        return Some(Stop::Fail(format!(
            "Failed to initialize: unable to resolve docker endpoint: open {ca}: no such file or directory\n"
        )));
    }
    match host {
        None => None,
        Some(h) if h == "unix:///var/run/docker.sock" => None,
        Some(h) => Some(Stop::Unreachable(h)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_like_parse_host() {
        for bad in [
            "://",
            "unknown://",
            "tcp://:port",
            "tcp://invalid:port",
            "something with spaces",
        ] {
            assert!(parse_host(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_host("tcp://:2375"),
            Ok(Some("tcp://localhost:2375".into()))
        );
        assert_eq!(
            parse_host("unix://"),
            Ok(Some("unix:///var/run/docker.sock".into()))
        );
        assert_eq!(parse_host("  "), Ok(None));
        assert_eq!(
            parse_host("tcp://docker.com:2375"),
            Ok(Some("tcp://docker.com:2375".into()))
        );
    }
}
