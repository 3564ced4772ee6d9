//! Tab completion: docker commands and flags, container and image names, host files.

use super::spec;
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
        let path: Vec<&str> = before[1..]
            .iter()
            .copied()
            .filter(|w| !w.starts_with('-'))
            .collect();
        let names = spec::command_names();
        let typed = path.join(" ");
        let mut is_command = false;
        for n in &names {
            if typed.is_empty() {
                if !n.contains(' ') {
                    out.push(n.to_string());
                }
            } else if let Some(rest) = n.strip_prefix(&format!("{typed} ")) {
                if !rest.contains(' ') {
                    out.push(rest.to_string());
                }
            } else if *n == typed {
                is_command = true;
            }
        }
        if current.starts_with('-') {
            out = spec::cmd_for_path(&typed)
                .map(spec::flag_names)
                .unwrap_or_default();
        } else if is_command || path.len() >= 2 {
            out.clear();
            let images_first = matches!(
                path.first().copied(),
                Some("run" | "create" | "pull" | "push" | "rmi" | "tag" | "history" | "image")
            );
            let mut images: Vec<String> = engine
                .tags
                .keys()
                .map(|t| crate::engine::images::familiar(t))
                .collect();
            let containers: Vec<String> =
                engine.containers.iter().map(|c| c.name.clone()).collect();
            if images_first {
                out.append(&mut images);
            } else {
                out.extend(containers);
                out.append(&mut images);
            }
        }
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
