//! The session's timeline (issue 18): jumping back to any step by the checkpoints, going
//! forward again (redo) until something new is typed, and what the page lists.

use dockling::session::{Session, SessionConfig, Step};

/// What two sessions must agree on to be the same state.
fn observe(s: &mut Session) -> (String, String, String, String, Vec<String>) {
    let picture = serde_json::to_string(&s.snapshot()).unwrap();
    let ps = s.run("docker ps -a --no-trunc").output.text();
    let images = s.run("docker images").output.text();
    let files = s.run("ls -la").output.text();
    let history = s.history().to_vec();
    for _ in 0..3 {
        s.undo();
    }
    (picture, ps, images, files, history)
}

fn session_of(n: usize) -> Session {
    let mut s = Session::new(SessionConfig::default());
    s.run("docker pull alpine");
    for i in 1..n {
        match i % 6 {
            0 => {
                s.write_file(&format!("f{i}.txt"), &format!("file {i}\n"))
                    .unwrap();
            }
            1 => {
                s.run(&format!("docker run -d --name c{i} alpine sleep 100000"));
            }
            2 => {
                s.run(&format!("docker volume create v{i}"));
            }
            3 => {
                s.run(&format!("docker stop c{}", i - 2));
            }
            4 => {
                s.run(&format!("echo {i} > note{}.txt", i % 5));
            }
            _ => {
                s.run(&format!("docker rm c{}", i - 4));
            }
        }
    }
    s
}

#[test]
fn jumping_back_gives_the_state_a_replay_of_those_steps_gives() {
    let mut s = session_of(120);
    let all: Vec<Step> = s.steps().to_vec();
    assert!(s.checkpoints().len() > 3, "{:?}", s.checkpoints());
    for to in [117, 64, 9, 0, 40] {
        assert!(s.jump(to), "jump to {to}");
        assert_eq!(s.steps(), &all[..to]);
        let mut replayed = Session::replay_steps(SessionConfig::default(), &all[..to]);
        let mut here = s.clone();
        assert_eq!(
            observe(&mut here),
            observe(&mut replayed),
            "after {to} steps"
        );
        // Every later step stays listed, not done, until something new is typed.
        let listed = s.timeline();
        assert_eq!(listed.len(), all.len(), "{to}");
        assert_eq!(listed.iter().filter(|e| e.done).count(), to);
    }
    // Forward again, all the way: the same session as before the jumps.
    let save_before = Session::replay_steps(SessionConfig::default(), &all).save();
    assert!(s.jump(all.len()));
    assert_eq!(s.steps(), &all[..]);
    assert_eq!(s.save(), save_before);
    assert!(s.timeline().iter().all(|e| e.done));
    // Nowhere to go: where it is, or past the end.
    assert!(!s.jump(all.len()));
    assert!(!s.jump(all.len() + 1));
}

#[test]
fn undo_can_be_redone_until_something_new_is_typed() {
    let mut s = session_of(30);
    let all: Vec<Step> = s.steps().to_vec();
    assert!(s.undo() && s.undo());
    assert_eq!(s.steps().len(), 28);
    let listed = s.timeline();
    assert_eq!(listed.len(), 30);
    assert!(!listed[28].done && !listed[29].done && listed[27].done);
    // Redo one of the two.
    assert!(s.jump(29));
    assert_eq!(s.steps(), &all[..29]);
    // Typing drops what was left to redo.
    s.run("docker ps");
    assert_eq!(s.timeline().len(), 30);
    assert!(s.timeline().iter().all(|e| e.done));
    assert_eq!(s.timeline()[29].text, "docker ps");
    assert!(!s.jump(31));
    // So does an editor save after a jump back.
    assert!(s.jump(10));
    s.write_file("new.txt", "new\n").unwrap();
    assert_eq!(s.timeline().len(), 11);
    let last = &s.timeline()[10];
    assert!(last.write && last.done && last.text == "new.txt");
}

#[test]
fn the_timeline_hides_what_was_typed_at_a_password_prompt() {
    let mut s = Session::new(SessionConfig::default());
    s.run("docker login -u hahava");
    s.run("hunter2-secret");
    s.run("docker images");
    let listed = s.timeline();
    assert_eq!(listed.len(), 3);
    assert_eq!(listed[0].text, "docker login -u hahava");
    assert!(listed[1].secret && listed[1].text.is_empty());
    assert!(!listed[2].secret);
    // Still hidden when it waits to be redone.
    assert!(s.jump(0));
    let listed = s.timeline();
    assert!(listed[1].secret && listed[1].text.is_empty() && !listed[1].done);
    assert!(!serde_json::to_string(&listed).unwrap().contains("hunter2"));
    assert!(s.jump(3));
    assert_eq!(s.history(), ["docker login -u hahava", "docker images"]);
}
