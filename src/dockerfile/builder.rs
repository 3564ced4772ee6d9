//! The builder: runs a Dockerfile's stages against the engine, with BuildKit's layer cache.
//!
//! A build produces a [`BuildReport`]: the vertices BuildKit would show (with their timing,
//! cache status and output), the warnings, and the image or the error. The `cli` renders it;
//! nothing here formats terminal text beyond the log lines programs print.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::expand::Lexer;
use super::ignore::{self, CopyOpts, IgnoreMatcher};
use super::instructions::{self, CommandLine, Instruction, Stage, Step};
use super::lint::{self, Warning};
use super::parser;
pub use crate::engine::build_cache::{BuildCache, CachedStep};
use crate::engine::process::{container_shell, env_map, flavor_of};
use crate::engine::{CacheMiss, Engine, ErrorKind, Event};
use crate::image::reference;
use crate::image::{HistoryEntry, Image, ImageConfig, Layer};
use crate::runtime::programs::{self, ProgramCtx};
use crate::runtime::shell::{Shell, ShellHost};
use crate::runtime::Output;
use crate::vfs::{self, Tree};

/// What `docker build` asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildRequest {
    /// The context directory on the host (absolute).
    pub context: String,
    /// The context as typed (for messages).
    pub context_typed: String,
    /// The Dockerfile path on the host (absolute); `None` = `<context>/Dockerfile`.
    pub dockerfile: Option<String>,
    /// `-t` references as typed.
    pub tags: Vec<String>,
    /// `--build-arg` values.
    pub build_args: BTreeMap<String, String>,
    /// `--target`.
    pub target: Option<String>,
    /// `--no-cache`.
    pub no_cache: bool,
    /// `--pull`.
    pub pull: bool,
    /// `--label`.
    pub labels: BTreeMap<String, String>,
}

/// How a vertex ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VertexStatus {
    /// It ran.
    Done,
    /// The cache answered.
    Cached,
    /// It failed.
    Error,
}

/// One `=> =>` status line under a vertex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubStatus {
    /// `transferring context:`, `sha256:…`, `exporting layers`.
    pub id: String,
    /// Bytes done / total, when it counts bytes.
    pub progress: Option<(u64, u64)>,
    /// Milliseconds.
    pub ms: i64,
}

/// One `=>` line of the build screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vertex {
    /// `[internal] load build definition from Dockerfile`, `[2/5] WORKDIR /app`.
    pub name: String,
    /// Outcome.
    pub status: VertexStatus,
    /// Duration in milliseconds.
    pub ms: i64,
    /// Status lines.
    pub subs: Vec<SubStatus>,
    /// Output lines with the milliseconds since the vertex started.
    pub logs: Vec<(i64, String)>,
}

/// Where in the Dockerfile an error points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRange {
    /// The Dockerfile's name as shown (`Dockerfile`).
    pub file: String,
    /// Its full text.
    pub text: String,
    /// First line (1-based).
    pub start: usize,
    /// Last line.
    pub end: usize,
}

/// A failed build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildFailure {
    /// The cause after `failed to solve: `.
    pub cause: String,
    /// The Dockerfile lines to show, when the error has a place.
    pub source: Option<SourceRange>,
    /// The failing vertex's name and log, for the `------` block.
    pub log_of: Option<usize>,
    /// An error before any solving (`unable to prepare context: …`): printed as `ERROR: <msg>`.
    pub before_solve: bool,
}

/// Everything a build did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BuildReport {
    /// The vertices in display order.
    pub vertices: Vec<Vertex>,
    /// Lint warnings.
    pub warnings: Vec<Warning>,
    /// The image built.
    pub image_id: Option<String>,
    /// The failure.
    pub failure: Option<BuildFailure>,
    /// Total milliseconds.
    pub total_ms: i64,
}

/// Steps that run through the shell at most, so a RUN loop cannot hang a build.
const MAX_STEPS: usize = 400;

/// The state of a stage while it is built.
#[derive(Clone, Debug)]
struct StageState {
    fs: Tree,
    config: ImageConfig,
    layers: Vec<Arc<Layer>>,
    history: Vec<HistoryEntry>,
    key: String,
    args: BTreeMap<String, Option<String>>,
    /// The stage's ARG names in the order they were declared (once each), which a RUN's
    /// history line lists (`RUN |2 A=1 B= /bin/sh -c …`).
    arg_order: Vec<String>,
    shell: Vec<String>,
    /// The latest metadata instruction (`ENV`, `ARG`, `WORKDIR`, …) whose result was not in the
    /// cache since the last layer step: it changes the cache key of every step after it.
    changed_setting: Option<String>,
}

/// What a shell inside a build step reaches: its files and the programs of the image.
struct BuildShellCtx<'a> {
    fs: &'a mut Tree,
    now_ms: i64,
    processes: Vec<programs::ProcessInfo>,
}

impl ShellHost for BuildShellCtx<'_> {
    fn fs(&mut self) -> &mut Tree {
        self.fs
    }

    fn exec(
        &mut self,
        shell: &mut Shell,
        argv: &[String],
        stdin: &[u8],
        out: &mut Output,
    ) -> Option<i32> {
        let env: BTreeMap<String, String> = shell.exported_env().into_iter().collect();
        let mut net = programs::NoNet;
        let mut ctx = ProgramCtx {
            fs: self.fs,
            env: &env,
            cwd: &shell.cwd,
            stdin,
            now_ms: self.now_ms,
            hostname: "buildkitsandbox",
            net: &mut net,
            out,
            processes: &self.processes,
            tty: false,
        };
        programs::run_command(argv, &mut ctx)
    }

    fn now_ms(&self) -> i64 {
        self.now_ms
    }

    fn sleep_ms(&mut self, ms: i64) {
        self.now_ms += ms.max(0);
    }

    fn hostname(&self) -> String {
        "buildkitsandbox".to_string()
    }
}

fn key_of(parts: &[&str]) -> String {
    vfs::sha256_digest(parts.join("\u{0}").as_bytes())
}

/// Formats a list as Go's `%v` of a `[]string` does: `[a b]`, used in history texts.
fn go_list(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    format!("[{}]", quoted.join(" "))
}

/// Milliseconds a step "takes" in the simulation: a little for metadata, more per byte.
fn step_ms(bytes: u64, base: i64) -> i64 {
    base + (bytes / 20_000) as i64
}

/// A human-facing size for the `transferring` lines: `180B`, `1.23kB`, `42.67MB`.
pub fn transfer_size(bytes: u64) -> String {
    if bytes < 1000 {
        return format!("{bytes}B");
    }
    let units = ["kB", "MB", "GB", "TB"];
    let mut v = bytes as f64 / 1000.0;
    let mut i = 0;
    while v >= 1000.0 && i + 1 < units.len() {
        v /= 1000.0;
        i += 1;
    }
    format!("{v:.2}{}", units[i])
}

/// Runs a build. Records events on the engine; tags the image on success.
pub fn build(engine: &mut Engine, req: &BuildRequest) -> BuildReport {
    let mut b = Builder {
        engine,
        req,
        report: BuildReport::default(),
        dockerfile_text: String::new(),
        dockerfile_name: String::new(),
        cached_steps: 0,
        ran_steps: 0,
        elapsed: 0,
    };
    b.run();
    let report = b.report;
    engine.clock.advance_ms(report.total_ms);
    report
}

struct Builder<'a> {
    engine: &'a mut Engine,
    req: &'a BuildRequest,
    report: BuildReport,
    dockerfile_text: String,
    dockerfile_name: String,
    cached_steps: usize,
    ran_steps: usize,
    elapsed: i64,
}

impl Builder<'_> {
    fn vertex(
        &mut self,
        name: impl Into<String>,
        status: VertexStatus,
        ms: i64,
        subs: Vec<SubStatus>,
    ) -> usize {
        self.elapsed += ms;
        self.report.vertices.push(Vertex {
            name: name.into(),
            status,
            ms,
            subs,
            logs: Vec::new(),
        });
        self.report.vertices.len() - 1
    }

    fn fail(
        &mut self,
        cause: String,
        source: Option<(usize, usize)>,
        log_of: Option<usize>,
        error: ErrorKind,
    ) {
        let source = source.map(|(start, end)| SourceRange {
            file: self.dockerfile_name.clone(),
            text: self.dockerfile_text.clone(),
            start,
            end,
        });
        self.report.failure = Some(BuildFailure {
            cause,
            source,
            log_of,
            before_solve: false,
        });
        self.report.total_ms = self.elapsed;
        self.engine.emit(Event::Failed { error });
    }

    fn run(&mut self) {
        let req = self.req;
        // The context and the Dockerfile come from the learner's machine.
        if !self.engine.host_fs.is_dir(&req.context) {
            self.report.failure = Some(BuildFailure {
                cause: format!(
                    "unable to prepare context: path \"{}\" not found",
                    req.context
                ),
                source: None,
                log_of: None,
                before_solve: true,
            });
            self.engine.emit(Event::Failed {
                error: ErrorKind::Other {
                    message: format!("the build context {} does not exist", req.context),
                },
            });
            return;
        }
        let dockerfile_path = req
            .dockerfile
            .clone()
            .unwrap_or_else(|| format!("{}/Dockerfile", req.context.trim_end_matches('/')));
        self.dockerfile_name = vfs::base_name(&dockerfile_path).to_string();
        let bytes = match self.engine.host_fs.read(&dockerfile_path) {
            Ok(b) => b.to_vec(),
            Err(_) => {
                self.vertex(
                    format!(
                        "[internal] load build definition from {}",
                        self.dockerfile_name
                    ),
                    VertexStatus::Error,
                    0,
                    vec![SubStatus {
                        id: "transferring dockerfile: 2B".into(),
                        progress: None,
                        ms: 0,
                    }],
                );
                let name = self.dockerfile_name.clone();
                self.fail(
                    format!("failed to read dockerfile: open {name}: no such file or directory"),
                    None,
                    None,
                    ErrorKind::DockerfileMissing {
                        path: dockerfile_path.clone(),
                    },
                );
                return;
            }
        };
        self.dockerfile_text = String::from_utf8_lossy(&bytes).into_owned();
        // The definition is loaded whether or not it parses.
        self.vertex(
            format!(
                "[internal] load build definition from {}",
                self.dockerfile_name
            ),
            VertexStatus::Done,
            0,
            vec![SubStatus {
                id: format!(
                    "transferring dockerfile: {}",
                    transfer_size(bytes.len() as u64)
                ),
                progress: None,
                ms: 0,
            }],
        );
        let ast = match parser::parse(&bytes) {
            Ok(ast) => ast,
            Err(e) => {
                let source =
                    (e.start_line > 0).then_some((e.start_line, e.end_line.max(e.start_line)));
                let message = e.message.clone();
                self.fail(
                    message.clone(),
                    source,
                    None,
                    ErrorKind::DockerfileInvalid {
                        line: e.start_line,
                        message,
                    },
                );
                return;
            }
        };
        let file = match instructions::parse_stages(&ast) {
            Ok(f) => f,
            Err(e) => {
                let message = e.message.clone();
                self.fail(
                    message,
                    Some((e.start_line, e.end_line)),
                    None,
                    ErrorKind::DockerfileInvalid {
                        line: e.start_line,
                        message: e.inner.clone(),
                    },
                );
                return;
            }
        };
        let base_env = |base: &str| -> Vec<String> { lint::well_known_env(base) };
        self.report.warnings = lint::lint_with_env(&ast, &base_env);
        if !self.report.warnings.is_empty() {
            let mut rules: Vec<String> = Vec::new();
            for w in &self.report.warnings {
                if !rules.iter().any(|r| r == w.rule) {
                    rules.push(w.rule.to_string());
                }
            }
            self.engine.emit(Event::BuildWarned { rules });
        }
        let check = lint::check_config(&ast).unwrap_or_default();

        // Meta ARGs (before the first FROM) with their build-arg overrides.
        let mut meta: BTreeMap<String, String> = BTreeMap::new();
        let lexer = Lexer::with_escape(ast.escape);
        for step in &file.meta_args {
            if let Instruction::Arg(pairs) = &step.instruction {
                for (name, default) in pairs {
                    let value = req.build_args.get(name).cloned().or_else(|| {
                        default.as_ref().map(|d| {
                            let env = |k: &str| meta.get(k).cloned();
                            lexer
                                .process_word(d, &env)
                                .map(|e| e.value)
                                .unwrap_or_default()
                        })
                    });
                    if let Some(v) = value {
                        meta.insert(name.clone(), v);
                    }
                }
            }
        }
        // Which stage to build, and which stages it needs.
        let target_index = match &req.target {
            None => file.stages.len() - 1,
            Some(t) => match file
                .stages
                .iter()
                .position(|s| s.name.as_deref() == Some(&t.to_ascii_lowercase()))
            {
                Some(i) => i,
                None => {
                    self.fail(
                        format!("target stage \"{t}\" could not be found"),
                        None,
                        None,
                        ErrorKind::Other {
                            message: format!("no stage named {t}"),
                        },
                    );
                    return;
                }
            },
        };
        let needed = needed_stages(&file.stages, target_index, &meta, &lexer);

        // Metadata of external bases, then .dockerignore, then the stages.
        let mut bases: BTreeMap<usize, String> = BTreeMap::new();
        let mut resolved: BTreeMap<String, Image> = BTreeMap::new();
        for &i in &needed {
            let stage = &file.stages[i];
            let env = |k: &str| meta.get(k).cloned();
            let base = lexer
                .process_word(&stage.base, &env)
                .map(|e| e.value)
                .unwrap_or_else(|_| stage.base.clone());
            if base == "scratch" || stage_index(&file.stages, &base, i).is_some() {
                continue;
            }
            let Ok(r) = reference::parse(&base) else {
                self.fail(
                    format!("failed to parse stage name \"{base}\": invalid reference format"),
                    Some((stage.line, stage.end_line)),
                    None,
                    ErrorKind::InvalidReference {
                        reference: base.clone(),
                        message: "invalid reference format".into(),
                    },
                );
                return;
            };
            let r = r.with_default_tag();
            let full = r.full();
            bases.insert(i, full.clone());
            if resolved.contains_key(&full) {
                continue;
            }
            let v = self.vertex(
                format!("[internal] load metadata for {}", r.full()),
                VertexStatus::Done,
                600,
                Vec::new(),
            );
            match self.resolve_base(&r) {
                Ok(image) => {
                    resolved.insert(full, image);
                }
                Err((cause, kind)) => {
                    self.report.vertices[v].status = VertexStatus::Error;
                    self.fail(cause, Some((stage.line, stage.end_line)), None, kind);
                    return;
                }
            }
        }
        let ignore_text = self
            .engine
            .host_fs
            .read_string(&format!(
                "{}/.dockerignore",
                req.context.trim_end_matches('/')
            ))
            .ok();
        let ignore_bytes = ignore_text
            .as_ref()
            .map(|t| t.len() as u64)
            .unwrap_or(2)
            .max(2);
        self.vertex(
            "[internal] load .dockerignore",
            VertexStatus::Done,
            0,
            vec![SubStatus {
                id: format!("transferring context: {}", transfer_size(ignore_bytes)),
                progress: None,
                ms: 0,
            }],
        );
        let matcher = match IgnoreMatcher::parse(ignore_text.as_deref().unwrap_or("")) {
            Ok(m) => m,
            Err(e) => {
                self.fail(
                    format!("failed to parse dockerignore: {e}"),
                    None,
                    None,
                    ErrorKind::Other {
                        message: e.to_string(),
                    },
                );
                return;
            }
        };
        let context = ignore::filter_context(&self.engine.host_fs, &req.context, &matcher);
        let context_bytes = context.total_size();
        let uses_context = needed.iter().any(|&i| {
            file.stages[i]
                .instructions
                .iter()
                .any(|s| match &s.instruction {
                    Instruction::Copy { from, .. } => from.is_none(),
                    Instruction::Add { .. } => true,
                    Instruction::Run { mounts, .. } => !bind_mounts(mounts, "/").is_empty(),
                    _ => false,
                })
        });

        let mut done: BTreeMap<usize, StageState> = BTreeMap::new();
        let mut context_loaded = false;
        let mut steps_run = 0usize;
        for &i in &needed {
            let stage = &file.stages[i];
            let count = stage_step_count(stage, bases.contains_key(&i));
            let label = |n: usize| -> String {
                let width = count.to_string().len();
                let prefix = match (&stage.name, needed.len() > 1 || file.stages.len() > 1) {
                    (Some(name), true) => format!("{name} "),
                    (None, true) => format!("stage-{i} "),
                    _ => String::new(),
                };
                format!("[{prefix}{n:>width$}/{count}]")
            };
            let mut n = 0usize;
            // FROM
            let mut state = if let Some(full) = bases.get(&i) {
                let image = resolved[full].clone();
                n += 1;
                let digest = self.engine.registry_digest(full);
                let name = format!("{} FROM {}@{}", label(n), full, digest);
                let fresh = !self.engine.build_cache.bases.contains_key(full);
                let mut subs = vec![SubStatus {
                    id: format!("resolve {full}@{digest}"),
                    progress: None,
                    ms: 0,
                }];
                let mut ms = 0;
                if fresh {
                    for l in &image.layers {
                        if self.engine.has_layer(&l.digest) {
                            continue;
                        }
                        let compressed = l.size * 2 / 5;
                        let t = step_ms(compressed, 100);
                        subs.push(SubStatus {
                            id: l.digest.clone(),
                            progress: Some((compressed, compressed)),
                            ms: t,
                        });
                        subs.push(SubStatus {
                            id: format!("extracting {}", l.digest),
                            progress: None,
                            ms: t / 2,
                        });
                        ms += t + t / 2;
                    }
                    self.engine
                        .build_cache
                        .bases
                        .insert(full.clone(), image.clone());
                }
                self.vertex(name, VertexStatus::Done, ms, subs);
                StageState {
                    fs: image.rootfs(),
                    config: image.config.clone(),
                    layers: image.layers.clone(),
                    history: image.history.clone(),
                    key: key_of(&["from", &image.id]),
                    args: BTreeMap::new(),
                    arg_order: Vec::new(),
                    shell: vec!["/bin/sh".into(), "-c".into()],
                    changed_setting: None,
                }
            } else {
                let env = |k: &str| meta.get(k).cloned();
                let base = lexer
                    .process_word(&stage.base, &env)
                    .map(|e| e.value)
                    .unwrap_or_else(|_| stage.base.clone());
                match stage_index(&file.stages, &base, i).and_then(|j| done.get(&j)) {
                    Some(prev) => {
                        let mut s = prev.clone();
                        s.args.clear();
                        s.arg_order.clear();
                        s
                    }
                    None => StageState {
                        fs: Tree::default(),
                        config: ImageConfig::default(),
                        layers: Vec::new(),
                        history: Vec::new(),
                        key: key_of(&["scratch"]),
                        args: BTreeMap::new(),
                        arg_order: Vec::new(),
                        shell: vec!["/bin/sh".into(), "-c".into()],
                        changed_setting: None,
                    },
                }
            };
            if state.config.env.is_empty() {
                state.config.env.push(
                    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into(),
                );
            }
            if let Some(shell) = &state.config.shell {
                state.shell = shell.clone();
            }
            // ONBUILD triggers of the base run first.
            let triggers = state.config.on_build.take().unwrap_or_default();
            let mut steps: Vec<Step> = Vec::new();
            for t in &triggers {
                if let Ok(ast) = parser::parse(t.as_bytes()) {
                    for node in &ast.children {
                        if let Ok(mut s) = instructions::parse_instruction(node) {
                            s.start_line = stage.line;
                            s.end_line = stage.end_line;
                            steps.push(s);
                        }
                    }
                }
            }
            steps.extend(stage.instructions.iter().cloned());

            for step in &steps {
                steps_run += 1;
                if steps_run > MAX_STEPS {
                    self.fail(
                        "dockling: the build has more steps than the simulator runs (400)".into(),
                        None,
                        None,
                        ErrorKind::Other {
                            message: "too many build steps".into(),
                        },
                    );
                    return;
                }
                let numbered = matches!(
                    step.instruction,
                    Instruction::Run { .. }
                        | Instruction::Copy { .. }
                        | Instruction::Add { .. }
                        | Instruction::Workdir(_)
                );
                if numbered {
                    n += 1;
                }
                if numbered
                    && !context_loaded
                    && uses_context
                    && match &step.instruction {
                        Instruction::Copy { .. } | Instruction::Add { .. } => true,
                        Instruction::Run { mounts, .. } => !bind_mounts(mounts, "/").is_empty(),
                        _ => false,
                    }
                {
                    context_loaded = true;
                    self.vertex(
                        "[internal] load build context",
                        VertexStatus::Done,
                        step_ms(context_bytes, 0),
                        vec![SubStatus {
                            id: format!(
                                "transferring context: {}",
                                transfer_size(context_bytes.max(2))
                            ),
                            progress: None,
                            ms: 0,
                        }],
                    );
                }
                let name = format!("{} {}", label(n), step.original.trim());
                if let Err(()) = self.apply_step(
                    step,
                    &name,
                    numbered,
                    &mut state,
                    &context,
                    &done,
                    &file.stages,
                    &meta,
                    &lexer,
                    i,
                ) {
                    return;
                }
            }
            done.insert(i, state);
        }
        if !context_loaded && uses_context {
            self.vertex(
                "[internal] load build context",
                VertexStatus::Done,
                0,
                vec![SubStatus {
                    id: format!(
                        "transferring context: {}",
                        transfer_size(context_bytes.max(2))
                    ),
                    progress: None,
                    ms: 0,
                }],
            );
        }
        let Some(state) = done.remove(&target_index) else {
            return;
        };
        if let Some(message) = lint::lint_failure(&check, &self.report.warnings) {
            self.fail(message.clone(), None, None, ErrorKind::Other { message });
            return;
        }

        // Export.
        let mut config = state.config.clone();
        for (k, v) in &req.labels {
            config
                .labels
                .get_or_insert_with(BTreeMap::new)
                .insert(k.clone(), v.clone());
        }
        let created = state
            .history
            .last()
            .map(|h| h.created)
            .unwrap_or(self.engine.now() / 1000);
        let image = Image::new(config, state.layers.clone(), state.history.clone(), created);
        let id = image.id.clone();
        let mut subs = vec![
            SubStatus {
                id: "exporting layers".into(),
                progress: None,
                ms: if self.ran_steps > 0 { 300 } else { 0 },
            },
            SubStatus {
                id: format!("writing image {id}"),
                progress: None,
                ms: 0,
            },
        ];
        let mut tagged = Vec::new();
        for t in &req.tags {
            if let Ok(r) = reference::parse(t) {
                let r = r.with_default_tag();
                subs.push(SubStatus {
                    id: format!("naming to {}", r.full()),
                    progress: None,
                    ms: 0,
                });
                tagged.push(r);
            }
        }
        let ms = subs.iter().map(|s| s.ms).sum::<i64>() + 100;
        self.vertex("exporting to image", VertexStatus::Done, ms, subs);
        self.engine.store_image(image);
        self.engine.emit(Event::ImageBuilt {
            image_id: id.clone(),
            tags: tagged.iter().map(|r| r.familiar()).collect(),
            steps: self.cached_steps + self.ran_steps,
            cached: self.cached_steps,
            context_bytes,
        });
        for r in &tagged {
            self.engine.set_tag(&r.full(), &r.familiar(), &id);
        }
        self.report.image_id = Some(id);
        self.report.total_ms = self.elapsed;
    }

    /// Finds a base image: in the builder's cache, locally, or on the Hub.
    fn resolve_base(&mut self, r: &reference::Reference) -> Result<Image, (String, ErrorKind)> {
        let full = r.full();
        if !self.req.pull {
            if let Some(image) = self.engine.build_cache.bases.get(&full) {
                return Ok(image.clone());
            }
            if let Some(id) = self.engine.tags.get(&full) {
                if let Some(s) = self.engine.images.get(id) {
                    return Ok(s.image.clone());
                }
            }
        }
        let tag = r
            .digest
            .clone()
            .or_else(|| r.tag.clone())
            .unwrap_or_else(|| "latest".into());
        if crate::engine::local_registry::is_private_host(&r.domain) {
            // Registries in containers are the full build's (the page re-runs the line there).
            if !crate::lean::FULL {
                crate::lean::need_full();
                return Err((
                    String::new(),
                    ErrorKind::Other {
                        message: String::new(),
                    },
                ));
            }
            // A registry container of the learner's: BuildKit asks it for the manifest.
            return self
                .engine
                .registry_container(&r.domain)
                .map_err(|e| (e.message, e.kind))
                .and_then(|idx| {
                    self.engine
                        .pull_from_container(r, &tag, idx)
                        .map_err(|e| (e.message, e.kind))
                })
                .map(|pulled| pulled.image)
                .map_err(|(message, kind)| {
                    (
                        format!(
                            "{}: failed to resolve source metadata for {full}: {message}",
                            r.familiar_name()
                        ),
                        kind,
                    )
                });
        }
        match self.engine.registry.resolve(&r.registry_repo(), &tag) {
            Ok(pulled) => Ok(pulled.image),
            Err(crate::registry::RegistryError::ManifestUnknown { .. }) => Err((
                format!("{}: failed to resolve source metadata for {full}: {full}: not found", r.familiar()),
                ErrorKind::ManifestUnknown { reference: r.familiar() },
            )),
            Err(_) => Err((
                "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed".to_string(),
                ErrorKind::PullAccessDenied { repository: r.familiar_name() },
            )),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn apply_step(
        &mut self,
        step: &Step,
        name: &str,
        numbered: bool,
        state: &mut StageState,
        context: &Tree,
        done: &BTreeMap<usize, StageState>,
        stages: &[Stage],
        meta: &BTreeMap<String, String>,
        lexer: &Lexer,
        stage_idx: usize,
    ) -> Result<(), ()> {
        let req = self.req;
        let now_secs = self.engine.now() / 1000 + self.elapsed / 1000;
        // The environment a step sees: ENV, then ARG values in scope.
        let mut env_view: BTreeMap<String, String> = env_map(&state.config.env);
        for (k, v) in &state.args {
            if let Some(v) = v {
                env_view.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        macro_rules! expand {
            ($word:expr) => {
                expand_with(lexer, &env_view, $word)
            };
        }
        let workdir = if state.config.working_dir.is_empty() {
            "/".to_string()
        } else {
            state.config.working_dir.clone()
        };
        let step_text = step.original.trim().to_string();
        let history_text: String;
        let mut content_digest = String::new();
        // The same sources as `path<TAB>digest` lines, so a cache miss can name what changed.
        let mut listing = String::new();
        match &step.instruction {
            Instruction::Env(pairs) => {
                let mut shown = Vec::new();
                for (k, v) in pairs {
                    let value = expand!(v);
                    state.config.set_env(k, &value);
                    env_view.insert(k.clone(), value.clone());
                    shown.push(format!("{k}={value}"));
                }
                history_text = format!("ENV {}", shown.join(" "));
            }
            Instruction::Arg(pairs) => {
                let mut shown = Vec::new();
                for (name, default) in pairs {
                    let value = req
                        .build_args
                        .get(name)
                        .cloned()
                        .or_else(|| {
                            default.as_ref().map(|d| {
                                if meta.contains_key(name) && d.is_empty() {
                                    meta[name].clone()
                                } else {
                                    expand!(d)
                                }
                            })
                        })
                        .or_else(|| meta.get(name).cloned());
                    shown.push(match &value {
                        Some(v) => format!("{name}={v}"),
                        None => name.clone(),
                    });
                    state.args.insert(name.clone(), value);
                    if !state.arg_order.contains(name) {
                        state.arg_order.push(name.clone());
                    }
                }
                history_text = format!("ARG {}", shown.join(" "));
            }
            Instruction::Label(pairs) => {
                let mut shown = Vec::new();
                for (k, v) in pairs {
                    let k = expand!(k);
                    let v = expand!(v);
                    state
                        .config
                        .labels
                        .get_or_insert_with(BTreeMap::new)
                        .insert(k.clone(), v.clone());
                    shown.push(format!("{k}={v}"));
                }
                history_text = format!("LABEL {}", shown.join(" "));
            }
            Instruction::Expose(ports) => {
                let mut list = Vec::new();
                for p in ports {
                    let p = expand!(p);
                    let p = if p.contains('/') {
                        p.to_ascii_lowercase()
                    } else {
                        format!("{p}/tcp")
                    };
                    state
                        .config
                        .exposed_ports
                        .insert(p.clone(), serde_json::json!({}));
                    list.push(p);
                }
                history_text = format!("EXPOSE [{}]", list.join(" "));
            }
            Instruction::User(u) => {
                state.config.user = expand!(u);
                history_text = format!("USER {}", state.config.user);
            }
            Instruction::Volume(v) => {
                for p in v {
                    state
                        .config
                        .volumes
                        .get_or_insert_with(BTreeMap::new)
                        .insert(expand!(p), serde_json::json!({}));
                }
                history_text = format!("VOLUME {}", go_list(v));
            }
            Instruction::StopSignal(s) => {
                state.config.stop_signal = Some(expand!(s));
                history_text = format!("STOPSIGNAL {}", expand!(s));
            }
            Instruction::Shell(words) => {
                state.shell = words.clone();
                state.config.shell = Some(words.clone());
                history_text = format!("SHELL {}", go_list(words));
            }
            Instruction::Cmd(c) | Instruction::Entrypoint(c) => {
                let words = match c {
                    CommandLine::Exec(v) => v.clone(),
                    CommandLine::Shell(s) => {
                        let mut w = state.shell.clone();
                        w.push(s.clone());
                        w
                    }
                };
                let is_cmd = matches!(step.instruction, Instruction::Cmd(_));
                if is_cmd {
                    state.config.cmd = Some(words.clone());
                    history_text = format!("CMD {}", go_list(&words));
                } else {
                    state.config.entrypoint = Some(words.clone());
                    // ENTRYPOINT resets CMD inherited from the base image.
                    state.config.cmd = None;
                    history_text = format!("ENTRYPOINT {}", go_list(&words));
                }
                state.config.args_escaped =
                    matches!(c, CommandLine::Shell(_)) || state.config.args_escaped;
            }
            Instruction::Healthcheck(h) => {
                state.config.healthcheck = Some(crate::image::Healthcheck {
                    test: h.test.clone(),
                    interval: h.interval,
                    timeout: h.timeout,
                    start_period: h.start_period,
                    start_interval: h.start_interval,
                    retries: h.retries,
                });
                history_text = format!(
                    "HEALTHCHECK &{{{} \"{}\" \"{}\" \"{}\" \"{}\" '\\x{:02x}'}}",
                    go_list(&h.test),
                    h.interval,
                    h.timeout,
                    h.start_period,
                    h.start_interval,
                    h.retries
                );
            }
            Instruction::Onbuild(t) => {
                state
                    .config
                    .on_build
                    .get_or_insert_with(Vec::new)
                    .push(t.clone());
                history_text = format!("ONBUILD {t}");
            }
            Instruction::Maintainer(m) => {
                history_text = format!("MAINTAINER {m}");
            }
            Instruction::From { .. } => return Ok(()),
            Instruction::Workdir(w) => {
                let dir = vfs::normalize(&workdir, &expand!(w));
                state.config.working_dir = dir.clone();
                history_text = format!("WORKDIR {dir}");
            }
            Instruction::Run { .. } => {
                history_text = String::new();
            }
            Instruction::Copy { .. } | Instruction::Add { .. } => {
                history_text = format!("{} # buildkit", step_text);
                // The cache key of a copy covers the content of what it copies.
                let (src_tree, sources) = match &step.instruction {
                    Instruction::Copy {
                        sources,
                        from: Some(f),
                        ..
                    } => {
                        let f = expand!(f);
                        let tree = match f
                            .parse::<usize>()
                            .ok()
                            .or_else(|| stage_index(stages, &f, stage_idx))
                        {
                            Some(j) => done.get(&j).map(|s| s.fs.clone()),
                            None => self.external_fs(&f),
                        };
                        (tree, sources.clone())
                    }
                    Instruction::Copy { sources, .. } | Instruction::Add { sources, .. } => {
                        (Some(context.clone()), sources.clone())
                    }
                    _ => (None, Vec::new()),
                };
                if let Some(tree) = &src_tree {
                    let mut h = String::new();
                    listing.clear();
                    for s in &sources {
                        let s = expand!(s);
                        if let Ok(paths) = ignore::resolve_sources(tree, &s) {
                            for p in paths {
                                let mut sub = Tree::default();
                                if let Some(node) = tree.get(&p) {
                                    sub.insert("/x", node.clone());
                                }
                                for (q, node) in tree.walk(&p) {
                                    sub.insert(&format!("/x{}", &q[p.len()..]), node.clone());
                                }
                                let digest = vfs::diff_digest(&sub.diff_from(&Tree::default()));
                                h.push_str(&digest);
                                listing.push_str(&format!("{p}\t{digest}\n"));
                            }
                        }
                    }
                    content_digest = vfs::sha256_digest(h.as_bytes());
                }
            }
        }

        // The cache key: parent, instruction, what it reads.
        let args_used: Vec<String> = state
            .args
            .iter()
            .map(|(k, v)| format!("{k}={}", v.clone().unwrap_or_default()))
            .collect();
        let instruction_key = format!(
            "{step_text}\u{0}{content_digest}\u{0}{}",
            if matches!(step.instruction, Instruction::Run { .. }) {
                args_used.join(",")
            } else {
                String::new()
            }
        );
        let key = key_of(&[
            &state.key,
            &instruction_key,
            &state.config.env.join(","),
            &workdir,
        ]);

        if !numbered {
            // Metadata-only steps: no vertex, an empty-layer history entry.
            let created = self
                .engine
                .build_cache
                .steps
                .get(&key)
                .map(|c| c.history.created)
                .unwrap_or(now_secs);
            let entry = HistoryEntry {
                created,
                created_by: history_text,
                comment: "buildkit.dockerfile.v0".into(),
                empty_layer: true,
            };
            if !self.engine.build_cache.steps.contains_key(&key) {
                state.changed_setting = Some(step_text.clone());
                self.engine.build_cache.steps.insert(
                    key.clone(),
                    CachedStep {
                        layer: None,
                        history: entry.clone(),
                    },
                );
            }
            state.history.push(entry);
            state.key = key;
            return Ok(());
        }

        let cached = if req.no_cache {
            None
        } else {
            self.engine.build_cache.steps.get(&key).cloned()
        };
        if let Some(hit) = cached {
            self.vertex(
                format!("CACHED {name}"),
                VertexStatus::Cached,
                0,
                Vec::new(),
            );
            self.engine.emit(Event::BuildStepCached {
                step: name.to_string(),
            });
            self.cached_steps += 1;
            if let Some(layer) = &hit.layer {
                state.fs.apply(&layer.diff);
                state.layers.push(layer.clone());
            }
            if let Instruction::Workdir(_) = step.instruction {
                let _ = state.fs.mkdir_all(&state.config.working_dir);
            }
            state.history.push(hit.history.clone());
            state.key = key;
            return Ok(());
        }
        let miss = if req.no_cache {
            CacheMiss::NoCache
        } else {
            self.miss_reason(state, &step_text, &listing)
        };
        state.changed_setting = None;
        let before = state.fs.clone();
        let vertex = self.vertex(name.to_string(), VertexStatus::Done, 0, Vec::new());
        let mut ms = 50;
        let mut final_history = history_text;
        match &step.instruction {
            Instruction::Workdir(_) => {
                let _ = state.fs.mkdir_all(&state.config.working_dir);
                ms = 100;
            }
            Instruction::Run {
                command,
                heredocs,
                mounts,
                ..
            } => {
                // `--mount=type=bind` shows the build context (read-only) at its target for
                // this step only; what was there before comes back afterwards.
                let binds = bind_mounts(mounts, &workdir);
                let mut saved: Vec<(String, Vec<(String, vfs::Node)>)> = Vec::new();
                for (source, target) in &binds {
                    let src = vfs::normalize("/", source);
                    let mut old: Vec<(String, vfs::Node)> = state
                        .fs
                        .walk(target)
                        .map(|(k, n)| (k.clone(), n.clone()))
                        .collect();
                    if let Some(n) = state.fs.get(target) {
                        old.insert(0, (target.clone(), n.clone()));
                    }
                    saved.push((target.clone(), old));
                    if let Some(n) = context.get(&src) {
                        let _ = state.fs.mkdir_all(vfs::parent(target));
                        state.fs.insert(target, n.clone());
                        let skip = if src == "/" { 0 } else { src.len() };
                        for (k, n) in context.walk(&src) {
                            let rel = k.get(skip..).unwrap_or_default();
                            state.fs.insert(
                                &format!("{}{rel}", target.trim_end_matches('/')),
                                n.clone(),
                            );
                        }
                    }
                }
                let (script, shown) = match command {
                    CommandLine::Shell(s) => {
                        let mut text = s.clone();
                        for h in heredocs {
                            text.push('\n');
                            text.push_str(&h.content);
                            text.push_str(&h.name);
                        }
                        let mut shown = state.shell.clone();
                        shown.push(s.clone());
                        (text, shown)
                    }
                    CommandLine::Exec(words) => {
                        (crate::engine::process::shell_quote(words), words.clone())
                    }
                };
                // BuildKit lists the stage's build args before the command, with their values
                // as the step sees them (empty when unset): `RUN |1 VERSION=1.0 /bin/sh -c …`.
                let mut words: Vec<String> = Vec::new();
                if !state.arg_order.is_empty() {
                    words.push(format!("|{}", state.arg_order.len()));
                    for name in &state.arg_order {
                        let value = env_view.get(name).cloned().unwrap_or_default();
                        words.push(format!("{name}={value}"));
                    }
                }
                words.extend(shown.iter().cloned());
                final_history = format!("RUN {} # buildkit", words.join(" "));
                let flavor = flavor_of(
                    &state.fs,
                    shown.first().map(String::as_str).unwrap_or("/bin/sh"),
                );
                let mut shell = container_shell(flavor, &env_view, &workdir);
                shell.tty = false;
                shell.numbered = crate::engine::process::numbered_bash(&state.fs);
                // bash names itself as called (`/bin/sh: x: command not found` on CentOS).
                if flavor == crate::runtime::shell::Flavor::Bash {
                    if let Some(name) = shown.first() {
                        shell.name = name.clone();
                    }
                }
                let start = self.engine.now() + self.elapsed;
                let mut host = BuildShellCtx {
                    fs: &mut state.fs,
                    now_ms: start,
                    processes: Vec::new(),
                };
                let result = shell.run(&script, &mut host);
                let spent = (host.now_ms - start).max(0);
                for (target, old) in saved.into_iter().rev() {
                    let _ = state.fs.remove(&target, true);
                    for (k, n) in old {
                        state.fs.insert(&k, n);
                    }
                }
                let text = result.output.text();
                let lines: Vec<&str> = text.lines().collect();
                let n_lines = lines.len().max(1) as i64;
                ms = 300
                    + spent
                    + (lines.len() as i64) * 40
                    + (vfs::diff_size(&state.fs.diff_from(&before)) / 400_000) as i64;
                let mut logs = Vec::new();
                for (k, line) in lines.iter().enumerate() {
                    logs.push((40 + ms * (k as i64) / n_lines, line.to_string()));
                }
                self.report.vertices[vertex].logs = logs;
                if result.status != 0 {
                    self.report.vertices[vertex].status = VertexStatus::Error;
                    self.report.vertices[vertex].ms = ms;
                    self.elapsed += ms;
                    let cause = format!(
                        "process \"{}\" did not complete successfully: exit code: {}",
                        shown.join(" "),
                        result.status
                    );
                    let diagnosis = text
                        .lines()
                        .find(|l| {
                            l.contains("code E")
                                || l.contains("not found")
                                || l.contains("Unable to locate")
                        })
                        .map(str::to_string);
                    self.fail(
                        cause,
                        Some((step.start_line, step.end_line)),
                        Some(vertex),
                        ErrorKind::BuildStepFailed {
                            step: name.to_string(),
                            exit_code: result.status,
                            diagnosis,
                        },
                    );
                    return Err(());
                }
            }
            Instruction::Copy { .. } | Instruction::Add { .. } => {
                let (sources, contents, dest, from, chown, chmod, parents, exclude) =
                    match &step.instruction {
                        Instruction::Copy {
                            sources,
                            contents,
                            dest,
                            from,
                            chown,
                            chmod,
                            parents,
                            exclude,
                            ..
                        } => (
                            sources,
                            contents,
                            dest,
                            from.clone(),
                            chown,
                            chmod,
                            *parents,
                            exclude,
                        ),
                        Instruction::Add {
                            sources,
                            contents,
                            dest,
                            chown,
                            chmod,
                            exclude,
                            ..
                        } => (sources, contents, dest, None, chown, chmod, false, exclude),
                        _ => return Ok(()),
                    };
                let src_tree = match &from {
                    Some(f) => {
                        let f = expand!(f);
                        match f
                            .parse::<usize>()
                            .ok()
                            .or_else(|| stage_index(stages, &f, stage_idx))
                        {
                            Some(j) => done.get(&j).map(|s| s.fs.clone()).unwrap_or_default(),
                            None => self.external_fs(&f).unwrap_or_default(),
                        }
                    }
                    None => context.clone(),
                };
                let dest = expand!(dest);
                let dest_abs = if dest.starts_with('/') {
                    dest.clone()
                } else {
                    let joined = vfs::normalize(&workdir, &dest);
                    if dest.ends_with('/') || dest == "." || dest.ends_with("/.") {
                        format!("{joined}/")
                    } else {
                        joined
                    }
                };
                let mut resolved: Vec<String> = Vec::new();
                for s in sources {
                    let s = expand!(s);
                    match ignore::resolve_sources(&src_tree, &s) {
                        Ok(paths) => resolved.extend(paths),
                        Err(e) => {
                            self.report.vertices[vertex].status = VertexStatus::Error;
                            let checksum_ref = format!("{}::{}", &key[7..32], &state.key[7..32]);
                            let cause = format!("failed to compute cache key: failed to calculate checksum of ref {checksum_ref}: {e}");
                            self.fail(
                                cause,
                                Some((step.start_line, step.end_line)),
                                None,
                                ErrorKind::BuildSourceNotFound { path: s.clone() },
                            );
                            return Err(());
                        }
                    }
                }
                let opts = CopyOpts {
                    chown: chown.as_ref().map(|c| expand!(c)),
                    chmod: chmod.clone(),
                    parents,
                    exclude: exclude.clone(),
                };
                if let Err(e) =
                    ignore::copy_into(&mut state.fs, &dest_abs, &src_tree, &resolved, &opts)
                {
                    self.report.vertices[vertex].status = VertexStatus::Error;
                    self.fail(
                        e.to_string(),
                        Some((step.start_line, step.end_line)),
                        None,
                        ErrorKind::Other {
                            message: e.to_string(),
                        },
                    );
                    return Err(());
                }
                for c in contents {
                    let target = if dest_abs.ends_with('/') {
                        format!("{dest_abs}{}", c.path)
                    } else {
                        dest_abs.clone()
                    };
                    let target = vfs::normalize("/", &target);
                    let data = if c.expand {
                        expand!(&c.data)
                    } else {
                        c.data.clone()
                    };
                    state.fs.insert(&target, vfs::Node::file(data));
                }
                ms = step_ms(vfs::diff_size(&state.fs.diff_from(&before)), 40);
            }
            _ => {}
        }
        let diff = state.fs.diff_from(&before);
        let layer = Arc::new(Layer::from_diff(diff));
        let size = layer.size;
        self.report.vertices[vertex].ms = ms;
        self.elapsed += ms;
        let entry = HistoryEntry {
            created: now_secs,
            created_by: final_history,
            comment: "buildkit.dockerfile.v0".into(),
            empty_layer: false,
        };
        state.layers.push(layer.clone());
        state.history.push(entry.clone());
        self.engine.build_cache.steps.insert(
            key.clone(),
            CachedStep {
                layer: Some(layer),
                history: entry,
            },
        );
        self.engine
            .build_cache
            .seen
            .entry(state.key.clone())
            .or_default()
            .push((step_text.clone(), listing.clone()));
        state.key = key;
        self.ran_steps += 1;
        self.engine.emit(Event::BuildStepRan {
            step: name.to_string(),
            cache_miss: miss,
            layer_size: size,
        });
        Ok(())
    }

    /// Why a step missed the cache: no cache at all, its own instruction or files changed, or
    /// something before it did (a layer step, or a setting such as `ENV` that changed the key).
    fn miss_reason(&self, state: &StageState, text: &str, content: &str) -> CacheMiss {
        let cache = &self.engine.build_cache;
        match cache.seen.get(&state.key) {
            None if cache.steps.is_empty() => CacheMiss::FirstBuild,
            None => match &state.changed_setting {
                Some(instruction) => CacheMiss::SettingChanged {
                    instruction: instruction.clone(),
                },
                None => CacheMiss::EarlierStepChanged,
            },
            Some(seen) => match seen.iter().rev().find(|(t, _)| t == text) {
                Some((_, before)) if before != content => CacheMiss::FilesChanged {
                    files: changed_files(before, content),
                },
                _ => CacheMiss::InstructionChanged,
            },
        }
    }

    /// The filesystem of an image named in `COPY --from=<image>`.
    fn external_fs(&mut self, name: &str) -> Option<Tree> {
        let r = reference::parse(name).ok()?.with_default_tag();
        if let Some(id) = self.engine.tags.get(&r.full()).cloned() {
            return Some(self.engine.image_tree(&id).as_ref().clone());
        }
        let tag = r.tag.clone().unwrap_or_else(|| "latest".into());
        self.engine
            .registry
            .resolve(&r.path, &tag)
            .ok()
            .map(|p| p.image.rootfs())
    }
}

/// The paths whose digest differs between two `path\tdigest` listings of a step's sources
/// (added, removed or changed), in listing order.
fn changed_files(before: &str, after: &str) -> Vec<String> {
    let entries = |listing: &str| -> Vec<(String, String)> {
        listing
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(p, d)| (p.to_string(), d.to_string()))
            .collect()
    };
    let (old, new) = (entries(before), entries(after));
    let mut files: Vec<String> = Vec::new();
    for (path, digest) in new.iter().chain(old.iter()) {
        let same = old.iter().any(|(p, d)| p == path && d == digest)
            && new.iter().any(|(p, d)| p == path && d == digest);
        if !same && !files.contains(path) {
            files.push(path.clone());
        }
    }
    files
        .into_iter()
        .map(|p| p.trim_start_matches('/').to_string())
        .collect()
}

/// Expands a word with BuildKit's lexer against an environment (the word itself on error).
fn expand_with(lexer: &Lexer, env: &BTreeMap<String, String>, word: &str) -> String {
    let lookup = |k: &str| env.get(k).cloned();
    lexer
        .process_word(word, &lookup)
        .map(|e| e.value)
        .unwrap_or_else(|_| word.to_string())
}

/// How many numbered steps a stage has: FROM (for registry bases) + RUN/COPY/ADD/WORKDIR.
fn stage_step_count(stage: &Stage, external_base: bool) -> usize {
    usize::from(external_base)
        + stage
            .instructions
            .iter()
            .filter(|s| {
                matches!(
                    s.instruction,
                    Instruction::Run { .. }
                        | Instruction::Copy { .. }
                        | Instruction::Add { .. }
                        | Instruction::Workdir(_)
                )
            })
            .count()
}

/// The index of an earlier stage named `name` (by `AS` name or number).
fn stage_index(stages: &[Stage], name: &str, before: usize) -> Option<usize> {
    let lower = name.to_ascii_lowercase();
    stages[..before.min(stages.len())]
        .iter()
        .position(|s| s.name.as_deref() == Some(lower.as_str()))
        .or_else(|| lower.parse::<usize>().ok().filter(|&i| i < before))
}

/// The stages the target needs, in file order.
fn needed_stages(
    stages: &[Stage],
    target: usize,
    meta: &BTreeMap<String, String>,
    lexer: &Lexer,
) -> Vec<usize> {
    let mut needed = BTreeSet::new();
    let mut todo = vec![target];
    while let Some(i) = todo.pop() {
        if !needed.insert(i) {
            continue;
        }
        let stage = &stages[i];
        let env = |k: &str| meta.get(k).cloned();
        let base = lexer
            .process_word(&stage.base, &env)
            .map(|e| e.value)
            .unwrap_or_else(|_| stage.base.clone());
        if let Some(j) = stage_index(stages, &base, i) {
            todo.push(j);
        }
        for s in &stage.instructions {
            if let Instruction::Copy { from: Some(f), .. } = &s.instruction {
                if let Some(j) = stage_index(stages, f, i) {
                    todo.push(j);
                }
            }
        }
    }
    needed.into_iter().collect()
}

/// A RUN step's `--mount=type=bind` mounts of the build context: (source in the context,
/// absolute target). Mounts from another stage or image (`from=`) are not modelled.
fn bind_mounts(mounts: &[String], workdir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in mounts {
        let (mut bind, mut source, mut target, mut from) = (false, ".".to_string(), None, false);
        for part in m.split(',') {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            match k {
                "type" => bind = v == "bind",
                "source" | "src" => source = v.to_string(),
                "target" | "dst" | "destination" => target = Some(v.to_string()),
                "from" => from = true,
                _ => {}
            }
        }
        if let (true, false, Some(t)) = (bind, from, target) {
            out.push((source, vfs::normalize(workdir, &t)));
        }
    }
    out
}

#[cfg(test)]
mod bind_mount_tests {
    use super::bind_mounts;

    #[test]
    fn bind_mounts_of_the_context_resolve_against_the_workdir() {
        let m = vec![
            "type=cache,target=/root/.cache/pip".to_string(),
            "type=bind,source=requirements.txt,target=requirements.txt".to_string(),
            "type=bind,from=build,target=/x".to_string(),
            "type=bind,target=/src".to_string(),
        ];
        assert_eq!(
            bind_mounts(&m, "/app"),
            vec![
                (
                    "requirements.txt".to_string(),
                    "/app/requirements.txt".to_string()
                ),
                (".".to_string(), "/src".to_string()),
            ]
        );
    }
}
