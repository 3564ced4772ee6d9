//! Explanations: every event, error and exit reason in every language, and exact sentences.

use dockling::engine::{CacheMiss, ErrorKind, Event, ExitReason};
use dockling::explain::{concepts, describe, explain_command, reading_guide, Explanation};
use dockling::session::Lang;

const LANGS: [Lang; 2] = [Lang::En, Lang::Ko];

fn s(x: &str) -> String {
    x.to_string()
}

/// The position of a variant; the exhaustive match makes a new variant a compile error here,
/// and `every_event_variant_is_listed` then fails until `all_events` has one.
fn event_index(e: &Event) -> usize {
    match e {
        Event::ImagePulled { .. } => 0,
        Event::ImageUpToDate { .. } => 1,
        Event::BuildStepCached { .. } => 2,
        Event::BuildStepRan { .. } => 3,
        Event::ImageBuilt { .. } => 4,
        Event::ImageTagged { .. } => 5,
        Event::ImageUntagged { .. } => 6,
        Event::ImageDangling { .. } => 7,
        Event::ImageDeleted { .. } => 8,
        Event::ImagePushed { .. } => 9,
        Event::LoggedIn { .. } => 10,
        Event::LoggedOut { .. } => 11,
        Event::ContainerCreated { .. } => 12,
        Event::ContainerStarted { .. } => 13,
        Event::ContainerSignalled { .. } => 14,
        Event::ContainerExited { .. } => 15,
        Event::ContainerPaused { .. } => 16,
        Event::ContainerUnpaused { .. } => 17,
        Event::ContainerRestartedByPolicy { .. } => 18,
        Event::ContainerRemoved { .. } => 19,
        Event::ContainerRenamed { .. } => 20,
        Event::ExecRan { .. } => 21,
        Event::ContainerFilesChanged { .. } => 22,
        Event::ContainerCommitted { .. } => 23,
        Event::PortPublished { .. } => 24,
        Event::PortReleased { .. } => 25,
        Event::NetworkCreated { .. } => 26,
        Event::NetworkRemoved { .. } => 27,
        Event::NetworkConnected { .. } => 28,
        Event::NetworkDisconnected { .. } => 29,
        Event::VolumeCreated { .. } => 30,
        Event::VolumeMounted { .. } => 31,
        Event::VolumeRemoved { .. } => 32,
        Event::HttpServed { .. } => 33,
        Event::HostFileWritten { .. } => 34,
        Event::HostFileRemoved { .. } => 35,
        Event::TimePassed { .. } => 36,
        Event::Failed { .. } => 37,
        Event::NetworkAliasAdded { .. } => 38,
        Event::ContainerLinked { .. } => 39,
        Event::RepositoryCloned { .. } => 40,
        Event::ServerListening { .. } => 41,
        Event::ContainerUpdated { .. } => 42,
        Event::ImagesSaved { .. } => 43,
        Event::ImageLoaded { .. } => 44,
        Event::ContainerExported { .. } => 45,
        Event::ImageImported { .. } => 46,
        Event::ComposeUp { .. } => 47,
        Event::ComposeDependency { .. } => 48,
        Event::ComposeDown { .. } => 49,
        Event::ComposeWatch { .. } => 50,
        Event::DatabaseChanged { .. } => 51,
        Event::SnapshotSaved { .. } => 52,
        Event::DataDirOpened { .. } => 53,
        Event::BuildWarned { .. } => 54,
        Event::LocalRegistryPushed { .. } => 55,
        Event::LocalRegistryPulled { .. } => 56,
        Event::HealthStatusChanged { .. } => 57,
    }
}
const EVENT_VARIANTS: usize = 58;

fn error_index(e: &ErrorKind) -> usize {
    match e {
        ErrorKind::Usage { .. } => 0,
        ErrorKind::UnknownCommand { .. } => 1,
        ErrorKind::CommandNotFound { .. } => 2,
        ErrorKind::NoSuchContainer { .. } => 3,
        ErrorKind::NoSuchImage { .. } => 4,
        ErrorKind::PullAccessDenied { .. } => 5,
        ErrorKind::ManifestUnknown { .. } => 6,
        ErrorKind::InvalidReference { .. } => 7,
        ErrorKind::NameConflict { .. } => 8,
        ErrorKind::PortAllocated { .. } => 9,
        ErrorKind::ContainerRunning { .. } => 10,
        ErrorKind::ContainerNotRunning { .. } => 11,
        ErrorKind::ImageInUse { .. } => 12,
        ErrorKind::ExecutableNotFound { .. } => 13,
        ErrorKind::PushDenied { .. } => 14,
        ErrorKind::LoginFailed { .. } => 15,
        ErrorKind::DockerfileInvalid { .. } => 16,
        ErrorKind::BuildStepFailed { .. } => 17,
        ErrorKind::BuildSourceNotFound { .. } => 18,
        ErrorKind::DockerfileMissing { .. } => 19,
        ErrorKind::ConnectionRefused { .. } => 20,
        ErrorKind::Other { .. } => 21,
        ErrorKind::ComposeInvalid { .. } => 22,
        ErrorKind::RegistryUnreachable { .. } => 23,
        ErrorKind::RegistryNotHttps { .. } => 24,
        ErrorKind::RegistryManifestUnknown { .. } => 25,
    }
}
const ERROR_VARIANTS: usize = 26;

fn exit_index(r: &ExitReason) -> usize {
    match r {
        ExitReason::Finished => 0,
        ExitReason::HandledSignal { .. } => 1,
        ExitReason::KilledBySignal { .. } => 2,
        ExitReason::KilledAfterGracePeriod { .. } => 3,
        ExitReason::Failed => 4,
        ExitReason::OutOfMemory { .. } => 5,
    }
}
const EXIT_VARIANTS: usize = 6;

fn all_errors() -> Vec<ErrorKind> {
    vec![
        ErrorKind::Usage {
            command: s("docker run"),
            message: s("unknown flag: --prot"),
        },
        ErrorKind::UnknownCommand {
            command: s("imgaes"),
        },
        ErrorKind::CommandNotFound {
            program: s("dokcer"),
        },
        ErrorKind::NoSuchContainer { name: s("web9") },
        ErrorKind::NoSuchImage {
            reference: s("hahava-server:0.0.1"),
        },
        ErrorKind::PullAccessDenied {
            repository: s("hahava-server"),
        },
        ErrorKind::ManifestUnknown {
            reference: s("node:99"),
        },
        ErrorKind::InvalidReference {
            reference: s("Hahava/App"),
            message: s("repository name must be lowercase"),
        },
        ErrorKind::NameConflict {
            name: s("web1"),
            holder: s("063ae7ccd7194bd5ad6e0a5c1f0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e"),
        },
        ErrorKind::PortAllocated {
            host_port: 9000,
            holder: s("063ae7ccd719"),
        },
        ErrorKind::ContainerRunning {
            name: s("web1"),
            state: s("running"),
        },
        ErrorKind::ContainerNotRunning {
            name: s("web1"),
            operation: s("exec"),
        },
        ErrorKind::ImageInUse {
            reference: s("node"),
            container: s("brave_cohen"),
        },
        ErrorKind::ExecutableNotFound { program: s("bash") },
        ErrorKind::PushDenied {
            repository: s("hahava/express-server"),
            user: None,
        },
        ErrorKind::LoginFailed { user: s("hahava") },
        ErrorKind::DockerfileInvalid {
            line: 1,
            message: s("unknown instruction: FORM"),
        },
        ErrorKind::BuildStepFailed {
            step: s("[4/5] RUN npm install"),
            exit_code: 1,
            diagnosis: Some(s("npm error code EJSONPARSE")),
        },
        ErrorKind::BuildSourceNotFound {
            path: s("index.js"),
        },
        ErrorKind::DockerfileMissing {
            path: s("/home/learner/Dockerfile"),
        },
        ErrorKind::ConnectionRefused { port: 9000 },
        ErrorKind::Other {
            message: s("something odd"),
        },
        ErrorKind::ComposeInvalid {
            message: s("yaml: line 3: mapping values are not allowed in this context"),
        },
        ErrorKind::RegistryUnreachable {
            registry: s("localhost:5000"),
        },
        ErrorKind::RegistryNotHttps {
            registry: s("172.17.0.1:5000"),
        },
        ErrorKind::RegistryManifestUnknown {
            reference: s("localhost:5000/nope:latest"),
            registry: s("localhost:5000"),
            container: s("registry"),
        },
    ]
}

fn all_exit_reasons() -> Vec<ExitReason> {
    vec![
        ExitReason::Finished,
        ExitReason::HandledSignal {
            signal: s("SIGQUIT"),
        },
        ExitReason::KilledBySignal {
            signal: s("SIGKILL"),
        },
        ExitReason::KilledAfterGracePeriod {
            signal: s("SIGTERM"),
            grace_secs: 10,
        },
        ExitReason::Failed,
        ExitReason::OutOfMemory { limit: 8 << 20 },
    ]
}

const ID: &str = "063ae7ccd7194bd5ad6e0a5c1f0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e";

fn all_events() -> Vec<Event> {
    let mut events = vec![
        Event::ImagePulled {
            reference: s("node:latest"),
            image_id: s("sha256:625525d94501aaaa"),
            downloaded: vec![s("a"), s("b")],
            shared: vec![s("c")],
            bytes: 400_000_000,
        },
        Event::ImageUpToDate {
            reference: s("node:latest"),
        },
        Event::BuildStepCached {
            step: s("[2/5] WORKDIR /app"),
        },
        Event::BuildStepRan {
            step: s("[3/5] COPY ./* /app/"),
            cache_miss: CacheMiss::FilesChanged {
                files: vec![s("index.js")],
            },
            layer_size: 1200,
        },
        Event::ImageBuilt {
            image_id: s("sha256:5ecb42470501bbbb"),
            tags: vec![s("hahava/express-server:0.0.1")],
            steps: 5,
            cached: 2,
            context_bytes: 2400,
        },
        Event::ImageTagged {
            image_id: s("sha256:5ecb42470501bbbb"),
            reference: s("hahava/express-server:latest"),
        },
        Event::ImageUntagged {
            image_id: s("sha256:5ecb42470501bbbb"),
            reference: s("hahava/express-server:latest"),
        },
        Event::ImageDangling {
            image_id: s("sha256:111111111111cccc"),
            previous: s("hahava/express-server:0.0.1"),
        },
        Event::ImageDeleted {
            image_id: s("sha256:111111111111cccc"),
            layers: 1,
            bytes: 3000,
        },
        Event::ImagePushed {
            reference: s("hahava/express-server:0.0.1"),
            pushed: 2,
            existing: 7,
        },
        Event::LoggedIn { user: s("hahava") },
        Event::LoggedOut {
            registry: s("https://index.docker.io/v1/"),
        },
        Event::ContainerCreated {
            id: s(ID),
            name: s("web1"),
            image: s("hahava/express-server:0.0.1"),
            command: s("docker-entrypoint.sh node index.js"),
            generated_name: false,
        },
        Event::ContainerStarted {
            id: s(ID),
            name: s("web1"),
            detached: true,
            interactive: false,
        },
        Event::ContainerSignalled {
            id: s(ID),
            name: s("web1"),
            signal: s("SIGTERM"),
            ignored: true,
        },
        Event::ContainerPaused {
            id: s(ID),
            name: s("web1"),
        },
        Event::ContainerUnpaused {
            id: s(ID),
            name: s("web1"),
        },
        Event::ContainerRestartedByPolicy {
            id: s(ID),
            name: s("web1"),
            policy: s("always"),
        },
        Event::ContainerRemoved {
            id: s(ID),
            name: s("web1"),
            writable_bytes: 4096,
            auto: false,
        },
        Event::ContainerRenamed {
            id: s(ID),
            from: s("web1"),
            to: s("web2"),
        },
        Event::ExecRan {
            container: s("web1"),
            command: s("ls /app"),
            exit_code: 0,
        },
        Event::ContainerFilesChanged {
            container: s("web1"),
            paths: vec![s("/app/notes.txt")],
        },
        Event::ContainerCommitted {
            container: s("web1"),
            image_id: s("sha256:222222222222dddd"),
        },
        Event::PortPublished {
            container: s("web1"),
            host_ip: s("0.0.0.0"),
            host_port: 9000,
            container_port: 3000,
            proto: s("tcp"),
        },
        Event::PortReleased {
            container: s("web1"),
            host_port: 9000,
        },
        Event::NetworkCreated { name: s("app-net") },
        Event::NetworkRemoved { name: s("app-net") },
        Event::NetworkConnected {
            network: s("app-net"),
            container: s("web1"),
        },
        Event::NetworkDisconnected {
            network: s("app-net"),
            container: s("web1"),
        },
        Event::VolumeCreated {
            name: s("data"),
            implicit: false,
        },
        Event::VolumeMounted {
            source: s("data"),
            target: s("/var/lib/mysql"),
            container: s("db"),
            bind: false,
        },
        Event::VolumeRemoved { name: s("data") },
        Event::HttpServed {
            host_port: 9000,
            container: s("web1"),
            path: s("/"),
            status: 200,
        },
        Event::HostFileWritten {
            path: s("/home/learner/app/Dockerfile"),
        },
        Event::HostFileRemoved {
            path: s("/home/learner/app/old.js"),
        },
        Event::TimePassed { ms: 3000 },
        Event::NetworkAliasAdded {
            network: s("appnet"),
            container: s("web"),
            aliases: vec![s("site")],
        },
        Event::ContainerLinked {
            container: s("app"),
            target: s("db"),
            alias: s("database"),
        },
        Event::RepositoryCloned {
            url: s("https://github.com/docker/getting-started-app.git"),
            path: s("/home/learner/getting-started-app"),
            files: 12,
        },
        Event::ServerListening {
            container: s("web"),
            program: s("python"),
            ports: vec![5000],
            loopback: true,
        },
        Event::ContainerUpdated {
            id: s(ID),
            name: s("web1"),
            memory: 256 << 20,
            nano_cpus: 1_500_000_000,
            restart: s("always"),
        },
        Event::ImagesSaved {
            images: vec![s("nginx:latest")],
            path: s("/home/learner/nginx.tar"),
        },
        Event::ImageLoaded {
            image: s("nginx:latest"),
        },
        Event::ContainerExported {
            container: s("web1"),
            path: s("/home/learner/web1.tar"),
        },
        Event::ImageImported {
            image_id: s("sha256:625525d94501aaaa"),
            reference: s("myfs:latest"),
        },
        Event::ComposeUp {
            project: s("app"),
            created: vec![s("Network app_default"), s("Volume app_db-data")],
            started: vec![s("app-db-1"), s("app-web-1")],
        },
        Event::ComposeUp {
            project: s("app"),
            created: vec![],
            started: vec![],
        },
        Event::ComposeDependency {
            project: s("app"),
            service: s("web"),
            dependency: s("db"),
            condition: s("service_started"),
            waited_ms: 0,
        },
        Event::ComposeDependency {
            project: s("app"),
            service: s("web"),
            dependency: s("db"),
            condition: s("service_healthy"),
            waited_ms: 10_500,
        },
        Event::ComposeDependency {
            project: s("app"),
            service: s("web"),
            dependency: s("migrate"),
            condition: s("service_completed_successfully"),
            waited_ms: 2_000,
        },
        Event::ComposeDown {
            project: s("app"),
            containers: 2,
            networks: vec![s("app_default")],
            volumes: vec![s("app_db-data")],
            kept_volumes: vec![],
        },
        Event::ComposeDown {
            project: s("app"),
            containers: 1,
            networks: vec![],
            volumes: vec![],
            kept_volumes: vec![s("app_db-data")],
        },
        Event::ComposeWatch {
            project: s("app"),
            rules: vec![s("sync /home/learner/app/src -> /app/src")],
        },
        Event::DatabaseChanged {
            container: s("db"),
            action: s("created"),
            object: s("table"),
            name: s("items"),
            path: s("/var/lib/mysql/shop/items.ibd"),
            volume: Some(s("mysql-data")),
        },
        Event::DatabaseChanged {
            container: s("db"),
            action: s("rows"),
            object: s("table"),
            name: s("items"),
            path: s("/var/lib/mysql/shop/items.ibd"),
            volume: None,
        },
        Event::SnapshotSaved {
            container: s("cache"),
            path: s("/data/dump.rdb"),
            keys: 3,
            volume: Some(s("redis-data")),
        },
        Event::DataDirOpened {
            container: s("db"),
            path: s("/var/lib/postgresql/data"),
            program: s("postgres"),
            fresh: false,
            volume: Some(s("pgdata")),
        },
        Event::BuildWarned {
            rules: vec![s("JSONArgsRecommended")],
        },
        Event::LocalRegistryPushed {
            reference: s("localhost:5000/my-ubuntu:latest"),
            container: s("registry"),
            pushed: 1,
            existing: 1,
            path: s("/var/lib/registry"),
            volume: Some(s("regdata")),
        },
        Event::LocalRegistryPulled {
            reference: s("localhost:5000/my-ubuntu:latest"),
            image_id: s("sha256:b0de467f56b1f2fb"),
            container: s("registry"),
            downloaded: 1,
            shared: 1,
        },
        Event::HealthStatusChanged {
            id: s(ID),
            name: s("web1"),
            status: s("unhealthy"),
            command: s("curl -f http://localhost/ || exit 1"),
            exit_code: 127,
            output: s("/bin/sh: curl: not found"),
        },
    ];
    for reason in all_exit_reasons() {
        events.push(Event::ContainerExited {
            id: s(ID),
            name: s("web1"),
            exit_code: 137,
            reason,
        });
    }
    for error in all_errors() {
        events.push(Event::Failed { error });
    }
    events
}

/// A rendered text with no missing catalogue key and no unfilled placeholder.
fn assert_clean(e: &Explanation, context: &str) {
    for (field, text) in [
        ("title", &e.title),
        ("body", &e.body),
        ("detail", &e.detail),
    ] {
        assert!(!text.trim().is_empty(), "{context}: empty {field} in {e:?}");
        assert!(
            !text.contains("[["),
            "{context}: missing key in {field}: {text}"
        );
        let unfilled = text.split('{').skip(1).any(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            !name.is_empty() && rest[name.len()..].starts_with('}')
        });
        assert!(
            !unfilled,
            "{context}: unfilled placeholder in {field}: {text}"
        );
    }
    assert!(
        !e.id.is_empty() && !e.concept.is_empty(),
        "{context}: {e:?}"
    );
}

#[test]
fn every_variant_is_listed() {
    let mut seen = vec![false; EVENT_VARIANTS];
    let mut errors = vec![false; ERROR_VARIANTS];
    let mut exits = vec![false; EXIT_VARIANTS];
    for e in all_events() {
        seen[event_index(&e)] = true;
        if let Event::Failed { error } = &e {
            errors[error_index(error)] = true;
        }
        if let Event::ContainerExited { reason, .. } = &e {
            exits[exit_index(reason)] = true;
        }
    }
    assert!(seen.iter().all(|x| *x), "events: {seen:?}");
    assert!(errors.iter().all(|x| *x), "errors: {errors:?}");
    assert!(exits.iter().all(|x| *x), "exit reasons: {exits:?}");
}

#[test]
fn every_event_alone_is_explained_in_every_language() {
    for lang in LANGS {
        for event in all_events() {
            let out = describe(std::slice::from_ref(&event), lang);
            assert_eq!(out.len(), 1, "{lang:?} {event:?}");
            for e in &out {
                assert_clean(e, &format!("{lang:?} {event:?}"));
            }
        }
    }
}

#[test]
fn all_events_together_are_all_covered() {
    for lang in LANGS {
        let out = describe(&all_events(), lang);
        assert!(!out.is_empty());
        for e in &out {
            assert_clean(e, &format!("{lang:?} together"));
        }
    }
}

#[test]
fn push_denied_for_someone_else_and_other_diagnoses() {
    let cases = [
        ErrorKind::PushDenied {
            repository: s("hahava/express-server:0.0.1"),
            user: Some(s("kim")),
        },
        ErrorKind::BuildStepFailed {
            step: s("[4/5] RUN npm install"),
            exit_code: 1,
            diagnosis: Some(s("ENOENT")),
        },
        ErrorKind::BuildStepFailed {
            step: s("[4/5] RUN make"),
            exit_code: 2,
            diagnosis: None,
        },
    ];
    for lang in LANGS {
        for error in &cases {
            let out = describe(
                &[Event::Failed {
                    error: error.clone(),
                }],
                lang,
            );
            assert_clean(&out[0], &format!("{lang:?} {error:?}"));
        }
    }
    let en = describe(
        &[Event::Failed {
            error: cases[0].clone(),
        }],
        Lang::En,
    );
    assert_eq!(en[0].id, "error.push_denied_other");
    assert!(en[0]
        .body
        .contains("docker tag hahava/express-server:0.0.1 kim/express-server"));
}

fn run_web1(generated: bool) -> Vec<Event> {
    vec![
        Event::ContainerCreated {
            id: s(ID),
            name: s(if generated { "brave_cohen" } else { "web1" }),
            image: s("hahava/express-server:0.0.1"),
            command: s("docker-entrypoint.sh node index.js"),
            generated_name: generated,
        },
        Event::PortPublished {
            container: s(if generated { "brave_cohen" } else { "web1" }),
            host_ip: s("0.0.0.0"),
            host_port: 9000,
            container_port: 3000,
            proto: s("tcp"),
        },
        Event::ContainerStarted {
            id: s(ID),
            name: s(if generated { "brave_cohen" } else { "web1" }),
            detached: true,
            interactive: false,
        },
    ]
}

#[test]
fn run_detached_with_a_port_is_one_explanation() {
    let en = describe(&run_web1(false), Lang::En);
    assert_eq!(en.len(), 1);
    assert_eq!(en[0].id, "container.run");
    assert_eq!(en[0].title, "Container web1 is running");
    assert_eq!(
        en[0].body,
        "Docker created the container web1 from the image hahava/express-server:0.0.1 and \
         started it; it runs docker-entrypoint.sh node index.js. A container is a running \
         instance of an image: the image's read-only layers plus a thin writable layer of its \
         own. -d runs it in the background: Docker printed the container ID and gave you the \
         prompt back. docker logs web1 shows what it prints. --name gave it the name web1, which \
         you can use instead of the ID 063ae7ccd719. Port 9000 on your machine now forwards to \
         port 3000 of container web1: wget localhost:9000 reaches the program listening on port \
         3000 inside."
    );
    let ko = describe(&run_web1(false), Lang::Ko);
    assert!(ko[0].body.contains(
        "이제 내 컴퓨터의 9000번 포트가 web1 컨테이너의 3000번 포트로 연결돼요. \
         wget localhost:9000 명령을 실행하면 컨테이너 안에서 3000번 포트를 듣고 있는 프로그램에 닿아요."
    ));
    assert_eq!(ko[0].title, "web1 컨테이너가 실행 중이에요");
}

#[test]
fn a_generated_name_is_said_so() {
    let en = describe(&run_web1(true), Lang::En);
    assert!(en[0].body.contains(
        "You gave no --name, so Docker made up the name brave_cohen. Use it, or the short ID \
         063ae7ccd719, in other commands."
    ));
    let ko = describe(&run_web1(true), Lang::Ko);
    assert!(ko[0]
        .body
        .contains("--name을 주지 않아서 도커가 이름을 지어 줬어요: brave_cohen."));
}

#[test]
fn ubuntu_exits_at_once_because_a_shell_has_no_terminal() {
    let events = vec![
        Event::ContainerCreated {
            id: s(ID),
            name: s("eager_jones"),
            image: s("ubuntu"),
            command: s("/bin/bash"),
            generated_name: true,
        },
        Event::ContainerStarted {
            id: s(ID),
            name: s("eager_jones"),
            detached: false,
            interactive: false,
        },
        Event::ContainerExited {
            id: s(ID),
            name: s("eager_jones"),
            exit_code: 0,
            reason: ExitReason::Finished,
        },
    ];
    let en = describe(&events, Lang::En);
    assert_eq!(
        en.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["container.run", "container.exited.shell"]
    );
    assert!(en[1].body.starts_with(
        "The command of this container is /bin/bash, a shell. A shell waits for commands on its \
         input, but without -it there is no terminal and no input, so it finished right away \
         with exit code 0"
    ));
    assert!(en[1].body.contains("docker run -it ubuntu"));
    let ko = describe(&events, Lang::Ko);
    assert!(ko[1]
        .body
        .starts_with("이 컨테이너의 명령은 셸(/bin/bash)이에요."));
}

#[test]
fn stop_that_waits_out_the_grace_period() {
    let events = vec![
        Event::ContainerSignalled {
            id: s(ID),
            name: s("web1"),
            signal: s("SIGTERM"),
            ignored: true,
        },
        Event::TimePassed { ms: 10_000 },
        Event::ContainerSignalled {
            id: s(ID),
            name: s("web1"),
            signal: s("SIGKILL"),
            ignored: false,
        },
        Event::ContainerExited {
            id: s(ID),
            name: s("web1"),
            exit_code: 137,
            reason: ExitReason::KilledAfterGracePeriod {
                signal: s("SIGTERM"),
                grace_secs: 10,
            },
        },
        Event::PortReleased {
            container: s("web1"),
            host_port: 9000,
        },
    ];
    let en = describe(&events, Lang::En);
    assert_eq!(en.len(), 1, "{en:#?}");
    assert_eq!(en[0].id, "container.exited.grace");
    assert_eq!(en[0].concept, "signal");
    assert!(en[0].body.contains(
        "Docker waited out the grace period of 10 seconds, then sent SIGKILL, which no process \
         can ignore. So the stop took 10 seconds, and the exit code is 137 (128 + 9, SIGKILL)."
    ));
    assert!(en[0]
        .body
        .contains("Port 9000 on your machine is free again."));
    assert!(en[0].body.contains("docker start web1 runs it again"));
    let ko = describe(&events, Lang::Ko);
    assert!(ko[0].body.contains("도커는 유예 시간 10초를 기다린 뒤"));
}

#[test]
fn killed_by_sigterm_is_143_and_rm_removes_it() {
    let events = vec![
        Event::ContainerExited {
            id: s(ID),
            name: s("tmp"),
            exit_code: 143,
            reason: ExitReason::KilledBySignal {
                signal: s("SIGTERM"),
            },
        },
        Event::ContainerRemoved {
            id: s(ID),
            name: s("tmp"),
            writable_bytes: 2_500_000,
            auto: true,
        },
    ];
    let en = describe(&events, Lang::En);
    assert_eq!(en.len(), 1);
    assert!(en[0]
        .body
        .contains("The exit code 143 is 128 plus the signal's number (15)"));
    assert!(en[0].body.ends_with(
        "Because of --rm, Docker deleted the container as soon as it ended, with its writable \
         layer (2.5MB)."
    ));
}

#[test]
fn build_names_the_step_where_the_cache_broke() {
    let events = vec![
        Event::BuildStepRan {
            step: s("[1/5] FROM docker.io/library/node:latest"),
            cache_miss: CacheMiss::FirstBuild,
            layer_size: 0,
        },
        Event::BuildStepCached {
            step: s("[2/5] WORKDIR /app"),
        },
        Event::BuildStepRan {
            step: s("[3/5] COPY ./* /app/"),
            cache_miss: CacheMiss::FilesChanged {
                files: vec![s("index.js")],
            },
            layer_size: 1200,
        },
        Event::ImageBuilt {
            image_id: s("sha256:5ecb42470501bbbb"),
            tags: vec![s("hahava/express-server:0.0.1")],
            steps: 5,
            cached: 2,
            context_bytes: 2400,
        },
        Event::ImageDangling {
            image_id: s("sha256:111111111111cccc"),
            previous: s("hahava/express-server:0.0.1"),
        },
    ];
    // The first `Ran` here is the base image, reported with "first build"; the cache line then
    // names the first miss.
    let en = describe(&events, Lang::En);
    assert_eq!(en.len(), 1, "{en:#?}");
    assert_eq!(en[0].id, "image.built");
    assert!(en[0].body.starts_with(
        "Docker sent the build context (2.4kB) to the builder and ran the Dockerfile's 5 steps \
         in order."
    ));
    assert!(en[0].body.contains("2 steps came from the build cache"));
    assert!(en[0].body.contains(
        "The image that had the name hahava/express-server:0.0.1 before (111111111111) lost it"
    ));

    let only_miss = vec![
        Event::BuildStepCached {
            step: s("[2/5] WORKDIR /app"),
        },
        Event::BuildStepRan {
            step: s("[3/5] COPY ./* /app/"),
            cache_miss: CacheMiss::FilesChanged {
                files: vec![s("index.js")],
            },
            layer_size: 1200,
        },
        Event::ImageBuilt {
            image_id: s("sha256:5ecb42470501bbbb"),
            tags: vec![s("hahava/express-server:0.0.1")],
            steps: 5,
            cached: 3,
            context_bytes: 2400,
        },
    ];
    let en = describe(&only_miss, Lang::En);
    assert!(en[0].body.contains(
        "The cache broke at [3/5] COPY ./* /app/ because files it copies changed (index.js)."
    ));
    let ko = describe(&only_miss, Lang::Ko);
    assert!(ko[0].body.contains(
        "[3/5] COPY ./* /app/에서 복사하는 파일이 바뀌어서(index.js) 여기서 캐시가 깨졌어요."
    ));
}

#[test]
fn failed_build_keeps_its_steps_and_explains_ejsonparse() {
    let events = vec![
        Event::BuildStepCached {
            step: s("[2/5] WORKDIR /app"),
        },
        Event::BuildStepRan {
            step: s("[4/5] RUN npm install"),
            cache_miss: CacheMiss::EarlierStepChanged,
            layer_size: 0,
        },
        Event::Failed {
            error: ErrorKind::BuildStepFailed {
                step: s("[4/5] RUN npm install"),
                exit_code: 1,
                diagnosis: Some(s("npm error code EJSONPARSE")),
            },
        },
    ];
    let en = describe(&events, Lang::En);
    assert_eq!(
        en.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["build.partial", "error.build_step_failed"]
    );
    assert!(en[1]
        .body
        .contains("JSON allows no comma after the last entry."));
    let ko = describe(&events, Lang::Ko);
    assert!(ko[1]
        .body
        .contains("JSON에서는 마지막 항목 뒤에 쉼표를 쓸 수 없어요."));
}

#[test]
fn seed_pitfall_names_suggest_docker_images() {
    for error in [
        ErrorKind::NoSuchImage {
            reference: s("hahava-server:0.0.1"),
        },
        ErrorKind::PullAccessDenied {
            repository: s("hahava-server"),
        },
    ] {
        for lang in LANGS {
            let out = describe(
                &[Event::Failed {
                    error: error.clone(),
                }],
                lang,
            );
            assert!(out[0].body.contains("docker images"), "{lang:?} {out:?}");
        }
    }
    let ko = describe(
        &[Event::Failed {
            error: ErrorKind::ContainerRunning {
                name: s("web1"),
                state: s("running"),
            },
        }],
        Lang::Ko,
    );
    assert_eq!(
        ko[0].body,
        "web1 컨테이너는 지금 running 상태예요. 도커는 실행 중인 컨테이너를 지우지 않아요. 먼저 \
         docker stop web1 명령으로 정지하거나, 강제로 멈추고 한 번에 지우는 docker rm -f web1 \
         명령을 쓰세요."
    );
}

#[test]
fn reading_guides_for_read_only_commands() {
    let en = reading_guide("docker image ls", Lang::En).expect("a guide for image ls");
    assert_eq!(en.id, "guide.images");
    for column in ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"] {
        assert!(en.body.contains(column), "{column}");
    }
    let ko = reading_guide("docker container ls", Lang::Ko).expect("a guide for container ls");
    assert_eq!(ko.id, "guide.ps");
    assert!(ko.body.contains("0.0.0.0:9000->3000/tcp"));
    assert!(reading_guide("docker container run node", Lang::Ko).is_none());
}

#[test]
fn explain_command_with_and_without_a_concept() {
    let last = run_web1(false);
    let out = explain_command(
        &[],
        "docker run -d -p 9000:3000 --name web1 x",
        &last,
        Lang::En,
    );
    assert!(out.starts_with(
        "About: docker run -d -p 9000:3000 --name web1 x\n\nContainer web1 is running\n"
    ));
    assert!(out.contains("docker run is three steps"));
    assert!(out.ends_with("More: explain container\n"));

    let lesson = explain_command(&[s("포트")], "", &[], Lang::Ko);
    assert!(lesson.starts_with("포트 포워딩\n"));
    assert!(lesson.contains("-p 9000:3000은"));
    assert!(lesson.ends_with("\n"));

    let unknown = explain_command(&[s("kubernetes")], "", &[], Lang::En);
    assert!(unknown.starts_with("I don't know the concept \"kubernetes\".\nKnown concepts"));
    for c in concepts() {
        assert!(unknown.contains(&format!("  {c} ")), "{c}");
        let text = explain_command(&[s(c)], "", &[], Lang::Ko);
        assert!(!text.contains("[["), "{c}: {text}");
    }

    let guide = explain_command(&[], "docker ps -a", &[], Lang::En);
    assert!(guide.contains("Reading docker ps"));
    let nothing = explain_command(&[], "", &[], Lang::Ko);
    assert!(nothing.starts_with("아직 설명할 명령이 없어요."));
}

/// Runs lines in a fresh session and returns the events of the last one.
fn last_events_of(lines: &[&str]) -> Vec<Event> {
    let mut session = dockling::session::Session::new(Default::default());
    let mut events = Vec::new();
    for line in lines {
        events = session.run(line).events;
    }
    events
}

/// The builder's reasons reach both languages as words of that language: an edited `ENV` is
/// named as the cause (not "an earlier step"), changed files are named, and no English
/// fragment leaks into the Korean text.
#[test]
fn cache_miss_reasons_from_the_real_builder_in_both_languages() {
    let dockerfile = |env: &str| {
        format!("cat > Dockerfile <<'EOF'\nFROM node:20-alpine\nWORKDIR /app\nENV A={env}\nCOPY index.js .\nCMD [\"node\", \"index.js\"]\nEOF")
    };
    let first = dockerfile("1");
    let second = dockerfile("2");
    let setting = last_events_of(&[
        "echo 'console.log(1)' > index.js",
        &first,
        "docker build -t a .",
        &second,
        "docker build -t a .",
    ]);
    let en = describe(&setting, Lang::En);
    assert!(
        en[0].body.contains(
            "The cache broke at [3/3] COPY index.js . because an instruction before it changed: ENV A=2."
        ),
        "{}",
        en[0].body
    );
    let ko = describe(&setting, Lang::Ko);
    assert!(
        ko[0].body.contains(
            "앞에 있는 명령어 ENV A=2가 바뀌어서 [3/3] COPY index.js .에서 캐시가 깨졌어요."
        ),
        "{}",
        ko[0].body
    );
    let files = last_events_of(&[
        "echo 'console.log(1)' > index.js",
        &first,
        "docker build -t a .",
        "echo 'console.log(2)' > index.js",
        "docker build -t a .",
    ]);
    let ko = describe(&files, Lang::Ko);
    assert!(
        ko[0].body.contains(
            "[3/3] COPY index.js .에서 복사하는 파일이 바뀌어서(index.js) 여기서 캐시가 깨졌어요."
        ),
        "{}",
        ko[0].body
    );
    for text in [&ko[0].body, &describe(&setting, Lang::Ko)[0].body] {
        assert!(!text.contains("changed"), "English in Korean: {text}");
    }
}

/// SIGKILL cannot be handled; the text must not say the process "did not handle" it.
#[test]
fn sigkill_is_never_described_as_unhandled() {
    let events = vec![Event::ContainerExited {
        id: s("0123456789ab"),
        name: s("web1"),
        exit_code: 137,
        reason: ExitReason::KilledBySignal {
            signal: s("SIGKILL"),
        },
    }];
    for lang in [Lang::En, Lang::Ko] {
        let body = &describe(&events, lang)[0].body;
        assert!(!body.contains("did not handle") && !body.contains("처리하지 않아서"));
    }
    assert!(describe(&events, Lang::En)[0]
        .body
        .contains("No program can catch, handle or ignore SIGKILL"));
}

/// Counters read as counts (`단계 3개`), not as ordinals (`3단계` reads "step 3").
#[test]
fn korean_step_counts_are_counts() {
    let events = last_events_of(&[
        "echo 'console.log(1)' > index.js",
        "printf 'FROM node:20-alpine\\nWORKDIR /app\\nCOPY index.js .\\n' > Dockerfile",
        "docker build -t a .",
    ]);
    let body = &describe(&events, Lang::Ko)[0].body;
    assert!(
        body.contains("Dockerfile의 단계 2개를 차례로 실행했어요"),
        "{body}"
    );
}

/// `docker rm -f` kills and removes: the explanation must not promise `docker start`.
#[test]
fn rm_force_is_removed_not_kept() {
    let events = last_events_of(&["docker run -d --name web nginx", "docker rm -f web"]);
    for lang in [Lang::En, Lang::Ko] {
        let all: String = describe(&events, lang)
            .iter()
            .map(|e| e.body.clone())
            .collect();
        assert!(!all.contains("docker start web"), "{all}");
    }
    let en = describe(&events, Lang::En);
    assert_eq!(en[1].id, "container.removed");
}

/// A `--rm` run that already finished is not described as running.
#[test]
fn a_finished_rm_run_is_not_running() {
    let events = last_events_of(&["docker pull -q alpine", "docker run --rm alpine echo hi"]);
    let en = describe(&events, Lang::En);
    let run = en.iter().find(|e| e.id == "container.run").expect("a run");
    assert!(run.title.ends_with("ran and ended"), "{}", run.title);
    let ko = describe(&events, Lang::Ko);
    let run = ko.iter().find(|e| e.id == "container.run").expect("a run");
    assert!(run.title.ends_with("실행되고 끝났어요"), "{}", run.title);
}

/// The "no such image" example is built from the learner's own name, not the seed's.
#[test]
fn no_such_image_uses_the_learners_name() {
    let events = last_events_of(&["docker rmi shop:2.0"]);
    let en = &describe(&events, Lang::En)[0].body;
    assert!(
        en.contains("shop:2.0 and shop:latest are two different names"),
        "{en}"
    );
    assert!(!en.contains("hahava"));
    let ko = &describe(&events, Lang::Ko)[0].body;
    assert!(
        ko.contains("shop:2.0과 shop:latest는 서로 다른 이름이에요"),
        "{ko}"
    );
}

/// The second time a session explains the same kind of change it is marked as a repeat (the
/// page shows its first sentence, the rest behind "more"); the first time it is not.
#[test]
fn repeated_explanations_are_marked() {
    let mut session = dockling::session::Session::new(Default::default());
    session.run("docker pull -q nginx");
    session.run("docker run -d --name web1 nginx");
    let first = session.explain_last(Lang::En);
    let run = first
        .iter()
        .find(|e| e.id == "container.run")
        .expect("a run");
    assert!(!run.repeat);
    session.run("docker run -d --name web2 nginx");
    let again = session.explain_last(Lang::Ko);
    let run = again
        .iter()
        .find(|e| e.id == "container.run")
        .expect("a run");
    assert!(run.repeat);
    assert!(run.body.contains("web2"), "{}", run.body);
}

/// A container named in an explanation is quoted whole: `sweet_hellman` (13 characters) is not
/// cut to an ID's 12 (`sweet_hellma`); a hex ID still is.
#[test]
fn image_in_use_quotes_the_whole_container_name() {
    for lang in LANGS {
        let named = describe(
            &[Event::Failed {
                error: ErrorKind::ImageInUse {
                    reference: s("node"),
                    container: s("sweet_hellman"),
                },
            }],
            lang,
        );
        let text: String = named
            .iter()
            .map(|e| format!("{} {}", e.title, e.body))
            .collect();
        assert!(text.contains("sweet_hellman"), "{text}");
        let by_id = describe(
            &[Event::Failed {
                error: ErrorKind::ImageInUse {
                    reference: s("node"),
                    container: "0123456789ab".repeat(5) + "cdef",
                },
            }],
            lang,
        );
        let text: String = by_id
            .iter()
            .map(|e| format!("{} {}", e.title, e.body))
            .collect();
        assert!(
            text.contains("0123456789ab") && !text.contains("0123456789ab0"),
            "{text}"
        );
    }
}
