//! The Markdown lessons need, without a CommonMark crate: a splitter of top-level blocks
//! (headings, fenced code, quotes, lists, paragraphs, rules, HTML and indented code) with their
//! source ranges, inline text (code spans, emphasis, links, escapes and a few entities), and the
//! plain text `lesson play` prints. The page renders prose itself (`www/src/markdown.js`), so the
//! module only needs to know where blocks start and end; `lessons/README.md` names the subset.

/// What a top-level block is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind<'a> {
    /// An ATX (`## Title`) or setext heading: its level and its inline source.
    Heading(u8, &'a str),
    /// A fenced code block: its info string and its content (each line ending in `\n`).
    Fence(&'a str, String),
    /// A blockquote.
    Quote,
    /// A list (one run of items with the same marker kind).
    List,
    /// A paragraph.
    Para,
    /// A thematic break (`---`).
    Rule,
    /// An HTML block.
    Html,
    /// An indented code block.
    Indented,
}

/// One top-level block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MdBlock<'a> {
    /// What it is.
    pub kind: Kind<'a>,
    /// Its source, from its first non-blank character to the end of its last line.
    pub source: &'a str,
    /// Byte offset of `source` in the text.
    pub start: usize,
}

/// One line: its start offset and text (without `\n` or a trailing `\r`).
#[derive(Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

fn lines_of(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let t = piece.strip_suffix('\n').unwrap_or(piece);
        let t = t.strip_suffix('\r').unwrap_or(t);
        out.push(Line { start, text: t });
        start += piece.len();
    }
    out
}

/// Columns of leading indentation (a tab counts to the next multiple of 4).
fn indent(s: &str) -> usize {
    let mut col = 0;
    for c in s.chars() {
        match c {
            ' ' => col += 1,
            '\t' => col += 4 - col % 4,
            _ => break,
        }
    }
    col
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The line without up to 3 columns of indentation, or `None` when it is indented more.
fn shallow(s: &str) -> Option<&str> {
    (indent(s) <= 3).then(|| s.trim_start_matches([' ', '\t']))
}

/// An opening fence: its character, length and info string.
fn fence_open(s: &str) -> Option<(char, usize, &str)> {
    let t = shallow(s)?;
    let ch = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = t.len() - t.trim_start_matches(ch).len();
    if len < 3 {
        return None;
    }
    let info = t[len..].trim();
    if ch == '`' && info.contains('`') {
        return None;
    }
    Some((ch, len, info))
}

fn fence_close(s: &str, ch: char, len: usize) -> bool {
    let Some(t) = shallow(s) else {
        return false;
    };
    let rest = t.trim_start_matches(ch);
    t.len() - rest.len() >= len && rest.trim().is_empty()
}

/// An ATX heading: its level and content (closing `#`s removed).
fn atx(s: &str) -> Option<(u8, &str)> {
    let t = shallow(s)?;
    let level = t.len() - t.trim_start_matches('#').len();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &t[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let mut content = rest.trim();
    let closed = content.trim_end_matches('#');
    if closed.is_empty() || closed.ends_with([' ', '\t']) {
        content = closed.trim_end();
    }
    Some((level as u8, content))
}

fn rule(s: &str) -> bool {
    let Some(t) = shallow(s) else {
        return false;
    };
    let Some(ch) = t.chars().next().filter(|c| matches!(c, '-' | '*' | '_')) else {
        return false;
    };
    t.chars().all(|c| c == ch || c == ' ' || c == '\t') && t.matches(ch).count() >= 3
}

fn quote(s: &str) -> bool {
    shallow(s).is_some_and(|t| t.starts_with('>'))
}

fn html(s: &str) -> bool {
    shallow(s).is_some_and(|t| {
        let mut c = t.chars();
        c.next() == Some('<')
            && c.next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    })
}

/// A list item's marker: its kind (the bullet, or `.`/`)` for ordered), the column its content
/// starts at, whether the item is empty, and whether an ordered item starts at 1.
fn marker(s: &str) -> Option<(char, usize, bool, bool)> {
    let pad = indent(s);
    let t = shallow(s)?;
    let (kind, width, one) = match t.chars().next()? {
        c @ ('-' | '*' | '+') => (c, 1, false),
        _ => {
            let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if !(1..=9).contains(&digits) {
                return None;
            }
            let delim = t[digits..]
                .chars()
                .next()
                .filter(|c| *c == '.' || *c == ')')?;
            (
                delim,
                digits + 1,
                t[..digits].trim_start_matches('0') == "1",
            )
        }
    };
    let rest = &t[width..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let empty = rest.trim().is_empty();
    let gap = if empty { 1 } else { indent(rest).clamp(1, 4) };
    let gap = if gap > 4 { 1 } else { gap };
    Some((kind, pad + width + gap, empty, one))
}

/// A setext underline: the heading level it makes of the paragraph above.
fn setext(s: &str) -> Option<u8> {
    let t = shallow(s)?.trim_end();
    let ch = t.chars().next()?;
    (matches!(ch, '=' | '-') && t.chars().all(|c| c == ch)).then_some(if ch == '=' { 1 } else { 2 })
}

/// Whether a line ends a paragraph (a block that may interrupt one starts on it).
fn interrupts(s: &str) -> bool {
    atx(s).is_some()
        || fence_open(s).is_some()
        || quote(s)
        || rule(s)
        || marker(s)
            .is_some_and(|(kind, _, empty, one)| !empty && (matches!(kind, '-' | '*' | '+') || one))
}

/// Splits Markdown into its top-level blocks, in order.
pub fn blocks(text: &str) -> Vec<MdBlock<'_>> {
    let lines = lines_of(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if blank(line.text) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let kind = if let Some((level, content)) = atx(line.text) {
            i += 1;
            Kind::Heading(level, content)
        } else if let Some((ch, len, info)) = fence_open(line.text) {
            let pad = indent(line.text);
            let mut content = String::new();
            i += 1;
            while i < lines.len() {
                let l = lines[i].text;
                last = i;
                i += 1;
                if fence_close(l, ch, len) {
                    break;
                }
                let strip = indent(l).min(pad);
                content.push_str(l.get(strip..).unwrap_or(l.trim_start()));
                content.push('\n');
            }
            Kind::Fence(info, content)
        } else if rule(line.text) {
            i += 1;
            Kind::Rule
        } else if quote(line.text) {
            i += 1;
            while i < lines.len() && !blank(lines[i].text) {
                let l = lines[i].text;
                if !quote(l) && interrupts(l) {
                    break;
                }
                last = i;
                i += 1;
            }
            Kind::Quote
        } else if let Some((kind, mut width, _, _)) = marker(line.text) {
            i += 1;
            let mut gap = false;
            while i < lines.len() {
                let l = lines[i].text;
                if blank(l) {
                    gap = true;
                    i += 1;
                    continue;
                }
                let item = marker(l).filter(|m| m.0 == kind && indent(l) < width);
                let deep = indent(l) >= width;
                let takes = if rule(l) && !deep {
                    false
                } else if let Some(m) = item {
                    width = m.1;
                    true
                } else if gap {
                    deep
                } else {
                    deep || !(interrupts(l) || html(l))
                };
                if !takes {
                    break;
                }
                gap = false;
                last = i;
                i += 1;
            }
            i = last + 1;
            Kind::List
        } else if indent(line.text) >= 4 {
            i += 1;
            let mut j = i;
            while j < lines.len() {
                if indent(lines[j].text) >= 4 && !blank(lines[j].text) {
                    last = j;
                    i = j + 1;
                } else if !blank(lines[j].text) {
                    break;
                }
                j += 1;
            }
            Kind::Indented
        } else if html(line.text) {
            i += 1;
            while i < lines.len() && !blank(lines[i].text) {
                last = i;
                i += 1;
            }
            Kind::Html
        } else {
            i += 1;
            let mut kind = Kind::Para;
            while i < lines.len() && !blank(lines[i].text) {
                let l = lines[i].text;
                if let Some(level) = setext(l) {
                    let start =
                        lines[first].start + (line.text.len() - line.text.trim_start().len());
                    let end = lines[last].start + lines[last].text.len();
                    kind = Kind::Heading(level, text.get(start..end).unwrap_or(""));
                    last = i;
                    i += 1;
                    break;
                }
                if interrupts(l) {
                    break;
                }
                last = i;
                i += 1;
            }
            kind
        };
        let start = lines[first].start + (line.text.len() - line.text.trim_start().len());
        let end = lines[last].start + lines[last].text.len();
        out.push(MdBlock {
            kind,
            source: text.get(start..end).unwrap_or(""),
            start,
        });
    }
    out
}

/// Inline Markdown as text: code spans verbatim, emphasis and link syntax dropped, escapes and
/// common entities decoded, inline HTML left out; a soft line break becomes `soft`.
pub fn inline_text(src: &str, soft: char) -> String {
    let chars: Vec<char> = src.chars().collect();
    // First pass: tokens, with delimiter runs kept apart so emphasis can be paired.
    enum Tok {
        Text(String),
        Run(char, usize, bool, bool),
    }
    let mut toks: Vec<Tok> = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let punct = |c: Option<&char>| c.is_none_or(|c| c.is_ascii_punctuation());
    let space = |c: Option<&char>| c.is_none_or(|c| c.is_whitespace());
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                text.push(chars[i + 1]);
                i += 2;
            }
            '\\' if i + 1 < chars.len() && chars[i + 1] == '\n' => {
                text.push('\n');
                i += 2;
            }
            '`' => {
                let n = chars[i..].iter().take_while(|c| **c == '`').count();
                let mut j = i + n;
                let mut end = None;
                while j < chars.len() {
                    if chars[j] == '`' {
                        let m = chars[j..].iter().take_while(|c| **c == '`').count();
                        if m == n {
                            end = Some(j);
                            break;
                        }
                        j += m;
                    } else {
                        j += 1;
                    }
                }
                match end {
                    Some(j) => {
                        let code: String = chars[i + n..j]
                            .iter()
                            .map(|c| if *c == '\n' { ' ' } else { *c })
                            .collect();
                        let trimmed = if code.len() >= 2
                            && code.starts_with(' ')
                            && code.ends_with(' ')
                            && !code.trim().is_empty()
                        {
                            &code[1..code.len() - 1]
                        } else {
                            &code
                        };
                        text.push_str(trimmed);
                        i = j + n;
                    }
                    None => {
                        text.extend(std::iter::repeat_n('`', n));
                        i += n;
                    }
                }
            }
            '*' | '_' => {
                let n = chars[i..].iter().take_while(|x| **x == c).count();
                let before = i.checked_sub(1).and_then(|b| chars.get(b));
                let after = chars.get(i + n);
                let left = !space(after) && (!punct(after) || space(before) || punct(before));
                let right = !space(before) && (!punct(before) || space(after) || punct(after));
                let (open, close) = if c == '_' {
                    (
                        left && (!right || punct(before)),
                        right && (!left || punct(after)),
                    )
                } else {
                    (left, right)
                };
                if !text.is_empty() {
                    toks.push(Tok::Text(std::mem::take(&mut text)));
                }
                toks.push(Tok::Run(c, n, open, close));
                i += n;
            }
            '!' if chars.get(i + 1) == Some(&'[') => i += 1,
            '[' => {
                // An inline link `[text](dest)`: keep the text, drop the destination.
                let close = chars[i..].iter().position(|c| *c == ']').map(|p| p + i);
                match close {
                    Some(k) if chars.get(k + 1) == Some(&'(') => {
                        match chars[k..].iter().position(|c| *c == ')') {
                            Some(p) => {
                                let inner: String = chars[i + 1..k].iter().collect();
                                text.push_str(&inline_text(&inner, soft));
                                i = k + p + 1;
                            }
                            None => {
                                text.push('[');
                                i += 1;
                            }
                        }
                    }
                    _ => {
                        text.push('[');
                        i += 1;
                    }
                }
            }
            '<' => {
                let close = chars[i..].iter().position(|c| *c == '>').map(|p| p + i);
                let inner: String =
                    close.map_or(String::new(), |k| chars[i + 1..k].iter().collect());
                let autolink = inner.contains(':')
                    && !inner.contains([' ', '<'])
                    && inner
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic());
                match close {
                    Some(k) if autolink => {
                        text.push_str(&inner);
                        i = k + 1;
                    }
                    Some(k) if html_tag(&inner) => i = k + 1,
                    _ => {
                        text.push('<');
                        i += 1;
                    }
                }
            }
            '&' => {
                let semi = chars[i..].iter().take(12).position(|c| *c == ';');
                let name: String =
                    semi.map_or(String::new(), |p| chars[i + 1..i + p].iter().collect());
                let decoded = match name.as_str() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    n => n
                        .strip_prefix("#x")
                        .or_else(|| n.strip_prefix("#X"))
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                match (decoded, semi) {
                    (Some(d), Some(p)) => {
                        text.push(d);
                        i += p + 1;
                    }
                    _ => {
                        text.push('&');
                        i += 1;
                    }
                }
            }
            '\n' => {
                // Two trailing spaces make a hard break; either way the spaces go.
                let hard = text.ends_with("  ");
                while text.ends_with(' ') {
                    text.pop();
                }
                text.push(if hard { '\n' } else { soft });
                i += 1;
                while chars.get(i) == Some(&' ') {
                    i += 1;
                }
            }
            _ => {
                text.push(c);
                i += 1;
            }
        }
    }
    if !text.is_empty() {
        toks.push(Tok::Text(text));
    }
    // Second pass: pair emphasis runs (an opener with the next closer of the same character);
    // paired runs vanish, unpaired ones stay as literal characters.
    let mut keep: Vec<usize> = toks
        .iter()
        .map(|t| match t {
            Tok::Run(_, n, _, _) => *n,
            Tok::Text(_) => 0,
        })
        .collect();
    let mut stack: Vec<usize> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if let Tok::Run(c, _, open, close) = t {
            if *close {
                if let Some(pos) = stack
                    .iter()
                    .rposition(|o| matches!(toks[*o], Tok::Run(oc, ..) if oc == *c))
                {
                    let o = stack[pos];
                    let used = keep[o].min(keep[k]);
                    keep[o] -= used;
                    keep[k] -= used;
                    stack.truncate(pos);
                    if keep[o] > 0 {
                        stack.push(o);
                    }
                    if keep[k] == 0 {
                        continue;
                    }
                }
            }
            if *open && keep[k] > 0 {
                stack.push(k);
            }
        }
    }
    let mut out = String::new();
    for (k, t) in toks.iter().enumerate() {
        match t {
            Tok::Text(s) => out.push_str(s),
            Tok::Run(c, ..) => out.extend(std::iter::repeat_n(*c, keep[k])),
        }
    }
    out
}

/// Whether `<inner>` is raw HTML as CommonMark reads it inline: an open tag with well-formed
/// attributes, a closing tag, or a comment (anything else, `<b x=a=b>`, is text).
fn html_tag(inner: &str) -> bool {
    if let Some(rest) = inner.strip_prefix("!--") {
        return rest.ends_with("--");
    }
    let (closing, body) = match inner.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, inner),
    };
    let name_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let mut rest = &body[name_len..];
    if closing {
        return rest.trim().is_empty();
    }
    loop {
        let trimmed = rest.trim_start();
        if trimmed.is_empty() || trimmed == "/" {
            return true;
        }
        if trimmed.len() == rest.len() {
            // Attributes are separated by whitespace.
            return false;
        }
        let n = trimmed
            .find(|c: char| !(c.is_ascii_alphanumeric() || "_.:-".contains(c)))
            .unwrap_or(trimmed.len());
        if n == 0 || !trimmed.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == ':')
        {
            return false;
        }
        rest = &trimmed[n..];
        let after = rest.trim_start();
        if let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let len = match value.chars().next() {
                Some(q @ ('"' | '\'')) => match value[1..].find(q) {
                    Some(end) => end + 2,
                    None => return false,
                },
                Some(_) => value
                    .find(|c: char| c.is_whitespace() || "\"'=<>`".contains(c))
                    .unwrap_or(value.len()),
                None => return false,
            };
            rest = &value[len..];
        }
    }
}

/// The lines of a blockquote without their `>` markers (lazy lines as they are).
pub fn unquote(source: &str) -> String {
    source
        .lines()
        .map(|l| match shallow(l).and_then(|t| t.strip_prefix('>')) {
            Some(rest) => rest.strip_prefix(' ').unwrap_or(rest),
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A list's items: the content of each, its continuation lines de-indented.
fn items(source: &str) -> (Vec<String>, bool) {
    let mut items: Vec<String> = Vec::new();
    let mut width = 0;
    let mut loose = false;
    let mut gap = false;
    let mut kind = None;
    for l in source.lines() {
        let m = marker(l).filter(|m| kind.is_none_or(|k| k == m.0) && indent(l) < width.max(1));
        if let Some((k, w, _, _)) = m {
            kind = Some(k);
            width = w;
            if gap && !items.is_empty() {
                loose = true;
            }
            let t = l.trim_start();
            let body = t.get(w - indent(l)..).unwrap_or("").to_string();
            items.push(body);
            gap = false;
        } else if let Some(item) = items.last_mut() {
            if blank(l) {
                gap = true;
                item.push('\n');
                continue;
            }
            if gap {
                // A blank line inside an item between two of its blocks.
                loose = true;
            }
            gap = false;
            let strip = indent(l).min(width);
            item.push('\n');
            item.push_str(l.get(strip..).unwrap_or(l.trim_start()));
        }
    }
    for item in &mut items {
        let trimmed = item.trim_end().len();
        item.truncate(trimmed);
    }
    (items, loose)
}

/// Appends Markdown as plain text: paragraphs, list items with `- `, code indented by four.
pub fn push_plain(out: &mut String, markdown: &str, tight: bool) {
    for b in blocks(markdown) {
        match b.kind {
            Kind::Heading(_, content) => {
                out.push_str(&inline_text(content, ' '));
                out.push_str("\n\n");
            }
            Kind::Para => {
                out.push_str(&inline_text(b.source, ' '));
                if !tight {
                    out.push_str("\n\n");
                }
            }
            Kind::Fence(_, content) => code(out, &content),
            Kind::Indented => {
                let content: String = b
                    .source
                    .lines()
                    .enumerate()
                    .map(|(i, l)| {
                        let l = if i == 0 {
                            l
                        } else {
                            l.get(indent(l).min(4)..).unwrap_or(l)
                        };
                        format!("{l}\n")
                    })
                    .collect();
                code(out, &content);
            }
            Kind::Quote => push_plain(out, &unquote(b.source), false),
            Kind::List => {
                let (list, loose) = items(b.source);
                for item in list {
                    out.push_str("- ");
                    push_plain(out, &item, !loose);
                    if !out.ends_with('\n') {
                        out.push('\n');
                    }
                }
                out.push('\n');
            }
            Kind::Rule | Kind::Html => {}
        }
    }
}

fn code(out: &mut String, content: &str) {
    for line in content.lines() {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, &str)> {
        blocks(text)
            .into_iter()
            .map(|b| (format!("{:?}", b.kind).chars().take(4).collect(), b.source))
            .collect()
    }

    #[test]
    fn splits_blocks_where_commonmark_does() {
        let k = kinds("# T\npara\nlazy\n- item\n  more\n\n  deep\nnext para\n\n```sh x\ncode\n```\n> q\nlazy\n\n---\nTitle\n===\n");
        assert_eq!(
            k,
            vec![
                ("Head".to_string(), "# T"),
                ("Para".to_string(), "para\nlazy"),
                ("List".to_string(), "- item\n  more\n\n  deep\nnext para"),
                ("Fenc".to_string(), "```sh x\ncode\n```"),
                ("Quot".to_string(), "> q\nlazy"),
                ("Rule".to_string(), "---"),
                ("Head".to_string(), "Title\n==="),
            ]
        );
        // An unclosed fence runs to the end.
        let b = blocks("```goals\nimage a\n");
        assert_eq!(b[0].kind, Kind::Fence("goals", "image a\n".to_string()));
        assert_eq!(atx("## Title ##"), Some((2, "Title")));
        assert_eq!(atx("#hashtag"), None);
    }

    #[test]
    fn inline_text_drops_markup() {
        assert_eq!(
            inline_text(
                "**Hint:** use `a  b` and *this* [link](u) \\* &amp; a_b_c <b>x</b>",
                ' '
            ),
            "Hint: use a  b and this link * & a_b_c x"
        );
        assert_eq!(
            inline_text("*인스트럭션*이에요 5 * 3", ' '),
            "인스트럭션이에요 5 * 3"
        );
        assert_eq!(inline_text("one\ntwo  \nthree", ' '), "one two\nthree");
        assert_eq!(
            inline_text("`unclosed and **open", ' '),
            "`unclosed and **open"
        );
        assert_eq!(
            inline_text(
                "a <im src=x onerror=w.x=17> <b>b</b> <q cite=\"u\" x>c</q><!-- n -->",
                ' '
            ),
            "a <im src=x onerror=w.x=17> b c"
        );
    }
}
