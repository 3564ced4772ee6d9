//! A YAML reader for compose files: the subset compose files use, with go-yaml's error wording.
//!
//! Block mappings and sequences (including sequences indented like their key), flow `[..]` and
//! `{..}`, plain, single- and double-quoted scalars (multi-line too), block scalars `|` and `>`
//! with chomping and indentation indicators, comments, anchors, aliases and merge keys `<<`,
//! tags (ignored) and `---` document markers. Errors are worded as `gopkg.in/yaml.v3` words
//! them, with its line rule: scanner errors name the 1-based line of the problem, parser
//! errors the 0-based line of the collection they were parsing (that quirk is go-yaml's).
//!
//! Not a crate: the maintained YAML crates cost 27–77 KB of gzipped wasm each, and none words
//! its errors as go-yaml does, which compose shows the learner verbatim.

use std::collections::BTreeMap;

/// A YAML value with the line it starts on (1-based).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// 1-based line of the node's first character.
    pub line: usize,
    /// The value.
    pub value: Value,
}

/// The three kinds of YAML values.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A scalar: its text and whether it was plain (unquoted, so `true`, `1`, `null` resolve).
    Scalar(String, bool),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in document order (keys are scalars).
    Map(Vec<(Node, Node)>),
}

/// What a plain scalar resolves to under YAML 1.2's core schema (as go-yaml v3 decodes it).
#[derive(Clone, Debug, PartialEq)]
pub enum Resolved<'a> {
    /// `null`, `~` or empty.
    Null,
    /// `true`/`false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// Anything else (and every quoted scalar).
    Str(&'a str),
}

impl Node {
    /// The scalar text, if this is a scalar.
    pub fn str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    /// How the scalar resolves (`None` for collections).
    pub fn resolve(&self) -> Option<Resolved<'_>> {
        let Value::Scalar(s, plain) = &self.value else {
            return None;
        };
        if !plain {
            return Some(Resolved::Str(s));
        }
        Some(match s.as_str() {
            "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
            "true" | "True" | "TRUE" => Resolved::Bool(true),
            "false" | "False" | "FALSE" => Resolved::Bool(false),
            t => {
                if let Some(i) = parse_int(t) {
                    Resolved::Int(i)
                } else if let Some(f) = parse_float(t) {
                    Resolved::Float(f)
                } else {
                    Resolved::Str(s)
                }
            }
        })
    }

    /// Whether this is a null scalar.
    pub fn is_null(&self) -> bool {
        matches!(self.resolve(), Some(Resolved::Null))
    }

    /// The value of `key` when this is a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

fn parse_int(t: &str) -> Option<i64> {
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if let Some(h) = digits.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = digits.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()?
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

fn parse_float(t: &str) -> Option<f64> {
    match t {
        ".inf" | ".Inf" | ".INF" | "+.inf" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    let ok = t.bytes().any(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if ok {
        t.parse().ok()
    } else {
        None
    }
}

/// A YAML error, printed as go-yaml prints it (`yaml: line 3: …`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// The line go-yaml names (0 when it names none).
    pub line: usize,
    /// The problem (`mapping values are not allowed in this context`).
    pub problem: String,
    /// Whether this is a decoding error (`yaml: unmarshal errors:` list).
    pub unmarshal: bool,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.unmarshal {
            return write!(
                f,
                "yaml: unmarshal errors:\n  line {}: {}",
                self.line, self.problem
            );
        }
        if self.line == 0 {
            write!(f, "yaml: {}", self.problem)
        } else {
            write!(f, "yaml: line {}: {}", self.line, self.problem)
        }
    }
}

/// Most nodes a document may expand to through aliases (go-yaml refuses "excessive aliasing").
const MAX_NODES: usize = 100_000;
/// Deepest nesting accepted.
const MAX_DEPTH: usize = 200;

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
    /// 0-based line and the byte offset where it starts.
    line: usize,
    line_start: usize,
    anchors: BTreeMap<String, Node>,
    nodes: usize,
    depth: usize,
}

type Res<T> = Result<T, YamlError>;

/// A scanner error: go-yaml names the 1-based line of the problem, except on the first line,
/// where its `line != 0` test leaves the line out.
fn scan_err(line0: usize, problem: &str) -> YamlError {
    YamlError {
        line: if line0 == 0 { 0 } else { line0 + 1 },
        problem: problem.to_string(),
        unmarshal: false,
    }
}

/// A scanner error with a context mark (where the token began) and a problem mark (where the
/// scanner gave up): go-yaml names the context's line unless it is the first, then the
/// problem's.
fn scan_err_at(context0: usize, problem0: usize, problem: &str) -> YamlError {
    let line = if context0 != 0 {
        context0 + 1
    } else if problem0 != 0 {
        problem0 + 1
    } else {
        0
    };
    YamlError {
        line,
        problem: problem.to_string(),
        unmarshal: false,
    }
}

/// A parser error: go-yaml names the 0-based line of the context mark, or of the problem
/// when the context starts on the first line, or nothing.
fn parse_err(context0: usize, problem0: usize, problem: &str) -> YamlError {
    YamlError {
        line: if context0 != 0 { context0 } else { problem0 },
        problem: problem.to_string(),
        unmarshal: false,
    }
}

/// Parses a YAML stream; returns the first document (an empty stream is a null node).
pub fn parse(text: &str) -> Result<Node, YamlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        src: text.as_bytes(),
        pos: 0,
        line: 0,
        line_start: 0,
        anchors: BTreeMap::new(),
        nodes: 0,
        depth: 0,
    };
    p.document()
}

impl Parser<'_> {
    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn at(&self, off: usize) -> u8 {
        self.src.get(self.pos + off).copied().unwrap_or(0)
    }

    fn eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn col(&self) -> usize {
        self.pos - self.line_start
    }

    fn bump(&mut self) {
        if self.peek() == b'\n' {
            self.line += 1;
            self.line_start = self.pos + 1;
        }
        self.pos += 1;
    }

    /// Whether the byte at `off` ends a token (space, newline, end).
    fn blank_at(&self, off: usize) -> bool {
        matches!(self.at(off), b' ' | b'\t' | b'\n' | b'\r' | 0)
    }

    /// Skips spaces (and tabs after content) on this line, and a comment.
    fn skip_inline(&mut self) {
        while matches!(self.peek(), b' ' | b'\t') {
            self.bump();
        }
        if self.peek() == b'#' {
            while !self.eof() && self.peek() != b'\n' {
                self.bump();
            }
        }
    }

    /// Moves to the next content character across blank and comment lines. A tab used as
    /// indentation is go-yaml's "found character that cannot start any token".
    fn skip_to_content(&mut self) -> Res<()> {
        loop {
            let at_line_start = self.pos == self.line_start;
            while self.peek() == b' ' {
                self.bump();
            }
            if self.peek() == b'\t' {
                // A tab before content on a line: fine on a blank or comment line only.
                let mut k = self.pos;
                while matches!(self.src.get(k), Some(b' ' | b'\t')) {
                    k += 1;
                }
                match self.src.get(k) {
                    None | Some(b'\n' | b'\r' | b'#') => {
                        self.pos = k;
                    }
                    _ if at_line_start || self.col() > 0 => {
                        return Err(scan_err(
                            self.line,
                            "found character that cannot start any token",
                        ))
                    }
                    _ => self.pos = k,
                }
            }
            match self.peek() {
                b'#' => {
                    while !self.eof() && self.peek() != b'\n' {
                        self.bump();
                    }
                }
                b'\r' | b'\n' => self.bump(),
                _ => return Ok(()),
            }
        }
    }

    /// Whether the cursor is at a `---` or `...` marker at the start of a line.
    fn at_doc_marker(&self) -> bool {
        self.col() == 0
            && (self.src[self.pos..].starts_with(b"---")
                || self.src[self.pos..].starts_with(b"..."))
            && self.blank_at(3)
    }

    fn document(&mut self) -> Res<Node> {
        self.skip_to_content()?;
        while self.peek() == b'%' && self.col() == 0 {
            while !self.eof() && self.peek() != b'\n' {
                self.bump();
            }
            self.skip_to_content()?;
        }
        if self.at_doc_marker() && self.peek() == b'-' {
            self.pos += 3;
            self.skip_inline();
            self.skip_to_content()?;
        }
        if self.eof() || self.at_doc_marker() {
            return Ok(Node {
                line: self.line + 1,
                value: Value::Scalar(String::new(), true),
            });
        }
        let node = self.block_node(-1, false)?;
        self.skip_to_content()?;
        if !self.eof() && !self.at_doc_marker() {
            return Err(parse_err(
                self.line,
                self.line,
                "did not find expected <document start>",
            ));
        }
        Ok(node)
    }

    fn count(&mut self, n: usize) -> Res<()> {
        self.nodes += n;
        if self.nodes > MAX_NODES {
            return Err(YamlError {
                line: 0,
                problem: "document contains excessive aliasing".into(),
                unmarshal: false,
            });
        }
        Ok(())
    }

    /// A node in block context whose content must be indented more than `parent`. `inline`
    /// is true when it follows `key: ` on the same line (where a mapping cannot start).
    fn block_node(&mut self, parent: i64, inline: bool) -> Res<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(scan_err(self.line, "exceeded max depth of 200"));
        }
        let r = self.block_node_inner(parent, inline);
        self.depth -= 1;
        r
    }

    fn block_node_inner(&mut self, parent: i64, inline: bool) -> Res<Node> {
        self.count(1)?;
        let mut anchor = None;
        let mut inline = inline;
        // Properties: an anchor and/or a tag, possibly followed by the node on later lines.
        loop {
            match self.peek() {
                b'&' => {
                    self.bump();
                    anchor = Some(self.anchor_name()?);
                }
                b'!' => {
                    while !self.blank_at(0) {
                        self.bump();
                    }
                }
                _ => break,
            }
            self.skip_inline();
            if matches!(self.peek(), b'\n' | b'\r' | 0) {
                let save = (self.pos, self.line, self.line_start);
                self.skip_to_content()?;
                if self.eof() || (self.col() as i64) <= parent && self.peek() != b'-' {
                    (self.pos, self.line, self.line_start) = save;
                    let node = Node {
                        line: self.line + 1,
                        value: Value::Scalar(String::new(), true),
                    };
                    return Ok(self.remember(anchor, node));
                }
                inline = false;
            }
        }
        let line0 = self.line;
        let col = self.col();
        let c = self.peek();
        let node = if c == b'-' && self.blank_at(1) {
            if inline {
                return Err(scan_err(
                    self.line,
                    "block sequence entries are not allowed in this context",
                ));
            }
            self.block_seq(col, false)?
        } else if c == b'*' {
            self.bump();
            let name = self.anchor_name()?;
            let node = self.alias(&name, line0)?;
            self.skip_inline();
            if self.peek() == b':' && self.blank_at(1) {
                self.block_map_from(col, node, inline, line0)?
            } else {
                node
            }
        } else if c == b'|' || c == b'>' {
            self.block_scalar(parent)?
        } else if c == b'[' || c == b'{' {
            let node = self.flow_node()?;
            self.skip_inline();
            if self.peek() == b':' && self.blank_at(1) {
                self.block_map_from(col, node, inline, line0)?
            } else {
                node
            }
        } else if c == b'?' && self.blank_at(1) {
            return Err(scan_err(self.line, "complex keys are not supported"));
        } else {
            let key_like = self.scalar_inline(parent)?;
            self.skip_inline();
            if self.peek() == b':' && self.blank_at(1) {
                if key_like.multiline {
                    return Err(scan_err(
                        self.line,
                        "mapping values are not allowed in this context",
                    ));
                }
                self.block_map_from(col, key_like.node, inline, line0)?
            } else {
                key_like.node
            }
        };
        Ok(self.remember(anchor, node))
    }

    fn remember(&mut self, anchor: Option<String>, node: Node) -> Node {
        if let Some(name) = anchor {
            self.anchors.insert(name, node.clone());
        }
        node
    }

    fn anchor_name(&mut self) -> Res<String> {
        let start = self.pos;
        while !self.blank_at(0) && !matches!(self.peek(), b',' | b']' | b'}' | b'[' | b'{') {
            self.bump();
        }
        if self.pos == start {
            return Err(scan_err(
                self.line,
                "did not find expected alphabetic or numeric character",
            ));
        }
        Ok(String::from_utf8_lossy(&self.src[start..self.pos]).into_owned())
    }

    fn alias(&mut self, name: &str, line0: usize) -> Res<Node> {
        let Some(node) = self.anchors.get(name).cloned() else {
            return Err(YamlError {
                line: 0,
                problem: format!("unknown anchor '{name}' referenced"),
                unmarshal: false,
            });
        };
        self.count(size_of(&node))?;
        Ok(Node {
            line: line0 + 1,
            value: node.value,
        })
    }

    /// A block mapping at column `col` whose first key has been read; the cursor is on ':'.
    fn block_map_from(&mut self, col: usize, first: Node, inline: bool, line0: usize) -> Res<Node> {
        if inline {
            return Err(scan_err(
                self.line,
                "mapping values are not allowed in this context",
            ));
        }
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut key = first;
        loop {
            // The cursor is on ':'.
            self.bump();
            self.skip_inline();
            let value = if matches!(self.peek(), b'\n' | b'\r' | 0) {
                let save = (self.pos, self.line, self.line_start);
                self.skip_to_content()?;
                let c = self.col();
                if self.eof()
                    || self.at_doc_marker()
                    || c < col
                    || (c == col && self.peek() != b'-')
                {
                    (self.pos, self.line, self.line_start) = save;
                    Node {
                        line: key.line,
                        value: Value::Scalar(String::new(), true),
                    }
                } else if c == col {
                    // A sequence indented like its key.
                    self.count(1)?;
                    self.block_seq(col, true)?
                } else {
                    self.block_node(col as i64, false)?
                }
            } else {
                self.block_node(col as i64, true)?
            };
            self.add_entry(&mut entries, key, value)?;
            self.skip_inline();
            if !matches!(self.peek(), b'\n' | b'\r' | 0) {
                return Err(parse_err(line0, self.line, "did not find expected key"));
            }
            let save = (self.pos, self.line, self.line_start);
            self.skip_to_content()?;
            if self.eof() || self.at_doc_marker() {
                break;
            }
            let c = self.col();
            if c < col {
                (self.pos, self.line, self.line_start) = save;
                break;
            }
            if c > col {
                return Err(parse_err(line0, self.line, "did not find expected key"));
            }
            if self.peek() == b'-' && self.blank_at(1) {
                return Err(parse_err(line0, self.line, "did not find expected key"));
            }
            key = self.map_key(col)?;
        }
        Ok(Node {
            line: line0 + 1,
            value: Value::Map(entries),
        })
    }

    /// A key of a block mapping at `col`, leaving the cursor on its ':'.
    fn map_key(&mut self, col: usize) -> Res<Node> {
        let line0 = self.line;
        let key = match self.peek() {
            b'*' => {
                self.bump();
                let name = self.anchor_name()?;
                self.alias(&name, line0)?
            }
            b'[' | b'{' => self.flow_node()?,
            b'?' if self.blank_at(1) => {
                return Err(scan_err(self.line, "complex keys are not supported"))
            }
            _ => {
                let s = self.scalar_inline(col as i64)?;
                if s.multiline {
                    return Err(scan_err(
                        self.line,
                        "mapping values are not allowed in this context",
                    ));
                }
                s.node
            }
        };
        self.skip_inline();
        if self.peek() == b':' && self.blank_at(1) {
            return Ok(key);
        }
        // libyaml notices the missing ':' at the next token, on a later line.
        Err(scan_err_at(line0, line0 + 1, "could not find expected ':'"))
    }

    fn add_entry(&mut self, entries: &mut Vec<(Node, Node)>, key: Node, value: Node) -> Res<()> {
        if key.str() == Some("<<") && matches!(key.value, Value::Scalar(_, true)) {
            let sources: Vec<Node> = match value.value {
                Value::Map(_) => vec![value],
                Value::Seq(items) => items,
                _ => {
                    return Err(YamlError {
                        line: value.line,
                        problem: "map merge requires map or sequence of maps as the value".into(),
                        unmarshal: true,
                    })
                }
            };
            for source in sources {
                let Value::Map(pairs) = source.value else {
                    return Err(YamlError {
                        line: source.line,
                        problem: "map merge requires map or sequence of maps as the value".into(),
                        unmarshal: true,
                    });
                };
                for (mut k, v) in pairs {
                    if !entries.iter().any(|(e, _)| e.str() == k.str()) {
                        // Line 0 marks a merged key, which the map's own keys may override.
                        k.line = 0;
                        entries.push((k, v));
                    }
                }
            }
            return Ok(());
        }
        if let Some(i) = entries.iter().position(|(k, _)| k.str() == key.str()) {
            // Keys brought in by a merge may be overridden; written twice is an error.
            if entries[i].0.line != 0 {
                return Err(YamlError {
                    line: key.line,
                    problem: format!(
                        "mapping key {} already defined at line {}",
                        go_quote(key.str().unwrap_or_default()),
                        entries[i].0.line
                    ),
                    unmarshal: true,
                });
            }
            entries[i] = (key, value);
            return Ok(());
        }
        entries.push((key, value));
        Ok(())
    }

    /// A block sequence whose `-` is at column `col`; `indentless` when it is a mapping's value
    /// written at the key's own column (it then ends at the next key).
    fn block_seq(&mut self, col: usize, indentless: bool) -> Res<Node> {
        let line0 = self.line;
        let mut items = Vec::new();
        loop {
            // The cursor is on '-'.
            self.bump();
            self.skip_inline();
            let item = if matches!(self.peek(), b'\n' | b'\r' | 0) {
                let save = (self.pos, self.line, self.line_start);
                self.skip_to_content()?;
                if self.eof() || self.at_doc_marker() || self.col() <= col {
                    (self.pos, self.line, self.line_start) = save;
                    Node {
                        line: self.line + 1,
                        value: Value::Scalar(String::new(), true),
                    }
                } else {
                    self.block_node(col as i64, false)?
                }
            } else {
                // `- key: value` starts a mapping at the key's column.
                self.block_node(col as i64, false)?
            };
            items.push(item);
            self.skip_inline();
            if !matches!(self.peek(), b'\n' | b'\r' | 0) {
                return Err(parse_err(
                    line0,
                    self.line,
                    "did not find expected '-' indicator",
                ));
            }
            let save = (self.pos, self.line, self.line_start);
            self.skip_to_content()?;
            if self.eof() || self.at_doc_marker() {
                break;
            }
            let c = self.col();
            if c < col {
                (self.pos, self.line, self.line_start) = save;
                break;
            }
            let dash = self.peek() == b'-' && self.blank_at(1);
            if c > col || !dash {
                if c == col && indentless {
                    // The end of an indentless sequence: the parent mapping goes on.
                    (self.pos, self.line, self.line_start) = save;
                    break;
                }
                return Err(parse_err(
                    line0,
                    self.line,
                    "did not find expected '-' indicator",
                ));
            }
        }
        Ok(Node {
            line: line0 + 1,
            value: Value::Seq(items),
        })
    }

    /// A scalar in block context on this line (plain ones may continue on more-indented lines).
    fn scalar_inline(&mut self, parent: i64) -> Res<Scanned> {
        let line0 = self.line;
        match self.peek() {
            b'"' => Ok(Scanned {
                node: self.double_quoted()?,
                multiline: self.line != line0,
            }),
            b'\'' => Ok(Scanned {
                node: self.single_quoted()?,
                multiline: self.line != line0,
            }),
            b'@' | b'`' => Err(scan_err(
                self.line,
                "found character that cannot start any token",
            )),
            b'%' if self.col() == 0 => Err(scan_err(
                self.line,
                "found character that cannot start any token",
            )),
            b',' | b']' | b'}' => Err(parse_err(
                self.line,
                self.line,
                "did not find expected node content",
            )),
            _ => self.plain_block(parent),
        }
    }

    fn plain_block(&mut self, parent: i64) -> Res<Scanned> {
        let line0 = self.line;
        let mut text = self.plain_line(false);
        let mut multiline = false;
        // Continuation lines: more indented than the parent, not a comment.
        loop {
            let save = (self.pos, self.line, self.line_start);
            if !matches!(self.peek(), b'\n' | b'\r') {
                break;
            }
            let mut breaks = 0;
            while matches!(self.peek(), b'\n' | b'\r') {
                if self.peek() == b'\n' {
                    breaks += 1;
                }
                self.bump();
                while self.peek() == b' ' {
                    self.bump();
                }
                if self.peek() == b'\t' {
                    let mut k = self.pos;
                    while matches!(self.src.get(k), Some(b' ' | b'\t')) {
                        k += 1;
                    }
                    self.pos = k;
                }
            }
            let col = self.col() as i64;
            if self.eof()
                || col <= parent
                || self.peek() == b'#'
                || self.at_doc_marker()
                || (self.peek() == b'-' && self.blank_at(1) && col <= parent + 1)
            {
                (self.pos, self.line, self.line_start) = save;
                break;
            }
            let more = self.plain_line(false);
            if more.is_empty() {
                (self.pos, self.line, self.line_start) = save;
                break;
            }
            if breaks > 1 {
                text.push_str(&"\n".repeat(breaks - 1));
            } else {
                text.push(' ');
            }
            text.push_str(&more);
            multiline = true;
        }
        let node = Node {
            line: line0 + 1,
            value: Value::Scalar(text, true),
        };
        Ok(Scanned { node, multiline })
    }

    /// The text of a plain scalar up to the end of this line, `: `, ` #` (or a flow indicator).
    fn plain_line(&mut self, flow: bool) -> String {
        let start = self.pos;
        let mut end = self.pos;
        loop {
            let c = self.peek();
            match c {
                0 | b'\n' | b'\r' => break,
                b':' if self.blank_at(1)
                    || (flow && matches!(self.at(1), b',' | b']' | b'}' | b'[' | b'{')) =>
                {
                    break
                }
                b'#' if self.pos > start && matches!(self.src[self.pos - 1], b' ' | b'\t') => break,
                b',' | b']' | b'}' | b'[' | b'{' if flow => break,
                _ => {}
            }
            self.bump();
            if !matches!(c, b' ' | b'\t') {
                end = self.pos;
            }
        }
        // Leave trailing spaces unread so `skip_inline` sees a comment after them.
        self.pos = end;
        String::from_utf8_lossy(&self.src[start..end]).into_owned()
    }

    fn double_quoted(&mut self) -> Res<Node> {
        let line0 = self.line;
        self.bump();
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                0 if self.eof() => {
                    return Err(scan_err_at(
                        line0,
                        self.line,
                        "found unexpected end of stream",
                    ))
                }
                b'"' => {
                    self.bump();
                    break;
                }
                b'\\' => {
                    self.bump();
                    let e = self.peek();
                    self.bump();
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' | b'\t' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'0' => out.push(0),
                        b'a' => out.push(7),
                        b'b' => out.push(8),
                        b'e' => out.push(0x1b),
                        b'f' => out.push(12),
                        b'v' => out.push(11),
                        b' ' => out.push(b' '),
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'N' => out.extend("\u{85}".as_bytes()),
                        b'_' => out.extend("\u{a0}".as_bytes()),
                        b'\n' => {
                            while matches!(self.peek(), b' ' | b'\t') {
                                self.bump();
                            }
                        }
                        b'x' | b'u' | b'U' => {
                            let n = match e {
                                b'x' => 2,
                                b'u' => 4,
                                _ => 8,
                            };
                            let hex: String =
                                (0..n).map(|k| self.at(k) as char).collect::<String>();
                            let Some(ch) =
                                u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                            else {
                                return Err(scan_err(
                                    self.line,
                                    "did not find expected hexdecimal number",
                                ));
                            };
                            for _ in 0..n {
                                self.bump();
                            }
                            let mut buf = [0u8; 4];
                            out.extend(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => {
                            return Err(scan_err(
                                self.line,
                                "found unknown escape character while parsing a quoted scalar",
                            ))
                        }
                    }
                }
                b'\n' | b'\r' => self.fold_quoted(&mut out)?,
                c => {
                    out.push(c);
                    self.bump();
                }
            }
        }
        Ok(Node {
            line: line0 + 1,
            value: Value::Scalar(String::from_utf8_lossy(&out).into_owned(), false),
        })
    }

    /// Line folding inside a quoted scalar: one break is a space, more are newlines.
    fn fold_quoted(&mut self, out: &mut Vec<u8>) -> Res<()> {
        while matches!(out.last(), Some(b' ' | b'\t')) {
            out.pop();
        }
        let mut breaks = 0;
        while matches!(self.peek(), b'\n' | b'\r' | b' ' | b'\t') {
            if self.peek() == b'\n' {
                breaks += 1;
            }
            self.bump();
        }
        if self.at_doc_marker() {
            return Err(scan_err(self.line, "found unexpected document indicator"));
        }
        if breaks > 1 {
            out.extend(std::iter::repeat_n(b'\n', breaks - 1));
        } else {
            out.push(b' ');
        }
        Ok(())
    }

    fn single_quoted(&mut self) -> Res<Node> {
        let line0 = self.line;
        self.bump();
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                0 if self.eof() => {
                    return Err(scan_err_at(
                        line0,
                        self.line,
                        "found unexpected end of stream",
                    ))
                }
                b'\'' if self.at(1) == b'\'' => {
                    out.push(b'\'');
                    self.bump();
                    self.bump();
                }
                b'\'' => {
                    self.bump();
                    break;
                }
                b'\n' | b'\r' => self.fold_quoted(&mut out)?,
                c => {
                    out.push(c);
                    self.bump();
                }
            }
        }
        Ok(Node {
            line: line0 + 1,
            value: Value::Scalar(String::from_utf8_lossy(&out).into_owned(), false),
        })
    }

    /// A literal (`|`) or folded (`>`) block scalar; `parent` is the enclosing indentation.
    fn block_scalar(&mut self, parent: i64) -> Res<Node> {
        let line0 = self.line;
        let folded = self.peek() == b'>';
        self.bump();
        let mut chomp = 0i8; // -1 strip, 0 clip, 1 keep
        let mut explicit: Option<usize> = None;
        for _ in 0..2 {
            match self.peek() {
                b'-' => chomp = -1,
                b'+' => chomp = 1,
                d @ b'1'..=b'9' => explicit = Some((d - b'0') as usize),
                _ => break,
            }
            self.bump();
        }
        self.skip_inline();
        if !matches!(self.peek(), b'\n' | b'\r' | 0) {
            return Err(scan_err(
                self.line,
                "did not find expected comment or line break",
            ));
        }
        if self.peek() == b'\r' {
            self.bump();
        }
        if self.peek() == b'\n' {
            self.bump();
        }
        let base = (parent + 1).max(0) as usize;
        // Collect lines while they are blank or indented at least the content indentation.
        let mut lines: Vec<String> = Vec::new();
        let mut indent = explicit.map(|e| parent.max(0) as usize + e);
        loop {
            if self.eof() {
                break;
            }
            let start = self.pos;
            let mut sp = 0;
            while self.at(sp) == b' ' {
                sp += 1;
            }
            let rest_blank = matches!(self.at(sp), b'\n' | b'\r' | 0);
            if indent.is_none() && !rest_blank {
                if sp < base {
                    break;
                }
                indent = Some(sp);
            }
            let need = indent.unwrap_or(usize::MAX);
            if !rest_blank && sp < need {
                break;
            }
            if self.col() == 0
                && (self.src[start..].starts_with(b"---") || self.src[start..].starts_with(b"..."))
                && matches!(self.src.get(start + 3), None | Some(b' ' | b'\n' | b'\r'))
            {
                break;
            }
            let from = start + need.min(sp);
            let mut end = start + sp;
            while !matches!(self.src.get(end), None | Some(b'\n')) {
                end += 1;
            }
            let text = String::from_utf8_lossy(&self.src[from.min(end)..end])
                .trim_end_matches('\r')
                .to_string();
            lines.push(if rest_blank { String::new() } else { text });
            while self.pos < end {
                self.pos += 1;
            }
            if self.peek() == b'\n' {
                self.bump();
            }
        }
        // Step back to the start of the line that ended the scalar.
        if self.pos != self.line_start {
            // Only at EOF without a final newline.
        }
        let trailing = lines.iter().rev().take_while(|l| l.is_empty()).count();
        let body_len = lines.len() - trailing;
        let mut body = if folded {
            fold_blank_runs(&lines[..body_len])
        } else {
            lines[..body_len].join("\n")
        };
        match chomp {
            -1 => {}
            0 => {
                if body_len > 0 {
                    body.push('\n');
                }
            }
            _ => {
                if body_len > 0 {
                    body.push('\n');
                }
                for _ in 0..trailing {
                    body.push('\n');
                }
            }
        }
        // The cursor is at the start of the next line; a block node ends at a line break.
        if self.pos > 0 && self.src.get(self.pos - 1) == Some(&b'\n') {
            self.pos -= 1;
            self.line -= 1;
            self.line_start = self.src[..self.pos]
                .iter()
                .rposition(|&b| b == b'\n')
                .map(|p| p + 1)
                .unwrap_or(0);
        }
        Ok(Node {
            line: line0 + 1,
            value: Value::Scalar(body, false),
        })
    }

    /// A flow collection `[..]` or `{..}`, possibly over several lines.
    fn flow_node(&mut self) -> Res<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(scan_err(self.line, "exceeded max depth of 200"));
        }
        let r = self.flow_node_inner();
        self.depth -= 1;
        r
    }

    fn flow_skip(&mut self) -> Res<()> {
        loop {
            match self.peek() {
                b' ' | b'\t' | b'\r' | b'\n' => self.bump(),
                b'#' => {
                    while !self.eof() && self.peek() != b'\n' {
                        self.bump();
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn flow_node_inner(&mut self) -> Res<Node> {
        self.count(1)?;
        let line0 = self.line;
        let open = self.peek();
        let close = if open == b'[' { b']' } else { b'}' };
        let (context_problem, is_seq) = if open == b'[' {
            ("did not find expected ',' or ']'", true)
        } else {
            ("did not find expected ',' or '}'", false)
        };
        self.bump();
        let mut items = Vec::new();
        let mut entries: Vec<(Node, Node)> = Vec::new();
        loop {
            self.flow_skip()?;
            if self.peek() == close {
                self.bump();
                break;
            }
            if self.eof() {
                return Err(parse_err(line0, self.line, context_problem));
            }
            let first = self.flow_item()?;
            self.flow_skip()?;
            if self.peek() == b':' {
                self.bump();
                self.flow_skip()?;
                let value = if matches!(self.peek(), b',' | b']' | b'}') {
                    Node {
                        line: self.line + 1,
                        value: Value::Scalar(String::new(), true),
                    }
                } else {
                    self.flow_item()?
                };
                if is_seq {
                    items.push(Node {
                        line: first.line,
                        value: Value::Map(vec![(first, value)]),
                    });
                } else {
                    self.add_entry(&mut entries, first, value)?;
                }
            } else if is_seq {
                items.push(first);
            } else {
                let null = Node {
                    line: first.line,
                    value: Value::Scalar(String::new(), true),
                };
                self.add_entry(&mut entries, first, null)?;
            }
            self.flow_skip()?;
            match self.peek() {
                b',' => self.bump(),
                c if c == close => {}
                _ => return Err(parse_err(line0, self.line, context_problem)),
            }
        }
        Ok(Node {
            line: line0 + 1,
            value: if is_seq {
                Value::Seq(items)
            } else {
                Value::Map(entries)
            },
        })
    }

    fn flow_item(&mut self) -> Res<Node> {
        let line0 = self.line;
        let mut anchor = None;
        loop {
            match self.peek() {
                b'&' => {
                    self.bump();
                    anchor = Some(self.anchor_name()?);
                    self.flow_skip()?;
                }
                b'!' => {
                    while !self.blank_at(0) && !matches!(self.peek(), b',' | b']' | b'}') {
                        self.bump();
                    }
                    self.flow_skip()?;
                }
                _ => break,
            }
        }
        let node = match self.peek() {
            b'[' | b'{' => self.flow_node()?,
            b'"' => self.double_quoted()?,
            b'\'' => self.single_quoted()?,
            b'*' => {
                self.bump();
                let name = self.anchor_name()?;
                self.alias(&name, line0)?
            }
            b'@' | b'`' => {
                return Err(scan_err(
                    self.line,
                    "found character that cannot start any token",
                ))
            }
            _ => {
                let text = self.plain_line(true);
                Node {
                    line: line0 + 1,
                    value: Value::Scalar(text, true),
                }
            }
        };
        Ok(self.remember(anchor, node))
    }
}

struct Scanned {
    node: Node,
    multiline: bool,
}

/// Folds the lines of a `>` scalar: single breaks between text lines become spaces.
fn fold_blank_runs(lines: &[String]) -> String {
    let mut out = String::new();
    let mut pending_breaks = 0usize;
    let mut prev_more_indented = false;
    for (i, l) in lines.iter().enumerate() {
        if l.is_empty() {
            pending_breaks += 1;
            continue;
        }
        let more = l.starts_with([' ', '\t']);
        if i > 0 {
            if pending_breaks == 0 {
                out.push(if more || prev_more_indented {
                    '\n'
                } else {
                    ' '
                });
            } else {
                let n = if more || prev_more_indented {
                    pending_breaks + 1
                } else {
                    pending_breaks
                };
                out.push_str(&"\n".repeat(n));
            }
        } else {
            out.push_str(&"\n".repeat(pending_breaks));
        }
        pending_breaks = 0;
        prev_more_indented = more;
        out.push_str(l);
    }
    out
}

fn size_of(node: &Node) -> usize {
    match &node.value {
        Value::Scalar(..) => 1,
        Value::Seq(items) => 1 + items.iter().map(size_of).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| size_of(k) + size_of(v))
                .sum::<usize>()
        }
    }
}

/// Go's `%q` of a string, as go-yaml's messages quote keys.
fn go_quote(s: &str) -> String {
    crate::goquote::go_quote(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(n: &Node) -> String {
        match &n.value {
            Value::Scalar(t, _) => format!("{t:?}"),
            Value::Seq(items) => {
                format!("[{}]", items.iter().map(s).collect::<Vec<_>>().join(", "))
            }
            Value::Map(e) => format!(
                "{{{}}}",
                e.iter()
                    .map(|(k, v)| format!("{}: {}", s(k), s(v)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    fn ok(text: &str) -> String {
        s(&parse(text).unwrap_or_else(|e| panic!("{e} in {text:?}")))
    }

    fn err(text: &str) -> String {
        parse(text).expect_err(text).to_string()
    }

    #[test]
    fn block_structures() {
        assert_eq!(
            ok("services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80\"\n"),
            r#"{"services": {"web": {"image": "nginx", "ports": ["80:80"]}}}"#
        );
        assert_eq!(ok("a:\n- 1\n- 2\nb: x\n"), r#"{"a": ["1", "2"], "b": "x"}"#);
        assert_eq!(
            ok("- name: a\n  v: 1\n- b\n"),
            r#"[{"name": "a", "v": "1"}, "b"]"#
        );
        assert_eq!(ok("a: # c\n  b: c # d\n"), r#"{"a": {"b": "c"}}"#);
        assert_eq!(ok("a:\nb: 1\n"), r#"{"a": "", "b": "1"}"#);
        assert_eq!(ok("k: a long\n  plain\n"), r#"{"k": "a long plain"}"#);
        assert_eq!(ok(""), r#""""#);
        assert_eq!(ok("---\na: 1\n"), r#"{"a": "1"}"#);
        assert_eq!(ok("url: http://x:80/y\n"), r#"{"url": "http://x:80/y"}"#);
    }

    #[test]
    fn flow_and_quotes() {
        assert_eq!(
            ok("c: [\"CMD\", \"pg_isready\", '-U', x]\n"),
            r#"{"c": ["CMD", "pg_isready", "-U", "x"]}"#
        );
        assert_eq!(
            ok("m: {a: 1, b: [x, y]}\n"),
            r#"{"m": {"a": "1", "b": ["x", "y"]}}"#
        );
        assert_eq!(ok("e: {}\nf: []\n"), r#"{"e": {}, "f": []}"#);
        assert_eq!(ok("q: \"a\\tb\\u0041\"\n"), r#"{"q": "a\tbA"}"#);
        assert_eq!(ok("q: 'it''s'\n"), r#"{"q": "it's"}"#);
        assert_eq!(ok("c: [a,\n  b]\n"), r#"{"c": ["a", "b"]}"#);
    }

    #[test]
    fn block_scalars() {
        assert_eq!(ok("s: |\n  a\n  b\nt: 1\n"), r#"{"s": "a\nb\n", "t": "1"}"#);
        assert_eq!(ok("s: >\n  a\n  b\n"), r#"{"s": "a b\n"}"#);
        assert_eq!(ok("s: |-\n  a\n\n"), r#"{"s": "a"}"#);
        assert_eq!(ok("s: |+\n  a\n\n"), r#"{"s": "a\n\n"}"#);
        assert_eq!(ok("- |\n  sh -c\n  x\n- y\n"), r#"["sh -c\nx\n", "y"]"#);
    }

    #[test]
    fn anchors_and_merges() {
        assert_eq!(
            ok("x-base: &base\n  image: a\n  restart: always\nweb:\n  <<: *base\n  image: b\n"),
            r#"{"x-base": {"image": "a", "restart": "always"}, "web": {"image": "b", "restart": "always"}}"#
        );
        assert_eq!(
            ok("e: &env\n  A: 1\nl:\n  - *env\n"),
            r#"{"e": {"A": "1"}, "l": [{"A": "1"}]}"#
        );
        assert_eq!(err("a: *nope\n"), "yaml: unknown anchor 'nope' referenced");
    }

    #[test]
    fn go_yaml_errors() {
        assert_eq!(
            err("services:\n  web:\n    image: nginx: latest\n"),
            "yaml: line 3: mapping values are not allowed in this context"
        );
        assert_eq!(
            err("services:\n  web:\n\timage: nginx\n"),
            "yaml: line 3: found character that cannot start any token"
        );
        assert_eq!(
            err("services:\n  web:\n    image: nginx\n   ports:\n"),
            "yaml: line 1: did not find expected key"
        );
        assert_eq!(
            err("a: \"open\nb: 1\n"),
            "yaml: line 3: found unexpected end of stream"
        );
        assert_eq!(
            err("a: 1\na: 2\n"),
            "yaml: unmarshal errors:\n  line 2: mapping key \"a\" already defined at line 1"
        );
        assert_eq!(
            err("a: - b\n"),
            "yaml: block sequence entries are not allowed in this context"
        );
        assert_eq!(
            err("a:\n  b: 1\n  c\n"),
            "yaml: line 3: could not find expected ':'"
        );
        // On the first line go-yaml names no line at all.
        assert_eq!(
            err("services: web: image: nginx\n"),
            "yaml: mapping values are not allowed in this context"
        );
        assert_eq!(
            err("- a\nb: c\n"),
            "yaml: line 1: did not find expected '-' indicator"
        );
    }

    #[test]
    fn resolution() {
        let n = parse("a: 1\nb: true\nc: ~\nd: '1'\ne: 1.5\nf: yes\n").unwrap();
        assert_eq!(n.get("a").unwrap().resolve(), Some(Resolved::Int(1)));
        assert_eq!(n.get("b").unwrap().resolve(), Some(Resolved::Bool(true)));
        assert_eq!(n.get("c").unwrap().resolve(), Some(Resolved::Null));
        assert_eq!(n.get("d").unwrap().resolve(), Some(Resolved::Str("1")));
        assert_eq!(n.get("e").unwrap().resolve(), Some(Resolved::Float(1.5)));
        assert_eq!(n.get("f").unwrap().resolve(), Some(Resolved::Str("yes")));
    }
}
