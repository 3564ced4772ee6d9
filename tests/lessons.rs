//! Every built-in lesson: parses in both languages with the same steps, commands, files and
//! goals, and its own solution meets every goal on a fresh session.
//!
//! The solutions pull official images (node, nginx, alpine, …) from the stand-in Docker Hub,
//! so `every_lesson_solution_meets_its_goals` needs the registry catalogue.

use dockling::lesson::{builtin_lessons, check_lesson, parse_lesson, Lesson};

fn parsed() -> Vec<Lesson> {
    builtin_lessons()
        .into_iter()
        .map(|(id, lang, text)| {
            let lesson = parse_lesson(text).unwrap_or_else(|e| panic!("{id}/{lang}.md: {e}"));
            assert_eq!(lesson.id, id, "{id}/{lang}.md: id");
            assert_eq!(lesson.lang.code(), lang, "{id}/{lang}.md: lang");
            lesson
        })
        .collect()
}

#[test]
fn every_lesson_directory_is_built_in() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut built_in: Vec<String> = builtin_lessons()
        .into_iter()
        .map(|(id, _, _)| id.to_string())
        .collect();
    built_in.dedup();
    assert_eq!(on_disk, built_in);
    assert!(built_in.len() >= 8);
}

#[test]
fn both_languages_have_the_same_steps_and_goals() {
    let lessons = parsed();
    for pair in lessons.chunks(2) {
        let [en, ko] = pair else {
            panic!("lessons come in pairs");
        };
        let id = &en.id;
        assert_eq!(en.id, ko.id);
        assert_eq!(en.languages, vec!["ko", "en"], "{id}");
        assert_eq!(ko.languages, vec!["ko", "en"], "{id}");
        assert_eq!(
            (en.level.as_str(), en.minutes),
            (ko.level.as_str(), ko.minutes),
            "{id}"
        );
        assert!((10..=30).contains(&en.minutes), "{id}: minutes");
        assert_eq!(en.steps.len(), ko.steps.len(), "{id}: number of steps");
        for (i, (a, b)) in en.steps.iter().zip(&ko.steps).enumerate() {
            let step = i + 1;
            assert_eq!(a.commands, b.commands, "{id} step {step}: commands");
            assert_eq!(a.files, b.files, "{id} step {step}: files");
            let ga: Vec<&str> = a.goals.iter().map(|g| g.source.as_str()).collect();
            let gb: Vec<&str> = b.goals.iter().map(|g| g.source.as_str()).collect();
            assert_eq!(ga, gb, "{id} step {step}: goals");
            assert_eq!(a.hints.len(), b.hints.len(), "{id} step {step}: hints");
            assert!(!a.title.is_empty() && !b.title.is_empty());
            assert!(!a.prose_markdown.is_empty(), "{id} step {step}: en prose");
            assert!(!b.prose_markdown.is_empty(), "{id} step {step}: ko prose");
        }
        let goals: usize = en.steps.iter().map(|s| s.goals.len()).sum();
        assert!(goals >= 4, "{id}: a lesson has goals");
    }
}

#[test]
fn every_lesson_solution_meets_its_goals() {
    let mut failures = Vec::new();
    for (id, lang, text) in builtin_lessons() {
        let report = check_lesson(text).unwrap_or_else(|e| panic!("{id}/{lang}.md: {e}"));
        if !report.passes() {
            failures.push(format!(
                "{}{}",
                report.table(),
                report.problem_lines(&format!("{id}/{lang}.md"))
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `lessons/index.json`, the list the page fetches (the module holds no lessons): every built-in
/// lesson in every language with its title, level and minutes. `UPDATE_EXPECT=1` rewrites it.
#[test]
fn the_page_lesson_index_lists_every_lesson() {
    let list: Vec<serde_json::Value> = parsed()
        .into_iter()
        .map(|l| {
            serde_json::json!({
                "id": l.id, "lang": l.lang.code(), "title": l.title,
                "level": l.level, "minutes": l.minutes,
            })
        })
        .collect();
    let mut want = serde_json::to_string_pretty(&list).unwrap();
    want.push('\n');
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/index.json");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let got = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        got, want,
        "lessons/index.json is stale: UPDATE_EXPECT=1 cargo test --test lessons"
    );
}

/// A small lesson that passes `lesson check`; each broken variant below changes one thing.
const GOOD: &str = "---\nid: demo\ntitle: Demo\nlang: en\n---\n\n## Pull\n\n```sh\ndocker pull -q alpine\n```\n\n```goals\nimage alpine\n```\n\n> **Hint:** pull it.\n\n## Run\n\n```sh\ndocker run --name c1 alpine true\n```\n\n```goals\ncontainer c1 exited\n```\n";

fn problems_of(text: &str) -> Vec<String> {
    let report = check_lesson(text).expect("parses");
    assert!(report.all_met() || !report.problems.is_empty());
    report
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.line, p.message))
        .collect()
}

/// `lesson check` fails on each mistake a teacher makes, naming the line.
#[test]
fn lesson_check_catches_broken_lessons() {
    assert_eq!(problems_of(GOOD), Vec::<String>::new());
    let cases: [(&str, &str, &str); 6] = [
        (
            "```goals\ncontainer c1 exited\n```\n",
            "",
            "19: step 2 (Run) has no goals",
        ),
        (
            "```goals\ncontainer c1 exited",
            "```goals\nimage alpine",
            "step 2 (Run): its goals already hold",
        ),
        (
            "docker run --name c1 alpine true",
            "docker run --name c1 alpine true\nlss",
            "`lss` exited 127",
        ),
        (
            "```goals\nimage alpine",
            "```goal\nimage alpine",
            "unknown fence `goal`: did you mean `goals`?",
        ),
        (
            "> **Hint:** pull it.",
            "> Hint: pull it.",
            "a hint must start with `**Hint:**`",
        ),
        (
            "docker run --name c1 alpine true\n```",
            "docker run --name c1 alpine false\n```",
            "`docker run --name c1 alpine false` exited 1",
        ),
    ];
    for (from, to, want) in cases {
        let broken = GOOD.replacen(from, to, 1);
        assert_ne!(broken, GOOD, "{from}");
        let problems = problems_of(&broken);
        assert!(
            problems.iter().any(|p| p.contains(want)),
            "{want}: {problems:?}"
        );
    }
    // A command meant to fail is allowed when its block says so.
    let allowed = GOOD.replacen(
        "```sh\ndocker run --name c1 alpine true",
        "```sh fails\ndocker run --name c1 alpine false",
        1,
    );
    assert_eq!(problems_of(&allowed), Vec::<String>::new());
}

/// Translations that drifted apart are reported.
#[test]
fn translations_must_match() {
    let en = parse_lesson(GOOD).expect("parses");
    let ko_text = GOOD
        .replace("lang: en", "lang: ko")
        .replace("image alpine", "image busybox");
    let ko = parse_lesson(&ko_text).expect("parses");
    let problems = dockling::lesson::lint::pair_problems(&en, &ko);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("step 1: its goals differ"));
    assert!(dockling::lesson::lint::pair_problems(&en, &en).is_empty());
}
