//! The goal kinds a teacher needs beyond objects existing: container settings, image
//! properties, files inside containers and images, `not`/`any`, what the learner typed, and a
//! build without warnings. Each is checked met and unmet against a real session.

use dockling::lesson::{check_goal_with, parse_goal, BuildWatch, GoalStatus};
use dockling::session::{Lang, Session, SessionConfig};

struct Run {
    s: Session,
    watch: BuildWatch,
}

impl Run {
    fn new() -> Run {
        Run {
            s: Session::new(SessionConfig {
                seed: 3,
                ..SessionConfig::default()
            }),
            watch: BuildWatch::default(),
        }
    }
    fn run(&mut self, line: &str) -> i32 {
        let r = self.s.run(line);
        self.watch.observe(&r.events);
        r.status
    }
    fn check(&self, goal: &str, lang: Lang) -> GoalStatus {
        let g = parse_goal(goal, lang).unwrap_or_else(|e| panic!("{goal}: {e}"));
        check_goal_with(&self.s, self.watch.events(), &g)
    }
    fn met(&self, goal: &str) -> bool {
        self.check(goal, Lang::En).met
    }
}

#[test]
fn container_settings() {
    let mut r = Run::new();
    assert!(!r.met("container web env MODE=prod"));
    assert_eq!(r.run("docker volume create data"), 0);
    assert_eq!(r.run("docker network create app"), 0);
    assert_eq!(
        r.run("docker run -d --name web -e MODE=prod -v data:/data --restart unless-stopped --user 1000 --network app --memory 256m nginx"),
        0
    );
    for goal in [
        "container web env MODE",
        "container web env MODE=prod",
        "container web running env MODE=prod mount data:/data",
        "container web mount /data",
        "container web restart unless-stopped",
        "container web user 1000",
        "container web network app",
        "container web memory 256m",
        "container web has /usr/share/nginx/html/index.html contains nginx",
    ] {
        assert!(r.met(goal), "{goal}: {:?}", r.check(goal, Lang::En));
    }
    for goal in [
        "container web env MODE=dev",
        "container web env DEBUG",
        "container web mount other:/data",
        "container web mount /srv",
        "container web restart always",
        "container web user root",
        "container web network bridge",
        "container web memory 512m",
        "container web has /nope.txt",
        "container web has /usr/share/nginx/html/index.html contains \"not there\"",
    ] {
        assert!(!r.met(goal), "{goal}");
    }
    let st = r.check("container web memory 512m", Lang::Ko);
    assert!(st.detail.contains("메모리 제한이 달라요"), "{}", st.detail);
    let st = r.check("container web restart always", Lang::En);
    assert_eq!(st.detail, "the restart policy of web is unless-stopped");
    // A default container runs as root, with no limit and no restart policy.
    assert_eq!(r.run("docker run -d --name plain nginx"), 0);
    assert!(r.met("container plain user root restart no"));
    assert!(!r.met("container plain memory 256m"));
}

#[test]
fn files_written_in_a_container_are_seen() {
    let mut r = Run::new();
    r.run("docker run -d --name box alpine sleep 1000");
    assert!(!r.met("container box has /tmp/note.txt"));
    assert_eq!(
        r.run("docker exec box sh -c 'echo hello > /tmp/note.txt'"),
        0
    );
    assert!(r.met("container box has /tmp/note.txt contains hello"));
    assert!(!r.met("container box has /tmp/note.txt contains bye"));
}

#[test]
fn image_properties_and_warnings() {
    let mut r = Run::new();
    r.run("mkdir app");
    r.run("cd app");
    r.s.write_file(
        "Dockerfile",
        "FROM alpine:3.20\nLABEL org.opencontainers.image.title=demo\nCOPY hello.txt /srv/hello.txt\nCMD cat /srv/hello.txt\n",
    )
    .unwrap();
    r.s.write_file("hello.txt", "hi there\n").unwrap();
    assert!(!r.met("built without warnings"));
    assert_eq!(r.run("docker build -t demo ."), 0);
    for goal in [
        "image demo layers 2",
        "image demo label org.opencontainers.image.title=demo",
        "image demo label org.opencontainers.image.title",
        "image demo has /srv/hello.txt contains \"hi there\"",
        "image demo smaller 1GB",
        "image demo has /etc/alpine-release",
    ] {
        assert!(r.met(goal), "{goal}: {:?}", r.check(goal, Lang::En));
    }
    for goal in [
        "image demo layers 3",
        "image demo label version",
        "image demo has /srv/other.txt",
        "image demo smaller 1MB",
        "image nothere layers 1",
        "built without warnings",
    ] {
        assert!(!r.met(goal), "{goal}");
    }
    let st = r.check("built without warnings", Lang::En);
    assert!(st.detail.contains("JSONArgsRecommended"), "{}", st.detail);
    // The fixed Dockerfile builds clean.
    r.s.write_file(
        "Dockerfile",
        "FROM alpine:3.20\nCOPY hello.txt /srv/hello.txt\nCMD [\"cat\", \"/srv/hello.txt\"]\n",
    )
    .unwrap();
    assert_eq!(r.run("docker build -t demo:2 ."), 0);
    assert!(r.met("built without warnings"));
    assert!(!r.met("image demo:2 label org.opencontainers.image.title"));
}

#[test]
fn not_and_any() {
    let mut r = Run::new();
    r.run("docker run -d --name web nginx");
    assert!(r.met("not container web exited"));
    assert!(!r.met("not container web running"));
    assert!(r.met("any container web exited or container web running"));
    assert!(!r.met("any no image nginx or volume data"));
    assert!(r.met("not not image nginx"));
    let st = r.check("any volume a or volume b", Lang::Ko);
    assert!(
        st.description.starts_with("다음 중 하나"),
        "{}",
        st.description
    );
    assert_eq!(st.detail, "a 볼륨이 없어요");
    for bad in [
        "any image nginx",
        "any or",
        "not",
        "any image a or",
        "not fly",
    ] {
        assert!(parse_goal(bad, Lang::En).is_err(), "{bad}");
    }
}

#[test]
fn what_the_learner_typed() {
    let mut r = Run::new();
    r.run("docker run -d --name web nginx");
    assert!(!r.met("used --rm"));
    assert!(!r.met("ran docker logs"));
    r.run("docker container logs web");
    assert!(r.met("ran docker logs"));
    assert!(r.met("ran \"docker logs\""));
    assert!(!r.met("ran docker logs with -f"));
    r.run("docker run --rm alpine echo hi");
    assert!(r.met("used --rm"));
    assert!(r.met("ran docker run with --rm"));
    assert!(!r.met("ran docker ps with --rm"));
    let st = r.check("ran docker inspect", Lang::Ko);
    assert_eq!(
        st.detail,
        "아직 `docker inspect` 명령어를 입력하지 않았어요"
    );
    for bad in [
        "ran",
        "ran with --rm",
        "ran docker with",
        "ran docker with rm",
        "used rm",
    ] {
        assert!(parse_goal(bad, Lang::En).is_err(), "{bad}");
    }
}

#[test]
fn settings_are_validated() {
    for bad in [
        "container web mount data",
        "container web restart sometimes",
        "container web memory lots",
        "container web has relative/path",
        "container web contains x",
        "image demo layers many",
        "image demo smaller big",
        "image demo env A=1",
        "image demo has /x contains",
        "container web env",
    ] {
        assert!(parse_goal(bad, Lang::En).is_err(), "{bad}");
    }
    for good in [
        "container web restart on-failure:3",
        "container web mount ./site:/usr/share/nginx/html",
        "container web mount tmpfs:/run",
        "image demo smaller 150MB layers 3",
    ] {
        assert!(parse_goal(good, Lang::En).is_ok(), "{good}");
    }
}
