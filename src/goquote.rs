//! Go's `strconv.Quote`, the quoting Docker and BuildKit print strings with (one copy for the crate).

/// Quotes `b` the way Go's `strconv.Quote` does: printable characters as-is, short escapes
/// where Go has them, `\xHH` for control bytes and for bytes that are not valid UTF-8.
pub fn go_quote_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 2);
    out.push('"');
    let mut rest = b;
    while !rest.is_empty() {
        let (decoded, width) = decode_utf8(rest);
        match decoded {
            None => {
                // Go prints every byte of an invalid sequence on its own.
                if let Some(byte) = rest.first() {
                    out.push_str(&format!("\\x{byte:02x}"));
                }
            }
            Some(c) => push_quoted_char(&mut out, c),
        }
        rest = rest.get(width.max(1)..).unwrap_or_default();
    }
    out.push('"');
    out
}

/// Quotes a string; see [`go_quote_bytes`].
pub fn go_quote(s: &str) -> String {
    go_quote_bytes(s.as_bytes())
}

fn push_quoted_char(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        _ if is_go_printable(c) => out.push(c),
        '\u{7}' => out.push_str("\\a"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{b}' => out.push_str("\\v"),
        _ if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02x}", c as u32)),
        _ if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        _ => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// Decodes one UTF-8 scalar from the front of `b`. `None` with width 1 means an invalid byte,
/// which is how Go's `utf8.DecodeRune` reports it.
pub fn decode_utf8(b: &[u8]) -> (Option<char>, usize) {
    let Some(&first) = b.first() else {
        return (None, 0);
    };
    if first < 0x80 {
        return (Some(first as char), 1);
    }
    let width = match first {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (None, 1),
    };
    match b.get(..width).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next(), width),
        None => (None, 1),
    }
}

/// Non-printable ranges besides controls: separators other than U+0020, format characters,
/// private use, noncharacters and the large unassigned blocks. Go uses the full Unicode 15
/// table; this compact list covers every assigned format/space character and the big gaps.
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0x00A0, 0x00A0),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x1680, 0x1680),
    (0x180E, 0x180E),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x2064),
    (0x2065, 0x206F),
    (0x3000, 0x3000),
    (0xD800, 0xF8FF),
    (0xFDD0, 0xFDEF),
    (0xFEFF, 0xFEFF),
    (0xFFF0, 0xFFFB),
    (0xFFFE, 0xFFFF),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0x323B0, 0xDFFFF),
    (0xE0000, 0x10FFFF),
];

/// Whether Go's `strconv.IsPrint` holds: Unicode L, M, N, P, S or the ASCII space.
pub fn is_go_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7F..0xA0).contains(&u) {
        return false;
    }
    if u < 0x7F {
        return true;
    }
    // Plane-wide noncharacters (U+xFFFE, U+xFFFF).
    if u & 0xFFFE == 0xFFFE {
        return false;
    }
    // Tag characters U+E0100..U+E01EF are variation selectors (Mn), hence printable.
    if (0xE0100..=0xE01EF).contains(&u) {
        return true;
    }
    !NON_PRINTABLE.iter().any(|&(lo, hi)| lo <= u && u <= hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_go() {
        assert_eq!(go_quote("a\"b\\c'd"), r#""a\"b\\c'd""#);
        assert_eq!(go_quote("\0\u{7}\t\u{7f}"), r#""\x00\a\t\x7f""#);
        assert_eq!(go_quote("♥ é \u{a0}\u{200b}"), "\"♥ é \\u00a0\\u200b\"");
        assert_eq!(go_quote("\u{e0001}😀"), "\"\\U000e0001😀\"");
        assert_eq!(go_quote_bytes(b"a\xffb\xe2\x99"), r#""a\xffb\xe2\x99""#);
    }
}
