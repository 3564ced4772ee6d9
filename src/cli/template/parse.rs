//! Lexer and parser for the Go `text/template` subset, with Go's parse error texts.

/// Functions a template may call (Go's builtins that docker users meet, plus docker's own).
pub const FUNCTIONS: &[&str] = &[
    "and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "len", "index", "slice", "print",
    "printf", "println", "html", "js", "urlquery", "json", "split", "join", "title", "lower",
    "upper", "pad", "truncate",
];

/// How deep `if`/`range`/`with` and parentheses may nest.
const MAX_DEPTH: usize = 100;

/// A node of the parsed template.
#[derive(Clone, Debug)]
pub enum Node {
    /// Literal text.
    Text(String),
    /// `{{pipeline}}`: prints the value unless the pipeline declares variables.
    Action(Pipe),
    /// `{{if}}` (`kind` = If), `{{range}}`, `{{with}}` with their bodies.
    Control {
        kind: Control,
        pos: usize,
        pipe: Pipe,
        list: Vec<Node>,
        else_list: Vec<Node>,
        /// Go's `String()` of the node, for error contexts.
        text: String,
    },
    /// `{{break}}`.
    Break,
    /// `{{continue}}`.
    Continue,
}

/// The block kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    If,
    Range,
    With,
}

/// A pipeline: optional variable declaration and commands joined by `|`.
#[derive(Clone, Debug)]
pub struct Pipe {
    pub pos: usize,
    pub decl: Vec<String>,
    pub is_assign: bool,
    pub cmds: Vec<Command>,
}

/// One command of a pipeline: a function or value and its arguments.
#[derive(Clone, Debug)]
pub struct Command {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// An operand.
#[derive(Clone, Debug)]
pub enum Arg {
    /// `.A.B`.
    Field { pos: usize, names: Vec<String> },
    /// `$x.A.B` (`$` alone is the root).
    Var {
        pos: usize,
        name: String,
        fields: Vec<String>,
    },
    /// `(pipeline).A`, or a literal followed by fields.
    Chain {
        pos: usize,
        node: Box<Arg>,
        fields: Vec<String>,
    },
    /// A function name.
    Ident { pos: usize, name: String },
    /// `.`.
    Dot { pos: usize },
    /// `nil`.
    Nil { pos: usize },
    /// `true` / `false`.
    Bool { pos: usize, value: bool },
    /// A string literal, with its source text.
    Str {
        pos: usize,
        value: String,
        text: String,
    },
    /// A number literal, with its source text.
    Num {
        pos: usize,
        value: Number,
        text: String,
    },
    /// `(pipeline)`.
    Pipe(Box<Pipe>),
}

/// A number constant: Go gives untyped constants int type when they fit, else float64.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

impl Arg {
    /// Source position (byte offset) as Go reports it.
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Var { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Ident { pos, .. }
            | Arg::Dot { pos }
            | Arg::Nil { pos }
            | Arg::Bool { pos, .. }
            | Arg::Str { pos, .. }
            | Arg::Num { pos, .. } => *pos,
            Arg::Pipe(p) => p.pos,
        }
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arg::Field { names, .. } => {
                for n in names {
                    write!(f, ".{n}")?;
                }
                Ok(())
            }
            Arg::Var { name, fields, .. } => {
                f.write_str(name)?;
                for n in fields {
                    write!(f, ".{n}")?;
                }
                Ok(())
            }
            Arg::Chain { node, fields, .. } => {
                if let Arg::Pipe(p) = node.as_ref() {
                    write!(f, "({p})")?;
                } else {
                    write!(f, "{node}")?;
                }
                for n in fields {
                    write!(f, ".{n}")?;
                }
                Ok(())
            }
            Arg::Ident { name, .. } => f.write_str(name),
            Arg::Dot { .. } => f.write_str("."),
            Arg::Nil { .. } => f.write_str("nil"),
            Arg::Bool { value, .. } => write!(f, "{value}"),
            Arg::Str { text, .. } | Arg::Num { text, .. } => f.write_str(text),
            Arg::Pipe(p) => write!(f, "{p}"),
        }
    }
}

impl std::fmt::Display for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            if let Arg::Pipe(p) = a {
                write!(f, "({p})")?;
            } else {
                write!(f, "{a}")?;
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for Pipe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.decl.is_empty() {
            f.write_str(&self.decl.join(", "))?;
            f.write_str(if self.is_assign { " = " } else { " := " })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Text(String),
    Left,
    Right,
    Field(String),
    Var(String),
    Ident(String),
    Str(String, String),
    Num(Number, String),
    Dot,
    Pipe,
    LParen,
    RParen,
    Comma,
    Declare,
    Assign,
    Eof,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    pos: usize,
    line: usize,
    /// Whether whitespace separated this token from the previous one inside the action.
    space: bool,
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// `%#U` of Go's fmt: `U+007D '}'`.
fn sharp_u(c: char) -> String {
    format!("U+{:04X} '{c}'", c as u32)
}

fn line_at(text: &str, pos: usize) -> usize {
    1 + text.get(..pos).unwrap_or(text).matches('\n').count()
}

fn lex(text: &str) -> Result<Vec<Token>, String> {
    let err = |pos: usize, msg: String| format!("template: :{}: {msg}", line_at(text, pos));
    let mut toks = Vec::new();
    let mut pos = 0;
    let mut trim_next_text = false;
    while pos <= text.len() {
        let rest = text.get(pos..).unwrap_or("");
        let Some(open) = rest.find("{{") else {
            let mut t = rest;
            if trim_next_text {
                t = t.trim_start_matches(is_space);
            }
            if !t.is_empty() {
                toks.push(Token {
                    tok: Tok::Text(t.to_string()),
                    pos,
                    line: line_at(text, pos),
                    space: false,
                });
            }
            break;
        };
        let after_open = rest.get(open + 2..).unwrap_or("");
        let left_trim =
            after_open.starts_with('-') && after_open.chars().nth(1).is_some_and(is_space);
        let mut t = rest.get(..open).unwrap_or("");
        if trim_next_text {
            t = t.trim_start_matches(is_space);
        }
        if left_trim {
            t = t.trim_end_matches(is_space);
        }
        if !t.is_empty() {
            toks.push(Token {
                tok: Tok::Text(t.to_string()),
                pos,
                line: line_at(text, pos),
                space: false,
            });
        }
        trim_next_text = false;
        let left_pos = pos + open;
        let mut p = left_pos + 2;
        if left_trim {
            p += 2;
        }
        // Comments: `{{/* ... */}}`.
        if text.get(p..).is_some_and(|s| s.starts_with("/*")) {
            let Some(end) = text.get(p..).and_then(|s| s.find("*/")) else {
                return Err(err(left_pos, "unclosed comment".to_string()));
            };
            let mut q = p + end + 2;
            let after = text.get(q..).unwrap_or("");
            let right_trim = after.chars().next().is_some_and(is_space)
                && after.get(1..).is_some_and(|s| s.starts_with("-}}"));
            if right_trim {
                q += 2;
                trim_next_text = true;
            }
            if !text.get(q..).is_some_and(|s| s.starts_with("}}")) {
                return Err(err(q, "comment ends before closing delimiter".to_string()));
            }
            pos = q + 2;
            continue;
        }
        toks.push(Token {
            tok: Tok::Left,
            pos: left_pos,
            line: line_at(text, left_pos),
            space: false,
        });
        let mut space = false;
        loop {
            let s = text.get(p..).unwrap_or("");
            let Some(c) = s.chars().next() else {
                return Err(err(p, "unclosed action".to_string()));
            };
            // Right delimiter, possibly with its trim marker.
            if s.starts_with("}}") {
                toks.push(Token {
                    tok: Tok::Right,
                    pos: p,
                    line: line_at(text, p),
                    space,
                });
                p += 2;
                break;
            }
            if is_space(c) && s.get(1..).is_some_and(|r| r.starts_with("-}}")) {
                toks.push(Token {
                    tok: Tok::Right,
                    pos: p + 2,
                    line: line_at(text, p),
                    space: true,
                });
                p += 4;
                trim_next_text = true;
                break;
            }
            if is_space(c) {
                space = true;
                p += c.len_utf8();
                continue;
            }
            let start = p;
            let push = |toks: &mut Vec<Token>, tok: Tok, space: bool| {
                toks.push(Token {
                    tok,
                    pos: start,
                    line: line_at(text, start),
                    space,
                })
            };
            let next = s.chars().nth(1);
            match c {
                '|' => {
                    push(&mut toks, Tok::Pipe, space);
                    p += 1;
                }
                '(' => {
                    push(&mut toks, Tok::LParen, space);
                    p += 1;
                }
                ')' => {
                    push(&mut toks, Tok::RParen, space);
                    p += 1;
                }
                ',' => {
                    push(&mut toks, Tok::Comma, space);
                    p += 1;
                }
                '=' => {
                    push(&mut toks, Tok::Assign, space);
                    p += 1;
                }
                ':' => {
                    if next != Some('=') {
                        return Err(err(p, "expected :=".to_string()));
                    }
                    push(&mut toks, Tok::Declare, space);
                    p += 2;
                }
                '"' => {
                    let (value, len) = lex_quoted(s).map_err(|m| err(p, m))?;
                    let src = s.get(..len).unwrap_or("").to_string();
                    push(&mut toks, Tok::Str(value, src), space);
                    p += len;
                }
                '`' => {
                    let Some(end) = s.get(1..).and_then(|r| r.find('`')) else {
                        return Err(err(p, "unterminated raw quoted string".to_string()));
                    };
                    let value = s.get(1..1 + end).unwrap_or("").to_string();
                    let src = s.get(..end + 2).unwrap_or("").to_string();
                    push(&mut toks, Tok::Str(value, src), space);
                    p += end + 2;
                }
                '\'' => {
                    // Character constants are numbers (runes) in Go.
                    let mut it = s.char_indices().skip(1);
                    let (ch, end) = match (it.next(), it.next()) {
                        (Some((_, ch)), Some((i, '\''))) if ch != '\\' => (ch, i + 1),
                        _ => return Err(err(p, "unterminated character constant".to_string())),
                    };
                    let src = s.get(..end).unwrap_or("").to_string();
                    push(&mut toks, Tok::Num(Number::Int(ch as i64), src), space);
                    p += end;
                }
                '$' | '.' => {
                    let body: String = s.chars().skip(1).take_while(|&c| is_alnum(c)).collect();
                    if c == '.' && body.is_empty() {
                        if next.is_some_and(|d| d.is_ascii_digit()) {
                            let (n, len) = lex_number(s).map_err(|m| err(p, m))?;
                            let src = s.get(..len).unwrap_or("").to_string();
                            push(&mut toks, Tok::Num(n, src), space);
                            p += len;
                            continue;
                        }
                        push(&mut toks, Tok::Dot, space);
                        p += 1;
                        continue;
                    }
                    let len = 1 + body.len();
                    check_terminator(text, p + len).map_err(|m| err(p, m))?;
                    let name = format!("{c}{body}");
                    let tok = if c == '$' {
                        Tok::Var(name)
                    } else {
                        Tok::Field(body)
                    };
                    push(&mut toks, tok, space);
                    p += len;
                }
                c if c.is_ascii_digit()
                    || ((c == '-' || c == '+')
                        && next.is_some_and(|d| d.is_ascii_digit() || d == '.')) =>
                {
                    let (n, len) = lex_number(s).map_err(|m| err(p, m))?;
                    let src = s.get(..len).unwrap_or("").to_string();
                    push(&mut toks, Tok::Num(n, src), space);
                    p += len;
                }
                c if is_alnum(c) => {
                    let word: String = s.chars().take_while(|&c| is_alnum(c)).collect();
                    check_terminator(text, p + word.len()).map_err(|m| err(p, m))?;
                    p += word.len();
                    push(&mut toks, Tok::Ident(word), space);
                }
                c => {
                    return Err(err(
                        p,
                        format!("unrecognized character in action: {}", sharp_u(c)),
                    ))
                }
            }
            space = false;
        }
        pos = p;
    }
    toks.push(Token {
        tok: Tok::Eof,
        pos: text.len(),
        line: line_at(text, text.len()),
        space: false,
    });
    Ok(toks)
}

/// After a field or word, Go requires a space, a delimiter or punctuation that may follow.
fn check_terminator(text: &str, at: usize) -> Result<(), String> {
    let s = text.get(at..).unwrap_or("");
    match s.chars().next() {
        None => Ok(()),
        Some(c) if is_space(c) || matches!(c, '.' | ',' | '|' | ':' | ')' | '(') => Ok(()),
        Some(_) if s.starts_with("}}") => Ok(()),
        Some(c) => Err(format!("bad character {}", sharp_u(c))),
    }
}

fn lex_quoted(s: &str) -> Result<(String, usize), String> {
    let mut out = String::new();
    let mut it = s.char_indices().skip(1);
    while let Some((i, c)) = it.next() {
        match c {
            '"' => return Ok((out, i + 1)),
            '\n' => return Err("unterminated quoted string".to_string()),
            '\\' => {
                let Some((_, e)) = it.next() else {
                    return Err("unterminated quoted string".to_string());
                };
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\u{7}'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    '\'' => out.push('\''),
                    'x' | 'u' | 'U' => {
                        let n = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String =
                            (0..n).filter_map(|_| it.next().map(|(_, h)| h)).collect();
                        let v = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        match v {
                            Some(ch) if hex.len() == n => out.push(ch),
                            _ => return Err(format!("invalid syntax in string {s:?}")),
                        }
                    }
                    '\n' => return Err("unterminated quoted string".to_string()),
                    _ => return Err(format!("invalid syntax in string {:?}", s)),
                }
            }
            c => out.push(c),
        }
    }
    Err("unterminated quoted string".to_string())
}

fn lex_number(s: &str) -> Result<(Number, usize), String> {
    let len = s
        .char_indices()
        .take_while(|&(i, c)| {
            c.is_ascii_alphanumeric()
                || c == '.'
                || c == '_'
                || ((c == '+' || c == '-')
                    && (i == 0 || matches!(s.get(i - 1..i), Some("e" | "E" | "p" | "P"))))
        })
        .count();
    let src = s.get(..len).unwrap_or("");
    let clean = src.replace('_', "");
    let (neg, body) = match clean.strip_prefix('-') {
        Some(b) => (true, b.to_string()),
        None => (false, clean.trim_start_matches('+').to_string()),
    };
    let int = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()
    } else if let Some(b) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
        i64::from_str_radix(b, 2).ok()
    } else if let Some(o) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
        i64::from_str_radix(o, 8).ok()
    } else if body.len() > 1 && body.starts_with('0') && body.bytes().all(|b| b.is_ascii_digit()) {
        i64::from_str_radix(&body, 8).ok()
    } else {
        body.parse::<i64>().ok()
    };
    if let Some(i) = int {
        return Ok((Number::Int(if neg { -i } else { i }), len));
    }
    match body.parse::<f64>() {
        Ok(f) if !body.is_empty() => Ok((Number::Float(if neg { -f } else { f }), len)),
        _ => Err(format!("bad number syntax: {:?}", src)),
    }
}

struct Parser {
    toks: Vec<Token>,
    i: usize,
    depth: usize,
    /// Variables in scope, for Go's `undefined variable` check.
    vars: Vec<String>,
}

/// Parses template text into nodes, or Go's error message.
pub fn parse(text: &str) -> Result<Vec<Node>, String> {
    let toks = lex(text)?;
    let mut p = Parser {
        toks,
        i: 0,
        depth: 0,
        vars: vec!["$".to_string()],
    };
    let (nodes, end) = p.list()?;
    match end {
        ListEnd::Eof => Ok(nodes),
        ListEnd::End(line) => Err(format!("template: :{line}: unexpected {{{{end}}}}")),
        ListEnd::Else(line, _) => Err(format!("template: :{line}: unexpected {{{{else}}}}")),
    }
}

enum ListEnd {
    Eof,
    End(usize),
    /// `{{else}}` with an optional following keyword (`if`/`with`) already consumed.
    Else(usize, Option<Control>),
}

impl Parser {
    fn peek(&self) -> &Token {
        static EOF: Token = Token {
            tok: Tok::Eof,
            pos: 0,
            line: 1,
            space: false,
        };
        self.toks.get(self.i).unwrap_or(&EOF)
    }

    fn next(&mut self) -> Token {
        let t = self.peek().clone();
        self.i += 1;
        t
    }

    fn error(&self, line: usize, msg: &str) -> String {
        format!("template: :{line}: {msg}")
    }

    fn unexpected(&self, t: &Token, context: &str) -> String {
        self.error(
            t.line,
            &format!("unexpected {} in {context}", describe(&t.tok)),
        )
    }

    fn list(&mut self) -> Result<(Vec<Node>, ListEnd), String> {
        let mut nodes = Vec::new();
        loop {
            let t = self.next();
            match t.tok {
                Tok::Eof => return Ok((nodes, ListEnd::Eof)),
                Tok::Text(s) => nodes.push(Node::Text(s)),
                Tok::Left => {
                    let kw = match &self.peek().tok {
                        Tok::Ident(w) => w.clone(),
                        _ => String::new(),
                    };
                    match kw.as_str() {
                        "end" => {
                            self.next();
                            self.expect_right("end")?;
                            return Ok((nodes, ListEnd::End(t.line)));
                        }
                        "else" => {
                            self.next();
                            let follow = match &self.peek().tok {
                                Tok::Ident(w) if w == "if" => Some(Control::If),
                                Tok::Ident(w) if w == "with" => Some(Control::With),
                                _ => None,
                            };
                            if follow.is_some() {
                                self.next();
                            } else {
                                self.expect_right("else")?;
                            }
                            return Ok((nodes, ListEnd::Else(t.line, follow)));
                        }
                        "if" | "range" | "with" => {
                            self.next();
                            let kind = match kw.as_str() {
                                "if" => Control::If,
                                "range" => Control::Range,
                                _ => Control::With,
                            };
                            nodes.push(self.control(kind, t.pos, t.line)?);
                        }
                        "break" | "continue" => {
                            self.next();
                            self.expect_right(&kw)?;
                            nodes.push(if kw == "break" {
                                Node::Break
                            } else {
                                Node::Continue
                            });
                        }
                        "define" | "template" | "block" => {
                            return Err(self.error(
                                t.line,
                                &format!("{kw} is not supported in --format templates"),
                            ));
                        }
                        _ => {
                            let pipe = self.pipeline("command", true)?;
                            nodes.push(Node::Action(pipe));
                        }
                    }
                }
                other => return Err(self.unexpected(&Token { tok: other, ..t }, "input")),
            }
        }
    }

    fn expect_right(&mut self, context: &str) -> Result<(), String> {
        let t = self.next();
        if t.tok == Tok::Right {
            Ok(())
        } else {
            Err(self.unexpected(&t, context))
        }
    }

    fn control(&mut self, kind: Control, pos: usize, line: usize) -> Result<Node, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(line, "template nesting too deep"));
        }
        let name = match kind {
            Control::If => "if",
            Control::Range => "range",
            Control::With => "with",
        };
        let scope = self.vars.len();
        let pipe = self.pipeline(name, kind == Control::Range)?;
        let (list, end) = self.list()?;
        let else_list = match end {
            ListEnd::Eof => return Err(self.error(self.peek().line, "unexpected EOF")),
            ListEnd::End(_) => Vec::new(),
            ListEnd::Else(_, None) => {
                let (else_list, end) = self.list()?;
                match end {
                    ListEnd::End(_) => else_list,
                    ListEnd::Eof => return Err(self.error(self.peek().line, "unexpected EOF")),
                    ListEnd::Else(l, _) => {
                        return Err(self.error(l, "expected end; found {{else}}"))
                    }
                }
            }
            ListEnd::Else(l, Some(next_kind)) => {
                if kind == Control::Range {
                    return Err(self.error(l, "unexpected {{else}}"));
                }
                // `{{else if x}}` is `{{else}}{{if x}}...{{end}}{{end}}` sharing the one end.
                let inner = self.control(next_kind, pos, l)?;
                vec![inner]
            }
        };
        self.vars.truncate(scope);
        self.depth -= 1;
        let pipe_text = pipe.to_string();
        let text = format!("{{{{{name} {pipe_text}}}}}");
        Ok(Node::Control {
            kind,
            pos,
            pipe,
            list,
            else_list,
            text,
        })
    }

    fn pipeline(&mut self, context: &str, allow_two_vars: bool) -> Result<Pipe, String> {
        let start = self.peek().clone();
        let mut decl = Vec::new();
        let mut is_assign = false;
        // Declarations: `$x :=`, `$x =`, `$i, $e :=`.
        if let Tok::Var(v) = &start.tok {
            let save = self.i;
            self.next();
            match self.peek().tok.clone() {
                Tok::Declare | Tok::Assign => {
                    is_assign = self.peek().tok == Tok::Assign;
                    self.next();
                    decl.push(v.clone());
                }
                Tok::Comma if allow_two_vars => {
                    self.next();
                    if let Tok::Var(v2) = self.peek().tok.clone() {
                        self.next();
                        if matches!(self.peek().tok, Tok::Declare | Tok::Assign) {
                            is_assign = self.peek().tok == Tok::Assign;
                            self.next();
                            decl.push(v.clone());
                            decl.push(v2);
                        } else {
                            return Err(
                                self.error(start.line, "range can only initialize variables")
                            );
                        }
                    } else {
                        return Err(self.error(start.line, "range can only initialize variables"));
                    }
                }
                _ => self.i = save,
            }
            if !is_assign {
                for d in &decl {
                    self.vars.push(d.clone());
                }
            } else {
                for d in &decl {
                    if !self.vars.contains(d) {
                        return Err(self.error(start.line, &format!("undefined variable \"{d}\"")));
                    }
                }
            }
        }
        let pos = self.peek().pos;
        let mut cmds = Vec::new();
        loop {
            match self.peek().tok {
                Tok::Right => {
                    self.next();
                    break;
                }
                Tok::RParen if context == "parenthesized pipeline" => {
                    self.next();
                    break;
                }
                _ => {}
            }
            let cmd = self.command()?;
            cmds.push(cmd);
            match self.peek().tok {
                Tok::Pipe => {
                    self.next();
                    if matches!(self.peek().tok, Tok::Right | Tok::RParen) {
                        let t = self.peek().clone();
                        return Err(self.error(t.line, "missing command"));
                    }
                }
                Tok::Right => {}
                Tok::RParen if context == "parenthesized pipeline" => {}
                _ => {
                    let t = self.next();
                    return Err(self.unexpected(&t, "operand"));
                }
            }
        }
        if cmds.is_empty() {
            return Err(self.error(start.line, &format!("missing value for {context}")));
        }
        Ok(Pipe {
            pos,
            decl,
            is_assign,
            cmds,
        })
    }

    fn command(&mut self) -> Result<Command, String> {
        let pos = self.peek().pos;
        let mut args = Vec::new();
        loop {
            if !args.is_empty() && !self.peek().space {
                // Operands must be separated by spaces.
                match self.peek().tok {
                    Tok::Right | Tok::Pipe | Tok::RParen => {}
                    _ => {
                        let t = self.peek().clone();
                        return Err(self.unexpected(&t, "operand"));
                    }
                }
            }
            match self.operand()? {
                Some(a) => args.push(a),
                None => break,
            }
        }
        if args.is_empty() {
            let t = self.peek().clone();
            return Err(self.error(t.line, "missing value for command"));
        }
        Ok(Command { pos, args })
    }

    fn operand(&mut self) -> Result<Option<Arg>, String> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        let mut fields = Vec::new();
        let mut chain_pos = None;
        while let Tok::Field(f) = self.peek().tok.clone() {
            if self.peek().space {
                break;
            }
            if chain_pos.is_none() {
                chain_pos = Some(self.peek().pos);
            }
            self.next();
            fields.push(f);
        }
        let Some(chain_pos) = chain_pos else {
            return Ok(Some(node));
        };
        // Go folds fields onto a field or variable; the node's position becomes that of the
        // first chained field (hence `:1:8` for `{{.State.Health.Status}}`).
        Ok(Some(match node {
            Arg::Field { mut names, .. } => {
                names.extend(fields);
                Arg::Field {
                    pos: chain_pos,
                    names,
                }
            }
            Arg::Var {
                name,
                fields: mut f0,
                ..
            } => {
                f0.extend(fields);
                Arg::Var {
                    pos: chain_pos,
                    name,
                    fields: f0,
                }
            }
            Arg::Bool { .. }
            | Arg::Str { .. }
            | Arg::Num { .. }
            | Arg::Nil { .. }
            | Arg::Dot { .. } => {
                let t = self.peek().clone();
                return Err(self.error(
                    t.line,
                    &format!("unexpected . after term {:?}", node.to_string()),
                ));
            }
            other => Arg::Chain {
                pos: chain_pos,
                node: Box::new(other),
                fields,
            },
        }))
    }

    fn term(&mut self) -> Result<Option<Arg>, String> {
        let t = self.peek().clone();
        let pos = t.pos;
        let arg = match t.tok {
            Tok::Ident(name) => {
                self.next();
                match name.as_str() {
                    "true" | "false" => Arg::Bool {
                        pos,
                        value: name == "true",
                    },
                    "nil" => Arg::Nil { pos },
                    _ => {
                        if !FUNCTIONS.contains(&name.as_str()) {
                            return Err(
                                self.error(t.line, &format!("function {name:?} not defined"))
                            );
                        }
                        Arg::Ident { pos, name }
                    }
                }
            }
            Tok::Dot => {
                self.next();
                Arg::Dot { pos }
            }
            Tok::Field(f) => {
                self.next();
                Arg::Field {
                    pos,
                    names: vec![f],
                }
            }
            Tok::Var(v) => {
                self.next();
                if !self.vars.contains(&v) {
                    return Err(self.error(t.line, &format!("undefined variable \"{v}\"")));
                }
                Arg::Var {
                    pos,
                    name: v,
                    fields: Vec::new(),
                }
            }
            Tok::Str(value, text) => {
                self.next();
                Arg::Str { pos, value, text }
            }
            Tok::Num(value, text) => {
                self.next();
                Arg::Num { pos, value, text }
            }
            Tok::LParen => {
                self.next();
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.error(t.line, "template nesting too deep"));
                }
                let pipe = self.pipeline("parenthesized pipeline", false)?;
                self.depth -= 1;
                Arg::Pipe(Box::new(pipe))
            }
            _ => return Ok(None),
        };
        Ok(Some(arg))
    }
}

/// Go's `item.String()` used in "unexpected X in Y" messages.
fn describe(t: &Tok) -> String {
    let quote = |s: &str| {
        if s.chars().count() > 10 {
            let short: String = s.chars().take(10).collect();
            format!("{short:?}...")
        } else {
            format!("{s:?}")
        }
    };
    match t {
        Tok::Eof => "EOF".to_string(),
        Tok::Text(s) => quote(s),
        Tok::Left => quote("{{"),
        Tok::Right => quote("}}"),
        Tok::Field(f) => quote(&format!(".{f}")),
        Tok::Var(v) => quote(v),
        Tok::Ident(w) => {
            if matches!(
                w.as_str(),
                "if" | "range"
                    | "with"
                    | "else"
                    | "end"
                    | "define"
                    | "template"
                    | "block"
                    | "break"
                    | "continue"
            ) {
                format!("<{w}>")
            } else {
                quote(w)
            }
        }
        Tok::Str(_, src) | Tok::Num(_, src) => quote(src),
        Tok::Dot => "<.>".to_string(),
        Tok::Pipe => quote("|"),
        Tok::LParen => quote("("),
        Tok::RParen => quote(")"),
        Tok::Comma => quote(","),
        Tok::Declare => quote(":="),
        Tok::Assign => quote("="),
    }
}
