//! What the lessons and explanations teach matches what dockling (and Docker) does: each test
//! here fails on a text or a behaviour that once taught something wrong.

use dockling::session::Session;

fn session() -> Session {
    Session::new(Default::default())
}

/// Runs lines and returns the last one's output.
fn run_all(s: &mut Session, lines: &[&str]) -> String {
    let mut last = String::new();
    for line in lines {
        last = s.run(line).output.text();
    }
    last
}

/// `image prune` reclaims the layers it released, not the whole size of an image whose base
/// layers other images still use (a dangling rebuild of a 3-byte layer on alpine frees 3B).
#[test]
fn image_prune_counts_only_released_layers() {
    let mut s = session();
    let out = run_all(
        &mut s,
        &[
            "docker pull -q alpine:3.20",
            "printf 'FROM alpine:3.20\\nRUN echo v1 > /v.txt\\n' > Dockerfile",
            "docker build -q -t tool .",
            "printf 'FROM alpine:3.20\\nRUN echo v2 > /v.txt\\n' > Dockerfile",
            "docker build -q -t tool .",
            "docker image prune -f",
        ],
    );
    assert!(out.ends_with("Total reclaimed space: 3B\n"), "{out}");
}

/// `docker commit` records the container's command (its Cmd words joined by spaces, without the
/// entrypoint or quoting) as the new layer's CREATED BY, with the `-m` message as COMMENT.
#[test]
fn commit_history_is_the_containers_cmd() {
    let mut s = session();
    let out = run_all(
        &mut s,
        &[
            "docker run --name box alpine:3.20 sh -c 'echo hello > /greeting.txt'",
            "docker commit -m 'add greeting' box greeting:1",
            "docker image history --format '{{.CreatedBy}}|{{.Comment}}' greeting:1",
        ],
    );
    assert_eq!(
        out.lines().next(),
        Some("sh -c echo hello > /greeting.txt|add greeting"),
        "{out}"
    );
    let out = run_all(
        &mut s,
        &[
            "docker run -d --name web nginx:1.27-alpine",
            "docker commit web site:1",
            "docker image history --format '{{.CreatedBy}}' site:1",
        ],
    );
    assert_eq!(out.lines().next(), Some("nginx -g daemon off;"), "{out}");
}

/// `ran "docker container prune"` is not met by `docker image prune`: `prune` has no
/// top-level alias, so the two commands must not fold into one `docker prune`.
#[test]
fn ran_goal_tells_container_prune_from_image_prune() {
    use dockling::lesson::{check_goal, parse_goal};
    use dockling::session::Lang;
    let mut s = session();
    s.run("docker image prune -f");
    let container = parse_goal("ran \"docker container prune\"", Lang::En).unwrap();
    let image = parse_goal("ran \"docker image prune\"", Lang::En).unwrap();
    assert!(!check_goal(&s, &container).met);
    assert!(check_goal(&s, &image).met);
    s.run("docker container prune -f");
    assert!(check_goal(&s, &container).met);
    // Commands with a top-level alias still fold: `docker container logs` is `docker logs`.
    s.run("docker container logs nope");
    assert!(check_goal(&s, &parse_goal("ran \"docker logs\"", Lang::En).unwrap()).met);
}

/// A process that runs as a user other than root writes only where the mode bits allow it:
/// root's `/etc` refuses, `/tmp` and the user's own home (made by `adduser`) accept, and what
/// it creates is its own.
#[test]
fn a_non_root_user_gets_permission_denied() {
    let mut s = session();
    let out = run_all(
        &mut s,
        &["docker run --rm --user 1000 alpine:3.20 touch /etc/x"],
    );
    assert!(out.contains("touch: /etc/x: Permission denied"), "{out}");
    let out = run_all(
        &mut s,
        &["docker run --rm --user 1000 alpine:3.20 sh -c 'echo hi > /tmp/x && ls -l /tmp/x && cat /tmp/x'"],
    );
    assert!(
        out.contains(" 1000     root ") && out.ends_with("hi\n"),
        "{out}"
    );
    let out = run_all(
        &mut s,
        &[
            "printf 'FROM alpine:3.20\\nRUN adduser -S -D app\\nUSER app\\n' > Dockerfile",
            "docker build -q -t userapp .",
            "docker run --rm userapp sh -c 'touch /home/app/ok && echo done'",
        ],
    );
    assert_eq!(out, "done\n");
    // Root may still write anywhere that is not read-only.
    let out = run_all(
        &mut s,
        &["docker run --rm alpine:3.20 sh -c 'touch /etc/x && echo ok'"],
    );
    assert_eq!(out, "ok\n");
}

fn lesson_text(id: &str, lang: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/lessons/{id}/{lang}.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("lesson file")
}

/// Since Docker 23 `docker volume prune` removes only anonymous volumes unless `--all`: every
/// lesson that mentions it says so (lesson 06 once said "every unused volume"), the volume it
/// names as kept is one the lesson made, and the engine keeps named volumes.
#[test]
fn volume_prune_is_taught_as_anonymous_only() {
    for id in ["06-volumes", "13-cleanup"] {
        let en = lesson_text(id, "en");
        let ko = lesson_text(id, "ko");
        assert!(
            en.contains("volume prune") && ko.contains("volume prune"),
            "{id}"
        );
        assert!(
            en.contains("*anonymous*") || en.contains("**anonymous**"),
            "{id}"
        );
        assert!(en.contains("--all") && ko.contains("--all"), "{id}");
        assert!(ko.contains("익명"), "{id}");
        assert!(!en.contains("every unused volume") && !en.contains("all unused volumes"));
        assert!(!ko.contains("쓰지 않는 볼륨을 모두"), "{id}");
    }
    let en = lesson_text("06-volumes", "en");
    assert!(en.contains("such as `notes` stay") && en.contains("docker volume create notes"));
    let mut s = session();
    let out = run_all(
        &mut s,
        &[
            "docker volume create keep",
            "docker run -v /data --name anon alpine:3.20 true",
            "docker rm anon",
            "docker volume prune -f",
            "docker volume ls -q",
        ],
    );
    assert_eq!(out, "keep\n");
}

/// `concept.layer` agrees with lesson 03: only instructions that change files make a layer.
#[test]
fn concept_layer_says_metadata_makes_no_layer() {
    let dir = env!("CARGO_MANIFEST_DIR");
    for (lang, wants) in [
        ("en", ["make no layer", "(RUN, COPY, ADD)"]),
        ("ko", ["레이어를 만들지 않아요", "(RUN, COPY, ADD)"]),
    ] {
        let text = std::fs::read_to_string(format!("{dir}/src/explain/i18n/{lang}.txt")).unwrap();
        let body = text
            .lines()
            .find_map(|l| l.strip_prefix("concept.layer.body = "))
            .expect("concept.layer.body");
        for want in wants {
            assert!(body.contains(want), "{lang}: {body}");
        }
        assert!(!body.contains("every instruction") && !body.contains("each instruction"));
        assert!(!body.contains("명령어마다"), "{body}");
    }
    let en = lesson_text("03-layers-and-cache", "en");
    assert!(en.contains("one for each\ninstruction that changes files"));
}

/// Lesson 03 once said node:20-alpine has "five layers"; its history has four rows with a
/// size. Any count of layers the lesson states must be the one `docker image history` shows.
#[test]
fn lesson_03_counts_layers_as_history_shows_them() {
    let mut s = session();
    let out = run_all(
        &mut s,
        &[
            "docker pull -q node:20-alpine",
            "docker image history --format '{{.Size}}' node:20-alpine",
        ],
    );
    let layers = out.lines().filter(|l| *l != "0B").count();
    assert_eq!(layers, 4, "{out}");
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight",
    ];
    for lang in ["en", "ko"] {
        let text = lesson_text("03-layers-and-cache", lang).to_lowercase();
        for (n, word) in words.iter().enumerate() {
            for said in [format!("{word} layers"), format!("레이어 {}개", n + 1)] {
                assert!(
                    !text.contains(&said) || n + 1 == layers,
                    "{lang}: says {said:?}, history shows {layers}"
                );
            }
        }
    }
}

/// `no image REF` is met by an image that was never there: its description must not say the
/// learner removed it (`이미지를 지웠어요`, "is gone").
#[test]
fn no_image_goal_does_not_claim_a_removal() {
    use dockling::lesson::{check_goal, parse_goal};
    use dockling::session::Lang;
    let s = session();
    let en = check_goal(&s, &parse_goal("no image never-built:1", Lang::En).unwrap());
    let ko = check_goal(&s, &parse_goal("no image never-built:1", Lang::Ko).unwrap());
    assert!(en.met && ko.met);
    assert_eq!(en.description, "There is no image never-built:1");
    assert_eq!(ko.description, "never-built:1 이미지가 없어요");
    assert!(!ko.description.contains("지웠어요") && !en.description.contains("gone"));
}

/// The `docker ps` reading guide explains a port mapping of the learner's own containers, not
/// the seed's `9000->3000`.
#[test]
fn ps_guide_uses_the_learners_port() {
    use dockling::session::Lang;
    let mut s = session();
    s.run("docker run -d --name site -p 8080:80 nginx:1.27-alpine");
    s.run("docker ps");
    let en = s.explain_last(Lang::En);
    let guide = en.iter().find(|e| e.id == "guide.ps").expect("a guide");
    assert!(
        guide
            .body
            .contains("0.0.0.0:8080->80/tcp means port 8080 of your machine forwards to port 80"),
        "{}",
        guide.body
    );
    assert!(!guide.body.contains("9000"));
    let ko = s.explain_last(Lang::Ko);
    let guide = ko.iter().find(|e| e.id == "guide.ps").expect("a guide");
    assert!(
        guide
            .body
            .contains("내 컴퓨터의 8080번 포트가 컨테이너의 80번 포트로"),
        "{}",
        guide.body
    );
    // Without a published port the guide keeps its example.
    let mut s = session();
    s.run("docker ps");
    let en = s.explain_last(Lang::En);
    let guide = en.iter().find(|e| e.id == "guide.ps").expect("a guide");
    assert!(guide.body.contains("9000->3000/tcp"), "{}", guide.body);
}

/// A failing health check makes a container unhealthy only after `--health-retries` failures
/// in a row; before that `docker ps` still says `health: starting`.
#[test]
fn unhealthy_only_after_the_retries() {
    let mut s = session();
    s.run("docker run -d --name sleeper --health-cmd 'exit 1' --health-interval 5s --health-retries 2 alpine:3.20 sleep 3600");
    s.run("sleep 6");
    let out = s.run("docker ps --format '{{.Status}}'").output.text();
    assert!(out.contains("(health: starting)"), "{out}");
    s.run("sleep 5");
    let out = s.run("docker ps --format '{{.Status}}'").output.text();
    assert!(out.contains("(unhealthy)"), "{out}");
}

#[test]
fn ps_guide_quotes_the_ports_entry_docker_ps_printed() {
    use dockling::session::Lang;
    let mut s = session();
    s.run("docker run -d --name site -p 127.0.0.1:8080:80 -p 8443:443 nginx:1.27-alpine");
    let printed = s.run("docker ps").output.text();
    let guide = s
        .explain_last(Lang::En)
        .into_iter()
        .find(|e| e.id == "guide.ps")
        .expect("a guide");
    let quoted = guide
        .body
        .split_once("on the row of site, ")
        .and_then(|(_, rest)| rest.split_once(" means"))
        .map(|(entry, _)| entry.to_string())
        .expect("the guide quotes a PORTS entry");
    assert!(quoted.contains("->"), "{quoted}");
    assert!(printed.contains(&quoted), "{quoted} not in:\n{printed}");
}

/// Lesson 14 once said no container starts with under 6 MB; the limit is the daemon's minimum,
/// refused before anything is created with Docker's own error and exit code 125.
#[test]
fn lesson_14_quotes_the_minimum_memory_error() {
    for lang in ["en", "ko"] {
        let text = lesson_text("14-resource-limits", lang);
        assert!(
            text.contains("`Minimum memory limit allowed is 6MB`") && text.contains("125"),
            "{lang}"
        );
        assert!(
            !text.contains("no container starts with that little"),
            "{lang}"
        );
        assert!(!text.contains("어떤 컨테이너도 시작하지 못해요"), "{lang}");
    }
    let mut s = session();
    let r = s.run("docker run --rm --memory 4m alpine:3.20 true");
    assert!(
        r.output
            .text()
            .contains("Error response from daemon: Minimum memory limit allowed is 6MB"),
        "{}",
        r.output.text()
    );
    assert_eq!(s.run("echo $?").output.text(), "125\n");
    assert_eq!(s.run("docker ps -aq").output.text(), "");
}

/// Lesson 12 teaches that a check runs inside the container: the python alpine image has no
/// curl, so the check's log shows the shell's complaint and the container turns unhealthy.
#[test]
fn lesson_12_check_runs_with_the_images_programs() {
    for lang in ["en", "ko"] {
        let text = lesson_text("12-healthcheck", lang);
        assert!(text.contains("/bin/sh: curl: not found"), "{lang}");
    }
    let mut s = session();
    s.run("docker run -d --name site --health-cmd \"curl -f http://localhost:8000/ || exit 1\" --health-interval 5s --health-retries 2 python:3.12-alpine python -m http.server");
    s.run("sleep 12");
    assert!(s
        .run("docker ps --format '{{.Status}}'")
        .output
        .text()
        .ends_with("(unhealthy)\n"));
    let health = s
        .run("docker inspect --format '{{json .State.Health}}' site")
        .output
        .text();
    assert!(
        health.contains(r#""ExitCode":1,"Output":"/bin/sh: curl: not found\n""#),
        "{health}"
    );
}
