//! `docker compose` end to end in a session: the picture groups a project, exit codes follow
//! compose, and `docker-compose` is not on a machine that only has the plugin.

use dockling::session::{Session, SessionConfig};

fn session_with(compose: &str) -> Session {
    let mut s = Session::new(SessionConfig::default());
    let _ = s.run("mkdir shop && cd shop");
    s.write_file("compose.yaml", compose).expect("writable");
    s
}

#[test]
fn the_snapshot_groups_a_project() {
    let mut s = session_with(
        "services:\n  cache:\n    image: redis\n    volumes:\n      - data:/data\nvolumes:\n  data:\n",
    );
    assert_eq!(s.run("docker compose up -d").status, 0);
    let snap = s.snapshot();
    let c = snap
        .containers
        .iter()
        .find(|c| c.name == "shop-cache-1")
        .expect("the service container");
    assert_eq!(c.project.as_deref(), Some("shop"));
    assert_eq!(c.service.as_deref(), Some("cache"));
    let n = snap
        .networks
        .iter()
        .find(|n| n.name == "shop_default")
        .expect("the project network");
    assert_eq!(n.project.as_deref(), Some("shop"));
    assert_eq!(n.containers, ["shop-cache-1"]);
    let v = snap
        .volumes
        .iter()
        .find(|v| v.name == "shop_data")
        .expect("the project volume");
    assert_eq!(v.project.as_deref(), Some("shop"));
    let bridge = snap
        .networks
        .iter()
        .find(|n| n.name == "bridge")
        .expect("bridge");
    assert_eq!(bridge.project, None);
}

#[test]
fn exit_codes_follow_compose() {
    let mut s = session_with("services:\n  web:\n    image: nginx\n");
    assert_eq!(s.run("docker compose config -q").status, 0);
    assert_eq!(s.run("docker compose logs nope").status, 1);
    assert_eq!(s.run("docker compose up --nope").status, 1);
    assert_eq!(s.run("docker compose nope").status, 1);
    assert_eq!(s.run("docker compose").status, 0);
    let r = s.run("docker-compose up");
    assert_eq!(r.status, 127);
    assert_eq!(
        r.output.stream(dockling::runtime::Stream::Stderr),
        "bash: docker-compose: command not found\n"
    );
    s.write_file("compose.yaml", "services:\n  web:\n    image: nginx: x\n")
        .expect("writable");
    let r = s.run("docker compose up -d");
    assert_eq!(r.status, 1);
    assert_eq!(
        r.output.stream(dockling::runtime::Stream::Stderr),
        "yaml: line 3: mapping values are not allowed in this context\n"
    );
}

#[test]
fn services_reach_each_other_by_name_and_down_v_drops_the_data() {
    let mut s = session_with(
        "services:\n  cache:\n    image: redis\n    volumes:\n      - data:/data\n  web:\n    image: nginx\n    depends_on: [cache]\nvolumes:\n  data:\n",
    );
    assert_eq!(s.run("docker compose up -d").status, 0);
    let r = s.run("docker compose run --rm cache redis-cli -h cache ping");
    assert_eq!(r.output.stream(dockling::runtime::Stream::Stdout), "PONG\n");
    let _ = s.run("docker compose exec cache sh -c 'echo kept > /data/note'");
    assert_eq!(s.run("docker compose down").status, 0);
    assert!(s.engine().volumes.contains_key("shop_data"));
    assert_eq!(s.run("docker compose down -v").status, 0);
    assert!(!s.engine().volumes.contains_key("shop_data"));
    assert!(s.engine().containers.is_empty());
}
