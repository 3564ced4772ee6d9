//! Flag parsing with spf13/pflag's rules and error texts (as the docker client reports them).

use super::data::{FlagDef, Kind};
use super::Cmd;

/// Why parsing stopped.
#[derive(Debug)]
pub enum Error {
    /// `--help` or `-h` was given; `shorthand` when it was `-h`.
    Help {
        /// The deprecated `-h` form was used.
        shorthand: bool,
    },
    /// A pflag error message (without the usage decoration).
    Message(String),
}

/// Flags and positionals read from the arguments.
#[derive(Debug, Default)]
pub struct ParsedArgs {
    /// (long name, value) in order.
    pub set: Vec<(String, String)>,
    /// Positional arguments.
    pub args: Vec<String>,
    /// pflag's warnings for deprecated flags, each ending in a newline.
    pub warnings: String,
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Go's `strconv.ParseInt(v, 0, 64)` for decimal and 0x/0o/0b forms; error text after "strconv.ParseInt: ".
pub fn parse_int(v: &str) -> Result<i64, String> {
    let (neg, body) = match v.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let mag = parse_digits(body).map_err(|e| format!("parsing {:?}: {}", v, e))?;
    let val = if neg { -(mag as i128) } else { mag as i128 };
    i64::try_from(val).map_err(|_| format!("parsing {:?}: value out of range", v))
}

fn parse_digits(body: &str) -> Result<u128, &'static str> {
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string())
    } else {
        (10, lower)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err("invalid syntax");
    }
    u128::from_str_radix(&digits, radix).map_err(|_| "value out of range")
}

fn parse_uint(v: &str, bits: u32) -> Result<u64, String> {
    let mag = parse_digits(v).map_err(|e| format!("parsing {:?}: {}", v, e))?;
    if bits < 64 && mag >= (1u128 << bits) || mag > u64::MAX as u128 {
        return Err(format!("parsing {:?}: value out of range", v));
    }
    Ok(mag as u64)
}

/// Go's `time.ParseDuration`, in milliseconds; error text as Go prints it.
pub fn parse_duration_ms(v: &str) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {:?}", v);
    let (neg, mut s) = match v.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    if s == "0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut total_ns: f64 = 0.0;
    while !s.is_empty() {
        let num_len = s
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(s.len());
        let (num, rest) = s.split_at(num_len);
        if num.is_empty() || num == "." {
            return Err(invalid());
        }
        let n: f64 = num.parse().map_err(|_| invalid())?;
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let (unit, rest) = rest.split_at(unit_len);
        let scale = match unit {
            "" => return Err(format!("time: missing unit in duration {:?}", v)),
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return Err(format!("time: unknown unit {:?} in duration {:?}", unit, v)),
        };
        total_ns += n * scale;
        s = rest;
    }
    let ms = (total_ns / 1e6) as i64;
    Ok(if neg { -ms } else { ms })
}

/// docker's `units.RAMInBytes`; error text as docker prints it.
pub fn parse_bytes(v: &str) -> Result<i64, String> {
    let bad = || format!("invalid size: '{}'", v);
    let num_len = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(v.len());
    let (num, suffix) = v.split_at(num_len);
    let n: f64 = num.parse().map_err(|_| bad())?;
    let suffix = suffix
        .strip_prefix(' ')
        .unwrap_or(suffix)
        .to_ascii_lowercase();
    let unit = suffix.trim_end_matches('b').trim_end_matches('i');
    let mult: f64 = match unit {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024f64.powi(2),
        "g" => 1024f64.powi(3),
        "t" => 1024f64.powi(4),
        "p" => 1024f64.powi(5),
        _ => return Err(bad()),
    };
    if suffix.len() > unit.len() + 2 {
        return Err(bad());
    }
    Ok((n * mult) as i64)
}

fn check(cmd: Option<Cmd>, def: &FlagDef, v: &str) -> Result<(), String> {
    let err = match (crate::cli::opts::flag_value(cmd, def, v), def.kind) {
        (Some(own), _) => own,
        (None, Kind::Bool) => parse_bool(v)
            .map(|_| ())
            .ok_or_else(|| format!("strconv.ParseBool: parsing {:?}: invalid syntax", v)),
        (None, Kind::Int) => parse_int(v)
            .map(|_| ())
            .map_err(|e| format!("strconv.ParseInt: {}", e)),
        (None, Kind::Uint) => {
            let bits = def.ty.trim_start_matches("uint").parse().unwrap_or(64);
            parse_uint(v, bits)
                .map(|_| ())
                .map_err(|e| format!("strconv.ParseUint: {}", e))
        }
        (None, Kind::Duration) => parse_duration_ms(v).map(|_| ()),
        (None, Kind::Bytes) => parse_bytes(v).map(|_| ()),
        (None, Kind::Decimal) => v
            .parse::<f64>()
            .map(|_| ())
            .map_err(|_| format!("failed to parse {} as a rational number", v)),
        (None, Kind::Slice | Kind::Value) => Ok(()),
    };
    err.map_err(|e| {
        let name = match def.short {
            Some(c) => format!("-{}, --{}", c, def.long),
            None => format!("--{}", def.long),
        };
        format!("invalid argument {:?} for {:?} flag: {}", v, name, e)
    })
}

/// Parses `args` against `defs` (plus the implicit `--help`), pflag style.
/// With `stop_at_args`, the first positional and everything after it are positionals.
pub fn parse(
    args: &[String],
    defs: &[FlagDef],
    stop_at_args: bool,
    cmd: Option<Cmd>,
) -> Result<ParsedArgs, Error> {
    let mut out = ParsedArgs::default();
    let mut i = 0;
    while let Some(a) = args.get(i) {
        i += 1;
        if a == "--" {
            out.args.extend(args.iter().skip(i).cloned());
            break;
        }
        if let Some(body) = a.strip_prefix("--") {
            if body.starts_with('-') || body.starts_with('=') {
                return Err(Error::Message(format!("bad flag syntax: {}", a)));
            }
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (body, None),
            };
            let Some(def) = defs.iter().find(|d| d.long == name) else {
                if name == "help" {
                    if inline
                        .map(|v| parse_bool(v) == Some(false))
                        .unwrap_or(false)
                    {
                        continue;
                    }
                    return Err(Error::Help { shorthand: false });
                }
                return Err(Error::Message(format!("unknown flag: --{}", name)));
            };
            let value = match (inline, def.kind) {
                (Some(v), _) => v.to_string(),
                (None, Kind::Bool) => "true".to_string(),
                (None, _) => match args.get(i) {
                    Some(v) => {
                        i += 1;
                        v.clone()
                    }
                    None => return Err(Error::Message(format!("flag needs an argument: {}", a))),
                },
            };
            check(cmd, def, &value).map_err(Error::Message)?;
            if def.long == "help" && parse_bool(&value) == Some(true) {
                return Err(Error::Help { shorthand: false });
            }
            if let Some(note) = &def.deprecated {
                out.warnings.push_str(&format!(
                    "Flag --{} has been deprecated, {}\n",
                    def.long, note
                ));
            }
            if let Some(alias) = &def.alias {
                // Recorded under both names: the flag it sets, and itself for conflict checks.
                out.set.push((alias.clone(), value.clone()));
            }
            out.set.push((def.long.clone(), value));
        } else if a.len() > 1 && a.starts_with('-') {
            let shorts = &a[1..];
            let mut rest = shorts;
            while let Some(c) = rest.chars().next() {
                rest = &rest[c.len_utf8()..];
                let Some(def) = defs.iter().find(|d| d.short == Some(c)) else {
                    if c == 'h' {
                        return Err(Error::Help { shorthand: true });
                    }
                    return Err(Error::Message(format!(
                        "unknown shorthand flag: '{}' in -{}",
                        c, shorts
                    )));
                };
                let value = if def.kind == Kind::Bool {
                    match rest.strip_prefix('=') {
                        Some(v) => {
                            let v = v.to_string();
                            rest = "";
                            v
                        }
                        None => "true".to_string(),
                    }
                } else if !rest.is_empty() {
                    let v = rest.strip_prefix('=').unwrap_or(rest).to_string();
                    rest = "";
                    v
                } else {
                    match args.get(i) {
                        Some(v) => {
                            i += 1;
                            v.clone()
                        }
                        None => {
                            return Err(Error::Message(format!(
                                "flag needs an argument: '{}' in -{}",
                                c, shorts
                            )))
                        }
                    }
                };
                check(cmd, def, &value).map_err(Error::Message)?;
                if let Some(alias) = &def.alias {
                    out.set.push((alias.clone(), value.clone()));
                }
                out.set.push((def.long.clone(), value));
            }
        } else {
            out.args.push(a.clone());
            if stop_at_args {
                out.args.extend(args.iter().skip(i).cloned());
                break;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_durations() {
        assert_eq!(parse_int("-1"), Ok(-1));
        assert_eq!(
            parse_int("x"),
            Err("parsing \"x\": invalid syntax".to_string())
        );
        assert_eq!(parse_duration_ms("1m30s"), Ok(90_000));
        assert_eq!(
            parse_duration_ms("1"),
            Err("time: missing unit in duration \"1\"".to_string())
        );
        assert_eq!(parse_bytes("512m"), Ok(512 * 1024 * 1024));
        assert!(parse_bytes("x").is_err());
    }
}
