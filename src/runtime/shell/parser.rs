//! The shell grammar: a hand-written recursive-descent parser from source text to a syntax tree.
//!
//! Lexing and parsing are one pass over the characters because the shell's tokens depend on
//! where they stand (`}` and `fi` are words except in command position, `)` ends a case pattern,
//! heredoc bodies start at the next newline). The tree is built once and run many times: loop
//! bodies and functions are never re-parsed.

use std::cell::OnceCell;
use std::rc::Rc;

/// Deepest nesting of constructs the parser accepts, so hostile input cannot exhaust the stack.
pub const MAX_PARSE_DEPTH: usize = 100;

/// One piece of a word before expansion.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Unquoted text: subject to globbing.
    Lit(String),
    /// Quoted or escaped text: taken literally.
    Quoted(String),
    /// A double-quoted section: expansions inside are not split or globbed.
    Double(Vec<Part>),
    /// `$name` or `${...}`.
    Param(Box<Param>),
    /// `$(...)` or backticks.
    Command(Rc<List>),
    /// `$((...))`: the expression text, itself expanded before evaluation.
    Arith(Vec<Part>),
    /// `~` or `~user` at the start of a word.
    Tilde(String),
}

/// A word: the parts that are concatenated after expansion.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word {
    /// The parts in order.
    pub parts: Vec<Part>,
}

impl Word {
    /// The text of a word made only of literal parts (quote removal done), if it is one.
    pub fn literal(&self) -> Option<String> {
        let mut s = String::new();
        for p in &self.parts {
            match p {
                Part::Lit(t) | Part::Quoted(t) => s.push_str(t),
                Part::Double(inner) => s.push_str(
                    &Word {
                        parts: inner.clone(),
                    }
                    .literal()?,
                ),
                _ => return None,
            }
        }
        Some(s)
    }

    /// The unquoted literal text of a word with no quoting or expansions at all.
    pub fn plain(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part::Lit(t)] => Some(t),
            _ => None,
        }
    }

    fn is_quoted(&self) -> bool {
        self.parts.iter().any(|p| !matches!(p, Part::Lit(_)))
    }
}

/// What a `${...}` expansion does with the value.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamOp {
    /// `$x`, `${x}`.
    Plain,
    /// `${#x}`.
    Length,
    /// `${x-w}` / `${x:-w}` (`true` = with colon: empty counts as unset).
    Default(bool),
    /// `${x=w}` / `${x:=w}`.
    Assign(bool),
    /// `${x+w}` / `${x:+w}`.
    Alternative(bool),
    /// `${x?w}` / `${x:?w}`.
    Error(bool),
    /// `${x#p}` (false) / `${x##p}` (true).
    TrimPrefix(bool),
    /// `${x%p}` (false) / `${x%%p}` (true).
    TrimSuffix(bool),
    /// `${x/p/r}` (false) / `${x//p/r}` (true).
    Replace(bool),
    /// `${x:offset}` / `${x:offset:length}` (bash).
    Substring,
}

/// A parameter expansion.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Variable name, digits, or one of `?#@*$!-0`.
    pub name: String,
    /// What to do with the value.
    pub op: ParamOp,
    /// The word after the operator (pattern, default, offset).
    pub word: Word,
    /// The replacement of `${x/p/r}`, or the length of `${x:o:l}`.
    pub extra: Option<Word>,
}

/// A redirection operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedirOp {
    /// `>` and `>|`.
    Out,
    /// `>>`.
    Append,
    /// `<`.
    In,
    /// `<>`: opened for reading (writing through it is not simulated).
    InOut,
    /// `>&`: duplicate an output descriptor (or `>&file`, bash's `&>`).
    DupOut,
    /// `<&`.
    DupIn,
    /// `&>`: stdout and stderr to a file.
    Both,
    /// `&>>`.
    BothAppend,
    /// `<<`, `<<-`: the body is in [`Redir::heredoc`].
    Heredoc,
    /// `<<<`.
    HereString,
}

/// A heredoc body, filled in when the parser reaches the line after the operator.
#[derive(Clone, Debug, PartialEq)]
pub enum HereBody {
    /// The delimiter was quoted: the body is taken literally.
    Literal(String),
    /// The body undergoes parameter, command and arithmetic expansion.
    Expand(Word),
}

/// A redirection.
#[derive(Clone, Debug, PartialEq)]
pub struct Redir {
    /// The descriptor number written before the operator, if any.
    pub fd: Option<u32>,
    /// The operator.
    pub op: RedirOp,
    /// The file name, descriptor or here-string.
    pub target: Word,
    /// The body of a heredoc (set once the body has been read).
    pub heredoc: Option<Rc<OnceCell<HereBody>>>,
}

/// `name=value` before a command.
#[derive(Clone, Debug, PartialEq)]
pub struct Assign {
    /// The variable name.
    pub name: String,
    /// The value, expanded without splitting or globbing.
    pub value: Word,
    /// `+=` (bash).
    pub append: bool,
}

/// A simple command: assignments, words and redirections.
#[derive(Clone, Debug, PartialEq)]
pub struct Simple {
    /// Assignments before the command name.
    pub assigns: Vec<Assign>,
    /// The command name and arguments.
    pub words: Vec<Word>,
    /// Redirections, in order.
    pub redirs: Vec<Redir>,
    /// The line the command starts on (dash prints it in errors).
    pub line: usize,
}

/// A `case` arm.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseArm {
    /// The patterns separated by `|`.
    pub patterns: Vec<Word>,
    /// The commands.
    pub body: List,
}

/// A command of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A simple command.
    Simple(Simple),
    /// `( list )`.
    Subshell(List, Vec<Redir>),
    /// `{ list; }`.
    Group(List, Vec<Redir>),
    /// `if`: pairs of condition and body, then an optional else.
    If(Vec<(List, List)>, Option<List>, Vec<Redir>),
    /// `for name in words; do body; done` (`None` words: the positional parameters).
    For(String, Option<Vec<Word>>, List, Vec<Redir>),
    /// `while`/`until` (`true` = until).
    While(bool, List, List, Vec<Redir>),
    /// `case word in ... esac`.
    Case(Word, Vec<CaseArm>, Vec<Redir>),
    /// A function definition.
    Function(String, Rc<Command>),
    /// `[[ ... ]]`: the words between the brackets, operators included.
    Test(Vec<Word>, usize),
    /// `(( expr ))`.
    Arith(Vec<Part>, usize),
}

/// Commands joined by `|`, optionally negated with `!`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pipeline {
    /// `!` in front.
    pub bang: bool,
    /// The commands, left to right.
    pub commands: Vec<Command>,
}

/// How an and-or list continues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connector {
    /// `&&`.
    And,
    /// `||`.
    Or,
}

/// Pipelines joined by `&&` and `||`.
#[derive(Clone, Debug, PartialEq)]
pub struct AndOr {
    /// The first pipeline.
    pub first: Pipeline,
    /// The rest, each with its connector.
    pub rest: Vec<(Connector, Pipeline)>,
}

/// A sequence of and-or lists (separated by `;`, `&` or newlines).
pub type List = Vec<AndOr>;

/// Why parsing failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The input ended inside a construct: a terminal should ask for more lines.
    Incomplete(&'static str),
    /// A token that cannot stand here (`fi` without `if`, a lone `)`).
    Unexpected(String, usize),
    /// Nesting deeper than [`MAX_PARSE_DEPTH`].
    TooDeep,
}

const RESERVED_END: &[&str] = &["then", "else", "elif", "fi", "do", "done", "esac", "}"];

struct Pending {
    delim: String,
    strip_tabs: bool,
    quoted: bool,
    cell: Rc<OnceCell<HereBody>>,
}

/// The parser state over one source text.
pub struct Parser {
    src: Vec<char>,
    pos: usize,
    /// The current line (1-based).
    pub line: usize,
    pending: Vec<Pending>,
    depth: usize,
    /// Set when a heredoc ran to the end of input without its delimiter.
    pub heredoc_unterminated: bool,
    /// The delimiter (and `<<-` tab stripping) of the first heredoc left unterminated: every
    /// further line is its body until one equals it.
    pub heredoc_waiting: Option<(String, bool)>,
    /// Set when the input ends with a backslash (a line continuation waiting for its line).
    pub trailing_backslash: bool,
}

fn is_meta(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | ';' | '&' | '|' | '(' | ')' | '<' | '>'
    )
}

fn is_name_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// Whether `s` is a valid variable name.
pub fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

/// Parses a whole program.
pub fn parse(src: &str) -> Result<List, ParseError> {
    let mut p = Parser::new(src);
    let list = p.program()?;
    Ok(list)
}

impl Parser {
    /// A parser at the start of `src`.
    pub fn new(src: &str) -> Parser {
        Parser {
            src: src.chars().collect(),
            pos: 0,
            line: 1,
            pending: Vec::new(),
            depth: 0,
            heredoc_unterminated: false,
            heredoc_waiting: None,
            trailing_backslash: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.src.get(self.pos + n).copied()
    }

    fn starts_with(&self, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(i, c)| self.src.get(self.pos + i) == Some(&c))
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_PARSE_DEPTH {
            return Err(ParseError::TooDeep);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Parses the next line of top-level commands (up to a newline or the end of input);
    /// `None` at the end of input. Heredoc bodies that follow the line are read with it.
    pub fn next_line(&mut self) -> Result<Option<List>, ParseError> {
        self.skip_linebreaks();
        if self.peek().is_none() {
            return Ok(None);
        }
        let mut line = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some('\n') => {
                    self.newline();
                    break;
                }
                _ => {}
            }
            if self.at_list_end() {
                return Err(self.unexpected());
            }
            line.push(self.and_or()?);
            self.skip_space();
            match self.peek() {
                Some(';') if self.peek_at(1) != Some(';') && self.peek_at(1) != Some('&') => {
                    self.pos += 1
                }
                Some('&') => self.pos += 1,
                Some('\n') => {
                    self.newline();
                    break;
                }
                None => break,
                _ => return Err(self.unexpected()),
            }
        }
        if !self.pending.is_empty() {
            self.read_heredocs();
        }
        Ok(Some(line))
    }

    /// Parses the whole input as a list and requires the end of input after it.
    pub fn program(&mut self) -> Result<List, ParseError> {
        let list = self.list()?;
        self.skip_space();
        if self.peek().is_some() {
            return Err(self.unexpected());
        }
        if !self.pending.is_empty() {
            self.read_heredocs();
        }
        Ok(list)
    }

    /// The token at the current position, for an error message.
    fn unexpected(&mut self) -> ParseError {
        let line = self.line;
        let tok = match self.peek() {
            None => return ParseError::Incomplete("end of file"),
            Some('\n') => "newline".to_string(),
            Some(c) if is_meta(c) => {
                let two: String = self.src[self.pos..].iter().take(2).collect();
                if matches!(two.as_str(), ";;" | "&&" | "||" | ">>" | "<<" | ">&" | "<&") {
                    two
                } else {
                    c.to_string()
                }
            }
            Some(_) => self.src[self.pos..]
                .iter()
                .take_while(|c| !is_meta(**c))
                .collect(),
        };
        ParseError::Unexpected(tok, line)
    }

    /// Skips blanks, line continuations and comments (not newlines).
    fn skip_space(&mut self) {
        loop {
            match self.peek() {
                Some(' ') | Some('\t') | Some('\r') => self.pos += 1,
                Some('\\') if self.peek_at(1) == Some('\n') => {
                    self.pos += 2;
                    self.line += 1;
                    if self.peek().is_none() {
                        self.trailing_backslash = true;
                    }
                }
                Some('#') => {
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                _ => return,
            }
        }
    }

    /// Consumes a newline and reads any heredoc bodies that start after it.
    fn newline(&mut self) {
        self.bump();
        if !self.pending.is_empty() {
            self.read_heredocs();
        }
    }

    /// Skips blanks, comments and newlines.
    fn skip_linebreaks(&mut self) {
        loop {
            self.skip_space();
            if self.peek() == Some('\n') {
                self.newline();
            } else {
                return;
            }
        }
    }

    fn read_heredocs(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for h in pending {
            let mut body = String::new();
            let mut found = false;
            while self.pos < self.src.len() {
                let start = self.pos;
                while self.peek().is_some_and(|c| c != '\n') {
                    self.pos += 1;
                }
                let raw: String = self.src[start..self.pos].iter().collect();
                if self.peek() == Some('\n') {
                    self.pos += 1;
                    self.line += 1;
                }
                if ends_heredoc(&raw, &h.delim, h.strip_tabs) {
                    found = true;
                    break;
                }
                body.push_str(if h.strip_tabs {
                    raw.trim_start_matches('\t')
                } else {
                    &raw
                });
                body.push('\n');
            }
            if !found {
                self.heredoc_unterminated = true;
                if self.heredoc_waiting.is_none() {
                    self.heredoc_waiting = Some((h.delim.clone(), h.strip_tabs));
                }
            }
            let value = if h.quoted {
                HereBody::Literal(body)
            } else {
                let mut sub = Parser::new(&body);
                HereBody::Expand(Word {
                    parts: sub
                        .double_parts(None)
                        .unwrap_or_else(|_| vec![Part::Quoted(body)]),
                })
            };
            let _ = h.cell.set(value);
        }
    }

    /// Whether the next token is one of the reserved words, returned if so.
    fn peek_reserved(&self) -> Option<&'static str> {
        const WORDS: &[&str] = &[
            "if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until",
            "for", "in", "{", "}", "!", "function", "[[",
        ];
        WORDS.iter().copied().find(|w| {
            self.starts_with(w) && self.src.get(self.pos + w.len()).is_none_or(|c| is_meta(*c))
        })
    }

    fn at_list_end(&self) -> bool {
        match self.peek() {
            None | Some(')') => true,
            Some(';') => self.peek_at(1) == Some(';') || self.peek_at(1) == Some('&'),
            _ => self
                .peek_reserved()
                .is_some_and(|w| RESERVED_END.contains(&w)),
        }
    }

    /// Parses and-or lists until a list terminator (`)`, `;;`, `fi`, `done`, ...).
    pub fn list(&mut self) -> Result<List, ParseError> {
        let mut list = Vec::new();
        loop {
            self.skip_linebreaks();
            if self.at_list_end() {
                return Ok(list);
            }
            list.push(self.and_or()?);
            self.skip_space();
            match self.peek() {
                Some(';') if self.peek_at(1) != Some(';') && self.peek_at(1) != Some('&') => {
                    self.pos += 1
                }
                Some('&') => self.pos += 1,
                Some('\n') => self.newline(),
                _ => {
                    if !self.at_list_end() {
                        return Err(self.unexpected());
                    }
                    return Ok(list);
                }
            }
        }
    }

    fn and_or(&mut self) -> Result<AndOr, ParseError> {
        let first = self.pipeline()?;
        let mut rest = Vec::new();
        loop {
            self.skip_space();
            let conn = if self.starts_with("&&") {
                Connector::And
            } else if self.starts_with("||") {
                Connector::Or
            } else {
                return Ok(AndOr { first, rest });
            };
            self.pos += 2;
            self.skip_linebreaks();
            if self.peek().is_none() {
                return Err(ParseError::Incomplete("&&"));
            }
            rest.push((conn, self.pipeline()?));
        }
    }

    fn pipeline(&mut self) -> Result<Pipeline, ParseError> {
        self.skip_space();
        let mut bang = false;
        if self.peek_reserved() == Some("!") {
            self.pos += 1;
            bang = true;
            self.skip_space();
        }
        let mut commands = vec![self.command()?];
        loop {
            self.skip_space();
            if self.peek() == Some('|') && self.peek_at(1) != Some('|') {
                self.pos += 1;
                let both = self.peek() == Some('&');
                if both {
                    // `|&` is bash's `2>&1 |`.
                    self.pos += 1;
                    if let Some(Command::Simple(s)) = commands.last_mut() {
                        s.redirs.push(Redir {
                            fd: Some(2),
                            op: RedirOp::DupOut,
                            target: lit_word("1"),
                            heredoc: None,
                        });
                    }
                }
                self.skip_linebreaks();
                if self.peek().is_none() {
                    return Err(ParseError::Incomplete("|"));
                }
                commands.push(self.command()?);
            } else {
                return Ok(Pipeline { bang, commands });
            }
        }
    }

    fn command(&mut self) -> Result<Command, ParseError> {
        self.enter()?;
        let r = self.command_inner();
        self.leave();
        r
    }

    fn expect_word(&mut self, w: &str) -> Result<(), ParseError> {
        self.skip_linebreaks();
        if self.peek_reserved() == Some(w) || (w == "}" && self.starts_with("}")) {
            self.pos += w.len();
            Ok(())
        } else if self.peek().is_none() {
            Err(ParseError::Incomplete("end of file"))
        } else {
            Err(self.unexpected())
        }
    }

    fn body(&mut self, close: &str) -> Result<List, ParseError> {
        let list = self.list()?;
        if list.is_empty() {
            self.skip_linebreaks();
            if self.peek().is_none() {
                return Err(ParseError::Incomplete("end of file"));
            }
            return Err(self.unexpected());
        }
        let _ = close;
        Ok(list)
    }

    fn command_inner(&mut self) -> Result<Command, ParseError> {
        let kind = match self.peek_reserved() {
            Some(k @ ("if" | "while" | "until" | "for" | "case" | "{")) => Some(k),
            _ => None,
        };
        let r = self.command_kind();
        match (r, kind) {
            (Err(ParseError::Incomplete("end of file")), Some(k)) => {
                Err(ParseError::Incomplete(match k {
                    "until" => "while",
                    other => other,
                }))
            }
            (r, _) => r,
        }
    }

    fn command_kind(&mut self) -> Result<Command, ParseError> {
        self.skip_space();
        let line = self.line;
        match self.peek_reserved() {
            Some("if") => {
                self.pos += 2;
                let mut arms = Vec::new();
                let mut otherwise = None;
                loop {
                    let cond = self.body("then")?;
                    self.expect_word("then")?;
                    let body = self.body("fi")?;
                    arms.push((cond, body));
                    self.skip_linebreaks();
                    match self.peek_reserved() {
                        Some("elif") => self.pos += 4,
                        Some("else") => {
                            self.pos += 4;
                            otherwise = Some(self.body("fi")?);
                            self.expect_word("fi")?;
                            break;
                        }
                        Some("fi") => {
                            self.pos += 2;
                            break;
                        }
                        _ if self.peek().is_none() => return Err(ParseError::Incomplete("if")),
                        _ => return Err(self.unexpected()),
                    }
                }
                let redirs = self.trailing_redirs()?;
                return Ok(Command::If(arms, otherwise, redirs));
            }
            Some("while") | Some("until") => {
                let until = self.starts_with("until");
                self.pos += 5;
                let cond = self.body("do")?;
                self.expect_word("do")?;
                let body = self.body("done")?;
                self.expect_word("done")?;
                let redirs = self.trailing_redirs()?;
                return Ok(Command::While(until, cond, body, redirs));
            }
            Some("for") => {
                self.pos += 3;
                self.skip_space();
                let name_word = self.word()?;
                let name = name_word.plain().unwrap_or("").to_string();
                if !is_name(&name) {
                    return Err(ParseError::Unexpected(
                        name_word.literal().unwrap_or_default(),
                        self.line,
                    ));
                }
                self.skip_linebreaks();
                let mut words = None;
                if self.peek_reserved() == Some("in") {
                    self.pos += 2;
                    let mut ws = Vec::new();
                    loop {
                        self.skip_space();
                        match self.peek() {
                            Some(';') | Some('\n') => break,
                            None => return Err(ParseError::Incomplete("for")),
                            Some(c) if is_meta(c) => return Err(self.unexpected()),
                            _ => ws.push(self.word()?),
                        }
                    }
                    words = Some(ws);
                }
                self.skip_space();
                if self.peek() == Some(';') {
                    self.pos += 1;
                }
                self.expect_word("do")?;
                let body = self.body("done")?;
                self.expect_word("done")?;
                let redirs = self.trailing_redirs()?;
                return Ok(Command::For(name, words, body, redirs));
            }
            Some("case") => {
                self.pos += 4;
                self.skip_space();
                let subject = self.word()?;
                self.skip_linebreaks();
                if self.peek_reserved() != Some("in") {
                    if self.peek().is_none() {
                        return Err(ParseError::Incomplete("case"));
                    }
                    return Err(self.unexpected());
                }
                self.pos += 2;
                let mut arms = Vec::new();
                loop {
                    self.skip_linebreaks();
                    if self.peek_reserved() == Some("esac") {
                        self.pos += 4;
                        break;
                    }
                    if self.peek().is_none() {
                        return Err(ParseError::Incomplete("case"));
                    }
                    if self.peek() == Some('(') {
                        self.pos += 1;
                    }
                    let mut patterns = Vec::new();
                    loop {
                        self.skip_space();
                        match self.peek() {
                            None => return Err(ParseError::Incomplete("case")),
                            Some(c) if is_meta(c) => return Err(self.unexpected()),
                            _ => patterns.push(self.word()?),
                        }
                        self.skip_space();
                        match self.peek() {
                            Some('|') => self.pos += 1,
                            Some(')') => {
                                self.pos += 1;
                                break;
                            }
                            None => return Err(ParseError::Incomplete("case")),
                            _ => return Err(self.unexpected()),
                        }
                    }
                    let body = self.list()?;
                    arms.push(CaseArm { patterns, body });
                    self.skip_linebreaks();
                    if self.starts_with(";;&") {
                        self.pos += 3;
                    } else if self.starts_with(";;") || self.starts_with(";&") {
                        self.pos += 2;
                    } else if self.peek_reserved() == Some("esac") {
                        self.pos += 4;
                        break;
                    } else if self.peek().is_none() {
                        return Err(ParseError::Incomplete("case"));
                    } else {
                        return Err(self.unexpected());
                    }
                }
                let redirs = self.trailing_redirs()?;
                return Ok(Command::Case(subject, arms, redirs));
            }
            Some("{") => {
                self.pos += 1;
                let body = self.body("}")?;
                self.expect_word("}")?;
                let redirs = self.trailing_redirs()?;
                return Ok(Command::Group(body, redirs));
            }
            Some("function") => {
                self.pos += 8;
                self.skip_space();
                let name = self.word()?.literal().unwrap_or_default();
                self.skip_space();
                if self.starts_with("()") {
                    self.pos += 2;
                }
                return self.function_body(name);
            }
            Some("[[") => {
                self.pos += 2;
                return self.double_bracket(line);
            }
            Some(w) if RESERVED_END.contains(&w) || w == "in" => {
                return Err(self.unexpected());
            }
            _ => {}
        }
        if self.starts_with("((") {
            if let Some(end) = self.arith_end(self.pos + 2) {
                let text: String = self.src[self.pos + 2..end].iter().collect();
                self.line += text.matches('\n').count();
                self.pos = end + 2;
                let parts = Parser::new(&text).double_parts(None)?;
                return Ok(Command::Arith(parts, line));
            }
        }
        if self.peek() == Some('(') {
            self.pos += 1;
            let body = self.body(")")?;
            self.skip_linebreaks();
            if self.peek() != Some(')') {
                if self.peek().is_none() {
                    return Err(ParseError::Incomplete("("));
                }
                return Err(self.unexpected());
            }
            self.pos += 1;
            let redirs = self.trailing_redirs()?;
            return Ok(Command::Subshell(body, redirs));
        }
        self.simple(line)
    }

    fn function_body(&mut self, name: String) -> Result<Command, ParseError> {
        self.skip_linebreaks();
        if self.peek().is_none() {
            return Err(ParseError::Incomplete("function"));
        }
        let body = self.command()?;
        if matches!(body, Command::Simple(_)) {
            return Err(ParseError::Unexpected(name, self.line));
        }
        Ok(Command::Function(name, Rc::new(body)))
    }

    fn double_bracket(&mut self, line: usize) -> Result<Command, ParseError> {
        let mut words = Vec::new();
        loop {
            self.skip_space();
            if self.peek() == Some('\n') {
                self.newline();
                continue;
            }
            if self.starts_with("]]") && self.peek_at(2).is_none_or(is_meta) {
                self.pos += 2;
                break;
            }
            match self.peek() {
                None => return Err(ParseError::Incomplete("[[")),
                Some(_) if self.starts_with("&&") || self.starts_with("||") => {
                    let op: String = self.src[self.pos..self.pos + 2].iter().collect();
                    self.pos += 2;
                    words.push(lit_word(&op));
                }
                Some(c @ ('(' | ')' | '<' | '>')) => {
                    self.pos += 1;
                    words.push(lit_word(&c.to_string()));
                }
                Some(c) if is_meta(c) => return Err(self.unexpected()),
                Some(_) => words.push(self.word()?),
            }
        }
        Ok(Command::Test(words, line))
    }

    /// Finds the `))` that closes an arithmetic expression starting at `from`.
    fn arith_end(&self, from: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut i = from;
        while let Some(&c) = self.src.get(i) {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    return (self.src.get(i + 1) == Some(&')')).then_some(i);
                }
                ')' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        None
    }

    fn trailing_redirs(&mut self) -> Result<Vec<Redir>, ParseError> {
        let mut redirs = Vec::new();
        loop {
            self.skip_space();
            match self.redirection()? {
                Some(r) => redirs.push(r),
                None => return Ok(redirs),
            }
        }
    }

    fn simple(&mut self, line: usize) -> Result<Command, ParseError> {
        let mut cmd = Simple {
            assigns: Vec::new(),
            words: Vec::new(),
            redirs: Vec::new(),
            line,
        };
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some('\n' | ';' | '|' | ')') => break,
                Some('&') if self.peek_at(1) != Some('>') => break,
                Some('(') => {
                    if cmd.words.len() == 1 && cmd.assigns.is_empty() && cmd.redirs.is_empty() {
                        let name = cmd.words[0].literal().unwrap_or_default();
                        self.pos += 1;
                        self.skip_space();
                        if self.peek() != Some(')') {
                            return Err(self.unexpected());
                        }
                        self.pos += 1;
                        return self.function_body(name);
                    }
                    return Err(self.unexpected());
                }
                _ => {}
            }
            if let Some(r) = self.redirection()? {
                cmd.redirs.push(r);
                continue;
            }
            let start = self.pos;
            if cmd.words.is_empty() {
                if let Some(a) = self.assignment()? {
                    cmd.assigns.push(a);
                    continue;
                }
                self.pos = start;
            }
            cmd.words.push(self.word()?);
        }
        if cmd.words.is_empty() && cmd.assigns.is_empty() && cmd.redirs.is_empty() {
            if self.peek().is_none() {
                return Err(ParseError::Incomplete("end of file"));
            }
            return Err(self.unexpected());
        }
        Ok(Command::Simple(cmd))
    }

    fn assignment(&mut self) -> Result<Option<Assign>, ParseError> {
        let start = self.pos;
        while self.peek().is_some_and(is_name_char) {
            self.pos += 1;
        }
        if self.pos == start || !self.src.get(start).copied().is_some_and(is_name_start) {
            return Ok(None);
        }
        let name: String = self.src[start..self.pos].iter().collect();
        let append = self.starts_with("+=");
        if append {
            self.pos += 1;
        }
        if self.peek() != Some('=') {
            return Ok(None);
        }
        self.pos += 1;
        // A value may start with `~` (tilde expansion) or be empty.
        let value = if self.peek().is_none_or(is_meta) {
            Word::default()
        } else {
            self.word()?
        };
        Ok(Some(Assign {
            name,
            value,
            append,
        }))
    }

    fn redirection(&mut self) -> Result<Option<Redir>, ParseError> {
        let start = self.pos;
        let mut fd = None;
        let mut i = self.pos;
        while self.src.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i > self.pos && matches!(self.src.get(i), Some('<') | Some('>')) {
            let digits: String = self.src[self.pos..i].iter().collect();
            fd = digits.parse::<u32>().ok();
            self.pos = i;
        }
        let ops: &[(&str, RedirOp)] = &[
            ("&>>", RedirOp::BothAppend),
            ("&>", RedirOp::Both),
            ("<<<", RedirOp::HereString),
            ("<<-", RedirOp::Heredoc),
            ("<<", RedirOp::Heredoc),
            ("<&", RedirOp::DupIn),
            ("<>", RedirOp::InOut),
            ("<", RedirOp::In),
            (">>", RedirOp::Append),
            (">&", RedirOp::DupOut),
            (">|", RedirOp::Out),
            (">", RedirOp::Out),
        ];
        let Some((text, op)) = ops.iter().find(|(t, _)| self.starts_with(t)) else {
            self.pos = start;
            return Ok(None);
        };
        if fd.is_some() && text.starts_with('&') {
            self.pos = start;
            return Ok(None);
        }
        self.pos += text.len();
        self.skip_space();
        match self.peek() {
            None => return Err(ParseError::Unexpected("newline".into(), self.line)),
            Some(c) if is_meta(c) => return Err(self.unexpected()),
            _ => {}
        }
        let target = self.word()?;
        let mut heredoc = None;
        if *op == RedirOp::Heredoc {
            let cell = Rc::new(OnceCell::new());
            self.pending.push(Pending {
                delim: target.literal().unwrap_or_default(),
                strip_tabs: *text == "<<-",
                quoted: target.is_quoted(),
                cell: cell.clone(),
            });
            heredoc = Some(cell);
        }
        Ok(Some(Redir {
            fd,
            op: *op,
            target,
            heredoc,
        }))
    }

    /// Parses one word up to an unquoted metacharacter.
    pub fn word(&mut self) -> Result<Word, ParseError> {
        self.enter()?;
        let r = self.word_until(&[], false);
        self.leave();
        r
    }

    /// Parses word parts until an unquoted metacharacter or one of `stops` (inside `${...}`,
    /// where blanks are literal when `in_brace` is set).
    fn word_until(&mut self, stops: &[char], in_brace: bool) -> Result<Word, ParseError> {
        let mut parts: Vec<Part> = Vec::new();
        let mut lit = String::new();
        let at_start = self.pos;
        while let Some(c) = self.peek() {
            if stops.contains(&c) || (!in_brace && is_meta(c)) {
                break;
            }
            match c {
                '\'' => {
                    flush(&mut lit, &mut parts);
                    self.pos += 1;
                    let start = self.pos;
                    while self.peek().is_some_and(|c| c != '\'') {
                        self.bump();
                    }
                    if self.peek().is_none() {
                        return Err(ParseError::Incomplete("'"));
                    }
                    let s: String = self.src[start..self.pos].iter().collect();
                    self.pos += 1;
                    parts.push(Part::Quoted(s));
                }
                '"' => {
                    flush(&mut lit, &mut parts);
                    self.pos += 1;
                    let inner = self.double_parts(Some('"'))?;
                    parts.push(Part::Double(inner));
                }
                '\\' => {
                    self.pos += 1;
                    match self.bump() {
                        None => {
                            lit.push('\\');
                            self.trailing_backslash = true;
                        }
                        Some('\n') => {
                            if self.peek().is_none() {
                                self.trailing_backslash = true;
                            }
                        }
                        Some(e) => {
                            flush(&mut lit, &mut parts);
                            parts.push(Part::Quoted(e.to_string()));
                        }
                    }
                }
                '$' if self.peek_at(1) == Some('\'') => {
                    flush(&mut lit, &mut parts);
                    self.pos += 2;
                    parts.push(Part::Quoted(self.ansi_c()?));
                }
                '$' | '`' => {
                    flush(&mut lit, &mut parts);
                    match self.dollar()? {
                        Some(p) => parts.push(p),
                        None => lit.push('$'),
                    }
                }
                '~' if self.pos == at_start && !in_brace => {
                    self.pos += 1;
                    let start = self.pos;
                    while self.peek().is_some_and(|c| {
                        c != '/' && !is_meta(c) && (is_name_char(c) || c == '-' || c == '.')
                    }) {
                        self.pos += 1;
                    }
                    let user: String = self.src[start..self.pos].iter().collect();
                    parts.push(Part::Tilde(user));
                }
                _ => {
                    lit.push(c);
                    self.bump();
                }
            }
        }
        flush(&mut lit, &mut parts);
        Ok(Word { parts })
    }

    /// `$'...'` with bash's ANSI-C escapes.
    fn ansi_c(&mut self) -> Result<String, ParseError> {
        let mut s = String::new();
        loop {
            match self.bump() {
                None => return Err(ParseError::Incomplete("'")),
                Some('\'') => return Ok(s),
                Some('\\') => match self.bump() {
                    None => return Err(ParseError::Incomplete("'")),
                    Some(e) => s.push_str(&unescape_one(e)),
                },
                Some(c) => s.push(c),
            }
        }
    }

    /// Parts of double-quoted text up to `close` (or the end of input when `close` is None).
    pub fn double_parts(&mut self, close: Option<char>) -> Result<Vec<Part>, ParseError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        loop {
            let Some(c) = self.peek() else {
                if close.is_some() {
                    return Err(ParseError::Incomplete("\""));
                }
                break;
            };
            if Some(c) == close {
                self.pos += 1;
                break;
            }
            match c {
                '\\' => {
                    self.pos += 1;
                    match self.bump() {
                        None => lit.push('\\'),
                        Some('\n') => {}
                        Some(e) if matches!(e, '$' | '`' | '"' | '\\') => {
                            if e == '"' && close.is_none() {
                                lit.push('\\');
                            }
                            lit.push(e)
                        }
                        Some(e) => {
                            lit.push('\\');
                            lit.push(e);
                        }
                    }
                }
                '$' | '`' => {
                    if !lit.is_empty() {
                        parts.push(Part::Quoted(std::mem::take(&mut lit)));
                    }
                    match self.dollar()? {
                        Some(p) => parts.push(p),
                        None => lit.push('$'),
                    }
                }
                _ => {
                    lit.push(c);
                    self.bump();
                }
            }
        }
        if !lit.is_empty() {
            parts.push(Part::Quoted(lit));
        }
        Ok(parts)
    }

    /// Parses an expansion at `$` or a backtick; `None` when the `$` is literal.
    fn dollar(&mut self) -> Result<Option<Part>, ParseError> {
        self.enter()?;
        let r = self.dollar_inner();
        self.leave();
        r
    }

    fn dollar_inner(&mut self) -> Result<Option<Part>, ParseError> {
        if self.peek() == Some('`') {
            self.pos += 1;
            let mut inner = String::new();
            loop {
                match self.bump() {
                    None => return Err(ParseError::Incomplete("`")),
                    Some('`') => break,
                    Some('\\') => match self.bump() {
                        Some(e @ ('$' | '`' | '\\')) => inner.push(e),
                        Some(e) => {
                            inner.push('\\');
                            inner.push(e);
                        }
                        None => return Err(ParseError::Incomplete("`")),
                    },
                    Some(c) => inner.push(c),
                }
            }
            let mut sub = Parser::new(&inner);
            sub.depth = self.depth;
            let list = sub.program()?;
            return Ok(Some(Part::Command(Rc::new(list))));
        }
        self.pos += 1; // the `$`
        match self.peek() {
            Some('(') if self.peek_at(1) == Some('(') => {
                if let Some(end) = self.arith_end(self.pos + 2) {
                    let text: String = self.src[self.pos + 2..end].iter().collect();
                    self.line += text.matches('\n').count();
                    self.pos = end + 2;
                    let mut sub = Parser::new(&text);
                    sub.depth = self.depth;
                    return Ok(Some(Part::Arith(sub.double_parts(None)?)));
                }
                self.cmd_subst()
            }
            Some('(') => self.cmd_subst(),
            Some('{') => {
                self.pos += 1;
                self.brace_param().map(Some)
            }
            Some(c) if is_name_start(c) => {
                let start = self.pos;
                while self.peek().is_some_and(is_name_char) {
                    self.pos += 1;
                }
                let name: String = self.src[start..self.pos].iter().collect();
                Ok(Some(param(name, ParamOp::Plain)))
            }
            Some(c) if c.is_ascii_digit() || "?#@*$!-".contains(c) => {
                self.pos += 1;
                Ok(Some(param(c.to_string(), ParamOp::Plain)))
            }
            _ => Ok(None),
        }
    }

    fn cmd_subst(&mut self) -> Result<Option<Part>, ParseError> {
        self.pos += 1; // `(`
        let list = self.list()?;
        self.skip_linebreaks();
        match self.peek() {
            Some(')') => {
                self.pos += 1;
                Ok(Some(Part::Command(Rc::new(list))))
            }
            None => Err(ParseError::Incomplete("$(")),
            _ => Err(self.unexpected()),
        }
    }

    fn brace_param(&mut self) -> Result<Part, ParseError> {
        let mut length = false;
        if self.peek() == Some('#') && self.peek_at(1).is_some_and(|c| c != '}') {
            length = true;
            self.pos += 1;
        }
        let start = self.pos;
        match self.peek() {
            Some(c) if is_name_start(c) => {
                while self.peek().is_some_and(is_name_char) {
                    self.pos += 1;
                }
            }
            Some(c) if c.is_ascii_digit() => {
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.pos += 1;
                }
            }
            Some(c) if "?#@*$!-".contains(c) => self.pos += 1,
            None => return Err(ParseError::Incomplete("${")),
            _ => return Err(ParseError::Unexpected("${".into(), self.line)),
        }
        let name: String = self.src[start..self.pos].iter().collect();
        if length {
            self.close_brace()?;
            return Ok(param(name, ParamOp::Length));
        }
        let (op, len) = match (self.peek(), self.peek_at(1)) {
            (Some('}'), _) => {
                self.pos += 1;
                return Ok(param(name, ParamOp::Plain));
            }
            (Some(':'), Some('-')) => (ParamOp::Default(true), 2),
            (Some(':'), Some('=')) => (ParamOp::Assign(true), 2),
            (Some(':'), Some('+')) => (ParamOp::Alternative(true), 2),
            (Some(':'), Some('?')) => (ParamOp::Error(true), 2),
            (Some(':'), _) => (ParamOp::Substring, 1),
            (Some('-'), _) => (ParamOp::Default(false), 1),
            (Some('='), _) => (ParamOp::Assign(false), 1),
            (Some('+'), _) => (ParamOp::Alternative(false), 1),
            (Some('?'), _) => (ParamOp::Error(false), 1),
            (Some('#'), Some('#')) => (ParamOp::TrimPrefix(true), 2),
            (Some('#'), _) => (ParamOp::TrimPrefix(false), 1),
            (Some('%'), Some('%')) => (ParamOp::TrimSuffix(true), 2),
            (Some('%'), _) => (ParamOp::TrimSuffix(false), 1),
            (Some('/'), Some('/')) => (ParamOp::Replace(true), 2),
            (Some('/'), _) => (ParamOp::Replace(false), 1),
            (None, _) => return Err(ParseError::Incomplete("${")),
            _ => return Err(ParseError::Unexpected("${".into(), self.line)),
        };
        self.pos += len;
        let mut extra = None;
        let word = match op {
            ParamOp::Replace(_) => {
                let w = self.word_until(&['/', '}'], true)?;
                if self.peek() == Some('/') {
                    self.pos += 1;
                    extra = Some(self.word_until(&['}'], true)?);
                }
                w
            }
            ParamOp::Substring => {
                let w = self.word_until(&[':', '}'], true)?;
                if self.peek() == Some(':') {
                    self.pos += 1;
                    extra = Some(self.word_until(&['}'], true)?);
                }
                w
            }
            _ => self.word_until(&['}'], true)?,
        };
        self.close_brace()?;
        Ok(Part::Param(Box::new(Param {
            name,
            op,
            word,
            extra,
        })))
    }

    fn close_brace(&mut self) -> Result<(), ParseError> {
        match self.peek() {
            Some('}') => {
                self.pos += 1;
                Ok(())
            }
            None => Err(ParseError::Incomplete("${")),
            _ => Err(ParseError::Unexpected("${".into(), self.line)),
        }
    }
}

fn flush(lit: &mut String, parts: &mut Vec<Part>) {
    if !lit.is_empty() {
        parts.push(Part::Lit(std::mem::take(lit)));
    }
}

fn param(name: String, op: ParamOp) -> Part {
    Part::Param(Box::new(Param {
        name,
        op,
        word: Word::default(),
        extra: None,
    }))
}

/// A word holding one unquoted literal.
pub fn lit_word(s: &str) -> Word {
    Word {
        parts: vec![Part::Lit(s.to_string())],
    }
}

/// Whether a line ends a heredoc body with this delimiter: `<<-` strips leading tabs first,
/// and a trailing carriage return (a pasted CRLF line) is ignored.
pub(super) fn ends_heredoc(line: &str, delim: &str, strip_tabs: bool) -> bool {
    let line = if strip_tabs {
        line.trim_start_matches('\t')
    } else {
        line
    };
    line == delim || line.trim_end_matches('\r') == delim
}

/// The text of one backslash escape as `echo -e`, `printf` and `$'...'` read it.
pub fn unescape_one(e: char) -> String {
    match e {
        'n' => "\n".into(),
        't' => "\t".into(),
        'r' => "\r".into(),
        'a' => "\x07".into(),
        'b' => "\x08".into(),
        'e' | 'E' => "\x1b".into(),
        'f' => "\x0c".into(),
        'v' => "\x0b".into(),
        '\\' => "\\".into(),
        '\'' => "'".into(),
        '"' => "\"".into(),
        '0' => "\0".into(),
        other => format!("\\{other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incomplete(src: &str) -> bool {
        let mut p = Parser::new(src);
        matches!(p.program(), Err(ParseError::Incomplete(_))) || p.heredoc_unterminated
    }

    #[test]
    fn parses_simple_and_compound() {
        let l = parse("A=1 echo hi > out; if true; then echo y; fi").unwrap();
        assert_eq!(l.len(), 2);
        match &l[0].first.commands[0] {
            Command::Simple(s) => {
                assert_eq!(s.assigns[0].name, "A");
                assert_eq!(s.words.len(), 2);
                assert_eq!(s.redirs[0].op, RedirOp::Out);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(l[1].first.commands[0], Command::If(..)));
    }

    #[test]
    fn detects_incomplete_input() {
        for src in [
            "echo 'abc",
            "echo \"abc",
            "if true; then",
            "for x in a b; do echo",
            "cat <<EOF\nline",
            "echo a |",
            "echo a &&",
            "echo $(ls",
            "f() {",
            "case x in",
            "echo `ls",
            "( echo",
        ] {
            assert!(incomplete(src), "{src}");
        }
        for src in [
            "echo hi",
            "cat <<EOF\nx\nEOF",
            "if a; then b; fi",
            "echo 'a' \"b\"",
        ] {
            assert!(!incomplete(src), "{src}");
        }
    }

    #[test]
    fn reports_unexpected_tokens() {
        assert_eq!(parse("fi"), Err(ParseError::Unexpected("fi".into(), 1)));
        assert_eq!(
            parse("echo a; ;"),
            Err(ParseError::Unexpected(";".into(), 1))
        );
        assert_eq!(parse("echo )"), Err(ParseError::Unexpected(")".into(), 1)));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let src = "(".repeat(10_000);
        assert_eq!(parse(&src), Err(ParseError::TooDeep));
        let src = "$(".repeat(10_000);
        assert!(parse(&format!("echo {src}")).is_err());
    }
}
