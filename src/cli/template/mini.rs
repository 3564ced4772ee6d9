//! The lean build's `--format` templates: text and plain field references (`{{.Name}}`) over
//! string fields, which is what the default tables of `images`, `history`, `volume ls` … are.
//! Anything else (functions, pipelines, numbers, missing fields) needs the full build's Go
//! template engine: [`parse`] and [`execute`] then return `None` and the caller flags it.

use serde_json::Value;

/// A piece of a template: literal text, or a field of the dot.
#[derive(Clone, Debug)]
pub enum Piece {
    /// Printed as is.
    Text(String),
    /// `{{.Name}}`.
    Field(String),
}

/// The pieces of `text`, or `None` when it is more than text and `{{.Field}}` actions.
pub fn parse(text: &str) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        if open > 0 {
            pieces.push(Piece::Text(rest[..open].to_string()));
        }
        let after = &rest[open + 2..];
        let close = after.find("}}")?;
        let name = after[..close].strip_prefix('.')?;
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        pieces.push(Piece::Field(name.to_string()));
        rest = &after[close + 2..];
    }
    if rest.contains("}}") {
        return None;
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest.to_string()));
    }
    Some(pieces)
}

/// The column headers of a table (`ID` → `CONTAINER ID`).
type Headers<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Runs the pieces over `value` (or over the column headers, for a table's header line);
/// `None` when a field is not a string the full engine would print as is.
pub fn execute(pieces: &[Piece], value: &Value, headers: Option<Headers>) -> Option<String> {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Field(name) => match headers {
                Some(headers) => out.push_str(&headers(name)?),
                None => out.push_str(value.get(name)?.as_str()?),
            },
        }
    }
    Some(out)
}
