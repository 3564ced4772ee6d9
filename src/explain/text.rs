//! Building one explanation from catalogue texts: a title, sentences joined into a body, a detail.

use crate::lang::Lang;

use super::catalog;
use super::Explanation;

std::thread_local! {
    /// Set while only the IDs of explanations are wanted ([`ids_only`]): no text is filled.
    static IDS_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with text filling switched off: the explanations it builds carry their IDs and
/// concepts but empty texts (a replayed session only needs which IDs it has explained).
pub(crate) fn ids_only<T>(f: impl FnOnce() -> T) -> T {
    let was = IDS_ONLY.with(|c| c.replace(true));
    let out = f();
    IDS_ONLY.with(|c| c.set(was));
    out
}

fn filling() -> bool {
    !IDS_ONLY.with(|c| c.get())
}

/// Collects the sentences of one explanation. Every text comes from the catalogue under
/// `<id>.<field>` (or a full key), filled with the placeholders set so far.
pub(crate) struct Builder {
    lang: Lang,
    id: String,
    concept: &'static str,
    args: Vec<(&'static str, String)>,
    body: Vec<String>,
    /// The field of the title, `title` unless [`Builder::title_from`] picked another.
    title_field: &'static str,
}

impl Builder {
    /// A new explanation with a stable ID and the concept it teaches.
    pub(crate) fn new(lang: Lang, id: &str, concept: &'static str) -> Builder {
        Builder {
            lang,
            id: id.to_string(),
            concept,
            args: Vec::new(),
            body: Vec::new(),
            title_field: "title",
        }
    }

    /// Sets (or replaces) a placeholder value.
    pub(crate) fn arg(&mut self, name: &'static str, value: impl Into<String>) -> &mut Builder {
        let value = value.into();
        match self.args.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = value,
            None => self.args.push((name, value)),
        }
        self
    }

    /// A count with its noun (`3 layers`, `레이어 3개`) from the `unit.<noun>.one|many` texts.
    pub(crate) fn count(&mut self, name: &'static str, noun: &str, n: u64) -> &mut Builder {
        let key = if n == 1 {
            format!("unit.{noun}.one")
        } else {
            format!("unit.{noun}.many")
        };
        if !filling() {
            return self;
        }
        let value = catalog::text(self.lang, &key, &[("n", n.to_string())]);
        self.arg(name, value)
    }

    /// Takes the title from `<id>.<field>` instead of `<id>.title` (a run that already ended).
    pub(crate) fn title_from(&mut self, field: &'static str) -> &mut Builder {
        self.title_field = field;
        self
    }

    /// Appends the sentence `<id>.<field>`.
    pub(crate) fn say(&mut self, field: &str) -> &mut Builder {
        let key = format!("{}.{field}", self.id);
        self.say_key(&key)
    }

    /// Appends the sentence under a full catalogue key.
    pub(crate) fn say_key(&mut self, key: &str) -> &mut Builder {
        if !filling() {
            return self;
        }
        let t = catalog::text(self.lang, key, &self.args);
        self.body.push(t);
        self
    }

    /// The finished explanation: title `<id>.title`, the sentences, detail `<id>.detail` when the
    /// catalogue has one, else the lesson on its concept.
    pub(crate) fn finish(self) -> Explanation {
        if !filling() {
            return Explanation {
                id: self.id,
                concept: self.concept.to_string(),
                ..Explanation::default()
            };
        }
        let title_key = format!("{}.{}", self.id, self.title_field);
        let title = catalog::text(self.lang, &title_key, &self.args);
        let detail_key = format!("{}.detail", self.id);
        let detail = match catalog::raw(self.lang, &detail_key) {
            Some(t) => catalog::fill(t, &self.args),
            None => catalog::text(self.lang, &format!("concept.{}.body", self.concept), &[]),
        };
        Explanation {
            id: self.id,
            title,
            body: self.body.join(joiner(self.lang)),
            concept: self.concept.to_string(),
            detail,
            repeat: false,
        }
    }
}

/// How sentences are joined: a space in both languages written so far.
fn joiner(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Ko => " ",
    }
}

/// The short form of an image or container ID: 12 hex digits after any `sha256:` prefix.
pub(crate) fn short_id(id: &str) -> String {
    crate::image::short_id(id).to_string()
}

/// A size as Docker prints it (`943MB`, `1.5kB`).
pub(crate) fn size(bytes: u64) -> String {
    crate::cli::format::human_size(bytes)
}

/// The number of a signal by name (`SIGKILL` → 9), for explaining 128 + n exit codes: the
/// engine's own table, which decides those exit codes.
pub(crate) use crate::engine::lifecycle::signal_number;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids_and_signals() {
        assert_eq!(short_id("sha256:5ecb42470501aaaa"), "5ecb42470501");
        assert_eq!(short_id("063ae7"), "063ae7");
        assert_eq!(short_id("é"), "é");
        assert_eq!(
            short_id("a한한한한한한한한한한한한"),
            "a한한한한한한한한한한한"
        );
        assert_eq!(signal_number("SIGKILL"), Some(9));
        assert_eq!(signal_number("TERM"), Some(15));
        assert_eq!(signal_number("SIGWHAT"), None);
        assert_eq!(size(943_000_000), "943MB");
    }
}
