//! Pushing to and pulling from a registry that runs in a container (`localhost:5000/app`).
//!
//! The daemon reaches such a registry the way dockerd does: a loopback host through the port a
//! container publishes (plain HTTP is allowed there, as `docker info` lists `127.0.0.0/8` under
//! Insecure Registries), any other address over HTTPS only. What the registry stores is files
//! in its container ([`crate::runtime::programs::registry::Store`]), so a volume keeps them and
//! a removed container's data goes with its anonymous volume. A layer blob's file carries the
//! blob's size; the layer it stands for is kept in [`Engine::pushed_images`] by image ID, as
//! `save` keeps the images an archive stands for.

use super::distribution::{PushError, PushReport, PushedLayer};
use super::error::DaemonError;
use super::event::{ErrorKind, Event};
use super::{ContainerState, Engine};
use crate::image::reference::Reference;
use crate::image::{short_id, Image};
use crate::registry::{blob_digest, compressed_size, manifest_of, Pulled};
use crate::runtime::programs::registry::Distribution;
use crate::runtime::programs::{HttpRequest, Service};
use crate::runtime::Output;
use crate::vfs::Node;

/// The User-Agent dockerd sends to registries.
const DAEMON_AGENT: &str = "docker/28.2.2 go/go1.24.3 git-commit/45873be kernel/6.8.0-60-generic os/linux arch/amd64 UpstreamClient(Docker-Client/28.2.2 \\(linux\\))";
const JSON_TYPE: &str = "application/json; charset=utf-8";

/// A request of the daemon's to the registry at `domain`, from the registry network's gateway.
fn daemon_request(domain: &str, gateway: &str, method: &str, path: String) -> HttpRequest {
    HttpRequest {
        method: method.to_string(),
        path,
        headers: vec![
            ("Host".to_string(), domain.to_string()),
            ("User-Agent".to_string(), DAEMON_AGENT.to_string()),
        ],
        body: Vec::new(),
        remote_addr: gateway.to_string(),
    }
}

/// Why the daemon could not talk to a registry host: the message after `Error response from
/// daemon: ` (or the line a push prints) and the error kind to explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreachable {
    /// `Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused`.
    pub message: String,
    /// What the explanation says.
    pub kind: ErrorKind,
}

/// Public registries the stand-in Hub answers for (by the repository path alone).
const PUBLIC_HOSTS: &[&str] = &[
    "docker.io",
    "registry-1.docker.io",
    "index.docker.io",
    "docker.elastic.co",
    "ghcr.io",
    "quay.io",
    "gcr.io",
    "mcr.microsoft.com",
    "public.ecr.aws",
    "registry.gitlab.com",
    "registry.k8s.io",
];

/// Whether a reference's registry host is one a learner runs (or means to run) themselves
/// rather than a public registry: a loopback name or address, an IPv4 address, a name
/// without a dot (`myregistry:5000`), or any other name with a port
/// (`myregistrydomain.com:5000`). Public registries (`ghcr.io`, `docker.elastic.co`) stay
/// with the stand-in Hub.
pub fn is_private_host(domain: &str) -> bool {
    // A URL (`https://index.docker.io/v1/`) is not a host name.
    if domain.contains('/') {
        return false;
    }
    let (host, port) = split_host(domain);
    if PUBLIC_HOSTS.contains(&host) {
        return false;
    }
    is_loopback(host) || is_ipv4(host) || !host.contains('.') || port.is_some()
}

fn split_host(domain: &str) -> (&str, Option<u16>) {
    if let Some(rest) = domain.strip_prefix('[') {
        let (host, after) = rest.split_once(']').unwrap_or((rest, ""));
        let port = after.strip_prefix(':').and_then(|p| p.parse().ok());
        return (&domain[..host.len() + 2], port);
    }
    match domain.rsplit_once(':') {
        Some((h, p)) => (h, p.parse().ok()),
        None => (domain, None),
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host == "[::1]" || host.starts_with("127.")
}

fn is_ipv4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| p.parse::<u8>().is_ok())
}

impl Engine {
    /// The registry container a private host reaches, or why there is none.
    pub fn registry_container(&self, domain: &str) -> Result<usize, Unreachable> {
        let (host, port) = split_host(domain);
        let loopback = is_loopback(host);
        let scheme = if loopback { "http" } else { "https" };
        let port = port.unwrap_or(if loopback { 80 } else { 443 });
        let url = format!("{scheme}://{domain}/v2/");
        let dial = match host {
            "localhost" => format!("[::1]:{port}"),
            h => format!("{h}:{port}"),
        };
        let fail = |detail: String, kind: ErrorKind| Unreachable {
            message: format!("Get \"{url}\": {detail}"),
            kind,
        };
        let refused = || {
            fail(
                format!("dial tcp {dial}: connect: connection refused"),
                ErrorKind::RegistryUnreachable {
                    registry: domain.to_string(),
                },
            )
        };
        let target = if loopback {
            self.published(port)
        } else if is_ipv4(host) {
            if self.networks.values().any(|n| n.gateway == host) {
                self.published(port)
            } else {
                match self.resolve_address(host, None) {
                    Ok(idx) => Some((idx, port)),
                    Err(_) => {
                        return Err(fail(
                            format!("dial tcp {dial}: i/o timeout"),
                            ErrorKind::RegistryUnreachable {
                                registry: domain.to_string(),
                            },
                        ))
                    }
                }
            }
        } else {
            // The daemon resolves names with the host's resolver, which knows no container.
            return Err(fail(
                format!("dial tcp: lookup {host} on 127.0.0.53:53: no such host"),
                ErrorKind::RegistryUnreachable {
                    registry: domain.to_string(),
                },
            ));
        };
        let Some((idx, container_port)) = target else {
            return Err(refused());
        };
        let c = &self.containers[idx];
        if c.state == ContainerState::Paused {
            return Err(fail(
                "net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)".to_string(),
                ErrorKind::RegistryUnreachable {
                    registry: domain.to_string(),
                },
            ));
        }
        match &c.service {
            Some(Service::Registry(r))
                if c.state == ContainerState::Running && r.port == container_port => {}
            // docker-proxy accepted the connection and found nothing behind it.
            _ if loopback => {
                return Err(fail(
                    "EOF".to_string(),
                    ErrorKind::RegistryUnreachable {
                        registry: domain.to_string(),
                    },
                ))
            }
            _ => return Err(refused()),
        }
        if !loopback {
            return Err(fail(
                "http: server gave HTTP response to HTTPS client".to_string(),
                ErrorKind::RegistryNotHttps {
                    registry: domain.to_string(),
                },
            ));
        }
        Ok(idx)
    }

    /// Runs `f` with the registry of container `idx` and its files, then stores the files
    /// (into the volume mounted there, if any) and the registry's log lines.
    fn with_registry<T>(
        &mut self,
        idx: usize,
        f: impl FnOnce(&mut Distribution, &mut crate::vfs::Tree, &mut Output, i64) -> T,
    ) -> Option<T> {
        let Some(Service::Registry(mut reg)) = self.containers[idx].service.take() else {
            return None;
        };
        let mut fs = self.container_fs(idx);
        let mut log = Output::default();
        let result = f(&mut reg, &mut fs, &mut log, self.now());
        let tty = self.containers[idx].config.tty;
        self.containers[idx].service = Some(Service::Registry(reg));
        self.store_container_fs(idx, fs);
        self.record_output(idx, &log, tty);
        Some(result)
    }

    /// `docker push localhost:5000/NAME:TAG` to the registry container `idx`.
    pub(crate) fn push_to_container(
        &mut self,
        reference: &Reference,
        tag: &str,
        image: Image,
        idx: usize,
    ) -> Result<PushReport, PushError> {
        let name = reference.path.clone();
        let domain = reference.domain.clone();
        let gateway = self.gateway_of(idx);
        let outcome = self.with_registry(idx, |reg, fs, log, now| {
            let req = |method: &str, path: String| daemon_request(&domain, &gateway, method, path);
            // The daemon's first request: the API version check.
            reg.log_request(log, now, &req("GET", "/v2/".into()), 200, 2, JSON_TYPE);
            let mut layers = Vec::new();
            let blobs: Vec<(String, Node)> = image
                .layers
                .iter()
                .map(|l| {
                    let size = compressed_size(l.size);
                    (blob_digest(&l.digest), Node::sized_file(Vec::new(), size))
                })
                .chain(std::iter::once((
                    image.id.clone(),
                    Node::file(image.config_json().into_bytes()),
                )))
                .collect();
            let layer_count = image.layers.len();
            for (i, (digest, node)) in blobs.into_iter().enumerate() {
                let head = req("HEAD", format!("/v2/{name}/blobs/{digest}"));
                let status = {
                    let store = reg.store(fs);
                    if store.repo_has_layer(&name, &digest) {
                        PushedLayer::AlreadyExists
                    } else if let Some(from) = store.repo_with_layer(&digest, &name) {
                        PushedLayer::MountedFrom(from)
                    } else {
                        PushedLayer::Pushed
                    }
                };
                match &status {
                    PushedLayer::AlreadyExists => {
                        reg.log_request(log, now, &head, 200, 0, "application/octet-stream");
                    }
                    PushedLayer::MountedFrom(from) => {
                        reg.log_request(log, now, &head, 404, 157, JSON_TYPE);
                        let mount = req(
                            "POST",
                            format!("/v2/{name}/blobs/uploads/?from={from}&mount={digest}"),
                        );
                        reg.log_request(log, now, &mount, 201, 0, "");
                        reg.store(fs).put_blob(&name, &digest, node);
                    }
                    PushedLayer::Pushed => {
                        reg.log_request(log, now, &head, 404, 157, JSON_TYPE);
                        reg.log_request(
                            log,
                            now,
                            &req("POST", format!("/v2/{name}/blobs/uploads/")),
                            202,
                            0,
                            "",
                        );
                        let upload =
                            crate::vfs::sha256_digest(format!("{name}{digest}{now}").as_bytes());
                        let upload = &upload[7..43];
                        reg.log_request(
                            log,
                            now,
                            &req(
                                "PUT",
                                format!("/v2/{name}/blobs/uploads/{upload}?digest={digest}"),
                            ),
                            201,
                            0,
                            "",
                        );
                        reg.store(fs).put_blob(&name, &digest, node);
                    }
                }
                if i < layer_count {
                    layers.push((short_id(&digest).to_string(), status));
                }
            }
            let (text, digest) = manifest_of(&image);
            reg.store(fs).put_manifest(&name, tag, &text, &digest);
            reg.log_request(
                log,
                now,
                &req("PUT", format!("/v2/{name}/manifests/{tag}")),
                201,
                0,
                "",
            );
            let root = reg.root.clone();
            layers.reverse();
            (layers, text, digest, root)
        });
        let Some((layers, text, digest, root)) = outcome else {
            return Err(PushError::Denied {
                layers: Vec::new(),
                message: "EOF".to_string(),
            });
        };
        let pushed = layers
            .iter()
            .filter(|(_, s)| *s == PushedLayer::Pushed)
            .count();
        let container = self.containers[idx].name.clone();
        let volume = self.mount_of(idx, &root);
        self.emit(Event::LocalRegistryPushed {
            reference: reference.familiar(),
            container,
            pushed,
            existing: layers.len() - pushed,
            path: root,
            volume,
        });
        let repo_digest = format!("{}/{}@{}", reference.domain, reference.path, digest);
        if let Some(stored) = self.images.get_mut(&image.id) {
            if !stored.repo_digests.contains(&repo_digest) {
                stored.repo_digests.push(repo_digest);
            }
        }
        self.pushed_images.insert(image.id.clone(), image);
        Ok(PushReport {
            repository: format!("{}/{}", reference.domain, reference.path),
            tag: tag.to_string(),
            layers,
            digest,
            size: text.len() as u64,
        })
    }

    /// The manifest and image a registry container holds for `name` at a tag or digest.
    pub(crate) fn pull_from_container(
        &mut self,
        reference: &Reference,
        tag_or_digest: &str,
        idx: usize,
    ) -> Result<Pulled, DaemonError> {
        let name = reference.path.clone();
        let domain = reference.domain.clone();
        let gateway = self.gateway_of(idx);
        // Lent to the closure while the registry's files are checked out, then put back.
        let known = std::mem::take(&mut self.pushed_images);
        let found = self.with_registry(idx, |reg, fs, log, now| {
            let req = |method: &str, path: String| daemon_request(&domain, &gateway, method, path);
            // The daemon's first request: the API version check.
            reg.log_request(log, now, &req("GET", "/v2/".into()), 200, 2, JSON_TYPE);
            let manifests = req("GET", format!("/v2/{name}/manifests/{tag_or_digest}"));
            let store = reg.store(fs);
            let digest = if tag_or_digest.starts_with("sha256:") {
                store
                    .has_revision(&name, tag_or_digest)
                    .then(|| tag_or_digest.to_string())
            } else {
                store.tag_digest(&name, tag_or_digest)
            };
            let manifest = digest
                .as_deref()
                .and_then(|d| store.blob(d))
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok());
            let image = manifest
                .as_ref()
                .and_then(|m| m["config"]["digest"].as_str())
                .and_then(|id| known.get(id))
                .filter(|image| {
                    image
                        .layers
                        .iter()
                        .all(|l| store.has_blob(&blob_digest(&l.digest)))
                })
                .cloned();
            match (digest, image) {
                (Some(digest), Some(image)) => {
                    let size = store.blob(&digest).map_or(0, <[u8]>::len);
                    reg.log_request(
                        log,
                        now,
                        &manifests,
                        200,
                        size,
                        "application/vnd.oci.image.manifest.v1+json",
                    );
                    Some((digest, image))
                }
                _ => {
                    reg.log_request(log, now, &manifests, 404, 96, JSON_TYPE);
                    None
                }
            }
        });
        self.pushed_images = known;
        let Some((digest, image)) = found.flatten() else {
            return Err(DaemonError::new(
                format!(
                    "manifest for {}:{} not found: manifest unknown: manifest unknown",
                    reference.familiar_name(),
                    tag_or_digest
                ),
                ErrorKind::RegistryManifestUnknown {
                    reference: reference.familiar(),
                    registry: reference.domain.clone(),
                    container: self.containers[idx].name.clone(),
                },
            ));
        };
        // The layers this daemon lacks are downloaded; the registry logs each blob it serves.
        let missing: Vec<(String, u64)> = image
            .layers
            .iter()
            .filter(|l| !self.has_layer(&l.digest))
            .map(|l| (blob_digest(&l.digest), compressed_size(l.size)))
            .chain(std::iter::once((
                image.id.clone(),
                image.config_json().len() as u64,
            )))
            .collect();
        let domain = reference.domain.clone();
        let gateway = self.gateway_of(idx);
        self.with_registry(idx, |reg, _, log, now| {
            for (blob, size) in &missing {
                let req =
                    daemon_request(&domain, &gateway, "GET", format!("/v2/{name}/blobs/{blob}"));
                reg.log_request(
                    log,
                    now,
                    &req,
                    200,
                    *size as usize,
                    "application/octet-stream",
                );
            }
        });
        let layers = crate::registry::remote_layers(&image);
        Ok(Pulled {
            manifest_digest: digest,
            image,
            layers,
        })
    }

    /// The manifest digest a registry container holds for `path:tag`, read without a request.
    pub fn local_registry_digest(&mut self, domain: &str, path: &str, tag: &str) -> Option<String> {
        let idx = self.registry_container(domain).ok()?;
        let Some(Service::Registry(reg)) = self.containers[idx].service.clone() else {
            return None;
        };
        let mut fs = self.container_fs(idx);
        let store = reg.store(&mut fs);
        store.tag_digest(path, tag)
    }

    /// The address the daemon's requests come from, as a container behind a published port
    /// sees them: its network's gateway.
    fn gateway_of(&self, idx: usize) -> String {
        self.containers[idx]
            .networks
            .keys()
            .find_map(|n| self.networks.get(n).map(|n| n.gateway.clone()))
            .filter(|g| !g.is_empty())
            .unwrap_or_else(|| super::net::HOST_GATEWAY.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_hosts_are_loopback_addresses_and_dotless_names() {
        assert!(is_private_host("localhost:5000"));
        assert!(is_private_host("127.0.0.1:5000"));
        assert!(is_private_host("[::1]:5000"));
        assert!(is_private_host("192.168.1.10:5000"));
        assert!(is_private_host("myregistry:5000"));
        assert!(!is_private_host("docker.io"));
        assert!(!is_private_host("ghcr.io"));
        assert!(!is_private_host("docker.elastic.co"));
        assert!(is_private_host("myregistrydomain.com:5000"));
        assert!(!is_private_host("ghcr.io:443"));
        assert!(!is_private_host("https://index.docker.io/v1/"));
    }

    fn run(s: &mut crate::session::Session, line: &str) -> (String, i32) {
        let r = s.run(line);
        (r.output.text(), r.status)
    }

    #[test]
    fn the_images_live_in_the_registry_container_s_files() {
        let mut s = crate::session::Session::new(crate::session::SessionConfig::default());
        for line in [
            "docker run -d -p 5000:5000 --name registry registry:2",
            "docker pull busybox",
            "docker tag busybox localhost:5000/bb",
        ] {
            assert_eq!(run(&mut s, line).1, 0, "{line}");
        }
        let (text, code) = run(&mut s, "docker push localhost:5000/bb");
        assert_eq!(code, 0, "{text}");
        assert!(text.contains(": Pushed\nlatest: digest: sha256:"), "{text}");
        let (text, _) = run(&mut s, "docker push localhost:5000/bb");
        assert!(text.contains(": Layer already exists\n"), "{text}");
        let e = s.engine();
        let idx = e.find_container("registry").expect("the registry runs");
        let mut fs = e.clone().container_fs(idx);
        let reg = match &e.containers[idx].service {
            Some(Service::Registry(r)) => r.clone(),
            _ => panic!("the registry service runs"),
        };
        assert_eq!(reg.store(&mut fs).catalog(), vec!["bb".to_string()]);
        // Without a volume of its own, a new container starts with an empty anonymous one.
        run(&mut s, "docker rm -f registry");
        run(
            &mut s,
            "docker run -d -p 5000:5000 --name registry registry:2",
        );
        let (text, _) = run(&mut s, "curl -s localhost:5000/v2/_catalog");
        assert_eq!(text, "{\"repositories\":[]}\n");
        run(&mut s, "docker rmi localhost:5000/bb");
        let (text, code) = run(&mut s, "docker pull localhost:5000/bb");
        assert_eq!(code, 1);
        assert_eq!(
            text,
            "Using default tag: latest\nError response from daemon: manifest for localhost:5000/bb:latest not found: manifest unknown: manifest unknown\n"
        );
    }

    #[test]
    fn a_gateway_address_reaches_the_registry_over_https_and_fails() {
        let mut s = crate::session::Session::new(crate::session::SessionConfig::default());
        run(
            &mut s,
            "docker run -d -p 5000:5000 --name registry registry:2",
        );
        let e = s
            .engine()
            .registry_container("172.17.0.1:5000")
            .unwrap_err();
        assert_eq!(
            e.message,
            "Get \"https://172.17.0.1:5000/v2/\": http: server gave HTTP response to HTTPS client"
        );
        assert!(matches!(e.kind, ErrorKind::RegistryNotHttps { .. }));
        assert!(s.engine().registry_container("localhost:5000").is_ok());
    }

    #[test]
    fn nothing_listening_is_refused_in_dockerd_s_words() {
        let engine = Engine::new(0, 0);
        let e = engine.registry_container("localhost:5000").unwrap_err();
        assert_eq!(
            e.message,
            "Get \"http://localhost:5000/v2/\": dial tcp [::1]:5000: connect: connection refused"
        );
        let e = engine.registry_container("127.0.0.1:5001").unwrap_err();
        assert_eq!(
            e.message,
            "Get \"http://127.0.0.1:5001/v2/\": dial tcp 127.0.0.1:5001: connect: connection refused"
        );
        let e = engine.registry_container("myregistry:5000").unwrap_err();
        assert_eq!(
            e.message,
            "Get \"https://myregistry:5000/v2/\": dial tcp: lookup myregistry on 127.0.0.53:53: no such host"
        );
    }
}
