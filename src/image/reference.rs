//! Image references (`name[:tag][@digest]`), parsed and normalised as Docker does.

/// Placeholder until the reference module lands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Registry host.
    pub domain: String,
    /// Repository path.
    pub path: String,
    /// Tag.
    pub tag: Option<String>,
    /// Digest.
    pub digest: Option<String>,
}

/// Placeholder parser.
pub fn parse(s: &str) -> Result<Reference, String> {
    let (name, tag) = match s.rsplit_once(':') {
        Some((n, t)) if !t.contains('/') => (n, Some(t.to_string())),
        _ => (s, None),
    };
    let path = if name.contains('/') {
        name.to_string()
    } else {
        format!("library/{name}")
    };
    Ok(Reference {
        domain: "docker.io".into(),
        path,
        tag,
        digest: None,
    })
}

impl Reference {
    /// Adds `latest` when there is no tag and no digest.
    pub fn with_default_tag(&self) -> Reference {
        let mut r = self.clone();
        if r.tag.is_none() && r.digest.is_none() {
            r.tag = Some("latest".into());
        }
        r
    }
    /// `node:latest`.
    pub fn familiar(&self) -> String {
        let name = self.path.strip_prefix("library/").unwrap_or(&self.path);
        match &self.tag {
            Some(t) => format!("{name}:{t}"),
            None => name.to_string(),
        }
    }
    /// `docker.io/library/node:latest`.
    pub fn full(&self) -> String {
        let mut s = format!("{}/{}", self.domain, self.path);
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        s
    }
}
