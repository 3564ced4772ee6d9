//! The client's shared paths, pinned with each stream, status and failure event: errors over
//! several targets, prune listings, lookups of a named container, `ps --size`, `--label`
//! parsing, run/create errors and `docker cp` into directories.

use dockling::session::{Session, SessionConfig};

/// Runs `lines` on a fresh session and returns a transcript: each command, its stdout and
/// stderr chunks in order, its status and how many failures it recorded.
fn transcript(lines: &[&str]) -> String {
    let mut session = Session::new(SessionConfig::default());
    let mut text = String::new();
    for line in lines {
        let r = session.run(line);
        text.push_str(&format!("$ {line}\n"));
        for (stream, chunk) in &r.output.chunks {
            text.push_str(&format!("[{stream:?}]\n{chunk}"));
        }
        let failed = r
            .events
            .iter()
            .filter(|e| matches!(e, dockling::engine::Event::Failed { .. }))
            .count();
        text.push_str(&format!("= {} failed={failed}\n", r.status));
    }
    text
}

fn check(name: &str, lines: &[&str], want: &str) {
    let got = transcript(lines);
    assert_eq!(got, want, "{name}");
}

#[test]
fn multi_target_rm() {
    check(
        "multi_target_rm",
        &[
            "docker create --name box busybox",
            "docker run -d --name web nginx",
            "docker rm box nope web",
            "docker rm -f nope1 nope2",
            "docker rm -f nope3 web",
            "docker rmi nope busybox",
            "docker rmi -f nope nope2",
            "docker rmi -f nope nginx",
        ],
        r#"$ docker create --name box busybox
[Stderr]
Unable to find image 'busybox:latest' locally
latest: Pulling from library/busybox
de4375d3d926: Pull complete
Digest: sha256:1b255e496cdb6655ab5da7b8cfa51cb927233b9e0c2d0d1f5fa3d30509815eb3
Status: Downloaded newer image for busybox:latest
[Stdout]
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8
= 0 failed=0
$ docker run -d --name web nginx
[Stderr]
Unable to find image 'nginx:latest' locally
latest: Pulling from library/nginx
81dd4aeaff46: Pull complete
36192d46ebd7: Pull complete
078b98a1644a: Pull complete
9e3916bb2fda: Pull complete
cc4bb0f28f56: Pull complete
95ad766a1d44: Pull complete
78813d2529e6: Pull complete
Digest: sha256:9a6b08b548124154498cb6eaa92f07d14c71dc08e432e349854bf0d2991984fc
Status: Downloaded newer image for nginx:latest
[Stdout]
511affa0af108048f218e46c2feecb5fe1725aac203267aefb8874eaddd059f9
= 0 failed=0
$ docker rm box nope web
[Stdout]
box
[Stderr]
Error response from daemon: No such container: nope
Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove
= 1 failed=2
$ docker rm -f nope1 nope2
[Stderr]
Error response from daemon: No such container: nope1
Error response from daemon: No such container: nope2
= 0 failed=2
$ docker rm -f nope3 web
[Stdout]
web
[Stderr]
Error response from daemon: No such container: nope3
= 0 failed=1
$ docker rmi nope busybox
[Stdout]
Untagged: busybox:latest
Untagged: busybox@sha256:1b255e496cdb6655ab5da7b8cfa51cb927233b9e0c2d0d1f5fa3d30509815eb3
Deleted: sha256:062b0ef062c4b7cab2850d200ac510fd8f604be718b6b02c5d56de72ccc209d2
Deleted: sha256:049167921a174615ad805e9212088c8522702d728e09db5b8dad0a7ebaf7fd0b
[Stderr]
Error response from daemon: No such image: nope:latest
= 1 failed=1
$ docker rmi -f nope nope2
[Stderr]
Error response from daemon: No such image: nope:latest
Error response from daemon: No such image: nope2:latest
= 0 failed=2
$ docker rmi -f nope nginx
[Stdout]
Untagged: nginx:latest
Untagged: nginx@sha256:9a6b08b548124154498cb6eaa92f07d14c71dc08e432e349854bf0d2991984fc
Deleted: sha256:d9c2071c73a86007840fc7e7695095bd8867e418d5f1a34dee437fcb0cd7a389
Deleted: sha256:8fe8d3c2d915245f23c185d41a2bbcc63b915f257b4f6507251d54f2d8ec3274
Deleted: sha256:cc0632ca9766050565480fc3989f1c34366561dc374d029005d05dfb926bc592
Deleted: sha256:0dc656044b5ac9523eff4d1e80c72a6bd4126fda2ed8575d3772b2b97116de24
Deleted: sha256:d1d1edf8b37bba01d152fe92753910bb460eb9715b7f45eabc6451ebc6abee22
Deleted: sha256:bc44a6bf7a84b1be8b62effdc6904fd362eb9bd3192e3266477102eeac27b3b0
Deleted: sha256:aa370387338d5a1af141c81cd27253a5d297c9e463babbdcea3c1fbe5eabd0a0
Deleted: sha256:fc381b6c73f7f9d432a8562de057a1c5607cf7731fa4666c23af40c6ef161793
[Stderr]
Error response from daemon: No such image: nope:latest
= 0 failed=1
"#,
    );
}

#[test]
fn prune_listings() {
    check(
        "prune_listings",
        &[
            "docker create --name box busybox",
            "docker run -d --name web nginx",
            "docker volume create --label x=1 --label y v1",
            "docker network create --label k=v n1",
            "docker container prune -f",
            "docker create -v /data --name box2 busybox",
            "docker pull alpine",
            "docker system prune -f --all --volumes",
            "docker volume prune -f --all",
            "docker network prune -f",
            "docker image prune -f -a",
            "docker builder prune -f",
        ],
        r#"$ docker create --name box busybox
[Stderr]
Unable to find image 'busybox:latest' locally
latest: Pulling from library/busybox
de4375d3d926: Pull complete
Digest: sha256:1b255e496cdb6655ab5da7b8cfa51cb927233b9e0c2d0d1f5fa3d30509815eb3
Status: Downloaded newer image for busybox:latest
[Stdout]
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8
= 0 failed=0
$ docker run -d --name web nginx
[Stderr]
Unable to find image 'nginx:latest' locally
latest: Pulling from library/nginx
81dd4aeaff46: Pull complete
36192d46ebd7: Pull complete
078b98a1644a: Pull complete
9e3916bb2fda: Pull complete
cc4bb0f28f56: Pull complete
95ad766a1d44: Pull complete
78813d2529e6: Pull complete
Digest: sha256:9a6b08b548124154498cb6eaa92f07d14c71dc08e432e349854bf0d2991984fc
Status: Downloaded newer image for nginx:latest
[Stdout]
511affa0af108048f218e46c2feecb5fe1725aac203267aefb8874eaddd059f9
= 0 failed=0
$ docker volume create --label x=1 --label y v1
[Stdout]
v1
= 0 failed=0
$ docker network create --label k=v n1
[Stdout]
3d179ff98429e9926b8853240426713f696dcfc6144fe65b87049af949eea854
= 0 failed=0
$ docker container prune -f
[Stdout]
Deleted Containers:
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8

Total reclaimed space: 0B
= 0 failed=0
$ docker create -v /data --name box2 busybox
[Stdout]
648f06ab2fa97fb09fe2b68c1efbbea55938c1626b6fcd2cd7e04b8debc52c6a
= 0 failed=0
$ docker pull alpine
[Stdout]
Using default tag: latest
latest: Pulling from library/alpine
d6b45011d3fc: Pull complete
Digest: sha256:054129d98d13b7077fb90ab6343e5531c690c2e8e184978f51985b8f5f2973e5
Status: Downloaded newer image for alpine:latest
docker.io/library/alpine:latest
= 0 failed=0
$ docker system prune -f --all --volumes
[Stdout]
Deleted Containers:
648f06ab2fa97fb09fe2b68c1efbbea55938c1626b6fcd2cd7e04b8debc52c6a

Deleted Networks:
n1

Deleted Volumes:
b4f4ab5b24b7900d03d2df8a3890e7f813e5238b38e3b03f76004d7b08a8ab0d

Deleted Images:
untagged: alpine:latest
untagged: alpine@sha256:054129d98d13b7077fb90ab6343e5531c690c2e8e184978f51985b8f5f2973e5
deleted: sha256:bbb40386e904f1a3784f017bf554bbaef622195d7ec7d86601962a6c4663a6e0
deleted: sha256:d401703c9612866303397a6586c4cc5f5b33ebc94954289095c0dfd8bdded1a6
untagged: busybox:latest
untagged: busybox@sha256:1b255e496cdb6655ab5da7b8cfa51cb927233b9e0c2d0d1f5fa3d30509815eb3
deleted: sha256:062b0ef062c4b7cab2850d200ac510fd8f604be718b6b02c5d56de72ccc209d2
deleted: sha256:049167921a174615ad805e9212088c8522702d728e09db5b8dad0a7ebaf7fd0b

Total reclaimed space: 12.59MB
= 0 failed=0
$ docker volume prune -f --all
[Stdout]
Deleted Volumes:
v1

Total reclaimed space: 0B
= 0 failed=0
$ docker network prune -f
= 0 failed=0
$ docker image prune -f -a
[Stdout]
Total reclaimed space: 0B
= 0 failed=0
$ docker builder prune -f
[Stdout]
Total:	0B
= 0 failed=0
"#,
    );
}

#[test]
fn named_container() {
    check(
        "named_container",
        &[
            "docker logs nope",
            "docker exec nope ls",
            "docker port nope",
            "docker top nope",
            "docker diff nope",
            "docker attach nope",
            "docker run -d --name web -p 8080:80 nginx",
            "docker port web",
            "docker top web",
            "docker diff web",
            "docker logs --tail 2 web",
        ],
        r#"$ docker logs nope
[Stderr]
Error response from daemon: No such container: nope
= 1 failed=1
$ docker exec nope ls
[Stderr]
Error response from daemon: No such container: nope
= 1 failed=1
$ docker port nope
[Stderr]
Error response from daemon: No such container: nope
= 1 failed=1
$ docker top nope
[Stderr]
Error response from daemon: No such container: nope
= 1 failed=1
$ docker diff nope
[Stderr]
Error response from daemon: No such container: nope
= 1 failed=1
$ docker attach nope
[Stderr]
Error response from daemon: No such container: nope
= 1 failed=1
$ docker run -d --name web -p 8080:80 nginx
[Stderr]
Unable to find image 'nginx:latest' locally
latest: Pulling from library/nginx
81dd4aeaff46: Pull complete
36192d46ebd7: Pull complete
078b98a1644a: Pull complete
9e3916bb2fda: Pull complete
cc4bb0f28f56: Pull complete
95ad766a1d44: Pull complete
78813d2529e6: Pull complete
Digest: sha256:9a6b08b548124154498cb6eaa92f07d14c71dc08e432e349854bf0d2991984fc
Status: Downloaded newer image for nginx:latest
[Stdout]
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8
= 0 failed=0
$ docker port web
[Stdout]
80/tcp -> 0.0.0.0:8080
80/tcp -> [::]:8080
= 0 failed=0
$ docker top web
[Stdout]
UID       PID       PPID      C         STIME     TTY       TIME       CMD
root      4038      4016      0         09:00     ?         00:00:00   nginx: master process nginx -g daemon off;
101       4066      4038      0         09:00     ?         00:00:00   nginx: worker process
101       4067      4038      0         09:00     ?         00:00:00   nginx: worker process
= 0 failed=0
$ docker diff web
= 0 failed=0
$ docker logs --tail 2 web
[Stderr]
2025/06/02 09:00:07 [notice] 1#1: start worker process 29
2025/06/02 09:00:07 [notice] 1#1: start worker process 30
= 0 failed=0
"#,
    );
}

#[test]
fn ps_size() {
    check(
        "ps_size",
        &[
            "docker run -d --name web --label a=b --label c -v a-rather-long-volume:/data -v /srv/some/long/path:/host nginx",
            "docker ps -a --format '{{.Mounts}}|{{.LocalVolumes}}'",
            "docker create --name box busybox",
            "docker ps -a --size",
            "docker ps -a -s --format '{{.Names}} {{.Size}}'",
            "docker ps -a -q",
            "docker ps -a --no-trunc --format '{{.ID}} {{.Labels}} {{.Mounts}}'",
            "docker volume inspect --format '{{json .Labels}}' v1",
            "docker volume create --label x=1 --label y v1",
            "docker volume inspect --format '{{json .Labels}}' v1",
            "docker network create --label k=v --label z n1",
            "docker network inspect --format '{{json .Labels}}' n1",
            "docker inspect --format '{{json .Config.Labels}}' web",
        ],
        r#"$ docker run -d --name web --label a=b --label c -v a-rather-long-volume:/data -v /srv/some/long/path:/host nginx
[Stderr]
Unable to find image 'nginx:latest' locally
latest: Pulling from library/nginx
81dd4aeaff46: Pull complete
36192d46ebd7: Pull complete
078b98a1644a: Pull complete
9e3916bb2fda: Pull complete
cc4bb0f28f56: Pull complete
95ad766a1d44: Pull complete
78813d2529e6: Pull complete
Digest: sha256:9a6b08b548124154498cb6eaa92f07d14c71dc08e432e349854bf0d2991984fc
Status: Downloaded newer image for nginx:latest
[Stdout]
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8
= 0 failed=0
$ docker ps -a --format '{{.Mounts}}|{{.LocalVolumes}}'
[Stdout]
a-rather-long-…,/srv/some/long…|1
= 0 failed=0
$ docker create --name box busybox
[Stderr]
Unable to find image 'busybox:latest' locally
latest: Pulling from library/busybox
de4375d3d926: Pull complete
Digest: sha256:1b255e496cdb6655ab5da7b8cfa51cb927233b9e0c2d0d1f5fa3d30509815eb3
Status: Downloaded newer image for busybox:latest
[Stdout]
84b7700720425872072301e90b901b0b6c3e2d2b09f82dc0d1e9af469c8d3580
= 0 failed=0
$ docker ps -a --size
[Stdout]
CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES     SIZE
84b770072042   busybox   "sh"                     1 second ago    Created                  box       0B (virtual 4.28MB)
b1c7cb97b1a6   nginx     "/docker-entrypoint.…"   3 seconds ago   Up 3 seconds   80/tcp    web       0B (virtual 192MB)
= 0 failed=0
$ docker ps -a -s --format '{{.Names}} {{.Size}}'
[Stdout]
box 0B (virtual 4.28MB)
web 0B (virtual 192MB)
= 0 failed=0
$ docker ps -a -q
[Stdout]
84b770072042
b1c7cb97b1a6
= 0 failed=0
$ docker ps -a --no-trunc --format '{{.ID}} {{.Labels}} {{.Mounts}}'
[Stdout]
84b7700720425872072301e90b901b0b6c3e2d2b09f82dc0d1e9af469c8d3580  
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8 a=b,c=,maintainer=NGINX Docker Maintainers <docker-maint@nginx.com> a-rather-long-volume,/srv/some/long/path
= 0 failed=0
$ docker volume inspect --format '{{json .Labels}}' v1
[Stderr]
Error response from daemon: get v1: no such volume
= 1 failed=1
$ docker volume create --label x=1 --label y v1
[Stdout]
v1
= 0 failed=0
$ docker volume inspect --format '{{json .Labels}}' v1
[Stdout]
{"x":"1","y":""}
= 0 failed=0
$ docker network create --label k=v --label z n1
[Stdout]
3d179ff98429e9926b8853240426713f696dcfc6144fe65b87049af949eea854
= 0 failed=0
$ docker network inspect --format '{{json .Labels}}' n1
[Stdout]
{"k":"v","z":""}
= 0 failed=0
$ docker inspect --format '{{json .Config.Labels}}' web
[Stdout]
{"a":"b","c":"","maintainer":"NGINX Docker Maintainers <docker-maint@nginx.com>"}
= 0 failed=0
"#,
    );
}

#[test]
fn build_cache_prune() {
    check(
        "build_cache_prune",
        &[
            "printf 'FROM busybox\\nRUN echo hi > /x\\n' > Dockerfile",
            "docker build -q -t t .",
            "docker system prune -f -a",
            "docker build -q -t t .",
            "docker builder prune -f -a",
        ],
        r#"$ printf 'FROM busybox\nRUN echo hi > /x\n' > Dockerfile
= 0 failed=0
$ docker build -q -t t .
[Stdout]
sha256:dfd2ed725d4b90a958ba44c61dc0423672311baf4dc02c1a5b8a183d89dd6462
= 0 failed=0
$ docker system prune -f -a
[Stdout]
Deleted Images:
untagged: t:latest
deleted: sha256:dfd2ed725d4b90a958ba44c61dc0423672311baf4dc02c1a5b8a183d89dd6462
deleted: sha256:92fb339754452aa27c588ecc37b9c39c23339de57a54c3736b1c6a291dcae94b
deleted: sha256:049167921a174615ad805e9212088c8522702d728e09db5b8dad0a7ebaf7fd0b

Deleted build cache objects:
84008eb76d2c06cbf900cc906

Total reclaimed space: 4.28MB
= 0 failed=0
$ docker build -q -t t .
[Stdout]
sha256:fc8a4760e5ee3daeec90676f9dc7d5880fa70b983cd8c11115b5594a353f379e
= 0 failed=0
$ docker builder prune -f -a
[Stdout]
ID	RECLAIMABLE	SIZE	LAST ACCESSED
Total:	3B
= 0 failed=0
"#,
    );
}

#[test]
fn run_and_create_errors() {
    check(
        "run_and_create_errors",
        &[
            "docker create --name a busybox",
            "docker run --name a busybox",
            "docker create nosuchimage-xyz",
            "docker run nosuchimage-xyz",
            "docker create --pull never alpine",
        ],
        r#"$ docker create --name a busybox
[Stderr]
Unable to find image 'busybox:latest' locally
latest: Pulling from library/busybox
de4375d3d926: Pull complete
Digest: sha256:1b255e496cdb6655ab5da7b8cfa51cb927233b9e0c2d0d1f5fa3d30509815eb3
Status: Downloaded newer image for busybox:latest
Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed
= 1 failed=1
$ docker run --name a busybox
[Stderr]
docker: Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed

Run 'docker run --help' for more information
= 125 failed=1
$ docker create nosuchimage-xyz
[Stderr]
Unable to find image 'nosuchimage-xyz:latest' locally
Error response from daemon: pull access denied for nosuchimage-xyz, repository does not exist or may require 'docker login': denied: requested access to the resource is denied
= 1 failed=1
$ docker run nosuchimage-xyz
[Stderr]
Unable to find image 'nosuchimage-xyz:latest' locally
docker: Error response from daemon: pull access denied for nosuchimage-xyz, repository does not exist or may require 'docker login': denied: requested access to the resource is denied

Run 'docker run --help' for more information
= 125 failed=1
$ docker create --pull never alpine
[Stderr]
docker: Error response from daemon: No such image: alpine:latest

Run 'docker create --help' for more information
= 125 failed=1
"#,
    );
}

#[test]
fn cp_into_directories() {
    check(
        "cp_into_directories",
        &[
            "docker run -d --name web nginx",
            "echo hi > page.html",
            "docker cp page.html web:/tmp",
            "docker cp page.html web:/tmp/renamed.html",
            "docker exec web ls /tmp",
            "mkdir out",
            "docker cp web:/etc/nginx/nginx.conf out",
            "docker cp web:/etc/nginx/nginx.conf out/copy.conf",
            "ls out",
        ],
        r#"$ docker run -d --name web nginx
[Stderr]
Unable to find image 'nginx:latest' locally
latest: Pulling from library/nginx
81dd4aeaff46: Pull complete
36192d46ebd7: Pull complete
078b98a1644a: Pull complete
9e3916bb2fda: Pull complete
cc4bb0f28f56: Pull complete
95ad766a1d44: Pull complete
78813d2529e6: Pull complete
Digest: sha256:9a6b08b548124154498cb6eaa92f07d14c71dc08e432e349854bf0d2991984fc
Status: Downloaded newer image for nginx:latest
[Stdout]
b1c7cb97b1a6875e4fb56fd01b774c2a7940f2273f4515d642dc484adfe86df8
= 0 failed=0
$ echo hi > page.html
= 0 failed=0
$ docker cp page.html web:/tmp
[Stderr]
Successfully copied 2.05kB to web:/tmp
= 0 failed=0
$ docker cp page.html web:/tmp/renamed.html
[Stderr]
Successfully copied 2.05kB to web:/tmp/renamed.html
= 0 failed=0
$ docker exec web ls /tmp
[Stdout]
page.html
renamed.html
= 0 failed=0
$ mkdir out
= 0 failed=0
$ docker cp web:/etc/nginx/nginx.conf out
[Stderr]
Successfully copied 2.56kB to /home/learner/out
= 0 failed=0
$ docker cp web:/etc/nginx/nginx.conf out/copy.conf
[Stderr]
Successfully copied 2.56kB to /home/learner/out/copy.conf
= 0 failed=0
$ ls out
[Stdout]
copy.conf  nginx.conf
= 0 failed=0
"#,
    );
}
