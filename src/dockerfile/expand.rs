//! Variable expansion and word splitting as BuildKit's shell lexer does it.
//!
//! BuildKit expands `$VAR` and `${VAR...}` in the arguments of most Dockerfile instructions
//! (ENV, ARG, COPY, WORKDIR, LABEL, USER, EXPOSE, FROM ...) with its own small lexer, not with
//! a real shell. This module reproduces that lexer's observable behaviour, quirks included, and
//! is checked against BuildKit's own `envVarTest` and `wordsTest` tables
//! (`tests/dockerfile_shell.rs`).
//!
//! Supported forms are exactly BuildKit's: `$NAME`, `${NAME}`, `${NAME-w}`, `${NAME:-w}`,
//! `${NAME+w}`, `${NAME:+w}`, `${NAME?msg}`, `${NAME:?msg}`, `${NAME#pat}`, `${NAME##pat}`,
//! `${NAME%pat}`, `${NAME%%pat}`, `${NAME/pat/repl}` and `${NAME//pat/repl}`. Anything else —
//! `${NAME:=w}`, `${#NAME}` (length), `${NAME:1:2}` — is an `unsupported modifier` error, as in
//! BuildKit; bash's length form is deliberately *not* accepted because Docker rejects it.

use std::collections::BTreeSet;
use std::fmt;

/// How deeply `${a:-${b:-...}}` may nest before expansion gives up.
///
/// BuildKit has no limit (Go stacks grow); a bound keeps hostile input from overflowing the
/// stack here, and no real Dockerfile comes near it.
const MAX_NESTING: usize = 100;

/// dockling's bound on an expanded word: `ENV A=${A}${A}` repeated doubles a value each line.
pub const MAX_VALUE: usize = 1 << 20;

/// The expansion settings: BuildKit's `shell.Lex`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lexer {
    /// The escape character: `\` by default, `` ` `` under `# escape=``.
    pub escape: char,
    /// Keep quote characters in the result (BuildKit sets this for `ENV`/`ARG` values that are
    /// stored verbatim, and in its "only set env" mode).
    pub raw_quotes: bool,
    /// Keep escape characters in the result instead of removing them.
    pub raw_escapes: bool,
    /// Leave references to unset variables as written (`$X`, `${X:-y}`) instead of expanding
    /// them to the empty string or their default.
    pub skip_unset_env: bool,
}

impl Default for Lexer {
    fn default() -> Self {
        Lexer {
            escape: '\\',
            raw_quotes: false,
            raw_escapes: false,
            skip_unset_env: false,
        }
    }
}

/// The result of expanding one word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    /// The expanded text with quotes and escapes removed (unless the lexer keeps them).
    pub value: String,
    /// The same expansion split into words, as `ProcessWords` splits it: unquoted whitespace
    /// separates words, including whitespace that came out of a variable's value.
    pub words: Vec<String>,
    /// Variables that were referenced and set.
    pub matched: BTreeSet<String>,
    /// Variables that were referenced but not set (the `UndefinedVar` lint reads these).
    pub unmatched: BTreeSet<String>,
}

/// Why a word could not be expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpandError {
    /// The word that was being expanded, as written.
    pub word: String,
    /// What went wrong; its `Display` is BuildKit's inner message.
    pub kind: ExpandErrorKind,
}

/// The specific expansion failure, worded as BuildKit words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExpandErrorKind {
    /// A quote or `${...}` part ran to the end of the word (`"abc`, `${A:-x`).
    UnexpectedEnd(String),
    /// `${`, `${}`, `${:x}` and friends.
    BadSubstitution,
    /// `${A:-x` style input that ends before its `}`.
    MissingBrace,
    /// `${A/x` that ends before the `/` separating pattern and replacement.
    MissingSlash,
    /// A modifier BuildKit does not know (`:=`, `:#`, the length form ...); holds its text.
    UnsupportedModifier(String),
    /// `${A?msg}` / `${A:?msg}` on an unset (or empty) variable: the name and the message.
    Required {
        /// The variable name.
        name: String,
        /// The user's message, or BuildKit's default wording.
        message: String,
    },
    /// A `#`, `%` or `/` pattern with an escape BuildKit rejects (`\x`): pattern and escape.
    InvalidPattern {
        /// The pattern as read.
        pattern: String,
        /// The offending character after the backslash (U+FFFD at the end of the pattern).
        escaped: char,
    },
    /// dockling's own bound on `${...}` nesting (see `MAX_NESTING`).
    TooDeep,
    /// dockling's own bound on an expanded word's length (see [`MAX_VALUE`]).
    TooLong,
}

impl fmt::Display for ExpandErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExpandErrorKind::UnexpectedEnd(what) => {
                write!(
                    f,
                    "unexpected end of statement while looking for matching {what}"
                )
            }
            ExpandErrorKind::BadSubstitution => f.write_str("syntax error: bad substitution"),
            ExpandErrorKind::MissingBrace => f.write_str("syntax error: missing '}'"),
            ExpandErrorKind::MissingSlash => f.write_str("syntax error: missing '/' in ${}"),
            ExpandErrorKind::UnsupportedModifier(m) => {
                write!(f, "unsupported modifier ({m}) in substitution")
            }
            ExpandErrorKind::Required { name, message } => write!(f, "{name}: {message}"),
            ExpandErrorKind::InvalidPattern { pattern, escaped } => write!(
                f,
                "invalid pattern ({pattern}) in substitution: invalid escape '\\{escaped}'"
            ),
            ExpandErrorKind::TooDeep => f.write_str("syntax error: substitution nested too deeply"),
            ExpandErrorKind::TooLong => {
                f.write_str("the expanded value is longer than 1 MiB (the simulator bounds words)")
            }
        }
    }
}

impl fmt::Display for ExpandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "failed to process {}: {}",
            go_quote(&self.word),
            self.kind
        )
    }
}

impl std::error::Error for ExpandError {}

impl Lexer {
    /// A lexer with the given escape character and BuildKit's default settings.
    pub fn with_escape(escape: char) -> Lexer {
        Lexer {
            escape,
            ..Lexer::default()
        }
    }

    /// Expands one word: variables substituted, quotes and escapes removed.
    ///
    /// `env` answers `Some(value)` for a set variable (possibly empty) and `None` for an unset
    /// one; names are compared as given (case-sensitive, as on Linux).
    pub fn process_word(
        &self,
        word: &str,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Expanded, ExpandError> {
        // Go's text/scanner drops a byte order mark at the very start of its input.
        let source = word.strip_prefix('\u{feff}').unwrap_or(word);
        let mut state = State {
            lexer: self,
            chars: source.chars().collect(),
            pos: 0,
            env,
            raw_escapes: self.raw_escapes,
            depth: 0,
            matched: BTreeSet::new(),
            unmatched: BTreeSet::new(),
        };
        match state.process_stop_on(None, self.raw_escapes) {
            Ok((value, words)) => Ok(Expanded {
                value,
                words,
                matched: state.matched,
                unmatched: state.unmatched,
            }),
            Err(kind) => Err(ExpandError {
                word: word.to_string(),
                kind,
            }),
        }
    }

    /// Expands one word and splits the result into words (BuildKit's `ProcessWords`).
    pub fn process_words(
        &self,
        word: &str,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Vec<String>, ExpandError> {
        self.process_word(word, env).map(|e| e.words)
    }
}

/// Go's `unicode.IsSpace`, which is the Unicode White_Space property, as is Rust's.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Go's `unicode.IsDigit`: decimal digits (category Nd) only, not `²` or `Ⅻ`.
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    // The first code point of every run of ten Nd digits outside ASCII (Unicode 15).
    const STARTS: [u32; 62] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
        0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
        0x16AC0, 0x16B50, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0,
    ];
    let u = c as u32;
    // Mathematical digits are one run of fifty.
    (0x1D7CE..=0x1D7FF).contains(&u) || STARTS.iter().any(|&s| (s..s + 10).contains(&u))
}

/// Go's `unicode.IsLetter`, approximated: alphabetic and not a number (so Roman numerals,
/// category Nl, are excluded). Combining vowel signs that Unicode calls alphabetic are the
/// remaining difference; they cannot start a name in practice.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric()
}

/// POSIX special parameters: never set in a Dockerfile, so they expand to nothing.
fn is_special_param(c: char) -> bool {
    matches!(c, '@' | '*' | '#' | '?' | '-' | '$' | '!' | '0')
}

/// Collects the split words while the expansion is built.
#[derive(Default)]
struct Words {
    word: String,
    words: Vec<String>,
    in_word: bool,
}

impl Words {
    /// An unquoted character: whitespace ends the current word.
    fn add_char(&mut self, c: char) {
        if is_space(c) {
            // An empty quoted section (`""`) marks a word as started without text; BuildKit
            // then neither ends it nor emits it, and this keeps that behaviour.
            if self.in_word && !self.word.is_empty() {
                self.words.push(std::mem::take(&mut self.word));
                self.in_word = false;
            }
        } else {
            self.add_raw_char(c);
        }
    }

    fn add_raw_char(&mut self, c: char) {
        self.word.push(c);
        self.in_word = true;
    }

    /// Text from a variable's value: its whitespace splits words too.
    fn add_string(&mut self, s: &str) {
        for c in s.chars() {
            self.add_char(c);
        }
    }

    /// Text from a quoted section: kept whole.
    fn add_raw_string(&mut self, s: &str) {
        self.word.push_str(s);
        self.in_word = true;
    }

    fn finish(mut self) -> Vec<String> {
        if !self.word.is_empty() {
            self.words.push(self.word);
        }
        self.words
    }
}

/// One expansion in progress: the characters, the cursor and what was looked up.
struct State<'a> {
    lexer: &'a Lexer,
    chars: Vec<char>,
    pos: usize,
    env: &'a dyn Fn(&str) -> Option<String>,
    raw_escapes: bool,
    depth: usize,
    matched: BTreeSet<String>,
    unmatched: BTreeSet<String>,
}

type Kind = ExpandErrorKind;

impl State<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn get_env(&mut self, name: &str) -> Option<String> {
        let value = (self.env)(name);
        if value.is_some() {
            self.matched.insert(name.to_string());
        } else {
            self.unmatched.insert(name.to_string());
        }
        value
    }

    /// Expands up to `stop` (consumed) or the end of input; `raw_escapes` applies meanwhile.
    fn process_stop_on(
        &mut self,
        stop: Option<char>,
        raw_escapes: bool,
    ) -> Result<(String, Vec<String>), Kind> {
        let saved = self.raw_escapes;
        self.raw_escapes = raw_escapes;
        let out = self.process_stop_on_inner(stop);
        self.raw_escapes = saved;
        out
    }

    fn process_stop_on_inner(&mut self, stop: Option<char>) -> Result<(String, Vec<String>), Kind> {
        let mut result = String::new();
        let mut words = Words::default();
        while let Some(c) = self.peek() {
            if Some(c) == stop {
                self.pos += 1;
                return Ok((result, words.finish()));
            }
            match c {
                '$' => {
                    let value = self.process_dollar()?;
                    if result.len() + value.len() > MAX_VALUE {
                        return Err(Kind::TooLong);
                    }
                    result.push_str(&value);
                    words.add_string(&value);
                }
                '\'' => {
                    let value = self.process_single_quote()?;
                    result.push_str(&value);
                    words.add_raw_string(&value);
                }
                '"' => {
                    let value = self.process_double_quote()?;
                    if result.len() + value.len() > MAX_VALUE {
                        return Err(Kind::TooLong);
                    }
                    result.push_str(&value);
                    words.add_raw_string(&value);
                }
                _ => {
                    self.pos += 1;
                    if c == self.lexer.escape {
                        if self.raw_escapes {
                            words.add_raw_char(c);
                            result.push(c);
                        }
                        // An escape at the very end of the word is dropped.
                        let Some(escaped) = self.next() else { break };
                        words.add_raw_char(escaped);
                        result.push(escaped);
                    } else {
                        words.add_char(c);
                        result.push(c);
                    }
                }
            }
        }
        match stop {
            Some(s) => Err(Kind::UnexpectedEnd(s.to_string())),
            None => Ok((result, words.finish())),
        }
    }

    /// `'...'`: everything literal, no escapes.
    fn process_single_quote(&mut self) -> Result<String, Kind> {
        let mut result = String::new();
        if self.lexer.raw_quotes {
            result.push('\'');
        }
        self.pos += 1;
        loop {
            match self.next() {
                None => return Err(Kind::UnexpectedEnd("single-quote".to_string())),
                Some('\'') => {
                    if self.lexer.raw_quotes {
                        result.push('\'');
                    }
                    return Ok(result);
                }
                Some(c) => result.push(c),
            }
        }
    }

    /// `"..."`: `$` expands; the escape char escapes only `"`, `$` and itself.
    fn process_double_quote(&mut self) -> Result<String, Kind> {
        let mut result = String::new();
        if self.lexer.raw_quotes {
            result.push('"');
        }
        self.pos += 1;
        loop {
            match self.peek() {
                None => return Err(Kind::UnexpectedEnd("double-quote".to_string())),
                Some('"') => {
                    self.pos += 1;
                    if self.lexer.raw_quotes {
                        result.push('"');
                    }
                    return Ok(result);
                }
                Some('$') => {
                    let value = self.process_dollar()?;
                    if result.len() + value.len() > MAX_VALUE {
                        return Err(Kind::TooLong);
                    }
                    result.push_str(&value);
                }
                Some(mut c) => {
                    self.pos += 1;
                    if c == self.lexer.escape {
                        if self.raw_escapes {
                            result.push(c);
                        }
                        match self.peek() {
                            // An escape right before the end is dropped; the missing quote
                            // is reported on the next turn.
                            None => continue,
                            Some(n) if n == '"' || n == '$' || n == self.lexer.escape => {
                                c = n;
                                self.pos += 1;
                            }
                            Some(_) => {}
                        }
                    }
                    result.push(c);
                }
            }
        }
    }

    fn process_dollar(&mut self) -> Result<String, Kind> {
        if self.depth >= MAX_NESTING {
            return Err(Kind::TooDeep);
        }
        self.depth += 1;
        let out = self.process_dollar_inner();
        self.depth -= 1;
        out
    }

    fn process_dollar_inner(&mut self) -> Result<String, Kind> {
        self.pos += 1; // the `$`
        if self.peek() != Some('{') {
            let name = self.process_name();
            if name.is_empty() {
                return Ok("$".to_string());
            }
            return Ok(match self.get_env(&name) {
                Some(v) => v,
                None if self.lexer.skip_unset_env => format!("${name}"),
                None => String::new(),
            });
        }
        self.pos += 1; // the `{`
        match self.peek() {
            None => return Err(Kind::MissingBrace),
            Some('{' | '}' | ':') => return Err(Kind::BadSubstitution),
            Some(_) => {}
        }
        let name = self.process_name();
        // Go's scanner returns EOF (-1) here, which prints as U+FFFD in the modifier text.
        let mut op = self.next().unwrap_or('\u{fffd}');
        let mut op_text = op.to_string();
        let mut null_is_unset = false;
        match op {
            '}' => Ok(match self.get_env(&name) {
                Some(v) => v,
                None if self.lexer.skip_unset_env => format!("${{{name}}}"),
                None => String::new(),
            }),
            ':' | '+' | '-' | '?' | '#' | '%' => {
                if op == ':' {
                    null_is_unset = true;
                    op = self.next().unwrap_or('\u{fffd}');
                    op_text.push(op);
                }
                let raw = op == '#' || op == '%';
                if null_is_unset && raw {
                    return Err(Kind::UnsupportedModifier(op_text));
                }
                let word = self.stop_on_brace(raw)?;
                let value = self.get_env(&name);
                if self.lexer.skip_unset_env && value.is_none() {
                    return Ok(format!("${{{name}{op_text}{word}}}"));
                }
                let empty = value
                    .as_deref()
                    .is_none_or(|v| null_is_unset && v.is_empty());
                match op {
                    '-' => Ok(if empty {
                        word
                    } else {
                        value.unwrap_or_default()
                    }),
                    '+' => Ok(if empty { String::new() } else { word }),
                    '?' => match value {
                        None => Err(Kind::Required {
                            name,
                            message: or_default(word, "is not allowed to be unset"),
                        }),
                        Some(_) if empty => Err(Kind::Required {
                            name,
                            message: or_default(word, "is not allowed to be empty"),
                        }),
                        Some(v) => Ok(v),
                    },
                    '#' | '%' => {
                        let (greedy, pattern) = match word.strip_prefix(op) {
                            Some(rest) => (true, rest.to_string()),
                            None => (false, word),
                        };
                        let value = value.unwrap_or_default();
                        if op == '%' {
                            trim_suffix(&pattern, &value, greedy)
                        } else {
                            trim_prefix(&pattern, &value, greedy)
                        }
                    }
                    _ => Err(Kind::UnsupportedModifier(op_text)),
                }
            }
            '/' => {
                let replace_all = self.peek() == Some('/');
                if replace_all {
                    self.pos += 1;
                }
                let pattern = match self.process_stop_on(Some('/'), true) {
                    Ok((p, _)) => p,
                    Err(_) if self.peek().is_none() => return Err(Kind::MissingSlash),
                    Err(e) => return Err(e),
                };
                let replacement = self.stop_on_brace(true)?;
                let value = self.get_env(&name);
                if self.lexer.skip_unset_env && value.is_none() {
                    return Ok(format!("${{{name}/{pattern}/{replacement}}}"));
                }
                let value: Vec<char> = value.unwrap_or_default().chars().collect();
                let re = Pattern::compile(&pattern, true, false)?;
                Ok(if replace_all {
                    re.replace_all(&value, &replacement)
                } else {
                    match re.find(&value, 0) {
                        Some((s, e)) => {
                            let mut out: String = value[..s].iter().collect();
                            out.push_str(&replacement);
                            out.extend(&value[e..]);
                            out
                        }
                        None => value.iter().collect(),
                    }
                })
            }
            _ => Err(Kind::UnsupportedModifier(op_text)),
        }
    }

    /// The word of a `${NAME<op>word}` form, up to its closing brace.
    fn stop_on_brace(&mut self, raw_escapes: bool) -> Result<String, Kind> {
        match self.process_stop_on(Some('}'), raw_escapes) {
            Ok((w, _)) => Ok(w),
            Err(_) if self.peek().is_none() => Err(Kind::MissingBrace),
            Err(e) => Err(e),
        }
    }

    /// A variable name: letters, digits and `_`; or a run of digits (a positional parameter);
    /// or one special parameter character.
    fn process_name(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if name.is_empty() && is_digit(c) {
                while let Some(d) = self.peek().filter(|&d| is_digit(d)) {
                    name.push(d);
                    self.pos += 1;
                }
                return name;
            }
            if name.is_empty() && is_special_param(c) {
                self.pos += 1;
                return c.to_string();
            }
            if !is_letter(c) && !is_digit(c) && c != '_' {
                break;
            }
            name.push(c);
            self.pos += 1;
        }
        name
    }
}

fn or_default(word: String, default: &str) -> String {
    if word.is_empty() {
        default.to_string()
    } else {
        word
    }
}

/// Removes the shortest (or, `greedy`, the longest) prefix of `value` matching `pattern`.
fn trim_prefix(pattern: &str, value: &str, greedy: bool) -> Result<String, Kind> {
    let re = Pattern::compile(pattern, greedy, true)?;
    let chars: Vec<char> = value.chars().collect();
    Ok(match re.find(&chars, 0) {
        Some((_, end)) => chars[end..].iter().collect(),
        None => value.to_string(),
    })
}

/// Removes a matching suffix, by matching the reversed pattern against the reversed value as
/// BuildKit does (so the shortest match is the shortest *rightmost* one).
fn trim_suffix(pattern: &str, value: &str, greedy: bool) -> Result<String, Kind> {
    let reversed: String = value.chars().rev().collect();
    let trimmed = trim_prefix(&reverse_pattern(pattern), &reversed, greedy)?;
    Ok(trimmed.chars().rev().collect())
}

/// Reverses a pattern but keeps each `\x` escape pair in order (`a\*c` becomes `c\*a`).
fn reverse_pattern(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = chars.len();
    // Walk pairs from the front to know where escapes are, then emit them back to front.
    let mut units: Vec<&[char]> = Vec::new();
    let mut j = 0;
    while j < chars.len() {
        let len = if chars[j] == '\\' && j + 1 < chars.len() {
            2
        } else {
            1
        };
        units.push(&chars[j..j + len]);
        j += len;
    }
    while let Some(unit) = units.pop() {
        out.extend_from_slice(unit);
        i -= unit.len();
    }
    debug_assert_eq!(i, 0);
    out.into_iter().collect()
}

/// One step of a substitution pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Atom {
    /// This exact character.
    Lit(char),
    /// `?`: any character except a newline (Go's `.`).
    Any,
    /// `*`: any run of non-newline characters, longest-first when greedy.
    Star { greedy: bool },
}

/// A compiled `#`/`%`/`/` pattern: BuildKit turns these into Go regular expressions built
/// from literals, `.`, `.*` and `.*?`; this is a matcher for exactly that subset, run as a
/// breadth-first simulation so that its cost stays linear per search position.
struct Pattern {
    atoms: Vec<Atom>,
    anchored: bool,
}

impl Pattern {
    fn compile(pattern: &str, greedy: bool, anchored: bool) -> Result<Pattern, Kind> {
        let source = pattern.strip_prefix('\u{feff}').unwrap_or(pattern);
        let chars: Vec<char> = source.chars().collect();
        let mut atoms = Vec::new();
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            i += 1;
            match c {
                '*' => atoms.push(Atom::Star { greedy }),
                '?' => atoms.push(Atom::Any),
                '\\' => match chars.get(i) {
                    // `\}` and `\/` escape the `${}` syntax, not the pattern.
                    Some('}' | '/') => {}
                    Some(&e @ ('*' | '?' | '\\')) => {
                        i += 1;
                        atoms.push(Atom::Lit(e));
                    }
                    other => {
                        return Err(Kind::InvalidPattern {
                            pattern: pattern.to_string(),
                            escaped: other.copied().unwrap_or('\u{fffd}'),
                        })
                    }
                },
                _ => atoms.push(Atom::Lit(c)),
            }
        }
        Ok(Pattern { atoms, anchored })
    }

    /// Adds state `s0` and every state it reaches without consuming input to `list`, in
    /// priority order, skipping states already in the list.
    fn closure(&self, list: &mut Vec<(usize, usize)>, seen: &mut [bool], s0: usize, start: usize) {
        enum Work {
            Expand(usize),
            Emit(usize),
        }
        let mut stack = vec![Work::Expand(s0)];
        while let Some(work) = stack.pop() {
            match work {
                Work::Emit(s) => list.push((s, start)),
                Work::Expand(s) => {
                    match seen.get_mut(s) {
                        Some(flag) if !*flag => *flag = true,
                        _ => continue,
                    }
                    // A star is a choice point between looping (a consuming state) and moving
                    // on; greediness decides which comes first. The stack pops in reverse.
                    match self.atoms.get(s) {
                        Some(Atom::Star { greedy: true }) => {
                            stack.push(Work::Expand(s + 1));
                            stack.push(Work::Emit(s));
                        }
                        Some(Atom::Star { greedy: false }) => {
                            stack.push(Work::Emit(s));
                            stack.push(Work::Expand(s + 1));
                        }
                        _ => list.push((s, start)),
                    }
                }
            }
        }
    }

    /// The leftmost-first match (Go's regexp semantics) starting at or after `from`, as char
    /// indices. Threads are kept in priority order, so the first one to reach the end of the
    /// pattern wins over every thread after it.
    fn find(&self, text: &[char], from: usize) -> Option<(usize, usize)> {
        let n = self.atoms.len();
        let mut clist: Vec<(usize, usize)> = Vec::new();
        let mut cseen = vec![false; n + 1];
        let mut found = None;
        let mut pos = from;
        loop {
            if found.is_none() && (!self.anchored || pos == from) {
                self.closure(&mut clist, &mut cseen, 0, pos);
            }
            if clist.is_empty() {
                break;
            }
            let c = text.get(pos).copied();
            let mut nlist = Vec::new();
            let mut nseen = vec![false; n + 1];
            for &(s, start) in &clist {
                let Some(atom) = self.atoms.get(s) else {
                    found = Some((start, pos));
                    break;
                };
                let Some(c) = c else { continue };
                match atom {
                    Atom::Lit(l) if *l == c => self.closure(&mut nlist, &mut nseen, s + 1, start),
                    Atom::Any if c != '\n' => self.closure(&mut nlist, &mut nseen, s + 1, start),
                    Atom::Star { .. } if c != '\n' => {
                        self.closure(&mut nlist, &mut nseen, s, start)
                    }
                    _ => {}
                }
            }
            if pos >= text.len() {
                break;
            }
            clist = nlist;
            cseen = nseen;
            pos += 1;
        }
        found
    }

    /// Go's `ReplaceAllString`: every non-overlapping match replaced, `$0`/`$$` expanded.
    fn replace_all(&self, text: &[char], replacement: &str) -> String {
        let mut out = String::new();
        let mut last_end = 0;
        let mut search = 0;
        while search <= text.len() {
            let Some((s, e)) = self.find(text, search) else {
                break;
            };
            out.extend(&text[last_end..s]);
            // An empty match right after the previous match is not replaced again.
            if e > last_end || s == 0 {
                expand_template(&mut out, replacement, &text[s..e]);
            }
            last_end = e;
            search = if search + 1 > e { search + 1 } else { e };
        }
        out.extend(&text[last_end.min(text.len())..]);
        out
    }
}

/// Go's `Regexp.Expand` for a pattern without groups: `$$` is `$`, `$0`/`${0}` the match,
/// any other well-formed reference is empty, and a malformed `$` stays literal.
fn expand_template(out: &mut String, template: &str, matched: &[char]) {
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if c != '$' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'$') {
            out.push('$');
            i += 1;
            continue;
        }
        let is_name = |c: &char| is_letter(*c) || is_digit(*c) || *c == '_';
        let (name, rest) = if chars.get(i) == Some(&'{') {
            let close = chars[i + 1..].iter().position(|&c| c == '}');
            match close {
                Some(len) if len > 0 && chars[i + 1..i + 1 + len].iter().all(is_name) => {
                    (chars[i + 1..i + 1 + len].to_vec(), i + 2 + len)
                }
                _ => {
                    out.push('$');
                    continue;
                }
            }
        } else {
            let len = chars[i..].iter().take_while(|c| is_name(c)).count();
            if len == 0 {
                out.push('$');
                continue;
            }
            (chars[i..i + len].to_vec(), i + len)
        };
        i = rest;
        // Only exactly `0` names the whole match; the pattern has no groups.
        if name == ['0'] {
            out.extend(matched);
        }
    }
}

pub use crate::goquote::go_quote;

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name: &str| {
            vars.iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    fn expand(word: &str, vars: &[(&str, &str)]) -> Result<String, String> {
        Lexer::default()
            .process_word(word, &env(vars))
            .map(|e| e.value)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn defaults_alternatives_and_required() {
        let vars = [("FOO", "xxx"), ("BAR", "")];
        assert_eq!(
            expand("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", &vars).unwrap(),
            "xxx  ccc"
        );
        assert_eq!(
            expand("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", &vars).unwrap(),
            "xxx bbb ccc"
        );
        assert_eq!(
            expand("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", &vars).unwrap(),
            "aaa bbb "
        );
        assert_eq!(
            expand("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", &vars).unwrap(),
            "aaa  "
        );
        assert_eq!(expand("${BAR?bbb}", &vars).unwrap(), "");
        assert_eq!(
            expand("${BAZ?}", &vars).unwrap_err(),
            r#"failed to process "${BAZ?}": BAZ: is not allowed to be unset"#
        );
        assert_eq!(
            expand("${BAR:?}", &vars).unwrap_err(),
            r#"failed to process "${BAR:?}": BAR: is not allowed to be empty"#
        );
        assert_eq!(
            expand("${VAR:?message here$ARG}", &[("ARG", "x")]).unwrap_err(),
            r#"failed to process "${VAR:?message here$ARG}": VAR: message herex"#
        );
    }

    #[test]
    fn error_texts_match_buildkit() {
        let cases = [
            ("${}", "syntax error: bad substitution"),
            ("${", "syntax error: missing '}'"),
            ("${A:-x", "syntax error: missing '}'"),
            ("${A:=x}", "unsupported modifier (:=) in substitution"),
            ("${#A}", "unsupported modifier (A) in substitution"),
            ("${A:#x}", "unsupported modifier (:#) in substitution"),
            ("${A", "unsupported modifier (\u{fffd}) in substitution"),
            ("${A//x}", "syntax error: missing '/' in ${}"),
            (
                "\"abc",
                "unexpected end of statement while looking for matching double-quote",
            ),
            (
                "'abc",
                "unexpected end of statement while looking for matching single-quote",
            ),
            (
                "${A#\\x}",
                "invalid pattern (\\x) in substitution: invalid escape '\\x'",
            ),
        ];
        for (word, inner) in cases {
            let err = Lexer::default()
                .process_word(word, &env(&[("A", "v")]))
                .unwrap_err();
            assert_eq!(err.kind.to_string(), inner, "{word}");
        }
    }

    #[test]
    fn pattern_trimming() {
        let cases: [(&str, &str, &str); 14] = [
            ("${FOO#()[]{\\}^$.\\*\\?|\\\\}", "()[]{}^$.*?|\\x", "x"),
            ("${FOO%%\\**}", "xx**", "xx"),
            ("${FOO#*x*y}", "xxyy", "y"),
            ("${FOO#*}", "xxyy", "xxyy"),
            ("${FOO#}", "xxyy", "xxyy"),
            ("${FOO##*x}", "xxyy", "yy"),
            ("${FOO##}", "xxyy", "xxyy"),
            ("${FOO#?\\?}", "???y", "?y"),
            ("${FOO%%\\**\\*}", "a***yy*", "a"),
            ("${FOO%}", "xxyy", "xxyy"),
            ("${FOO%y*}", "xxyy", "xxy"),
            ("${FOO%%y*}", "xxyy", "xx"),
            ("${FOO#x}", "xxyy", "xyy"),
            ("${FOO%.tar.gz}", "app.tar.gz", "app"),
        ];
        for (word, value, want) in cases {
            assert_eq!(expand(word, &[("FOO", value)]).unwrap(), want, "{word}");
        }
    }

    #[test]
    fn replacement() {
        let e = |w: &str, v: &[(&str, &str)]| expand(w, v).unwrap();
        assert_eq!(
            e(
                "${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}",
                &[("FOO", "/foo*/*/*.txt"), ("NEEDLE", "\\*/")]
            ),
            "/foo.*/*.txt - /foo..*.txt"
        );
        assert_eq!(
            e(
                "${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}",
                &[("FOO", "/tmp/tmp/bar.txt"), ("NEEDLE", "/tmp")]
            ),
            "/tmp/bar.txt - /bar.txt"
        );
        assert_eq!(
            e(
                "${FOO/$NEEDLE/$R} - ${FOO//$NEEDLE/$R}",
                &[("FOO", "/a/foo/b/c.txt"), ("NEEDLE", "/?/"), ("R", "/")]
            ),
            "/foo/b/c.txt - /foo/c.txt"
        );
        assert_eq!(
            e("${FOO//\\//\\/}", &[("FOO", "/tmp/foo.txt")]),
            "\\/tmp\\/foo.txt"
        );
        assert_eq!(
            e("${FOO/$BAR/ww}", &[("FOO", "xxyy"), ("BAR", "")]),
            "wwxxyy"
        );
        assert_eq!(e("${FOO///}", &[("FOO", "xxyy")]), "xxyy");
        assert_eq!(e("${FOO///}", &[]), "");
        // The replacement keeps its escapes, so Go's template sees `\$0`: a literal `\`, then the match.
        assert_eq!(e("${FOO//x/<\\$0>}", &[("FOO", "axbx")]), "a<\\x>b<\\x>");
        assert_eq!(e("${FOO//*/-}", &[("FOO", "ab")]), "-");
        assert!(expand("${FOO//}", &[("FOO", "x")]).is_err());
    }

    #[test]
    fn matched_and_unmatched_are_reported() {
        let out = Lexer::default()
            .process_word("${ABC:-.}${FOO%x}${ABC:-.} $FOO", &env(&[("FOO", "xxyy")]))
            .unwrap();
        assert_eq!(out.value, ".xxyy. xxyy");
        assert_eq!(out.matched, BTreeSet::from(["FOO".to_string()]));
        assert_eq!(out.unmatched, BTreeSet::from(["ABC".to_string()]));
    }

    #[test]
    fn skip_unset_env_keeps_references() {
        let lexer = Lexer {
            skip_unset_env: true,
            ..Lexer::default()
        };
        let out = lexer
            .process_word("$A/${B}/${C:-x}/${D/a/b}/$SET", &env(&[("SET", "s")]))
            .unwrap();
        assert_eq!(out.value, "$A/${B}/${C:-x}/${D/a/b}/s");
    }

    #[test]
    fn backtick_escape_and_raw_modes() {
        let lexer = Lexer::with_escape('`');
        let out = lexer.process_word("a`$B\\c `\"d`\"", &env(&[])).unwrap();
        assert_eq!(out.value, "a$B\\c \"d\"");
        let raw = Lexer {
            raw_quotes: true,
            raw_escapes: true,
            ..Lexer::default()
        };
        let out = raw
            .process_word("'a b' \"c\\$X\" d\\ e", &env(&[("X", "x")]))
            .unwrap();
        assert_eq!(out.value, "'a b' \"c\\$X\" d\\ e");
    }

    #[test]
    fn words_split_after_expansion() {
        let words = Lexer::default()
            .process_words("a${S}b \"${S}\" '' \"\"x", &env(&[("S", " 1  2 ")]))
            .unwrap();
        assert_eq!(words, vec!["a", "1", "2", "b", " 1  2 ", "x"]);
    }

    #[test]
    fn unicode_digits_and_letters() {
        assert!(is_digit('٣') && is_digit('𝟘') && !is_digit('²') && !is_digit('Ⅻ'));
        assert!(is_letter('한') && is_letter('é') && !is_letter('Ⅻ') && !is_letter('_'));
        assert_eq!(expand("$٣x", &[]).unwrap(), "x");
        assert_eq!(expand("$é", &[("é", "v")]).unwrap(), "v");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let word = "${A:-".repeat(5000) + &"}".repeat(5000);
        let err = Lexer::default().process_word(&word, &env(&[])).unwrap_err();
        assert_eq!(err.kind, ExpandErrorKind::TooDeep);
        let ok = "${A:-".repeat(50) + "x" + &"}".repeat(50);
        assert_eq!(expand(&ok, &[]).unwrap(), "x");
    }

    #[test]
    fn go_quote_escapes_like_go() {
        assert_eq!(
            go_quote("a\"b\\c\td\u{0}é\u{a0}"),
            "\"a\\\"b\\\\c\\td\\x00é\\u00a0\""
        );
    }
}
