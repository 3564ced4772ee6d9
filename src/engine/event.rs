//! `Event`: every state change the engine makes (and every error it reports), as one closed enum.
//!
//! Explanations, the browser picture and lesson goals all read events; a new variant is a
//! compile error wherever events are matched exhaustively.

use serde::Serialize;

/// Why a container's main process ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "how", rename_all = "snake_case")]
pub enum ExitReason {
    /// The program finished by itself (e.g. `hello-world`, a shell with no terminal).
    Finished,
    /// It received a signal it handles and exited (nginx on SIGQUIT exits 0).
    HandledSignal {
        /// `SIGTERM`, `SIGQUIT`, …
        signal: String,
    },
    /// The signal killed it (SIGKILL → 137, unhandled SIGTERM → 143).
    KilledBySignal {
        /// The signal name.
        signal: String,
    },
    /// `docker stop` sent the stop signal, the process ignored it, and after the grace period
    /// Docker sent SIGKILL.
    KilledAfterGracePeriod {
        /// The stop signal that was ignored.
        signal: String,
        /// The grace period in seconds.
        grace_secs: i64,
    },
    /// The program failed to start or crashed (non-zero exit on its own).
    Failed,
    /// The kernel's OOM killer ended it: it needed more memory than `--memory` allows.
    OutOfMemory {
        /// The limit in bytes.
        limit: i64,
    },
}

/// Why a build step could not come from the cache.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum CacheMiss {
    /// Nothing is cached yet: the first build.
    FirstBuild,
    /// `--no-cache` was given.
    NoCache,
    /// The step's own instruction is new or was edited.
    InstructionChanged,
    /// The files a `COPY`/`ADD` reads changed.
    FilesChanged {
        /// Context paths that were added, removed or edited (`index.js`).
        files: Vec<String>,
    },
    /// An earlier layer step ran again, so this step's parent layer is new.
    EarlierStepChanged,
    /// A metadata instruction before it (`ENV A=2`) changed, which changes every later step's
    /// cache key although it makes no layer itself.
    SettingChanged {
        /// That instruction as written.
        instruction: String,
    },
}

/// The kind of error the learner hit, with what is needed to explain it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum ErrorKind {
    /// A command line the docker client rejected (unknown flag, missing argument, …).
    Usage {
        /// The docker command path (`docker run`).
        command: String,
        /// The client's message (first line).
        message: String,
    },
    /// `docker foo`.
    UnknownCommand {
        /// What was typed.
        command: String,
    },
    /// A shell command that does not exist on the host.
    CommandNotFound {
        /// The program name.
        program: String,
    },
    /// No container by that name or ID.
    NoSuchContainer {
        /// As typed.
        name: String,
    },
    /// No local image by that reference.
    NoSuchImage {
        /// As typed.
        reference: String,
    },
    /// Pull failed: no such repository (or it is private).
    PullAccessDenied {
        /// Familiar repository name.
        repository: String,
    },
    /// Pull failed: the repository exists but not the tag.
    ManifestUnknown {
        /// The reference.
        reference: String,
    },
    /// A reference Docker cannot parse.
    InvalidReference {
        /// As typed.
        reference: String,
        /// Docker's message.
        message: String,
    },
    /// `--name` already taken.
    NameConflict {
        /// The name.
        name: String,
        /// ID of the container holding it.
        holder: String,
    },
    /// A host port is already published by another container.
    PortAllocated {
        /// The host port.
        host_port: u16,
        /// The container that holds it.
        holder: String,
    },
    /// `docker rm` of a running (or paused) container without `-f`.
    ContainerRunning {
        /// As typed.
        name: String,
        /// `running`, `paused` or `restarting`.
        state: String,
    },
    /// An operation that needs a running container (exec, kill, pause …).
    ContainerNotRunning {
        /// Name.
        name: String,
        /// What was attempted.
        operation: String,
    },
    /// `docker rmi` of an image a container still uses.
    ImageInUse {
        /// As typed.
        reference: String,
        /// The container using it.
        container: String,
    },
    /// The container's command does not exist in the image.
    ExecutableNotFound {
        /// The missing program.
        program: String,
    },
    /// Push refused: not logged in, or someone else's namespace.
    PushDenied {
        /// The repository.
        repository: String,
        /// Who was logged in, if anyone.
        user: Option<String>,
    },
    /// Login failed.
    LoginFailed {
        /// The user name.
        user: String,
    },
    /// A Dockerfile that does not parse or check.
    DockerfileInvalid {
        /// Line of the problem.
        line: usize,
        /// BuildKit's message.
        message: String,
    },
    /// A build step's command failed.
    BuildStepFailed {
        /// The step (`[4/5] RUN npm install`).
        step: String,
        /// The command's exit code.
        exit_code: i32,
        /// The failing program's own diagnosis when dockling knows it (`EJSONPARSE`, …).
        diagnosis: Option<String>,
    },
    /// COPY/ADD source not found in the build context.
    BuildSourceNotFound {
        /// The missing path.
        path: String,
    },
    /// No Dockerfile in the context.
    DockerfileMissing {
        /// The path looked for.
        path: String,
    },
    /// A connection to a host port nothing listens on.
    ConnectionRefused {
        /// The host port.
        port: u16,
    },
    /// Something else, with Docker's message.
    Other {
        /// The message as printed.
        message: String,
    },
    /// `docker compose` could not use the compose file or the command (file missing, YAML or
    /// schema error, unknown service).
    ComposeInvalid {
        /// Compose's message.
        message: String,
    },
    /// Nothing answers at a registry's address (no registry container, or it is stopped).
    RegistryUnreachable {
        /// `localhost:5000`.
        registry: String,
    },
    /// A registry that speaks plain HTTP at an address the daemon only reaches over HTTPS
    /// (any host but loopback, unless the daemon's `insecure-registries` lists it).
    RegistryNotHttps {
        /// `172.17.0.1:5000`.
        registry: String,
    },
    /// A registry container holds no manifest for the repository and tag asked for.
    RegistryManifestUnknown {
        /// Familiar reference (`localhost:5000/app:latest`).
        reference: String,
        /// `localhost:5000`.
        registry: String,
        /// The registry's container.
        container: String,
    },
}

/// One state change (or reported error).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// An image was downloaded from the registry.
    ImagePulled {
        /// Familiar reference (`node:latest`).
        reference: String,
        /// Image ID.
        image_id: String,
        /// Layers downloaded now.
        downloaded: Vec<String>,
        /// Layers that were already present (shared with other local images).
        shared: Vec<String>,
        /// Bytes downloaded (compressed).
        bytes: u64,
    },
    /// A pull found the local image already up to date.
    ImageUpToDate {
        /// Familiar reference.
        reference: String,
    },
    /// A build step was served from the layer cache.
    BuildStepCached {
        /// Step name (`[2/5] WORKDIR /app`).
        step: String,
    },
    /// A build step executed (cache miss).
    BuildStepRan {
        /// Step name.
        step: String,
        /// Why the cache could not be used.
        cache_miss: CacheMiss,
        /// Size of the layer it produced (0 for metadata-only steps).
        layer_size: u64,
    },
    /// A build finished and produced an image.
    ImageBuilt {
        /// Image ID.
        image_id: String,
        /// Tags given with `-t`.
        tags: Vec<String>,
        /// Number of steps.
        steps: usize,
        /// Steps reused from the cache.
        cached: usize,
        /// The build context's size in bytes.
        context_bytes: u64,
    },
    /// A name now points at an image.
    ImageTagged {
        /// Image ID.
        image_id: String,
        /// Familiar reference.
        reference: String,
    },
    /// A name was removed from an image.
    ImageUntagged {
        /// Image ID.
        image_id: String,
        /// Familiar reference.
        reference: String,
    },
    /// An image lost its last tag to a newer image and is now dangling (`<none>:<none>`).
    ImageDangling {
        /// Image ID.
        image_id: String,
        /// The tag it lost.
        previous: String,
    },
    /// An image and its unshared layers were deleted.
    ImageDeleted {
        /// Image ID.
        image_id: String,
        /// Layers deleted with it.
        layers: usize,
        /// Bytes freed.
        bytes: u64,
    },
    /// An image was uploaded to the registry.
    ImagePushed {
        /// Full reference.
        reference: String,
        /// Layers uploaded.
        pushed: usize,
        /// Layers the registry already had (or mounted from another repository).
        existing: usize,
    },
    /// A learner logged in to the registry.
    LoggedIn {
        /// User name.
        user: String,
    },
    /// Credentials were removed.
    LoggedOut {
        /// The registry.
        registry: String,
    },
    /// A container was created (not started yet).
    ContainerCreated {
        /// 64-hex ID.
        id: String,
        /// Name.
        name: String,
        /// Image as typed.
        image: String,
        /// The command it will run.
        command: String,
        /// The name was generated (no `--name`).
        generated_name: bool,
    },
    /// A container's main process started.
    ContainerStarted {
        /// ID.
        id: String,
        /// Name.
        name: String,
        /// Whether it runs detached (`-d`).
        detached: bool,
        /// Whether it has a terminal (`-t`) and open stdin (`-i`).
        interactive: bool,
    },
    /// A signal was delivered to the main process.
    ContainerSignalled {
        /// ID.
        id: String,
        /// Name.
        name: String,
        /// `SIGTERM`, `SIGKILL`, …
        signal: String,
        /// The process ignored it (PID 1 without a handler).
        ignored: bool,
    },
    /// A container's main process ended; the container is now `exited`.
    ContainerExited {
        /// ID.
        id: String,
        /// Name.
        name: String,
        /// Exit code.
        exit_code: i32,
        /// How it ended.
        reason: ExitReason,
    },
    /// A container was paused (its processes frozen).
    ContainerPaused {
        /// ID.
        id: String,
        /// Name.
        name: String,
    },
    /// A paused container was resumed.
    ContainerUnpaused {
        /// ID.
        id: String,
        /// Name.
        name: String,
    },
    /// The restart policy restarted a container that exited.
    ContainerRestartedByPolicy {
        /// ID.
        id: String,
        /// Name.
        name: String,
        /// `always`, `on-failure`, `unless-stopped`.
        policy: String,
    },
    /// A container and its writable layer were removed.
    ContainerRemoved {
        /// ID.
        id: String,
        /// Name.
        name: String,
        /// Bytes of the writable layer that were discarded.
        writable_bytes: u64,
        /// Removed automatically because of `--rm`.
        auto: bool,
    },
    /// A container was renamed.
    ContainerRenamed {
        /// ID.
        id: String,
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// A command ran inside a running container (`docker exec`).
    ExecRan {
        /// Container name.
        container: String,
        /// The command.
        command: String,
        /// Its exit code.
        exit_code: i32,
    },
    /// Files changed in a container's writable layer (`docker cp`, `exec`, an interactive shell).
    ContainerFilesChanged {
        /// Container name.
        container: String,
        /// Changed paths (at most a handful).
        paths: Vec<String>,
    },
    /// A container's filesystem was saved as a new image.
    ContainerCommitted {
        /// Container name.
        container: String,
        /// New image ID.
        image_id: String,
    },
    /// A host port now forwards to a container port.
    PortPublished {
        /// Container name.
        container: String,
        /// Host address.
        host_ip: String,
        /// Host port.
        host_port: u16,
        /// Container port.
        container_port: u16,
        /// `tcp`/`udp`.
        proto: String,
    },
    /// A host port was released because its container stopped.
    PortReleased {
        /// Container name.
        container: String,
        /// Host port.
        host_port: u16,
    },
    /// A network was created.
    NetworkCreated {
        /// Name.
        name: String,
    },
    /// A network was removed.
    NetworkRemoved {
        /// Name.
        name: String,
    },
    /// A container joined a network.
    NetworkConnected {
        /// Network.
        network: String,
        /// Container.
        container: String,
    },
    /// A container left a network.
    NetworkDisconnected {
        /// Network.
        network: String,
        /// Container.
        container: String,
    },
    /// A volume was created.
    VolumeCreated {
        /// Name.
        name: String,
        /// Created implicitly (anonymous, or by `-v name:/path`).
        implicit: bool,
    },
    /// A volume was mounted into a container.
    VolumeMounted {
        /// Volume name or bind source.
        source: String,
        /// Path in the container.
        target: String,
        /// Container.
        container: String,
        /// A host directory (bind mount) rather than a volume.
        bind: bool,
    },
    /// A volume was removed.
    VolumeRemoved {
        /// Name.
        name: String,
    },
    /// The host machine reached a published port (`wget`, `curl`).
    HttpServed {
        /// Host port.
        host_port: u16,
        /// Container that answered.
        container: String,
        /// Request path.
        path: String,
        /// HTTP status.
        status: u16,
    },
    /// A file on the learner's machine was written.
    HostFileWritten {
        /// Path.
        path: String,
    },
    /// A file or directory on the learner's machine was removed.
    HostFileRemoved {
        /// Path.
        path: String,
    },
    /// Virtual time passed (`sleep`, `docker stop` waiting out a grace period).
    TimePassed {
        /// Milliseconds.
        ms: i64,
    },
    /// An application server in a container began to accept connections (Flask, gunicorn,
    /// uvicorn, Apache with PHP, a JVM server).
    ServerListening {
        /// Container.
        container: String,
        /// The server program (`python`, `gunicorn`, `apache2`, `java`).
        program: String,
        /// Ports it listens on inside the container.
        ports: Vec<u16>,
        /// It is bound to 127.0.0.1 only, so nothing outside the container reaches it.
        loopback: bool,
    },
    /// `docker update` changed a container's limits or restart policy.
    ContainerUpdated {
        /// Container ID.
        id: String,
        /// Container name.
        name: String,
        /// Memory limit in bytes (0: none).
        memory: i64,
        /// CPU limit in billionths of a CPU (0: none).
        nano_cpus: i64,
        /// Restart policy name.
        restart: String,
    },
    /// Images were written to a tar archive (`docker save`).
    ImagesSaved {
        /// The references or IDs saved.
        images: Vec<String>,
        /// The archive on the learner's machine (empty: stdout).
        path: String,
    },
    /// An image was loaded from a tar archive (`docker load`).
    ImageLoaded {
        /// The tag it got, or its ID.
        image: String,
    },
    /// A container's filesystem was written to a tar archive (`docker export`).
    ContainerExported {
        /// Container name.
        container: String,
        /// The archive (empty: stdout).
        path: String,
    },
    /// A filesystem tar archive became a one-layer image (`docker import`).
    ImageImported {
        /// The new image ID.
        image_id: String,
        /// The reference it was tagged with, if any.
        reference: String,
    },
    /// A database server changed what its data directory holds, through a client: a database
    /// or table created or dropped, or rows written (`action` is `created`, `dropped`, `rows`).
    DatabaseChanged {
        /// The server's container.
        container: String,
        /// `created`, `dropped` or `rows`.
        action: String,
        /// `database` or `table`.
        object: String,
        /// Its name.
        name: String,
        /// The file or directory that holds it.
        path: String,
        /// The volume (or host directory) that path is on, if any.
        volume: Option<String>,
    },
    /// A server wrote a snapshot of its dataset to disk (redis `SAVE`, `BGSAVE`, shutdown).
    SnapshotSaved {
        /// The server's container.
        container: String,
        /// The snapshot file.
        path: String,
        /// Keys saved.
        keys: usize,
        /// The volume (or host directory) that path is on, if any.
        volume: Option<String>,
    },
    /// A database server started on its data directory: an empty one it initialised, or one
    /// that already held data, which it kept.
    DataDirOpened {
        /// The server's container.
        container: String,
        /// The data directory.
        path: String,
        /// `mysqld`, `postgres`, `redis-server`.
        program: String,
        /// The directory was empty and got initialised.
        fresh: bool,
        /// The volume (or host directory) it is on, if any.
        volume: Option<String>,
    },
    /// Something went wrong; the state did not change (or changed only as the error says).
    Failed {
        /// What went wrong.
        #[serde(flatten)]
        error: ErrorKind,
    },
    /// A container got extra DNS names on a user-defined network (`--network-alias`,
    /// `docker network connect --alias`).
    NetworkAliasAdded {
        /// Network.
        network: String,
        /// Container.
        container: String,
        /// The names.
        aliases: Vec<String>,
    },
    /// A container on the default bridge was linked to another (`--link name:alias`): the
    /// alias is written into its `/etc/hosts`.
    ContainerLinked {
        /// The container that got the link.
        container: String,
        /// The container linked to.
        target: String,
        /// The name it is reached by.
        alias: String,
    },
    /// A repository was cloned onto the learner's machine (`git clone`).
    RepositoryCloned {
        /// The URL as typed.
        url: String,
        /// The directory it landed in.
        path: String,
        /// How many files it holds.
        files: usize,
    },
    /// `docker compose up` brought a project's services up.
    ComposeUp {
        /// Project name.
        project: String,
        /// What it created first, in order (`Network app_default`, `Volume app_db-data`).
        created: Vec<String>,
        /// Containers it started, in the order it started them.
        started: Vec<String>,
    },
    /// Compose started a service after one it depends on (`depends_on`).
    ComposeDependency {
        /// Project name.
        project: String,
        /// The dependent service.
        service: String,
        /// The service it depends on.
        dependency: String,
        /// `service_started`, `service_healthy` or `service_completed_successfully`.
        condition: String,
        /// How long compose waited (virtual ms).
        waited_ms: i64,
    },
    /// `docker compose down` removed a project.
    ComposeDown {
        /// Project name.
        project: String,
        /// Containers removed.
        containers: usize,
        /// Networks removed.
        networks: Vec<String>,
        /// Volumes removed (`-v`).
        volumes: Vec<String>,
        /// Named volumes kept (no `-v`).
        kept_volumes: Vec<String>,
    },
    /// `docker compose watch` started watching the paths of `develop.watch`.
    ComposeWatch {
        /// Project name.
        project: String,
        /// The rules, `action path -> target` (`sync ./src -> /app/src`).
        rules: Vec<String>,
    },
    /// BuildKit's Dockerfile checks found problems (the build goes on and prints them at the end).
    BuildWarned {
        /// The rules that warned, once each, in the order of the file (`JSONArgsRecommended`).
        rules: Vec<String>,
    },
    /// An image was pushed to a registry that runs in a container (`localhost:5000/app`): its
    /// layers became files in that container.
    LocalRegistryPushed {
        /// Familiar reference (`localhost:5000/my-ubuntu:latest`).
        reference: String,
        /// The registry's container.
        container: String,
        /// Layers uploaded.
        pushed: usize,
        /// Layers the registry already had.
        existing: usize,
        /// Where the registry keeps its files (`/var/lib/registry`).
        path: String,
        /// The volume mounted there, if any (a 64-hex name is the image's anonymous one).
        volume: Option<String>,
    },
    /// An image was pulled from a registry that runs in a container.
    LocalRegistryPulled {
        /// Familiar reference.
        reference: String,
        /// Image ID.
        image_id: String,
        /// The registry's container.
        container: String,
        /// Layers downloaded now.
        downloaded: usize,
        /// Layers already present locally.
        shared: usize,
    },
    /// A container's health status changed after a probe of its health check.
    HealthStatusChanged {
        /// ID.
        id: String,
        /// Name.
        name: String,
        /// `healthy` or `unhealthy`.
        status: String,
        /// The check's command (`curl -f http://localhost/ || exit 1`).
        command: String,
        /// The last probe's exit code.
        exit_code: i32,
        /// The last line the last probe printed.
        output: String,
    },
}
