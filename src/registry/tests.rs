//! Unit tests of the stand-in Docker Hub: sizes, shared layers, search, push and login rules.

use super::*;

fn pull(hub: &mut Registry, repo: &str, tag: &str) -> Pulled {
    match hub.resolve(repo, tag) {
        Ok(p) => p,
        Err(e) => panic!("{repo}:{tag}: {e:?}"),
    }
}

#[test]
fn hub_is_cheap() {
    let hub = Registry::hub();
    assert!(hub.built.is_empty());
}

#[test]
fn print_sizes() {
    let mut hub = Registry::hub();
    for repo in catalog::REPOS.iter().filter(|r| r.official) {
        for (tags, _) in repo.tags {
            let tag = tags.split_whitespace().next().unwrap_or("latest");
            let p = pull(&mut hub, &format!("library/{}", repo.name), tag);
            eprintln!("{}:{} {} layers={} id={}", repo.name, tag, p.image.size(), p.image.layers.len(), p.image.short_id());
        }
    }
}
