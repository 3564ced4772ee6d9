//! Executes parsed templates over JSON values with Go's printing, truthiness and error texts.

use serde_json::{Number as JNum, Value};

use super::parse::{Arg, Command, Control, Node, Number, Pipe};
use super::Options;
use crate::cli::format::{go_float, go_quote};

/// Largest output a template may produce.
pub const MAX_OUTPUT: usize = 1 << 20;
/// Most evaluation steps a template may take.
const MAX_STEPS: usize = 1_000_000;

/// A value during execution: `None` is Go's invalid value (a missing map key).
type V = Option<Value>;

enum Flow {
    Normal,
    Break,
    Continue,
}

struct State<'a> {
    text: &'a str,
    out: String,
    vars: Vec<(String, V)>,
    opts: &'a Options,
    headers: Option<HeaderFn<'a>>,
    root: &'a Value,
    steps: usize,
    /// Position and description of the node being evaluated, for error messages.
    at: Option<(usize, String)>,
}

type R<T> = Result<T, String>;

/// Maps a field name to its column header (docker's `FullHeader`).
pub type HeaderFn<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Runs `nodes`; on error returns the partial output and Go's message.
pub fn execute(
    text: &str,
    nodes: &[Node],
    value: &Value,
    opts: &Options,
    headers: Option<HeaderFn<'_>>,
) -> Result<String, (String, String)> {
    let mut s = State {
        text,
        out: String::new(),
        vars: vec![("$".to_string(), Some(value.clone()))],
        opts,
        headers,
        root: value,
        steps: 0,
        at: None,
    };
    match s.walk_list(nodes, value) {
        Ok(_) => Ok(s.out),
        Err(e) => Err((s.out, e)),
    }
}

impl State<'_> {
    fn errorf(&self, msg: &str) -> String {
        match &self.at {
            None => format!("template: : {msg}"),
            Some((pos, ctx)) => {
                let before = self.text.get(..*pos).unwrap_or(self.text);
                let line = 1 + before.matches('\n').count();
                let col = match before.rfind('\n') {
                    Some(nl) => pos - nl - 1,
                    None => *pos,
                };
                let ctx = if ctx.len() > 20 {
                    let mut end = 20;
                    while !ctx.is_char_boundary(end) {
                        end -= 1;
                    }
                    format!("{}...", ctx.get(..end).unwrap_or(""))
                } else {
                    ctx.clone()
                };
                format!("template: :{line}:{col}: executing \"\" at <{ctx}>: {msg}")
            }
        }
    }

    fn at(&mut self, pos: usize, ctx: String) {
        self.at = Some((pos, ctx));
    }

    fn step(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err(self.errorf("template too expensive to execute"));
        }
        if self.out.len() > MAX_OUTPUT {
            return Err(self.errorf("output too large"));
        }
        Ok(())
    }

    fn walk_list(&mut self, nodes: &[Node], dot: &Value) -> R<Flow> {
        for n in nodes {
            match self.walk(n, dot)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn walk(&mut self, node: &Node, dot: &Value) -> R<Flow> {
        self.step()?;
        match node {
            Node::Text(t) => self.out.push_str(t),
            Node::Action(pipe) => {
                let v = self.pipeline(pipe, dot)?;
                if pipe.decl.is_empty() {
                    let s = print_value(&v, self.opts);
                    self.out.push_str(&s);
                }
            }
            Node::Break => return Ok(Flow::Break),
            Node::Continue => return Ok(Flow::Continue),
            Node::Control {
                kind,
                pos,
                pipe,
                list,
                else_list,
                text,
            } => {
                let mark = self.vars.len();
                let flow = self.control(*kind, *pos, pipe, list, else_list, text, dot);
                self.vars.truncate(mark);
                return flow;
            }
        }
        Ok(Flow::Normal)
    }

    #[allow(clippy::too_many_arguments)]
    fn control(
        &mut self,
        kind: Control,
        pos: usize,
        pipe: &Pipe,
        list: &[Node],
        else_list: &[Node],
        text: &str,
        dot: &Value,
    ) -> R<Flow> {
        if kind == Control::Range {
            return self.range(pos, pipe, list, else_list, text, dot);
        }
        let v = self.pipeline(pipe, dot)?;
        if is_true(&v) {
            if kind == Control::With {
                let new_dot = v.unwrap_or(Value::Null);
                self.walk_list(list, &new_dot)
            } else {
                self.walk_list(list, dot)
            }
        } else {
            self.walk_list(else_list, dot)
        }
    }

    fn range(
        &mut self,
        pos: usize,
        pipe: &Pipe,
        list: &[Node],
        else_list: &[Node],
        text: &str,
        dot: &Value,
    ) -> R<Flow> {
        // The variables of a range pipeline are set per element, not to the pipeline value.
        let bare = Pipe {
            decl: Vec::new(),
            ..pipe.clone()
        };
        let v = self.pipeline(&bare, dot)?;
        let items: Vec<(Value, Value)> = match &v {
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, e)| (Value::from(i), e.clone()))
                .collect(),
            Some(Value::Object(m)) => {
                let mut keys: Vec<&String> = m.keys().collect();
                crate::sort::sort(&mut keys);
                keys.into_iter()
                    .map(|k| {
                        (
                            Value::String(k.clone()),
                            m.get(k).cloned().unwrap_or(Value::Null),
                        )
                    })
                    .collect()
            }
            Some(Value::Number(n)) if n.is_i64() || n.is_u64() => {
                let count = n.as_i64().unwrap_or(i64::MAX).clamp(0, MAX_STEPS as i64);
                (0..count)
                    .map(|i| (Value::from(i), Value::from(i)))
                    .collect()
            }
            None | Some(Value::Null) => Vec::new(),
            Some(other) => {
                self.at(pos, text.to_string());
                return Err(self.errorf(&format!(
                    "range can't iterate over {}",
                    print_value(&Some(other.clone()), self.opts)
                )));
            }
        };
        if items.is_empty() {
            return self.walk_list(else_list, dot);
        }
        let mark = self.vars.len();
        for (k, e) in items {
            self.vars.truncate(mark);
            match pipe.decl.as_slice() {
                [one] => self.set_var(one, Some(e.clone()), pipe.is_assign),
                [a, b] => {
                    self.set_var(a, Some(k), pipe.is_assign);
                    self.set_var(b, Some(e.clone()), pipe.is_assign);
                }
                _ => {}
            }
            match self.walk_list(list, &e)? {
                Flow::Break => break,
                Flow::Continue | Flow::Normal => {}
            }
        }
        Ok(Flow::Normal)
    }

    fn set_var(&mut self, name: &str, v: V, assign: bool) {
        if assign {
            if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
                slot.1 = v;
                return;
            }
        }
        self.vars.push((name.to_string(), v));
    }

    fn pipeline(&mut self, pipe: &Pipe, dot: &Value) -> R<V> {
        let mut val: Option<V> = None;
        for cmd in &pipe.cmds {
            self.step()?;
            let v = self.command(cmd, dot, val)?;
            // A pipeline can grow a value geometrically (`.ID | printf "%x" | printf "%x" …`
            // doubles it each time): a value past the output bound stops here, before the
            // next stage copies it.
            let big = match &v {
                Some(Value::String(t)) => t.len() > MAX_OUTPUT,
                Some(Value::Array(a)) => a.len() > MAX_OUTPUT / 8,
                _ => false,
            };
            if big {
                return Err(self.errorf("output too large"));
            }
            val = Some(v);
        }
        let v = val.unwrap_or(None);
        for d in &pipe.decl {
            self.set_var(d, v.clone(), pipe.is_assign);
        }
        Ok(v)
    }

    fn command(&mut self, cmd: &Command, dot: &Value, fin: Option<V>) -> R<V> {
        let Some(first) = cmd.args.first() else {
            return Ok(None);
        };
        let rest = cmd.args.get(1..).unwrap_or(&[]);
        match first {
            Arg::Ident { pos, name } => {
                self.at(*pos, name.clone());
                self.call(name, cmd, rest, dot, fin)
            }
            Arg::Field { names, .. }
                if names.len() == 1
                    && names[0] == "Label"
                    && rest.len() == 1
                    && fin.is_none()
                    && dot.get("Labels").is_some_and(Value::is_string) =>
            {
                // docker's formatter contexts have a `Label(name)` method over their labels.
                let key = match self.eval_arg(&rest[0], dot)? {
                    Some(Value::String(k)) => k,
                    _ => return Err(self.errorf("wrong type for value; expected string")),
                };
                let labels = dot.get("Labels").and_then(Value::as_str).unwrap_or("");
                let value = labels
                    .split(',')
                    .find_map(|kv| {
                        kv.split_once('=')
                            .filter(|(k, _)| *k == key)
                            .map(|(_, v)| v)
                    })
                    .unwrap_or("");
                Ok(Some(Value::String(value.to_string())))
            }
            Arg::Field { .. } | Arg::Var { .. } | Arg::Chain { .. } => {
                if !rest.is_empty() || fin.is_some() {
                    self.at(first.pos(), first.to_string());
                    let name = match first {
                        Arg::Field { names, .. } => names.last().cloned().unwrap_or_default(),
                        _ => first.to_string(),
                    };
                    return Err(self.errorf(&format!("{name} is not a method but has arguments")));
                }
                self.eval_arg(first, dot)
            }
            _ => {
                if !rest.is_empty() || fin.is_some() {
                    self.at(first.pos(), first.to_string());
                    return Err(
                        self.errorf(&format!("can't give argument to non-function {first}"))
                    );
                }
                self.eval_arg(first, dot)
            }
        }
    }

    fn eval_arg(&mut self, arg: &Arg, dot: &Value) -> R<V> {
        self.step()?;
        match arg {
            Arg::Dot { .. } => Ok(Some(dot.clone())),
            Arg::Nil { .. } => Ok(Some(Value::Null)),
            Arg::Bool { value, .. } => Ok(Some(Value::Bool(*value))),
            Arg::Str { value, .. } => Ok(Some(Value::String(value.clone()))),
            Arg::Num { value, .. } => Ok(Some(match value {
                Number::Int(i) => Value::from(*i),
                Number::Float(f) => JNum::from_f64(*f).map(Value::Number).unwrap_or(Value::Null),
            })),
            Arg::Ident { pos, name } => {
                self.at(*pos, name.clone());
                let cmd = Command {
                    pos: *pos,
                    args: vec![arg.clone()],
                };
                self.call(name, &cmd, &[], dot, None)
            }
            Arg::Pipe(p) => {
                let mark = self.vars.len();
                let v = self.pipeline(p, dot);
                self.vars.truncate(mark);
                v
            }
            Arg::Field { pos, names } => {
                self.at(*pos, arg.to_string());
                // Only the template's own data is the Go struct or the header map, not the
                // elements `range` and `with` move the dot to.
                let top = std::ptr::eq(dot, self.root);
                self.fields(Some(dot.clone()), names, top, top && self.headers.is_some())
            }
            Arg::Var { pos, name, fields } => {
                self.at(*pos, arg.to_string());
                let v = self
                    .vars
                    .iter()
                    .rev()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone());
                let Some(v) = v else {
                    return Err(self.errorf(&format!("undefined variable: {name}")));
                };
                let top = name == "$";
                self.fields(v, fields, top, top && self.headers.is_some())
            }
            Arg::Chain { pos, node, fields } => {
                let base = self.eval_arg(node, dot)?;
                self.at(*pos, arg.to_string());
                self.fields(base, fields, false, false)
            }
        }
    }

    /// Follows `.A.B.C` from `v`. `top` marks lookups on the template's data (a Go struct when
    /// `struct_type` is set); `header` looks the first name up among the column headers.
    fn fields(&mut self, v: V, names: &[String], top: bool, header: bool) -> R<V> {
        let mut cur = v;
        for (i, name) in names.iter().enumerate() {
            if i == 0 && header {
                if let Some(h) = self.headers {
                    cur = h(name).map(Value::String);
                    continue;
                }
            }
            cur = match cur {
                None => {
                    return Err(
                        self.errorf(&format!("nil pointer evaluating interface {{}}.{name}"))
                    )
                }
                Some(Value::Null) => {
                    return Err(
                        self.errorf(&format!("nil pointer evaluating interface {{}}.{name}"))
                    )
                }
                Some(Value::Object(m)) => match m.get(name) {
                    Some(x) => Some(x.clone()),
                    None => {
                        if i == 0 && top {
                            if let Some(t) = &self.opts.struct_type {
                                return Err(self
                                    .errorf(&format!("can't evaluate field {name} in type {t}")));
                            }
                        }
                        if self.opts.missing_key_error {
                            return Err(self
                                .errorf(&format!("map has no entry for key {}", go_quote(name))));
                        }
                        None
                    }
                },
                Some(other) => {
                    return Err(self.errorf(&format!(
                        "can't evaluate field {name} in type {}",
                        type_name(&other)
                    )))
                }
            };
        }
        Ok(cur)
    }

    fn call(
        &mut self,
        name: &str,
        cmd: &Command,
        args: &[Arg],
        dot: &Value,
        fin: Option<V>,
    ) -> R<V> {
        let ident_at = self.at.clone();
        let nargs = args.len() + usize::from(fin.is_some());
        // Fixed arity of each function (None = variadic with that minimum).
        let (min, fixed): (usize, bool) = match name {
            "not" | "len" | "json" | "title" | "lower" | "upper" | "html" | "js" | "urlquery" => {
                (1, true)
            }
            "split" | "join" | "truncate" => (2, true),
            "pad" => (3, true),
            "and" | "or" | "index" | "slice" | "eq" => (1, false),
            "ne" | "lt" | "le" | "gt" | "ge" => (2, true),
            "printf" => (1, false),
            _ => (0, false),
        };
        if (fixed && nargs != min) || (!fixed && nargs < min) {
            return Err(self.errorf(&format!(
                "wrong number of args for {name}: want {}{min} got {nargs}",
                if fixed { "" } else { "at least " }
            )));
        }
        // Header rendering keeps headers as they are for these functions (docker's
        // HeaderFunctions); `pad` stays real so the header lines up with the padded column.
        let passthrough = self.headers.is_some()
            && matches!(
                name,
                "json" | "split" | "join" | "title" | "lower" | "upper" | "truncate"
            );
        // `and`/`or` evaluate lazily and return the deciding operand.
        if name == "and" || name == "or" {
            let mut last: V = None;
            for a in args {
                last = self.eval_arg(a, dot)?;
                if is_true(&last) == (name == "or") {
                    return Ok(last);
                }
            }
            if let Some(f) = fin {
                last = f;
            }
            return Ok(last);
        }
        let mut vals = Vec::with_capacity(nargs);
        for a in args {
            vals.push(self.eval_arg(a, dot)?);
        }
        if let Some(f) = fin {
            vals.push(f);
        }
        self.at = ident_at;
        if passthrough {
            return Ok(vals.into_iter().next().unwrap_or(None));
        }
        let result = self.builtin(name, &vals);
        match result {
            Ok(v) => Ok(v),
            Err(CallErr::Type(msg)) => Err(self.errorf(&msg)),
            Err(CallErr::Call(msg)) => {
                self.at(cmd.pos, cmd.to_string());
                Err(self.errorf(&format!("error calling {name}: {msg}")))
            }
        }
    }

    fn builtin(&mut self, name: &str, vals: &[V]) -> Result<V, CallErr> {
        let arg = |i: usize| vals.get(i).cloned().unwrap_or(None);
        let s = |v: &Value| Some(Value::String(v_to_string(v)));
        let str_arg = |i: usize| -> Result<String, CallErr> { want_string(&arg(i)) };
        let int_arg = |i: usize| -> Result<i64, CallErr> { want_int(&arg(i)) };
        Ok(match name {
            "not" => Some(Value::Bool(!is_true(&arg(0)))),
            "len" => {
                let n = match arg(0) {
                    Some(Value::String(x)) => x.len(),
                    Some(Value::Array(a)) => a.len(),
                    Some(Value::Object(m)) => m.len(),
                    None | Some(Value::Null) => {
                        return Err(CallErr::Call("len of nil pointer".into()))
                    }
                    Some(other) => {
                        return Err(CallErr::Call(format!("len of type {}", type_name(&other))))
                    }
                };
                Some(Value::from(n))
            }
            "json" => s(&Value::String(to_json(&arg(0)))),
            "upper" => s(&Value::String(
                str_arg(0)?.chars().map(simple_upper).collect(),
            )),
            "lower" => s(&Value::String(
                str_arg(0)?.chars().map(simple_lower).collect(),
            )),
            "title" => s(&Value::String(title(&str_arg(0)?))),
            "split" => {
                let (x, sep) = (str_arg(0)?, str_arg(1)?);
                let parts: Vec<Value> = if sep.is_empty() {
                    x.chars().map(|c| Value::String(c.to_string())).collect()
                } else {
                    x.split(sep.as_str())
                        .map(|p| Value::String(p.to_string()))
                        .collect()
                };
                Some(Value::Array(parts))
            }
            "join" => {
                let sep = str_arg(1)?;
                let parts = match arg(0) {
                    Some(Value::Array(a)) if a.iter().all(Value::is_string) => {
                        a.iter().map(v_to_string).collect::<Vec<_>>()
                    }
                    Some(Value::Null) => Vec::new(),
                    other => return Err(wrong_type("[]string", &other)),
                };
                s(&Value::String(parts.join(&sep)))
            }
            "pad" => {
                let x = str_arg(0)?;
                let (pre, suf) = (int_arg(1)?, int_arg(2)?);
                if x.is_empty() {
                    s(&Value::String(x))
                } else {
                    let n = |k: i64| " ".repeat(k.clamp(0, 10_000) as usize);
                    s(&Value::String(format!("{}{x}{}", n(pre), n(suf))))
                }
            }
            "truncate" => {
                let x = str_arg(0)?;
                let n = int_arg(1)?.max(0) as usize;
                if x.len() < n {
                    s(&Value::String(x))
                } else {
                    // Go slices bytes; stay on a character boundary to keep valid UTF-8.
                    let mut end = n;
                    while !x.is_char_boundary(end) {
                        end -= 1;
                    }
                    s(&Value::String(x.get(..end).unwrap_or("").to_string()))
                }
            }
            "index" => {
                let mut cur = arg(0);
                for idx in vals.iter().skip(1) {
                    cur = index_one(&cur, idx)?;
                }
                cur
            }
            "slice" => {
                let base = arg(0);
                let idx: Vec<i64> = (1..vals.len()).map(int_arg).collect::<Result<_, _>>()?;
                slice(&base, &idx)?
            }
            "eq" => {
                let a = arg(0);
                if vals.len() < 2 {
                    return Err(CallErr::Call("missing argument for comparison".into()));
                }
                let mut any = false;
                for b in vals.iter().skip(1) {
                    if compare(&a, b)? == std::cmp::Ordering::Equal {
                        any = true;
                        break;
                    }
                }
                Some(Value::Bool(any))
            }
            "ne" | "lt" | "le" | "gt" | "ge" => {
                let (a, b) = (arg(0), arg(1));
                if matches!(name, "lt" | "le" | "gt" | "ge")
                    && matches!(
                        (&a, &b),
                        (Some(Value::Bool(_)), _) | (_, Some(Value::Bool(_)))
                    )
                {
                    return Err(CallErr::Call("invalid type for comparison".into()));
                }
                let o = compare(&a, &b)?;
                use std::cmp::Ordering::*;
                Some(Value::Bool(match name {
                    "ne" => o != Equal,
                    "lt" => o == Less,
                    "le" => o != Greater,
                    "gt" => o == Greater,
                    _ => o != Less,
                }))
            }
            "print" => {
                let mut out = String::new();
                for (i, v) in vals.iter().enumerate() {
                    let is_str = |v: &V| matches!(v, Some(Value::String(_)));
                    if i > 0 && !is_str(v) && !vals.get(i - 1).is_some_and(is_str) {
                        out.push(' ');
                    }
                    out.push_str(&print_value(v, self.opts));
                }
                Some(Value::String(out))
            }
            "println" => {
                let parts: Vec<String> = vals.iter().map(|v| print_value(v, self.opts)).collect();
                Some(Value::String(parts.join(" ") + "\n"))
            }
            "printf" => {
                let f = str_arg(0)?;
                Some(Value::String(sprintf(
                    &f,
                    vals.get(1..).unwrap_or(&[]),
                    self.opts,
                )))
            }
            "html" | "js" | "urlquery" => {
                let x = print_value(&arg(0), self.opts);
                Some(Value::String(match name {
                    "html" => x
                        .replace('&', "&amp;")
                        .replace('<', "&lt;")
                        .replace('>', "&gt;")
                        .replace('"', "&#34;")
                        .replace('\'', "&#39;"),
                    _ => x,
                }))
            }
            _ => return Err(CallErr::Call(format!("{name:?} is not a defined function"))),
        })
    }
}

enum CallErr {
    /// An argument of the wrong type (reported at the argument).
    Type(String),
    /// The function itself failed (`error calling X: ...`).
    Call(String),
}

fn wrong_type(want: &str, v: &V) -> CallErr {
    match v {
        None => CallErr::Type(format!("invalid value; expected {want}")),
        Some(v) => CallErr::Type(format!(
            "wrong type for value; expected {want}; got {}",
            type_name(v)
        )),
    }
}

fn want_string(v: &V) -> Result<String, CallErr> {
    match v {
        Some(Value::String(s)) => Ok(s.clone()),
        other => Err(wrong_type("string", other)),
    }
}

fn want_int(v: &V) -> Result<i64, CallErr> {
    match v {
        Some(Value::Number(n)) if n.is_i64() => Ok(n.as_i64().unwrap_or(0)),
        other => Err(wrong_type("int", other)),
    }
}

fn index_one(cur: &V, idx: &V) -> Result<V, CallErr> {
    match cur {
        Some(Value::Object(m)) => match idx {
            Some(Value::String(k)) => Ok(Some(
                m.get(k).cloned().unwrap_or(Value::String(String::new())),
            )),
            other => Err(CallErr::Call(format!(
                "value has type {}; should be string",
                other.as_ref().map(type_name).unwrap_or("<nil>")
            ))),
        },
        Some(Value::Array(a)) => {
            let i = match idx {
                Some(Value::Number(n)) if n.is_i64() => n.as_i64().unwrap_or(-1),
                other => {
                    return Err(CallErr::Call(format!(
                        "cannot index slice/array with type {}",
                        other.as_ref().map(type_name).unwrap_or("<nil>")
                    )))
                }
            };
            usize::try_from(i)
                .ok()
                .and_then(|u| a.get(u))
                .map(|v| Some(v.clone()))
                .ok_or_else(|| CallErr::Call(format!("index out of range: {i}")))
        }
        Some(Value::String(s)) => {
            let i = match idx {
                Some(Value::Number(n)) if n.is_i64() => n.as_i64().unwrap_or(-1),
                _ => return Err(CallErr::Call("cannot index string with non-integer".into())),
            };
            usize::try_from(i)
                .ok()
                .and_then(|u| s.as_bytes().get(u))
                .map(|b| Some(Value::from(*b)))
                .ok_or_else(|| CallErr::Call(format!("index out of range: {i}")))
        }
        None | Some(Value::Null) => Err(CallErr::Call("index of untyped nil".into())),
        Some(other) => Err(CallErr::Call(format!(
            "can't index item of type {}",
            type_name(other)
        ))),
    }
}

fn slice(base: &V, idx: &[i64]) -> Result<V, CallErr> {
    let len = match base {
        Some(Value::Array(a)) => a.len(),
        Some(Value::String(s)) => s.len(),
        None | Some(Value::Null) => return Err(CallErr::Call("slice of untyped nil".into())),
        Some(other) => {
            return Err(CallErr::Call(format!(
                "can't slice item of type {}",
                type_name(other)
            )))
        }
    } as i64;
    let lo = idx.first().copied().unwrap_or(0);
    let hi = idx.get(1).copied().unwrap_or(len);
    if lo < 0 || hi < lo || hi > len {
        return Err(CallErr::Call(format!(
            "index out of range: {}",
            if lo < 0 { lo } else { hi }
        )));
    }
    let (lo, hi) = (lo as usize, hi as usize);
    Ok(match base {
        Some(Value::Array(a)) => Some(Value::Array(a.get(lo..hi).unwrap_or(&[]).to_vec())),
        Some(Value::String(s)) => Some(Value::String(s.get(lo..hi).unwrap_or("").to_string())),
        _ => None,
    })
}

fn compare(a: &V, b: &V) -> Result<std::cmp::Ordering, CallErr> {
    use std::cmp::Ordering;
    match (a, b) {
        (Some(Value::String(x)), Some(Value::String(y))) => Ok(x.cmp(y)),
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => Ok(x.cmp(y)),
        (Some(Value::Number(x)), Some(Value::Number(y))) => {
            let xi = x.is_i64() || x.is_u64();
            let yi = y.is_i64() || y.is_u64();
            if xi != yi {
                return Err(CallErr::Call("incompatible types for comparison".into()));
            }
            if xi {
                let xv = x.as_i64().map(i128::from).or(x.as_u64().map(i128::from));
                let yv = y.as_i64().map(i128::from).or(y.as_u64().map(i128::from));
                Ok(xv.cmp(&yv))
            } else {
                let (xv, yv) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
                Ok(xv.partial_cmp(&yv).unwrap_or(Ordering::Less))
            }
        }
        (Some(Value::Null) | None, Some(Value::Null) | None) => Ok(Ordering::Equal),
        (Some(Value::Array(_) | Value::Object(_)), _)
        | (_, Some(Value::Array(_) | Value::Object(_))) => {
            Err(CallErr::Call("invalid type for comparison".into()))
        }
        (Some(Value::Null) | None, _) | (_, Some(Value::Null) | None) => Ok(Ordering::Less),
        _ => Err(CallErr::Call("incompatible types for comparison".into())),
    }
}

/// Go's truthiness: false, 0, nil, and empty strings, arrays and maps are false.
fn is_true(v: &V) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(m)) => !m.is_empty(),
    }
}

/// The Go type a JSON value decodes to, for error messages.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "interface {}",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int",
        Value::Number(_) => "float64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

fn v_to_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => print_json(other),
    }
}

fn print_json(v: &Value) -> String {
    print_value(&Some(v.clone()), &Options::default())
}

fn print_number(n: &JNum) -> String {
    if let Some(i) = n.as_i64() {
        i.to_string()
    } else if let Some(u) = n.as_u64() {
        u.to_string()
    } else {
        go_float(n.as_f64().unwrap_or(0.0))
    }
}

/// Go's `fmt.Sprint` of a value: `<no value>` for a missing key, `<nil>` for null, maps as
/// `map[a:1 b:2]` with sorted keys, arrays as `[a b]`.
pub fn print_value(v: &V, opts: &Options) -> String {
    let _ = opts;
    match v {
        None => "<no value>".to_string(),
        Some(v) => fmt_v(v, true),
    }
}

fn fmt_v(v: &Value, top: bool) -> String {
    match v {
        Value::Null => "<nil>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => print_number(n),
        Value::String(s) => s.clone(),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(|e| fmt_v(e, false)).collect();
            format!("[{}]", parts.join(" "))
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            crate::sort::sort(&mut keys);
            let parts: Vec<String> = keys
                .into_iter()
                .map(|k| {
                    format!(
                        "{k}:{}",
                        m.get(k).map(|x| fmt_v(x, false)).unwrap_or_default()
                    )
                })
                .collect();
            let _ = top;
            format!("map[{}]", parts.join(" "))
        }
    }
}

/// docker's `json` function: Go's encoder without HTML escaping, trailing newline trimmed.
fn to_json(v: &V) -> String {
    let v = v.clone().unwrap_or(Value::Null);
    let s = serde_json::to_string(&v).unwrap_or_else(|_| "null".to_string());
    // Go always escapes the JavaScript line terminators.
    s.replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

use crate::case::{lower_char as simple_lower, upper_char as simple_upper};

/// Go's (deprecated) `strings.Title`: upper-case the first letter of each word.
fn title(s: &str) -> String {
    let mut prev_sep = true;
    s.chars()
        .map(|c| {
            let out = if prev_sep { simple_upper(c) } else { c };
            prev_sep = if c.is_ascii() {
                !(c.is_ascii_alphanumeric() || c == '_')
            } else {
                !c.is_alphanumeric() && c.is_whitespace()
            };
            out
        })
        .collect()
}

/// A subset of Go's `fmt.Sprintf`: flags `-+ 0#`, width, precision and the verbs
/// `v s d q t f g e x X c %`, with Go's `%!verb(type=value)` and `%!v(MISSING)` reports.
fn sprintf(format: &str, args: &[V], opts: &Options) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    let mut argi = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut minus = false;
        let mut zero = false;
        let mut plus = false;
        while let Some(&f) = chars.peek() {
            match f {
                '-' => minus = true,
                '0' => zero = true,
                '+' => plus = true,
                ' ' | '#' => {}
                _ => break,
            }
            chars.next();
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        let mut prec: Option<usize> = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            prec = Some(p.parse().unwrap_or(0).min(100));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = args.get(argi) else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        argi += 1;
        let bad = |a: &V| {
            format!(
                "%!{verb}({}={})",
                a.as_ref().map(type_name).unwrap_or("<nil>"),
                print_value(a, opts)
            )
        };
        let body = match (verb, arg) {
            ('v', a) => print_value(a, opts),
            ('s', Some(Value::String(s))) => match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s.clone(),
            },
            ('s', Some(a @ (Value::Array(_) | Value::Object(_)))) => fmt_v(a, true),
            ('q', Some(Value::String(s))) => go_quote(s),
            ('t', Some(Value::Bool(b))) => b.to_string(),
            ('d', Some(Value::Number(n))) if n.is_i64() || n.is_u64() => {
                let s = print_number(n);
                if plus && !s.starts_with('-') {
                    format!("+{s}")
                } else {
                    s
                }
            }
            ('x' | 'X', Some(Value::Number(n))) if n.is_i64() => {
                let i = n.as_i64().unwrap_or(0);
                let s = if i < 0 {
                    format!("-{:x}", i.unsigned_abs())
                } else {
                    format!("{i:x}")
                };
                if verb == 'X' {
                    s.to_ascii_uppercase()
                } else {
                    s
                }
            }
            ('x' | 'X', Some(Value::String(s))) => {
                let h: String = s.bytes().map(|b| format!("{b:02x}")).collect();
                if verb == 'X' {
                    h.to_ascii_uppercase()
                } else {
                    h
                }
            }
            ('c', Some(Value::Number(n))) if n.is_i64() => n
                .as_i64()
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}')
                .to_string(),
            ('f' | 'e' | 'g', Some(Value::Number(n))) if !(n.is_i64() || n.is_u64()) => {
                let f = n.as_f64().unwrap_or(0.0);
                match verb {
                    'f' => format!("{:.*}", prec.unwrap_or(6), f),
                    'g' => match prec {
                        Some(p) => crate::cli::format::go_format_g(f, p.max(1)),
                        None => go_float(f),
                    },
                    _ => {
                        let s = format!("{:.*e}", prec.unwrap_or(6), f);
                        match s.split_once('e') {
                            Some((m, e)) => {
                                let ev: i32 = e.parse().unwrap_or(0);
                                format!("{m}e{}{:02}", if ev < 0 { '-' } else { '+' }, ev.abs())
                            }
                            None => s,
                        }
                    }
                }
            }
            (_, a) => bad(a),
        };
        let w: usize = width.parse::<usize>().unwrap_or(0).min(1000);
        let len = body.chars().count();
        if len < w {
            let pad = w - len;
            if minus {
                out.push_str(&body);
                out.extend(std::iter::repeat_n(' ', pad));
            } else if zero && matches!(verb, 'd' | 'f' | 'e' | 'g' | 'x' | 'X') {
                let (sign, digits) = match body.strip_prefix('-') {
                    Some(d) => ("-", d.to_string()),
                    None => ("", body.clone()),
                };
                out.push_str(sign);
                out.extend(std::iter::repeat_n('0', pad));
                out.push_str(&digits);
            } else {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if argi < args.len() {
        let extra: Vec<String> = args
            .get(argi..)
            .unwrap_or(&[])
            .iter()
            .map(|a| {
                format!(
                    "{}={}",
                    a.as_ref().map(type_name).unwrap_or("<nil>"),
                    print_value(a, opts)
                )
            })
            .collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}
