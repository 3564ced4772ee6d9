//! Tab completion: docker commands and flags, container and image names, host files.
//!
//! Docker words follow the CLI's grammar: a group's subcommands come before any object, and a
//! command's objects are what it acts on (running containers for `stop`, images for `rmi`).

use super::spec;
use crate::engine::container::ContainerState;
use crate::engine::Engine;

/// Completions for the last word of `line`: each is the whole replacement word, sorted.
pub fn complete(engine: &Engine, cwd: &str, line: &str) -> Vec<String> {
    let ends_with_space = line.ends_with(' ');
    let words: Vec<&str> = line.split_whitespace().collect();
    let current = if ends_with_space {
        ""
    } else {
        words.last().copied().unwrap_or("")
    };
    let before: Vec<&str> = if ends_with_space {
        words.clone()
    } else {
        words[..words.len().saturating_sub(1)].to_vec()
    };
    let mut out: Vec<String> = Vec::new();
    if before.is_empty() {
        for c in [
            "docker", "cat", "cd", "clear", "curl", "echo", "explain", "help", "history", "ls",
            "mkdir", "pwd", "rm", "sleep", "touch", "wget", "why",
        ] {
            out.push(c.to_string());
        }
    } else if before[0] == "docker" {
        out = docker_words(engine, &before[1..], current);
    } else {
        // Host files relative to the working directory.
        let (dir_part, _) = current
            .rsplit_once('/')
            .map(|(d, f)| (format!("{d}/"), f))
            .unwrap_or((String::new(), current));
        let dir = crate::vfs::normalize(cwd, if dir_part.is_empty() { "." } else { &dir_part });
        if let Ok(names) = engine.host_fs.list(&dir) {
            for n in names {
                let full = format!("{dir_part}{n}");
                let is_dir = engine
                    .host_fs
                    .is_dir(&format!("{}/{n}", dir.trim_end_matches('/')));
                out.push(if is_dir { format!("{full}/") } else { full });
            }
        }
    }
    out.retain(|c| c.starts_with(current));
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// What a docker command's next argument names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Object {
    /// Containers in these states (`None`: any state).
    Containers(Option<&'static [ContainerState]>),
    Images,
    ContainersAndImages,
    Networks,
    Volumes,
    Nothing,
}

const RUNNING: &[ContainerState] = &[ContainerState::Running, ContainerState::Restarting];
const NOT_RUNNING: &[ContainerState] = &[ContainerState::Created, ContainerState::Exited];
const PAUSED: &[ContainerState] = &[ContainerState::Paused];

/// The objects of `cmd` (a command path such as `stop` or `container stop`) after `given` of them.
fn object_of(cmd: &str, given: usize) -> Object {
    let (group, verb) = cmd.split_once(' ').unwrap_or(("", cmd));
    match (group, verb) {
        ("image", "ls" | "list" | "prune" | "import" | "load" | "build") => Object::Nothing,
        ("image", "rm" | "remove" | "tag" | "save" | "inspect") => Object::Images,
        ("image", _) if given == 0 => Object::Images,
        ("", "rmi" | "tag" | "save") => Object::Images,
        ("", "run" | "create" | "pull" | "push" | "history") if given == 0 => Object::Images,
        ("", "inspect") => Object::ContainersAndImages,
        ("network", "connect" | "disconnect") if given == 1 => Object::Containers(None),
        ("network", "rm" | "remove" | "inspect" | "connect" | "disconnect") => Object::Networks,
        ("volume", "rm" | "remove" | "inspect") => Object::Volumes,
        ("" | "container", "ls" | "list" | "ps" | "prune" | "run" | "create") => Object::Nothing,
        ("" | "container", "start") => Object::Containers(Some(NOT_RUNNING)),
        ("" | "container", "unpause") => Object::Containers(Some(PAUSED)),
        ("" | "container", "stop" | "kill" | "pause" | "attach" | "top" | "wait" | "stats") => {
            Object::Containers(Some(RUNNING))
        }
        ("" | "container", "exec") if given == 0 => Object::Containers(Some(RUNNING)),
        ("" | "container", "exec" | "commit" | "rename" | "cp") if given > 0 => Object::Nothing,
        ("container", _) => Object::Containers(None),
        (
            "",
            "rm" | "logs" | "restart" | "port" | "diff" | "export" | "commit" | "rename" | "cp"
            | "update",
        ) => Object::Containers(None),
        _ => Object::Nothing,
    }
}

/// Completions of `current` after `docker` and `args`.
fn docker_words(engine: &Engine, args: &[&str], current: &str) -> Vec<String> {
    let names = spec::command_names();
    // The command: the longest run of leading words that names one (flags before it skipped).
    let words: Vec<&str> = args
        .iter()
        .copied()
        .filter(|w| !w.starts_with('-'))
        .collect();
    let mut depth = 0;
    for d in (1..=words.len().min(2)).rev() {
        if names.contains(&words[..d].join(" ").as_str()) {
            depth = d;
            break;
        }
    }
    let cmd = words[..depth].join(" ");
    if depth == 0 && !words.is_empty() {
        return Vec::new();
    }
    let found = spec::cmd_for_path(&cmd);
    if current.starts_with('-') {
        return found.map(spec::flag_names).unwrap_or_default();
    }
    // The words after the command, without flags and the values of flags that take one.
    let mut given = 0;
    let mut seen = 0;
    let mut skip_value = false;
    for w in args {
        if skip_value {
            skip_value = false;
        } else if w.starts_with('-') {
            skip_value = found.is_some_and(|c| spec::flag_takes_next(c, w));
        } else if seen < depth {
            seen += 1;
        } else {
            given += 1;
        }
    }
    if skip_value {
        // The value of a flag: nothing to offer (a port, a name, a path).
        return Vec::new();
    }
    let prefix = if cmd.is_empty() {
        String::new()
    } else {
        format!("{cmd} ")
    };
    let subcommands: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_prefix(prefix.as_str()))
        .filter(|rest| !rest.is_empty() && !rest.contains(' '))
        .map(String::from)
        .collect();
    if given == 0 && !subcommands.is_empty() {
        return subcommands;
    }
    let containers = |states: Option<&'static [ContainerState]>| {
        engine
            .containers
            .iter()
            .filter(move |c| states.is_none_or(|s| s.contains(&c.state)))
            .map(|c| c.name.clone())
    };
    let images = || {
        engine
            .tags
            .keys()
            .map(|t| crate::engine::images::familiar(t))
    };
    match object_of(&cmd, given) {
        Object::Containers(states) => containers(states).collect(),
        Object::Images => images().collect(),
        Object::ContainersAndImages => containers(None).chain(images()).collect(),
        Object::Networks => engine.networks.values().map(|n| n.name.clone()).collect(),
        Object::Volumes => engine.volumes.keys().cloned().collect(),
        Object::Nothing => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::session::{Session, SessionConfig};

    /// A session with nginx and alpine pulled, `web` running, `old` exited and `frozen` paused.
    fn session() -> Session {
        let mut s = Session::new(SessionConfig::default());
        for line in [
            "docker pull nginx",
            "docker pull alpine",
            "docker run -d --name web nginx",
            "docker run --name old alpine true",
            "docker run -d --name frozen nginx",
            "docker pause frozen",
        ] {
            assert_eq!(s.run(line).status, 0, "{line}");
        }
        s
    }

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_group_offers_its_subcommands_not_objects() {
        let s = session();
        let image = s.complete("docker image ");
        for sub in [
            "build", "history", "inspect", "ls", "pull", "push", "rm", "tag",
        ] {
            assert!(
                image.contains(&sub.to_string()),
                "{sub} missing from {image:?}"
            );
        }
        assert!(!image.iter().any(|w| w.contains("nginx")), "{image:?}");
        assert_eq!(
            s.complete("docker container st"),
            words(&["start", "stats", "stop"])
        );
        assert_eq!(
            s.complete("docker network c"),
            words(&["connect", "create"])
        );
    }

    #[test]
    fn container_verbs_offer_containers_in_the_right_state() {
        let s = session();
        assert_eq!(s.complete("docker stop "), words(&["web"]));
        assert_eq!(s.complete("docker container stop "), words(&["web"]));
        assert_eq!(s.complete("docker kill w"), words(&["web"]));
        assert_eq!(s.complete("docker start "), words(&["old"]));
        assert_eq!(s.complete("docker unpause "), words(&["frozen"]));
        assert_eq!(s.complete("docker rm "), words(&["frozen", "old", "web"]));
        assert_eq!(
            s.complete("docker logs -f "),
            words(&["frozen", "old", "web"])
        );
        assert_eq!(s.complete("docker exec -it "), words(&["web"]));
        assert!(s.complete("docker exec -it web ").is_empty());
    }

    #[test]
    fn image_verbs_offer_images() {
        let s = session();
        assert_eq!(
            s.complete("docker rmi "),
            words(&["alpine:latest", "nginx:latest"])
        );
        assert_eq!(
            s.complete("docker run "),
            words(&["alpine:latest", "nginx:latest"])
        );
        assert_eq!(
            s.complete("docker run -d -p 8080:80 --name x n"),
            words(&["nginx:latest"])
        );
        assert_eq!(s.complete("docker image rm a"), words(&["alpine:latest"]));
        // A flag's value is not an image, and after the image comes the container's command.
        assert!(s.complete("docker run --name ").is_empty());
        assert!(s.complete("docker run nginx ").is_empty());
        assert_eq!(
            s.complete("docker inspect "),
            words(&["alpine:latest", "frozen", "nginx:latest", "old", "web"])
        );
    }

    #[test]
    fn commands_and_flags() {
        let s = session();
        let top = s.complete("docker ");
        assert!(top.contains(&"run".to_string()) && top.contains(&"image".to_string()));
        assert!(!top.iter().any(|w| w.contains(' ')), "{top:?}");
        assert_eq!(s.complete("docker ima"), words(&["image", "images"]));
        assert!(s
            .complete("docker stop --t")
            .contains(&"--timeout".to_string()));
        assert!(s.complete("docker nosuch ").is_empty());
        assert_eq!(s.complete("doc"), words(&["docker"]));
    }
}
