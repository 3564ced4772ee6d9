//! Text tools the shell simulates: `sed` (addresses, `s///`, `d`, `p`, `q`, `y`, `a`/`i`/`c`,
//! `-n`, `-e`, `-E`, `-i`), an `awk` subset (patterns, `BEGIN`/`END`, fields, variables,
//! `print`/`printf`, `if`, arithmetic, `-F`, `-v`), and `shuf`. Regular expressions are the
//! shell's own [`Regex`] (no back-references). Every loop is bounded by its input.

use super::builtins::printf_format;
use super::coreutils::Regex;
use super::exec::{Flow, Input};
use super::{Flavor, Shell, ShellHost};
use crate::runtime::Output;
use crate::vfs;

type R = Result<i32, Flow>;

fn gnu(sh: &Shell) -> bool {
    sh.flavor != Flavor::Ash
}

/// Reads the operands (or stdin), reporting missing files as `prog: f: No such file…`.
fn inputs(
    sh: &Shell,
    host: &mut dyn ShellHost,
    prog: &str,
    files: &[String],
    input: &mut Input,
    out: &mut Output,
) -> (Vec<(String, String)>, bool) {
    let mut texts = Vec::new();
    let mut failed = false;
    if files.is_empty() {
        texts.push((
            "-".to_string(),
            String::from_utf8_lossy(&input.read_all()).into_owned(),
        ));
    }
    for f in files {
        if f == "-" {
            texts.push((
                f.clone(),
                String::from_utf8_lossy(&input.read_all()).into_owned(),
            ));
            continue;
        }
        match host.fs().read_string(&vfs::normalize(&sh.cwd, f)) {
            Ok(t) => texts.push((f.clone(), t)),
            Err(e) => {
                if gnu(sh) {
                    out.err(format!("{prog}: can't read {f}: {e}\n"));
                } else {
                    out.err(format!("{prog}: {f}: {e}\n"));
                }
                failed = true;
            }
        }
    }
    (texts, failed)
}

// ---------------------------------------------------------------- sed

#[derive(Clone, Debug)]
enum Addr {
    Line(usize),
    Last,
    Re(Regex),
}

#[derive(Clone, Debug)]
enum Cmd {
    Subst {
        re: Regex,
        anchored: bool,
        rep: String,
        global: bool,
        nth: usize,
        print: bool,
    },
    Delete,
    Print,
    Quit,
    Translit(Vec<char>, Vec<char>),
    Append(String),
    Insert(String),
    Change(String),
    LineNo,
}

#[derive(Clone, Debug)]
struct SedCmd {
    a1: Option<Addr>,
    a2: Option<Addr>,
    negate: bool,
    cmd: Cmd,
}

fn sed_addr(chars: &[char], i: &mut usize, extended: bool) -> Result<Option<Addr>, String> {
    match chars.get(*i) {
        Some(c) if c.is_ascii_digit() => {
            let mut n = 0usize;
            while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
                n = n.saturating_mul(10).saturating_add(d as usize);
                *i += 1;
            }
            Ok(Some(Addr::Line(n)))
        }
        Some('$') => {
            *i += 1;
            Ok(Some(Addr::Last))
        }
        Some('/') | Some('\\') => {
            let delim = if chars[*i] == '\\' {
                *i += 1;
                *chars.get(*i).ok_or("unterminated address regex")?
            } else {
                '/'
            };
            *i += 1;
            let pat = delimited(chars, i, delim).ok_or("unterminated address regex")?;
            let re = Regex::new(&pat, extended, false).ok_or("unterminated address regex")?;
            Ok(Some(Addr::Re(re)))
        }
        _ => Ok(None),
    }
}

/// Reads up to an unescaped `delim`, leaving `\delim` as `delim`; `*i` ends after it.
fn delimited(chars: &[char], i: &mut usize, delim: char) -> Option<String> {
    let mut s = String::new();
    while let Some(&c) = chars.get(*i) {
        *i += 1;
        if c == '\\' {
            let n = *chars.get(*i)?;
            *i += 1;
            if n == delim {
                s.push(n);
            } else if n == 'n' {
                s.push('\n');
            } else {
                s.push('\\');
                s.push(n);
            }
        } else if c == delim {
            return Some(s);
        } else {
            s.push(c);
        }
    }
    None
}

fn sed_text(chars: &[char], i: &mut usize) -> String {
    // `a text`, `a\` newline `text`, GNU one-liner `a\text`.
    while chars.get(*i) == Some(&' ') {
        *i += 1;
    }
    if chars.get(*i) == Some(&'\\') {
        *i += 1;
        if chars.get(*i) == Some(&'\n') {
            *i += 1;
        }
    }
    let mut s = String::new();
    while let Some(&c) = chars.get(*i) {
        if c == '\n' {
            break;
        }
        s.push(c);
        *i += 1;
    }
    s
}

fn parse_sed(script: &str, extended: bool) -> Result<Vec<SedCmd>, String> {
    let chars: Vec<char> = script.chars().collect();
    let mut i = 0;
    let mut cmds = Vec::new();
    while i < chars.len() {
        while matches!(chars.get(i), Some(' ' | '\t' | '\n' | ';')) {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let a1 = sed_addr(&chars, &mut i, extended)?;
        let mut a2 = None;
        if a1.is_some() && chars.get(i) == Some(&',') {
            i += 1;
            a2 = sed_addr(&chars, &mut i, extended)?;
        }
        while chars.get(i) == Some(&' ') {
            i += 1;
        }
        let mut negate = false;
        if chars.get(i) == Some(&'!') {
            negate = true;
            i += 1;
        }
        let Some(&c) = chars.get(i) else {
            return Err("missing command".into());
        };
        i += 1;
        let cmd = match c {
            's' => {
                let delim = *chars.get(i).ok_or("unterminated `s' command")?;
                i += 1;
                let pat = delimited(&chars, &mut i, delim).ok_or("unterminated `s' command")?;
                let rep = delimited(&chars, &mut i, delim).ok_or("unterminated `s' command")?;
                let (mut global, mut nth, mut print, mut icase) = (false, 1, false, false);
                while let Some(&f) = chars.get(i) {
                    match f {
                        'g' => global = true,
                        'p' => print = true,
                        'i' | 'I' => icase = true,
                        d if d.is_ascii_digit() => nth = d.to_digit(10).unwrap_or(1) as usize,
                        _ => break,
                    }
                    i += 1;
                }
                let re = Regex::new(&pat, extended, icase)
                    .ok_or_else(|| "unterminated `s' command".to_string())?;
                Cmd::Subst {
                    re,
                    anchored: pat.starts_with('^'),
                    rep,
                    global,
                    nth: nth.max(1),
                    print,
                }
            }
            'y' => {
                let delim = *chars.get(i).ok_or("unterminated `y' command")?;
                i += 1;
                let a = delimited(&chars, &mut i, delim).ok_or("unterminated `y' command")?;
                let b = delimited(&chars, &mut i, delim).ok_or("unterminated `y' command")?;
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                if a.len() != b.len() {
                    return Err("strings for `y' command are different lengths".into());
                }
                Cmd::Translit(a, b)
            }
            'd' => Cmd::Delete,
            'p' => Cmd::Print,
            'q' => Cmd::Quit,
            '=' => Cmd::LineNo,
            'a' => Cmd::Append(sed_text(&chars, &mut i)),
            'i' => Cmd::Insert(sed_text(&chars, &mut i)),
            'c' => Cmd::Change(sed_text(&chars, &mut i)),
            other => return Err(format!("unknown command: `{other}'")),
        };
        cmds.push(SedCmd {
            a1,
            a2,
            negate,
            cmd,
        });
    }
    Ok(cmds)
}

fn addr_hit(a: &Addr, n: usize, last: bool, line: &str) -> bool {
    match a {
        Addr::Line(k) => *k == n,
        Addr::Last => last,
        Addr::Re(re) => re.is_match(line),
    }
}

/// `s///` on one line: the new line and whether anything was replaced.
fn substitute(
    line: &str,
    re: &Regex,
    anchored: bool,
    rep: &str,
    global: bool,
    nth: usize,
) -> (String, bool) {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut pos = 0;
    let mut count = 0;
    let mut done = false;
    while pos <= chars.len() {
        let rest: String = chars[pos..].iter().collect();
        let Some((s, e)) = re.find(&rest) else {
            break;
        };
        if anchored && pos > 0 {
            break;
        }
        count += 1;
        let (ms, me) = (pos + s, pos + e);
        out.extend(&chars[pos..ms]);
        if count >= nth {
            let matched: String = chars[ms..me].iter().collect();
            let mut esc = false;
            for c in rep.chars() {
                match (esc, c) {
                    (false, '\\') => esc = true,
                    (false, '&') => out.push_str(&matched),
                    (true, 'n') => {
                        out.push('\n');
                        esc = false;
                    }
                    (true, c) => {
                        out.push(c);
                        esc = false;
                    }
                    (false, c) => out.push(c),
                }
            }
            done = true;
        } else {
            out.extend(&chars[ms..me]);
        }
        if me == ms {
            if let Some(c) = chars.get(me) {
                out.push(*c);
            }
            pos = me + 1;
        } else {
            pos = me;
        }
        if done && !global {
            break;
        }
    }
    if pos < chars.len() {
        out.extend(&chars[pos..]);
    }
    (out, done)
}

fn run_sed(cmds: &[SedCmd], text: &str, quiet: bool) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::new();
    let mut active = vec![false; cmds.len()];
    for (idx, raw) in lines.iter().enumerate() {
        let n = idx + 1;
        let last = n == lines.len();
        let had_nl = raw.ends_with('\n');
        let mut line = raw.strip_suffix('\n').unwrap_or(raw).to_string();
        let mut deleted = false;
        let mut quit = false;
        let mut after = String::new();
        for (k, c) in cmds.iter().enumerate() {
            let hit = match (&c.a1, &c.a2) {
                (None, _) => true,
                (Some(a), None) => addr_hit(a, n, last, &line),
                (Some(a), Some(b)) => {
                    if active[k] {
                        if addr_hit(b, n, last, &line) || matches!(b, Addr::Line(m) if *m <= n) {
                            active[k] = false;
                        }
                        true
                    } else if addr_hit(a, n, last, &line) {
                        active[k] = !matches!(b, Addr::Line(m) if *m <= n);
                        true
                    } else {
                        false
                    }
                }
            };
            if hit == c.negate {
                continue;
            }
            match &c.cmd {
                Cmd::Subst {
                    re,
                    anchored,
                    rep,
                    global,
                    nth,
                    print,
                } => {
                    let (new, done) = substitute(&line, re, *anchored, rep, *global, *nth);
                    line = new;
                    if done && *print {
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
                Cmd::Delete => {
                    deleted = true;
                    break;
                }
                Cmd::Print => {
                    out.push_str(&line);
                    out.push('\n');
                }
                Cmd::Quit => {
                    quit = true;
                    break;
                }
                Cmd::Translit(a, b) => {
                    line = line
                        .chars()
                        .map(|ch| a.iter().position(|x| *x == ch).map_or(ch, |p| b[p]))
                        .collect();
                }
                Cmd::Append(t) => {
                    after.push_str(t);
                    after.push('\n');
                }
                Cmd::Insert(t) => {
                    out.push_str(t);
                    out.push('\n');
                }
                Cmd::Change(t) => {
                    out.push_str(t);
                    out.push('\n');
                    deleted = true;
                    break;
                }
                Cmd::LineNo => out.push_str(&format!("{n}\n")),
            }
        }
        if !deleted && !quiet {
            out.push_str(&line);
            if had_nl || !after.is_empty() {
                out.push('\n');
            }
        }
        out.push_str(&after);
        if quit {
            break;
        }
    }
    out
}

/// `sed [-n] [-E|-r] [-i[SUFFIX]] [-e SCRIPT]… [SCRIPT] [FILE…]`.
pub fn sed(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let mut quiet = false;
    let mut extended = false;
    let mut in_place: Option<String> = None;
    let mut scripts: Vec<String> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        i += 1;
        match arg.as_str() {
            "-n" | "--quiet" | "--silent" => quiet = true,
            "-E" | "-r" | "--regexp-extended" => extended = true,
            "-e" | "--expression" => {
                scripts.push(a.get(i).cloned().unwrap_or_default());
                i += 1;
            }
            "-f" => {
                let f = a.get(i).cloned().unwrap_or_default();
                i += 1;
                match host.fs().read_string(&vfs::normalize(&sh.cwd, &f)) {
                    Ok(t) => scripts.push(t),
                    Err(e) => {
                        out.err(format!("sed: couldn't open file {f}: {e}\n"));
                        return Ok(1);
                    }
                }
            }
            s if s.starts_with("--in-place") => {
                in_place = Some(s.strip_prefix("--in-place=").unwrap_or("").to_string());
            }
            s if s.starts_with("-i") => in_place = Some(s[2..].to_string()),
            s if s.starts_with('-') && s.len() > 1 && !s.starts_with("--") => {
                for f in s[1..].chars() {
                    match f {
                        'n' => quiet = true,
                        'E' | 'r' => extended = true,
                        'i' => in_place = Some(String::new()),
                        'e' => {
                            scripts.push(a.get(i).cloned().unwrap_or_default());
                            i += 1;
                        }
                        _ => {
                            out.err(format!("sed: invalid option -- '{f}'\nUsage: sed [OPTION]... {{script-only-if-no-other-script}} [input-file]...\n"));
                            return Ok(1);
                        }
                    }
                }
            }
            _ => files.push(arg.clone()),
        }
    }
    if scripts.is_empty() {
        if files.is_empty() {
            out.err("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n");
            return Ok(1);
        }
        scripts.push(files.remove(0));
    }
    let script = scripts.join("\n");
    let cmds = match parse_sed(&script, extended) {
        Ok(c) => c,
        Err(e) => {
            out.err(format!(
                "sed: -e expression #1, char {}: {e}\n",
                script.chars().count()
            ));
            return Ok(1);
        }
    };
    if let Some(suffix) = in_place {
        if files.is_empty() {
            out.err("sed: no input files\n");
            return Ok(1);
        }
        let mut status = 0;
        for f in &files {
            let path = vfs::normalize(&sh.cwd, f);
            let text = match host.fs().read_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    out.err(format!("sed: can't read {f}: {e}\n"));
                    status = 2;
                    continue;
                }
            };
            let new = run_sed(&cmds, &text, quiet);
            if !suffix.is_empty() {
                let _ = host
                    .fs()
                    .write(&format!("{path}{suffix}"), text.into_bytes());
            }
            if let Err(e) = host.fs().write(&path, new.into_bytes()) {
                out.err(format!("sed: couldn't open temporary file {path}: {e}\n"));
                status = 4;
            } else {
                host.file_written(&path);
            }
        }
        return Ok(status);
    }
    let (texts, failed) = inputs(sh, host, "sed", &files, input, out);
    // sed reads its files as one stream.
    let mut all = String::new();
    for (_, t) in texts {
        all.push_str(&t);
        if !all.is_empty() && !all.ends_with('\n') {
            all.push('\n');
        }
    }
    out.out(run_sed(&cmds, &all, quiet));
    Ok(if failed { 2 } else { 0 })
}

// ---------------------------------------------------------------- awk

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Re(String),
    Id(String),
    Dollar,
    Op(&'static str),
    Semi,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
}

const OPS: &[&str] = &[
    "+=", "-=", "*=", "/=", "++", "--", "==", "!=", "<=", ">=", "&&", "||", "!~", "=", "<", ">",
    "+", "-", "*", "/", "%", "!", "~", "?", ":",
];

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let c: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut t = Vec::new();
    while i < c.len() {
        let ch = c[i];
        if ch == '#' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if ch == ' ' || ch == '\t' {
            i += 1;
            continue;
        }
        if ch == '\n' || ch == ';' {
            t.push(Tok::Semi);
            i += 1;
            continue;
        }
        match ch {
            '{' => t.push(Tok::LBrace),
            '}' => t.push(Tok::RBrace),
            '(' => t.push(Tok::LParen),
            ')' => t.push(Tok::RParen),
            ',' => t.push(Tok::Comma),
            '$' => t.push(Tok::Dollar),
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < c.len() && c[i] != '"' {
                    if c[i] == '\\' && i + 1 < c.len() {
                        i += 1;
                        s.push(match c[i] {
                            'n' => '\n',
                            't' => '\t',
                            o => o,
                        });
                    } else {
                        s.push(c[i]);
                    }
                    i += 1;
                }
                t.push(Tok::Str(s));
            }
            '/' if !matches!(
                t.last(),
                Some(Tok::Num(_) | Tok::Id(_) | Tok::RParen | Tok::Str(_))
            ) =>
            {
                let mut s = String::new();
                i += 1;
                while i < c.len() && c[i] != '/' {
                    if c[i] == '\\' && i + 1 < c.len() && c[i + 1] == '/' {
                        i += 1;
                    }
                    s.push(c[i]);
                    i += 1;
                }
                t.push(Tok::Re(s));
            }
            d if d.is_ascii_digit() || d == '.' => {
                let start = i;
                while i < c.len() && (c[i].is_ascii_digit() || c[i] == '.') {
                    i += 1;
                }
                let s: String = c[start..i].iter().collect();
                t.push(Tok::Num(s.parse().unwrap_or(0.0)));
                continue;
            }
            a if a.is_alphabetic() || a == '_' => {
                let start = i;
                while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                    i += 1;
                }
                t.push(Tok::Id(c[start..i].iter().collect()));
                continue;
            }
            _ => {
                let rest: String = c[i..c.len().min(i + 2)].iter().collect();
                let Some(op) = OPS.iter().find(|o| rest.starts_with(**o)) else {
                    return Err(format!("syntax error at source line 1: unexpected '{ch}'"));
                };
                t.push(Tok::Op(op));
                i += op.len();
                continue;
            }
        }
        i += 1;
    }
    Ok(t)
}

#[derive(Clone, Debug)]
enum Expr {
    Num(f64),
    Str(String),
    Re(String),
    Field(Box<Expr>),
    Var(String),
    Bin(&'static str, Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Concat(Box<Expr>, Box<Expr>),
    Assign(&'static str, Box<Expr>, Box<Expr>),
    Incr(Box<Expr>, f64, bool),
    Call(String, Vec<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
}

#[derive(Clone, Debug)]
enum Stmt {
    Print(Vec<Expr>),
    Printf(Vec<Expr>),
    Expr(Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    Next,
    Exit,
}

struct Parser {
    t: Vec<Tok>,
    i: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.t.get(self.i)
    }
    fn eat(&mut self, tok: &Tok) -> bool {
        if self.peek() == Some(tok) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn skip_semis(&mut self) {
        while self.eat(&Tok::Semi) {}
    }
    fn op(&self) -> Option<&'static str> {
        match self.peek() {
            Some(Tok::Op(o)) => Some(o),
            _ => None,
        }
    }
    fn block(&mut self) -> Result<Vec<Stmt>, String> {
        let mut v = Vec::new();
        if !self.eat(&Tok::LBrace) {
            return Err("syntax error: { expected".into());
        }
        loop {
            self.skip_semis();
            if self.eat(&Tok::RBrace) {
                return Ok(v);
            }
            if self.peek().is_none() {
                return Err("syntax error: missing }".into());
            }
            v.push(self.stmt()?);
        }
    }
    fn body(&mut self) -> Result<Vec<Stmt>, String> {
        self.skip_semis();
        if self.peek() == Some(&Tok::LBrace) {
            self.block()
        } else {
            Ok(vec![self.stmt()?])
        }
    }
    fn stmt(&mut self) -> Result<Stmt, String> {
        match self.peek() {
            Some(Tok::Id(w)) if w == "print" || w == "printf" => {
                let printf = w == "printf";
                self.i += 1;
                let paren = self.eat(&Tok::LParen);
                let mut args = Vec::new();
                while !(matches!(self.peek(), None | Some(Tok::Semi | Tok::RBrace))
                    || paren && self.peek() == Some(&Tok::RParen))
                {
                    args.push(self.expr(false)?);
                    if !self.eat(&Tok::Comma) {
                        break;
                    }
                }
                if paren {
                    self.eat(&Tok::RParen);
                }
                Ok(if printf {
                    Stmt::Printf(args)
                } else {
                    Stmt::Print(args)
                })
            }
            Some(Tok::Id(w)) if w == "if" => {
                self.i += 1;
                self.eat(&Tok::LParen);
                let c = self.expr(true)?;
                self.eat(&Tok::RParen);
                let then = self.body()?;
                let save = self.i;
                self.skip_semis();
                let other = if matches!(self.peek(), Some(Tok::Id(w)) if w == "else") {
                    self.i += 1;
                    self.body()?
                } else {
                    self.i = save;
                    Vec::new()
                };
                Ok(Stmt::If(c, then, other))
            }
            Some(Tok::Id(w)) if w == "next" => {
                self.i += 1;
                Ok(Stmt::Next)
            }
            Some(Tok::Id(w)) if w == "exit" => {
                self.i += 1;
                Ok(Stmt::Exit)
            }
            _ => Ok(Stmt::Expr(self.expr(true)?)),
        }
    }
    /// `gt` says whether `>` compares (not inside `print`, where it would redirect).
    fn expr(&mut self, gt: bool) -> Result<Expr, String> {
        let lhs = self.ternary(gt)?;
        if let Some(op @ ("=" | "+=" | "-=" | "*=" | "/=")) = self.op() {
            self.i += 1;
            let rhs = self.expr(gt)?;
            return Ok(Expr::Assign(op, Box::new(lhs), Box::new(rhs)));
        }
        Ok(lhs)
    }
    fn ternary(&mut self, gt: bool) -> Result<Expr, String> {
        let c = self.or(gt)?;
        if self.op() == Some("?") {
            self.i += 1;
            let a = self.ternary(gt)?;
            if self.op() == Some(":") {
                self.i += 1;
            }
            let b = self.ternary(gt)?;
            return Ok(Expr::Cond(Box::new(c), Box::new(a), Box::new(b)));
        }
        Ok(c)
    }
    fn or(&mut self, gt: bool) -> Result<Expr, String> {
        let mut l = self.and(gt)?;
        while self.op() == Some("||") {
            self.i += 1;
            l = Expr::Bin("||", Box::new(l), Box::new(self.and(gt)?));
        }
        Ok(l)
    }
    fn and(&mut self, gt: bool) -> Result<Expr, String> {
        let mut l = self.cmp(gt)?;
        while self.op() == Some("&&") {
            self.i += 1;
            l = Expr::Bin("&&", Box::new(l), Box::new(self.cmp(gt)?));
        }
        Ok(l)
    }
    fn cmp(&mut self, gt: bool) -> Result<Expr, String> {
        let l = self.concat()?;
        match self.op() {
            Some(op @ ("==" | "!=" | "<" | "<=" | ">=" | "~" | "!~")) => {
                self.i += 1;
                Ok(Expr::Bin(op, Box::new(l), Box::new(self.concat()?)))
            }
            Some(">") if gt => {
                self.i += 1;
                Ok(Expr::Bin(">", Box::new(l), Box::new(self.concat()?)))
            }
            _ => Ok(l),
        }
    }
    fn concat(&mut self) -> Result<Expr, String> {
        let mut l = self.add()?;
        while matches!(
            self.peek(),
            Some(Tok::Num(_) | Tok::Str(_) | Tok::Id(_) | Tok::Dollar | Tok::LParen)
        ) {
            if matches!(self.peek(), Some(Tok::Id(w)) if w == "else") {
                break;
            }
            l = Expr::Concat(Box::new(l), Box::new(self.add()?));
        }
        Ok(l)
    }
    fn add(&mut self) -> Result<Expr, String> {
        let mut l = self.mul()?;
        while let Some(op @ ("+" | "-")) = self.op() {
            self.i += 1;
            l = Expr::Bin(op, Box::new(l), Box::new(self.mul()?));
        }
        Ok(l)
    }
    fn mul(&mut self) -> Result<Expr, String> {
        let mut l = self.unary()?;
        while let Some(op @ ("*" | "/" | "%")) = self.op() {
            self.i += 1;
            l = Expr::Bin(op, Box::new(l), Box::new(self.unary()?));
        }
        Ok(l)
    }
    fn unary(&mut self) -> Result<Expr, String> {
        match self.op() {
            Some("!") => {
                self.i += 1;
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Some("-") => {
                self.i += 1;
                Ok(Expr::Neg(Box::new(self.unary()?)))
            }
            Some(op @ ("++" | "--")) => {
                self.i += 1;
                let v = self.postfix()?;
                Ok(Expr::Incr(
                    Box::new(v),
                    if op == "++" { 1.0 } else { -1.0 },
                    true,
                ))
            }
            _ => self.postfix(),
        }
    }
    fn postfix(&mut self) -> Result<Expr, String> {
        let e = self.primary()?;
        if let Some(op @ ("++" | "--")) = self.op() {
            if matches!(e, Expr::Var(_) | Expr::Field(_)) {
                self.i += 1;
                return Ok(Expr::Incr(
                    Box::new(e),
                    if op == "++" { 1.0 } else { -1.0 },
                    false,
                ));
            }
        }
        Ok(e)
    }
    fn primary(&mut self) -> Result<Expr, String> {
        let Some(tok) = self.peek().cloned() else {
            return Err("syntax error: unexpected end of program".into());
        };
        self.i += 1;
        match tok {
            Tok::Num(n) => Ok(Expr::Num(n)),
            Tok::Str(s) => Ok(Expr::Str(s)),
            Tok::Re(r) => Ok(Expr::Re(r)),
            Tok::Dollar => Ok(Expr::Field(Box::new(self.primary()?))),
            Tok::LParen => {
                let e = self.expr(true)?;
                self.eat(&Tok::RParen);
                Ok(e)
            }
            Tok::Id(name) => {
                if self.peek() == Some(&Tok::LParen) {
                    self.i += 1;
                    let mut args = Vec::new();
                    while self.peek() != Some(&Tok::RParen) && self.peek().is_some() {
                        args.push(self.expr(true)?);
                        if !self.eat(&Tok::Comma) {
                            break;
                        }
                    }
                    self.eat(&Tok::RParen);
                    Ok(Expr::Call(name, args))
                } else if name == "length" {
                    Ok(Expr::Call(name, Vec::new()))
                } else {
                    Ok(Expr::Var(name))
                }
            }
            other => Err(format!("syntax error at source line 1 near {other:?}")),
        }
    }
}

struct Rule {
    begin: bool,
    end: bool,
    pattern: Option<Expr>,
    action: Option<Vec<Stmt>>,
}

fn parse_awk(src: &str) -> Result<Vec<Rule>, String> {
    let mut p = Parser { t: lex(src)?, i: 0 };
    let mut rules = Vec::new();
    loop {
        p.skip_semis();
        if p.peek().is_none() {
            return Ok(rules);
        }
        let (mut begin, mut end, mut pattern) = (false, false, None);
        match p.peek() {
            Some(Tok::Id(w)) if w == "BEGIN" => {
                begin = true;
                p.i += 1;
            }
            Some(Tok::Id(w)) if w == "END" => {
                end = true;
                p.i += 1;
            }
            Some(Tok::LBrace) => {}
            _ => pattern = Some(p.expr(true)?),
        }
        let action = if p.peek() == Some(&Tok::LBrace) {
            Some(p.block()?)
        } else {
            None
        };
        rules.push(Rule {
            begin,
            end,
            pattern,
            action,
        });
    }
}

#[derive(Clone, Debug)]
enum Val {
    Num(f64),
    Str(String),
    /// Field or input text that looks like a number compares as one.
    StrNum(String),
}

fn num_of(s: &str) -> f64 {
    let t = s.trim_start();
    let end = t
        .char_indices()
        .take_while(|(i, c)| {
            c.is_ascii_digit() || *c == '.' || (*i == 0 && (*c == '-' || *c == '+'))
        })
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    t[..end].parse().unwrap_or(0.0)
}

fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e16 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.6}");
        // %.6g: trim trailing zeros.
        let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        s
    }
}

impl Val {
    fn num(&self) -> f64 {
        match self {
            Val::Num(n) => *n,
            Val::Str(s) | Val::StrNum(s) => num_of(s),
        }
    }
    fn text(&self) -> String {
        match self {
            Val::Num(n) => fmt_num(*n),
            Val::Str(s) | Val::StrNum(s) => s.clone(),
        }
    }
    fn truthy(&self) -> bool {
        match self {
            Val::Num(n) => *n != 0.0,
            Val::Str(s) => !s.is_empty(),
            Val::StrNum(s) => {
                let t = s.trim();
                if !t.is_empty() && t.parse::<f64>().is_ok() {
                    num_of(t) != 0.0
                } else {
                    !s.is_empty()
                }
            }
        }
    }
    fn numeric(&self) -> bool {
        match self {
            Val::Num(_) => true,
            Val::Str(_) => false,
            Val::StrNum(s) => {
                let t = s.trim();
                !t.is_empty() && t.parse::<f64>().is_ok()
            }
        }
    }
}

struct Awk {
    vars: std::collections::BTreeMap<String, Val>,
    fields: Vec<String>,
    record: String,
    nr: usize,
    out: String,
    steps: usize,
}

enum Ctl {
    Next,
    Exit,
}

impl Awk {
    fn fs(&self) -> String {
        self.vars
            .get("FS")
            .map(Val::text)
            .unwrap_or_else(|| " ".into())
    }
    fn split(&mut self) {
        let fs = self.fs();
        self.fields = if fs == " " {
            self.record.split_whitespace().map(str::to_string).collect()
        } else if fs.chars().count() == 1 {
            self.record.split(fs.as_str()).map(str::to_string).collect()
        } else if let Some(re) = Regex::new(&fs, true, false) {
            let mut v = Vec::new();
            let mut rest = self.record.clone();
            while let Some((s, e)) = re.find(&rest).filter(|(s, e)| e > s) {
                let chars: Vec<char> = rest.chars().collect();
                v.push(chars[..s].iter().collect());
                rest = chars[e..].iter().collect();
            }
            v.push(rest);
            v
        } else {
            vec![self.record.clone()]
        };
    }
    fn get_field(&self, i: usize) -> String {
        if i == 0 {
            self.record.clone()
        } else {
            self.fields.get(i - 1).cloned().unwrap_or_default()
        }
    }
    fn set(&mut self, target: &Expr, v: Val) {
        match target {
            Expr::Var(n) => {
                self.vars.insert(n.clone(), v);
            }
            Expr::Field(e) => {
                let i = self.eval(e).num().max(0.0) as usize;
                if i == 0 {
                    self.record = v.text();
                    self.split();
                } else {
                    let i = i.min(1000);
                    while self.fields.len() < i {
                        self.fields.push(String::new());
                    }
                    self.fields[i - 1] = v.text();
                    let ofs = self
                        .vars
                        .get("OFS")
                        .map(Val::text)
                        .unwrap_or_else(|| " ".into());
                    self.record = self.fields.join(&ofs);
                }
            }
            _ => {}
        }
    }
    fn eval(&mut self, e: &Expr) -> Val {
        self.steps += 1;
        match e {
            Expr::Num(n) => Val::Num(*n),
            Expr::Str(s) => Val::Str(s.clone()),
            Expr::Re(r) => Val::Num(
                Regex::new(r, true, false).is_some_and(|re| re.is_match(&self.record)) as i32
                    as f64,
            ),
            Expr::Field(i) => {
                let i = self.eval(i).num().max(0.0) as usize;
                Val::StrNum(self.get_field(i))
            }
            Expr::Var(n) => match n.as_str() {
                "NF" => Val::Num(self.fields.len() as f64),
                "NR" | "FNR" => Val::Num(self.nr as f64),
                _ => self
                    .vars
                    .get(n)
                    .cloned()
                    .unwrap_or(Val::StrNum(String::new())),
            },
            Expr::Not(x) => Val::Num(!self.eval(x).truthy() as i32 as f64),
            Expr::Neg(x) => Val::Num(-self.eval(x).num()),
            Expr::Concat(a, b) => Val::Str(self.eval(a).text() + &self.eval(b).text()),
            Expr::Cond(c, a, b) => {
                if self.eval(c).truthy() {
                    self.eval(a)
                } else {
                    self.eval(b)
                }
            }
            Expr::Assign(op, t, v) => {
                let rhs = self.eval(v);
                let val = if *op == "=" {
                    rhs
                } else {
                    let cur = self.eval(t).num();
                    let r = rhs.num();
                    Val::Num(match *op {
                        "+=" => cur + r,
                        "-=" => cur - r,
                        "*=" => cur * r,
                        _ => {
                            if r == 0.0 {
                                0.0
                            } else {
                                cur / r
                            }
                        }
                    })
                };
                self.set(t, val.clone());
                val
            }
            Expr::Incr(t, d, pre) => {
                let cur = self.eval(t).num();
                self.set(t, Val::Num(cur + d));
                Val::Num(if *pre { cur + d } else { cur })
            }
            Expr::Bin(op, a, b) => {
                if *op == "&&" {
                    return Val::Num(
                        (self.eval(a).truthy() && self.eval(b).truthy()) as i32 as f64,
                    );
                }
                if *op == "||" {
                    return Val::Num(
                        (self.eval(a).truthy() || self.eval(b).truthy()) as i32 as f64,
                    );
                }
                let l = self.eval(a);
                if matches!(*op, "~" | "!~") {
                    let pat = match &**b {
                        Expr::Re(r) => r.clone(),
                        other => self.eval(other).text(),
                    };
                    let m = Regex::new(&pat, true, false).is_some_and(|re| re.is_match(&l.text()));
                    return Val::Num((m == (*op == "~")) as i32 as f64);
                }
                let r = self.eval(b);
                let both_num = l.numeric() && r.numeric();
                let ord = if both_num {
                    l.num()
                        .partial_cmp(&r.num())
                        .unwrap_or(std::cmp::Ordering::Equal)
                } else {
                    l.text().cmp(&r.text())
                };
                use std::cmp::Ordering::*;
                let t = |x: bool| Val::Num(x as i32 as f64);
                match *op {
                    "==" => t(ord == Equal),
                    "!=" => t(ord != Equal),
                    "<" => t(ord == Less),
                    "<=" => t(ord != Greater),
                    ">" => t(ord == Greater),
                    ">=" => t(ord != Less),
                    "+" => Val::Num(l.num() + r.num()),
                    "-" => Val::Num(l.num() - r.num()),
                    "*" => Val::Num(l.num() * r.num()),
                    "/" => Val::Num(if r.num() == 0.0 {
                        0.0
                    } else {
                        l.num() / r.num()
                    }),
                    _ => Val::Num(if r.num() == 0.0 {
                        0.0
                    } else {
                        l.num() % r.num()
                    }),
                }
            }
            Expr::Call(f, args) => {
                let vals: Vec<Val> = args.iter().map(|a| self.eval(a)).collect();
                let s0 = || vals.first().map(Val::text).unwrap_or_default();
                match f.as_str() {
                    "length" => Val::Num(if vals.is_empty() {
                        self.record.chars().count()
                    } else {
                        s0().chars().count()
                    } as f64),
                    "toupper" => Val::Str(s0().to_uppercase()),
                    "tolower" => Val::Str(s0().to_lowercase()),
                    "int" => Val::Num(vals.first().map(Val::num).unwrap_or(0.0).trunc()),
                    "substr" => {
                        let s: Vec<char> = s0().chars().collect();
                        let start = vals.get(1).map(Val::num).unwrap_or(1.0).max(1.0) as usize;
                        let len = vals
                            .get(2)
                            .map(|v| v.num().max(0.0) as usize)
                            .unwrap_or(usize::MAX);
                        Val::Str(s.iter().skip(start - 1).take(len).collect())
                    }
                    "index" => {
                        let hay = s0();
                        let needle = vals.get(1).map(Val::text).unwrap_or_default();
                        Val::Num(
                            hay.find(&needle)
                                .map(|b| hay[..b].chars().count() + 1)
                                .unwrap_or(0) as f64,
                        )
                    }
                    _ => Val::Str(String::new()),
                }
            }
        }
    }
    fn run(&mut self, stmts: &[Stmt]) -> Option<Ctl> {
        for s in stmts {
            if self.steps > 200_000 {
                return Some(Ctl::Exit);
            }
            match s {
                Stmt::Print(args) => {
                    let ofs = self
                        .vars
                        .get("OFS")
                        .map(Val::text)
                        .unwrap_or_else(|| " ".into());
                    let line = if args.is_empty() {
                        self.record.clone()
                    } else {
                        args.iter()
                            .map(|a| self.eval(a).text())
                            .collect::<Vec<_>>()
                            .join(&ofs)
                    };
                    self.out.push_str(&line);
                    self.out.push('\n');
                }
                Stmt::Printf(args) => {
                    let vals: Vec<String> = args.iter().map(|a| self.eval(a).text()).collect();
                    if let Some((fmt, rest)) = vals.split_first() {
                        self.out
                            .push_str(&printf_format(fmt, rest, "awk: ", &mut String::new()));
                    }
                }
                Stmt::Expr(e) => {
                    self.eval(e);
                }
                Stmt::If(c, a, b) => {
                    let branch = if self.eval(c).truthy() { a } else { b };
                    if let Some(ctl) = self.run(branch) {
                        return Some(ctl);
                    }
                }
                Stmt::Next => return Some(Ctl::Next),
                Stmt::Exit => return Some(Ctl::Exit),
            }
        }
        None
    }
}

/// `awk [-F SEP] [-v VAR=VAL] 'PROGRAM' [FILE…]`: a subset that covers one-liners.
pub fn awk(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let mut vars = std::collections::BTreeMap::new();
    let mut program: Option<String> = None;
    let mut files = Vec::new();
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        i += 1;
        if program.is_some() {
            files.push(arg.clone());
            continue;
        }
        if let Some(sep) = arg.strip_prefix("-F") {
            let sep = if sep.is_empty() {
                i += 1;
                a.get(i - 1).cloned().unwrap_or_default()
            } else {
                sep.to_string()
            };
            let sep = if sep == "\\t" { "\t".to_string() } else { sep };
            vars.insert("FS".to_string(), Val::Str(sep));
        } else if arg == "-v" {
            if let Some((k, v)) = a.get(i).and_then(|s| s.split_once('=')) {
                vars.insert(k.to_string(), Val::StrNum(v.to_string()));
            }
            i += 1;
        } else if arg == "-f" {
            let f = a.get(i).cloned().unwrap_or_default();
            i += 1;
            program = host.fs().read_string(&vfs::normalize(&sh.cwd, &f)).ok();
        } else {
            program = Some(arg.clone());
        }
    }
    let Some(program) = program else {
        out.err("usage: awk [-F value] [-v var=value] [prog | -f progfile] [file ...]\n");
        return Ok(2);
    };
    let rules = match parse_awk(&program) {
        Ok(r) => r,
        Err(e) => {
            if gnu(sh) {
                out.err(format!("awk: line 1: {e}\n"));
            } else {
                out.err(format!("awk: cmd. line:1: {e}\n"));
            }
            return Ok(2);
        }
    };
    let mut st = Awk {
        vars,
        fields: Vec::new(),
        record: String::new(),
        nr: 0,
        out: String::new(),
        steps: 0,
    };
    let mut exited = false;
    for r in rules.iter().filter(|r| r.begin) {
        if let Some(Ctl::Exit) = st.run(r.action.as_deref().unwrap_or(&[])) {
            exited = true;
            break;
        }
    }
    let main: Vec<&Rule> = rules.iter().filter(|r| !r.begin && !r.end).collect();
    let mut failed = false;
    if !exited && (!main.is_empty() || rules.iter().any(|r| r.end)) {
        let (texts, f) = inputs(sh, host, "awk", &files, input, out);
        failed = f;
        'records: for (_, text) in texts {
            for line in text.lines() {
                st.nr += 1;
                st.record = line.to_string();
                st.split();
                for r in &main {
                    let hit = match &r.pattern {
                        None => true,
                        Some(p) => st.eval(p).truthy(),
                    };
                    if !hit {
                        continue;
                    }
                    let ctl = match &r.action {
                        Some(a) => st.run(a),
                        None => st.run(&[Stmt::Print(Vec::new())]),
                    };
                    match ctl {
                        Some(Ctl::Next) => break,
                        Some(Ctl::Exit) => {
                            exited = true;
                            break 'records;
                        }
                        None => {}
                    }
                }
            }
        }
    }
    let _ = exited;
    for r in rules.iter().filter(|r| r.end) {
        if let Some(Ctl::Exit) = st.run(r.action.as_deref().unwrap_or(&[])) {
            break;
        }
    }
    out.out(std::mem::take(&mut st.out));
    Ok(if failed { 2 } else { 0 })
}

// ---------------------------------------------------------------- shuf

/// `shuf [-n N] [-i LO-HI] [-e ARGS…] [FILE]`: a deterministic shuffle seeded by the clock.
pub fn shuf(
    sh: &mut Shell,
    host: &mut dyn ShellHost,
    a: &[String],
    input: &mut Input,
    out: &mut Output,
) -> R {
    let mut count: Option<usize> = None;
    let mut lines: Vec<String> = Vec::new();
    let mut echo = false;
    let mut files = Vec::new();
    let mut i = 1;
    while let Some(arg) = a.get(i) {
        i += 1;
        match arg.as_str() {
            "-n" => {
                count = a.get(i).and_then(|v| v.parse().ok());
                i += 1;
            }
            "-i" => {
                let r = a.get(i).cloned().unwrap_or_default();
                i += 1;
                if let Some((lo, hi)) = r.split_once('-') {
                    let (lo, hi): (u64, u64) = (lo.parse().unwrap_or(1), hi.parse().unwrap_or(0));
                    lines.extend((lo..=hi.min(lo + 100_000)).map(|n| n.to_string()));
                }
            }
            "-e" => echo = true,
            _ if echo => lines.push(arg.clone()),
            _ => files.push(arg.clone()),
        }
    }
    if lines.is_empty() && !echo {
        let (texts, _) = inputs(sh, host, "shuf", &files, input, out);
        for (_, t) in texts {
            lines.extend(t.lines().map(str::to_string));
        }
    }
    let mut seed = (host.now_ms() as u64) ^ 0x9e37_79b9_7f4a_7c15;
    for k in (1..lines.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let j = (seed % (k as u64 + 1)) as usize;
        lines.swap(k, j);
    }
    let mut s = String::new();
    for l in lines.iter().take(count.unwrap_or(usize::MAX)) {
        s.push_str(l);
        s.push('\n');
    }
    out.out(s);
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sed_of(script: &str, text: &str, quiet: bool) -> String {
        run_sed(&parse_sed(script, false).unwrap(), text, quiet)
    }

    #[test]
    fn sed_substitutes_deletes_and_prints_ranges() {
        assert_eq!(sed_of("s/o/0/g", "foo\nbar\n", false), "f00\nbar\n");
        assert_eq!(sed_of("s/o/0/", "foo\n", false), "f0o\n");
        assert_eq!(sed_of("s|/usr|/opt|", "/usr/bin\n", false), "/opt/bin\n");
        assert_eq!(sed_of("2d", "a\nb\nc\n", false), "a\nc\n");
        assert_eq!(sed_of("2,3p", "a\nb\nc\nd\n", true), "b\nc\n");
        assert_eq!(sed_of("/b/,$d", "a\nb\nc\n", false), "a\n");
        assert_eq!(sed_of("s/^/> /", "x\ny\n", false), "> x\n> y\n");
        assert_eq!(sed_of("s/.*/[&]/", "hi\n", false), "[hi]\n");
        assert_eq!(sed_of("1q", "a\nb\n", false), "a\n");
        assert_eq!(sed_of("y/abc/xyz/", "aabbcc\n", false), "xxyyzz\n");
        assert_eq!(sed_of("1i\\top", "a\n", false), "top\na\n");
        assert_eq!(sed_of("$a end", "a\n", false), "a\nend\n");
        assert_eq!(sed_of("/x/!d", "ax\nb\nxc\n", false), "ax\nxc\n");
    }

    fn awk_of(prog: &str, text: &str, fs: Option<&str>) -> String {
        let rules = parse_awk(prog).unwrap();
        let mut st = Awk {
            vars: Default::default(),
            fields: Vec::new(),
            record: String::new(),
            nr: 0,
            out: String::new(),
            steps: 0,
        };
        if let Some(fs) = fs {
            st.vars.insert("FS".into(), Val::Str(fs.into()));
        }
        for r in rules.iter().filter(|r| r.begin) {
            st.run(r.action.as_deref().unwrap_or(&[]));
        }
        for line in text.lines() {
            st.nr += 1;
            st.record = line.into();
            st.split();
            for r in rules.iter().filter(|r| !r.begin && !r.end) {
                if r.pattern.as_ref().is_none_or(|p| st.eval(p).truthy()) {
                    st.run(r.action.as_deref().unwrap_or(&[Stmt::Print(Vec::new())]));
                }
            }
        }
        for r in rules.iter().filter(|r| r.end) {
            st.run(r.action.as_deref().unwrap_or(&[]));
        }
        st.out
    }

    #[test]
    fn awk_prints_fields_sums_and_filters() {
        assert_eq!(awk_of("{print $2}", "a b c\nd e f\n", None), "b\ne\n");
        assert_eq!(awk_of("{print $1, $NF}", "a b c\n", None), "a c\n");
        assert_eq!(awk_of("{print $1}", "root:x:0\n", Some(":")), "root\n");
        assert_eq!(awk_of("{s += $1} END {print s}", "1\n2\n3\n", None), "6\n");
        assert_eq!(awk_of("/b/", "abc\nxyz\n", None), "abc\n");
        assert_eq!(awk_of("$3 > 10 {print $1}", "a 1 5\nb 2 20\n", None), "b\n");
        assert_eq!(awk_of("NR==2", "a\nb\nc\n", None), "b\n");
        assert_eq!(awk_of("{print NR \": \" $0}", "x\n", None), "1: x\n");
        assert_eq!(awk_of("BEGIN {print \"hi\"}", "", None), "hi\n");
        assert_eq!(
            awk_of("{printf \"%s-%s\\n\", $2, $1}", "a b\n", None),
            "b-a\n"
        );
        assert_eq!(
            awk_of("$1 ~ /^r/ {print toupper($1)}", "root\nbin\n", None),
            "ROOT\n"
        );
        assert_eq!(
            awk_of(
                "{ if ($1 > 1) print \"big\"; else print \"small\" }",
                "1\n2\n",
                None
            ),
            "small\nbig\n"
        );
    }
}
