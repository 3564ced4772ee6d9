//! What runs inside a container or a RUN step: a small shell, the programs it knows, services.

pub mod programs;
pub mod shell;

/// The embedded DNS server of user-defined networks (what their containers' `/etc/resolv.conf`
/// names and the resolvers inside them recognise).
pub const EMBEDDED_DNS: &str = "127.0.0.11";

/// Which output stream a piece of text went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    /// Standard output.
    Stdout,
    /// Standard error.
    Stderr,
}

/// Output in the order it was written, each piece tagged with its stream.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// Pieces of text in write order; adjacent pieces of the same stream may be merged.
    pub chunks: Vec<(Stream, String)>,
}

impl Output {
    /// Appends text to stdout.
    pub fn out(&mut self, text: impl AsRef<str>) {
        self.push(Stream::Stdout, text.as_ref());
    }

    /// Appends text to stderr.
    pub fn err(&mut self, text: impl AsRef<str>) {
        self.push(Stream::Stderr, text.as_ref());
    }

    /// Appends text to a stream, merging with the previous chunk when it is the same stream.
    pub fn push(&mut self, stream: Stream, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((s, t)) if *s == stream => t.push_str(text),
            _ => self.chunks.push((stream, text.to_string())),
        }
    }

    /// Appends everything from another output.
    pub fn extend(&mut self, other: Output) {
        for (s, t) in other.chunks {
            self.push(s, &t);
        }
    }

    /// Everything written to one stream, concatenated.
    pub fn stream(&self, stream: Stream) -> String {
        self.chunks
            .iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, t)| t.as_str())
            .collect()
    }

    /// Everything, both streams interleaved in write order.
    pub fn text(&self) -> String {
        self.chunks.iter().map(|(_, t)| t.as_str()).collect()
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}
