#!/usr/bin/env python3
"""Regenerates src/registry/tables.rs from the git history of docker-library/official-images.

Usage: scripts/hub-tables.py GIT_DIR > src/registry/tables.rs
       scripts/hub-tables.py --tags DIR GIT_DIR   (the history's tags, DIR/NAME.txt)
       scripts/hub-tables.py --words GIT_DIR      (the lines each word tag named, newest first)
GIT_DIR is a clone (bare or not) of https://github.com/docker-library/official-images.
"""
import collections
import re
import subprocess
import sys


FAMILIES = ["node", "python", "ubuntu", "debian", "alpine", "busybox", "nginx", "httpd", "mysql",
    "mariadb", "postgres", "redis", "mongo", "golang", "openjdk", "eclipse-temurin", "amazoncorretto",
    "php", "wordpress", "tomcat", "rabbitmq", "registry", "centos", "rockylinux", "fedora",
    "amazonlinux", "traefik", "caddy", "elasticsearch", "kibana", "ruby", "rust"]


def extract(git_dir, fam, before="2025-06-02"):
    """Every tag ever listed in library/FAM: tag -> [first date, last date, co-tags]."""
    out = subprocess.run(["git", "--git-dir", git_dir, "log", "-p", "--reverse", "--before=" + before,
                          "--format=COMMIT %ad", "--date=short", "--", "library/" + fam],
                         capture_output=True, text=True).stdout
    tags = {}
    date = None
    for line in out.splitlines():
        if line.startswith("COMMIT "):
            date = line[7:].strip()
            continue
        if not line.startswith("+") or line.startswith("+++"):
            continue
        l = line[1:].strip()
        m = re.match(r"^(Shared)?Tags:\s*(.*)$", l)
        if m:
            co = [t.strip() for t in m.group(2).split(",") if t.strip()]
            for t in co:
                if t not in tags:
                    tags[t] = [date, date, co]
                else:
                    tags[t][1] = date
                    tags[t][2] = co
            continue
        m = re.match(r"^([A-Za-z0-9_.-]+):\s*(git|https?)://", l)
        if m:
            t = m.group(1)
            if t not in tags:
                tags[t] = [date, date, [t]]
            else:
                tags[t][1] = date
    return tags

def splits(s):
    out=[("",s)]
    for i,ch in enumerate(s):
        if ch=='-':
            out.append((s[:i+1], s[i+1:]))
            out.append((s[:i], s[i:]))
    out.append((s,""))
    return out
def factor(S):
    S=set(S); terms=[]
    while S:
        best=None
        tails={}
        for s in sorted(S):
            for p,t in splits(s):
                tails.setdefault(t,set()).add(p)
        groups={}
        for t,P in tails.items():
            groups.setdefault(frozenset(P),set()).add(t)
        for P,T in sorted(groups.items(),key=lambda g:(sorted(g[0]),sorted(g[1]))):
            # restrict to those fully in S
            cov={p+t for p in P for t in T}
            if not cov<=S: continue
            score=len(cov)-(len(P)+len(T))
            # cost estimate in chars
            raw=sum(len(x)+1 for x in cov)
            fac=sum(len(p)+1 for p in P)+sum(len(t)+1 for t in T)+4
            gain=raw-fac
            if best is None or gain>best[0]: best=(gain,P,T,cov)
        if best is None or best[0]<=0 or len(best[3])<2:
            for s in sorted(S): terms.append(s if s else '~')
            break
        _,P,T,cov=best
        def fmt(X):
            X=sorted(X)
            return X[0] if len(X)==1 else '{'+','.join(X)+'}'
        terms.append(fmt(P)+fmt(T))
        S-=cov
    return ','.join(sorted(terms))

DEPTH={'python':2,'ubuntu':2,'alpine':2,'busybox':2,'nginx':2,'httpd':2,'mysql':2,'mariadb':2,'redis':2,'mongo':2,'golang':2,'php':2,'wordpress':2,'tomcat':2,'rabbitmq':2,'traefik':2,'caddy':2,'elasticsearch':2,'kibana':2,'ruby':2,'rust':2}
# A version: numbers joined by `.`, `_` or `u`; eclipse-temurin's carry a build (`8u452-b09`).
VRE=re.compile(r'^(\d+(?:[._u]\d+)*)(.*)$')
BUILD_VRE=re.compile(r'^(\d+(?:[._u]\d+)*(?:-b\d+)?)(.*)$')
# Ruby 1.9-2.0's patch levels are part of the version (`1.9.3-p551`, never `1.9-p551`).
PATCH_VRE=re.compile(r'^(\d+(?:[._u]\d+)*(?:-p\d+)?)(.*)$')
def vre(fam): return BUILD_VRE if fam=='eclipse-temurin' else PATCH_VRE if fam=='ruby' else VRE
BAD=re.compile(r'windowsservercore|nanoserver|ltsc|1809|onbuild|chakracore|^docs|edge|unstable|(^|-)(ea|rc|beta|alpha|preview|snapshot|m\d+|M\d+)(\d|-|\.|$)|adoptopenjdk|openj9|corretto|openjdk-oracle|oraclelinux7|-zts|^-ubi|al2-generic|otel|alpine3\.\d+-(perl|slim)|with-sources|RC')
def comps(v): return [int(x) for x in re.split(r'[._u]|-b|-p',v)]
def order(v):
    """Sort key of a full version: a build after `_` follows the version padded to three numbers,
    so a GA tag `17_35` (17.0.0 build 35) comes before `17.0.1_12`."""
    if '_' not in v: return comps(v)
    main,build=v.split('_',1)
    c=[int(x) for x in re.split(r'[.u]',main)]
    return c+[0]*(3-len(c))+[int(x) for x in re.split(r'[._u]',build)]
def linekey(fam,v):
    c=re.split(r'([._u])',v)  # tokens
    d=DEPTH.get(fam,1)
    if fam=='node' and c[0]=='0': d=2
    if fam=='postgres' and int(c[0])<10: d=2
    if fam=='traefik' and c[0].startswith('v'): pass
    return ''.join(c[:2*d-1])
def fill(pv):
    out=[]
    for v in pv:
        if out:
            a=re.match(r'^(.*?)(\d+)$',out[-1]); b=re.match(r'^(.*?)(\d+)$',v)
            if a and b and '-p' not in v and a.group(1)==b.group(1) and str(int(b.group(2)))==b.group(2) and str(int(a.group(2)))==a.group(2) and 0 < int(b.group(2))-int(a.group(2)) <= 6 and int(b.group(2)) < 10000:
                for k in range(int(a.group(2))+1,int(b.group(2))): out.append(a.group(1)+str(k))
        out.append(v)
    return out
def build(fam):
    tags=data[fam]
    full=collections.defaultdict(dict) # version -> suffix -> firstdate
    words=collections.defaultdict(set)
    for t,(d0,d1,co) in tags.items():
        tt=t
        if fam=='traefik' and tt.startswith('v'): tt=tt[1:]
        m=vre(fam).match(tt)
        if m:
            v,s=m.groups()
            if s and not s.startswith('-'): continue
            if BAD.search(s): continue
            if fam=='amazoncorretto' and re.search(r'full|headful|headless|native|generic', s): continue
            if fam=='openjdk' and re.match(r'^-(b\d+|\d+)(-|$)', s): continue
            if fam=='tomcat' and re.search(r'openjdk-(slim-)?(buster|bullseye|bookworm|stretch)|jre\d+-openjdk|al2|-slim', s): continue
            if fam=='alpine' and len(v)==8: continue
            full[v][s[1:]]=(d0,d1)
        else:
            words[t]=co
    # keep only "full" versions: versions that are not a proper prefix of another version
    vs=list(full)
    def isprefix(a,b): return b!=a and b.startswith(a) and (b[len(a)] in '._u' or (fam=='eclipse-temurin' and b[len(a):len(a)+2]=='-b') or (fam=='ruby' and b[len(a):len(a)+2]=='-p'))
    fulls=[v for v in vs if not any(isprefix(v,w) for w in vs)]
    # line grouping
    lines=collections.defaultdict(list)
    for v in fulls: lines[linekey(fam,v)].append(v)
    rows=[]
    for L in sorted(lines,key=comps):
        pv=sorted(lines[L],key=order)
        # suffix set per version: union of suffixes of v and of its prefixes? only exact
        pv=fill(pv)
        if fam=='amazonlinux' and len(pv)>3: pv=pv[-3:]
        idx={v:i for i,v in enumerate(pv)}
        suf=collections.defaultdict(list)
        for v in pv:
            for s in full.get(v,{}): suf[s].append(idx[v])
        # Prefix-only suffixes (a shared tag `11` or `11-alpine3.12-jdk` with no such tag of a
        # full version): a tag of that depth only, naming the newest version under it that was
        # out when the tag was last published (`^DEPTH@INDEX:` groups).
        born={w:min(d[0] for d in full[w].values()) for w in pv if w in full}
        alias=collections.defaultdict(list)
        for v in vs:
            if v in idx or not (v==L or isprefix(L,v)): continue
            under=[w for w in pv if w==v or isprefix(v,w)]
            if not under: continue
            depth=len(re.split(r'[._u]',v))
            for s,(d0,d1) in full[v].items():
                if not any(s in full.get(w,{}) for w in under):
                    by=[w for w in under if born.get(w,'9999')<=d1] or under[:1]
                    alias[(depth,idx[by[-1]])].append(s if s else '~')
        # Suffixes no shorter tag of the line ever had (`11.0.27.6.1-al2`, never `11-al2`):
        # tags of full versions only (`!` groups).
        # `!DIGITS!` groups: the numbers of version components of the shorter tags that had them
        # (`!2!`: `8.0-bookworm` and `8.0.36-bookworm`, never `8-bookworm`).
        shorter=[v for v in vs if v not in idx and (v==L or isprefix(L,v) or isprefix(v,L))]
        def ncomp(v): return len(re.split(r'[._u]',v))
        alld=set(ncomp(v) for v in shorter)
        dep=collections.defaultdict(set)
        for v in shorter:
            for x in full[v]: dep[x].add(ncomp(v))
        groups=collections.defaultdict(list)
        for s,ii in suf.items():
            # One span per run of versions that had the suffix (a suffix dropped and brought
            # back later, as tomcat's `-jre8`, is two spans; a filled hole does not split).
            ii=sorted(set(ii))
            lo=ii[0]
            only='' if dep[s]==alld else ''.join(str(d) for d in sorted(dep[s]))+'!'
            for a,b in zip(ii,ii[1:]+[None]):
                if b is None or any(pv[k] in full for k in range(a+1,b)):
                    groups[(lo,a,only)].append(s if s else '~')
                    lo=b
        # tails
        tails=[]
        for v in pv:
            t=(v[len(L)+1:] if v[len(L)]=='.' else v[len(L):]) if v!=L else '='
            tails.append(t)
        # compress tails: runs of same prefix with consecutive last numbers
        out=[];i=0
        while i<len(tails):
            t=tails[i]
            m=re.match(r'^(.*?)(\d+)$',t)
            if not m: out.append(t);i+=1;continue
            pre,n=m.group(1),int(m.group(2)); j=i
            while j+1<len(tails):
                m2=re.match(r'^(.*?)(\d+)$',tails[j+1])
                if m2 and m2.group(1)==pre and int(m2.group(2))==n+(j+1-i) and str(int(m2.group(2)))==m2.group(2): j+=1
                else: break
            if j>i: out.append(f'{pre}{n}-{n+j-i}')
            else: out.append(t)
            i=j+1
        n=len(pv)
        # One group per span of versions (indices into the expanded list) that had the same
        # suffixes: `LO-HI:terms`, LO omitted for 0, HI for the last; no prefix for the whole line.
        gs=[]
        for (lo,hi,only),ss in sorted(groups.items(),key=lambda g:(g[0][2],g[0][0]!=0 or g[0][1]!=n-1,g[0])):
            terms=factor([x if x!='~' else '' for x in ss])
            bang='!'+only if only else ''
            if (lo,hi)==(0,n-1): gs.append(bang+terms)
            elif lo==hi: gs.append(f'{bang}{lo}:{terms}')
            else: gs.append(f"{bang}{lo or ''}-{'' if hi==n-1 else hi}:{terms}")
        for (depth,i),ss in sorted(alias.items()):
            gs.append(f'^{depth}@{i}:'+factor([x if x!='~' else '' for x in sorted(set(ss))]))
        # The base of each plain tag: the distribution variant it shared its tag line with
        # (`Tags: 10.21, 10.21-stretch` makes 10.21 stretch-based), as `LO-HI=CODE` runs.
        bases=[]
        for v in pv:
            co=tags.get(v,(0,0,[]))[2] if '' in full.get(v,{}) else []
            bases.append(next((c[len(v)+1:] for c in co if c.startswith(v+'-') and DISTRO.match(c[len(v)+1:])),None))
        i=0
        while i<n:
            j=i
            while j+1<n and bases[j+1]==bases[i]: j+=1
            if bases[i]:
                span='' if (i,j)==(0,n-1) else (str(i) if i==j else f"{i or ''}-{'' if j==n-1 else j}")
                gs.append(f'{span}={bases[i]}')
            i=j+1
        d0s=sorted(d[0] for v in pv for d in full.get(v,{}).values())
        d1s=sorted(d[1] for v in vs if v==L or isprefix(L,v) or v in idx for d in full.get(v,{}).values())
        dates=[d0s[0], d1s[-1]]
        da=dates[0]; db=dates[-1]
        months=(int(db[:4])-int(da[:4]))*12+int(db[5:7])-int(da[5:7])
        rows.append(f"{L}|{' '.join(out)}|{' '.join(gs)}|{db[2:4]}{db[5:7]}|{months}")
    return rows, words, fulls

B36='0123456789abcdefghijklmnopqrstuvwxyz'
def b36day(d):
    import datetime
    n=(datetime.date(int(d[:4]),int(d[4:6]),int(d[6:8]))-datetime.date(2010,1,1)).days
    return B36[n//1296]+B36[n//36%36]+B36[n%36]
def snapshots(fam):
    """Dated builds of a release (`bionic-20230530`, `bookworm-20230612-slim`), by codename."""
    per={}
    for t in data[fam]:
        m=re.match(r'^([a-z]+)-(\d{8})(\.\d+)?(-slim)?$',t)
        if not m: continue
        e=per.setdefault(m.group(1),{})
        e.setdefault((m.group(2),m.group(3) or ''),set()).add(bool(m.group(4)))
    rows=[]
    for code in sorted(per):
        if fam=='debian' and code not in DEBIAN_RELEASES: continue
        ds=sorted(per[code])
        # Debian's `-slim` builds began later: they are the dates from the SKIP-th on.
        skip=next((i for i,d in enumerate(ds) if True in per[code][d]),None) if fam=='debian' else None
        skip='-' if skip is None else skip
        # A date is its distance in days from the one before (one digit, below 35), else `z` and
        # the day itself.
        toks='';prev=None
        for d,n in ds:
            day=int(b36day(d),36)
            toks+=B36[day-prev] if prev is not None and 0<=day-prev<35 else 'z'+b36day(d)
            toks+='.'+B36[int(n[1:])] if n else ''
            prev=day
        rows.append(f'{fam} {code} {skip} {toks}')
    return rows
DISTRO=re.compile(r'^(squeeze|wheezy|jessie|stretch|buster|bullseye|bookworm|trixie|trusty|xenial|bionic|focal|jammy|noble|alpine\d+\.\d+)$')
ELASTIC_ONLY=['6.0|0-1|~|1712|1','6.1|0-4|~|1803|3','6.2|0-4|~|1804|2','6.3|0-2|~|1807|1']
DEBIAN_RELEASES=['squeeze','wheezy','jessie','stretch','buster','bullseye','bookworm','trixie']

def suffix_modeled(fam, s):
    """Whether a variant suffix (`-alpine3.19`, empty) is one the tables model (build()'s filters)."""
    if BAD.search(s):
        return False
    if fam == 'amazoncorretto' and re.search(r'full|headful|headless|native|generic', s):
        return False
    if fam == 'openjdk' and re.match(r'^-(b\d+|\d+)(-|$)', s):
        return False
    if fam == 'tomcat' and re.search(r'openjdk-(slim-)?(buster|bullseye|bookworm|stretch)|jre\d+-openjdk|al2|-slim', s):
        return False
    return True

def modeled(fam, t, co):
    """Whether a tag of the history is one the tables model: not a pre-release, Windows or other
    left-out variant (the filters of build()), nor a word that only ever named pre-releases."""
    if t == 'GitRepo':
        return False
    if fam == 'wordpress' and (t == 'cli' or t.startswith('cli-')):
        t = 'latest' if t == 'cli' else t[4:]
    tt = t[1:] if fam == 'traefik' and t.startswith('v') else t
    m = vre(fam).match(tt)
    if not m:
        word, _, rest = t.partition('-')
        if BAD.search(t) or not suffix_modeled(fam, '-' + rest if rest else '') or word == 'tip':
            return False
        versions = [c for c in co if c != t and vre(fam).match(c.lstrip('v'))]
        return not versions or any(modeled(fam, c, []) for c in versions)
    v, s = m.groups()
    if s and not s.startswith('-'):
        return False
    if fam == 'alpine' and len(v) == 8:
        return False
    return suffix_modeled(fam, s)

if len(sys.argv) == 4 and sys.argv[1] == '--tags':
    # `--tags DIR GIT_DIR`: every tag of the history the tables model, one file per repository
    # (DIR/NAME.txt), for the ignored test `registry::tests::tag_space_matches_history`.
    import os
    os.makedirs(sys.argv[2], exist_ok=True)
    for f in FAMILIES:
        with open(os.path.join(sys.argv[2], f + '.txt'), 'w') as out:
            tags = extract(sys.argv[3], f)
            out.write(''.join(t + '\n' for t in sorted(tags) if modeled(f, t, tags[t][2])))
    sys.exit(0)
def word_lines(git_dir, fam, before="2025-06-02"):
    """The release lines each word tag (`stable`, `lts-alpine`) named over the history, newest
    first, by the word before its first `-`: the `WORDS` of families.rs."""
    out = subprocess.run(["git", "--git-dir", git_dir, "log", "-p", "--reverse", "--before=" + before,
                          "--format=COMMIT %ad", "--date=short", "--", "library/" + fam],
                         capture_output=True, text=True).stdout
    hist = collections.defaultdict(list)
    for line in out.splitlines():
        if not line.startswith("+") or line.startswith("+++"):
            continue
        m = re.match(r"^(Shared)?Tags:\s*(.*)$", line[1:].strip())
        if not m:
            continue
        co = [t.strip() for t in m.group(2).split(",") if t.strip()]
        vers = [VRE.match(t).group(1) for t in co if VRE.match(t)]
        if not vers:
            continue
        line_of = linekey(fam, max(vers, key=len))
        for w in co:
            if VRE.match(w) or BAD.search(w):
                continue
            base = w.split('-')[0]
            if line_of not in hist[base]:
                hist[base].append(line_of)
    return {w: list(reversed(ls)) for w, ls in hist.items() if len(ls) > 1}

if len(sys.argv) == 3 and sys.argv[1] == '--words':
    for f in FAMILIES:
        for w, ls in sorted(word_lines(sys.argv[2], f).items()):
            print(f"{f} {w}={','.join(ls)}")
    sys.exit(0)
if len(sys.argv) != 2:
    sys.exit(__doc__)
data = {f: extract(sys.argv[1], f) for f in FAMILIES}
# WP-CLI's images (`wordpress:cli-2.12-php8.4`) number their own releases: a table of their own,
# the `cli-` taken off (`cli` alone is its `latest`).
def is_cli(t): return t == 'cli' or t.startswith('cli-')
data['wordpress-cli'] = {('latest' if t == 'cli' else t[4:]): v for t, v in data['wordpress'].items() if is_cli(t)}
data['wordpress'] = {t: v for t, v in data['wordpress'].items() if not is_cli(t)}
DEPTH['wordpress-cli'] = 2
fams = FAMILIES[:FAMILIES.index('wordpress') + 1] + ['wordpress-cli'] + FAMILIES[FAMILIES.index('wordpress') + 1:]
out=['//! Release tables of the official images: one compact `&str` per repository, parsed on demand',
'//! by [`super::families`] (nothing here is decoded until a tag of that repository is looked up).',
'//!',
'//! Source: the `library/<name>` files of docker-library/official-images and their whole git',
'//! history up to 2025-06-02 (the virtual epoch): every `Tags:`/`SharedTags:` line ever added was',
'//! collected, tags were split into a version and a variant suffix, and each release line became one',
'//! row. Windows, pre-release (`-rc`, `-ea`, `-beta`) and onbuild tags are left out; small holes in',
'//! patch runs are filled; Amazon Linux keeps its last three builds per line. Regenerate with',
'//! `scripts/hub-tables.py` (it reads that history with git).',
'//!',
'//! Row: `LINE|PATCHES|VARIANTS|LAST|MONTHS`. PATCHES lists the full versions under LINE (`=` is LINE',
'//! itself; `12.0-1` is `.12.0` and `.12.1`; `3-19` is `.3` … `.19`; `u92` is `u92`). VARIANTS are',
'//! the tag suffixes the line had (`~` is none), comma-separated, `{a,b}{-c,-d}` standing for',
'//! every pairing, in space-separated groups: a group applies to every version of the line, or',
'//! with a `LO-HI:` prefix to the versions LO..=HI of the expanded list only (`I:` one version,',
'//! LO left out is the first, HI left out the last), as the history shows each suffix first and',
'//! last published. A `^D@I:` group holds the suffixes only tags of D version numbers had (`11`,',
'//! `11-alpine3.12-jdk`, never with a full version), naming version I. LAST is the month (YYMM)',
'//! the line last got a new build, MONTHS how long before that its first came out. A `LO-HI=CODE`',
'//! group names the base of the plain tags of those versions (the variant tag they shared their',
'//! tag line with). A `!DIGITS!` group holds suffixes that only tags of full versions and of',
'//! DIGITS version numbers had (`!!`: `11.0.27.6.1-al2`, never `11-al2`; `!2!`: `8.0-bookworm`,',
'//! never `8-bookworm`).',
'']
for f in fams:
    rows,_,_=build(f)
    if f in ('elasticsearch','kibana'):
        # Elastic's own registry (docker.elastic.co) also served 6.0 to 6.3, which never were
        # library tags; families.rs keeps these lines to that host (ELASTIC_ONLY).
        rows+=ELASTIC_ONLY
        rows.sort(key=lambda r: comps(r.split('|')[0]))
    if f=='debian':
        # trixie had only codename tags before its release (2025-08).
        rows.append('trixie|=|slim,~|2505|23')
    name=f.upper().replace('-','_')
    src = "the `cli` tags of `library/wordpress`" if f == 'wordpress-cli' else f'`library/{f}`'
    out.append(f'/// `{f}`, from {src}.')
    out.append(f'pub(crate) const {name}: &str = "{chr(10).join(rows)}";'.replace('\n','\\n\\\n'))
    out.append('')
snaps=snapshots('ubuntu')+snapshots('debian')
for c in ["Dated builds of Ubuntu and Debian releases, one release a line: `FAMILY CODE SKIP DAYS`.",
          "DAYS are the build dates, each one base-36 digit (days since the date before, below 35) or",
          "`z` and three (days since 2010-01-01), with `.N` after one for rebuild N of that day (one",
          "base-36 digit: `artful-20170511.1`). Debian's `-slim` builds are the dates from the SKIP-th",
          "on (`-`: none). Aliases (`stable-20200130`) have the dates of the release they named."]:
    out.append('/// '+c)
out.append('pub(crate) const SNAPSHOTS: &str = "'+chr(10).join(snaps).replace(chr(10),'\\n\\'+chr(10))+'";')
out.append('')
names=[(f,f.upper().replace('-','_')) for f in fams]
out.append('/// The table of a repository by name (empty when it has none), and the dated builds as')
out.append('/// `~snapshots` (no repository name has a `~`): every table is read through here.')
out.append("pub(crate) fn table(name: &str) -> &'static str {")
out.append('    match name {')
out+= [f'        "{n}" => {c},' for n,c in names]
out.append('        "~snapshots" => SNAPSHOTS,')
out.append('        _ => "",')
out.append('    }')
out.append('}')
sys.stdout.write('\n'.join(out)+'\n')
