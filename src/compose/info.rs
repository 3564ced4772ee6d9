//! Compose's read-only commands: `ps`, `logs`, `ls`, `top`, `images`, `config`, `version`.

use serde_json::{json, Value as Json};

use super::args::Args;
use super::commands::{project_containers, VERSION};
use super::model::Project;
use super::Cx;
use crate::cli::format::{ps_command, tabwrite};
use crate::cli::render::{ago, ports, status};
use crate::engine::ContainerState;

/// Whether container `idx` belongs to one of the services named on the command line (all of
/// them when none is named), as `ps`, `logs`, `top` and `images` filter.
fn named_service(cx: &Cx, idx: usize, names: &[String]) -> bool {
    names.is_empty()
        || names
            .iter()
            .any(|n| n == label(cx, idx, "com.docker.compose.service"))
}

fn label<'a>(cx: &'a Cx, idx: usize, key: &str) -> &'a str {
    cx.engine.containers[idx]
        .config
        .labels
        .get(key)
        .map(String::as_str)
        .unwrap_or_default()
}

fn ps_header(field: &str) -> Option<String> {
    Some(
        match field {
            "ID" => "CONTAINER ID",
            "Name" | "Names" => "NAME",
            "Image" => "IMAGE",
            "Command" => "COMMAND",
            "Service" => "SERVICE",
            "RunningFor" | "CreatedAt" => "CREATED",
            "Status" => "STATUS",
            "Ports" => "PORTS",
            "State" => "STATE",
            "Health" => "HEALTH",
            "ExitCode" => "EXIT CODE",
            "Project" => "PROJECT",
            "Size" => "SIZE",
            "Labels" => "LABELS",
            "Networks" => "NETWORKS",
            _ => return None,
        }
        .to_string(),
    )
}

/// `docker compose ps`.
pub fn ps(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    if args.has("services") {
        let mut names: Vec<&str> = project.services.iter().map(|s| s.name.as_str()).collect();
        if args.has("all") || !names.is_empty() {
            names.sort();
        }
        for n in names {
            cx.out.out(format!("{n}\n"));
        }
        return 0;
    }
    for n in &args.rest {
        if !project.services.iter().any(|s| &s.name == n) {
            return cx.fail(&format!("no such service: {n}"));
        }
    }
    let all = args.has("all");
    let statuses: Vec<&str> = args.vals("status");
    let now = cx.engine.now();
    let list: Vec<usize> = project_containers(cx.engine, &project.name, true)
        .into_iter()
        .filter(|&i| all || cx.engine.containers[i].state.is_active() || !statuses.is_empty())
        .filter(|&i| {
            statuses.is_empty() || statuses.contains(&cx.engine.containers[i].state.as_str())
        })
        .filter(|&i| named_service(cx, i, &args.rest))
        .collect();
    if args.has("quiet") {
        for &i in &list {
            cx.out.out(format!("{}\n", cx.engine.containers[i].id));
        }
        return 0;
    }
    let format = args.val("format").unwrap_or("table");
    if format == "table" || format.is_empty() {
        let mut text = String::from("NAME\tIMAGE\tCOMMAND\tSERVICE\tCREATED\tSTATUS\tPORTS\n");
        for &i in &list {
            let c = &cx.engine.containers[i];
            text.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                c.name,
                c.config.image,
                ps_command(&c.command_line(), false),
                label(cx, i, "com.docker.compose.service"),
                ago(now, c.created_ms),
                status(c, now),
                ports(c)
            ));
        }
        cx.out.out(tabwrite(&text, 10, 3));
        return 0;
    }
    let rows: Vec<Json> = list
        .iter()
        .map(|&i| {
            let c = &cx.engine.containers[i];
            let health = c.health().unwrap_or_default();
            json!({
                "Command": format!("\"{}\"", c.command_line()),
                "CreatedAt": crate::cli::render::go_time(c.created_ms),
                "ExitCode": c.exit_code,
                "Health": health,
                "ID": c.id,
                "Image": c.config.image,
                "Labels": c.config.labels.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(","),
                "LocalVolumes": c.mounts.iter().filter(|m| matches!(m.source, crate::engine::MountSource::Volume(_))).count().to_string(),
                "Mounts": c.mounts.iter().map(|m| match &m.source { crate::engine::MountSource::Volume(v) | crate::engine::MountSource::Bind(v) => v.clone(), crate::engine::MountSource::Tmpfs => String::new() }).collect::<Vec<_>>().join(","),
                "Name": c.name,
                "Names": c.name,
                "Networks": c.networks.keys().cloned().collect::<Vec<_>>().join(","),
                "Ports": ports(c),
                "Project": project.name,
                "RunningFor": ago(now, c.created_ms),
                "Service": label(cx, i, "com.docker.compose.service"),
                "Size": "0B",
                "State": c.state.as_str(),
                "Status": status(c, now),
            })
        })
        .collect();
    if format == "json" {
        for r in &rows {
            cx.out.out(format!("{r}\n"));
        }
        return 0;
    }
    render(cx, format, &rows)
}

fn render(cx: &mut Cx, format: &str, rows: &[Json]) -> i32 {
    if format.trim_start().starts_with("table") {
        match crate::cli::template::render_table(format, rows, &ps_header) {
            Ok(t) => cx.out.out(t),
            Err(e) => {
                cx.out.err(format!("{e}\n"));
                return 1;
            }
        }
        return 0;
    }
    for r in rows {
        match crate::cli::template::render(format, r) {
            Ok(t) => cx.out.out(format!("{t}\n")),
            Err(e) => {
                cx.out.err(format!("{e}\n"));
                return 1;
            }
        }
    }
    0
}

/// The log lines of containers merged by time, each with its `web-1  | ` prefix.
pub fn log_lines(
    cx: &Cx,
    project: &str,
    list: &[usize],
    args: &Args,
) -> Vec<(crate::runtime::Stream, String)> {
    let names: Vec<String> = list
        .iter()
        .map(|&i| {
            let n = &cx.engine.containers[i].name;
            n.strip_prefix(&format!("{project}-"))
                .unwrap_or(n)
                .to_string()
        })
        .collect();
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let tail: Option<usize> = args
        .val("tail")
        .filter(|t| *t != "all")
        .and_then(|t| t.parse().ok());
    let prefix = !args.has("no-log-prefix");
    let stamps = args.has("timestamps");
    let mut lines = Vec::new();
    for (k, &i) in list.iter().enumerate() {
        let logs = &cx.engine.containers[i].logs;
        let skip = tail.map(|t| logs.len().saturating_sub(t)).unwrap_or(0);
        for (j, e) in logs.iter().enumerate().skip(skip) {
            let text = e.text.trim_end_matches('\n');
            let mut line = String::new();
            if prefix {
                line.push_str(&format!("{:<width$} | ", names[k]));
            }
            if stamps {
                line.push_str(&crate::clock::rfc3339_nano(e.ms));
                line.push(' ');
            }
            line.push_str(text);
            line.push('\n');
            lines.push((e.ms, k, j, e.stream, line));
        }
    }
    crate::sort::sort_by(&mut lines, |a, b| {
        a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    lines.into_iter().map(|(_, _, _, s, l)| (s, l)).collect()
}

/// `docker compose logs`: what was logged so far ([`log_lines`]); with `-f` the session then
/// follows the running containers.
pub fn logs(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    for n in &args.rest {
        if !project.services.iter().any(|s| &s.name == n) && !project.services.is_empty() {
            return cx.fail(&format!("no such service: {n}"));
        }
    }
    let list: Vec<usize> = project_containers(cx.engine, &project.name, false)
        .into_iter()
        .filter(|&i| named_service(cx, i, &args.rest))
        .collect();
    for (s, l) in log_lines(cx, &project.name, &list, args) {
        cx.out.push(s, &l);
    }
    // `-f` keeps following the running containers until Ctrl-C (the session's follow mode;
    // new lines come prefixed as above).
    if args.has("follow") && !args.has("no-log-prefix") && !args.has("timestamps") {
        super::commands::follow_project(cx, &project.name, &list, None);
    }
    0
}

/// A project of `ls`: its name, container counts by state, and config files.
type ProjectRow = (String, Vec<(String, usize)>, String);

/// `docker compose ls`.
pub fn ls(cx: &mut Cx, args: &Args) -> i32 {
    let all = args.has("all");
    let mut projects: Vec<ProjectRow> = Vec::new();
    for c in &cx.engine.containers {
        let Some(p) = c.config.labels.get("com.docker.compose.project") else {
            continue;
        };
        let files = c
            .config
            .labels
            .get("com.docker.compose.project.config_files")
            .cloned()
            .unwrap_or_default();
        let entry = match projects.iter_mut().find(|(n, _, _)| n == p) {
            Some(e) => e,
            None => {
                projects.push((p.clone(), Vec::new(), files));
                let last = projects.len() - 1;
                &mut projects[last]
            }
        };
        let state = c.state.as_str().to_string();
        match entry.1.iter_mut().find(|(s, _)| *s == state) {
            Some(s) => s.1 += 1,
            None => entry.1.push((state, 1)),
        }
    }
    crate::sort::sort_by(&mut projects, |a, b| a.0.cmp(&b.0));
    let shown: Vec<&ProjectRow> = projects
        .iter()
        .filter(|(_, states, _)| all || states.iter().any(|(s, _)| s == "running"))
        .collect();
    if args.has("quiet") {
        for (n, _, _) in shown {
            cx.out.out(format!("{n}\n"));
        }
        return 0;
    }
    let status = |states: &Vec<(String, usize)>| {
        let mut s = states.clone();
        crate::sort::sort_by(&mut s, |a, b| a.0.cmp(&b.0));
        s.iter()
            .map(|(st, n)| format!("{st}({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if args.val("format") == Some("json") {
        let rows: Vec<Json> = shown
            .iter()
            .map(|(n, st, f)| json!({"Name": n, "Status": status(st), "ConfigFiles": f}))
            .collect();
        cx.out.out(format!("{}\n", Json::Array(rows)));
        return 0;
    }
    let mut text = String::from("NAME\tSTATUS\tCONFIG FILES\n");
    for (n, st, f) in shown {
        text.push_str(&format!("{n}\t{}\t{f}\n", status(st)));
    }
    cx.out.out(tabwrite(&text, 20, 3));
    0
}

/// `docker compose top`.
pub fn top(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let list: Vec<usize> = project_containers(cx.engine, &project.name, false)
        .into_iter()
        .filter(|&i| cx.engine.containers[i].state == ContainerState::Running)
        .filter(|&i| named_service(cx, i, &args.rest))
        .collect();
    // One table for all containers, as compose 2.36 prints it (SERVICE and replica first).
    let mut text = String::from("SERVICE\t#\tUID\tPID\tPPID\tC\tSTIME\tTTY\tTIME\tCMD\n");
    let mut rows = 0;
    for i in list {
        let c = &cx.engine.containers[i];
        let base_pid = 4000 + (c.seq as u32 % 500) * 37;
        let service = label(cx, i, "com.docker.compose.service").to_string();
        let number = label(cx, i, "com.docker.compose.container-number").to_string();
        for p in cx.engine.processes_of(i) {
            let (_, _, _, h, mi, _) = crate::clock::civil(p.start_ms.div_euclid(1000));
            text.push_str(&format!(
                "{service}\t{number}\t{}\t{}\t{}\t0\t{h:02}:{mi:02}\t{}\t00:00:00\t{}\n",
                p.user,
                base_pid + p.pid,
                if p.pid == 1 {
                    base_pid - 21
                } else {
                    base_pid + 1
                },
                p.tty.clone().unwrap_or_else(|| "?".into()),
                p.command
            ));
            rows += 1;
        }
    }
    if rows > 0 {
        cx.out.out(tabwrite(&text, 4, 2));
    }
    0
}

/// `docker compose images`.
pub fn images(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    let list: Vec<usize> = project_containers(cx.engine, &project.name, false)
        .into_iter()
        .filter(|&i| named_service(cx, i, &args.rest))
        .collect();
    if args.has("quiet") {
        for &i in &list {
            cx.out
                .out(format!("{}\n", cx.engine.containers[i].image_id));
        }
        return 0;
    }
    let mut text = String::from("CONTAINER\tREPOSITORY\tTAG\tIMAGE ID\tSIZE\n");
    for i in list {
        let c = &cx.engine.containers[i];
        let (repo, tag) = match crate::image::reference::parse(&c.config.image) {
            Ok(r) => {
                let fam = r.with_default_tag().familiar();
                match fam.rsplit_once(':') {
                    Some((a, b)) if !b.contains('/') => (a.to_string(), b.to_string()),
                    _ => (fam, "latest".to_string()),
                }
            }
            Err(_) => (c.config.image.clone(), "latest".into()),
        };
        let size = cx
            .engine
            .images
            .get(&c.image_id)
            .map(|s| crate::cli::format::human_size_prec(s.image.size(), 3))
            .unwrap_or_default();
        let short = c.image_id.trim_start_matches("sha256:");
        text.push_str(&format!(
            "{}\t{repo}\t{tag}\t{}\t{size}\n",
            c.name,
            &short[..12.min(short.len())]
        ));
    }
    cx.out.out(tabwrite(&text, 20, 3));
    0
}

/// `docker compose config`.
pub fn config(cx: &mut Cx, project: &Project, args: &Args) -> i32 {
    if args.has("quiet") {
        return 0;
    }
    if args.has("services") {
        for s in &project.services {
            cx.out.out(format!("{}\n", s.name));
        }
        return 0;
    }
    if args.has("volumes") {
        for v in &project.volumes {
            cx.out.out(format!("{}\n", v.key));
        }
        return 0;
    }
    if args.has("images") {
        for s in &project.services {
            cx.out.out(format!("{}\n", s.image_name(&project.name)));
        }
        return 0;
    }
    let model = super::config::project_out(project);
    if args.val("format") == Some("json") {
        cx.out.out(format!("{}\n", to_json_pretty(&model)));
        return 0;
    }
    cx.out.out(super::config::emit(&model));
    0
}

fn to_json(v: &super::config::Out) -> Json {
    use super::config::Out;
    match v {
        Out::Str(s) => Json::String(s.clone()),
        Out::Int(i) => json!(i),
        Out::Bool(b) => json!(b),
        Out::Null => Json::Null,
        Out::Seq(items) => Json::Array(items.iter().map(to_json).collect()),
        Out::Map(m) => {
            let mut o = serde_json::Map::new();
            for (k, v) in m {
                o.insert(k.clone(), to_json(v));
            }
            Json::Object(o)
        }
    }
}

/// `MarshalIndent` of compose's top-level map: its keys sorted, as Go sorts map keys.
fn to_json_pretty(v: &super::config::Out) -> String {
    let mut root = to_json(v);
    if let Json::Object(map) = &mut root {
        let mut entries: Vec<(String, Json)> = std::mem::take(map).into_iter().collect();
        crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        map.extend(entries);
    }
    serde_json::to_string_pretty(&root).unwrap_or_default()
}

/// `docker compose version`.
pub fn version(cx: &mut Cx, args: &Args) -> i32 {
    if args.has("short") {
        cx.out.out(format!("{VERSION}\n"));
    } else if args.val("format") == Some("json") {
        cx.out.out(format!("{{\"version\":\"v{VERSION}\"}}\n"));
    } else {
        cx.out.out(format!("Docker Compose version v{VERSION}\n"));
    }
    0
}
