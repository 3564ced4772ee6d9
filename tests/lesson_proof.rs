//! Completion proof: a learner who does every built-in lesson in exercise mode produces a
//! payload whose replay completes every step; edited payloads are caught by the replay.

use dockling::lesson::proof::{verify, Exercise};
use dockling::lesson::{builtin_lessons, check_goal_with, parse_lesson, BuildWatch, Lesson};
use dockling::session::{Session, SessionConfig};
use serde_json::{json, Value};

/// Plays a lesson as the page does in exercise mode: the page writes each step's files (auto),
/// the learner types the step's commands; a step completes by the exercise rule.
fn learner(lesson: &Lesson) -> Value {
    let mut s = Session::new(SessionConfig {
        seed: lesson.seed,
        start_ms: 1_700_000_000_000,
        ..SessionConfig::default()
    });
    let mut watch = BuildWatch::default();
    let n = lesson.steps.len();
    let mut marks: Vec<Value> = vec![Value::Null; n];
    let mut auto = Vec::new();
    let met = |s: &Session, w: &BuildWatch, k: usize| -> Vec<bool> {
        lesson.steps[k]
            .goals
            .iter()
            .map(|g| check_goal_with(s, w.events(), g).met)
            .collect()
    };
    let mut cur = 0;
    let mut rule = Exercise::enter(&met(&s, &watch, 0));
    for step in &lesson.steps {
        for (path, content) in &step.files {
            auto.push(s.steps().len());
            s.write_file(path, content).unwrap();
        }
        for c in &step.commands {
            let r = s.run(c);
            watch.observe(&r.events);
            while cur < n && rule.after(&met(&s, &watch, cur), true) {
                marks[cur] = json!(s.steps().len());
                cur += 1;
                if cur < n {
                    rule = Exercise::enter(&met(&s, &watch, cur));
                }
            }
        }
    }
    let doc: Value = serde_json::from_str(&s.save()).unwrap();
    json!({
        "v": 2, "name": "Kim Minji", "mode": "exercise",
        "seed": doc["seed"], "start_ms": doc["start_ms"], "history": doc["history"],
        "marks": marks, "auto": auto,
        "hints": vec![1; n], "sol": vec![0; n], "times": vec![60_000; n],
    })
}

#[test]
fn every_builtin_lesson_replays_complete() {
    for (id, lang, md) in builtin_lessons() {
        let lesson = parse_lesson(md).unwrap();
        let payload = learner(&lesson);
        let v = verify(&lesson, &payload.to_string()).unwrap();
        assert!(v.complete, "{id} {lang}: {v:#?}");
        assert!(v.disputes.is_empty(), "{id} {lang}: {:?}", v.disputes);
        assert_eq!(v.name, "Kim Minji");
        assert_eq!(v.hints as usize, lesson.steps.len());
        assert_eq!(v.ms, 60_000 * lesson.steps.len() as u64);
        assert!(!v.solution);
    }
}

#[test]
fn the_replay_decides_not_the_link() {
    let (_, _, md) = builtin_lessons()[0];
    let lesson = parse_lesson(md).unwrap();
    let mut payload = learner(&lesson);
    // The learner's last command removed: the last step is no longer done, whatever marks say.
    let history = payload["history"].as_array_mut().unwrap();
    history.pop();
    let v = verify(&lesson, &payload.to_string()).unwrap();
    assert!(!v.complete);
    assert_eq!(v.done, lesson.steps.len() - 1);
    let last = lesson.steps.len();
    assert_eq!(
        v.disputes,
        vec![format!(
            "step {last}: the link says done, the replay does not complete it"
        )]
    );
    // Every line marked as typed by the page: nothing counts in an exercise.
    let mut payload = learner(&lesson);
    let len = payload["history"].as_array().unwrap().len();
    payload["auto"] = json!((0..len).collect::<Vec<_>>());
    let v = verify(&lesson, &payload.to_string()).unwrap();
    assert_eq!(v.done, 0);
    assert!(v.solution);
    assert!(v
        .disputes
        .iter()
        .any(|d| d.contains("no solution was shown")));
    // Tutorial mode: the page typed it all, and that completes it.
    payload["mode"] = json!("replay");
    let v = verify(&lesson, &payload.to_string()).unwrap();
    assert!(v.complete, "{v:#?}");
    assert_eq!(v.mode, "tutorial");
}

#[test]
fn what_is_not_a_link_is_refused() {
    let (_, _, md) = builtin_lessons()[0];
    let lesson = parse_lesson(md).unwrap();
    for bad in [
        "",
        "null",
        "[1]",
        "{\"v\":9}",
        "{\"v\":2,\"history\":[3]}",
        "{\"v\":2,\"start_ms\":-5}",
    ] {
        assert!(verify(&lesson, bad).is_err(), "{bad}");
    }
    // A name is cut to 80 characters without control characters.
    let p = json!({"v": 2, "name": format!("\u{1b}[31m{}", "가".repeat(200)), "history": []});
    let v = verify(&lesson, &p.to_string()).unwrap();
    assert_eq!(v.name.chars().count(), 80);
    assert!(!v.name.contains('\u{1b}'));
    assert_eq!(v.done, 0);
}
