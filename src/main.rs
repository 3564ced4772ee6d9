//! The native `dockling` program: an interactive prompt, `--transcript` and `parse`.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use dockling::runtime::Stream;
use dockling::session::{Lang, Session, SessionConfig};

const USAGE: &str = "\
Usage: dockling [--seed N] [--lang en|ko] [--explain] [--transcript FILE|-]
       dockling parse DOCKERFILE
       dockling lesson check|play LESSON.md

With a terminal, dockling opens a prompt where you type docker commands as on your machine.
--transcript runs a script of commands as if typed and prints each with its output.
";

/// Options of the interactive prompt and transcripts.
struct Options {
    seed: u64,
    lang: Lang,
    explain: bool,
    transcript: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut opts = Options {
        seed: 0,
        lang: Lang::En,
        explain: false,
        transcript: None,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("dockling: {name} needs a value"))
        };
        match name {
            "--seed" => {
                let v = value()?;
                opts.seed = v
                    .parse()
                    .map_err(|_| format!("dockling: --seed wants a number, not {v:?}"))?;
            }
            "--lang" => {
                let v = value()?;
                opts.lang = Lang::parse(&v)
                    .ok_or_else(|| format!("dockling: --lang is en or ko, not {v:?}"))?;
            }
            "--explain" => opts.explain = true,
            "--transcript" => opts.transcript = Some(value()?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("dockling: unknown option {other}")),
        }
        i += 1;
    }
    Ok(opts)
}

/// Writes a command's output to the process's stdout and stderr, in order.
fn print_output(result: &dockling::session::RunResult, merged: bool) {
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    for (stream, text) in &result.output.chunks {
        if merged || *stream == Stream::Stdout {
            let _ = stdout.write_all(text.as_bytes());
        } else {
            let _ = stdout.flush();
            let _ = stderr.write_all(text.as_bytes());
            let _ = stderr.flush();
        }
    }
    let _ = stdout.flush();
}

fn print_explanations(session: &Session, opts: &Options) {
    if !opts.explain {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    for e in session.explain_last(opts.lang) {
        let _ = writeln!(stdout, "» {}", e.title);
        for line in e.body.lines() {
            let _ = writeln!(stdout, "»   {line}");
        }
    }
}

/// Runs a script of commands as if typed: `$ <command>` then its output, for each.
fn run_transcript(text: &str, opts: &Options) {
    let config = dockling::transcript::TranscriptConfig {
        seed: opts.seed,
        explain: opts.explain,
        lang: opts.lang,
    };
    let out = dockling::transcript::run(text, &config);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
}

/// The interactive prompt, with line editing and history (↑/↓) from `rustyline`.
fn run_interactive(opts: &Options) {
    let mut session = Session::new(SessionConfig {
        seed: opts.seed,
        ..SessionConfig::default()
    });
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        // No terminal features available: read plain lines.
        let text: Vec<String> = std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect();
        run_transcript(&text.join("\n"), opts);
        return;
    };
    println!("dockling: a Docker to learn with. Type `help` for a start, Ctrl-D to leave.");
    loop {
        let mut command = String::new();
        let mut prompt = session.prompt();
        loop {
            match editor.readline(&prompt) {
                Ok(line) => {
                    if !command.is_empty() {
                        command.push('\n');
                    }
                    command.push_str(&line);
                }
                Err(rustyline::error::ReadlineError::Interrupted) => {
                    command.clear();
                    break;
                }
                Err(_) => return,
            }
            if !session.needs_more_input(&command) {
                break;
            }
            prompt = "> ".to_string();
        }
        if command.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(command.as_str());
        let result = session.run(&command);
        if result.clear {
            print!("\x1b[H\x1b[2J");
        }
        print_output(&result, false);
        print_explanations(&session, opts);
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("parse") => {
            let Some(path) = args.get(1) else {
                eprint!("{USAGE}");
                return ExitCode::from(2);
            };
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("dockling: {path}: {e}");
                    return ExitCode::from(1);
                }
            };
            let (out, err, code) = dockling::dockerfile::parser::run_parse_tool(&bytes);
            print!("{out}");
            eprint!("{err}");
            return ExitCode::from(code.clamp(0, 255) as u8);
        }
        Some("lesson") => return dockling_lesson(&args[1..]),
        _ => {}
    }
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(message) => {
            if message.is_empty() {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("{message}");
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match &opts.transcript {
        Some(path) => {
            let text = if path == "-" {
                let mut s = String::new();
                let _ = std::io::stdin().read_to_string(&mut s);
                s
            } else {
                match std::fs::read(path) {
                    Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                    Err(e) => {
                        eprintln!("dockling: {path}: {e}");
                        return ExitCode::from(1);
                    }
                }
            };
            run_transcript(&text, &opts);
            ExitCode::SUCCESS
        }
        None => {
            if !std::io::stdin().is_terminal() {
                // Piped input without --transcript still runs, quietly, as a script.
                let stdin = std::io::stdin();
                let text: Vec<String> = stdin.lock().lines().map_while(Result::ok).collect();
                run_transcript(&text.join("\n"), &opts);
                return ExitCode::SUCCESS;
            }
            run_interactive(&opts);
            ExitCode::SUCCESS
        }
    }
}

/// The lesson's other languages (`ko.md` beside `en.md`) compared with it: same steps,
/// commands, files and goals.
fn translation_problems(path: &str, text: &str) -> Vec<dockling::lesson::lint::Problem> {
    let Ok(this) = dockling::lesson::parse_lesson(text) else {
        return Vec::new();
    };
    let dir = std::path::Path::new(path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let mut problems = Vec::new();
    for lang in ["en", "ko"] {
        if lang == this.lang.code() {
            continue;
        }
        let Ok(other) = std::fs::read_to_string(dir.join(format!("{lang}.md"))) else {
            continue;
        };
        match dockling::lesson::parse_lesson(&other) {
            Ok(other) => problems.extend(dockling::lesson::lint::pair_problems(&this, &other)),
            Err(e) => problems.push(dockling::lesson::lint::Problem {
                line: 0,
                message: format!("the {lang} translation does not parse: {e}"),
            }),
        }
    }
    problems
}

/// `dockling lesson check|play FILE`.
fn dockling_lesson(args: &[String]) -> ExitCode {
    const LESSON_USAGE: &str = "usage: dockling lesson check [--json] FILE | play FILE\n";
    let json = args.iter().any(|a| a == "--json");
    let args: Vec<String> = args.iter().filter(|a| *a != "--json").cloned().collect();
    let (Some(action), Some(path), None) = (args.first(), args.get(1), args.get(2)) else {
        eprint!("{LESSON_USAGE}");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("dockling: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    match action.as_str() {
        "check" => match dockling::lesson::check_lesson(&text) {
            Ok(mut report) => {
                report.problems.extend(translation_problems(path, &text));
                if json {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&report).unwrap_or_default()
                    );
                } else {
                    print!("{}", report.table());
                    eprint!("{}", report.problem_lines(path));
                }
                if report.passes() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
            Err(e) => {
                if json {
                    let doc =
                        serde_json::json!({ "error": { "line": e.line, "message": e.message } });
                    println!("{doc}");
                } else {
                    eprintln!("{path}:{}: error: {}", e.line, e.message);
                }
                ExitCode::from(1)
            }
        },
        "play" => match dockling::lesson::play_lesson(&text) {
            Ok(out) => {
                print!("{out}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("dockling: {path}: {e}");
                ExitCode::from(1)
            }
        },
        _ => {
            eprint!("{LESSON_USAGE}");
            ExitCode::from(2)
        }
    }
}
