//! The JSON-array check behind exec form, following Go's `encoding/json` (what BuildKit uses).
//!
//! Written by hand rather than with serde_json because Go differs in ways that change the
//! AST: lone surrogates and invalid UTF-8 become U+FFFD, a number that overflows `float64`
//! is a decode error (so the line silently falls back to shell form), and nesting is capped
//! at 10000. The scanner is iterative so deep nesting cannot overflow the stack.

/// What a `[`-prefixed argument text turned out to be.
#[derive(Debug, PartialEq)]
pub enum JsonArray {
    /// Not a valid JSON array (or not decodable): BuildKit falls back to shell form silently.
    Invalid,
    /// A valid array with a non-string element: a hard parse error.
    NotStrings,
    /// A valid array of strings.
    Strings(Vec<String>),
}

/// Go's `maxNestingDepth` in `encoding/json`.
const MAX_DEPTH: usize = 10000;

/// Classifies `text` (already trimmed on the left by the caller) as BuildKit does.
pub fn parse_json_array(text: &[u8]) -> JsonArray {
    let mut p = Json { s: text, i: 0 };
    p.ws();
    if p.peek() != Some(b'[') {
        return JsonArray::Invalid;
    }
    p.i += 1;
    let mut strings = Vec::new();
    let mut all_strings = true;
    let mut overflow = false;
    p.ws();
    if p.peek() == Some(b']') {
        p.i += 1;
    } else {
        loop {
            p.ws();
            if p.peek() == Some(b'"') {
                match p.string() {
                    Some(s) => strings.push(s),
                    None => return JsonArray::Invalid,
                }
            } else {
                all_strings = false;
                match p.value(1) {
                    Some(o) => overflow |= o,
                    None => return JsonArray::Invalid,
                }
            }
            p.ws();
            match p.next() {
                Some(b',') => continue,
                Some(b']') => break,
                _ => return JsonArray::Invalid,
            }
        }
    }
    p.ws();
    if p.i != p.s.len() || overflow {
        return JsonArray::Invalid;
    }
    if all_strings {
        JsonArray::Strings(strings)
    } else {
        JsonArray::NotStrings
    }
}

struct Json<'a> {
    s: &'a [u8],
    i: usize,
}

impl Json<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        self.i += 1;
        c
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn lit(&mut self, word: &[u8]) -> Option<()> {
        if self.s.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            Some(())
        } else {
            None
        }
    }

    /// Skips one value of any kind, starting at nesting `depth`. Returns whether a number
    /// overflowed `float64`, or `None` on a syntax error.
    fn value(&mut self, depth: usize) -> Option<bool> {
        // Each entry is true for an object, false for an array.
        let mut stack: Vec<bool> = Vec::new();
        let mut overflow = false;
        loop {
            // Parse one scalar or open a container.
            self.ws();
            match self.peek()? {
                b'[' | b'{' => {
                    let is_obj = self.peek() == Some(b'{');
                    self.i += 1;
                    stack.push(is_obj);
                    if depth + stack.len() > MAX_DEPTH {
                        return None;
                    }
                    self.ws();
                    let close = if is_obj { b'}' } else { b']' };
                    if self.peek() == Some(close) {
                        self.i += 1;
                        stack.pop();
                    } else {
                        if is_obj {
                            self.key()?;
                        }
                        continue;
                    }
                }
                b'"' => {
                    self.string()?;
                }
                b't' => self.lit(b"true")?,
                b'f' => self.lit(b"false")?,
                b'n' => self.lit(b"null")?,
                _ => overflow |= self.number()?,
            }
            // After a value: close containers or move to the next element.
            loop {
                let Some(&is_obj) = stack.last() else {
                    return Some(overflow);
                };
                self.ws();
                match self.next()? {
                    b',' => {
                        if is_obj {
                            self.ws();
                            self.key()?;
                        }
                        break;
                    }
                    b'}' if is_obj => {
                        stack.pop();
                    }
                    b']' if !is_obj => {
                        stack.pop();
                    }
                    _ => return None,
                }
            }
        }
    }

    fn key(&mut self) -> Option<()> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.string()?;
        self.ws();
        (self.next()? == b':').then_some(())
    }

    fn number(&mut self) -> Option<bool> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        let text = std::str::from_utf8(self.s.get(start..self.i)?).ok()?;
        Some(text.parse::<f64>().map_or(true, |f| f.is_infinite()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.s.get(at..at + 4)?;
        let t = std::str::from_utf8(h).ok()?;
        if !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(t, 16).ok()
    }

    /// Decodes a string starting at its opening quote, the way Go's `unquote` does.
    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = self.peek()?;
            match c {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.i += 1;
                    let e = self.next()?;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let r = self.hex4(self.i)?;
                            self.i += 4;
                            if (0xD800..0xE000).contains(&r) {
                                // A valid pair is consumed whole; anything else is U+FFFD.
                                let low = if self.s.get(self.i..self.i + 2) == Some(b"\\u") {
                                    self.hex4(self.i + 2)
                                } else {
                                    None
                                };
                                match low {
                                    Some(lo) if r < 0xDC00 && (0xDC00..0xE000).contains(&lo) => {
                                        let cp = 0x10000 + ((r - 0xD800) << 10) + (lo - 0xDC00);
                                        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                                        self.i += 6;
                                    }
                                    _ => out.push('\u{fffd}'),
                                }
                            } else {
                                out.push(char::from_u32(r).unwrap_or('\u{fffd}'));
                            }
                        }
                        _ => return None,
                    }
                }
                0..=0x1F => return None,
                _ => {
                    let (ch, w) = crate::goquote::decode_utf8(self.s.get(self.i..)?);
                    out.push(ch.unwrap_or('\u{fffd}'));
                    self.i += w.max(1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> JsonArray {
        JsonArray::Strings(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn classifies_like_go() {
        assert_eq!(parse_json_array(b"[]"), strings(&[]));
        assert_eq!(
            parse_json_array(b"[ \"a\" ,\t\"b\" ] "),
            strings(&["a", "b"])
        );
        assert_eq!(
            parse_json_array(br#"["\u00e9\/\ud800x"]"#),
            strings(&["é/\u{fffd}x"])
        );
        assert_eq!(parse_json_array(br#"["\ud83d\ude00"]"#), strings(&["😀"]));
        assert_eq!(parse_json_array(br#"["a", ["b"]]"#), JsonArray::NotStrings);
        assert_eq!(
            parse_json_array(br#"[{"a":[1,null]}, true]"#),
            JsonArray::NotStrings
        );
        assert_eq!(parse_json_array(b"[1e400]"), JsonArray::Invalid);
        assert_eq!(parse_json_array(b"['a']"), JsonArray::Invalid);
        assert_eq!(parse_json_array(b"[\"a\",]"), JsonArray::Invalid);
        assert_eq!(parse_json_array(b"[\"a\"] x"), JsonArray::Invalid);
        assert_eq!(parse_json_array(b"[01]"), JsonArray::Invalid);
        assert_eq!(parse_json_array(b"[\"a\tb\"]"), JsonArray::Invalid);
        let deep = format!("[{}{}]", "[".repeat(9999), "]".repeat(9999));
        assert_eq!(parse_json_array(deep.as_bytes()), JsonArray::NotStrings);
        let deeper = format!("[{}{}]", "[".repeat(10000), "]".repeat(10000));
        assert_eq!(parse_json_array(deeper.as_bytes()), JsonArray::Invalid);
    }
}
