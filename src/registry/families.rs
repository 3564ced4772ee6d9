//! Docker Hub's tag space for the official images, derived from the release tables of
//! [`super::tables`] the way docker-library derives tags: a version at any depth (`18`, `18.20`,
//! `18.20.8`) or a word (`hydrogen`, `lts`, `jammy`), then an optional variant suffix (`-alpine`,
//! `-slim-buster`, `-apache`). A prefix tag names the newest full version under it that had the
//! variant; a tag whose variant never existed for that version is unknown, as on the Hub.
//!
//! A found tag becomes an image [`Plan`]: the repository's newest hand-written image (a
//! [`super::catalog`] template) with the release's version strings, base distribution, creation
//! date and sizes put in. Plans and the keys naming them are generated at lookup; nothing is
//! stored per tag.

use super::catalog::{self, ImageDef};
use super::tables as t;

/// One official repository whose tags come from a release table.
#[derive(Clone, Copy)]
pub(crate) struct Family {
    /// Repository name (`node`).
    pub name: &'static str,
    /// Its release table.
    pub table: &'static str,
    /// `word=LINE` aliases (codenames, `lts`, `current`), the line each points to today, then
    /// (comma-separated) the lines it pointed to before, newest first.
    words: &'static str,
    /// Fewest version components a tag may have (`ubuntu:14` never existed).
    depth: usize,
    /// A word that may stand before a version (`v3.4` for traefik, `centos7` for centos).
    vword: &'static str,
    /// Version prefixes that were never tags themselves (`elasticsearch:8`, `alpine:2`).
    no_alias: &'static str,
    /// Whether a variant alone is a tag (`node:alpine`; never `eclipse-temurin:alpine`).
    bare: bool,
    /// Whether the repository is asked for at Elastic's own registry host, which also serves
    /// the release lines [`ELASTIC_ONLY`] that never were library tags.
    at_host: bool,
    /// `WORD=KEY` templates: the first whose word is in the suffix (or is empty) is used.
    templates: &'static str,
    /// The release string the templates carry (replaced by the tag's full version).
    tv: &'static str,
    /// Extra replacements `FROM>TO` (space-separated), `{L}` the line, `{M}` its first number,
    /// `{F}` the full version; `LINE:FROM>TO` only for that release line; `!WORD>` drops the
    /// steps that mention WORD (node 0.10 had no yarn; the entrypoint came in May 2019);
    /// `@KEY>KEY` swaps the parent image (`5.7:@oraclelinux-9-slim>oraclelinux-7-slim`).
    subs: &'static str,
}

/// Every generated repository, one a line:
/// `NAME|WORDS|TEMPLATES|TV|SUBS|DEPTH|VWORD|NO_ALIAS|BARE` (the fields of [`Family`]).
const FAMILIES: &str = "node|argon=4 boron=6 carbon=8 dubnium=10 erbium=12 fermium=14 gallium=16 hydrogen=18 iron=20 jod=22 lts=22,20,18,16,14,12,10 current=24,23,22,21,20,19,18,17,16,15,14,12,11|alpine=node-24-alpine slim=node-24-slim =node-24|24.1.0|4:1.22.22>1.5.1 6:1.22.22>1.15.2 7:1.22.22>0.24.4 8:1.22.22>1.21.1 9:1.22.22>1.5.1 10:1.22.22>1.22.5 11:1.22.22>1.15.2 12:1.22.22>1.22.18 13:1.22.22>1.22.4 14:1.22.22>1.22.19 15:1.22.22>1.22.5 16:1.22.22>1.22.19 17:1.22.22>1.22.19 19:1.22.22>1.22.19 21:1.22.22>1.22.19 0.8:!YARN> 0.10:!YARN> 0.11:!YARN> 0.12:!YARN> 5:!YARN> 0.8:!docker-entrypoint> 0.10:!docker-entrypoint> 0.11:!docker-entrypoint> 0.12:!docker-entrypoint> 4:!docker-entrypoint> 5:!docker-entrypoint> 6:!docker-entrypoint> 7:!docker-entrypoint> 9:!docker-entrypoint>|1|||1\n\
python||alpine=python-3.13-alpine slim=python-3.13-slim =python-3.13|3.13.3||1|||1\n\
ubuntu|rolling=25.04 devel=25.10|=ubuntu-noble|||2|||1\n\
debian|stable=12 oldstable=11 oldoldstable=10 testing=trixie sid=trixie unstable=trixie experimental=trixie|slim=debian-bookworm-slim =debian-bookworm|||1|||1\n\
alpine|edge=3.22|=alpine-3.22|||1||2|1\n\
busybox|stable=1.36,1.34,1.33,1.32 unstable=1.37|=busybox|1.37.0||1|||1\n\
nginx|mainline=1.27,1.25,1.23,1.21,1.19,1.17,1.15,1.13,1.11 stable=1.28,1.26,1.24,1.22,1.20,1.18,1.16,1.14,1.12,1.10|alpine=nginx-alpine =nginx|1.27.5||1|||1\n\
httpd||=httpd|2.4.63||1|||1\n\
mysql|innovation=9.3,9.2,9.1,9.0,8.4,8.3,8.2,8.1 lts=8.4|=mysql-8.0|8.0.42|MAJOR=8.0>MAJOR={L} 5.7:@oraclelinux-9-slim>oraclelinux-7-slim 5.7:-1.el9>-1.el7 5.6:-1.el9>-1debian9 5.5:-1.el9>-1debian9|1|||1\n\
mariadb|lts=11.4,10.11|=mariadb-11|11.7.2||1|||1\n\
postgres||alpine=postgres-17-alpine =postgres-17|17.5|MAJOR=17>MAJOR={L} postgresql/17/>postgresql/{L}/|1|||1\n\
redis||alpine=redis-8-alpine =redis-8|8.0.2||1|||1\n\
mongo||=mongo-8|8.0.10|MAJOR=8.0>MAJOR={L}|1|||1\n\
golang||=golang-1.24|1.24.3||1|||1\n\
openjdk||=openjdk-22|22-ea+36|openjdk-22>openjdk-{L}|1|||1\n\
eclipse-temurin|latest=21|=eclipse-temurin-21|21.0.7+6||1|||0\n\
amazoncorretto||=amazoncorretto|21.0.7.6.1|java-21-amazon>java-{M}-amazon|1|||1\n\
php||apache=php-8.4-apache =php-8.4|8.4.7||1|||1\n\
wordpress||=wordpress|6.8.1||1|||1\n\
tomcat||=tomcat|11.0.7|MAJOR=11>MAJOR={M}|1|||1\n\
rabbitmq||=rabbitmq-4|4.1.0||1|||1\n\
registry||=registry|3.0.0|2:/etc/distribution/>/etc/docker/registry/ 2:registry-config>registry-config-v2|1|||1\n\
centos||=centos-7|7.9.2009|centos-7>centos-{L} 7:%centos-7>%centos-7+{F}|1|centos||1\n\
rockylinux||=centos-8|8.4.2105|centos-8>rocky-{F}|1|||1\n\
fedora|latest=42 rawhide=43 heisenbug=20|=centos-8|8.4.2105|centos-8>fedora-{L}|1|||1\n\
amazonlinux|devel=2023|=amazonlinux-2023|2023.7.20250527.0|al2023>al{L} amazonlinux-2023>amazonlinux-{L}|1||2016 2017 2018|1\n\
traefik|reblochon=1.0 camembert=1.1 morbier=1.2 raclette=1.3 roquefort=1.4 cancoillotte=1.5 tetedemoine=1.6 maroilles=1.7 montdor=2.0 cantal=2.1 chevrotin=2.2 picodon=2.3 livarot=2.4 brie=2.5 rocamadour=2.6 epoisses=2.7 vacherin=2.8 banon=2.9 saintmarcelin=2.10 mimolette=2.11 beaufort=3.0 comte=3.1 munster=3.2 saintnectaire=3.3 chaource=3.4|=traefik|3.4.1||1|v||1\n\
caddy||=caddy|2.10.0||1|||1\n\
elasticsearch||=elasticsearch|8.18.2||1||6 7 8|1\n\
kibana||=kibana|8.18.2||1||6 7 8|1\n\
ruby||=ruby-3.4|3.4.4|ruby/3.4/>ruby/{L}/|1|||1\n\
rust||=rust-1.87|1.87.0||1|||1";

/// Every generated repository.
pub(crate) fn all() -> impl Iterator<Item = Family> {
    FAMILIES.lines().filter_map(|line| {
        let mut f = line.split('|');
        let name = f.next()?;
        Some(Family {
            name,
            table: t::table(name),
            words: f.next()?,
            templates: f.next()?,
            tv: f.next()?,
            subs: f.next()?,
            depth: f.next()?.parse().ok()?,
            vword: f.next()?,
            no_alias: f.next()?,
            bare: f.next()? == "1",
            at_host: false,
        })
    })
}

/// Release lines of Elasticsearch and Kibana that only Elastic's own registry served (the
/// library repositories skipped from 5.6 to 6.4; `docker.elastic.co/...:6.3.2` pulls).
const ELASTIC_ONLY: &str = "6.0 6.1 6.2 6.3";

/// Elastic's own registry serves every release under these paths with the same table.
pub(crate) fn family_for(repo: &str) -> Option<Family> {
    let (name, at_host) = match repo {
        "docker.elastic.co/elasticsearch/elasticsearch" => ("elasticsearch", true),
        "docker.elastic.co/kibana/kibana" => ("kibana", true),
        other => (other, false),
    };
    all()
        .find(|f| f.name == name)
        .map(|f| Family { at_host, ..f })
}

/// One release line of a table, expanded.
pub(crate) struct Row<'a> {
    /// `18`, `3.8`, `14.04`.
    pub line: &'a str,
    /// Full versions, oldest first.
    pub versions: Vec<String>,
    /// The variant suffixes the line had (`""` for none), a suffix once per span.
    pub variants: Vec<String>,
    /// The versions (indices, inclusive) each variant of the same index was published for.
    spans: Vec<(usize, usize)>,
    /// For each variant, 0 when tags of any depth had it, else a mask of the tags that had it:
    /// bit D for tags of D version components (`11-alpine3.12-jdk`: bit 1), bit [`FULL`] for
    /// tags of full versions (`11.0.27.6.1-al2` but never `11-al2`).
    depths: Vec<u64>,
    /// The base release of the plain tags of the versions LO..=HI (`stretch`, `alpine3.16`): the
    /// variant they shared their tag line with.
    bases: Vec<(usize, usize, &'a str)>,
    /// Days since the epoch of the line's first and last builds.
    first: i64,
    last: i64,
}

/// The bit of tags of full versions in a variant's mask ([`Row::tag_at`]'s depth for them).
const FULL: usize = 63;

impl Row<'_> {
    /// Whether the version at `i` had the suffix (`""` for none).
    pub fn has_at(&self, suffix: &str, i: usize) -> bool {
        self.variants
            .iter()
            .zip(&self.spans)
            .any(|(v, &(lo, hi))| v == suffix && (lo..=hi).contains(&i))
    }

    /// Whether a tag of `depth` version numbers naming the version at `i` had the suffix
    /// (`depth` [`FULL`]: the tag is that full version).
    pub fn tag_at(&self, suffix: &str, i: usize, depth: usize) -> bool {
        self.variants
            .iter()
            .zip(&self.spans)
            .zip(&self.depths)
            .any(|((v, &(lo, hi)), &d)| {
                v == suffix && (lo..=hi).contains(&i) && (d == 0 || (d >> depth.min(FULL)) & 1 == 1)
            })
    }

    /// The newest version that a tag of a full version had the suffix for, else the newest
    /// that a shorter tag named, with that tag's number of version components.
    #[cfg(test)]
    pub fn newest_tag_with(&self, suffix: &str) -> Option<(usize, usize)> {
        let full = (0..self.versions.len())
            .rev()
            .find(|&i| self.tag_at(suffix, i, FULL));
        if let Some(i) = full {
            return Some((i, 0));
        }
        self.variants
            .iter()
            .zip(&self.spans)
            .zip(&self.depths)
            .filter(|((v, _), &d)| *v == suffix && d > 0 && d >> FULL == 0)
            .map(|((_, &(_, hi)), &d)| (hi, d.trailing_zeros() as usize))
            .max()
    }

    /// The newest version of the line that had the suffix.
    pub fn newest_with(&self, suffix: &str) -> Option<usize> {
        (0..self.versions.len())
            .rev()
            .find(|&i| self.has_at(suffix, i))
    }

    /// Build time of the version at `i` (seconds since 1970), spread over the line's life.
    pub fn created(&self, i: usize) -> i64 {
        let n = self.versions.len() as i64 - 1;
        let day = if n <= 0 {
            self.last
        } else {
            self.first + (self.last - self.first) * (i as i64).min(n) / n
        };
        day * 86_400 + 3_600 * (3 + (i as i64 % 17)) + 60 * (i as i64 * 7 % 60)
    }
}

impl Row<'_> {
    /// The newest version of the line built by `day` (days since 1970), else its first.
    fn built_by(&self, day: i64) -> usize {
        (0..self.versions.len())
            .rev()
            .find(|&i| self.created(i) / 86_400 <= day)
            .unwrap_or(0)
    }
}

/// The day (since 1970) a snapshot suffix names: `20230530`, `20170511.1`, `20230612-slim`.
fn snapshot_day(suffix: &str) -> Option<i64> {
    let date = suffix.get(..8)?;
    let rest = &suffix[8..];
    let rebuild = rest
        .strip_prefix('.')
        .map_or("", |r| r.split('-').next().unwrap_or(""));
    let tail = &rest[if rebuild.is_empty() {
        0
    } else {
        rebuild.len() + 1
    }..];
    if !date.bytes().all(|b| b.is_ascii_digit())
        || !rebuild.bytes().all(|b| b.is_ascii_digit())
        || !matches!(tail, "" | "-slim")
    {
        return None;
    }
    let text = format!("{}-{}-{}T00:00:00Z", &date[..4], &date[4..6], &date[6..]);
    super::build::parse_rfc3339(&text).map(|s| s / 86_400)
}

/// Whether the release `code` of `family` had the dated build the suffix names (from
/// `t::SNAPSHOTS`); its day (since 1970) if so.
fn dated(family: &str, code: &str, suffix: &str) -> Option<i64> {
    let day = snapshot_day(suffix)?;
    let rebuild = match suffix[8..].strip_prefix('.') {
        Some(r) => Some(char::from_digit(r.split('-').next()?.parse().ok()?, 36)?),
        None => None,
    };
    let slim = suffix.ends_with("-slim");
    let line = t::table("~snapshots")
        .lines()
        .find(|l| l.split(' ').take(2).eq([family, code]))?;
    let mut f = line.split(' ').skip(2);
    let skip = f.next()?.parse::<usize>().ok();
    let days = f.next()?.as_bytes();
    // 2010-01-01 in days since 1970; three base-36 digits each, `.N` after a rebuild.
    let want = day - 14_610;
    let (mut i, mut n) = (0, 0);
    let digit = |b: u8| (b as char).to_digit(36).map(i64::from);
    let mut value = 0;
    while i < days.len() {
        if days[i] == b'z' {
            value = days
                .get(i + 1..i + 4)?
                .iter()
                .try_fold(0, |acc, &b| Some(acc * 36 + digit(b)?))?;
            i += 4;
        } else {
            value += digit(days[i])?;
            i += 1;
        }
        let mut mark = None;
        if days.get(i) == Some(&b'.') {
            mark = days.get(i + 1).map(|&b| b as char);
            i += 2;
        }
        if value == want && mark == rebuild && (!slim || skip.is_some_and(|s| n >= s)) {
            return Some(day);
        }
        n += 1;
    }
    None
}

/// The Debian release an alias named on a day: `stable` the newest released by then,
/// `oldstable` the one before, `testing`/`sid` the one after.
fn debian_alias_at(word: &str, day: i64) -> Option<&'static str> {
    let back = match word {
        "stable" => 0,
        "oldstable" => 1,
        "oldoldstable" => 2,
        "testing" | "sid" | "unstable" | "experimental" => -1,
        _ => return None,
    };
    let released = DEBIAN_DATES
        .split(' ')
        .take_while(|d| yymmdd(d).is_some_and(|r| r <= day))
        .count() as i64;
    let n = usize::try_from(released - 1 - back).ok()?;
    DEBIAN_CODES
        .split('|')
        .nth(n)?
        .split_once(' ')
        .map(|(_, c)| c)
}

/// Parses a release table (bounded by its text).
pub(crate) fn rows(table: &str) -> Vec<Row<'_>> {
    table.lines().filter_map(parse_row).collect()
}

fn parse_row(text: &str) -> Option<Row<'_>> {
    let mut parts = text.split('|');
    let line = parts.next()?;
    let patches = parts.next()?;
    let variants = parts.next()?;
    let last = yymmdd(&format!("{}15", parts.next()?))?;
    let months: i64 = parts.next()?.parse().ok()?;
    let first = last - months * 30_437 / 1000;
    let mut versions = Vec::new();
    for item in patches.split(' ') {
        if item == "=" {
            versions.push(line.to_string());
            continue;
        }
        // `12.0-1` → .12.0 .12.1; `3-19` → .3 … .19; `u92` → u92; `0.12_7` → .0.12_7.
        let digits = item.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
        let (head, run) = item.split_at(digits.len());
        let sep = if head.is_empty() || head.starts_with(|c: char| c.is_ascii_digit()) {
            "."
        } else {
            ""
        };
        let (lo, hi) = run.split_once('-').unwrap_or((run, run));
        // A number with a leading zero (`u302-b08`) is a literal, not a run.
        let literal = lo.len() > 1 && lo.starts_with('0');
        match (lo.parse::<u32>(), hi.parse::<u32>()) {
            (Ok(lo), Ok(hi)) if hi >= lo && hi - lo < 400 && !literal => {
                for n in lo..=hi {
                    versions.push(format!("{line}{sep}{head}{n}"));
                }
            }
            _ => versions.push(format!("{line}{sep}{item}")),
        }
    }
    let mut out = Vec::new();
    let mut spans = Vec::new();
    let mut depths = Vec::new();
    let mut bases = Vec::new();
    let top = versions.len().saturating_sub(1);
    for group in variants.split(' ') {
        // `17-21=stretch`: the plain tags of versions 17 to 21 were stretch-based.
        if let Some((span, code)) = group.split_once('=') {
            let (lo, hi) = span.split_once('-').unwrap_or((span, span));
            let lo = if lo.is_empty() { 0 } else { lo.parse().ok()? };
            let hi = if hi.is_empty() { top } else { hi.parse().ok()? };
            bases.push((lo, hi, code));
            continue;
        }
        // `^1@18:alpine,~`: tags of one version number only (`11-alpine`), naming version 18.
        if let Some(rest) = group.strip_prefix('^') {
            let (head, terms) = rest.split_once(':')?;
            let (depth, i) = head.split_once('@')?;
            let (depth, i): (usize, usize) = (depth.parse().ok()?, i.parse().ok()?);
            for term in split_top(terms) {
                expand(term, &mut out);
            }
            spans.resize(out.len(), (i, i));
            depths.resize(out.len(), 1 << depth.min(FULL));
            continue;
        }
        // `!!5-:al2`: suffixes only tags of full versions had; `!2!…` and tags of two numbers.
        let (group, depth) = match group.strip_prefix('!').and_then(|r| r.split_once('!')) {
            Some((digits, rest)) => {
                let mask = digits
                    .bytes()
                    .fold(1u64 << FULL, |m, d| m | 1 << (d.wrapping_sub(b'0') & 31));
                (rest, mask)
            }
            None => (group, 0),
        };
        // `4-:slim` is versions 4 and later, `-3:x` the first four, `2:x` version 2 only.
        let (span, terms) = match group.split_once(':') {
            Some((span, terms)) => {
                let (lo, hi) = span.split_once('-').unwrap_or((span, span));
                let lo = if lo.is_empty() { 0 } else { lo.parse().ok()? };
                let hi = if hi.is_empty() { top } else { hi.parse().ok()? };
                ((lo, hi), terms)
            }
            None => ((0, top), group),
        };
        for term in split_top(terms) {
            expand(term, &mut out);
        }
        spans.resize(out.len(), span);
        depths.resize(out.len(), depth);
    }
    Some(Row {
        line,
        versions,
        variants: out,
        spans,
        depths,
        bases,
        first,
        last,
    })
}

/// Splits `a,{b,c}d,e` at its top-level commas.
fn split_top(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0u32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Expands `{,cli-}{apache,fpm}` into every pairing (`~` is the empty suffix); bounded.
fn expand(term: &str, out: &mut Vec<String>) {
    let mut acc = vec![String::new()];
    let mut rest = term;
    while !rest.is_empty() && acc.len() < 4096 {
        let (alts, tail): (Vec<&str>, &str) = match rest.strip_prefix('{') {
            Some(r) => {
                let end = r.find('}').unwrap_or(r.len());
                (
                    r[..end].split(',').collect(),
                    r.get(end + 1..).unwrap_or(""),
                )
            }
            None => {
                let end = rest.find('{').unwrap_or(rest.len());
                (vec![&rest[..end]], &rest[end..])
            }
        };
        acc = acc
            .iter()
            .flat_map(|a| alts.iter().map(move |b| format!("{a}{b}")))
            .collect();
        rest = tail;
    }
    out.extend(
        acc.into_iter()
            .map(|v| if v == "~" { String::new() } else { v }),
    );
}

/// `250602` → days since 1970-01-01.
fn yymmdd(text: &str) -> Option<i64> {
    let date = format!(
        "20{}-{}-{}T00:00:00Z",
        text.get(0..2)?,
        text.get(2..4)?,
        text.get(4..6)?
    );
    super::build::parse_rfc3339(&date).map(|s| s / 86_400)
}

/// A tag found in a family: which release line, full version and variant.
pub(crate) struct Hit {
    /// Index of the row in the table.
    pub row: usize,
    /// Index of the full version in the row.
    pub index: usize,
    /// The variant suffix (`alpine3.19`, `slim-buster`, empty).
    pub suffix: String,
}

/// Whether `full` is `prefix` or lies under it (`18` ⊃ `18.20.8`, `8` ⊃ `8u342`, `1.9.3` ⊃
/// `1.9.3-p551`).
fn under(full: &str, prefix: &str) -> bool {
    full == prefix
        || full.strip_prefix(prefix).is_some_and(|rest| {
            rest.starts_with(['.', '_', 'u'])
                || rest
                    .strip_prefix("-p")
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// Looks a tag up in a family's table.
pub(crate) fn lookup(family: &Family, rows: &[Row<'_>], tag: &str) -> Option<Hit> {
    let newest = |pick: &dyn Fn(&Row<'_>, usize) -> bool| {
        rows.iter().enumerate().rev().find_map(|(r, row)| {
            (0..row.versions.len())
                .rev()
                .find(|&i| pick(row, i))
                .map(|i| (r, i))
        })
    };
    let hit = |(row, index): (usize, usize), suffix: &str| Hit {
        row,
        index,
        suffix: suffix.to_string(),
    };
    let bare = if family.vword.is_empty() {
        tag
    } else {
        tag.strip_prefix(family.vword)
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(tag)
    };
    if bare.starts_with(|c: char| c.is_ascii_digit()) {
        let end = version_end(bare);
        let (version, rest) = bare.split_at(end);
        let suffix = match rest.strip_prefix('-') {
            Some(s) if !s.is_empty() => s,
            None if rest.is_empty() => "",
            _ => return None,
        };
        if version.split(['.', '_', 'u']).count() < family.depth
            || family.no_alias.split(' ').any(|a| a == version)
        {
            return None;
        }
        let served = |row: &Row<'_>| {
            family.at_host
                || !matches!(family.name, "elasticsearch" | "kibana")
                || !ELASTIC_ONLY.split(' ').any(|l| l == row.line)
        };
        let depth = version.split(['.', '_', 'u']).count();
        return newest(&|row, i| {
            let full = &row.versions[i];
            served(row)
                && under(full, version)
                && (row.tag_at(suffix, i, depth) || full == version && row.tag_at(suffix, i, FULL))
        })
        .map(|found| hit(found, suffix));
    }
    let (word, rest) = tag.split_once('-').unwrap_or((tag, ""));
    let codename_line = match family.name {
        "ubuntu" => super::distro::ubuntu_release(word)
            .filter(|u| u.1 == word)
            .map(|u| u.0),
        "debian" => debian_number(word),
        _ => None,
    };
    // Debian's `-backports` tags are the release with backports in its sources.
    let rest = match (family.name, rest) {
        ("debian", "backports") => "",
        _ => rest,
    };
    if let Some(line) = codename_line {
        let r = rows
            .iter()
            .position(|row| row.line == line || row.line == word)?;
        if let Some(day) = dated(family.name, word, rest) {
            return Some(hit((r, rows[r].built_by(day)), rest));
        }
        return rows[r].newest_with(rest).map(|i| hit((r, i), rest));
    }
    for alias in family.words.split(' ') {
        let Some((word, line)) = alias.split_once('=') else {
            continue;
        };
        let suffix = match tag.strip_prefix(word) {
            Some("") => "",
            Some(rest) => match rest.strip_prefix('-') {
                Some(s) => s,
                None => continue,
            },
            None => continue,
        };
        let suffix = if family.name == "debian" && suffix == "backports" {
            ""
        } else {
            suffix
        };
        // `lts-hydrogen`: node's LTS lines by codename, tagged so from 14 (fermium) on (the
        // first such tags, in 2021, were never made for 12 and older).
        if let Some(named) = family.words.split(' ').find_map(|a| {
            let (w, l) = a.split_once('=')?;
            let tagged = l.parse::<u32>().is_ok_and(|n| n >= 14);
            (word == "lts" && w == suffix && tagged && line.split(',').any(|x| x == l)).then_some(l)
        }) {
            let r = rows.iter().position(|row| row.line == named)?;
            return rows[r].newest_with("").map(|i| hit((r, i), ""));
        }
        // `stable-20200130`: the release that was stable that day, as built that day.
        if let Some(day) = snapshot_day(suffix) {
            let code = debian_alias_at(word, day)?;
            let line = debian_number(code)?;
            let day = dated(family.name, code, suffix)?;
            let r = rows
                .iter()
                .position(|row| row.line == line || row.line == code)?;
            return Some(hit((r, rows[r].built_by(day)), suffix));
        }
        // `lts=22,20,18`: the lines the word named over time, newest first; a variant the
        // line it names today never had is the one of the newest line that had it
        // (`lts-buster` was 18's while 18 was the LTS).
        return line.split(',').find_map(|line| {
            let r = rows.iter().position(|row| row.line == line)?;
            rows[r].newest_with(suffix).map(|i| hit((r, i), suffix))
        });
    }
    // `latest` is the newest release; a bare variant (`alpine`, `bookworm-slim`) the newest that
    // had it.
    if tag != "latest" && !family.bare {
        return None;
    }
    let suffix = if tag == "latest" { "" } else { tag };
    newest(&|row, i| row.has_at(suffix, i)).map(|found| hit(found, suffix))
}

/// The end of the version at the start of a tag (`18.20.8-alpine` → 7, `8u342-jre` → 5,
/// `8u452-b09-jdk` → 9).
fn version_end(tag: &str) -> usize {
    let b = tag.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            i += 1;
            end = i;
        } else if matches!(b[i], b'.' | b'_' | b'u') && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else if (b[i..].starts_with(b"-b") || b[i..].starts_with(b"-p"))
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
        {
            // A build (`8u452-b09`, eclipse-temurin's Java 8) or a patch level (`1.9.3-p551`).
            i += 2;
        } else {
            break;
        }
    }
    end
}

/// How to build one generated image.
pub(crate) struct Plan {
    /// The hand-written image whose steps are reused.
    pub template: &'static ImageDef,
    /// The parent image key (static or generated), if any.
    pub parent: Option<String>,
    /// Build time (seconds since 1970).
    pub created: i64,
    /// Text replacements applied to every step and file entry, longest first.
    pub subs: Vec<(String, String)>,
    /// Layer sizes are scaled by this per mille.
    pub scale: u64,
}

/// Debian's codenames, oldest first, with their release numbers.
const DEBIAN_CODES: &str =
    "6 squeeze|7 wheezy|8 jessie|9 stretch|10 buster|11 bullseye|12 bookworm|13 trixie";

/// The release dates (YYMMDD) of the Debian releases above, in the same order.
const DEBIAN_DATES: &str = "110206 130504 150425 170617 190706 210814 230610 250809";

/// A distribution release as package versions name it: `pgdg110` (Debian 11), `ubu2004`.
fn build_tag(kind: &str, code: &str) -> Option<String> {
    match kind {
        "debian" => Some(format!("pgdg{}0", debian_number(code)?)),
        "ubuntu" => Some(format!(
            "ubu{}",
            super::distro::ubuntu_release(code)?.0.replace('.', "")
        )),
        _ => None,
    }
}

/// The day (since 1970) a release of a distribution came out: Debian's from its list, Ubuntu's
/// from its version (`20.04` → April 2020), Alpine's from its release table.
fn release_day(kind: &str, code: &str) -> Option<i64> {
    match kind {
        "debian" => {
            let n: usize = debian_number(code)?.parse().ok()?;
            yymmdd(DEBIAN_DATES.split(' ').nth(n.checked_sub(6)?)?)
        }
        "ubuntu" => {
            let v = super::distro::ubuntu_release(code)?.0;
            let (y, m) = v.split_once('.')?;
            yymmdd(&format!("{y}{m}20"))
        }
        _ => {
            let f = family_for("alpine")?;
            let rows = rows(f.table);
            let minor: String = code.split('.').take(2).collect::<Vec<_>>().join(".");
            rows.iter().find(|r| r.line == minor).map(|r| r.first)
        }
    }
}

/// How long a distribution release is out before official images build on it (days): they
/// move within days (nginx 1.23.0 of June 2022 is on Alpine 3.16 of May 23).
const BASE_LAG_DAYS: i64 = 7;

/// The release of a distribution that images built at `created` are based on when neither
/// their tags nor their line say: the newest out for a week (LTS only for Ubuntu). A month was
/// too long: official images move to a new release within days of it.
fn distro_at(kind: &str, created: i64) -> Option<String> {
    let cutoff = created / 86_400 - BASE_LAG_DAYS;
    let all: Vec<String> = match kind {
        "debian" => DEBIAN_CODES
            .split('|')
            .filter_map(|r| r.split_once(' ').map(|(_, c)| c.to_string()))
            .collect(),
        "ubuntu" => super::distro::UBUNTU_RELEASES
            .split('|')
            .filter(|r| !r.ends_with(' '))
            .filter_map(|r| r.split(' ').nth(1).map(str::to_string))
            .collect(),
        _ => rows(family_for("alpine")?.table)
            .iter()
            .map(|r| r.line.to_string())
            .collect(),
    };
    all.into_iter()
        .rfind(|c| release_day(kind, c).is_some_and(|d| d <= cutoff))
}

/// The Debian release number of a codename.
pub(crate) fn debian_number(code: &str) -> Option<&'static str> {
    DEBIAN_CODES.split('|').find_map(|r| {
        r.split_once(' ')
            .filter(|(_, c)| *c == code)
            .map(|(n, _)| n)
    })
}

/// The codename of a Debian release number.
pub(crate) fn debian_code(number: &str) -> Option<&'static str> {
    DEBIAN_CODES.split('|').find_map(|r| {
        r.split_once(' ')
            .filter(|(n, _)| *n == number)
            .map(|(_, c)| c)
    })
}

/// Which base distribution a suffix word names: `("debian", "buster")`, `("alpine", "3.19")`.
fn distro_word(word: &str) -> Option<(&'static str, String)> {
    if debian_number(word).is_some() {
        return Some(("debian", word.to_string()));
    }
    if super::distro::ubuntu_release(word).is_some() {
        return Some(("ubuntu", word.to_string()));
    }
    let v = word.strip_prefix("alpine")?;
    (!v.is_empty() && v.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| ("alpine", v.to_string()))
}

/// The distribution a root (base) image key carries: `debian-bookworm-slim` → (debian, bookworm).
fn root_distro(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "debian-bookworm" | "debian-bookworm-slim" => ("debian", "bookworm"),
        "ubuntu-noble" => ("ubuntu", "noble"),
        "ubuntu-jammy" => ("ubuntu", "jammy"),
        "alpine-3.22" => ("alpine", "3.22"),
        "alpine-3.21" => ("alpine", "3.21"),
        _ => return None,
    })
}

/// The root (base) image of a static key.
fn root_of(key: &str) -> Option<&'static ImageDef> {
    let mut def = catalog::image_def(key)?;
    for _ in 0..8 {
        match def.parent.and_then(catalog::image_def) {
            Some(p) => def = p,
            None => break,
        }
    }
    Some(def)
}

/// The hand-written base image of a release, if there is one.
fn static_root(kind: &str, code: &str) -> Option<&'static str> {
    [
        "debian-bookworm-slim",
        "ubuntu-noble",
        "ubuntu-jammy",
        "alpine-3.22",
        "alpine-3.21",
    ]
    .into_iter()
    .find(|k| root_distro(k).is_some_and(|(a, b)| a == kind && b == code))
}

/// The key of `key` moved onto another release of its distribution (`buildpack-deps@bullseye`),
/// or a base image of that release when `key` is of another distribution.
fn rebase(key: &str, kind: &str, code: &str) -> String {
    match root_of(key).and_then(|d| root_distro(d.key)) {
        Some((k, c)) if k == kind && c == code => key.to_string(),
        Some((k, _)) if k == kind => match static_root(kind, code) {
            Some(own) if root_distro(key).is_some() => own.to_string(),
            _ => format!("{key}@{code}"),
        },
        _ => match static_root(kind, code) {
            Some(own) => own.to_string(),
            None => {
                let base = match kind {
                    "debian" => "debian-bookworm-slim",
                    "ubuntu" => "ubuntu-noble",
                    _ => "alpine-3.22",
                };
                format!("{base}@{code}")
            }
        },
    }
}

/// The plan of a generated key: `FAMILY:VERSION:SUFFIX` or `STATICKEY@RELEASE`.
pub(crate) fn plan(key: &str) -> Option<Plan> {
    if let Some((base, code)) = key.split_once('@') {
        return rebase_plan(base, code, None);
    }
    let mut parts = key.splitn(3, ':');
    let family = family_for(parts.next()?)?;
    let version = parts.next()?;
    let suffix = parts.next()?;
    let family = match family.name {
        "wordpress" if suffix == "cli" || suffix.starts_with("cli-") => wordpress_cli()?,
        _ => family,
    };
    let rows = rows(family.table);
    let (r, row, index) = rows.iter().enumerate().find_map(|(r, row)| {
        row.versions
            .iter()
            .position(|v| v == version)
            .map(|i| (r, row, i))
    })?;
    let _ = r;
    match family.name {
        "ubuntu" => {
            let code = super::distro::ubuntu_release(row.line).map(|u| u.1)?;
            return match snapshot_day(suffix) {
                Some(day) => rebase_plan("ubuntu-noble", &format!("{code}@{day}!"), None),
                None => rebase_plan("ubuntu-noble", code, None),
            };
        }
        "debian" => {
            let code = debian_code(row.line).or(debian_number(row.line).map(|_| row.line))?;
            let base = if suffix.contains("slim") {
                "debian-bookworm-slim"
            } else {
                "debian-bookworm"
            };
            return match snapshot_day(suffix) {
                Some(day) => rebase_plan(base, &format!("{code}@{day}!"), Some(version)),
                None => rebase_plan(base, code, Some(version)),
            };
        }
        "alpine" => return rebase_plan("alpine-3.22", version, Some(version)),
        _ => {}
    }
    let template = family
        .templates
        .split(' ')
        .filter_map(|t| t.split_once('='))
        .find(|(word, _)| word.is_empty() || suffix.split('-').any(|w| w.starts_with(word)))
        .and_then(|(_, k)| catalog::image_def(k))?;
    // The base: the distribution the suffix names, else the newest one this version had.
    let named = suffix.split('-').find_map(distro_word);
    let alpine_kind = suffix.contains("alpine");
    let created = row.created(index);
    // Else the newest release among the line's variants that was out a week before this
    // build (official images move to a new Alpine or Debian within days: nginx 1.23.0 of
    // June 2022 is on Alpine 3.16 of May 23), or the oldest of them.
    let default = || {
        let cutoff = created / 86_400 - BASE_LAG_DAYS;
        let mut codes: Vec<(i64, &'static str, String)> = row
            .variants
            .iter()
            .zip(&row.spans)
            .filter(|(_, &(lo, hi))| (lo..=hi).contains(&index))
            .flat_map(|(s, _)| s.split('-'))
            .filter_map(distro_word)
            .filter(|(kind, _)| (*kind == "alpine") == alpine_kind)
            .filter_map(|(kind, code)| Some((release_day(kind, &code)?, kind, code)))
            .collect();
        codes.sort();
        let pick = codes
            .iter()
            .rev()
            .find(|(day, _, _)| *day <= cutoff)
            .or(codes.first())?;
        Some((pick.1, pick.2.clone()))
    };
    let kind = template
        .parent
        .and_then(root_of)
        .and_then(|d| root_distro(d.key))
        .map(|(k, _)| k);
    let by_date = || kind.and_then(|k| distro_at(k, created).map(|c| (k, c)));
    // A plain tag is based on the variant it shared its tag line with.
    let shared = || {
        row.bases
            .iter()
            .find(|&&(lo, hi, _)| suffix.is_empty() && (lo..=hi).contains(&index))
            .and_then(|&(_, _, code)| distro_word(code))
    };
    let distro = named.or_else(shared).or_else(default).or_else(by_date);
    let mut subs = Vec::new();
    let parent = match (template.parent, &distro) {
        (Some(p), Some((kind, code))) => {
            // The template's own release names (`1~bookworm`, `bookworm-pgdg`) follow the base.
            let own = root_of(p).and_then(|d| root_distro(d.key));
            if let Some((k, c)) = own.filter(|(k, c)| k == kind && *k != "alpine" && c != code) {
                subs.push((c.to_string(), code.clone()));
                // So do the release numbers packages are built for (`pgdg120`, `ubu2404`).
                if let (Some(a), Some(b)) = (build_tag(k, c), build_tag(k, code)) {
                    subs.push((a, b));
                }
            }
            let key = rebase(p, kind, code);
            // A child older than the base's last build sits on an older build of it.
            let base_created = match catalog::image_def(&key) {
                Some(d) => super::build::parse_rfc3339(d.created),
                None => plan(&key).map(|b| b.created),
            };
            let day = created / 86_400 - 2;
            match (base_created, key.split_once('@')) {
                (Some(b), Some((k, c))) if b > created => Some(format!("{k}@{c}@{day}")),
                (Some(b), None) if b > created => Some(format!("{key}@{code}@{day}")),
                _ => Some(key),
            }
        }
        (p, _) => p.map(str::to_string),
    };
    let full = version.to_string();
    if !family.tv.is_empty() {
        // Tags cannot hold a `+`; docker-library writes a build `17.0.15+6` as `17.0.15_6`.
        let release = if family.tv.contains('+') {
            full.replace('_', "+")
        } else {
            full.clone()
        };
        subs.push((family.tv.to_string(), release));
    }
    let mut parent = parent;
    for pair in family.subs.split(' ').filter_map(|p| p.split_once('>')) {
        // `5.7:-1.el9>-1.el7` applies to the 5.7 line only.
        let from = match pair.0.split_once(':') {
            Some((line, from)) if line == row.line => from,
            Some(_) => continue,
            None => pair.0,
        };
        // `@KEY>KEY`: the line's own base image (`mysql:5.7` stayed on Oracle Linux 7).
        if let Some(base) = from.strip_prefix('@') {
            if parent.as_deref() == Some(base) {
                parent = Some(pair.1.to_string());
            }
            continue;
        }
        let major = row.line.split('.').next().unwrap_or(row.line);
        let to = pair
            .1
            .replace("{L}", row.line)
            .replace("{M}", major)
            .replace("{F}", &full);
        subs.push((from.to_string(), to));
    }
    Some(Plan {
        template,
        parent,
        created,
        subs,
        scale: age_scale(created),
    })
}

/// Older images are smaller: 55% of today's size ten years back.
fn age_scale(created: i64) -> u64 {
    const NOW: i64 = 1_748_854_800;
    let years = ((NOW - created).max(0) / 31_557_600) as u64;
    1000u64.saturating_sub(45 * years.min(10))
}

/// A static image moved onto another release of its distribution, and its parents with it.
fn rebase_plan(base: &str, code: &str, full: Option<&str>) -> Option<Plan> {
    // `bullseye@19000`: a build of that release no later than day 19000 (for older children).
    // `bionic@19507!`: the dated build of that day itself (`bionic-20230530`).
    let (code, exact) = match code.strip_suffix('!') {
        Some(c) => (c, true),
        None => (code, false),
    };
    let (code, cap) = match code.split_once('@') {
        Some((c, days)) => (c, days.parse::<i64>().ok().map(|d| d * 86_400)),
        None => (code, None),
    };
    let whole = |c: &str| match cap {
        Some(t) => format!("{c}@{}", t / 86_400),
        None => c.to_string(),
    };
    let template = catalog::image_def(base)?;
    let root = root_of(base)?;
    let (kind, own) = root_distro(root.key)?;
    let mut subs: Vec<(String, String)> = Vec::new();
    let created = match kind {
        "debian" => {
            let number = debian_number(code)?;
            subs.push((own.to_string(), code.to_string()));
            // `debian:10.4`: the release files of that point release.
            if let Some(point) = full.filter(|v| v.contains('.')) {
                subs.push((format!("%debian-{code}"), format!("%debian-{code}+{point}")));
            }
            distro_date("debian", number, full).or_else(|| distro_date("debian", code, None))?
        }
        "ubuntu" => {
            let (version, code, _, _) = super::distro::ubuntu_release(code)?;
            let own_version = super::distro::ubuntu_release(own)?.0;
            subs.push((own.to_string(), code.to_string()));
            subs.push((own_version.to_string(), version.to_string()));
            distro_date("ubuntu", version, full)?
        }
        _ => {
            // Alpine: `3.19` or `3.19.1`; the minor's newest patch by default.
            let minor = code.split('.').take(2).collect::<Vec<_>>().join(".");
            // A child built before the minor's last patch sits on the patch out by then.
            let full = if code.matches('.').count() >= 2 {
                code.to_string()
            } else if let Some(t) = cap {
                let f = family_for("alpine")?;
                let rows = rows(f.table);
                let row = rows.iter().find(|r| r.line == minor)?;
                row.versions.get(row.built_by(t / 86_400))?.clone()
            } else {
                distro_full("alpine", &minor)?
            };
            // The hand-written Alpine bases are 3.22.0 and 3.21.3.
            let own_full = if own == "3.22" { "3.22.0" } else { "3.21.3" }.to_string();
            // The release files name the patch release itself (`alpine:3.18.4` is 3.18.4).
            subs.push((format!("%alpine-{own}"), format!("%alpine-{full}")));
            subs.push((own_full, full));
            subs.push((own.to_string(), minor.clone()));
            distro_date("alpine", &minor, Some(code))?
        }
    };
    // Images built on the base keep their distance in time from it.
    let offset = super::build::parse_rfc3339(template.created).unwrap_or(0)
        - super::build::parse_rfc3339(root.created).unwrap_or(0);
    let parent = template.parent.map(|p| format!("{p}@{}", whole(code)));
    let created = match cap {
        Some(t) if exact => t + 3_600 * 3,
        Some(t) => created.min(t),
        None => created,
    } + offset.max(0);
    Some(Plan {
        template,
        parent,
        created,
        subs,
        scale: age_scale(created),
    })
}

/// The build of a distribution's release (`debian`, `10`, `10.4`): the line's last build
/// unless a version of it is named.
fn distro_date(family: &str, line: &str, full: Option<&str>) -> Option<i64> {
    let f = family_for(family)?;
    let rows = rows(f.table);
    let row = rows.iter().find(|r| r.line == line)?;
    let last = row.versions.len().saturating_sub(1);
    let i = full
        .and_then(|v| row.versions.iter().position(|x| x == v))
        .unwrap_or(last);
    Some(row.created(i).min(1_748_000_000))
}

/// The newest full version of a distribution's release line (`alpine`, `3.19` → `3.19.7`).
pub(crate) fn distro_full(family: &str, line: &str) -> Option<String> {
    let f = family_for(family)?;
    let rows = rows(f.table);
    rows.iter()
        .find(|r| r.line == line)
        .and_then(|r| r.versions.last().cloned())
}

/// WP-CLI's images (`wordpress:cli-2.12-php8.4`), which number their own releases: the
/// `wordpress` repository with the table of its `cli` tags.
fn wordpress_cli() -> Option<Family> {
    let wordpress = family_for("wordpress")?;
    Some(Family {
        table: t::table("wordpress-cli"),
        words: "",
        templates: "=wordpress-cli",
        tv: "2.12.0",
        subs: "",
        ..wordpress
    })
}

/// Resolves a tag of a generated repository to the key of its image.
pub(crate) fn resolve(repo: &str, tag: &str) -> Option<String> {
    // `wordpress:cli` is WP-CLI's newest, `wordpress:cli-2.12-php8.4` one of its releases.
    let cli = match (repo, tag.strip_prefix("cli")) {
        ("wordpress", Some("")) => Some("latest"),
        ("wordpress", Some(rest)) => rest.strip_prefix('-'),
        _ => None,
    };
    let family = match cli {
        Some(_) => wordpress_cli()?,
        None => family_for(repo)?,
    };
    let rows = rows(family.table);
    let hit = lookup(&family, &rows, cli.unwrap_or(tag))?;
    let version = rows.get(hit.row)?.versions.get(hit.index)?;
    let suffix = match (cli, hit.suffix.as_str()) {
        (Some(_), "") => "cli".to_string(),
        (Some(_), s) => format!("cli-{s}"),
        (None, s) => s.to_string(),
    };
    Some(format!("{}:{version}:{suffix}", family.name))
}
