//! Compose's progress display (`[+] Running 3/3`, ` ✔ Network app_default  Created`): the
//! final screen of its TTY writer, laid out by the same rules (status column, timer aligned
//! to the terminal's right edge).

/// How a line ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Still working when the display stopped (an error elsewhere ended it).
    Working,
    /// Done.
    Done,
    /// A warning (`!`).
    Warning,
    /// An error (`✘`).
    Error,
}

/// One line of the display.
#[derive(Clone, Debug)]
pub struct Line {
    /// `Network app_default`, `Container app-db-1`, `db`, a layer ID.
    pub id: String,
    /// The parent line's ID, for pull layers.
    pub parent: Option<String>,
    /// Text after the ID (`Pulled`, `Pull complete`).
    pub text: String,
    /// The status column (`Created`, `Started`, `Healthy`).
    pub status_text: String,
    /// How it ended.
    pub status: Status,
    /// When it started and last changed (ms since the display started).
    pub start_ms: i64,
    /// When it ended.
    pub end_ms: i64,
}

/// A progress display: lines keyed by ID in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    /// `Running`, `Stopping`, `Pulling`, …
    pub title: String,
    /// The lines.
    pub lines: Vec<Line>,
    /// The display's own clock (ms).
    pub now_ms: i64,
}

impl Progress {
    /// A display titled `[+] {title}`.
    pub fn new(title: &str) -> Progress {
        Progress {
            title: title.to_string(),
            ..Progress::default()
        }
    }

    /// Lets time pass on the display's clock.
    pub fn advance(&mut self, ms: i64) {
        self.now_ms += ms.max(0);
    }

    /// Records an event: a new line, or the new status of an existing one.
    pub fn event(&mut self, id: &str, status: Status, status_text: &str) {
        self.event_full(id, None, "", status, status_text);
    }

    /// Records an event with a parent and text (pull layers and their service).
    pub fn event_full(
        &mut self,
        id: &str,
        parent: Option<&str>,
        text: &str,
        status: Status,
        status_text: &str,
    ) {
        let now = self.now_ms;
        match self.lines.iter_mut().find(|l| l.id == id) {
            Some(l) => {
                l.status = status;
                l.status_text = status_text.to_string();
                l.text = text.to_string();
                l.end_ms = now;
            }
            None => self.lines.push(Line {
                id: id.to_string(),
                parent: parent.map(str::to_string),
                text: text.to_string(),
                status_text: status_text.to_string(),
                status,
                start_ms: now,
                end_ms: now,
            }),
        }
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The final screen, for a terminal `width` cells wide.
    pub fn render(&self, width: usize) -> String {
        if self.lines.is_empty() {
            return String::new();
        }
        let width = width.clamp(40, 400);
        let done = self
            .lines
            .iter()
            .filter(|l| l.status != Status::Working)
            .count();
        let mut out = format!("[+] {} {done}/{}\n", self.title, self.lines.len());
        // Compose's padding rule, including its quirk of narrowing by 2 per child line.
        let mut status_padding: i64 = 0;
        for l in &self.lines {
            let len = (l.id.len() + 1 + l.text.len()) as i64;
            if status_padding < len {
                status_padding = len;
            }
            if l.parent.is_some() {
                status_padding -= 2;
            }
        }
        for l in self.lines.iter().filter(|l| l.parent.is_none()) {
            out.push_str(&self.line(l, "", width, status_padding));
            for child in self
                .lines
                .iter()
                .filter(|c| c.parent.as_deref() == Some(l.id.as_str()))
            {
                out.push_str(&self.line(child, "  ", width, status_padding));
            }
        }
        out
    }

    fn line(&self, l: &Line, pad: &str, width: usize, status_padding: i64) -> String {
        let txt = format!("{} {}", l.id, l.text);
        let padding = (status_padding - txt.len() as i64).max(0) as usize;
        let max_status = width as i64 - txt.len() as i64 - status_padding - 15;
        let mut status = l.status_text.clone();
        if max_status > 0 && status.len() as i64 > max_status {
            let mut cut = max_status as usize;
            while !status.is_char_boundary(cut) {
                cut -= 1;
            }
            status = format!("{}...", &status[..cut]);
        }
        let spinner = match l.status {
            Status::Working => "⠿",
            Status::Done => "✔",
            Status::Warning => "!",
            Status::Error => "✘",
        };
        let text = format!("{pad} {spinner} {txt}{} {status}", " ".repeat(padding));
        let end = if l.status == Status::Working {
            self.now_ms
        } else {
            l.end_ms
        };
        let timer = format!("{:.1}s ", (end - l.start_ms) as f64 / 1000.0);
        let used = text.chars().count() + timer.chars().count();
        let gap = width.saturating_sub(used);
        format!("{text}{}{timer}\n", " ".repeat(gap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_pad_the_status_and_align_the_timer() {
        let mut p = Progress::new("Running");
        p.event("Network app_default", Status::Done, "Created");
        p.advance(100);
        p.event("Container app-web-1", Status::Working, "Creating");
        p.advance(300);
        p.event("Container app-web-1", Status::Done, "Started");
        let text = p.render(80);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "[+] Running 2/2");
        assert!(lines[1].starts_with(" ✔ Network app_default  Created "));
        assert!(lines[2].starts_with(" ✔ Container app-web-1  Started "));
        assert!(lines[2].ends_with(" 0.3s "));
        assert_eq!(lines[1].chars().count(), 80);
    }
}
