//! Package managers: `apt-get` (Debian/Ubuntu), `apk` (Alpine) and `pip`, each with a small
//! catalogue. Installing writes the package's files (sized, so the layer grows) and its programs
//! (`/usr/bin/curl`), which then run as commands.

use super::{env_or, ProgramCtx};
use crate::vfs::Node;

/// A Debian package: name, version, dependencies, download kB, installed kB, programs.
struct Deb {
    name: &'static str,
    version: &'static str,
    deps: &'static [&'static str],
    download_kb: u64,
    installed_kb: u64,
    bins: &'static [&'static str],
}

const fn deb(
    name: &'static str,
    version: &'static str,
    deps: &'static [&'static str],
    download_kb: u64,
    installed_kb: u64,
    bins: &'static [&'static str],
) -> Deb {
    Deb {
        name,
        version,
        deps,
        download_kb,
        installed_kb,
        bins,
    }
}

/// Debian bookworm packages (versions as of mid-2025).
const DEBS: &[Deb] = &[
    deb(
        "curl",
        "7.88.1-10+deb12u12",
        &[
            "ca-certificates",
            "libcurl4",
            "libnghttp2-14",
            "libpsl5",
            "librtmp1",
            "libssh2-1",
            "openssl",
        ],
        315,
        500,
        &["/usr/bin/curl"],
    ),
    deb(
        "libcurl4",
        "7.88.1-10+deb12u12",
        &["libbrotli1", "libldap-2.5-0", "libsasl2-2"],
        391,
        1003,
        &[],
    ),
    deb(
        "ca-certificates",
        "20230311+deb12u1",
        &["openssl"],
        153,
        413,
        &["/usr/sbin/update-ca-certificates"],
    ),
    deb(
        "openssl",
        "3.0.16-1~deb12u1",
        &[],
        1427,
        2340,
        &["/usr/bin/openssl"],
    ),
    deb("libnghttp2-14", "1.52.0-1+deb12u2", &[], 72, 220, &[]),
    deb("libpsl5", "0.21.2-1", &["publicsuffix"], 58, 94, &[]),
    deb("publicsuffix", "20230209.2326-1", &[], 126, 333, &[]),
    deb(
        "librtmp1",
        "2.4+20151223.gitfa8646d.1-2+b2",
        &[],
        60,
        146,
        &[],
    ),
    deb("libssh2-1", "1.10.0-3+b1", &[], 179, 299, &[]),
    deb("libbrotli1", "1.0.9-2+b6", &[], 269, 786, &[]),
    deb(
        "libldap-2.5-0",
        "2.5.13+dfsg-5",
        &["libsasl2-2"],
        184,
        560,
        &[],
    ),
    deb("libsasl2-2", "2.1.28+dfsg-10", &[], 57, 158, &[]),
    deb(
        "wget",
        "1.21.3-1+deb12u1",
        &["ca-certificates", "libpsl5", "openssl"],
        937,
        3680,
        &["/usr/bin/wget"],
    ),
    deb(
        "git",
        "1:2.39.5-0+deb12u2",
        &[
            "git-man",
            "liberror-perl",
            "perl",
            "less",
            "libcurl3-gnutls",
        ],
        7264,
        36_700,
        &["/usr/bin/git"],
    ),
    deb("git-man", "1:2.39.5-0+deb12u2", &[], 2053, 12_000, &[]),
    deb("liberror-perl", "0.17029-2", &["perl"], 29, 88, &[]),
    deb(
        "perl",
        "5.36.0-7+deb12u2",
        &[],
        239,
        728,
        &["/usr/bin/perl"],
    ),
    deb("less", "590-2.1~deb12u2", &[], 132, 396, &["/usr/bin/less"]),
    deb("libcurl3-gnutls", "7.88.1-10+deb12u12", &[], 385, 1010, &[]),
    deb(
        "vim",
        "2:9.0.1378-2+deb12u2",
        &["vim-common", "vim-runtime", "xxd"],
        1567,
        3912,
        &["/usr/bin/vim"],
    ),
    deb("vim-common", "2:9.0.1378-2+deb12u2", &[], 197, 380, &[]),
    deb(
        "vim-runtime",
        "2:9.0.1378-2+deb12u2",
        &[],
        7027,
        37_800,
        &[],
    ),
    deb(
        "xxd",
        "2:9.0.1378-2+deb12u2",
        &[],
        84,
        180,
        &["/usr/bin/xxd"],
    ),
    deb("nano", "7.2-1+deb12u1", &[], 690, 2780, &["/bin/nano"]),
    deb(
        "python3",
        "3.11.2-1+b1",
        &["python3.11", "python3-minimal", "media-types"],
        26,
        83,
        &["/usr/bin/python3"],
    ),
    deb("python3.11", "3.11.2-6+deb12u6", &[], 6123, 21_900, &[]),
    deb("python3-minimal", "3.11.2-1+b1", &[], 26, 111, &[]),
    deb("media-types", "10.0.0", &[], 26, 102, &[]),
    deb(
        "build-essential",
        "12.9",
        &["gcc", "g++", "make", "dpkg-dev", "libc6-dev"],
        8,
        21,
        &[],
    ),
    deb("gcc", "4:12.2.0-3", &[], 5225, 19_000, &["/usr/bin/gcc"]),
    deb("g++", "4:12.2.0-3", &[], 10_876, 39_700, &["/usr/bin/g++"]),
    deb("make", "4.3-4.1", &[], 396, 1598, &["/usr/bin/make"]),
    deb("dpkg-dev", "1.21.22", &[], 1346, 3437, &[]),
    deb("libc6-dev", "2.36-9+deb12u10", &[], 1904, 11_900, &[]),
    deb(
        "iputils-ping",
        "3:20221126-1+deb12u1",
        &["libcap2-bin"],
        47,
        119,
        &["/usr/bin/ping"],
    ),
    deb("libcap2-bin", "1:2.66-4+deb12u1", &[], 34, 117, &[]),
    deb(
        "procps",
        "2:4.0.2-3",
        &["libproc2-0"],
        709,
        2242,
        &["/usr/bin/ps", "/usr/bin/top"],
    ),
    deb("libproc2-0", "2:4.0.2-3", &[], 61, 199, &[]),
    deb(
        "net-tools",
        "2.10-0.1",
        &[],
        243,
        1005,
        &["/usr/bin/netstat", "/sbin/ifconfig"],
    ),
    deb("jq", "1.6-2.1", &["libjq1"], 64, 102, &["/usr/bin/jq"]),
    deb("libjq1", "1.6-2.1", &[], 135, 396, &[]),
    deb("unzip", "6.0-28", &[], 166, 529, &["/usr/bin/unzip"]),
    deb("htop", "3.2.2-2", &[], 152, 411, &["/usr/bin/htop"]),
    deb(
        "dnsutils",
        "1:9.18.33-1~deb12u2",
        &[],
        12,
        39,
        &["/usr/bin/dig", "/usr/bin/nslookup", "/usr/bin/host"],
    ),
];

fn find_deb(name: &str) -> Option<&'static Deb> {
    DEBS.iter().find(|d| d.name == name)
}

/// The distribution of the filesystem: (`debian`|`ubuntu`, codename). Releases older than the
/// `VERSION_CODENAME` field (Ubuntu 14.04, Debian 8) name it as apt's sources do: Ubuntu's
/// `UBUNTU_CODENAME` or `/etc/lsb-release`'s `DISTRIB_CODENAME`, else `VERSION`'s words
/// (`14.04.6 LTS, Trusty Tahr`, `8 (jessie)`).
fn distro(ctx: &ProgramCtx) -> (String, String) {
    let text = ctx.fs.read_string("/etc/os-release").unwrap_or_default();
    let lsb = ctx.fs.read_string("/etc/lsb-release").unwrap_or_default();
    release_of(&text, &lsb)
}

/// (`ID`, codename) of an `/etc/os-release` and `/etc/lsb-release`.
fn release_of(text: &str, lsb: &str) -> (String, String) {
    let field = super::release_field;
    let id = field(text, "ID").unwrap_or_else(|| "debian".to_string());
    let from_version = || {
        let v = field(text, "VERSION")?;
        let word = match v.split_once('(') {
            Some((_, rest)) => rest.trim_end_matches(')'),
            None => v.split_once(", ")?.1,
        };
        let word = word.split_whitespace().next()?.to_ascii_lowercase();
        word.chars().all(|c| c.is_ascii_lowercase()).then_some(word)
    };
    let code = field(text, "VERSION_CODENAME")
        .or_else(|| field(text, "UBUNTU_CODENAME"))
        .or_else(|| field(lsb, "DISTRIB_CODENAME"))
        .or_else(from_version)
        .unwrap_or_else(|| {
            if id == "ubuntu" {
                "noble".to_string()
            } else {
                "bookworm".to_string()
            }
        });
    (id, code)
}

/// apt before 1.1 (Ubuntu 14.04, Debian 8): the site-only `Get:`/`Ign`/`Hit` lines of
/// `update`, "extra packages", archive names without a number, dpkg-preconfigure's debconf.
fn old_apt(code: &str) -> bool {
    matches!(code, "trusty" | "jessie" | "precise" | "wheezy")
}

/// `apt-get update` of the old apt, as the images' sources.list had it: (line, kB).
fn old_update_lines(id: &str, code: &str) -> Vec<(String, f64)> {
    let (site, sec, parts): (&str, String, &[(&str, f64)]) = if id == "ubuntu" {
        let a = "http://archive.ubuntu.com";
        (
            a,
            format!("{a} {code}-security"),
            &[
                ("-updates/main", 1_016.0),
                ("-updates/restricted", 15.9),
                ("-updates/universe", 373.0),
                ("/main", 1_743.0),
                ("/restricted", 16.0),
                ("/universe", 7_589.0),
            ],
        )
    } else {
        (
            "http://deb.debian.org",
            format!("http://security.debian.org {code}/updates"),
            &[("-updates/main", 23.1), ("/main", 9_098.0)],
        )
    };
    let mut lines = vec![(format!("Ign {site} {code} InRelease"), -1.0)];
    lines.push((format!("Get:_ {site} {code}-updates InRelease"), 65.9));
    lines.push((format!("Get:_ {sec} InRelease"), 65.9));
    lines.push((format!("Get:_ {site} {code} Release.gpg"), 0.933));
    lines.push((format!("Get:_ {site} {code} Release"), 58.5));
    let sec_main = if id == "ubuntu" { 507.0 } else { 623.0 };
    lines.push((format!("Get:_ {sec}/main amd64 Packages"), sec_main));
    if id == "ubuntu" {
        lines.push((format!("Get:_ {sec}/universe amd64 Packages"), 182.0));
    }
    for (part, kb) in parts {
        lines.push((format!("Get:_ {site} {code}{part} amd64 Packages"), *kb));
    }
    lines
}

/// Where a package of the old releases comes from: (component, architecture, multi-arch).
fn old_deb_meta(name: &str) -> (&'static str, &'static str, bool) {
    match name {
        "fortune-mod" => ("universe", "amd64", false),
        "fortunes" | "fortunes-min" => ("universe", "all", false),
        "librecode0" => ("main", "amd64", true),
        _ => ("main", "amd64", false),
    }
}

/// Ubuntu 14.04's packages the classic tutorials install (trusty's own versions).
const TRUSTY_DEBS: &[Deb] = &[
    deb(
        "fortunes",
        "1:1.99.1-7",
        &["fortune-mod", "fortunes-min"],
        1_089,
        2_896,
        &[],
    ),
    deb("fortunes-min", "1:1.99.1-7", &["fortune-mod"], 62, 182, &[]),
    deb(
        "fortune-mod",
        "1:1.99.1-7",
        &["librecode0"],
        39,
        98,
        &["/usr/games/fortune", "/usr/games/strfile"],
    ),
    deb("librecode0", "3.6-21", &[], 771, 1_641, &[]),
];

/// The package catalogue of the filesystem's release.
fn find_deb_in(code: &str, name: &str) -> Option<&'static Deb> {
    if code == "trusty" {
        if let Some(d) = TRUSTY_DEBS.iter().find(|d| d.name == name) {
            return Some(d);
        }
    }
    find_deb(name)
}

/// The libc whose trigger ends an install, per release.
fn libc_version(code: &str) -> &'static str {
    match code {
        "trusty" => "2.19-0ubuntu6.15",
        "jessie" => "2.19-18+deb8u10",
        _ => "2.36-9+deb12u10",
    }
}

/// What the old apt's dpkg-preconfigure says without a terminal (on standard error).
const OLD_DEBCONF: &str = "debconf: unable to initialize frontend: Dialog
debconf: (TERM is not set, so the dialog frontend is not usable.)
debconf: falling back to frontend: Readline
debconf: unable to initialize frontend: Readline
debconf: (This frontend requires a controlling terminal.)
debconf: falling back to frontend: Teletype
dpkg-preconfigure: unable to re-open stdin: \n";

const LISTS: &str = "/var/lib/apt/lists";

/// The package names given after the subcommand (`apt-get install -y curl git`, `apk add
/// --no-cache curl`): every later word that is not an option.
fn packages_after<'a>(words: &[&'a str], cmd: &str) -> Vec<&'a str> {
    words
        .iter()
        .skip_while(|w| **w != cmd)
        .skip(1)
        .filter(|w| !w.starts_with('-'))
        .copied()
        .collect()
}

fn lists_present(ctx: &ProgramCtx) -> bool {
    ctx.fs.list(LISTS).is_ok_and(|l| {
        l.iter()
            .any(|n| n.ends_with("Packages") || n.ends_with("Packages.lz4"))
    })
}

fn deb_installed(ctx: &ProgramCtx, name: &str) -> bool {
    ctx.fs.exists(&format!("/var/lib/dpkg/info/{name}.list"))
}

/// `apt-get` / `apt`: update, install, remove (as far as the catalogue goes).
pub fn apt_get(prog: &str, args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let yes = words
        .iter()
        .any(|w| matches!(*w, "-y" | "--yes" | "--assume-yes" | "-qy" | "-yq"))
        || ctx
            .env
            .get("DEBIAN_FRONTEND")
            .is_some_and(|v| v == "noninteractive")
            && words.contains(&"-y");
    let quiet = words.iter().any(|w| w.starts_with("-q"));
    let Some(cmd) = words.iter().find(|w| !w.starts_with('-')).copied() else {
        let apt = apt_version(ctx);
        ctx.out.out(format!(
            "apt {apt} (amd64)\nUsage: apt-get [options] command\n"
        ));
        return 0;
    };
    if prog == "apt" && !ctx.tty {
        ctx.out.err(
            "\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n",
        );
    }
    let done = if ctx.tty { " Done" } else { "" };
    match cmd {
        "update" => {
            let (id, code) = distro(ctx);
            let lines: Vec<(String, f64)> = if id == "ubuntu" {
                vec![
                    (
                        format!("http://archive.ubuntu.com/ubuntu {code} InRelease"),
                        256.0,
                    ),
                    (
                        format!("http://security.ubuntu.com/ubuntu {code}-security InRelease"),
                        126.0,
                    ),
                    (
                        format!("http://archive.ubuntu.com/ubuntu {code}-updates InRelease"),
                        126.0,
                    ),
                    (
                        format!("http://archive.ubuntu.com/ubuntu {code}-backports InRelease"),
                        126.0,
                    ),
                    (
                        format!("http://archive.ubuntu.com/ubuntu {code}/main amd64 Packages"),
                        1808.0,
                    ),
                    (
                        format!("http://archive.ubuntu.com/ubuntu {code}/universe amd64 Packages"),
                        19_300.0,
                    ),
                ]
            } else {
                vec![
                    (format!("http://deb.debian.org/debian {code} InRelease"), 151.0),
                    (format!("http://deb.debian.org/debian {code}-updates InRelease"), 55.4),
                    (format!("http://deb.debian.org/debian-security {code}-security InRelease"), 48.0),
                    (format!("http://deb.debian.org/debian {code}/main amd64 Packages"), 8793.0),
                    (format!("http://deb.debian.org/debian {code}-updates/main amd64 Packages"), 0.756),
                    (format!("http://deb.debian.org/debian-security {code}-security/main amd64 Packages"), 267.0),
                ]
            };
            let mut out = String::new();
            let mut total = 0.0;
            if old_apt(&code) {
                let mut n = 0;
                for (what, kb) in old_update_lines(&id, &code) {
                    let line = match what.strip_prefix("Get:_ ") {
                        Some(rest) => {
                            n += 1;
                            total += kb;
                            format!("Get:{n} {rest} [{}]", apt_size(kb))
                        }
                        None => what,
                    };
                    if !quiet {
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
            }
            for (i, (what, kb)) in lines.iter().enumerate() {
                if old_apt(&code) {
                    break;
                }
                total += kb;
                if !quiet {
                    out.push_str(&format!("Get:{} {what} [{}]\n", i + 1, apt_size(*kb)));
                }
            }
            if !quiet {
                out.push_str(&format!(
                    "Fetched {} in 1s ({}/s)\n",
                    apt_size(total),
                    apt_size(total)
                ));
            }
            out.push_str(&format!("Reading package lists...{done}\n"));
            ctx.out.out(out);
            let host = if id == "ubuntu" {
                "archive.ubuntu.com_ubuntu"
            } else {
                "deb.debian.org_debian"
            };
            ctx.fs.insert(
                &format!("{LISTS}/{host}_dists_{code}_InRelease"),
                Node::sized_file(Vec::new(), 151_000),
            );
            ctx.fs.insert(
                &format!("{LISTS}/{host}_dists_{code}_main_binary-amd64_Packages.lz4"),
                Node::sized_file(Vec::new(), 18_700_000),
            );
            0
        }
        "install" => {
            let pkgs = packages_after(&words, "install");
            let mut out = format!("Reading package lists...{done}\nBuilding dependency tree...{done}\nReading state information...{done}\n");
            let known = lists_present(ctx);
            let (id, code) = distro(ctx);
            let old = old_apt(&code);
            for p in &pkgs {
                let name = p.split('=').next().unwrap_or(p);
                if !known || find_deb_in(&code, name).is_none() {
                    ctx.out.out(out);
                    ctx.out.err(format!("E: Unable to locate package {name}\n"));
                    return 100;
                }
            }
            // Resolve the dependency closure in a stable order.
            let mut order: Vec<&'static Deb> = Vec::new();
            let mut stack: Vec<&str> = pkgs
                .iter()
                .rev()
                .map(|p| p.split('=').next().unwrap_or(p))
                .collect();
            let mut guard = 0;
            while let Some(n) = stack.pop() {
                guard += 1;
                if guard > 1000 {
                    break;
                }
                let Some(d) = find_deb_in(&code, n) else {
                    continue;
                };
                if order.iter().any(|o| o.name == d.name) || deb_installed(ctx, d.name) {
                    continue;
                }
                order.push(d);
                for dep in d.deps.iter().rev() {
                    stack.push(dep);
                }
            }
            if old {
                // The old apt fetches and unpacks dependencies first.
                order = deps_first(&order);
            }
            let mut already = Vec::new();
            for p in &pkgs {
                if let Some(d) = find_deb_in(&code, p).filter(|d| deb_installed(ctx, d.name)) {
                    already.push(if old {
                        format!("{} is already the newest version.\n", d.name)
                    } else {
                        format!(
                            "{} is already the newest version ({}).\n",
                            d.name, d.version
                        )
                    });
                }
            }
            for a in &already {
                out.push_str(a);
            }
            if order.is_empty() {
                out.push_str("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
                ctx.out.out(out);
                return 0;
            }
            let mut names: Vec<&str> = order.iter().map(|d| d.name).collect();
            names.sort_unstable();
            let extra: Vec<&str> = names
                .iter()
                .filter(|n| !pkgs.contains(n))
                .copied()
                .collect();
            if !extra.is_empty() {
                out.push_str(if old {
                    "The following extra packages will be installed:\n"
                } else {
                    "The following additional packages will be installed:\n"
                });
                out.push_str(&wrap_names(&extra));
            }
            out.push_str("The following NEW packages will be installed:\n");
            out.push_str(&wrap_names(&names));
            let dl: u64 = order.iter().map(|d| d.download_kb).sum();
            let inst: u64 = order.iter().map(|d| d.installed_kb).sum();
            out.push_str(&format!(
                "0 upgraded, {} newly installed, 0 to remove and 0 not upgraded.\nNeed to get {} of archives.\nAfter this operation, {} of additional disk space will be used.\n",
                order.len(),
                apt_size(dl as f64),
                if old {
                    apt_size(inst as f64)
                } else {
                    apt_size_mb(inst)
                }
            ));
            if !extra.is_empty() && !yes {
                out.push_str("Do you want to continue? [Y/n] Abort.\n");
                ctx.out.out(out);
                return 1;
            }
            let mirror = if old && id == "ubuntu" {
                "http://archive.ubuntu.com/ubuntu/"
            } else if old {
                "http://deb.debian.org/debian/"
            } else if id == "ubuntu" {
                "http://archive.ubuntu.com/ubuntu"
            } else {
                "http://deb.debian.org/debian"
            };
            for (i, d) in order.iter().enumerate() {
                let (part, arch, _) = old_deb_meta(d.name);
                let (part, arch) = if old { (part, arch) } else { ("main", "amd64") };
                out.push_str(&format!(
                    "Get:{} {mirror} {code}/{part} {}{} {arch} {} [{}]\n",
                    i + 1,
                    d.name,
                    if old { "" } else { " amd64" },
                    d.version,
                    apt_size(d.download_kb as f64)
                ));
            }
            if old && !ctx.tty {
                ctx.out.out(std::mem::take(&mut out));
                ctx.out.err(OLD_DEBCONF);
            } else if !ctx.tty {
                out.push_str(
                    "debconf: delaying package configuration, since apt-utils is not installed\n",
                );
            }
            out.push_str(&format!(
                "Fetched {} in 0s ({}/s)\n",
                apt_size(dl as f64),
                apt_size(dl as f64 * 4.0)
            ));
            let base_files = 6089
                + ctx
                    .fs
                    .list("/var/lib/dpkg/info")
                    .map_or(0, |l| l.len() * 10);
            let shown = |d: &Deb| {
                let multi = old && old_deb_meta(d.name).2;
                format!("{}{}", d.name, if multi { ":amd64" } else { "" })
            };
            for (i, d) in order.iter().enumerate() {
                out.push_str(&format!(
                    "Selecting previously unselected package {}.\n",
                    shown(d)
                ));
                if old {
                    if i == 0 {
                        out.push_str(&format!("(Reading database ... {base_files} files and directories currently installed.)\n"));
                    }
                    let arch = old_deb_meta(d.name).1;
                    let file_version = d.version.replace(':', "%3a");
                    out.push_str(&format!(
                        "Preparing to unpack .../{}_{file_version}_{arch}.deb ...\nUnpacking {} ({}) ...\n",
                        d.name,
                        shown(d),
                        d.version
                    ));
                    continue;
                }
                if i == 0 {
                    out.push_str(&format!("(Reading database ... {base_files} files and directories currently installed.)\n"));
                } else {
                    out.push_str(&format!(
                        "(Reading database ... {} files and directories currently installed.)\n",
                        base_files + i * 10
                    ));
                }
                let file_version = d.version.split(':').next_back().unwrap_or(d.version);
                out.push_str(&format!("Preparing to unpack .../{i:02}-{}_{file_version}_amd64.deb ...\nUnpacking {} ({}) ...\n", d.name, d.name, d.version));
            }
            let setup: Vec<&&Deb> = if old {
                order.iter().collect()
            } else {
                order.iter().rev().collect()
            };
            for d in setup {
                out.push_str(&format!("Setting up {} ({}) ...\n", shown(d), d.version));
            }
            out.push_str(&format!(
                "Processing triggers for libc-bin ({}) ...\n",
                libc_version(&code)
            ));
            ctx.out.out(out);
            for d in &order {
                install_deb(ctx, d);
            }
            0
        }
        "remove" | "purge" | "autoremove" | "clean" | "upgrade" | "dist-upgrade" => {
            ctx.out.out(format!("Reading package lists...{done}\nBuilding dependency tree...{done}\nReading state information...{done}\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n"));
            0
        }
        other => {
            ctx.out.err(format!("E: Invalid operation {other}\n"));
            100
        }
    }
}

/// The packages reordered so that each comes after the dependencies among them.
fn deps_first(order: &[&'static Deb]) -> Vec<&'static Deb> {
    fn visit(d: &'static Deb, all: &[&'static Deb], out: &mut Vec<&'static Deb>, depth: usize) {
        if depth > 32 || out.iter().any(|o| o.name == d.name) {
            return;
        }
        for dep in d.deps {
            if let Some(x) = all.iter().find(|x| x.name == *dep) {
                visit(x, all, out, depth + 1);
            }
        }
        if !out.iter().any(|o| o.name == d.name) {
            out.push(d);
        }
    }
    let mut out = Vec::new();
    for d in order {
        visit(d, order, &mut out, 0);
    }
    out
}

fn install_deb(ctx: &mut ProgramCtx, d: &Deb) {
    let list: String = d.bins.iter().map(|b| format!("{b}\n")).collect();
    ctx.fs.insert(
        &format!("/var/lib/dpkg/info/{}.list", d.name),
        Node::file(list.into_bytes()),
    );
    install_files(
        ctx,
        d.bins.iter().copied(),
        d.installed_kb,
        &format!("/usr/share/doc/{}/copyright", d.name),
    );
}

/// Writes a package's programs (each a stand-in the simulator runs, taking half of what is
/// left of the package's installed size) and one file holding the rest, so `du` and the
/// layer's size add up to the package's. Shared by apt, apk and yum/dnf.
pub(crate) fn install_files<'a>(
    ctx: &mut ProgramCtx,
    bins: impl IntoIterator<Item = &'a str>,
    kb: u64,
    rest: &str,
) {
    let mut remaining = kb * 1024;
    for b in bins {
        let size = remaining / 2;
        remaining -= size;
        let prog = b.rsplit('/').next().unwrap_or(b);
        ctx.fs.insert(
            b,
            Node {
                mode: 0o755,
                ..Node::sized_file(format!("#!dockling {prog}\n").into_bytes(), size.max(64))
            },
        );
    }
    ctx.fs.insert(rest, Node::sized_file(Vec::new(), remaining));
}

/// `151 kB`, `8793 kB`, `756 B`, `9315 kB`: apt's decimal sizes.
fn apt_size(kb: f64) -> String {
    if kb < 1.0 {
        format!("{} B", (kb * 1000.0).round() as u64)
    } else if kb < 100.0 {
        format!("{kb:.1} kB")
    } else if kb < 10_000.0 {
        format!("{} kB", kb.round() as u64)
    } else {
        format!("{:.1} MB", kb / 1000.0)
    }
}

/// `12.3 MB` / `500 kB` for installed sizes given in kB.
fn apt_size_mb(kb: u64) -> String {
    if kb < 1000 {
        format!("{kb} kB")
    } else {
        format!("{:.1} MB", kb as f64 / 1000.0)
    }
}

/// apt's package list: two-space indent, wrapped at 80 columns.
fn wrap_names(names: &[&str]) -> String {
    let mut out = String::new();
    let mut line = String::from(" ");
    for n in names {
        if line.len() + n.len() + 1 > 79 {
            out.push_str(&line);
            out.push('\n');
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(n);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// An Alpine package: name, version, dependencies, installed KiB, programs.
type Apk = (
    &'static str,
    &'static str,
    &'static [&'static str],
    u64,
    &'static [&'static str],
);

const APKS: &[Apk] = &[
    (
        "curl",
        "8.12.1-r1",
        &[
            "brotli-libs",
            "c-ares",
            "libidn2",
            "libpsl",
            "nghttp2-libs",
            "zstd-libs",
            "libcurl",
            "libunistring",
        ],
        268,
        &["/usr/bin/curl"],
    ),
    ("libcurl", "8.12.1-r1", &[], 512, &[]),
    ("brotli-libs", "1.1.0-r2", &[], 884, &[]),
    ("c-ares", "1.34.5-r0", &[], 216, &[]),
    ("libunistring", "1.2-r0", &[], 1680, &[]),
    ("libidn2", "2.3.7-r0", &[], 140, &[]),
    ("libpsl", "0.21.5-r3", &[], 72, &[]),
    ("nghttp2-libs", "1.64.0-r0", &[], 168, &[]),
    ("zstd-libs", "1.5.6-r2", &[], 704, &[]),
    (
        "git",
        "2.47.2-r0",
        &["libcurl", "pcre2", "zlib"],
        13_000,
        &["/usr/bin/git"],
    ),
    ("pcre2", "10.43-r0", &[], 680, &[]),
    ("zlib", "1.3.1-r2", &[], 100, &[]),
    ("bash", "5.2.37-r0", &["readline"], 1300, &["/bin/bash"]),
    ("readline", "8.2.13-r0", &[], 264, &[]),
    ("vim", "9.1.1105-r0", &["xxd"], 3500, &["/usr/bin/vim"]),
    ("xxd", "9.1.1105-r0", &[], 24, &["/usr/bin/xxd"]),
    (
        "python3",
        "3.12.11-r0",
        &["libffi", "sqlite-libs"],
        42_000,
        &["/usr/bin/python3"],
    ),
    ("libffi", "3.4.7-r0", &[], 48, &[]),
    ("sqlite-libs", "3.48.0-r2", &[], 1200, &[]),
    (
        "wget",
        "1.25.0-r0",
        &["libidn2", "libunistring"],
        504,
        &["/usr/bin/wget"],
    ),
    ("jq", "1.7.1-r0", &["oniguruma"], 332, &["/usr/bin/jq"]),
    ("oniguruma", "6.9.9-r0", &[], 616, &[]),
    (
        "procps-ng",
        "4.0.4-r2",
        &["libproc2"],
        700,
        &["/usr/bin/ps", "/usr/bin/top"],
    ),
    ("libproc2", "4.0.4-r2", &[], 200, &[]),
    ("tzdata", "2025b-r0", &[], 1500, &[]),
    ("nano", "8.2-r0", &[], 600, &["/usr/bin/nano"]),
];

/// The Alpine branch of the filesystem (`v3.21`).
/// The apt of each Debian and Ubuntu release (its last update in that release), `CODE=APT`.
const APT_VERSIONS: &str = "jessie=1.0.9.8.6 stretch=1.4.11 buster=1.8.2.3 bullseye=2.2.4 \
bookworm=2.6.1 trixie=3.0.2 trusty=1.0.1ubuntu2.24 xenial=1.2.35 bionic=1.6.17 focal=2.0.10 \
jammy=2.4.14 noble=2.8.3";

/// The image's apt, from the codename of its release.
fn apt_version(ctx: &ProgramCtx) -> &'static str {
    let (_, code) = distro(ctx);
    APT_VERSIONS
        .split(' ')
        .filter_map(|p| p.split_once('='))
        .find(|(c, _)| *c == code)
        .map_or("2.6.1", |(_, v)| v)
}

/// The apk-tools of each Alpine release, `MINOR=APK` (3.12 and older approximate).
const APK_VERSIONS: &str = "3.22=2.14.9 3.21=2.14.6 3.20=2.14.4 3.19=2.14.4 3.18=2.14.0 \
3.17=2.12.10 3.16=2.12.9 3.15=2.12.7 3.14=2.12.7 3.13=2.12.7 3.12=2.10.8";

/// The image's apk-tools, from `/etc/alpine-release`.
fn apk_version(ctx: &ProgramCtx) -> &'static str {
    let branch = alpine_branch(ctx);
    let minor = branch.trim_start_matches('v');
    APK_VERSIONS
        .split(' ')
        .filter_map(|p| p.split_once('='))
        .find(|(m, _)| *m == minor)
        .map_or("2.10.6", |(_, v)| v)
}

fn alpine_branch(ctx: &ProgramCtx) -> String {
    let release = ctx
        .fs
        .read_string("/etc/alpine-release")
        .unwrap_or_else(|_| "3.21.3".to_string());
    let mut parts = release.trim().split('.');
    match (parts.next(), parts.next()) {
        (Some(a), Some(b)) => format!("v{a}.{b}"),
        _ => "v3.21".to_string(),
    }
}

const APK_DB: &str = "/lib/apk/db/installed";

fn apk_installed(ctx: &ProgramCtx) -> Vec<String> {
    ctx.fs
        .read_string(APK_DB)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.strip_prefix("P:").map(str::to_string))
        .collect()
}

/// `apk update`, `apk add [--no-cache] pkgs`, `apk --version`.
pub fn apk(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let branch = alpine_branch(ctx);
    let fetch = format!(
        "fetch https://dl-cdn.alpinelinux.org/alpine/{branch}/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/{branch}/community/x86_64/APKINDEX.tar.gz\n"
    );
    let Some(cmd) = words.iter().find(|w| !w.starts_with('-')).copied() else {
        let apk = apk_version(ctx);
        if words.contains(&"--version") || words.contains(&"-V") {
            ctx.out
                .out(format!("apk-tools {apk}, compiled for x86_64.\n"));
            return 0;
        }
        ctx.out.out(format!("apk-tools {apk}, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n"));
        return 1;
    };
    let no_cache = words.contains(&"--no-cache");
    let cached = ctx.fs.exists("/var/cache/apk/APKINDEX.main.tar.gz");
    let base_count = 15;
    match cmd {
        "update" => {
            ctx.out.out(format!(
                "{fetch}{branch}.3-100-g1a7b3fe0 [https://dl-cdn.alpinelinux.org/alpine/{branch}/main]\n{branch}.3-98-gb1d4f3d8 [https://dl-cdn.alpinelinux.org/alpine/{branch}/community]\nOK: 25396 distinct packages available\n"
            ));
            ctx.fs.insert(
                "/var/cache/apk/APKINDEX.main.tar.gz",
                Node::sized_file(Vec::new(), 2_480_000),
            );
            0
        }
        "add" => {
            let pkgs = packages_after(&words, "add");
            let mut out = String::new();
            if no_cache || !cached {
                out.push_str(&fetch);
            }
            let missing: Vec<&str> = pkgs
                .iter()
                .filter(|p| !APKS.iter().any(|a| a.0 == **p))
                .copied()
                .collect();
            if !missing.is_empty() {
                ctx.out.out(out);
                let mut e = String::from("ERROR: unable to select packages:\n");
                for m in missing {
                    e.push_str(&format!(
                        "  {m} (no such package):\n    required by: world[{m}]\n"
                    ));
                }
                ctx.out.err(e);
                return 1;
            }
            let installed = apk_installed(ctx);
            let mut order: Vec<&Apk> = Vec::new();
            let mut stack: Vec<&str> = pkgs.iter().rev().copied().collect();
            let mut guard = 0;
            while let Some(n) = stack.pop() {
                guard += 1;
                if guard > 1000 {
                    break;
                }
                let Some(a) = APKS.iter().find(|a| a.0 == n) else {
                    continue;
                };
                if order.iter().any(|o| o.0 == a.0) || installed.iter().any(|i| i == a.0) {
                    continue;
                }
                for dep in a.2.iter().rev() {
                    stack.push(dep);
                }
                order.push(a);
            }
            // Dependencies install before what needs them.
            crate::sort::sort_by_key(&mut order, |a| usize::from(pkgs.contains(&a.0)));
            let n = order.len();
            for (i, a) in order.iter().enumerate() {
                out.push_str(&format!("({}/{n}) Installing {} ({})\n", i + 1, a.0, a.1));
            }
            if n > 0 {
                out.push_str("Executing busybox-1.37.0-r12.trigger\n");
            }
            let mut db = ctx.fs.read_string(APK_DB).unwrap_or_default();
            for a in &order {
                db.push_str(&format!("P:{}\nV:{}\n\n", a.0, a.1));
                install_files(
                    ctx,
                    a.4.iter().copied(),
                    a.3,
                    &format!("/usr/lib/apk-files/{}", a.0),
                );
            }
            ctx.fs.insert(APK_DB, Node::file(db.into_bytes()));
            let count = base_count + apk_installed(ctx).len();
            let mib = 8 + apk_installed(ctx)
                .iter()
                .filter_map(|n| APKS.iter().find(|a| a.0 == n))
                .map(|a| a.3)
                .sum::<u64>()
                / 1024;
            out.push_str(&format!("OK: {mib} MiB in {count} packages\n"));
            ctx.out.out(out);
            0
        }
        other => {
            ctx.out.err(format!("apk: unknown command '{other}'\n"));
            1
        }
    }
}

/// A package on the stand-in PyPI: its name as its metadata spells it, latest version,
/// dependencies (normalised names), installed bytes, import name and console scripts.
type Wheel = (
    &'static str,
    &'static str,
    &'static [&'static str],
    u64,
    &'static str,
    &'static [&'static str],
);

const WHEELS: &[Wheel] = &[
    (
        "flask",
        "3.1.1",
        &[
            "blinker",
            "click",
            "itsdangerous",
            "jinja2",
            "markupsafe",
            "werkzeug",
        ],
        103_000,
        "flask",
        &["flask"],
    ),
    ("blinker", "1.9.0", &[], 8_500, "blinker", &[]),
    ("click", "8.2.1", &[], 102_000, "click", &[]),
    ("itsdangerous", "2.2.0", &[], 16_000, "itsdangerous", &[]),
    ("jinja2", "3.1.6", &["markupsafe"], 134_000, "jinja2", &[]),
    ("MarkupSafe", "3.0.2", &[], 23_000, "markupsafe", &[]),
    (
        "werkzeug",
        "3.1.3",
        &["markupsafe"],
        224_000,
        "werkzeug",
        &[],
    ),
    (
        "requests",
        "2.32.4",
        &["certifi", "charset-normalizer", "idna", "urllib3"],
        64_000,
        "requests",
        &[],
    ),
    ("certifi", "2025.4.26", &[], 159_000, "certifi", &[]),
    (
        "charset-normalizer",
        "3.4.2",
        &[],
        148_000,
        "charset_normalizer",
        &["normalizer"],
    ),
    ("idna", "3.10", &[], 70_000, "idna", &[]),
    ("urllib3", "2.4.0", &[], 128_000, "urllib3", &[]),
    ("redis", "6.2.0", &[], 278_000, "redis", &[]),
    (
        "Django",
        "5.2.3",
        &["asgiref", "sqlparse"],
        8_300_000,
        "django",
        &["django-admin"],
    ),
    ("asgiref", "3.8.1", &[], 23_000, "asgiref", &[]),
    ("sqlparse", "0.5.3", &[], 44_000, "sqlparse", &["sqlformat"]),
    ("numpy", "2.3.0", &[], 16_600_000, "numpy", &["f2py"]),
    (
        "gunicorn",
        "23.0.0",
        &["packaging"],
        85_000,
        "gunicorn",
        &["gunicorn"],
    ),
    ("packaging", "25.0", &[], 66_000, "packaging", &[]),
    (
        "uvicorn",
        "0.34.3",
        &["click", "h11"],
        62_000,
        "uvicorn",
        &["uvicorn"],
    ),
    ("h11", "0.16.0", &[], 37_000, "h11", &[]),
    (
        "fastapi",
        "0.115.12",
        &["starlette", "pydantic", "typing-extensions"],
        95_000,
        "fastapi",
        &[],
    ),
    ("starlette", "0.46.2", &["anyio"], 72_000, "starlette", &[]),
    (
        "anyio",
        "4.9.0",
        &["idna", "sniffio"],
        100_000,
        "anyio",
        &[],
    ),
    ("sniffio", "1.3.1", &[], 10_000, "sniffio", &[]),
    (
        "pydantic",
        "2.11.5",
        &[
            "annotated-types",
            "pydantic-core",
            "typing-extensions",
            "typing-inspection",
        ],
        444_000,
        "pydantic",
        &[],
    ),
    (
        "pydantic_core",
        "2.33.2",
        &[],
        2_000_000,
        "pydantic_core",
        &[],
    ),
    (
        "annotated-types",
        "0.7.0",
        &[],
        13_000,
        "annotated_types",
        &[],
    ),
    (
        "typing_extensions",
        "4.14.0",
        &[],
        43_000,
        "typing_extensions",
        &[],
    ),
    (
        "typing-inspection",
        "0.4.1",
        &[],
        14_000,
        "typing_inspection",
        &[],
    ),
    ("psycopg2-binary", "2.9.10", &[], 3_000_000, "psycopg2", &[]),
    ("PyMySQL", "1.1.1", &[], 45_000, "pymysql", &[]),
    (
        "mysql-connector-python",
        "9.3.0",
        &[],
        33_900_000,
        "mysql",
        &[],
    ),
    (
        "SQLAlchemy",
        "2.0.41",
        &["greenlet", "typing-extensions"],
        3_200_000,
        "sqlalchemy",
        &[],
    ),
    ("greenlet", "3.2.3", &[], 600_000, "greenlet", &[]),
    (
        "Flask-SQLAlchemy",
        "3.1.1",
        &["flask", "sqlalchemy"],
        25_000,
        "flask_sqlalchemy",
        &[],
    ),
    ("python-dotenv", "1.1.0", &[], 20_000, "dotenv", &["dotenv"]),
    (
        "pandas",
        "2.3.0",
        &["numpy", "python-dateutil", "pytz", "tzdata"],
        12_400_000,
        "pandas",
        &[],
    ),
    (
        "python-dateutil",
        "2.9.0.post0",
        &["six"],
        229_000,
        "dateutil",
        &[],
    ),
    ("six", "1.17.0", &[], 11_000, "six", &[]),
    ("pytz", "2025.2", &[], 509_000, "pytz", &[]),
    ("tzdata", "2025.2", &[], 347_000, "tzdata", &[]),
    (
        "pytest",
        "8.4.0",
        &["iniconfig", "packaging", "pluggy", "pygments"],
        363_000,
        "pytest",
        &["pytest", "py.test"],
    ),
    ("iniconfig", "2.1.0", &[], 6_000, "iniconfig", &[]),
    ("pluggy", "1.6.0", &[], 20_000, "pluggy", &[]),
    (
        "Pygments",
        "2.19.1",
        &[],
        1_200_000,
        "pygments",
        &["pygmentize"],
    ),
    ("PyYAML", "6.0.2", &[], 760_000, "yaml", &[]),
    (
        "pymongo",
        "4.13.0",
        &["dnspython"],
        1_400_000,
        "pymongo",
        &[],
    ),
    ("dnspython", "2.7.0", &[], 313_000, "dns", &[]),
    ("pip", "25.1.1", &[], 1_800_000, "pip", &["pip", "pip3"]),
];

/// A distribution pip decided to install: name, version, dependencies, bytes, import name
/// and console scripts.
type Chosen = (
    String,
    String,
    Vec<&'static str>,
    u64,
    String,
    Vec<&'static str>,
);

/// PyPI's normalised form of a project name (`Flask_SQLAlchemy` → `flask-sqlalchemy`).
pub fn normalize_project(name: &str) -> String {
    name.to_ascii_lowercase().replace(['_', '.'], "-")
}

fn wheel_of(name: &str) -> Option<&'static Wheel> {
    let n = normalize_project(name);
    WHEELS.iter().find(|w| normalize_project(w.0) == n)
}

/// The pip each Python line's image last shipped (`PYTHON_PIP_VERSION` of docker-library's
/// Dockerfiles, or the pip `ensurepip` bundles from 3.9 on), `LINE=PIP`; newer lines 25.0.1.
const IMAGE_PIP: &str = "2.7=20.0.2 3.3=17.1 3.4=19.0.3 3.5=20.2.3 3.6=21.2.4 3.7=23.0.1 \
3.8=23.0.1 3.9=23.0.1 3.10=23.0.1 3.11=24.0";

/// The pip of the image's Python.
pub fn image_pip(env: &std::collections::BTreeMap<String, String>) -> &'static str {
    let short = python_short(env);
    IMAGE_PIP
        .split(' ')
        .filter_map(|p| p.split_once('='))
        .find(|(line, _)| *line == short)
        .map_or("25.0.1", |(_, pip)| pip)
}

/// `3.13` from the image's `PYTHON_VERSION`.
pub fn python_short(env: &std::collections::BTreeMap<String, String>) -> String {
    let py = env_or(env, "PYTHON_VERSION", "3.13.5");
    py.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// The image's `site-packages` directory.
pub fn site_packages(env: &std::collections::BTreeMap<String, String>) -> String {
    format!("/usr/local/lib/python{}/site-packages", python_short(env))
}

/// Distributions installed in site-packages, `(name, version)` from their `.dist-info`
/// folders, plus pip itself (and setuptools/wheel before Python 3.12), sorted as `pip list`.
pub fn installed_dists(ctx: &ProgramCtx) -> Vec<(String, String)> {
    let site = site_packages(ctx.env);
    let mut out: Vec<(String, String)> = Vec::new();
    for entry in ctx.fs.list(&site).unwrap_or_default() {
        let Some(stem) = entry.strip_suffix(".dist-info") else {
            continue;
        };
        let meta = ctx
            .fs
            .read_string(&format!("{site}/{entry}/METADATA"))
            .unwrap_or_default();
        let field = |k: &str| {
            meta.lines()
                .find_map(|l| l.strip_prefix(k))
                .map(|v| v.trim().to_string())
        };
        let (n, v) = stem.split_once('-').unwrap_or((stem, ""));
        out.push((
            field("Name:").unwrap_or_else(|| n.to_string()),
            field("Version:").unwrap_or_else(|| v.to_string()),
        ));
    }
    // Python 3.12 dropped setuptools and wheel from the images; 2.x and 3.0-3.11 keep them.
    let short = python_short(ctx.env);
    let minor: u32 = short
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or(13);
    let base: &[(&str, &str)] = if short.starts_with("3.") && minor >= 12 {
        &[("pip", image_pip(ctx.env))]
    } else {
        &[
            ("pip", image_pip(ctx.env)),
            ("setuptools", "65.5.1"),
            ("wheel", "0.45.1"),
        ]
    };
    for (n, v) in base {
        if !out.iter().any(|(m, _)| normalize_project(m) == *n) {
            out.push((n.to_string(), v.to_string()));
        }
    }
    crate::sort::sort_by_key(&mut out, |(n, _)| n.to_ascii_lowercase());
    out
}

/// A requirement line split into its project and an exact `==` pin, if any.
fn parse_requirement(spec: &str) -> (String, Option<String>) {
    let spec = spec.split(';').next().unwrap_or(spec).trim();
    let name: String = spec
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let rest = spec.get(name.len()..).unwrap_or("");
    let rest = match rest.find(']') {
        Some(i) if rest.starts_with('[') => rest.get(i + 1..).unwrap_or(""),
        _ => rest,
    };
    let pin = rest
        .trim()
        .strip_prefix("==")
        .map(|v| v.split(',').next().unwrap_or(v).trim().to_string())
        .filter(|v| !v.is_empty() && !v.contains('*'));
    (name, pin)
}

/// `pip install`, `pip list`, `pip freeze`, `pip show`, `pip uninstall`, `pip --version`.
pub fn pip(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let py_short = python_short(ctx.env);
    let site = site_packages(ctx.env);
    match args.first().map(String::as_str) {
        Some("--version" | "-V") => {
            let pip = image_pip(ctx.env);
            ctx.out
                .out(format!("pip {pip} from {site}/pip (python {py_short})\n"));
            return 0;
        }
        Some("list") => {
            let dists = installed_dists(ctx);
            let w = dists.iter().map(|d| d.0.len()).max().unwrap_or(7).max(7);
            let v = dists.iter().map(|d| d.1.len()).max().unwrap_or(7).max(7);
            let mut text = format!(
                "{:<w$} Version\n{} {}\n",
                "Package",
                "-".repeat(w),
                "-".repeat(v)
            );
            for (n, ver) in dists {
                text.push_str(&format!("{n:<w$} {ver}\n"));
            }
            ctx.out.out(text);
            return 0;
        }
        Some("freeze") => {
            let text: String = installed_dists(ctx)
                .into_iter()
                .filter(|(n, _)| !matches!(n.as_str(), "pip" | "setuptools" | "wheel"))
                .map(|(n, v)| format!("{n}=={v}\n"))
                .collect();
            ctx.out.out(text);
            return 0;
        }
        Some("show") => {
            let want = args
                .get(1)
                .map(|a| normalize_project(a))
                .unwrap_or_default();
            let found = installed_dists(ctx)
                .into_iter()
                .find(|(n, _)| normalize_project(n) == want);
            return match found {
                Some((n, v)) => {
                    let requires: Vec<&str> =
                        wheel_of(&n).map(|w| w.2.to_vec()).unwrap_or_default();
                    ctx.out.out(format!(
                        "Name: {n}\nVersion: {v}\nLocation: {site}\nRequires: {}\n",
                        requires.join(", ")
                    ));
                    0
                }
                None => {
                    ctx.out.err(format!(
                        "WARNING: Package(s) not found: {}\n",
                        args.get(1).map_or("", String::as_str)
                    ));
                    1
                }
            };
        }
        Some("uninstall") => {
            let mut code = 0;
            for a in args.iter().skip(1).filter(|a| !a.starts_with('-')) {
                let want = normalize_project(a);
                let found = installed_dists(ctx)
                    .into_iter()
                    .find(|(n, _)| normalize_project(n) == want);
                let Some((n, v)) = found else {
                    ctx.out
                        .err(format!("WARNING: Skipping {a} as it is not installed.\n"));
                    continue;
                };
                let module = wheel_of(&n).map_or(want.replace('-', "_"), |w| w.4.to_string());
                let dist = format!(
                    "{site}/{}-{v}.dist-info",
                    n.to_ascii_lowercase().replace('-', "_")
                );
                if ctx.fs.remove(&dist, true).is_err() {
                    code = 1;
                }
                let _ = ctx.fs.remove(&format!("{site}/{module}"), true);
                ctx.out.out(format!(
                    "Found existing installation: {n} {v}\nUninstalling {n}-{v}:\n  Successfully uninstalled {n}-{v}\n"
                ));
            }
            return code;
        }
        Some("install") => {}
        _ => {
            ctx.out.err(format!(
                "ERROR: unknown command \"{}\"\n",
                args.first().map_or("", String::as_str)
            ));
            return 1;
        }
    }
    let mut wanted: Vec<(String, String)> = Vec::new();
    let mut i = 1;
    while let Some(a) = args.get(i) {
        if a == "-r" || a == "--requirement" {
            let file = args.get(i + 1).cloned().unwrap_or_default();
            let path = crate::vfs::normalize(ctx.cwd, &file);
            match ctx.fs.read_string(&path) {
                Ok(text) => wanted.extend(
                    text.lines()
                        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
                        .enumerate()
                        .filter(|(_, l)| !l.is_empty() && !l.starts_with('-'))
                        .map(|(n, l)| (l, format!("-r {file} (line {})", n + 1))),
                ),
                Err(_) => {
                    ctx.out.err(format!("ERROR: Could not open requirements file: [Errno 2] No such file or directory: '{file}'\n"));
                    return 1;
                }
            }
            i += 2;
            continue;
        }
        if !a.starts_with('-') {
            wanted.push((a.clone(), String::new()));
        }
        i += 1;
    }
    if wanted.is_empty() {
        ctx.out.err(
            "ERROR: You must give at least one requirement to install (see \"pip help install\")\n",
        );
        return 1;
    }
    let installed = installed_dists(ctx);
    let mut out = String::new();
    // (name, version, deps, size, module, scripts) of what gets installed, in resolution order.
    let mut order: Vec<Chosen> = Vec::new();
    let mut stack: Vec<(String, Option<String>)> = wanted
        .iter()
        .rev()
        .map(|(w, from)| (w.clone(), (!from.is_empty()).then(|| from.clone())))
        .collect();
    let mut satisfied: Vec<String> = Vec::new();
    let mut guard = 0;
    while let Some((spec, parent)) = stack.pop() {
        guard += 1;
        if guard > 1000 {
            break;
        }
        let (name, pin) = parse_requirement(&spec);
        let key = normalize_project(&name);
        if order.iter().any(|o| normalize_project(&o.0) == key) || satisfied.contains(&key) {
            continue;
        }
        let wheel = wheel_of(&name);
        let (display, version) = match (wheel, &pin) {
            (Some(w), Some(p)) => (w.0.to_string(), p.clone()),
            (Some(w), None) => (w.0.to_string(), w.1.to_string()),
            // A pinned project the stand-in index does not list still exists on PyPI.
            (None, Some(p)) if !name.is_empty() => (name.clone(), p.clone()),
            _ => {
                ctx.out.out(out);
                ctx.out.err(format!(
                    "ERROR: Could not find a version that satisfies the requirement {spec} (from versions: none)\nERROR: No matching distribution found for {spec}\n"
                ));
                return 1;
            }
        };
        if let Some((_, v)) = installed.iter().find(|(n, v)| {
            normalize_project(n) == key && (pin.is_none() || pin.as_ref() == Some(v))
        }) {
            let shown = if parent.is_some() {
                display.as_str()
            } else {
                spec.as_str()
            };
            let from = parent
                .as_ref()
                .map_or(String::new(), |p| format!(" (from {p})"));
            out.push_str(&format!(
                "Requirement already satisfied: {shown} in {site} ({v}){from}\n"
            ));
            satisfied.push(key);
            continue;
        }
        match &parent {
            Some(p) if p.starts_with("-r ") => {
                out.push_str(&format!("Collecting {spec} (from {p})\n"))
            }
            None => out.push_str(&format!("Collecting {spec}\n")),
            Some(p) => out.push_str(&format!("Collecting {display} (from {p})\n")),
        }
        let size = wheel.map_or(50_000, |w| w.3);
        out.push_str(&format!(
            "  Downloading {}-{version}-py3-none-any.whl.metadata ({})\n",
            display.replace('-', "_"),
            pip_size(size / 30)
        ));
        let deps: Vec<&str> = wheel.map(|w| w.2.to_vec()).unwrap_or_default();
        for d in deps.iter().rev() {
            stack.push((format!("{d}>=0"), Some(display.clone())));
        }
        order.push((
            display.clone(),
            version,
            deps,
            size,
            wheel.map_or(key.replace('-', "_"), |w| w.4.to_string()),
            wheel.map(|w| w.5.to_vec()).unwrap_or_default(),
        ));
    }
    if order.is_empty() {
        ctx.out.out(out);
        return 0;
    }
    for w in &order {
        out.push_str(&format!(
            "Downloading {}-{}-py3-none-any.whl ({})\n",
            w.0.replace('-', "_"),
            w.1,
            pip_size(w.3 / 3)
        ));
    }
    let names: Vec<&str> = order.iter().rev().map(|w| w.0.as_str()).collect();
    out.push_str(&format!(
        "Installing collected packages: {}\n",
        names.join(", ")
    ));
    let mut done: Vec<String> = order.iter().map(|w| format!("{}-{}", w.0, w.1)).collect();
    crate::sort::sort(&mut done);
    out.push_str(&format!("Successfully installed {}\n", done.join(" ")));
    ctx.out.out(out);
    ctx.out.err("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you intend to suppress this warning.\n");
    for (name, version, _, size, module, scripts) in &order {
        // Replacing an installed version removes the old `.dist-info`.
        let key = normalize_project(name);
        if let Some((old_n, old_v)) = installed.iter().find(|(n, _)| normalize_project(n) == key) {
            let _ = ctx.fs.remove(
                &format!(
                    "{site}/{}-{old_v}.dist-info",
                    old_n.to_ascii_lowercase().replace('-', "_")
                ),
                true,
            );
        }
        ctx.fs.insert(
            &format!("{site}/{module}/__init__.py"),
            Node::sized_file(format!("__version__ = \"{version}\"\n"), *size),
        );
        ctx.fs.insert(
            &format!(
                "{site}/{}-{version}.dist-info/METADATA",
                name.to_ascii_lowercase().replace('-', "_")
            ),
            Node::file(format!(
                "Metadata-Version: 2.4\nName: {name}\nVersion: {version}\n"
            )),
        );
        for script in scripts {
            ctx.fs.insert(
                &format!("/usr/local/bin/{script}"),
                Node::executable(format!(
                    "#!/usr/local/bin/python{py_short}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom {module} import main\nif __name__ == \"__main__\":\n    sys.argv[0] = re.sub(r\"(-script\\.pyw|\\.exe)?$\", \"\", sys.argv[0])\n    sys.exit(main())\n"
                )),
            );
        }
    }
    0
}

/// `103 kB`, `1.6 kB`, `16.6 MB`: pip's sizes.
fn pip_size(bytes: u64) -> String {
    let kb = bytes as f64 / 1000.0;
    if kb < 10.0 {
        format!("{kb:.1} kB")
    } else if kb < 1000.0 {
        format!("{} kB", kb.round() as u64)
    } else {
        format!("{:.1} MB", kb / 1000.0)
    }
}

#[cfg(test)]
mod release_tests {
    use super::release_of;

    #[test]
    fn codenames_of_releases_without_version_codename() {
        let trusty = "NAME=\"Ubuntu\"\nVERSION=\"14.04.6 LTS, Trusty Tahr\"\nID=ubuntu\n";
        let lsb = "DISTRIB_ID=Ubuntu\nDISTRIB_CODENAME=trusty\n";
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(release_of(trusty, ""), pair("ubuntu", "trusty"));
        assert_eq!(release_of(trusty, lsb), pair("ubuntu", "trusty"));
        let xenial = "VERSION=\"16.04 LTS\"\nID=ubuntu\nUBUNTU_CODENAME=xenial\n";
        assert_eq!(release_of(xenial, ""), pair("ubuntu", "xenial"));
        let jessie =
            "PRETTY_NAME=\"Debian GNU/Linux 8 (jessie)\"\nVERSION=\"8 (jessie)\"\nID=debian\n";
        assert_eq!(release_of(jessie, ""), pair("debian", "jessie"));
        let bookworm = "ID=debian\nVERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\n";
        assert_eq!(release_of(bookworm, ""), pair("debian", "bookworm"));
        assert_eq!(release_of("ID=ubuntu\n", ""), pair("ubuntu", "noble"));
    }
}
