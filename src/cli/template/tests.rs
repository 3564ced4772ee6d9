//! Tests for the `--format` template engine against Go and docker behaviour.

use serde_json::{json, Value};

use super::*;

fn r(format: &str, v: &Value) -> String {
    match render(format, v) {
        Ok(s) => s,
        Err(e) => format!("ERR {e}"),
    }
}

fn container() -> Value {
    json!({
        "Id": "3f4a2b1c9d8e",
        "Name": "/web",
        "State": {"Status": "running", "Running": true, "Pid": 1234, "ExitCode": 0, "Health": null},
        "Config": {
            "Env": ["PATH=/usr/bin", "NODE_VERSION=20"],
            "Cmd": ["node", "index.js"],
            "Labels": {"b": "2", "a": "1"},
            "ExposedPorts": {"3000/tcp": {}}
        },
        "NetworkSettings": {"IPAddress": "172.17.0.2"},
        "RestartCount": 0,
        "Ratio": 1.5
    })
}

#[test]
fn fields_and_printing() {
    let c = container();
    assert_eq!(r("{{.State.Status}}", &c), "running");
    assert_eq!(r("{{.NetworkSettings.IPAddress}}", &c), "172.17.0.2");
    assert_eq!(r("{{.Name}} {{.State.Pid}}", &c), "/web 1234");
    assert_eq!(r("{{.Config.Cmd}}", &c), "[node index.js]");
    assert_eq!(r("{{.Config.Labels}}", &c), "map[a:1 b:2]");
    assert_eq!(r("{{.Config.ExposedPorts}}", &c), "map[3000/tcp:map[]]");
    assert_eq!(r("{{.State.Health}}", &c), "<nil>");
    assert_eq!(r("{{.Missing}}", &c), "<no value>");
    assert_eq!(r("{{.Config.Labels.zzz}}", &c), "<no value>");
    assert_eq!(r("{{.Ratio}} {{.State.Running}}", &c), "1.5 true");
    assert_eq!(r("plain text", &c), "plain text");
    assert_eq!(r("{{.}}", &json!("x")), "x");
    assert_eq!(
        r("{{.}}", &json!([1, "a", null, {"k": [true]}])),
        "[1 a <nil> map[k:[true]]]"
    );
}

#[test]
fn json_function_and_pipelines() {
    let c = container();
    assert_eq!(r("{{json .Config.Cmd}}", &c), r#"["node","index.js"]"#);
    assert_eq!(r("{{.Config.Cmd | json}}", &c), r#"["node","index.js"]"#);
    assert_eq!(r("{{json .State.Status}}", &c), r#""running""#);
    assert_eq!(r("{{json .Missing}}", &c), "null");
    assert_eq!(r("{{json .}}", &json!({"a": "<&>"})), r#"{"a":"<&>"}"#);
    assert_eq!(r("json", &json!({"b": 1, "a": 2})), r#"{"b":1,"a":2}"#);
    assert_eq!(r("{{json .}}", &json!("\u{2028}")), r#""\u2028""#);
}

#[test]
fn control_flow() {
    let c = container();
    assert_eq!(r("{{if .State.Running}}up{{else}}down{{end}}", &c), "up");
    assert_eq!(r("{{if .State.ExitCode}}bad{{else}}ok{{end}}", &c), "ok");
    assert_eq!(
        r("{{if .Missing}}x{{else if .Name}}name{{end}}", &c),
        "name"
    );
    assert_eq!(
        r("{{range .Config.Env}}[{{.}}]{{end}}", &c),
        "[PATH=/usr/bin][NODE_VERSION=20]"
    );
    assert_eq!(
        r(
            "{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}",
            &c
        ),
        "a=1;b=2;"
    );
    assert_eq!(
        r("{{range $i, $e := .Config.Cmd}}{{$i}}:{{$e}} {{end}}", &c),
        "0:node 1:index.js "
    );
    assert_eq!(r("{{range .Config.Labels}}{{.}}{{end}}", &c), "12");
    assert_eq!(r("{{range .Nope}}x{{else}}empty{{end}}", &c), "empty");
    assert_eq!(r("{{with .State}}{{.Status}}{{end}}", &c), "running");
    assert_eq!(r("{{with .Nope}}x{{else}}none{{end}}", &c), "none");
    assert_eq!(
        r(
            "{{range .Config.Cmd}}{{if eq . \"node\"}}{{continue}}{{end}}{{.}}{{end}}",
            &c
        ),
        "index.js"
    );
    assert_eq!(r("{{range .Config.Cmd}}{{.}}{{break}}{{end}}", &c), "node");
    assert_eq!(
        r(
            "{{$n := .Name}}{{with .State}}{{$n}} {{.Status}}{{end}}",
            &c
        ),
        "/web running"
    );
    assert_eq!(r("{{range .Config.Cmd}}{{$.Name}}{{end}}", &c), "/web/web");
    assert_eq!(r("{{$x := 1}}{{$x = 2}}{{$x}}", &c), "2");
}

#[test]
fn functions() {
    let c = container();
    assert_eq!(r("{{index .Config.Labels \"a\"}}", &c), "1");
    assert_eq!(r("{{index .Config.Labels \"zz\"}}", &c), "");
    assert_eq!(r("{{index .Config.Cmd 1}}", &c), "index.js");
    assert_eq!(r("{{join .Config.Cmd \" \"}}", &c), "node index.js");
    assert_eq!(r("{{split \"a:b:c\" \":\"}}", &c), "[a b c]");
    assert_eq!(
        r(
            "{{upper .State.Status}} {{lower \"AbC\"}} {{title \"hello world\"}}",
            &c
        ),
        "RUNNING abc Hello World"
    );
    assert_eq!(r("{{len .Config.Env}} {{len .Name}}", &c), "2 4");
    assert_eq!(r("{{truncate .Id 4}}|{{truncate \"ab\" 5}}", &c), "3f4a|ab");
    assert_eq!(
        r("{{pad .State.Status 1 2}}|{{pad \"\" 1 1}}|", &c),
        " running  ||"
    );
    assert_eq!(r("{{println .Name}}", &c), "/web\n");
    assert_eq!(r("{{print 1 2 \"a\" \"b\" 3}}", &c), "1 2ab3");
    assert_eq!(
        r(
            "{{printf \"%s-%d-%v-%q\" .Name .State.Pid .Config.Cmd .Name}}",
            &c
        ),
        "/web-1234-[node index.js]-\"/web\""
    );
    assert_eq!(
        r("{{printf \"%5s|%-5s|%05d\" \"a\" \"b\" 42}}", &c),
        "    a|b    |00042"
    );
    assert_eq!(
        r("{{printf \"%d\" \"x\"}} {{printf \"%s\"}}", &c),
        "%!d(string=x) %!s(MISSING)"
    );
    assert_eq!(
        r(
            "{{if and .State.Running (eq .State.Status \"running\")}}yes{{end}}",
            &c
        ),
        "yes"
    );
    assert_eq!(r("{{or .Missing \"default\"}}", &c), "default");
    assert_eq!(
        r(
            "{{not .State.Running}} {{ne 1 2}} {{lt 1 2}} {{ge \"b\" \"a\"}}",
            &c
        ),
        "false true true true"
    );
    assert_eq!(r("{{eq .State.Pid 1 1234}}", &c), "true");
    assert_eq!(
        r("{{.Name | upper}} {{.Name | printf \"%s!\"}}", &c),
        "/WEB /web!"
    );
}

#[test]
fn trimming_and_escapes() {
    let c = container();
    assert_eq!(r("a  {{- .Name -}}  b", &c), "a/webb");
    assert_eq!(r("{{/* comment */}}x", &c), "x");
    assert_eq!(r("{{.Name}}\\t{{.Id}}\\n", &c), "/web\t3f4a2b1c9d8e\n");
    assert_eq!(r("  {{.Name}}  ", &c), "/web");
    assert_eq!(r("{{-3}}", &c), "-3");
}

#[test]
fn parse_errors_match_go() {
    let c = container();
    assert_eq!(
        r("{{foo .}}", &c),
        "ERR template parsing error: template: :1: function \"foo\" not defined"
    );
    assert_eq!(
        r("{{.Name", &c),
        "ERR template parsing error: template: :1: unclosed action"
    );
    assert_eq!(
        r("{{if .Name}}x", &c),
        "ERR template parsing error: template: :1: unexpected EOF"
    );
    assert_eq!(
        r("{{end}}", &c),
        "ERR template parsing error: template: :1: unexpected {{end}}"
    );
    assert_eq!(
        r("{{else}}", &c),
        "ERR template parsing error: template: :1: unexpected {{else}}"
    );
    assert_eq!(
        r("{{}}", &c),
        "ERR template parsing error: template: :1: missing value for command"
    );
    assert_eq!(r("{{.Name}}}", &c), "}".replace('}', "/web}"));
    assert_eq!(
        r("{{.A-B}}", &c),
        "ERR template parsing error: template: :1: bad character U+002D '-'"
    );
    assert_eq!(
        r("{{\"abc}}", &c),
        "ERR template parsing error: template: :1: unterminated quoted string"
    );
    assert_eq!(
        r("{{$x}}", &c),
        "ERR template parsing error: template: :1: undefined variable \"$x\""
    );
    assert_eq!(
        r("x\n{{bar}}", &c),
        "ERR template parsing error: template: :2: function \"bar\" not defined"
    );
    assert_eq!(
        r("{{if}}{{end}}", &c),
        "ERR template parsing error: template: :1: missing value for if"
    );
}

#[test]
fn exec_errors_match_go_and_docker() {
    let c = container();
    let strict = Options {
        missing_key_error: true,
        ..Options::default()
    };
    let e = render_with(
        "{{.State.Health.Status}}",
        &json!({"State": {"Status": "running"}}),
        &strict,
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "template parsing error: template: :1:8: executing \"\" at <.State.Health.Status>: map has no entry for key \"Health\"");
    let e = render_with("{{.Foo}}", &c, &strict).unwrap_err();
    assert_eq!(e.to_string(), "template parsing error: template: :1:2: executing \"\" at <.Foo>: map has no entry for key \"Foo\"");
    let e = render_with(
        "{{json .State.Health.Status}}",
        &json!({"State": {}}),
        &strict,
    )
    .unwrap_err();
    assert!(
        e.go_message
            .starts_with("template: :1:13: executing \"\" at <.State.Health.Status>"),
        "{e}"
    );
    let ps = Options {
        struct_type: Some("*formatter.ContainerContext".into()),
        ..Options::default()
    };
    let e = render_with("{{.Foo}}", &json!({"ID": "x"}), &ps).unwrap_err();
    assert_eq!(e.go_message, "template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext");
    assert_eq!(r("{{.Name.X}}", &c), "ERR template parsing error: template: :1:7: executing \"\" at <.Name.X>: can't evaluate field X in type string");
    assert_eq!(r("{{.State.Health.Status}}", &c), "ERR template parsing error: template: :1:8: executing \"\" at <.State.Health.Status>: nil pointer evaluating interface {}.Status");
    assert_eq!(r("{{index .Config.Cmd 5}}", &c), "ERR template parsing error: template: :1:2: executing \"\" at <index .Config.Cmd 5>: error calling index: index out of range: 5");
    assert_eq!(r("{{upper 1}}", &c), "ERR template parsing error: template: :1:2: executing \"\" at <upper>: wrong type for value; expected string; got int");
    assert_eq!(r("{{upper}}", &c), "ERR template parsing error: template: :1:2: executing \"\" at <upper>: wrong number of args for upper: want 1 got 0");
    assert_eq!(r("{{range .Name}}{{end}}", &c), "ERR template parsing error: template: :1:0: executing \"\" at <{{range .Name}}>: range can't iterate over /web");
    assert_eq!(r("{{eq 1 \"a\"}}", &c), "ERR template parsing error: template: :1:2: executing \"\" at <eq 1 \"a\">: error calling eq: incompatible types for comparison");
}

#[test]
fn bounded() {
    let deep = "{{if 1}}".repeat(500) + &"{{end}}".repeat(500);
    assert!(render(&deep, &json!({})).is_err());
    let parens = "{{".to_string() + &"(".repeat(500) + "1" + &")".repeat(500) + "}}";
    assert!(render(&parens, &json!({})).is_err());
    let big = "{{range 1000000}}{{range 1000000}}x{{end}}{{end}}";
    assert!(render(big, &json!({})).is_err());
    for s in [
        "{{",
        "}}",
        "{{-",
        "{{- -}}",
        "{{/*",
        "{{'",
        "{{'a",
        "{{\"\\",
        "{{(",
        "{{)}}",
        "{{|}}",
        "{{.|.}}",
        "{{$}}",
        "{{$ := 1}}",
        "{{range $a, := .}}",
        "{{1.2.3}}",
        "{{0x}}",
        "{{printf \"%\"}}",
        "{{index}}",
        "{{slice \"abc\" 2 1}}",
        "{{else if}}",
    ] {
        let _ = render(s, &json!({"a": 1}));
    }
}

fn ps_headers(name: &str) -> Option<String> {
    Some(
        match name {
            "ID" => "CONTAINER ID",
            "Image" => "IMAGE",
            "Command" => "COMMAND",
            "RunningFor" => "CREATED",
            "Status" => "STATUS",
            "Ports" => "PORTS",
            "Names" => "NAMES",
            "Repository" => "REPOSITORY",
            "Tag" => "TAG",
            "CreatedSince" => "CREATED",
            "Size" => "SIZE",
            _ => return None,
        }
        .to_string(),
    )
}

#[test]
fn tables() {
    let ps = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
    assert_eq!(
        render_table(ps, &[], &ps_headers).unwrap(),
        "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n"
    );
    let rows = vec![
        json!({"ID": "3f4a2b1c9d8e", "Image": "myapp:1.0", "Command": "\"docker-entrypoint.s…\"", "RunningFor": "2 minutes ago", "Status": "Up 2 minutes", "Ports": "0.0.0.0:3000->3000/tcp, [::]:3000->3000/tcp", "Names": "web"}),
        json!({"ID": "c0ffee123456", "Image": "alpine", "Command": "\"sh\"", "RunningFor": "5 hours ago", "Status": "Exited (0) 5 hours ago", "Ports": "", "Names": "focused_turing"}),
    ];
    let want = "\
CONTAINER ID   IMAGE       COMMAND                  CREATED         STATUS                   PORTS                                         NAMES
3f4a2b1c9d8e   myapp:1.0   \"docker-entrypoint.s…\"   2 minutes ago   Up 2 minutes             0.0.0.0:3000->3000/tcp, [::]:3000->3000/tcp   web
c0ffee123456   alpine      \"sh\"                     5 hours ago     Exited (0) 5 hours ago                                                 focused_turing
";
    assert_eq!(render_table(ps, &rows, &ps_headers).unwrap(), want);
    // The escaped form typed on a shell command line works the same.
    assert_eq!(
        render_table(&ps.replace('\t', "\\t"), &rows, &ps_headers).unwrap(),
        want
    );

    let images = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince}}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";
    let rows = vec![
        json!({"Repository": "nginx", "Tag": "latest", "ID": "9bea9f2796e2", "CreatedSince": "3 weeks ago", "Size": "192MB"}),
    ];
    let image_headers = |n: &str| {
        if n == "ID" {
            Some("IMAGE ID".to_string())
        } else {
            ps_headers(n)
        }
    };
    assert_eq!(
        render_table(images, &rows, &image_headers).unwrap(),
        "REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\nnginx        latest    9bea9f2796e2   3 weeks ago   192MB\n"
    );
    // Header functions pass headers through; unknown fields print <no value>.
    assert_eq!(
        render_table(
            "table {{.Names | upper}}\t{{lower .Image}}\t{{.Foo}}",
            &[json!({"Names": "web", "Image": "NGINX"})],
            &ps_headers
        )
        .unwrap(),
        "NAMES     IMAGE     <no value>\nWEB       nginx     <no value>\n"
    );
    // Without `table`: one line per row, no header.
    assert_eq!(
        render_table(
            "{{.Names}}",
            &[json!({"Names": "a"}), json!({"Names": "b"})],
            &ps_headers
        )
        .unwrap(),
        "a\nb\n"
    );
    assert_eq!(
        render_table("json", &[json!({"Names": "a"})], &ps_headers).unwrap(),
        "{\"Names\":\"a\"}\n"
    );
    let e = render_table("table {{.Names", &[], &ps_headers).unwrap_err();
    assert_eq!(
        e.to_string(),
        "template parsing error: template: :1: unclosed action"
    );
}
