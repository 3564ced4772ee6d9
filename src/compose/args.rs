//! Compose's flag grammar (cobra/pflag rules): long and short flags, `--flag=value`, combined
//! shorthands, `--` and pflag's error wording, from one compact table per command.

/// Parsed flags and positional arguments.
#[derive(Clone, Debug, Default)]
pub struct Args {
    /// `(long name, value)` in order; booleans carry `true`/`false`.
    pub flags: Vec<(String, String)>,
    /// Positional arguments.
    pub rest: Vec<String>,
}

impl Args {
    /// Whether a boolean flag is set (the last occurrence wins).
    pub fn has(&self, name: &str) -> bool {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .is_some_and(|(_, v)| v != "false")
    }

    /// The last value of a flag.
    pub fn val(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeatable flag.
    pub fn vals(&self, name: &str) -> Vec<&str> {
        self.flags
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// One flag of a table entry: `d:detach` (short `d`), `scale=` (takes a value).
struct Flag<'a> {
    short: Option<char>,
    long: &'a str,
    value: bool,
}

fn flags(table: &str) -> impl Iterator<Item = Flag<'_>> {
    table.split_whitespace().map(|f| {
        let (short, rest) = match f.split_once(':') {
            Some((s, r)) => (s.chars().next(), r),
            None => (None, f),
        };
        let (long, value) = match rest.strip_suffix('=') {
            Some(l) => (l, true),
            None => (rest, false),
        };
        Flag { short, long, value }
    })
}

/// Parses `argv` against a flag table. `interspersed` lets flags follow positionals; when
/// false, the first positional ends the flags (`exec`, `run`). `stop_at_positional` stops
/// before the first positional and leaves the rest unparsed (the root command).
pub fn parse(
    argv: &[String],
    table: &str,
    interspersed: bool,
    stop_at_positional: bool,
) -> Result<(Args, usize), String> {
    let mut args = Args::default();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--" {
            args.rest.extend(argv[i + 1..].iter().cloned());
            return Ok((args, argv.len()));
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let Some(f) = flags(table).find(|f| f.long == name) else {
                return Err(format!("unknown flag: --{name}"));
            };
            let value = if f.value {
                match inline {
                    Some(v) => v,
                    None => {
                        i += 1;
                        match argv.get(i) {
                            Some(v) => v.clone(),
                            None => return Err(format!("flag needs an argument: --{name}")),
                        }
                    }
                }
            } else {
                inline.unwrap_or_else(|| "true".to_string())
            };
            args.flags.push((f.long.to_string(), value));
            i += 1;
            continue;
        }
        if a.len() > 1 && a.starts_with('-') {
            let chars: Vec<char> = a[1..].chars().collect();
            let mut k = 0;
            while k < chars.len() {
                let c = chars[k];
                let Some(f) = flags(table).find(|f| f.short == Some(c)) else {
                    return Err(format!("unknown shorthand flag: '{c}' in {a}"));
                };
                if f.value {
                    let rest: String = chars[k + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest.strip_prefix('=').unwrap_or(&rest).to_string()
                    } else {
                        i += 1;
                        match argv.get(i) {
                            Some(v) => v.clone(),
                            None => return Err(format!("flag needs an argument: '{c}' in -{c}")),
                        }
                    };
                    args.flags.push((f.long.to_string(), value));
                    break;
                }
                args.flags.push((f.long.to_string(), "true".to_string()));
                k += 1;
            }
            i += 1;
            continue;
        }
        if stop_at_positional {
            return Ok((args, i));
        }
        if !interspersed {
            args.rest.extend(argv[i..].iter().cloned());
            return Ok((args, argv.len()));
        }
        args.rest.push(a.clone());
        i += 1;
    }
    Ok((args, argv.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn pflag_rules() {
        let t = "d:detach build scale= t:timeout=";
        let (a, _) = parse(
            &v(&["-d", "web", "--scale", "web=2", "-t5"]),
            t,
            true,
            false,
        )
        .unwrap();
        assert!(a.has("detach"));
        assert_eq!(a.val("scale"), Some("web=2"));
        assert_eq!(a.val("timeout"), Some("5"));
        assert_eq!(a.rest, ["web"]);
        assert_eq!(
            parse(&v(&["--prots"]), t, true, false).unwrap_err(),
            "unknown flag: --prots"
        );
        assert_eq!(
            parse(&v(&["-x"]), t, true, false).unwrap_err(),
            "unknown shorthand flag: 'x' in -x"
        );
        assert_eq!(
            parse(&v(&["--scale"]), t, true, false).unwrap_err(),
            "flag needs an argument: --scale"
        );
        let (a, _) = parse(&v(&["web", "sh", "-c", "x"]), "T:no-TTY", false, false).unwrap();
        assert_eq!(a.rest, ["web", "sh", "-c", "x"]);
    }
}
