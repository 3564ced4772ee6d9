//! `docker system df -v` (and its `--format` forms): the image, container, volume and build
//! cache sections of docker's disk-usage formatter.

use serde_json::{json, Map, Value};

use super::format::{human_size, human_size_prec};
use super::render::{ago, go_time, ps_header, ps_row};
use super::spec::Invocation;
use super::template::{prepare, render_table, Template};
use crate::engine::images::familiar;
use crate::engine::{Container, Engine};
use crate::image::short_id;
use crate::runtime::Output;

const IMAGES: &str = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}";
const CONTAINERS: &str = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}";
const VOLUMES: &str = "table {{.Name}}\t{{.Links}}\t{{.Size}}";
const CACHE: &str = "table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}";

fn image_rows(engine: &Engine, trunc: bool) -> Vec<Value> {
    let now = engine.now();
    let mut rows = Vec::new();
    for s in engine.images.values() {
        let image = &s.image;
        let tags = engine.tags_of(&image.id);
        let (repo, tag) = match tags.first().map(|t| familiar(t)) {
            Some(fam) => match fam.rsplit_once(':') {
                Some((r, t)) if !t.contains('/') => (r.to_string(), t.to_string()),
                _ => (fam, "<none>".to_string()),
            },
            None => ("<none>".to_string(), "<none>".to_string()),
        };
        // Layers another image also has count as shared.
        let shared: u64 = image
            .layers
            .iter()
            .filter(|l| {
                engine.images.values().any(|o| {
                    o.image.id != image.id && o.image.layers.iter().any(|x| x.digest == l.digest)
                })
            })
            .map(|l| l.size)
            .sum();
        let users = engine
            .containers
            .iter()
            .filter(|c| c.image_id == image.id)
            .count();
        let digest = s
            .repo_digests
            .first()
            .and_then(|d| d.split_once('@').map(|(_, x)| x.to_string()))
            .unwrap_or_else(|| "<none>".to_string());
        let id = if trunc {
            short_id(&image.id).to_string()
        } else {
            image.id.clone()
        };
        let mut m = Map::new();
        m.insert("Containers".into(), json!(users.to_string()));
        m.insert("CreatedAt".into(), json!(go_time(image.created * 1000)));
        m.insert("CreatedSince".into(), json!(ago(now, image.created * 1000)));
        m.insert("Digest".into(), json!(digest));
        m.insert("ID".into(), json!(id));
        m.insert("Repository".into(), json!(repo));
        m.insert("SharedSize".into(), json!(human_size(shared)));
        m.insert("Size".into(), json!(human_size_prec(image.size(), 3)));
        m.insert("Tag".into(), json!(tag));
        m.insert(
            "UniqueSize".into(),
            json!(human_size(image.size().saturating_sub(shared))),
        );
        m.insert("VirtualSize".into(), json!(human_size(image.size())));
        rows.push(Value::Object(m));
    }
    rows
}

fn container_rows(engine: &Engine, trunc: bool) -> Vec<Value> {
    engine
        .containers_newest_first()
        .into_iter()
        .map(|c: &Container| {
            let mut row = ps_row(engine, c, !trunc, false);
            // The virtual size is not shown here: only the writable layer.
            if let Some(m) = row.as_object_mut() {
                m.insert("Size".into(), json!(human_size_prec(c.writable_size(), 3)));
            }
            row
        })
        .collect()
}

fn volume_rows(engine: &Engine) -> Vec<Value> {
    engine
        .volumes
        .values()
        .map(|v| {
            json!({"Driver": v.driver, "Labels": "", "Links": engine.volume_users(&v.name).len().to_string(), "Mountpoint": format!("/var/lib/docker/volumes/{}/_data", v.name), "Name": v.name, "Scope": "local", "Size": human_size(v.data.total_size())})
        })
        .collect()
}

fn header(f: &str) -> Option<String> {
    let h = match f {
        "Repository" => "REPOSITORY",
        "Tag" => "TAG",
        "CreatedSince" => "CREATED",
        "SharedSize" => "SHARED SIZE",
        "UniqueSize" => "UNIQUE SIZE",
        "Containers" => "CONTAINERS",
        "Name" => "VOLUME NAME",
        "Links" => "LINKS",
        "CacheType" => "CACHE TYPE",
        "LastUsedSince" => "LAST USED",
        "UsageCount" => "USAGE",
        "Shared" => "SHARED",
        "ID" => return Some("ID".into()),
        other => return ps_header(other),
    };
    Some(h.to_string())
}

fn section(format: &str, rows: &[Value], id_header: &str) -> String {
    let headers = |f: &str| {
        if f == "ID" {
            Some(id_header.to_string())
        } else {
            header(f)
        }
    };
    render_table(format, rows, &headers).unwrap_or_default()
}

/// `docker system df -v`: prints the sections (or runs `--format` once over all of them).
pub fn verbose(engine: &mut Engine, inv: &Invocation, out: &mut Output) -> i32 {
    let format = inv.flags.str("format").unwrap_or("");
    let table = format.is_empty() || format == "table";
    let images = image_rows(engine, table);
    let containers = container_rows(engine, table);
    let volumes = volume_rows(engine);
    let cache = engine.build_cache_size();
    if table {
        let mut text = String::from("Images space usage:\n\n");
        text.push_str(&section(IMAGES, &images, "IMAGE ID"));
        text.push_str("\nContainers space usage:\n\n");
        text.push_str(&section(CONTAINERS, &containers, "CONTAINER ID"));
        text.push_str("\nLocal Volumes space usage:\n\n");
        text.push_str(&section(VOLUMES, &volumes, "ID"));
        text.push_str(&format!("\nBuild cache usage: {}\n\n", human_size(cache.1)));
        text.push_str(&section(CACHE, &[], "CACHE ID"));
        out.out(text);
        return 0;
    }
    let all =
        json!({"Images": images, "Containers": containers, "Volumes": volumes, "BuildCache": []});
    let (text, _) = prepare(format);
    let result = Template::parse(&text)
        .and_then(|t| t.execute(&all, &Default::default()).map_err(|(_, e)| e));
    match result {
        Ok(s) => {
            out.out(format!("{s}\n"));
            0
        }
        Err(e) => super::client_error(engine, out, inv, &e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use crate::session::{Session, SessionConfig};

    fn stdout(line: &str) -> String {
        let mut s = Session::new(SessionConfig::default());
        let r = s.run(line);
        r.output
            .chunks
            .iter()
            .filter(|(st, _)| *st == crate::runtime::Stream::Stdout)
            .map(|(_, t)| t.as_str())
            .collect()
    }

    /// docker/cli's TestDiskUsageContextFormatWrite, on an empty daemon.
    #[test]
    fn empty_daemon_like_upstream() {
        assert_eq!(
            stdout("docker system df -v"),
            "Images space usage:\n\nREPOSITORY   TAG       IMAGE ID   CREATED   SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n\nContainers space usage:\n\nCONTAINER ID   IMAGE     COMMAND   LOCAL VOLUMES   SIZE      CREATED   STATUS    NAMES\n\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n"
        );
        assert_eq!(
            stdout("docker system df -v --format '{{json .}}'"),
            "{\"Images\":[],\"Containers\":[],\"Volumes\":[],\"BuildCache\":[]}\n"
        );
        let raw = stdout("docker system df --format raw");
        assert!(raw.starts_with("type: Images\ntotal: 0\nactive: 0\nsize: 0B\nreclaimable: 0B\n\ntype: Containers\n"), "{raw}");
        assert!(raw.ends_with("reclaimable: 0B\n\n"));
    }
}
