//! Command latency benchmarks (`cargo bench`): the seed tutorial's commands, and listings over
//! large states. A plain harness (no extra crates): each case runs until it has taken about
//! half a second and reports the median of its batches. Measuring is the one place that reads
//! the wall clock, so the determinism ban is lifted for this file only.
#![allow(clippy::disallowed_methods)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use dockling::session::{Session, SessionConfig, Step};

/// Counts the bytes allocated and live, for the bytes-per-container figure.
struct Counting;

static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), std::sync::atomic::Ordering::Relaxed);
        unsafe { std::alloc::System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        LIVE.fetch_sub(layout.size(), std::sync::atomic::Ordering::Relaxed);
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn live() -> usize {
    LIVE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether a case runs (`cargo bench --bench commands -- WORD` keeps the names with WORD).
fn wanted(name: &str) -> bool {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .is_none_or(|only| name.contains(&only))
}

/// Times one run of `f` (for cases too long to repeat), printed like `measure`.
fn once<T>(name: &str, f: impl FnOnce() -> T) -> Option<T> {
    if !wanted(name) {
        return None;
    }
    let t = Instant::now();
    let out = black_box(f());
    println!("{name:<52} {:>12.1} µs", t.elapsed().as_secs_f64() * 1e6);
    Some(out)
}

/// A learner's session of `n` lines: containers run, listed, stopped and removed, files
/// written, images pulled, tagged and built, as the tutorials do, over and over.
fn long_session(n: usize) -> Vec<String> {
    let mut lines: Vec<String> = SEED_SETUP.iter().map(|l| l.to_string()).collect();
    lines.push("docker pull alpine".into());
    lines.push("docker build -t me/app:1 .".into());
    let mut i = 0;
    while lines.len() < n {
        let name = format!("w{}", i % 40);
        let step = match i % 10 {
            0 => format!("docker run -d --name {name} alpine sleep 100000"),
            1 => "docker ps".to_string(),
            2 => format!("echo {i} > note{}.txt", i % 7),
            3 => format!("docker stop {name}"),
            4 => "docker ps -a".to_string(),
            5 => format!("docker rm {name}"),
            6 => format!("docker tag alpine me/alpine:{}", i % 9),
            7 => "docker images".to_string(),
            8 => format!("docker run --rm alpine echo {i}"),
            _ => "ls -la".to_string(),
        };
        lines.push(step);
        i += 1;
    }
    lines
}

/// A realistic learner's session of `n` steps, as `www/measure.mjs` builds it for the page:
/// Dockerfiles saved from the editor and built, networks and volumes made and used, containers
/// run, exec'd into, listed, logged, stopped and removed, files written, images tagged and
/// removed, round after round.
fn realistic_session(n: usize) -> Vec<Step> {
    let mut steps: Vec<Step> = SEED_SETUP
        .iter()
        .map(|l| Step::Line(l.to_string()))
        .collect();
    steps.push(Step::Line("docker pull alpine".into()));
    let mut round = 0;
    while steps.len() < n {
        let k = round % 8;
        let round_steps = [
            Step::Write {
                path: format!("svc{k}/Dockerfile"),
                content: format!("FROM alpine\nWORKDIR /srv\nRUN echo build {round} > /srv/v\nCMD [\"sleep\", \"100000\"]\n"),
            },
            Step::Line(format!("docker build -t me/svc{k}:{round} svc{k}")),
            Step::Line(format!("docker network create net{k}")),
            Step::Line(format!("docker volume create vol{k}")),
            Step::Line(format!("docker run -d --name s{k} --network net{k} -v vol{k}:/data -p {}:80 me/svc{k}:{round}", 8000 + k)),
            Step::Line(format!("docker exec s{k} sh -c 'echo {round} >> /data/log; cat /srv/v'")),
            Step::Line(format!("docker exec s{k} ls /data")),
            Step::Line("docker ps".into()),
            Step::Line(format!("docker logs s{k}")),
            Step::Line(format!("echo round {round} > notes{k}.txt")),
            Step::Line(format!("cat notes{k}.txt")),
            Step::Line(format!("docker run --rm -v vol{k}:/data alpine cat /data/log")),
            Step::Line(format!("docker stop s{k}")),
            Step::Line("docker ps -a".into()),
            Step::Line(format!("docker rm s{k}")),
            Step::Line("docker volume ls".into()),
            Step::Line(format!("docker network rm net{k}")),
            Step::Line(format!("docker volume rm vol{k}")),
            Step::Line("docker images".into()),
            Step::Line(format!("docker rmi me/svc{k}:{round}")),
        ];
        steps.extend(round_steps);
        round += 1;
    }
    steps.truncate(n);
    steps
}

fn measure(name: &str, mut f: impl FnMut()) {
    if !wanted(name) {
        return;
    }
    let mut batches: Vec<Duration> = Vec::new();
    let mut iters = 1u32;
    // Find a batch size of roughly 10 ms.
    loop {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        if t.elapsed() > Duration::from_millis(10) || iters > 1 << 20 {
            break;
        }
        iters *= 2;
    }
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(500) || batches.len() < 5 {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        batches.push(t.elapsed() / iters);
        if batches.len() > 200 {
            break;
        }
    }
    batches.sort();
    let median = batches[batches.len() / 2];
    println!("{name:<52} {:>12.1} µs", median.as_secs_f64() * 1e6);
}

const SEED_SETUP: &[&str] = &[
    "mkdir app && cd app",
    "cat > Dockerfile <<'EOF'\nFROM node\n\nWORKDIR /app\n\nCOPY ./* /app/\n\nRUN npm install\n\nCMD [\"node\", \"index.js\"]\nEOF",
    "cat > index.js <<'EOF'\nconst express = require('express')\nconst PORT = 3000;\nconst app = express();\napp.get(\"/\", (req, res) =>{\n\tres.send(\"hello world\")\n});\napp.listen(PORT);\nconsole.log(\"server is started..!\")\nEOF",
    "cat > package.json <<'EOF'\n{\n  \"name\": \"hahava-express\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n    \"express\": \"4.17.1\"\n  }\n}\nEOF",
];

fn seeded() -> Session {
    let mut s = Session::new(SessionConfig::default());
    for line in SEED_SETUP {
        s.run(line);
    }
    s
}

fn main() {
    println!("{:<52} {:>15}", "case", "median");
    let mut dockerfile = String::from("# syntax=docker/dockerfile:1\nFROM node:22 AS build\n");
    for i in 0..999 {
        dockerfile.push_str(match i % 5 {
            0 => "RUN apt-get update && \\\n    apt-get install -y curl\n",
            1 => "ENV APP_HOME=/app VERSION=1.0\n",
            2 => "COPY [\"package.json\", \"./\"]\n",
            3 => "LABEL org.opencontainers.image.title=\"demo\"\n",
            _ => "CMD [\"node\", \"index.js\"]\n",
        });
    }
    measure("parse: 1,000-instruction Dockerfile", || {
        black_box(dockling::dockerfile::parser::parse(dockerfile.as_bytes()).is_ok());
    });
    let base = seeded();
    measure("session: echo hi", {
        let mut s = base.clone();
        move || {
            black_box(s.run("echo hi"));
        }
    });
    measure("build: seed Dockerfile, cold", || {
        let mut s = base.clone();
        black_box(s.run("docker image build -t hahava/express-server:0.0.1 ."));
    });
    let mut built = base.clone();
    built.run("docker image build -t hahava/express-server:0.0.1 .");
    measure("build: seed Dockerfile, fully cached", {
        let mut s = built.clone();
        move || {
            black_box(s.run("docker image build -t hahava/express-server:0.0.1 ."));
        }
    });
    measure("docker image ls", {
        let mut s = built.clone();
        move || {
            black_box(s.run("docker image ls"));
        }
    });
    measure("docker container run -d -p 9000:3000 + rm -f", {
        let mut s = built.clone();
        move || {
            black_box(s.run(
                "docker container run -d -p 9000:3000 --name web hahava/express-server:0.0.1",
            ));
            black_box(s.run("docker rm -f web"));
        }
    });
    let mut running = built.clone();
    running.run("docker container run -d -p 9000:3000 --name web hahava/express-server:0.0.1");
    measure("docker container ls", {
        let mut s = running.clone();
        move || {
            black_box(s.run("docker container ls"));
        }
    });
    measure("wget -qO- localhost:9000", {
        let mut s = running.clone();
        move || {
            black_box(s.run("wget -qO- localhost:9000"));
        }
    });
    measure("docker search --limit 5 mysql", {
        let mut s = running.clone();
        move || {
            black_box(s.run("docker search --limit 5 mysql"));
        }
    });
    measure("docker container stop + start", {
        let mut s = running.clone();
        move || {
            black_box(s.run("docker container stop web"));
            black_box(s.run("docker container start web"));
        }
    });

    // Time travel: undo and reload of a 1,000-line session.
    let lines = long_session(1_000);
    let config = SessionConfig::default();
    if wanted("session of 1,000") {
        let mut doc = Session::replay(config.clone(), &lines);
        let save = doc.save();
        once("load: saved session of 1,000 lines (replay)", || {
            Session::load(&save, 80).expect("loads")
        });
        // Undo as the page does it: one session (with its checkpoints), undo after undo. (A
        // clone starts without checkpoints, so cloning per iteration would time a full replay.)
        once("undo: 10 in a row, session of 1,000 lines", || {
            for _ in 0..10 {
                doc.undo();
            }
        });
        let before = live();
        let copy = doc.clone();
        let bytes = live() - before;
        drop(copy);
        println!(
            "{:<52} {:>12} B ({} checkpoints kept at {:?})",
            "memory: one copy of that session",
            bytes,
            doc.checkpoints().len(),
            doc.checkpoints()
        );
    }

    // The same, for the realistic mix the page measures (`make measure`).
    if wanted("realistic") {
        let steps = realistic_session(1_000);
        let mut doc = Session::replay_steps(config.clone(), &steps);
        let save = doc.save();
        once("load: saved realistic session of 1,000 steps", || {
            Session::load(&save, 80).expect("loads")
        });
        once(
            "undo: 10 in a row, realistic session of 1,000 steps",
            || {
                for _ in 0..10 {
                    doc.undo();
                }
            },
        );
    }

    // The hidden scenario of issue 18: 3,000 `docker run -d` typed, then three `ps -a`.
    once("scenario: 3,000 run -d + 3 ps -a (session)", || {
        let mut s = Session::new(SessionConfig::default());
        s.run("docker pull alpine");
        for i in 0..3_000 {
            s.run(&format!("docker run -d --name c{i} alpine sleep 100000"));
        }
        for _ in 0..3 {
            assert_eq!(s.run("docker ps -a").output.text().lines().count(), 3_001);
        }
    });

    // Large states: 10,000 containers and 2,000 images, built directly in the engine (only
    // when one of their cases is wanted: building them takes a while).
    if ![
        "memory: per container",
        "ps -a over 10,000",
        "images over 2,000",
    ]
    .iter()
    .any(|n| wanted(n))
    {
        return;
    }
    let mut big = built.clone();
    big.run("docker pull alpine");
    let mut engine = big.engine().clone();
    let alpine = engine.find_image("alpine").expect("alpine pulled");
    for i in 0..2_000 {
        let r = dockling::image::reference::parse(&format!("team/app{i}:1.0")).expect("valid");
        let _ = engine.tag_image(&alpine, &r);
    }
    let before = live();
    for _ in 0..10_000 {
        let spec = dockling::engine::lifecycle::ContainerSpec {
            image: "alpine".into(),
            ..Default::default()
        };
        let _ = engine.create_container(&spec);
    }
    let _ = engine.take_events();
    if wanted("memory") {
        println!(
            "{:<52} {:>12} B",
            "memory: per container (10,000 created)",
            (live() - before) / 10_000
        );
    }
    // Listing leaves the state as it was, so one engine serves every iteration (a clone per
    // iteration would measure the clone too).
    let mut e = engine;
    measure("docker ps -a over 10,000 containers", || {
        list(&mut e, &["ps", "-a"])
    });
    measure("docker images over 2,000 tags", || {
        list(&mut e, &["images"])
    });
}

/// Runs `docker <args>` straight through the client, as a terminal 80 cells wide would.
fn list(engine: &mut dockling::engine::Engine, args: &[&str]) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let mut out = dockling::runtime::Output::default();
    let mut ctx = dockling::cli::CliCtx {
        width: 80,
        stdin: &[],
        cwd: "/".into(),
        request: None,
        answer: None,
        stdout_tty: true,
        env: Vec::new(),
    };
    black_box(dockling::cli::docker(engine, &args, &mut ctx, &mut out));
}
