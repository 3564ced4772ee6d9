//! Unit tests for the instruction stage: BuildKit's error texts and the typed values.

use super::*;
use crate::dockerfile::parser::parse;

fn stages(src: &str) -> Result<Dockerfile, InstructionError> {
    parse_stages(&parse(src.as_bytes()).expect("parses"))
}

fn error(src: &str) -> String {
    stages(src).expect_err("fails").message
}

#[test]
fn unknown_instruction_suggestions_follow_case() {
    assert_eq!(
        error("FROM node:20\nWORKDIR /app\nRUNN npm install\n"),
        "dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)"
    );
    assert_eq!(
        error("form a\n"),
        "dockerfile parse error on line 1: unknown instruction: form (did you mean from?)"
    );
    assert_eq!(
        error("Form a\n"),
        "dockerfile parse error on line 1: unknown instruction: Form (did you mean from?)"
    );
    assert_eq!(error("FROM a\nENTRYPIONT x\n"), "dockerfile parse error on line 2: unknown instruction: ENTRYPIONT (did you mean ENTRYPOINT?)");
    assert_eq!(
        error("FROM a\nXYZZY x\n"),
        "dockerfile parse error on line 2: unknown instruction: XYZZY"
    );
}

#[test]
fn argument_count_errors() {
    let cases = [
        ("FROM a b\n", "FROM requires either one or three arguments"),
        ("FROM a AS 1x\n", "invalid name for build stage: \"1x\", name can't start with a number or contain symbols"),
        ("FROM a\nCOPY x\n", "COPY requires at least two arguments, but only one was provided. Destination could not be determined"),
        ("FROM a\nUSER\n", "USER requires exactly one argument"),
        ("FROM a\nEXPOSE\n", "EXPOSE requires at least one argument"),
        ("FROM a\nCOPY --user=me a b\n", "unknown flag: --user"),
        ("FROM a\nCOPY --chmown=1 a b\n", "unknown flag: --chmown (did you mean chown?)"),
        ("FROM a\nCOPY --from=x --from=y a b\n", "duplicate flag specified: --from"),
        ("FROM a\nCOPY --chown a b\n", "missing a value on flag: --chown"),
        ("FROM a\nADD --link=maybe a b\n", "expecting boolean value for flag --link, not: maybe"),
        ("FROM a\nONBUILD ONBUILD RUN x\n", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
        ("FROM a\nONBUILD from b\n", "FROM isn't allowed as an ONBUILD trigger"),
        ("FROM a\nONBUILD MAINTAINER b\n", "MAINTAINER isn't allowed as an ONBUILD trigger"),
        ("FROM a\nHEALTHCHECK\n", "HEALTHCHECK requires at least one argument"),
        ("FROM a\nHEALTHCHECK CONNECT TCP 7000\n", "Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)"),
        ("FROM a\nHEALTHCHECK NONE x\n", "HEALTHCHECK NONE takes no arguments"),
        ("FROM a\nHEALTHCHECK CMD\n", "Missing command after HEALTHCHECK CMD"),
        ("FROM a\nHEALTHCHECK --interval=1 CMD x\n", "time: missing unit in duration \"1\""),
        ("FROM a\nHEALTHCHECK --interval=10us CMD x\n", "Interval \"interval\" cannot be less than 1ms"),
        ("FROM a\nHEALTHCHECK --retries=-1 CMD x\n", "--retries cannot be negative (-1)"),
        ("FROM a\nSHELL sh -c\n", "SHELL requires the arguments to be in JSON form"),
        ("FROM a\nSHELL []\n", "SHELL requires at least one argument"),
        ("FROM a\nARG =x\n", "ARG names can not be blank"),
        ("FROM a\nRUN --network=foo x\n", "invalid network mode \"foo\""),
        ("FROM a\nCOPY a <<EOF\nx\nEOF\n", "COPY cannot accept a heredoc as a destination"),
    ];
    for (src, inner) in cases {
        let e = stages(src).expect_err(src);
        assert_eq!(e.inner, inner, "{src}");
        assert!(
            e.message.starts_with("dockerfile parse error on line "),
            "{src}"
        );
    }
    assert_eq!(
        error("CMD x\nFROM a\n"),
        "no build stage in current context"
    );
    assert_eq!(error("ARG a\n"), "dockerfile contains no stages to build");
}

#[test]
fn stages_and_typed_values() {
    let df = stages(
        "ARG V=1\nFROM --platform=linux/amd64 node:$V AS Build\nRUN --mount=type=cache,target=/x npm ci\nCOPY --from=build --chown=1:1 --link a b /dst/\nENV A=1 B=\"2 3\"\nCMD [\"node\", \"i.js\"]\nHEALTHCHECK --interval=1m30s --retries=3 CMD curl -f x\nFROM scratch\nEXPOSE 80/tcp 443\nCOPY <<-EOT /f\n\thello\n\tEOT\n",
    )
    .unwrap();
    assert_eq!(df.meta_args.len(), 1);
    assert_eq!(df.stages.len(), 2);
    let s = &df.stages[0];
    assert_eq!(s.name.as_deref(), Some("build"));
    assert_eq!(s.name_as_written.as_deref(), Some("Build"));
    assert_eq!(s.base, "node:$V");
    assert_eq!(s.platform.as_deref(), Some("linux/amd64"));
    assert_eq!(
        s.instructions[0].instruction,
        Instruction::Run {
            command: CommandLine::Shell("npm ci".into()),
            heredocs: vec![],
            mounts: vec!["type=cache,target=/x".into()],
            network: "default".into(),
            security: "sandbox".into(),
        }
    );
    match &s.instructions[1].instruction {
        Instruction::Copy {
            sources,
            dest,
            from,
            chown,
            link,
            ..
        } => {
            assert_eq!(sources, &vec!["a".to_string(), "b".to_string()]);
            assert_eq!(dest, "/dst/");
            assert_eq!(from.as_deref(), Some("build"));
            assert_eq!(chown.as_deref(), Some("1:1"));
            assert!(link);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        s.instructions[2].instruction,
        Instruction::Env(vec![
            ("A".into(), "1".into()),
            ("B".into(), "\"2 3\"".into())
        ])
    );
    assert_eq!(
        s.instructions[3].instruction,
        Instruction::Cmd(CommandLine::Exec(vec!["node".into(), "i.js".into()]))
    );
    assert_eq!(
        s.instructions[4].instruction,
        Instruction::Healthcheck(Healthcheck {
            test: vec!["CMD-SHELL".into(), "curl -f x".into()],
            interval: 90_000_000_000,
            retries: 3,
            ..Healthcheck::default()
        })
    );
    let s2 = &df.stages[1];
    assert_eq!(
        s2.instructions[0].instruction,
        Instruction::Expose(vec!["443".into(), "80/tcp".into()])
    );
    match &s2.instructions[1].instruction {
        Instruction::Copy {
            contents, sources, ..
        } => {
            assert!(sources.is_empty());
            assert_eq!(contents[0].path, "EOT");
            assert_eq!(contents[0].data, "hello\n");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s2.instructions[1].start_line, 10);
}

#[test]
fn go_durations() {
    assert_eq!(parse_go_duration("1.5s"), Ok(1_500_000_000));
    assert_eq!(parse_go_duration("1h2m"), Ok(3_720_000_000_000));
    assert_eq!(parse_go_duration("0"), Ok(0));
    assert_eq!(
        parse_go_duration("5x"),
        Err("time: unknown unit \"x\" in duration \"5x\"".into())
    );
    assert_eq!(
        parse_go_duration(""),
        Err("time: invalid duration \"\"".into())
    );
    assert_eq!(
        parse_go_duration("9999999999h"),
        Err("time: invalid duration \"9999999999h\"".into())
    );
}

#[test]
fn onbuild_expression_and_arg_pairs() {
    let df = stages("FROM a\nonbuild   RUN echo hi\nARG x y=2\n").unwrap();
    let steps = &df.stages[0].instructions;
    assert_eq!(
        steps[0].instruction,
        Instruction::Onbuild("RUN echo hi".into())
    );
    assert_eq!(
        steps[1].instruction,
        Instruction::Arg(vec![("x".into(), None), ("y".into(), Some("2".into()))])
    );
}
