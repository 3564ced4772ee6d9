//! BuildKit's instruction stage: the parser's AST checked and turned into typed
//! instructions grouped into build stages, with BuildKit's error texts.
//!
//! Values stay raw here (quotes kept, no `$VAR` expansion): expansion happens later, when
//! the builder dispatches each instruction with the environment of its stage.

use super::parser::{go_quote, Ast, Heredoc, Node};
use crate::case::GoCase;

/// All instruction keywords, in the fixed order used to break "did you mean" ties.
pub const KEYWORDS: [&str; 18] = [
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

/// An instruction-stage error, with the line range for the snippet printer.
#[derive(Debug, Clone, PartialEq)]
pub struct InstructionError {
    /// The full text BuildKit shows after `failed to solve: `, e.g.
    /// `dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)`.
    pub message: String,
    /// The inner message without the `dockerfile parse error on line N: ` prefix.
    pub inner: String,
    /// First line of the instruction (1-based).
    pub start_line: usize,
    /// Last line of the instruction.
    pub end_line: usize,
}

impl std::fmt::Display for InstructionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InstructionError {}

/// A command line in shell form (run through `SHELL`) or exec form (a JSON array).
#[derive(Debug, Clone, PartialEq)]
pub enum CommandLine {
    /// Shell form: the text as written, continuations joined.
    Shell(String),
    /// Exec form: the decoded JSON strings.
    Exec(Vec<String>),
}

impl CommandLine {
    /// The words as BuildKit stores them: `[text]` for shell form, the array for exec form.
    pub fn words(&self) -> Vec<String> {
        match self {
            CommandLine::Shell(s) => vec![s.clone()],
            CommandLine::Exec(v) => v.clone(),
        }
    }
}

/// A heredoc used as a COPY/ADD source: its name becomes the file name.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceContent {
    /// The heredoc name (the destination file name).
    pub path: String,
    /// The body (leading TABs already removed for `<<-`).
    pub data: String,
    /// Whether `$VAR`s in the body are expanded (delimiter not quoted).
    pub expand: bool,
}

/// HEALTHCHECK settings; durations in nanoseconds like Docker's config (0 = default).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Healthcheck {
    /// `["NONE"]`, `["CMD", args...]` or `["CMD-SHELL", text]`.
    pub test: Vec<String>,
    /// `--interval`.
    pub interval: i64,
    /// `--timeout`.
    pub timeout: i64,
    /// `--start-period`.
    pub start_period: i64,
    /// `--start-interval`.
    pub start_interval: i64,
    /// `--retries`.
    pub retries: i64,
}

/// One typed instruction. Values are raw (not expanded).
#[derive(Debug, Clone, PartialEq)]
pub enum Instruction {
    /// `FROM [--platform=p] image [AS name]` (also the head of every [`Stage`]).
    From {
        /// The image reference as written.
        base: String,
        /// The stage name, lowercased.
        name: Option<String>,
        /// `--platform`.
        platform: Option<String>,
    },
    /// `RUN`.
    Run {
        /// The command.
        command: CommandLine,
        /// Heredocs on the line, in order (bodies raw).
        heredocs: Vec<Heredoc>,
        /// Each `--mount=` value, raw.
        mounts: Vec<String>,
        /// `--network` (`default`, `none` or `host`).
        network: String,
        /// `--security` (`sandbox` or `insecure`).
        security: String,
    },
    /// `CMD`.
    Cmd(CommandLine),
    /// `ENTRYPOINT`.
    Entrypoint(CommandLine),
    /// `SHELL [...]`.
    Shell(Vec<String>),
    /// `COPY`.
    Copy {
        /// Source paths (heredoc sources are in `contents`).
        sources: Vec<String>,
        /// Heredoc sources.
        contents: Vec<SourceContent>,
        /// Destination.
        dest: String,
        /// `--from`.
        from: Option<String>,
        /// `--chown`.
        chown: Option<String>,
        /// `--chmod`.
        chmod: Option<String>,
        /// `--link`.
        link: bool,
        /// `--parents`.
        parents: bool,
        /// `--exclude` patterns.
        exclude: Vec<String>,
    },
    /// `ADD`.
    Add {
        /// Source paths or URLs.
        sources: Vec<String>,
        /// Heredoc sources.
        contents: Vec<SourceContent>,
        /// Destination.
        dest: String,
        /// `--chown`.
        chown: Option<String>,
        /// `--chmod`.
        chmod: Option<String>,
        /// `--link`.
        link: bool,
        /// `--keep-git-dir`.
        keep_git_dir: bool,
        /// `--checksum`.
        checksum: Option<String>,
        /// `--unpack` when given.
        unpack: Option<bool>,
        /// `--exclude` patterns.
        exclude: Vec<String>,
    },
    /// `WORKDIR path`.
    Workdir(String),
    /// `ENV` pairs, raw.
    Env(Vec<(String, String)>),
    /// `ARG` names with optional raw defaults.
    Arg(Vec<(String, Option<String>)>),
    /// `LABEL` pairs, raw.
    Label(Vec<(String, String)>),
    /// `EXPOSE` ports, sorted as BuildKit stores them.
    Expose(Vec<String>),
    /// `USER`.
    User(String),
    /// `VOLUME` paths.
    Volume(Vec<String>),
    /// `STOPSIGNAL`.
    StopSignal(String),
    /// `HEALTHCHECK`.
    Healthcheck(Healthcheck),
    /// `ONBUILD`: the trigger text, stored for images built from this one.
    Onbuild(String),
    /// `MAINTAINER` (deprecated).
    Maintainer(String),
}

/// An instruction with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The typed instruction.
    pub instruction: Instruction,
    /// The keyword as written (`RUN`, `run`).
    pub keyword: String,
    /// The assembled text, as BuildKit shows it in step names (`RUN npm install`).
    pub original: String,
    /// First line (1-based).
    pub start_line: usize,
    /// Last line.
    pub end_line: usize,
}

/// A build stage: a FROM and what follows it up to the next FROM.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// The `AS` name, lowercased.
    pub name: Option<String>,
    /// The `AS` name as written (for lint messages).
    pub name_as_written: Option<String>,
    /// The base image reference as written (not expanded).
    pub base: String,
    /// `--platform`.
    pub platform: Option<String>,
    /// The FROM line's text, trimmed.
    pub original: String,
    /// The instructions after FROM.
    pub instructions: Vec<Step>,
    /// The FROM line (1-based).
    pub line: usize,
    /// The FROM's last line.
    pub end_line: usize,
}

/// The whole file: ARGs before the first FROM, then the stages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dockerfile {
    /// ARG instructions before the first FROM (visible only to FROM lines).
    pub meta_args: Vec<Step>,
    /// The build stages in order.
    pub stages: Vec<Stage>,
}

/// Turns the AST into stages, failing on the first invalid instruction as BuildKit does.
/// A file with only ARGs gives `dockerfile contains no stages to build` (BuildKit reports
/// that one from its next stage; it is here so callers need not repeat it).
pub fn parse_stages(ast: &Ast) -> Result<Dockerfile, InstructionError> {
    let mut out = Dockerfile::default();
    for node in &ast.children {
        let step = parse_instruction(node)?;
        match step.instruction {
            Instruction::From {
                base,
                name,
                platform,
            } => out.stages.push(Stage {
                name_as_written: name.as_ref().and_then(|_| node.args.get(2).cloned()),
                name,
                base,
                platform,
                original: step.original.trim().to_string(),
                instructions: Vec::new(),
                line: step.start_line,
                end_line: step.end_line,
            }),
            Instruction::Arg(_) if out.stages.is_empty() => out.meta_args.push(step),
            _ => match out.stages.last_mut() {
                Some(stage) => stage.instructions.push(step),
                None => {
                    return Err(InstructionError {
                        message: "no build stage in current context".into(),
                        inner: "no build stage in current context".into(),
                        start_line: node.start_line,
                        end_line: node.end_line,
                    })
                }
            },
        }
    }
    if out.stages.is_empty() {
        let (start, end) = ast.span();
        return Err(InstructionError {
            message: "dockerfile contains no stages to build".into(),
            inner: "dockerfile contains no stages to build".into(),
            start_line: start,
            end_line: end,
        });
    }
    Ok(out)
}

/// Checks one node and types it. Errors carry the `dockerfile parse error on line N: ` prefix.
pub fn parse_instruction(node: &Node) -> Result<Step, InstructionError> {
    let instruction = typed(node).map_err(|inner| InstructionError {
        message: format!(
            "dockerfile parse error on line {}: {inner}",
            node.start_line
        ),
        inner,
        start_line: node.start_line,
        end_line: node.end_line,
    })?;
    Ok(Step {
        instruction,
        keyword: node.keyword.clone(),
        original: node.original.clone(),
        start_line: node.start_line,
        end_line: node.end_line,
    })
}

/// BuildKit's `nodeArgs`: for ONBUILD, the trigger keyword followed by its arguments.
fn node_args(node: &Node) -> Vec<String> {
    match &node.onbuild {
        Some(child) => {
            let mut v = vec![child.keyword.clone()];
            v.extend(node_args(child));
            v
        }
        None => node.args.clone(),
    }
}

fn typed(node: &Node) -> Result<Instruction, String> {
    let args = node_args(node);
    let mut flags = Flags::new(&node.flags);
    let keyword = node.keyword.to_ascii_lowercase();
    let command_line = |args: &[String]| {
        if node.json {
            CommandLine::Exec(args.to_vec())
        } else {
            CommandLine::Shell(args.join(" "))
        }
    };
    match keyword.as_str() {
        "env" | "label" => {
            let name = keyword.to_ascii_uppercase();
            flags.parse()?;
            if args.is_empty() {
                return Err(format!("{name} requires at least one argument"));
            }
            let mut pairs = Vec::new();
            for triple in args.chunks(3) {
                let (Some(k), Some(v)) = (triple.first(), triple.get(1)) else {
                    return Err(format!("Bad input to {name}, too many arguments"));
                };
                if k.is_empty() {
                    return Err(format!("{name} names can not be blank"));
                }
                pairs.push((k.clone(), v.clone()));
            }
            Ok(if name == "ENV" {
                Instruction::Env(pairs)
            } else {
                Instruction::Label(pairs)
            })
        }
        "maintainer" => {
            let one = exactly_one(&args, "MAINTAINER")?;
            flags.parse()?;
            Ok(Instruction::Maintainer(one))
        }
        "add" | "copy" => {
            let name = keyword.to_ascii_uppercase();
            if args.len() < 2 {
                return Err(format!("{name} requires at least two arguments, but only one was provided. Destination could not be determined"));
            }
            let chown = flags.string("chown");
            let is_copy = name == "COPY";
            let from = if is_copy { flags.string("from") } else { 0 };
            let chmod = flags.string("chmod");
            let link = flags.boolean("link");
            let parents = if is_copy { flags.boolean("parents") } else { 0 };
            let keep_git_dir = if is_copy {
                0
            } else {
                flags.boolean("keep-git-dir")
            };
            let checksum = if is_copy { 0 } else { flags.string("checksum") };
            let unpack = if is_copy { 0 } else { flags.boolean("unpack") };
            let exclude = flags.strings("exclude");
            flags.parse()?;
            let (sources, contents, dest) = sources_and_dest(&args, &node.heredocs, &name)?;
            if is_copy {
                Ok(Instruction::Copy {
                    sources,
                    contents,
                    dest,
                    from: flags.value(from),
                    chown: flags.value(chown),
                    chmod: flags.value(chmod),
                    link: flags.is_true(link),
                    parents: flags.is_true(parents),
                    exclude: flags.values(exclude),
                })
            } else {
                Ok(Instruction::Add {
                    sources,
                    contents,
                    dest,
                    chown: flags.value(chown),
                    chmod: flags.value(chmod),
                    link: flags.is_true(link),
                    keep_git_dir: flags.is_true(keep_git_dir),
                    checksum: flags.value(checksum),
                    unpack: flags.used(unpack).then(|| flags.is_true(unpack)),
                    exclude: flags.values(exclude),
                })
            }
        }
        "from" => {
            let name = match args.as_slice() {
                [_, as_word, name] if as_word.eq_ignore_ascii_case("as") => {
                    let lower = name.go_lower();
                    if !valid_stage_name(&lower) {
                        return Err(format!(
                            "invalid name for build stage: {}, name can't start with a number or contain symbols",
                            go_quote(name)
                        ));
                    }
                    Some(lower)
                }
                [_] => None,
                _ => return Err("FROM requires either one or three arguments".into()),
            };
            let platform = flags.string("platform");
            flags.parse()?;
            Ok(Instruction::From {
                base: args.first().cloned().unwrap_or_default(),
                name,
                platform: flags.value(platform),
            })
        }
        "onbuild" => {
            let Some(trigger) = args.first() else {
                return Err("ONBUILD requires at least one argument".into());
            };
            flags.parse()?;
            let trigger = trigger.trim().go_upper();
            match trigger.as_str() {
                "ONBUILD" => {
                    return Err("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed".into())
                }
                "MAINTAINER" | "FROM" => {
                    return Err(format!("{trigger} isn't allowed as an ONBUILD trigger"))
                }
                _ => {}
            }
            let mut expression = strip_onbuild(&node.original);
            for doc in &node.heredocs {
                expression.push('\n');
                expression.push_str(&doc.content);
                expression.push_str(&doc.name);
            }
            Ok(Instruction::Onbuild(expression))
        }
        "workdir" => {
            let one = exactly_one(&args, "WORKDIR")?;
            flags.parse()?;
            Ok(Instruction::Workdir(one))
        }
        "run" => {
            let mount = flags.strings("mount");
            let network = flags.string_default("network", "default");
            let security = flags.string_default("security", "sandbox");
            flags.parse()?;
            let network = flags.value(network).unwrap_or_default();
            if !matches!(network.as_str(), "default" | "none" | "host") {
                return Err(format!("invalid network mode {}", go_quote(&network)));
            }
            let security = flags.value(security).unwrap_or_default();
            if !matches!(security.as_str(), "sandbox" | "insecure") {
                return Err(format!("security {} is not valid", go_quote(&security)));
            }
            Ok(Instruction::Run {
                command: command_line(&args),
                heredocs: node.heredocs.clone(),
                mounts: flags.values(mount),
                network,
                security,
            })
        }
        "cmd" => {
            flags.parse()?;
            Ok(Instruction::Cmd(command_line(&args)))
        }
        "entrypoint" => {
            flags.parse()?;
            Ok(Instruction::Entrypoint(command_line(&args)))
        }
        "healthcheck" => healthcheck(&args, node.json, &mut flags),
        "expose" => {
            if args.is_empty() {
                return Err("EXPOSE requires at least one argument".into());
            }
            flags.parse()?;
            let mut ports = args.clone();
            crate::sort::sort(&mut ports);
            Ok(Instruction::Expose(ports))
        }
        "user" => {
            let one = exactly_one(&args, "USER")?;
            flags.parse()?;
            Ok(Instruction::User(one))
        }
        "volume" => {
            if args.is_empty() {
                return Err("VOLUME requires at least one argument".into());
            }
            flags.parse()?;
            let mut volumes = Vec::new();
            for v in &args {
                let v = v.trim();
                if v.is_empty() {
                    return Err("VOLUME specified can not be an empty string".into());
                }
                volumes.push(v.to_string());
            }
            Ok(Instruction::Volume(volumes))
        }
        // BuildKit never checks the flags of STOPSIGNAL and ARG.
        "stopsignal" => Ok(Instruction::StopSignal(exactly_one(&args, "STOPSIGNAL")?)),
        "arg" => {
            if args.is_empty() {
                return Err("ARG requires at least one argument".into());
            }
            let mut pairs = Vec::new();
            for a in &args {
                match a.split_once('=') {
                    Some(("", _)) => return Err("ARG names can not be blank".into()),
                    Some((k, v)) => pairs.push((k.to_string(), Some(v.to_string()))),
                    None => pairs.push((a.clone(), None)),
                }
            }
            Ok(Instruction::Arg(pairs))
        }
        "shell" => {
            flags.parse()?;
            if args.is_empty() {
                return Err("SHELL requires at least one argument".into());
            }
            if !node.json {
                return Err("SHELL requires the arguments to be in JSON form".into());
            }
            Ok(Instruction::Shell(args))
        }
        _ => Err(unknown_instruction(&node.keyword)),
    }
}

fn exactly_one(args: &[String], name: &str) -> Result<String, String> {
    match args {
        [one] => Ok(one.clone()),
        _ => Err(format!("{name} requires exactly one argument")),
    }
}

/// `^[a-z][a-z0-9-_.]*$`.
fn valid_stage_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

/// Removes `(?i)^\s*ONBUILD\s*` from the original text.
fn strip_onbuild(original: &str) -> String {
    let t = original.trim_start();
    match t.get(..7) {
        Some(k) if k.eq_ignore_ascii_case("onbuild") => {
            t.get(7..).unwrap_or_default().trim_start().to_string()
        }
        _ => original.to_string(),
    }
}

/// `<<-` bodies lose the leading TABs of each line (BuildKit's `ChompHeredocContent`).
pub fn chomp_heredoc(content: &str) -> String {
    content
        .split_inclusive('\n')
        .map(|l| l.trim_start_matches('\t'))
        .collect()
}

/// Matches a heredoc word like the parser does (`<<EOF`, `<<-"EOT"`): (name, chomp, expand).
fn heredoc_source(word: &str) -> Option<(String, bool, bool)> {
    let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix("<<")?;
    let (chomp, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let rest = rest.trim_start();
    if rest.is_empty() || rest.contains('<') {
        return None;
    }
    let name: String = rest.chars().filter(|&c| c != '"' && c != '\'').collect();
    let expand = name.len() == rest.len();
    Some((name, chomp, expand))
}

type SourcesAndDest = (Vec<String>, Vec<SourceContent>, String);

fn sources_and_dest(
    args: &[String],
    heredocs: &[Heredoc],
    name: &str,
) -> Result<SourcesAndDest, String> {
    let Some((dest, srcs)) = args.split_last() else {
        return Err(format!("{name} requires at least two arguments, but only one was provided. Destination could not be determined"));
    };
    if heredoc_source(dest).is_some() {
        return Err(format!("{name} cannot accept a heredoc as a destination"));
    }
    let mut sources = Vec::new();
    let mut contents = Vec::new();
    for src in srcs {
        match heredoc_source(src) {
            Some((doc_name, chomp, expand)) => {
                let data = heredocs
                    .iter()
                    .find(|h| h.name == doc_name)
                    .map(|h| h.content.clone())
                    .unwrap_or_default();
                contents.push(SourceContent {
                    path: doc_name,
                    data: if chomp { chomp_heredoc(&data) } else { data },
                    expand,
                });
            }
            None => sources.push(src.clone()),
        }
    }
    Ok((sources, contents, dest.clone()))
}

fn healthcheck(args: &[String], json: bool, flags: &mut Flags) -> Result<Instruction, String> {
    let Some(first) = args.first() else {
        return Err("HEALTHCHECK requires at least one argument".into());
    };
    let typ = first.go_upper();
    let rest = args.get(1..).unwrap_or_default();
    if typ == "NONE" {
        if !rest.is_empty() {
            return Err("HEALTHCHECK NONE takes no arguments".into());
        }
        return Ok(Instruction::Healthcheck(Healthcheck {
            test: vec![typ],
            ..Healthcheck::default()
        }));
    }
    let interval = flags.string("interval");
    let timeout = flags.string("timeout");
    let start_period = flags.string("start-period");
    let start_interval = flags.string("start-interval");
    let retries = flags.string("retries");
    flags.parse()?;
    if typ != "CMD" {
        return Err(format!(
            "Unknown type {} in HEALTHCHECK (try CMD)",
            go_quote(&typ)
        ));
    }
    let cmd: Vec<String> = if rest.is_empty() {
        Vec::new()
    } else if json {
        rest.to_vec()
    } else {
        vec![rest.join(" ")]
    };
    if cmd.is_empty() {
        return Err("Missing command after HEALTHCHECK CMD".into());
    }
    let mut test = vec![if json {
        "CMD".to_string()
    } else {
        "CMD-SHELL".to_string()
    }];
    test.extend(cmd);
    let mut hc = Healthcheck {
        test,
        ..Healthcheck::default()
    };
    hc.interval = opt_interval(flags, interval, "interval")?;
    hc.timeout = opt_interval(flags, timeout, "timeout")?;
    hc.start_period = opt_interval(flags, start_period, "start-period")?;
    hc.start_interval = opt_interval(flags, start_interval, "start-interval")?;
    if let Some(v) = flags.value(retries).filter(|v| !v.is_empty()) {
        let n = parse_int32(&v)?;
        if n < 0 {
            return Err(format!("--retries cannot be negative ({n})"));
        }
        hc.retries = n;
    }
    Ok(Instruction::Healthcheck(hc))
}

/// Go's `strconv.ParseInt(s, 10, 32)` with its error texts.
fn parse_int32(s: &str) -> Result<i64, String> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "strconv.ParseInt: parsing {}: invalid syntax",
            go_quote(s)
        ));
    }
    match s.parse::<i32>() {
        Ok(n) => Ok(i64::from(n)),
        Err(_) => Err(format!(
            "strconv.ParseInt: parsing {}: value out of range",
            go_quote(s)
        )),
    }
}

/// Docker's minimum healthcheck duration (1ms), in nanoseconds.
const MINIMUM_DURATION: i64 = 1_000_000;

fn opt_interval(flags: &Flags, id: usize, name: &str) -> Result<i64, String> {
    let Some(s) = flags.value(id).filter(|v| !v.is_empty()) else {
        return Ok(0);
    };
    let d = parse_go_duration(&s)?;
    if d == 0 {
        return Ok(0);
    }
    if d < MINIMUM_DURATION {
        return Err(format!(
            "Interval {} cannot be less than 1ms",
            go_quote(name)
        ));
    }
    Ok(d)
}

/// Go's `time.ParseDuration`, returning nanoseconds, with Go's error texts.
pub fn parse_go_duration(orig: &str) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {}", go_quote(orig));
    let mut s = orig;
    let mut neg = false;
    if let Some(rest) = s.strip_prefix(['-', '+']) {
        neg = s.starts_with('-');
        s = rest;
    }
    if s == "0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut total: u128 = 0;
    while !s.is_empty() {
        let int_len = s.bytes().take_while(u8::is_ascii_digit).count();
        let (int_part, rest) = s.split_at(int_len);
        let (frac_part, rest) = match rest.strip_prefix('.') {
            Some(r) => {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                r.split_at(n)
            }
            None => ("", rest),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(invalid());
        }
        let unit_len = rest
            .char_indices()
            .find(|&(_, c)| c == '.' || c.is_ascii_digit())
            .map_or(rest.len(), |(i, _)| i);
        let (unit, rest) = rest.split_at(unit_len);
        if unit.is_empty() {
            return Err(format!("time: missing unit in duration {}", go_quote(orig)));
        }
        let scale: u128 = match unit {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    go_quote(unit),
                    go_quote(orig)
                ))
            }
        };
        let int: u128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().map_err(|_| invalid())?
        };
        let mut value = int.checked_mul(scale).ok_or_else(invalid)?;
        let mut frac_scale = scale;
        for d in frac_part.bytes().take(30) {
            frac_scale /= 10;
            value += u128::from(d - b'0') * frac_scale;
        }
        total = total.checked_add(value).ok_or_else(invalid)?;
        if total > i64::MAX as u128 + u128::from(neg) {
            return Err(invalid());
        }
        s = rest;
    }
    let t = i128::try_from(total).map_err(|_| invalid())?;
    let t = if neg { -t } else { t };
    i64::try_from(t).map_err(|_| invalid())
}

/// `unknown instruction: X` with BuildKit's suggestion, cased like the typed word.
fn unknown_instruction(word: &str) -> String {
    let base = format!("unknown instruction: {word}");
    let lower = word.go_lower();
    let candidates: Vec<String> = KEYWORDS.iter().map(|k| k.go_lower()).collect();
    match suggest(&lower, candidates) {
        Some(m) => {
            let is_upper = word.chars().any(|c| c.is_alphabetic()) && word == word.go_upper();
            let shown = if is_upper { m.go_upper() } else { m };
            format!("{base} (did you mean {shown}?)")
        }
        None => base,
    }
}

/// BuildKit's `suggest.Search`: the first candidate at Levenshtein distance below 3, none on
/// an exact match.
pub fn suggest<I>(value: &str, candidates: I) -> Option<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut best: Option<String> = None;
    let mut min = 3;
    let value_len = value.chars().count();
    for c in candidates {
        let c = c.as_ref();
        if c == value {
            return None;
        }
        // The distance is at least the difference in length: skip hopeless candidates cheaply.
        if c.chars().count().abs_diff(value_len) >= min {
            continue;
        }
        let d = levenshtein_within(value, c, min);
        if d < min {
            min = d;
            best = Some(c.to_string());
        }
    }
    best
}

/// Edit distance over characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    levenshtein_within(a, b, usize::MAX)
}

/// Edit distance, giving up (returning `limit`) once every path is at least `limit`: the
/// suggestion search only cares about distances below 3.
fn levenshtein_within(a: &str, b: &str, limit: usize) -> usize {
    // Short names (the common case) use stack rows instead of allocating.
    const STACK: usize = 48;
    let b_len = b.chars().count();
    let mut heap_prev;
    let mut heap_cur;
    let mut stack_prev = [0usize; STACK];
    let mut stack_cur = [0usize; STACK];
    let (prev, cur): (&mut [usize], &mut [usize]) = if b_len < STACK {
        (&mut stack_prev[..=b_len], &mut stack_cur[..=b_len])
    } else {
        heap_prev = vec![0usize; b_len + 1];
        heap_cur = vec![0usize; b_len + 1];
        (&mut heap_prev[..], &mut heap_cur[..])
    };
    for (j, slot) in prev.iter_mut().enumerate() {
        *slot = j;
    }
    let (mut prev, mut cur) = (prev, cur);
    for (i, ca) in a.chars().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i + 1;
        }
        let mut row_min = i + 1;
        for (j, cb) in b.chars().enumerate() {
            let cost = usize::from(ca != cb);
            let del = prev.get(j + 1).map_or(usize::MAX, |v| v.saturating_add(1));
            let ins = cur.get(j).map_or(usize::MAX, |v| v.saturating_add(1));
            let sub = prev.get(j).map_or(usize::MAX, |v| v.saturating_add(cost));
            let v = del.min(ins).min(sub);
            row_min = row_min.min(v);
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = v;
            }
        }
        if row_min >= limit {
            return limit;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

#[derive(Clone, Copy, PartialEq)]
enum FlagType {
    Bool,
    String,
    Strings,
}

/// One declared flag: name, type, value, repeated values, whether it was given.
type FlagDef = (&'static str, FlagType, Option<String>, Vec<String>, bool);

/// BuildKit's `BFlags`: declared flags, then `parse` checks the raw flag words.
struct Flags<'a> {
    raw: &'a [String],
    defs: Vec<FlagDef>,
}

impl<'a> Flags<'a> {
    fn new(raw: &'a [String]) -> Self {
        Flags {
            raw,
            defs: Vec::new(),
        }
    }

    fn add(&mut self, name: &'static str, t: FlagType, default: Option<String>) -> usize {
        self.defs.push((name, t, default, Vec::new(), false));
        self.defs.len() - 1
    }

    fn string(&mut self, name: &'static str) -> usize {
        self.add(name, FlagType::String, None)
    }

    fn string_default(&mut self, name: &'static str, default: &str) -> usize {
        self.add(name, FlagType::String, Some(default.to_string()))
    }

    fn boolean(&mut self, name: &'static str) -> usize {
        self.add(name, FlagType::Bool, Some("false".into()))
    }

    fn strings(&mut self, name: &'static str) -> usize {
        self.add(name, FlagType::Strings, None)
    }

    /// The value: `None` for a string flag never given (BuildKit's empty default).
    fn value(&self, id: usize) -> Option<String> {
        self.defs.get(id).and_then(|d| d.2.clone())
    }

    fn used(&self, id: usize) -> bool {
        self.defs.get(id).is_some_and(|d| d.4)
    }

    fn is_true(&self, id: usize) -> bool {
        self.value(id).as_deref() == Some("true")
    }

    fn values(&self, id: usize) -> Vec<String> {
        self.defs.get(id).map(|d| d.3.clone()).unwrap_or_default()
    }

    fn parse(&mut self) -> Result<(), String> {
        for a in self.raw {
            if a == "--" {
                return Ok(());
            }
            let Some(body) = a.strip_prefix("--") else {
                return Err(format!("arg should start with -- : {a}"));
            };
            let (name, value) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (body, None),
            };
            let flag_name = format!("--{name}");
            let names: Vec<String> = self.defs.iter().map(|d| d.0.to_string()).collect();
            let Some(def) = self.defs.iter_mut().find(|d| d.0 == name) else {
                let base = format!("unknown flag: {flag_name}");
                return Err(match suggest(name, names) {
                    Some(m) => format!("{base} (did you mean {m}?)"),
                    None => base,
                });
            };
            if def.4 && def.1 != FlagType::Strings {
                return Err(format!("duplicate flag specified: {flag_name}"));
            }
            def.4 = true;
            match def.1 {
                FlagType::Bool => {
                    if value == Some("") {
                        return Err(format!("missing a value on flag: {flag_name}"));
                    }
                    match value.unwrap_or("").go_lower().as_str() {
                        "true" | "" => def.2 = Some("true".into()),
                        "false" => def.2 = Some("false".into()),
                        _ => {
                            return Err(format!(
                                "expecting boolean value for flag {flag_name}, not: {}",
                                value.unwrap_or("")
                            ))
                        }
                    }
                }
                FlagType::String => match value {
                    Some(v) => def.2 = Some(v.to_string()),
                    None => return Err(format!("missing a value on flag: {flag_name}")),
                },
                FlagType::Strings => match value {
                    Some(v) => def.3.push(v.to_string()),
                    None => return Err(format!("missing a value on flag: {flag_name}")),
                },
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
