//! Account tools as Dockerfiles run them to drop root: Debian's `adduser`, shadow's `useradd`
//! and `groupadd`, and busybox's `adduser`/`addgroup` (Alpine). They add lines to
//! `/etc/passwd` and `/etc/group` (and make the home directory when asked to).

use super::{misc, ProgramCtx};
use crate::vfs::Node;

/// A user or group entry the tool was asked for.
#[derive(Default)]
struct Req {
    name: Option<String>,
    uid: Option<u32>,
    gid: Option<u32>,
    group: Option<String>,
    home: Option<String>,
    shell: Option<String>,
    gecos: String,
    system: bool,
    create_home: bool,
}

/// `adduser`, `useradd`, `addgroup`, `groupadd`: the exit code.
pub fn run(name: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let busybox = misc::is_busybox(ctx.fs);
    let debian = name == "adduser" && !busybox;
    let mut r = Req {
        create_home: debian || (busybox && name == "adduser"),
        ..Req::default()
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a, None),
        };
        let takes = matches!(
            flag,
            "-u" | "--uid"
                | "-g"
                | "--gid"
                | "-G"
                | "--ingroup"
                | "-h"
                | "-d"
                | "--home"
                | "-s"
                | "--shell"
                | "--gecos"
                | "-c"
                | "--comment"
        );
        let value = if takes {
            match inline {
                Some(v) => Some(v),
                None => {
                    i += 1;
                    args.get(i).cloned()
                }
            }
        } else {
            None
        };
        let v = value.clone().unwrap_or_default();
        match flag {
            "-u" | "--uid" => r.uid = v.parse().ok(),
            // busybox adduser's -g is the GECOS field; elsewhere -g is the group.
            "-g" if busybox && name == "adduser" => r.gecos = v,
            "-g" | "--gid" => match v.parse() {
                Ok(n) => r.gid = Some(n),
                Err(_) => r.group = Some(v),
            },
            "-G" | "--ingroup" => r.group = Some(v),
            "-h" | "-d" | "--home" => r.home = Some(v),
            "-s" | "--shell" => r.shell = Some(v),
            "--gecos" | "-c" | "--comment" => r.gecos = v,
            "-S" | "-r" | "--system" => r.system = true,
            "-m" | "--create-home" => r.create_home = true,
            "-H" | "-M" | "--no-create-home" => r.create_home = false,
            _ if flag.starts_with('-') => {}
            _ if r.name.is_none() => r.name = Some(a.to_string()),
            // `adduser user group` adds to a group; `addgroup user group` likewise.
            _ => {}
        }
        i += 1;
    }
    let Some(user) = r.name.clone() else {
        ctx.out
            .err(format!("{name}: Only one or two names allowed.\n"));
        return 1;
    };
    let passwd = ctx.fs.read_string("/etc/passwd").unwrap_or_default();
    let groups = ctx.fs.read_string("/etc/group").unwrap_or_default();
    let ids = |text: &str| -> Vec<(String, u32)> {
        text.lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                Some((f.first()?.to_string(), f.get(2)?.parse().ok()?))
            })
            .collect()
    };
    let (users, group_ids) = (ids(&passwd), ids(&groups));
    let first_free = |taken: &[(String, u32)], from: u32| {
        (from..60_000)
            .find(|n| !taken.iter().any(|(_, t)| t == n))
            .unwrap_or(from)
    };
    let is_group = matches!(name, "addgroup" | "groupadd");
    if is_group {
        if group_ids.iter().any(|(g, _)| *g == user) {
            ctx.out
                .err(format!("{name}: group '{user}' already exists\n"));
            return if name == "groupadd" { 9 } else { 1 };
        }
        let gid = r
            .gid
            .unwrap_or_else(|| first_free(&group_ids, if r.system { 100 } else { 1000 }));
        if debian_style(name, busybox) {
            ctx.out
                .out(format!("Adding group `{user}' (GID {gid}) ...\nDone.\n"));
        }
        append(ctx, "/etc/group", &groups, &format!("{user}:x:{gid}:"));
        return 0;
    }
    if users.iter().any(|(u, _)| *u == user) {
        ctx.out.err(match name {
            "useradd" => format!("useradd: user '{user}' already exists\n"),
            _ => format!("adduser: The user `{user}' already exists.\n"),
        });
        return if name == "useradd" { 9 } else { 1 };
    }
    let uid = r
        .uid
        .unwrap_or_else(|| first_free(&users, if r.system { 100 } else { 1000 }));
    // The user's group: one named, or a new group of the user's name.
    let mut new_group = None;
    let gid = match (&r.group, r.gid) {
        (_, Some(g)) => g,
        (Some(g), None) => match group_ids.iter().find(|(n, _)| n == g) {
            Some((_, id)) => *id,
            None => {
                ctx.out.err(format!("{name}: group '{g}' does not exist\n"));
                return if name == "useradd" { 6 } else { 1 };
            }
        },
        (None, None) => {
            let gid = if group_ids.iter().any(|(_, t)| *t == uid) {
                first_free(&group_ids, 1000)
            } else {
                uid
            };
            new_group = Some(gid);
            gid
        }
    };
    let home = r.home.clone().unwrap_or_else(|| format!("/home/{user}"));
    let shell = r.shell.clone().unwrap_or_else(|| {
        if busybox {
            "/bin/sh".into()
        } else if debian {
            "/bin/bash".into()
        } else {
            "/bin/sh".into()
        }
    });
    if debian {
        let group = r.group.clone().unwrap_or_else(|| user.clone());
        let mut text = format!("Adding user `{user}' ...\n");
        if let Some(g) = new_group {
            text.push_str(&format!("Adding new group `{user}' ({g}) ...\n"));
        }
        text.push_str(&format!(
            "Adding new user `{user}' ({uid}) with group `{group}' ...\n"
        ));
        text.push_str(&if r.create_home {
            format!("Creating home directory `{home}' ...\n")
        } else {
            format!("Not creating home directory `{home}'.\n")
        });
        ctx.out.out(text);
    }
    if let Some(g) = new_group {
        append(ctx, "/etc/group", &groups, &format!("{user}:x:{g}:"));
    }
    let line = format!("{user}:x:{uid}:{gid}:{}:{home}:{shell}", r.gecos);
    append(ctx, "/etc/passwd", &passwd, &line);
    if r.create_home && !ctx.fs.exists(&home) {
        let _ = ctx.fs.mkdir_all(&home);
        // The new user owns its home directory.
        if let Some(dir) = ctx.fs.get_mut(&home) {
            dir.uid = uid;
            dir.gid = gid;
        }
    }
    0
}

/// Debian's `addgroup` talks; busybox's and shadow's tools are silent.
fn debian_style(name: &str, busybox: bool) -> bool {
    name == "addgroup" && !busybox
}

fn append(ctx: &mut ProgramCtx, path: &str, old: &str, line: &str) {
    let mut text = old.to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    ctx.fs.insert(path, Node::file(text.into_bytes()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::programs::NoNet;
    use crate::runtime::Output;
    use crate::vfs::Tree;
    use std::collections::BTreeMap;

    fn run_in(fs: &mut Tree, argv: &[&str]) -> (i32, String) {
        let env = BTreeMap::new();
        let mut out = Output::default();
        let mut net = NoNet;
        let args: Vec<String> = argv[1..].iter().map(|s| s.to_string()).collect();
        let code = {
            let mut ctx = ProgramCtx {
                fs,
                env: &env,
                cwd: "/",
                stdin: b"",
                now_ms: 0,
                hostname: "h",
                net: &mut net,
                out: &mut out,
                processes: &[],
                tty: false,
            };
            run(argv[0], &args, &mut ctx)
        };
        (code, out.text())
    }

    #[test]
    fn debian_adduser_as_docker_init_writes_it_adds_the_user_and_its_group() {
        let mut fs = Tree::default();
        fs.insert(
            "/etc/passwd",
            Node::file(b"root:x:0:0:root:/root:/bin/bash\n".to_vec()),
        );
        fs.insert("/etc/group", Node::file(b"root:x:0:\n".to_vec()));
        let argv = [
            "adduser",
            "--disabled-password",
            "--gecos",
            "",
            "--home",
            "/nonexistent",
            "--shell",
            "/sbin/nologin",
            "--no-create-home",
            "--uid",
            "10001",
            "appuser",
        ];
        let (code, text) = run_in(&mut fs, &argv);
        assert_eq!(code, 0);
        assert!(text.contains("Adding new user `appuser' (10001) with group `appuser'"));
        let passwd = fs.read_string("/etc/passwd").unwrap_or_default();
        assert!(passwd.ends_with("appuser:x:10001:10001::/nonexistent:/sbin/nologin\n"));
        assert!(!fs.exists("/nonexistent"));
        let (code, _) = run_in(&mut fs, &argv);
        assert_eq!(code, 1, "a second adduser of the same name fails");
        let (code, _) = run_in(
            &mut fs,
            &["useradd", "-m", "-u", "2000", "-g", "nogroup", "bob"],
        );
        assert_eq!(code, 6, "useradd's unknown group");
    }
}
