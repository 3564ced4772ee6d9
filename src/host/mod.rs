//! The learner's own machine around Docker: files, working directory, wget and curl.
//!
//! The host shell is the same interpreter that runs inside containers; what makes it the
//! learner's machine is this [`ShellHost`]: its filesystem is the engine's `host_fs`, `docker`
//! talks to the engine through the `cli`, and `wget`/`curl` reach published ports.

pub mod editor;
pub mod tools;

use crate::cli::{self, CliCtx, CliRequest};
use crate::engine::Engine;
use crate::runtime::programs::{self, HttpRequest, HttpResponse, NetError, RespValue};
use crate::runtime::shell::{Shell, ShellHost};
use crate::runtime::Output;
use crate::vfs::Tree;

pub use crate::vfs::HOME;

/// Runs one `docker` command line (`argv` without the leading `docker`): the compose plugin's
/// grammar for `docker compose …` (it sits beside the client and uses it), the client's otherwise.
pub fn docker(
    engine: &mut crate::engine::Engine,
    argv: &[String],
    ctx: &mut CliCtx,
    out: &mut Output,
) -> i32 {
    if argv.first().map(String::as_str) == Some("compose") {
        #[cfg(not(feature = "full"))]
        return crate::lean::need_full();
        #[cfg(feature = "full")]
        return crate::compose::compose(engine, &argv[1..], ctx, out);
    }
    cli::docker(engine, argv, ctx, out)
}

/// The learner's user name on their machine.
pub const USER: &str = "learner";

/// Creates the host filesystem a session starts with.
pub fn initial_fs(fs: &mut Tree) {
    for dir in [HOME, "/tmp", "/usr/bin", "/bin", "/etc"] {
        let _ = fs.mkdir_all(dir);
    }
    // The tools the learner's machine has besides the shell's own.
    for tool in [
        "docker", "wget", "curl", "git", "telnet", "unzip", "zip", "tar", "gzip", "sed", "awk",
        "node", "npm", "npx", "python3", "pip", "pip3", "nano", "vi", "vim",
    ] {
        fs.insert(
            &format!("/usr/bin/{tool}"),
            crate::vfs::Node::executable("\x7fELF"),
        );
    }
    fs.insert(
        "/etc/os-release",
        crate::vfs::Node::file(
            "PRETTY_NAME=\"Ubuntu 24.04.2 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nVERSION=\"24.04.2 LTS (Noble Numbat)\"\nID=ubuntu\n",
        ),
    );
    fs.insert("/etc/hostname", crate::vfs::Node::file("dockling\n"));
    fs.insert(
        "/etc/passwd",
        crate::vfs::Node::file(
            "root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000:Learner:/home/learner:/bin/bash\n",
        ),
    );
    fs.insert(
        "/etc/group",
        crate::vfs::Node::file("root:x:0:\ndocker:x:999:learner\nlearner:x:1000:\n"),
    );
    if let Some(home) = fs.get_mut(HOME) {
        home.uid = 1000;
        home.gid = 1000;
    }
}

/// Sets up the host shell's variables.
pub fn initial_shell() -> Shell {
    let mut shell = Shell::new(crate::runtime::shell::Flavor::Bash);
    shell.cwd = HOME.to_string();
    shell.tty = true;
    for (k, v) in [
        ("HOME", HOME),
        ("USER", USER),
        ("LOGNAME", USER),
        ("SHELL", "/bin/bash"),
        ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ("PWD", HOME),
        ("LANG", "C.UTF-8"),
        ("TERM", "xterm-256color"),
        ("HOSTNAME", "dockling"),
    ] {
        shell.export(k, v);
    }
    shell
}

/// Network access from the learner's machine: `localhost:<port>` reaches published ports.
pub struct HostNet<'a> {
    /// The daemon that owns the published ports.
    pub engine: &'a mut Engine,
}

impl programs::Net for HostNet<'_> {
    fn http(&mut self, host: &str, port: u16, req: &HttpRequest) -> Result<HttpResponse, NetError> {
        match host {
            "localhost" | "127.0.0.1" | "0.0.0.0" | "::1" | "[::1]" | "dockling" => {
                self.engine.http_to_host_port(port, req)
            }
            _ => self.engine.http_to_address(host, port, req, None),
        }
    }

    fn redis(&mut self, host: &str, port: u16, args: &[String]) -> Result<RespValue, NetError> {
        match host {
            "localhost" | "127.0.0.1" | "0.0.0.0" => self.engine.redis_to_host_port(port, args),
            _ => self.engine.redis_to_address(host, port, args, None),
        }
    }

    fn connect(&mut self, host: &str, port: u16) -> Result<(), NetError> {
        match host {
            "localhost" | "127.0.0.1" | "0.0.0.0" | "::1" | "dockling" => {
                self.engine.tcp_to_host_port(port)
            }
            _ => self.engine.tcp_connect(None, host, port),
        }
    }
}

/// The learner's machine as the shell sees it, for one command line.
pub struct HostCtx<'a> {
    /// The daemon (which also holds the host filesystem).
    pub engine: &'a mut Engine,
    /// Lines typed so far (for `history`).
    pub history: &'a [String],
    /// Terminal width.
    pub width: usize,
    /// What the docker client asked the session to do afterwards (attach, prompt).
    pub request: Option<CliRequest>,
    /// `clear` was run.
    pub cleared: bool,
    /// Lines waiting to be consumed as input (transcripts answer prompts with the next line).
    pub pending_input: Option<String>,
    /// The events of the previous command (for `explain`).
    pub last_events: &'a [crate::engine::Event],
    /// The previous command line (for `explain`).
    pub last_line: &'a str,
}

impl ShellHost for HostCtx<'_> {
    fn fs(&mut self) -> &mut Tree {
        &mut self.engine.host_fs
    }

    fn exec(
        &mut self,
        shell: &mut Shell,
        argv: &[String],
        stdin: &[u8],
        out: &mut Output,
    ) -> Option<i32> {
        let name = argv.first()?.as_str();
        let program = name.rsplit('/').next().unwrap_or(name);
        match program {
            "docker" => {
                let mut ctx = CliCtx {
                    width: self.width,
                    stdin,
                    cwd: shell.cwd.clone(),
                    request: None,
                    answer: self.pending_input.take(),
                    stdout_tty: !shell.piped && !shell.stdout_redirected,
                    env: shell.exported_env(),
                };
                let status = docker(self.engine, &argv[1..], &mut ctx, out);
                if ctx.request.is_some() {
                    self.request = ctx.request;
                }
                Some(status)
            }
            "wget" | "curl" => {
                let env: std::collections::BTreeMap<String, String> =
                    shell.exported_env().into_iter().collect();
                let now = self.engine.now();
                // A clone, not a take: bind mounts read the host files while the request runs.
                let mut fs = self.engine.host_fs.clone();
                let status = {
                    let mut net = HostNet {
                        engine: self.engine,
                    };
                    let mut ctx = programs::ProgramCtx {
                        fs: &mut fs,
                        env: &env,
                        cwd: &shell.cwd,
                        stdin,
                        now_ms: now,
                        hostname: "dockling",
                        net: &mut net,
                        out,
                        processes: &[],
                        tty: true,
                    };
                    programs::run_command(argv, &mut ctx)
                };
                self.engine.host_fs = fs;
                status
            }
            // The lean build leaves `git clone` (a tutorial's app, which a build follows) and
            // `telnet` to the full one (src/lean.rs).
            #[cfg(not(feature = "full"))]
            "git" | "telnet" => Some(crate::lean::need_full()),
            #[cfg(feature = "full")]
            "git" => Some(tools::git(self.engine, &shell.cwd, &argv[1..], out)),
            #[cfg(feature = "full")]
            "telnet" => {
                let mut net = HostNet {
                    engine: self.engine,
                };
                Some(tools::telnet(&mut net, &argv[1..], out))
            }
            p if editor::is_editor(p) => {
                let dir = argv[1..].iter().any(|a| {
                    self.engine
                        .host_fs
                        .is_dir(&crate::vfs::normalize(&shell.cwd, a))
                });
                if let Some(path) =
                    tools::edit(&self.engine.host_fs, p, &shell.cwd, &argv[1..], out)
                {
                    self.request = Some(CliRequest::Edit { path });
                    return Some(0);
                }
                Some(if dir { 0 } else { 1 })
            }
            "node" | "npm" | "npx" | "python3" | "pip" | "pip3" => {
                // A learner's laptop: Node 22 with its npm, Ubuntu's Python 3.12.
                let mut env: std::collections::BTreeMap<String, String> =
                    shell.exported_env().into_iter().collect();
                env.insert("NODE_VERSION".into(), "22.16.0".into());
                env.insert("PYTHON_VERSION".into(), "3.12.3".into());
                let now = self.engine.now();
                let mut fs = self.engine.host_fs.clone();
                let status = {
                    let mut net = HostNet {
                        engine: self.engine,
                    };
                    let mut ctx = programs::ProgramCtx {
                        fs: &mut fs,
                        env: &env,
                        cwd: &shell.cwd,
                        stdin,
                        now_ms: now,
                        hostname: "dockling",
                        net: &mut net,
                        out,
                        processes: &[],
                        tty: true,
                    };
                    programs::run_command(argv, &mut ctx)
                };
                self.engine.host_fs = fs;
                status
            }
            "explain" | "why" => {
                let lang = shell_lang(shell);
                out.out(crate::explain::explain_command(
                    &argv[1..],
                    self.last_line,
                    self.last_events,
                    lang,
                ));
                Some(0)
            }
            "history" => {
                for (i, line) in self.history.iter().enumerate() {
                    out.out(format!("{:>5}  {}\n", i + 1, line));
                }
                Some(0)
            }
            "clear" => {
                self.cleared = true;
                Some(0)
            }
            "help" => {
                out.out(crate::host::help_text(shell_lang(shell)));
                Some(0)
            }
            _ => None,
        }
    }

    fn now_ms(&self) -> i64 {
        self.engine.now()
    }

    fn sleep_ms(&mut self, ms: i64) {
        self.engine.clock.advance_ms(ms);
        self.engine.tick();
    }

    fn user(&self) -> (String, u32, u32) {
        (USER.to_string(), 1000, 1000)
    }

    fn hostname(&self) -> String {
        "dockling".to_string()
    }

    fn file_written(&mut self, path: &str) {
        self.engine.emit(crate::engine::Event::HostFileWritten {
            path: path.to_string(),
        });
    }
}

/// What `help` prints: the commands this machine understands, in the session's language.
pub fn help_text(lang: crate::lang::Lang) -> String {
    match lang {
        crate::lang::Lang::Ko => include_str!("help.ko.txt"),
        crate::lang::Lang::En => include_str!("help.en.txt"),
    }
    .to_string()
}

/// The session's language as the shell knows it (`DOCKLING_LANG`, set by `Session::set_lang`).
fn shell_lang(shell: &Shell) -> crate::lang::Lang {
    match shell.get("DOCKLING_LANG") {
        Some("ko") => crate::lang::Lang::Ko,
        _ => crate::lang::Lang::En,
    }
}

#[cfg(test)]
mod help_tests {
    use crate::session::{Lang, Session, SessionConfig};

    fn help_in(lang: Option<Lang>) -> String {
        let mut session = Session::new(SessionConfig::default());
        if let Some(lang) = lang {
            session.set_lang(lang);
        }
        session.run("help").output.text()
    }

    #[test]
    fn help_is_english_by_default_and_after_set_lang_en() {
        let text = help_in(None);
        assert!(
            text.starts_with("dockling: a Docker you can learn with."),
            "{text}"
        );
        assert!(text.contains("  docker ps -a                                 list containers\n"));
        assert_eq!(help_in(Some(Lang::En)), text);
    }

    #[test]
    fn help_follows_set_lang_ko() {
        let text = help_in(Some(Lang::Ko));
        assert!(
            text.starts_with("dockling: 배우면서 써 보는 도커예요."),
            "{text}"
        );
        assert!(text.contains(
            "  docker ps -a                                 컨테이너 목록을 보여 줘요\n"
        ));
        assert!(!text.contains("list containers"), "{text}");
        assert!(!text.contains("니다"), "해요체: {text}");
        // Switching back gives English again.
        let mut session = Session::new(SessionConfig::default());
        session.set_lang(Lang::Ko);
        session.set_lang(Lang::En);
        assert!(session
            .run("help")
            .output
            .text()
            .contains("list containers"));
    }
}
