//! The Distribution registry (`registry:2`, `registry:3`): the program, its HTTP API and its
//! storage, which is plain files in the container (`/var/lib/registry/docker/registry/v2/…`).
//!
//! The daemon pushes to and pulls from a registry container through [`Store`], which reads and
//! writes exactly the files the real registry keeps: blobs by digest, and per repository the
//! links naming its layers, manifest revisions and tags. So what a registry holds lives and
//! dies with its files: a volume keeps it, a removed container with its anonymous volume loses
//! it. The HTTP side ([`Distribution::http`]) answers `curl` with the same JSON the real one
//! does (`/v2/`, `/v2/_catalog`, `/v2/NAME/tags/list`, manifests).

use super::{http_date, HttpRequest, HttpResponse, ProgramCtx, Signal, SignalEffect, Start};
use crate::runtime::Output;
use crate::vfs::{self, Node, Tree};

/// The registry's storage root when the configuration is the image's own.
pub const DEFAULT_ROOT: &str = "/var/lib/registry";

/// The configuration file of `registry:2` (2.x keeps Docker's old path).
const CONFIG_V2: &str = "/etc/docker/registry/config.yml";

/// The registry server, running.
#[derive(Clone, Debug)]
pub struct Distribution {
    /// `2.8.3` or `3.0.0`.
    pub version: String,
    /// The Go release the binary was built with (`go1.20.8`).
    pub go: String,
    /// Listening TCP port (5000, or `REGISTRY_HTTP_ADDR`'s).
    pub port: u16,
    /// Storage root (`/var/lib/registry`, or `REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY`).
    pub root: String,
    /// `instance.id` of its log lines.
    pub instance: String,
    /// The command line `ps` shows.
    pub command: String,
    /// The configuration's `log.fields` has `environment: development`.
    pub environment: bool,
    /// Log lines written so far (for distinct time stamps).
    lines: u64,
}

impl Distribution {
    /// Whether this is Distribution 3 (`registry:3`).
    pub fn is_v3(&self) -> bool {
        self.version.starts_with('3')
    }

    /// The storage of this registry in `fs`.
    pub fn store<'a>(&self, fs: &'a mut Tree) -> Store<'a> {
        Store {
            fs,
            root: format!("{}/docker/registry/v2", self.root.trim_end_matches('/')),
        }
    }

    /// One logrus text line, as the registry logs to stderr.
    pub fn log(&mut self, log: &mut Output, now_ms: i64, level: &str, msg: &str, fields: &str) {
        self.lines += 1;
        // Nanoseconds the virtual clock does not have, different per line as real ones are.
        let nanos = (self.lines * 7_919 + u64::from(self.port)) % 1_000_000;
        let stamp = crate::clock::rfc3339_nano(now_ms);
        let stamp = stamp.replacen("000000Z", &format!("{nanos:06}Z"), 1);
        // The image's 3.x configuration adds this field to every line (`log.fields`).
        let env = if self.environment {
            "environment=development "
        } else {
            ""
        };
        let fields = if fields.is_empty() {
            String::new()
        } else {
            format!("{fields} ")
        };
        log.err(format!(
            "time=\"{stamp}\" level={level} msg={} {env}go.version={} {fields}instance.id={} service=registry version={} \n",
            quote(msg),
            self.go,
            self.instance,
            self.version
        ));
    }

    /// Logs one request as the registry does: the `response completed` line and the access
    /// log line in Apache's combined format.
    pub fn log_request(
        &mut self,
        log: &mut Output,
        now_ms: i64,
        req: &HttpRequest,
        status: u16,
        written: usize,
        content_type: &str,
    ) {
        let host = req.header("Host").unwrap_or("localhost:5000").to_string();
        let agent = req.header("User-Agent").unwrap_or("").to_string();
        let remote = format!("{}:{}", req.remote_addr, 40_000 + (self.lines % 20_000));
        let id = vfs::sha256_digest(format!("{}{now_ms}{}", self.instance, self.lines).as_bytes());
        let fields = format!(
            "http.request.host={} http.request.id={} http.request.method={} http.request.remoteaddr={} http.request.uri={} http.request.useragent={} http.response.contenttype={} http.response.duration={}.{:03}ms http.response.status={status} http.response.written={written}",
            quote(&host),
            uuid(&id),
            req.method,
            quote(&remote),
            quote(&req.path),
            quote(&agent),
            quote(content_type),
            1 + self.lines % 3,
            (self.lines * 137) % 1000,
        );
        self.log(log, now_ms, "info", "response completed", &fields);
        let (y, mo, d, h, mi, s) = crate::clock::civil(now_ms.div_euclid(1000));
        log.out(format!(
            "{} - - [{d:02}/{}/{y:04}:{h:02}:{mi:02}:{s:02} +0000] \"{} {} HTTP/1.1\" {status} {written} \"\" {}\n",
            req.remote_addr,
            super::month_abbr(mo),
            req.method,
            req.path,
            goquote(&agent)
        ));
    }

    /// Answers a request to the HTTP API from the files of `fs`.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        let mut fs = fs.clone();
        let (status, content_type, body, extra) = answer(&mut self.store(&mut fs), req);
        let mut headers = vec![("Content-Type".to_string(), content_type.to_string())];
        if req.path_only().starts_with("/v2") {
            headers.push((
                "Docker-Distribution-Api-Version".to_string(),
                "registry/2.0".to_string(),
            ));
        }
        headers.extend(extra);
        headers.push(("X-Content-Type-Options".to_string(), "nosniff".to_string()));
        headers.push(("Date".to_string(), http_date(now_ms)));
        headers.push(("Content-Length".to_string(), body.len().to_string()));
        self.log_request(log, now_ms, req, status, body.len(), content_type);
        HttpResponse {
            version: "HTTP/1.1".to_string(),
            status,
            reason: super::reason_phrase(status).to_string(),
            headers,
            body: if req.method == "HEAD" {
                Vec::new()
            } else {
                body
            },
        }
    }

    /// `docker stop`: 2.x has no handler, so Go dies of SIGTERM, which PID 1 cannot, and
    /// exits 2; 3.x drains its connections and exits 0.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        match sig {
            Signal::Term | Signal::Int if self.is_v3() => {
                self.log(
                    log,
                    now_ms,
                    "info",
                    "stopping server gracefully. Draining connections for 0s",
                    "",
                );
                SignalEffect::Exit(0)
            }
            Signal::Term | Signal::Int | Signal::Quit | Signal::Hup => SignalEffect::Exit(2),
            Signal::Kill => SignalEffect::Exit(137),
            _ => SignalEffect::Ignored,
        }
    }
}

/// Status, content type, body and extra headers for a request.
fn answer(
    store: &mut Store,
    req: &HttpRequest,
) -> (u16, &'static str, Vec<u8>, Vec<(String, String)>) {
    const JSON: &str = "application/json; charset=utf-8";
    let path = req.path_only();
    let not_found = || {
        (
            404,
            "text/plain; charset=utf-8",
            b"404 page not found\n".to_vec(),
            Vec::new(),
        )
    };
    if path == "/" {
        return (200, "", Vec::new(), Vec::new());
    }
    if path == "/v2" || path == "/v2/" {
        return (200, JSON, b"{}".to_vec(), Vec::new());
    }
    let Some(rest) = path.strip_prefix("/v2/") else {
        return not_found();
    };
    if rest == "_catalog" {
        let body = serde_json::json!({ "repositories": store.catalog() });
        return (200, JSON, json_line(&body), Vec::new());
    }
    if let Some(name) = rest.strip_suffix("/tags/list") {
        return match store.tags(name) {
            Some(tags) => {
                let body = serde_json::json!({ "name": name, "tags": tags });
                (200, JSON, json_line(&body), Vec::new())
            }
            None => (
                404,
                JSON,
                error_body(
                    "NAME_UNKNOWN",
                    "repository name not known to registry",
                    "name",
                    name,
                ),
                Vec::new(),
            ),
        };
    }
    if let Some((name, reference)) = rest.rsplit_once("/manifests/") {
        let digest = if reference.starts_with("sha256:") {
            store
                .has_revision(name, reference)
                .then(|| reference.to_string())
        } else {
            store.tag_digest(name, reference)
        };
        let manifest = digest
            .as_deref()
            .and_then(|d| store.blob(d).map(|b| (d.to_string(), b.to_vec())));
        return match manifest {
            Some((digest, body)) => (
                200,
                "application/vnd.oci.image.manifest.v1+json",
                body,
                vec![
                    ("Docker-Content-Digest".to_string(), digest.clone()),
                    ("Etag".to_string(), format!("\"{digest}\"")),
                ],
            ),
            None => {
                let key = if reference.starts_with("sha256:") {
                    "Digest"
                } else {
                    "Tag"
                };
                (
                    404,
                    JSON,
                    error_body("MANIFEST_UNKNOWN", "manifest unknown", key, reference),
                    Vec::new(),
                )
            }
        };
    }
    if let Some((name, digest)) = rest.rsplit_once("/blobs/") {
        if store.repo_has_layer(name, digest) {
            if let Some(blob) = store.blob(digest) {
                let blob = blob.to_vec();
                return (
                    200,
                    "application/octet-stream",
                    blob,
                    vec![("Docker-Content-Digest".to_string(), digest.to_string())],
                );
            }
        }
        return (
            404,
            JSON,
            error_body("BLOB_UNKNOWN", "blob unknown to registry", "", digest),
            Vec::new(),
        );
    }
    not_found()
}

/// `{"errors":[…]}` as distribution writes it, with its newline.
fn error_body(code: &str, message: &str, key: &str, value: &str) -> Vec<u8> {
    let detail = if key.is_empty() {
        serde_json::json!(value)
    } else {
        serde_json::json!({ key: value })
    };
    json_line(&serde_json::json!({
        "errors": [{ "code": code, "message": message, "detail": detail }]
    }))
}

/// Go's `json.Encoder`: compact, then a newline.
fn json_line(value: &serde_json::Value) -> Vec<u8> {
    let mut s = value.to_string();
    s.push('\n');
    s.into_bytes()
}

/// A logrus field value: bare when it is a plain word, otherwise quoted.
fn quote(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._/@^+".contains(c));
    if plain {
        value.to_string()
    } else {
        goquote(value)
    }
}

/// Go's `%q` for the ASCII text registries log.
fn goquote(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A UUID drawn from a digest's hex (`1f48cea5-dda6-47dc-88c4-4fe85fbeb3aa`).
fn uuid(digest: &str) -> String {
    let h = digest.trim_start_matches("sha256:");
    let h = if h.len() < 32 {
        "0".repeat(32)
    } else {
        h.to_string()
    };
    format!(
        "{}-{}-4{}-8{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// A registry's files: blobs by digest and repositories of links, under `…/docker/registry/v2`.
pub struct Store<'a> {
    /// The container's files.
    pub fs: &'a mut Tree,
    /// `/var/lib/registry/docker/registry/v2`.
    pub root: String,
}

impl Store<'_> {
    fn hex(digest: &str) -> &str {
        digest.trim_start_matches("sha256:")
    }

    fn blob_path(&self, digest: &str) -> String {
        let hex = Self::hex(digest);
        let head = hex.get(..2).unwrap_or("00");
        format!("{}/blobs/sha256/{head}/{hex}/data", self.root)
    }

    fn repo(&self, name: &str) -> String {
        format!("{}/repositories/{name}", self.root)
    }

    fn link(&mut self, path: &str, digest: &str) {
        let _ = self.fs.mkdir_all(vfs::parent(path));
        self.fs.insert(path, Node::file(digest.as_bytes().to_vec()));
    }

    /// Whether the registry holds a blob.
    pub fn has_blob(&self, digest: &str) -> bool {
        self.fs.is_file(&self.blob_path(digest))
    }

    /// A blob's bytes.
    pub fn blob(&self, digest: &str) -> Option<&[u8]> {
        self.fs.read(&self.blob_path(digest)).ok()
    }

    /// Whether repository `name` links a layer (or config) blob.
    pub fn repo_has_layer(&self, name: &str, digest: &str) -> bool {
        self.has_blob(digest)
            && self.fs.is_file(&format!(
                "{}/_layers/sha256/{}/link",
                self.repo(name),
                Self::hex(digest)
            ))
    }

    /// Another repository that links a blob, for a cross-repository mount.
    pub fn repo_with_layer(&self, digest: &str, except: &str) -> Option<String> {
        self.catalog()
            .into_iter()
            .find(|r| r != except && self.repo_has_layer(r, digest))
    }

    /// Stores a blob and links it into repository `name` (`PUT …/blobs/uploads/…`).
    pub fn put_blob(&mut self, name: &str, digest: &str, data: Node) {
        let path = self.blob_path(digest);
        let _ = self.fs.mkdir_all(vfs::parent(&path));
        self.fs.insert(&path, data);
        let _ = self.fs.mkdir_all(&format!("{}/_uploads", self.repo(name)));
        let link = format!(
            "{}/_layers/sha256/{}/link",
            self.repo(name),
            Self::hex(digest)
        );
        self.link(&link, digest);
    }

    /// Stores a manifest and points `tag` at it (`PUT …/manifests/TAG`).
    pub fn put_manifest(&mut self, name: &str, tag: &str, text: &str, digest: &str) {
        let path = self.blob_path(digest);
        let _ = self.fs.mkdir_all(vfs::parent(&path));
        self.fs.insert(&path, Node::file(text.as_bytes().to_vec()));
        let repo = self.repo(name);
        let hex = Self::hex(digest).to_string();
        self.link(
            &format!("{repo}/_manifests/revisions/sha256/{hex}/link"),
            digest,
        );
        self.link(
            &format!("{repo}/_manifests/tags/{tag}/current/link"),
            digest,
        );
        self.link(
            &format!("{repo}/_manifests/tags/{tag}/index/sha256/{hex}/link"),
            digest,
        );
    }

    /// The manifest digest a tag points at.
    pub fn tag_digest(&self, name: &str, tag: &str) -> Option<String> {
        let link = format!("{}/_manifests/tags/{tag}/current/link", self.repo(name));
        let digest = self.fs.read_string(&link).ok()?;
        self.has_blob(&digest).then_some(digest)
    }

    /// Whether a manifest revision is in repository `name`.
    pub fn has_revision(&self, name: &str, digest: &str) -> bool {
        self.fs.is_file(&format!(
            "{}/_manifests/revisions/sha256/{}/link",
            self.repo(name),
            Self::hex(digest)
        )) && self.has_blob(digest)
    }

    /// Repository names, sorted, nested ones (`team/app`) included.
    pub fn catalog(&self) -> Vec<String> {
        let dir = format!("{}/repositories", self.root);
        let base = format!("{dir}/");
        let mut names: Vec<String> = self
            .fs
            .walk(&dir)
            .filter_map(|(p, _)| p.strip_suffix("/_manifests"))
            .filter_map(|p| p.strip_prefix(&base))
            .map(str::to_string)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// A repository's tags, sorted; `None` when the registry does not know the name.
    pub fn tags(&self, name: &str) -> Option<Vec<String>> {
        let dir = format!("{}/_manifests/tags", self.repo(name));
        if !self.fs.is_dir(&format!("{}/_manifests", self.repo(name))) {
            return None;
        }
        let mut tags = self.fs.list(&dir).unwrap_or_default();
        tags.sort();
        Some(tags)
    }
}

/// Whether these files are the registry image's (its binary and entrypoint).
pub fn is_registry_image(fs: &Tree) -> bool {
    fs.is_file("/bin/registry") && fs.is_file("/entrypoint.sh")
}

/// The image's `/entrypoint.sh`: a config file runs `registry serve FILE`; `serve`,
/// `garbage-collect`, `help` and options run `registry` with them; anything else runs as is.
pub fn entrypoint(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let first = args.first().map(String::as_str).unwrap_or("");
    let mut argv: Vec<String> = args.to_vec();
    if first.ends_with(".yaml") || first.ends_with(".yml") {
        argv.splice(0..0, ["registry".to_string(), "serve".to_string()]);
    } else if matches!(first, "serve" | "garbage-collect" | "help") || first.starts_with('-') {
        argv.insert(0, "registry".to_string());
    }
    if argv.is_empty() {
        return Start::Exited(0);
    }
    match super::start(&argv, ctx) {
        // A command only the shell knows (`cat`, `ls`): the container shell runs the script,
        // whose `exec "$@"` runs it.
        Start::NotFound => Start::Shell,
        other => other,
    }
}

/// Which release the image holds, told by where its configuration lives.
fn release(fs: &Tree) -> (&'static str, &'static str) {
    if fs.exists(CONFIG_V2) {
        ("2.8.3", "go1.20.8")
    } else {
        ("3.0.0", "go1.23.7")
    }
}

/// `registry --version` and other short-lived invocations.
pub fn command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let (version, _) = release(ctx.fs);
    let package = if version.starts_with('2') {
        "github.com/docker/distribution"
    } else {
        "github.com/distribution/distribution/v3"
    };
    match args.first().map(String::as_str) {
        Some("-v" | "--version") => {
            ctx.out.out(format!("registry {package} {version}\n"));
            0
        }
        Some("serve") => match start_with(args, ctx) {
            Start::Exited(code) => code,
            _ => 0,
        },
        Some("garbage-collect") => garbage_collect(&args[1..], ctx),
        _ => {
            ctx.out.out("`registry`\n\nUsage:\n  registry [flags]\n  registry [command]\n\nAvailable Commands:\n  garbage-collect `garbage-collect` deletes layers not referenced by any manifests\n  help            Help about any command\n  serve           `serve` stores and distributes Docker images\n\nFlags:\n  -h, --help=false: help for registry\n  -v, --version=false: show the version and exit\n\n\nUse \"registry help [command]\" for more information about a command.\n");
            0
        }
    }
}

/// `registry garbage-collect CONFIG [--dry-run] [--quiet]`: marks every blob a manifest of
/// any repository references, then deletes the blobs nothing marked.
fn garbage_collect(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let dry_run = args.iter().any(|a| a == "-d" || a == "--dry-run");
    let quiet = args.iter().any(|a| a == "-q" || a == "--quiet");
    let untagged = args.iter().any(|a| a == "-m" || a == "--delete-untagged");
    let Some(config) = args.iter().find(|a| !a.starts_with('-')) else {
        ctx.out.err("configuration path unspecified\n");
        return 1;
    };
    if !ctx.fs.is_file(&vfs::normalize(ctx.cwd, config)) {
        ctx.out
            .err(format!("open {config}: no such file or directory\n"));
        return 1;
    }
    let root = super::env_or(
        ctx.env,
        "REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY",
        DEFAULT_ROOT,
    );
    let store = Store {
        root: format!("{}/docker/registry/v2", root.trim_end_matches('/')),
        fs: ctx.fs,
    };
    let mut lines = String::new();
    let mut emit = |line: String| {
        if !quiet {
            lines.push_str(&line);
            lines.push('\n');
        }
    };
    let mut marked: std::collections::BTreeSet<String> = Default::default();
    let mut unreferenced: Vec<(String, String)> = Vec::new();
    for repo in store.catalog() {
        emit(repo.clone());
        let revisions = format!("{}/_manifests/revisions/sha256", store.repo(&repo));
        for hex in store.fs.list(&revisions).unwrap_or_default() {
            let digest = format!("sha256:{hex}");
            let tagged = store
                .tags(&repo)
                .unwrap_or_default()
                .iter()
                .any(|t| store.tag_digest(&repo, t).as_deref() == Some(digest.as_str()));
            if untagged && !tagged {
                emit(format!("manifest eligible for deletion: {digest}"));
                unreferenced.push((repo.clone(), hex.clone()));
                continue;
            }
            emit(format!("{repo}: marking manifest {digest} "));
            marked.insert(digest.clone());
            let manifest = store
                .blob(&digest)
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
                .unwrap_or_default();
            let config = manifest["config"]["digest"].as_str().map(str::to_string);
            let layers = manifest["layers"]
                .as_array()
                .map(|l| {
                    l.iter()
                        .filter_map(|d| d["digest"].as_str().map(str::to_string))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            for blob in config.into_iter().chain(layers) {
                emit(format!("{repo}: marking blob {blob}"));
                marked.insert(blob);
            }
        }
    }
    let blobs_dir = format!("{}/blobs/sha256", store.root);
    let mut all: Vec<String> = store
        .fs
        .walk(&blobs_dir)
        .filter_map(|(p, _)| p.strip_suffix("/data"))
        .filter_map(|p| p.rsplit('/').next())
        .map(|hex| format!("sha256:{hex}"))
        .collect();
    all.sort();
    let doomed: Vec<String> = all.into_iter().filter(|d| !marked.contains(d)).collect();
    emit(format!(
        "\n{} blobs marked, {} blobs and {} manifests eligible for deletion",
        marked.len(),
        doomed.len(),
        unreferenced.len()
    ));
    if !dry_run {
        for (repo, hex) in &unreferenced {
            let link = format!("{}/_manifests/revisions/sha256/{hex}", store.repo(repo));
            let _ = store.fs.remove(&link, true);
            // The tags' histories name it too.
            for tag in store.tags(repo).unwrap_or_default() {
                let index = format!(
                    "{}/_manifests/tags/{tag}/index/sha256/{hex}",
                    store.repo(repo)
                );
                let _ = store.fs.remove(&index, true);
            }
        }
    }
    for blob in &doomed {
        emit(format!("blob eligible for deletion: {blob}"));
        if !dry_run {
            let path = store.blob_path(blob);
            let _ = store.fs.remove(vfs::parent(&path), true);
        }
    }
    ctx.out.out(lines);
    0
}

/// Starts `registry serve CONFIG` as the container's main process.
pub fn start(args: &[String], ctx: &mut ProgramCtx) -> Start {
    if args.first().map(String::as_str) != Some("serve") {
        return Start::Exited(command(args, ctx));
    }
    start_with(args, ctx)
}

fn start_with(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let Some(config) = args.get(1) else {
        ctx.out.err("configuration path unspecified\n");
        return Start::Exited(1);
    };
    let path = vfs::normalize(ctx.cwd, config);
    if !ctx.fs.is_file(&path) {
        ctx.out
            .err(format!("open {config}: no such file or directory\n"));
        return Start::Exited(1);
    }
    let (version, go) = release(ctx.fs);
    let addr = super::env_or(ctx.env, "REGISTRY_HTTP_ADDR", ":5000").to_string();
    let port = addr
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or(5000);
    let shown = if addr.starts_with(':') {
        format!("[::]{addr}")
    } else {
        addr
    };
    let root = super::env_or(
        ctx.env,
        "REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY",
        DEFAULT_ROOT,
    )
    .to_string();
    let seed = vfs::sha256_digest(format!("{}{}", ctx.hostname, ctx.now_ms).as_bytes());
    let mut reg = Distribution {
        version: version.to_string(),
        go: go.to_string(),
        port,
        root: root.clone(),
        instance: uuid(&seed),
        command: format!("registry serve {config}"),
        environment: ctx
            .fs
            .read_string(&path)
            .is_ok_and(|c| c.contains("environment: development")),
        lines: 0,
    };
    let _ = ctx.fs.mkdir_all(&root);
    let now = ctx.now_ms;
    let mut log = Output::default();
    if ctx
        .env
        .get("REGISTRY_HTTP_SECRET")
        .is_none_or(String::is_empty)
    {
        reg.log(&mut log, now, "warning", "No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.", "");
    }
    reg.log(&mut log, now, "info", "redis not configured", "");
    let purge = format!(
        "Starting upload purge in {}m0s",
        1 + u64::from_str_radix(&seed[7..9], 16).unwrap_or(0) % 59
    );
    reg.log(
        &mut log,
        now,
        "info",
        "using inmemory blob descriptor cache",
        "",
    );
    // 3.x starts the upload purge before it listens; 2.x the other way round.
    let listening = format!("listening on {shown}");
    let (first, second) = if reg.is_v3() {
        (&purge, &listening)
    } else {
        (&listening, &purge)
    };
    reg.log(&mut log, now, "info", first, "");
    reg.log(&mut log, now, "info", second, "");
    ctx.out.extend(log);
    Start::Running(super::Service::full_registry(reg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Distribution {
        Distribution {
            version: "2.8.3".to_string(),
            go: "go1.20.8".to_string(),
            port: 5000,
            root: DEFAULT_ROOT.to_string(),
            instance: "1f48cea5-dda6-47dc-88c4-4fe85fbeb3aa".to_string(),
            command: "registry serve /etc/docker/registry/config.yml".to_string(),
            environment: false,
            lines: 0,
        }
    }

    fn get(path: &str) -> HttpRequest {
        HttpRequest {
            path: path.to_string(),
            headers: vec![
                ("Host".to_string(), "localhost:5000".to_string()),
                ("User-Agent".to_string(), "curl/8.5.0".to_string()),
            ],
            ..HttpRequest::default()
        }
    }

    fn body(r: &HttpResponse) -> String {
        String::from_utf8_lossy(&r.body).into_owned()
    }

    const DIGEST: &str = "sha256:aaaa000000000000000000000000000000000000000000000000000000000001";
    const MANIFEST: &str =
        "sha256:bbbb000000000000000000000000000000000000000000000000000000000002";

    fn pushed() -> Tree {
        let mut fs = Tree::default();
        let reg = registry();
        let mut store = reg.store(&mut fs);
        store.put_blob("my-ubuntu", DIGEST, Node::sized_file(Vec::new(), 100));
        store.put_manifest("my-ubuntu", "latest", "{\"schemaVersion\":2}", MANIFEST);
        fs
    }

    #[test]
    fn an_empty_registry_answers_its_api_root_and_an_empty_catalogue() {
        let mut reg = registry();
        let fs = Tree::default();
        let mut log = Output::default();
        let r = reg.http(&fs, 0, &get("/v2/"), &mut log);
        assert_eq!((r.status, body(&r).as_str()), (200, "{}"));
        assert_eq!(
            r.header("Docker-Distribution-Api-Version"),
            Some("registry/2.0")
        );
        let r = reg.http(&fs, 0, &get("/v2/_catalog"), &mut log);
        assert_eq!(body(&r), "{\"repositories\":[]}\n");
    }

    #[test]
    fn catalogue_and_tags_come_from_the_files() {
        let fs = pushed();
        assert!(fs.is_file(
            "/var/lib/registry/docker/registry/v2/repositories/my-ubuntu/_manifests/tags/latest/current/link"
        ));
        assert!(fs.is_file(
            "/var/lib/registry/docker/registry/v2/blobs/sha256/aa/aaaa000000000000000000000000000000000000000000000000000000000001/data"
        ));
        let mut reg = registry();
        let mut log = Output::default();
        let r = reg.http(&fs, 0, &get("/v2/_catalog"), &mut log);
        assert_eq!(body(&r), "{\"repositories\":[\"my-ubuntu\"]}\n");
        let r = reg.http(&fs, 0, &get("/v2/my-ubuntu/tags/list"), &mut log);
        assert_eq!(body(&r), "{\"name\":\"my-ubuntu\",\"tags\":[\"latest\"]}\n");
        let r = reg.http(&fs, 0, &get("/v2/my-ubuntu/manifests/latest"), &mut log);
        assert_eq!(r.status, 200);
        assert_eq!(r.header("Docker-Content-Digest"), Some(MANIFEST));
        assert_eq!(body(&r), "{\"schemaVersion\":2}");
    }

    #[test]
    fn unknown_names_and_tags_answer_distribution_errors() {
        let fs = pushed();
        let mut reg = registry();
        let mut log = Output::default();
        let r = reg.http(&fs, 0, &get("/v2/nope/tags/list"), &mut log);
        assert_eq!(r.status, 404);
        assert_eq!(
            body(&r),
            "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\",\"detail\":{\"name\":\"nope\"}}]}\n"
        );
        let r = reg.http(&fs, 0, &get("/v2/my-ubuntu/manifests/v9"), &mut log);
        assert_eq!(
            body(&r),
            "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\",\"detail\":{\"Tag\":\"v9\"}}]}\n"
        );
        let r = reg.http(&fs, 0, &get("/nothing"), &mut log);
        assert_eq!((r.status, body(&r).as_str()), (404, "404 page not found\n"));
    }

    #[test]
    fn every_request_is_logged_twice_as_the_registry_does() {
        let mut reg = registry();
        let mut log = Output::default();
        reg.http(&Tree::default(), 0, &get("/v2/_catalog"), &mut log);
        let text = log.text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(lines[0].starts_with("time=\"1970-01-01T00:00:00."));
        assert!(lines[0].contains(" level=info msg=\"response completed\" go.version=go1.20.8 http.request.host=\"localhost:5000\" "));
        assert!(lines[0].contains(" http.request.method=GET "));
        // logrus quotes only values with characters beyond letters, digits and `-._/@^+`.
        assert!(
            lines[0].contains(" http.request.uri=/v2/_catalog http.request.useragent=curl/8.5.0 ")
        );
        assert!(lines[0].ends_with(" service=registry version=2.8.3 "));
        assert_eq!(
            lines[1],
            "172.17.0.1 - - [01/Jan/1970:00:00:00 +0000] \"GET /v2/_catalog HTTP/1.1\" 200 20 \"\" \"curl/8.5.0\""
        );
    }

    #[test]
    fn stop_ends_2_with_go_s_signal_death_and_3_gracefully() {
        let mut log = Output::default();
        assert_eq!(
            registry().on_signal(Signal::Term, 0, &mut log),
            SignalEffect::Exit(2)
        );
        let mut v3 = registry();
        v3.version = "3.0.0".to_string();
        assert_eq!(
            v3.on_signal(Signal::Term, 0, &mut log),
            SignalEffect::Exit(0)
        );
    }

    #[test]
    fn uuid_has_the_version_4_shape() {
        let u = uuid(&vfs::sha256_digest(b"x"));
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert_eq!(&u[19..20], "8");
    }
}
