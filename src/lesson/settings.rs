//! Settings a goal may ask of a container (`env`, `mount`, `restart`, `user`, `network`,
//! `memory`, a file inside it) or of an image (`layers`, `smaller`, `label`, a file inside it):
//! the `KEY VALUE` words after `container NAME` and `image REF` in a goal line.

use serde::Serialize;

use crate::engine::{Container, Engine, MountSource};
use crate::vfs::Tree;

/// One setting a `container` or `image` goal checks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "setting", rename_all = "snake_case")]
pub enum Setting {
    /// `env KEY` (set) or `env KEY=VALUE`.
    Env {
        /// Variable.
        key: String,
        /// Required value.
        value: Option<String>,
    },
    /// `mount TARGET` or `mount SOURCE:TARGET` (a volume name, a host path or `tmpfs`).
    Mount {
        /// Volume name, host path or `tmpfs`.
        source: Option<String>,
        /// Path inside the container.
        target: String,
    },
    /// `restart no|always|unless-stopped|on-failure[:N]`.
    Restart {
        /// The policy as written.
        policy: String,
    },
    /// `user NAME` (as given to `--user`, or the image's `USER`).
    User {
        /// User.
        user: String,
    },
    /// `network NAME`: attached to that network (or its network mode).
    Network {
        /// Network.
        name: String,
    },
    /// `memory SIZE`: the `--memory` limit (`256m`).
    Memory {
        /// As written.
        text: String,
        /// In bytes.
        bytes: i64,
    },
    /// `has PATH [contains "TEXT"]`: a file inside the container or image.
    Has {
        /// Absolute path.
        path: String,
        /// Text the file must contain.
        contains: Option<String>,
    },
    /// `layers N`: the image has exactly N filesystem layers.
    Layers {
        /// Layers.
        count: usize,
    },
    /// `smaller SIZE`: the image is smaller than SIZE (`100MB`, as `docker images` counts).
    Smaller {
        /// As written.
        text: String,
        /// In bytes.
        bytes: u64,
    },
    /// `label KEY` or `label KEY=VALUE`.
    Label {
        /// Label.
        key: String,
        /// Required value.
        value: Option<String>,
    },
}

/// Keys a container goal accepts, and those an image goal accepts.
const CONTAINER_KEYS: [&str; 8] = [
    "env", "mount", "restart", "user", "network", "memory", "has", "contains",
];
const IMAGE_KEYS: [&str; 5] = ["layers", "smaller", "label", "has", "contains"];

/// Whether `key` starts a setting of a container goal (`image`: of an image goal).
pub fn is_key(key: &str, image: bool) -> bool {
    if image {
        IMAGE_KEYS.contains(&key)
    } else {
        CONTAINER_KEYS.contains(&key)
    }
}

/// Adds the setting `key value` to `out`; `contains` refines the `has` before it.
pub fn push(out: &mut Vec<Setting>, key: &str, value: &str) -> Result<(), String> {
    let pair = |v: &str| match v.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (v.to_string(), None),
    };
    let setting = match key {
        "env" => {
            let (key, value) = pair(value);
            Setting::Env { key, value }
        }
        "label" => {
            let (key, value) = pair(value);
            Setting::Label { key, value }
        }
        "mount" => {
            let (source, target) = match value.rsplit_once(':') {
                Some((s, t)) => (Some(s.to_string()), t),
                None => (None, value),
            };
            if !target.starts_with('/') {
                return Err(format!("`mount {value}`: the path inside must be absolute"));
            }
            Setting::Mount {
                source,
                target: crate::vfs::normalize("/", target),
            }
        }
        "restart" => {
            let ok = match value.split_once(':') {
                Some(("on-failure", n)) => n.parse::<u32>().is_ok(),
                Some(_) => false,
                None => ["no", "always", "unless-stopped", "on-failure"].contains(&value),
            };
            if !ok {
                return Err(format!("`restart {value}`: not a restart policy"));
            }
            Setting::Restart {
                policy: value.to_string(),
            }
        }
        "user" => Setting::User {
            user: value.to_string(),
        },
        "network" => Setting::Network {
            name: value.to_string(),
        },
        "memory" => Setting::Memory {
            text: value.to_string(),
            bytes: crate::cli::opts::ram_in_bytes(value)
                .map_err(|_| format!("`memory {value}`: not a size (256m, 1g)"))?,
        },
        "smaller" => Setting::Smaller {
            text: value.to_string(),
            bytes: decimal_size(value).ok_or(format!("`smaller {value}`: not a size (100MB)"))?,
        },
        "layers" => Setting::Layers {
            count: value
                .parse()
                .map_err(|_| format!("`layers {value}`: not a number"))?,
        },
        "has" => {
            if !value.starts_with('/') {
                return Err(format!("`has {value}`: the path must be absolute"));
            }
            Setting::Has {
                path: crate::vfs::normalize("/", value),
                contains: None,
            }
        }
        "contains" => {
            return match out.last_mut() {
                Some(Setting::Has { contains, .. }) if contains.is_none() => {
                    *contains = Some(value.to_string());
                    Ok(())
                }
                _ => Err("`contains` follows `has PATH`".to_string()),
            }
        }
        _ => return Err(format!("unknown setting `{key}`")),
    };
    out.push(setting);
    Ok(())
}

/// `100MB`, `1.5GB`, `800kB`, `123`: bytes in the decimal units `docker images` shows.
fn decimal_size(s: &str) -> Option<u64> {
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let k = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "kb" | "k" => 1e3,
        "mb" | "m" => 1e6,
        "gb" | "g" => 1e9,
        _ => return None,
    };
    (n.is_finite() && n >= 0.0).then_some((n * k) as u64)
}

/// A failed setting: (English, Korean).
pub type Miss = (String, String);

/// Checks a container's settings; `fs` gives its filesystem when a `has` needs it.
pub fn check_container(
    engine: &Engine,
    idx: usize,
    name: &str,
    settings: &[Setting],
) -> Result<(), Miss> {
    let c: &Container = engine.container(idx);
    let mut fs: Option<Tree> = None;
    for s in settings {
        match s {
            Setting::Env { key, value } => {
                let found = c
                    .config
                    .env
                    .iter()
                    .find_map(|e| e.split_once('=').filter(|(k, _)| k == key).map(|x| x.1));
                match (found, value) {
                    (None, _) => {
                        return Err((
                            format!("{name} has no variable {key}"),
                            format!("{name} 컨테이너에 {key} 환경 변수가 없어요"),
                        ))
                    }
                    (Some(v), Some(want)) if v != want => {
                        return Err((
                            format!("{key} is \"{v}\" in {name}"),
                            format!("{name} 컨테이너의 {key} 값이 달라요: \"{v}\""),
                        ))
                    }
                    _ => {}
                }
            }
            Setting::Mount { source, target } => {
                let ok = c.mounts.iter().any(|m| {
                    crate::vfs::normalize("/", &m.target) == *target
                        && source.as_ref().is_none_or(|want| match &m.source {
                            MountSource::Volume(v) => v == want,
                            MountSource::Bind(p) => {
                                let want = want.trim_start_matches("./").trim_end_matches('/');
                                p.trim_end_matches('/') == want
                                    || p.trim_end_matches('/').ends_with(&format!("/{want}"))
                            }
                            MountSource::Tmpfs => want == "tmpfs",
                        })
                });
                if !ok {
                    let what = match source {
                        Some(s) => format!("{s}:{target}"),
                        None => target.clone(),
                    };
                    return Err((
                        format!("{name} has no mount {what}"),
                        format!("{name} 컨테이너에 {what} 마운트가 없어요"),
                    ));
                }
            }
            Setting::Restart { policy } => {
                let have = match c.restart {
                    crate::engine::RestartPolicy::OnFailure(n) if n > 0 => {
                        format!("on-failure:{n}")
                    }
                    p => p.name().to_string(),
                };
                if have != *policy && !(policy == "on-failure" && have.starts_with("on-failure")) {
                    return Err((
                        format!("the restart policy of {name} is {have}"),
                        format!("{name} 컨테이너의 재시작 정책이 달라요: {have}"),
                    ));
                }
            }
            Setting::User { user } => {
                let have = if c.config.user.is_empty() {
                    "root"
                } else {
                    c.config.user.as_str()
                };
                let root = |u: &str| u == "root" || u == "0" || u == "0:0";
                if have != user && !(root(have) && root(user)) {
                    return Err((
                        format!("{name} runs as {have}"),
                        format!("{name} 컨테이너는 {have} 사용자로 실행돼요"),
                    ));
                }
            }
            Setting::Network { name: net }
                if !c.networks.contains_key(net) && c.network_mode != *net =>
            {
                return Err((
                    format!("{name} is not attached to {net}"),
                    format!("{name} 컨테이너가 {net} 네트워크에 연결되어 있지 않아요"),
                ));
            }
            Setting::Memory { text, bytes } if c.host.memory != *bytes => {
                let have = if c.host.memory == 0 {
                    "no limit".to_string()
                } else {
                    format!("{} bytes", c.host.memory)
                };
                let have_ko = if c.host.memory == 0 {
                    "제한 없음".to_string()
                } else {
                    format!("{}바이트", c.host.memory)
                };
                return Err((
                    format!("the memory limit of {name} is {have}, not {text}"),
                    format!(
                        "{name} 컨테이너의 메모리 제한이 달라요 (지금: {have_ko}, 목표: {text})"
                    ),
                ));
            }
            Setting::Has { path, contains } => {
                let tree = fs.get_or_insert_with(|| engine.clone().container_fs(idx));
                file_in(tree, path, contains.as_deref(), name)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Checks an image's settings.
pub fn check_image(engine: &Engine, id: &str, r: &str, settings: &[Setting]) -> Result<(), Miss> {
    let Some(stored) = engine.images.get(id) else {
        return Err((
            format!("no local image is called {r}"),
            format!("{r} 이미지가 없어요"),
        ));
    };
    let image = &stored.image;
    let mut fs: Option<Tree> = None;
    for s in settings {
        match s {
            Setting::Layers { count } => {
                let n = image.layers.len();
                if n != *count {
                    return Err((
                        format!("{r} has {n} layers"),
                        format!("{r} 이미지의 레이어가 {n}개예요"),
                    ));
                }
            }
            Setting::Smaller { text, bytes } => {
                let size = image.size();
                if size >= *bytes {
                    let shown = crate::cli::format::human_size(size);
                    return Err((
                        format!("{r} is {shown}, not smaller than {text}"),
                        format!("{r} 이미지 크기가 {text} 이상이에요 (지금: {shown})"),
                    ));
                }
            }
            Setting::Label { key, value } => {
                let labels = image.config.labels.as_ref();
                match (labels.and_then(|l| l.get(key)), value) {
                    (None, _) => {
                        return Err((
                            format!("{r} has no label {key}"),
                            format!("{r} 이미지에 {key} 레이블이 없어요"),
                        ))
                    }
                    (Some(v), Some(want)) if v != want => {
                        return Err((
                            format!("the label {key} of {r} is \"{v}\""),
                            format!("{r} 이미지의 {key} 레이블 값이 달라요: \"{v}\""),
                        ))
                    }
                    _ => {}
                }
            }
            Setting::Has { path, contains } => {
                let tree = fs.get_or_insert_with(|| image.rootfs());
                file_in(tree, path, contains.as_deref(), r)?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn file_in(tree: &Tree, path: &str, contains: Option<&str>, owner: &str) -> Result<(), Miss> {
    let Ok(text) = tree.read_string(path) else {
        return Err((
            format!("there is no file {path} in {owner}"),
            format!("{owner} 안에 {path} 파일이 없어요"),
        ));
    };
    match contains {
        Some(t) if !text.contains(t) => Err((
            format!("{path} in {owner} does not contain \"{t}\""),
            format!("{owner} 안의 {path} 파일에 \"{t}\" 문구가 없어요"),
        )),
        _ => Ok(()),
    }
}

/// The settings as a phrase for a goal's description: (English, Korean).
pub fn describe(settings: &[Setting]) -> (String, String) {
    let mut en = Vec::new();
    let mut ko = Vec::new();
    for s in settings {
        let (e, k) = match s {
            Setting::Env { key, value: None } => (
                format!("variable {key} set"),
                format!("환경 변수 {key} 설정"),
            ),
            Setting::Env {
                key,
                value: Some(v),
            } => (format!("{key}={v}"), format!("환경 변수 {key}={v}")),
            Setting::Mount {
                source: Some(s),
                target,
            } => (
                format!("{s} mounted at {target}"),
                format!("{target}에 {s} 마운트"),
            ),
            Setting::Mount {
                source: None,
                target,
            } => (format!("a mount at {target}"), format!("{target}에 마운트")),
            Setting::Restart { policy } => (
                format!("restart policy {policy}"),
                format!("재시작 정책 {policy}"),
            ),
            Setting::User { user } => (
                format!("running as {user}"),
                format!("{user} 사용자로 실행"),
            ),
            Setting::Network { name } => (
                format!("on network {name}"),
                format!("{name} 네트워크에 연결"),
            ),
            Setting::Memory { text, .. } => (
                format!("memory limit {text}"),
                format!("메모리 제한 {text}"),
            ),
            Setting::Has {
                path,
                contains: None,
            } => (format!("file {path} inside"), format!("안에 {path} 파일")),
            Setting::Has {
                path,
                contains: Some(t),
            } => (
                format!("file {path} inside containing \"{t}\""),
                format!("안의 {path} 파일에 \"{t}\" 문구"),
            ),
            Setting::Layers { count } => (format!("{count} layers"), format!("레이어 {count}개")),
            Setting::Smaller { text, .. } => {
                (format!("smaller than {text}"), format!("{text}보다 작음"))
            }
            Setting::Label { key, value: None } => {
                (format!("label {key}"), format!("{key} 레이블"))
            }
            Setting::Label {
                key,
                value: Some(v),
            } => (format!("label {key}={v}"), format!("레이블 {key}={v}")),
        };
        en.push(e);
        ko.push(k);
    }
    (en.join(", "), ko.join(", "))
}
