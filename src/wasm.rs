//! The browser adapter: one opaque `Playground` handle around a `Session` for `www/`.
//!
//! This is the only file that names `wasm_bindgen` (house rule 1). It holds no logic of its own:
//! every call forwards to `Session`, and structured results cross to JavaScript as JSON strings
//! (serde_json, which the saves need anyway; `JSON.parse` on the page is smaller and faster than
//! building objects field by field through the bindings). The browser's clock and a random seed come in as
//! arguments, so a session started with the same seed and time replays identically anywhere.

use std::sync::Mutex;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::lesson::{check_goal_with, parse_lesson, BuildWatch, Lesson};
use crate::runtime::Stream;
use crate::session::{Lang, Session, SessionConfig};

/// The message of the last Rust panic, kept for the page to read after a call throws.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Installs a panic hook that records the panic message (with its location) for `takePanic`.
///
/// With `panic = "abort"` a panic surfaces in JavaScript as a `RuntimeError: unreachable`; the
/// page then reads the message from here, shows it, and rebuilds the session from its saved
/// history, because a `Session` that panicked midway cannot be trusted.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        if let Ok(mut slot) = LAST_PANIC.lock() {
            *slot = Some(message);
        }
    }));
}

/// Returns (and clears) the message of the last panic, if any.
#[wasm_bindgen(js_name = takePanic)]
pub fn take_panic() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|mut slot| slot.take())
}

/// One chunk of output, as the page sees it.
#[derive(Serialize)]
struct ChunkJs<'a> {
    stream: Stream,
    text: &'a str,
}

/// What `run` returns to the page.
#[derive(Serialize)]
struct RunJs<'a> {
    output: Vec<ChunkJs<'a>>,
    status: i32,
    events: &'a [crate::engine::Event],
    clear: bool,
    prompt: String,
    following: bool,
    edit: Option<String>,
    /// The lean build left this line to the full one (`src/lean.rs`): show nothing of it.
    needs_full: bool,
}

/// A serde value as JSON text for the page (`JSON.parse` makes it a plain object).
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<String, JsError> {
    serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))
}

/// Terminal width used when the page passes something unusable.
const DEFAULT_WIDTH: usize = 80;

/// Clamps a width from JS to a sane number of cells.
fn cells(width: u32) -> usize {
    match width {
        0 => DEFAULT_WIDTH,
        w => (w as usize).clamp(20, 400),
    }
}

/// Hands in the explanation texts of a language (the page fetches `texts/<lang>.txt`); until
/// then explanations in that language fall back to English, or to their keys.
#[wasm_bindgen(js_name = loadTexts)]
pub fn load_texts(lang: &str, text: &str) {
    if let Some(lang) = Lang::parse(lang) {
        crate::explain::catalog::load(lang, text);
    }
}

/// Parses a teacher's lesson file (`Lesson` as JSON); throws with `line N: reason` when it is not one.
/// Lessons (their parser and goals) are in the full build only: the page swaps to it before it
/// opens one (www/src/lesson.js), so a first visit without a lesson never loads them.
#[wasm_bindgen(js_name = parseLesson)]
pub fn parse_lesson_js(markdown: &str) -> Result<String, JsError> {
    #[cfg(feature = "full")]
    {
        let lesson = parse_lesson(markdown).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&lesson)
    }
    #[cfg(not(feature = "full"))]
    {
        let _ = markdown;
        Err(JsError::new("lessons need the full build"))
    }
}

/// Replays a completion link's payload (its JSON) against a lesson file and says what it proves
/// (`Verdict` as JSON: learner, steps done, hints, solution, time, disputes); throws when the
/// lesson or the payload cannot be read. Only the teacher page calls it, with the full build:
/// the lean one (the learner's first visit) leaves the replaying verifier out and says so.
#[wasm_bindgen(js_name = verifyCompletion)]
pub fn verify_completion_js(markdown: &str, payload: &str) -> Result<String, JsError> {
    #[cfg(feature = "full")]
    {
        let lesson = parse_lesson(markdown).map_err(|e| JsError::new(&e.to_string()))?;
        let verdict =
            crate::lesson::proof::verify(&lesson, payload).map_err(|e| JsError::new(&e))?;
        to_js(&verdict)
    }
    #[cfg(not(feature = "full"))]
    {
        let _ = (markdown, payload);
        Err(JsError::new("verifyCompletion needs the full build"))
    }
}

/// A learner's session in the page: the whole virtual Docker, owned by JavaScript as one handle.
#[wasm_bindgen]
pub struct Playground {
    session: Session,
    /// The lesson whose goals `checkGoals` checks (`setLesson`).
    lesson: Option<Lesson>,
    /// The most recent build's events, for `cached N` goals checked after later commands.
    watch: BuildWatch,
    /// A line of this session needed the full build (`src/lean.rs`): the lean build's session
    /// is not to be trusted, the page replays it in full.
    needs_full: bool,
}

impl Playground {
    /// Wraps a session; the build watch starts from its last command (a restored session's
    /// earlier builds are not replayed twice just to find the last one).
    fn wrap(session: Session) -> Playground {
        let mut pg = Playground {
            session,
            lesson: None,
            watch: BuildWatch::default(),
            needs_full: crate::lean::take_since(),
        };
        pg.rewatch();
        pg
    }

    /// The build watch as a replay up to the current step leaves it: its last command's events.
    fn rewatch(&mut self) {
        self.watch = BuildWatch::default();
        self.watch.observe(self.session.last_events());
    }
}

#[wasm_bindgen]
impl Playground {
    /// A fresh session seeded by the page (`crypto.getRandomValues`) at the browser's time.
    #[wasm_bindgen(constructor)]
    pub fn new(seed: u64, now_ms: f64, width: u32) -> Playground {
        install_panic_hook();
        crate::lean::take_since();
        Playground::wrap(Session::new(SessionConfig {
            seed,
            // A non-finite or absurd time from JS falls back to the default epoch.
            start_ms: if now_ms.is_finite() && now_ms > 0.0 && now_ms < 1e15 {
                now_ms as i64
            } else {
                SessionConfig::default().start_ms
            },
            width: cells(width),
            // Everything else as the engine defaults it (a virtual clock, so that saving,
            // undo and share links replay the same times).
            ..SessionConfig::default()
        }))
    }

    /// Restores a saved session (`save()` output); throws with the reason when it is not one.
    pub fn load(text: &str, width: u32) -> Result<Playground, JsError> {
        install_panic_hook();
        crate::lean::take_since();
        Session::load(text, cells(width))
            .map(Playground::wrap)
            .map_err(|e| JsError::new(&e))
    }

    /// Makes a session restored from a memory image (www/src/restore.js) what a replay of its
    /// save gives: no lesson set and the build watch from its last command only. The image
    /// carries both from the page it was taken in; a replay (`load`) starts without them, and
    /// the page sets its lesson again after the prompt.
    #[wasm_bindgen(js_name = asLoaded)]
    pub fn as_loaded(&mut self) {
        self.lesson = None;
        self.rewatch();
    }

    /// Runs one line (or a command with its heredoc):
    /// `{output: [{stream, text}], status, events, clear, prompt}` as JSON.
    pub fn run(&mut self, line: &str) -> Result<String, JsError> {
        let result = self.session.run(line);
        self.needs_full |= result.needs_full;
        self.watch.observe(&result.events);
        let output = result
            .output
            .chunks
            .iter()
            .map(|(stream, text)| ChunkJs {
                stream: *stream,
                text,
            })
            .collect();
        to_js(&RunJs {
            output,
            status: result.status,
            events: &result.events,
            clear: result.clear,
            prompt: self.session.prompt(),
            following: self.session.following(),
            edit: result.edit,
            needs_full: result.needs_full,
        })
    }

    /// Whether a line of this session (run or replayed by `load`) needed the full build.
    #[wasm_bindgen(js_name = needsFull)]
    pub fn needs_full(&self) -> bool {
        self.needs_full
    }

    /// Whether a client is attached to a running container (`docker run nginx`, `logs -f`):
    /// the terminal is busy and Ctrl-C (`interrupt`) ends it.
    pub fn following(&self) -> bool {
        self.session.following()
    }

    /// Ctrl-C while the terminal is busy: the same result as `run`.
    pub fn interrupt(&mut self) -> Result<String, JsError> {
        self.run(crate::session::INTERRUPT)
    }

    /// Whether `text` is incomplete and the terminal should read another line.
    #[wasm_bindgen(js_name = needsMoreInput)]
    pub fn needs_more_input(&self, text: &str) -> bool {
        self.session.needs_more_input(text)
    }

    /// The prompt to show before the next line.
    pub fn prompt(&self) -> String {
        self.session.prompt()
    }

    /// Completions for the last word of `line` (full replacement words, sorted).
    pub fn complete(&self, line: &str) -> Vec<String> {
        self.session.complete(line)
    }

    /// The state for the picture (`view::Snapshot` as JSON).
    pub fn snapshot(&self) -> Result<String, JsError> {
        to_js(&self.session.snapshot())
    }

    /// Explanations of the last command: `[{id, title, body, concept}]`; `lang` is `ko` or `en`.
    pub fn explanations(&self, lang: &str) -> Result<String, JsError> {
        let lang = if lang == "ko" { Lang::Ko } else { Lang::En };
        to_js(&self.session.explain_last(lang))
    }

    /// Undoes the last command; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let done = self.session.undo();
        if done {
            self.rewatch();
        }
        done
    }

    /// Goes to the state right after the first `step` steps (the timeline): back, keeping the
    /// later steps to go forward to until something new is typed, or forward over them.
    /// False when there is nothing to do.
    pub fn jump(&mut self, step: u32) -> bool {
        let done = self.session.jump(step as usize);
        if done {
            self.rewatch();
        }
        done
    }

    /// The steps for the timeline: `[{text, write, secret, done}]` as JSON.
    pub fn timeline(&self) -> Result<String, JsError> {
        to_js(&self.session.timeline())
    }

    /// Starts over with the same seed and start time, so a reset session replays like the old one.
    pub fn reset(&mut self) {
        self.session = Session::new(self.session.config().clone());
        self.watch = BuildWatch::default();
        self.needs_full = false;
    }

    /// The session as a versioned JSON document.
    pub fn save(&self) -> String {
        self.session.save()
    }

    /// Writes a host file (the file editor); throws with the reason on failure.
    #[wasm_bindgen(js_name = writeFile)]
    pub fn write_file(&mut self, path: &str, content: &str) -> Result<(), JsError> {
        self.session
            .write_file(path, content)
            .map_err(|e| JsError::new(&e))
    }

    /// Reads a host file as text, or `undefined`.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&self, path: &str) -> Option<String> {
        self.session.read_file(path)
    }

    /// Every line run so far.
    pub fn history(&self) -> Vec<String> {
        self.session.history().to_vec()
    }

    /// The seed this session started with (for the share link).
    pub fn seed(&self) -> u64 {
        self.session.config().seed
    }

    /// Whether the last command asked a question (`[y/N]`, `Password:`) the next line answers.
    #[wasm_bindgen(js_name = awaitingAnswer)]
    pub fn awaiting_answer(&self) -> bool {
        self.session.awaiting_answer()
    }

    /// Whether that answer is shown as typed (false for passwords).
    #[wasm_bindgen(js_name = answerEchoes)]
    pub fn answer_echoes(&self) -> bool {
        self.session.answer_echoes()
    }

    /// Sets the lesson whose goals `checkGoals` checks (a Markdown lesson file); returns it
    /// parsed, or throws with `line N: reason`.
    #[wasm_bindgen(js_name = setLesson)]
    pub fn set_lesson(&mut self, markdown: &str) -> Result<String, JsError> {
        #[cfg(feature = "full")]
        {
            let lesson = parse_lesson(markdown).map_err(|e| JsError::new(&e.to_string()))?;
            let out = to_js(&lesson);
            self.lesson = Some(lesson);
            out
        }
        #[cfg(not(feature = "full"))]
        {
            let _ = markdown;
            Err(JsError::new("lessons need the full build"))
        }
    }

    /// Whether a lesson is set.
    #[wasm_bindgen(js_name = hasLesson)]
    pub fn has_lesson(&self) -> bool {
        self.lesson.is_some()
    }

    /// The goals of step `step` (0-based) of the lesson, checked against this session:
    /// `[{goal, met, description, detail}]`; empty without a lesson or for a step out of range.
    #[wasm_bindgen(js_name = checkGoals)]
    pub fn check_goals(&self, step: u32) -> Result<String, JsError> {
        // Core never holds a lesson (`setLesson` refuses there): no goals to check.
        #[cfg(not(feature = "full"))]
        {
            let _ = step;
            Ok("[]".to_string())
        }
        #[cfg(feature = "full")]
        {
            let goals = self
                .lesson
                .as_ref()
                .and_then(|l| l.steps.get(step as usize))
                .map(|s| s.goals.as_slice())
                .unwrap_or_default();
            let statuses: Vec<_> = goals
                .iter()
                .map(|g| check_goal_with(&self.session, self.watch.events(), g))
                .collect();
            to_js(&statuses)
        }
    }

    /// Follows the terminal's width after a resize.
    #[wasm_bindgen(js_name = setWidth)]
    pub fn set_width(&mut self, width: u32) {
        self.session.set_width(cells(width));
    }

    /// The language of what the session itself says (`explain`, `help`): `en` or `ko`.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) {
        if let Some(lang) = Lang::parse(lang) {
            self.session.set_lang(lang);
        }
    }
}

/// Whether this module is the full build (`src/lean.rs`); the page loads the lean one first.
#[wasm_bindgen(js_name = isFull)]
pub fn is_full() -> bool {
    crate::lean::FULL
}

/// Panics on purpose, so the browser tests can check that the page reports a panic and rebuilds
/// its session (a real engine panic is a bug that no test can summon on demand).
#[wasm_bindgen(js_name = panicForTest)]
pub fn panic_for_test() {
    panic!("panic requested by the page (panicForTest)");
}
