//! The executor: runs the syntax tree with redirections, pipelines, control flow and bounds.

use std::rc::Rc;

use super::parser::{AndOr, Command, Connector, HereBody, List, Pipeline, Redir, RedirOp, Simple};
use super::{builtins, Bound, Flavor, Shell, ShellHost, Var, MAX_DOCKER, MAX_OUTPUT, MAX_STEPS};
use crate::runtime::{Output, Stream};

/// Why execution stops early: loop control, `return`, `exit`, or a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// `break n`.
    Break(usize),
    /// `continue n`.
    Continue(usize),
    /// `return n`.
    Return(i32),
    /// `exit n` (or `set -e` after a failure).
    Exit(i32),
    /// An expansion error in an interactive shell: the rest of the line is abandoned.
    Abort(i32),
    /// A bound was hit ([`Shell::budget`] says which): the whole run unwinds.
    Halt,
}

/// A command's standard input: bytes and a read position shared by the commands that read it
/// (`while read line; do …; done < file`).
#[derive(Clone, Debug, Default)]
pub struct Input {
    data: Rc<Vec<u8>>,
    pos: usize,
}

impl Input {
    /// Input holding these bytes.
    pub fn new(data: Vec<u8>) -> Input {
        Input {
            data: Rc::new(data),
            pos: 0,
        }
    }

    /// The unread bytes.
    pub fn rest(&self) -> &[u8] {
        self.data.get(self.pos..).unwrap_or(&[])
    }

    /// Reads everything left.
    pub fn read_all(&mut self) -> Vec<u8> {
        let r = self.rest().to_vec();
        self.pos = self.data.len();
        r
    }

    /// Reads one line without its newline; None at the end of input.
    pub fn read_line(&mut self) -> Option<String> {
        let rest = self.rest();
        if rest.is_empty() {
            return None;
        }
        let (line, used) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        let s = String::from_utf8_lossy(line).into_owned();
        self.pos += used;
        Some(s)
    }
}

/// Where a command's stdout or stderr goes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Sink {
    Stream(Stream),
    File(String),
    Null,
}

/// The effect of a command's redirections.
struct Redirected {
    fd1: Sink,
    fd2: Sink,
    input: Option<Input>,
}

impl Shell {
    /// Counts one step; fails when the run has used up [`MAX_STEPS`].
    pub(crate) fn step(&mut self) -> Result<(), Flow> {
        self.budget.steps += 1;
        if self.budget.halted.is_some() {
            return Err(Flow::Halt);
        }
        if self.budget.steps > MAX_STEPS {
            return Err(self.halt(Bound::Steps));
        }
        Ok(())
    }

    /// Counts a program the host runs; `docker` has its own, lower bound ([`MAX_DOCKER`]).
    pub(crate) fn count_program(&mut self, argv: &[String]) -> Result<(), Flow> {
        let name = argv.first().map(String::as_str).unwrap_or("");
        if name.rsplit('/').next() == Some("docker") {
            self.budget.docker += 1;
            if self.budget.docker > MAX_DOCKER {
                return Err(self.halt(Bound::Docker));
            }
        }
        Ok(())
    }

    /// Runs a list, returning the last status.
    pub(crate) fn exec_list(
        &mut self,
        list: &List,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let mut status = 0;
        for ao in list {
            status = self.exec_and_or(ao, host, input, out)?;
        }
        Ok(status)
    }

    /// Runs `a && b || c`, applying `set -e` to the pipeline that decides the status.
    pub(crate) fn exec_and_or(
        &mut self,
        ao: &AndOr,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let guarded = !ao.rest.is_empty();
        if guarded {
            self.cond_depth += 1;
        }
        let first = self.exec_pipeline(&ao.first, host, input, out);
        if guarded {
            self.cond_depth -= 1;
        }
        let mut status = first?;
        let mut last = (ao.rest.is_empty(), ao.first.bang);
        for (i, (conn, p)) in ao.rest.iter().enumerate() {
            let run = match conn {
                Connector::And => status == 0,
                Connector::Or => status != 0,
            };
            if !run {
                last = (false, false);
                continue;
            }
            let is_last = i + 1 == ao.rest.len();
            if !is_last {
                self.cond_depth += 1;
            }
            let r = self.exec_pipeline(p, host, input, out);
            if !is_last {
                self.cond_depth -= 1;
            }
            status = r?;
            last = (is_last, p.bang);
        }
        self.last_status = status;
        if status != 0 && self.options.errexit && self.cond_depth == 0 && last.0 && !last.1 {
            return Err(Flow::Exit(status));
        }
        Ok(status)
    }

    fn exec_pipeline(
        &mut self,
        p: &Pipeline,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        if p.bang {
            self.cond_depth += 1;
        }
        let r = match p.commands.as_slice() {
            [only] => self.exec_command(only, host, input, out),
            _ => self.exec_pipeline_inner(p, host, input, out),
        };
        if p.bang {
            self.cond_depth -= 1;
        }
        let status = r?;
        let status = if p.bang { (status == 0) as i32 } else { status };
        self.last_status = status;
        Ok(status)
    }

    #[inline(never)]
    fn exec_pipeline_inner(
        &mut self,
        p: &Pipeline,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let [first, rest @ ..] = p.commands.as_slice() else {
            return Ok(0);
        };
        if rest.is_empty() {
            return self.exec_command(first, host, input, out);
        }
        // Stages run one after another, each in a subshell; the stdout of one is the stdin of
        // the next, and stderr goes straight to the terminal in order.
        let mut data: Option<Vec<u8>> = None;
        let mut status = 0;
        for (i, c) in p.commands.iter().enumerate() {
            let last = i + 1 == p.commands.len();
            let mut sub = self.subshell()?;
            sub.piped = !last;
            let mut own_input = data.take().map(Input::new);
            let stage_in = own_input.as_mut().unwrap_or(&mut *input);
            let mut stage_out = Output::default();
            let r = sub.exec_command(c, host, stage_in, &mut stage_out);
            self.join(&sub);
            status = match r {
                Ok(s) => s,
                Err(Flow::Halt) => {
                    // What a stage before the last wrote was meant for the pipe, not the
                    // terminal: only its stderr (the bound's message) is shown.
                    if last {
                        out.extend(stage_out);
                    } else {
                        for (s, t) in stage_out.chunks {
                            if s == Stream::Stderr {
                                out.err(t);
                            }
                        }
                    }
                    return Err(Flow::Halt);
                }
                Err(Flow::Exit(n)) | Err(Flow::Return(n)) | Err(Flow::Abort(n)) => n,
                Err(Flow::Break(_)) | Err(Flow::Continue(_)) => sub.last_status,
            };
            if last {
                out.extend(stage_out);
            } else {
                let mut bytes = Vec::new();
                for (s, t) in stage_out.chunks {
                    match s {
                        Stream::Stdout => bytes.extend_from_slice(t.as_bytes()),
                        Stream::Stderr => out.err(t),
                    }
                }
                data = Some(bytes);
            }
        }
        Ok(status)
    }

    /// Runs one command with its redirections.
    pub(crate) fn exec_command(
        &mut self,
        c: &Command,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let redirs: &[Redir] = match c {
            Command::Simple(s) => return self.exec_simple(s, host, input, out),
            Command::Subshell(_, r)
            | Command::Group(_, r)
            | Command::If(_, _, r)
            | Command::For(_, _, _, r)
            | Command::While(_, _, _, r)
            | Command::Case(_, _, r) => r,
            Command::Function(..) | Command::Test(..) | Command::Arith(..) => &[],
        };
        if redirs.is_empty() {
            return self.exec_compound(c, host, input, out);
        }
        self.exec_redirected(c, redirs, host, input, out)
    }

    #[inline(never)]
    fn exec_redirected(
        &mut self,
        c: &Command,
        redirs: &[Redir],
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let Some(mut r) = self.setup_redirs(redirs, host, out)? else {
            self.last_status = 1;
            return Ok(1);
        };
        let mut buf = Output::default();
        let mut own = r.input.take();
        let inp = own.as_mut().unwrap_or(input);
        let res = self.exec_compound(c, host, inp, &mut buf);
        self.route(&r, buf, out, host);
        res
    }

    fn exec_compound(
        &mut self,
        c: &Command,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        // Each arm is its own function so the frame on the recursion path stays small.
        match c {
            Command::Simple(s) => self.exec_simple(s, host, input, out),
            Command::Group(list, _) => self.exec_list(list, host, input, out),
            Command::Subshell(list, _) => self.exec_subshell(list, host, input, out),
            Command::If(arms, otherwise, _) => self.exec_if(arms, otherwise, host, input, out),
            Command::For(name, words, body, _) => {
                self.exec_for(name, words, body, host, input, out)
            }
            Command::While(until, cond, body, _) => {
                self.loop_depth += 1;
                let r = self.exec_while(*until, cond, body, host, input, out);
                self.loop_depth -= 1;
                r
            }
            Command::Case(word, arms, _) => self.exec_case(word, arms, host, input, out),
            Command::Function(name, body) => {
                self.functions.insert(name.clone(), body.clone());
                Ok(0)
            }
            Command::Test(words, line) => self.exec_test(words, *line, host, out),
            Command::Arith(parts, line) => self.exec_arith(parts, *line, host, out),
        }
    }

    #[inline(never)]
    fn exec_subshell(
        &mut self,
        list: &List,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let mut sub = Box::new(self.subshell()?);
        let r = sub.exec_list(list, host, input, out);
        self.join(&sub);
        match r {
            Ok(s) => Ok(s),
            Err(Flow::Exit(n)) | Err(Flow::Return(n)) | Err(Flow::Abort(n)) => Ok(n),
            Err(Flow::Break(_)) | Err(Flow::Continue(_)) => Ok(sub.last_status),
            Err(Flow::Halt) => Err(Flow::Halt),
        }
    }

    #[inline(never)]
    fn exec_if(
        &mut self,
        arms: &[(List, List)],
        otherwise: &Option<List>,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        for (cond, body) in arms {
            self.cond_depth += 1;
            let r = self.exec_list(cond, host, input, out);
            self.cond_depth -= 1;
            if r? == 0 {
                return self.exec_list(body, host, input, out);
            }
        }
        match otherwise {
            Some(body) => self.exec_list(body, host, input, out),
            None => Ok(0),
        }
    }

    #[inline(never)]
    fn exec_for(
        &mut self,
        name: &str,
        words: &Option<Vec<super::parser::Word>>,
        body: &List,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let items = match words {
            Some(ws) => self.expand_words(ws, host, out)?,
            None => self.positional.clone(),
        };
        self.loop_depth += 1;
        let r = self.exec_for_items(name, items, body, host, input, out);
        self.loop_depth -= 1;
        r
    }

    fn exec_for_items(
        &mut self,
        name: &str,
        items: Vec<String>,
        body: &List,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let mut status = 0;
        for item in items {
            self.step()?;
            if !self.assign(name, &item, out) {
                return Ok(1);
            }
            match self.exec_list(body, host, input, out) {
                Ok(s) => status = s,
                Err(Flow::Break(n)) if n > 1 => return Err(Flow::Break(n - 1)),
                Err(Flow::Break(_)) => break,
                Err(Flow::Continue(n)) if n > 1 => return Err(Flow::Continue(n - 1)),
                Err(Flow::Continue(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(status)
    }

    #[inline(never)]
    fn exec_while(
        &mut self,
        until: bool,
        cond: &List,
        body: &List,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let mut status = 0;
        loop {
            self.step()?;
            self.cond_depth += 1;
            let c = self.exec_list(cond, host, input, out);
            self.cond_depth -= 1;
            let c = match c {
                Ok(c) => c,
                Err(Flow::Break(_)) => return Ok(status),
                Err(e) => return Err(e),
            };
            if (c == 0) == until {
                return Ok(status);
            }
            match self.exec_list(body, host, input, out) {
                Ok(s) => status = s,
                Err(Flow::Break(n)) if n > 1 => return Err(Flow::Break(n - 1)),
                Err(Flow::Break(_)) => return Ok(status),
                Err(Flow::Continue(n)) if n > 1 => return Err(Flow::Continue(n - 1)),
                Err(Flow::Continue(_)) => {}
                Err(e) => return Err(e),
            }
        }
    }

    #[inline(never)]
    fn exec_case(
        &mut self,
        word: &super::parser::Word,
        arms: &[super::parser::CaseArm],
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let subject = self.expand_string(word, host, out)?;
        for arm in arms {
            for pat in &arm.patterns {
                let p = self.expand_pattern(pat, host, out)?;
                if super::expand::glob_match(&p, &subject) {
                    return self.exec_list(&arm.body, host, input, out);
                }
            }
        }
        Ok(0)
    }

    #[inline(never)]
    fn exec_test(
        &mut self,
        words: &[super::parser::Word],
        line: usize,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        self.step()?;
        self.line = line;
        let mut args = Vec::with_capacity(words.len());
        for w in words {
            args.push(self.expand_pattern(w, host, out)?);
        }
        Ok(builtins::double_bracket_eval(self, host, &args, out))
    }

    #[inline(never)]
    fn exec_arith(
        &mut self,
        parts: &[super::parser::Part],
        line: usize,
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        self.step()?;
        self.line = line;
        let w = super::parser::Word {
            parts: vec![super::parser::Part::Double(parts.to_vec())],
        };
        let text = self.expand_string(&w, host, out)?;
        match self.arith(&text) {
            Ok(v) => Ok((v == 0) as i32),
            Err(msg) => {
                out.err(format!("{}{msg}\n", self.prefix()));
                Ok(1)
            }
        }
    }

    /// Assigns a variable, refusing readonly ones with the shell's message.
    pub(crate) fn assign(&mut self, name: &str, value: &str, out: &mut Output) -> bool {
        if self.vars.get(name).is_some_and(|v| v.readonly) {
            out.err(format!("{}{name}: readonly variable\n", self.prefix()));
            return false;
        }
        self.set_var(name, value);
        true
    }

    fn exec_simple(
        &mut self,
        s: &Simple,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        self.step()?;
        self.line = s.line;
        let steps_before = self.budget.steps;
        let argv = self.expand_words(&s.words, host, out)?;
        if s.assigns.is_empty() && s.redirs.is_empty() && !self.options.xtrace && !argv.is_empty() {
            return self.run_plain(&argv, host, input, out);
        }
        self.exec_simple_full(s, argv, steps_before, host, input, out)
    }

    /// A command without assignments or redirections writes straight to `out`.
    fn run_plain(
        &mut self,
        argv: &[String],
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let is_function = argv.first().is_some_and(|n| self.functions.contains_key(n));
        let mark = mark(out);
        let r = self.dispatch(argv, host, input, out);
        if !is_function {
            self.budget.written += written_since(out, mark);
            if self.budget.written > MAX_OUTPUT {
                return Err(self.halt(Bound::Output));
            }
        }
        let status = r?;
        self.last_status = status;
        Ok(status)
    }

    #[inline(never)]
    fn exec_simple_full(
        &mut self,
        s: &Simple,
        argv: Vec<String>,
        steps_before: u64,
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let mut values = Vec::with_capacity(s.assigns.len());
        for a in &s.assigns {
            let mut v = self.expand_string(&a.value, host, out)?;
            if a.append {
                v = format!("{}{v}", self.get(&a.name).unwrap_or(""));
            }
            values.push((a.name.as_str(), v));
        }
        let substituted = self.budget.steps != steps_before;
        if self.options.xtrace && (!argv.is_empty() || !values.is_empty()) {
            let mut line = String::from("+");
            for (k, v) in &values {
                line.push_str(&format!(" {k}={v}"));
            }
            for a in &argv {
                line.push(' ');
                line.push_str(a);
            }
            line.push('\n');
            out.err(line);
        }
        if argv.is_empty() {
            let mut status = if substituted { self.last_status } else { 0 };
            for (k, v) in &values {
                if !self.assign(k, v, out) {
                    status = 1;
                    if !self.interactive {
                        return Err(Flow::Exit(1));
                    }
                }
            }
            if !s.redirs.is_empty() && self.setup_redirs(&s.redirs, host, out)?.is_none() {
                status = 1;
            }
            self.last_status = status;
            return Ok(status);
        }
        let Some(mut redirected) = (if s.redirs.is_empty() {
            Some(Redirected {
                fd1: Sink::Stream(Stream::Stdout),
                fd2: Sink::Stream(Stream::Stderr),
                input: None,
            })
        } else {
            self.setup_redirs(&s.redirs, host, out)?
        }) else {
            self.last_status = 1;
            return Ok(1);
        };
        // `A=1 cmd`: the assignments are the command's environment only.
        let mut saved: Vec<(String, Option<Var>)> = Vec::new();
        for (k, v) in values {
            saved.push((k.to_string(), self.vars.get(k).cloned()));
            let var = self.vars.entry(k.to_string()).or_default();
            var.value = v;
            var.exported = true;
        }
        let mut own = redirected.input.take();
        let inp = own.as_mut().unwrap_or(input);
        let plain = redirected.fd1 == Sink::Stream(Stream::Stdout)
            && redirected.fd2 == Sink::Stream(Stream::Stderr);
        let is_function = self.functions.contains_key(&argv[0]);
        let r = if plain && is_function {
            // Functions write straight through: their own commands count their output.
            self.dispatch(&argv, host, inp, out)
        } else {
            let mut cmd_out = Output::default();
            let was_redirected = self.stdout_redirected;
            self.stdout_redirected |= redirected.fd1 != Sink::Stream(Stream::Stdout);
            let r = self.dispatch(&argv, host, inp, &mut cmd_out);
            self.stdout_redirected = was_redirected;
            if !is_function {
                let n: usize = cmd_out.chunks.iter().map(|(_, t)| t.len()).sum();
                self.budget.written += n;
            }
            self.route(&redirected, cmd_out, out, host);
            r
        };
        for (k, old) in saved.into_iter().rev() {
            match old {
                Some(v) => {
                    self.vars.insert(k, v);
                }
                None => {
                    self.vars.remove(&k);
                }
            }
        }
        if self.budget.written > MAX_OUTPUT {
            return Err(self.halt(Bound::Output));
        }
        let status = r?;
        self.last_status = status;
        Ok(status)
    }

    /// Runs a command by name: function, built-in, then the host's programs.
    #[inline(never)]
    pub(crate) fn dispatch(
        &mut self,
        argv: &[String],
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        let Some(name) = argv.first() else {
            return Ok(0);
        };
        if let Some(body) = self.functions.get(name).cloned() {
            return self.call_function(&body, argv, host, input, out);
        }
        if let Some(b) = builtins::lookup(name) {
            return b(self, host, argv, input, out);
        }
        self.count_program(argv)?;
        if let Some(status) = host.exec(self, argv, input.rest(), out) {
            return Ok(status);
        }
        // `/bin/ls` is `ls` when the host has no program of its own there.
        if let Some(base) = name.rsplit('/').next().filter(|_| name.contains('/')) {
            if let Some(b) = builtins::lookup_utility(base) {
                return b(self, host, argv, input, out);
            }
        }
        out.err(self.not_found(name));
        Ok(127)
    }

    /// The "command not found" message of this shell flavour.
    pub fn not_found(&self, name: &str) -> String {
        match self.flavor {
            Flavor::Bash if name.contains('/') => {
                format!("{}: {name}: No such file or directory\n", self.name)
            }
            Flavor::Bash if self.numbered && !self.interactive => format!(
                "{}: line {}: {name}: command not found\n",
                self.name, self.line
            ),
            Flavor::Bash => format!("{}: {name}: command not found\n", self.name),
            Flavor::Dash | Flavor::Ash => format!("{}{name}: not found\n", self.prefix()),
        }
    }

    #[inline(never)]
    fn call_function(
        &mut self,
        body: &Rc<Command>,
        argv: &[String],
        host: &mut dyn ShellHost,
        input: &mut Input,
        out: &mut Output,
    ) -> Result<i32, Flow> {
        if self.budget.depth >= super::MAX_DEPTH {
            return Err(self.halt(Bound::Depth));
        }
        self.budget.depth += 1;
        self.func_depth += 1;
        let saved = std::mem::replace(&mut self.positional, argv.get(1..).unwrap_or(&[]).to_vec());
        self.locals.push(Vec::new());
        let r = self.exec_command(body, host, input, out);
        if let Some(frame) = self.locals.pop() {
            for (k, old) in frame.into_iter().rev() {
                match old {
                    Some(v) => {
                        self.vars.insert(k, v);
                    }
                    None => {
                        self.vars.remove(&k);
                    }
                }
            }
        }
        self.positional = saved;
        self.func_depth -= 1;
        self.budget.depth -= 1;
        match r {
            Err(Flow::Return(n)) => Ok(n),
            other => other,
        }
    }

    /// Applies redirections; None (after printing why) when one cannot be done.
    #[inline(never)]
    fn setup_redirs(
        &mut self,
        redirs: &[Redir],
        host: &mut dyn ShellHost,
        out: &mut Output,
    ) -> Result<Option<Redirected>, Flow> {
        let mut r = Redirected {
            fd1: Sink::Stream(Stream::Stdout),
            fd2: Sink::Stream(Stream::Stderr),
            input: None,
        };
        for redir in redirs {
            let fd = redir.fd.unwrap_or(match redir.op {
                RedirOp::In
                | RedirOp::InOut
                | RedirOp::DupIn
                | RedirOp::Heredoc
                | RedirOp::HereString => 0,
                _ => 1,
            });
            match redir.op {
                RedirOp::Heredoc => {
                    let body = match redir.heredoc.as_ref().and_then(|c| c.get()) {
                        Some(HereBody::Literal(s)) => s.clone(),
                        Some(HereBody::Expand(w)) => self.expand_string(w, host, out)?,
                        None => String::new(),
                    };
                    if fd == 0 {
                        r.input = Some(Input::new(body.into_bytes()));
                    }
                    continue;
                }
                RedirOp::HereString => {
                    let mut s = self.expand_string(&redir.target, host, out)?;
                    s.push('\n');
                    if fd == 0 {
                        r.input = Some(Input::new(s.into_bytes()));
                    }
                    continue;
                }
                _ => {}
            }
            let target = self.expand_string(&redir.target, host, out)?;
            match redir.op {
                RedirOp::DupOut | RedirOp::DupIn
                    if target.bytes().all(|b| b.is_ascii_digit()) || target == "-" =>
                {
                    let src = match target.as_str() {
                        "1" => r.fd1.clone(),
                        "2" => r.fd2.clone(),
                        "-" => Sink::Null,
                        _ => continue,
                    };
                    match fd {
                        1 => r.fd1 = src,
                        2 => r.fd2 = src,
                        _ => {}
                    }
                    continue;
                }
                _ => {}
            }
            let path = crate::vfs::normalize(&self.cwd, &target);
            match redir.op {
                RedirOp::In | RedirOp::InOut | RedirOp::DupIn => {
                    if path == "/dev/null" || path == "/dev/stdin" {
                        if path == "/dev/null" && fd == 0 {
                            r.input = Some(Input::default());
                        }
                        continue;
                    }
                    let read = match super::coreutils::device(&path, self.piped) {
                        Some(data) => Ok(data),
                        None => host.fs().read(&path).map(<[u8]>::to_vec),
                    };
                    match read {
                        Ok(data) => {
                            if fd == 0 {
                                r.input = Some(Input::new(data));
                            }
                        }
                        Err(e) => {
                            let msg = match self.flavor {
                                Flavor::Bash => format!("{}{target}: {e}\n", self.prefix()),
                                Flavor::Dash => format!(
                                    "{}cannot open {target}: {}\n",
                                    self.prefix(),
                                    if e == crate::vfs::FsError::NotFound {
                                        "No such file".to_string()
                                    } else {
                                        e.to_string()
                                    }
                                ),
                                Flavor::Ash => {
                                    format!("{}can't open '{target}': {e}\n", self.prefix())
                                }
                            };
                            out.err(msg);
                            return Ok(None);
                        }
                    }
                }
                RedirOp::Out
                | RedirOp::Append
                | RedirOp::DupOut
                | RedirOp::Both
                | RedirOp::BothAppend => {
                    let sink = match path.as_str() {
                        "/dev/null" => Sink::Null,
                        "/dev/stdout" => Sink::Stream(Stream::Stdout),
                        "/dev/stderr" => Sink::Stream(Stream::Stderr),
                        _ => {
                            let append = matches!(redir.op, RedirOp::Append | RedirOp::BothAppend);
                            let fs = host.fs();
                            let res = if fs.is_dir(&path) {
                                Err(crate::vfs::FsError::IsADirectory)
                            } else if append && fs.exists(&path) {
                                Ok(())
                            } else {
                                fs.write(&path, Vec::new())
                            };
                            if let Err(e) = res {
                                out.err(self.create_error(&target, e));
                                return Ok(None);
                            }
                            Sink::File(path)
                        }
                    };
                    let both = matches!(redir.op, RedirOp::Both | RedirOp::BothAppend)
                        || (redir.op == RedirOp::DupOut && redir.fd.is_none());
                    if both {
                        r.fd1 = sink.clone();
                        r.fd2 = sink;
                    } else {
                        match fd {
                            1 => r.fd1 = sink,
                            2 => r.fd2 = sink,
                            _ => {}
                        }
                    }
                }
                RedirOp::Heredoc | RedirOp::HereString => {}
            }
        }
        Ok(Some(r))
    }

    fn create_error(&self, target: &str, e: crate::vfs::FsError) -> String {
        use crate::vfs::FsError;
        match self.flavor {
            Flavor::Bash => format!("{}{target}: {e}\n", self.prefix()),
            Flavor::Dash => {
                let why = match e {
                    FsError::NotFound => "Directory nonexistent".to_string(),
                    other => other.to_string(),
                };
                format!("{}cannot create {target}: {why}\n", self.prefix())
            }
            Flavor::Ash => {
                let why = match e {
                    FsError::NotFound => "nonexistent directory".to_string(),
                    other => other.to_string(),
                };
                format!("{}can't create {target}: {why}\n", self.prefix())
            }
        }
    }

    /// Sends a command's output where its redirections say.
    fn route(
        &mut self,
        r: &Redirected,
        cmd_out: Output,
        out: &mut Output,
        host: &mut dyn ShellHost,
    ) {
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for (stream, text) in cmd_out.chunks {
            let sink = match stream {
                Stream::Stdout => &r.fd1,
                Stream::Stderr => &r.fd2,
            };
            match sink {
                Sink::Stream(s) => out.push(*s, &text),
                Sink::Null => {}
                Sink::File(path) => match files.iter_mut().find(|(p, _)| p == path) {
                    Some((_, buf)) => buf.extend_from_slice(text.as_bytes()),
                    None => files.push((path.clone(), text.into_bytes())),
                },
            }
        }
        for (path, data) in files {
            let _ = host.fs().append(&path, &data);
        }
    }
}

/// Where `out` ends now: the number of chunks and the length of the last one.
fn mark(out: &Output) -> (usize, usize) {
    (
        out.chunks.len(),
        out.chunks.last().map_or(0, |(_, t)| t.len()),
    )
}

/// Bytes appended to `out` since `mark` (chunks of the same stream merge into the last one).
fn written_since(out: &Output, (n, last_len): (usize, usize)) -> usize {
    let mut total = 0;
    for (i, (_, t)) in out.chunks.iter().enumerate().skip(n.saturating_sub(1)) {
        total += if i + 1 == n {
            t.len().saturating_sub(last_len)
        } else {
            t.len()
        };
    }
    total
}
