//! The two mount grammars: `-v SRC:DST[:OPTS]` (the compose loader's `ParseVolume`, which
//! `docker run` uses) and `--mount key=value,…` (docker's `MountOpt`).

/// A `-v` spec split into its parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VolumeSpec {
    /// Host path or volume name ("" for an anonymous volume).
    pub source: String,
    /// Path in the container.
    pub target: String,
    /// The mode field (`ro`, `rw,z`, …), if any.
    pub mode: String,
    /// `bind` (source is a path) or `volume`.
    pub bind: bool,
}

fn windows_drive(buf: &str, c: char) -> bool {
    c == ':' && buf.chars().count() == 1 && buf.chars().all(char::is_alphabetic)
}

/// `ParseVolume`: the spec's parts, or the error the client prints.
pub fn parse_volume(spec: &str) -> Result<VolumeSpec, String> {
    let mut v = VolumeSpec::default();
    match spec.len() {
        0 => return Err("invalid empty volume spec".into()),
        1 | 2 => {
            v.target = spec.to_string();
            return Ok(v);
        }
        _ => {}
    }
    let mut buf = String::new();
    let mut fields = 0;
    let chars: Vec<char> = spec.chars().chain(std::iter::once('\0')).collect();
    for c in chars {
        if windows_drive(&buf, c) {
            buf.push(c);
        } else if c == ':' || c == '\0' {
            let end = c == '\0';
            if buf.is_empty() {
                return Err(format!(
                    "invalid spec: {spec}: empty section between colons"
                ));
            }
            if v.source.is_empty() && fields == 0 && end {
                v.target = std::mem::take(&mut buf);
            } else if fields == 0 {
                v.source = std::mem::take(&mut buf);
            } else if fields == 1 {
                v.target = std::mem::take(&mut buf);
            } else if !end {
                return Err(format!("invalid spec: {spec}: too many colons"));
            } else {
                v.mode = std::mem::take(&mut buf);
            }
            fields += 1;
        } else {
            buf.push(c);
        }
    }
    v.bind = v.source.starts_with(['.', '/', '~']) || v.source.starts_with("\\\\");
    Ok(v)
}

/// A `--mount` value read into its parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MountSpec {
    /// `volume` (the default), `bind`, `tmpfs`, `image`, …
    pub kind: String,
    /// `source`/`src`.
    pub source: String,
    /// `target`/`dst`/`destination`.
    pub target: String,
    /// `readonly`/`ro`.
    pub read_only: bool,
    /// `tmpfs-size` in bytes.
    pub tmpfs_size: Option<i64>,
}

/// Go's `encoding/csv` reading one record (quotes honoured); `EOF` for an empty line.
pub fn csv_fields(value: &str) -> Result<Vec<String>, String> {
    if value.is_empty() {
        return Err("EOF".into());
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = value.chars().peekable();
    let mut col = 0;
    let mut start = true;
    while let Some(c) = chars.next() {
        col += 1;
        if start && c == '"' {
            // Quoted field.
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cur.push('"');
                    }
                    Some('"') => break,
                    Some(o) => cur.push(o),
                    None => {
                        return Err(format!(
                            "parse error on line 1, column {}: extraneous or missing \" in quoted-field",
                            value.len() + 1
                        ))
                    }
                }
            }
            start = false;
            continue;
        }
        match c {
            ',' => {
                out.push(std::mem::take(&mut cur));
                start = true;
            }
            '"' => {
                return Err(format!(
                    "parse error on line 1, column {col}: bare \" in non-quoted-field"
                ))
            }
            o => {
                cur.push(o);
                start = false;
            }
        }
    }
    out.push(cur);
    Ok(out)
}

/// `MountOpt.Set`: the mount, or the error after `invalid argument … for "--mount" flag: `.
pub fn parse_mount(value: &str) -> Result<MountSpec, String> {
    let fields = csv_fields(value)?;
    let mut m = MountSpec {
        kind: "volume".into(),
        ..MountSpec::default()
    };
    let (mut vol_opts, mut img_opts, mut bind_opts, mut tmpfs_opts) = (false, false, false, false);
    let (mut ro_nonrec, mut ro_force, mut propagation) = (false, false, String::new());
    for field in &fields {
        let (key, val) = match field.split_once('=') {
            Some((k, v)) => (k.to_ascii_lowercase(), Some(v)),
            None => (field.to_ascii_lowercase(), None),
        };
        let Some(val) = val else {
            match key.as_str() {
                "readonly" | "ro" => m.read_only = true,
                "volume-nocopy" => vol_opts = true,
                "bind-nonrecursive" => bind_opts = true,
                _ => return Err(format!("invalid field '{field}' must be a key=value pair")),
            }
            continue;
        };
        let bad = || format!("invalid value for {key}: {val}");
        match key.as_str() {
            "type" => m.kind = val.to_ascii_lowercase(),
            "source" | "src" => m.source = val.to_string(),
            "target" | "dst" | "destination" => m.target = val.to_string(),
            "readonly" | "ro" => {
                m.read_only = crate::cli::spec::parse_bool(val).ok_or_else(bad)?;
            }
            "consistency" => {}
            "bind-propagation" => {
                bind_opts = true;
                propagation = val.to_ascii_lowercase();
            }
            "bind-nonrecursive" => {
                bind_opts = true;
                crate::cli::spec::parse_bool(val).ok_or_else(bad)?;
            }
            "bind-recursive" => {
                match val {
                    "enabled" => {}
                    "disabled" => bind_opts = true,
                    "writable" => {
                        bind_opts = true;
                        ro_nonrec = true;
                    }
                    "readonly" => {
                        bind_opts = true;
                        ro_force = true;
                    }
                    _ => {
                        return Err(format!(
                            "invalid value for {key}: {val} (must be \"enabled\", \"disabled\", \"writable\", or \"readonly\")"
                        ))
                    }
                }
            }
            "volume-subpath" | "volume-label" | "volume-driver" | "volume-opt" => vol_opts = true,
            "volume-nocopy" => {
                vol_opts = true;
                crate::cli::spec::parse_bool(val)
                    .ok_or_else(|| format!("invalid value for volume-nocopy: {val}"))?;
            }
            "image-subpath" => img_opts = true,
            "tmpfs-size" => {
                tmpfs_opts = true;
                m.tmpfs_size = Some(super::ram_in_bytes(val).map_err(|_| bad())?);
            }
            "tmpfs-mode" => {
                tmpfs_opts = true;
                if val.is_empty() || !val.bytes().all(|c| (b'0'..=b'7').contains(&c)) {
                    return Err(bad());
                }
                u32::from_str_radix(val, 8).map_err(|_| bad())?;
            }
            _ => return Err(format!("unexpected key '{key}' in '{field}'")),
        }
    }
    if m.kind.is_empty() {
        return Err("type is required".into());
    }
    if m.target.is_empty() {
        return Err("target is required".into());
    }
    for (set, name, kind) in [
        (vol_opts, "volume", "volume"),
        (img_opts, "image", "image"),
        (bind_opts, "bind", "bind"),
        (tmpfs_opts, "tmpfs", "tmpfs"),
    ] {
        if set && m.kind != kind {
            return Err(format!(
                "cannot mix '{name}-*' options with mount type '{}'",
                m.kind
            ));
        }
    }
    if ro_nonrec && !m.read_only {
        return Err(
            "option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction"
                .into(),
        );
    }
    if ro_force {
        if !m.read_only {
            return Err("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction".into());
        }
        if propagation != "rprivate" {
            return Err("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction".into());
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_table() {
        let errors: &[(&str, &str)] = &[
            ("", "invalid empty volume spec"),
            (
                ":/volume",
                "invalid spec: :/volume: empty section between colons",
            ),
            ("/foo:", "invalid spec: /foo:: empty section between colons"),
            (
                "/a:/b:ro:extra",
                "invalid spec: /a:/b:ro:extra: too many colons",
            ),
        ];
        for (spec, want) in errors {
            assert_eq!(parse_volume(spec).unwrap_err(), *want, "{spec}");
        }
        let v = parse_volume("/foo:/bar:ro").unwrap();
        assert_eq!(
            (
                v.source.as_str(),
                v.target.as_str(),
                v.mode.as_str(),
                v.bind
            ),
            ("/foo", "/bar", "ro", true)
        );
        let v = parse_volume("data:/data").unwrap();
        assert!(!v.bind);
        assert_eq!(parse_volume("/foo").unwrap().target, "/foo");
    }

    #[test]
    fn mount_table() {
        let errors: &[(&str, &str)] = &[
            ("", "EOF"),
            ("type=volume", "target is required"),
            ("target", "invalid field 'target' must be a key=value pair"),
            (
                "type=bind,src=/a,dst=/b,readonly=x",
                "invalid value for readonly: x",
            ),
            (
                "type=bind,src=/a,dst=/b,bogus=1",
                "unexpected key 'bogus' in 'bogus=1'",
            ),
            (
                "type=bind,target=/foo,volume-nocopy",
                "cannot mix 'volume-*' options with mount type 'bind'",
            ),
            (
                "type=tmpfs,target=/foo,tmpfs-size=x",
                "invalid value for tmpfs-size: x",
            ),
        ];
        for (spec, want) in errors {
            assert_eq!(parse_mount(spec).unwrap_err(), *want, "{spec}");
        }
        let m = parse_mount("type=bind,source=/a,target=/b,readonly").unwrap();
        assert!(m.read_only && m.kind == "bind" && m.source == "/a");
    }
}
