//! Unit tests for the parser: the behaviours the conformance corpus does not cover.

use super::*;

fn dumped(src: &str) -> String {
    dump(&parse(src.as_bytes()).expect("parses"))
}

fn error(src: &[u8]) -> String {
    parse(src).expect_err("fails").message
}

#[test]
fn heredocs_are_captured_and_spanned() {
    let ast = parse(
        b"FROM a\nRUN <<EOF\necho hi\n# not a comment\nEOF\nCOPY <<-\"EOT\" /dst\n\tx\n\tEOT\n",
    )
    .unwrap();
    assert_eq!(
        dump(&ast),
        "(from \"a\")\n(run \"<<EOF\")\n(copy \"<<-\\\"EOT\\\"\" \"/dst\")\n"
    );
    let run = &ast.children[1];
    assert_eq!((run.start_line, run.end_line), (2, 5));
    assert_eq!(run.heredocs[0].name, "EOF");
    assert_eq!(run.heredocs[0].content, "echo hi\n# not a comment\n");
    assert!(run.heredocs[0].expand);
    let copy = &ast.children[2];
    assert!(copy.heredocs[0].chomp && !copy.heredocs[0].expand);
    assert_eq!(copy.heredocs[0].content, "\tx\n");
    assert_eq!((copy.start_line, copy.end_line), (6, 8));
}

#[test]
fn several_heredocs_and_onbuild() {
    let ast = parse(b"FROM a\nRUN 3<<A cat - <<B\n1\nA\n2\nB\nONBUILD RUN <<X\ny\nX\n").unwrap();
    let run = &ast.children[1];
    assert_eq!(run.heredocs.len(), 2);
    assert_eq!(run.heredocs[0].file_descriptor, 3);
    assert_eq!(run.heredocs[1].content, "2\n");
    assert_eq!(ast.children[2].heredocs[0].content, "y\n");
    let trigger = ast.children[2].onbuild.as_deref().expect("trigger");
    assert_eq!((trigger.start_line, trigger.end_line), (7, 9));
    assert_eq!(trigger.original, "RUN <<X");
    assert_eq!(error(b"FROM a\nRUN <<EOF\nx\n"), "unterminated heredoc");
    // JSON form and other instructions never take heredocs.
    assert_eq!(
        dumped("CMD <<EOF\nRUN [\"<<EOF\"]\n"),
        "(cmd \"<<EOF\")\n(run \"<<EOF\")\n"
    );
}

#[test]
fn directives_and_their_errors() {
    let ast =
        parse(b"# syntax=docker/dockerfile:1\n #Escape = ` \n# check=skip=all\nFROM a`\n  b\n")
            .unwrap();
    assert_eq!(ast.escape, '`');
    assert_eq!(ast.directive("check"), Some("skip=all"));
    assert_eq!(dump(&ast), "(from \"a\" \"b\")\n");
    assert_eq!(
        error(b"# escape=x\nFROM a\n"),
        "invalid escape token 'x' does not match ` or \\"
    );
    assert_eq!(
        error(b"# syntax=a\n# syntax=b\nFROM a\n"),
        "only one syntax parser directive can be used"
    );
    let after_shebang = parse(b"#!/bin/sh\n# escape=`\nFROM a\n").unwrap();
    assert_eq!(after_shebang.escape, '\\');
}

#[test]
fn crlf_bom_and_raw_bytes() {
    assert_eq!(
        dumped("\u{feff}FROM a\r\nRUN b \\\r\n c\r\n"),
        "(from \"a\")\n(run \"b  c\")\n"
    );
    let ast = parse(b"RUN a\xffb\nENV k=\xfe\n").unwrap();
    assert_eq!(
        dump(&ast),
        "(run \"a\\xffb\")\n(env \"k\" \"\u{fffd}\" \"=\")\n"
    );
    assert_eq!(
        dumped("COPY --chown=\u{e9} a b\n"),
        "(copy [\"--chown=\u{c3}\u{a9}\"] \"a\" \"b\")\n"
    );
}

#[test]
fn line_length_limit() {
    let long = format!("FROM a\nRUN {}\n", "x".repeat(MAX_LINE));
    assert_eq!(
        error(long.as_bytes()),
        "dockerfile line greater than max allowed size of 65535"
    );
    let first = format!("RUN {}\n", "x".repeat(MAX_LINE));
    assert_eq!(error(first.as_bytes()), "file with no instructions");
    let fits = format!("RUN {}\n", "x".repeat(MAX_LINE - 4));
    assert!(parse(fits.as_bytes()).is_ok());
}

#[test]
fn onbuild_nesting_and_odd_lines() {
    assert_eq!(
        dumped("ONBUILD ONBUILD RUN --x=1 a\n"),
        "(onbuild (onbuild (run [\"--x=1\"] \"a\")))\n"
    );
    assert_eq!(
        dumped("ONBUILD\nHEALTHCHECK NONE\n"),
        "(onbuild)\n(healthcheck \"NONE\")\n"
    );
    let deep = "ONBUILD ".repeat(10_000) + "RUN x\n";
    assert!(parse(deep.as_bytes()).is_err());
    assert_eq!(
        dumped("COPY -- --x /y\nCOPY --a\nENV\n"),
        "(copy \"--x\" \"/y\")\n(copy [\"--a\"])\n(env)\n"
    );
    assert_eq!(
        error(b"LABEL a=b c\n"),
        "Syntax error - can't find = in \"c\". Must be of the form: name=value"
    );
    assert_eq!(error(b"LABEL a\n"), "LABEL must have two arguments");
}

#[test]
fn empty_continuation_warns() {
    let ast = parse(b"RUN a \\\n\n b\n").unwrap();
    assert_eq!(ast.warnings.len(), 1);
    assert_eq!(ast.warnings[0].line, 3);
    assert_eq!(ast.children[0].args, vec!["a  b".to_string()]);
}

#[test]
fn parse_tool_reports() {
    assert_eq!(
        run_parse_tool(b"FROM a\n"),
        ("(from \"a\")\n".into(), String::new(), 0)
    );
    assert_eq!(
        run_parse_tool(b""),
        (String::new(), "file with no instructions\n".into(), 1)
    );
}

#[test]
fn heredoc_names_are_lexed_like_buildkit() {
    let ast = parse(b"FROM a\nRUN cat <<E\"O\"F\nx\nEOF\nRUN echo \"it's <<EOF\nCMD x\n").unwrap();
    let doc = &ast.children[1].heredocs[0];
    assert_eq!((doc.name.as_str(), doc.expand), ("EOF", false));
    // An unterminated quote on the line means no heredoc at all: the next line is an instruction.
    assert!(ast.children[2].heredocs.is_empty());
    assert_eq!(ast.children[3].keyword, "CMD");
}
