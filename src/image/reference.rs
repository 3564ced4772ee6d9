//! Image references (`name[:tag][@digest]`), parsed and normalised as Docker does.
//!
//! The grammar is the one of the `distribution/reference` package that the docker client uses
//! (`ParseNormalizedNamed`, `TagNameOnly`, `FamiliarName`, `FamiliarString`): names are checked
//! client-side, before any daemon is asked, so every error text here is what `docker pull`,
//! `docker run` and `docker tag` print by themselves.

use crate::case::GoCase;
use std::fmt;

/// The registry that unqualified names belong to.
pub const DEFAULT_DOMAIN: &str = "docker.io";
/// The legacy Docker Hub host name, normalised to [`DEFAULT_DOMAIN`].
const LEGACY_DEFAULT_DOMAIN: &str = "index.docker.io";
/// The namespace of official images on Docker Hub.
const OFFICIAL_REPO_PREFIX: &str = "library/";
/// The longest repository path Docker accepts.
const NAME_TOTAL_LENGTH_MAX: usize = 255;

/// A parsed, normalised image reference.
///
/// `domain` is `docker.io` for Docker Hub names and `path` then carries the `library/` prefix of
/// official images, exactly as `docker.io/library/nginx` is the full name of `nginx`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reference {
    /// Registry host (with port), e.g. `docker.io`, `localhost:5000`.
    pub domain: String,
    /// Repository path inside the registry, e.g. `library/nginx`, `myuser/app`.
    pub path: String,
    /// Tag, without the colon.
    pub tag: Option<String>,
    /// Digest including the algorithm, e.g. `sha256:<64 hex>`.
    pub digest: Option<String>,
}

/// Why a reference was refused. `Display` gives Docker's exact wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefError {
    /// `invalid reference format`.
    InvalidFormat,
    /// `invalid reference format: repository name (<name>) must be lowercase`.
    Uppercase(String),
    /// `repository name must not be more than 255 characters`.
    NameTooLong,
    /// A 64-hex string used as a repository name.
    HexRepository(String),
    /// `invalid checksum digest format`.
    DigestInvalidFormat,
    /// `invalid checksum digest length`.
    DigestInvalidLength,
    /// `unsupported digest algorithm`.
    DigestUnsupported,
}

impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RefError::InvalidFormat => f.write_str("invalid reference format"),
            RefError::Uppercase(name) => write!(
                f,
                "invalid reference format: repository name ({name}) must be lowercase"
            ),
            RefError::NameTooLong => write!(
                f,
                "repository name must not be more than {NAME_TOTAL_LENGTH_MAX} characters"
            ),
            RefError::HexRepository(s) => write!(
                f,
                "invalid repository name ({s}), cannot specify 64-byte hexadecimal strings"
            ),
            RefError::DigestInvalidFormat => f.write_str("invalid checksum digest format"),
            RefError::DigestInvalidLength => f.write_str("invalid checksum digest length"),
            RefError::DigestUnsupported => f.write_str("unsupported digest algorithm"),
        }
    }
}

impl std::error::Error for RefError {}

/// The message `docker tag` prints when SOURCE or TARGET does not parse:
/// `Error parsing reference: "b:c:d" is not a valid repository/tag: invalid reference format`.
pub fn tag_error(input: &str, err: &RefError) -> String {
    format!(
        "Error parsing reference: {} is not a valid repository/tag: {err}",
        crate::goquote::go_quote(input)
    )
}

/// What `docker tag` says when TARGET carries a digest.
pub const TAG_WITH_DIGEST_REFUSED: &str = "refusing to create a tag with a digest reference";

/// Parses a reference the way `docker pull`/`run`/`tag TARGET` do (`ParseNormalizedNamed`).
///
/// The result is not given a default tag; see [`Reference::with_default_tag`].
pub fn parse(s: &str) -> Result<Reference, RefError> {
    if is_hex_id(s) {
        return Err(RefError::HexRepository(s.to_string()));
    }
    let (domain, remainder) = split_docker_domain(s);
    // Docker checks the part before the first colon for case before the full grammar, so
    // `Node@sha256:…` reports `library/Node@sha256` — a real quirk, reproduced.
    let remote = remainder.split(':').next().unwrap_or("");
    if remote.go_lower() != remote {
        return Err(RefError::Uppercase(remote.to_string()));
    }
    parse_full(&domain, &remainder)
}

/// A `docker tag` SOURCE: an image ID, a digest, or a name (`ParseAnyReference`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnyReference {
    /// A full image ID or `sha256:` digest, normalised to `sha256:<64 hex>` form.
    Digest(String),
    /// A named reference.
    Named(Reference),
}

/// Parses a reference that may also be a full image ID (`docker tag SOURCE`).
pub fn parse_any(s: &str) -> Result<AnyReference, RefError> {
    if is_hex_id(s) {
        return Ok(AnyReference::Digest(format!("sha256:{s}")));
    }
    if validate_digest(s).is_ok() {
        return Ok(AnyReference::Digest(s.to_string()));
    }
    parse(s).map(AnyReference::Named)
}

/// Whether `s` is a valid tag (`[\w][\w.-]{0,127}`).
pub fn is_valid_tag(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_word(c) => {}
        _ => return false,
    }
    s.len() <= 128 && chars.all(|c| is_word(c) || c == '.' || c == '-')
}

/// Whether `s` could name an image or container by ID: 1–64 lowercase hex digits, optionally
/// prefixed with `sha256:`.
pub fn looks_like_id_prefix(s: &str) -> bool {
    let hex = s.strip_prefix("sha256:").unwrap_or(s);
    !hex.is_empty() && hex.len() <= 64 && hex.bytes().all(is_lower_hex)
}

impl Reference {
    /// The repository as the registry is asked for it: the path on Docker Hub, `host/path` on
    /// another registry (`docker.elastic.co/elasticsearch/elasticsearch`).
    pub fn registry_repo(&self) -> String {
        if self.domain == DEFAULT_DOMAIN {
            self.path.clone()
        } else {
            format!("{}/{}", self.domain, self.path)
        }
    }

    /// The name as Docker shows it: `nginx`, `myuser/app`, `localhost:5000/app`.
    pub fn familiar_name(&self) -> String {
        if self.domain == DEFAULT_DOMAIN || self.domain.is_empty() {
            match self.path.strip_prefix(OFFICIAL_REPO_PREFIX) {
                Some(rest) if !rest.contains('/') => rest.to_string(),
                _ => self.path.clone(),
            }
        } else {
            format!("{}/{}", self.domain, self.path)
        }
    }

    /// The familiar name with tag and digest: `nginx:latest`, `node@sha256:…`.
    pub fn familiar(&self) -> String {
        self.familiar_name() + &self.suffix()
    }

    /// The fully qualified form: `docker.io/library/nginx:latest` (tag/digest as present).
    pub fn full(&self) -> String {
        self.full_name() + &self.suffix()
    }

    /// `domain/path` without tag or digest: `docker.io/library/nginx`.
    pub fn full_name(&self) -> String {
        if self.domain.is_empty() {
            self.path.clone()
        } else {
            format!("{}/{}", self.domain, self.path)
        }
    }

    /// The same reference with tag `latest` when it has neither tag nor digest (`TagNameOnly`).
    pub fn with_default_tag(&self) -> Reference {
        let mut r = self.clone();
        if r.tag.is_none() && r.digest.is_none() {
            r.tag = Some("latest".to_string());
        }
        r
    }

    /// The tag, or `latest` when there is none.
    pub fn tag_or_latest(&self) -> &str {
        self.tag.as_deref().unwrap_or("latest")
    }

    /// The repository path in the registry: `library/nginx`.
    pub fn repo_path(&self) -> &str {
        &self.path
    }

    fn suffix(&self) -> String {
        let mut s = String::new();
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }
}

impl fmt::Display for Reference {
    /// Displays the familiar form, as Docker prints references to users.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.familiar())
    }
}

/// Splits off the registry host: the first component is a host when it contains `.` or `:`,
/// is `localhost`, or has upper-case letters (repository paths cannot).
fn split_docker_domain(name: &str) -> (String, String) {
    let (mut domain, mut remainder) = match name.split_once('/') {
        Some((first, rest))
            if first.contains(['.', ':']) || first == "localhost" || first.go_lower() != first =>
        {
            (first.to_string(), rest.to_string())
        }
        _ => (DEFAULT_DOMAIN.to_string(), name.to_string()),
    };
    if domain == LEGACY_DEFAULT_DOMAIN {
        domain = DEFAULT_DOMAIN.to_string();
    }
    if domain == DEFAULT_DOMAIN && !remainder.contains('/') {
        remainder = format!("{OFFICIAL_REPO_PREFIX}{remainder}");
    }
    (domain, remainder)
}

/// Matches `domain/remainder` against the reference grammar (`reference.Parse`).
fn parse_full(domain: &str, remainder: &str) -> Result<Reference, RefError> {
    // The name ends at the tag colon or the digest '@'; path components contain neither.
    let name_end = remainder.find([':', '@']).unwrap_or(remainder.len());
    let (name, rest) = remainder.split_at(name_end);
    let (tag, digest) = split_tag_digest(rest).ok_or(RefError::InvalidFormat)?;
    // The regular expression would also accept the whole string as a path when the domain is
    // not a valid host (e.g. `a_b.c/x`); mirror that rather than refuse.
    let (domain, path) = if is_domain_and_port(domain) && is_remote_name(name) {
        (domain.to_string(), name.to_string())
    } else {
        let whole = format!("{domain}/{name}");
        if !is_remote_name(&whole) {
            return Err(RefError::InvalidFormat);
        }
        (String::new(), whole)
    };
    if path.len() > NAME_TOTAL_LENGTH_MAX {
        return Err(RefError::NameTooLong);
    }
    if let Some(d) = &digest {
        validate_digest(d)?;
    }
    Ok(Reference {
        domain,
        path,
        tag,
        digest,
    })
}

/// Splits `[:tag][@digest]`; `None` when it does not fit the grammar.
#[allow(clippy::type_complexity)]
fn split_tag_digest(rest: &str) -> Option<(Option<String>, Option<String>)> {
    let (tag_part, digest_part) = match rest.split_once('@') {
        Some((t, d)) => (t, Some(d)),
        None => (rest, None),
    };
    let tag = match tag_part.strip_prefix(':') {
        Some(t) if is_valid_tag(t) => Some(t.to_string()),
        Some(_) => return None,
        None if tag_part.is_empty() => None,
        None => return None,
    };
    let digest = match digest_part {
        Some(d) if is_digest_pattern(d) => Some(d.to_string()),
        Some(_) => return None,
        None => None,
    };
    Some((tag, digest))
}

/// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}`.
fn is_digest_pattern(d: &str) -> bool {
    let Some((alg, hex)) = d.split_once(':') else {
        return false;
    };
    hex.len() >= 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && is_algorithm(alg)
}

fn is_algorithm(alg: &str) -> bool {
    alg.split(['-', '_', '+', '.']).all(|part| {
        let mut b = part.bytes();
        matches!(b.next(), Some(c) if c.is_ascii_alphabetic())
            && b.all(|c| c.is_ascii_alphanumeric())
    })
}

/// Validates a digest string the way `go-digest` does, with its error texts.
fn validate_digest(d: &str) -> Result<(), RefError> {
    let Some((alg, hex)) = d.split_once(':') else {
        return Err(RefError::DigestInvalidFormat);
    };
    if alg.is_empty() || hex.is_empty() {
        return Err(RefError::DigestInvalidFormat);
    }
    let size = match alg {
        "sha256" => 32,
        "sha384" => 48,
        "sha512" => 64,
        _ => {
            return Err(if is_digest_pattern(d) {
                RefError::DigestUnsupported
            } else {
                RefError::DigestInvalidFormat
            })
        }
    };
    if hex.len() != size * 2 {
        return Err(RefError::DigestInvalidLength);
    }
    if !hex.bytes().all(is_lower_hex) {
        return Err(RefError::DigestInvalidFormat);
    }
    Ok(())
}

fn is_hex_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(is_lower_hex)
}

fn is_lower_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `pathComponent ('/' pathComponent)*` where a component is `[a-z0-9]+` joined by `.`, `_`,
/// `__` or runs of `-`.
fn is_remote_name(name: &str) -> bool {
    name.split('/').all(is_path_component)
}

fn is_path_component(c: &str) -> bool {
    let b = c.as_bytes();
    let alnum = |x: u8| x.is_ascii_lowercase() || x.is_ascii_digit();
    let mut i = 0;
    let mut expect_alnum = true;
    while i < b.len() {
        if expect_alnum {
            if !b.get(i).is_some_and(|&x| alnum(x)) {
                return false;
            }
            while b.get(i).is_some_and(|&x| alnum(x)) {
                i += 1;
            }
            expect_alnum = false;
        } else {
            let start = i;
            match b.get(i) {
                Some(b'.') => i += 1,
                Some(b'_') => {
                    i += 1;
                    if b.get(i) == Some(&b'_') {
                        i += 1;
                    }
                }
                Some(b'-') => {
                    while b.get(i) == Some(&b'-') {
                        i += 1;
                    }
                }
                _ => return false,
            }
            if i == start {
                return false;
            }
            expect_alnum = true;
        }
    }
    // Non-empty and not ending in a separator.
    !b.is_empty() && !expect_alnum
}

/// `host (':' [0-9]+)?` where host is a DNS-ish name or a bracketed IPv6 address.
fn is_domain_and_port(d: &str) -> bool {
    let (host, port) = if let Some(rest) = d.strip_prefix('[') {
        let Some((inner, after)) = rest.split_once(']') else {
            return false;
        };
        if inner.is_empty() || !inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
            return false;
        }
        match after.strip_prefix(':') {
            Some(p) => ("", Some(p)),
            None if after.is_empty() => ("", None),
            None => return false,
        }
    } else {
        match d.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (d, None),
        }
    };
    if let Some(p) = port {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    if d.starts_with('[') {
        return true;
    }
    !host.is_empty()
        && host.split('.').all(|c| {
            let b = c.as_bytes();
            !b.is_empty()
                && b.iter().all(|x| x.is_ascii_alphanumeric() || *x == b'-')
                && b.first().is_some_and(|x| x.is_ascii_alphanumeric())
                && b.last().is_some_and(|x| x.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    fn err(s: &str) -> String {
        parse(s).unwrap_err().to_string()
    }

    #[test]
    fn normalises_official_images() {
        let r = parse("nginx").unwrap();
        assert_eq!(r.domain, "docker.io");
        assert_eq!(r.path, "library/nginx");
        assert_eq!(r.tag, None);
        assert_eq!(r.familiar_name(), "nginx");
        assert_eq!(r.familiar(), "nginx");
        assert_eq!(r.with_default_tag().familiar(), "nginx:latest");
        assert_eq!(
            r.with_default_tag().full(),
            "docker.io/library/nginx:latest"
        );
        assert_eq!(r.repo_path(), "library/nginx");
        assert_eq!(r.tag_or_latest(), "latest");
    }

    #[test]
    fn user_repos_registries_and_digests() {
        let r = parse("myuser/app:1.0").unwrap();
        assert_eq!(
            (r.domain.as_str(), r.path.as_str()),
            ("docker.io", "myuser/app")
        );
        assert_eq!(r.familiar(), "myuser/app:1.0");
        assert_eq!(r.full(), "docker.io/myuser/app:1.0");

        let r = parse("localhost:5000/app").unwrap();
        assert_eq!(
            (r.domain.as_str(), r.path.as_str()),
            ("localhost:5000", "app")
        );
        assert_eq!(r.familiar_name(), "localhost:5000/app");

        let r = parse("localhost/app").unwrap();
        assert_eq!(r.domain, "localhost");

        let r = parse(&format!("ubuntu@sha256:{H}")).unwrap();
        assert_eq!(r.digest.as_deref(), Some(&*format!("sha256:{H}")));
        assert_eq!(r.with_default_tag().tag, None);
        assert_eq!(r.familiar(), format!("ubuntu@sha256:{H}"));

        let r = parse(&format!("a:b@sha256:{H}")).unwrap();
        assert_eq!(r.tag.as_deref(), Some("b"));
        assert!(r.digest.is_some());

        let r = parse("index.docker.io/library/node:20-alpine").unwrap();
        assert_eq!(r.familiar(), "node:20-alpine");
        let r = parse("docker.io/node").unwrap();
        assert_eq!(r.path, "library/node");
        let r = parse("ghcr.io/owner/img:v1").unwrap();
        assert_eq!(r.familiar(), "ghcr.io/owner/img:v1");
        let r = parse("a:1/b").unwrap();
        assert_eq!(r.domain, "a:1");
        let r = parse("UPPER/x").unwrap();
        assert_eq!(r.domain, "UPPER");
        let r = parse("[::1]:5000/x").unwrap();
        assert_eq!(r.domain, "[::1]:5000");
        // `sha256:<hex>` is the official image `sha256` with a long tag, as for Docker.
        let r = parse(&format!("sha256:{H}")).unwrap();
        assert_eq!(r.path, "library/sha256");
        assert!(parse("a__b").is_ok());
        assert!(parse("a-b.c_d").is_ok());
        assert!(parse("a---b").is_ok());
        assert!(parse(&format!("a:{H}{H}")).is_ok());
    }

    #[test]
    fn errors_match_the_docker_client() {
        assert_eq!(
            err("Node"),
            "invalid reference format: repository name (library/Node) must be lowercase"
        );
        assert_eq!(
            err("localhost:5000/App"),
            "invalid reference format: repository name (App) must be lowercase"
        );
        assert_eq!(
            err("UPPER/X"),
            "invalid reference format: repository name (X) must be lowercase"
        );
        assert_eq!(
            err(&format!("Node@sha256:{H}")),
            "invalid reference format: repository name (library/Node@sha256) must be lowercase"
        );
        for bad in [
            "node:", "b:c:d", "a//b", ":tag", "a:-x", "a___b", "a.", "", "a/", "a::",
        ] {
            assert_eq!(err(bad), "invalid reference format", "{bad:?}");
        }
        assert_eq!(err(&format!("a:{H}{H}x")), "invalid reference format");
        assert_eq!(err("a@sha256:abc"), "invalid reference format");
        assert_eq!(err(&format!("a@sha256:{H}:x")), "invalid reference format");
        assert_eq!(
            err(&format!("a@sha256:{H}00")),
            "invalid checksum digest length"
        );
        assert_eq!(
            err(&format!("a@sha512:{H}")),
            "invalid checksum digest length"
        );
        assert_eq!(
            err("a@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"),
            "invalid checksum digest format"
        );
        assert_eq!(err(&format!("a@md5:{H}")), "unsupported digest algorithm");
        assert_eq!(
            err(H),
            format!("invalid repository name ({H}), cannot specify 64-byte hexadecimal strings")
        );
        let long = "a".repeat(250);
        assert_eq!(
            err(&long),
            "repository name must not be more than 255 characters"
        );
        // The limit is on the path, so a user repository of the same length still fits.
        assert!(parse(&format!("x/{long}")).is_ok());
    }

    #[test]
    fn docker_tag_wording() {
        let e = parse("b:c:d").unwrap_err();
        assert_eq!(
            tag_error("b:c:d", &e),
            r#"Error parsing reference: "b:c:d" is not a valid repository/tag: invalid reference format"#
        );
        let e = parse("B").unwrap_err();
        assert_eq!(
            tag_error("B", &e),
            r#"Error parsing reference: "B" is not a valid repository/tag: invalid reference format: repository name (library/B) must be lowercase"#
        );
        assert_eq!(
            parse_any(H).unwrap(),
            AnyReference::Digest(format!("sha256:{H}"))
        );
        assert_eq!(
            parse_any(&format!("sha256:{H}")).unwrap(),
            AnyReference::Digest(format!("sha256:{H}"))
        );
        assert!(matches!(
            parse_any("sha256:abc"),
            Ok(AnyReference::Named(_))
        ));
    }

    #[test]
    fn tags_and_id_prefixes() {
        assert!(is_valid_tag("latest"));
        assert!(is_valid_tag("20-alpine"));
        assert!(is_valid_tag("_x.Y-1"));
        assert!(!is_valid_tag("-x"));
        assert!(!is_valid_tag(".x"));
        assert!(!is_valid_tag(""));
        assert!(!is_valid_tag(&"a".repeat(129)));
        assert!(is_valid_tag(&"a".repeat(128)));
        assert!(looks_like_id_prefix("4d2c9b8e7f61"));
        assert!(looks_like_id_prefix("sha256:4d2c"));
        assert!(looks_like_id_prefix(H));
        assert!(!looks_like_id_prefix("nginx"));
        assert!(!looks_like_id_prefix("4D2C"));
        assert!(!looks_like_id_prefix(""));
        assert!(!looks_like_id_prefix("sha256:"));
        assert!(!looks_like_id_prefix(&format!("{H}0")));
    }

    #[test]
    fn no_panics_on_odd_input() {
        for s in [
            "@", ":", "/", "a@", "a@:", "[", "[]/x", "é", "a/é", "💥:1", "a@b:c",
        ] {
            let _ = parse(s);
            let _ = parse_any(s);
        }
    }
}
