//! Unit tests of the stand-in Docker Hub: sizes, shared layers, configs, files, search, push and
//! login rules.

use std::sync::Arc;

use super::*;
use crate::image::Layer;
use crate::vfs::{Diff, Node};

fn pull(hub: &mut Registry, repo: &str, tag: &str) -> Pulled {
    match hub.resolve(repo, tag) {
        Ok(p) => p,
        Err(e) => panic!("{repo}:{tag}: {e:?}"),
    }
}

/// go-units `HumanSizeWithPrecision(size, 3)`, as `docker images` prints sizes.
fn human(size: u64) -> String {
    let units = ["B", "kB", "MB", "GB", "TB"];
    let mut value = size as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < units.len() {
        value /= 1000.0;
        unit += 1;
    }
    let digits = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    let text = format!("{value:.digits$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    format!("{text}{}", units[unit])
}

#[test]
fn hub_is_cheap_and_builds_lazily() {
    let mut hub = Registry::hub();
    assert!(hub.built.is_empty());
    assert!(hub.has_repo("library/node"));
    assert!(hub.tags("node").contains(&"20-alpine".to_string()));
    assert!(hub.built.is_empty(), "listing tags builds nothing");
    pull(&mut hub, "library/alpine", "latest");
    assert_eq!(hub.built.len(), 1);
}

#[test]
fn image_sizes_match_docker_images() {
    let mut hub = Registry::hub();
    for (repo, tag, size) in [
        ("node", "latest", "1.13GB"),
        ("node", "20-alpine", "135MB"),
        ("nginx", "latest", "192MB"),
        ("alpine", "latest", "8.31MB"),
        ("ubuntu", "latest", "78.1MB"),
        ("debian", "latest", "117MB"),
        ("busybox", "latest", "4.28MB"),
        ("hello-world", "latest", "10.1kB"),
        ("redis", "latest", "137MB"),
        ("mysql", "latest", "797MB"),
        ("postgres", "latest", "438MB"),
        ("python", "latest", "1.02GB"),
    ] {
        let p = pull(&mut hub, &format!("library/{repo}"), tag);
        assert_eq!(human(p.image.size()), size, "{repo}:{tag}");
    }
}

#[test]
fn every_tag_resolves() {
    let mut hub = Registry::hub();
    assert!(catalog::REPOS.iter().filter(|r| r.official).count() >= 28);
    for repo in catalog::REPOS {
        for tag in catalog::tags(repo) {
            let path = full_path(repo.name);
            let p = pull(&mut hub, &path, &tag);
            assert_eq!(p.layers.len(), p.image.layers.len());
            assert!(!p.image.layers.is_empty(), "{path}:{tag}");
            assert!(p.image.config.env_var("PATH").is_some(), "{path}:{tag}");
            assert!(
                p.image.created < 1_748_854_800,
                "{path}:{tag} is in the past"
            );
        }
    }
}

#[test]
fn layers_are_shared_and_deterministic() {
    let mut hub = Registry::hub();
    let node = pull(&mut hub, "library/node", "latest");
    let node22 = pull(&mut hub, "library/node", "22");
    let debian = pull(&mut hub, "library/debian", "bookworm");
    let python = pull(&mut hub, "library/python", "3.13");
    assert_eq!(node.layers.len(), 8);
    assert_eq!(node.layers[0], debian.layers[0]);
    assert_eq!(python.layers[..4], node.layers[..4]);
    assert_eq!(
        node22.layers[..5],
        node.layers[..5],
        "buildpack-deps and the node user"
    );
    assert_ne!(node22.layers[6], node.layers[6]);
    let alpine = pull(&mut hub, "library/alpine", "latest");
    let node_alpine = pull(&mut hub, "library/node", "20-alpine");
    assert_eq!(node_alpine.layers[0], alpine.layers[0]);
    // Tags of one image are the same image, and a fresh hub gives the same digests.
    let n24 = pull(&mut hub, "library/node", "24");
    assert_eq!(n24.image.id, node.image.id);
    assert_eq!(n24.manifest_digest, node.manifest_digest);
    let again = pull(&mut Registry::hub(), "library/node", "latest");
    assert_eq!(again.image.id, node.image.id);
    assert_eq!(again.layers, node.layers);
    assert!(node
        .layers
        .iter()
        .all(|l| l.compressed_size < 1_000_000_000));
    // A digest reference finds the same image.
    let by_digest = pull(&mut hub, "library/node", &node.manifest_digest);
    assert_eq!(by_digest.image.id, node.image.id);
}

#[test]
fn configs_are_the_real_images() {
    let mut hub = Registry::hub();
    let s = |v: &[&str]| Some(v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
    let node = pull(&mut hub, "library/node", "latest").image;
    assert_eq!(node.config.env_var("NODE_VERSION"), Some("24.1.0"));
    assert_eq!(node.config.env_var("YARN_VERSION"), Some("1.22.22"));
    assert_eq!(node.config.entrypoint, s(&["docker-entrypoint.sh"]));
    assert_eq!(node.config.cmd, s(&["node"]));
    assert_eq!(rfc(node.created), "2025-05-17T04:32:51Z");
    let nginx = pull(&mut hub, "library/nginx", "latest").image;
    assert_eq!(nginx.config.env_var("NGINX_VERSION"), Some("1.27.5"));
    assert_eq!(nginx.config.entrypoint, s(&["/docker-entrypoint.sh"]));
    assert_eq!(nginx.config.cmd, s(&["nginx", "-g", "daemon off;"]));
    assert_eq!(nginx.config.stop_signal.as_deref(), Some("SIGQUIT"));
    assert!(nginx.config.exposed_ports.contains_key("80/tcp"));
    assert_eq!(
        pull(&mut hub, "library/ubuntu", "latest").image.config.cmd,
        s(&["/bin/bash"])
    );
    assert_eq!(
        pull(&mut hub, "library/debian", "latest").image.config.cmd,
        s(&["bash"])
    );
    assert_eq!(
        pull(&mut hub, "library/alpine", "latest").image.config.cmd,
        s(&["/bin/sh"])
    );
    assert_eq!(
        pull(&mut hub, "library/busybox", "latest").image.config.cmd,
        s(&["sh"])
    );
    assert_eq!(
        pull(&mut hub, "library/hello-world", "latest")
            .image
            .config
            .cmd,
        s(&["/hello"])
    );
    let redis = pull(&mut hub, "library/redis", "latest").image;
    assert_eq!(redis.config.cmd, s(&["redis-server"]));
    assert_eq!(redis.config.working_dir, "/data");
    assert!(redis
        .config
        .volumes
        .as_ref()
        .is_some_and(|v| v.contains_key("/data")));
    let mysql = pull(&mut hub, "library/mysql", "latest").image;
    assert_eq!(mysql.config.cmd, s(&["mysqld"]));
    assert_eq!(mysql.config.env_var("MYSQL_VERSION"), Some("9.3.0-1.el9"));
    assert!(mysql.config.exposed_ports.contains_key("33060/tcp"));
    assert!(mysql
        .config
        .volumes
        .as_ref()
        .is_some_and(|v| v.contains_key("/var/lib/mysql")));
    let pg = pull(&mut hub, "library/postgres", "latest").image;
    assert_eq!(pg.config.stop_signal.as_deref(), Some("SIGINT"));
    assert_eq!(pg.config.env_var("PG_VERSION"), Some("17.5-1.pgdg120+1"));
    assert!(pg
        .config
        .volumes
        .as_ref()
        .is_some_and(|v| v.contains_key("/var/lib/postgresql/data")));
    let httpd = pull(&mut hub, "library/httpd", "latest").image;
    assert_eq!(httpd.config.stop_signal.as_deref(), Some("SIGWINCH"));
    assert_eq!(httpd.config.cmd, s(&["httpd-foreground"]));
    assert_eq!(httpd.config.env_var("HTTPD_VERSION"), Some("2.4.63"));
    let mongo = pull(&mut hub, "library/mongo", "latest").image;
    let vols = mongo.config.volumes.clone().unwrap_or_default();
    assert!(vols.contains_key("/data/db") && vols.contains_key("/data/configdb"));
    let python = pull(&mut hub, "library/python", "latest").image;
    assert_eq!(python.config.cmd, s(&["python3"]));
    assert_eq!(python.config.env_var("PYTHON_VERSION"), Some("3.13.3"));
    // History: node's last entries, newest last, as BuildKit wrote them.
    let last: Vec<&str> = node
        .history
        .iter()
        .rev()
        .take(3)
        .map(|h| h.created_by.as_str())
        .collect();
    assert_eq!(
        last,
        [
            "CMD [\"node\"]",
            "ENTRYPOINT [\"docker-entrypoint.sh\"]",
            "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit"
        ]
    );
    assert_eq!(
        node.history.iter().filter(|h| !h.empty_layer).count(),
        node.layers.len()
    );
}

fn rfc(secs: i64) -> String {
    crate::engine::clock::rfc3339(secs)
}

#[test]
fn filesystems_are_believable() {
    let mut hub = Registry::hub();
    let nginx = pull(&mut hub, "library/nginx", "latest").image.rootfs();
    let index = nginx
        .read_string("/usr/share/nginx/html/index.html")
        .unwrap_or_default();
    assert!(index.contains("<h1>Welcome to nginx!</h1>"));
    assert!(nginx.is_file("/usr/share/nginx/html/50x.html"));
    assert!(nginx.is_file("/docker-entrypoint.sh"));
    assert!(nginx
        .read_string("/etc/nginx/conf.d/default.conf")
        .unwrap_or_default()
        .contains("listen       80;"));
    let os = nginx.read_string("/etc/os-release").unwrap_or_default();
    assert!(
        os.starts_with("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"),
        "{os}"
    );
    assert!(nginx
        .read_string("/etc/passwd")
        .unwrap_or_default()
        .contains("\nnginx:x:101:101:"));

    let node = pull(&mut hub, "library/node", "latest").image.rootfs();
    assert!(node.is_file("/usr/local/bin/node"));
    assert!(node.is_file("/usr/local/bin/npm"));
    assert!(node.is_file("/usr/local/bin/docker-entrypoint.sh"));
    assert!(node
        .read_string("/etc/passwd")
        .unwrap_or_default()
        .ends_with("node:x:1000:1000::/home/node:/bin/bash\n"));
    assert_eq!(
        node.get("/bin/sh").map(|n| n.kind.clone()),
        Some(Node::symlink("dash").kind)
    );
    assert!(node.is_file("/bin/bash"));

    let alpine = pull(&mut hub, "library/alpine", "latest").image.rootfs();
    assert_eq!(
        alpine.get("/bin/sh").map(|n| n.kind.clone()),
        Some(Node::symlink("/bin/busybox").kind)
    );
    assert!(alpine
        .read_string("/etc/os-release")
        .unwrap_or_default()
        .contains("VERSION_ID=3.22.0"));

    let hello = pull(&mut hub, "library/hello-world", "latest")
        .image
        .rootfs();
    assert_eq!(
        hello
            .iter()
            .map(|(p, _)| p.as_str())
            .filter(|p| *p != "/")
            .collect::<Vec<_>>(),
        ["/hello"]
    );

    let httpd = pull(&mut hub, "library/httpd", "latest").image.rootfs();
    assert_eq!(
        httpd
            .read_string("/usr/local/apache2/htdocs/index.html")
            .ok()
            .as_deref(),
        Some("<html><body><h1>It works!</h1></body></html>\n")
    );
    let redis = pull(&mut hub, "library/redis", "latest").image.rootfs();
    assert!(
        redis.is_file("/usr/local/bin/redis-server") && redis.exists("/usr/local/bin/redis-cli")
    );
    let python = pull(&mut hub, "library/python", "latest").image.rootfs();
    assert!(python.is_file("/usr/local/bin/python3") && python.exists("/usr/local/bin/pip"));
}

#[test]
fn search_orders_as_docker_hub() {
    let hub = Registry::hub();
    let names: Vec<String> = hub
        .search("mysql", 5, &SearchFilters::default())
        .into_iter()
        .map(|h| h.name)
        .collect();
    assert_eq!(
        names,
        [
            "mysql",
            "mysql/mysql-server",
            "mysql/mysql-cluster",
            "bitnami/mysql",
            "circleci/mysql"
        ]
    );
    let official = hub.search(
        "mysql",
        25,
        &SearchFilters {
            is_official: Some(true),
            stars: None,
        },
    );
    // mariadb's and phpmyadmin's descriptions mention MySQL, so they match after the name.
    let names: Vec<&str> = official.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["mysql", "mariadb", "phpmyadmin"]);
    let starred = hub.search(
        "node",
        25,
        &SearchFilters {
            is_official: None,
            stars: Some(50),
        },
    );
    assert!(starred.iter().all(|h| h.stars >= 50));
    assert_eq!(starred.first().map(|h| h.name.as_str()), Some("node"));
    assert!(hub
        .search("zzzz-nothing", 25, &SearchFilters::default())
        .is_empty());
    assert_eq!(hub.search("a", 0, &SearchFilters::default()).len(), 25);
}

/// node:latest plus one layer, as a learner's `docker build` would make it.
fn app_image(hub: &mut Registry) -> Image {
    let base = pull(hub, "library/node", "latest").image;
    let mut diff = Diff::new();
    diff.insert(
        "/app/index.js".to_string(),
        Some(Node::file("console.log(1)\n")),
    );
    let mut layers = base.layers.clone();
    layers.push(Arc::new(Layer::from_diff(diff)));
    Image::new(
        base.config.clone(),
        layers,
        base.history.clone(),
        1_748_854_000,
    )
}

#[test]
fn push_rules() {
    let mut hub = Registry::hub();
    let image = app_image(&mut hub);
    let denied =
        |r: Result<PushReport, RegistryError>| matches!(r, Err(RegistryError::Denied { .. }));
    assert!(denied(hub.push(None, "hahava/app", "1.0", &image)));
    assert!(denied(hub.push(
        Some("hahava"),
        "library/app",
        "1.0",
        &image
    )));
    assert!(denied(hub.push(
        Some("hahava"),
        "someone/app",
        "1.0",
        &image
    )));

    let report = hub
        .push(Some("hahava"), "hahava/app", "1.0", &image)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(report.layers.len(), 9);
    assert_eq!(report.layers[0].1, PushStatus::Pushed, "top layer first");
    assert!(report.layers[1..]
        .iter()
        .all(|(_, s)| *s == PushStatus::MountedFrom("library/node".to_string())));
    assert!(report.manifest_digest.starts_with("sha256:") && report.manifest_size > 500);

    let again = hub
        .push(Some("hahava"), "hahava/app", "latest", &image)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(again
        .layers
        .iter()
        .all(|(_, s)| *s == PushStatus::LayerAlreadyExists));
    assert_eq!(again.manifest_digest, report.manifest_digest);

    let pulled = pull(&mut hub, "hahava/app", "1.0");
    assert_eq!(pulled.image.id, image.id);
    assert_eq!(pulled.manifest_digest, report.manifest_digest);
    assert!(hub.has_repo("hahava/app"));
    assert_eq!(hub.tags("hahava/app"), ["1.0", "latest"]);
    let summary = hub
        .repositories()
        .into_iter()
        .find(|r| r.name == "hahava/app");
    assert_eq!(
        summary,
        Some(RepoSummary {
            name: "hahava/app".into(),
            official: false,
            tags: vec!["1.0".into(), "latest".into()],
            pushed: true
        })
    );
    assert_eq!(hub.search("hahava", 25, &SearchFilters::default()).len(), 1);
}

#[test]
fn push_knows_official_layers_pulled_elsewhere() {
    // The base was pulled by another session's hub; this one still mounts from library/node.
    let image = app_image(&mut Registry::hub());
    let mut hub = Registry::hub();
    let report = hub
        .push(Some("hahava"), "hahava/app", "1.0", &image)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        report.layers[1].1,
        PushStatus::MountedFrom("library/node".to_string())
    );
}

#[test]
fn login_rules() {
    let mut hub = Registry::hub();
    assert!(hub.login("hahava", "secret").is_ok());
    assert_eq!(hub.user(), Some("hahava"));
    assert!(hub.login("hahava", "abc").is_err());
    assert!(hub.login("Ha", "secret").is_err());
    assert!(hub.login("has-dash", "secret").is_err());
    hub.logout();
    assert_eq!(hub.user(), None);
}

#[test]
fn errors_are_worded_as_docker() {
    let mut hub = Registry::hub();
    let err = hub.resolve("library/foo", "latest").err();
    assert_eq!(
        err.map(|e| e.message("foo", "latest")).as_deref(),
        Some("pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied")
    );
    let err = hub.resolve("library/node", "nope").err();
    assert!(matches!(err, Some(RegistryError::ManifestUnknown { .. })));
    assert_eq!(
        err.map(|e| e.message("node", "nope")).as_deref(),
        Some("manifest for node:nope not found: manifest unknown: manifest unknown")
    );
    assert_eq!(
        RegistryError::Denied { repo: "x/y".into() }.message("x/y", "1"),
        "denied: requested access to the resource is denied"
    );
    assert_eq!(
        RegistryError::Unauthorized { user: "u".into() }.message("", ""),
        "unauthorized: incorrect username or password"
    );
}

/// Checks the generated tag space against tag lists of docker-library's history (one file per
/// repository, `NAME.txt`, one tag a line) in the directory `HUB_TAGS_DIR`; run by hand.
#[test]
#[ignore]
fn tag_space_matches_history() {
    let Ok(dir) = std::env::var("HUB_TAGS_DIR") else {
        return;
    };
    for family in families::FAMILIES {
        let Ok(text) = std::fs::read_to_string(format!("{dir}/{}.txt", family.name)) else {
            continue;
        };
        let truth: BTreeSet<&str> = text.lines().collect();
        let missing: Vec<&str> = truth
            .iter()
            .copied()
            .filter(|t| families::resolve(family.name, t).is_none())
            .collect();
        // Candidates: every version prefix of the truth with every suffix of the truth.
        let mut versions = BTreeSet::new();
        let mut suffixes = BTreeSet::new();
        for t in &truth {
            let end = t.find('-').unwrap_or(t.len());
            if t.starts_with(|c: char| c.is_ascii_digit()) {
                versions.insert(&t[..end]);
                suffixes.insert(&t[end..]);
            }
        }
        let mut extra = Vec::new();
        let mut tried = 0;
        for v in &versions {
            for s in &suffixes {
                let tag = format!("{v}{s}");
                tried += 1;
                if !truth.contains(tag.as_str()) && families::resolve(family.name, &tag).is_some() {
                    extra.push(tag);
                }
            }
        }
        println!(
            "{}: {} tags, {} missing (e.g. {:?}); {} of {} candidates wrongly exist (e.g. {:?})",
            family.name,
            truth.len(),
            missing.len(),
            &missing[..missing.len().min(8)],
            extra.len(),
            tried,
            &extra[..extra.len().min(8)]
        );
    }
}
