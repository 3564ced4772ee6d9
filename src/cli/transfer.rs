//! Archives: `docker save`/`load` (images) and `docker export`/`import` (a container's files).
//! An archive is a file on the learner's machine; the daemon recognises the ones it wrote.

use super::format::human_size;
use super::spec::Invocation;
use super::{daemon_error, CliCtx};
use crate::engine::Engine;
use crate::runtime::Output;

/// Reads an archive named on the command line (`-` or nothing: stdin).
fn read_input<'a>(
    engine: &'a Engine,
    ctx: &'a CliCtx,
    path: Option<&str>,
    out: &mut Output,
) -> Result<Vec<u8>, i32> {
    match path.filter(|p| !p.is_empty() && *p != "-") {
        None => Ok(ctx.stdin.to_vec()),
        Some(p) => {
            let full = crate::vfs::normalize(&ctx.cwd, p);
            match engine.host_fs.read(&full) {
                Ok(bytes) => Ok(bytes.to_vec()),
                Err(_) => {
                    out.err(format!("open {p}: no such file or directory\n"));
                    Err(1)
                }
            }
        }
    }
}

/// Where `-o` writes, checked as the client checks it: its directory must exist.
fn output_path(
    engine: &Engine,
    ctx: &CliCtx,
    inv: &Invocation,
    what: &str,
    out: &mut Output,
) -> Result<Option<String>, i32> {
    let Some(p) = inv.flags.str("output").filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    let full = crate::vfs::normalize(&ctx.cwd, p);
    let dir = crate::vfs::parent(&full);
    if !engine.host_fs.is_dir(dir) {
        out.err(format!(
            "failed to {what}: invalid output path: directory \"{}\" does not exist\n",
            crate::vfs::parent(p).trim_end_matches('/')
        ));
        return Err(1);
    }
    Ok(Some(full))
}

/// `docker save`.
pub fn save(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let path = match output_path(engine, ctx, inv, "save image", out) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if path.is_none() && ctx.stdout_tty {
        out.err("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
        return 1;
    }
    match engine.save_images(&inv.args, path.as_deref().unwrap_or("")) {
        Err(e) => daemon_error(engine, out, &e),
        Ok(file) => {
            match path {
                Some(p) => engine.write_host_archive(&p, &file),
                None => out.out(String::from_utf8_lossy(&file.content)),
            }
            0
        }
    }
}

/// `docker load`.
pub fn load(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let input = inv.flags.str("input").filter(|p| !p.is_empty());
    let bytes = match read_input(engine, ctx, input, out) {
        Ok(b) => b,
        Err(code) => return code,
    };
    if bytes.is_empty() && input.is_none() {
        out.err("requested load from stdin, but stdin is empty\n");
        return 1;
    }
    match engine.load_images(&bytes) {
        Err(e) => daemon_error(engine, out, &e),
        Ok(loaded) => {
            for image in loaded {
                if !inv.flags.bool("quiet") && ctx.stdout_tty {
                    for (id, size) in &image.new_layers {
                        let size = human_size(*size);
                        out.out(format!(
                            "{id}: Loading layer [==================================================>]  {size}/{size}\n"
                        ));
                    }
                }
                for name in &image.names {
                    if name.starts_with("sha256:") {
                        out.out(format!("Loaded image ID: {name}\n"));
                    } else {
                        out.out(format!("Loaded image: {name}\n"));
                    }
                }
            }
            0
        }
    }
}

/// `docker export`.
pub fn export(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let path = match output_path(engine, ctx, inv, "export container", out) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if path.is_none() && ctx.stdout_tty {
        out.err("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
        return 1;
    }
    let Some(name) = inv.args.first() else {
        return 1;
    };
    let idx = match engine.find_container(name) {
        Ok(i) => i,
        Err(e) => return daemon_error(engine, out, &e),
    };
    let file = engine.export_container(idx, path.as_deref().unwrap_or(""));
    match path {
        Some(p) => engine.write_host_archive(&p, &file),
        None => out.out(String::from_utf8_lossy(&file.content)),
    }
    0
}

/// `docker import`.
pub fn import(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let source = inv.args.first().map(String::as_str);
    if source.is_some_and(|s| s.starts_with("http://") || s.starts_with("https://")) {
        out.err("dockling: importing from a URL is not simulated; import a file made by docker export\n");
        return 1;
    }
    let target = match inv.args.get(1).map(|t| crate::image::reference::parse(t)) {
        None => None,
        Some(Ok(r)) => Some(r),
        Some(Err(e)) => {
            out.err(format!("Error response from daemon: {e}\n"));
            return 1;
        }
    };
    let bytes = match read_input(engine, ctx, source, out) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let changes: Vec<String> = inv
        .flags
        .list("change")
        .iter()
        .map(|s| s.to_string())
        .collect();
    let message = inv.flags.str("message").unwrap_or("");
    match engine.import_image(&bytes, target.as_ref(), &changes, message) {
        Ok(id) => {
            out.out(format!("{id}\n"));
            0
        }
        Err(e) => daemon_error(engine, out, &e),
    }
}
