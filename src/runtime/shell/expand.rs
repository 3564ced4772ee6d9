//! Word expansion: parameters, command substitution, arithmetic, tilde, field splitting,
//! pathname expansion (globbing) against the virtual filesystem, and pattern matching.

use super::exec::{Flow, Input};
use super::parser::{Param, ParamOp, Part, Word};
use super::{Bound, Shell, ShellHost};
use crate::runtime::{Output, Stream};

/// One field being built: its text, and the same text as a glob pattern (quoted characters
/// escaped), plus whether any unquoted glob character appeared.
#[derive(Default)]
struct Field {
    text: String,
    pat: String,
    glob: bool,
    started: bool,
}

#[derive(Default)]
struct Fields {
    done: Vec<Field>,
    cur: Field,
}

impl Fields {
    /// The bytes expanded so far.
    fn len(&self) -> usize {
        self.done.iter().map(|f| f.text.len()).sum::<usize>() + self.cur.text.len()
    }

    fn quoted(&mut self, s: &str) {
        self.cur.started = true;
        self.cur.text.push_str(s);
        for c in s.chars() {
            if matches!(c, '*' | '?' | '[' | ']' | '\\') {
                self.cur.pat.push('\\');
            }
            self.cur.pat.push(c);
        }
    }

    fn unquoted(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.cur.started = true;
        self.cur.text.push_str(s);
        self.cur.pat.push_str(s);
        if s.contains(['*', '?', '[']) {
            self.cur.glob = true;
        }
    }

    fn split(&mut self, s: &str, ifs: &str) {
        // Unquoted expansion results are split on IFS; IFS whitespace at the edges only
        // separates, it never makes empty fields.
        let mut piece = String::new();
        let mut pending_break = false;
        for c in s.chars() {
            if ifs.contains(c) {
                if !piece.is_empty() {
                    self.unquoted(&std::mem::take(&mut piece));
                }
                pending_break = true;
                if !c.is_whitespace() {
                    self.cur.started = true;
                    self.end();
                    pending_break = false;
                }
            } else {
                if pending_break {
                    self.end();
                    pending_break = false;
                }
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            self.unquoted(&piece);
        }
        if pending_break {
            self.end();
        }
    }

    fn end(&mut self) {
        let f = std::mem::take(&mut self.cur);
        if f.started {
            self.done.push(f);
        }
    }
}

impl Shell {
    /// Expands command words into fields: split, globbed, quotes removed.
    pub(crate) fn expand_words(
        &mut self,
        words: &[super::parser::Word],
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<Vec<String>, Flow> {
        let mut argv = Vec::with_capacity(words.len());
        for w in words {
            // Fast path: a plain word without glob characters is itself.
            if let Some(t) = w.plain() {
                if !t.contains(['*', '?', '[']) {
                    argv.push(t.to_string());
                    continue;
                }
            }
            let mut fields = Fields::default();
            self.expand_parts(&w.parts, &mut fields, false, host, out)?;
            self.check_word(&fields)?;
            fields.end();
            for f in fields.done {
                if f.glob {
                    let matches = glob_paths(host.fs(), &self.cwd, &f.pat);
                    if !matches.is_empty() {
                        argv.extend(matches);
                        continue;
                    }
                }
                argv.push(f.text);
            }
        }
        Ok(argv)
    }

    /// Expands a word to one string: no field splitting, no globbing (assignments, redirection
    /// targets, `case` subjects).
    pub(crate) fn expand_string(
        &mut self,
        w: &Word,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<String, Flow> {
        if let Some(t) = w.plain() {
            return Ok(t.to_string());
        }
        self.expand_joined(w, host, out, |f| &f.text)
    }

    /// Expands a word into a glob pattern: quoted characters are escaped.
    pub(crate) fn expand_pattern(
        &mut self,
        w: &Word,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<String, Flow> {
        self.expand_joined(w, host, out, |f| &f.pat)
    }

    /// Expands a word without field splitting and joins the fields it made (`"$@"` makes
    /// several) with spaces, taking `pick` of each: its text or its pattern.
    fn expand_joined(
        &mut self,
        w: &Word,
        host: &mut dyn ShellHost,
        out: &mut Output,
        pick: fn(&Field) -> &str,
    ) -> Result<String, Flow> {
        let mut fields = Fields::default();
        self.expand_parts(&w.parts, &mut fields, true, host, out)?;
        self.check_word(&fields)?;
        let all = fields.done.iter().chain(std::iter::once(&fields.cur));
        Ok(all.map(pick).collect::<Vec<_>>().join(" "))
    }

    fn expand_parts(
        &mut self,
        parts: &[Part],
        fields: &mut Fields,
        nosplit: bool,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<(), Flow> {
        for part in parts {
            match part {
                Part::Lit(s) => fields.unquoted(s),
                Part::Quoted(s) => fields.quoted(s),
                Part::Tilde(user) => {
                    let home = self.tilde(user, host);
                    fields.quoted(&home);
                }
                Part::Double(inner) => {
                    fields.cur.started = true;
                    for p in inner {
                        match p {
                            Part::Param(pp) if pp.name == "@" && pp.op == ParamOp::Plain => {
                                let args = self.positional.clone();
                                if args.is_empty() && inner.len() == 1 {
                                    fields.cur.started = false;
                                }
                                for (i, a) in args.iter().enumerate() {
                                    if i > 0 {
                                        fields.end();
                                    }
                                    fields.quoted(a);
                                }
                            }
                            other => {
                                let v = self.expand_one(other, true, host, out)?;
                                fields.quoted(&v);
                            }
                        }
                    }
                }
                Part::Param(p)
                    if (p.name == "@" || p.name == "*") && p.op == ParamOp::Plain && !nosplit =>
                {
                    let ifs = self.ifs();
                    for a in self.positional.clone() {
                        fields.split(&a, &ifs);
                        fields.end();
                    }
                }
                other => {
                    let v = self.expand_one(other, false, host, out)?;
                    if nosplit {
                        fields.unquoted_noglob(&v);
                    } else {
                        let ifs = self.ifs();
                        fields.split(&v, &ifs);
                    }
                }
            }
        }
        Ok(())
    }

    fn ifs(&self) -> String {
        self.get("IFS").unwrap_or(" \t\n").to_string()
    }

    /// Expands one part to its text (used inside double quotes and for single results).
    fn expand_one(
        &mut self,
        part: &Part,
        quoted: bool,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<String, Flow> {
        match part {
            Part::Lit(s) | Part::Quoted(s) => Ok(s.clone()),
            Part::Tilde(u) => Ok(self.tilde(u, host)),
            Part::Double(inner) => {
                let mut s = String::new();
                for p in inner {
                    s.push_str(&self.expand_one(p, true, host, out)?);
                }
                Ok(s)
            }
            Part::Param(p) => self.expand_param(p, quoted, host, out),
            Part::Command(list) => self.command_subst(list, host, out),
            Part::Arith(parts) => {
                let mut text = String::new();
                for p in parts {
                    text.push_str(&self.expand_one(p, true, host, out)?);
                }
                match self.arith(&text) {
                    Ok(n) => Ok(n.to_string()),
                    Err(msg) => {
                        out.err(format!("{}{msg}\n", self.prefix()));
                        Err(self.expansion_failed(1))
                    }
                }
            }
        }
    }

    /// The failure of an expansion: a non-interactive shell exits, an interactive one abandons
    /// the line.
    pub(crate) fn expansion_failed(&mut self, status: i32) -> Flow {
        self.last_status = status;
        if self.interactive {
            Flow::Abort(status)
        } else {
            Flow::Exit(status)
        }
    }

    fn tilde(&mut self, user: &str, host: &mut dyn ShellHost) -> String {
        if user.is_empty() {
            return self
                .get("HOME")
                .map(str::to_string)
                .unwrap_or_else(|| "/root".into());
        }
        let passwd = host.fs().read_string("/etc/passwd").unwrap_or_default();
        for line in passwd.lines() {
            let f: Vec<&str> = line.split(':').collect();
            if f.first() == Some(&user) {
                if let Some(home) = f.get(5) {
                    return home.to_string();
                }
            }
        }
        format!("~{user}")
    }

    /// The value of a parameter, special ones included; `None` when unset.
    pub(crate) fn param_value(&self, name: &str) -> Option<String> {
        match name {
            "?" => Some(self.last_status.to_string()),
            "$" => Some(self.pid.to_string()),
            "#" => Some(self.positional.len().to_string()),
            "0" => Some(self.arg0.clone()),
            "!" => None,
            "-" => {
                let mut s = String::new();
                if self.options.errexit {
                    s.push('e');
                }
                if self.options.nounset {
                    s.push('u');
                }
                if self.options.xtrace {
                    s.push('x');
                }
                Some(s)
            }
            "@" | "*" => Some(self.positional.join(" ")),
            _ if name.bytes().all(|b| b.is_ascii_digit()) => name
                .parse::<usize>()
                .ok()
                .and_then(|n| self.positional.get(n.wrapping_sub(1)))
                .cloned(),
            _ => self.get(name).map(str::to_string),
        }
    }

    fn expand_param(
        &mut self,
        p: &Param,
        quoted: bool,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<String, Flow> {
        let value = self.param_value(&p.name);
        let unset_or = |colon: bool, v: &Option<String>| match v {
            None => true,
            Some(s) => colon && s.is_empty(),
        };
        match &p.op {
            ParamOp::Plain => match value {
                Some(v) => Ok(v),
                None if self.options.nounset && !matches!(p.name.as_str(), "@" | "*") => {
                    out.err(format!("{}{}: unbound variable\n", self.prefix(), p.name));
                    Err(self.expansion_failed(1))
                }
                None => Ok(String::new()),
            },
            ParamOp::Length => Ok(value.unwrap_or_default().chars().count().to_string()),
            ParamOp::Default(colon) => {
                if unset_or(*colon, &value) {
                    self.expand_word_text(&p.word, quoted, host, out)
                } else {
                    Ok(value.unwrap_or_default())
                }
            }
            ParamOp::Assign(colon) => {
                if unset_or(*colon, &value) {
                    let v = self.expand_word_text(&p.word, quoted, host, out)?;
                    self.set_var(&p.name, &v);
                    Ok(v)
                } else {
                    Ok(value.unwrap_or_default())
                }
            }
            ParamOp::Alternative(colon) => {
                if unset_or(*colon, &value) {
                    Ok(String::new())
                } else {
                    self.expand_word_text(&p.word, quoted, host, out)
                }
            }
            ParamOp::Error(colon) => {
                if unset_or(*colon, &value) {
                    let msg = self.expand_word_text(&p.word, quoted, host, out)?;
                    let msg = if msg.is_empty() {
                        if value.is_none() || self.flavor != super::Flavor::Bash {
                            "parameter not set".to_string()
                        } else {
                            "parameter null or not set".to_string()
                        }
                    } else {
                        msg
                    };
                    let msg = if self.flavor == super::Flavor::Bash && p.word.parts.is_empty() {
                        "parameter null or not set".to_string()
                    } else {
                        msg
                    };
                    out.err(format!("{}{}: {msg}\n", self.prefix(), p.name));
                    Err(
                        self.expansion_failed(if self.flavor == super::Flavor::Bash {
                            127
                        } else {
                            2
                        }),
                    )
                } else {
                    Ok(value.unwrap_or_default())
                }
            }
            ParamOp::TrimPrefix(longest) | ParamOp::TrimSuffix(longest) => {
                let v = value.unwrap_or_default();
                let pat = self.expand_pattern(&p.word, host, out)?;
                let prefix = matches!(p.op, ParamOp::TrimPrefix(_));
                trim(&v, &pat, prefix, *longest).ok_or_else(|| self.halt(Bound::Match))
            }
            ParamOp::Replace(all) => {
                let v = value.unwrap_or_default();
                let pat = self.expand_pattern(&p.word, host, out)?;
                let rep = match &p.extra {
                    Some(w) => self.expand_string(w, host, out)?,
                    None => String::new(),
                };
                replace(&v, &pat, &rep, *all).ok_or_else(|| self.halt(Bound::Match))
            }
            ParamOp::Substring => {
                let v: Vec<char> = value.unwrap_or_default().chars().collect();
                let off_text = self.expand_string(&p.word, host, out)?;
                let off = self.arith(&off_text).unwrap_or(0);
                let len_n = v.len() as i64;
                let start = if off < 0 {
                    (len_n + off).max(0)
                } else {
                    off.min(len_n)
                };
                let end = match &p.extra {
                    Some(w) => {
                        let t = self.expand_string(w, host, out)?;
                        let l = self.arith(&t).unwrap_or(0);
                        if l < 0 {
                            (len_n + l).max(start)
                        } else {
                            (start + l).min(len_n)
                        }
                    }
                    None => len_n,
                };
                Ok(v[start as usize..end.max(start) as usize].iter().collect())
            }
        }
    }

    fn expand_word_text(
        &mut self,
        w: &Word,
        _quoted: bool,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<String, Flow> {
        self.expand_string(w, host, out)
    }

    /// Runs a command substitution in a subshell and returns its stdout without trailing
    /// newlines; its stderr goes to the shell's stderr.
    pub(crate) fn command_subst(
        &mut self,
        list: &super::parser::List,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<String, Flow> {
        let mut sub = self.subshell()?;
        let mut captured = Output::default();
        let mut input = Input::default();
        let r = sub.exec_list(list, host, &mut input, &mut captured);
        let status = match r {
            Ok(s) => s,
            Err(Flow::Exit(n)) | Err(Flow::Return(n)) | Err(Flow::Abort(n)) => n,
            Err(Flow::Break(_)) | Err(Flow::Continue(_)) => sub.last_status,
            Err(Flow::Halt) => {
                self.join(&sub);
                return Err(Flow::Halt);
            }
        };
        self.join(&sub);
        self.last_status = status;
        let mut text = String::new();
        for (s, t) in captured.chunks {
            match s {
                Stream::Stdout => text.push_str(&t),
                Stream::Stderr => out.err(t),
            }
        }
        let trimmed = text.trim_end_matches('\n').len();
        text.truncate(trimmed);
        Ok(text)
    }

    /// A copy of the shell for a subshell, one level deeper.
    pub(crate) fn subshell(&mut self) -> Result<Shell, Flow> {
        if self.budget.depth >= super::MAX_DEPTH {
            return Err(self.halt(Bound::Depth));
        }
        let mut s = self.clone();
        s.budget.depth += 1;
        Ok(s)
    }

    /// Takes back the shared counters from a finished subshell.
    pub(crate) fn join(&mut self, sub: &Shell) {
        self.budget.steps = sub.budget.steps;
        self.budget.docker = sub.budget.docker;
        self.budget.written = sub.budget.written;
        self.budget.halted = sub.budget.halted;
    }

    /// Records that a bound was hit and returns the flow that unwinds the run.
    /// Stops the run when an expansion grew past [`super::MAX_INPUT`]: no value a learner can
    /// build doubles without limit.
    fn check_word(&mut self, fields: &Fields) -> Result<(), Flow> {
        if fields.len() > super::MAX_INPUT {
            return Err(self.halt(Bound::Word));
        }
        Ok(())
    }

    pub(crate) fn halt(&mut self, bound: Bound) -> Flow {
        if self.budget.halted.is_none() {
            self.budget.halted = Some(bound);
        }
        Flow::Halt
    }

    /// Evaluates an arithmetic expression (`$((...))`, `((...))`, `let`).
    pub(crate) fn arith(&mut self, text: &str) -> Result<i64, String> {
        let toks = arith_tokens(text)?;
        if toks.is_empty() {
            return Ok(0);
        }
        let mut ev = Arith {
            toks: &toks,
            pos: 0,
            shell: self,
            text,
            depth: 0,
        };
        let v = ev.comma()?;
        if ev.pos < toks.len() {
            let rest = rest_text(&toks[ev.pos..]);
            return Err(format!(
                "{text}: syntax error in expression (error token is \"{rest}\")"
            ));
        }
        Ok(v)
    }
}

impl Fields {
    fn unquoted_noglob(&mut self, s: &str) {
        self.cur.started = true;
        self.cur.text.push_str(s);
        self.cur.pat.push_str(s);
    }
}

/// Steps that one `${v#p}`, `${v%p}` or `${v/p/r}` may take over all its match attempts: a long
/// value with a pattern that almost matches everywhere costs O(n²) attempts or more, which bash
/// would grind through for minutes.
const MAX_MATCH_STEPS: usize = 4_000_000;

/// A value or pattern as characters, with the byte offset of each (and of the end).
struct Chars<'a> {
    text: &'a str,
    chars: Vec<char>,
    at: Vec<usize>,
}

impl<'a> Chars<'a> {
    fn new(text: &'a str) -> Chars<'a> {
        let (at, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        let mut at = at;
        at.push(text.len());
        Chars { text, chars, at }
    }

    /// The text of characters `from..to`.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        let text: &'a str = self.text;
        match (self.at.get(from), self.at.get(to)) {
            (Some(&a), Some(&b)) if a <= b => text.get(a..b).unwrap_or(""),
            _ => "",
        }
    }
}

/// Glob matching for one pattern operation, counting its steps against [`MAX_MATCH_STEPS`].
struct Matcher<'p> {
    pat: &'p [char],
    steps: usize,
}

impl Matcher<'_> {
    /// Whether `text` matches; `None` once the operation has used up its steps.
    fn test(&mut self, text: &[char]) -> Option<bool> {
        let r = glob_chars(self.pat, text, &mut self.steps);
        (self.steps <= MAX_MATCH_STEPS).then_some(r)
    }
}

/// How many characters every match of `pat` has, when that is fixed (no `*`).
fn fixed_len(p: &[char]) -> Option<usize> {
    let (mut i, mut n) = (0, 0);
    while i < p.len() {
        match p[i] {
            '*' => return None,
            '\\' => i += 2,
            '[' => match class_match(p, i, 'a') {
                Some((_, next)) => i = next,
                None => i += 1,
            },
            _ => i += 1,
        }
        n += 1;
    }
    Some(n)
}

/// Removes the shortest or longest prefix (or suffix) matching a pattern; `None` when the
/// matching would take more than [`MAX_MATCH_STEPS`].
fn trim(v: &str, pat: &str, prefix: bool, longest: bool) -> Option<String> {
    let v = Chars::new(v);
    let p: Vec<char> = pat.chars().collect();
    let mut m = Matcher { pat: &p, steps: 0 };
    let n = v.chars.len();
    let lengths: Vec<usize> = if longest {
        (0..=n).rev().collect()
    } else {
        (0..=n).collect()
    };
    for len in lengths {
        if prefix {
            if m.test(&v.chars[..len])? {
                return Some(v.slice(len, n).to_string());
            }
        } else if m.test(&v.chars[n - len..])? {
            return Some(v.slice(0, n - len).to_string());
        }
    }
    Some(v.text.to_string())
}

/// `${v/pat/rep}` (`all`: `${v//pat/rep}`); `None` when the matching would take more than
/// [`MAX_MATCH_STEPS`].
fn replace(v: &str, pat: &str, rep: &str, all: bool) -> Option<String> {
    if pat.is_empty() {
        return Some(v.to_string());
    }
    let (anchor_start, anchor_end, pat) = if let Some(p) = pat.strip_prefix('#') {
        (true, false, p)
    } else if let Some(p) = pat.strip_prefix('%') {
        (false, true, p)
    } else {
        (false, false, pat)
    };
    let p: Vec<char> = pat.chars().collect();
    let fixed = fixed_len(&p);
    let mut m = Matcher { pat: &p, steps: 0 };
    let v = Chars::new(v);
    let n = v.chars.len();
    let mut out = String::new();
    // Characters before `done` are already in `out` (or replaced).
    let mut done = 0usize;
    for start in 0..=n {
        if start < done {
            continue;
        }
        // The longest match starting here (without `*`, every match has the same length).
        let ends = match fixed {
            Some(len) if start + len <= n => start + len..start + len + 1,
            Some(_) => 0..0,
            None => start..n + 1,
        };
        let mut found = None;
        for end in ends.rev() {
            if end > start && (!anchor_end || end == n) && m.test(&v.chars[start..end])? {
                found = Some(end);
                break;
            }
        }
        if let Some(end) = found {
            if !anchor_start || start == 0 {
                out.push_str(v.slice(done, start));
                out.push_str(rep);
                done = end;
                if !all {
                    break;
                }
            }
        }
        if anchor_start {
            break;
        }
    }
    out.push_str(v.slice(done.min(n), n));
    Some(out)
}

/// Whether `text` matches the glob `pattern` (`*`, `?`, `[...]`, `\` escapes).
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    glob_chars(&p, &t, &mut 0)
}

/// [`glob_match`] over characters, adding the steps it took to `steps` (at most
/// `(t.len() + 1) * (p.len() + 1)`: the classic one-star backtracking).
fn glob_chars(p: &[char], t: &[char], steps: &mut usize) -> bool {
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        *steps += 1;
        let mut advanced = false;
        if let Some(&pc) = p.get(pi) {
            match pc {
                '*' => {
                    star = Some((pi, ti));
                    pi += 1;
                    continue;
                }
                '?' => {
                    pi += 1;
                    ti += 1;
                    advanced = true;
                }
                '[' => {
                    if let Some((matched, next)) = class_match(p, pi, t[ti]) {
                        if matched {
                            pi = next;
                            ti += 1;
                            advanced = true;
                        }
                    } else if t[ti] == '[' {
                        pi += 1;
                        ti += 1;
                        advanced = true;
                    }
                }
                '\\' => {
                    let lit = p.get(pi + 1).copied().unwrap_or('\\');
                    if lit == t[ti] {
                        pi += if p.get(pi + 1).is_some() { 2 } else { 1 };
                        ti += 1;
                        advanced = true;
                    }
                }
                c => {
                    if c == t[ti] {
                        pi += 1;
                        ti += 1;
                        advanced = true;
                    }
                }
            }
        }
        if !advanced {
            match star {
                Some((sp, st)) => {
                    pi = sp + 1;
                    ti = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            }
        }
    }
    while p.get(pi) == Some(&'*') {
        pi += 1;
    }
    pi == p.len()
}

/// Matches one character against a bracket expression at `p[start]`; returns whether it
/// matched and the index after the expression, or None when the bracket is not closed.
fn class_match(p: &[char], start: usize, c: char) -> Option<(bool, usize)> {
    let mut i = start + 1;
    let negate = matches!(p.get(i), Some('!') | Some('^'));
    if negate {
        i += 1;
    }
    let mut matched = false;
    let mut first = true;
    loop {
        let &pc = p.get(i)?;
        if pc == ']' && !first {
            return Some((matched != negate, i + 1));
        }
        first = false;
        if pc == '[' && p.get(i + 1) == Some(&':') {
            let rest: String = p[i + 2..].iter().collect();
            if let Some(end) = rest.find(":]") {
                let class = &rest[..end];
                let ok = match class {
                    "alpha" => c.is_alphabetic(),
                    "digit" => c.is_ascii_digit(),
                    "alnum" => c.is_alphanumeric(),
                    "upper" => c.is_ascii_uppercase(),
                    "lower" => c.is_ascii_lowercase(),
                    "space" => c.is_whitespace(),
                    "punct" => c.is_ascii_punctuation(),
                    "xdigit" => c.is_ascii_hexdigit(),
                    _ => false,
                };
                matched |= ok;
                i += 2 + class.chars().count() + 2;
                continue;
            }
        }
        let lo = if pc == '\\' {
            i += 1;
            *p.get(i)?
        } else {
            pc
        };
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|&x| x != ']') {
            let hi = *p.get(i + 2)?;
            matched |= lo <= c && c <= hi;
            i += 3;
        } else {
            matched |= lo == c;
            i += 1;
        }
    }
}

/// Removes the backslash escapes of a pattern (the literal text of a non-matching glob).
pub(super) fn unescape_pattern(p: &str) -> String {
    let mut s = String::new();
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                s.push(n);
            }
        } else {
            s.push(c);
        }
    }
    s
}

/// Whether a path component is a pattern: an unescaped `*` or `?`, or a `[` that a `]` closes
/// (as in bash, a lone `[`, like the test command's, is plain text and lists no directory).
fn has_glob(component: &str) -> bool {
    let chars: Vec<char> = component.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '*' | '?' => return true,
            '[' => {
                let mut j = i + 1;
                if matches!(chars.get(j), Some('!' | '^')) {
                    j += 1;
                }
                // The first character of a class may be `]` itself.
                if chars[j.min(chars.len())..]
                    .iter()
                    .skip(1)
                    .any(|&c| c == ']')
                {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// Expands a glob pattern against the filesystem; empty when nothing matches.
fn glob_paths(fs: &crate::vfs::Tree, cwd: &str, pattern: &str) -> Vec<String> {
    let absolute = pattern.starts_with('/');
    let components: Vec<&str> = pattern.split('/').filter(|c| !c.is_empty()).collect();
    // Each candidate: (display text, absolute path).
    let mut cands: Vec<(String, String)> = vec![(
        if absolute { "/".into() } else { String::new() },
        if absolute {
            "/".into()
        } else {
            cwd.to_string()
        },
    )];
    for (n, comp) in components.iter().enumerate() {
        let last = n + 1 == components.len();
        let mut next = Vec::new();
        for (shown, abs) in &cands {
            let join = |name: &str| {
                let s = if shown.is_empty() || shown.ends_with('/') {
                    format!("{shown}{name}")
                } else {
                    format!("{shown}/{name}")
                };
                let a = crate::vfs::normalize(abs, name);
                (s, a)
            };
            if has_glob(comp) {
                let Ok(names) = fs.list(abs) else { continue };
                for name in names {
                    if name.starts_with('.') && !comp.starts_with('.') {
                        continue;
                    }
                    if glob_match(comp, &name) {
                        let (s, a) = join(&name);
                        if last || fs.is_dir(&a) {
                            next.push((s, a));
                        }
                    }
                }
            } else {
                let name = unescape_pattern(comp);
                let (s, a) = join(&name);
                if fs.exists(&a) || (name == ".." || name == ".") {
                    next.push((s, a));
                }
            }
        }
        cands = next;
        if cands.is_empty() || cands.len() > 100_000 {
            return Vec::new();
        }
    }
    let mut out: Vec<String> = cands
        .into_iter()
        .map(|(s, _)| {
            if pattern.ends_with('/') && !s.ends_with('/') {
                format!("{s}/")
            } else {
                s
            }
        })
        .collect();
    crate::sort::sort(&mut out);
    out
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(i64),
    Name(String),
    Op(&'static str),
}

const OPS: &[&str] = &[
    "<<=", ">>=", "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "++", "--", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "!", "~",
    "?", ":", "=", "(", ")", ",",
];

fn arith_tokens(text: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '#') {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            toks.push(Tok::Num(parse_number(&s).ok_or_else(|| {
                format!("{s}: value too great for base (error token is \"{s}\")")
            })?));
        } else if c == '_' || c.is_ascii_alphabetic() {
            let start = i;
            while i < chars.len() && (chars[i] == '_' || chars[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            toks.push(Tok::Name(chars[start..i].iter().collect()));
        } else {
            let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
            match OPS.iter().find(|op| rest.starts_with(*op)) {
                Some(op) => {
                    toks.push(Tok::Op(op));
                    i += op.len();
                }
                None => {
                    let tail: String = chars[i..].iter().collect();
                    return Err(format!(
                        "{text}: syntax error: invalid arithmetic operator (error token is \"{tail}\")"
                    ));
                }
            }
        }
    }
    Ok(toks)
}

fn parse_number(s: &str) -> Option<i64> {
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return i64::from_str_radix(h, 16).ok();
    }
    if let Some((base, digits)) = s.split_once('#') {
        let b: u32 = base.parse().ok()?;
        if !(2..=36).contains(&b) {
            return None;
        }
        return i64::from_str_radix(digits, b).ok();
    }
    if s.len() > 1 && s.starts_with('0') {
        return i64::from_str_radix(&s[1..], 8).ok();
    }
    s.parse().ok()
}

fn rest_text(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Num(n) => n.to_string(),
            Tok::Name(s) => s.clone(),
            Tok::Op(o) => o.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

struct Arith<'a> {
    toks: &'a [Tok],
    pos: usize,
    shell: &'a mut Shell,
    text: &'a str,
    depth: usize,
}

const BINARY: &[(&str, u8)] = &[
    ("||", 1),
    ("&&", 2),
    ("|", 3),
    ("^", 4),
    ("&", 5),
    ("==", 6),
    ("!=", 6),
    ("<", 7),
    (">", 7),
    ("<=", 7),
    (">=", 7),
    ("<<", 8),
    (">>", 8),
    ("+", 9),
    ("-", 9),
    ("*", 10),
    ("/", 10),
    ("%", 10),
];

impl Arith<'_> {
    fn peek_op(&self) -> Option<&'static str> {
        match self.toks.get(self.pos) {
            Some(Tok::Op(o)) => Some(o),
            _ => None,
        }
    }

    fn err_here(&self) -> String {
        let rest = rest_text(self.toks.get(self.pos..).unwrap_or(&[]));
        format!(
            "{}: syntax error: operand expected (error token is \"{rest}\")",
            self.text
        )
    }

    fn var(&mut self, name: &str) -> Result<i64, String> {
        let v = self.shell.get(name).unwrap_or("").trim().to_string();
        if v.is_empty() {
            return Ok(0);
        }
        if let Some(n) = parse_number(&v) {
            return Ok(n);
        }
        if self.depth > 8 {
            return Err(format!("{name}: expression recursion level exceeded"));
        }
        let toks = arith_tokens(&v)?;
        let mut sub = Arith {
            toks: &toks,
            pos: 0,
            shell: &mut *self.shell,
            text: &v,
            depth: self.depth + 1,
        };
        sub.comma()
    }

    fn comma(&mut self) -> Result<i64, String> {
        let mut v = self.assign()?;
        while self.peek_op() == Some(",") {
            self.pos += 1;
            v = self.assign()?;
        }
        Ok(v)
    }

    fn assign(&mut self) -> Result<i64, String> {
        if let (Some(Tok::Name(name)), Some(Tok::Op(op))) =
            (self.toks.get(self.pos), self.toks.get(self.pos + 1))
        {
            let op: &str = op;
            if matches!(
                op,
                "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "<<=" | ">>=" | "&=" | "|=" | "^="
            ) {
                let name = name.clone();
                self.pos += 2;
                let rhs = self.assign()?;
                let cur = if op == "=" { 0 } else { self.var(&name)? };
                let v = if op == "=" {
                    rhs
                } else {
                    self.apply(&op[..op.len() - 1], cur, rhs)?
                };
                self.shell.set_var(&name, &v.to_string());
                return Ok(v);
            }
        }
        self.ternary()
    }

    fn ternary(&mut self) -> Result<i64, String> {
        let c = self.binary(1)?;
        if self.peek_op() == Some("?") {
            self.pos += 1;
            let a = self.assign()?;
            if self.peek_op() != Some(":") {
                return Err(self.err_here());
            }
            self.pos += 1;
            let b = self.assign()?;
            return Ok(if c != 0 { a } else { b });
        }
        Ok(c)
    }

    fn binary(&mut self, min: u8) -> Result<i64, String> {
        let mut lhs = self.power()?;
        while let Some(op) = self.peek_op() {
            let Some(&(_, prec)) = BINARY.iter().find(|(o, _)| *o == op) else {
                break;
            };
            if prec < min {
                break;
            }
            self.pos += 1;
            let rhs = self.binary(prec + 1)?;
            lhs = self.apply(op, lhs, rhs)?;
        }
        Ok(lhs)
    }

    fn apply(&self, op: &str, a: i64, b: i64) -> Result<i64, String> {
        Ok(match op {
            "||" => ((a != 0) || (b != 0)) as i64,
            "&&" => ((a != 0) && (b != 0)) as i64,
            "|" => a | b,
            "^" => a ^ b,
            "&" => a & b,
            "==" => (a == b) as i64,
            "!=" => (a != b) as i64,
            "<" => (a < b) as i64,
            ">" => (a > b) as i64,
            "<=" => (a <= b) as i64,
            ">=" => (a >= b) as i64,
            "<<" => a.wrapping_shl(b as u32),
            ">>" => a.wrapping_shr(b as u32),
            "+" => a.wrapping_add(b),
            "-" => a.wrapping_sub(b),
            "*" => a.wrapping_mul(b),
            "/" | "%" => {
                if b == 0 {
                    let tok = self
                        .toks
                        .get(self.pos.saturating_sub(1))
                        .map(|t| rest_text(std::slice::from_ref(t)))
                        .unwrap_or_default();
                    return Err(format!(
                        "{}: division by 0 (error token is \"{tok}\")",
                        self.text
                    ));
                }
                if op == "/" {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                }
            }
            _ => 0,
        })
    }

    fn power(&mut self) -> Result<i64, String> {
        let base = self.unary()?;
        if self.peek_op() == Some("**") {
            self.pos += 1;
            let exp = self.power()?;
            if exp < 0 {
                return Err(format!(
                    "{}: exponent less than 0 (error token is \"{exp}\")",
                    self.text
                ));
            }
            return Ok(base.wrapping_pow(exp.min(u32::MAX as i64) as u32));
        }
        Ok(base)
    }

    fn unary(&mut self) -> Result<i64, String> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(format!(
                "{}: expression recursion level exceeded",
                self.text
            ));
        }
        let r = self.unary_inner();
        self.depth -= 1;
        r
    }

    fn unary_inner(&mut self) -> Result<i64, String> {
        match self.toks.get(self.pos).cloned() {
            Some(Tok::Op("-")) => {
                self.pos += 1;
                Ok(self.unary()?.wrapping_neg())
            }
            Some(Tok::Op("+")) => {
                self.pos += 1;
                self.unary()
            }
            Some(Tok::Op("!")) => {
                self.pos += 1;
                Ok((self.unary()? == 0) as i64)
            }
            Some(Tok::Op("~")) => {
                self.pos += 1;
                Ok(!self.unary()?)
            }
            Some(Tok::Op(op @ ("++" | "--"))) => {
                self.pos += 1;
                let Some(Tok::Name(name)) = self.toks.get(self.pos).cloned() else {
                    return Err(self.err_here());
                };
                self.pos += 1;
                let v = self.var(&name)? + if op == "++" { 1 } else { -1 };
                self.shell.set_var(&name, &v.to_string());
                Ok(v)
            }
            Some(Tok::Op("(")) => {
                self.pos += 1;
                let v = self.comma()?;
                if self.peek_op() != Some(")") {
                    return Err(self.err_here());
                }
                self.pos += 1;
                Ok(v)
            }
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(n)
            }
            Some(Tok::Name(name)) => {
                self.pos += 1;
                let v = self.var(&name)?;
                if let Some(op @ ("++" | "--")) = self.peek_op() {
                    self.pos += 1;
                    let nv = v + if op == "++" { 1 } else { -1 };
                    self.shell.set_var(&name, &nv.to_string());
                }
                Ok(v)
            }
            _ => Err(self.err_here()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_bracket_is_no_pattern() {
        assert!(!has_glob("["));
        assert!(!has_glob("]"));
        assert!(!has_glob("a[b"));
        assert!(!has_glob("[]"));
        assert!(!has_glob("\\*"));
        assert!(has_glob("[ab]"));
        assert!(has_glob("[]]"));
        assert!(has_glob("[!a]x"));
        assert!(has_glob("x*"));
    }

    #[test]
    fn globs_match() {
        assert!(glob_match("*.js", "index.js"));
        assert!(!glob_match("*.js", "index.json"));
        assert!(glob_match("a?c", "abc"));
        assert!(glob_match("[a-c]x", "bx"));
        assert!(!glob_match("[!a-c]x", "bx"));
        assert!(glob_match("\\*", "*"));
        assert!(!glob_match("\\*", "a"));
        assert!(glob_match("*", ""));
        assert!(glob_match("[[:digit:]]*", "1abc"));
    }

    #[test]
    fn trims_and_replaces() {
        assert_eq!(
            trim("a.tar.gz", ".*", false, false).as_deref(),
            Some("a.tar")
        );
        assert_eq!(trim("a.tar.gz", ".*", false, true).as_deref(), Some("a"));
        assert_eq!(
            trim("/usr/local/bin", "*/", true, true).as_deref(),
            Some("bin")
        );
        assert_eq!(
            trim("/usr/local/bin", "*/", true, false).as_deref(),
            Some("usr/local/bin")
        );
        assert_eq!(replace("hello", "l", "L", false).as_deref(), Some("heLlo"));
        assert_eq!(replace("hello", "l", "L", true).as_deref(), Some("heLLo"));
        assert_eq!(replace("hello", "#h", "J", false).as_deref(), Some("Jello"));
    }

    #[test]
    fn arithmetic() {
        let mut sh = Shell::new(super::super::Flavor::Bash);
        sh.set_var("x", "5");
        assert_eq!(sh.arith("1 + 2 * 3"), Ok(7));
        assert_eq!(sh.arith("(1 + 2) * 3"), Ok(9));
        assert_eq!(sh.arith("x * 2"), Ok(10));
        assert_eq!(sh.arith("x > 3 && x < 10"), Ok(1));
        assert_eq!(sh.arith("x += 1"), Ok(6));
        assert_eq!(sh.get("x"), Some("6"));
        assert_eq!(sh.arith("2 ** 10"), Ok(1024));
        assert_eq!(sh.arith("-7 % 3"), Ok(-1));
        assert_eq!(sh.arith("0x10 + 010"), Ok(24));
        assert_eq!(
            sh.arith("1/0"),
            Err("1/0: division by 0 (error token is \"0\")".into())
        );
    }
}
