//! A seeded property test: random command sequences typed into a session never panic, and
//! after every step the engine's invariants hold.

use std::collections::BTreeSet;

use dockling::clock::Rng;
use dockling::engine::Engine;
use dockling::session::{Session, SessionConfig};

/// The engine's own seeded generator, with a way to pick one of a list.
struct Rand(Rng);

impl Rand {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.0.below(items.len() as u64) as usize]
    }
}

const IMAGES: &[&str] = &[
    "nginx",
    "alpine",
    "redis",
    "hello-world",
    "busybox",
    "nope/x",
    "Node",
    "ubuntu:24.04",
];
const NAMES: &[&str] = &["web", "db", "cache", "a", "web2", "x y", "/web"];
const PORTS: &[&str] = &[
    "8080:80",
    "9000:3000",
    "8080:8080",
    "6379",
    "abc",
    "99999:80",
];

fn random_command(r: &mut Rand) -> String {
    let name = r.pick(NAMES);
    let image = r.pick(IMAGES);
    match r.next() % 22 {
        0 => format!("docker run -d --name {name} -p {} {image}", r.pick(PORTS)),
        1 => format!("docker run -d {image}"),
        2 => format!("docker run --rm {image}"),
        3 => format!("docker stop {name}"),
        4 => format!("docker start {name}"),
        5 => format!("docker rm {name}"),
        6 => format!("docker rm -f {name}"),
        7 => format!("docker kill {name}"),
        8 => format!("docker pause {name}"),
        9 => format!("docker unpause {name}"),
        10 => format!("docker rename {name} {}", r.pick(NAMES)),
        11 => "docker ps -a".to_string(),
        12 => "docker images".to_string(),
        13 => format!("docker rmi {image}"),
        14 => format!(
            "docker tag {image} {}",
            r.pick(&["me/app:1", "app", "Bad:tag:x"])
        ),
        15 => format!("docker pull {image}"),
        16 => format!("docker network create {}", r.pick(&["net1", "net2"])),
        17 => format!("docker network connect net1 {name}"),
        18 => format!("docker volume create {}", r.pick(&["v1", "v2"])),
        19 => "docker container prune -f".to_string(),
        20 => format!("docker exec {name} ls /"),
        _ => format!(
            "docker {} {}",
            r.pick(&["restart", "logs", "inspect", "port", "top"]),
            name
        ),
    }
}

fn check_invariants(engine: &Engine) {
    let mut names = BTreeSet::new();
    let mut ids = BTreeSet::new();
    let mut ports = BTreeSet::new();
    for c in &engine.containers {
        assert!(names.insert(c.name.clone()), "duplicate name {}", c.name);
        assert!(ids.insert(c.id.clone()), "duplicate id {}", c.id);
        assert_eq!(c.id.len(), 64);
        assert!(
            engine.images.contains_key(&c.image_id),
            "container {} lost its image",
            c.name
        );
        if c.state.is_active() {
            for p in &c.ports {
                assert!(p.host_port != 0, "active container with unallocated port");
                assert!(
                    ports.insert((p.host_port, p.proto.clone())),
                    "host port {} bound twice",
                    p.host_port
                );
            }
        }
    }
    for (tag, id) in &engine.tags {
        assert!(engine.images.contains_key(id), "tag {tag} points nowhere");
    }
}

#[test]
fn random_sessions_keep_invariants() {
    for seed in 1..=12u64 {
        let mut r = Rand(Rng::new(seed));
        let mut session = Session::new(SessionConfig {
            seed,
            ..SessionConfig::default()
        });
        for _ in 0..60 {
            let line = random_command(&mut r);
            let result = session.run(&line);
            assert!(result.status >= 0, "{line}");
            check_invariants(session.engine());
        }
    }
}

#[test]
fn hostile_lines_do_not_break_the_session() {
    let mut session = Session::new(SessionConfig::default());
    let long = "a".repeat(100_000);
    let lines = [
        String::new(),
        "   ".to_string(),
        long.clone(),
        format!("docker run {long}"),
        "docker run \"unterminated".to_string(),
        "docker ps --filter".to_string(),
        "docker run -d --name '<script>alert(1)</script>' nginx".to_string(),
        "docker rm $(docker ps -aq".to_string(),
        "docker \u{0} ps".to_string(),
        "docker run -p 1:2:3:4 nginx".to_string(),
        "while true; do :; done".to_string(),
        "f() { f; }; f".to_string(),
        "docker".to_string(),
        "docker inspect --format '{{' x".to_string(),
    ];
    for line in &lines {
        let _ = session.run(line);
    }
    let result = session.run("echo still here");
    assert_eq!(result.output.text(), "still here\n");
}

/// What a session shows of its state: the picture, `docker ps -a`, `docker images`, volumes
/// and networks, the history and the save (run on a copy, so looking changes nothing).
fn observe(session: &Session) -> String {
    let mut copy = session.clone();
    let mut out = serde_json::to_string(&copy.snapshot()).unwrap();
    for line in [
        "docker ps -a --no-trunc",
        "docker images -a --digests",
        "docker volume ls",
        "docker network ls",
        "ls -la",
    ] {
        out.push_str(&format!("\n$ {line}\n{}", copy.run(line).output.text()));
    }
    out.push_str(&format!("\n{:?}\n{}", session.history(), session.save()));
    out
}

/// Undo restores a checkpoint and replays the tail; the state must be exactly the one
/// replaying every step but the undone ones gives, at every length and after undos in a row.
#[test]
fn undo_by_checkpoints_equals_replay() {
    for seed in [3u64, 8, 21] {
        let mut r = Rand(Rng::new(seed));
        let config = SessionConfig {
            seed,
            ..SessionConfig::default()
        };
        let mut session = Session::new(config.clone());
        for i in 0..90 {
            if i % 17 == 5 {
                session
                    .write_file(&format!("f{i}.txt"), &format!("file {i}\n"))
                    .unwrap();
            } else {
                session.run(&random_command(&mut r));
            }
        }
        assert!(
            session.checkpoints().len() > 3,
            "{:?}",
            session.checkpoints()
        );
        // Undo one step at a time, comparing with a replay of what is left every few steps.
        let all = session.steps().to_vec();
        assert_eq!(all.len(), 90);
        for k in 1..=40 {
            assert!(session.undo());
            assert_eq!(session.steps(), &all[..90 - k]);
            if k % 7 == 0 || k < 3 {
                let replayed = Session::replay_steps(config.clone(), &all[..90 - k]);
                assert_eq!(
                    observe(&session),
                    observe(&replayed),
                    "seed {seed}, {k} undone"
                );
            }
        }
        // Going on after undos works from the restored state too.
        session.run("docker run -d --name after alpine sleep 100000");
        session.run("docker ps");
        assert!(session.undo());
        let mut want = all[..50].to_vec();
        want.push(dockling::session::Step::Line(
            "docker run -d --name after alpine sleep 100000".into(),
        ));
        let replayed = Session::replay_steps(config.clone(), &want);
        assert_eq!(observe(&session), observe(&replayed), "seed {seed}: after");
        // A loaded save has checkpoints too and undoes the same way.
        let mut loaded = Session::load(&session.save(), 80).unwrap();
        assert!(loaded.undo() && session.undo());
        assert_eq!(observe(&loaded), observe(&session), "seed {seed}: loaded");
    }
}

/// Docker's IPAM hands out the lowest free address on a network: an address a removed
/// container released comes back before a new one, and the next after that is past the highest.
#[test]
fn ipam_gives_the_lowest_free_address() {
    let mut s = Session::new(SessionConfig::default());
    let ip = |s: &mut Session, name: &str| {
        s.run(&format!(
            "docker inspect -f '{{{{.NetworkSettings.IPAddress}}}}' {name}"
        ))
        .output
        .text()
    };
    for name in ["web1", "web2", "web3"] {
        assert_eq!(
            s.run(&format!("docker run -d --name {name} alpine sleep 1000"))
                .status,
            0
        );
    }
    assert_eq!(ip(&mut s, "web2"), "172.17.0.3\n");
    assert_eq!(s.run("docker rm -f web2").status, 0);
    s.run("docker run -d --name web4 alpine sleep 1000");
    assert_eq!(ip(&mut s, "web4"), "172.17.0.3\n");
    s.run("docker run -d --name web5 alpine sleep 1000");
    assert_eq!(ip(&mut s, "web5"), "172.17.0.5\n");
}
