//! Shell built-ins: the commands a shell runs itself (`cd`, `echo`, `export`, `read`, `test` …).

use super::exec::{Flow, Input};
use super::expand::{glob_match, unescape_pattern};
use super::parser::{is_name, unescape_one};
use super::{coreutils, Flavor, Shell, ShellHost};
use crate::runtime::Output;

/// A built-in command.
pub type Builtin =
    fn(&mut Shell, &mut dyn ShellHost, &[String], &mut Input, &mut Output) -> Result<i32, Flow>;

/// The built-in (shell built-in or simulated utility) with this name.
pub fn lookup(name: &str) -> Option<Builtin> {
    lookup_shell(name).or_else(|| lookup_utility(name))
}

/// Shell built-ins proper (`type` calls these "shell builtin").
pub fn lookup_shell(name: &str) -> Option<Builtin> {
    Some(match name {
        "cd" => cd as Builtin,
        "pwd" => pwd,
        "echo" => echo,
        "printf" => printf,
        "true" | ":" => |_, _, _, _, _| Ok(0),
        "false" => |_, _, _, _, _| Ok(1),
        "test" | "[" => test,
        "export" => export,
        "readonly" => readonly,
        "unset" => unset,
        "set" => set,
        "read" => read,
        "exit" => exit,
        "return" => ret,
        "break" => brk,
        "continue" => cont,
        "local" => local,
        "shift" => shift,
        "eval" => eval,
        "." | "source" => source,
        "command" => command,
        "type" => type_,
        "let" => let_,
        "exec" => exec,
        "wait" | "trap" | "hash" | "alias" | "unalias" | "shopt" | "ulimit" | "umask" => noop,
        _ => return None,
    })
}

/// The coreutils-like programs the shell simulates itself.
pub fn lookup_utility(name: &str) -> Option<Builtin> {
    coreutils::lookup(name)
}

fn noop(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    match a.first().map(String::as_str) {
        Some("umask") if a.len() == 1 => out.out("0022\n"),
        Some("ulimit") if a.len() <= 2 => {
            let resource = match a.get(1).map(String::as_str).unwrap_or("-f") {
                "-n" => "nofile",
                "-u" => "nproc",
                "-s" => "stack",
                "-c" => "core",
                _ => "fsize",
            };
            match host.ulimit(resource) {
                Some(n) if n >= 0 => out.out(format!("{n}\n")),
                _ => out.out("unlimited\n"),
            }
        }
        Some("alias") if a.len() == 1 => {}
        _ => {}
    }
    let _ = sh;
    Ok(0)
}

fn cd(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let args: Vec<&String> = a
        .iter()
        .skip(1)
        .filter(|s| *s != "-P" && *s != "-L")
        .collect();
    if args.len() > 1 && sh.flavor == Flavor::Bash {
        out.err(format!("{}cd: too many arguments\n", sh.prefix()));
        return Ok(1);
    }
    let mut print = false;
    let target = match args.first().map(|s| s.as_str()) {
        None | Some("~") => match sh.get("HOME") {
            Some(h) => h.to_string(),
            None => {
                out.err(format!("{}cd: HOME not set\n", sh.prefix()));
                return Ok(1);
            }
        },
        Some("-") => match sh.get("OLDPWD") {
            Some(o) => {
                print = true;
                o.to_string()
            }
            None => {
                out.err(format!("{}cd: OLDPWD not set\n", sh.prefix()));
                return Ok(1);
            }
        },
        Some(p) => p.to_string(),
    };
    let path = crate::vfs::normalize(&sh.cwd, &target);
    let fs = host.fs();
    let err = if fs.is_dir(&path) {
        None
    } else if fs.exists(&path) {
        Some(crate::vfs::FsError::NotADirectory)
    } else {
        Some(crate::vfs::FsError::NotFound)
    };
    if let Some(e) = err {
        let msg = match sh.flavor {
            Flavor::Bash => format!("{}cd: {target}: {e}\n", sh.prefix()),
            Flavor::Dash => format!("{}cd: can't cd to {target}\n", sh.prefix()),
            Flavor::Ash => format!("{}cd: can't cd to {target}: {e}\n", sh.prefix()),
        };
        out.err(msg);
        return Ok(if sh.flavor == Flavor::Dash { 2 } else { 1 });
    }
    let old = std::mem::replace(&mut sh.cwd, path.clone());
    sh.set_var("OLDPWD", &old);
    sh.set_var("PWD", &path);
    if print {
        out.out(format!("{path}\n"));
    }
    Ok(0)
}

fn pwd(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    _: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    out.out(format!("{}\n", sh.cwd));
    Ok(0)
}

/// Interprets `echo -e` / `printf %b` escapes; the flag is set when `\c` stops output.
pub fn escapes(s: &str) -> (String, bool) {
    let mut r = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            r.push(c);
            continue;
        }
        match chars.next() {
            None => r.push('\\'),
            Some('c') => return (r, true),
            Some('0') => {
                let mut v = 0u32;
                for _ in 0..3 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                r.push(char::from_u32(v).unwrap_or('\0'));
            }
            Some('x') => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                            n += 1;
                        }
                        None => break,
                    }
                }
                if n == 0 {
                    r.push_str("\\x");
                } else {
                    r.push(char::from_u32(v).unwrap_or('\0'));
                }
            }
            Some(e) => r.push_str(&unescape_one(e)),
        }
    }
    (r, false)
}

fn echo(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let mut newline = true;
    let mut interpret = sh.flavor == Flavor::Dash;
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        let flags = arg.strip_prefix('-').filter(|f| {
            !f.is_empty()
                && f.chars().all(|c| {
                    if sh.flavor == Flavor::Dash {
                        c == 'n'
                    } else {
                        matches!(c, 'n' | 'e' | 'E')
                    }
                })
        });
        let Some(flags) = flags else { break };
        for c in flags.chars() {
            match c {
                'n' => newline = false,
                'e' => interpret = true,
                _ => interpret = false,
            }
        }
        i += 1;
    }
    let mut text = a.get(i..).unwrap_or(&[]).join(" ");
    if interpret {
        let (t, stop) = escapes(&text);
        text = t;
        if stop {
            newline = false;
        }
    }
    if newline {
        text.push('\n');
    }
    out.out(text);
    Ok(0)
}

/// Formats `printf` output; the format is reused while arguments remain.
pub fn printf_format(fmt: &str, args: &[String], prefix: &str, errs: &mut String) -> String {
    let fmt: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut ai = 0usize;
    for _round in 0..10_000 {
        let mut i = 0;
        let mut consumed = false;
        while i < fmt.len() {
            let c = fmt[i];
            if c == '\\' {
                let mut j = i + 1;
                let mut esc = String::from("\\");
                if let Some(&n) = fmt.get(j) {
                    esc.push(n);
                    j += 1;
                    if n == '0' || n == 'x' {
                        while j < fmt.len() && j < i + 5 && fmt[j].is_ascii_hexdigit() {
                            esc.push(fmt[j]);
                            j += 1;
                        }
                    }
                }
                out.push_str(&escapes(&esc).0);
                i = j;
                continue;
            }
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if fmt.get(i) == Some(&'%') {
                out.push('%');
                i += 1;
                continue;
            }
            let mut spec = String::new();
            while let Some(&f) = fmt.get(i) {
                if "-+ #0123456789.".contains(f) {
                    spec.push(f);
                    i += 1;
                } else {
                    break;
                }
            }
            let Some(&conv) = fmt.get(i) else {
                out.push('%');
                out.push_str(&spec);
                break;
            };
            i += 1;
            let arg = args.get(ai).cloned();
            if arg.is_some() {
                ai += 1;
                consumed = true;
            }
            let arg = arg.unwrap_or_default();
            let left = spec.contains('-');
            let zero = spec.starts_with('0') || spec.contains("-0") || spec.contains("+0");
            let (width, prec) = {
                let digits = spec.trim_start_matches(['-', '+', ' ', '#', '0']);
                let mut it = digits.splitn(2, '.');
                let w = it.next().and_then(|w| w.parse::<usize>().ok()).unwrap_or(0);
                let p = it.next().map(|p| p.parse::<usize>().unwrap_or(0));
                (w.min(10_000), p)
            };
            let body = match conv {
                's' => match prec {
                    Some(p) => arg.chars().take(p).collect(),
                    None => arg,
                },
                'b' => escapes(&arg).0,
                'c' => arg.chars().next().map(String::from).unwrap_or_default(),
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let n = parse_int_arg(&arg).unwrap_or_else(|| {
                        errs.push_str(&format!("{prefix}printf: {arg}: invalid number\n"));
                        0
                    });
                    let s = match conv {
                        'x' => format!("{n:x}"),
                        'X' => format!("{n:X}"),
                        'o' => format!("{n:o}"),
                        _ => {
                            if spec.contains('+') && n >= 0 {
                                format!("+{n}")
                            } else {
                                n.to_string()
                            }
                        }
                    };
                    if zero && !left && s.len() < width {
                        let (sign, digits) = if let Some(d) = s.strip_prefix('-') {
                            ("-", d)
                        } else {
                            ("", s.as_str())
                        };
                        format!("{sign}{}{digits}", "0".repeat(width - s.len()))
                    } else {
                        s
                    }
                }
                'f' | 'e' | 'g' => {
                    let v: f64 = arg.trim().parse().unwrap_or(0.0);
                    // Rust's formatter panics past a precision of 65535; 10,000 digits is plenty.
                    format!("{v:.*}", prec.unwrap_or(6).min(10_000))
                }
                other => {
                    errs.push_str(&format!("{prefix}printf: %{other}: invalid directive\n"));
                    String::new()
                }
            };
            let len = body.chars().count();
            if len < width {
                let pad = " ".repeat(width - len);
                if left {
                    out.push_str(&body);
                    out.push_str(&pad);
                } else {
                    out.push_str(&pad);
                    out.push_str(&body);
                }
            } else {
                out.push_str(&body);
            }
        }
        if !consumed || ai >= args.len() {
            break;
        }
    }
    out
}

fn parse_int_arg(s: &str) -> Option<i64> {
    let t = s.trim();
    if t.is_empty() {
        return Some(0);
    }
    if let Some(c) = t.strip_prefix('\'').or_else(|| t.strip_prefix('"')) {
        return Some(c.chars().next().map(|c| c as i64).unwrap_or(0));
    }
    if let Some(h) = t.strip_prefix("0x") {
        return i64::from_str_radix(h, 16).ok();
    }
    t.parse().ok()
}

fn printf(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let Some(fmt) = a.get(1) else {
        out.err(format!(
            "{}printf: usage: printf [-v var] format [arguments]\n",
            sh.prefix()
        ));
        return Ok(2);
    };
    let mut errs = String::new();
    let text = printf_format(fmt, a.get(2..).unwrap_or(&[]), &sh.prefix(), &mut errs);
    out.out(text);
    if !errs.is_empty() {
        out.err(errs);
        return Ok(1);
    }
    Ok(0)
}

fn export_like(sh: &mut Shell, a: &[String], out: &mut Output, readonly: bool) -> i32 {
    let word = if readonly { "readonly" } else { "export" };
    let names: Vec<&String> = a.iter().skip(1).filter(|s| !s.starts_with('-')).collect();
    if names.is_empty() {
        let mut text = String::new();
        for (k, v) in &sh.vars {
            if (readonly && v.readonly) || (!readonly && v.exported) {
                match sh.flavor {
                    Flavor::Bash => {
                        let flag = if readonly { "-r" } else { "-x" };
                        let escaped = v.value.replace('\\', "\\\\").replace('"', "\\\"");
                        text.push_str(&format!("declare {flag} {k}=\"{escaped}\"\n"));
                    }
                    Flavor::Dash | Flavor::Ash => {
                        text.push_str(&format!("{word} {k}={}\n", sh_quote(&v.value)));
                    }
                }
            }
        }
        out.out(text);
        return 0;
    }
    let mut status = 0;
    for n in names {
        let (name, value) = match n.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (n.as_str(), None),
        };
        if !is_name(name) {
            out.err(format!(
                "{}{word}: `{n}': not a valid identifier\n",
                sh.prefix()
            ));
            status = 1;
            continue;
        }
        if let Some(v) = value {
            if !sh.assign(name, v, out) {
                status = 1;
                continue;
            }
        }
        let var = sh.vars.entry(name.to_string()).or_default();
        if readonly {
            var.readonly = true;
        } else {
            var.exported = true;
        }
    }
    status
}

/// Whether a word reads back as itself without quotes: it is not empty and has only the
/// characters bash's `set` prints bare.
pub fn is_bare_word(v: &str) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./:,@%+=".contains(c))
}

/// Quotes a value the way `set` and `export -p` print it in dash and ash.
pub fn sh_quote(v: &str) -> String {
    format!("'{}'", v.replace('\'', "'\\''"))
}

fn export(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    Ok(export_like(sh, a, out, false))
}

fn readonly(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    Ok(export_like(sh, a, out, true))
}

fn unset(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let functions = a.iter().any(|s| s == "-f");
    let mut status = 0;
    for n in a.iter().skip(1).filter(|s| !s.starts_with('-')) {
        if functions {
            sh.functions.remove(n);
        } else if sh.vars.get(n).is_some_and(|v| v.readonly) {
            out.err(format!(
                "{}unset: {n}: cannot unset: readonly variable\n",
                sh.prefix()
            ));
            status = 1;
        } else if sh.vars.remove(n).is_none() {
            sh.functions.remove(n);
        }
    }
    Ok(status)
}

fn set(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    if a.len() == 1 {
        let mut text = String::new();
        for (k, v) in &sh.vars {
            if is_bare_word(&v.value) && sh.flavor == Flavor::Bash {
                text.push_str(&format!("{k}={}\n", v.value));
            } else {
                text.push_str(&format!("{k}={}\n", sh_quote(&v.value)));
            }
        }
        out.out(text);
        return Ok(0);
    }
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        if arg == "--" {
            sh.positional = a.get(i + 1..).unwrap_or(&[]).to_vec();
            return Ok(0);
        }
        let (on, flags) = if let Some(f) = arg.strip_prefix('-') {
            (true, f)
        } else if let Some(f) = arg.strip_prefix('+') {
            (false, f)
        } else {
            sh.positional = a.get(i..).unwrap_or(&[]).to_vec();
            return Ok(0);
        };
        if flags == "o" {
            i += 1;
            match a.get(i).map(String::as_str) {
                Some("errexit") => sh.options.errexit = on,
                Some("xtrace") => sh.options.xtrace = on,
                Some("nounset") => sh.options.nounset = on,
                Some("pipefail") | Some("noclobber") | Some("posix") => {}
                Some(other) => {
                    out.err(format!(
                        "{}set: {other}: invalid option name\n",
                        sh.prefix()
                    ));
                    return Ok(2);
                }
                None => {}
            }
        } else {
            for c in flags.chars() {
                match c {
                    'e' => sh.options.errexit = on,
                    'x' => sh.options.xtrace = on,
                    'u' => sh.options.nounset = on,
                    'v' | 'f' | 'h' | 'm' | 'b' | 'C' | 'a' | 'n' => {}
                    other => {
                        out.err(format!("{}set: -{other}: invalid option\n", sh.prefix()));
                        return Ok(2);
                    }
                }
            }
        }
        i += 1;
    }
    Ok(0)
}

fn read(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let mut raw = false;
    let mut names = Vec::new();
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        match arg.as_str() {
            "-r" => raw = true,
            "-p" => {
                i += 1;
                if let Some(p) = a.get(i) {
                    out.err(p);
                }
            }
            "-s" => {}
            s if s.starts_with('-') && names.is_empty() => {}
            s => names.push(s.to_string()),
        }
        i += 1;
    }
    if names.is_empty() {
        names.push("REPLY".into());
    }
    let line = input.read_line();
    let status = if line.is_some() { 0 } else { 1 };
    let mut line = line.unwrap_or_default();
    if !raw {
        let mut s = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(n) = chars.next() {
                    s.push(n);
                }
            } else {
                s.push(c);
            }
        }
        line = s;
    }
    let ifs = sh.get("IFS").unwrap_or(" \t\n").to_string();
    if names.len() == 1 && names[0] == "REPLY" {
        sh.set_var("REPLY", &line);
        return Ok(status);
    }
    let mut rest = line.trim_matches(|c: char| ifs.contains(c) && c.is_whitespace());
    for (n, name) in names.iter().enumerate() {
        if n + 1 == names.len() {
            sh.set_var(
                name,
                rest.trim_end_matches(|c: char| ifs.contains(c) && c.is_whitespace()),
            );
        } else {
            let end = rest.find(|c: char| ifs.contains(c)).unwrap_or(rest.len());
            sh.set_var(name, &rest[..end]);
            rest = rest[end..].trim_start_matches(|c: char| ifs.contains(c) && c.is_whitespace());
            if let Some(r) = rest.strip_prefix(|c: char| ifs.contains(c)) {
                rest = r;
            }
        }
    }
    Ok(status)
}

fn status_arg(sh: &Shell, a: &[String], what: &str, out: &mut Output) -> Result<i32, i32> {
    match a.get(1) {
        None => Ok(sh.last_status),
        Some(s) => match s.parse::<i64>() {
            Ok(n) => Ok((n & 0xff) as i32),
            Err(_) => {
                match sh.flavor {
                    Flavor::Bash => out.err(format!(
                        "{}{what}: {s}: numeric argument required\n",
                        sh.prefix()
                    )),
                    _ => out.err(format!("{}{what}: Illegal number: {s}\n", sh.prefix())),
                }
                Err(2)
            }
        },
    }
}

fn exit(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let n = status_arg(sh, a, "exit", out).unwrap_or_else(|e| e);
    Err(Flow::Exit(n))
}

fn ret(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let n = match status_arg(sh, a, "return", out) {
        Ok(n) => n,
        Err(e) => return Ok(e),
    };
    if sh.func_depth == 0 {
        if sh.flavor == Flavor::Bash {
            out.err(format!(
                "{}return: can only `return' from a function or sourced script\n",
                sh.prefix()
            ));
            return Ok(2);
        }
        return Err(Flow::Exit(n));
    }
    Err(Flow::Return(n))
}

fn loop_level(sh: &Shell, a: &[String], what: &str, out: &mut Output) -> Option<usize> {
    if sh.loop_depth == 0 {
        if sh.flavor == Flavor::Bash {
            out.err(format!(
                "{}{what}: only meaningful in a `for', `while', or `until' loop\n",
                sh.prefix()
            ));
        }
        return None;
    }
    Some(
        a.get(1)
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(1)
            .max(1),
    )
}

fn brk(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    match loop_level(sh, a, "break", out) {
        Some(n) => Err(Flow::Break(n)),
        None => Ok(0),
    }
}

fn cont(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    match loop_level(sh, a, "continue", out) {
        Some(n) => Err(Flow::Continue(n)),
        None => Ok(0),
    }
}

fn local(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    if sh.func_depth == 0 {
        match sh.flavor {
            Flavor::Bash => out.err(format!(
                "{}local: can only be used in a function\n",
                sh.prefix()
            )),
            _ => out.err(format!("{}local: not in a function\n", sh.prefix())),
        }
        return Ok(1);
    }
    for arg in a.iter().skip(1).filter(|s| !s.starts_with('-')) {
        let (name, value) = match arg.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (arg.as_str(), None),
        };
        let old = sh.vars.get(name).cloned();
        if let Some(frame) = sh.locals.last_mut() {
            if !frame.iter().any(|(k, _)| k == name) {
                frame.push((name.to_string(), old));
            }
        }
        match value {
            Some(v) => sh.set_var(name, v),
            None => {
                sh.vars.entry(name.to_string()).or_default();
            }
        }
    }
    Ok(0)
}

fn shift(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    _: &mut Output,
) -> Result<i32, Flow> {
    let n = a.get(1).and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
    if n > sh.positional.len() {
        return Ok(1);
    }
    sh.positional.drain(..n);
    Ok(0)
}

/// Runs source text in the current shell (for `eval` and `.`), one level deeper.
fn run_here(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    src: &str,
    input: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    if sh.budget.depth >= super::MAX_DEPTH {
        return Err(sh.halt(super::Bound::Depth));
    }
    let list = match super::parser::parse(src) {
        Ok(l) => l,
        Err(e) => {
            let interactive = sh.interactive;
            sh.interactive = true;
            let msg = sh.syntax_error(&e, src);
            sh.interactive = interactive;
            out.err(msg);
            return Ok(2);
        }
    };
    sh.budget.depth += 1;
    let r = sh.exec_list(&list, host, input, out);
    sh.budget.depth -= 1;
    r
}

fn eval(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let src = a.get(1..).unwrap_or(&[]).join(" ");
    run_here(sh, host, &src, input, out)
}

fn source(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let Some(file) = a.get(1) else {
        out.err(format!("{}.: filename argument required\n", sh.prefix()));
        return Ok(2);
    };
    let path = crate::vfs::normalize(&sh.cwd, file);
    match host.fs().read_string(&path) {
        Ok(src) => run_here(sh, host, &src, input, out),
        Err(e) => {
            out.err(format!("{}{file}: {e}\n", sh.prefix()));
            Ok(1)
        }
    }
}

/// Where `name` would be found: a function, a shell built-in, or a path.
enum Found {
    Function,
    Builtin,
    Path(String),
}

fn find_command(sh: &Shell, host: &mut dyn ShellHost, name: &str) -> Option<Found> {
    if sh.functions.contains_key(name) {
        return Some(Found::Function);
    }
    if lookup_shell(name).is_some() {
        return Some(Found::Builtin);
    }
    if name.contains('/') {
        let p = crate::vfs::normalize(&sh.cwd, name);
        return host.fs().is_file(&p).then(|| Found::Path(name.to_string()));
    }
    let path = sh
        .get("PATH")
        .unwrap_or("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
        .to_string();
    for dir in path.split(':').filter(|d| !d.is_empty()) {
        let p = crate::vfs::normalize(dir, name);
        if host.fs().is_file(&p) {
            return Some(Found::Path(p));
        }
    }
    if lookup_utility(name).is_some() {
        let dir = if sh.flavor == Flavor::Ash {
            "/bin"
        } else {
            "/usr/bin"
        };
        return Some(Found::Path(format!("{dir}/{name}")));
    }
    None
}

fn command(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let verbose = a.get(1).is_some_and(|s| s == "-v" || s == "-V");
    if verbose {
        let mut status = 0;
        for name in a.iter().skip(2) {
            match find_command(sh, host, name) {
                Some(Found::Path(p)) => out.out(format!("{p}\n")),
                Some(_) => out.out(format!("{name}\n")),
                None => status = 1,
            }
        }
        return Ok(status);
    }
    let argv = a.get(1..).unwrap_or(&[]);
    let Some(name) = argv.first() else {
        return Ok(0);
    };
    if let Some(b) = lookup(name) {
        return b(sh, host, argv, input, out);
    }
    sh.count_program(argv)?;
    if let Some(s) = host.exec(sh, argv, input.rest(), out) {
        return Ok(s);
    }
    out.err(sh.not_found(name));
    Ok(127)
}

fn type_(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let mut status = 0;
    for name in a.iter().skip(1).filter(|s| !s.starts_with('-')) {
        match find_command(sh, host, name) {
            Some(Found::Function) => out.out(format!("{name} is a function\n")),
            Some(Found::Builtin) => out.out(format!("{name} is a shell builtin\n")),
            Some(Found::Path(p)) => out.out(format!("{name} is {p}\n")),
            None => {
                status = 1;
                match sh.flavor {
                    Flavor::Bash => out.err(format!("{}type: {name}: not found\n", sh.prefix())),
                    _ => out.out(format!("{name}: not found\n")),
                }
            }
        }
    }
    Ok(status)
}

/// `which`: prints the path of each program found.
pub fn which(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let mut status = 0;
    for name in a.iter().skip(1).filter(|s| !s.starts_with('-')) {
        let builtin_only = lookup_shell(name).is_some()
            && !matches!(
                name.as_str(),
                "echo" | "printf" | "test" | "[" | "true" | "false" | "pwd" | "kill"
            );
        match find_command(sh, host, name) {
            Some(Found::Path(p)) => out.out(format!("{p}\n")),
            Some(Found::Builtin) if !builtin_only => {
                let dir = if sh.flavor == Flavor::Ash {
                    "/bin"
                } else {
                    "/usr/bin"
                };
                out.out(format!("{dir}/{name}\n"));
            }
            _ => status = 1,
        }
    }
    Ok(status)
}

fn let_(
    sh: &mut Shell,
    _: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let mut last = 0;
    for e in a.iter().skip(1) {
        match sh.arith(e) {
            Ok(v) => last = v,
            Err(msg) => {
                out.err(format!("{}let: {msg}\n", sh.prefix()));
                return Ok(1);
            }
        }
    }
    Ok((last == 0) as i32)
}

fn exec(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let argv = a.get(1..).unwrap_or(&[]);
    if argv.is_empty() {
        return Ok(0);
    }
    let status = sh.dispatch(argv, host, input, out)?;
    Err(Flow::Exit(status))
}

fn test(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    _: &mut Input,
    out: &mut Output,
) -> Result<i32, Flow> {
    let mut args: Vec<String> = a.get(1..).unwrap_or(&[]).to_vec();
    let name = a.first().map(String::as_str).unwrap_or("test");
    if name == "[" {
        if args.last().map(String::as_str) != Some("]") {
            match sh.flavor {
                Flavor::Bash => out.err(format!("{}[: missing `]'\n", sh.prefix())),
                _ => out.err(format!("{}[: missing ]\n", sh.prefix())),
            }
            return Ok(2);
        }
        args.pop();
    }
    let mut t = TestEval {
        args: &args,
        pos: 0,
        host,
        cwd: sh.cwd.clone(),
        bracket: false,
        depth: 0,
    };
    let r = t.top();
    match r {
        Ok(b) => Ok(if b { 0 } else { 1 }),
        Err(msg) => {
            out.err(format!("{}{name}: {msg}\n", sh.prefix()));
            Ok(2)
        }
    }
}

struct TestEval<'a> {
    args: &'a [String],
    pos: usize,
    host: &'a mut dyn ShellHost,
    cwd: String,
    /// `[[`: operands are patterns with escapes, `==` matches globs.
    bracket: bool,
    /// Open `(` and `!` being evaluated: bounded like the shell's own nesting.
    depth: usize,
}

impl TestEval<'_> {
    fn peek(&self) -> Option<&str> {
        self.args.get(self.pos).map(String::as_str)
    }

    fn operand(&self, s: &str) -> String {
        if self.bracket {
            unescape_pattern(s)
        } else {
            s.to_string()
        }
    }

    fn top(&mut self) -> Result<bool, String> {
        // POSIX decides by the number of arguments for up to four of them.
        let n = self.args.len();
        if n == 0 {
            return Ok(false);
        }
        if n == 1 {
            return Ok(!self.operand(&self.args[0]).is_empty());
        }
        let v = self.or()?;
        if let Some(t) = self.peek() {
            let t = t.to_string();
            if n == 3 || (n == 2 && !self.bracket) {
                return Err(format!("{t}: binary operator expected"));
            }
            return Err(if self.bracket {
                format!("syntax error near `{t}'")
            } else {
                "too many arguments".to_string()
            });
        }
        Ok(v)
    }

    fn or(&mut self) -> Result<bool, String> {
        let mut v = self.and()?;
        while matches!(self.peek(), Some("-o") | Some("||")) {
            self.pos += 1;
            let r = self.and()?;
            v = v || r;
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut v = self.not()?;
        while matches!(self.peek(), Some("-a") | Some("&&")) {
            if self.peek() == Some("-a") && self.bracket {
                break;
            }
            self.pos += 1;
            let r = self.not()?;
            v = v && r;
        }
        Ok(v)
    }

    fn not(&mut self) -> Result<bool, String> {
        if self.peek() == Some("!") && self.args.len() > self.pos + 1 {
            self.pos += 1;
            self.nest()?;
            let v = self.not();
            self.depth -= 1;
            return Ok(!v?);
        }
        self.primary()
    }

    /// Enters one level of `(` or `!`; past [`super::MAX_DEPTH`] the test stops with the
    /// simulator's bound, where bash would recurse until its stack ran out.
    fn nest(&mut self) -> Result<(), String> {
        if self.depth >= super::MAX_DEPTH {
            return Err(format!(
                "dockling: stopped at nesting depth {} (the simulator bounds runaway recursion)",
                super::MAX_DEPTH
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn primary(&mut self) -> Result<bool, String> {
        let Some(first) = self.peek().map(str::to_string) else {
            return Err("argument expected".into());
        };
        if first == "(" {
            self.pos += 1;
            self.nest()?;
            let v = self.or();
            self.depth -= 1;
            let v = v?;
            if self.peek() != Some(")") {
                return Err("`)' expected".into());
            }
            self.pos += 1;
            return Ok(v);
        }
        // Binary operator?
        if let Some(op) = self.args.get(self.pos + 1).map(String::as_str) {
            if is_binary(op) && self.args.get(self.pos + 2).is_some() {
                let lhs = self.operand(&first);
                let rhs_raw = self.args[self.pos + 2].clone();
                let op = op.to_string();
                self.pos += 3;
                return self.binary(&lhs, &op, &rhs_raw);
            }
        }
        if first.starts_with('-') && first.len() == 2 && self.args.get(self.pos + 1).is_some() {
            let arg = self.operand(&self.args[self.pos + 1].clone());
            self.pos += 2;
            return self.unary(&first, &arg);
        }
        self.pos += 1;
        Ok(!self.operand(&first).is_empty())
    }

    fn int(&self, s: &str) -> Result<i64, String> {
        s.trim()
            .parse::<i64>()
            .map_err(|_| format!("{s}: integer expression expected"))
    }

    fn binary(&mut self, lhs: &str, op: &str, rhs_raw: &str) -> Result<bool, String> {
        let rhs = self.operand(rhs_raw);
        Ok(match op {
            "=" | "==" => {
                if self.bracket {
                    glob_match(rhs_raw, lhs)
                } else {
                    lhs == rhs
                }
            }
            "!=" => {
                if self.bracket {
                    !glob_match(rhs_raw, lhs)
                } else {
                    lhs != rhs
                }
            }
            "=~" => coreutils::Regex::new(&rhs, true, false).is_some_and(|r| r.is_match(lhs)),
            "<" => lhs < rhs.as_str(),
            ">" => lhs > rhs.as_str(),
            "-eq" => self.int(lhs)? == self.int(&rhs)?,
            "-ne" => self.int(lhs)? != self.int(&rhs)?,
            "-lt" => self.int(lhs)? < self.int(&rhs)?,
            "-le" => self.int(lhs)? <= self.int(&rhs)?,
            "-gt" => self.int(lhs)? > self.int(&rhs)?,
            "-ge" => self.int(lhs)? >= self.int(&rhs)?,
            "-nt" | "-ot" | "-ef" => false,
            _ => false,
        })
    }

    fn unary(&mut self, op: &str, arg: &str) -> Result<bool, String> {
        let path = crate::vfs::normalize(&self.cwd, arg);
        let fs = self.host.fs();
        Ok(match op {
            "-z" => arg.is_empty(),
            "-n" => !arg.is_empty(),
            "-e" | "-a" => !arg.is_empty() && fs.exists(&path),
            "-f" => !arg.is_empty() && fs.is_file(&path),
            "-d" => !arg.is_empty() && fs.is_dir(&path),
            "-s" => fs.resolve(&path).is_some_and(|(_, n)| n.size() > 0),
            "-r" | "-w" => !arg.is_empty() && fs.exists(&path),
            "-x" => fs
                .resolve(&path)
                .is_some_and(|(_, n)| n.is_dir() || n.mode & 0o111 != 0),
            "-L" | "-h" => fs
                .get(&path)
                .is_some_and(|n| matches!(n.kind, crate::vfs::NodeKind::Symlink(_))),
            "-t" => false,
            other => return Err(format!("{other}: unary operator expected")),
        })
    }
}

fn is_binary(op: &str) -> bool {
    matches!(
        op,
        "=" | "=="
            | "!="
            | "=~"
            | "<"
            | ">"
            | "-eq"
            | "-ne"
            | "-lt"
            | "-le"
            | "-gt"
            | "-ge"
            | "-nt"
            | "-ot"
            | "-ef"
    )
}

/// Evaluates `[[ ... ]]` with access to the filesystem.
pub fn double_bracket_eval(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    args: &[String],
    out: &mut Output,
) -> i32 {
    let mut t = TestEval {
        args,
        pos: 0,
        host,
        cwd: sh.cwd.clone(),
        bracket: true,
        depth: 0,
    };
    match t.top() {
        Ok(b) => (!b) as i32,
        Err(msg) => {
            out.err(format!("{}{msg}\n", sh.prefix()));
            2
        }
    }
}
