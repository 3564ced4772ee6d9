//! Unit tests for the build checks: rule names, exact messages and lines.

use super::*;
use crate::dockerfile::parser::parse;

fn warnings(src: &str) -> Vec<String> {
    lint(&parse(src.as_bytes()).expect("parses"))
        .iter()
        .map(|w| format!("{}: {} (line {})", w.rule, w.message, w.line))
        .collect()
}

#[test]
fn the_common_rules() {
    assert_eq!(
        warnings("FROM node:20 as Builder\nMAINTAINER me\nENV key value\nCMD node i.js\n"),
        vec![
            "StageNameCasing: Stage name 'Builder' should be lowercase (line 1)",
            "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
            "MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)",
            "LegacyKeyValueFormat: \"ENV key=value\" should be used instead of legacy \"ENV key value\" format (line 3)",
            "SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV \"key\") (line 3)",
            "JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)",
        ]
    );
}

#[test]
fn shell_silences_json_args_and_casing_majority() {
    assert!(warnings("FROM a\nSHELL [\"/bin/bash\", \"-c\"]\nCMD x\n").is_empty());
    assert_eq!(
        warnings("from a\nrun x\nRUN y\nRun z\n"),
        vec![
            "ConsistentInstructionCasing: Command 'RUN' should match the case of the command majority (lowercase) (line 3)",
            "ConsistentInstructionCasing: Command 'Run' should match the case of the command majority (lowercase) (line 4)",
        ]
    );
}

#[test]
fn stages_args_and_vars() {
    assert_eq!(
        warnings("ARG VERSION=20\nFROM node:${VERSON} AS scratch\nFROM b AS scratch\nWORKDIR app\nCOPY $SRC /dst\nENV A=1\nUSER $A\nUSER ${B:-x}\nEXPOSE 80/TCP 127.0.0.1:80:80\nCMD [\"a\"]\nCMD [\"b\"]\n"),
        vec![
            "ReservedStageName: Stage name should not use the same name as reserved stage \"scratch\" (line 2)",
            "ReservedStageName: Stage name should not use the same name as reserved stage \"scratch\" (line 3)",
            "DuplicateStageName: Duplicate stage name \"scratch\", stage names should be unique (line 3)",
            "InvalidDefaultArgInFrom: Default value for ARG node:${VERSON} results in empty or invalid base image name (line 2)",
            "UndefinedArgInFrom: FROM argument 'VERSON' is not declared (did you mean VERSION?) (line 2)",
            "WorkdirRelativePath: Relative workdir \"app\" can have unexpected results if the base image changes (line 4)",
            "UndefinedVar: Usage of undefined variable '$SRC' (line 5)",
            "ExposeProtoCasing: Defined protocol '80/TCP' in EXPOSE instruction should be lowercase (line 9)",
            "ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host port mapping, found '127.0.0.1:80:80' (line 9)",
            "MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 10)",
        ]
    );
}

#[test]
fn check_directive_and_rendering() {
    let ast = parse(b"# check=skip=JSONArgsRecommended;error=true\nFROM a\nCMD x\nMAINTAINER m\n")
        .unwrap();
    let w = lint(&ast);
    assert_eq!(w.len(), 1);
    let cfg = check_config(&ast).unwrap();
    assert_eq!(
        lint_failure(&cfg, &w).as_deref(),
        Some("lint violation found for rules: MaintainerDeprecated")
    );
    assert_eq!(
        render_warnings(&w),
        "\n 1 warning found (use docker --debug to expand):\n - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 4)\n"
    );
    assert!(lint(&parse(b"# check=skip=all\nFROM a\nCMD x\n").unwrap()).is_empty());
    assert_eq!(
        parse_check("foo=bar"),
        Err("invalid check option \"foo\"".into())
    );
    assert_eq!(
        w[0].url(),
        "https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/"
    );
    let two = [w[0].clone(), w[0].clone()];
    assert!(render_warnings(&two).starts_with("\n 2 warnings found"));
}

#[test]
fn empty_continuation_and_secrets() {
    assert_eq!(
        warnings("FROM a\nRUN a \\\n\n b\nARG GITHUB_TOKEN\nARG PUBLIC_KEY_ID\n"),
        vec![
            "NoEmptyContinuation: Empty continuation line (line 4)",
            "SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG \"GITHUB_TOKEN\") (line 5)",
            "SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG \"PUBLIC_KEY_ID\") (line 6)",
        ]
    );
    let json_url = Warning {
        rule: "JSONArgsRecommended",
        message: String::new(),
        line: 1,
    };
    assert_eq!(
        json_url.url(),
        "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/"
    );
}

#[test]
fn default_args_in_from() {
    assert_eq!(
        warnings("ARG IMG=\nFROM ${IMG}\n"),
        vec!["InvalidDefaultArgInFrom: Default value for ARG ${IMG} results in empty or invalid base image name (line 2)"]
    );
    assert!(warnings("ARG V\nARG TAG=3.20\nFROM node:${V:-20}\nFROM alpine:$TAG\n").is_empty());
    // An ARG after the first FROM belongs to that stage: FROM lines cannot see it.
    assert_eq!(
        warnings("FROM a\nARG TAG=3.20\nFROM alpine:$TAG\n"),
        vec![
            "InvalidDefaultArgInFrom: Default value for ARG alpine:$TAG results in empty or invalid base image name (line 3)",
            "UndefinedArgInFrom: FROM argument 'TAG' is not declared (line 3)",
        ]
    );
    assert_eq!(
        warnings("FROM --platform=$TARGETPLATFORM a\nFROM --platform=linux/arm64 b AS x\n"),
        vec![
            "RedundantTargetPlatform: Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior (line 1)",
            "FromPlatformFlagConstDisallowed: FROM --platform flag should not use constant value \"linux/arm64\" (line 2)",
        ]
    );
}
