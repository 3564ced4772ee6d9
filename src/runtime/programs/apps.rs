//! Application servers a container's main process becomes: Python web apps (Flask's
//! development server, gunicorn, uvicorn, Django's runserver), Apache with PHP (php:apache,
//! WordPress) and Java (a Spring Boot jar, Tomcat). One service kind for them all keeps the
//! engine's dispatch small; each flavour lives in its own module.

use super::{java, php, python, HttpRequest, HttpResponse, ProgramCtx, Signal, SignalEffect};
use crate::runtime::Output;
use crate::vfs::Tree;

/// A running application server.
#[derive(Clone, Debug)]
pub enum AppServer {
    /// A Python web app.
    Python(python::PyServer),
    /// Apache httpd with mod_php (the php:apache and wordpress images).
    Apache(php::Apache),
    /// A JVM web server.
    Java(java::JavaServer),
    /// A community image's own server (traefik/whoami, hashicorp/http-echo).
    #[cfg(feature = "full")]
    Hub(super::hubapps::HubApp),
}

impl AppServer {
    /// Listening TCP ports.
    pub fn ports(&self) -> Vec<u16> {
        match self {
            AppServer::Python(s) => vec![s.port],
            AppServer::Apache(_) => vec![80],
            AppServer::Java(s) => vec![s.port],
            #[cfg(feature = "full")]
            AppServer::Hub(s) => vec![s.port],
        }
    }

    /// Answers a request; `None` when the server does not accept it (bound to loopback only).
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> Option<HttpResponse> {
        match self {
            AppServer::Python(s) => s.http(fs, now_ms, req, log),
            AppServer::Apache(s) => Some(s.http(fs, now_ms, req, log)),
            AppServer::Java(s) => Some(s.http(now_ms, req, log)),
            #[cfg(feature = "full")]
            AppServer::Hub(s) => Some(s.http(fs, now_ms, req, log)),
        }
    }

    /// Delivers a signal, logging what the real server logs.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        match self {
            AppServer::Python(s) => s.on_signal(sig, now_ms, log),
            AppServer::Apache(s) => s.on_signal(sig, now_ms, log),
            AppServer::Java(s) => s.on_signal(sig, now_ms, log),
            #[cfg(feature = "full")]
            AppServer::Hub(s) => s.on_signal(sig, now_ms, log),
        }
    }

    /// The command line of PID 1.
    pub fn command_line(&self) -> String {
        match self {
            AppServer::Python(s) => s.command.clone(),
            AppServer::Apache(_) => "apache2 -DFOREGROUND".to_string(),
            AppServer::Java(s) => s.command.clone(),
            #[cfg(feature = "full")]
            AppServer::Hub(s) => s.command.clone(),
        }
    }

    /// Bound to 127.0.0.1 only.
    pub fn loopback(&self) -> bool {
        matches!(self, AppServer::Python(s) if s.loopback)
    }

    /// The program name of PID 1.
    pub fn pid1_name(&self) -> &str {
        match self {
            AppServer::Python(s) => s.program(),
            AppServer::Apache(_) => "apache2",
            AppServer::Java(_) => "java",
            #[cfg(feature = "full")]
            AppServer::Hub(s) => s.program(),
        }
    }
}

/// The container's own address as its programs print it (`172.17.0.2`), from the engine's
/// name resolution when it says, else the default bridge's first address.
pub fn own_address(ctx: &mut ProgramCtx) -> String {
    let host = ctx.hostname.to_string();
    ctx.net
        .resolve(&host)
        .and_then(|v| {
            v.into_iter()
                .find(|a| a.starts_with("172.") || a.contains('.'))
        })
        .filter(|a| a != "127.0.0.1")
        .unwrap_or_else(|| "172.17.0.2".to_string())
}

/// Whether a request came from inside the container itself (`curl localhost` in `exec`):
/// servers bound to 127.0.0.1 answer only those.
pub fn is_loopback_request(req: &HttpRequest) -> bool {
    let host = req.header("Host").unwrap_or("");
    let name = host.rsplit_once(':').map_or(host, |(h, _)| h);
    matches!(name, "localhost" | "127.0.0.1" | "[::1]" | "::1") && req.remote_addr != "172.17.0.1"
}

/// `2025-06-02 09:00:00`, a log time with seconds.
pub fn iso_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

/// `02/Jun/2025 09:00:05`, the time in werkzeug's and Django's access lines.
pub fn werkzeug_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!(
        "{d:02}/{}/{y:04} {h:02}:{mi:02}:{s:02}",
        super::month_abbr(mo)
    )
}

/// A plain response with the given headers in order and a body.
pub fn response(
    version: &str,
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
) -> HttpResponse {
    HttpResponse {
        version: version.to_string(),
        status,
        reason: super::reason_phrase(status).to_string(),
        headers,
        body,
    }
}

/// Header pairs from `(&str, String)` tuples.
pub fn headers(pairs: &[(&str, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// A server this app connects to on each request (WordPress's database): the engine checks
/// it before handing the app a request, so the answer follows containers starting and stopping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    /// Host name or address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Whether a connection succeeded at the last check.
    pub status: Result<(), super::NetError>,
}

impl Peer {
    /// A peer not checked yet (taken as down).
    pub fn new(host: &str, port: u16) -> Peer {
        Peer {
            host: host.to_string(),
            port,
            status: Err(super::NetError::Refused),
        }
    }
}

#[cfg(test)]
#[path = "apps_tests.rs"]
mod tests;
