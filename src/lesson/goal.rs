//! Goals: one-line predicates on the engine's state (`image node:20`, `running web port 8080:80`)
//! and their evaluation. Evaluation is pure: HTTP goals send their request to a clone of the
//! engine, so checking a goal never changes the learner's session.

use serde::Serialize;

use crate::engine::{Container, ContainerState, Engine, Event};
use crate::image::reference;
use crate::lang::Lang;
use crate::runtime::programs::HttpRequest;
use crate::session::Session;

use super::settings;
pub use super::settings::Setting;

/// A goal of a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Goal {
    /// The line as written in the lesson.
    pub source: String,
    /// The language its description is given in.
    pub lang: Lang,
    /// What it checks.
    pub kind: GoalKind,
}

/// What a goal checks. The syntax of each kind is documented in `lessons/README.md`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "goal", rename_all = "snake_case")]
pub enum GoalKind {
    /// `image REF`: a local image has this reference.
    Image {
        /// Reference as written.
        reference: String,
    },
    /// `no image REF`: no local image has this reference.
    NoImage {
        /// Reference as written.
        reference: String,
    },
    /// `running REF [name NAME] [port HOST:CONTAINER]`: a running container from an image.
    Running {
        /// Image reference as written.
        image: String,
        /// Required container name.
        name: Option<String>,
        /// Required published port (host, container).
        port: Option<(u16, u16)>,
    },
    /// `no running REF`: no container from an image is running (they may exist, stopped).
    NotRunning {
        /// Image reference as written.
        image: String,
    },
    /// `container NAME [STATE] [code N] [restarts N]`: a container exists, in a state.
    Container {
        /// Name or ID.
        name: String,
        /// `created`, `running`, `paused`, `restarting`, `exited` or `dead`.
        state: Option<String>,
        /// Exit code of its last run.
        code: Option<i32>,
        /// Restarted by its policy at least this many times.
        restarts: Option<u32>,
        /// Its settings and files (`env K=V`, `mount /data`, `has /app/x`; see [`Setting`]).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        settings: Vec<Setting>,
    },
    /// `no container NAME`: no container has this name.
    NoContainer {
        /// Name.
        name: String,
    },
    /// `no container from REF`: no container (in any state) was created from an image.
    NoContainerFrom {
        /// Image reference as written.
        image: String,
    },
    /// `http localhost:PORT[/PATH] contains "TEXT"` / `… status CODE`: a GET to a host port.
    Http {
        /// Host port.
        port: u16,
        /// Request path.
        path: String,
        /// Text the body must contain.
        contains: Option<String>,
        /// Status the answer must have (any 2xx when neither is given).
        status: Option<u16>,
    },
    /// `pushed REF`: the learner pushed this reference to the Hub.
    Pushed {
        /// Reference as written.
        reference: String,
    },
    /// `cached N`: the last build reused at least N steps from the build cache.
    Cached {
        /// Steps.
        steps: usize,
    },
    /// `volume NAME`: a volume exists.
    Volume {
        /// Name.
        name: String,
    },
    /// `no volume NAME`.
    NoVolume {
        /// Name.
        name: String,
    },
    /// `volume NAME has PATH [contains "TEXT"]`: a file in a volume.
    VolumeFile {
        /// Volume name.
        name: String,
        /// Path inside the volume.
        path: String,
        /// Text the file must contain.
        contains: Option<String>,
    },
    /// `network NAME`: a network exists.
    Network {
        /// Name.
        name: String,
    },
    /// `no network NAME`.
    NoNetwork {
        /// Name.
        name: String,
    },
    /// `network NAME has CONTAINER`: a container is attached to a network.
    NetworkHas {
        /// Network name.
        name: String,
        /// Container name.
        container: String,
    },
    /// `file PATH [contains "TEXT"]`: a file on the learner's machine (relative to home).
    File {
        /// Path.
        path: String,
        /// Text it must contain.
        contains: Option<String>,
    },
    /// `ran "docker logs"`, `ran "docker run" with --rm`: the learner typed such a command (a
    /// management form such as `docker container logs` counts as the short one).
    Ran {
        /// The command's first words.
        command: String,
        /// A flag it must have carried.
        flag: Option<String>,
    },
    /// `logged in [as USER]`.
    LoggedIn {
        /// Required user.
        user: Option<String>,
    },
    /// `logs NAME contains "TEXT"`: a container's main process wrote a text.
    Logs {
        /// Container name.
        container: String,
        /// Text.
        contains: String,
    },
    /// `same REF REF`: two references name the same local image.
    Same {
        /// First reference.
        a: String,
        /// Second reference.
        b: String,
    },
    /// `no dangling`: no local image is left without a tag.
    NoDangling,
    /// `image REF layers N smaller SIZE label K=V has PATH contains "TEXT"`: properties of a
    /// local image (any of the settings, in any order).
    ImageHas {
        /// Reference as written.
        reference: String,
        /// What it must have.
        settings: Vec<Setting>,
    },
    /// `built without warnings`: the last build finished and printed no warning.
    NoWarnings,
    /// `not GOAL`: the goal does not hold.
    Not {
        /// The goal that must not hold.
        inner: Box<GoalKind>,
    },
    /// `any GOAL or GOAL …`: at least one of the goals holds.
    Any {
        /// The alternatives.
        goals: Vec<GoalKind>,
    },
}

/// Whether a goal is met, with a description in the goal's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GoalStatus {
    /// The goal as written.
    pub goal: String,
    /// Met.
    pub met: bool,
    /// What the goal asks, in a sentence.
    pub description: String,
    /// What was found instead, when not met (empty when met).
    pub detail: String,
}

/// Remembers the events of the most recent build, for `cached` goals checked later.
#[derive(Clone, Debug, Default)]
pub struct BuildWatch {
    events: Vec<Event>,
}

impl BuildWatch {
    /// Looks at one command's events; a command that built replaces the remembered build.
    pub fn observe(&mut self, events: &[Event]) {
        if events.iter().any(|e| {
            matches!(
                e,
                Event::BuildStepCached { .. }
                    | Event::BuildStepRan { .. }
                    | Event::ImageBuilt { .. }
            )
        }) {
            self.events = events.to_vec();
        }
    }

    /// The events of the most recent build.
    pub fn events(&self) -> &[Event] {
        &self.events
    }
}

/// Words one goal line may have at most.
const MAX_WORDS: usize = 16;

/// Parses one goal line.
pub fn parse_goal(line: &str, lang: Lang) -> Result<Goal, String> {
    let words = tokenize(line)?;
    if words.len() > MAX_WORDS {
        return Err(format!("goal `{line}` is too long"));
    }
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    Ok(Goal {
        source: line.trim().to_string(),
        lang,
        kind: parse_kind(&w, line)?,
    })
}

/// The kind of goal some words make (`line`: the whole goal, for messages).
fn parse_kind(w: &[&str], line: &str) -> Result<GoalKind, String> {
    let bad = || format!("unknown goal `{line}` (see lessons/README.md)");
    let kind = match w {
        ["not", rest @ ..] if !rest.is_empty() => GoalKind::Not {
            inner: Box::new(parse_kind(rest, line)?),
        },
        ["any", rest @ ..] => {
            let goals = rest
                .split(|x| *x == "or")
                .map(|part| parse_kind(part, line))
                .collect::<Result<Vec<_>, _>>()?;
            if goals.len() < 2 {
                return Err(format!("`{line}`: write `any GOAL or GOAL`"));
            }
            GoalKind::Any { goals }
        }
        ["built", "without", "warnings"] => GoalKind::NoWarnings,
        ["image", r, rest @ ..] if !rest.is_empty() => {
            let mut settings = Vec::new();
            for pair in rest.chunks(2) {
                match pair {
                    [key, value] if settings::is_key(key, true) => {
                        settings::push(&mut settings, key, value)?
                    }
                    _ => return Err(bad()),
                }
            }
            GoalKind::ImageHas {
                reference: valid_ref(r)?,
                settings,
            }
        }
        ["used", flag] if flag.starts_with('-') => GoalKind::Ran {
            command: "docker".to_string(),
            flag: Some(flag.to_string()),
        },
        ["image", r] => GoalKind::Image {
            reference: valid_ref(r)?,
        },
        ["no", "image", r] => GoalKind::NoImage {
            reference: valid_ref(r)?,
        },
        ["running", image, rest @ ..] => {
            let mut name = None;
            let mut port = None;
            let mut it = rest.iter();
            while let Some(key) = it.next() {
                let value = it.next().ok_or_else(bad)?;
                match *key {
                    "name" => name = Some(value.to_string()),
                    "port" => port = Some(port_pair(value)?),
                    _ => return Err(bad()),
                }
            }
            GoalKind::Running {
                image: valid_ref(image)?,
                name,
                port,
            }
        }
        ["container", name, rest @ ..] => {
            let mut state = None;
            let mut code = None;
            let mut restarts = None;
            let mut settings = Vec::new();
            let mut it = rest.iter().peekable();
            if let Some(s) = it.peek() {
                if STATES.contains(s) {
                    state = Some(s.to_string());
                    it.next();
                }
            }
            while let Some(key) = it.next() {
                let value = it.next().ok_or_else(bad)?;
                match *key {
                    "code" => code = Some(value.parse().map_err(|_| bad())?),
                    "restarts" => restarts = Some(value.parse().map_err(|_| bad())?),
                    k if settings::is_key(k, false) => settings::push(&mut settings, k, value)?,
                    _ => return Err(bad()),
                }
            }
            GoalKind::Container {
                name: name.to_string(),
                state,
                code,
                restarts,
                settings,
            }
        }
        ["no", "running", image] => GoalKind::NotRunning {
            image: valid_ref(image)?,
        },
        ["no", "container", "from", image] => GoalKind::NoContainerFrom {
            image: valid_ref(image)?,
        },
        ["no", "container", name] => GoalKind::NoContainer {
            name: name.to_string(),
        },
        ["http", target, check, value] => {
            let (port, path) = http_target(target)?;
            match *check {
                "contains" => GoalKind::Http {
                    port,
                    path,
                    contains: Some(value.to_string()),
                    status: None,
                },
                "status" => GoalKind::Http {
                    port,
                    path,
                    contains: None,
                    status: Some(value.parse().map_err(|_| bad())?),
                },
                _ => return Err(bad()),
            }
        }
        ["http", target] => {
            let (port, path) = http_target(target)?;
            GoalKind::Http {
                port,
                path,
                contains: None,
                status: None,
            }
        }
        ["pushed", r] => {
            let reference = valid_ref(r)?;
            if !reference.contains('/') {
                return Err(format!(
                    "`pushed {r}`: pushed images live in a user's namespace (user/name)"
                ));
            }
            GoalKind::Pushed { reference }
        }
        ["cached", n] => GoalKind::Cached {
            steps: n.parse().map_err(|_| bad())?,
        },
        ["volume", name] => GoalKind::Volume {
            name: name.to_string(),
        },
        ["no", "volume", name] => GoalKind::NoVolume {
            name: name.to_string(),
        },
        ["volume", name, "has", path] => GoalKind::VolumeFile {
            name: name.to_string(),
            path: path.to_string(),
            contains: None,
        },
        ["volume", name, "has", path, "contains", text] => GoalKind::VolumeFile {
            name: name.to_string(),
            path: path.to_string(),
            contains: Some(text.to_string()),
        },
        ["network", name] => GoalKind::Network {
            name: name.to_string(),
        },
        ["no", "network", name] => GoalKind::NoNetwork {
            name: name.to_string(),
        },
        ["network", name, "has", container] => GoalKind::NetworkHas {
            name: name.to_string(),
            container: container.to_string(),
        },
        ["file", path] => GoalKind::File {
            path: path.to_string(),
            contains: None,
        },
        ["file", path, "contains", text] => GoalKind::File {
            path: path.to_string(),
            contains: Some(text.to_string()),
        },
        ["ran", rest @ ..] if !rest.is_empty() && rest[0] != "with" => {
            // `ran "docker run" with --rm` or unquoted: `ran docker logs`.
            let at = rest.iter().position(|x| *x == "with").unwrap_or(rest.len());
            let flag = match &rest[at..] {
                [] => None,
                ["with", f] if f.starts_with('-') => Some(f.to_string()),
                _ => return Err(bad()),
            };
            GoalKind::Ran {
                command: rest[..at].join(" "),
                flag,
            }
        }
        ["logged", "in"] => GoalKind::LoggedIn { user: None },
        ["logged", "in", "as", user] => GoalKind::LoggedIn {
            user: Some(user.to_string()),
        },
        ["logs", container, "contains", text] => GoalKind::Logs {
            container: container.to_string(),
            contains: text.to_string(),
        },
        ["same", a, b] => GoalKind::Same {
            a: valid_ref(a)?,
            b: valid_ref(b)?,
        },
        ["no", "dangling"] => GoalKind::NoDangling,
        _ => return Err(bad()),
    };
    Ok(kind)
}

/// Container states a `container` goal may ask for.
const STATES: [&str; 6] = [
    "created",
    "running",
    "paused",
    "restarting",
    "exited",
    "dead",
];

/// Words separated by spaces; `"double quoted"` words may contain spaces, `\"` and `\\`.
fn tokenize(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut chars = line.trim().chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut word = String::new();
        if c == '"' {
            chars.next();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\\' => {
                        if let Some(n) = chars.next() {
                            word.push(n);
                        }
                    }
                    _ => word.push(c),
                }
            }
            if !closed {
                return Err(format!("unclosed quote in goal `{line}`"));
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                word.push(c);
                chars.next();
            }
        }
        words.push(word);
    }
    Ok(words)
}

fn valid_ref(r: &str) -> Result<String, String> {
    reference::parse(r)
        .map(|_| r.to_string())
        .map_err(|_| format!("`{r}` is not an image reference"))
}

fn port_pair(s: &str) -> Result<(u16, u16), String> {
    let bad = || format!("`{s}` is not HOST:CONTAINER ports");
    let (h, c) = s.split_once(':').ok_or_else(bad)?;
    Ok((h.parse().map_err(|_| bad())?, c.parse().map_err(|_| bad())?))
}

/// `localhost:9000/path`, `9000` or `localhost:9000`.
fn http_target(s: &str) -> Result<(u16, String), String> {
    let s = s.strip_prefix("http://").unwrap_or(s);
    let s = s
        .strip_prefix("localhost:")
        .or_else(|| s.strip_prefix("127.0.0.1:"))
        .unwrap_or(s);
    let (port, path) = match s.find('/') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "/"),
    };
    let port = port
        .parse()
        .map_err(|_| format!("`{s}` is not localhost:PORT[/PATH]"))?;
    Ok((port, path.to_string()))
}

/// The fully qualified form of a reference with its default tag (`docker.io/library/node:latest`).
fn full(r: &str) -> Option<String> {
    reference::parse(r)
        .ok()
        .map(|r| r.with_default_tag().full())
}

/// Checks a goal against a session. `cached` goals look at the session's last command; use
/// [`check_goal_with`] and a [`BuildWatch`] to check them after later commands.
pub fn check_goal(session: &Session, goal: &Goal) -> GoalStatus {
    check_goal_with(session, session.last_events(), goal)
}

/// Checks a goal, with the events of the most recent build for `cached` goals.
pub fn check_goal_with(session: &Session, last_build: &[Event], goal: &Goal) -> GoalStatus {
    let result = evaluate(session, last_build, &goal.kind);
    let (met, detail) = match result {
        Ok(()) => (true, String::new()),
        Err(d) => (false, d.in_lang(goal.lang)),
    };
    GoalStatus {
        goal: goal.source.clone(),
        met,
        description: describe(&goal.kind, goal.lang),
        detail,
    }
}

/// A command's words with management forms folded into the short ones Docker also accepts
/// (`docker container logs` → `docker logs`, `docker image ls` → `docker images`).
fn canonical_command(line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let folded: Vec<&str> = match words.as_slice() {
        ["docker", "container", "ls" | "list", rest @ ..] => [&["docker", "ps"][..], rest].concat(),
        ["docker", "image", "ls" | "list", rest @ ..] => [&["docker", "images"][..], rest].concat(),
        ["docker", "image", "rm", rest @ ..] => [&["docker", "rmi"][..], rest].concat(),
        // `prune` has no top-level alias: `docker container prune` is not `docker image prune`.
        ["docker", "container" | "image", verb, rest @ ..] if *verb != "prune" => {
            [&["docker", *verb][..], rest].concat()
        }
        _ => words,
    };
    folded.into_iter().map(String::from).collect()
}

/// A sentence in both languages.
struct Said {
    en: String,
    ko: String,
}

impl Said {
    fn in_lang(self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

fn said(en: impl Into<String>, ko: impl Into<String>) -> Said {
    Said {
        en: en.into(),
        ko: ko.into(),
    }
}

/// Whether a container was created from the image a reference names (as typed, or the image
/// the reference points at now).
fn from_image(engine: &Engine, c: &Container, image: &str) -> bool {
    let typed = full(&c.config.image);
    (typed.is_some() && typed == full(image))
        || engine.find_image(image).is_some_and(|id| id == c.image_id)
}

fn evaluate(session: &Session, last_build: &[Event], kind: &GoalKind) -> Result<(), Said> {
    let engine = session.engine();
    match kind {
        GoalKind::Image { reference } => match engine.find_image(reference) {
            Some(_) => Ok(()),
            None => Err(said(
                format!("no local image is called {reference}"),
                format!("{reference} 이미지가 아직 없어요"),
            )),
        },
        GoalKind::NoImage { reference } => match engine.find_image(reference) {
            None => Ok(()),
            Some(_) => Err(said(
                format!("{reference} is still there"),
                format!("{reference} 이미지가 아직 남아 있어요"),
            )),
        },
        GoalKind::Running { image, name, port } => {
            let from: Vec<&Container> = engine
                .containers
                .iter()
                .filter(|c| from_image(engine, c, image))
                .collect();
            if from.is_empty() {
                return Err(said(
                    format!("no container was created from {image}"),
                    format!("{image} 이미지로 만든 컨테이너가 없어요"),
                ));
            }
            let running: Vec<&Container> = from
                .into_iter()
                .filter(|c| c.state == ContainerState::Running)
                .collect();
            if running.is_empty() {
                return Err(said(
                    format!("no container from {image} is running"),
                    format!("{image} 이미지로 만든 컨테이너 중 실행 중인 것이 없어요"),
                ));
            }
            let named: Vec<&Container> = running
                .into_iter()
                .filter(|c| name.as_ref().is_none_or(|n| c.name == *n))
                .collect();
            if let (Some(n), true) = (name, named.is_empty()) {
                return Err(said(
                    format!("no running container from {image} is named {n}"),
                    format!("{image} 이미지로 실행 중인 컨테이너 중 이름이 {n}인 것이 없어요"),
                ));
            }
            check_port(&named, *port)
        }
        GoalKind::Container {
            name,
            state,
            code,
            restarts,
            settings,
        } => {
            let Ok(i) = engine.find_container(name) else {
                return Err(missing(CONTAINER, name));
            };
            let c = engine.container(i);
            if let Some(s) = state {
                if c.state.as_str() != s {
                    return Err(said(
                        format!("{name} is {}", c.state.as_str()),
                        format!("{name} 컨테이너는 지금 {} 상태예요", c.state.as_str()),
                    ));
                }
            }
            if let Some(code) = code {
                if c.exit_code != *code {
                    return Err(said(
                        format!("its exit code is {}", c.exit_code),
                        format!("종료 코드가 {}이에요", c.exit_code),
                    ));
                }
            }
            if let Some(r) = restarts {
                if c.restart_count < *r {
                    return Err(said(
                        format!("it was restarted {} times", c.restart_count),
                        format!("재시작 횟수가 {}번이에요", c.restart_count),
                    ));
                }
            }
            settings::check_container(engine, i, name, settings).map_err(|(en, ko)| said(en, ko))
        }
        GoalKind::ImageHas {
            reference,
            settings,
        } => match engine.find_image(reference) {
            Some(id) => settings::check_image(engine, &id, reference, settings)
                .map_err(|(en, ko)| said(en, ko)),
            None => Err(said(
                format!("no local image is called {reference}"),
                format!("{reference} 이미지가 아직 없어요"),
            )),
        },
        GoalKind::NoWarnings => {
            if !last_build
                .iter()
                .any(|e| matches!(e, Event::ImageBuilt { .. }))
            {
                return Err(said("no build has finished yet", "아직 끝난 빌드가 없어요"));
            }
            match last_build.iter().find_map(|e| match e {
                Event::BuildWarned { rules } => Some(rules),
                _ => None,
            }) {
                None => Ok(()),
                Some(rules) => Err(said(
                    format!("the last build warned: {}", rules.join(", ")),
                    format!("마지막 빌드에 경고가 있었어요: {}", rules.join(", ")),
                )),
            }
        }
        GoalKind::Not { inner } => match evaluate(session, last_build, inner) {
            Ok(()) => Err(said(
                format!("it holds: {}", describe(inner, Lang::En)),
                format!("아직 그대로예요: {}", describe(inner, Lang::Ko)),
            )),
            Err(_) => Ok(()),
        },
        GoalKind::Any { goals } => {
            let mut first = None;
            for g in goals {
                match evaluate(session, last_build, g) {
                    Ok(()) => return Ok(()),
                    Err(e) => {
                        first.get_or_insert(e);
                    }
                }
            }
            Err(first.unwrap_or_else(|| said("none holds", "하나도 맞지 않아요")))
        }
        GoalKind::NoContainer { name } => {
            match engine.containers.iter().find(|c| c.name == *name) {
                None => Ok(()),
                Some(c) => Err(said(
                    format!("{name} still exists ({})", c.state.as_str()),
                    format!("{name} 컨테이너가 아직 있어요 ({})", c.state.as_str()),
                )),
            }
        }
        GoalKind::NotRunning { image } => {
            let running: Vec<&str> = engine
                .containers
                .iter()
                .filter(|c| c.state.is_active() && from_image(engine, c, image))
                .map(|c| c.name.as_str())
                .collect();
            if running.is_empty() {
                Ok(())
            } else {
                let names = running.join(", ");
                Err(said(
                    format!("still running: {names}"),
                    format!("아직 실행 중이에요: {names}"),
                ))
            }
        }
        GoalKind::NoContainerFrom { image } => {
            let left: Vec<&str> = engine
                .containers
                .iter()
                .filter(|c| from_image(engine, c, image))
                .map(|c| c.name.as_str())
                .collect();
            if left.is_empty() {
                Ok(())
            } else {
                let names = left.join(", ");
                Err(said(
                    format!("still there: {names}"),
                    format!("아직 남아 있어요: {names}"),
                ))
            }
        }
        GoalKind::Http {
            port,
            path,
            contains,
            status,
        } => {
            let mut engine = engine.clone();
            let req = HttpRequest {
                path: path.clone(),
                headers: vec![
                    ("Host".to_string(), format!("localhost:{port}")),
                    ("User-Agent".to_string(), "dockling-lesson".to_string()),
                    ("Accept".to_string(), "*/*".to_string()),
                ],
                ..HttpRequest::default()
            };
            let resp = engine.http_to_host_port(*port, &req).map_err(|_| {
                said(
                    format!("nothing answers on localhost:{port}"),
                    format!("localhost:{port}에서 응답이 없어요"),
                )
            })?;
            let body = String::from_utf8_lossy(&resp.body);
            if let Some(text) = contains {
                if !body.contains(text.as_str()) {
                    return Err(said(
                        format!("the answer does not contain \"{text}\""),
                        format!("응답에 \"{text}\"가 없어요"),
                    ));
                }
            }
            let status_ok = match status {
                Some(s) => resp.status == *s,
                None => contains.is_some() || (200..300).contains(&resp.status),
            };
            if !status_ok {
                return Err(said(
                    format!("it answered {} {}", resp.status, resp.reason),
                    format!("응답 코드가 {} {}이에요", resp.status, resp.reason),
                ));
            }
            Ok(())
        }
        GoalKind::Pushed { reference } => pushed(engine, reference),
        GoalKind::Cached { steps } => {
            let cached = last_build
                .iter()
                .filter(|e| matches!(e, Event::BuildStepCached { .. }))
                .count();
            if cached >= *steps {
                Ok(())
            } else if !last_build.iter().any(|e| {
                matches!(
                    e,
                    Event::BuildStepCached { .. }
                        | Event::BuildStepRan { .. }
                        | Event::ImageBuilt { .. }
                )
            }) {
                Err(said("no build yet", "아직 빌드하지 않았어요"))
            } else {
                Err(said(
                    format!("the last build reused {cached} steps"),
                    format!("마지막 빌드는 캐시를 {cached}단계 썼어요"),
                ))
            }
        }
        GoalKind::Volume { name } => present(engine.volumes.contains_key(name), true, VOLUME, name),
        GoalKind::NoVolume { name } => {
            present(engine.volumes.contains_key(name), false, VOLUME, name)
        }
        GoalKind::VolumeFile {
            name,
            path,
            contains,
        } => {
            let Some(v) = engine.volumes.get(name) else {
                return Err(missing(VOLUME, name));
            };
            let p = crate::vfs::normalize("/", path);
            file_check(v.data.read_string(&p).ok(), path, contains.as_deref())
        }
        GoalKind::Network { name } => {
            present(engine.networks.contains_key(name), true, NETWORK, name)
        }
        GoalKind::NoNetwork { name } => {
            present(engine.networks.contains_key(name), false, NETWORK, name)
        }
        GoalKind::NetworkHas { name, container } => {
            if !engine.networks.contains_key(name) {
                return Err(missing(NETWORK, name));
            }
            let Ok(i) = engine.find_container(container) else {
                return Err(missing(CONTAINER, container));
            };
            if engine.container(i).networks.contains_key(name) {
                Ok(())
            } else {
                Err(said(
                    format!("{container} is not attached to {name}"),
                    format!("{container} 컨테이너가 {name} 네트워크에 연결되어 있지 않아요"),
                ))
            }
        }
        GoalKind::File { path, contains } => {
            let p = crate::vfs::normalize(crate::vfs::HOME, path);
            file_check(
                engine.host_fs.read_string(&p).ok(),
                path,
                contains.as_deref(),
            )
        }
        GoalKind::Ran { command, flag } => {
            let want = canonical_command(command);
            let typed = session.history().iter().any(|line| {
                line.split(['|', ';', '&'])
                    .map(canonical_command)
                    .any(|words| {
                        words.starts_with(&want)
                            && flag.as_ref().is_none_or(|f| {
                                words
                                    .iter()
                                    .any(|w| w == f || w.starts_with(&format!("{f}=")))
                            })
                    })
            });
            if typed {
                Ok(())
            } else {
                Err(said(
                    format!("no `{command}` typed yet"),
                    format!("아직 `{command}` 명령어를 입력하지 않았어요"),
                ))
            }
        }
        GoalKind::LoggedIn { user } => match (&engine.auth, user) {
            (Some(who), Some(want)) if who != want => Err(said(
                format!("logged in as {who}"),
                format!("{who} 계정으로 로그인되어 있어요"),
            )),
            (Some(_), _) => Ok(()),
            (None, _) => Err(said("not logged in", "로그인하지 않았어요")),
        },
        GoalKind::Logs {
            container,
            contains,
        } => {
            let Ok(i) = engine.find_container(container) else {
                return Err(missing(CONTAINER, container));
            };
            let logs: String = engine
                .container(i)
                .logs
                .iter()
                .map(|l| l.text.as_str())
                .collect();
            if logs.contains(contains.as_str()) {
                Ok(())
            } else {
                Err(said(
                    format!("its logs do not contain \"{contains}\""),
                    format!("로그에 \"{contains}\"가 없어요"),
                ))
            }
        }
        GoalKind::Same { a, b } => match (engine.find_image(a), engine.find_image(b)) {
            (Some(x), Some(y)) if x == y => Ok(()),
            (Some(_), Some(_)) => Err(said(
                format!("{a} and {b} are different images"),
                format!("{a}와 {b}는 서로 다른 이미지예요"),
            )),
            (None, _) => Err(said(
                format!("no local image is called {a}"),
                format!("{a} 이미지가 없어요"),
            )),
            (_, None) => Err(said(
                format!("no local image is called {b}"),
                format!("{b} 이미지가 없어요"),
            )),
        },
        GoalKind::NoDangling => {
            let dangling = engine
                .images
                .keys()
                .filter(|id| !engine.tags.values().any(|t| t == *id))
                .count();
            if dangling == 0 {
                Ok(())
            } else {
                Err(said(
                    format!("{dangling} image(s) have no tag"),
                    format!("태그 없는 이미지가 {dangling}개 있어요"),
                ))
            }
        }
    }
}

/// A kind of named object in goal messages: its English word, and its Korean word with the
/// subject particle it takes.
type Kind = (&'static str, &'static str);
const VOLUME: Kind = ("volume", "볼륨이");
const NETWORK: Kind = ("network", "네트워크가");
const CONTAINER: Kind = ("container", "컨테이너가");

fn missing((en, ko): Kind, name: &str) -> Said {
    said(
        format!("there is no {en} {name}"),
        format!("{name} {ko} 없어요"),
    )
}

/// Whether a named object exists as a goal wants (`want`: it should exist).
fn present(exists: bool, want: bool, kind: Kind, name: &str) -> Result<(), Said> {
    match (exists, want) {
        (true, true) | (false, false) => Ok(()),
        (false, true) => Err(missing(kind, name)),
        (true, false) => Err(said(
            format!("{name} still exists"),
            format!("{name} {} 아직 있어요", kind.1),
        )),
    }
}

fn check_port(containers: &[&Container], port: Option<(u16, u16)>) -> Result<(), Said> {
    let Some((host, inside)) = port else {
        return Ok(());
    };
    if containers.iter().any(|c| {
        c.ports
            .iter()
            .any(|p| p.host_port == host && p.container_port == inside)
    }) {
        Ok(())
    } else {
        Err(said(
            format!("none of them publishes {host}:{inside}"),
            format!("{host}:{inside} 포트를 연결한 컨테이너가 없어요"),
        ))
    }
}

fn file_check(content: Option<String>, path: &str, contains: Option<&str>) -> Result<(), Said> {
    let Some(content) = content else {
        return Err(said(
            format!("there is no file {path}"),
            format!("{path} 파일이 없어요"),
        ));
    };
    match contains {
        Some(text) if !content.contains(text) => Err(said(
            format!("{path} does not contain \"{text}\""),
            format!("{path} 파일에 \"{text}\"가 없어요"),
        )),
        _ => Ok(()),
    }
}

fn pushed(engine: &Engine, r: &str) -> Result<(), Said> {
    let not = || {
        said(
            format!("{r} is not on Docker Hub yet"),
            format!("{r} 이미지가 아직 도커 허브에 없어요"),
        )
    };
    let Ok(parsed) = reference::parse(r) else {
        return Err(not());
    };
    let parsed = parsed.with_default_tag();
    let tag = parsed.tag_or_latest().to_string();
    let familiar = parsed.familiar_name();
    let repos = engine.registry.repositories();
    if let Some(repo) = repos
        .iter()
        .find(|repo| repo.name == familiar || repo.name == parsed.path)
    {
        return if repo.pushed && repo.tags.contains(&tag) {
            Ok(())
        } else {
            Err(not())
        };
    }
    // A registry that does not list the repository may still serve it (pushed repositories
    // only): ask a copy, so the check changes nothing.
    let mut registry = engine.registry.clone();
    registry
        .resolve(parsed.repo_path(), &tag)
        .map(|_| ())
        .map_err(|_| not())
}

/// What a goal asks, as one sentence in a language.
pub fn describe(kind: &GoalKind, lang: Lang) -> String {
    let s = match kind {
        GoalKind::Image { reference } => said(
            format!("Image {reference} exists"),
            format!("{reference} 이미지가 있어요"),
        ),
        GoalKind::NoImage { reference } => said(
            // Met also by an image that was never built or pulled: say "there is none", not
            // "you removed it".
            format!("There is no image {reference}"),
            format!("{reference} 이미지가 없어요"),
        ),
        GoalKind::Running { image, name, port } => {
            let mut en = format!("A container from {image} is running");
            let mut ko = format!("{image} 이미지로 만든 컨테이너가 실행 중이에요");
            let mut extra_en = Vec::new();
            let mut extra_ko = Vec::new();
            if let Some(n) = name {
                extra_en.push(format!("named {n}"));
                extra_ko.push(format!("이름 {n}"));
            }
            if let Some((h, c)) = port {
                extra_en.push(format!("port {h} → {c}"));
                extra_ko.push(format!("포트 {h} → {c}"));
            }
            if !extra_en.is_empty() {
                en.push_str(&format!(" ({})", extra_en.join(", ")));
                ko.push_str(&format!(" ({})", extra_ko.join(", ")));
            }
            said(en, ko)
        }
        GoalKind::Container {
            name,
            state,
            code,
            restarts,
            settings,
        } => {
            let mut en = format!("Container {name} exists");
            let mut ko = format!("{name} 컨테이너가 있어요");
            if let Some(s) = state {
                en = format!("Container {name} {}", state_en(s));
                ko = format!("{name} 컨테이너가 {} 상태예요", state_ko(s));
            }
            if let Some(c) = code {
                en.push_str(&format!(" with exit code {c}"));
                ko.push_str(&format!(" (종료 코드 {c})"));
            }
            if let Some(r) = restarts {
                en.push_str(&format!(", restarted at least {r} times"));
                ko.push_str(&format!(" (재시작 {r}번 이상)"));
            }
            if !settings.is_empty() {
                let (e, k) = settings::describe(settings);
                en.push_str(&format!(" ({e})"));
                ko.push_str(&format!(" ({k})"));
            }
            said(en, ko)
        }
        GoalKind::ImageHas {
            reference,
            settings,
        } => {
            let (e, k) = settings::describe(settings);
            said(
                format!("Image {reference} has: {e}"),
                format!("{reference} 이미지 조건: {k}"),
            )
        }
        GoalKind::NoWarnings => said(
            "The last build printed no warnings",
            "마지막 빌드에 경고가 없어요",
        ),
        GoalKind::Not { inner } => said(
            format!("Not so: {}", describe(inner, Lang::En)),
            format!("다음이 아니에요: {}", describe(inner, Lang::Ko)),
        ),
        GoalKind::Any { goals } => {
            let en: Vec<String> = goals.iter().map(|g| describe(g, Lang::En)).collect();
            let ko: Vec<String> = goals.iter().map(|g| describe(g, Lang::Ko)).collect();
            said(
                format!("One of: {}", en.join("; or ")),
                format!("다음 중 하나: {}", ko.join(" / 또는 ")),
            )
        }
        GoalKind::NoContainer { name } => said(
            format!("Container {name} is removed"),
            format!("{name} 컨테이너를 지웠어요"),
        ),
        GoalKind::NotRunning { image } => said(
            format!("No container from {image} is running"),
            format!("{image} 이미지로 실행 중인 컨테이너가 없어요"),
        ),
        GoalKind::NoContainerFrom { image } => said(
            format!("No container from {image} remains"),
            format!("{image} 이미지로 만든 컨테이너가 남아 있지 않아요"),
        ),
        GoalKind::Http {
            port,
            path,
            contains,
            status,
        } => {
            let url = format!("localhost:{port}{}", if path == "/" { "" } else { path });
            match (contains, status) {
                (Some(t), _) => said(
                    format!("{url} answers \"{t}\""),
                    format!("{url}에 요청하면 \"{t}\"가 와요"),
                ),
                (None, Some(s)) => said(
                    format!("{url} answers with status {s}"),
                    format!("{url}에 요청하면 {s} 응답이 와요"),
                ),
                (None, None) => said(format!("{url} answers"), format!("{url}가 응답해요")),
            }
        }
        GoalKind::Pushed { reference } => said(
            format!("{reference} is pushed to Docker Hub"),
            format!("{reference} 이미지를 도커 허브에 푸시했어요"),
        ),
        GoalKind::Cached { steps } => said(
            format!("The last build reused at least {steps} step(s) from the cache"),
            format!("마지막 빌드가 캐시를 {steps}단계 이상 썼어요"),
        ),
        GoalKind::Volume { name } => said(
            format!("Volume {name} exists"),
            format!("{name} 볼륨이 있어요"),
        ),
        GoalKind::NoVolume { name } => said(
            format!("Volume {name} is removed"),
            format!("{name} 볼륨을 지웠어요"),
        ),
        GoalKind::VolumeFile {
            name,
            path,
            contains,
        } => match contains {
            Some(t) => said(
                format!("Volume {name} holds {path} with \"{t}\""),
                format!("{name} 볼륨의 {path} 파일에 \"{t}\"가 들어 있어요"),
            ),
            None => said(
                format!("Volume {name} holds {path}"),
                format!("{name} 볼륨에 {path} 파일이 있어요"),
            ),
        },
        GoalKind::Network { name } => said(
            format!("Network {name} exists"),
            format!("{name} 네트워크가 있어요"),
        ),
        GoalKind::NoNetwork { name } => said(
            format!("Network {name} is removed"),
            format!("{name} 네트워크를 지웠어요"),
        ),
        GoalKind::NetworkHas { name, container } => said(
            format!("Container {container} is attached to network {name}"),
            format!("{container} 컨테이너가 {name} 네트워크에 연결되어 있어요"),
        ),
        GoalKind::File { path, contains } => match contains {
            Some(t) => said(
                format!("File {path} contains \"{t}\""),
                format!("{path} 파일에 \"{t}\"가 들어 있어요"),
            ),
            None => said(
                format!("File {path} exists"),
                format!("{path} 파일이 있어요"),
            ),
        },
        GoalKind::Ran { command, flag } => match flag {
            Some(f) => said(
                format!("You ran `{command}` with {f}"),
                format!("`{command}` 명령어를 {f} 옵션과 함께 실행했어요"),
            ),
            None => said(
                format!("You ran `{command}`"),
                format!("`{command}` 명령어를 실행했어요"),
            ),
        },
        GoalKind::LoggedIn { user } => match user {
            Some(u) => said(
                format!("Logged in to Docker Hub as {u}"),
                format!("{u} 계정으로 도커 허브에 로그인했어요"),
            ),
            None => said("Logged in to Docker Hub", "도커 허브에 로그인했어요"),
        },
        GoalKind::Logs {
            container,
            contains,
        } => said(
            format!("The logs of {container} contain \"{contains}\""),
            format!("{container} 컨테이너 로그에 \"{contains}\"가 있어요"),
        ),
        GoalKind::Same { a, b } => said(
            format!("{a} and {b} are the same image"),
            format!("{a}와 {b}가 같은 이미지예요"),
        ),
        GoalKind::NoDangling => said(
            "No image is left without a tag",
            "태그 없는(<none>) 이미지가 남아 있지 않아요",
        ),
    };
    s.in_lang(lang)
}

/// English predicates for container states.
fn state_en(state: &str) -> String {
    match state {
        "exited" => "has exited".to_string(),
        "created" => "was created (never started)".to_string(),
        other => format!("is {other}"),
    }
}

/// Korean names of container states, as Korean Docker users say them.
fn state_ko(state: &str) -> &str {
    match state {
        "created" => "생성됨(created)",
        "running" => "실행 중(running)",
        "paused" => "일시 정지(paused)",
        "restarting" => "재시작 중(restarting)",
        "exited" => "종료됨(exited)",
        "dead" => "dead",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::SessionConfig;

    /// A session with a small web server image built FROM scratch (no registry needed).
    fn web_session() -> Session {
        let mut s = Session::new(SessionConfig {
            seed: 7,
            ..SessionConfig::default()
        });
        s.run("mkdir site");
        s.run("cd site");
        s.write_file(
            "Dockerfile",
            "FROM scratch\nENV NGINX_VERSION=1.29.0\nCOPY sh /bin/sh\nCOPY index.html /usr/share/nginx/html/index.html\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
        )
        .unwrap();
        s.write_file("sh", "#!\n").unwrap();
        s.write_file("index.html", "hello world\n").unwrap();
        s
    }

    fn goal(line: &str) -> Goal {
        parse_goal(line, Lang::En).unwrap()
    }

    fn met(s: &Session, line: &str) -> bool {
        check_goal(s, &goal(line)).met
    }

    #[test]
    fn parses_every_kind() {
        for line in [
            "image node",
            "no image hahava-server:0.0.1",
            "running hahava/express-server:0.0.1 port 9000:3000",
            "running nginx name web port 8080:80",
            "container web exited code 137 restarts 2",
            "container web",
            "no container web",
            "no container from nginx:latest",
            "no running nginx",
            "http localhost:9000 contains \"hello world\"",
            "http localhost:9000/x status 404",
            "http 8080",
            "pushed hahava/express-server:0.0.1",
            "cached 3",
            "volume data",
            "no volume data",
            "volume data has /x.txt contains \"a b\"",
            "network app",
            "network app has web",
            "no network app",
            "file app/Dockerfile contains FROM",
            "logged in",
            "logged in as hahava",
            "logs db contains \"ready for connections\"",
            "same a:1 b:2",
            "no dangling",
        ] {
            assert!(parse_goal(line, Lang::Ko).is_ok(), "{line}");
        }
        for line in [
            "fly",
            "image",
            "image UPPER",
            "running nginx port 80",
            "running nginx colour red",
            "http localhost:x",
            "pushed nginx",
            "cached many",
            "logs a contains \"open",
            "container web code",
        ] {
            assert!(parse_goal(line, Lang::En).is_err(), "{line}");
        }
        assert_eq!(
            goal("http localhost:9000/a contains \"hi \\\"you\\\"\"").kind,
            GoalKind::Http {
                port: 9000,
                path: "/a".into(),
                contains: Some("hi \"you\"".into()),
                status: None
            }
        );
    }

    #[test]
    fn image_container_port_and_http_goals() {
        let mut s = web_session();
        assert!(!met(&s, "image mimi/web:1"));
        assert!(met(&s, "no image mimi/web:1"));
        let r = s.run("docker build -t mimi/web:1 .");
        assert_eq!(r.status, 0, "{}", r.output.text());
        assert!(met(&s, "image mimi/web:1"));
        assert!(met(&s, "image docker.io/mimi/web:1"));
        assert!(!met(&s, "image mimi/web"));
        assert!(met(&s, "file site/Dockerfile contains \"FROM scratch\""));
        assert!(met(&s, "file /home/learner/site/index.html"));
        assert!(!met(&s, "file site/missing"));
        let r = s.run("docker run -d --name web -p 9000:80 mimi/web:1");
        assert_eq!(r.status, 0, "{}", r.output.text());
        assert!(met(&s, "running mimi/web:1"));
        assert!(met(&s, "running mimi/web:1 name web port 9000:80"));
        assert!(!met(&s, "running mimi/web:1 port 9001:80"));
        assert!(!met(&s, "running mimi/web:1 name other"));
        assert!(met(&s, "container web running"));
        assert!(!met(&s, "container web exited"));
        assert!(met(&s, "http localhost:9000 contains \"hello world\""));
        assert!(met(&s, "http 9000"));
        assert!(!met(&s, "http localhost:9000 contains \"goodbye\""));
        assert!(!met(&s, "http localhost:9001"));
        assert!(met(&s, "http localhost:9000/nope status 404"));
        // Checking a goal changes nothing: no log line was added by the HTTP checks.
        let before = s.engine().containers[0].logs.len();
        assert!(met(&s, "http 9000"));
        assert_eq!(s.engine().containers[0].logs.len(), before);
        let status = check_goal(&s, &goal("http localhost:9001"));
        assert_eq!(status.detail, "nothing answers on localhost:9001");
        assert!(!met(&s, "no container from mimi/web:1"));
        assert!(!met(&s, "no running mimi/web:1"));

        s.run("docker stop web");
        assert!(!met(&s, "running mimi/web:1"));
        assert!(met(&s, "no running mimi/web:1"));
        assert!(met(&s, "container web exited code 0"));
        assert!(!met(&s, "http 9000"));
        s.run("docker rm web");
        assert!(met(&s, "no container web"));
        assert!(met(&s, "no container from mimi/web:1"));
        assert!(!met(&s, "container web"));
    }

    #[test]
    fn build_cache_goal_follows_the_last_build() {
        let mut s = web_session();
        let mut watch = BuildWatch::default();
        let r = s.run("docker build -t mimi/web:1 .");
        watch.observe(&r.events);
        let g = goal("cached 2");
        assert!(!check_goal_with(&s, watch.events(), &g).met);
        let r = s.run("docker build -t mimi/web:1 .");
        watch.observe(&r.events);
        assert!(check_goal(&s, &g).met);
        assert!(check_goal(&s, &goal("cached 2")).met);
        assert!(!check_goal(&s, &goal("cached 3")).met);
        let r = s.run("docker images");
        watch.observe(&r.events);
        assert!(check_goal_with(&s, watch.events(), &g).met);
        assert_eq!(
            check_goal(&s, &g).detail,
            "no build yet",
            "check_goal alone only sees the last command"
        );
    }

    #[test]
    fn volumes_networks_login_push_and_tags() {
        let mut s = web_session();
        s.run("docker build -t mimi/web:1 .");
        assert!(!met(&s, "volume data"));
        s.run("docker volume create data");
        assert!(met(&s, "volume data"));
        assert!(!met(&s, "volume data has /x"));
        assert!(met(&s, "no network app"));
        s.run("docker network create app");
        assert!(met(&s, "network app"));
        assert!(!met(&s, "no network app"));
        assert!(!met(&s, "network app has web"));
        let r = s.run("docker run -d --name web --network app -v data:/data mimi/web:1");
        assert_eq!(r.status, 0, "{}", r.output.text());
        assert!(met(&s, "network app has web"));
        assert!(!met(&s, "network bridge has web"));
        let r = s.run("docker exec web sh -c 'echo saved > /data/x'");
        assert_eq!(r.status, 0, "{}", r.output.text());
        assert!(met(&s, "volume data has /x contains saved"));
        assert!(met(&s, "volume data has x"));
        assert!(met(&s, "logs web contains \"start worker processes\""));
        assert!(!met(&s, "logs web contains \"error\""));

        assert!(!met(&s, "logged in"));
        assert!(!met(&s, "pushed mimi/web:1"));
        s.run("docker login -u mimi -p secret");
        assert!(met(&s, "logged in as mimi"));
        assert!(!met(&s, "logged in as you"));
        let r = s.run("docker push mimi/web:1");
        assert_eq!(r.status, 0, "{}", r.output.text());
        assert!(met(&s, "pushed mimi/web:1"));
        assert!(!met(&s, "pushed mimi/web:2"));

        s.run("docker tag mimi/web:1 mimi/web:latest");
        assert!(met(&s, "same mimi/web:1 mimi/web"));
        assert!(met(&s, "no dangling"));
        let ko = check_goal(
            &s,
            &parse_goal("same mimi/web:1 mimi/web", Lang::Ko).unwrap(),
        );
        assert_eq!(ko.description, "mimi/web:1와 mimi/web가 같은 이미지예요");
    }

    #[test]
    fn missing_and_remaining_objects_are_named_in_both_languages() {
        let mut s = web_session();
        let detail = |s: &Session, line: &str, lang: Lang| {
            check_goal(s, &parse_goal(line, lang).unwrap()).detail
        };
        assert_eq!(
            detail(&s, "volume data", Lang::En),
            "there is no volume data"
        );
        assert_eq!(
            detail(&s, "volume data has /x", Lang::Ko),
            "data 볼륨이 없어요"
        );
        assert_eq!(
            detail(&s, "network app has web", Lang::Ko),
            "app 네트워크가 없어요"
        );
        assert_eq!(
            detail(&s, "logs web contains x", Lang::En),
            "there is no container web"
        );
        assert_eq!(
            detail(&s, "container web", Lang::Ko),
            "web 컨테이너가 없어요"
        );
        s.run("docker volume create data");
        s.run("docker network create app");
        assert_eq!(detail(&s, "no volume data", Lang::En), "data still exists");
        assert_eq!(
            detail(&s, "no volume data", Lang::Ko),
            "data 볼륨이 아직 있어요"
        );
        assert_eq!(
            detail(&s, "no network app", Lang::Ko),
            "app 네트워크가 아직 있어요"
        );
        assert_eq!(
            detail(&s, "network app has web", Lang::En),
            "there is no container web"
        );
        assert_eq!(detail(&s, "network app", Lang::En), "");
    }

    #[test]
    fn descriptions_in_both_languages() {
        let en = describe(&goal("running a/b:1 port 9000:3000").kind, Lang::En);
        assert_eq!(en, "A container from a/b:1 is running (port 9000 → 3000)");
        let ko = describe(&goal("container web exited code 0").kind, Lang::Ko);
        assert_eq!(ko, "web 컨테이너가 종료됨(exited) 상태예요 (종료 코드 0)");
    }
}
