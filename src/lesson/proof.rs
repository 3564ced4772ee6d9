//! Completion proof: a learner's completion link replayed to decide which steps they did.
//!
//! The link carries the session (seed, start time, every line and file write), and beside it
//! what only the page saw: the learner's name, per-step wall times, hints and solutions shown,
//! the history length at which the page marked each step complete, and which history entries the
//! page itself typed or wrote (tutorial playback, a step's files). The replay decides: steps
//! are completed by the exercise rule ([`Exercise`]) on a fresh session, and every claim of the
//! link that the replay contradicts is listed as a dispute. Hints and times cannot be replayed;
//! they are reported as the link states them.

use serde::Serialize;
use serde_json::Value;

use super::goal::{check_goal_with, BuildWatch};
use super::Lesson;
use crate::session::{ClockMode, Session, SessionConfig, Step as Taken, MAX_HISTORY};

/// The exercise rule for one step: it completes after a command of the learner's own once
/// every goal holds and at least one of them did not hold at some point since the step began,
/// before its files were written (goals that already held, or that a command of the page made
/// true, teach nothing; the step's own files are part of the step).
#[derive(Clone, Debug, Default)]
pub struct Exercise {
    unmet_seen: bool,
}

impl Exercise {
    /// Starts a step whose goals are `met` now (one flag per goal).
    pub fn enter(met: &[bool]) -> Exercise {
        Exercise {
            unmet_seen: met.iter().any(|m| !m),
        }
    }

    /// After a file write (a step's files, an editor save): it never completes a step, but a
    /// goal it leaves unmet counts as one the learner can make true.
    pub fn written(&mut self, met: &[bool]) {
        if met.iter().any(|m| !m) {
            self.unmet_seen = true;
        }
    }

    /// After a command (`own`: the learner typed it) with the goals `met`: whether the step is
    /// complete now.
    pub fn after(&mut self, met: &[bool], own: bool) -> bool {
        if met.iter().any(|m| !m) {
            self.unmet_seen = true;
            return false;
        }
        if !own {
            // The page made them true: the learner has to do it themselves.
            self.unmet_seen = false;
            return false;
        }
        self.unmet_seen
    }
}

/// One step of a verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepVerdict {
    /// The step's title.
    pub title: String,
    /// The replay completed it.
    pub done: bool,
    /// The history length at which the replay completed it.
    pub at: Option<usize>,
    /// The link says it was completed.
    pub claimed: bool,
    /// Hints shown (as the link says).
    pub hints: u32,
    /// Solution shown (as the link says, or the page typed commands in an exercise).
    pub solution: bool,
    /// Wall milliseconds spent on it (as the link says).
    pub ms: Option<u64>,
}

/// What a completion link proves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The learner's name as given in the page.
    pub name: String,
    /// Lesson ID, language and title.
    pub lesson: String,
    /// The lesson's language.
    pub lang: String,
    /// The lesson's title.
    pub title: String,
    /// `exercise` or `tutorial`.
    pub mode: String,
    /// Step by step.
    pub steps: Vec<StepVerdict>,
    /// Steps the replay completed.
    pub done: usize,
    /// Steps in the lesson.
    pub total: usize,
    /// Every step completed by the replay.
    pub complete: bool,
    /// Hints shown in all.
    pub hints: u32,
    /// A solution was shown for some step.
    pub solution: bool,
    /// Wall milliseconds in all (as the link says).
    pub ms: u64,
    /// Claims of the link the replay contradicts (English, for the teacher's table).
    pub disputes: Vec<String>,
}

/// Characters of a learner's name kept at most.
const NAME_CHARS: usize = 80;

/// Replays a completion payload (the JSON inside a completion link) against a lesson.
pub fn verify(lesson: &Lesson, payload: &str) -> Result<Verdict, String> {
    let doc: Value =
        serde_json::from_str(payload).map_err(|e| format!("not a completion link: {e}"))?;
    let version = doc["v"].as_u64();
    if !matches!(version, Some(1 | 2)) {
        return Err("not a completion link (unknown version)".into());
    }
    let seed = doc["seed"].as_u64().unwrap_or(1);
    let start_ms = doc["start_ms"].as_i64().unwrap_or(0);
    if !(0..=253_402_300_799_999).contains(&start_ms) {
        return Err("the link's start time is outside 1970–9999".into());
    }
    let history = doc["history"].as_array().cloned().unwrap_or_default();
    if history.len() > MAX_HISTORY {
        return Err(format!("the link has more than {MAX_HISTORY} steps"));
    }
    let taken: Vec<Taken> = history
        .iter()
        .map(|v| match v {
            Value::String(l) => Ok(Taken::Line(l.clone())),
            Value::Object(o) => match (o.get("write"), o.get("content")) {
                (Some(Value::String(p)), Some(Value::String(c))) => Ok(Taken::Write {
                    path: p.clone(),
                    content: c.clone(),
                }),
                _ => Err("a history entry is neither a line nor a file write"),
            },
            _ => Err("a history entry is neither a line nor a file write"),
        })
        .collect::<Result<_, _>>()?;
    let n = lesson.steps.len();
    let per_step = |key: &str| -> Vec<Value> {
        let mut v = doc[key].as_array().cloned().unwrap_or_default();
        v.resize(n, Value::Null);
        v.truncate(n);
        v
    };
    let marks = per_step("marks");
    let claimed: Vec<bool> = marks.iter().map(|m| m.as_u64().is_some()).collect();
    let hints: Vec<u32> = per_step("hints")
        .iter()
        .map(|h| h.as_u64().unwrap_or(0).min(1000) as u32)
        .collect();
    let shown: Vec<bool> = per_step("sol")
        .iter()
        .map(|s| s.as_bool().unwrap_or(false) || s.as_u64().is_some_and(|x| x > 0))
        .collect();
    let times: Vec<Option<u64>> = per_step("times").iter().map(Value::as_u64).collect();
    let mut auto: Vec<usize> = doc["auto"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_u64())
                .map(|x| x as usize)
                .collect()
        })
        .unwrap_or_default();
    auto.sort_unstable();
    let exercise = doc["mode"].as_str() != Some("replay");
    let name: String = doc["name"]
        .as_str()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(NAME_CHARS)
        .collect::<String>()
        .trim()
        .to_string();

    let mut session = Session::new(SessionConfig {
        seed,
        start_ms,
        clock: ClockMode::Virtual,
        ..SessionConfig::default()
    });
    let mut watch = BuildWatch::default();
    let mut at: Vec<Option<usize>> = vec![None; n];
    let mut page_typed = vec![false; n];
    let met = |session: &Session, watch: &BuildWatch, k: usize| -> Vec<bool> {
        lesson.steps[k]
            .goals
            .iter()
            .map(|g| check_goal_with(session, watch.events(), g).met)
            .collect()
    };
    let mut cur = 0;
    // Steps without goals are done when the learner said so (there is nothing to replay).
    let skip = |cur: &mut usize, at: &mut Vec<Option<usize>>, pos: usize| {
        while *cur < n && lesson.steps[*cur].goals.is_empty() && claimed[*cur] {
            at[*cur] = Some(pos);
            *cur += 1;
        }
    };
    skip(&mut cur, &mut at, 0);
    let mut rule = if cur < n {
        Exercise::enter(&met(&session, &watch, cur))
    } else {
        Exercise::default()
    };
    for (j, step) in taken.iter().enumerate() {
        let by_page = auto.binary_search(&j).is_ok();
        match step {
            Taken::Line(line) => {
                let r = session.run(line);
                watch.observe(&r.events);
                if by_page && exercise && cur < n {
                    page_typed[cur] = true;
                }
            }
            Taken::Write { path, content } => {
                let _ = session.write_file(path, content);
            }
        }
        if cur >= n || lesson.steps[cur].goals.is_empty() {
            continue;
        }
        let now = met(&session, &watch, cur);
        if matches!(step, Taken::Write { .. }) {
            rule.written(&now);
            continue;
        }
        if rule.after(&now, !(by_page && exercise)) {
            at[cur] = Some(j + 1);
            cur += 1;
            skip(&mut cur, &mut at, j + 1);
            if cur < n {
                rule = Exercise::enter(&met(&session, &watch, cur));
            }
        }
    }

    let mut disputes = Vec::new();
    let mut steps = Vec::new();
    for (k, s) in lesson.steps.iter().enumerate() {
        let done = at[k].is_some();
        if claimed[k] && !done {
            disputes.push(format!(
                "step {}: the link says done, the replay does not complete it",
                k + 1
            ));
        } else if done && !claimed[k] {
            disputes.push(format!(
                "step {}: the replay completes it, the link does not say so",
                k + 1
            ));
        }
        if page_typed[k] && !shown[k] {
            disputes.push(format!(
                "step {}: the page typed commands, the link says no solution was shown",
                k + 1
            ));
        }
        steps.push(StepVerdict {
            title: s.title.clone(),
            done,
            at: at[k],
            claimed: claimed[k],
            hints: hints[k],
            solution: shown[k] || page_typed[k],
            ms: times[k],
        });
    }
    let done = steps.iter().filter(|s| s.done).count();
    Ok(Verdict {
        name,
        lesson: lesson.id.clone(),
        lang: lesson.lang.code().to_string(),
        title: lesson.title.clone(),
        mode: if exercise { "exercise" } else { "tutorial" }.to_string(),
        done,
        total: n,
        complete: n > 0 && done == n,
        hints: steps.iter().map(|s| s.hints).sum(),
        solution: steps.iter().any(|s| s.solution),
        ms: steps.iter().filter_map(|s| s.ms).sum(),
        steps,
        disputes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_wants_a_goal_made_true_by_the_learner() {
        let mut r = Exercise::enter(&[false, true]);
        assert!(!r.after(&[false, true], true));
        assert!(r.after(&[true, true], true));
        // Already true when the step began: a command alone does not complete it.
        let mut r = Exercise::enter(&[true]);
        assert!(!r.after(&[true], true));
        assert!(!r.after(&[false], true));
        assert!(r.after(&[true], true));
        // The page made it true: the learner must break and remake it.
        let mut r = Exercise::enter(&[false]);
        assert!(!r.after(&[true], false));
        assert!(!r.after(&[true], true));
        assert!(!r.after(&[false], true));
        assert!(r.after(&[true], true));
    }
}
