//! Go-template subset for `--format`: fields, `json`, `table`, and the common functions.
//!
//! The docker CLI renders `--format` with Go's `text/template` plus a few functions of its own
//! (`json`, `join`, `split`, `upper`, `lower`, `title`, `pad`, `truncate`). This module parses
//! that language (text, actions, pipelines, `if`/`range`/`with`/`else`/`end`, variables,
//! parenthesised pipelines, trim markers, comments) and executes it over `serde_json::Value`,
//! printing values as Go's `fmt` does and wording errors as Go and docker do. Execution is
//! bounded: nesting depth, evaluation steps and output size are capped, so no input can hang.

mod exec;
#[cfg(not(feature = "full"))]
mod mini;
mod parse;

#[cfg(test)]
mod tests;

use std::fmt;

use serde_json::Value;

use crate::cli::format::tabwrite;

/// A `--format` template that failed to parse or execute.
///
/// `Display` gives docker's text, `template parsing error: <Go error>`, for both kinds, as the
/// docker formatter and `docker inspect` wrap both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    /// Go's own message, e.g. `template: :1: function "foo" not defined`.
    pub go_message: String,
    /// Whether parsing (rather than execution) failed.
    pub is_parse: bool,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "template parsing error: {}", self.go_message)
    }
}

impl std::error::Error for TemplateError {}

/// How execution treats names the data does not have.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Go's `missingkey=error`: a missing map key fails with `map has no entry for key "X"`
    /// instead of printing `<no value>`. `docker inspect` behaves so when a field is not in
    /// the Engine's struct (its raw-JSON fallback runs with this option).
    pub missing_key_error: bool,
    /// When set, the top-level value stands for a Go struct of this type (e.g.
    /// `*formatter.ContainerContext` for `docker ps`): an unknown top-level field fails with
    /// `can't evaluate field Foo in type *formatter.ContainerContext`.
    pub struct_type: Option<String>,
}

/// A parsed template, reusable for many values.
#[derive(Clone, Debug)]
pub struct Template {
    text: String,
    #[cfg(feature = "full")]
    nodes: Vec<parse::Node>,
    #[cfg(not(feature = "full"))]
    nodes: Vec<mini::Piece>,
}

impl Template {
    /// Parses template text as is (no `table` handling or escape replacement).
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        #[cfg(not(feature = "full"))]
        return match mini::parse(text) {
            Some(nodes) => Ok(Template {
                text: text.to_string(),
                nodes,
            }),
            None => Err(lean_error()),
        };
        #[cfg(feature = "full")]
        {
            let nodes = parse::parse(text).map_err(|msg| TemplateError {
                go_message: msg,
                is_parse: true,
            })?;
            Ok(Template {
                text: text.to_string(),
                nodes,
            })
        }
    }

    /// Executes against `value`; on failure also returns the output written before the error.
    pub fn execute(
        &self,
        value: &Value,
        opts: &Options,
    ) -> Result<String, (String, TemplateError)> {
        #[cfg(not(feature = "full"))]
        return mini::execute(&self.nodes, value, None)
            .ok_or_else(|| (String::new(), lean_error()));
        #[cfg(feature = "full")]
        exec::execute(&self.text, &self.nodes, value, opts, None).map_err(|(out, msg)| {
            (
                out,
                TemplateError {
                    go_message: msg,
                    is_parse: false,
                },
            )
        })
    }
}

/// What the lean build's template stub returns after flagging the line for the full build
/// (its output is never shown).
#[cfg(not(feature = "full"))]
fn lean_error() -> TemplateError {
    crate::lean::need_full();
    TemplateError {
        go_message: String::new(),
        is_parse: true,
    }
}

/// The docker CLI's preparation of a `--format` value: `json` means `{{json .}}`; a `table`
/// prefix is removed; surrounding spaces are trimmed; the two-character sequences `\t` and
/// `\n` become a tab and a newline. Returns the template text and whether it is a table.
pub fn prepare(format: &str) -> (String, bool) {
    let is_table = format.starts_with("table");
    let body = if is_table {
        format.get("table".len()..).unwrap_or("")
    } else if format == "json" {
        "{{json .}}"
    } else {
        format
    };
    let body = body
        .trim_matches(' ')
        .replace("\\t", "\t")
        .replace("\\n", "\n");
    (body, is_table)
}

/// Renders one value with `--format` (as `docker inspect -f` and `docker version -f` do).
///
/// The result has no trailing newline; docker prints one after each rendered object.
pub fn render(format: &str, value: &Value) -> Result<String, TemplateError> {
    render_with(format, value, &Options::default())
}

/// [`render`] with explicit [`Options`].
pub fn render_with(format: &str, value: &Value, opts: &Options) -> Result<String, TemplateError> {
    let (text, _) = prepare(format);
    let t = Template::parse(&text)?;
    t.execute(value, opts).map_err(|(_, e)| e)
}

/// Renders a list the way docker's formatter does for `ps`, `images`, `history`, …
///
/// With a `table` prefix, a header line is rendered by executing the template over the column
/// headers (`headers("ID")` → `Some("CONTAINER ID")`; unknown names print `<no value>`, and
/// `json`/`split`/`join`/`title`/`lower`/`upper`/`truncate` pass headers through unchanged),
/// then each row, and all lines are laid out by the tabwriter (minwidth 10, padding 3).
/// Without it, each row is rendered and followed by a newline. The header is printed even
/// for zero rows.
pub fn render_table(
    format: &str,
    rows: &[Value],
    headers: &dyn Fn(&str) -> Option<String>,
) -> Result<String, TemplateError> {
    render_table_with(format, rows, headers, &Options::default())
}

/// [`render_table`] with explicit [`Options`].
pub fn render_table_with(
    format: &str,
    rows: &[Value],
    headers: &dyn Fn(&str) -> Option<String>,
    opts: &Options,
) -> Result<String, TemplateError> {
    let (text, is_table) = prepare(format);
    let t = Template::parse(&text)?;
    let mut body = String::new();
    for row in rows {
        let out = t.execute(row, opts).map_err(|(_, e)| e)?;
        body.push_str(&out);
        body.push('\n');
        if body.len() > exec::MAX_OUTPUT {
            return Err(TemplateError {
                go_message: "template: output too large".to_string(),
                is_parse: false,
            });
        }
    }
    if !is_table {
        return Ok(body);
    }
    // Docker ignores errors while rendering the header and keeps what was written.
    #[cfg(not(feature = "full"))]
    let header = mini::execute(&t.nodes, &Value::Null, Some(headers)).ok_or_else(lean_error)?;
    #[cfg(feature = "full")]
    let header = match exec::execute(&t.text, &t.nodes, &Value::Null, opts, Some(headers)) {
        Ok(s) => s,
        Err((partial, _)) => partial,
    };
    let mut all = header;
    all.push('\n');
    all.push_str(&body);
    Ok(tabwrite(&all, 10, 3))
}
