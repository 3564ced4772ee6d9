//! No compose file may panic or hang `docker compose`: seeded mutations of real compose files
//! (characters dropped, swapped, YAML punctuation and tabs inserted, lines shifted) go through
//! the YAML reader and through `docker compose config` and `up -d` in a session; each run ends
//! with a compose-worded result and exit status 0 or 1.

use dockling::compose::yaml;
use dockling::session::{Session, SessionConfig};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SEEDS: &[&str] = &[
    "services:\n  app:\n    image: node:20-alpine\n    command: sh -c \"yarn install && yarn run dev\"\n    ports:\n      - 127.0.0.1:3000:3000\n    working_dir: /app\n    volumes:\n      - ./:/app\n    environment:\n      MYSQL_HOST: mysql\n      MYSQL_USER: root\n  mysql:\n    image: mysql:8.0\n    volumes:\n      - todo-mysql-data:/var/lib/mysql\n    environment:\n      MYSQL_ROOT_PASSWORD: secret\n      MYSQL_DATABASE: todos\nvolumes:\n  todo-mysql-data:\n",
    "services:\n  server:\n    build:\n      context: .\n    ports:\n      - 3000:3000\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres\n    healthcheck:\n      test: [ \"CMD\", \"pg_isready\" ]\n      interval: 10s\n      retries: 5\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\nsecrets:\n  db-password:\n    file: db/password.txt\n",
    "x-base: &base\n  restart: always\n  labels: {team: web}\nservices:\n  web:\n    <<: *base\n    image: \"nginx:${TAG:-latest}\"\n    entrypoint: [\"sh\", \"-c\"]\n    command: |\n      echo hi\n      exec nginx -g 'daemon off;'\n    deploy:\n      replicas: 2\n    profiles: [web]\n    develop:\n      watch:\n        - action: sync\n          path: ./src\n          target: /app/src\n",
];

const INSERTS: &[&str] = &[
    ":", ": ", "-", "- ", " ", "  ", "\t", "\n", "\"", "'", "[", "]", "{", "}", ",", "&a ", "*a",
    "<<: ", "|", ">", "#", "$", "${", "}", "$$", "?", "!", "@", "%", "\\", "\u{feff}", "é",
];

fn mutate(rng: &mut XorShift, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        match rng.below(5) {
            0 => {
                chars.remove(at);
            }
            1 => {
                let ins = INSERTS[rng.below(INSERTS.len())];
                for (k, c) in ins.chars().enumerate() {
                    chars.insert((at + k).min(chars.len()), c);
                }
            }
            2 => {
                let other = rng.below(chars.len());
                chars.swap(at, other);
            }
            3 => {
                // Shift a line's indentation.
                let start = chars[..at]
                    .iter()
                    .rposition(|&c| c == '\n')
                    .map_or(0, |p| p + 1);
                if rng.below(2) == 0 {
                    chars.insert(start, ' ');
                } else if chars.get(start) == Some(&' ') {
                    chars.remove(start);
                }
            }
            _ => {
                chars.truncate(at);
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_yaml_never_panics() {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for i in 0..3_000 {
        let seed = SEEDS[i % SEEDS.len()];
        let text = mutate(&mut rng, seed);
        let result = std::panic::catch_unwind(|| yaml::parse(&text));
        match result {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => {
                let shown = e.to_string();
                assert!(shown.starts_with("yaml: "), "{shown:?} for {text:?}");
            }
            Err(_) => panic!("yaml::parse panicked on {text:?}"),
        }
    }
}

#[test]
fn hostile_yaml_is_bounded() {
    // Billion laughs, deep nesting, long lines.
    let mut laughs = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for k in 0..12 {
        let prev = if k == 0 {
            "a".to_string()
        } else {
            format!("l{}", k - 1)
        };
        laughs.push_str(&format!(
            "l{k}: &l{k} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        ));
    }
    let e = yaml::parse(&laughs).expect_err("aliases expand past the limit");
    assert_eq!(e.to_string(), "yaml: document contains excessive aliasing");
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    assert!(yaml::parse(&deep).is_err());
    let nested: String = (0..400)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    assert!(yaml::parse(&nested).is_err());
}

#[test]
fn mutated_compose_files_end_in_compose_errors_or_success() {
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    for i in 0..120 {
        let seed = SEEDS[i % SEEDS.len()];
        let text = mutate(&mut rng, seed);
        let mut s = Session::new(SessionConfig::default());
        let _ = s.run("mkdir -p proj/db && cd proj && echo pw > db/password.txt");
        s.write_file("compose.yaml", &text).expect("writable");
        for line in [
            "docker compose config",
            "docker compose up -d",
            "docker compose ps -a",
        ] {
            let r = s.run(line);
            assert!(
                r.status == 0 || r.status == 1,
                "{line} exited {} on {text:?}: {:?}",
                r.status,
                r.output
            );
        }
    }
}
