//! `docker events` / `docker system events`: the daemon's event stream, filtered and formatted
//! as the client prints it; without `--until` the client keeps following until Ctrl-C.

use serde_json::{json, Map, Value};

use super::spec::Invocation;
use super::{CliCtx, CliRequest, FollowMode};
use crate::engine::daemon_events::DaemonEvent;
use crate::engine::Engine;
use crate::runtime::Output;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A `--since`/`--until` value as virtual ms: Unix seconds (`1700000000[.5]`), RFC 3339
/// (`2025-06-02T09:00:00Z`, a date alone), or a Go duration before now (`10m`).
pub fn parse_time(value: &str, now_ms: i64) -> Option<i64> {
    if let Ok(secs) = value.parse::<f64>() {
        return Some((secs * 1000.0) as i64);
    }
    if let Ok(ms) = super::spec::pflag::parse_duration_ms(value) {
        return Some(now_ms - ms);
    }
    let (date, time) = value.split_once('T').unwrap_or((value, "00:00:00Z"));
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, mo, da) = (d.next()??, d.next()??, d.next()??);
    let time = time.trim_end_matches('Z');
    let time = time.split(['+']).next().unwrap_or(time);
    let mut t = time.split(':');
    let h: i64 = t.next()?.parse().ok()?;
    let mi: i64 = t.next().unwrap_or("0").parse().ok()?;
    let s: f64 = t.next().unwrap_or("0").parse().ok()?;
    let days = days_from_civil(y, mo, da);
    Some((days * 86_400 + h * 3600 + mi * 60) * 1000 + (s * 1000.0) as i64)
}

fn matches(e: &DaemonEvent, filters: &[(String, String)]) -> bool {
    let mut keys: Vec<&str> = filters.iter().map(|(k, _)| k.as_str()).collect();
    keys.dedup();
    keys.iter().all(|key| {
        filters.iter().filter(|(k, _)| k == key).any(|(_, v)| {
            let attr = |name: &str| {
                e.attributes
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.as_str())
            };
            match *key {
                "type" => e.kind == v,
                "event" => e.action == *v || e.action.split(':').next() == Some(v.as_str()),
                "container" => {
                    e.kind == "container"
                        && (e.id.starts_with(v.as_str()) || attr("name") == Some(v.as_str()))
                }
                "image" => {
                    attr("image") == Some(v.as_str())
                        || (e.kind == "image" && (e.id == *v || attr("name") == Some(v.as_str())))
                }
                "network" => {
                    e.kind == "network"
                        && (e.id.starts_with(v.as_str()) || attr("name") == Some(v.as_str()))
                }
                "volume" => e.kind == "volume" && e.id == *v,
                "label" => {
                    let (k, val) = v.split_once('=').unwrap_or((v, ""));
                    attr(k).is_some_and(|x| val.is_empty() || x == val)
                }
                "scope" => v == "local",
                _ => true,
            }
        })
    })
}

/// The message as `--format` sees it (Docker's `events.Message` JSON).
fn message_json(e: &DaemonEvent) -> Value {
    let attributes: Map<String, Value> = e
        .attributes
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    let mut m = Map::new();
    if e.kind == "container"
        || (e.kind == "image"
            && matches!(
                e.action.as_str(),
                "pull" | "push" | "tag" | "untag" | "delete" | "import" | "load" | "save"
            ))
    {
        m.insert("status".into(), json!(e.action));
        m.insert("id".into(), json!(e.id));
        if let Some((_, image)) = e.attributes.iter().find(|(k, _)| k == "image") {
            m.insert("from".into(), json!(image));
        }
    }
    m.insert("Type".into(), json!(e.kind));
    m.insert("Action".into(), json!(e.action));
    m.insert(
        "Actor".into(),
        json!({"ID": e.id, "Attributes": attributes}),
    );
    m.insert("scope".into(), json!("local"));
    m.insert("time".into(), json!(e.ms.div_euclid(1000)));
    m.insert("timeNano".into(), json!(e.ms as i128 * 1_000_000));
    Value::Object(m)
}

/// `docker events`.
pub fn events(engine: &mut Engine, inv: &Invocation, ctx: &mut CliCtx, out: &mut Output) -> i32 {
    let now = engine.now();
    let mut filters = Vec::new();
    for f in inv.flags.list("filter") {
        match f.split_once('=') {
            Some((k, v)) => filters.push((k.trim().to_ascii_lowercase(), v.to_string())),
            None => {
                out.err(format!("invalid argument \"{f}\" for \"-f, --filter\" flag: bad format of filter (expected name=value)\nSee 'docker system events --help'.\n"));
                return 125;
            }
        }
    }
    let time_flag = |name: &str, out: &mut Output| -> Result<Option<i64>, i32> {
        match inv.flags.str(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => match parse_time(v, now) {
                Some(t) => Ok(Some(t)),
                None => {
                    out.err(format!("Error response from daemon: failed to parse value {v} as a time: parsing time \"{v}\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"{v}\" as \"2006\"\n"));
                    Err(1)
                }
            },
        }
    };
    let since = match time_flag("since", out) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let until = match time_flag("until", out) {
        Ok(t) => t,
        Err(code) => return code,
    };
    if let (Some(s), Some(u)) = (since, until) {
        if s > u {
            out.err("Error response from daemon: `since` time cannot be after `until` time\n");
            return 1;
        }
    }
    let format = inv.flags.str("format").filter(|f| !f.is_empty());
    // Without --since the client only sees what happens from now on.
    if let Some(since) = since {
        let shown: Vec<&DaemonEvent> = engine
            .daemon_log
            .iter()
            .filter(|e| e.ms >= since && until.is_none_or(|u| e.ms <= u))
            .filter(|e| matches(e, &filters))
            .collect();
        for e in shown {
            match format {
                None => {
                    let attrs: Vec<String> = e
                        .attributes
                        .iter()
                        .map(|(k, v)| format!("{k}={v}"))
                        .collect();
                    // Attributes in parentheses, sorted by key; none, no parentheses.
                    let attrs = if attrs.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", attrs.join(", "))
                    };
                    out.out(format!(
                        "{} {} {} {}{attrs}\n",
                        crate::clock::rfc3339_nano(e.ms),
                        e.kind,
                        e.action,
                        e.id,
                    ));
                }
                Some(f) => {
                    let f = if f == "json" { "{{json .}}" } else { f };
                    match super::template::render(f, &message_json(e)) {
                        Ok(t) => out.out(format!("{t}\n")),
                        Err(err) => {
                            out.err(format!("{err}\n"));
                            return 1;
                        }
                    }
                }
            }
        }
    }
    if until.is_none_or(|u| u > now) {
        ctx.request = Some(CliRequest::Follow {
            container: String::new(),
            mode: FollowMode::Events,
        });
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_as_docker_reads_them() {
        let now = 1_748_854_800_000; // 2025-06-02T09:00:00Z
        assert_eq!(parse_time("2025-06-02T09:00:00Z", now), Some(now));
        assert_eq!(parse_time("2025-06-02", now), Some(now - 9 * 3_600_000));
        assert_eq!(parse_time("1748854800", now), Some(now));
        assert_eq!(parse_time("10m", now), Some(now - 600_000));
        assert_eq!(parse_time("yesterday", now), None);
    }
}
