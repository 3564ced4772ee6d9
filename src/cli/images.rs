//! Image commands: images, pull, push, tag, rmi, history, prune, search, login, logout, build.

use serde_json::{json, Map, Value};

use super::containers::render_rows;
use super::format::{ellipsis, human_size, human_size_prec};
use super::render::{ago, go_time, image_header, pull_progress, push_progress};
use super::spec::Invocation;
use super::{confirm, daemon_error, print_deleted, report_errors, CliCtx, CliRequest};
use crate::engine::distribution::PushError;
use crate::engine::images::{familiar, RemovedLine};
use crate::engine::{Engine, ErrorKind, Event};
use crate::image::{reference, short_id};
use crate::runtime::Output;

const IMAGES_TABLE: &str = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";

/// Splits a familiar `repo:tag` into its parts.
fn repo_and_tag(fam: &str) -> (String, String) {
    match fam.rsplit_once(':') {
        Some((r, t)) if !t.contains('/') => (r.to_string(), t.to_string()),
        _ => (fam.to_string(), "<none>".to_string()),
    }
}

/// `docker images` / `docker image ls`.
pub fn ls(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let f = &inv.flags;
    let no_trunc = f.bool("no-trunc");
    let digests = f.bool("digests");
    let mut dangling: Option<bool> = None;
    let mut reference_filters: Vec<String> = Vec::new();
    for filter in f.list("filter") {
        match filter.split_once('=') {
            Some(("dangling", v)) => dangling = Some(v == "true" || v == "1"),
            Some(("reference", v)) => reference_filters.push(v.to_string()),
            Some(("label" | "before" | "since" | "until", _)) => {}
            Some((k, _)) => {
                out.err(format!(
                    "Error response from daemon: invalid filter '{k}'\n"
                ));
                return 1;
            }
            None => {
                out.err(format!("invalid argument \"{filter}\" for \"-f, --filter\" flag: bad format of filter (expected name=value)\nSee 'docker images --help'.\n"));
                return 125;
            }
        }
    }
    if let Some(arg) = inv.args.first() {
        reference_filters.push(arg.clone());
    }
    let now = engine.now();
    let mut rows: Vec<Value> = Vec::new();
    let mut quiet_ids: Vec<String> = Vec::new();
    for stored in engine.images_newest_first() {
        let image = &stored.image;
        // Once per image, not per tag: an image's size walks its layers.
        let size = human_size_prec(image.size(), 3);
        let tags: Vec<String> = engine
            .tags_of(&image.id)
            .iter()
            .map(|t| familiar(t))
            .collect();
        let is_dangling = tags.is_empty();
        if dangling == Some(true) && !is_dangling {
            continue;
        }
        if dangling == Some(false) && is_dangling {
            continue;
        }
        let mut entries: Vec<(String, String, String)> = Vec::new();
        let digest_of = |repo: &str| -> String {
            stored
                .repo_digests
                .iter()
                .map(|d| familiar(d))
                .find(|d| d.split('@').next() == Some(repo))
                .and_then(|d| d.split('@').nth(1).map(str::to_string))
                .unwrap_or_else(|| "<none>".to_string())
        };
        if is_dangling {
            if stored.repo_digests.is_empty() {
                entries.push(("<none>".into(), "<none>".into(), "<none>".into()));
            } else {
                for d in &stored.repo_digests {
                    let fam = familiar(d);
                    let (repo, digest) = fam.split_once('@').unwrap_or((&fam, "<none>"));
                    entries.push((repo.to_string(), "<none>".into(), digest.to_string()));
                }
            }
        } else {
            for t in &tags {
                let (repo, tag) = repo_and_tag(t);
                let digest = digest_of(&repo);
                entries.push((repo, tag, digest));
            }
        }
        for (repo, tag, digest) in entries {
            if !reference_filters.is_empty()
                && !reference_filters.iter().any(|pat| {
                    let name = if tag == "<none>" {
                        repo.clone()
                    } else {
                        format!("{repo}:{tag}")
                    };
                    glob_match(pat, &name) || glob_match(pat, &repo)
                })
            {
                continue;
            }
            let id = if no_trunc {
                image.id.clone()
            } else {
                short_id(&image.id).to_string()
            };
            quiet_ids.push(id.clone());
            let mut m = Map::new();
            m.insert("Containers".into(), json!("N/A"));
            m.insert("CreatedAt".into(), json!(go_time(image.created * 1000)));
            m.insert("CreatedSince".into(), json!(ago(now, image.created * 1000)));
            m.insert("Digest".into(), json!(digest));
            m.insert("ID".into(), json!(id));
            m.insert("Repository".into(), json!(repo));
            m.insert("SharedSize".into(), json!("N/A"));
            m.insert("Size".into(), json!(size));
            m.insert("Tag".into(), json!(tag));
            m.insert("UniqueSize".into(), json!("N/A"));
            // docker's VirtualSize keeps four significant digits where Size keeps three.
            m.insert(
                "VirtualSize".into(),
                json!(super::format::human_size(image.size())),
            );
            rows.push(Value::Object(m));
        }
    }
    if f.bool("quiet") {
        quiet_ids.dedup();
        for id in quiet_ids {
            out.out(format!("{id}\n"));
        }
        return 0;
    }
    if f.str("format")
        .is_none_or(|fmt| fmt.is_empty() || fmt == "table")
    {
        // The default table, laid out directly from the rows' fields.
        let keys: &[&str] = if digests {
            &["Repository", "Tag", "Digest", "ID", "CreatedSince", "Size"]
        } else {
            &["Repository", "Tag", "ID", "CreatedSince", "Size"]
        };
        let mut cells: Vec<Vec<String>> = vec![keys
            .iter()
            .map(|k| image_header(k).unwrap_or_default())
            .collect()];
        for r in &rows {
            cells.push(
                keys.iter()
                    .map(|k| r[*k].as_str().unwrap_or_default().to_string())
                    .collect(),
            );
        }
        out.out(super::format::table(&cells));
        hint_subcommand(inv, rows.is_empty(), out);
        return 0;
    }
    let default = if digests {
        "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    } else {
        IMAGES_TABLE
    };
    let status = super::containers::render_rows_typed(
        f.str("format"),
        default,
        &rows,
        &image_header,
        out,
        Some("*formatter.imageContext"),
    );
    hint_subcommand(inv, rows.is_empty(), out);
    status
}

/// `docker images ls` finds nothing and hints at `docker image ls`, as the client does.
fn hint_subcommand(inv: &Invocation, empty: bool, out: &mut Output) {
    if !empty || inv.path != "docker images" {
        return;
    }
    if let Some(arg) = inv.args.first() {
        if matches!(
            arg.as_str(),
            "ls" | "list"
                | "rm"
                | "remove"
                | "prune"
                | "inspect"
                | "pull"
                | "push"
                | "tag"
                | "history"
                | "build"
        ) {
            out.err(format!(
                "\nNo images found matching \"{arg}\": did you mean \"docker image {arg}\"?\n"
            ));
        }
    }
}

/// Shell-style `*` matching for image reference filters.
fn glob_match(pattern: &str, text: &str) -> bool {
    fn go(p: &[u8], t: &[u8], depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some(b'*'), _) => {
                go(&p[1..], t, depth + 1)
                    || (!t.is_empty() && t[0] != b'/' && go(p, &t[1..], depth + 1))
            }
            (Some(a), Some(b)) if a == b => go(&p[1..], &t[1..], depth + 1),
            _ => false,
        }
    }
    go(pattern.as_bytes(), text.as_bytes(), 0)
}

/// `docker pull`.
pub fn pull(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(arg) = inv.args.first() else {
        return 1;
    };
    let reference = match reference::parse(arg) {
        Ok(r) => r,
        Err(e) => {
            out.err(format!("{e}\n"));
            engine.emit(Event::Failed {
                error: ErrorKind::InvalidReference {
                    reference: arg.clone(),
                    message: e.to_string(),
                },
            });
            return 1;
        }
    };
    let explicit = reference.tag.is_some() || reference.digest.is_some();
    if explicit && inv.flags.bool("all-tags") {
        return super::client_error(engine, out, inv, "tag can't be used with --all-tags/-a");
    }
    if !explicit && !inv.flags.bool("quiet") {
        out.out("Using default tag: latest\n");
    }
    match engine.pull(&reference) {
        Ok(report) => {
            if inv.flags.bool("quiet") {
                out.out(format!("{}\n", report.full));
            } else {
                out.out(pull_progress(&report, true, false));
            }
            0
        }
        Err(e) => daemon_error(engine, out, &e),
    }
}

/// `docker push`.
pub fn push(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(arg) = inv.args.first() else {
        return 1;
    };
    let reference = match reference::parse(arg) {
        Ok(r) => r,
        Err(e) => {
            out.err(format!("{e}\n"));
            return 1;
        }
    };
    if inv.flags.bool("all-tags") && (reference.tag.is_some() || reference.digest.is_some()) {
        return super::client_error(engine, out, inv, "tag can't be used with --all-tags/-a");
    }
    let explicit = reference.tag.is_some() || inv.flags.bool("all-tags");
    let repo_line = format!(
        "The push refers to repository [{}/{}]\n",
        reference.domain, reference.path
    );
    if inv.flags.bool("all-tags") {
        return push_all_tags(engine, &reference, &repo_line, out);
    }
    match engine.push(&reference) {
        Ok(report) => {
            if inv.flags.bool("quiet") {
                out.out(format!("{}\n", reference.with_default_tag().familiar()));
            } else {
                out.out(push_progress(&report, explicit));
            }
            0
        }
        Err(PushError::NoLocalTag(name)) => {
            if !explicit {
                out.out("Using default tag: latest\n");
            }
            out.out(repo_line);
            out.err(format!(
                "An image does not exist locally with the tag: {name}\n"
            ));
            engine.emit(Event::Failed {
                error: ErrorKind::NoSuchImage { reference: name },
            });
            1
        }
        Err(PushError::Denied { layers, message }) => {
            if !explicit {
                out.out("Using default tag: latest\n");
            }
            out.out(repo_line);
            for l in &layers {
                out.out(format!("{l}: Preparing\n"));
            }
            out.err(format!("{message}\n"));
            1
        }
    }
}

/// `docker push -a NAME`: every local tag of the repository, in tag order, under one
/// `The push refers to repository` line.
fn push_all_tags(
    engine: &mut Engine,
    reference: &reference::Reference,
    repo_line: &str,
    out: &mut Output,
) -> i32 {
    let prefix = format!("{}/{}:", reference.domain, reference.path);
    let tags: Vec<String> = engine
        .tags
        .keys()
        .filter_map(|k| k.strip_prefix(&prefix))
        .map(str::to_string)
        .collect();
    out.out(repo_line);
    if tags.is_empty() {
        let name = reference.familiar_name();
        out.err(format!(
            "An image does not exist locally with the tag: {name}\n"
        ));
        engine.emit(Event::Failed {
            error: ErrorKind::NoSuchImage { reference: name },
        });
        return 1;
    }
    for tag in tags {
        let Ok(one) = reference::parse(&format!("{}:{tag}", reference.familiar_name())) else {
            continue;
        };
        match engine.push(&one) {
            Ok(report) => {
                let text = push_progress(&report, true);
                out.out(text.split_once('\n').map_or("", |(_, rest)| rest));
            }
            Err(PushError::NoLocalTag(name)) => {
                out.err(format!(
                    "An image does not exist locally with the tag: {name}\n"
                ));
                return 1;
            }
            Err(PushError::Denied { layers, message }) => {
                for l in &layers {
                    out.out(format!("{l}: Preparing\n"));
                }
                out.err(format!("{message}\n"));
                return 1;
            }
        }
    }
    0
}

/// `docker tag`.
pub fn tag(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let (Some(src), Some(dst)) = (inv.args.first(), inv.args.get(1)) else {
        return 1;
    };
    if let Err(e) = reference::parse(src) {
        let message =
            format!("Error parsing reference: \"{src}\" is not a valid repository/tag: {e}");
        return super::client_error(engine, out, inv, &message);
    }
    let target = match reference::parse(dst) {
        Ok(r) if r.digest.is_none() => r,
        Ok(_) => {
            let message = "refusing to create a tag with a digest reference";
            return super::client_error(engine, out, inv, message);
        }
        Err(e) => {
            out.err(format!(
                "Error parsing reference: \"{dst}\" is not a valid repository/tag: {e}\n"
            ));
            return 1;
        }
    };
    match engine.tag_image(src, &target) {
        Ok(()) => 0,
        Err(e) => daemon_error(engine, out, &e),
    }
}

/// The `Untagged:`/`Deleted:` lines of an image removal (lower-case in prune listings).
pub(super) fn removed_lines(lines: &[RemovedLine], lower: bool) -> String {
    let mut text = String::new();
    for l in lines {
        let (word, value) = match l {
            RemovedLine::Untagged(r) => ("Untagged", r),
            RemovedLine::Deleted(d) => ("Deleted", d),
        };
        if lower {
            text.push_str(&format!("{}: {value}\n", word.to_ascii_lowercase()));
        } else {
            text.push_str(&format!("{word}: {value}\n"));
        }
    }
    text
}

/// `docker rmi` / `docker image rm`.
pub fn rm(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let force = inv.flags.bool("force");
    let mut errors = Vec::new();
    for arg in &inv.args {
        match engine.remove_image(arg, force) {
            Ok(lines) => out.out(removed_lines(&lines, false)),
            Err(e) => errors.push(e),
        }
    }
    let only_missing = errors
        .iter()
        .all(|e| matches!(e.kind, ErrorKind::NoSuchImage { .. }));
    let code = report_errors(engine, out, &errors);
    if force && only_missing {
        0
    } else {
        code
    }
}

/// `docker history`.
pub fn history(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(arg) = inv.args.first() else {
        return 1;
    };
    let Some(id) = engine.find_image(arg) else {
        let shown = reference::parse(arg)
            .map(|r| r.with_default_tag().familiar())
            .unwrap_or_else(|_| arg.clone());
        let e = crate::engine::DaemonError::no_such_image(&shown);
        return daemon_error(engine, out, &e);
    };
    let image = engine.images[&id].image.clone();
    let now = engine.now();
    let no_trunc = inv.flags.bool("no-trunc");
    let human = inv.flags.bool("human");
    let mut layer_sizes = image.layers.iter().map(|l| l.size);
    let mut rows: Vec<Value> = Vec::new();
    let entries: Vec<(usize, &crate::image::HistoryEntry)> =
        image.history.iter().enumerate().collect();
    let mut sizes: Vec<u64> = Vec::new();
    for (_, h) in &entries {
        sizes.push(if h.empty_layer {
            0
        } else {
            layer_sizes.next().unwrap_or(0)
        });
    }
    let top = entries.len().saturating_sub(1);
    for (i, h) in entries.iter().rev() {
        let id_text = if *i == top {
            if no_trunc {
                image.id.clone()
            } else {
                short_id(&image.id).to_string()
            }
        } else {
            "<missing>".to_string()
        };
        let created_by = h.created_by.replace('\t', " ");
        let created_by = if no_trunc {
            created_by
        } else {
            ellipsis(&created_by, 45)
        };
        let mut m = Map::new();
        m.insert("Comment".into(), json!(h.comment));
        m.insert("CreatedAt".into(), json!(crate::clock::rfc3339(h.created)));
        m.insert("CreatedBy".into(), json!(created_by));
        m.insert(
            "CreatedSince".into(),
            json!(if human {
                ago(now, h.created * 1000)
            } else {
                crate::clock::rfc3339(h.created)
            }),
        );
        m.insert("ID".into(), json!(id_text));
        m.insert(
            "Size".into(),
            json!(if human {
                human_size_prec(sizes[*i], 3)
            } else {
                sizes[*i].to_string()
            }),
        );
        rows.push(Value::Object(m));
    }
    if inv.flags.bool("quiet") {
        for r in &rows {
            out.out(format!("{}\n", r["ID"].as_str().unwrap_or_default()));
        }
        return 0;
    }
    let header = |f: &str| -> Option<String> {
        Some(
            match f {
                "ID" => "IMAGE",
                "CreatedSince" => "CREATED",
                "CreatedAt" => "CREATED AT",
                "CreatedBy" => "CREATED BY",
                "Size" => "SIZE",
                "Comment" => "COMMENT",
                _ => return None,
            }
            .to_string(),
        )
    };
    render_rows(
        inv.flags.str("format"),
        "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}",
        &rows,
        &header,
        out,
    )
}

/// `docker image prune`.
pub fn prune(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let all = inv.flags.bool("all");
    let warning = if all {
        "WARNING! This will remove all images without at least one container associated to them."
    } else {
        "WARNING! This will remove all dangling images."
    };
    let mut argv = vec!["image".to_string(), "prune".to_string()];
    if all {
        argv.push("--all".to_string());
    }
    if !confirm(inv, ctx, out, warning, argv) {
        return 0;
    }
    let (lines, bytes) = engine.prune_images(all);
    print_deleted(out, "Images", removed_lines(&lines, true).lines());
    out.out(format!("Total reclaimed space: {}\n", human_size(bytes)));
    0
}

/// `docker search`.
pub fn search(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let Some(term) = inv.args.first() else {
        return 1;
    };
    let limit = inv.flags.int("limit").unwrap_or(25);
    if !(1..=100).contains(&limit) {
        let e = crate::engine::DaemonError::other(format!(
            "limit {limit} is outside the range of [1, 100]"
        ));
        return daemon_error(engine, out, &e);
    }
    let mut filters = crate::registry::SearchFilters::default();
    for f in inv.flags.list("filter") {
        match f.split_once('=') {
            Some(("is-official", v)) => filters.is_official = Some(v == "true"),
            Some(("stars", v)) => match v.parse() {
                Ok(n) => filters.stars = Some(n),
                Err(_) => {
                    let e =
                        crate::engine::DaemonError::other(format!("invalid filter 'stars={v}'"));
                    return daemon_error(engine, out, &e);
                }
            },
            Some(("is-automated", v)) => {
                out.err(format!("WARNING: the \"is-automated\" filter is deprecated, and searching for \"is-automated={v}\" will not yield any results in future.\n"));
            }
            _ => {
                let e = crate::engine::DaemonError::other(format!("invalid filter '{f}'"));
                return daemon_error(engine, out, &e);
            }
        }
    }
    let no_trunc = inv.flags.bool("no-trunc");
    let hits = engine.registry.search(term, limit as usize, &filters);
    let rows: Vec<Value> = hits
        .iter()
        .map(|h| {
            let description = h.description.replace(['\n', '\r'], " ");
            json!({
                "Description": if no_trunc { description } else { ellipsis(&description, 45) },
                "IsOfficial": if h.official { "[OK]" } else { "" },
                "Name": h.name,
                "StarCount": h.stars.to_string(),
            })
        })
        .collect();
    let header = |f: &str| -> Option<String> {
        Some(
            match f {
                "Name" => "NAME",
                "Description" => "DESCRIPTION",
                "StarCount" => "STARS",
                "IsOfficial" => "OFFICIAL",
                _ => return None,
            }
            .to_string(),
        )
    };
    render_rows(
        inv.flags.str("format"),
        "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}",
        &rows,
        &header,
        out,
    )
}

const CREDENTIALS_WARNING: &str = "\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n";

/// The Docker ID the simulated browser signs in with (`docker login` without `-u`).
const WEB_LOGIN_USER: &str = "learner";

/// `docker login`.
pub fn login(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let private = inv
        .args
        .first()
        .filter(|s| crate::engine::local_registry::is_private_host(s))
        .cloned();
    if let Some(server) = inv.args.first().filter(|_| private.is_none()) {
        if !matches!(
            server.as_str(),
            "docker.io"
                | "index.docker.io"
                | "registry-1.docker.io"
                | "https://index.docker.io/v1/"
        ) {
            out.err(format!("Error response from daemon: Get \"https://{server}/v2/\": dial tcp: lookup {server}: no such host\n"));
            return 1;
        }
    }
    let user = inv
        .flags
        .str("username")
        .filter(|u| !u.is_empty())
        .map(str::to_string);
    let password_flag = inv
        .flags
        .str("password")
        .filter(|p| !p.is_empty())
        .map(str::to_string);
    if password_flag.is_some() && inv.flags.bool("password-stdin") {
        out.err("conflicting options: cannot specify both --password and --password-stdin\n");
        return 1;
    }
    if inv.flags.bool("password-stdin") && user.is_none() {
        out.err("the --password-stdin option requires --username to be set\n");
        return 1;
    }
    let password = if inv.flags.bool("password-stdin") {
        Some(
            String::from_utf8_lossy(ctx.stdin)
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        )
    } else {
        password_flag.clone()
    };
    if password_flag.is_some() {
        out.err("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
    }
    if let Some(server) = private {
        return login_private(engine, ctx, out, &server, user, password);
    }
    // Docker Hub without credentials: Docker 28's web-based device-code login. The browser
    // side is simulated: the learner's Docker ID ("learner") confirms the code at once.
    if user.is_none() && password.is_none() && !inv.flags.bool("password-stdin") {
        let seed = crate::vfs::sha256_digest(engine.now().to_string().as_bytes());
        let code: String = seed
            .trim_start_matches("sha256:")
            .bytes()
            .filter(|b| b.is_ascii_hexdigit())
            .take(8)
            .map(|b| (b'A' + (b % 26)) as char)
            .collect();
        out.err(format!(
            "\nUSING WEB-BASED LOGIN\n\ni Info → To sign in with credentials on the command line, use 'docker login -u <username>'\n         \n\nYour one-time device confirmation code is: {}-{}\nPress ENTER to open your browser or submit your device code here: https://login.docker.com/activate\n\nWaiting for authentication in the browser…\n",
            &code[..4],
            &code[4..]
        ));
        return match engine.login(WEB_LOGIN_USER, "device-code") {
            Ok(()) => {
                out.err(CREDENTIALS_WARNING);
                out.out("Login Succeeded\n");
                0
            }
            Err(e) => daemon_error(engine, out, &e),
        };
    }
    let Some(user) = user else {
        out.out("\nLog in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\nYou can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n\nUsername: ");
        ctx.request = Some(CliRequest::Ask {
            argv: vec!["login".into()],
            flag: "--username".into(),
            echo: true,
        });
        return 0;
    };
    let Some(password) = password else {
        out.out("Password: ");
        ctx.request = Some(CliRequest::Ask {
            argv: vec!["login".into(), "--username".into(), user],
            flag: "--password".into(),
            echo: false,
        });
        return 0;
    };
    match engine.login(&user, &password) {
        Ok(()) => {
            out.err(CREDENTIALS_WARNING);
            out.out("Login Succeeded\n");
            0
        }
        Err(e) => daemon_error(engine, out, &e),
    }
}

/// `docker login HOST` for a registry of the learner's own (`localhost:5000`): the daemon
/// reaches it first; one without authentication (the `registry` image's default) takes any
/// user name and password.
fn login_private(
    engine: &mut Engine,
    ctx: &mut CliCtx,
    out: &mut Output,
    server: &str,
    user: Option<String>,
    password: Option<String>,
) -> i32 {
    let Some(user) = user else {
        out.out("Username: ");
        ctx.request = Some(CliRequest::Ask {
            argv: vec!["login".into(), server.to_string()],
            flag: "--username".into(),
            echo: true,
        });
        return 0;
    };
    let Some(_) = password else {
        out.out("Password: ");
        ctx.request = Some(CliRequest::Ask {
            argv: vec![
                "login".into(),
                server.to_string(),
                "--username".into(),
                user,
            ],
            flag: "--password".into(),
            echo: false,
        });
        return 0;
    };
    if !crate::lean::FULL {
        return crate::lean::need_full();
    }
    match engine.registry_container(server) {
        Ok(_) => {
            out.err(CREDENTIALS_WARNING);
            out.out("Login Succeeded\n");
            0
        }
        Err(e) => daemon_error(
            engine,
            out,
            &crate::engine::DaemonError::new(e.message, e.kind),
        ),
    }
}

/// `docker logout`.
pub fn logout(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let server = inv
        .args
        .first()
        .cloned()
        .unwrap_or_else(|| "https://index.docker.io/v1/".to_string());
    // Credentials of a registry of one's own are not Docker Hub's.
    if !crate::engine::local_registry::is_private_host(&server) {
        engine.logout();
    }
    out.out(format!("Removing login credentials for {server}\n"));
    0
}
