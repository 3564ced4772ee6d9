//! The Red Hat family's package managers: `yum` 3 (CentOS 6/7, Amazon Linux 2, Oracle Linux 7),
//! `dnf` 4 (and `yum` pointing at it: CentOS 8, Rocky, Fedora, Amazon Linux 2023) and
//! `microdnf` (the slim Oracle Linux bases), over one small catalogue. Installing writes the
//! package's programs (`/usr/bin/git`) and a sized payload, so the layer grows; the downloaded
//! metadata stays in `/var/cache` until `clean all`. CentOS repositories are gone since the
//! releases' end of life (8: January 2022, 7: July 2024), and the images still point at them.

use super::ProgramCtx;
use crate::vfs::Node;

/// A package: name, repository (`b` BaseOS, `a` AppStream, `e` extras), the versions of the
/// el7, el8 and el9 lines (`-` where the line has none), dependencies, installed KiB, programs.
type Rpm = (
    &'static str,
    u8,
    &'static str,
    &'static [&'static str],
    u64,
    &'static [&'static str],
);

/// Versions from the distributions' repositories (CentOS 7.9, Rocky 8.9 and 9.3).
const RPMS: &[Rpm] = &[
    (
        "curl",
        b'b',
        "7.29.0-59 7.61.1-33 7.76.1-26",
        &["libcurl"],
        500,
        &["/usr/bin/curl"],
    ),
    (
        "libcurl",
        b'b',
        "7.29.0-59 7.61.1-33 7.76.1-26",
        &[],
        620,
        &[],
    ),
    (
        "wget",
        b'a',
        "1.14-18 1.19.5-11 1.21.1-7",
        &[],
        3000,
        &["/usr/bin/wget"],
    ),
    (
        "git",
        b'a',
        "1.8.3.1-25 2.39.3-1 2.39.3-1",
        &["git-core", "perl-Git"],
        90,
        &["/usr/bin/git"],
    ),
    (
        "git-core",
        b'a',
        "1.8.3.1-25 2.39.3-1 2.39.3-1",
        &["less"],
        31_000,
        &[],
    ),
    (
        "perl-Git",
        b'a',
        "1.8.3.1-25 2.39.3-1 2.39.3-1",
        &["perl-interpreter"],
        64,
        &[],
    ),
    (
        "perl-interpreter",
        b'a',
        "5.16.3-299 5.26.3-422 5.32.1-480",
        &[],
        12_000,
        &["/usr/bin/perl"],
    ),
    (
        "less",
        b'b',
        "458-9 530-1 590-2",
        &[],
        400,
        &["/usr/bin/less"],
    ),
    (
        "vim-enhanced",
        b'a',
        "7.4.629-8 8.0.1763-19 8.2.2637-20",
        &["vim-common", "gpm-libs"],
        3900,
        &["/usr/bin/vim"],
    ),
    (
        "vim-common",
        b'a',
        "7.4.629-8 8.0.1763-19 8.2.2637-20",
        &["vim-filesystem"],
        30_000,
        &["/usr/bin/xxd"],
    ),
    (
        "vim-filesystem",
        b'a',
        "7.4.629-8 8.0.1763-19 8.2.2637-20",
        &[],
        40,
        &[],
    ),
    (
        "gpm-libs",
        b'a',
        "1.20.7-6 1.20.7-17 1.20.7-29",
        &[],
        40,
        &[],
    ),
    (
        "vim-minimal",
        b'b',
        "7.4.629-8 8.0.1763-19 8.2.2637-20",
        &[],
        1400,
        &["/usr/bin/vi"],
    ),
    (
        "procps-ng",
        b'b',
        "3.3.10-28 3.3.15-14 3.3.17-13",
        &[],
        950,
        &[
            "/usr/bin/ps",
            "/usr/bin/top",
            "/usr/bin/free",
            "/usr/bin/uptime",
        ],
    ),
    (
        "iputils",
        b'b',
        "20160308-10 20180629-11 20210202-9",
        &[],
        420,
        &["/usr/bin/ping"],
    ),
    (
        "net-tools",
        b'b',
        "2.0-0.25.20131004git 2.0-0.52.20160912git 2.0-0.62.20160912git",
        &[],
        940,
        &["/usr/bin/netstat", "/usr/sbin/ifconfig"],
    ),
    (
        "bind-utils",
        b'a',
        "9.11.4-26.P2 9.11.36-11 9.16.23-14",
        &["bind-libs"],
        640,
        &["/usr/bin/dig", "/usr/bin/nslookup", "/usr/bin/host"],
    ),
    (
        "bind-libs",
        b'a',
        "9.11.4-26.P2 9.11.36-11 9.16.23-14",
        &[],
        3300,
        &[],
    ),
    (
        "python3",
        b'b',
        "3.6.8-21 3.6.8-56 3.9.18-1",
        &["python3-libs"],
        30,
        &["/usr/bin/python3"],
    ),
    (
        "python3-libs",
        b'b',
        "3.6.8-21 3.6.8-56 3.9.18-1",
        &[],
        32_000,
        &[],
    ),
    (
        "nodejs",
        b'a',
        "- 10.24.0-1 16.20.2-3",
        &["npm"],
        48_000,
        &["/usr/bin/node"],
    ),
    (
        "npm",
        b'a',
        "- 6.14.11-1 8.19.4-1",
        &[],
        8000,
        &["/usr/bin/npm", "/usr/bin/npx"],
    ),
    (
        "gcc",
        b'a',
        "4.8.5-44 8.5.0-20 11.4.1-2",
        &["cpp", "binutils", "glibc-devel"],
        60_000,
        &["/usr/bin/gcc"],
    ),
    (
        "cpp",
        b'a',
        "4.8.5-44 8.5.0-20 11.4.1-2",
        &[],
        11_000,
        &["/usr/bin/cpp"],
    ),
    (
        "binutils",
        b'b',
        "2.27-44 2.30-123 2.35.2-42",
        &[],
        26_000,
        &["/usr/bin/ld", "/usr/bin/objdump"],
    ),
    (
        "glibc-devel",
        b'a',
        "2.17-326 2.28-236 2.34-83",
        &[],
        2000,
        &[],
    ),
    (
        "make",
        b'b',
        "3.82-24 4.2.1-11 4.3-7",
        &[],
        1500,
        &["/usr/bin/make"],
    ),
    (
        "tar",
        b'b',
        "1.26-35 1.30-9 1.34-6",
        &[],
        3000,
        &["/usr/bin/tar"],
    ),
    (
        "unzip",
        b'b',
        "6.0-24 6.0-46 6.0-56",
        &[],
        400,
        &["/usr/bin/unzip"],
    ),
    (
        "which",
        b'b',
        "2.20-7 2.21-20 2.21-29",
        &[],
        80,
        &["/usr/bin/which"],
    ),
    (
        "findutils",
        b'b',
        "4.5.11-6 4.6.0-21 4.8.0-6",
        &[],
        1800,
        &["/usr/bin/find", "/usr/bin/xargs"],
    ),
    (
        "jq",
        b'a',
        "- 1.5-12 1.6-15",
        &["oniguruma"],
        400,
        &["/usr/bin/jq"],
    ),
    ("oniguruma", b'a', "- 6.8.2-2 6.9.6-1", &[], 700, &[]),
    (
        "nano",
        b'b',
        "2.3.1-10 2.9.8-1 5.6.1-5",
        &[],
        2500,
        &["/usr/bin/nano"],
    ),
    ("epel-release", b'e', "7-11 8-19 9-7", &[], 25, &[]),
];

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
    let field = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .map_or(String::new(), |v| v.trim_matches('"').to_string())
    };
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
            o.dead = Some(centos_mirrors("7", "14: curl#6 - \"Could not resolve host: mirrorlist.centos.org; Unknown error\"") + "\n\n One of the configured repositories failed (Unknown),\n and yum doesn't have enough cached information to continue. At this point the only\n safe thing yum can do is fail.\n\nCannot find a valid baseurl for repo: base/7/x86_64\n");
        }
        ("centos", _) => {
            o.yum3 = true;
            o.col = 0;
            o.dist = "el6".into();
            o.plugins = "fastestmirror, ovl";
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
    let v = p.2.split(' ').nth(o.col)?;
    (v != "-").then(|| format!("{v}.{}", o.dist))
}

fn arch(p: &Rpm) -> &'static str {
    if p.0.ends_with("-release") || p.0.ends_with("-filesystem") || p.0.starts_with("perl-G") {
        "noarch"
    } else {
        "x86_64"
    }
}

fn find(name: &str) -> Option<&'static Rpm> {
    let name = match name {
        "vim" => "vim-enhanced",
        "procps" => "procps-ng",
        "perl" => "perl-interpreter",
        n => n,
    };
    RPMS.iter().find(|p| p.0 == name)
}

/// Where this simulation keeps the installed packages' names (the real database is binary).
const DB: &str = "/var/lib/rpm/.dockling-installed";
const CACHE: &str = "/var/cache/dnf/metadata";

/// Whether a package is installed: recorded, or its programs are already in the image.
fn installed(ctx: &ProgramCtx, p: &Rpm) -> bool {
    let db = ctx.fs.read_string(DB).unwrap_or_default();
    db.lines().any(|l| l == p.0)
        || p.5.first().is_some_and(|b| {
            let base = b.rsplit('/').next().unwrap_or(b);
            ctx.fs.exists(b) || ctx.fs.exists(&format!("/bin/{base}"))
        })
}

/// `51  B`, `2.2 MB`, `16 kB`: dnf's sizes.
fn size(bytes: u64) -> String {
    let mut v = bytes as f64;
    let mut unit = " ";
    for u in ["k", "M", "G"] {
        if v < 1000.0 {
            break;
        }
        v /= 1024.0;
        unit = u;
    }
    if v < 10.0 && !unit.starts_with(' ') {
        format!("{v:.1} {unit}B")
    } else {
        format!("{v:.0} {unit}B")
    }
}

fn ctime(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(secs);
    format!(
        "{} {} {d:>2} {h:02}:{mi:02}:{s:02} {y}",
        super::weekday(secs),
        super::month_abbr(mo)
    )
}

/// Standard output, unless `-q` asked for none.
fn emit(ctx: &mut ProgramCtx, out: String, quiet: bool) {
    if !quiet {
        ctx.out.out(out);
    }
}

/// `yum`, `dnf`, `microdnf`: install, remove, update/upgrade, clean, makecache, list installed,
/// `--version`.
pub fn rpm_manager(prog: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let o = os(ctx);
    let micro = prog == "microdnf";
    let yum3 = o.yum3 && !micro;
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let yes = words
        .iter()
        .any(|w| matches!(*w, "-y" | "--assumeyes" | "-yq" | "-qy"));
    let quiet = words
        .iter()
        .any(|w| matches!(*w, "-q" | "--quiet" | "-yq" | "-qy"));
    let mut out = String::new();
    let Some(cmd) = words.iter().find(|w| !w.starts_with('-')).copied() else {
        if words.contains(&"--version") {
            let text = if micro {
                "microdnf version 3.9.1\n".to_string()
            } else if o.dnf5 {
                format!("dnf5 version {0}\ndnf5 plugin API version 2.0\nlibdnf5 version {0}\nlibdnf5 plugin API version 2.0\n", o.version)
            } else {
                format!("{}\n", o.version)
            };
            emit(ctx, text, false);
            return 0;
        }
        ctx.out.err(if yum3 {
            "You need to give some command\n"
        } else {
            "Error: No command given. Use --help for usage.\n"
        });
        return 1;
    };
    let pkgs: Vec<&str> = words
        .iter()
        .skip_while(|w| **w != cmd)
        .skip(1)
        .filter(|w| !w.starts_with('-'))
        .copied()
        .collect();
    if yum3 {
        out.push_str(&format!("Loaded plugins: {}\n", o.plugins));
    }
    if cmd == "clean" {
        let had = ctx.fs.exists(CACHE);
        let _ = ctx.fs.remove("/var/cache/dnf", true);
        let _ = ctx.fs.remove("/var/cache/yum", true);
        out.push_str(&if micro {
            "Complete.\n".to_string()
        } else if yum3 {
            format!(
                "Cleaning repos: {}\n",
                if o.repos.is_empty() {
                    "base extras updates"
                } else {
                    &o.repos
                }
                .replace('|', " ")
            )
        } else {
            format!("{} files removed\n", if had { 25 } else { 0 })
        });
        emit(ctx, out, quiet);
        return 0;
    }
    if !matches!(
        cmd,
        "install" | "remove" | "erase" | "update" | "upgrade" | "makecache" | "list"
    ) {
        emit(ctx, out, quiet);
        ctx.out.err(if yum3 {
            format!("No such command: {cmd}. Please use /usr/bin/yum --help\n")
        } else {
            format!("No such command: {cmd}. Please use /usr/bin/dnf --help\nIt could be a DNF plugin command, try: \"dnf install 'dnf-command({cmd})'\"\n")
        });
        return 1;
    }
    // The repositories' metadata: downloaded once (and kept in the layer until `clean all`).
    if !matches!(cmd, "remove" | "erase") {
        if let Some(dead) = &o.dead {
            if !yum3 {
                out.push_str(&format!(
                    "{:<47.47} {:>6}/s | {:>6}     00:00    \n",
                    o.repos, "51  B", "38  B"
                ));
            }
            emit(ctx, out, quiet);
            ctx.out.err(dead.clone());
            return 1;
        }
        if ctx.fs.exists(CACHE) {
            if !yum3 && !micro {
                out.push_str(&format!(
                    "Last metadata expiration check: 0:00:03 ago on {}.\n",
                    ctime(ctx.now_ms / 1000 - 3)
                ));
            }
        } else {
            for (i, r) in o.repos.split('|').enumerate() {
                let kb = [2300u64, 7900, 15][i.min(2)];
                out.push_str(&if micro {
                    "Downloading metadata...\n".to_string()
                } else if yum3 {
                    format!("{r:<57}| 3.6 kB  00:00:00     \n")
                } else {
                    format!(
                        "{r:<47.47} {:>6}/s | {:>6}     00:0{}    \n",
                        size(kb * 600),
                        size(kb * 1024),
                        1 + i % 2
                    )
                });
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
        emit(ctx, out, quiet);
        return 0;
    }
    if cmd == "list" {
        let db = ctx.fs.read_string(DB).unwrap_or_default();
        out.push_str("Installed Packages\n");
        for p in RPMS
            .iter()
            .filter(|p| installed(ctx, p) && db.lines().any(|l| l == p.0))
        {
            let v = version(&o, p).unwrap_or_default();
            let name = format!("{}.{}", p.0, arch(p));
            out.push_str(&format!(
                "{name:<40}{v:<28}@{}\n",
                if p.1 == b'b' { o.base } else { o.app }
            ));
        }
        emit(ctx, out, quiet);
        return 0;
    }
    let remove = matches!(cmd, "remove" | "erase");
    if matches!(cmd, "update" | "upgrade") || pkgs.is_empty() {
        out.push_str(if yum3 {
            "No packages marked for update\n"
        } else if micro {
            "Nothing to do.\n"
        } else {
            "Dependencies resolved.\nNothing to do.\nComplete!\n"
        });
        emit(ctx, out, quiet);
        return 0;
    }
    // Resolve: what the names ask for, then their dependencies not yet installed.
    let mut missing = Vec::new();
    let mut asked: Vec<&Rpm> = Vec::new();
    for n in &pkgs {
        match find(n).filter(|p| version(&o, p).is_some()) {
            Some(p) if remove != installed(ctx, p) => {
                let v = version(&o, p).unwrap_or_default();
                out.push_str(&if remove {
                    String::new()
                } else if yum3 {
                    format!(
                        "Package {}-{v}.{} already installed and latest version\n",
                        p.0,
                        arch(p)
                    )
                } else {
                    format!("Package {}-{v}.{} is already installed.\n", p.0, arch(p))
                });
            }
            Some(p) => asked.push(p),
            None => missing.push(*n),
        }
    }
    for m in &missing {
        out.push_str(&if yum3 {
            if remove {
                format!("No Match for argument: {m}\n")
            } else {
                format!("No package {m} available.\n")
            }
        } else if micro {
            String::new()
        } else {
            format!("No match for argument: {m}\n")
        });
    }
    if !missing.is_empty() && !remove {
        emit(ctx, std::mem::take(&mut out), quiet);
        ctx.out.err(if yum3 {
            if asked.is_empty() { "Error: Nothing to do\n".to_string() } else { String::new() }
        } else if micro {
            format!("error: No package matches '{}'\n", missing[0])
        } else if o.dnf5 {
            "Failed to resolve the transaction:\n".to_string()
                + &missing.iter().map(|m| format!("No match for argument: {m}\n")).collect::<String>()
                + "You can try to add to command line:\n  --skip-unavailable to skip unavailable packages\n"
        } else {
            format!("Error: Unable to find a match: {}\n", missing.join(" "))
        });
        if !(yum3 && !asked.is_empty()) {
            return 1;
        }
    }
    let mut deps: Vec<&Rpm> = Vec::new();
    if !remove {
        let mut stack: Vec<&str> = asked.iter().flat_map(|p| p.3.iter().copied()).collect();
        while let Some(d) = stack.pop() {
            if let Some(p) = find(d) {
                if !installed(ctx, p) && !deps.iter().chain(&asked).any(|q| q.0 == p.0) {
                    stack.extend(p.3.iter().copied());
                    deps.push(p);
                }
            }
        }
        crate::sort::sort_by_key(&mut deps, |p| p.0);
    }
    if asked.is_empty() {
        out.push_str(if yum3 {
            if remove {
                "No Packages marked for removal\n"
            } else {
                "Nothing to do\n"
            }
        } else if remove {
            "No packages marked for removal.\nDependencies resolved.\nNothing to do.\nComplete!\n"
        } else {
            "Dependencies resolved.\nNothing to do.\nComplete!\n"
        });
        emit(ctx, out, quiet);
        return 0;
    }
    let all: Vec<&Rpm> = asked.iter().chain(&deps).copied().collect();
    let n = all.len();
    let total_kb: u64 = all.iter().map(|p| p.4).sum();
    let repo = |p: &Rpm| match p.1 {
        b'b' => o.base,
        b'e' => "extras",
        _ => o.app,
    };
    let full = |p: &Rpm| format!("{}-{}.{}", p.0, version(&o, p).unwrap_or_default(), arch(p));
    let rule = "=".repeat(80);
    let (verb, doing) = match (remove, yum3) {
        (false, _) => ("Install", "Installing"),
        (true, true) => ("Remove", "Erasing"),
        _ => ("Remove", "Removing"),
    };
    if micro {
        out.push_str(&format!(
            "Package{:>71}\n{doing}:\n",
            "Repository       Size"
        ));
        for p in &all {
            out.push_str(&format!(
                " {:<55}{:<16}{:>6}\n",
                full(p),
                repo(p),
                size(p.4 * 400)
            ));
        }
        out.push_str(&format!(
            "Transaction Summary:\n {doing}:{n:>10} packages\n"
        ));
    } else {
        if yum3 {
            out.push_str("Resolving Dependencies\n--> Running transaction check\n");
            for p in &all {
                let v = version(&o, p).unwrap_or_default();
                out.push_str(&format!(
                    "---> Package {}.{} 0:{v} will be {}\n",
                    p.0,
                    arch(p),
                    if remove { "erased" } else { "installed" }
                ));
            }
            out.push_str("--> Finished Dependency Resolution\n\nDependencies Resolved\n\n");
        } else {
            out.push_str("Dependencies resolved.\n");
        }
        out.push_str(&format!(
            "{rule}\n {:<22} {:<8} {:<24} {:<15} {:>5}\n{rule}\n",
            "Package", "Arch", "Version", "Repository", "Size"
        ));
        for (i, p) in all.iter().enumerate() {
            if i == 0 {
                out.push_str(&format!("{doing}:\n"));
            } else if i == asked.len() {
                out.push_str(if yum3 {
                    "Installing for dependencies:\n"
                } else {
                    "Installing dependencies:\n"
                });
            }
            let v = version(&o, p).unwrap_or_default();
            let r = if remove {
                "@".to_string() + repo(p)
            } else {
                repo(p).to_string()
            };
            let sz = size(p.4 * if remove { 1024 } else { 400 });
            out.push_str(&format!(
                " {:<22} {:<8} {:<24} {:<15} {:>5}\n",
                p.0,
                arch(p),
                v,
                r,
                sz.replace("B", "").trim_end()
            ));
        }
        out.push_str(&format!("\nTransaction Summary\n{rule}\n"));
        if yum3 {
            let d = deps.len();
            let s = |k: usize| if k == 1 { "" } else { "s" };
            out.push_str(&format!(
                "{verb}  {} Package{}",
                asked.len(),
                s(asked.len())
            ));
            if d > 0 {
                out.push_str(&format!(" (+{d} Dependent package{})", s(d)));
            }
            out.push('\n');
        } else {
            out.push_str(&format!(
                "{verb}  {n} Package{}\n",
                if n == 1 { "" } else { "s" }
            ));
        }
        let mb = |kb: u64| size(kb * 1024).replace("B", "").replace("  ", " ");
        if remove {
            out.push_str(&format!("\nFreed space: {}\n", mb(total_kb)));
        } else {
            out.push_str(&format!(
                "\nTotal download size: {}\nInstalled size: {}\n",
                mb(total_kb * 2 / 5),
                mb(total_kb)
            ));
        }
    }
    if !yes && !ctx.stdin.starts_with(b"y") {
        out.push_str(if yum3 {
            "Is this ok [y/d/N]: Exiting on user command\nYour transaction was saved, rerun it with:\n yum load-transaction /tmp/yum_save_tx.yumtx\n"
        } else if micro {
            "Is this ok [y/N]: Operation aborted.\n"
        } else {
            "Is this ok [y/N]: Operation aborted.\n"
        });
        emit(ctx, out, quiet);
        return 1;
    }
    if micro {
        out.push_str("Downloading packages...\nRunning transaction test...\n");
        for p in &all {
            out.push_str(&format!(
                "{doing}: {};{};{};{}\n",
                p.0,
                version(&o, p).unwrap_or_default(),
                arch(p),
                repo(p)
            ));
        }
        out.push_str("Complete.\n");
    } else {
        if !remove {
            out.push_str(if yum3 {
                "Downloading packages:\n"
            } else {
                "Downloading Packages:\n"
            });
            if !yum3 {
                for (i, p) in all.iter().enumerate() {
                    let name = format!("({}/{n}): {}.rpm", i + 1, full(p));
                    out.push_str(&format!(
                        "{name:<47.47} {:>6}/s | {:>6}     00:00    \n",
                        size(p.4 * 800),
                        size(p.4 * 400)
                    ));
                }
            }
            out.push_str(&format!(
                "{}\n{:<48}{:>6}/s | {:>6}     00:0{}     \n",
                "-".repeat(80),
                "Total",
                size(total_kb * 800),
                size(total_kb * 400),
                1
            ));
        }
        out.push_str(if yum3 {
            "Running transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n"
        } else {
            "Running transaction check\nTransaction check succeeded.\nRunning transaction test\nTransaction test succeeded.\nRunning transaction\n  Preparing        :                                                        1/1 \n"
        });
        let label = if yum3 {
            format!("{doing:<10}")
        } else {
            format!("{doing:<17}")
        };
        let verify = if yum3 {
            "Verifying "
        } else {
            "Verifying        "
        };
        for lab in [label.as_str(), verify] {
            for (i, p) in all.iter().rev().enumerate() {
                let sep = if yum3 { " : " } else { ": " };
                let item = format!("  {lab}{sep}{}", full(p));
                out.push_str(&format!("{item:<72}{:>4}/{n} \n", i + 1));
            }
        }
        let past = if remove { "Removed" } else { "Installed" };
        out.push_str(&format!("\n{past}:\n"));
        if yum3 {
            let yum_name = |p: &&Rpm| {
                format!(
                    "{}.{} 0:{}",
                    p.0,
                    arch(p),
                    version(&o, p).unwrap_or_default()
                )
            };
            out.push_str(&format!(
                "  {}\n",
                asked.iter().map(yum_name).collect::<Vec<_>>().join(" ")
            ));
            if !deps.is_empty() {
                out.push_str(&format!(
                    "\nDependency Installed:\n  {}\n",
                    deps.iter().map(yum_name).collect::<Vec<_>>().join(" ")
                ));
            }
        } else {
            let mut names: Vec<String> = all.iter().map(|p| full(p)).collect();
            names.sort();
            out.push_str(&format!("  {}\n", names.join(" ")));
        }
        out.push_str("\nComplete!\n");
    }
    // The packages' files.
    let mut db = ctx.fs.read_string(DB).unwrap_or_default();
    for p in &all {
        if remove {
            db = db
                .lines()
                .filter(|l| *l != p.0)
                .map(|l| format!("{l}\n"))
                .collect();
            for b in p.5 {
                let _ = ctx.fs.remove(b, false);
            }
            let _ = ctx.fs.remove(&format!("/usr/share/doc/{}", p.0), true);
            continue;
        }
        db.push_str(&format!("{}\n", p.0));
        let mut remaining = p.4 * 1024;
        for b in p.5 {
            let sz = remaining / 2;
            remaining -= sz;
            let prog = b.rsplit('/').next().unwrap_or(b);
            ctx.fs.insert(
                b,
                Node {
                    mode: 0o755,
                    ..Node::sized_file(format!("#!dockling {prog}\n").into_bytes(), sz.max(64))
                },
            );
        }
        ctx.fs.insert(
            &format!("/usr/share/doc/{}/README", p.0),
            Node::sized_file(Vec::new(), remaining),
        );
    }
    ctx.fs.insert(DB, Node::file(db.into_bytes()));
    emit(ctx, out, quiet);
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_dnf_writes_them() {
        assert_eq!(size(38), "38  B");
        assert_eq!(size(2_300_000), "2.2 MB");
        assert_eq!(size(16_000), "16 kB");
    }

    #[test]
    fn every_dependency_is_in_the_catalogue() {
        for p in RPMS {
            assert_eq!(p.2.split(' ').count(), 3, "{}", p.0);
            for d in p.3 {
                assert!(find(d).is_some(), "{} needs {d}", p.0);
            }
        }
    }
}
