//! Loading a compose project: finding the file, `.env`, interpolation, the schema's checks,
//! and normalisation into a typed [`Project`] with compose-go's defaults and wording.

use std::collections::BTreeMap;

use super::yaml::{self, Node, Resolved, Value};
use crate::vfs::Tree;

/// The file names compose looks for, in its order.
pub const FILE_NAMES: [&str; 4] = [
    "compose.yaml",
    "compose.yml",
    "docker-compose.yaml",
    "docker-compose.yml",
];

/// A loaded, normalised project.
#[derive(Clone, Debug, Default)]
pub struct Project {
    /// Project name.
    pub name: String,
    /// The project directory (absolute).
    pub working_dir: String,
    /// The compose files read (absolute).
    pub config_files: Vec<String>,
    /// Enabled services, sorted by name.
    pub services: Vec<Service>,
    /// Services switched off by profiles.
    pub disabled: Vec<Service>,
    /// Top-level networks (including `default` when a service uses it), sorted by key.
    pub networks: Vec<Resource>,
    /// Top-level volumes, sorted by key.
    pub volumes: Vec<Resource>,
    /// Top-level secrets and configs, as read (printed by `config`).
    pub secrets: Vec<(String, Node)>,
    /// Top-level configs.
    pub configs: Vec<(String, Node)>,
    /// Top-level `x-` extensions.
    pub extensions: Vec<(String, Node)>,
    /// Warnings to print on stderr before anything else (`WARN[0000] …`).
    pub warnings: Vec<String>,
}

/// A top-level network or volume.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resource {
    /// Its key in the file.
    pub key: String,
    /// The engine name (`app_default`, or the external name).
    pub name: String,
    /// `external: true`.
    pub external: bool,
    /// `driver`.
    pub driver: Option<String>,
    /// Labels, sorted.
    pub labels: Vec<(String, String)>,
    /// Other attributes, as read.
    pub extra: Vec<(String, Node)>,
}

/// `depends_on` of one dependency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dependency {
    /// The service depended on.
    pub service: String,
    /// `service_started`, `service_healthy` or `service_completed_successfully`.
    pub condition: String,
    /// `restart: true`.
    pub restart: Option<bool>,
    /// `required`.
    pub required: bool,
}

/// A port in long form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    /// `host_ip`.
    pub host_ip: String,
    /// Container port.
    pub target: u16,
    /// Host port(s) as written (`8080`, `8000-8005`), empty when none.
    pub published: String,
    /// `tcp`/`udp`.
    pub protocol: String,
    /// `ingress` or `host`.
    pub mode: String,
    /// `name`.
    pub name: Option<String>,
}

/// A service mount in long form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolumeMount {
    /// `volume`, `bind` or `tmpfs`.
    pub kind: String,
    /// Volume key, absolute host path, or empty (anonymous).
    pub source: String,
    /// Path in the container.
    pub target: String,
    /// `:ro` / `read_only`.
    pub read_only: bool,
    /// Bind: create the host path when missing (short syntax does).
    pub create_host_path: bool,
}

/// `healthcheck`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Health {
    /// `test` in list form (`CMD-SHELL …`, `CMD …`, `NONE`).
    pub test: Vec<String>,
    /// Durations in nanoseconds.
    pub timeout: Option<i64>,
    /// Interval.
    pub interval: Option<i64>,
    /// Retries.
    pub retries: Option<i64>,
    /// Start period.
    pub start_period: Option<i64>,
    /// Start interval.
    pub start_interval: Option<i64>,
    /// `disable: true`.
    pub disable: bool,
}

/// `build`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Build {
    /// Absolute context directory.
    pub context: String,
    /// Dockerfile name, relative to the context.
    pub dockerfile: String,
    /// Build args (a missing value is `None`).
    pub args: Vec<(String, Option<String>)>,
    /// `target`.
    pub target: Option<String>,
    /// Other attributes, as read.
    pub extra: Vec<(String, Node)>,
}

/// One `develop.watch` rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WatchRule {
    /// `sync`, `rebuild`, `sync+restart`, `restart`, `sync+exec`.
    pub action: String,
    /// Absolute host path.
    pub path: String,
    /// Container path.
    pub target: Option<String>,
    /// `ignore` patterns.
    pub ignore: Vec<String>,
}

/// A normalised service.
#[derive(Clone, Debug, Default)]
pub struct Service {
    /// Service name.
    pub name: String,
    /// `image`.
    pub image: Option<String>,
    /// `build`.
    pub build: Option<Build>,
    /// `command` as a list.
    pub command: Option<Vec<String>>,
    /// `entrypoint` as a list.
    pub entrypoint: Option<Vec<String>>,
    /// Environment (sorted); `None` is a variable without a value.
    pub environment: Vec<(String, Option<String>)>,
    /// `env_file` paths (absolute) and whether each is required.
    pub env_files: Vec<(String, bool)>,
    /// Ports.
    pub ports: Vec<Port>,
    /// `expose`.
    pub expose: Vec<String>,
    /// Mounts.
    pub volumes: Vec<VolumeMount>,
    /// Networks the service joins (keys) with their aliases; empty means none (network_mode).
    pub networks: Vec<(String, Vec<String>)>,
    /// `network_mode`.
    pub network_mode: Option<String>,
    /// `depends_on`, sorted.
    pub depends_on: Vec<Dependency>,
    /// `healthcheck`.
    pub healthcheck: Option<Health>,
    /// `restart`.
    pub restart: Option<String>,
    /// `working_dir`.
    pub working_dir: Option<String>,
    /// `user`.
    pub user: Option<String>,
    /// `container_name`.
    pub container_name: Option<String>,
    /// `hostname`.
    pub hostname: Option<String>,
    /// `deploy.replicas` or `scale`.
    pub replicas: Option<u32>,
    /// `profiles`.
    pub profiles: Vec<String>,
    /// `develop.watch`.
    pub watch: Vec<WatchRule>,
    /// `labels`, sorted.
    pub labels: Vec<(String, String)>,
    /// `tty`.
    pub tty: bool,
    /// `stdin_open`.
    pub stdin_open: bool,
    /// `stop_signal`.
    pub stop_signal: Option<String>,
    /// `stop_grace_period` in seconds.
    pub stop_grace_secs: Option<i64>,
    /// `pull_policy`.
    pub pull_policy: Option<String>,
    /// Every other attribute as read (printed by `config` in compose's order).
    pub extra: Vec<(String, Node)>,
}

impl Service {
    /// The image the service's containers run: `image`, or `<project>-<service>` when built.
    pub fn image_name(&self, project: &str) -> String {
        match &self.image {
            Some(i) => i.clone(),
            None => format!("{project}-{}", self.name),
        }
    }

    /// The secrets the service mounts: (secret name, path in the container).
    pub fn secrets(&self) -> Vec<(String, String)> {
        let Some((_, node)) = self.extra.iter().find(|(k, _)| k == "secrets") else {
            return Vec::new();
        };
        items(node)
            .iter()
            .map(|i| {
                let (source, target) = match &i.value {
                    Value::Map(_) => (
                        i.get("source").map(text).unwrap_or_default(),
                        i.get("target").map(text),
                    ),
                    _ => (text(i), None),
                };
                let target = target.unwrap_or_else(|| source.clone());
                let path = if target.starts_with('/') {
                    target
                } else {
                    format!("/run/secrets/{target}")
                };
                (source, path)
            })
            .collect()
    }

    /// How many containers `up` keeps (`deploy.replicas`/`scale`, else 1).
    pub fn scale(&self) -> u32 {
        self.replicas.unwrap_or(1)
    }
}

/// An error while loading, printed as compose prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError(pub String);

/// What `load` needs from the command line.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// `-f` files, as typed.
    pub files: Vec<String>,
    /// `-p`.
    pub project_name: Option<String>,
    /// `--project-directory`.
    pub project_directory: Option<String>,
    /// `--profile`.
    pub profiles: Vec<String>,
    /// `--env-file`.
    pub env_files: Vec<String>,
    /// The shell's exported variables, which win over `.env`'s.
    pub shell_env: Vec<(String, String)>,
}

/// Lowercases and drops the characters a project name may not hold (compose's rule for a
/// directory name).
pub fn normalize_project_name(name: &str) -> String {
    let lower = name.to_lowercase();
    let kept: String = lower
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_'))
        .collect();
    kept.trim_start_matches(['-', '_']).to_string()
}

/// Whether a project name is valid as given with `-p` or `name:`.
pub fn valid_project_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'-' | b'_'))
}

/// Finds the compose file(s): `-f` as given, else the first supported name in the
/// directory or its parents. Returns the files and warnings.
pub fn find_files(
    fs: &Tree,
    cwd: &str,
    opts: &LoadOptions,
) -> Result<(Vec<String>, Vec<String>), LoadError> {
    if !opts.files.is_empty() {
        let mut files = Vec::new();
        for f in &opts.files {
            let path = crate::vfs::normalize(cwd, f);
            if !fs.is_file(&path) {
                return Err(LoadError(format!("open {path}: no such file or directory")));
            }
            files.push(path);
        }
        return Ok((files, Vec::new()));
    }
    let mut dir = match &opts.project_directory {
        Some(d) => crate::vfs::normalize(cwd, d),
        None => cwd.to_string(),
    };
    for _ in 0..64 {
        let found: Vec<String> = FILE_NAMES
            .iter()
            .map(|n| join(&dir, n))
            .filter(|p| fs.is_file(p))
            .collect();
        if let Some(first) = found.first() {
            let mut warnings = Vec::new();
            if found.len() > 1 {
                warnings.push(format!(
                    "Found multiple config files with supported names: {}",
                    found.join(", ")
                ));
                warnings.push(format!("Using {first}"));
            }
            return Ok((vec![first.clone()], warnings));
        }
        if dir == "/" {
            break;
        }
        dir = crate::vfs::parent(&dir).to_string();
    }
    Err(LoadError(
        "no configuration file provided: not found".to_string(),
    ))
}

fn join(dir: &str, name: &str) -> String {
    if dir == "/" {
        format!("/{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// Reads a `.env`-style file: `KEY=value`, quotes, comments, `export`.
pub fn parse_env_file(text: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
        let (key, value) = match line.split_once('=') {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (line, None),
        };
        let value = value.map(|v| {
            if v.len() >= 2
                && ((v.starts_with('"') && v.ends_with('"'))
                    || (v.starts_with('\'') && v.ends_with('\'')))
            {
                let inner = &v[1..v.len() - 1];
                if v.starts_with('"') {
                    inner.replace("\\n", "\n").replace("\\\"", "\"")
                } else {
                    inner.to_string()
                }
            } else {
                // An unquoted value ends at ` #`.
                match v.find(" #") {
                    Some(i) => v[..i].trim_end().to_string(),
                    None => v.to_string(),
                }
            }
        });
        out.retain(|(k, _)| k != key);
        out.push((key.to_string(), value));
    }
    out
}

/// The interpolation environment: `.env` values, looked up by name.
pub type Env = BTreeMap<String, String>;

/// Substitutes `${VAR}`-style references in one string. Missing variables add a warning.
pub fn interpolate(s: &str, env: &Env, warnings: &mut Vec<String>) -> Result<String, String> {
    if !s.contains('$') {
        return Ok(s.to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '$' {
            out.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('$') => {
                out.push('$');
                i += 2;
            }
            Some('{') => {
                // Find the matching brace (nested `${}` in defaults are allowed).
                let mut depth = 0;
                let mut j = i + 1;
                let mut end = None;
                while j < chars.len() {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(j);
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let Some(end) = end else {
                    return Err(String::from("invalid"));
                };
                let inner: String = chars[i + 2..end].iter().collect();
                out.push_str(&substitute(&inner, env, warnings)?);
                i = end + 1;
            }
            Some(c2) if c2.is_ascii_alphabetic() || *c2 == '_' => {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let name: String = chars[i + 1..j].iter().collect();
                match env.get(&name) {
                    Some(v) => out.push_str(v),
                    None => warn_unset(&name, warnings),
                }
                i = j;
            }
            _ => return Err(String::from("invalid")),
        }
    }
    Ok(out)
}

fn warn_unset(name: &str, warnings: &mut Vec<String>) {
    let w = format!("The \"{name}\" variable is not set. Defaulting to a blank string.");
    if !warnings.contains(&w) {
        warnings.push(w);
    }
}

fn substitute(inner: &str, env: &Env, warnings: &mut Vec<String>) -> Result<String, String> {
    let name_end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    let name = &inner[..name_end];
    let rest = &inner[name_end..];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(String::from("invalid"));
    }
    let value = env.get(name);
    let set_nonempty = value.is_some_and(|v| !v.is_empty());
    if rest.is_empty() {
        return Ok(match value {
            Some(v) => v.clone(),
            None => {
                warn_unset(name, warnings);
                String::new()
            }
        });
    }
    let (op, arg) = if let Some(a) = rest.strip_prefix(":-") {
        (":-", a)
    } else if let Some(a) = rest.strip_prefix(":?") {
        (":?", a)
    } else if let Some(a) = rest.strip_prefix(":+") {
        (":+", a)
    } else if let Some(a) = rest.strip_prefix('-') {
        ("-", a)
    } else if let Some(a) = rest.strip_prefix('?') {
        ("?", a)
    } else if let Some(a) = rest.strip_prefix('+') {
        ("+", a)
    } else {
        return Err(String::from("invalid"));
    };
    let arg = interpolate(arg, env, warnings)?;
    Ok(match op {
        ":-" if set_nonempty => value.cloned().unwrap_or_default(),
        ":-" => arg,
        "-" => value.cloned().unwrap_or(arg),
        ":+" if set_nonempty => arg,
        ":+" => String::new(),
        "+" if value.is_some() => arg,
        "+" => String::new(),
        ":?" | "?" => {
            let ok = if op == ":?" {
                set_nonempty
            } else {
                value.is_some()
            };
            if !ok {
                return Err(if arg.is_empty() {
                    format!("required variable {name} is missing a value")
                } else {
                    format!("required variable {name} is missing a value: {arg}")
                });
            }
            value.cloned().unwrap_or_default()
        }
        _ => String::new(),
    })
}

/// Interpolates every scalar value (not keys) of a node; `path` names it in errors.
fn interpolate_node(
    node: &mut Node,
    path: &mut Vec<String>,
    env: &Env,
    warnings: &mut Vec<String>,
) -> Result<(), LoadError> {
    match &mut node.value {
        Value::Scalar(s, plain) => {
            if s.contains('$') {
                match interpolate(s, env, warnings) {
                    Ok(v) => {
                        *s = v;
                        // A substituted value is a string unless it reads as a plain scalar.
                        let _ = plain;
                    }
                    Err(e) if e == "invalid" => {
                        return Err(LoadError(format!(
                            "invalid interpolation format for {}.\nYou may need to escape any $ with another $.\n{}",
                            path.join("."),
                            s
                        )))
                    }
                    Err(e) => {
                        return Err(LoadError(format!(
                            "error while interpolating {}: {e}",
                            path.join(".")
                        )))
                    }
                }
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                path.push(format!("[{i}]"));
                let r = interpolate_node(item, path, env, warnings);
                path.pop();
                r?;
            }
        }
        Value::Map(entries) => {
            for (k, v) in entries.iter_mut() {
                let key = k.str().unwrap_or_default().to_string();
                if key.starts_with("x-") && path.len() <= 2 {
                    continue;
                }
                path.push(key);
                let r = interpolate_node(v, path, env, warnings);
                path.pop();
                r?;
            }
        }
    }
    Ok(())
}

// ----- schema -------------------------------------------------------------------------------

/// Properties the Compose Specification allows on a service (`compose-spec.json`).
const SERVICE_KEYS: &str = "annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file environment expose extends external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation label_file labels links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit models network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop privileged profiles provider pull_policy pull_refresh_after read_only restart runtime scale secrets security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket user userns_mode uts volumes volumes_from working_dir";
const TOP_KEYS: &str = "configs include models name networks secrets services version volumes";
const BUILD_KEYS: &str = "additional_contexts args cache_from cache_to context dockerfile dockerfile_inline entitlements extra_hosts isolation labels network no_cache platforms privileged pull secrets shm_size ssh tags target ulimits";
const PORT_KEYS: &str = "app_protocol host_ip mode name protocol published target";
const VOLUME_MOUNT_KEYS: &str = "bind consistency image read_only source target tmpfs type volume";
const NETWORK_KEYS: &str =
    "attachable driver driver_opts enable_ipv4 enable_ipv6 external internal ipam labels name";
const VOLUME_KEYS: &str = "driver driver_opts external labels name";
const HEALTH_KEYS: &str = "disable interval retries start_interval start_period test timeout";
const DEPLOY_KEYS: &str = "endpoint_mode labels mode placement replicas resources restart_policy rollback_config update_config";
const DEVELOP_KEYS: &str = "watch";
const WATCH_KEYS: &str = "action exec ignore include path target";
const DEPENDS_KEYS: &str = "condition required restart";
const SECRET_KEYS: &str =
    "driver driver_opts environment external file labels name template_driver";
const SERVICE_NET_KEYS: &str = "aliases driver_opts gw_priority interface_name ipv4_address ipv6_address link_local_ips mac_address priority";

fn schema_err(path: &str, msg: &str) -> String {
    format!("{path} {msg}")
}

/// Checks the keys of a mapping against an allowed list (and `x-` extensions).
fn check_keys(node: &Node, allowed: &str, path: &str, extensions: bool) -> Result<(), String> {
    let Value::Map(entries) = &node.value else {
        return Err(schema_err(path, "must be a mapping"));
    };
    let mut bad: Vec<String> = Vec::new();
    for (k, _) in entries {
        let key = k.str().unwrap_or_default();
        if extensions && key.starts_with("x-") {
            continue;
        }
        if !allowed.split(' ').any(|a| a == key) {
            bad.push(format!("'{key}'"));
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(schema_err(
            path,
            &format!("additional properties {} not allowed", bad.join(", ")),
        ))
    }
}

fn kind(node: &Node) -> &'static str {
    match &node.value {
        Value::Map(_) => "object",
        Value::Seq(_) => "array",
        Value::Scalar(..) => match node.resolve() {
            Some(Resolved::Null) => "null",
            Some(Resolved::Bool(_)) => "boolean",
            Some(Resolved::Int(_)) => "integer",
            Some(Resolved::Float(_)) => "number",
            _ => "string",
        },
    }
}

/// `want` is a space-separated list of JSON schema types.
fn check_type(node: &Node, want: &str, path: &str) -> Result<(), String> {
    let k = kind(node);
    let ok = want
        .split(' ')
        .any(|w| w == k || (w == "number" && k == "integer"));
    if ok {
        return Ok(());
    }
    let mut names: Vec<&str> = want
        .split(' ')
        .map(|w| if w == "object" { "mapping" } else { w })
        .collect();
    let text = if names.len() == 1 {
        names[0].to_string()
    } else {
        names.sort();
        let last = names.pop().unwrap_or_default();
        format!("{} or {last}", names.join(", "))
    };
    Err(schema_err(path, &format!("must be a {text}")))
}

fn entries(node: &Node) -> &[(Node, Node)] {
    match &node.value {
        Value::Map(e) => e,
        _ => &[],
    }
}

fn items(node: &Node) -> &[Node] {
    match &node.value {
        Value::Seq(i) => i,
        _ => &[],
    }
}

/// The schema checks compose runs before anything else (the subset that matters here).
fn validate(root: &Node) -> Result<(), String> {
    if !matches!(root.value, Value::Map(_)) {
        return Err(String::from("top-level object must be a mapping"));
    }
    check_keys(root, TOP_KEYS, "", true)?;
    for (k, v) in entries(root) {
        let key = k.str().unwrap_or_default();
        match key {
            "name" | "version" => check_type(v, "string", key)?,
            "services" if !v.is_null() => {
                check_type(v, "object", key)?;
                for (sk, sv) in entries(v) {
                    let name = sk.str().unwrap_or_default();
                    validate_service(sv, &format!("services.{name}"))?;
                }
            }
            "networks" | "volumes" | "secrets" | "configs" if !v.is_null() => {
                check_type(v, "object", key)?;
                let allowed = match key {
                    "networks" => NETWORK_KEYS,
                    "volumes" => VOLUME_KEYS,
                    _ => SECRET_KEYS,
                };
                for (rk, rv) in entries(v) {
                    let path = format!("{key}.{}", rk.str().unwrap_or_default());
                    if rv.is_null() {
                        continue;
                    }
                    check_keys(rv, allowed, &path, true)?;
                    if let Some(ext) = rv.get("external") {
                        if !matches!(ext.value, Value::Map(_)) {
                            check_type(ext, "boolean string", &format!("{path}.external"))?;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn validate_service(s: &Node, path: &str) -> Result<(), String> {
    check_type(s, "object", path)?;
    check_keys(s, SERVICE_KEYS, path, true)?;
    for (k, v) in entries(s) {
        let key = k.str().unwrap_or_default();
        let p = format!("{path}.{key}");
        match key {
            "image" | "container_name" | "hostname" | "working_dir" | "user" | "restart"
            | "network_mode" | "platform" | "pull_policy" | "stop_signal" | "stop_grace_period" => {
                check_type(v, "string", &p)?
            }
            "command" | "entrypoint" if !v.is_null() => check_type(v, "string array", &p)?,
            "environment" | "labels" => {
                check_type(v, "object array", &p)?;
                for (ek, ev) in entries(v) {
                    check_type(
                        ev,
                        "boolean null number string",
                        &format!("{p}.{}", ek.str().unwrap_or_default()),
                    )?;
                }
            }
            "ports" => {
                check_type(v, "array", &p)?;
                for (i, item) in items(v).iter().enumerate() {
                    let ip = format!("{p}.{i}");
                    check_type(item, "number string object", &ip)?;
                    if let Value::Map(_) = item.value {
                        check_keys(item, PORT_KEYS, &ip, true)?;
                    }
                }
            }
            "expose" => check_type(v, "array", &p)?,
            "volumes" => {
                check_type(v, "array", &p)?;
                for (i, item) in items(v).iter().enumerate() {
                    let ip = format!("{p}.{i}");
                    check_type(item, "string object", &ip)?;
                    if let Value::Map(_) = item.value {
                        check_keys(item, VOLUME_MOUNT_KEYS, &ip, true)?;
                        if item.get("type").is_none() {
                            return Err(schema_err(&ip, "missing property 'type'"));
                        }
                    }
                }
            }
            "depends_on" => {
                check_type(v, "array object", &p)?;
                for (dk, dv) in entries(v) {
                    let dp = format!("{p}.{}", dk.str().unwrap_or_default());
                    check_keys(dv, DEPENDS_KEYS, &dp, true)?;
                    match dv.get("condition") {
                        None => return Err(schema_err(&dp, "missing property 'condition'")),
                        Some(c) => {
                            let cond = c.str().unwrap_or_default();
                            if !matches!(
                                cond,
                                "service_started"
                                    | "service_healthy"
                                    | "service_completed_successfully"
                            ) {
                                return Err(schema_err(
                                    &format!("{dp}.condition"),
                                    "value must be one of 'service_started', 'service_healthy', 'service_completed_successfully'",
                                ));
                            }
                        }
                    }
                }
            }
            "networks" => {
                check_type(v, "array object", &p)?;
                for (nk, nv) in entries(v) {
                    if !nv.is_null() {
                        check_keys(
                            nv,
                            SERVICE_NET_KEYS,
                            &format!("{p}.{}", nk.str().unwrap_or_default()),
                            true,
                        )?;
                    }
                }
            }
            "build" => {
                check_type(v, "string object", &p)?;
                if let Value::Map(_) = v.value {
                    check_keys(v, BUILD_KEYS, &p, true)?;
                }
            }
            "healthcheck" => check_keys(v, HEALTH_KEYS, &p, true)?,
            "deploy" if !v.is_null() => {
                check_keys(v, DEPLOY_KEYS, &p, true)?;
                if let Some(r) = v.get("replicas") {
                    check_type(r, "integer", &format!("{p}.replicas"))?;
                }
            }
            "develop" => {
                check_keys(v, DEVELOP_KEYS, &p, true)?;
                if let Some(w) = v.get("watch") {
                    check_type(w, "array", &format!("{p}.watch"))?;
                    for (i, rule) in items(w).iter().enumerate() {
                        let rp = format!("{p}.watch.{i}");
                        check_keys(rule, WATCH_KEYS, &rp, true)?;
                        if rule.get("path").is_none() {
                            return Err(schema_err(&rp, "missing property 'path'"));
                        }
                        if rule.get("action").is_none() {
                            return Err(schema_err(&rp, "missing property 'action'"));
                        }
                    }
                }
            }
            "profiles" | "cap_add" | "cap_drop" | "secrets" | "configs" | "links" => {
                check_type(v, "array", &p)?
            }
            "scale" => check_type(v, "integer", &p)?,
            "tty" | "stdin_open" | "privileged" | "read_only" | "init" => {
                check_type(v, "boolean", &p)?
            }
            _ => {}
        }
    }
    Ok(())
}

// ----- normalisation ------------------------------------------------------------------------

/// Splits a command string as compose does (shell words, quotes, backslashes).
pub fn shell_split(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for d in chars.by_ref() {
                    if d == '\'' {
                        break;
                    }
                    cur.push(d);
                }
            }
            '"' => {
                in_word = true;
                while let Some(d) = chars.next() {
                    match d {
                        '"' => break,
                        '\\' => {
                            if let Some(&n) = chars.peek() {
                                if matches!(n, '"' | '\\' | '$' | '`') {
                                    cur.push(n);
                                    chars.next();
                                    continue;
                                }
                            }
                            cur.push('\\');
                        }
                        _ => cur.push(d),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            ' ' | '\t' | '\n' => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            _ => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    out
}

/// A scalar's text as compose reads it into a string field (numbers and booleans as written).
fn text(node: &Node) -> String {
    match node.resolve() {
        Some(Resolved::Null) => String::new(),
        Some(Resolved::Bool(b)) => b.to_string(),
        _ => node.str().unwrap_or_default().to_string(),
    }
}

fn string_list(node: &Node) -> Vec<String> {
    match &node.value {
        Value::Seq(items) => items.iter().map(text).collect(),
        Value::Scalar(..) if !node.is_null() => vec![text(node)],
        _ => Vec::new(),
    }
}

/// `list_or_dict` into sorted pairs: `KEY=value` items, `KEY` items (no value), mappings.
fn list_or_dict(node: &Node) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    match &node.value {
        Value::Seq(items) => {
            for item in items {
                let t = text(item);
                match t.split_once('=') {
                    Some((k, v)) => out.push((k.to_string(), Some(v.to_string()))),
                    None => out.push((t, None)),
                }
            }
        }
        Value::Map(entries) => {
            for (k, v) in entries {
                let key = text(k);
                if v.is_null() {
                    out.push((key, None));
                } else {
                    out.push((key, Some(text(v))));
                }
            }
        }
        _ => {}
    }
    let mut dedup: Vec<(String, Option<String>)> = Vec::new();
    for (k, v) in out {
        dedup.retain(|(e, _)| *e != k);
        dedup.push((k, v));
    }
    crate::sort::sort_by(&mut dedup, |a, b| a.0.cmp(&b.0));
    dedup
}

/// Parses a Go duration (`10s`, `1m30s`, `500ms`) into nanoseconds.
pub fn parse_duration(s: &str) -> Option<i64> {
    let mut total: f64 = 0.0;
    let mut rest = s.trim();
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let n: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let mult = match &rest[..unit_end] {
            "ns" => 1.0,
            "us" | "µs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        total += n * mult;
        rest = &rest[unit_end..];
    }
    Some(total as i64)
}

/// Formats nanoseconds as Go's `time.Duration.String()` does (`1m30s`, `500ms`, `0s`).
pub fn format_duration(ns: i64) -> String {
    if ns == 0 {
        return "0s".to_string();
    }
    if ns < 1_000_000_000 {
        let (div, unit) = if ns < 1_000 {
            (1, "ns")
        } else if ns < 1_000_000 {
            (1_000, "µs")
        } else {
            (1_000_000, "ms")
        };
        return format!("{}{unit}", trim_float(ns as f64 / div as f64));
    }
    let secs_total = ns as f64 / 1e9;
    let h = (secs_total / 3600.0).floor() as i64;
    let m = ((secs_total - h as f64 * 3600.0) / 60.0).floor() as i64;
    let s = secs_total - h as f64 * 3600.0 - m as f64 * 60.0;
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&format!("{}s", trim_float((s * 1e9).round() / 1e9)));
    out
}

fn trim_float(v: f64) -> String {
    let s = format!("{v:.9}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// Parses a short port spec into long-form ports (ranges expand).
pub fn parse_port(spec: &str) -> Result<Vec<Port>, String> {
    let (rest, proto) = match spec.rsplit_once('/') {
        Some((r, p)) => (r, p.to_string()),
        None => (spec, "tcp".to_string()),
    };
    // An IPv6 host address is in brackets.
    let (ip, rest) = if let Some(r) = rest.strip_prefix('[') {
        match r.split_once("]:") {
            Some((ip, tail)) => (ip.to_string(), tail.to_string()),
            None => return Err(format!("invalid port format: {spec}")),
        }
    } else {
        let parts: Vec<&str> = rest.split(':').collect();
        match parts.len() {
            1 | 2 => (String::new(), rest.to_string()),
            3 => (parts[0].to_string(), format!("{}:{}", parts[1], parts[2])),
            _ => return Err(format!("invalid port format: {spec}")),
        }
    };
    let (published, target) = match rest.split_once(':') {
        Some((h, c)) => (h.to_string(), c.to_string()),
        None => (String::new(), rest.clone()),
    };
    let range = |s: &str| -> Result<(u16, u16), String> {
        let (a, b) = s.split_once('-').unwrap_or((s, s));
        let a: u16 = a
            .parse()
            .map_err(|_| format!("invalid containerPort: {s}"))?;
        let b: u16 = b
            .parse()
            .map_err(|_| format!("invalid containerPort: {s}"))?;
        if b < a {
            return Err(format!("invalid containerPort: {s}"));
        }
        Ok((a, b))
    };
    let (t0, t1) = range(&target)?;
    let mut out = Vec::new();
    if published.is_empty() {
        for t in t0..=t1 {
            out.push(Port {
                host_ip: ip.clone(),
                target: t,
                published: String::new(),
                protocol: proto.clone(),
                mode: "ingress".into(),
                name: None,
            });
        }
        return Ok(out);
    }
    let (h0, h1) = range(&published).map_err(|_| format!("invalid hostPort: {published}"))?;
    if t0 == t1 && h0 != h1 {
        // One container port, a range of host ports: compose keeps the range.
        out.push(Port {
            host_ip: ip,
            target: t0,
            published,
            protocol: proto,
            mode: "ingress".into(),
            name: None,
        });
        return Ok(out);
    }
    if h1 - h0 != t1 - t0 {
        return Err(format!(
            "invalid ranges specified for container and host Ports: {target} and {published}"
        ));
    }
    for (t, h) in (t0..=t1).zip(h0..=h1) {
        out.push(Port {
            host_ip: ip.clone(),
            target: t,
            published: h.to_string(),
            protocol: proto.clone(),
            mode: "ingress".into(),
            name: None,
        });
    }
    Ok(out)
}

/// Parses a short volume spec (`name:/path:ro`, `./dir:/path`, `/path`).
fn parse_volume(spec: &str, dir: &str) -> Result<VolumeMount, String> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (source, target, mode) = match parts.as_slice() {
        [t] => ("", *t, ""),
        [s, t] => (*s, *t, ""),
        [s, t, m] => (*s, *t, *m),
        _ => return Err(format!("invalid spec: {spec}: too many colons")),
    };
    let read_only = mode.split(',').any(|m| m == "ro");
    if source.is_empty() {
        return Ok(VolumeMount {
            kind: "volume".into(),
            source: String::new(),
            target: crate::vfs::normalize("/", target),
            read_only,
            create_host_path: false,
        });
    }
    let bind = source.starts_with('/') || source.starts_with('.') || source.starts_with('~');
    Ok(VolumeMount {
        kind: if bind { "bind" } else { "volume" }.into(),
        source: if bind {
            let s = source.replacen('~', crate::vfs::HOME, 1);
            crate::vfs::normalize(dir, &s)
        } else {
            source.to_string()
        },
        target: crate::vfs::normalize("/", target),
        read_only,
        create_host_path: bind,
    })
}

fn other_attrs(node: &Node, known: &[&str]) -> Vec<(String, Node)> {
    entries(node)
        .iter()
        .filter_map(|(k, v)| {
            let key = k.str().unwrap_or_default();
            (!known.contains(&key)).then(|| (key.to_string(), v.clone()))
        })
        .collect()
}

const MODELLED: &[&str] = &[
    "image",
    "build",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "ports",
    "expose",
    "volumes",
    "networks",
    "network_mode",
    "depends_on",
    "healthcheck",
    "restart",
    "working_dir",
    "user",
    "container_name",
    "hostname",
    "profiles",
    "develop",
    "labels",
    "tty",
    "stdin_open",
    "stop_signal",
    "stop_grace_period",
    "pull_policy",
    "scale",
];

/// Loads and normalises a project from the files found by [`find_files`].
pub fn load(fs: &Tree, cwd: &str, opts: &LoadOptions) -> Result<Project, LoadError> {
    let (files, mut warnings) = find_files(fs, cwd, opts)?;
    let main = files[0].clone();
    let working_dir = match &opts.project_directory {
        Some(d) => crate::vfs::normalize(cwd, d),
        None => crate::vfs::parent(&main).to_string(),
    };
    // The environment: the shell's exported variables, then `.env` in the project directory
    // (or `--env-file`) for the names the shell does not set.
    let mut env: Env = opts.shell_env.iter().cloned().collect();
    let env_paths: Vec<String> = if opts.env_files.is_empty() {
        vec![join(&working_dir, ".env")]
    } else {
        opts.env_files
            .iter()
            .map(|f| crate::vfs::normalize(cwd, f))
            .collect()
    };
    for p in &env_paths {
        match fs.read_string(p) {
            Ok(text) => {
                for (k, v) in parse_env_file(&text) {
                    let mut w = Vec::new();
                    let v = interpolate(&v.unwrap_or_default(), &env, &mut w).unwrap_or_default();
                    if !opts.shell_env.iter().any(|(s, _)| *s == k) {
                        env.insert(k, v);
                    }
                }
            }
            Err(_) if opts.env_files.is_empty() => {}
            Err(_) => return Err(LoadError(format!("couldn't find env file: {p}"))),
        }
    }
    let mut root: Option<Node> = None;
    for file in &files {
        let text = fs
            .read_string(file)
            .map_err(|_| LoadError(format!("open {file}: no such file or directory")))?;
        let mut doc = yaml::parse(&text).map_err(|e| LoadError(e.to_string()))?;
        if doc.is_null() {
            continue;
        }
        if !matches!(doc.value, Value::Map(_)) {
            return Err(LoadError("top-level object must be a mapping".into()));
        }
        for (k, _) in entries(&doc) {
            if k.str().is_none() {
                return Err(LoadError(format!("non-string key at line {}", k.line)));
            }
        }
        interpolate_node(&mut doc, &mut Vec::new(), &env, &mut warnings)?;
        validate(&doc).map_err(|e| LoadError(format!("validating {file}: {e}")))?;
        if doc.get("version").is_some() {
            warnings.push(format!(
                "{file}: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"
            ));
        }
        root = Some(match root {
            None => doc,
            Some(base) => merge(base, doc),
        });
    }
    let Some(root) = root else {
        return Err(LoadError("empty compose file".into()));
    };
    let name = match (&opts.project_name, root.get("name").map(text)) {
        (Some(n), _) => n.clone(),
        (None, Some(n)) if !n.is_empty() => n,
        _ => normalize_project_name(crate::vfs::base_name(&working_dir)),
    };
    if name.is_empty() {
        return Err(LoadError("project name must not be empty".into()));
    }
    if !valid_project_name(&name) {
        return Err(LoadError(format!(
            "invalid project name \"{name}\": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number"
        )));
    }
    let mut project = Project {
        name: name.clone(),
        working_dir: working_dir.clone(),
        config_files: files.clone(),
        warnings,
        ..Project::default()
    };
    let empty = Node {
        line: 0,
        value: Value::Map(Vec::new()),
    };
    let services_node = root.get("services").unwrap_or(&empty);
    let mut services = Vec::new();
    for (k, v) in entries(services_node) {
        services.push(normalize_service(
            k.str().unwrap_or_default(),
            v,
            &working_dir,
            &env,
            fs,
        )?);
    }
    crate::sort::sort_by(&mut services, |a, b| a.name.cmp(&b.name));
    // Profiles: a service with profiles runs only when one of them is active.
    let (enabled, disabled): (Vec<Service>, Vec<Service>) = services.into_iter().partition(|s| {
        s.profiles.is_empty() || s.profiles.iter().any(|p| opts.profiles.contains(p))
    });
    project.services = enabled;
    project.disabled = disabled;

    for (key, target) in [("networks", 0), ("volumes", 1)] {
        let mut list = Vec::new();
        for (k, v) in entries(root.get(key).unwrap_or(&empty)) {
            let rkey = k.str().unwrap_or_default().to_string();
            let external = match v.get("external") {
                Some(e) => {
                    matches!(e.resolve(), Some(Resolved::Bool(true)))
                        || matches!(e.value, Value::Map(_))
                }
                None => false,
            };
            let explicit = v.get("name").map(text);
            let name = match (&explicit, external) {
                (Some(n), _) => n.clone(),
                (None, true) => rkey.clone(),
                (None, false) => format!("{}_{rkey}", project.name),
            };
            list.push(Resource {
                key: rkey,
                name,
                external,
                driver: v.get("driver").map(text),
                labels: v
                    .get("labels")
                    .map(list_or_dict)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, v)| (k, v.unwrap_or_default()))
                    .collect(),
                extra: other_attrs(v, &["name", "external", "driver", "labels"]),
            });
        }
        if target == 0 {
            let uses_default = project
                .services
                .iter()
                .any(|s| s.networks.iter().any(|(n, _)| n == "default"));
            if uses_default && !list.iter().any(|r: &Resource| r.key == "default") {
                list.push(Resource {
                    key: "default".into(),
                    name: format!("{}_default", project.name),
                    ..Resource::default()
                });
            }
            crate::sort::sort_by(&mut list, |a, b| a.key.cmp(&b.key));
            project.networks = list;
        } else {
            crate::sort::sort_by(&mut list, |a, b| a.key.cmp(&b.key));
            project.volumes = list;
        }
    }
    for (key, slot) in [("secrets", 0), ("configs", 1)] {
        let list: Vec<(String, Node)> = entries(root.get(key).unwrap_or(&empty))
            .iter()
            .map(|(k, v)| (k.str().unwrap_or_default().to_string(), v.clone()))
            .collect();
        if slot == 0 {
            project.secrets = list;
        } else {
            project.configs = list;
        }
    }
    project.extensions = entries(&root)
        .iter()
        .filter(|(k, _)| k.str().is_some_and(|s| s.starts_with("x-")))
        .map(|(k, v)| (k.str().unwrap_or_default().to_string(), v.clone()))
        .collect();
    check_references(&project)?;
    // Like compose, keep only the networks, volumes and secrets the services use.
    let services = &project.services;
    project.networks.retain(|n| {
        services
            .iter()
            .any(|s| s.networks.iter().any(|(k, _)| *k == n.key))
    });
    project.volumes.retain(|v| {
        services.iter().any(|s| {
            s.volumes
                .iter()
                .any(|m| m.kind == "volume" && m.source == v.key)
        })
    });
    project.secrets.retain(|(name, _)| {
        services
            .iter()
            .any(|s| s.secrets().iter().any(|(n, _)| n == name))
    });
    project.configs.retain(|(name, _)| {
        services.iter().any(|s| {
            s.extra
                .iter()
                .filter(|(k, _)| k == "configs")
                .flat_map(|(_, v)| items(v))
                .any(|i| i.str().or_else(|| i.get("source").and_then(Node::str)) == Some(name))
        })
    });
    Ok(project)
}

/// Later files override earlier ones (mappings merge, other values replace).
fn merge(base: Node, over: Node) -> Node {
    match (base.value, over.value) {
        (Value::Map(mut a), Value::Map(b)) => {
            for (k, v) in b {
                match a.iter().position(|(e, _)| e.str() == k.str()) {
                    Some(i) => {
                        let old = a.remove(i);
                        a.insert(i, (old.0, merge(old.1, v)));
                    }
                    None => a.push((k, v)),
                }
            }
            Node {
                line: base.line,
                value: Value::Map(a),
            }
        }
        (_, value) => Node {
            line: over.line,
            value,
        },
    }
}

fn check_references(p: &Project) -> Result<(), LoadError> {
    let invalid = |m: String| LoadError(format!("{m}: invalid compose project"));
    for s in &p.services {
        if s.image.is_none() && s.build.is_none() {
            return Err(invalid(format!(
                "service \"{}\" has neither an image nor a build context specified",
                s.name
            )));
        }
        if s.network_mode.is_some() && s.networks.iter().any(|(n, _)| n != "default") {
            return Err(invalid(format!(
                "service {} declares mutually exclusive `network_mode` and `networks`",
                s.name
            )));
        }
        for (n, _) in &s.networks {
            if !p.networks.iter().any(|r| &r.key == n) {
                return Err(invalid(format!(
                    "service \"{}\" refers to undefined network {n}",
                    s.name
                )));
            }
        }
        for d in &s.depends_on {
            let known = p
                .services
                .iter()
                .chain(&p.disabled)
                .any(|o| o.name == d.service);
            if !known {
                return Err(invalid(format!(
                    "service \"{}\" depends on undefined service \"{}\"",
                    s.name, d.service
                )));
            }
        }
        for (secret, _) in s.secrets() {
            if !p.secrets.iter().any(|(n, _)| *n == secret) {
                return Err(invalid(format!(
                    "service \"{}\" refers to undefined secret {secret}",
                    s.name
                )));
            }
        }
        for v in &s.volumes {
            if v.kind == "volume"
                && !v.source.is_empty()
                && !p.volumes.iter().any(|r| r.key == v.source)
            {
                return Err(invalid(format!(
                    "service \"{}\" refers to undefined volume {}",
                    s.name, v.source
                )));
            }
        }
    }
    for s in &p.services {
        if let Some(cycle) = find_cycle(p, &mut vec![s.name.as_str()]) {
            return Err(LoadError(format!("dependency cycle detected: {cycle}")));
        }
    }
    let mut names: Vec<(&str, &str)> = Vec::new();
    for s in &p.services {
        if let Some(c) = &s.container_name {
            if s.scale() > 1 {
                return Err(LoadError(format!(
                    "services.{}: can't set container_name and deploy.replicas as container name must be unique: invalid compose project",
                    s.name
                )));
            }
            if let Some((_, other)) = names.iter().find(|(n, _)| n == c) {
                return Err(LoadError(format!(
                    "services.{}: container name \"{c}\" is already in use by service {other}\"",
                    s.name
                )));
            }
            names.push((c, &s.name));
        }
    }
    Ok(())
}

/// A `depends_on` cycle through the last service of `path`, as compose-go words it
/// (`a -> b -> a`).
fn find_cycle<'p>(p: &'p Project, path: &mut Vec<&'p str>) -> Option<String> {
    if path.len() > p.services.len() + 1 {
        return None;
    }
    let last = *path.last()?;
    let svc = p.services.iter().find(|s| s.name == last)?;
    for d in &svc.depends_on {
        if let Some(i) = path.iter().position(|n| *n == d.service) {
            return Some(format!("{} -> {}", path[i..].join(" -> "), d.service));
        }
        path.push(&d.service);
        let found = find_cycle(p, path);
        path.pop();
        if found.is_some() {
            return found;
        }
    }
    None
}

fn normalize_service(
    name: &str,
    node: &Node,
    dir: &str,
    env: &Env,
    fs: &Tree,
) -> Result<Service, LoadError> {
    let mut s = Service {
        name: name.to_string(),
        ..Service::default()
    };
    let str_of = |k: &str| node.get(k).filter(|v| !v.is_null()).map(text);
    s.image = str_of("image");
    s.restart = str_of("restart");
    s.working_dir = str_of("working_dir");
    s.user = str_of("user");
    s.container_name = str_of("container_name");
    s.hostname = str_of("hostname");
    s.network_mode = str_of("network_mode");
    s.stop_signal = str_of("stop_signal");
    s.pull_policy = str_of("pull_policy").map(|p| {
        if p == "if_not_present" {
            "missing".to_string()
        } else {
            p
        }
    });
    s.stop_grace_secs = str_of("stop_grace_period")
        .and_then(|d| parse_duration(&d))
        .map(|ns| ns / 1_000_000_000);
    s.tty = matches!(
        node.get("tty").and_then(Node::resolve),
        Some(Resolved::Bool(true))
    );
    s.stdin_open = matches!(
        node.get("stdin_open").and_then(Node::resolve),
        Some(Resolved::Bool(true))
    );
    let bad = |m: String| LoadError(m);
    if let Some(b) = node.get("build") {
        let mut build = Build::default();
        let ctx = match &b.value {
            Value::Map(_) => b.get("context").map(text).unwrap_or_else(|| ".".into()),
            _ => text(b),
        };
        build.context = crate::vfs::normalize(dir, &ctx);
        build.dockerfile = b
            .get("dockerfile")
            .map(text)
            .unwrap_or_else(|| "Dockerfile".into());
        build.target = b.get("target").map(text);
        if let Some(a) = b.get("args") {
            build.args = list_or_dict(a)
                .into_iter()
                .map(|(k, v)| {
                    let v = v.or_else(|| env.get(&k).cloned());
                    (k, v)
                })
                .collect();
        }
        if let Value::Map(_) = b.value {
            build.extra = other_attrs(b, &["context", "dockerfile", "args", "target"]);
        }
        s.build = Some(build);
    }
    for (key, slot) in [("command", 0), ("entrypoint", 1)] {
        let v = node
            .get(key)
            .filter(|v| !v.is_null())
            .map(|v| match &v.value {
                Value::Seq(_) => string_list(v),
                _ => shell_split(&text(v)),
            });
        if slot == 0 {
            s.command = v;
        } else {
            s.entrypoint = v;
        }
    }
    // env_file first, then environment overrides it.
    let mut environment: Vec<(String, Option<String>)> = Vec::new();
    if let Some(ef) = node.get("env_file") {
        let list: Vec<(String, bool)> = match &ef.value {
            Value::Seq(items) => items
                .iter()
                .map(|i| match &i.value {
                    Value::Map(_) => (
                        i.get("path").map(text).unwrap_or_default(),
                        !matches!(
                            i.get("required").and_then(Node::resolve),
                            Some(Resolved::Bool(false))
                        ),
                    ),
                    _ => (text(i), true),
                })
                .collect(),
            _ => vec![(text(ef), true)],
        };
        for (p, required) in list {
            let abs = crate::vfs::normalize(dir, &p);
            match fs.read_string(&abs) {
                Ok(t) => {
                    for (k, v) in parse_env_file(&t) {
                        let v = v.or_else(|| env.get(&k).cloned());
                        environment.retain(|(e, _)| *e != k);
                        environment.push((k, v));
                    }
                }
                Err(_) if required => {
                    return Err(bad(format!(
                        "env file {abs} not found: stat {abs}: no such file or directory"
                    )))
                }
                Err(_) => {}
            }
            s.env_files.push((abs, required));
        }
    }
    if let Some(e) = node.get("environment") {
        for (k, v) in list_or_dict(e) {
            let v = v.or_else(|| env.get(&k).cloned());
            environment.retain(|(x, _)| *x != k);
            environment.push((k, v));
        }
    }
    crate::sort::sort_by(&mut environment, |a, b| a.0.cmp(&b.0));
    s.environment = environment;
    if let Some(l) = node.get("labels") {
        s.labels = list_or_dict(l)
            .into_iter()
            .map(|(k, v)| (k, v.unwrap_or_default()))
            .collect();
    }
    if let Some(ports) = node.get("ports") {
        for p in items(ports) {
            match &p.value {
                Value::Map(_) => {
                    let target: u16 = p
                        .get("target")
                        .map(text)
                        .unwrap_or_default()
                        .parse()
                        .map_err(|_| bad(format!("services.{name}.ports: invalid port target")))?;
                    s.ports.push(Port {
                        host_ip: p.get("host_ip").map(text).unwrap_or_default(),
                        target,
                        published: p.get("published").map(text).unwrap_or_default(),
                        protocol: p.get("protocol").map(text).unwrap_or_else(|| "tcp".into()),
                        mode: p.get("mode").map(text).unwrap_or_else(|| "ingress".into()),
                        name: p.get("name").map(text),
                    });
                }
                _ => s.ports.extend(parse_port(&text(p)).map_err(bad)?),
            }
        }
    }
    if let Some(e) = node.get("expose") {
        s.expose = string_list(e);
    }
    if let Some(vols) = node.get("volumes") {
        for v in items(vols) {
            let mount = match &v.value {
                Value::Map(_) => {
                    let kind = v.get("type").map(text).unwrap_or_else(|| "volume".into());
                    let source = v.get("source").map(text).unwrap_or_default();
                    let source = if kind == "bind" {
                        crate::vfs::normalize(dir, &source.replacen('~', crate::vfs::HOME, 1))
                    } else {
                        source
                    };
                    VolumeMount {
                        create_host_path: kind == "bind"
                            && !matches!(
                                v.get("bind")
                                    .and_then(|b| b.get("create_host_path"))
                                    .and_then(Node::resolve),
                                Some(Resolved::Bool(false))
                            ),
                        kind,
                        source,
                        target: crate::vfs::normalize(
                            "/",
                            &v.get("target").map(text).unwrap_or_default(),
                        ),
                        read_only: matches!(
                            v.get("read_only").and_then(Node::resolve),
                            Some(Resolved::Bool(true))
                        ),
                    }
                }
                _ => parse_volume(&text(v), dir).map_err(bad)?,
            };
            s.volumes.push(mount);
        }
    }
    match node.get("networks") {
        Some(n) if !n.is_null() => match &n.value {
            Value::Seq(items) => {
                s.networks = items.iter().map(|i| (text(i), Vec::new())).collect();
            }
            Value::Map(entries) => {
                for (k, v) in entries {
                    let aliases = v.get("aliases").map(string_list).unwrap_or_default();
                    s.networks.push((text(k), aliases));
                }
            }
            _ => {}
        },
        _ if s.network_mode.is_none() => s.networks = vec![("default".into(), Vec::new())],
        _ => {}
    }
    crate::sort::sort_by(&mut s.networks, |a, b| a.0.cmp(&b.0));
    if let Some(d) = node.get("depends_on") {
        match &d.value {
            Value::Seq(items) => {
                for i in items {
                    s.depends_on.push(Dependency {
                        service: text(i),
                        condition: "service_started".into(),
                        restart: None,
                        required: true,
                    });
                }
            }
            Value::Map(entries) => {
                for (k, v) in entries {
                    s.depends_on.push(Dependency {
                        service: text(k),
                        condition: v
                            .get("condition")
                            .map(text)
                            .unwrap_or_else(|| "service_started".into()),
                        restart: v
                            .get("restart")
                            .and_then(Node::resolve)
                            .and_then(|r| match r {
                                Resolved::Bool(b) => Some(b),
                                _ => None,
                            }),
                        required: !matches!(
                            v.get("required").and_then(Node::resolve),
                            Some(Resolved::Bool(false))
                        ),
                    });
                }
            }
            _ => {}
        }
        crate::sort::sort_by(&mut s.depends_on, |a, b| a.service.cmp(&b.service));
    }
    if let Some(h) = node.get("healthcheck") {
        let dur = |k: &str| -> Result<Option<i64>, LoadError> {
            match h.get(k) {
                None => Ok(None),
                Some(v) => parse_duration(&text(v)).map(Some).ok_or_else(|| {
                    bad(format!(
                        "services.{name}.healthcheck.{k} {}",
                        "must be a duration"
                    ))
                }),
            }
        };
        let test = match h.get("test") {
            Some(t) => match &t.value {
                Value::Seq(_) => string_list(t),
                _ => vec!["CMD-SHELL".to_string(), text(t)],
            },
            None => Vec::new(),
        };
        s.healthcheck = Some(Health {
            test,
            timeout: dur("timeout")?,
            interval: dur("interval")?,
            retries: h.get("retries").and_then(|r| text(r).parse().ok()),
            start_period: dur("start_period")?,
            start_interval: dur("start_interval")?,
            disable: matches!(
                h.get("disable").and_then(Node::resolve),
                Some(Resolved::Bool(true))
            ),
        });
    }
    let replicas = node
        .get("deploy")
        .and_then(|d| d.get("replicas"))
        .and_then(|r| text(r).parse::<u32>().ok());
    let scale = node.get("scale").and_then(|r| text(r).parse::<u32>().ok());
    if let (Some(a), Some(b)) = (replicas, scale) {
        if a != b {
            return Err(bad(format!(
                "services.{name}: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project"
            )));
        }
    }
    s.replicas = replicas.or(scale);
    if let Some(p) = node.get("profiles") {
        s.profiles = string_list(p);
    }
    if let Some(w) = node.get("develop").and_then(|d| d.get("watch")) {
        for rule in items(w) {
            let action = rule.get("action").map(text).unwrap_or_default();
            let target = rule.get("target").map(text);
            if target.is_none() && action != "rebuild" {
                return Err(bad(format!(
                    "services.{name}.develop.watch: target is required for non-rebuild actions: invalid compose project"
                )));
            }
            s.watch.push(WatchRule {
                action,
                path: crate::vfs::normalize(dir, &rule.get("path").map(text).unwrap_or_default()),
                target,
                ignore: rule.get("ignore").map(string_list).unwrap_or_default(),
            });
        }
    }
    s.extra = other_attrs(node, MODELLED);
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn interpolation_follows_compose() {
        let e = env(&[("TAG", "1.2"), ("EMPTY", "")]);
        let mut w = Vec::new();
        assert_eq!(
            interpolate("nginx:${TAG}", &e, &mut w).unwrap(),
            "nginx:1.2"
        );
        assert_eq!(interpolate("$TAG-x", &e, &mut w).unwrap(), "1.2-x");
        assert_eq!(interpolate("${EMPTY:-d}", &e, &mut w).unwrap(), "d");
        assert_eq!(interpolate("${EMPTY-d}", &e, &mut w).unwrap(), "");
        assert_eq!(interpolate("${NOPE-d}", &e, &mut w).unwrap(), "d");
        assert_eq!(interpolate("$$HOME", &e, &mut w).unwrap(), "$HOME");
        assert!(w.is_empty());
        assert_eq!(interpolate("${NOPE}", &e, &mut w).unwrap(), "");
        assert_eq!(
            w,
            ["The \"NOPE\" variable is not set. Defaulting to a blank string."]
        );
        assert_eq!(
            interpolate("${NOPE:?set it}", &e, &mut w).unwrap_err(),
            "required variable NOPE is missing a value: set it"
        );
        assert_eq!(interpolate("${", &e, &mut w).unwrap_err(), "invalid");
    }

    #[test]
    fn project_names_and_ports() {
        assert_eq!(normalize_project_name("My App.v2"), "myappv2");
        assert_eq!(normalize_project_name("_x"), "x");
        assert!(!valid_project_name("My"));
        let p = parse_port("127.0.0.1:3000:3000").unwrap();
        assert_eq!(
            (p[0].host_ip.as_str(), p[0].target, p[0].published.as_str()),
            ("127.0.0.1", 3000, "3000")
        );
        assert_eq!(parse_port("8000-8001:80-81/udp").unwrap().len(), 2);
        assert_eq!(parse_port("3000").unwrap()[0].published, "");
        assert_eq!(format_duration(90_000_000_000), "1m30s");
        assert_eq!(format_duration(500_000_000), "500ms");
        assert_eq!(format_duration(10_000_000_000), "10s");
        assert_eq!(parse_duration("1m30s"), Some(90_000_000_000));
        assert_eq!(
            shell_split("sh -c \"yarn install && yarn run dev\""),
            ["sh", "-c", "yarn install && yarn run dev"]
        );
    }

    #[test]
    fn schema_errors_use_compose_wording() {
        let check = |y: &str| validate(&yaml::parse(y).unwrap()).unwrap_err();
        assert_eq!(
            check("services:\n  web:\n    image: nginx\n    prots:\n      - 80:80\n"),
            "services.web additional properties 'prots' not allowed"
        );
        assert_eq!(
            check("services:\n  web:\n    image: 1\n"),
            "services.web.image must be a string"
        );
        assert_eq!(
            check("servics: {}\n"),
            " additional properties 'servics' not allowed"
        );
        assert_eq!(
            check("services:\n  web:\n    ports: 80\n"),
            "services.web.ports must be a array"
        );
    }
}
