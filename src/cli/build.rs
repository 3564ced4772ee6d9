//! `docker build`: reading the flags, and drawing BuildKit's progress screen from a build report.

use super::format::display_width;
use super::spec::Invocation;
use super::CliCtx;
use crate::dockerfile::builder::{
    self, BuildFailure, BuildReport, BuildRequest, Vertex, VertexStatus,
};
use crate::dockerfile::lint;
use crate::engine::{Engine, ErrorKind, Event};
use crate::image::reference;
use crate::runtime::Output;

/// BuildKit's `%3.1f` seconds, with values under 0.05 s shown as `0.0`.
fn secs(ms: i64) -> String {
    format!("{:.1}s", ms.max(0) as f64 / 1000.0)
}

/// Cuts text to `cells` display cells (no ellipsis, as BuildKit does).
fn cut(text: &str, cells: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = display_width(c.encode_utf8(&mut [0; 4]));
        if w + cw > cells {
            break;
        }
        w += cw;
        out.push(c);
    }
    out
}

/// Pads text with spaces to `cells` display cells.
fn pad(text: &str, cells: usize) -> String {
    let w = display_width(text);
    format!("{text}{}", " ".repeat(cells.saturating_sub(w)))
}

/// A line with a right-aligned timer, `width - 1` cells wide.
fn timed_line(prefix: &str, text: &str, ms: i64, width: usize) -> String {
    let t = secs(ms);
    let room = width.saturating_sub(1 + prefix.len() + 1 + t.len().max(5));
    format!("{prefix}{} {t:>5}\n", pad(&cut(text, room), room))
}

fn progress_text(done: u64, total: u64) -> String {
    format!(
        "{} / {}",
        builder::transfer_size(done),
        builder::transfer_size(total)
    )
}

/// The final TTY screen of a build.
pub fn render_tty(report: &BuildReport, width: usize) -> String {
    let width = width.clamp(40, 400);
    let total = report.vertices.len();
    let completed = report
        .vertices
        .iter()
        .filter(|v| v.status != VertexStatus::Error)
        .count();
    let finished = if report.failure.is_none() || completed == total {
        " FINISHED"
    } else {
        ""
    };
    let head = format!(
        "[+] Building {} ({completed}/{total}){finished}",
        secs(report.total_ms)
    );
    let desc = "docker:default";
    let head_width = width.saturating_sub(desc.len() + 2);
    let mut out = format!("{} {desc}\n", pad(&head, head_width));
    for (i, v) in report.vertices.iter().enumerate() {
        let name = match v.status {
            VertexStatus::Error => format!("ERROR {}", v.name),
            _ => v.name.clone(),
        };
        out.push_str(&timed_line(" => ", &name, v.ms, width));
        for s in &v.subs {
            let text = match s.progress {
                Some((d, t)) => {
                    let p = progress_text(d, t);
                    let room = width.saturating_sub(7 + 6 + 1 + p.len() + 1);
                    format!("{} {p}", cut(&s.id, room))
                }
                None => s.id.clone(),
            };
            out.push_str(&timed_line(" => => ", &text, s.ms, width));
        }
        if i == 0 {
            for w in &report.warnings {
                out.push_str(&timed_line(
                    " => ",
                    &format!("WARN: {}: {} (line {})", w.rule, w.message, w.line),
                    0,
                    width,
                ));
            }
        }
    }
    out
}

/// The `--progress=plain` log of a build.
pub fn render_plain(report: &BuildReport) -> String {
    let mut out = String::from("#0 building with \"default\" instance using docker driver\n\n");
    for (i, v) in report.vertices.iter().enumerate() {
        let n = i + 1;
        let name = v.name.strip_prefix("CACHED ").unwrap_or(&v.name);
        out.push_str(&format!("#{n} {name}\n"));
        for s in &v.subs {
            match s.progress {
                Some((d, t)) => out.push_str(&format!(
                    "#{n} {} {} {} done\n",
                    s.id,
                    progress_text(d, t),
                    secs(s.ms)
                )),
                None => out.push_str(&format!("#{n} {} done\n", s.id)),
            }
        }
        for (ms, line) in &v.logs {
            out.push_str(&format!("#{n} {} {line}\n", log_time(*ms)));
        }
        match v.status {
            VertexStatus::Cached => out.push_str(&format!("#{n} CACHED\n\n")),
            VertexStatus::Done => out.push_str(&format!("#{n} DONE {}\n\n", secs(v.ms))),
            VertexStatus::Error => {
                if let Some(f) = &report.failure {
                    out.push_str(&format!("#{n} ERROR: {}\n\n", f.cause));
                }
            }
        }
    }
    out
}

/// Seconds since a step started, as BuildKit prefixes log lines.
fn log_time(ms: i64) -> String {
    let s = ms.max(0) as f64 / 1000.0;
    if s < 10.0 {
        format!("{s:.3}")
    } else if s < 100.0 {
        format!("{s:.2}")
    } else {
        format!("{s:.1}")
    }
}

/// The error part: the failing step's log, the Dockerfile snippet, the final line.
pub fn render_failure(report: &BuildReport, failure: &BuildFailure) -> String {
    let mut out = String::new();
    if failure.before_solve {
        return format!("ERROR: {}\n", failure.cause);
    }
    if let Some(v) = failure.log_of.and_then(|i| report.vertices.get(i)) {
        out.push_str(&failure_log(v));
    }
    if let Some(src) = &failure.source {
        let lines: Vec<&str> = src.text.split('\n').collect();
        let first = src.start.saturating_sub(2).max(1);
        let last = (src.end + 2).min(lines.len());
        out.push_str(&format!("{}:{}\n", src.file, src.start));
        if src.end > src.start {
            out.truncate(out.len() - 1);
            out.push_str(&format!("-{}\n", src.end));
        }
        out.push_str("--------------------\n");
        for n in first..=last {
            let text = lines
                .get(n - 1)
                .copied()
                .unwrap_or("")
                .trim_end_matches('\r');
            let mark = if n >= src.start && n <= src.end {
                ">>>"
            } else {
                "   "
            };
            out.push_str(&format!(" {n:>3} | {mark} {text}\n"));
        }
        out.push_str("--------------------\n");
    }
    out.push_str(&format!(
        "ERROR: failed to build: failed to solve: {}\n",
        failure.cause
    ));
    out
}

fn failure_log(v: &Vertex) -> String {
    let mut out = format!("------\n > {}:\n", v.name);
    for (ms, line) in &v.logs {
        out.push_str(&format!("{} {line}\n", log_time(*ms)));
    }
    out.push_str("------\n");
    out
}

/// `docker build` / `docker image build` / `docker buildx build`.
pub fn build(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let Some(context) = inv.args.first() else {
        return 1;
    };
    if context == "-" || context.contains("://") || context.starts_with("git@") {
        out.err("ERROR: dockling builds from a directory of your machine; stdin and URL contexts are not simulated\n");
        return 1;
    }
    let build_args = inv.flags.map("build-arg");
    let labels = inv.flags.map("label");
    let tags: Vec<String> = inv
        .flags
        .list("tag")
        .iter()
        .map(|s| s.to_string())
        .collect();
    for t in &tags {
        if let Err(e) = reference::parse(t) {
            out.err(format!(
                "ERROR: failed to build: invalid tag \"{t}\": {e}\n"
            ));
            engine.emit(Event::Failed {
                error: ErrorKind::InvalidReference {
                    reference: t.clone(),
                    message: e.to_string(),
                },
            });
            return 1;
        }
    }
    let context_dir = crate::vfs::normalize(&ctx.cwd, context);
    let req = BuildRequest {
        context: context_dir.clone(),
        context_typed: context.clone(),
        dockerfile: inv
            .flags
            .str("file")
            .filter(|f| !f.is_empty())
            .map(|f| crate::vfs::normalize(&ctx.cwd, f)),
        tags,
        build_args,
        target: inv
            .flags
            .str("target")
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        no_cache: inv.flags.bool("no-cache"),
        pull: inv.flags.bool("pull"),
        labels,
    };
    let report = builder::build(engine, &req);
    let quiet = inv.flags.bool("quiet");
    let plain = inv.flags.str("progress") == Some("plain");
    if !quiet && !report.failure.as_ref().is_some_and(|f| f.before_solve) {
        if plain {
            out.err(render_plain(&report));
        } else {
            out.err(render_tty(&report, ctx.width));
        }
    }
    match &report.failure {
        Some(failure) => {
            if !report.warnings.is_empty() && !quiet {
                out.err(lint::render_warnings(&report.warnings));
            }
            out.err(render_failure(&report, failure));
            1
        }
        None => {
            if quiet {
                if let Some(id) = &report.image_id {
                    out.out(format!("{id}\n"));
                }
            }
            if !report.warnings.is_empty() && !quiet {
                out.err(lint::render_warnings(&report.warnings));
            }
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vertex_lines_are_width_minus_one() {
        let line = timed_line(
            " => ",
            "[internal] load build definition from Dockerfile",
            0,
            80,
        );
        assert_eq!(line.trim_end_matches('\n').len(), 79);
        assert!(line.ends_with(" 0.0s\n"));
        let long = timed_line(
            " => ",
            "[1/5] FROM docker.io/library/node:20-alpine@sha256:830b3d6cb726aa0e71f00000",
            5200,
            80,
        );
        assert_eq!(
            long,
            " => [1/5] FROM docker.io/library/node:20-alpine@sha256:830b3d6cb726aa0e71  5.2s\n"
        );
    }

    #[test]
    fn log_times_follow_buildkit() {
        assert_eq!(log_time(512), "0.512");
        assert_eq!(log_time(12_345), "12.35");
        assert_eq!(log_time(123_456), "123.5");
    }
}
