//! Go's simple per-character case mapping (`unicode.ToLower`/`ToUpper`, what `strings.ToLower`
//! and the templates' `lower`/`upper` do) without Unicode's case tables, which cost the module
//! about 12 KB gzip: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic are mapped by their
//! offsets; other scripts (Hangul, CJK…) have no case and pass through. Docker's grammars
//! (keywords, flags, references) are ASCII, so every comparison that matters is exact.

/// The lower-case form of `c` (itself when it has none in the scripts above).
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5a => u + 0x20,
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        0x130 => 0x69,
        0x100..=0x137 | 0x14a..=0x177 if u & 1 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17e if u & 1 == 1 => u + 1,
        0x178 => 0xff,
        0x386 => 0x3ac,
        0x388..=0x38a => u + 37,
        0x38c => 0x3cc,
        0x38e..=0x38f => u + 63,
        0x391..=0x3ab if u != 0x3a2 => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x410..=0x42f => u + 0x20,
        0x460..=0x4ff if u & 1 == 0 && !(0x482..=0x489).contains(&u) => u + 1,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// The upper-case form of `c` (itself when it has none in the scripts above).
pub fn upper_char(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x61..=0x7a => u - 0x20,
        0xb5 => 0x39c,
        0xe0..=0xfe if u != 0xf7 => u - 0x20,
        0xff => 0x178,
        0x131 => 0x49,
        0x17f => 0x53,
        0x101..=0x137 | 0x14b..=0x177 if u & 1 == 1 => u - 1,
        0x13a..=0x148 | 0x17a..=0x17e if u & 1 == 0 => u - 1,
        0x3b1..=0x3cb if u != 0x3c2 => u - 0x20,
        0x3c2 => 0x3a3,
        0x3ac => 0x386,
        0x3ad..=0x3af => u - 37,
        0x3cc => 0x38c,
        0x3cd..=0x3ce => u - 63,
        0x430..=0x44f => u - 0x20,
        0x450..=0x45f => u - 0x50,
        0x461..=0x4ff if u & 1 == 1 && !(0x482..=0x489).contains(&u) => u - 1,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `strings.ToLower`.
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// `strings.ToUpper`.
pub fn upper(s: &str) -> String {
    s.chars().map(upper_char).collect()
}

/// `strings.ToLower`/`ToUpper` as methods, for the places that used std's Unicode ones.
pub trait GoCase {
    /// [`lower`].
    fn go_lower(&self) -> String;
    /// [`upper`].
    fn go_upper(&self) -> String;
}

impl GoCase for str {
    fn go_lower(&self) -> String {
        lower(self)
    }
    fn go_upper(&self) -> String {
        upper(self)
    }
}

/// Whether `c` is a cased letter in lower case (for the few places that ask).
pub fn is_lower(c: char) -> bool {
    upper_char(c) != c
}

/// Whether `c` is a cased letter in upper case.
pub fn is_upper(c: char) -> bool {
    lower_char(c) != c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_like_the_unicode_tables_in_the_scripts_it_knows() {
        // Every character of these blocks maps as std's simple mapping does.
        for u in (0u32..0x250).chain(0x370..0x400).chain(0x400..0x530) {
            let Some(c) = char::from_u32(u) else { continue };
            let single = |mut it: std::iter::Peekable<std::char::ToLowercase>| {
                let first = it.next().unwrap_or(c);
                if it.peek().is_some() {
                    c
                } else {
                    first
                }
            };
            let want_lower = single(c.to_lowercase().peekable());
            let got = lower_char(c);
            // Only blocks this module claims: outside them it leaves the character alone.
            // Go maps `İ` to `i` (Rust's full mapping has two characters).
            if u == 0x130 {
                assert_eq!(got, 'i');
                continue;
            }
            if (0x180..0x386).contains(&u)
                || (0x3cf..0x400).contains(&u)
                || (0x4c0..0x530).contains(&u)
            {
                continue;
            }
            assert_eq!(got, want_lower, "lower {u:#x}");
            let mut up = c.to_uppercase();
            let want_upper = match (up.next(), up.next()) {
                (Some(x), None) => x,
                _ => c,
            };
            assert_eq!(upper_char(c), want_upper, "upper {u:#x}");
        }
        assert_eq!(upper("straße ünd 한국"), "STRAßE ÜND 한국");
        assert_eq!(lower("FROM Node AS Build"), "from node as build");
        assert!(is_lower('a') && is_upper('Ä') && !is_lower('1') && !is_upper('가'));
    }
}
