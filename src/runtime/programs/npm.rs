//! `npm`: install from `package.json` (with npm's real JSON errors), `npm start`, `npm run`, `-v`.
//!
//! Installs come from a small, honest catalogue of package trees (express 4.17.1's is the real
//! one: 50 packages, about 1.9 MB). Files are written with apparent sizes so the image layer grows
//! as it would, without holding the bytes.

use serde_json::{Map, Value};

use super::json;
use super::{env_or, node, ProgramCtx, Start};
use crate::vfs::{normalize, Node};

/// One package of a dependency tree: install path under `node_modules/`, version, apparent size.
type Pkg = (&'static str, &'static str, u64);

/// express@4.17.1 as npm installs it today, sizes from a real `node_modules`.
const EXPRESS_4_17_1: &[Pkg] = &[
    ("accepts", "1.3.8", 20891),
    ("array-flatten", "1.1.1", 8518),
    ("body-parser", "1.19.0", 68663),
    ("bytes", "3.1.0", 15093),
    ("content-disposition", "0.5.3", 23211),
    ("content-type", "1.0.5", 14567),
    ("cookie", "0.4.0", 21954),
    ("cookie-signature", "1.0.6", 8032),
    ("debug", "2.6.9", 59435),
    ("depd", "1.1.2", 46867),
    ("destroy", "1.0.4", 9293),
    ("ee-first", "1.1.1", 10355),
    ("encodeurl", "1.0.4", 12067),
    ("escape-html", "1.0.3", 7756),
    ("etag", "1.8.1", 14905),
    ("express", "4.17.1", 224517),
    ("finalhandler", "1.1.2", 21139),
    ("forwarded", "0.2.0", 9972),
    ("fresh", "0.5.2", 14212),
    ("http-errors", "1.7.2", 21182),
    ("iconv-lite", "0.4.24", 352325),
    ("inherits", "2.0.3", 7920),
    ("ipaddr.js", "1.9.1", 50337),
    ("media-typer", "0.3.0", 15151),
    ("merge-descriptors", "1.0.1", 8985),
    ("methods", "1.1.2", 9384),
    ("mime", "1.6.0", 59930),
    ("mime-db", "1.52.0", 209635),
    ("mime-types", "2.1.35", 22368),
    ("ms", "2.0.0", 10362),
    ("negotiator", "0.6.3", 35567),
    ("on-finished", "2.3.0", 16407),
    ("parseurl", "1.3.3", 14395),
    ("path-to-regexp", "0.1.7", 10877),
    ("proxy-addr", "2.0.8", 20422),
    ("qs", "6.7.0", 159302),
    ("range-parser", "1.2.1", 12553),
    ("raw-body", "2.4.0", 26788),
    ("safe-buffer", "5.1.2", 35782),
    ("safer-buffer", "2.1.2", 46395),
    ("send", "0.17.1", 67279),
    ("serve-static", "1.14.1", 28990),
    ("setprototypeof", "1.1.1", 12105),
    ("statuses", "1.5.0", 15130),
    ("toidentifier", "1.0.0", 8423),
    ("type-is", "1.6.18", 22593),
    ("unpipe", "1.0.0", 8407),
    ("utils-merge", "1.0.1", 7816),
    ("vary", "1.1.2", 12843),
    ("send/node_modules/ms", "2.1.1", 10914),
];

const LODASH: &[Pkg] = &[("lodash", "4.17.21", 1_412_000)];
const DOTENV: &[Pkg] = &[("dotenv", "16.5.0", 79_000)];
const CORS: &[Pkg] = &[
    ("cors", "2.8.5", 20_000),
    ("object-assign", "4.1.1", 6_000),
    ("vary", "1.1.2", 12_843),
];
const AXIOS: &[Pkg] = &[
    ("asynckit", "0.4.0", 27_000),
    ("axios", "1.9.0", 2_100_000),
    ("combined-stream", "1.0.8", 8_000),
    ("delayed-stream", "1.0.0", 9_000),
    ("follow-redirects", "1.15.9", 29_000),
    ("form-data", "4.0.2", 31_000),
    ("mime-db", "1.52.0", 209_635),
    ("mime-types", "2.1.35", 22_368),
    ("proxy-from-env", "1.1.0", 11_000),
];
const REACT: &[Pkg] = &[("react", "19.1.0", 170_000)];
const NODEMON: &[Pkg] = &[
    ("anymatch", "3.1.3", 9_000),
    ("balanced-match", "1.0.2", 6_000),
    ("binary-extensions", "2.3.0", 5_000),
    ("brace-expansion", "1.1.11", 10_000),
    ("braces", "3.0.3", 42_000),
    ("chokidar", "3.6.0", 86_000),
    ("concat-map", "0.0.1", 5_000),
    ("debug", "4.4.1", 42_000),
    ("fill-range", "7.1.1", 16_000),
    ("glob-parent", "5.1.2", 8_000),
    ("has-flag", "3.0.0", 4_000),
    ("ignore-by-default", "1.0.1", 4_000),
    ("is-binary-path", "2.1.0", 4_000),
    ("is-extglob", "2.1.1", 6_000),
    ("is-glob", "4.0.3", 10_000),
    ("is-number", "7.0.0", 9_000),
    ("minimatch", "3.1.2", 31_000),
    ("ms", "2.1.3", 9_000),
    ("nodemon", "3.1.10", 220_000),
    ("normalize-path", "3.0.0", 9_000),
    ("picomatch", "2.3.1", 85_000),
    ("pstree.remy", "1.1.8", 8_000),
    ("readdirp", "3.6.0", 24_000),
    ("semver", "7.7.2", 94_000),
    ("simple-update-notifier", "2.0.0", 11_000),
    ("supports-color", "5.5.0", 7_000),
    ("to-regex-range", "5.0.1", 17_000),
    ("touch", "3.1.1", 8_000),
    ("undefsafe", "2.0.5", 11_000),
];
const MONGOOSE: &[Pkg] = &[
    ("@mongodb-js/saslprep", "1.2.2", 60_000),
    ("@types/webidl-conversions", "7.0.3", 5_000),
    ("@types/whatwg-url", "11.0.5", 7_000),
    ("bson", "6.10.3", 1_500_000),
    ("debug", "4.4.1", 42_000),
    ("kareem", "2.6.3", 19_000),
    ("memory-pager", "1.5.0", 9_000),
    ("mongodb", "6.16.0", 3_400_000),
    ("mongodb-connection-string-url", "3.0.2", 35_000),
    ("mongoose", "8.15.1", 2_600_000),
    ("mpath", "0.9.0", 17_000),
    ("mquery", "5.0.0", 58_000),
    ("ms", "2.1.3", 9_000),
    ("punycode", "2.3.1", 38_000),
    ("sift", "17.1.3", 110_000),
    ("sparse-bitfield", "3.0.3", 6_000),
    ("tr46", "5.1.1", 270_000),
    ("webidl-conversions", "7.0.0", 20_000),
    ("whatwg-url", "14.2.0", 95_000),
];

const MYSQL2: &[Pkg] = &[
    ("denque", "2.1.0", 27_000),
    ("generate-function", "2.3.1", 15_000),
    ("mysql2/node_modules/iconv-lite", "0.6.3", 340_000),
    ("is-property", "1.0.2", 5_000),
    ("long", "4.0.0", 43_000),
    ("lru-cache", "6.0.0", 16_000),
    ("mysql2", "2.3.3", 1_420_000),
    ("named-placeholders", "1.1.3", 8_000),
    (
        "named-placeholders/node_modules/lru-cache",
        "7.18.3",
        130_000,
    ),
    ("safer-buffer", "2.1.2", 46_395),
    ("seq-queue", "0.0.5", 9_000),
    ("sqlstring", "2.3.3", 17_000),
    ("yallist", "4.0.0", 15_000),
];
const SQLITE3: &[Pkg] = &[
    ("bindings", "1.5.0", 15_000),
    ("file-uri-to-path", "1.0.0", 8_000),
    ("node-addon-api", "7.1.1", 290_000),
    ("prebuild-install", "7.1.3", 40_000),
    ("sqlite3", "5.1.7", 5_700_000),
    ("tar", "6.2.1", 120_000),
];
const UUID: &[Pkg] = &[("uuid", "9.0.1", 170_000)];
const WAIT_PORT: &[Pkg] = &[
    ("ansi-styles", "4.3.0", 17_000),
    ("chalk", "4.1.2", 26_000),
    ("color-convert", "2.0.1", 26_000),
    ("color-name", "1.1.4", 9_000),
    ("commander", "9.5.0", 150_000),
    ("debug", "4.4.1", 42_000),
    ("has-flag", "4.0.0", 4_000),
    ("ms", "2.1.3", 9_000),
    ("supports-color", "7.2.0", 8_000),
    ("wait-port", "1.1.0", 32_000),
];
const PRETTIER: &[Pkg] = &[("prettier", "2.8.8", 11_400_000)];
const JEST: &[Pkg] = &[
    ("@jest/core", "29.7.0", 330_000),
    ("@jest/expect", "29.7.0", 20_000),
    ("@jest/types", "29.6.3", 30_000),
    ("babel-jest", "29.7.0", 20_000),
    ("expect", "29.7.0", 90_000),
    ("jest", "29.7.0", 8_000),
    ("jest-cli", "29.7.0", 30_000),
    ("jest-config", "29.7.0", 90_000),
    ("jest-runtime", "29.7.0", 100_000),
    ("pretty-format", "29.7.0", 80_000),
];

/// The dependency tree a top-level package brings, or `None` when the registry has no such name.
fn catalogue(name: &str) -> Option<&'static [Pkg]> {
    Some(match name {
        "express" => EXPRESS_4_17_1,
        "lodash" => LODASH,
        "dotenv" => DOTENV,
        "cors" => CORS,
        "axios" => AXIOS,
        "react" => REACT,
        "nodemon" => NODEMON,
        "mongoose" => MONGOOSE,
        "mysql2" => MYSQL2,
        "sqlite3" => SQLITE3,
        "uuid" => UUID,
        "wait-port" => WAIT_PORT,
        "prettier" => PRETTIER,
        "jest" => JEST,
        _ => return None,
    })
}

/// Packages in the catalogue that declare `funding` in their package.json.
fn has_funding(name: &str) -> bool {
    matches!(
        name,
        "proxy-addr" | "follow-redirects" | "nodemon" | "dotenv"
    )
}

/// The npm bundled with the last release of each Node major line, `MAJOR=NPM` (from the
/// Node.js release index); lines not listed (22, 23) carry 10.9.2.
const BUNDLED_NPM: &str = "0.8=1.2.30 0.10=2.15.1 0.11=2.3.0 0.12=2.15.11 4=2.15.11 5=3.8.6 6=3.10.10 7=4.2.0 8=6.13.4 9=5.6.0 \
10=6.14.12 11=6.7.0 12=6.14.16 13=6.14.4 14=6.14.18 15=7.7.6 16=8.19.4 17=8.11.0 18=10.8.2 \
19=9.6.3 20=10.8.2 21=10.5.0";

/// The npm bundled with the image's Node (from `NODE_VERSION`).
pub fn npm_version(ctx: &ProgramCtx) -> &'static str {
    let major = node::node_major(ctx.env);
    if major >= 24 {
        return "11.4.1";
    }
    // Node 0.x lines are named by their minor (`0.10`).
    let version = node::node_version(ctx.env);
    let line = match version.strip_prefix("v0.") {
        Some(rest) => format!("0.{}", rest.split('.').next().unwrap_or("")),
        None => major.to_string(),
    };
    BUNDLED_NPM
        .split(' ')
        .filter_map(|p| p.split_once('='))
        .find(|(m, _)| *m == line)
        .map_or("10.9.2", |(_, v)| v)
}

fn npm_major(ctx: &ProgramCtx) -> u32 {
    npm_version(ctx)
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(10)
}

/// `/root/.npm/_logs/2025-06-02T09_00_00_000Z-debug-0.log` for the current time.
fn log_path(ctx: &ProgramCtx) -> String {
    let stamp = crate::clock::rfc3339_nano(ctx.now_ms);
    // rfc3339_nano gives nanoseconds; npm's ISO string has milliseconds.
    let ms_stamp = format!("{}{}", stamp.get(..23).unwrap_or(&stamp), "Z");
    let home = env_or(ctx.env, "HOME", "/root");
    format!(
        "{home}/.npm/_logs/{}-debug-0.log",
        ms_stamp.replace([':', '.'], "_")
    )
}

/// Writes npm's closing `A complete log of this run ...` line and the log file itself.
fn fail(ctx: &mut ProgramCtx, lines: &[String]) -> i32 {
    let mut text = String::new();
    for l in lines {
        if l.is_empty() {
            text.push_str("npm error\n");
        } else {
            text.push_str(&format!("npm error {l}\n"));
        }
    }
    let log = log_path(ctx);
    text.push_str(&format!(
        "npm error A complete log of this run can be found in: {log}\n"
    ));
    ctx.out.err(&text);
    ctx.fs.insert(&log, Node::file(text.into_bytes()));
    1
}

/// `npm <args>`.
pub fn npm(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let Some(cmd) = words.iter().find(|w| !w.starts_with('-')).copied() else {
        if words.iter().any(|w| matches!(*w, "-v" | "--version")) {
            let v = npm_version(ctx);
            ctx.out.out(format!("{v}\n"));
            return 0;
        }
        ctx.out.out(format!(
            "npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm install <foo>  add the <foo> dependency to your project\nnpm test           run this project's tests\nnpm run <foo>      run the script named <foo>\nnpm <command> -h   quick help on <command>\nnpm -l             display usage info for all commands\nnpm help <term>    search for help on <term>\nnpm help npm       more involved overview\n\nAll commands:\n\n    access, adduser, audit, bugs, cache, ci, completion,\n    config, dedupe, deprecate, diff, dist-tag, docs, doctor,\n    edit, exec, explain, explore, find-dupes, fund, get, help,\n    help-search, hook, init, install, install-ci-test,\n    install-test, link, ll, login, logout, ls, org, outdated,\n    owner, pack, ping, pkg, prefix, profile, prune, publish,\n    query, rebuild, repo, restart, root, run-script, sbom,\n    search, set, shrinkwrap, star, stars, start, stop, team,\n    test, token, uninstall, unpublish, unstar, update, version,\n    view, whoami\n\nSpecify configs in the ini-formatted file:\n    /root/.npmrc\nor on the command line via: npm <command> --key=value\n\nMore configuration info: npm help config\nConfiguration fields: npm help 7 config\n\nnpm@{} /usr/local/lib/node_modules/npm\n",
            npm_version(ctx)
        ));
        return 1;
    };
    let rest: Vec<&str> = words
        .iter()
        .skip_while(|w| **w != cmd)
        .skip(1)
        .copied()
        .collect();
    match cmd {
        "install" | "i" | "add" | "ci" | "isntall" => install(cmd, &rest, ctx),
        "start" => run_script("start", ctx),
        "test" | "t" => run_script("test", ctx),
        "run" | "run-script" => match rest.iter().find(|w| !w.starts_with('-')) {
            Some(s) => run_script(s, ctx),
            None => 0,
        },
        "init" => init(ctx),
        "version" => {
            let v = npm_version(ctx);
            ctx.out.out(format!(
                "{{\n  npm: '{v}',\n  node: '{}'\n}}\n",
                node::node_version(ctx.env).trim_start_matches('v')
            ));
            0
        }
        _ => {
            ctx.out.err(format!(
                "Unknown command: \"{cmd}\"\n\nTo see a list of supported npm commands, run:\n  npm help\n"
            ));
            1
        }
    }
}

/// Yarn 1's version (the node images set `YARN_VERSION`).
fn yarn_version(ctx: &ProgramCtx) -> String {
    env_or(ctx.env, "YARN_VERSION", "1.22.22").to_string()
}

/// `yarn`, `yarn install [--production]`, `yarn add`, `yarn run <script>`, `yarn <script>`.
pub fn yarn(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    match yarn_start(args, ctx) {
        Start::Exited(c) => c,
        _ => 0,
    }
}

/// `yarn ...` as a process: scripts that start servers keep running.
pub fn yarn_start(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let v = yarn_version(ctx);
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let cmd = words.iter().find(|w| !w.starts_with('-')).copied();
    if cmd.is_none() && words.iter().any(|w| matches!(*w, "-v" | "--version")) {
        ctx.out.out(format!("{v}\n"));
        return Start::Exited(0);
    }
    let rest: Vec<&str> = words.iter().filter(|w| Some(**w) != cmd).copied().collect();
    match cmd {
        None | Some("install") | Some("add") => {
            let added: Vec<&str> = if cmd == Some("add") {
                words
                    .iter()
                    .skip_while(|w| **w != "add")
                    .skip(1)
                    .copied()
                    .collect()
            } else {
                rest.clone()
            };
            let had_npm_lock = ctx.fs.exists(&normalize(ctx.cwd, "package-lock.json"));
            let yarn_lock = normalize(ctx.cwd, "yarn.lock");
            let had_yarn_lock = ctx.fs.exists(&yarn_lock);
            let saved = std::mem::take(&mut *ctx.out);
            let code = install(
                if cmd == Some("add") { "add" } else { "install" },
                &added,
                ctx,
            );
            let npm_out = std::mem::replace(&mut *ctx.out, saved);
            if !had_npm_lock {
                let _ = ctx
                    .fs
                    .remove(&normalize(ctx.cwd, "package-lock.json"), false);
            }
            let header = format!("yarn {} v{v}\n", cmd.unwrap_or("install"));
            if code != 0 {
                let missing = npm_out.chunks.iter().find_map(|(_, t)| {
                    t.split("GET ")
                        .nth(1)
                        .and_then(|r| r.split(' ').next())
                        .map(str::to_string)
                });
                ctx.out.out(header);
                ctx.out.out("[1/4] Resolving packages...\n");
                match missing {
                    Some(url) => ctx.out.err(format!(
                        "error An unexpected error occurred: \"{}: Not found\".\n",
                        url.replace("registry.npmjs.org", "registry.yarnpkg.com")
                    )),
                    None => ctx.out.err("error An unexpected error occurred.\n"),
                }
                ctx.out.out("info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n");
                return Start::Exited(1);
            }
            let mut text = header;
            if !had_yarn_lock {
                text.push_str("info No lockfile found.\n");
            }
            text.push_str("[1/4] Resolving packages...\n[2/4] Fetching packages...\n[3/4] Linking dependencies...\n[4/4] Building fresh packages...\n");
            if !had_yarn_lock {
                text.push_str("success Saved lockfile.\n");
                ctx.fs.insert(&yarn_lock, Node::file("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n"));
            }
            let secs = 4.0 + (ctx.now_ms.rem_euclid(700) as f64) / 100.0;
            text.push_str(&format!("Done in {secs:.2}s.\n"));
            ctx.out.out(text);
            Start::Exited(0)
        }
        Some(script) => {
            let name = if script == "run" {
                match rest.first() {
                    Some(s) => *s,
                    None => return Start::Exited(0),
                }
            } else {
                script
            };
            let manifest = match read_manifest(ctx) {
                Ok(Some(m)) => m,
                Ok(None) | Err(_) => {
                    ctx.out.out(format!("yarn run v{v}\n"));
                    ctx.out.err(format!(
                        "error Couldn't find a package.json file in \"{}\"\n",
                        ctx.cwd
                    ));
                    return Start::Exited(1);
                }
            };
            let Some(text) = script_text(ctx, &manifest, name) else {
                ctx.out.out(format!("yarn run v{v}\n"));
                ctx.out.err(format!("error Command \"{name}\" not found.\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n"));
                return Start::Exited(1);
            };
            ctx.out.out(format!("yarn run v{v}\n$ {text}\n"));
            let words = split_words(&text);
            run_words(&words, ctx)
        }
    }
}

/// Runs a script's command line as a process: a local `node_modules/.bin` tool or a program.
fn run_words(words: &[String], ctx: &mut ProgramCtx) -> Start {
    match words.first().map(String::as_str) {
        Some("nodemon") => super::persist::nodemon(words.get(1..).unwrap_or(&[]), ctx),
        Some("node") => node::start(words.get(1..).unwrap_or(&[]), ctx),
        Some(_) => super::start(words, ctx),
        None => Start::Exited(0),
    }
}

/// `npx <pkg>`: only what is installed locally can run here.
pub fn npx(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    // npx is npm's: it prints npm's version.
    if matches!(args.first().map(String::as_str), Some("--version" | "-v")) {
        ctx.out.out(format!("{}\n", npm_version(ctx)));
        return 0;
    }
    let Some(pkg) = args.iter().find(|a| !a.starts_with('-')) else {
        return fail(
            ctx,
            &[
                "code EUSAGE".to_string(),
                String::new(),
                "Run a command from a local or remote npm package".to_string(),
            ],
        );
    };
    let bin = normalize(ctx.cwd, &format!("node_modules/.bin/{pkg}"));
    if ctx.fs.exists(&bin) {
        return 0;
    }
    fail(
        ctx,
        &[
            "code E404".to_string(),
            format!("404 Not Found - GET https://registry.npmjs.org/{pkg} - Not found"),
        ],
    )
}

fn init(ctx: &mut ProgramCtx) -> i32 {
    let path = normalize(ctx.cwd, "package.json");
    let name = crate::vfs::base_name(ctx.cwd).to_string();
    let name = if name.is_empty() {
        "root".to_string()
    } else {
        name
    };
    let text = format!(
        "{{\n  \"name\": \"{name}\",\n  \"version\": \"1.0.0\",\n  \"main\": \"index.js\",\n  \"scripts\": {{\n    \"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"\n  }},\n  \"keywords\": [],\n  \"author\": \"\",\n  \"license\": \"ISC\",\n  \"description\": \"\"\n}}\n"
    );
    ctx.out.out(format!("Wrote to {path}:\n\n{text}\n\n"));
    ctx.fs.insert(&path, Node::file(text.into_bytes()));
    0
}

/// Reads and parses `package.json` in the working directory, failing as npm does.
fn read_manifest(ctx: &mut ProgramCtx) -> Result<Option<Map<String, Value>>, i32> {
    let path = normalize(ctx.cwd, "package.json");
    let Ok(text) = ctx.fs.read_string(&path) else {
        return Ok(None);
    };
    if let Err(e) = json::check(&text) {
        let line_col = node::node_major(ctx.env) >= 21;
        let near = json::npm_context(&text, &e);
        let lines = if npm_major(ctx) >= 11 {
            vec![
                "code EJSONPARSE".to_string(),
                format!(
                    "JSON.parse Invalid package.json: JSONParseError: {} {near}",
                    e.v8_message(line_col)
                ),
                "JSON.parse Failed to parse JSON data.".to_string(),
                "JSON.parse Note: package.json must be actual JSON, not just JavaScript."
                    .to_string(),
            ]
        } else {
            vec![
                "code EJSONPARSE".to_string(),
                format!("path {path}"),
                format!("JSON.parse {} {near}", e.v8_message(line_col)),
                "JSON.parse Failed to parse JSON data.".to_string(),
                "JSON.parse Note: package.json must be actual JSON, not just JavaScript."
                    .to_string(),
            ]
        };
        return Err(fail(ctx, &lines));
    }
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => Ok(Some(map)),
        // Valid JSON that is not an object: npm treats it as an empty manifest.
        _ => Ok(Some(Map::new())),
    }
}

fn enoent(ctx: &mut ProgramCtx) -> i32 {
    let path = normalize(ctx.cwd, "package.json");
    fail(
        ctx,
        &[
            "code ENOENT".to_string(),
            "syscall open".to_string(),
            format!("path {path}"),
            "errno -2".to_string(),
            format!("enoent Could not read package.json: Error: ENOENT: no such file or directory, open '{path}'"),
            "enoent This is related to npm not being able to find a file.".to_string(),
            "enoent".to_string(),
        ],
    )
}

/// `npm install [pkgs]`, `npm ci`.
fn install(cmd: &str, rest: &[&str], ctx: &mut ProgramCtx) -> i32 {
    let requested: Vec<&str> = rest
        .iter()
        .filter(|w| !w.starts_with('-'))
        .copied()
        .collect();
    let omit_dev = rest
        .iter()
        .any(|w| matches!(*w, "--production" | "--omit=dev" | "--only=production"));
    let manifest = match read_manifest(ctx) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let lock_path = normalize(ctx.cwd, "package-lock.json");
    if cmd == "ci" {
        if manifest.is_none() {
            return enoent(ctx);
        }
        if !ctx.fs.exists(&lock_path) {
            return fail(
                ctx,
                &[
                    "code EUSAGE".to_string(),
                    String::new(),
                    "The `npm ci` command can only install with an existing package-lock.json or"
                        .to_string(),
                    "npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or"
                        .to_string(),
                    "later to generate a package-lock.json file, then try again.".to_string(),
                ],
            );
        }
    }
    if manifest.is_none() && requested.is_empty() {
        return enoent(ctx);
    }
    let mut manifest = manifest.unwrap_or_default();
    // Every dependency to resolve: (name, spec).
    let mut wanted: Vec<(String, String)> = Vec::new();
    let mut sections = vec!["dependencies"];
    if !omit_dev {
        sections.push("devDependencies");
    }
    for section in sections {
        if let Some(Value::Object(deps)) = manifest.get(section) {
            for (k, v) in deps {
                wanted.push((k.clone(), v.as_str().unwrap_or("*").to_string()));
            }
        }
    }
    let mut added_specs = Vec::new();
    for r in &requested {
        let (name, spec) = split_spec(r);
        wanted.push((name.to_string(), spec.unwrap_or("*").to_string()));
        added_specs.push((name.to_string(), spec));
    }
    let mut tree: std::collections::BTreeMap<&'static str, (&'static str, u64)> =
        std::collections::BTreeMap::new();
    for (name, spec) in &wanted {
        match catalogue(name) {
            Some(pkgs) => {
                for (path, version, size) in pkgs {
                    tree.entry(path).or_insert((version, *size));
                }
            }
            None => {
                return fail(
                    ctx,
                    &[
                        "code E404".to_string(),
                        format!(
                            "404 Not Found - GET https://registry.npmjs.org/{} - Not found",
                            name.replace('/', "%2f")
                        ),
                        "404".to_string(),
                        format!("404  '{name}@{spec}' is not in this registry."),
                        "404".to_string(),
                        "404 Note that you can also install from a".to_string(),
                        "404 tarball, folder, http url, or git repo.".to_string(),
                    ],
                );
            }
        }
    }
    // New dependencies given on the command line are saved into package.json with a caret range.
    if !added_specs.is_empty() {
        let deps = manifest
            .entry("dependencies")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(deps) = deps {
            for (name, spec) in &added_specs {
                let version = catalogue(name)
                    .and_then(|p| p.iter().find(|(n, _, _)| n == name))
                    .map(|(_, v, _)| *v)
                    .unwrap_or("1.0.0");
                let saved = spec.map(str::to_string).unwrap_or(format!("^{version}"));
                deps.insert(name.clone(), Value::String(saved));
            }
        }
        let text =
            serde_json::to_string_pretty(&Value::Object(manifest.clone())).unwrap_or_default();
        ctx.fs.insert(
            &normalize(ctx.cwd, "package.json"),
            Node::file(format!("{text}\n").into_bytes()),
        );
    }
    let nm = normalize(ctx.cwd, "node_modules");
    let mut added = 0usize;
    for (path, (version, size)) in &tree {
        let dir = format!("{nm}/{path}");
        let pj = format!("{dir}/package.json");
        if ctx.fs.exists(&pj) {
            continue;
        }
        added += 1;
        let name = path.rsplit("node_modules/").next().unwrap_or(path);
        let manifest_text = format!(
            "{{\n  \"name\": \"{name}\",\n  \"version\": \"{version}\",\n  \"main\": \"index.js\",\n  \"license\": \"MIT\"\n}}\n"
        );
        let pj_len = manifest_text.len() as u64;
        ctx.fs.insert(&pj, Node::file(manifest_text.into_bytes()));
        // The package's code: one sized file stands for all of it.
        ctx.fs.insert(
            &format!("{dir}/index.js"),
            Node::sized_file(
                format!("/* {name}@{version} */\n").into_bytes(),
                size.saturating_sub(pj_len),
            ),
        );
    }
    write_lock(ctx, &manifest, &tree, &lock_path, &nm);
    let total = tree.len();
    let secs = 1 + total / 40;
    let has = |flag: &str| rest.contains(&flag);
    let audit = !has("--no-audit");
    let fund = !has("--no-fund");
    let silent =
        has("--silent") || has("-s") || has("--quiet") || has("-q") || has("--loglevel=silent");
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let audited = if audit {
        format!(", and audited {} package{}", total + 1, plural(total + 1))
    } else {
        String::new()
    };
    let mut text = String::new();
    if added == 0 {
        if audit {
            text.push_str(&format!(
                "\nup to date, audited {} package{} in {secs}s\n",
                total + 1,
                plural(total + 1)
            ));
        } else {
            text.push_str(&format!("\nup to date in {secs}s\n"));
        }
    } else {
        text.push_str(&format!(
            "\nadded {added} package{}{audited} in {secs}s\n",
            plural(added)
        ));
    }
    let funding = tree.keys().filter(|p| has_funding(p)).count();
    match funding {
        _ if !fund => {}
        0 => {}
        1 => text.push_str("\n1 package is looking for funding\n  run `npm fund` for details\n"),
        n => text.push_str(&format!(
            "\n{n} packages are looking for funding\n  run `npm fund` for details\n"
        )),
    }
    if audit {
        text.push_str("\nfound 0 vulnerabilities\n");
    }
    if silent {
        return 0;
    }
    ctx.out.out(&text);
    if npm_major(ctx) == 10 {
        ctx.out.err(
            "npm notice\nnpm notice New major version of npm available! ".to_string()
                + npm_version(ctx)
                + " -> 11.4.1\nnpm notice Changelog: https://github.com/npm/cli/releases/tag/v11.4.1\nnpm notice To update run: npm install -g npm@11.4.1\nnpm notice\n",
        );
    }
    0
}

/// `express@4.17.1` → (`express`, Some(`4.17.1`)); scoped names keep their leading `@`.
fn split_spec(word: &str) -> (&str, Option<&str>) {
    let search_from = usize::from(word.starts_with('@'));
    match word.get(search_from..).and_then(|s| s.find('@')) {
        Some(i) => {
            let at = i + search_from;
            (word.get(..at).unwrap_or(word), word.get(at + 1..))
        }
        None => (word, None),
    }
}

fn write_lock(
    ctx: &mut ProgramCtx,
    manifest: &Map<String, Value>,
    tree: &std::collections::BTreeMap<&'static str, (&'static str, u64)>,
    lock_path: &str,
    nm: &str,
) {
    let name = manifest
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("app");
    let version = manifest
        .get("version")
        .and_then(Value::as_str)
        .unwrap_or("1.0.0");
    let mut packages = Map::new();
    let mut root = Map::new();
    root.insert("name".into(), Value::String(name.into()));
    root.insert("version".into(), Value::String(version.into()));
    for key in ["license", "dependencies", "devDependencies"] {
        if let Some(v) = manifest.get(key) {
            root.insert(key.into(), v.clone());
        }
    }
    packages.insert(String::new(), Value::Object(root));
    for (path, (v, _)) in tree {
        let pkg_name = path.rsplit("node_modules/").next().unwrap_or(path);
        let mut entry = Map::new();
        entry.insert("version".into(), Value::String((*v).into()));
        entry.insert(
            "resolved".into(),
            Value::String(format!(
                "https://registry.npmjs.org/{pkg_name}/-/{}-{v}.tgz",
                pkg_name.rsplit('/').next().unwrap_or(pkg_name)
            )),
        );
        entry.insert("license".into(), Value::String("MIT".into()));
        packages.insert(format!("node_modules/{path}"), Value::Object(entry));
    }
    let mut lock = Map::new();
    lock.insert("name".into(), Value::String(name.into()));
    lock.insert("version".into(), Value::String(version.into()));
    lock.insert("lockfileVersion".into(), Value::from(3));
    lock.insert("requires".into(), Value::Bool(true));
    lock.insert("packages".into(), Value::Object(packages));
    let text = serde_json::to_string_pretty(&Value::Object(lock)).unwrap_or_default() + "\n";
    ctx.fs
        .insert(lock_path, Node::file(text.clone().into_bytes()));
    ctx.fs.insert(
        &format!("{nm}/.package-lock.json"),
        Node::file(text.into_bytes()),
    );
}

/// The script text of `scripts.<name>` (with npm's defaults for `start`).
fn script_text(ctx: &ProgramCtx, manifest: &Map<String, Value>, name: &str) -> Option<String> {
    let s = manifest
        .get("scripts")
        .and_then(|s| s.get(name))
        .and_then(Value::as_str)
        .map(str::to_string);
    if s.is_none() && name == "start" && ctx.fs.is_file(&normalize(ctx.cwd, "server.js")) {
        return Some("node server.js".to_string());
    }
    s
}

/// The `> name@version script` banner npm prints before running a script.
fn banner(manifest: &Map<String, Value>, script: &str, text: &str) -> String {
    let name = manifest.get("name").and_then(Value::as_str);
    let version = manifest.get("version").and_then(Value::as_str);
    let id = match (name, version) {
        (Some(n), Some(v)) => format!("{n}@{v} "),
        (Some(n), None) => format!("{n} "),
        _ => String::new(),
    };
    format!("\n> {id}{script}\n> {text}\n\n")
}

fn missing_script(ctx: &mut ProgramCtx, name: &str) -> i32 {
    fail(
        ctx,
        &[
            format!("Missing script: \"{name}\""),
            String::new(),
            "To see a list of scripts, run:".to_string(),
            "  npm run".to_string(),
        ],
    )
}

/// `npm run <name>` as a short command. Scripts of the shapes seen in tutorials run here
/// (`node file.js`, `echo "..." && exit 1`); anything else needs the container shell.
fn run_script(name: &str, ctx: &mut ProgramCtx) -> i32 {
    let manifest = match read_manifest(ctx) {
        Ok(Some(m)) => m,
        Ok(None) => return enoent(ctx),
        Err(code) => return code,
    };
    let Some(text) = script_text(ctx, &manifest, name) else {
        return missing_script(ctx, name);
    };
    ctx.out.out(banner(&manifest, name, &text));
    let mut code = 0;
    for part in text.split("&&").map(str::trim) {
        let words = split_words(part);
        let Some(first) = words.first() else { continue };
        code = match first.as_str() {
            "echo" => {
                ctx.out
                    .out(format!("{}\n", words.get(1..).unwrap_or(&[]).join(" ")));
                0
            }
            "exit" => words.get(1).and_then(|c| c.parse().ok()).unwrap_or(0),
            _ => match super::run_command(&words, ctx) {
                Some(c) => c,
                None => {
                    ctx.out.err(format!("sh: 1: {first}: not found\n"));
                    127
                }
            },
        };
        if code != 0 {
            break;
        }
    }
    code
}

/// `npm start` as a container's main process: the banner, then node running the app.
pub fn start(_args: &[String], ctx: &mut ProgramCtx) -> Start {
    let manifest = match read_manifest(ctx) {
        Ok(Some(m)) => m,
        Ok(None) => return Start::Exited(enoent(ctx)),
        Err(code) => return Start::Exited(code),
    };
    let Some(text) = script_text(ctx, &manifest, "start") else {
        return Start::Exited(missing_script(ctx, "start"));
    };
    ctx.out.out(banner(&manifest, "start", &text));
    let words = split_words(&text);
    match run_words(&words, ctx) {
        Start::Running(super::Service::Node(mut app)) => {
            app.command = "npm start".to_string();
            Start::Running(super::Service::Node(app))
        }
        other => other,
    }
}

/// `npm run <script>` as a container's main process (`npm run dev` starting nodemon).
pub fn run_start(name: &str, ctx: &mut ProgramCtx) -> Start {
    let manifest = match read_manifest(ctx) {
        Ok(Some(m)) => m,
        Ok(None) => return Start::Exited(enoent(ctx)),
        Err(code) => return Start::Exited(code),
    };
    let Some(text) = script_text(ctx, &manifest, name) else {
        return Start::Exited(missing_script(ctx, name));
    };
    ctx.out.out(banner(&manifest, name, &text));
    run_words(&split_words(&text), ctx)
}

/// Splits a script into words, honouring double and single quotes.
fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    let mut in_word = false;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            (Some(_), c) => cur.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word || !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
                in_word = false;
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word || !cur.is_empty() {
        words.push(cur);
    }
    words
}
