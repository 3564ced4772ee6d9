//! Output primitives shared by all tables: durations, sizes, truncation, Go quoting, tab layout.
//!
//! Each function reproduces one helper the docker CLI uses (go-units `HumanDuration`,
//! `HumanSizeWithPrecision`, `BytesSize`, `formatter.Ellipsis`, Go's `strconv.Quote`, the
//! CLI's forked `tabwriter`), so that tables line up byte for byte with Docker 28.

use std::fmt::Write as _;

/// go-units `HumanDuration` for a whole number of seconds; negative counts as zero.
///
/// `human_duration(90)` is `"About a minute"`; callers append `" ago"` or prepend `"Up "`.
pub fn human_duration(secs: i64) -> String {
    let secs = secs.max(0);
    if secs < 1 {
        return "Less than a second".to_string();
    }
    if secs == 1 {
        return "1 second".to_string();
    }
    if secs < 60 {
        return format!("{secs} seconds");
    }
    let minutes = secs / 60;
    if minutes == 1 {
        return "About a minute".to_string();
    }
    if minutes < 60 {
        return format!("{minutes} minutes");
    }
    // Go rounds hours half up here (`int(d.Hours() + 0.5)`).
    let hours = (secs + 1800) / 3600;
    if hours == 1 {
        return "About an hour".to_string();
    }
    if hours < 48 {
        return format!("{hours} hours");
    }
    if hours < 24 * 7 * 2 {
        return format!("{} days", hours / 24);
    }
    if hours < 24 * 30 * 2 {
        return format!("{} weeks", hours / 24 / 7);
    }
    if hours < 24 * 365 * 2 {
        return format!("{} months", hours / 24 / 30);
    }
    // The years branch truncates instead of rounding, hence "1 years" just before two years.
    format!("{} years", secs / 3600 / 24 / 365)
}

const DECIMAL_UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
const BINARY_UNITS: [&str; 9] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];

/// go-units `HumanSize`: decimal units, 4 significant digits (`49.56MB`, `1.234kB`).
pub fn human_size(bytes: u64) -> String {
    human_size_prec(bytes, 4)
}

/// go-units `HumanSizeWithPrecision`: decimal units and Go's `%.<prec>g` (`1.13GB`, `1e+03MB`).
pub fn human_size_prec(bytes: u64, prec: usize) -> String {
    scaled(bytes as f64, 1000.0, &DECIMAL_UNITS, prec)
}

/// go-units `BytesSize`: binary units, 4 significant digits (`1.5MiB`, `7.63GiB`).
pub fn bytes_size(bytes: u64) -> String {
    scaled(bytes as f64, 1024.0, &BINARY_UNITS, 4)
}

fn scaled(mut size: f64, base: f64, units: &[&str], prec: usize) -> String {
    let mut i = 0;
    while size >= base && i + 1 < units.len() {
        size /= base;
        i += 1;
    }
    let unit = units.get(i).copied().unwrap_or("");
    format!("{}{unit}", go_format_g(size, prec))
}

/// Go's `fmt.Sprintf("%.<prec>g", v)` for finite, non-negative values.
pub fn go_format_g(v: f64, prec: usize) -> String {
    let prec = prec.clamp(1, 17);
    // Rust's `{:.Ne}` rounds the exact binary value half-to-even, as Go's strconv does.
    let e = format!("{:.*e}", prec - 1, v);
    let Some((mantissa, exp)) = e.split_once('e') else {
        return e;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if neg { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0");
    }
    format_decimal_digits(sign, digits, exp, prec as i32)
}

/// Lays out significant `digits` (no trailing zeros) with decimal exponent `exp` the way Go's
/// `%g` does: exponent form when `exp < -4 || exp >= eprec`.
fn format_decimal_digits(sign: &str, digits: &str, exp: i32, eprec: i32) -> String {
    let nd = digits.len() as i32;
    if exp < -4 || exp >= eprec {
        let (first, rest) = digits.split_at(1);
        let mut s = format!("{sign}{first}");
        if !rest.is_empty() {
            s.push('.');
            s.push_str(rest);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        let _ = write!(s, "e{esign}{:02}", exp.abs());
        return s;
    }
    let dp = exp + 1; // digits before the decimal point
    let mut s = sign.to_string();
    if dp <= 0 {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', (-dp) as usize));
        s.push_str(digits);
    } else if dp >= nd {
        s.push_str(digits);
        s.extend(std::iter::repeat_n('0', (dp - nd) as usize));
    } else {
        let (int, frac) = digits.split_at(dp as usize);
        s.push_str(int);
        s.push('.');
        s.push_str(frac);
    }
    s
}

/// Go's `%v` for a float64 (`strconv.FormatFloat(v, 'g', -1, 64)`): shortest round-trip
/// digits, exponent form below 1e-4 and from 1e6 (`1e+06`, `123456`, `0.1`).
pub fn go_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.to_string();
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    // `{:e}` gives the shortest round-tripping digits.
    let e = format!("{v:e}");
    let Some((mantissa, exp)) = e.split_once('e') else {
        return e;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if v < 0.0 { "-" } else { "" };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    // With shortest formatting Go decides on the exponent form as if the precision were 6.
    format_decimal_digits(sign, digits, exp, 6)
}

/// Whether `c` is East Asian Wide or Fullwidth (`golang.org/x/text/width`), the test
/// `formatter.Ellipsis` uses.
fn is_wide(c: char) -> bool {
    let c = c as u32;
    const WIDE: &[(u32, u32)] = &[
        (0x1100, 0x115F),
        (0x231A, 0x231B),
        (0x2329, 0x232A),
        (0x23E9, 0x23EC),
        (0x23F0, 0x23F0),
        (0x23F3, 0x23F3),
        (0x25FD, 0x25FE),
        (0x2614, 0x2615),
        (0x2648, 0x2653),
        (0x267F, 0x267F),
        (0x2693, 0x2693),
        (0x26A1, 0x26A1),
        (0x26AA, 0x26AB),
        (0x26BD, 0x26BE),
        (0x26C4, 0x26C5),
        (0x26CE, 0x26CE),
        (0x26D4, 0x26D4),
        (0x26EA, 0x26EA),
        (0x26F2, 0x26F3),
        (0x26F5, 0x26F5),
        (0x26FA, 0x26FA),
        (0x26FD, 0x26FD),
        (0x2705, 0x2705),
        (0x270A, 0x270B),
        (0x2728, 0x2728),
        (0x274C, 0x274C),
        (0x274E, 0x274E),
        (0x2753, 0x2755),
        (0x2757, 0x2757),
        (0x2795, 0x2797),
        (0x27B0, 0x27B0),
        (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C),
        (0x2B50, 0x2B50),
        (0x2B55, 0x2B55),
        (0x2E80, 0x303E),
        (0x3041, 0x33FF),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xA000, 0xA4CF),
        (0xA960, 0xA97F),
        (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF),
        (0xFE10, 0xFE19),
        (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60),
        (0xFFE0, 0xFFE6),
        (0x16FE0, 0x16FE4),
        (0x17000, 0x18CFF),
        (0x1B000, 0x1B2FF),
        (0x1F004, 0x1F004),
        (0x1F0CF, 0x1F0CF),
        (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A),
        (0x1F200, 0x1F251),
        (0x1F260, 0x1F265),
        (0x1F300, 0x1F320),
        (0x1F32D, 0x1F335),
        (0x1F337, 0x1F37C),
        (0x1F37E, 0x1F393),
        (0x1F3A0, 0x1F3CA),
        (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0),
        (0x1F3F4, 0x1F3F4),
        (0x1F3F8, 0x1F43E),
        (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC),
        (0x1F4FF, 0x1F53D),
        (0x1F54B, 0x1F54E),
        (0x1F550, 0x1F567),
        (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596),
        (0x1F5A4, 0x1F5A4),
        (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5),
        (0x1F6CC, 0x1F6CC),
        (0x1F6D0, 0x1F6D2),
        (0x1F6D5, 0x1F6D7),
        (0x1F6DC, 0x1F6DF),
        (0x1F6EB, 0x1F6EC),
        (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7EB),
        (0x1F7F0, 0x1F7F0),
        (0x1F90C, 0x1F93A),
        (0x1F93C, 0x1F945),
        (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF),
        (0x20000, 0x2FFFD),
        (0x30000, 0x3FFFD),
    ];
    in_ranges(c, WIDE)
}

/// Characters that occupy no cell of their own: combining marks, conjoining Hangul vowels and
/// finals, zero-width format characters, variation selectors and emoji skin-tone modifiers.
fn is_zero_width(c: char) -> bool {
    let c = c as u32;
    const ZERO: &[(u32, u32)] = &[
        (0x0300, 0x036F),
        (0x0483, 0x0489),
        (0x0591, 0x05BD),
        (0x05BF, 0x05BF),
        (0x05C1, 0x05C2),
        (0x05C4, 0x05C5),
        (0x05C7, 0x05C7),
        (0x0610, 0x061A),
        (0x064B, 0x065F),
        (0x0670, 0x0670),
        (0x06D6, 0x06DC),
        (0x06DF, 0x06E4),
        (0x06E7, 0x06E8),
        (0x06EA, 0x06ED),
        (0x0900, 0x0903),
        (0x093A, 0x093C),
        (0x093E, 0x094F),
        (0x0951, 0x0957),
        (0x0962, 0x0963),
        (0x0E31, 0x0E31),
        (0x0E34, 0x0E3A),
        (0x0E47, 0x0E4E),
        (0x1160, 0x11FF),
        (0x1AB0, 0x1AFF),
        (0x1DC0, 0x1DFF),
        (0x200B, 0x200F),
        (0x2028, 0x202E),
        (0x2060, 0x2064),
        (0x20D0, 0x20FF),
        (0x302A, 0x302F),
        (0x3099, 0x309A),
        (0xD7B0, 0xD7FF),
        (0xFE00, 0xFE0F),
        (0xFE20, 0xFE2F),
        (0xFEFF, 0xFEFF),
        (0x1F3FB, 0x1F3FF),
        (0xE0000, 0xE0FFF),
    ];
    c < 0x20 || (0x7F..0xA0).contains(&c) || in_ranges(c, ZERO)
}

fn in_ranges(c: u32, ranges: &[(u32, u32)]) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Terminal cells one character takes (go-runewidth, non-East-Asian locale): 0, 1 or 2.
pub fn char_width(c: char) -> usize {
    // Printable ASCII first: nearly every cell of a table, and no table lookup.
    if (' '..'\x7f').contains(&c) {
        1
    } else if is_zero_width(c) {
        0
    } else if is_wide(c) {
        2
    } else {
        1
    }
}

/// Terminal cells a string takes: Hangul, CJK, fullwidth forms and most emoji take 2, combining
/// marks 0. Used for table column widths.
pub fn display_width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    s.chars().map(char_width).sum()
}

/// `formatter.Ellipsis`: cut `s` to `max_cells` display cells, the last being `…`.
///
/// Like Docker, only East Asian Wide/Fullwidth characters count double here, and a first
/// character wider than the room left stops truncation altogether.
pub fn ellipsis(s: &str, max_cells: usize) -> String {
    if max_cells == 0 {
        return String::new();
    }
    let chars: Vec<char> = s.chars().collect();
    if max_cells == 1 {
        return chars.first().map(|c| c.to_string()).unwrap_or_default();
    }
    if s.is_ascii() {
        if s.len() <= max_cells {
            return s.to_string();
        }
        let mut out: String = chars.iter().take(max_cells - 1).collect();
        out.push('…');
        return out;
    }
    let mut cumulative = Vec::with_capacity(chars.len());
    let mut total = 0;
    for &c in &chars {
        total += if is_wide(c) { 2 } else { 1 };
        cumulative.push(total);
    }
    if total <= max_cells {
        return s.to_string();
    }
    let room = max_cells - 1;
    for i in 0..cumulative.len() {
        let here = cumulative.get(i).copied().unwrap_or(0);
        let next = cumulative.get(i + 1).copied().unwrap_or(usize::MAX);
        if here <= room && next > room {
            let mut out: String = chars.iter().take(i + 1).collect();
            out.push('…');
            return out;
        }
    }
    s.to_string()
}

pub use crate::goquote::go_quote;

/// Lays out tab-separated text like Docker's tabwriter (minwidth 10, padding 3, spaces): see
/// [`tabwrite`]. Each row is one line; cells are joined by tabs; every row ends with `\n`.
pub fn table(rows: &[Vec<String>]) -> String {
    // Rows of one length whose cells hold no tabwriter control characters (every listing the
    // client draws) make one block per column: each column is as wide as its widest cell plus
    // the padding, the last is not padded. Laid out directly, that is what `tabwrite` gives,
    // in one pass over 10,000 rows instead of joining and re-splitting them.
    let n = rows.first().map_or(0, Vec::len);
    let plain = rows.iter().all(|r| {
        r.len() == n
            && r.iter()
                .all(|c| !c.contains(['\t', '\n', '\u{b}', '\u{c}']))
    });
    if plain && n > 0 {
        let mut widths = vec![10usize; n - 1];
        let mut cell_widths: Vec<usize> = Vec::with_capacity(rows.len() * n);
        for row in rows {
            for (j, cell) in row.iter().enumerate() {
                let w = display_width(cell);
                cell_widths.push(w);
                if let Some(col) = widths.get_mut(j) {
                    *col = (*col).max(w + 3);
                }
            }
        }
        let line: usize = widths.iter().sum::<usize>() + 40;
        let mut out = String::with_capacity(rows.len() * line);
        let mut k = 0;
        for row in rows {
            for (j, cell) in row.iter().enumerate() {
                out.push_str(cell);
                if let Some(&col) = widths.get(j) {
                    out.extend(std::iter::repeat_n(' ', col.saturating_sub(cell_widths[k])));
                }
                k += 1;
            }
            out.push('\n');
        }
        return out;
    }
    let mut text = String::new();
    for row in rows {
        text.push_str(&row.join("\t"));
        text.push('\n');
    }
    tabwrite(&text, 10, 3)
}

/// Go's `text/tabwriter` as forked by the docker CLI (cell widths in display cells), padding
/// with spaces, no flags: tab-terminated cells of consecutive lines form a column as wide as
/// `max(minwidth, widest + padding)`; text after the last tab of a line is not padded.
/// `\v` ends a cell too, and `\f` ends a line and every column.
pub fn tabwrite(text: &str, minwidth: usize, padding: usize) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut lines: Vec<Vec<&str>> = vec![Vec::new()];
    let mut start = 0;
    for (i, ch) in text.char_indices() {
        if !matches!(ch, '\t' | '\u{b}' | '\n' | '\u{c}') {
            continue;
        }
        let cell = text.get(start..i).unwrap_or("");
        start = i + 1;
        if let Some(line) = lines.last_mut() {
            line.push(cell);
        }
        if ch == '\n' || ch == '\u{c}' {
            lines.push(Vec::new());
            if ch == '\u{c}' {
                // A form feed closes all columns: lay out what came before on its own.
                let n = lines.len();
                format_block(&mut out, &lines, 0, n, &mut Vec::new(), minwidth, padding);
                lines = vec![Vec::new()];
            }
        }
    }
    let tail = text.get(start..).unwrap_or("");
    if !tail.is_empty() {
        if let Some(line) = lines.last_mut() {
            line.push(tail);
        }
    }
    // The final (unterminated) line prints without a newline.
    let n = lines.len();
    format_block(&mut out, &lines, 0, n, &mut Vec::new(), minwidth, padding);
    out
}

/// The elastic-tabstop recursion of `tabwriter.format`: find runs of lines that have a cell in
/// the current column, size that column for the run, and recurse to the next column.
fn format_block(
    out: &mut String,
    lines: &[Vec<&str>],
    line0: usize,
    line1: usize,
    widths: &mut Vec<usize>,
    minwidth: usize,
    padding: usize,
) {
    let column = widths.len();
    let mut line0 = line0;
    let mut this = line0;
    let has_cell = |l: usize| lines.get(l).is_some_and(|cells| column + 1 < cells.len());
    while this < line1 {
        if !has_cell(this) {
            this += 1;
            continue;
        }
        write_lines(out, lines, line0, this, widths);
        line0 = this;
        let mut width = minwidth;
        while this < line1 && has_cell(this) {
            let w = lines
                .get(this)
                .and_then(|cells| cells.get(column))
                .map(|c| display_width(c))
                .unwrap_or(0);
            width = width.max(w + padding);
            this += 1;
        }
        widths.push(width);
        format_block(out, lines, line0, this, widths, minwidth, padding);
        widths.pop();
        line0 = this;
    }
    write_lines(out, lines, line0, line1, widths);
}

fn write_lines(
    out: &mut String,
    lines: &[Vec<&str>],
    line0: usize,
    line1: usize,
    widths: &[usize],
) {
    for i in line0..line1 {
        let Some(cells) = lines.get(i) else { continue };
        for (j, cell) in cells.iter().enumerate() {
            out.push_str(cell);
            if let Some(&w) = widths.get(j) {
                let pad = w.saturating_sub(display_width(cell));
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        if i + 1 != lines.len() {
            out.push('\n');
        }
    }
}

/// The daemon's COMMAND summary: the path, then the arguments, each argument that contains a
/// space wrapped in single quotes (`/docker-entrypoint.sh nginx -g 'daemon off;'`).
pub fn quote_command(path: &str, args: &[String]) -> String {
    if args.is_empty() {
        return path.to_string();
    }
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if a.contains(' ') {
                format!("'{a}'")
            } else {
                a.clone()
            }
        })
        .collect();
    format!("{path} {}", quoted.join(" "))
}

/// The COMMAND cell of `docker ps`: cut to 20 cells (unless `--no-trunc`), then Go-quoted.
pub fn ps_command(cmd: &str, no_trunc: bool) -> String {
    if no_trunc {
        go_quote(cmd)
    } else {
        go_quote(&ellipsis(cmd, 20))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_follow_go_units() {
        let cases: &[(i64, &str)] = &[
            (-5, "Less than a second"),
            (0, "Less than a second"),
            (1, "1 second"),
            (2, "2 seconds"),
            (59, "59 seconds"),
            (60, "About a minute"),
            (119, "About a minute"),
            (120, "2 minutes"),
            (59 * 60 + 59, "59 minutes"),
            (3600, "About an hour"),
            (89 * 60 + 59, "About an hour"),
            (90 * 60, "2 hours"),
            (3 * 3600, "3 hours"),
            (47 * 3600 + 1799, "47 hours"),
            (47 * 3600 + 1800, "2 days"),
            (6 * 86400, "6 days"),
            (13 * 86400, "13 days"),
            (14 * 86400, "2 weeks"),
            (21 * 86400, "3 weeks"),
            (59 * 86400, "8 weeks"),
            (60 * 86400, "2 months"),
            (365 * 86400, "12 months"),
            (729 * 86400, "24 months"),
            (730 * 86400 - 1000, "1 years"),
            (730 * 86400, "2 years"),
            (3 * 365 * 86400, "3 years"),
        ];
        for (secs, want) in cases {
            assert_eq!(human_duration(*secs), *want, "{secs}s");
        }
    }

    #[test]
    fn sizes_precision_three() {
        let cases: &[(u64, &str)] = &[
            (943_200_000, "943MB"),
            (1_134_000_000, "1.13GB"),
            (1_100_000_000, "1.1GB"),
            (7_834_000, "7.83MB"),
            (12_000_000, "12MB"),
            (2048, "2.05kB"),
            (187, "187B"),
            (0, "0B"),
            (999, "999B"),
            (1000, "1kB"),
            (999_950_000, "1e+03MB"),
            (999_500, "1e+03kB"),
            (192_000_000, "192MB"),
            (1125, "1.12kB"),
            (u64::MAX, "18.4EB"),
        ];
        for (n, want) in cases {
            assert_eq!(human_size_prec(*n, 3), *want, "{n}");
        }
    }

    #[test]
    fn sizes_precision_four_and_binary() {
        assert_eq!(human_size(2_456_789_012), "2.457GB");
        assert_eq!(human_size(49_557_603), "49.56MB");
        assert_eq!(human_size(1234), "1.234kB");
        assert_eq!(human_size(156_300_000), "156.3MB");
        assert_eq!(human_size(999_940), "999.9kB");
        assert_eq!(human_size(999_950), "1000kB");
        assert_eq!(human_size(0), "0B");
        assert_eq!(bytes_size(1_572_864), "1.5MiB");
        assert_eq!(bytes_size(1023), "1023B");
        assert_eq!(bytes_size(1024), "1KiB");
        assert_eq!(bytes_size(8_192_000_000), "7.629GiB");
        assert_eq!(bytes_size(16_777_216_000), "15.62GiB");
    }

    #[test]
    fn go_g_formatting() {
        assert_eq!(go_format_g(0.0001, 3), "0.0001");
        assert_eq!(go_format_g(0.00001234, 3), "1.23e-05");
        assert_eq!(go_format_g(123456.0, 3), "1.23e+05");
        assert_eq!(go_format_g(2.5, 1), "2");
        assert_eq!(go_float(1.5), "1.5");
        assert_eq!(go_float(1e6), "1e+06");
        assert_eq!(go_float(123456.0), "123456");
        assert_eq!(go_float(0.1), "0.1");
        assert_eq!(go_float(1e-5), "1e-05");
        assert_eq!(go_float(-2.0), "-2");
    }

    #[test]
    fn widths() {
        assert_eq!(display_width("nginx"), 5);
        assert_eq!(display_width("웹서버"), 6);
        assert_eq!(display_width("한글a"), 5);
        assert_eq!(display_width("ｆｕｌｌ"), 8);
        assert_eq!(display_width("日本"), 4);
        assert_eq!(display_width("🐳"), 2);
        assert_eq!(display_width("e\u{301}"), 1);
        assert_eq!(display_width("…"), 1);
        // Conjoining jamo: initial + vowel + final make one two-cell syllable.
        assert_eq!(display_width("\u{1112}\u{1161}\u{11AB}"), 2);
    }

    #[test]
    fn ellipsis_like_docker() {
        assert_eq!(
            ellipsis("docker-entrypoint.sh node", 20),
            "docker-entrypoint.s…"
        );
        assert_eq!(ellipsis("short", 20), "short");
        assert_eq!(ellipsis("exactly-twenty-chars", 20), "exactly-twenty-chars");
        assert_eq!(ellipsis("abc", 0), "");
        assert_eq!(ellipsis("abc", 1), "a");
        assert_eq!(ellipsis("", 1), "");
        assert_eq!(ellipsis("한국어이름입니다", 7), "한국어…");
        assert_eq!(ellipsis("한국어이름입니다", 8), "한국어…");
        assert_eq!(ellipsis("a한국어이름", 6), "a한국…");
        assert_eq!(ellipsis("한국", 4), "한국");
        // Docker's quirk: a wide first character that cannot fit disables truncation.
        assert_eq!(ellipsis("한국어", 2), "한국어");
    }

    #[test]
    fn quoting_like_go() {
        assert_eq!(go_quote("sh"), "\"sh\"");
        assert_eq!(go_quote(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(go_quote("it's"), "\"it's\"");
        assert_eq!(go_quote("a\tb\n"), "\"a\\tb\\n\"");
        assert_eq!(go_quote("\0\x07\x7f"), "\"\\x00\\a\\x7f\"");
        assert_eq!(go_quote("♥☃é🐳"), "\"♥☃é🐳\"");
        assert_eq!(go_quote("\u{a0}\u{200b}"), "\"\\u00a0\\u200b\"");
        assert_eq!(go_quote("\u{e0001}"), "\"\\U000e0001\"");
        assert_eq!(go_quote("한글"), "\"한글\"");
    }

    #[test]
    fn commands() {
        let args: Vec<String> = ["nginx", "-g", "daemon off;"].map(String::from).to_vec();
        let cmd = quote_command("/docker-entrypoint.sh", &args);
        assert_eq!(cmd, "/docker-entrypoint.sh nginx -g 'daemon off;'");
        assert_eq!(ps_command(&cmd, false), "\"/docker-entrypoint.…\"");
        assert_eq!(ps_command(&cmd, true), format!("\"{cmd}\""));
        assert_eq!(quote_command("sh", &[]), "sh");
        let sh = quote_command("/bin/sh", &["-c".to_string(), "npm start".to_string()]);
        assert_eq!(ps_command(&sh, false), "\"/bin/sh -c 'npm sta…\"");
        let node = quote_command("docker-entrypoint.sh", &["node".to_string()]);
        assert_eq!(ps_command(&node, false), "\"docker-entrypoint.s…\"");
        assert_eq!(ps_command("sleep infinity", false), "\"sleep infinity\"");
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn direct_tables_lay_out_as_tabwriter_does() {
        let words = [
            "",
            "a",
            "web",
            "웹서버",
            "e\u{301}",
            "docker-entrypoint.s…",
            "Up 3 seconds",
        ];
        let mut seed = 7u32;
        for rows_n in 1..12 {
            for cols in 1..5 {
                let rows: Vec<Vec<String>> = (0..rows_n)
                    .map(|_| {
                        (0..cols)
                            .map(|_| {
                                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                                words[(seed >> 16) as usize % words.len()].to_string()
                            })
                            .collect()
                    })
                    .collect();
                let mut text = String::new();
                for r in &rows {
                    text.push_str(&r.join("\t"));
                    text.push('\n');
                }
                assert_eq!(table(&rows), tabwrite(&text, 10, 3), "{rows:?}");
            }
        }
    }

    #[test]
    fn empty_tables() {
        let ps = table(&[row(&[
            "CONTAINER ID",
            "IMAGE",
            "COMMAND",
            "CREATED",
            "STATUS",
            "PORTS",
            "NAMES",
        ])]);
        assert_eq!(
            ps,
            "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n"
        );
        let images = table(&[row(&["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"])]);
        assert_eq!(images, "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n");
    }

    #[test]
    fn images_table() {
        let t = table(&[
            row(&["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]),
            row(&["myapp", "1.0", "4d2c9b8e7f61", "2 minutes ago", "1.13GB"]),
            row(&["node", "20", "e8b1c5d2a3f4", "2 weeks ago", "1.1GB"]),
            row(&["<none>", "<none>", "1e2f3a4b5c6d", "3 days ago", "1.13GB"]),
        ]);
        let want = "\
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
myapp        1.0       4d2c9b8e7f61   2 minutes ago   1.13GB
node         20        e8b1c5d2a3f4   2 weeks ago     1.1GB
<none>       <none>    1e2f3a4b5c6d   3 days ago      1.13GB
";
        assert_eq!(t, want);
    }

    #[test]
    fn empty_last_cell_keeps_padding() {
        let t = table(&[
            row(&["NAME", "DESCRIPTION", "STARS", "OFFICIAL"]),
            row(&["node", "Node.js", "13954", "[OK]"]),
            row(&["bitnami/node", "Bitnami", "84", ""]),
        ]);
        let want = "\
NAME           DESCRIPTION   STARS     OFFICIAL
node           Node.js       13954     [OK]
bitnami/node   Bitnami       84        \n";
        assert_eq!(t, want);
    }

    #[test]
    fn wide_cells_align_by_display_width() {
        let t = table(&[row(&["NAMES", "X"]), row(&["웹서버웹서버", "y"])]);
        assert_eq!(t, "NAMES          X\n웹서버웹서버   y\n");
    }

    #[test]
    fn tabwriter_column_blocks() {
        // A line with fewer cells ends the column block, as in Go's tabwriter.
        let t = tabwrite("a\tb\nlonger-than-ten\n\tc\n", 10, 3);
        assert_eq!(t, "a         b\nlonger-than-ten\n          c\n");
        assert_eq!(tabwrite("x\ty", 10, 3), "x         y");
        assert_eq!(tabwrite("", 10, 3), "");
        assert_eq!(tabwrite("a\u{c}b\tc\n", 10, 3), "a\nb         c\n");
        // docker version uses minwidth 20, padding 1.
        assert_eq!(
            tabwrite(" Version:\t28.2.2\n", 20, 1),
            " Version:           28.2.2\n"
        );
    }
}
