//! BuildKit's build checks (lint): rule names, messages, `# check=` handling, the warning block.
//!
//! The rules run over the parsed AST and the typed stages, in BuildKit's order of discovery:
//! parser warnings, then the instruction pass (stage-name and FROM/AS casing, MAINTAINER),
//! then instruction casing, stage names, FROM arguments, and finally each instruction as it
//! would be dispatched. Values are scanned raw; `$VAR` uses are found without expanding.

use super::expand::Lexer;
use super::instructions::{parse_instruction, suggest, CommandLine, Instruction, Step};
use super::parser::{go_quote, Ast, Node};
use crate::case::GoCase;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// One warning, printed as `<rule>: <message> (line N)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The rule name, e.g. `JSONArgsRecommended`.
    pub rule: &'static str,
    /// The message exactly as BuildKit formats it.
    pub message: String,
    /// The line it points at (1-based).
    pub line: usize,
}

impl Warning {
    /// `<Rule>: <message> (line N)`, as in the `WARN:` progress line and the final list.
    pub fn short(&self) -> String {
        format!("{}: {} (line {})", self.rule, self.message, self.line)
    }

    /// `https://docs.docker.com/go/dockerfile/rule/<kebab-case>/`.
    pub fn url(&self) -> String {
        let mut kebab = String::new();
        let chars: Vec<char> = self.rule.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let prev_lower = i > 0 && chars.get(i - 1).is_some_and(|p| p.is_ascii_lowercase());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let prev_upper = i > 0 && chars.get(i - 1).is_some_and(|p| p.is_ascii_uppercase());
            if c.is_ascii_uppercase() && i > 0 && (prev_lower || (prev_upper && next_lower)) {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        format!("https://docs.docker.com/go/dockerfile/rule/{kebab}/")
    }
}

/// The `# check=` directive: which rules are skipped, and whether warnings fail the build.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckConfig {
    /// Rules named in `skip=`.
    pub skip: Vec<String>,
    /// `skip=all`.
    pub skip_all: bool,
    /// Rules named in `experimental=`.
    pub experimental: Vec<String>,
    /// `experimental=all`.
    pub experimental_all: bool,
    /// `error=true`: any warning fails the build.
    pub error: bool,
}

impl CheckConfig {
    /// Whether a (non-experimental) rule reports.
    pub fn enabled(&self, rule: &str) -> bool {
        !self.skip_all && !self.skip.iter().any(|s| s == rule)
    }
}

/// Parses a `# check=` value (`skip=A,B;error=true`), with BuildKit's errors.
pub fn parse_check(value: &str) -> Result<CheckConfig, String> {
    let mut cfg = CheckConfig::default();
    let value = value.trim();
    if value.is_empty() {
        return Ok(cfg);
    }
    for part in value.splitn(3, ';') {
        let Some((k, v)) = part.split_once('=') else {
            return Err(format!("invalid check option {}", go_quote(part)));
        };
        let k = k.trim();
        let v = v.trim();
        let list = || -> Vec<String> { v.split(',').map(|s| s.trim().to_string()).collect() };
        match k {
            "skip" => {
                if v == "all" {
                    cfg.skip_all = true;
                } else {
                    cfg.skip = list();
                }
            }
            "experimental" => {
                if v == "all" {
                    cfg.experimental_all = true;
                } else {
                    cfg.experimental = list();
                }
            }
            "error" => {
                cfg.error = match v {
                    "1" | "t" | "T" | "true" | "TRUE" | "True" => true,
                    "0" | "f" | "F" | "false" | "FALSE" | "False" => false,
                    _ => {
                        return Err(format!(
                            "failed to parse check option {}: strconv.ParseBool: parsing {}: invalid syntax",
                            go_quote(part),
                            go_quote(v)
                        ))
                    }
                }
            }
            _ => return Err(format!("invalid check option {}", go_quote(k))),
        }
    }
    Ok(cfg)
}

/// The check configuration from the file's `# check=` directive (default when absent).
pub fn check_config(ast: &Ast) -> Result<CheckConfig, String> {
    ast.directive("check")
        .map_or(Ok(CheckConfig::default()), parse_check)
}

/// With `error=true`, the build failure BuildKit reports for these warnings.
pub fn lint_failure(config: &CheckConfig, warnings: &[Warning]) -> Option<String> {
    if !config.error || warnings.is_empty() {
        return None;
    }
    let mut rules: Vec<&str> = Vec::new();
    for w in warnings {
        if !rules.contains(&w.rule) {
            rules.push(w.rule);
        }
    }
    Some(format!(
        "lint violation found for rules: {}",
        rules.join(", ")
    ))
}

/// The block printed after a build (§19.4): a blank line, the count, one line per warning.
/// Empty when there are no warnings.
pub fn render_warnings(w: &[Warning]) -> String {
    if w.is_empty() {
        return String::new();
    }
    let noun = if w.len() == 1 { "warning" } else { "warnings" };
    let mut out = format!(
        "\n {} {noun} found (use docker --debug to expand):\n",
        w.len()
    );
    for x in w {
        out.push_str(&format!(" - {}\n", x.short()));
    }
    out
}

/// The names a base image's config defines, as far as the simulator knows without pulling:
/// `PATH` everywhere (BuildKit adds a default), plus the usual variables of official images.
pub fn well_known_env(base: &str) -> Vec<String> {
    let repo = base
        .rsplit('/')
        .next()
        .unwrap_or(base)
        .split([':', '@'])
        .next()
        .unwrap_or_default();
    let extra: &[&str] = match repo {
        "node" => &["NODE_VERSION", "YARN_VERSION"],
        "python" => &["LANG", "GPG_KEY", "PYTHON_VERSION", "PYTHON_SHA256"],
        "golang" => &["GOLANG_VERSION", "GOTOOLCHAIN", "GOPATH"],
        "nginx" => &[
            "NGINX_VERSION",
            "NJS_VERSION",
            "NJS_RELEASE",
            "PKG_RELEASE",
            "DYNPKG_RELEASE",
        ],
        "redis" => &["REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA", "REDIS_VERSION"],
        "mysql" => &[
            "GOSU_VERSION",
            "MYSQL_MAJOR",
            "MYSQL_VERSION",
            "MYSQL_SHELL_VERSION",
        ],
        "openjdk" | "eclipse-temurin" => {
            &["JAVA_HOME", "LANG", "LANGUAGE", "LC_ALL", "JAVA_VERSION"]
        }
        "ruby" => &[
            "LANG",
            "RUBY_VERSION",
            "RUBY_DOWNLOAD_SHA256",
            "GEM_HOME",
            "BUNDLE_SILENCE_ROOT_WARNING",
            "BUNDLE_APP_CONFIG",
        ],
        "httpd" => &[
            "HTTPD_PREFIX",
            "HTTPD_VERSION",
            "HTTPD_SHA256",
            "HTTPD_PATCHES",
        ],
        "postgres" => &["GOSU_VERSION", "LANG", "PG_MAJOR", "PG_VERSION", "PGDATA"],
        _ => &[],
    };
    let mut v = vec!["PATH".to_string()];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

/// Built-in platform ARGs usable in FROM without declaring them.
const PLATFORM_ARGS: [&str; 8] = [
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
];

/// The values the built-in platform args take on the simulated (linux/amd64) builder.
const PLATFORM_DEFAULTS: [(&str, &str); 8] = [
    ("BUILDPLATFORM", "linux/amd64"),
    ("BUILDOS", "linux"),
    ("BUILDARCH", "amd64"),
    ("BUILDVARIANT", ""),
    ("TARGETPLATFORM", "linux/amd64"),
    ("TARGETOS", "linux"),
    ("TARGETARCH", "amd64"),
    ("TARGETVARIANT", ""),
];

/// Proxy build args are always allowed without declaration.
const PROXY_ARGS: [&str; 10] = [
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// Runs every rule with [`well_known_env`] for base images; see [`lint_with_env`].
pub fn lint(ast: &Ast) -> Vec<Warning> {
    lint_with_env(ast, &well_known_env)
}

/// Runs every rule. `base_env` names the variables a base image defines (for
/// UndefinedVar). Rules skipped by `# check=skip=` are left out. Instructions that fail
/// the instruction stage are ignored here (the build fails on them anyway).
pub fn lint_with_env(ast: &Ast, base_env: &dyn Fn(&str) -> Vec<String>) -> Vec<Warning> {
    let config = check_config(ast).unwrap_or_default();
    let mut l = Linter {
        config,
        out: Vec::new(),
        escape: ast.escape,
    };
    for w in &ast.warnings {
        l.warn(
            "NoEmptyContinuation",
            "Empty continuation line".into(),
            w.line,
        );
    }
    let steps: Vec<Option<Step>> = ast
        .children
        .iter()
        .map(|n| parse_instruction(n).ok())
        .collect();
    // The instruction pass.
    for node in &ast.children {
        let k = node.keyword.go_lower();
        if k == "from" {
            if let [_, as_word, name] = node.args.as_slice() {
                if *name != name.go_lower() {
                    l.warn(
                        "StageNameCasing",
                        format!("Stage name '{name}' should be lowercase"),
                        node.start_line,
                    );
                }
                let kw = &node.keyword;
                let lower = *kw == kw.go_lower();
                let upper = *kw == kw.go_upper();
                let mismatch = (lower && *as_word != as_word.go_lower())
                    || (!lower && upper && *as_word != as_word.go_upper());
                if mismatch {
                    l.warn(
                        "FromAsCasing",
                        format!("'{as_word}' and '{kw}' keywords' casing do not match"),
                        node.start_line,
                    );
                }
            }
        } else if k == "maintainer" {
            l.warn(
                "MaintainerDeprecated",
                "Maintainer instruction is deprecated in favor of using label".into(),
                node.start_line,
            );
        }
    }
    dispatch(&mut l, ast, &steps, base_env);
    l.out
}

struct Linter {
    config: CheckConfig,
    out: Vec<Warning>,
    escape: char,
}

impl Linter {
    fn warn(&mut self, rule: &'static str, message: String, line: usize) {
        if self.config.enabled(rule) {
            self.out.push(Warning {
                rule,
                message,
                line,
            });
        }
    }
}

fn instruction_casing(l: &mut Linter, nodes: &[Node]) {
    let (mut lower, mut upper) = (0, 0);
    for n in nodes {
        let k = &n.keyword;
        if *k == k.go_lower() {
            lower += 1;
        } else if *k == k.go_upper() {
            upper += 1;
        }
    }
    let majority_lower = lower > upper;
    for n in nodes {
        let k = &n.keyword;
        let casing = if majority_lower && *k != k.go_lower() {
            "lowercase"
        } else if !majority_lower && *k != k.go_upper() {
            "uppercase"
        } else {
            continue;
        };
        l.warn(
            "ConsistentInstructionCasing",
            format!("Command '{k}' should match the case of the command majority ({casing})"),
            n.start_line,
        );
    }
}

/// A `$NAME` use found in a word.
struct VarUse {
    name: String,
    /// `${NAME:-x}` and friends never report as undefined.
    has_modifier: bool,
}

/// Finds variable uses the way the shell lexer would meet them: not inside single quotes,
/// not after the escape character.
fn var_uses(word: &str, escape: char) -> Vec<VarUse> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_double = false;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if c == escape {
            i += 1;
            continue;
        }
        match c {
            '\'' if !in_double => {
                while chars.get(i).is_some_and(|&x| x != '\'') {
                    i += 1;
                }
                i += 1;
            }
            '"' => in_double = !in_double,
            '$' => {
                if chars.get(i) == Some(&'{') {
                    let start = i + 1;
                    let mut j = start;
                    while chars
                        .get(j)
                        .is_some_and(|x| x.is_alphanumeric() || *x == '_')
                    {
                        j += 1;
                    }
                    let name: String = chars.get(start..j).unwrap_or_default().iter().collect();
                    let has_modifier = chars.get(j) != Some(&'}');
                    // Skip to the matching brace.
                    let mut depth = 0usize;
                    while let Some(&x) = chars.get(j) {
                        j += 1;
                        if x == '{' {
                            depth += 1;
                        } else if x == '}' {
                            if depth == 0 {
                                break;
                            }
                            depth -= 1;
                        }
                    }
                    i = j;
                    if is_name(&name) {
                        out.push(VarUse { name, has_modifier });
                    }
                } else {
                    let start = i;
                    let mut j = start;
                    if chars.get(j).is_some_and(|x| x.is_alphabetic() || *x == '_') {
                        while chars
                            .get(j)
                            .is_some_and(|x| x.is_alphanumeric() || *x == '_')
                        {
                            j += 1;
                        }
                        out.push(VarUse {
                            name: chars.get(start..j).unwrap_or_default().iter().collect(),
                            has_modifier: false,
                        });
                    }
                    i = j;
                }
            }
            _ => {}
        }
    }
    out
}

fn is_name(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|x| x.is_alphabetic() || x == '_')
        && c.all(|x| x.is_alphanumeric() || x == '_')
}

/// Expands a word with the global ARGs' default values, as BuildKit does to check that base
/// names stay valid without build args. `None` when the word does not expand.
fn expand_with(word: &str, vars: &[(String, Option<String>)], escape: char) -> Option<String> {
    let lookup = |name: &str| -> Option<String> {
        vars.iter()
            .rev()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.clone())
    };
    Lexer::with_escape(escape)
        .process_word(word, &lookup)
        .ok()
        .map(|e| e.value)
}

/// A loose check in the spirit of `reference.ParseNormalizedNamed`.
fn valid_reference(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    let (name, _digest) = match s.split_once('@') {
        Some((n, d)) => (n, Some(d)),
        None => (s, None),
    };
    let (repo, tag) = match name.rfind(':') {
        Some(p) if !name.get(p..).unwrap_or_default().contains('/') => {
            (name.get(..p).unwrap_or_default(), name.get(p + 1..))
        }
        _ => (name, None),
    };
    if let Some(t) = tag {
        if t.is_empty()
            || t.len() > 128
            || !t
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        {
            return false;
        }
    }
    let mut parts = repo.split('/').peekable();
    let mut first = true;
    while let Some(p) = parts.next() {
        let is_domain = first
            && parts.peek().is_some()
            && (p.contains('.') || p.contains(':') || p == "localhost");
        first = false;
        if p.is_empty() {
            return false;
        }
        if is_domain {
            continue;
        }
        if !p
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-'))
        {
            return false;
        }
        if !p.starts_with(|c: char| c.is_ascii_alphanumeric())
            || !p.ends_with(|c: char| c.is_ascii_alphanumeric())
        {
            return false;
        }
    }
    true
}

fn is_secret_key(key: &str) -> bool {
    const TOKENS: [&str; 10] = [
        "apikey",
        "auth",
        "credential",
        "credentials",
        "key",
        "password",
        "pword",
        "passwd",
        "secret",
        "token",
    ];
    let lower = key.go_lower();
    let parts: Vec<&str> = lower.split('_').collect();
    // `(?:_|^)(token)(?:_|$)` is a whole `_`-separated part.
    parts.iter().any(|p| TOKENS.contains(p))
}

/// Per-stage state while "dispatching".
#[derive(Clone, Default)]
struct StageState {
    name: Option<String>,
    /// Shared with the stages built on this one until either side changes it.
    env: Rc<BTreeSet<String>>,
    shell_set: bool,
    workdir_set: bool,
}

fn dispatch(
    l: &mut Linter,
    ast: &Ast,
    steps: &[Option<Step>],
    base_env: &dyn Fn(&str) -> Vec<String>,
) {
    // Stage names.
    let mut names: BTreeSet<String> = BTreeSet::new();
    for (node, step) in ast.children.iter().zip(steps) {
        if let Some(Step {
            instruction: Instruction::From {
                name: Some(name), ..
            },
            ..
        }) = step
        {
            if name == "scratch" || name == "context" {
                l.warn(
                    "ReservedStageName",
                    format!(
                        "Stage name should not use the same name as reserved stage {}",
                        go_quote(name)
                    ),
                    node.start_line,
                );
            }
            if names.contains(name) {
                l.warn(
                    "DuplicateStageName",
                    format!(
                        "Duplicate stage name {}, stage names should be unique",
                        go_quote(name)
                    ),
                    node.start_line,
                );
            }
            names.insert(name.clone());
        }
    }
    instruction_casing(l, &ast.children);
    // The global ARGs with their defaults, after the built-in platform args.
    let mut meta: Vec<(String, Option<String>)> = PLATFORM_DEFAULTS
        .iter()
        .map(|(k, v)| (k.to_string(), Some(v.to_string())))
        .collect();
    let mut declared_meta: Vec<String> = Vec::new();
    for step in steps.iter().flatten() {
        match &step.instruction {
            Instruction::Arg(pairs) => {
                for (k, v) in pairs {
                    let v = v.as_ref().and_then(|d| expand_with(d, &meta, l.escape));
                    meta.push((k.clone(), v));
                    declared_meta.push(k.clone());
                }
            }
            Instruction::From { .. } => break,
            _ => {}
        }
    }
    // Every base name must stay valid with the defaults alone.
    for (node, step) in ast.children.iter().zip(steps) {
        if let Some(Step {
            instruction: Instruction::From { base, .. },
            ..
        }) = step
        {
            if expand_with(base, &meta, l.escape).is_some_and(|b| !valid_reference(&b)) {
                l.warn(
                    "InvalidDefaultArgInFrom",
                    format!(
                        "Default value for ARG {base} results in empty or invalid base image name"
                    ),
                    node.start_line,
                );
            }
        }
    }
    // Secrets in global ARGs.
    for step in steps.iter().flatten() {
        match &step.instruction {
            Instruction::Arg(pairs) => {
                for (k, _) in pairs {
                    if is_secret_key(k) {
                        l.warn(
                            "SecretsUsedInArgOrEnv",
                            format!(
                                "Do not use ARG or ENV instructions for sensitive data (ARG {})",
                                go_quote(k)
                            ),
                            step.start_line,
                        );
                    }
                }
            }
            Instruction::From { .. } => break,
            _ => {}
        }
    }
    // FROM lines against the global ARGs.
    for (node, step) in ast.children.iter().zip(steps) {
        let Some(Step {
            instruction:
                Instruction::From {
                    base,
                    name,
                    platform,
                },
            ..
        }) = step
        else {
            continue;
        };
        let declared = |n: &str| declared_meta.iter().any(|k| k == n) || PLATFORM_ARGS.contains(&n);
        let mut options = declared_meta.clone();
        options.extend(PLATFORM_ARGS.iter().map(|s| s.to_string()));
        let mut words = vec![base.as_str()];
        if let Some(p) = platform {
            words.push(p);
        }
        for w in words {
            for u in var_uses(w, l.escape) {
                if !declared(&u.name) {
                    let msg = match suggest(&u.name, &options) {
                        Some(s) => format!(
                            "FROM argument '{}' is not declared (did you mean {s}?)",
                            u.name
                        ),
                        None => format!("FROM argument '{}' is not declared", u.name),
                    };
                    l.warn("UndefinedArgInFrom", msg, node.start_line);
                }
            }
        }
        if let Some(p) = platform {
            if var_uses(p, l.escape).is_empty() {
                let mut it = p.split('/');
                let os = it.next().unwrap_or_default().to_string();
                let arch = it.next().unwrap_or("amd64").to_string();
                let stage = name.clone().unwrap_or_default();
                if !(stage.contains(&os) || stage.contains(&arch)) {
                    l.warn(
                        "FromPlatformFlagConstDisallowed",
                        format!(
                            "FROM --platform flag should not use constant value {}",
                            go_quote(p)
                        ),
                        node.start_line,
                    );
                }
            } else if p == "$TARGETPLATFORM" || p == "${TARGETPLATFORM}" {
                l.warn("RedundantTargetPlatform", format!("Setting platform to predefined {p} in FROM is redundant as this is the default behavior"), node.start_line);
            }
        }
    }
    // Each stage's instructions.
    let mut finished: BTreeMap<String, StageState> = BTreeMap::new();
    let mut st: Option<StageState> = None;
    let mut once: [Option<usize>; 3] = [None; 3];
    let meta_keys = declared_meta;
    for (node, step) in ast.children.iter().zip(steps) {
        let Some(step) = step else { continue };
        if let Instruction::From { base, name, .. } = &step.instruction {
            if let Some(done) = st.take() {
                if let Some(n) = done.name.clone() {
                    finished.insert(n, done);
                }
            }
            once = [None; 3];
            let parent = finished.get(&base.go_lower());
            let mut next = match parent {
                Some(p) => p.clone(),
                None => StageState {
                    env: Rc::new(base_env(base).into_iter().collect()),
                    ..StageState::default()
                },
            };
            next.name = name.clone();
            st = Some(next);
            continue;
        }
        let Some(state) = st.as_mut() else { continue };
        let line = node.start_line;
        // UndefinedVar over the words BuildKit expands for this instruction.
        let words: Vec<String> = expanded_words(&step.instruction);
        let mut reported: Vec<String> = Vec::new();
        for w in &words {
            for u in var_uses(w, l.escape) {
                if u.has_modifier
                    || state.env.contains(&u.name)
                    || PROXY_ARGS.contains(&u.name.as_str())
                    || reported.contains(&u.name)
                {
                    continue;
                }
                let options = meta_keys.iter().chain(state.env.iter());
                let msg = match suggest(&u.name, options) {
                    Some(s) => format!(
                        "Usage of undefined variable '${}' (did you mean ${s}?)",
                        u.name
                    ),
                    None => format!("Usage of undefined variable '${}'", u.name),
                };
                reported.push(u.name.clone());
                l.warn("UndefinedVar", msg, line);
            }
        }
        match &step.instruction {
            Instruction::Cmd(c) | Instruction::Entrypoint(c) => {
                let (idx, name) = if matches!(step.instruction, Instruction::Cmd(_)) {
                    (0, "CMD")
                } else {
                    (1, "ENTRYPOINT")
                };
                used_once(l, &mut once, idx, name, line);
                if matches!(c, CommandLine::Shell(_)) && !state.shell_set {
                    l.warn("JSONArgsRecommended", format!("JSON arguments recommended for {name} to prevent unintended behavior related to OS signals"), line);
                }
            }
            Instruction::Healthcheck(_) => used_once(l, &mut once, 2, "HEALTHCHECK", line),
            Instruction::Shell(_) => state.shell_set = true,
            Instruction::Workdir(p) => {
                if !state.workdir_set && !p.starts_with('/') && !p.starts_with('$') {
                    l.warn("WorkdirRelativePath", format!("Relative workdir {} can have unexpected results if the base image changes", go_quote(p)), line);
                }
                state.workdir_set = true;
            }
            Instruction::Env(pairs) | Instruction::Label(pairs) => {
                let is_env = matches!(step.instruction, Instruction::Env(_));
                let name = if is_env { "ENV" } else { "LABEL" };
                if node.raw_args.get(2).is_some_and(|sep| sep.is_empty()) {
                    l.warn("LegacyKeyValueFormat", format!("\"{name} key=value\" should be used instead of legacy \"{name} key value\" format"), line);
                }
                if is_env {
                    for (k, _) in pairs {
                        if is_secret_key(k) {
                            l.warn("SecretsUsedInArgOrEnv", format!("Do not use ARG or ENV instructions for sensitive data (ENV {})", go_quote(k)), line);
                        }
                        Rc::make_mut(&mut state.env).insert(k.clone());
                    }
                }
            }
            Instruction::Arg(pairs) => {
                for (k, _) in pairs {
                    if is_secret_key(k) {
                        l.warn(
                            "SecretsUsedInArgOrEnv",
                            format!(
                                "Do not use ARG or ENV instructions for sensitive data (ARG {})",
                                go_quote(k)
                            ),
                            line,
                        );
                    }
                    Rc::make_mut(&mut state.env).insert(k.clone());
                }
            }
            Instruction::Expose(_) => {
                for raw in &node.args {
                    let (ip_or_host, container) = match raw.rsplit_once(':') {
                        Some((h, c)) => (h, c),
                        None => ("", raw.as_str()),
                    };
                    let proto = container.split_once('/').map(|(_, p)| p).unwrap_or("");
                    if proto != proto.go_lower() {
                        l.warn("ExposeProtoCasing", format!("Defined protocol '{raw}' in EXPOSE instruction should be lowercase"), line);
                    }
                    if !ip_or_host.is_empty() {
                        l.warn("ExposeInvalidFormat", format!("EXPOSE instruction should not define an IP address or host port mapping, found '{raw}'"), line);
                    }
                }
            }
            _ => {}
        }
    }
}

fn used_once(l: &mut Linter, once: &mut [Option<usize>; 3], idx: usize, name: &str, line: usize) {
    if let Some(slot) = once.get_mut(idx) {
        if let Some(prev) = *slot {
            // BuildKit reports the earlier one: it is the one that is ignored.
            l.warn("MultipleInstructionsDisallowed", format!("Multiple {name} instructions should not be used in the same stage because only the last one will be used"), prev);
        }
        *slot = Some(line);
    }
}

/// The raw words BuildKit expands when it dispatches an instruction.
fn expanded_words(i: &Instruction) -> Vec<String> {
    match i {
        Instruction::Env(p) | Instruction::Label(p) => {
            p.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect()
        }
        Instruction::Arg(p) => p
            .iter()
            .flat_map(|(k, v)| std::iter::once(k.clone()).chain(v.clone()))
            .collect(),
        Instruction::Copy {
            sources,
            dest,
            chown,
            chmod,
            ..
        } => {
            let mut w = sources.clone();
            w.push(dest.clone());
            w.extend(chown.iter().cloned());
            w.extend(chmod.iter().cloned());
            w
        }
        Instruction::Add {
            sources,
            dest,
            chown,
            chmod,
            checksum,
            ..
        } => {
            let mut w = sources.clone();
            w.push(dest.clone());
            w.extend(chown.iter().cloned());
            w.extend(chmod.iter().cloned());
            w.extend(checksum.iter().cloned());
            w
        }
        Instruction::Workdir(s) | Instruction::User(s) | Instruction::StopSignal(s) => {
            vec![s.clone()]
        }
        // EXPOSE is expanded with word splitting at dispatch, which reports nothing.
        Instruction::Volume(v) => v.clone(),
        Instruction::Run { mounts, .. } => mounts.clone(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
