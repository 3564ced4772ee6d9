//! Parsing a Dockerfile into BuildKit's AST, and dumping it in BuildKit's test format.
//!
//! This is stage 1 of BuildKit's three (parse, instructions, dispatch): it turns bytes into
//! instruction nodes, accepting unknown keywords and flags and keeping quotes, and fails
//! only on structural problems. It mirrors `frontend/dockerfile/parser` closely because
//! the conformance corpus checks the result byte for byte; the quirks it keeps (Latin-1
//! flags, U+FFFD in words, no separator when joining continuation lines) are BuildKit's.

mod json;

pub use crate::goquote::{go_quote, go_quote_bytes, is_go_printable};
pub use json::{parse_json_array, JsonArray};

use super::expand::Lexer;
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::character::complete::satisfy;
use nom::combinator::recognize;
use nom::sequence::pair;
use nom::{IResult, Parser};

/// The longest physical line BuildKit's scanner accepts (its 64 KiB buffer minus the `\n`).
pub const MAX_LINE: usize = 65535;

/// ONBUILD triggers nest; BuildKit itself has no limit, but a bound keeps recursion (and
/// the recursive drop of the boxed chain) far from the stack limit on hostile input.
const MAX_ONBUILD_DEPTH: usize = 64;

/// A parsed Dockerfile: the instructions in file order plus what the directives set.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ast {
    /// The instructions, in file order.
    pub children: Vec<Node>,
    /// The escape character (`\` or `` ` ``).
    pub escape: char,
    /// Parser directives seen at the top, `(name lowercased, value)`, in order.
    pub directives: Vec<(String, String)>,
    /// Non-fatal findings, such as empty continuation lines.
    pub warnings: Vec<ParseWarning>,
}

impl Ast {
    /// First line of the first instruction, last line of the last (1-based).
    pub fn span(&self) -> (usize, usize) {
        let start = self.children.first().map_or(0, |n| n.start_line);
        let end = self.children.last().map_or(0, |n| n.end_line);
        (start, end)
    }

    /// The value of a directive (`syntax`, `escape`, `check`), if given.
    pub fn directive(&self, name: &str) -> Option<&str> {
        self.directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One instruction node, as BuildKit's parser produces it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    /// The keyword exactly as written (`FROM`, `from`, `Run`, or an unknown word).
    pub keyword: String,
    /// Leading `--flag` words, quotes removed (`--x="a b"` gives `--x=a b`).
    pub flags: Vec<String>,
    /// The arguments, split as the dump shows them. Invalid UTF-8 becomes U+FFFD here;
    /// [`Node::raw_args`] keeps the exact bytes.
    pub args: Vec<String>,
    /// The same arguments as exact bytes (what [`dump`] prints).
    pub raw_args: Vec<Vec<u8>>,
    /// For `ONBUILD`: the nested trigger instruction.
    pub onbuild: Option<Box<Node>>,
    /// Whether the arguments came from a JSON array (exec form).
    pub json: bool,
    /// The assembled instruction text, as BuildKit's `Original`: continuations joined.
    pub original: String,
    /// First physical line (1-based).
    pub start_line: usize,
    /// Last physical line consumed, including heredoc bodies (1-based).
    pub end_line: usize,
    /// Heredocs, in the order they appear on the line.
    pub heredocs: Vec<Heredoc>,
    /// The comment lines directly above the instruction, `#` and spaces removed.
    pub prev_comments: Vec<String>,
}

/// A heredoc attached to `RUN`, `COPY` or `ADD`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Heredoc {
    /// The delimiter with quotes removed.
    pub name: String,
    /// The body: raw lines with their line endings, up to (not including) the terminator.
    pub content: String,
    /// False when any part of the delimiter was quoted: the body is then never expanded.
    pub expand: bool,
    /// `<<-`: leading TABs are stripped from the terminator check and the body.
    pub chomp: bool,
    /// The file descriptor digits before `<<` (0 when absent).
    pub file_descriptor: u32,
}

/// A parser warning (the NoEmptyContinuation build check is built from these).
#[derive(Debug, Clone, PartialEq)]
pub struct ParseWarning {
    /// BuildKit's short text, e.g. `Empty continuation line found in: RUN a b`.
    pub short: String,
    /// The line it is reported on (1-based).
    pub line: usize,
}

/// A parse failure: BuildKit's message (no line prefix) and the lines it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// The message exactly as BuildKit words it.
    pub message: String,
    /// First line of the range (1-based; 0 when the file is empty).
    pub start_line: usize,
    /// Last line of the range.
    pub end_line: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

fn err(message: impl Into<String>, start_line: usize, end_line: usize) -> ParseError {
    ParseError {
        message: message.into(),
        start_line,
        end_line,
    }
}

/// Physical lines with their endings, stopping (like Go's `bufio.Scanner`) at a line that
/// is too long.
struct Lines<'a> {
    data: &'a [u8],
    pos: usize,
    too_long: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.too_long {
            return None;
        }
        let rest = self.data.get(self.pos..).filter(|r| !r.is_empty())?;
        let (line, content) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (rest.get(..=i)?, i),
            None => (rest, rest.len()),
        };
        if content > MAX_LINE {
            self.too_long = true;
            return None;
        }
        self.pos += line.len();
        Some(line)
    }
}

/// The directive state: the escape character and BuildKit's one-shot directive scanner.
struct Directives {
    escape: u8,
    done: bool,
    parsed: Vec<(String, String)>,
}

impl Directives {
    /// Looks at one line while the directive section is still open.
    fn observe(&mut self, line: &[u8]) -> Result<(), String> {
        if self.done {
            return Ok(());
        }
        let Some((name, value)) = directive_line(line) else {
            self.done = true;
            return Ok(());
        };
        let name = name.to_ascii_lowercase();
        if !matches!(name.as_str(), "syntax" | "escape" | "check") {
            self.done = true;
            return Ok(());
        }
        if self.parsed.iter().any(|(n, _)| *n == name) {
            return Err(format!("only one {name} parser directive can be used"));
        }
        if name == "escape" {
            match value.as_str() {
                "\\" => self.escape = b'\\',
                "`" => self.escape = b'`',
                _ => {
                    return Err(format!(
                        "invalid escape token '{value}' does not match ` or \\"
                    ))
                }
            }
        }
        self.parsed.push((name, value));
        Ok(())
    }
}

fn blanks(i: &[u8]) -> IResult<&[u8], &[u8]> {
    take_while(|b| b == b' ' || b == b'\t')(i)
}

/// `#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$`, BuildKit's directive pattern.
fn directive_line(line: &[u8]) -> Option<(String, String)> {
    let parsed: IResult<&[u8], &[u8]> = (|| {
        let (i, _) = tag(&b"#"[..])(line)?;
        let (i, _) = blanks(i)?;
        let (i, name) = recognize(pair(
            satisfy(|c| c.is_ascii_alphabetic()),
            take_while(|b: u8| b.is_ascii_alphanumeric()),
        ))
        .parse(i)?;
        let (i, _) = blanks(i)?;
        let (i, _) = tag(&b"="[..])(i)?;
        let (i, _) = blanks(i)?;
        Ok((i, name))
    })();
    let (value, name) = parsed.ok()?;
    let end = value
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(0, |p| p + 1);
    let value = value.get(..end).filter(|v| !v.is_empty())?;
    Some((
        String::from_utf8_lossy(name).into_owned(),
        String::from_utf8_lossy(value).into_owned(),
    ))
}

/// Go's `unicode.IsSpace` applied to a byte taken as a code point (BuildKit's byte loops).
fn is_space_byte(b: u8) -> bool {
    (b as char).is_whitespace()
}

/// Removes trailing `\r` and `\n` bytes.
fn trim_newline(b: &[u8]) -> &[u8] {
    let end = b
        .iter()
        .rposition(|&c| c != b'\r' && c != b'\n')
        .map_or(0, |p| p + 1);
    b.get(..end).unwrap_or_default()
}

/// Removes leading Unicode whitespace (invalid bytes are not whitespace).
fn trim_left_ws(mut b: &[u8]) -> &[u8] {
    loop {
        match crate::goquote::decode_utf8(b) {
            (Some(c), w) if c.is_whitespace() => b = b.get(w..).unwrap_or_default(),
            _ => return b,
        }
    }
}

/// Removes trailing Unicode whitespace.
fn trim_right_ws(b: &[u8]) -> &[u8] {
    let mut end = b.len();
    loop {
        // A UTF-8 scalar is at most 4 bytes: find the start of the last one.
        let from = end.saturating_sub(4);
        let Some(tail) = b.get(from..end) else {
            return b;
        };
        let mut found = None;
        for start in 0..tail.len() {
            if let (Some(c), w) = crate::goquote::decode_utf8(tail.get(start..).unwrap_or_default())
            {
                if start + w == tail.len() {
                    found = Some(c);
                    end = from + start;
                    break;
                }
            }
        }
        match found {
            Some(c) if c.is_whitespace() => continue,
            Some(c) => return b.get(..end + c.len_utf8()).unwrap_or(b),
            None => return b.get(..end).unwrap_or(b),
        }
    }
}

fn trim_ws(b: &[u8]) -> &[u8] {
    trim_right_ws(trim_left_ws(b))
}

/// BuildKit's continuation rule: the escape char followed only by spaces/tabs, and either
/// alone on the line or preceded by something other than the escape char.
fn trim_continuation(line: &[u8], escape: u8) -> (&[u8], bool) {
    let end = line
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(0, |p| p + 1);
    let body = line.get(..end).unwrap_or_default();
    match body.split_last() {
        Some((&last, before)) if last == escape => match before.last() {
            Some(&prev) if prev == escape => (line, true),
            _ => (before, false),
        },
        _ => (line, true),
    }
}

fn is_comment(raw: &[u8]) -> bool {
    trim_left_ws(trim_newline(raw)).first() == Some(&b'#')
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Parses a Dockerfile. Never panics; any byte sequence gives an AST or an error.
pub fn parse(bytes: &[u8]) -> Result<Ast, ParseError> {
    let data = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut lines = Lines {
        data,
        pos: 0,
        too_long: false,
    };
    let mut d = Directives {
        escape: b'\\',
        done: false,
        parsed: Vec::new(),
    };
    let mut current = 0usize;
    let mut comments: Vec<String> = Vec::new();
    let mut children = Vec::new();
    let mut warnings = Vec::new();

    while let Some(raw) = lines.next() {
        if is_comment(raw) {
            let text = trim_ws(raw.get(1..).unwrap_or_default());
            if text.is_empty() {
                comments.clear();
            } else {
                comments.push(lossy(text));
            }
        }
        let processed =
            process_line(&mut d, raw, true).map_err(|m| err(m, current + 1, current + 1))?;
        current += 1;
        let start = current;
        let (first, mut end_of_line) = trim_continuation(processed, d.escape);
        if end_of_line && first.is_empty() {
            continue;
        }
        let mut line = first.to_vec();
        let mut empty_continuation = false;
        while !end_of_line {
            let Some(raw) = lines.next() else { break };
            let processed =
                process_line(&mut d, raw, false).map_err(|m| err(m, current + 1, current + 1))?;
            current += 1;
            if is_comment(raw) {
                continue;
            }
            if trim_left_ws(trim_newline(processed)).is_empty() {
                empty_continuation = true;
                continue;
            }
            let (part, eol) = trim_continuation(processed, d.escape);
            end_of_line = eol;
            line.extend_from_slice(part);
        }
        if empty_continuation {
            warnings.push(ParseWarning {
                short: format!("Empty continuation line found in: {}", lossy(&line)),
                line: current,
            });
        }
        let mut child = node_from_line(&line, d.escape, 0).map_err(|m| err(m, start, current))?;
        if can_contain_heredoc(&child) && line.windows(2).any(|w| w == b"<<") {
            let docs = heredocs_from_line(&line).map_err(|m| err(m, start, current))?;
            for mut doc in docs {
                let mut body = Vec::new();
                let mut terminated = false;
                for raw in lines.by_ref() {
                    current += 1;
                    let mut candidate = trim_newline(raw);
                    if doc.chomp {
                        while let Some(rest) = candidate.strip_prefix(b"\t") {
                            candidate = rest;
                        }
                    }
                    if candidate == doc.name.as_bytes() {
                        terminated = true;
                        break;
                    }
                    body.extend_from_slice(raw);
                }
                if !terminated {
                    return Err(err("unterminated heredoc", start, current));
                }
                doc.content = lossy(&body);
                child.heredocs.push(doc);
            }
        }
        child.start_line = start;
        child.end_line = current;
        // An ONBUILD trigger shares its parent's lines.
        let mut nested = child.onbuild.as_deref_mut();
        while let Some(n) = nested {
            n.start_line = start;
            n.end_line = current;
            nested = n.onbuild.as_deref_mut();
        }
        child.prev_comments = std::mem::take(&mut comments);
        children.push(child);
    }

    if children.is_empty() {
        return Err(err("file with no instructions", current, 0));
    }
    if lines.too_long {
        return Err(err(
            format!("dockerfile line greater than max allowed size of {MAX_LINE}"),
            current + 1,
            current + 1,
        ));
    }
    Ok(Ast {
        children,
        escape: d.escape as char,
        directives: d.parsed,
        warnings,
    })
}

/// Trims the line ending (and leading whitespace on an instruction's first line), feeds the
/// directive scanner, and blanks out comment lines.
fn process_line<'a>(
    d: &mut Directives,
    raw: &'a [u8],
    strip_left: bool,
) -> Result<&'a [u8], String> {
    let mut token = trim_newline(raw);
    if strip_left {
        token = trim_left_ws(token);
    }
    d.observe(token)?;
    if is_comment(token) {
        return Ok(&[]);
    }
    Ok(token)
}

/// What an argument parser produced for one node.
#[derive(Default)]
struct Parsed {
    args: Vec<Vec<u8>>,
    json: bool,
    onbuild: Option<Box<Node>>,
}

/// Builds a node from an assembled instruction line (BuildKit's `newNodeFromLine`).
fn node_from_line(line: &[u8], escape: u8, depth: usize) -> Result<Node, String> {
    let trimmed = trim_ws(line);
    let split = trimmed.iter().position(|&b| is_split_ws(b));
    let (cmd, after) = match split {
        Some(p) => {
            let rest = trimmed.get(p..).unwrap_or_default();
            let skip = rest.iter().take_while(|&&b| is_split_ws(b)).count();
            (
                trimmed.get(..p).unwrap_or_default(),
                rest.get(skip..).unwrap_or_default(),
            )
        }
        None => (trimmed, &[][..]),
    };
    let (rest, flags) = if split.is_some() {
        extract_flags(after, escape)
    } else {
        (&[][..], Vec::new())
    };
    let rest = trim_ws(rest);
    let keyword = lossy(cmd);
    let parsed = match keyword.to_ascii_lowercase().as_str() {
        "add" | "copy" | "volume" => parse_maybe_json_to_list(rest)?,
        "arg" => Parsed {
            args: parse_words(rest, escape)
                .into_iter()
                .map(String::into_bytes)
                .collect(),
            ..Parsed::default()
        },
        "cmd" | "entrypoint" | "run" | "shell" => parse_maybe_json(rest)?,
        "env" => parse_name_val(rest, "ENV", escape)?,
        "label" => parse_name_val(rest, "LABEL", escape)?,
        "expose" | "from" => Parsed {
            args: split_ws(rest),
            ..Parsed::default()
        },
        "healthcheck" => parse_health(rest)?,
        "maintainer" | "stopsignal" | "user" | "workdir" => Parsed {
            args: if rest.is_empty() {
                vec![]
            } else {
                vec![rest.to_vec()]
            },
            ..Parsed::default()
        },
        "onbuild" => {
            if rest.is_empty() {
                Parsed::default()
            } else if depth >= MAX_ONBUILD_DEPTH {
                return Err("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed".into());
            } else {
                let child = node_from_line(rest, escape, depth + 1)?;
                Parsed {
                    onbuild: Some(Box::new(child)),
                    ..Parsed::default()
                }
            }
        }
        _ => Parsed {
            args: vec![Vec::new()],
            ..Parsed::default()
        },
    };
    Ok(Node {
        keyword,
        flags,
        args: parsed.args.iter().map(|a| lossy(a)).collect(),
        raw_args: parsed.args,
        onbuild: parsed.onbuild,
        json: parsed.json,
        original: lossy(line),
        ..Node::default()
    })
}

/// BuildKit's `reWhitespace`: `[\t\v\f\r ]`.
fn is_split_ws(b: u8) -> bool {
    matches!(b, b'\t' | 0x0B | 0x0C | b'\r' | b' ')
}

fn ws_run(i: &[u8]) -> IResult<&[u8], &[u8]> {
    take_while1(is_split_ws)(i)
}

/// Splits on runs of `[\t\v\f\r ]` (the text is already trimmed, so no empty pieces).
fn split_ws(rest: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = rest;
    while !i.is_empty() {
        let n = i.iter().take_while(|&&b| !is_split_ws(b)).count();
        out.push(i.get(..n).unwrap_or_default().to_vec());
        i = i.get(n..).unwrap_or_default();
        if let Ok((next, _)) = ws_run(i) {
            i = next;
        }
    }
    out
}

/// Takes the leading `--flag` words off; returns the remaining text and the flags.
fn extract_flags(line: &[u8], escape: u8) -> (&[u8], Vec<String>) {
    #[derive(PartialEq)]
    enum Phase {
        Spaces,
        Word,
        Quote,
    }
    let mut words = Vec::new();
    let mut phase = Phase::Spaces;
    let mut word = String::new();
    let mut quote = 0u8;
    let mut blank_ok = false;
    let mut pos = 0;
    let len = line.len();
    while pos <= len {
        let ch = line.get(pos).copied().unwrap_or(0);
        if phase == Phase::Spaces {
            if pos == len {
                break;
            }
            if is_space_byte(ch) {
                pos += 1;
                continue;
            }
            if ch != b'-' || line.get(pos + 1) != Some(&b'-') {
                return (line.get(pos..).unwrap_or_default(), words);
            }
            phase = Phase::Word;
        }
        if pos == len {
            if word != "--" && (blank_ok || !word.is_empty()) {
                words.push(word);
            }
            break;
        }
        let mut ch = ch;
        if phase == Phase::Word {
            if is_space_byte(ch) {
                phase = Phase::Spaces;
                if word == "--" {
                    return (line.get(pos..).unwrap_or_default(), words);
                }
                if blank_ok || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                word.clear();
                blank_ok = false;
                pos += 1;
                continue;
            }
            if ch == b'\'' || ch == b'"' {
                quote = ch;
                blank_ok = true;
                phase = Phase::Quote;
                pos += 1;
                continue;
            }
            if ch == escape {
                if pos + 1 == len {
                    pos += 1;
                    continue;
                }
                pos += 1;
                ch = line.get(pos).copied().unwrap_or(0);
            }
            // BuildKit stores each byte as a code point, so non-ASCII gets Latin-1 mangled.
            word.push(ch as char);
            pos += 1;
            continue;
        }
        // In a quote.
        if ch == quote {
            phase = Phase::Word;
            pos += 1;
            continue;
        }
        if ch == escape {
            if pos + 1 == len {
                phase = Phase::Word;
                pos += 1;
                continue;
            }
            pos += 1;
            ch = line.get(pos).copied().unwrap_or(0);
        }
        word.push(ch as char);
        pos += 1;
    }
    (&[], words)
}

/// BuildKit's quote-aware word splitter for ARG, ENV and LABEL. Quotes and escapes are
/// kept; invalid UTF-8 becomes U+FFFD.
pub fn parse_words(rest: &[u8], escape: u8) -> Vec<String> {
    #[derive(PartialEq)]
    enum Phase {
        Spaces,
        Word,
        Quote,
    }
    let escape = escape as char;
    let chars: Vec<char> = {
        let mut v = Vec::new();
        let mut r = rest;
        while !r.is_empty() {
            let (c, w) = crate::goquote::decode_utf8(r);
            v.push(c.unwrap_or('\u{fffd}'));
            r = r.get(w.max(1)..).unwrap_or_default();
        }
        v
    };
    let mut words = Vec::new();
    let mut phase = Phase::Spaces;
    let mut word = String::new();
    let mut quote = '\0';
    let mut blank_ok = false;
    let mut pos = 0;
    let len = chars.len();
    while pos <= len {
        let mut ch = chars.get(pos).copied().unwrap_or('\0');
        if phase == Phase::Spaces {
            if pos == len {
                break;
            }
            if ch.is_whitespace() {
                pos += 1;
                continue;
            }
            phase = Phase::Word;
        }
        if pos == len {
            if blank_ok || !word.is_empty() {
                words.push(word);
            }
            break;
        }
        if phase == Phase::Word {
            if ch.is_whitespace() {
                phase = Phase::Spaces;
                if blank_ok || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                blank_ok = false;
                pos += 1;
                continue;
            }
            if ch == '\'' || ch == '"' {
                quote = ch;
                blank_ok = true;
                phase = Phase::Quote;
            }
            if ch == escape {
                if pos + 1 == len {
                    pos += 1;
                    continue;
                }
                word.push(ch);
                pos += 1;
                ch = chars.get(pos).copied().unwrap_or('\0');
            }
            word.push(ch);
            pos += 1;
            continue;
        }
        // In a quote.
        if ch == quote {
            phase = Phase::Word;
        }
        if ch == escape && quote != '\'' {
            if pos + 1 == len {
                phase = Phase::Word;
                pos += 1;
                continue;
            }
            pos += 1;
            word.push(ch);
            ch = chars.get(pos).copied().unwrap_or('\0');
        }
        word.push(ch);
        pos += 1;
    }
    words
}

const NOT_STRINGS: &str = "when using JSON array syntax, arrays must be comprised of strings only";

fn parse_json(rest: &[u8]) -> Result<Option<Vec<Vec<u8>>>, String> {
    let rest = trim_left_ws(rest);
    if rest.first() != Some(&b'[') {
        return Ok(None);
    }
    match parse_json_array(rest) {
        JsonArray::Invalid => Ok(None),
        JsonArray::NotStrings => Err(NOT_STRINGS.into()),
        JsonArray::Strings(v) => Ok(Some(v.into_iter().map(String::into_bytes).collect())),
    }
}

fn parse_maybe_json(rest: &[u8]) -> Result<Parsed, String> {
    if rest.is_empty() {
        return Ok(Parsed::default());
    }
    Ok(match parse_json(rest)? {
        Some(args) => Parsed {
            args,
            json: true,
            onbuild: None,
        },
        None => Parsed {
            args: vec![rest.to_vec()],
            ..Parsed::default()
        },
    })
}

fn parse_maybe_json_to_list(rest: &[u8]) -> Result<Parsed, String> {
    Ok(match parse_json(rest)? {
        Some(args) => Parsed {
            args,
            json: true,
            onbuild: None,
        },
        None => Parsed {
            args: split_ws(rest),
            ..Parsed::default()
        },
    })
}

fn parse_name_val(rest: &[u8], key: &str, escape: u8) -> Result<Parsed, String> {
    let words = parse_words(rest, escape);
    let Some(first) = words.first() else {
        return Ok(Parsed::default());
    };
    if !first.contains('=') {
        let split = rest.iter().position(|&b| is_split_ws(b));
        let Some(p) = split else {
            return Err(format!("{key} must have two arguments"));
        };
        let value = rest.get(p..).unwrap_or_default();
        let skip = value.iter().take_while(|&&b| is_split_ws(b)).count();
        return Ok(Parsed {
            args: vec![
                rest.get(..p).unwrap_or_default().to_vec(),
                value.get(skip..).unwrap_or_default().to_vec(),
                Vec::new(),
            ],
            ..Parsed::default()
        });
    }
    let mut args = Vec::new();
    for word in words {
        let Some((k, v)) = word.split_once('=') else {
            return Err(format!(
                "Syntax error - can't find = in {}. Must be of the form: name=value",
                go_quote(&word)
            ));
        };
        args.push(k.as_bytes().to_vec());
        args.push(v.as_bytes().to_vec());
        args.push(b"=".to_vec());
    }
    Ok(Parsed {
        args,
        ..Parsed::default()
    })
}

fn parse_health(rest: &[u8]) -> Result<Parsed, String> {
    let sep = rest
        .iter()
        .position(|&b| is_space_byte(b))
        .unwrap_or(rest.len());
    if sep == 0 {
        return Ok(Parsed::default());
    }
    let after = rest.get(sep..).unwrap_or_default();
    let skip = after.iter().take_while(|&&b| is_space_byte(b)).count();
    let mut cmd = parse_maybe_json(after.get(skip..).unwrap_or_default())?;
    cmd.args
        .insert(0, rest.get(..sep).unwrap_or_default().to_vec());
    Ok(cmd)
}

fn can_contain_heredoc(node: &Node) -> bool {
    let mut n = node;
    if n.keyword.eq_ignore_ascii_case("onbuild") {
        if let Some(child) = &n.onbuild {
            n = child;
        }
    }
    let k = n.keyword.to_ascii_lowercase();
    matches!(k.as_str(), "add" | "copy" | "run") && !n.json
}

/// Matches `^(\d*)<<(-?)\s*([^<]*)$` and returns (fd digits, chomp, tail).
fn heredoc_word(w: &str) -> Option<(&str, bool, &str)> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let (fd, rest) = w.split_at_checked(digits)?;
    let rest = rest.strip_prefix("<<")?;
    let (chomp, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let rest = rest.trim_start_matches(['\t', '\n', '\x0c', '\r', ' ']);
    if rest.contains('<') {
        return None;
    }
    Some((fd, chomp, rest))
}

/// BuildKit's `heredocsFromLine`: the line is split shell-style (quotes and escapes kept,
/// unset variables empty); each word shaped like `<<NAME` whose name lexes to one word is a
/// heredoc. A lexing failure on the whole line means no heredocs (BuildKit ignores that
/// error); one on a name is a parse error.
fn heredocs_from_line(line: &[u8]) -> Result<Vec<Heredoc>, String> {
    let text = String::from_utf8_lossy(line);
    let no_env = |_: &str| -> Option<String> { None };
    let line_lexer = Lexer {
        escape: '\\',
        raw_quotes: true,
        raw_escapes: true,
        skip_unset_env: false,
    };
    let Ok(words) = line_lexer.process_words(&text, &no_env) else {
        return Ok(Vec::new());
    };
    let name_lexer = Lexer {
        skip_unset_env: true,
        ..Lexer::default()
    };
    let raw_name_lexer = Lexer {
        raw_quotes: true,
        ..name_lexer
    };
    let mut docs = Vec::new();
    for w in &words {
        let Some((fd, chomp, rest)) = heredoc_word(w) else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let cooked = name_lexer
            .process_words(rest, &no_env)
            .map_err(|e| e.to_string())?;
        let [name] = cooked.as_slice() else {
            continue;
        };
        let raw = raw_name_lexer
            .process_words(rest, &no_env)
            .map_err(|e| e.to_string())?;
        let [raw_name] = raw.as_slice() else {
            return Err(format!(
                "internal lexing of heredoc produced inconsistent results: {rest}"
            ));
        };
        let quotes = |s: &str| s.chars().filter(|&c| c == '\'' || c == '"').count();
        docs.push(Heredoc {
            name: name.clone(),
            content: String::new(),
            expand: quotes(name) == quotes(raw_name),
            chomp,
            file_descriptor: fd.parse().unwrap_or(0),
        });
    }
    Ok(docs)
}

/// Go's `strings.ToLower` for the keyword (simple per-character mapping).
fn go_lower(s: &str) -> String {
    s.chars().map(crate::case::lower_char).collect()
}

fn dump_node(node: &Node, out: &mut String) {
    let mut s = go_lower(&node.keyword);
    if !node.flags.is_empty() {
        s.push_str(" [");
        let flags: Vec<String> = node.flags.iter().map(|f| go_quote(f)).collect();
        s.push_str(&flags.join(" "));
        s.push(']');
    }
    if let Some(child) = &node.onbuild {
        s.push_str(" (");
        dump_node(child, &mut s);
        s.push(')');
    }
    for a in &node.raw_args {
        s.push(' ');
        s.push_str(&go_quote_bytes(a));
    }
    out.push_str(s.trim());
}

/// The AST in BuildKit's test `result` format: one `(...)` line per instruction, each
/// ending in `\n`.
pub fn dump(ast: &Ast) -> String {
    let mut out = String::new();
    for child in &ast.children {
        out.push('(');
        dump_node(child, &mut out);
        out.push_str(")\n");
    }
    out
}

/// `dockling parse FILE`: (stdout, stderr, exit code). The dump on success; BuildKit's
/// message on stderr and exit 1 on failure.
pub fn run_parse_tool(bytes: &[u8]) -> (String, String, i32) {
    match parse(bytes) {
        Ok(ast) => (dump(&ast), String::new(), 0),
        Err(e) => (String::new(), format!("{}\n", e.message), 1),
    }
}

#[cfg(test)]
mod tests;
