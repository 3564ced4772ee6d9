//! `JSON.parse` as V8 reports it: the exact error message and position Node prints for bad JSON.
//!
//! npm reads `package.json` with Node's `JSON.parse`, so a trailing comma gives V8's
//! `Expected double-quoted property name in JSON at position 269`. This module walks the text
//! the way V8's JSON parser does and names the first problem the same way; it does not build
//! values (serde_json does that once the text is known to be valid).

/// How a JSON text failed to parse, as V8 words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// V8's message without the position part (`Expected double-quoted property name`), or the
    /// whole message when it has no position (`Unexpected token '}', "..." is not valid JSON`).
    pub message: String,
    /// Position in UTF-16 code units, when the message carries one.
    pub position: Option<usize>,
    /// 1-based line of the position.
    pub line: usize,
    /// 1-based column of the position.
    pub column: usize,
}

impl JsonError {
    /// The message as `e.message` shows it; `line_column` adds V8 12's `(line 13 column 3)`
    /// (Node 22 and later).
    pub fn v8_message(&self, line_column: bool) -> String {
        // V8 says "after JSON at position", not "after JSON in JSON at position".
        let joint = if self.message.ends_with("after JSON") {
            ""
        } else {
            " in JSON"
        };
        match self.position {
            Some(p) if line_column => format!(
                "{}{joint} at position {p} (line {} column {})",
                self.message, self.line, self.column
            ),
            Some(p) => format!("{}{joint} at position {p}", self.message),
            None => self.message.clone(),
        }
    }
}

/// Nesting beyond this is accepted without further checks, to bound recursion.
const MAX_DEPTH: usize = 256;

struct Parser<'a> {
    chars: &'a [char],
    /// UTF-16 offset of each char index (one extra entry for the end).
    offsets: Vec<usize>,
    i: usize,
}

enum Fail {
    /// A message that takes `in JSON at position N` at a char index.
    At(&'static str, usize),
    /// The generic unexpected-token report at a char index (or the end).
    Token(usize),
}

/// Checks a JSON text as `JSON.parse` would; `Ok` when V8 accepts it.
pub fn check(text: &str) -> Result<(), JsonError> {
    let chars: Vec<char> = text.chars().collect();
    let mut offsets = Vec::with_capacity(chars.len() + 1);
    let mut off = 0;
    for c in &chars {
        offsets.push(off);
        off += c.len_utf16();
    }
    offsets.push(off);
    let mut p = Parser {
        chars: &chars,
        offsets,
        i: 0,
    };
    let result = p.value(0).and_then(|()| {
        p.skip_ws();
        if p.i < chars.len() {
            Err(Fail::At(
                "Unexpected non-whitespace character after JSON",
                p.i,
            ))
        } else {
            Ok(())
        }
    });
    match result {
        Ok(()) => Ok(()),
        Err(fail) => Err(p.error(fail)),
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<(), Fail> {
        self.skip_ws();
        match self.peek() {
            None => Err(Fail::Token(self.i)),
            Some('"') => self.string(),
            Some('-' | '0'..='9') => self.number(),
            Some('{') => self.object(depth),
            Some('[') => self.array(depth),
            Some('t') => self.literal("true"),
            Some('f') => self.literal("false"),
            Some('n') => self.literal("null"),
            Some(_) => Err(Fail::Token(self.i)),
        }
    }

    fn object(&mut self, depth: usize) -> Result<(), Fail> {
        self.i += 1;
        self.skip_ws();
        if self.peek() == Some('}') {
            self.i += 1;
            return Ok(());
        }
        if self.peek() != Some('"') {
            return Err(Fail::At("Expected property name or '}'", self.i));
        }
        let mut first = true;
        loop {
            self.string()?;
            self.skip_ws();
            if self.peek() != Some(':') {
                // V8 names the colon only for the first property; later ones get the
                // generic unexpected-token report.
                return Err(if first {
                    Fail::At("Expected ':' after property name", self.i)
                } else {
                    Fail::Token(self.i)
                });
            }
            first = false;
            self.i += 1;
            self.nested(depth)?;
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() != Some('"') {
                        return Err(Fail::At("Expected double-quoted property name", self.i));
                    }
                }
                Some('}') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(Fail::At("Expected ',' or '}' after property value", self.i)),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<(), Fail> {
        self.i += 1;
        self.skip_ws();
        if self.peek() == Some(']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.nested(depth)?;
            self.skip_ws();
            match self.peek() {
                Some(',') => self.i += 1,
                Some(']') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(Fail::At("Expected ',' or ']' after array element", self.i)),
            }
        }
    }

    fn nested(&mut self, depth: usize) -> Result<(), Fail> {
        if depth >= MAX_DEPTH {
            // Too deep to check further: skip to the end, accepting the rest.
            self.i = self.chars.len();
            return Ok(());
        }
        self.value(depth + 1)
    }

    fn literal(&mut self, word: &str) -> Result<(), Fail> {
        for expected in word.chars() {
            match self.peek() {
                Some(c) if c == expected => self.i += 1,
                _ => return Err(Fail::Token(self.i)),
            }
        }
        Ok(())
    }

    fn string(&mut self) -> Result<(), Fail> {
        self.i += 1;
        loop {
            match self.peek() {
                None => return Err(Fail::At("Unterminated string", self.i)),
                Some('"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some('\\') => {
                    self.i += 1;
                    match self.peek() {
                        None => return Err(Fail::At("Unterminated string", self.i)),
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => self.i += 1,
                        Some('u') => {
                            self.i += 1;
                            for _ in 0..4 {
                                match self.peek() {
                                    Some(c) if c.is_ascii_hexdigit() => self.i += 1,
                                    _ => return Err(Fail::At("Bad Unicode escape", self.i)),
                                }
                            }
                        }
                        Some(_) => return Err(Fail::At("Bad escaped character", self.i)),
                    }
                }
                Some(c) if (c as u32) < 0x20 => {
                    return Err(Fail::At("Bad control character in string literal", self.i))
                }
                Some(_) => self.i += 1,
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some('0'..='9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<(), Fail> {
        if self.peek() == Some('-') {
            self.i += 1;
            if !matches!(self.peek(), Some('0'..='9')) {
                return Err(Fail::At("No number after minus sign", self.i));
            }
        }
        if self.peek() == Some('0') {
            self.i += 1;
            if matches!(self.peek(), Some('0'..='9')) {
                return Err(Fail::Token(self.i));
            }
        } else {
            self.digits();
        }
        if self.peek() == Some('.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(Fail::At("Unterminated fractional number", self.i));
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            self.i += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(Fail::At("Exponent part is missing a number", self.i));
            }
        }
        Ok(())
    }

    fn utf16_at(&self, i: usize) -> usize {
        self.offsets
            .get(i)
            .or(self.offsets.last())
            .copied()
            .unwrap_or(0)
    }

    fn line_col(&self, i: usize) -> (usize, usize) {
        let before = self.chars.get(..i).unwrap_or(self.chars);
        let line = 1 + before.iter().filter(|c| **c == '\n').count();
        let line_start = before.iter().rposition(|c| *c == '\n').map_or(0, |p| p + 1);
        let column = self.utf16_at(i) - self.utf16_at(line_start) + 1;
        (line, column)
    }

    fn error(&self, fail: Fail) -> JsonError {
        let (message, at) = match fail {
            Fail::At(msg, i) => (msg.to_string(), Some(i)),
            Fail::Token(i) => match self.chars.get(i) {
                None => ("Unexpected end of JSON input".to_string(), None),
                Some('"') => ("Unexpected string".to_string(), Some(i)),
                Some('-' | '0'..='9') => ("Unexpected number".to_string(), Some(i)),
                Some(c) => (self.token_context(*c, i), None),
            },
        };
        let (line, column) = at.map_or((0, 0), |i| self.line_col(i));
        JsonError {
            message,
            position: at.map(|i| self.utf16_at(i)),
            line,
            column,
        }
    }

    /// `Unexpected token 'x', ..."context"... is not valid JSON`: ten characters either side,
    /// or the whole text when it is short (V8's kMaxContextCharacters).
    fn token_context(&self, c: char, i: usize) -> String {
        let len = self.chars.len();
        if len < 21 {
            let whole: String = self.chars.iter().collect();
            return format!("Unexpected token '{c}', \"{whole}\" is not valid JSON");
        }
        let start = i.saturating_sub(10);
        let end = (i + 10).min(len);
        let sub: String = self.chars.get(start..end).unwrap_or(&[]).iter().collect();
        let pre = if start > 0 { "..." } else { "" };
        let post = if end < len { "..." } else { "" };
        format!("Unexpected token '{c}', {pre}\"{sub}\"{post} is not valid JSON")
    }
}

/// The `while parsing near "..."` context npm's json-parse-even-better-errors appends: twenty
/// characters either side of the position, JSON-quoted.
pub fn npm_context(text: &str, err: &JsonError) -> String {
    let chars: Vec<char> = text.chars().collect();
    if text.trim().is_empty() {
        return "while parsing empty string".to_string();
    }
    // json-parse-even-better-errors counts in UTF-16 units; the texts here are ASCII in practice.
    let pos = err.position.unwrap_or(chars.len()).min(chars.len());
    let start = pos.saturating_sub(20);
    let end = (pos + 20).min(chars.len());
    let mut ctx = String::new();
    if start > 0 {
        ctx.push_str("...");
    }
    ctx.extend(chars.get(start..end).unwrap_or(&[]).iter());
    if end < chars.len() {
        ctx.push_str("...");
    }
    format!(
        "while parsing near {}",
        serde_json::to_string(&ctx).unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(s: &str) -> String {
        check(s)
            .err()
            .map(|e| e.v8_message(false))
            .unwrap_or_default()
    }

    #[test]
    fn messages_match_node_20() {
        let cases = [
            (
                r#"{"a":1,}"#,
                "Expected double-quoted property name in JSON at position 7",
            ),
            (
                r#"{"a":1"#,
                "Expected ',' or '}' after property value in JSON at position 6",
            ),
            (
                "{'a':1}",
                "Expected property name or '}' in JSON at position 1",
            ),
            (
                "[1,2,]",
                "Unexpected token ']', \"[1,2,]\" is not valid JSON",
            ),
            ("", "Unexpected end of JSON input"),
            (
                r#"{"a":tru}"#,
                "Unexpected token '}', \"{\"a\":tru}\" is not valid JSON",
            ),
            (r#"{"a":"x}"#, "Unterminated string in JSON at position 8"),
            (
                r#"{"a":1}}"#,
                "Unexpected non-whitespace character after JSON at position 7",
            ),
            (
                r#"{"a":1,  "b": [1,2,3], "c": x}"#,
                "Unexpected token 'x', ...\",3], \"c\": x}\" is not valid JSON",
            ),
            (
                r#"{"a": -}"#,
                "No number after minus sign in JSON at position 7",
            ),
            (
                r#"{"a": 1.}"#,
                "Unterminated fractional number in JSON at position 8",
            ),
            (
                r#"{"a": 1e}"#,
                "Exponent part is missing a number in JSON at position 8",
            ),
            (
                r#"{"a": "\q"}"#,
                "Bad escaped character in JSON at position 8",
            ),
            (
                r#"{"a": "\u12"}"#,
                "Bad Unicode escape in JSON at position 11",
            ),
            (
                "{\"a\":\"\u{1}\"}",
                "Bad control character in string literal in JSON at position 6",
            ),
            (
                r#"{"a" 1}"#,
                "Expected ':' after property name in JSON at position 5",
            ),
            (
                "[1 2]",
                "Expected ',' or ']' after array element in JSON at position 3",
            ),
            (r#"{"a":01}"#, "Unexpected number in JSON at position 6"),
            ("nul", "Unexpected end of JSON input"),
            ("{", "Expected property name or '}' in JSON at position 1"),
            ("[1,", "Unexpected end of JSON input"),
            (
                "truex",
                "Unexpected non-whitespace character after JSON at position 4",
            ),
            (
                r#"{"a":1,"f"{:true}"#,
                "Unexpected token '{', \"{\"a\":1,\"f\"{:true}\" is not valid JSON",
            ),
            (
                r#"{"a":1,"b" 2}"#,
                "Unexpected number in JSON at position 11",
            ),
            (
                r#"[1, "x", {"y": fals}]"#,
                "Unexpected token '}', ...\"{\"y\": fals}]\" is not valid JSON",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(msg(input), want, "input {input:?}");
        }
        assert!(check(r#"{"a": [1, 2.5e-3, true, null, "x\n"]}"#).is_ok());
    }

    #[test]
    fn line_and_column_for_node_22() {
        let e = check("{\n  \"a\": 1,\n}\n")
            .err()
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            e.v8_message(true),
            "Expected double-quoted property name in JSON at position 12 (line 3 column 1)"
        );
    }
}
