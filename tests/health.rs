//! Health checks run their command inside the container on the check's schedule: the status,
//! the failing streak and the log follow what each probe printed and returned.

use dockling::session::Session;

fn session() -> Session {
    Session::new(Default::default())
}

fn out(s: &mut Session, line: &str) -> String {
    s.run(line).output.text()
}

/// The check's command runs with the container's programs: a python alpine image has no curl,
/// so `curl … || exit 1` fails with the shell's complaint, and busybox wget passes.
#[test]
fn the_check_runs_with_the_containers_programs() {
    let mut s = session();
    s.run("docker run -d --name nocurl --health-cmd 'curl -f http://localhost:8000/ || exit 1' --health-interval 2s --health-retries 2 python:3.12-alpine python -m http.server");
    s.run("docker run -d --name withwget --health-cmd 'wget -qO- localhost:8000 >/dev/null' --health-interval 2s python:3.12-alpine python -m http.server");
    s.run("sleep 8");
    assert_eq!(
        out(&mut s, "docker inspect --format '{{.State.Health.Status}} {{(index .State.Health.Log 0).ExitCode}} {{(index .State.Health.Log 0).Output}}' nocurl"),
        "unhealthy 1 /bin/sh: curl: not found\n\n"
    );
    assert_eq!(
        out(&mut s, "docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' withwget"),
        "healthy 0\n"
    );
}

/// The status follows what the check finds each time: a file the check looks for appears and
/// disappears; a stop leaves the status unhealthy, a start begins again at starting.
#[test]
fn the_status_follows_the_container() {
    let mut s = session();
    s.run("docker run -d --name gate --health-cmd 'test -f /tmp/ready' --health-interval 2s --health-retries 5 alpine:3.20 sleep 3600");
    s.run("sleep 5");
    let status =
        "docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' gate";
    assert_eq!(out(&mut s, status), "starting 3\n");
    s.run("docker exec gate touch /tmp/ready");
    s.run("sleep 2");
    assert_eq!(out(&mut s, status), "healthy 0\n");
    s.run("docker exec gate rm /tmp/ready");
    s.run("sleep 12");
    assert_eq!(out(&mut s, status), "unhealthy 7\n");
    s.run("docker stop -t 0 gate");
    assert_eq!(
        out(
            &mut s,
            "docker inspect --format '{{.State.Status}} {{.State.Health.Status}}' gate"
        ),
        "exited unhealthy\n"
    );
    s.run("docker start gate");
    assert!(out(&mut s, "docker ps --format '{{.Status}}'").ends_with("(health: starting)\n"));
}

/// A long wait evaluates a bounded number of probes: a day of 1 s probes keeps the last five
/// results, a streak that counts every probe, and a handful of execs in the event stream.
#[test]
fn a_long_sleep_runs_few_probes() {
    let mut s = session();
    s.run("docker run -d --name flaky --health-cmd 'exit 3' --health-interval 1s alpine:3.20 sleep infinity");
    s.run("sleep 86400");
    let line = out(
        &mut s,
        "docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}} {{(index .State.Health.Log 4).ExitCode}}' flaky",
    );
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words[0], "unhealthy");
    let streak: i64 = words[1].parse().expect("a number");
    // One probe every interval plus the probe's own run time.
    assert!((80_000..=86_402).contains(&streak), "{line}");
    assert_eq!(&words[2..], ["5", "3"]);
    let events = out(
        &mut s,
        "docker events --since 48h --until 0s --filter event=exec_die",
    );
    assert!(events.lines().count() < 200, "{}", events.lines().count());
    let transitions = out(
        &mut s,
        "docker events --since 48h --until 0s --filter event=health_status --format '{{.Action}}'",
    );
    assert_eq!(transitions, "health_status: unhealthy\n");
}

/// Failures inside the start period do not count until a probe has passed; after it they do.
#[test]
fn the_start_period_holds_back_the_streak() {
    let mut s = session();
    s.run("docker run -d --name slow --health-cmd false --health-interval 2s --health-retries 1 --health-start-period 30s alpine:3.20 sleep 3600");
    s.run("sleep 20");
    assert_eq!(
        out(&mut s, "docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' slow"),
        "starting 0\n"
    );
    s.run("sleep 15");
    assert!(out(
        &mut s,
        "docker inspect --format '{{.State.Health.Status}}' slow"
    )
    .starts_with("unhealthy"));
}

/// A CMD-form check of a program the image lacks cannot start: the daemon logs exit code -1
/// with the runtime's error, as Docker does.
#[test]
fn a_missing_program_in_exec_form_logs_minus_one() {
    let mut s = session();
    s.run("printf 'FROM alpine:3.20\\nHEALTHCHECK --interval=2s CMD [\"curl\", \"-f\", \"http://localhost/\"]\\n' > Dockerfile");
    s.run("docker build -q -t nocurl .");
    s.run("docker run -d --name probe nocurl sleep 3600");
    s.run("sleep 3");
    assert_eq!(
        out(&mut s, "docker inspect --format '{{with index .State.Health.Log 0}}{{.ExitCode}}|{{.Output}}{{end}}' probe"),
        "-1|OCI runtime exec failed: exec failed: unable to start container process: exec: \"curl\": executable file not found in $PATH: unknown\n"
    );
}

/// A container created but never started has no `.State.Health`; after the first start it
/// has one, and the status change is explained in both languages.
#[test]
fn health_appears_with_the_first_start_and_is_explained() {
    let mut s = session();
    s.run(
        "docker create --name later --health-cmd true --health-interval 10s alpine:3.20 sleep 3600",
    );
    assert_eq!(
        out(
            &mut s,
            "docker inspect --format '{{json .State.Health}}' later"
        ),
        "null\n"
    );
    s.run("docker start later");
    assert_eq!(
        out(
            &mut s,
            "docker inspect --format '{{json .State.Health}}' later"
        ),
        "{\"Status\":\"starting\",\"FailingStreak\":0,\"Log\":null}\n"
    );
    s.run("docker run -d --name sick --health-cmd 'curl -f localhost || exit 1' --health-interval 2s --health-retries 1 alpine:3.20 sleep 3600");
    let r = s.run("sleep 3");
    let ids: Vec<String> = r.events.iter().map(|e| format!("{e:?}")).collect();
    assert!(
        ids.iter().any(|e| e.contains("HealthStatusChanged")),
        "{ids:?}"
    );
    let ko = s.explain_last(dockling::session::Lang::Ko);
    let e = ko
        .iter()
        .find(|e| e.id == "container.unhealthy")
        .expect("an unhealthy explanation");
    assert!(e.body.contains("curl: not found"), "{}", e.body);
    assert!(e.body.contains("컨테이너 안에서"), "{}", e.body);
}

/// `docker ps --filter health=…` lists by the status the probes found (`none` for containers
/// without a check); another value is the daemon's error.
#[test]
fn ps_filters_by_health() {
    let mut s = session();
    s.run(
        "docker run -d --name good --health-cmd true --health-interval 1s alpine:3.20 sleep 3600",
    );
    s.run("docker run -d --name bad --health-cmd false --health-interval 1s --health-retries 1 alpine:3.20 sleep 3600");
    s.run("docker run -d --name plain alpine:3.20 sleep 3600");
    s.run("sleep 3");
    let names = |s: &mut Session, filter: &str| {
        out(
            s,
            &format!("docker ps --filter health={filter} --format '{{{{.Names}}}}'"),
        )
    };
    assert_eq!(names(&mut s, "healthy"), "good\n");
    assert_eq!(names(&mut s, "unhealthy"), "bad\n");
    assert_eq!(names(&mut s, "none"), "plain\n");
    assert_eq!(names(&mut s, "starting"), "");
    assert_eq!(
        names(&mut s, "sick"),
        "Error response from daemon: Unrecognised filter value for health: sick\n"
    );
    assert_eq!(out(&mut s, "echo $?"), "1\n");
}

/// The database images' readiness tools answer from the server in the container:
/// `mysqladmin ping`, MariaDB's `healthcheck.sh`, `pg_isready`; a server not listening where
/// the check asks is the client's connection error.
#[test]
fn database_checks_ask_the_server() {
    let mut s = session();
    s.run("docker run -d --name my -e MYSQL_ROOT_PASSWORD=x --health-cmd 'mysqladmin ping -h localhost' --health-interval 2s mysql:8.0");
    s.run("docker run -d --name maria -e MARIADB_ROOT_PASSWORD=x --health-cmd 'healthcheck.sh --connect --innodb_initialized' --health-interval 2s mariadb:11");
    s.run("docker run -d --name pg -e POSTGRES_PASSWORD=x --health-cmd 'pg_isready -U postgres' --health-interval 2s postgres:16");
    s.run("docker run -d --name empty --health-cmd 'mysqladmin ping -h 127.0.0.1' --health-interval 2s --health-retries 1 mysql:8.0 sleep 3600");
    s.run("sleep 5");
    let first = |s: &mut Session, name: &str| {
        out(
            s,
            &format!("docker inspect --format '{{{{.State.Health.Status}}}} {{{{with index .State.Health.Log 0}}}}{{{{.ExitCode}}}} {{{{.Output}}}}{{{{end}}}}' {name}"),
        )
    };
    assert_eq!(first(&mut s, "my"), "healthy 0 mysqld is alive\n\n");
    assert_eq!(first(&mut s, "maria"), "healthy 0 \n");
    assert_eq!(
        first(&mut s, "pg"),
        "healthy 0 /var/run/postgresql:5432 - accepting connections\n\n"
    );
    assert!(first(&mut s, "empty").starts_with("unhealthy 1 mysqladmin: connect to server at '127.0.0.1' failed\nerror: 'Can't connect to MySQL server on '127.0.0.1:3306' (111)'\n"));
}

/// The monitor keeps probing a paused container; the exec cannot run there, so the daemon logs
/// its error with code -1 and the container turns unhealthy.
#[test]
fn a_paused_container_fails_its_checks() {
    let mut s = session();
    s.run("docker run -d --name frozen --health-cmd true --health-interval 2s --health-retries 2 alpine:3.20 sleep 3600");
    s.run("sleep 3");
    s.run("docker pause frozen");
    s.run("sleep 6");
    let id = out(&mut s, "docker inspect --format '{{.Id}}' frozen");
    let line = out(&mut s, "docker inspect --format '{{.State.Health.Status}} {{with index .State.Health.Log 4}}{{.ExitCode}} {{.Output}}{{end}}' frozen");
    assert_eq!(
        line,
        format!(
            "unhealthy -1 Container {} is paused, unpause the container before exec\n",
            id.trim()
        )
    );
    assert!(out(&mut s, "docker ps --format '{{.Status}}'").ends_with("(Paused)\n"));
}
