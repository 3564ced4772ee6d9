//! The Red Hat family's package managers: `yum` 3 (CentOS 6/7, Amazon Linux 2, Oracle Linux 7),
//! `dnf` 4 (and `yum` pointing at it: CentOS 8, Rocky, Fedora, Amazon Linux 2023) and
//! `microdnf` (the slim Oracle Linux bases), over one small catalogue. Installing writes the
//! package's programs (`/usr/bin/git`) and a sized payload, so the layer grows; the downloaded
//! metadata stays in `/var/cache` until `clean all`. CentOS repositories are gone since the
//! releases' end of life (8: January 2022, 7: July 2024), and the images still point at them.

use super::ProgramCtx;
use crate::vfs::Node;

/// The catalogue, one package a line: name, repository (`b` BaseOS, `a` AppStream, `e` extras),
/// the versions of the el7, el8 and el9 lines (`-` where the line has none), dependencies,
/// installed KiB, programs (`-` for none). Versions from CentOS 7.9, Rocky 8.9 and 9.3.
const CATALOGUE: &str = "\
curl b 7.29.0-59|7.61.1-33|7.76.1-26 libcurl 500 /usr/bin/curl
libcurl b 7.29.0-59|7.61.1-33|7.76.1-26 - 620 -
wget a 1.14-18|1.19.5-11|1.21.1-7 - 3000 /usr/bin/wget
git a 1.8.3.1-25|2.39.3-1|2.39.3-1 git-core,perl-Git 90 /usr/bin/git
git-core a 1.8.3.1-25|2.39.3-1|2.39.3-1 less 31000 -
perl-Git a 1.8.3.1-25|2.39.3-1|2.39.3-1 perl-interpreter 64 -
perl-interpreter a 5.16.3-299|5.26.3-422|5.32.1-480 - 12000 /usr/bin/perl
less b 458-9|530-1|590-2 - 400 /usr/bin/less
vim-enhanced a 7.4.629-8|8.0.1763-19|8.2.2637-20 vim-common,gpm-libs 3900 /usr/bin/vim
vim-common a 7.4.629-8|8.0.1763-19|8.2.2637-20 vim-filesystem 30000 /usr/bin/xxd
vim-filesystem a 7.4.629-8|8.0.1763-19|8.2.2637-20 - 40 -
gpm-libs a 1.20.7-6|1.20.7-17|1.20.7-29 - 40 -
vim-minimal b 7.4.629-8|8.0.1763-19|8.2.2637-20 - 1400 /usr/bin/vi
procps-ng b 3.3.10-28|3.3.15-14|3.3.17-13 - 950 /usr/bin/ps,/usr/bin/top,/usr/bin/free,/usr/bin/uptime
iputils b 20160308-10|20180629-11|20210202-9 - 420 /usr/bin/ping
net-tools b 2.0-0.25.20131004git|2.0-0.52.20160912git|2.0-0.62.20160912git - 940 /usr/bin/netstat,/usr/sbin/ifconfig
bind-utils a 9.11.4-26.P2|9.11.36-11|9.16.23-14 bind-libs 640 /usr/bin/dig,/usr/bin/nslookup,/usr/bin/host
bind-libs a 9.11.4-26.P2|9.11.36-11|9.16.23-14 - 3300 -
python3 b 3.6.8-21|3.6.8-56|3.9.18-1 python3-libs 30 /usr/bin/python3
python3-libs b 3.6.8-21|3.6.8-56|3.9.18-1 - 32000 -
nodejs a -|10.24.0-1|16.20.2-3 npm 48000 /usr/bin/node
npm a -|6.14.11-1|8.19.4-1 - 8000 /usr/bin/npm,/usr/bin/npx
gcc a 4.8.5-44|8.5.0-20|11.4.1-2 cpp,binutils,glibc-devel 60000 /usr/bin/gcc
cpp a 4.8.5-44|8.5.0-20|11.4.1-2 - 11000 /usr/bin/cpp
binutils b 2.27-44|2.30-123|2.35.2-42 - 26000 /usr/bin/ld,/usr/bin/objdump
glibc-devel a 2.17-326|2.28-236|2.34-83 - 2000 -
make b 3.82-24|4.2.1-11|4.3-7 - 1500 /usr/bin/make
tar b 1.26-35|1.30-9|1.34-6 - 3000 /usr/bin/tar
unzip b 6.0-24|6.0-46|6.0-56 - 400 /usr/bin/unzip
which b 2.20-7|2.21-20|2.21-29 - 80 /usr/bin/which
findutils b 4.5.11-6|4.6.0-21|4.8.0-6 - 1800 /usr/bin/find,/usr/bin/xargs
jq a -|1.5-12|1.6-15 oniguruma 400 /usr/bin/jq
oniguruma a -|6.8.2-2|6.9.6-1 - 700 -
nano b 2.3.1-10|2.9.8-1|5.6.1-5 - 2500 /usr/bin/nano
epel-release e 7-11|8-19|9-7 - 25 -";

/// One package of the catalogue.
#[derive(Clone, Copy)]
struct Rpm {
    name: &'static str,
    repo: &'static str,
    versions: &'static str,
    deps: &'static str,
    kb: u64,
    bins: &'static str,
}

fn rpms() -> impl Iterator<Item = Rpm> {
    CATALOGUE.lines().filter_map(|l| {
        let mut f = l.split(' ');
        Some(Rpm {
            name: f.next()?,
            repo: f.next()?,
            versions: f.next()?,
            deps: f.next()?,
            kb: f.next()?.parse().ok()?,
            bins: f.next()?,
        })
    })
}

/// The items of a `,`-separated catalogue field (`-` is none).
fn items(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split(',').filter(|x| *x != "-")
}

/// The distribution a package manager runs in.
struct Os {
    /// `yum` 3 (else dnf 4, or dnf5 when `dnf5`).
    yum3: bool,
    dnf5: bool,
    /// The version `--version` prints first.
    version: &'static str,
    /// The release tag of its packages (`el9`, `amzn2`, `fc40`).
    dist: String,
    /// Which catalogue column: 0 el7, 1 el8, 2 el9.
    col: usize,
    /// The repositories' names as dnf shows them while loading metadata (`|`-separated), or
    /// yum's repository ids.
    repos: String,
    /// The repository of each catalogue code, for the transaction table.
    base: &'static str,
    app: &'static str,
    /// The release's repositories are gone: what yum or dnf says.
    dead: Option<String>,
    /// yum 3's plugins line.
    plugins: &'static str,
}

fn os(ctx: &ProgramCtx) -> Os {
    let text = ctx.fs.read_string("/etc/os-release").unwrap_or_default();
    let field = |k: &str| super::release_field(&text, k).unwrap_or_default();
    let (mut id, ver) = (field("ID"), field("VERSION_ID"));
    if id.is_empty() {
        id = "centos".into();
    }
    let major = ver.split('.').next().unwrap_or("").to_string();
    let mut o = Os {
        yum3: false,
        dnf5: false,
        version: "4.14.0",
        dist: format!("el{major}"),
        col: 2,
        repos: String::new(),
        base: "baseos",
        app: "appstream",
        dead: None,
        plugins: "ovl",
    };
    let centos_mirrors = |release: &str, repo: &str| {
        format!("Could not retrieve mirrorlist http://mirrorlist.centos.org/?release={release}&arch=x86_64&repo=os&infra=container error was\n{repo}\n")
    };
    match (id.as_str(), major.as_str()) {
        ("centos", "8") => {
            o.version = "4.4.2";
            o.col = 1;
            o.repos = "CentOS Linux 8 - AppStream".into();
            o.dead = Some("Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist\n".into());
        }
        ("centos", "7") => {
            o.yum3 = true;
            o.col = 0;
            o.plugins = "fastestmirror, ovl";
            o.repos = "base|extras|updates".into();
            o.dead = Some(centos_mirrors("7", "14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"") + "\n\n One of the configured repositories failed (Unknown),\n and yum doesn't have enough cached information to continue. At this point the only\n safe thing yum can do is fail.\n\nCannot find a valid baseurl for repo: base/7/x86_64\n");
        }
        ("centos", _) => {
            o.yum3 = true;
            o.col = 0;
            o.dist = "el6".into();
            o.plugins = "fastestmirror, ovl";
            o.repos = "base|extras|updates".into();
            o.dead = Some(
                centos_mirrors(
                    "6",
                    "14: PYCURL ERROR 6 - \"Couldn't resolve host 'mirrorlist.centos.org'\"",
                ) + "Error: Cannot find a valid baseurl for repo: base\n",
            );
        }
        ("rocky", m) => {
            o.col = if m == "8" { 1 } else { 2 };
            if m == "8" {
                o.version = "4.7.0";
            }
            o.repos = format!(
                "Rocky Linux {m} - BaseOS|Rocky Linux {m} - AppStream|Rocky Linux {m} - Extras"
            );
        }
        ("fedora", m) => {
            let n: u32 = m.parse().unwrap_or(42);
            o.dist = format!("fc{m}");
            o.version = match n {
                0..=38 => "4.14.0",
                39 => "4.18.0",
                40 => "4.19.0",
                41 => "5.2.6.2",
                _ => "5.2.12.0",
            };
            o.dnf5 = n >= 41;
            o.base = "fedora";
            o.app = "fedora";
            o.repos = format!("Fedora {m} - x86_64|Fedora {m} openh264 (From Cisco) - x86_64|Fedora {m} - x86_64 - Updates");
        }
        ("amzn", "2") => {
            o.yum3 = true;
            o.col = 0;
            o.dist = "amzn2".into();
            o.plugins = "ovl, priorities";
            o.base = "amzn2-core";
            o.app = "amzn2-core";
            o.repos = "amzn2-core".into();
        }
        ("amzn", _) => {
            o.dist = "amzn2023".into();
            o.base = "amazonlinux";
            o.app = "amazonlinux";
            o.repos =
                "Amazon Linux 2023 repository|Amazon Linux 2023 Kernel Livepatch repository".into();
        }
        ("ol", "7") => {
            o.yum3 = true;
            o.col = 0;
            o.base = "ol7_latest";
            o.app = "ol7_latest";
            o.repos = "ol7_UEKR6|ol7_latest".into();
        }
        _ => {
            o.base = "ol9_baseos_latest";
            o.app = "ol9_appstream";
            o.repos = "Oracle Linux 9 BaseOS Latest (x86_64)|Oracle Linux 9 Application Stream Packages (x86_64)".into();
        }
    }
    if o.yum3 {
        o.version = "3.4.3";
    }
    o
}

/// The version of a package in this distribution, `None` where its line has none.
fn version(o: &Os, p: &Rpm) -> Option<String> {
    let v = p.versions.split('|').nth(o.col)?;
    (v != "-").then(|| [v, ".", &o.dist].concat())
}

fn arch(p: &Rpm) -> &'static str {
    if p.name.ends_with("-release") || p.name.ends_with("-filesystem") || p.name == "perl-Git" {
        "noarch"
    } else {
        "x86_64"
    }
}

fn find(name: &str) -> Option<Rpm> {
    let name = match name {
        "vim" => "vim-enhanced",
        "procps" => "procps-ng",
        "perl" => "perl-interpreter",
        n => n,
    };
    rpms().find(|p| p.name == name)
}

/// `git-2.39.3-1.el9.x86_64`.
fn nevra(o: &Os, p: &Rpm) -> String {
    [
        p.name,
        "-",
        &version(o, p).unwrap_or_default(),
        ".",
        arch(p),
    ]
    .concat()
}

/// Where this simulation keeps the installed packages' names (the real database is binary).
const DB: &str = "/var/lib/rpm/.dockling-installed";
const CACHE: &str = "/var/cache/dnf/metadata";

/// Whether a package is installed: recorded, or its programs are already in the image.
fn installed(ctx: &ProgramCtx, p: &Rpm) -> bool {
    let db = ctx.fs.read_string(DB).unwrap_or_default();
    db.lines().any(|l| l == p.name)
        || items(p.bins).next().is_some_and(|b| {
            let base = b.rsplit('/').next().unwrap_or(b);
            ctx.fs.exists(b) || ctx.fs.exists(&["/bin/", base].concat())
        })
}

/// `51  B`, `2.2 MB`, `16 kB`: dnf's sizes (integers only: no float formatting in the wasm).
fn size(bytes: u64) -> String {
    let (mut div, mut unit) = (1, " ");
    for u in ["k", "M", "G"] {
        if bytes / div < 1000 {
            break;
        }
        div *= 1024;
        unit = u;
    }
    let tenths = (bytes * 10 + div / 2) / div;
    let num = if tenths < 100 && div > 1 {
        [
            (tenths / 10).to_string(),
            ".".into(),
            (tenths % 10).to_string(),
        ]
        .concat()
    } else {
        ((tenths + 5) / 10).to_string()
    };
    [num.as_str(), " ", unit, "B"].concat()
}

/// Appends `s` padded to `w` columns, aligned left or (`right`) right.
fn pad(out: &mut String, s: &str, w: usize, right: bool) {
    let fill = " ".repeat(w.saturating_sub(s.len()));
    if right {
        out.push_str(&fill);
    }
    out.push_str(s);
    if !right {
        out.push_str(&fill);
    }
}

/// A line of dnf's progress: `Rocky Linux 9 - BaseOS   2.2 MB/s | 2.2 MB     00:01    `.
fn progress(out: &mut String, name: &str, bytes: u64, secs: &str) {
    pad(out, name.get(..47).unwrap_or(name), 47, false);
    out.push(' ');
    pad(out, &size(bytes * 2), 6, true);
    out.push_str("/s | ");
    pad(out, &size(bytes), 6, true);
    out.push_str("     00:0");
    out.push_str(secs);
    out.push_str("    \n");
}

/// A line of the transaction table (` git   x86_64   2.39.3-1.el9   appstream   35 k`).
fn row(out: &mut String, cells: [&str; 5]) {
    for (c, w) in cells.iter().zip([22, 8, 24, 15]) {
        out.push(' ');
        pad(out, c, w, false);
    }
    out.push(' ');
    pad(out, cells[4], 5, true);
    out.push('\n');
}

fn ctime(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(secs);
    format!(
        "{} {} {d:>2} {h:02}:{mi:02}:{s:02} {y}",
        super::weekday(secs),
        super::month_abbr(mo)
    )
}

/// `yum`, `dnf`, `microdnf`: install, remove, update/upgrade, clean, makecache, list installed,
/// `--version`.
pub fn rpm_manager(prog: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let o = os(ctx);
    let micro = prog == "microdnf";
    let yum3 = o.yum3 && !micro;
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let has = |opts: &[&str]| words.iter().any(|w| opts.contains(w));
    let yes = has(&["-y", "--assumeyes", "-yq", "-qy"]);
    let quiet = has(&["-q", "--quiet", "-yq", "-qy"]);
    let mut out = String::new();
    let mut err = String::new();
    let code = 'run: {
        let Some(cmd) = words.iter().find(|w| !w.starts_with('-')).copied() else {
            if has(&["--version"]) {
                ctx.out.out(if micro {
                    "microdnf version 3.9.1\n".to_string()
                } else if o.dnf5 {
                    format!("dnf5 version {0}\ndnf5 plugin API version 2.0\nlibdnf5 version {0}\nlibdnf5 plugin API version 2.0\n", o.version)
                } else {
                    [o.version, "\n"].concat()
                });
                return 0;
            }
            err.push_str(if yum3 {
                "You need to give some command\n"
            } else {
                "Error: No command given. Use --help for usage.\n"
            });
            break 'run 1;
        };
        let pkgs: Vec<&str> = words
            .iter()
            .skip_while(|w| **w != cmd)
            .skip(1)
            .filter(|w| !w.starts_with('-'))
            .copied()
            .collect();
        if yum3 {
            out.push_str(&["Loaded plugins: ", o.plugins, "\n"].concat());
        }
        let remove = matches!(cmd, "remove" | "erase");
        match cmd {
            "clean" => {
                let had = ctx.fs.exists(CACHE);
                let _ = ctx.fs.remove("/var/cache/dnf", true);
                out.push_str(&if micro {
                    "Complete.\n".to_string()
                } else if yum3 {
                    ["Cleaning repos: ", &o.repos.replace('|', " "), "\n"].concat()
                } else {
                    [if had { "25" } else { "0" }, " files removed\n"].concat()
                });
                break 'run 0;
            }
            "install" | "remove" | "erase" | "update" | "upgrade" | "makecache" | "list" => {}
            _ => {
                let tool = if yum3 { "yum" } else { "dnf" };
                err.push_str(
                    &[
                        "No such command: ",
                        cmd,
                        ". Please use /usr/bin/",
                        tool,
                        " --help\n",
                    ]
                    .concat(),
                );
                break 'run 1;
            }
        }
        // The repositories' metadata: downloaded once (and kept in the layer until `clean all`).
        if !remove {
            if let Some(dead) = &o.dead {
                if !yum3 {
                    progress(&mut out, &o.repos, 38, "0");
                }
                err.push_str(dead);
                break 'run 1;
            }
            if ctx.fs.exists(CACHE) {
                if !yum3 && !micro {
                    out.push_str(
                        &[
                            "Last metadata expiration check: 0:00:03 ago on ",
                            &ctime(ctx.now_ms / 1000 - 3),
                            ".\n",
                        ]
                        .concat(),
                    );
                }
            } else {
                for (i, r) in o.repos.split('|').enumerate() {
                    if micro {
                        out.push_str("Downloading metadata...\n");
                    } else if yum3 {
                        pad(&mut out, r, 57, false);
                        out.push_str("| 3.6 kB  00:00:00     \n");
                    } else {
                        progress(
                            &mut out,
                            r,
                            [2_300_000, 7_900_000, 15_000][i.min(2)],
                            ["1", "2"][i % 2],
                        );
                    }
                }
                ctx.fs
                    .insert(CACHE, Node::sized_file(Vec::new(), 31_400_000));
            }
        }
        if cmd == "makecache" {
            out.push_str(if yum3 {
                "Metadata Cache Created\n"
            } else {
                "Metadata cache created.\n"
            });
            break 'run 0;
        }
        let db = ctx.fs.read_string(DB).unwrap_or_default();
        if cmd == "list" {
            out.push_str("Installed Packages\n");
            for p in rpms().filter(|p| db.lines().any(|l| l == p.name)) {
                pad(&mut out, &[p.name, ".", arch(&p)].concat(), 40, false);
                pad(&mut out, &version(&o, &p).unwrap_or_default(), 28, false);
                out.push_str(&["@", if p.repo == "b" { o.base } else { o.app }, "\n"].concat());
            }
            break 'run 0;
        }
        let nothing = if yum3 {
            if remove {
                "No Packages marked for removal\n"
            } else {
                "Nothing to do\n"
            }
        } else {
            "Dependencies resolved.\nNothing to do.\nComplete!\n"
        };
        if !remove && pkgs.is_empty() || matches!(cmd, "update" | "upgrade") {
            out.push_str(if yum3 {
                "No packages marked for update\n"
            } else {
                nothing
            });
            break 'run 0;
        }
        // Resolve: what the names ask for, then their dependencies not yet installed.
        let mut missing = Vec::new();
        let mut all: Vec<Rpm> = Vec::new();
        for n in &pkgs {
            match find(n).filter(|p| version(&o, p).is_some()) {
                Some(p) if remove != installed(ctx, &p) => {
                    if !remove {
                        let what = if yum3 {
                            " already installed and latest version\n"
                        } else {
                            " is already installed.\n"
                        };
                        out.push_str(&["Package ", &nevra(&o, &p), what].concat());
                    }
                }
                Some(p) => all.push(p),
                None => missing.push(*n),
            }
        }
        for m in &missing {
            out.push_str(&match (yum3, remove) {
                (true, false) => ["No package ", m, " available.\n"].concat(),
                (true, true) => ["No Match for argument: ", m, "\n"].concat(),
                _ => ["No match for argument: ", m, "\n"].concat(),
            });
        }
        if !missing.is_empty() && !remove && (!yum3 || all.is_empty()) {
            err.push_str(&if yum3 {
                "Error: Nothing to do\n".to_string()
            } else if micro {
                ["error: No package matches '", missing[0], "'\n"].concat()
            } else {
                ["Error: Unable to find a match: ", &missing.join(" "), "\n"].concat()
            });
            if micro {
                out.clear();
            }
            break 'run 1;
        }
        if all.is_empty() {
            if remove && !yum3 {
                out.push_str("No packages marked for removal.\n");
            }
            out.push_str(nothing);
            break 'run 0;
        }
        let asked = all.len();
        if !remove {
            let mut stack: Vec<&str> = all.iter().flat_map(|p| items(p.deps)).collect();
            while let Some(d) = stack.pop() {
                if let Some(p) = find(d) {
                    if !installed(ctx, &p) && !all.iter().any(|q| q.name == p.name) {
                        stack.extend(items(p.deps));
                        all.push(p);
                    }
                }
            }
        }
        // dnf and yum list the dependencies by name.
        crate::sort::sort_by_key(&mut all[asked..], |p| p.name);
        let n = all.len();
        let total_kb: u64 = all.iter().map(|p| p.kb).sum();
        let repo = |p: &Rpm| match p.repo {
            "b" => o.base,
            "e" => "extras",
            _ => o.app,
        };
        let (verb, doing) = match (remove, yum3) {
            (false, _) => ("Install", "Installing"),
            (true, true) => ("Remove", "Erasing"),
            _ => ("Remove", "Removing"),
        };
        if yum3 {
            out.push_str("Resolving Dependencies\n--> Running transaction check\n");
            for p in &all {
                let will = if remove {
                    " will be erased\n"
                } else {
                    " will be installed\n"
                };
                out.push_str(
                    &[
                        "---> Package ",
                        p.name,
                        ".",
                        arch(p),
                        " 0:",
                        &version(&o, p).unwrap_or_default(),
                        will,
                    ]
                    .concat(),
                );
            }
            out.push_str("--> Finished Dependency Resolution\n\nDependencies Resolved\n\n");
        } else {
            out.push_str("Dependencies resolved.\n");
        }
        let rule = "=".repeat(80);
        out.push_str(&rule);
        out.push('\n');
        row(
            &mut out,
            ["Package", "Arch", "Version", "Repository", "Size"],
        );
        out.push_str(&rule);
        out.push('\n');
        for (i, p) in all.iter().enumerate() {
            if i == 0 {
                out.push_str(&[doing, ":\n"].concat());
            } else if i == asked {
                out.push_str(if yum3 {
                    "Installing for dependencies:\n"
                } else {
                    "Installing dependencies:\n"
                });
            }
            let at = if remove { "@" } else { "" };
            let sz = size(p.kb * if remove { 1024 } else { 400 }).replace('B', "");
            row(
                &mut out,
                [
                    p.name,
                    arch(p),
                    &version(&o, p).unwrap_or_default(),
                    &[at, repo(p)].concat(),
                    sz.trim_end(),
                ],
            );
        }
        out.push_str("\nTransaction Summary\n");
        out.push_str(&rule);
        let plural = |k: usize| if k == 1 { " Package" } else { " Packages" };
        let d = n - asked;
        if yum3 {
            out.push_str(&["\n", verb, "  ", &asked.to_string(), plural(asked)].concat());
            if d > 0 {
                out.push_str(
                    &[
                        " (+",
                        &d.to_string(),
                        " Dependent",
                        &plural(d).to_lowercase(),
                        ")",
                    ]
                    .concat(),
                );
            }
        } else {
            out.push_str(&["\n", verb, "  ", &n.to_string(), plural(n)].concat());
        }
        let mb = |kb: u64| size(kb * 1024).replace('B', "").replace("  ", " ");
        out.push_str(&if remove {
            ["\n\nFreed space: ", &mb(total_kb), "\n"].concat()
        } else {
            [
                "\n\nTotal download size: ",
                &mb(total_kb * 2 / 5),
                "\nInstalled size: ",
                &mb(total_kb),
                "\n",
            ]
            .concat()
        });
        if !yes && !ctx.stdin.starts_with(b"y") {
            out.push_str(if yum3 {
                "Is this ok [y/d/N]: Exiting on user command\nYour transaction was saved, rerun it with:\n yum load-transaction /tmp/yum_save_tx.yumtx\n"
            } else {
                "Is this ok [y/N]: Operation aborted.\n"
            });
            break 'run 1;
        }
        if !remove {
            out.push_str(if yum3 {
                "Downloading packages:\n"
            } else {
                "Downloading Packages:\n"
            });
            if !yum3 {
                for (i, p) in all.iter().enumerate() {
                    let name = [
                        "(",
                        &(i + 1).to_string(),
                        "/",
                        &n.to_string(),
                        "): ",
                        &nevra(&o, p),
                        ".rpm",
                    ]
                    .concat();
                    progress(&mut out, &name, p.kb * 400, "0");
                }
            }
            out.push_str(&"-".repeat(80));
            out.push('\n');
            progress(&mut out, "Total", total_kb * 400, "1");
        }
        out.push_str(if yum3 {
            "Running transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n"
        } else {
            "Running transaction check\nTransaction check succeeded.\nRunning transaction test\nTransaction test succeeded.\nRunning transaction\n  Preparing        :                                                        1/1 \n"
        });
        let w = if yum3 { 10 } else { 17 };
        let sep = if yum3 { " : " } else { ": " };
        for lab in [doing, "Verifying"] {
            for (i, p) in all.iter().rev().enumerate() {
                let mut item = String::from("  ");
                pad(&mut item, lab, w, false);
                item.push_str(sep);
                item.push_str(&nevra(&o, p));
                pad(&mut out, &item, 72, false);
                pad(&mut out, &(i + 1).to_string(), 4, true);
                out.push_str(&["/", &n.to_string(), " \n"].concat());
            }
        }
        out.push_str(if remove {
            "\nRemoved:\n"
        } else {
            "\nInstalled:\n"
        });
        let names = |ps: &[Rpm]| -> String {
            ps.iter()
                .map(|p| {
                    if yum3 {
                        [
                            p.name,
                            ".",
                            arch(p),
                            " 0:",
                            &version(&o, p).unwrap_or_default(),
                        ]
                        .concat()
                    } else {
                        nevra(&o, p)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        if yum3 {
            out.push_str(&["  ", &names(&all[..asked]), "\n"].concat());
            if d > 0 {
                out.push_str(
                    &["\nDependency Installed:\n  ", &names(&all[asked..]), "\n"].concat(),
                );
            }
        } else {
            out.push_str(&["  ", &names(&all), "\n"].concat());
        }
        out.push_str(if micro {
            "\nComplete.\n"
        } else {
            "\nComplete!\n"
        });
        // The packages' files.
        let mut db = db;
        for p in &all {
            if remove {
                db = db
                    .lines()
                    .filter(|l| *l != p.name)
                    .map(|l| [l, "\n"].concat())
                    .collect();
                for b in items(p.bins) {
                    let _ = ctx.fs.remove(b, false);
                }
                let _ = ctx.fs.remove(&["/usr/share/doc/", p.name].concat(), true);
                continue;
            }
            db.push_str(&[p.name, "\n"].concat());
            super::pkg::install_files(
                ctx,
                items(p.bins),
                p.kb,
                &["/usr/share/doc/", p.name, "/README"].concat(),
            );
        }
        ctx.fs.insert(DB, Node::file(db.into_bytes()));
        0
    };
    if !quiet {
        ctx.out.out(out);
    }
    if !err.is_empty() {
        ctx.out.err(err);
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Output;
    use crate::vfs::Tree;

    /// Runs one command in a filesystem with this `/etc/os-release` (and `/bin/ps`, as the
    /// images have): (exit code, both streams).
    fn run(fs: &mut Tree, prog: &str, args: &[&str], stdin: &[u8]) -> (i32, String) {
        let env = Default::default();
        let mut out = Output::default();
        let mut net = super::super::NoNet;
        let mut ctx = ProgramCtx {
            fs,
            env: &env,
            cwd: "/",
            stdin,
            now_ms: 1_748_854_800_000,
            hostname: "063ae7ccd719",
            net: &mut net,
            out: &mut out,
            processes: &[],
            tty: false,
        };
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let code = rpm_manager(prog, &args, &mut ctx);
        (code, out.text())
    }

    fn image(os_release: &str) -> Tree {
        let mut fs = Tree::default();
        fs.insert("/etc/os-release", Node::file(os_release));
        fs.insert("/bin/ps", Node::file("#!dockling ps\n"));
        fs
    }

    const ROCKY9: &str = "NAME=\"Rocky Linux\"\nID=\"rocky\"\nVERSION_ID=\"9.3\"\n";
    const AL2: &str = "NAME=\"Amazon Linux\"\nID=\"amzn\"\nVERSION_ID=\"2\"\n";

    #[test]
    fn dnf_installs_with_dependencies_and_keeps_metadata_until_clean() {
        let mut fs = image(ROCKY9);
        let (code, text) = run(&mut fs, "dnf", &["install", "-y", "bind-utils"], b"");
        assert_eq!(code, 0, "{text}");
        assert!(
            text.contains(" bind-utils             x86_64   9.16.23-14.el9           appstream"),
            "{text}"
        );
        assert!(
            text.contains("Installing dependencies:\n bind-libs "),
            "{text}"
        );
        assert!(text.ends_with("\nComplete!\n"), "{text}");
        assert!(fs.is_file("/usr/bin/dig") && fs.exists(CACHE));
        // The second run reuses the metadata; an installed package is nothing to do.
        let (code, text) = run(&mut fs, "yum", &["install", "-y", "bind-utils"], b"");
        assert_eq!(code, 0);
        assert!(text.starts_with("Last metadata expiration check: 0:00:03 ago on Mon Jun  2 08:59:57 2025.\nPackage bind-utils-9.16.23-14.el9.x86_64 is already installed.\n"), "{text}");
        assert_eq!(
            run(&mut fs, "dnf", &["clean", "all"], b"").1,
            "25 files removed\n"
        );
        assert!(!fs.exists(CACHE));
        let (code, text) = run(&mut fs, "dnf", &["remove", "-y", "bind-utils"], b"");
        assert_eq!(code, 0, "{text}");
        assert!(
            text.contains("Removing:\n bind-utils ") && !fs.exists("/usr/bin/dig"),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_package_and_a_missing_yes() {
        let mut fs = image(ROCKY9);
        let (code, text) = run(&mut fs, "dnf", &["install", "-y", "foo"], b"");
        assert_eq!(code, 1);
        assert!(
            text.ends_with("No match for argument: foo\nError: Unable to find a match: foo\n"),
            "{text}"
        );
        let (code, text) = run(&mut fs, "dnf", &["install", "wget"], b"");
        assert_eq!(code, 1);
        assert!(
            text.ends_with("Is this ok [y/N]: Operation aborted.\n") && !fs.exists("/usr/bin/wget")
        );
        // Answering yes on standard input installs.
        assert_eq!(run(&mut fs, "dnf", &["install", "wget"], b"y\n").0, 0);
        assert!(fs.exists("/usr/bin/wget"));
        let mut fs = image(AL2);
        let (code, text) = run(&mut fs, "yum", &["install", "-y", "foo"], b"");
        assert_eq!(code, 1);
        assert!(
            text.ends_with("No package foo available.\nError: Nothing to do\n"),
            "{text}"
        );
        let (code, text) = run(&mut fs, "yum", &["install", "make"], b"");
        assert_eq!(code, 1);
        assert!(
            text.contains("Install  1 Package\n")
                && text.contains("Is this ok [y/d/N]: Exiting on user command\n"),
            "{text}"
        );
        // procps-ng's ps is in the image already.
        let (code, text) = run(&mut fs, "yum", &["install", "-y", "procps-ng"], b"");
        assert_eq!((code, text.lines().last()), (0, Some("Nothing to do")));
    }

    #[test]
    fn centos_repositories_are_gone() {
        let mut fs = image("NAME=\"CentOS Linux\"\nID=\"centos\"\nVERSION_ID=\"8\"\n");
        let (code, text) = run(&mut fs, "yum", &["install", "-y", "curl"], b"");
        assert_eq!(code, 1);
        assert!(text.ends_with("Error: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist\n"), "{text}");
        let mut fs = image("NAME=\"CentOS Linux\"\nID=\"centos\"\nVERSION_ID=\"7\"\n");
        let (code, text) = run(&mut fs, "yum", &["makecache"], b"");
        assert_eq!(code, 1);
        assert!(
            text.ends_with("Cannot find a valid baseurl for repo: base/7/x86_64\n"),
            "{text}"
        );
        // Cleaning needs no network.
        assert_eq!(run(&mut fs, "yum", &["clean", "all"], b"").0, 0);
    }

    #[test]
    fn microdnf_has_its_own_version_error_and_last_line() {
        let mut fs = image("NAME=\"Oracle Linux Server\"\nID=\"ol\"\nVERSION_ID=\"9.5\"\n");
        let (code, text) = run(&mut fs, "microdnf", &["install", "-y", "tar"], b"");
        assert_eq!(code, 0, "{text}");
        assert!(text.starts_with("Downloading metadata...\n"), "{text}");
        assert!(text.contains("\n tar                    x86_64   1.34-6.el9               ol9_baseos_latest 1.1 M\n"), "{text}");
        assert!(
            text.ends_with("\nComplete.\n") && fs.exists("/usr/bin/tar"),
            "{text}"
        );
        let (code, text) = run(&mut fs, "microdnf", &["install", "nope"], b"");
        assert_eq!(
            (code, text.as_str()),
            (1, "error: No package matches 'nope'\n")
        );
    }

    #[test]
    fn sizes_read_as_dnf_writes_them() {
        assert_eq!(size(38), "38  B");
        assert_eq!(size(2_300_000), "2.2 MB");
        assert_eq!(size(16_000), "16 kB");
    }

    #[test]
    fn every_dependency_is_in_the_catalogue() {
        assert_eq!(rpms().count(), CATALOGUE.lines().count());
        for p in rpms() {
            assert_eq!(p.versions.split('|').count(), 3, "{}", p.name);
            for d in items(p.deps) {
                assert!(find(d).is_some(), "{} needs {d}", p.name);
            }
        }
    }
}
