//! Tests of the whole shell against a fake host: quoting, expansions, redirections, control
//! flow, error texts per flavour and bounds.

use super::*;
use crate::runtime::Stream;
use crate::vfs::{Node, Tree};

/// A host with a filesystem, a clock and one external program (`hello`).
struct FakeHost {
    fs: Tree,
    now: i64,
}

impl ShellHost for FakeHost {
    fn fs(&mut self) -> &mut Tree {
        &mut self.fs
    }
    fn exec(
        &mut self,
        shell: &mut Shell,
        argv: &[String],
        stdin: &[u8],
        out: &mut Output,
    ) -> Option<i32> {
        match argv.first()?.as_str() {
            "hello" => {
                out.out(format!(
                    "hello {}\n",
                    argv.get(1..).unwrap_or(&[]).join(" ")
                ));
                out.err("warn\n");
                Some(0)
            }
            "showenv" => {
                out.out(format!(
                    "GREETING={}\n",
                    shell
                        .exported_env()
                        .iter()
                        .find(|(k, _)| k == "GREETING")
                        .map(|(_, v)| v.as_str())
                        .unwrap_or("")
                ));
                Some(0)
            }
            "rev" => {
                let s: String = String::from_utf8_lossy(stdin).chars().rev().collect();
                out.out(s.trim_start_matches('\n'));
                out.out("\n");
                Some(0)
            }
            _ => None,
        }
    }
    fn now_ms(&self) -> i64 {
        self.now
    }
    fn sleep_ms(&mut self, ms: i64) {
        self.now += ms;
    }
    fn hostname(&self) -> String {
        "a1b2c3d4e5f6".into()
    }
}

fn host() -> FakeHost {
    let mut fs = Tree::default();
    fs.insert(
        "/etc/passwd",
        Node::file("root:x:0:0:root:/root:/bin/bash\nnode:x:1000:1000::/home/node:/bin/sh\n"),
    );
    fs.insert("/etc/group", Node::file("root:x:0:\nnode:x:1000:\n"));
    fs.insert("/app/index.js", Node::file("console.log('hi')\n"));
    fs.insert(
        "/app/package.json",
        Node::file("{\n  \"name\": \"app\",\n}\n"),
    );
    fs.insert("/app/src/a.txt", Node::file("alpha\nbeta\ngamma\n"));
    fs.mkdir_all("/root").unwrap();
    fs.mkdir_all("/tmp").unwrap();
    FakeHost {
        fs,
        now: crate::clock::DEFAULT_EPOCH_MS,
    }
}

fn shell(flavor: Flavor) -> Shell {
    let mut sh = Shell::new(flavor);
    sh.export("HOME", "/root");
    sh.export("PATH", "/usr/local/bin:/usr/bin:/bin");
    sh
}

/// Runs `src` in a fresh bash shell; returns (stdout, stderr, status).
fn run(src: &str) -> (String, String, i32) {
    run_in(Flavor::Bash, src)
}

fn run_in(flavor: Flavor, src: &str) -> (String, String, i32) {
    let mut sh = shell(flavor);
    let mut h = host();
    let r = sh.run(src, &mut h);
    (
        r.output.stream(Stream::Stdout),
        r.output.stream(Stream::Stderr),
        r.status,
    )
}

fn out(src: &str) -> String {
    run(src).0
}

#[test]
fn quoting() {
    assert_eq!(out("echo 'a  b' \"c  d\" e\\ f"), "a  b c  d e f\n");
    assert_eq!(out("echo \"it's\" 'say \"hi\"'"), "it's say \"hi\"\n");
    assert_eq!(out("X=1; echo '$X' \"$X\" \\$X"), "$X 1 $X\n");
    assert_eq!(out("echo \"a\\\"b\\$c\\\\d\\e\""), "a\"b$c\\d\\e\n");
    assert_eq!(out("echo $'a\\tb'"), "a\tb\n");
    assert_eq!(out("echo a\\\nb"), "ab\n");
    assert_eq!(out("echo a # comment"), "a\n");
    assert_eq!(out("echo a#b"), "a#b\n");
}

#[test]
fn parameter_expansion() {
    assert_eq!(
        out("A=hello; echo $A ${A} ${#A} ${B:-def} ${A:+alt} ${B+x}."),
        "hello hello 5 def alt .\n"
    );
    assert_eq!(out("echo ${U:=set}; echo $U"), "set\nset\n");
    assert_eq!(
        out("F=archive.tar.gz; echo ${F%.*} ${F%%.*} ${F#*.} ${F##*.}"),
        "archive.tar archive tar.gz gz\n"
    );
    assert_eq!(
        out("P=/usr/local/bin; echo ${P/local/share} ${P//\\//:}"),
        "/usr/share/bin :usr:local:bin\n"
    );
    assert_eq!(out("S=abcdef; echo ${S:2} ${S:1:3}"), "cdef bcd\n");
    let (o, e, s) = run("echo ${NOPE:?must be set}; echo after");
    assert_eq!(
        (o.as_str(), e.as_str(), s),
        ("", "bash: NOPE: must be set\n", 127)
    );
}

#[test]
fn special_parameters() {
    assert_eq!(out("false; echo $?; true; echo $?"), "1\n0\n");
    assert_eq!(
        out("set -- a 'b c' d; echo $# $1 $2; for x in \"$@\"; do echo \"[$x]\"; done"),
        "3 a b c\n[a]\n[b c]\n[d]\n"
    );
    assert_eq!(
        out("set -- a 'b c'; for x in $*; do echo $x; done"),
        "a\nb\nc\n"
    );
    assert_eq!(out("echo $0 $$"), "bash 1\n");
    assert_eq!(out("f() { echo $# \"$1\"; }; f one two"), "2 one\n");
}

#[test]
fn command_substitution_and_arithmetic() {
    assert_eq!(out("echo $(echo hi) `echo there`"), "hi there\n");
    assert_eq!(out("echo $(echo $(echo nested))"), "nested\n");
    assert_eq!(out("X=$(printf 'a\\n\\n'); echo \"[$X]\""), "[a]\n");
    assert_eq!(
        out("echo $((1 + 2 * 3)) $(( (1+2) * 3 )) $((10 / 3)) $((10 % 3)) $((2 > 1))"),
        "7 9 3 1 1\n"
    );
    assert_eq!(
        out("i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i"),
        "3\n"
    );
    assert_eq!(out("x=5; echo $((x * 2)) $(($x + 1))"), "10 6\n");
    assert_eq!(out("(( 3 > 2 )) && echo yes"), "yes\n");
    let (_, e, s) = run("echo $((1/0))");
    assert_eq!(
        (e.as_str(), s),
        ("bash: 1/0: division by 0 (error token is \"0\")\n", 1)
    );
    assert_eq!(out("x=$(false); echo $?"), "1\n");
}

#[test]
fn field_splitting_and_globbing() {
    assert_eq!(
        out("A='a   b'; for w in $A; do echo $w; done; echo \"$A\""),
        "a\nb\na   b\n"
    );
    assert_eq!(out("cd /app; echo *.js *.json"), "index.js package.json\n");
    assert_eq!(
        out("echo /app/*"),
        "/app/index.js /app/package.json /app/src\n"
    );
    assert_eq!(
        out("cd /app; echo *.nothing '*.js' s?c [ip]*"),
        "*.nothing *.js src index.js package.json\n"
    );
    assert_eq!(out("echo ~ ~/x"), "/root /root/x\n");
    assert_eq!(
        out("E=; for x in $E; do echo no; done; echo \"$E\" | wc -c"),
        "1\n"
    );
}

#[test]
fn assignments_and_env() {
    assert_eq!(
        out("GREETING=hi showenv; echo \"[$GREETING]\""),
        "GREETING=hi\n[]\n"
    );
    assert_eq!(out("export GREETING=yo; showenv"), "GREETING=yo\n");
    assert_eq!(out("A=1; unset A; echo \"[$A]\""), "[]\n");
    let (o, e, s) = run("readonly R=1; R=2; echo no");
    assert_eq!(
        (o.as_str(), e.as_str(), s),
        ("", "bash: R: readonly variable\n", 1)
    );
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    sh.run("export NODE_ENV=production", &mut h);
    assert_eq!(sh.get("NODE_ENV"), Some("production"));
    assert!(sh
        .exported_env()
        .contains(&("NODE_ENV".into(), "production".into())));
}

#[test]
fn redirections() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    let r = sh.run(
        "echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f; cat < /tmp/f | wc -l",
        &mut h,
    );
    assert_eq!(r.output.stream(Stream::Stdout), "one\ntwo\n2\n");
    let r = sh.run("hello x > /tmp/o 2> /tmp/e; cat /tmp/o /tmp/e", &mut h);
    assert_eq!(r.output.text(), "hello x\nwarn\n");
    let r = sh.run("hello y > /tmp/both 2>&1; cat /tmp/both", &mut h);
    assert_eq!(r.output.text(), "hello y\nwarn\n");
    let r = sh.run(
        "hello z &> /tmp/amp; cat /tmp/amp; hello q 2>/dev/null; echo err >&2",
        &mut h,
    );
    assert_eq!(r.output.stream(Stream::Stdout), "hello z\nwarn\nhello q\n");
    assert_eq!(r.output.stream(Stream::Stderr), "err\n");
    let r = sh.run("cat /nope 2>&1 | tr a-z A-Z", &mut h);
    assert_eq!(r.output.text(), "CAT: /NOPE: NO SUCH FILE OR DIRECTORY\n");
    let r = sh.run("echo x > /missing/dir/f", &mut h);
    assert_eq!(
        r.output.text(),
        "bash: /missing/dir/f: No such file or directory\n"
    );
    assert_eq!(r.status, 1);
    let r = sh.run("{ echo a; echo b; } > /tmp/g; cat /tmp/g; for i in 1 2; do echo $i; done > /tmp/h; cat /tmp/h", &mut h);
    assert_eq!(r.output.text(), "a\nb\n1\n2\n");
    let r = sh.run("cat <<< 'here string'", &mut h);
    assert_eq!(r.output.text(), "here string\n");
}

#[test]
fn ordering_of_streams_is_preserved() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    let r = sh.run("echo a; echo b >&2; echo c", &mut h);
    assert_eq!(
        r.output.chunks,
        vec![
            (Stream::Stdout, "a\n".into()),
            (Stream::Stderr, "b\n".into()),
            (Stream::Stdout, "c\n".into())
        ]
    );
}

#[test]
fn heredocs() {
    assert_eq!(
        out("N=world; cat <<EOF\nhello $N\n$(echo sub)\nEOF"),
        "hello world\nsub\n"
    );
    assert_eq!(out("cat <<'EOF'\nhello $N\nEOF"), "hello $N\n");
    assert_eq!(out("cat <<\"EOF\"\n`x` $y\nEOF"), "`x` $y\n");
    assert_eq!(
        out("cat <<-EOF\n\t\tindented\n\tEOF\necho after"),
        "indented\nafter\n"
    );
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    sh.run("cat > /app/Dockerfile <<EOF\nFROM node:20\nEOF", &mut h);
    assert_eq!(
        h.fs.read_string("/app/Dockerfile").unwrap(),
        "FROM node:20\n"
    );
    assert_eq!(out("cat <<A; cat <<B\n1\nA\n2\nB"), "1\n2\n");
}

#[test]
fn pipelines_and_lists() {
    assert_eq!(out("echo hello | rev"), "olleh\n");
    assert_eq!(
        out("printf 'b\\na\\nb\\n' | sort | uniq -c"),
        "      1 a\n      2 b\n"
    );
    assert_eq!(
        out("true && echo a || echo b; false && echo c || echo d"),
        "a\nd\n"
    );
    assert_eq!(out("! false && echo negated"), "negated\n");
    assert_eq!(out("echo bg & echo fg"), "bg\nfg\n");
    assert_eq!(out("false | true; echo $?"), "0\n");
    assert_eq!(out("echo x | read v; echo \"[$v]\""), "[]\n");
    assert_eq!(
        out("printf '1\\n2\\n3\\n' | while read n; do echo \"n=$n\"; done"),
        "n=1\nn=2\nn=3\n"
    );
    assert_eq!(out("cd /tmp; (cd /app; pwd); pwd"), "/app\n/tmp\n");
    assert_eq!(out("{ echo g1; echo g2; } | wc -l"), "2\n");
}

#[test]
fn control_flow() {
    assert_eq!(
        out("if false; then echo a; elif true; then echo b; else echo c; fi"),
        "b\n"
    );
    assert_eq!(
        out("for i in 1 2 3; do if [ $i = 2 ]; then continue; fi; echo $i; done"),
        "1\n3\n"
    );
    assert_eq!(
        out("for i in 1 2 3; do for j in a b; do [ $j = b ] && break 2; echo $i$j; done; done"),
        "1a\n"
    );
    assert_eq!(
        out("n=0; until [ $n -ge 2 ]; do n=$((n+1)); echo $n; done"),
        "1\n2\n"
    );
    assert_eq!(
        out("case foo.js in *.ts) echo ts;; *.js|*.mjs) echo js;; *) echo other;; esac"),
        "js\n"
    );
    assert_eq!(
        out("case x in\n  (y) echo y ;;\n  *) echo default\nesac"),
        "default\n"
    );
    assert_eq!(
        out("f() { local v=inner; echo $v; return 3; }; v=outer; f; echo $? $v"),
        "inner\n3 outer\n"
    );
    assert_eq!(out("function g { echo g; }; g"), "g\n");
    assert_eq!(out("fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(($1-1))) )); fi; }; fact 5"), "120\n");
    assert_eq!(
        out("[[ foo.txt == *.txt && -d /app ]] && echo ok; [[ abc =~ ^a.c$ ]] && echo re"),
        "ok\nre\n"
    );
    let r = run("echo a; exit 3; echo b");
    assert_eq!((r.0.as_str(), r.2), ("a\n", 3));
}

#[test]
fn exit_reports_exited() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    let r = sh.run("exit 4", &mut h);
    assert!(r.exited);
    assert_eq!(r.status, 4);
    let r = sh.run("(exit 5); echo $?", &mut h);
    assert!(!r.exited);
    assert_eq!(r.output.text(), "5\n");
}

#[test]
fn errexit_and_xtrace() {
    let (o, _, s) = run("set -e; echo a; false; echo b");
    assert_eq!((o.as_str(), s), ("a\n", 1));
    assert_eq!(
        out("set -e; false || true; if false; then :; fi; false && true; echo survived"),
        "survived\n"
    );
    let (_, e, _) = run("set -x; A=1; echo $A");
    assert_eq!(e, "+ A=1\n+ echo 1\n");
}

#[test]
fn not_found_per_flavour() {
    assert_eq!(
        run("foo"),
        (String::new(), "bash: foo: command not found\n".into(), 127)
    );
    assert_eq!(
        run_in(Flavor::Dash, "true\nfoo"),
        (String::new(), "/bin/sh: 2: foo: not found\n".into(), 127)
    );
    assert_eq!(
        run_in(Flavor::Ash, "foo"),
        (String::new(), "/bin/sh: foo: not found\n".into(), 127)
    );
    assert_eq!(run("./x.sh").1, "bash: ./x.sh: No such file or directory\n");
}

#[test]
fn syntax_errors_per_flavour() {
    let mut sh = shell(Flavor::Bash);
    sh.interactive = true;
    let r = sh.run("fi", &mut host());
    assert_eq!(
        r.output.text(),
        "bash: syntax error near unexpected token `fi'\n"
    );
    assert_eq!(r.status, 2);
    assert_eq!(
        run("echo a\nfi").1,
        "bash: -c: line 2: syntax error near unexpected token `fi'\nbash: -c: line 2: `fi'\n"
    );
    assert_eq!(run("echo a\nfi").0, "a\n");
    assert_eq!(
        run("echo 'abc").1,
        "bash: -c: line 1: unexpected EOF while looking for matching `''\n"
    );
    assert_eq!(
        run_in(Flavor::Dash, "fi").1,
        "/bin/sh: 1: Syntax error: \"fi\" unexpected\n"
    );
    assert_eq!(
        run_in(Flavor::Dash, "if true; then").1,
        "/bin/sh: 1: Syntax error: end of file unexpected (expecting \"fi\")\n"
    );
    assert_eq!(
        run_in(Flavor::Ash, "fi").1,
        "/bin/sh: syntax error: unexpected \"fi\"\n"
    );
}

#[test]
fn line_by_line_reading_agrees_with_parsing_everything() {
    // Each text is typed a line at a time, as a terminal does; the remembering reader must
    // answer exactly as a fresh parse of the text so far.
    for text in [
        "cat <<EOF\na\n$(b\nEOF\necho done",
        "cat <<-EOF\n\ta\n\tEOF\necho after",
        "cat <<A <<B\n1\nA\n2\nB",
        "cat <<'E' | if true; then\nx\nE\necho in\nfi",
        "cat <<EOF\nEOF \nEOF\r\n",
        "echo 'a\nb'\ncat <<X\nX",
        "cat <<EOF\na\\\nEOF",
    ] {
        let mut reader = MoreInput::default();
        let mut so_far = String::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                so_far.push('\n');
            }
            so_far.push_str(line);
            assert_eq!(
                reader.check(&so_far),
                needs_more_input(&so_far),
                "{so_far:?}"
            );
        }
    }
    // An edited text (not an extension of the last one) is parsed afresh.
    let mut reader = MoreInput::default();
    assert!(reader.check("cat <<EOF\nx"));
    assert!(!reader.check("echo hi"));
    assert!(reader.check("cat <<END\nEOF"));
    assert!(!reader.check("cat <<END\nEOF\nEND"));
}

#[test]
fn needs_more_input_detects_open_constructs() {
    for src in [
        "echo 'a",
        "if true; then",
        "cat <<EOF\nx",
        "ls |",
        "true &&",
        "echo \\",
        "for x in a; do",
        "f() {",
        "echo \"$(",
        "case a in",
    ] {
        assert!(needs_more_input(src), "{src:?}");
    }
    for src in [
        "echo hi",
        "if true; then echo; fi",
        "cat <<EOF\nx\nEOF",
        "echo 'a' # '",
        "",
        "fi",
    ] {
        assert!(!needs_more_input(src), "{src:?}");
    }
}

#[test]
fn builtins_cd_pwd() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    let r = sh.run(
        "cd /app && pwd; cd src; pwd; cd -; cd; pwd; cd ~; cd nope",
        &mut h,
    );
    assert_eq!(
        r.output.stream(Stream::Stdout),
        "/app\n/app/src\n/app\n/root\n"
    );
    assert_eq!(
        r.output.stream(Stream::Stderr),
        "bash: cd: nope: No such file or directory\n"
    );
    assert_eq!(r.status, 1);
    assert_eq!(sh.cwd, "/root");
    assert_eq!(
        run_in(Flavor::Dash, "cd /nope").1,
        "/bin/sh: 1: cd: can't cd to /nope\n"
    );
    assert_eq!(
        run_in(Flavor::Ash, "cd /nope").1,
        "/bin/sh: cd: can't cd to /nope: No such file or directory\n"
    );
    assert_eq!(
        run("cd /app/index.js").1,
        "bash: cd: /app/index.js: Not a directory\n"
    );
}

#[test]
fn echo_printf_test() {
    assert_eq!(
        out("echo -n a; echo -e 'b\\tc'; echo -E 'd\\n'"),
        "ab\tc\nd\\n\n"
    );
    assert_eq!(run_in(Flavor::Dash, "echo 'a\\nb'").0, "a\nb\n");
    assert_eq!(out("printf '%s=%d\\n' a 1 b 2"), "a=1\nb=2\n");
    assert_eq!(
        out("printf '%5s|%-5s|%05d|%x\\n' ab cd 42 255"),
        "   ab|cd   |00042|ff\n"
    );
    assert_eq!(out("[ -f /app/index.js ] && echo f; [ -d /app ] && echo d; [ -z '' ] && echo z; test 3 -gt 2 && echo gt; [ a != b ] && echo ne; [ ! -e /x ] && echo none"), "f\nd\nz\ngt\nne\nnone\n");
    assert_eq!(
        run("[ 1 -eq a ]").1,
        "bash: [: a: integer expression expected\n"
    );
    assert_eq!(run("[ 1 ").1, "bash: [: missing `]'\n");
    assert_eq!(run_in(Flavor::Dash, "[ 1 ").1, "/bin/sh: 1: [: missing ]\n");
}

#[test]
fn read_builtin() {
    assert_eq!(
        out("echo 'a b c' | { read x y; echo \"$x|$y\"; }"),
        "a|b c\n"
    );
    assert_eq!(out("read -r line <<EOF\nx\\y\nEOF\necho $line"), "x\\y\n");
}

#[test]
fn coreutils_files() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    let r = sh.run(
        "mkdir /w && cd /w && mkdir -p a/b && touch f && ls && mkdir a",
        &mut h,
    );
    assert_eq!(r.output.stream(Stream::Stdout), "a\nf\n");
    assert_eq!(
        r.output.stream(Stream::Stderr),
        "mkdir: cannot create directory \u{2018}a\u{2019}: File exists\n"
    );
    let r = sh.run("rm a; rm nope; rm -f nope; rmdir a; rm -r a; ls", &mut h);
    assert_eq!(
        r.output.stream(Stream::Stderr),
        "rm: cannot remove 'a': Is a directory\nrm: cannot remove 'nope': No such file or directory\nrmdir: failed to remove 'a': Directory not empty\n"
    );
    assert_eq!(r.output.stream(Stream::Stdout), "f\n");
    let r = sh.run(
        "echo data > f; cp f g; mv g h; cat h; cp -r /app /w/app2; ls /w/app2; cat nope",
        &mut h,
    );
    assert_eq!(
        r.output.stream(Stream::Stdout),
        "data\nindex.js\npackage.json\nsrc\n"
    );
    assert_eq!(
        r.output.stream(Stream::Stderr),
        "cat: nope: No such file or directory\n"
    );
    let r = sh.run("ls /nope", &mut h);
    assert_eq!(
        r.output.text(),
        "ls: cannot access '/nope': No such file or directory\n"
    );
    assert_eq!(r.status, 2);
    let mut a = shell(Flavor::Ash);
    let r = a.run("mkdir /tmp; rm /nope; ls /nope", &mut h);
    assert_eq!(
        r.output.text(),
        "mkdir: can't create directory '/tmp': File exists\nrm: can't remove '/nope': No such file or directory\nls: /nope: No such file or directory\n"
    );
    let mut d = shell(Flavor::Dash);
    let r = d.run("mkdir /tmp", &mut h);
    assert_eq!(
        r.output.text(),
        "mkdir: cannot create directory '/tmp': File exists\n"
    );
}

#[test]
fn ls_long_and_columns() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    let r = sh.run("ls -l /app", &mut h);
    assert_eq!(
        r.output.text(),
        "total 12\n-rw-r--r-- 1 root root   18 Jun  2 09:00 index.js\n-rw-r--r-- 1 root root   21 Jun  2 09:00 package.json\ndrwxr-xr-x 2 root root 4096 Jun  2 09:00 src\n"
    );
    let r = sh.run("ls -a /app", &mut h);
    assert_eq!(r.output.text(), ".\n..\nindex.js\npackage.json\nsrc\n");
    sh.tty = true;
    let r = sh.run("ls /app", &mut h);
    assert_eq!(r.output.text(), "index.js  package.json  src\n");
    let r = sh.run("ls -R /app", &mut h);
    assert_eq!(
        r.output.text(),
        "/app:\nindex.js  package.json  src\n\n/app/src:\na.txt\n"
    );
}

#[test]
fn text_utilities() {
    assert_eq!(out("head -n 2 /app/src/a.txt; tail -n 1 /app/src/a.txt; tail -n +2 /app/src/a.txt | head -1"), "alpha\nbeta\ngamma\nbeta\n");
    // `-` is standard input, named so in the headers.
    assert_eq!(
        out("printf 'x\\ny\\n' | head -n 1 - /app/src/a.txt; echo z | tail -"),
        "==> standard input <==\nx\n\n==> /app/src/a.txt <==\nalpha\nz\n"
    );
    assert_eq!(
        out("wc -l /app/src/a.txt; wc -l < /app/src/a.txt; wc /app/src/a.txt"),
        "3 /app/src/a.txt\n3\n 3  3 17 /app/src/a.txt\n"
    );
    assert_eq!(out("echo 'a b c' | wc"), "      1       3       6\n");
    assert_eq!(out("grep -n a /app/src/a.txt; grep -c mm /app/src/a.txt; grep -v a /app/src/a.txt; grep -q beta /app/src/a.txt && echo q"), "1:alpha\n2:beta\n3:gamma\n1\nq\n");
    assert_eq!(out("grep -i ALPHA /app/src/a.txt; grep '^g.*a$' /app/src/a.txt; grep zzz /app/src/a.txt; echo $?"), "alpha\ngamma\n1\n");
    assert_eq!(
        out("grep -r name /app"),
        "/app/package.json:  \"name\": \"app\",\n"
    );
    assert_eq!(
        out("echo hello | tr a-z A-Z; echo 'a,b,c' | cut -d, -f2; echo abc | tr -d b"),
        "HELLO\nb\nac\n"
    );
    assert_eq!(
        out("seq 3; seq 2 2 6 | sort -r | head -n 1"),
        "1\n2\n3\n6\n"
    );
    assert_eq!(out("printf '10\\n9\\n100\\n' | sort -n"), "9\n10\n100\n");
    assert_eq!(
        out("basename /a/b/c.txt .txt; dirname /a/b/c.txt; dirname c"),
        "c\n/a/b\n.\n"
    );
    assert_eq!(
        out("echo /app/index.js | xargs cat; echo a b | xargs -n 1 echo"),
        "console.log('hi')\na\nb\n"
    );
    assert_eq!(
        out("find /app -name '*.txt'; find /app -type d"),
        "/app/src/a.txt\n/app\n/app/src\n"
    );
    assert_eq!(out("echo t | tee /tmp/t; cat /tmp/t"), "t\nt\n");
}

#[test]
fn system_utilities() {
    assert_eq!(
        out("whoami; id; uname; uname -m; uname -n"),
        "root\nuid=0(root) gid=0(root) groups=0(root)\nLinux\nx86_64\na1b2c3d4e5f6\n"
    );
    assert_eq!(
        out("date; sleep 2; date +%H:%M:%S"),
        "Mon Jun  2 09:00:00 UTC 2025\n09:00:02\n"
    );
    assert_eq!(out("clear"), "\x1b[H\x1b[2J");
    assert_eq!(
        out("type cd; command -v ls; which ls; type nope"),
        "cd is a shell builtin\n/usr/bin/ls\n/usr/bin/ls\n"
    );
    assert_eq!(out("env | grep HOME"), "HOME=/root\n");
}

#[test]
fn bounds_end_runaway_programs() {
    let (_, e, s) = run("while true; do :; done");
    assert_eq!(
        e,
        "bash: dockling: stopped after 10000 steps (the simulator bounds runaway loops)\n"
    );
    assert_eq!(s, BOUND_STATUS);
    let (_, e, s) = run("f() { f; }; f");
    assert_eq!(
        e,
        "bash: dockling: stopped at nesting depth 200 (the simulator bounds runaway recursion)\n"
    );
    assert_eq!(s, BOUND_STATUS);
    let (_, e, s) = run("f() { f; }; f");
    assert!(e.starts_with("bash: dockling: stopped"), "{e}");
    assert_eq!(s, BOUND_STATUS);
    let (o, e, s) = run("yes");
    assert!(o.len() > 1000 && o.len() <= MAX_OUTPUT + 10, "{}", o.len());
    assert_eq!(
        e,
        "bash: dockling: stopped after 1 MiB of output (the simulator bounds runaway output)\n"
    );
    assert_eq!(s, BOUND_STATUS);
    assert_eq!(out("yes | head -n 2"), "y\ny\n");
    let (_, e, _) = run("while true; do echo spam; done");
    assert!(e.contains("stopped after"), "{e}");
    // The shell stays usable after a bound.
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    sh.run("while :; do :; done", &mut h);
    assert_eq!(sh.run("echo ok", &mut h).output.text(), "ok\n");
    assert_eq!(run(&"x".repeat(MAX_INPUT + 1)).2, BOUND_STATUS);
}

#[test]
fn dockerfile_run_style_scripts() {
    let mut sh = shell(Flavor::Dash);
    let mut h = host();
    let r = sh.run(
        "cd /app && mkdir -p /app/data && echo built > /app/data/out.txt && cat /app/data/out.txt",
        &mut h,
    );
    assert_eq!(r.output.text(), "built\n");
    assert_eq!(r.status, 0);
    let r = sh.run("set -e\napt-get update\necho never", &mut h);
    assert_eq!(r.output.text(), "/bin/sh: 2: apt-get: not found\n");
    assert_eq!(r.status, 127);
}

#[test]
fn simple_commands_are_fast() {
    let mut sh = shell(Flavor::Bash);
    let mut h = host();
    // Not a timing assertion (the machine is shared); a smoke test that 2000 runs complete.
    for _ in 0..2000 {
        let r = sh.run("echo hi", &mut h);
        assert_eq!(r.status, 0);
    }
}

#[test]
fn hostile_input_does_not_panic() {
    for src in [
        "${",
        "$((",
        "`",
        "$(",
        "<<",
        ">",
        "|",
        "&&",
        ";;",
        "case",
        "for",
        "${#}",
        "${x/",
        "$((1+))",
        "[[",
        "[[ a",
        "((",
        "echo $((1 <<< 2))",
        "${x:?}",
        "a=(1 2)",
        "echo ${x:-$(",
        "\\",
        "'",
        "\"\\",
        "$'\\",
        "f() ",
        "{",
        "}",
        "!",
        "! !",
        "echo >&",
        "2>&",
        "cat <<",
        "[ ( ]",
        "test -f",
        "printf %",
        "printf '%5'",
        "echo ${a:b:c}",
        "echo ${a: -2}",
        "x=$((2**63))",
        "seq 1 0 5",
        "grep '['",
        "tr",
        "cut -f",
        "echo ~nobody",
    ] {
        let _ = run(src);
        let _ = needs_more_input(src);
    }
}

#[test]
fn sh_invocations_for_hosts() {
    let mut sh = shell(Flavor::Dash);
    let mut h = host();
    let mut o = Output::default();
    let argv: Vec<String> = ["sh", "-c", "echo $0 $1; cd /app; exit 3", "name", "arg"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(sh.run_program(&argv, b"", &mut h, &mut o), 3);
    assert_eq!(o.text(), "name arg\n");
    assert_eq!(sh.cwd, "/", "a child shell does not change its parent");
    let mut o = Output::default();
    let argv: Vec<String> = ["sh"].iter().map(|s| s.to_string()).collect();
    assert_eq!(
        sh.run_program(&argv, b"echo from stdin\n", &mut h, &mut o),
        0
    );
    assert_eq!(o.text(), "from stdin\n");
    h.fs.insert("/app/run.sh", Node::executable("echo script $1\n"));
    let mut o = Output::default();
    let argv: Vec<String> = ["sh", "/app/run.sh", "x"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(sh.run_program(&argv, b"", &mut h, &mut o), 0);
    assert_eq!(o.text(), "script x\n");
    let mut o = Output::default();
    let argv: Vec<String> = ["sh", "-c", "cat | tr a-z A-Z"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(sh.run_program(&argv, b"piped\n", &mut h, &mut o), 0);
    assert_eq!(o.text(), "PIPED\n");
    let mut o = Output::default();
    let argv: Vec<String> = ["sh", "-c"].iter().map(|s| s.to_string()).collect();
    assert_eq!(sh.run_program(&argv, b"", &mut h, &mut o), 2);
    assert_eq!(o.text(), "sh: 0: -c requires an argument\n");
}
