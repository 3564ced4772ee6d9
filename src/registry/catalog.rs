//! The catalogue of the stand-in Docker Hub: repositories (description, stars, tags) and the
//! image definitions the tags point to, written as the Dockerfile steps the real images record.
//!
//! To add an image: write an [`ImageDef`] (its parent, creation date and steps, file entries in
//! the language of [`super::build`]), add it to [`IMAGES`], and list its tags in a [`RepoDef`] in
//! [`REPOS`]. Sizes are uncompressed bytes as `docker images` adds them up; a step's `*` entries
//! absorb whatever the listed files leave over. Tags of one image share one definition, and an
//! image built `FROM` another shares its layers, as on Docker Hub.

/// One Dockerfile instruction of a catalogue image: a layer, a config change, or both in history.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Step {
    /// The history text (`RUN /bin/sh -c … # buildkit`, `ENV NODE_VERSION=24.1.0`).
    pub by: &'static str,
    /// The history comment (`buildkit.dockerfile.v0`, `debuerreotype 0.15`, or empty).
    pub comment: &'static str,
    /// File entries of the layer (empty for metadata steps).
    pub files: &'static [&'static str],
    /// Uncompressed layer size in bytes; the `*` files are padded up to it.
    pub size: u64,
    /// Whether the step makes a filesystem layer.
    pub layer: bool,
    /// Whether the step appears in `docker history` (the base images set PATH silently).
    pub history: bool,
}

/// One image as the registry serves it: built from its parent's image plus its own steps.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ImageDef {
    /// Internal name, used by tags and by children (`node-24`, `debian-bookworm`).
    pub key: &'static str,
    /// The image it is built `FROM` (its layers are shared), or none for a base image.
    pub parent: Option<&'static str>,
    /// Build time, RFC 3339 UTC, in the past of the virtual epoch 2025-06-02T09:00:00Z.
    pub created: &'static str,
    /// Steps in Dockerfile order.
    pub steps: &'static [Step],
}

/// A repository on the stand-in Hub.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RepoDef {
    /// Familiar name: `node` for official images, `bitnami/mysql` for others.
    pub name: &'static str,
    /// Docker Hub's short description.
    pub description: &'static str,
    /// Star count.
    pub stars: u64,
    /// Docker Official Image.
    pub official: bool,
    /// Tags, as `TAGS=KEY` groups joined by `;` (space-separated tags): every tag in a group is
    /// the same image.
    pub tags: &'static str,
}

pub(crate) const K: u64 = 1_000;
pub(crate) const M: u64 = 1_000_000;
const BK: &str = "buildkit.dockerfile.v0";

/// A BuildKit step that makes a layer (`RUN`, `COPY`, `ADD`).
pub(crate) const fn run(by: &'static str, size: u64, files: &'static [&'static str]) -> Step {
    Step {
        by,
        comment: BK,
        files,
        size,
        layer: true,
        history: true,
    }
}

/// A BuildKit metadata step (`ENV`, `CMD`, `EXPOSE`, …).
pub(crate) const fn meta(by: &'static str) -> Step {
    Step {
        by,
        comment: BK,
        files: &[],
        size: 0,
        layer: false,
        history: true,
    }
}

/// A legacy-builder step (`/bin/sh -c #(nop) …`), with or without a layer.
pub(crate) const fn legacy(by: &'static str, size: u64, files: &'static [&'static str]) -> Step {
    Step {
        by,
        comment: "",
        files,
        size,
        layer: !files.is_empty(),
        history: true,
    }
}

/// A root filesystem made by a distribution's own tool (`debuerreotype`).
const fn rootfs(
    by: &'static str,
    comment: &'static str,
    size: u64,
    files: &'static [&'static str],
) -> Step {
    Step {
        by,
        comment,
        files,
        size,
        layer: true,
        history: true,
    }
}

/// A config change with no history line (the default PATH of base images).
const fn silent(by: &'static str) -> Step {
    Step {
        by,
        comment: "",
        files: &[],
        size: 0,
        layer: false,
        history: false,
    }
}

pub(crate) const PATH: Step =
    silent("ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");

/// The node image's Debian/Alpine steps, shared by its versions.
macro_rules! node_steps {
    (debian $version:literal, $node_size:expr) => {
        &[
            run("RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit", 0, NODE_USER),
            meta(concat!("ENV NODE_VERSION=", $version)),
            run("RUN /bin/sh -c ARCH= && dpkgArch=\"$(dpkg --print-architecture)\"   && case \"${dpkgArch##*-}\" in     amd64) ARCH='x64';;     *) echo \"unsupported architecture\"; exit 1 ;;   esac   && set -ex   && for key in $(curl -sL https://raw.githubusercontent.com/nodejs/docker-node/HEAD/keys/node.keys); do gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\"; done   && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz\"   && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version # buildkit", $node_size, NODE_FILES),
            meta("ENV YARN_VERSION=1.22.22"),
            run("RUN /bin/sh -c set -ex   && for key in 6A010C5166006599AA17F08146C2130DFD2497F5 ; do gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys \"$key\"; done   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz\"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && yarn --version # buildkit", 5_340 * K, YARN_FILES),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, NODE_ENTRY),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("CMD [\"node\"]"),
        ]
    };
    (alpine $version:literal, $node_size:expr) => {
        &[
            meta(concat!("ENV NODE_VERSION=", $version)),
            run("RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++     && apk add --no-cache --virtual .build-deps         curl     && ARCH= OPENSSL_ARCH='linux*' && alpineArch=\"$(apk --print-arch)\"       && case \"${alpineArch##*-}\" in         x86_64) ARCH='x64' CHECKSUM=\"...\" OPENSSL_ARCH=linux-x86_64;;       esac   && curl -fsSLO --compressed \"https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz\"   && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && apk del .build-deps   && node --version   && npm --version # buildkit", $node_size, NODE_ALPINE_FILES),
            meta("ENV YARN_VERSION=1.22.22"),
            run("RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz\"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && apk del .build-deps-yarn   && yarn --version # buildkit", 5_340 * K, YARN_FILES),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, NODE_ENTRY),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("CMD [\"node\"]"),
        ]
    };
}

/// The python image's steps on a Debian parent, shared by its versions.
macro_rules! python_steps {
    ($version:literal, $deps:expr, $size:expr) => {
        &[
            meta("ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("ENV LANG=C.UTF-8"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit", $deps, PYTHON_DEPS),
            meta("ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305"),
            meta(concat!("ENV PYTHON_VERSION=", $version)),
            run("RUN /bin/sh -c set -eux; \t\twget -O python.tar.xz \"https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz\"; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \tcd /usr/src/python; \t./configure --enable-optimizations --enable-shared --with-lto; \tmake -j \"$(nproc)\"; \tmake install; \tldconfig; \tpython3 --version; \tpip3 --version # buildkit", $size, PYTHON_FILES),
            run("RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst=\"$(echo \"$src\" | tr -d 3)\"; \t\t[ -s \"/usr/local/bin/$src\" ]; \t\t[ ! -e \"/usr/local/bin/$dst\" ]; \t\tln -svT \"$src\" \"/usr/local/bin/$dst\"; \tdone # buildkit", 0, PYTHON_LINKS),
            meta("CMD [\"python3\"]"),
        ]
    };
}

/// The mysql image's steps on Oracle Linux, shared by its versions.
macro_rules! mysql_steps {
    ($rpm:literal, $major:literal, $size:expr) => {
        &[
            run("RUN /bin/sh -c set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit", 0, &["+passwd mysql:x:999:999::/var/lib/mysql:/bin/bash", "+group mysql:x:999:"]),
            meta("ENV GOSU_VERSION=1.17"),
            run("RUN /bin/sh -c set -eux; \tarch=\"$(uname -m)\"; \tcurl -fL -o /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch\"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit", 4_400 * K, &["*/usr/local/bin/gosu=exe"]),
            run("RUN /bin/sh -c set -eux; \tmicrodnf install -y \t\tbzip2 \t\tgzip \t\topenssl \t\txz \t\tzstd \t\tfindutils \t; \tmicrodnf clean all # buildkit", 46_300 * K, &["/usr/bin/{bzip2,gzip,openssl,xz,zstd,find,xargs}=exe 200k", "*/usr/lib64/libzstd.so.1=file"]),
            run("RUN /bin/sh -c set -eux; \tkey='BCA4 3417 C3B4 85DD 128E C6D4 B7B3 B788 A8D3 785C'; \texport GNUPGHOME=\"$(mktemp -d)\"; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys \"$key\"; \tgpg --batch --export --armor \"$key\" > /etc/pki/rpm-gpg/RPM-GPG-KEY-mysql; \trm -rf \"$GNUPGHOME\" # buildkit", 3_180, &["*/etc/pki/rpm-gpg/RPM-GPG-KEY-mysql=file"]),
            meta(concat!("ENV MYSQL_MAJOR=", $major)),
            meta(concat!("ENV MYSQL_VERSION=", $rpm)),
            run("RUN /bin/sh -c set -eu; \t{ \t\techo '[mysql-innovation-community]'; \t\techo 'name=MySQL Server Innovation Release'; \t\techo 'baseurl=https://repo.mysql.com/yum/mysql-innovation-community/el/9/$basearch/'; \t\techo 'enabled=1'; \t\techo 'gpgcheck=1'; \t\techo 'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql'; \t} | tee /etc/yum.repos.d/mysql-community-minimal.repo # buildkit", 0, &["/etc/yum.repos.d/mysql-community-minimal.repo=file 230"]),
            run("RUN /bin/sh -c set -eux; \tmicrodnf install -y \"mysql-community-server-minimal-$MYSQL_VERSION\"; \tmicrodnf clean all; \tgrep -F 'socket=/var/lib/mysql/mysql.sock' /etc/my.cnf; \tsed -i 's!^socket=.*!socket=/var/run/mysqld/mysqld.sock!' /etc/my.cnf; \tgrep -F 'socket=/var/run/mysqld/mysqld.sock' /etc/my.cnf; \tmkdir -p /var/lib/mysql /var/run/mysqld; \tchown mysql:mysql /var/lib/mysql /var/run/mysqld; \tchmod 1777 /var/lib/mysql /var/run/mysqld; \tmkdir /docker-entrypoint-initdb.d; \tmysqld --version; \tmysql --version # buildkit", $size, &["*/usr/sbin/mysqld=exe", "/etc/my.cnf=file 1.2k", "/var/lib/mysql/ own=999:999 mode=1777", "/var/run/mysqld/ own=999:999 mode=1777", "/docker-entrypoint-initdb.d/", "*/usr/lib64/mysql/plugin/plugins.tar=file"]),
            meta(concat!("ENV MYSQL_SHELL_VERSION=", $rpm)),
            run("RUN /bin/sh -c set -eu; \tmicrodnf install -y \"mysql-shell-$MYSQL_SHELL_VERSION\"; \tmicrodnf clean all; \tmysqlsh --version # buildkit", 118 * M, &["/usr/bin/{mysql,mysqladmin,mysqldump}=exe 8M", "*/usr/bin/mysqlsh=exe"]),
            meta("VOLUME [/var/lib/mysql]"),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            run("RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit", 0, &["/entrypoint.sh->usr/local/bin/docker-entrypoint.sh"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("EXPOSE map[3306/tcp:{} 33060/tcp:{}]"),
            meta("CMD [\"mysqld\"]"),
        ]
    };
}

const NODE_USER: &[&str] = &[
    "+passwd node:x:1000:1000::/home/node:/bin/bash",
    "+group node:x:1000:",
    "/home/node/ own=1000:1000",
    "/home/node/.bashrc=text root-bashrc own=1000:1000",
    "/home/node/.profile=text root-profile own=1000:1000",
];
const NODE_FILES: &[&str] = &[
    "*/usr/local/bin/node=exe",
    "/usr/local/bin/nodejs->/usr/local/bin/node",
    "/usr/local/bin/npm->../lib/node_modules/npm/bin/npm-cli.js",
    "/usr/local/bin/npx->../lib/node_modules/npm/bin/npx-cli.js",
    "/usr/local/bin/corepack->../lib/node_modules/corepack/dist/corepack.js",
    "/usr/local/lib/node_modules/npm/bin/{npm-cli.js,npx-cli.js}=file 2k mode=755",
    "/usr/local/lib/node_modules/corepack/dist/corepack.js=file 1k mode=755",
    "*/usr/local/lib/node_modules/npm/node_modules.tar=file",
    "*/usr/local/include/node/v8.h=file",
];
const NODE_ALPINE_FILES: &[&str] = &[
    "+passwd node:x:1000:1000::/home/node:/bin/sh",
    "+group node:x:1000:node",
    "/home/node/ own=1000:1000",
    "*/usr/local/bin/node=exe",
    "/usr/local/bin/nodejs->/usr/local/bin/node",
    "/usr/local/bin/npm->../lib/node_modules/npm/bin/npm-cli.js",
    "/usr/local/bin/npx->../lib/node_modules/npm/bin/npx-cli.js",
    "/usr/local/bin/corepack->../lib/node_modules/corepack/dist/corepack.js",
    "/usr/local/lib/node_modules/npm/bin/{npm-cli.js,npx-cli.js}=file 2k mode=755",
    "*/usr/local/lib/node_modules/npm/node_modules.tar=file",
    "*/usr/lib/libstdc++.so.6=file 2.6M",
];
const YARN_FILES: &[&str] = &[
    "/opt/yarn-v1.22.22/bin/{yarn,yarnpkg}=file 1k mode=755",
    "*/opt/yarn-v1.22.22/lib/cli.js=file",
    "/usr/local/bin/yarn->/opt/yarn-v1.22.22/bin/yarn",
    "/usr/local/bin/yarnpkg->/opt/yarn-v1.22.22/bin/yarnpkg",
];
const NODE_ENTRY: &[&str] = &["/usr/local/bin/docker-entrypoint.sh=script node-entrypoint"];

const PYTHON_DEPS: &[&str] =
    &["*/usr/lib/x86_64-linux-gnu/{libtk8.6.so,libbluetooth.so.3,libuuid.so.1}=file"];
const PYTHON_FILES: &[&str] = &[
    "/usr/local/bin/{python3,python3.13,pip3,pip3.13,pydoc3,idle3,python3-config}=exe 17k",
    "*/usr/local/lib/libpython3.so=file",
    "*/usr/local/lib/python3/site-packages/pip.tar=file",
    "*/usr/local/lib/python3/stdlib.tar=file",
];
const PYTHON_LINKS: &[&str] = &[
    "/usr/local/bin/python->python3",
    "/usr/local/bin/pip->pip3",
    "/usr/local/bin/pydoc->pydoc3",
    "/usr/local/bin/idle->idle3",
    "/usr/local/bin/python-config->python3-config",
];

/// Every image definition; children may come before or after their parents.
pub(crate) const IMAGES: &[ImageDef] = &[
    // ---- Debian ----
    ImageDef {
        key: "debian-bookworm",
        parent: None,
        created: "2025-05-12T00:00:00Z",
        steps: &[
            rootfs("# debian.sh --arch 'amd64' out/ 'bookworm' '@1747008000'", "debuerreotype 0.15", 117 * M, &["%debian-bookworm"]),
            PATH,
            meta("CMD [\"bash\"]"),
        ],
    },
    ImageDef {
        key: "debian-bookworm-slim",
        parent: None,
        created: "2025-05-12T00:00:00Z",
        steps: &[
            rootfs("# debian.sh --arch 'amd64' --slim out/ 'bookworm' '@1747008000'", "debuerreotype 0.15", 74_800 * K, &["%debian-bookworm"]),
            PATH,
            meta("CMD [\"bash\"]"),
        ],
    },
    ImageDef {
        key: "buildpack-deps-curl",
        parent: Some("debian-bookworm"),
        created: "2025-05-13T01:12:36Z",
        steps: &[run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/* # buildkit", 58_900 * K, &["/usr/bin/{curl,wget,gpg,sq}=exe 300k", "*/usr/lib/x86_64-linux-gnu/{libcurl.so.4,libgnutls.so.30.35}=file", "/etc/ssl/certs/ca-certificates.crt=file 213k"])],
    },
    ImageDef {
        key: "buildpack-deps-scm",
        parent: Some("buildpack-deps-curl"),
        created: "2025-05-13T01:14:02Z",
        steps: &[run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit", 142 * M, &["/usr/bin/{git,hg,ssh,scp,svn,pgrep,pkill,top,free,watch}=exe 400k", "/bin/ps=exe 140k", "*/usr/lib/git-core/git.tar=file", "*/usr/lib/python3.11/stdlib.tar=file"])],
    },
    ImageDef {
        key: "buildpack-deps",
        parent: Some("buildpack-deps-scm"),
        created: "2025-05-13T01:19:44Z",
        steps: &[run("RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit", 621 * M, &["/usr/bin/{gcc,g++,cc,c++,make,autoconf,automake,file,patch,pkg-config,unzip,convert,mysql_config,pg_config}=exe 900k", "*/usr/lib/gcc/x86_64-linux-gnu/12/{cc1,cc1plus,lto1}=file", "*/usr/include/headers.tar=file", "*/usr/lib/x86_64-linux-gnu/libMagickCore-6.Q16.so.6=file"])],
    },
    // ---- Ubuntu ----
    ImageDef {
        key: "ubuntu-noble",
        parent: None,
        created: "2025-04-28T16:53:07Z",
        steps: &[
            legacy("/bin/sh -c #(nop)  ARG RELEASE", 0, &[]),
            legacy("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH", 0, &[]),
            legacy("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu", 0, &[]),
            legacy("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04", 0, &[]),
            legacy("/bin/sh -c #(nop) ADD file:1d7c45546e94b90e941c5bf5c7a6d415d7d1f4a8e5e2e1b4a4e8e4b0c6e8f5a3 in / ", 78_100 * K, &["%ubuntu-noble"]),
            PATH,
            legacy("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]", 0, &[]),
        ],
    },
    ImageDef {
        key: "ubuntu-jammy",
        parent: None,
        created: "2025-04-28T16:51:33Z",
        steps: &[
            legacy("/bin/sh -c #(nop)  ARG RELEASE", 0, &[]),
            legacy("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH", 0, &[]),
            legacy("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu", 0, &[]),
            legacy("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=22.04", 0, &[]),
            legacy("/bin/sh -c #(nop) ADD file:3e1a0c6e5a8a3b0a5e8d1c2b7f6e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e in / ", 77_900 * K, &["%ubuntu-jammy"]),
            PATH,
            legacy("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]", 0, &[]),
        ],
    },
    // ---- Alpine, BusyBox, hello-world ----
    ImageDef {
        key: "alpine-3.22",
        parent: None,
        created: "2025-05-30T17:28:54Z",
        steps: &[
            run("ADD alpine-minirootfs-3.22.0-x86_64.tar.gz / # buildkit", 8_310 * K, &["%alpine-3.22"]),
            PATH,
            meta("CMD [\"/bin/sh\"]"),
        ],
    },
    ImageDef {
        key: "alpine-3.21",
        parent: None,
        created: "2025-02-14T03:28:36Z",
        steps: &[
            run("ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit", 7_830 * K, &["%alpine-3.21"]),
            PATH,
            meta("CMD [\"/bin/sh\"]"),
        ],
    },
    ImageDef {
        key: "busybox",
        parent: None,
        created: "2024-09-26T21:31:42Z",
        steps: &[
            run("BusyBox 1.37.0 (glibc), Debian 12", 4_280 * K, &["%busybox"]),
            PATH,
            meta("CMD [\"sh\"]"),
        ],
    },
    ImageDef {
        key: "hello-world",
        parent: None,
        created: "2025-01-21T23:32:32Z",
        steps: &[
            run("COPY hello / # buildkit", 0, &["/hello=exe 10.07k"]),
            PATH,
            meta("CMD [\"/hello\"]"),
        ],
    },
    // ---- Red Hat family ----
    ImageDef {
        key: "oraclelinux-9-slim",
        parent: None,
        created: "2025-05-20T21:17:09Z",
        steps: &[
            legacy("/bin/sh -c #(nop) ADD file:0ae2c9e9a0f5e6c3b9d4e1a2f8c7b6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9 in / ", 118 * M, &["%oraclelinux-9"]),
            PATH,
            legacy("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]", 0, &[]),
        ],
    },
    #[cfg(feature = "full")]
    // `oraclelinux:7-slim`, the base of `mysql:5.7` to its end.
    ImageDef {
        key: "oraclelinux-7-slim",
        parent: None,
        created: "2023-10-17T22:05:31Z",
        steps: &[
            legacy("/bin/sh -c #(nop) ADD file:6f1d4b1e8a4f3c2a9e0d7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f in / ", 133 * M, &["%oraclelinux-7"]),
            PATH,
            legacy("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]", 0, &[]),
        ],
    },
    // The old releases (CentOS, Amazon Linux 2) are in full only: core leaves them to it.
    #[cfg(feature = "full")]
    ImageDef {
        key: "centos-7",
        parent: None,
        created: "2021-09-15T18:20:05Z",
        steps: &[
            legacy("/bin/sh -c #(nop) ADD file:b3ebbe8bd304723d43b7b44a6d990cd657b63d93d6a2a9293983a30bfc1dfa53 in / ", 204 * M, &["%centos-7"]),
            PATH,
            legacy("/bin/sh -c #(nop)  LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20201113 org.opencontainers.image.title=CentOS Base Image org.opencontainers.image.vendor=CentOS org.opencontainers.image.licenses=GPL-2.0-only org.opencontainers.image.created=2020-11-13 00:00:00+00:00", 0, &[]),
            legacy("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]", 0, &[]),
        ],
    },
    #[cfg(feature = "full")]
    ImageDef {
        key: "centos-8",
        parent: None,
        created: "2021-09-15T18:20:23Z",
        steps: &[
            legacy("/bin/sh -c #(nop) ADD file:805cb5e15fb6e0bb0326ca33fd2942e068863ce2a8491bb71522c652f31fb466 in / ", 231 * M, &["%centos-8"]),
            PATH,
            legacy("/bin/sh -c #(nop)  LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20210915", 0, &[]),
            legacy("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]", 0, &[]),
        ],
    },
    ImageDef {
        key: "amazonlinux-2023",
        parent: None,
        created: "2025-05-28T18:42:10Z",
        steps: &[
            run("ADD al2023-container-2023.7.20250527.0-x86_64.tar.xz / # buildkit", 144 * M, &["%amazonlinux-2023"]),
            PATH,
            meta("CMD [\"/bin/bash\"]"),
        ],
    },
    #[cfg(feature = "full")]
    ImageDef {
        key: "amazonlinux-2",
        parent: None,
        created: "2025-05-28T18:40:51Z",
        steps: &[
            run("ADD amzn2-container-raw-2.0.20250527.0-x86_64.tar.xz / # buildkit", 164 * M, &["%amazonlinux-2"]),
            PATH,
            meta("CMD [\"/bin/bash\"]"),
        ],
    },
    // ---- node ----
    ImageDef { key: "node-24", parent: Some("buildpack-deps"), created: "2025-05-17T04:32:51Z", steps: node_steps!(debian "24.1.0", 186 * M) },
    ImageDef { key: "node-22", parent: Some("buildpack-deps"), created: "2025-05-22T01:05:12Z", steps: node_steps!(debian "22.16.0", 175 * M) },
    ImageDef { key: "node-20", parent: Some("buildpack-deps"), created: "2025-05-15T18:40:27Z", steps: node_steps!(debian "20.19.2", 167 * M) },
    ImageDef { key: "node-24-slim", parent: Some("debian-bookworm-slim"), created: "2025-05-17T04:31:10Z", steps: node_steps!(debian "24.1.0", 165 * M) },
    ImageDef { key: "node-22-slim", parent: Some("debian-bookworm-slim"), created: "2025-05-22T01:04:40Z", steps: node_steps!(debian "22.16.0", 154 * M) },
    ImageDef { key: "node-20-slim", parent: Some("debian-bookworm-slim"), created: "2025-05-15T18:39:55Z", steps: node_steps!(debian "20.19.2", 140 * M) },
    ImageDef { key: "node-24-alpine", parent: Some("alpine-3.22"), created: "2025-05-31T02:12:40Z", steps: node_steps!(alpine "24.1.0", 152 * M) },
    ImageDef { key: "node-22-alpine", parent: Some("alpine-3.22"), created: "2025-05-31T02:10:03Z", steps: node_steps!(alpine "22.16.0", 146 * M) },
    ImageDef { key: "node-20-alpine", parent: Some("alpine-3.22"), created: "2025-05-31T02:08:19Z", steps: node_steps!(alpine "20.19.2", 121_300 * K) },
    // ---- python ----
    ImageDef { key: "python-3.13", parent: Some("buildpack-deps"), created: "2025-05-21T17:57:42Z", steps: python_steps!("3.13.3", 21_400 * K, 64_300 * K) },
    ImageDef { key: "python-3.12", parent: Some("buildpack-deps"), created: "2025-05-21T17:55:08Z", steps: python_steps!("3.12.10", 21_400 * K, 61_800 * K) },
    ImageDef { key: "python-3.13-slim", parent: Some("debian-bookworm-slim"), created: "2025-05-21T17:50:11Z", steps: python_steps!("3.13.3", 3_500 * K, 43_100 * K) },
    ImageDef { key: "python-3.12-slim", parent: Some("debian-bookworm-slim"), created: "2025-05-21T17:49:30Z", steps: python_steps!("3.12.10", 3_500 * K, 41_300 * K) },
    ImageDef {
        key: "python-3.13-alpine",
        parent: Some("alpine-3.22"),
        created: "2025-05-31T03:01:22Z",
        steps: &[
            meta("ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("ENV LANG=C.UTF-8"),
            run("RUN /bin/sh -c set -eux; \tapk add --no-cache \t\tca-certificates \t\ttzdata \t; # buildkit", 1_900 * K, &["*/usr/share/zoneinfo/tzdata.zi=file"]),
            meta("ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305"),
            meta("ENV PYTHON_VERSION=3.13.3"),
            run("RUN /bin/sh -c set -eux; \t\tapk add --no-cache --virtual .build-deps \t\tgcc \t\tmake \t\topenssl-dev \t; \twget -O python.tar.xz \"https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz\"; \t./configure --enable-optimizations --enable-shared; \tmake install; \tapk del --no-network .build-deps; \tpython3 --version; \tpip3 --version # buildkit", 40_200 * K, PYTHON_FILES),
            run("RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst=\"$(echo \"$src\" | tr -d 3)\"; \t\tln -svT \"$src\" \"/usr/local/bin/$dst\"; \tdone # buildkit", 0, PYTHON_LINKS),
            meta("CMD [\"python3\"]"),
        ],
    },
    // ---- golang, ruby, rust, gcc ----
    ImageDef {
        key: "golang-1.24",
        parent: Some("buildpack-deps-scm"),
        created: "2025-05-06T20:52:16Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \trm -rf /var/lib/apt/lists/* # buildkit", 236 * M, &["/usr/bin/{gcc,g++,cc,make,pkg-config}=exe 900k", "*/usr/lib/gcc/x86_64-linux-gnu/12/{cc1,cc1plus}=file"]),
            meta("ENV GOLANG_VERSION=1.24.3"),
            meta("ENV GOTOOLCHAIN=local"),
            meta("ENV GOPATH=/go"),
            meta("ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            run("COPY /target/ / # buildkit", 299 * M, &["/usr/local/go/bin/{go,gofmt}=exe 3M", "*/usr/local/go/pkg/tool/linux_amd64/{compile,link,asm,vet}=file", "*/usr/local/go/src.tar=file"]),
            run("RUN /bin/sh -c mkdir -p \"$GOPATH/src\" \"$GOPATH/bin\" && chmod -R 1777 \"$GOPATH\" # buildkit", 0, &["/go/ mode=1777", "/go/src/ mode=1777", "/go/bin/ mode=1777"]),
            meta("WORKDIR /go"),
        ],
    },
    ImageDef {
        key: "ruby-3.4",
        parent: Some("buildpack-deps"),
        created: "2025-05-21T18:20:05Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tmkdir -p /usr/local/etc; \t{ \t\techo 'install: --no-document'; \t\techo 'update: --no-document'; \t} >> /usr/local/etc/gemrc # buildkit", 0, &["/usr/local/etc/gemrc:=install: --no-document\nupdate: --no-document\n"]),
            meta("ENV LANG=C.UTF-8"),
            meta("ENV RUBY_VERSION=3.4.4"),
            meta("ENV RUBY_DOWNLOAD_URL=https://cache.ruby-lang.org/pub/ruby/3.4/ruby-3.4.4.tar.xz"),
            run("RUN /bin/sh -c set -eux; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbison \t\tdpkg-dev \t\tlibgdbm-dev \t\truby \t; \twget -O ruby.tar.xz \"$RUBY_DOWNLOAD_URL\"; \t./configure --disable-install-doc --enable-shared; \tmake -j \"$(nproc)\"; \tmake install; \truby --version; \tgem --version; \tbundle --version # buildkit", 83_200 * K, &["/usr/local/bin/{ruby,gem,bundle,bundler,irb,erb,rake,rdoc,ri}=exe 20k", "*/usr/local/lib/libruby.so.3.4=file", "*/usr/local/lib/ruby/3.4.0/stdlib.tar=file"]),
            meta("ENV GEM_HOME=/usr/local/bundle"),
            meta("ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG=/usr/local/bundle"),
            meta("ENV PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            run("RUN /bin/sh -c set -eux; \tmkdir \"$GEM_HOME\"; \tchmod 1777 \"$GEM_HOME\" # buildkit", 0, &["/usr/local/bundle/ mode=1777"]),
            meta("CMD [\"irb\"]"),
        ],
    },
    ImageDef {
        key: "rust-1.87",
        parent: Some("buildpack-deps"),
        created: "2025-05-16T01:43:20Z",
        steps: &[
            meta("ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=1.87.0"),
            run("RUN /bin/sh -c set -eux;     dpkgArch=\"$(dpkg --print-architecture)\";     url=\"https://static.rust-lang.org/rustup/archive/1.28.2/${rustArch}/rustup-init\";     wget \"$url\";     chmod +x rustup-init;     ./rustup-init -y --no-modify-path --profile minimal --default-toolchain $RUST_VERSION --default-host ${rustArch};     rm rustup-init;     chmod -R a+w $RUSTUP_HOME $CARGO_HOME;     rustup --version;     cargo --version;     rustc --version; # buildkit", 635 * M, &["/usr/local/cargo/bin/{cargo,rustc,rustup,rustdoc,rustfmt,cargo-clippy}=exe 10M", "*/usr/local/rustup/toolchains/1.87.0-x86_64-unknown-linux-gnu/lib/librustc_driver.so=file"]),
        ],
    },
    ImageDef {
        key: "gcc-15",
        parent: Some("buildpack-deps"),
        created: "2025-04-26T00:19:38Z",
        steps: &[
            meta("ENV GPG_KEYS=B215C1633BCA0477615F1B35A5B3A004745C015A"),
            meta("ENV GCC_MIRRORS=https://ftpmirror.gnu.org/gcc https://mirrors.kernel.org/gnu/gcc"),
            meta("ENV GCC_VERSION=15.1.0"),
            run("RUN /bin/sh -c set -ex; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tdpkg-dev \t\tflex \t; \t../configure --disable-multilib --enable-languages=c,c++,fortran,go; \tmake -j \"$(nproc)\"; \tmake install-strip; \tgcc --version # buildkit", 485 * M, &["/usr/local/bin/{gcc,g++,c++,cpp,gfortran,gccgo}=exe 1.5M", "*/usr/local/libexec/gcc/x86_64-linux-gnu/15.1.0/{cc1,cc1plus,f951,go1}=file"]),
            run("RUN /bin/sh -c set -ex; \techo '/usr/local/lib64' > /etc/ld.so.conf.d/000-local-lib.conf; \tldconfig -v # buildkit", 0, &["/etc/ld.so.conf.d/000-local-lib.conf:=/usr/local/lib64\n"]),
            run("RUN /bin/sh -c set -ex; \tdpkg-divert --divert /usr/bin/gcc.orig --rename /usr/bin/gcc; \tupdate-alternatives --install /usr/bin/cc cc /usr/local/bin/gcc 999 # buildkit", 0, &["/usr/bin/cc->/etc/alternatives/cc", "/etc/alternatives/cc->/usr/local/bin/gcc"]),
        ],
    },
    // ---- web servers ----
    ImageDef {
        key: "nginx",
        parent: Some("debian-bookworm-slim"),
        created: "2025-04-16T17:53:27Z",
        steps: &[
            meta("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>"),
            meta("ENV NGINX_VERSION=1.27.5"),
            meta("ENV NJS_VERSION=0.8.10"),
            meta("ENV NJS_RELEASE=1~bookworm"),
            meta("ENV PKG_RELEASE=1~bookworm"),
            meta("ENV DYNPKG_RELEASE=1~bookworm"),
            run("RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment \"nginx user\" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl     && rm -rf /var/lib/apt/lists/*     && mkdir /docker-entrypoint.d # buildkit", 117 * M, NGINX_FILES),
            run("COPY docker-entrypoint.sh / # buildkit", 0, &["/docker-entrypoint.sh=script nginx-entrypoint"]),
            run("COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit", 2_125, &["*/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh=file mode=755"]),
            run("COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit", 389, &["*/docker-entrypoint.d/15-local-resolvers.envsh=file mode=755"]),
            run("COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit", 3_018, &["*/docker-entrypoint.d/20-envsubst-on-templates.sh=file mode=755"]),
            run("COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit", 4_620, &["*/docker-entrypoint.d/30-tune-worker-processes.sh=file mode=755"]),
            meta("ENTRYPOINT [\"/docker-entrypoint.sh\"]"),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("STOPSIGNAL SIGQUIT"),
            meta("CMD [\"nginx\" \"-g\" \"daemon off;\"]"),
        ],
    },
    ImageDef {
        key: "nginx-alpine",
        parent: Some("alpine-3.21"),
        created: "2025-04-16T18:40:01Z",
        steps: &[
            meta("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>"),
            meta("ENV NGINX_VERSION=1.27.5"),
            meta("ENV PKG_RELEASE=1"),
            meta("ENV DYNPKG_RELEASE=1"),
            run("RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apk add --no-cache --virtual .nginx-rundeps $nginxPackages     && apk add --no-cache curl ca-certificates     && mkdir /docker-entrypoint.d # buildkit", 42_800 * K, NGINX_ALPINE_FILES),
            run("COPY docker-entrypoint.sh / # buildkit", 0, &["/docker-entrypoint.sh=script nginx-entrypoint"]),
            run("COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit", 2_125, &["*/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh=file mode=755"]),
            run("COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit", 3_018, &["*/docker-entrypoint.d/20-envsubst-on-templates.sh=file mode=755"]),
            meta("ENTRYPOINT [\"/docker-entrypoint.sh\"]"),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("STOPSIGNAL SIGQUIT"),
            meta("CMD [\"nginx\" \"-g\" \"daemon off;\"]"),
        ],
    },
    ImageDef {
        key: "httpd",
        parent: Some("debian-bookworm-slim"),
        created: "2025-04-29T18:15:24Z",
        steps: &[
            meta("ENV HTTPD_PREFIX=/usr/local/apache2"),
            meta("ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            run("RUN /bin/sh -c mkdir -p \"$HTTPD_PREFIX\" \t&& chown www-data:www-data \"$HTTPD_PREFIX\" # buildkit", 0, &["/usr/local/apache2/ own=33:33"]),
            meta("WORKDIR /usr/local/apache2"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/* # buildkit", 10_700 * K, &["*/usr/lib/x86_64-linux-gnu/{libapr-1.so.0,libaprutil-1.so.0,libldap-2.5.so.0}=file"]),
            meta("ENV HTTPD_VERSION=2.4.63"),
            meta("ENV HTTPD_SHA256=88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab"),
            meta("ENV HTTPD_PATCHES="),
            run("RUN /bin/sh -c set -eux; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tmake \t\twget \t; \t./configure --prefix=\"$HTTPD_PREFIX\" --enable-mods-shared=reallyall --enable-mpms-shared=all; \tmake -j \"$(nproc)\"; \tmake install; \thttpd -v # buildkit", 62_500 * K, HTTPD_FILES),
            meta("STOPSIGNAL SIGWINCH"),
            run("COPY httpd-foreground /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/httpd-foreground=script httpd-foreground"]),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("CMD [\"httpd-foreground\"]"),
        ],
    },
    ImageDef {
        key: "caddy",
        parent: Some("alpine-3.21"),
        created: "2025-04-25T19:20:33Z",
        steps: &[
            run("RUN /bin/sh -c apk add --no-cache \tca-certificates \tlibcap \tmailcap # buildkit", 2_400 * K, &["*/usr/lib/libcap.so.2=file", "/etc/mime.types=file 70k"]),
            run("RUN /bin/sh -c set -eux; \tmkdir -p \t\t/config/caddy \t\t/data/caddy \t\t/etc/caddy \t\t/usr/share/caddy \t; \twget -O /etc/caddy/Caddyfile \"https://github.com/caddyserver/dist/raw/33ae08ff08d168572df2956ed14fbc4949880d94/config/Caddyfile\"; \twget -O /usr/share/caddy/index.html \"https://github.com/caddyserver/dist/raw/33ae08ff08d168572df2956ed14fbc4949880d94/welcome/index.html\" # buildkit", 0, &["/config/caddy/", "/data/caddy/", "/etc/caddy/Caddyfile=text caddyfile", "/usr/share/caddy/index.html=text caddy-index"]),
            meta("ENV CADDY_VERSION=v2.10.0"),
            run("RUN /bin/sh -c set -eux; \tapkArch=\"$(apk --print-arch)\"; \twget -O /tmp/caddy.tar.gz \"https://github.com/caddyserver/caddy/releases/download/v2.10.0/caddy_2.10.0_linux_amd64.tar.gz\"; \ttar x -z -f /tmp/caddy.tar.gz -C /usr/bin caddy; \tsetcap cap_net_bind_service=+ep /usr/bin/caddy; \tchmod +x /usr/bin/caddy; \tcaddy version # buildkit", 42 * M, &["*/usr/bin/caddy=exe"]),
            meta("ENV XDG_CONFIG_HOME=/config"),
            meta("ENV XDG_DATA_HOME=/data"),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("EXPOSE map[443/tcp:{}]"),
            meta("EXPOSE map[443/udp:{}]"),
            meta("EXPOSE map[2019/tcp:{}]"),
            meta("WORKDIR /srv"),
            meta("CMD [\"caddy\" \"run\" \"--config\" \"/etc/caddy/Caddyfile\" \"--adapter\" \"caddyfile\"]"),
        ],
    },
    ImageDef {
        key: "traefik",
        parent: Some("alpine-3.21"),
        created: "2025-05-26T15:55:03Z",
        steps: &[
            run("RUN /bin/sh -c apk --no-cache add ca-certificates tzdata # buildkit", 1_900 * K, &["*/usr/share/zoneinfo/tzdata.zi=file"]),
            run("RUN /bin/sh -c set -ex; \tapkArch=\"$(apk --print-arch)\"; \twget --quiet -O /tmp/traefik.tar.gz \"https://github.com/traefik/traefik/releases/download/v3.4.1/traefik_v3.4.1_linux_$arch.tar.gz\"; \ttar xzvf /tmp/traefik.tar.gz -C /usr/local/bin traefik; \trm -f /tmp/traefik.tar.gz; \tchmod +x /usr/local/bin/traefik # buildkit", 214 * M, &["*/usr/local/bin/traefik=exe"]),
            run("COPY entrypoint.sh / # buildkit", 0, &["/entrypoint.sh=script generic-entrypoint"]),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("ENTRYPOINT [\"/entrypoint.sh\"]"),
            meta("CMD [\"traefik\"]"),
            meta("LABEL org.opencontainers.image.vendor=Traefik Labs org.opencontainers.image.url=https://traefik.io org.opencontainers.image.title=Traefik org.opencontainers.image.version=v3.4.1"),
        ],
    },
    ImageDef {
        key: "registry",
        parent: Some("alpine-3.21"),
        created: "2025-04-03T10:37:20Z",
        steps: &[
            run("RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit", 700 * K, &["*/etc/ssl/certs/ca-certificates.crt=file"]),
            run("RUN /bin/sh -c set -eux; \tversion='3.0.0'; \twget -O registry.tar.gz \"https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_amd64.tar.gz\"; \ttar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \trm registry.tar.gz; \tregistry --version # buildkit", 48_700 * K, &["*/bin/registry=exe"]),
            run("COPY ./config-example.yml /etc/distribution/config.yml # buildkit", 0, &["/etc/distribution/config.yml=text registry-config"]),
            run("COPY docker-entrypoint.sh /entrypoint.sh # buildkit", 0, &["/entrypoint.sh=script registry-entrypoint"]),
            meta("VOLUME [/var/lib/registry]"),
            meta("EXPOSE map[5000/tcp:{}]"),
            meta("ENTRYPOINT [\"/entrypoint.sh\"]"),
            meta("CMD [\"/etc/distribution/config.yml\"]"),
        ],
    },
    // ---- databases and caches ----
    ImageDef {
        key: "redis-8",
        parent: Some("debian-bookworm-slim"),
        created: "2025-05-27T14:31:09Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit", 0, &["+passwd redis:x:999:999::/home/redis:/bin/sh", "+group redis:x:999:"]),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit", 1_400 * K, &["*/usr/share/zoneinfo/tzdata.zi=file"]),
            meta("ENV GOSU_VERSION=1.17"),
            run("RUN /bin/sh -c set -eux; \tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit", 4_100 * K, &["*/usr/local/bin/gosu=exe"]),
            meta("ENV REDIS_VERSION=8.0.2"),
            meta("ENV REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.0.2.tar.gz"),
            run("RUN /bin/sh -c set -eux; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; \twget -O redis.tar.gz \"$REDIS_DOWNLOAD_URL\"; \tmake -C /usr/src/redis -j \"$(nproc)\" all; \tmake -C /usr/src/redis install; \tredis-cli --version; \tredis-server --version # buildkit", 56_700 * K, REDIS_FILES),
            run("RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit", 0, &["/data/ own=999:999"]),
            meta("VOLUME [/data]"),
            meta("WORKDIR /data"),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("EXPOSE map[6379/tcp:{}]"),
            meta("CMD [\"redis-server\"]"),
        ],
    },
    ImageDef {
        key: "redis-8-alpine",
        parent: Some("alpine-3.21"),
        created: "2025-05-27T14:30:11Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \taddgroup -S -g 1000 redis; \tadduser -S -G redis -u 999 redis # buildkit", 0, &["+passwd redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin", "+group redis:x:1000:redis"]),
            run("RUN /bin/sh -c apk add --no-cache \t\t'su-exec>=0.2' \t\ttzdata # buildkit", 1_800 * K, &["/sbin/su-exec=exe 10k", "*/usr/share/zoneinfo/tzdata.zi=file"]),
            meta("ENV REDIS_VERSION=8.0.2"),
            meta("ENV REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.0.2.tar.gz"),
            run("RUN /bin/sh -c set -eux; \t\tapk add --no-cache --virtual .build-deps \t\tcoreutils \t\tgcc \t\tlinux-headers \t\tmake \t\tmusl-dev \t\topenssl-dev \t; \tmake -C /usr/src/redis -j \"$(nproc)\" all; \tmake -C /usr/src/redis install; \tapk del --no-network .build-deps; \tredis-cli --version; \tredis-server --version # buildkit", 51_600 * K, REDIS_FILES),
            run("RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit", 0, &["/data/ own=999:1000"]),
            meta("VOLUME [/data]"),
            meta("WORKDIR /data"),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("EXPOSE map[6379/tcp:{}]"),
            meta("CMD [\"redis-server\"]"),
        ],
    },
    ImageDef {
        key: "memcached",
        parent: Some("debian-bookworm-slim"),
        created: "2025-05-20T18:03:47Z",
        steps: &[
            run("RUN /bin/sh -c groupadd --system --gid 11211 memcache && useradd --system --gid memcache --uid 11211 memcache # buildkit", 0, &["+passwd memcache:x:11211:11211::/home/memcache:/bin/sh", "+group memcache:x:11211:"]),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibsasl2-modules \t; \trm -rf /var/lib/apt/lists/* # buildkit", 1_100 * K, &["*/usr/lib/x86_64-linux-gnu/sasl2/libplain.so.2=file"]),
            meta("ENV MEMCACHED_VERSION=1.6.38"),
            run("RUN /bin/sh -c set -x \t\t&& savedAptMark=\"$(apt-mark showmanual)\" \t&& apt-get update \t&& apt-get install -y --no-install-recommends \t\tgcc \t\tlibc6-dev \t\tlibevent-dev \t\tmake \t&& ./configure --build=\"$gnuArch\" --enable-extstore --enable-sasl --enable-tls \t&& make -j \"$(nproc)\" \t&& make install \t&& memcached -V # buildkit", 9_800 * K, &["*/usr/local/bin/memcached=exe", "/usr/lib/x86_64-linux-gnu/libevent-2.1.so.7=file 400k"]),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            run("RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # buildkit", 0, &["/entrypoint.sh->usr/local/bin/docker-entrypoint.sh"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("USER memcache"),
            meta("EXPOSE map[11211/tcp:{}]"),
            meta("CMD [\"memcached\"]"),
        ],
    },
    ImageDef {
        key: "postgres-17",
        parent: Some("debian-bookworm-slim"),
        created: "2025-05-09T19:31:20Z",
        steps: &[
            run("RUN /bin/sh -c set -ex; \tif ! command -v gpg > /dev/null; then \t\tapt-get update; \t\tapt-get install -y --no-install-recommends \t\t\tgnupg \t\t\tless \t\t; \t\trm -rf /var/lib/apt/lists/*; \tfi # buildkit", 9_300 * K, &["/usr/bin/{gpg,less}=exe 200k", "*/usr/lib/x86_64-linux-gnu/libgcrypt.so.20=file"]),
            run("RUN /bin/sh -c set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql # buildkit", 0, &["+passwd postgres:x:999:999::/var/lib/postgresql:/bin/bash", "+group postgres:x:999:", "/var/lib/postgresql/ own=999:999 mode=1777"]),
            meta("ENV GOSU_VERSION=1.17"),
            run("RUN /bin/sh -c set -eux; \tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates wget; \twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit", 4_100 * K, &["*/usr/local/bin/gosu=exe"]),
            run("RUN /bin/sh -c set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep 'en_US.utf8' # buildkit", 24_800 * K, &["*/usr/lib/locale/locale-archive=file"]),
            meta("ENV LANG=en_US.utf8"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/* # buildkit", 4_500 * K, &["*/usr/lib/x86_64-linux-gnu/libnss_wrapper.so=file"]),
            run("RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit", 0, &["/docker-entrypoint-initdb.d/"]),
            meta("ENV PG_MAJOR=17"),
            meta("ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin"),
            meta("ENV PG_VERSION=17.5-1.pgdg120+1"),
            run("RUN /bin/sh -c set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch=\"$(dpkg --print-architecture)\"; \taptRepo=\"[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR\"; \techo \"deb $aptRepo\" > /etc/apt/sources.list.d/pgdg.list; \tapt-get update; \tapt-get install -y --no-install-recommends \"postgresql-$PG_MAJOR=$PG_VERSION\"; \trm -rf /var/lib/apt/lists/*; \tpostgres --version # buildkit", 320_500 * K, POSTGRES_FILES),
            run("RUN /bin/sh -c set -eux; \tdpkg-divert --add --rename --divert \"/usr/share/postgresql/postgresql.conf.sample.dpkg\" \"/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample\"; \tcp -v /usr/share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tln -sv ../postgresql.conf.sample \"/usr/share/postgresql/$PG_MAJOR/\"; \tsed -ri \"s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = '*'!\" /usr/share/postgresql/postgresql.conf.sample; \tgrep -F \"listen_addresses = '*'\" /usr/share/postgresql/postgresql.conf.sample # buildkit", 30_200, &["*/usr/share/postgresql/postgresql.conf.sample=file", "/usr/share/postgresql/17/postgresql.conf.sample->../postgresql.conf.sample"]),
            run("RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql # buildkit", 0, &["/var/run/postgresql/ own=999:999 mode=3777"]),
            meta("ENV PGDATA=/var/lib/postgresql/data"),
            run("RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 1777 \"$PGDATA\" # buildkit", 0, &["/var/lib/postgresql/data/ own=999:999 mode=1777"]),
            meta("VOLUME [/var/lib/postgresql/data]"),
            run("COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint", "/usr/local/bin/docker-ensure-initdb.sh=script generic-entrypoint"]),
            run("RUN /bin/sh -c ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh # buildkit", 0, &["/usr/local/bin/docker-enforce-initdb.sh->docker-ensure-initdb.sh"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("STOPSIGNAL SIGINT"),
            meta("EXPOSE map[5432/tcp:{}]"),
            meta("CMD [\"postgres\"]"),
        ],
    },
    ImageDef {
        key: "postgres-17-alpine",
        parent: Some("alpine-3.22"),
        created: "2025-05-30T19:02:48Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \taddgroup -g 70 -S postgres; \tadduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql # buildkit", 0, &["+passwd postgres:x:70:70::/var/lib/postgresql:/bin/sh", "+group postgres:x:70:postgres", "/var/lib/postgresql/ own=70:70 mode=1777"]),
            run("RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit", 0, &["/docker-entrypoint-initdb.d/"]),
            meta("ENV LANG=en_US.utf8"),
            meta("ENV PG_MAJOR=17"),
            meta("ENV PG_VERSION=17.5"),
            meta("ENV PG_SHA256=fcb7ab38e23b264d1902cb25e6adafb4525a6ebcbd015434aeef9eda80f528d8"),
            meta("ENV DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19"),
            run("RUN /bin/sh -c set -eux; \t\twget -O postgresql.tar.bz2 \"https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2\"; \tapk add --no-cache --virtual .build-deps $DOCKER_PG_LLVM_DEPS bison coreutils flex gcc make; \t./configure --prefix=/usr/local --with-llvm --with-openssl; \tmake -j \"$(nproc)\" world-bin; \tmake install-world-bin; \tapk del --no-network .build-deps; \tpostgres --version # buildkit", 262 * M, POSTGRES_FILES),
            run("RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql # buildkit", 0, &["/var/run/postgresql/ own=70:70 mode=3777"]),
            meta("ENV PGDATA=/var/lib/postgresql/data"),
            run("RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 1777 \"$PGDATA\" # buildkit", 0, &["/var/lib/postgresql/data/ own=70:70 mode=1777"]),
            meta("VOLUME [/var/lib/postgresql/data]"),
            run("COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint", "/usr/local/bin/docker-ensure-initdb.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("STOPSIGNAL SIGINT"),
            meta("EXPOSE map[5432/tcp:{}]"),
            meta("CMD [\"postgres\"]"),
        ],
    },
    ImageDef {
        key: "mysql-9",
        parent: Some("oraclelinux-9-slim"),
        created: "2025-04-15T22:04:31Z",
        steps: mysql_steps!("9.3.0-1.el9", "innovation", 510 * M),
    },
    ImageDef {
        key: "mysql-8.4",
        parent: Some("oraclelinux-9-slim"),
        created: "2025-04-15T22:01:50Z",
        steps: mysql_steps!("8.4.5-1.el9", "8.4", 493 * M),
    },
    ImageDef {
        key: "mysql-8.0",
        parent: Some("oraclelinux-9-slim"),
        created: "2025-04-15T21:59:12Z",
        steps: mysql_steps!("8.0.42-1.el9", "8.0", 496 * M),
    },
    ImageDef {
        key: "mariadb-11",
        parent: Some("ubuntu-noble"),
        created: "2025-05-22T07:15:39Z",
        steps: &[
            run("RUN /bin/sh -c groupadd -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql # buildkit", 0, &["+passwd mysql:x:999:999::/var/lib/mysql:/bin/sh", "+group mysql:x:999:"]),
            meta("ENV GOSU_VERSION=1.17"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tDEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates gpg gpgv libjemalloc2 pwgen tzdata xz-utils zstd ; \twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit", 13_200 * K, &["*/usr/local/bin/gosu=exe", "/usr/bin/pwgen=exe 30k"]),
            run("RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit", 0, &["/docker-entrypoint-initdb.d/"]),
            meta("ENV LANG=C.UTF-8"),
            meta("ENV MARIADB_VERSION=1:11.7.2+maria~ubu2404"),
            run("RUN /bin/sh -c set -ex; \t{ \t\techo \"mariadb-server\" mysql-server/root_password password 'unused'; \t} | debconf-set-selections; \tapt-get update; \tapt-get install -y \"mariadb-server=$MARIADB_VERSION\" mariadb-backup socat; \trm -rf /var/lib/apt/lists/*; \trm -rf /var/lib/mysql; \tmkdir -p /var/lib/mysql /run/mysqld; \tchown -R mysql:mysql /var/lib/mysql /run/mysqld; \tchmod 1777 /run/mysqld # buildkit", 238 * M, &["/usr/sbin/mariadbd=exe 25M", "/usr/sbin/mysqld->mariadbd", "/usr/bin/{mariadb,mariadb-admin,mariadb-dump,mariadb-install-db}=exe 4M", "/usr/bin/mysql->mariadb", "/usr/bin/mysqladmin->mariadb-admin", "/usr/bin/mysqldump->mariadb-dump", "/var/lib/mysql/ own=999:999", "/run/mysqld/ own=999:999 mode=1777", "*/usr/share/mariadb/charsets.tar=file", "*/usr/lib/mysql/plugin/plugins.tar=file"]),
            meta("VOLUME [/var/lib/mysql]"),
            run("COPY healthcheck.sh /usr/local/bin/healthcheck.sh # buildkit", 0, &["/usr/local/bin/healthcheck.sh=script generic-entrypoint"]),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("EXPOSE map[3306/tcp:{}]"),
            meta("CMD [\"mariadbd\"]"),
        ],
    },
    ImageDef {
        key: "mongo-8",
        parent: Some("ubuntu-noble"),
        created: "2025-05-29T20:47:35Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system mongodb; \tuseradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb; \tmkdir -p /data/db /data/configdb; \tchown -R mongodb:mongodb /data/db /data/configdb # buildkit", 0, &["+passwd mongodb:x:999:999::/data/db:/bin/sh", "+group mongodb:x:999:", "/data/db/ own=999:999", "/data/configdb/ own=999:999"]),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tjq \t\tnumactl \t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit", 7_900 * K, &["/usr/bin/{jq,numactl,ps}=exe 100k", "*/usr/lib/x86_64-linux-gnu/libjq.so.1=file"]),
            meta("ENV GOSU_VERSION=1.17"),
            meta("ENV JSYAML_VERSION=3.13.1"),
            meta("ENV JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941"),
            run("RUN /bin/sh -c set -eux; \tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends gnupg wget; \twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit", 4_200 * K, &["*/usr/local/bin/gosu=exe", "/js-yaml.js=file 60k"]),
            run("RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit", 0, &["/docker-entrypoint-initdb.d/"]),
            meta("ENV MONGO_PACKAGE=mongodb-org"),
            meta("ENV MONGO_REPO=repo.mongodb.org"),
            meta("ENV MONGO_MAJOR=8.0"),
            meta("ENV MONGO_VERSION=8.0.10"),
            run("RUN /bin/sh -c set -x \t&& export DEBIAN_FRONTEND=noninteractive \t&& apt-get update \t&& apt-get install -y \t\t${MONGO_PACKAGE}=$MONGO_VERSION \t\t${MONGO_PACKAGE}-server=$MONGO_VERSION \t\t${MONGO_PACKAGE}-shell=$MONGO_VERSION \t\t${MONGO_PACKAGE}-mongos=$MONGO_VERSION \t\t${MONGO_PACKAGE}-tools=$MONGO_VERSION \t\t${MONGO_PACKAGE}-database-tools-extra=$MONGO_VERSION \t&& rm -rf /var/lib/apt/lists/* \t&& rm -rf /var/lib/mongodb \t&& mv /etc/mongod.conf /etc/mongod.conf.orig # buildkit", 756 * M, &["*/usr/bin/{mongod,mongos}=exe", "*/usr/bin/mongosh=exe", "/usr/bin/{mongodump,mongorestore,mongoexport,mongoimport}=exe 15M", "/etc/mongod.conf.orig=file 626"]),
            meta("VOLUME [/data/db /data/configdb]"),
            meta("ENV HOME=/data/db"),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("EXPOSE map[27017/tcp:{}]"),
            meta("CMD [\"mongod\"]"),
        ],
    },
    ImageDef {
        key: "rabbitmq-4",
        parent: Some("ubuntu-noble"),
        created: "2025-05-27T02:55:41Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install --yes --no-install-recommends \t\tca-certificates \t\tgosu \t\ttzdata \t; \trm -rf /var/lib/apt/lists/*; \tgosu nobody true # buildkit", 5_800 * K, &["/usr/sbin/gosu=exe 2.3M", "*/usr/share/zoneinfo/tzdata.zi=file"]),
            meta("ENV OPENSSL_VERSION=3.3.3"),
            meta("ENV OTP_VERSION=27.3.4"),
            meta("ENV ERLANG_INSTALL_PATH_PREFIX=/opt/erlang"),
            meta("ENV OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl"),
            run("COPY /opt/erlang /opt/erlang # buildkit", 80_400 * K, &["/opt/erlang/bin/{erl,erlc,escript}=exe 20k", "*/opt/erlang/lib/erlang/otp.tar=file"]),
            run("COPY /opt/openssl /opt/openssl # buildkit", 9_300 * K, &["*/opt/openssl/lib64/{libcrypto.so.3,libssl.so.3}=file"]),
            meta("ENV PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("ENV RABBITMQ_DATA_DIR=/var/lib/rabbitmq"),
            run("RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system rabbitmq; \tuseradd --uid 999 --system --home-dir \"$RABBITMQ_DATA_DIR\" --gid rabbitmq rabbitmq; \tmkdir -p \"$RABBITMQ_DATA_DIR\" /etc/rabbitmq /etc/rabbitmq/conf.d /tmp/rabbitmq-ssl /var/log/rabbitmq; \tchown -fR rabbitmq:rabbitmq \"$RABBITMQ_DATA_DIR\" /etc/rabbitmq /etc/rabbitmq/conf.d /tmp/rabbitmq-ssl /var/log/rabbitmq # buildkit", 0, &["+passwd rabbitmq:x:999:999::/var/lib/rabbitmq:/bin/sh", "+group rabbitmq:x:999:", "/var/lib/rabbitmq/ own=999:999", "/etc/rabbitmq/ own=999:999", "/etc/rabbitmq/conf.d/ own=999:999", "/var/log/rabbitmq/ own=999:999"]),
            meta("ENV RABBITMQ_VERSION=4.1.0"),
            meta("ENV RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA"),
            meta("ENV RABBITMQ_HOME=/opt/rabbitmq"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install --yes --no-install-recommends ca-certificates gnupg wget xz-utils; \twget --progress dot:giga --output-document \"$RABBITMQ_PATH.tar.xz\" \"$RABBITMQ_SOURCE_URL\"; \ttar --extract --file \"$RABBITMQ_PATH.tar.xz\" --directory \"$RABBITMQ_HOME\" --strip-components 1; \trabbitmqctl help # buildkit", 45_200 * K, &["/opt/rabbitmq/sbin/{rabbitmq-server,rabbitmqctl,rabbitmq-plugins,rabbitmq-diagnostics}=file 2k mode=755", "*/opt/rabbitmq/plugins/plugins.tar=file"]),
            run("RUN /bin/sh -c set -eux; \tgosu rabbitmq rabbitmq-plugins enable --offline rabbitmq_prometheus # buildkit", 0, &["/etc/rabbitmq/enabled_plugins:=[rabbitmq_prometheus].\n"]),
            meta("ENV HOME=/var/lib/rabbitmq"),
            meta("VOLUME [/var/lib/rabbitmq]"),
            meta("ENV LANG=C.UTF-8 LANGUAGE=C.UTF-8 LC_ALL=C.UTF-8"),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("EXPOSE map[15691/tcp:{} 15692/tcp:{} 25672/tcp:{} 4369/tcp:{} 5671/tcp:{} 5672/tcp:{}]"),
            meta("CMD [\"rabbitmq-server\"]"),
        ],
    },
    // ---- PHP, WordPress, Java ----
    ImageDef {
        key: "php-8.4",
        parent: Some("debian-bookworm-slim"),
        created: "2025-05-09T19:06:42Z",
        steps: &[
            meta("ENV PHPIZE_DEPS=autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c"),
            run("RUN /bin/sh -c set -eux; \t{ \t\techo 'Package: php*'; \t\techo 'Pin: release *'; \t\techo 'Pin-Priority: -1'; \t} > /etc/apt/preferences.d/no-debian-php # buildkit", 0, &["/etc/apt/preferences.d/no-debian-php:=Package: php*\nPin: release *\nPin-Priority: -1\n"]),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\t$PHPIZE_DEPS \t\tca-certificates \t\tcurl \t\txz-utils \t; \trm -rf /var/lib/apt/lists/* # buildkit", 267 * M, &["/usr/bin/{gcc,g++,make,curl,autoconf,pkg-config,re2c}=exe 900k", "*/usr/lib/gcc/x86_64-linux-gnu/12/{cc1,cc1plus}=file"]),
            meta("ENV PHP_INI_DIR=/usr/local/etc/php"),
            run("RUN /bin/sh -c set -eux; \tmkdir -p \"$PHP_INI_DIR/conf.d\"; \t[ ! -d /var/www/html ]; \tmkdir -p /var/www/html; \tchown www-data:www-data /var/www/html; \tchmod 1777 /var/www/html # buildkit", 0, &["/usr/local/etc/php/", "/usr/local/etc/php/conf.d/", "/var/www/", "/var/www/html/ own=33:33 mode=1777"]),
            meta("ENV PHP_CFLAGS=-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64"),
            meta("ENV PHP_VERSION=8.4.7"),
            meta("ENV PHP_URL=https://www.php.net/distributions/php-8.4.7.tar.xz PHP_ASC_URL=https://www.php.net/distributions/php-8.4.7.tar.xz.asc"),
            run("RUN /bin/sh -c set -eux; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends gnupg; \tcurl -fsSL -o php.tar.xz \"$PHP_URL\"; \tapt-mark auto '.*' > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false # buildkit", 13_600 * K, &["*/usr/src/php.tar.xz=file"]),
            run("COPY docker-php-source /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-php-source=file 1k mode=755"]),
            run("RUN /bin/sh -c set -eux; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibargon2-dev \t\tlibcurl4-openssl-dev \t\tlibonig-dev \t\tlibreadline-dev \t\tlibsodium-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tzlib1g-dev \t; \t./configure --with-config-file-path=\"$PHP_INI_DIR\" --enable-mbstring --with-curl --with-openssl --with-readline --with-zlib; \tmake -j \"$(nproc)\"; \tmake install; \tphp --version # buildkit", 119 * M, &["/usr/local/bin/{php,phpize,php-config,phpdbg}=exe 200k", "*/usr/local/bin/php=exe", "*/usr/local/lib/php/extensions/no-debug-non-zts-20240924/opcache.so=file"]),
            run("COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/{docker-php-ext-configure,docker-php-ext-enable,docker-php-ext-install}=file 2k mode=755", "/usr/local/bin/docker-php-entrypoint=script generic-entrypoint"]),
            run("RUN /bin/sh -c docker-php-ext-enable opcache # buildkit", 0, &["/usr/local/etc/php/conf.d/docker-php-ext-opcache.ini:=zend_extension=opcache\n"]),
            run("RUN /bin/sh -c docker-php-ext-enable sodium # buildkit", 0, &["/usr/local/etc/php/conf.d/docker-php-ext-sodium.ini:=extension=sodium\n"]),
            meta("ENTRYPOINT [\"docker-php-entrypoint\"]"),
            meta("CMD [\"php\" \"-a\"]"),
        ],
    },
    ImageDef {
        key: "php-8.4-apache",
        parent: Some("debian-bookworm-slim"),
        created: "2025-05-09T19:10:15Z",
        steps: &[
            meta("ENV PHPIZE_DEPS=autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\t$PHPIZE_DEPS \t\tca-certificates \t\tcurl \t\txz-utils \t; \trm -rf /var/lib/apt/lists/* # buildkit", 267 * M, &["/usr/bin/{gcc,g++,make,curl,autoconf,pkg-config,re2c}=exe 900k", "*/usr/lib/gcc/x86_64-linux-gnu/12/{cc1,cc1plus}=file"]),
            meta("ENV PHP_INI_DIR=/usr/local/etc/php"),
            meta("ENV APACHE_CONFDIR=/etc/apache2"),
            meta("ENV APACHE_ENVVARS=/etc/apache2/envvars"),
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends apache2; \trm -rf /var/lib/apt/lists/*; \tmkdir -p /var/www/html; \tchown -R www-data:www-data /var/www/html # buildkit", 21_600 * K, &["/usr/sbin/apache2=exe 700k", "/etc/apache2/envvars=file 1.8k", "/var/www/html/ own=33:33", "*/usr/lib/apache2/modules/mods.tar=file"]),
            meta("ENV PHP_VERSION=8.4.7"),
            run("RUN /bin/sh -c set -eux; \t./configure --with-config-file-path=\"$PHP_INI_DIR\" --with-apxs2 --enable-mbstring --with-curl --with-openssl --with-zlib; \tmake -j \"$(nproc)\"; \tmake install; \tphp --version # buildkit", 136 * M, &["/usr/local/bin/{phpize,php-config}=exe 20k", "*/usr/local/bin/php=exe", "*/usr/lib/apache2/modules/libphp.so=file"]),
            run("COPY apache2-foreground /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/apache2-foreground=script apache2-foreground"]),
            run("COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-php-entrypoint=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-php-entrypoint\"]"),
            meta("STOPSIGNAL SIGWINCH"),
            meta("WORKDIR /var/www/html"),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("CMD [\"apache2-foreground\"]"),
        ],
    },
    ImageDef {
        key: "wordpress",
        parent: Some("php-8.4-apache"),
        created: "2025-05-13T20:04:10Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tghostscript \t; \trm -rf /var/lib/apt/lists/* # buildkit", 58_300 * K, &["/usr/bin/gs=exe 20k", "*/usr/lib/x86_64-linux-gnu/libgs.so.10=file"]),
            run("RUN /bin/sh -c set -ex; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibfreetype6-dev \t\tlibicu-dev \t\tlibjpeg-dev \t\tlibmagickwand-dev \t\tlibpng-dev \t\tlibwebp-dev \t\tlibzip-dev \t; \tdocker-php-ext-install -j \"$(nproc)\" \t\tbcmath \t\texif \t\tgd \t\tintl \t\tmysqli \t\tzip \t; \tpecl install imagick-3.8.0 # buildkit", 83_700 * K, &["*/usr/local/lib/php/extensions/no-debug-non-zts-20240924/{gd.so,intl.so,mysqli.so,imagick.so}=file"]),
            run("RUN /bin/sh -c set -eux; \tdocker-php-ext-enable opcache; \t{ \t\techo 'opcache.memory_consumption=128'; \t\techo 'opcache.interned_strings_buffer=8'; \t} > /usr/local/etc/php/conf.d/opcache-recommended.ini # buildkit", 0, &["/usr/local/etc/php/conf.d/opcache-recommended.ini:=opcache.memory_consumption=128\nopcache.interned_strings_buffer=8\nopcache.max_accelerated_files=4000\nopcache.revalidate_freq=2\n"]),
            run("RUN /bin/sh -c set -eux; \ta2enmod rewrite expires; \ta2enmod remoteip # buildkit", 0, &["/etc/apache2/conf-available/remoteip.conf:=RemoteIPHeader X-Forwarded-For\n"]),
            run("RUN /bin/sh -c set -eux; \tversion='6.8.1'; \tsha1='52d5f05c96a9155f78ed84700264307e5dea14b4'; \tcurl -o wordpress.tar.gz -fL \"https://wordpress.org/wordpress-$version.tar.gz\"; \ttar -xzf wordpress.tar.gz -C /usr/src/; \trm wordpress.tar.gz; \tchown -R www-data:www-data /usr/src/wordpress # buildkit", 66_100 * K, &["/usr/src/wordpress/ own=33:33", "/usr/src/wordpress/index.php=file 405 own=33:33", "*/usr/src/wordpress/wp-includes.tar=file"]),
            meta("VOLUME [/var/www/html]"),
            run("COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/ # buildkit", 0, &["/usr/src/wordpress/wp-config-docker.php=file 5.6k own=33:33"]),
            run("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 0, &["/usr/local/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
            meta("CMD [\"apache2-foreground\"]"),
        ],
    },
    ImageDef {
        key: "wordpress-cli",
        parent: Some("alpine-3.22"),
        created: "2025-05-28T19:44:10Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; apk add --no-cache bash less mysql-client php84 php84-phar php84-mysqli # buildkit", 58 * M, &["/bin/bash=exe 800k", "/usr/bin/{mysql,less}=exe 300k", "*/usr/bin/php=exe"]),
            meta("ENV WORDPRESS_CLI_VERSION=2.12.0"),
            run("RUN /bin/sh -c set -ex; curl -o /usr/local/bin/wp.gz -fL \"https://github.com/wp-cli/wp-cli/releases/download/v${WORDPRESS_CLI_VERSION}/wp-cli-${WORDPRESS_CLI_VERSION}.phar.gz\"; gunzip /usr/local/bin/wp.gz; chmod +x /usr/local/bin/wp # buildkit", 7 * M, &["*/usr/local/bin/wp=file mode=755"]),
            meta("VOLUME [/var/www/html]"),
            meta("WORKDIR /var/www/html"),
            meta("USER www-data"),
            meta("CMD [\"wp\" \"shell\"]"),
        ],
    },
    ImageDef {
        key: "eclipse-temurin-21",
        parent: Some("ubuntu-noble"),
        created: "2025-05-02T16:57:48Z",
        steps: &[
            meta("ENV JAVA_HOME=/opt/java/openjdk"),
            meta("ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8"),
            run("RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales     ;     echo \"en_US.UTF-8 UTF-8\" >> /etc/locale.gen;     locale-gen en_US.UTF-8;     rm -rf /var/lib/apt/lists/* # buildkit", 47_900 * K, &["/usr/bin/{curl,wget}=exe 300k", "*/usr/lib/locale/locale-archive=file"]),
            meta("ENV JAVA_VERSION=jdk-21.0.7+6"),
            run("RUN /bin/sh -c set -eux;     ARCH=\"$(dpkg --print-architecture)\";     wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL};     mkdir -p \"$JAVA_HOME\";     tar --extract --file /tmp/openjdk.tar.gz --directory \"$JAVA_HOME\" --strip-components 1 --no-same-owner;     rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; # buildkit", 330 * M, JAVA_FILES),
            run("RUN /bin/sh -c set -eux;     echo \"Verifying install ...\";     fileEncoding=\"$(echo 'System.out.println(System.getProperty(\"file.encoding\"))' | jshell -s -)\"; [ \"$fileEncoding\" = 'UTF-8' ]; rm -rf ~/.java;     echo \"javac --version\"; javac --version;     echo \"java --version\"; java --version;     echo \"Complete.\" # buildkit", 0, &["/root/.java/"]),
            run("COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit", 0, &["/__cacert_entrypoint.sh=script generic-entrypoint"]),
            meta("ENTRYPOINT [\"/__cacert_entrypoint.sh\"]"),
            meta("CMD [\"jshell\"]"),
        ],
    },
    ImageDef {
        key: "openjdk-22",
        parent: Some("oraclelinux-9-slim"),
        created: "2024-03-28T01:17:19Z",
        steps: &[
            run("RUN /bin/sh -c set -eux; \tmicrodnf install \t\tgzip \t\ttar \t\tbinutils \t\tfreetype fontconfig \t; \tmicrodnf clean all # buildkit", 37_700 * K, &["/usr/bin/{gzip,tar,objdump,fc-list}=exe 100k", "*/usr/lib64/libfreetype.so.6=file"]),
            meta("ENV JAVA_HOME=/usr/java/openjdk-22"),
            meta("ENV PATH=/usr/java/openjdk-22/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("ENV LANG=C.UTF-8"),
            meta("ENV JAVA_VERSION=22-ea+36"),
            run("RUN /bin/sh -c set -eux; \t\tarch=\"$(objdump=\"$(command -v objdump)\" && objdump --file-headers \"$objdump\" | awk -F '[:,]+[[:space:]]+' '$1 == \"architecture\" { print $2 }')\"; \tcurl -fL -o openjdk.tgz \"$downloadUrl\"; \tmkdir -p \"$JAVA_HOME\"; \ttar --extract --file openjdk.tgz --directory \"$JAVA_HOME\" --strip-components 1 --no-same-owner; \trm openjdk.tgz*; \tjava --version; \tjavac --version # buildkit", 346 * M, &["/usr/java/openjdk-22/bin/{java,javac,jar,jshell,keytool}=exe 13k", "*/usr/java/openjdk-22/lib/modules=file", "*/usr/java/openjdk-22/lib/server/libjvm.so=file"]),
            meta("CMD [\"jshell\"]"),
        ],
    },
];

const NGINX_FILES: &[&str] = &[
    "+passwd nginx:x:101:101:nginx user:/nonexistent:/bin/false",
    "+group nginx:x:101:",
    "/usr/sbin/{nginx,nginx-debug}=exe 1.5M",
    "/usr/bin/{curl,envsubst}=exe 250k",
    "/etc/nginx/nginx.conf=text nginx-conf",
    "/etc/nginx/conf.d/default.conf=text nginx-default-conf",
    "/etc/nginx/mime.types=file 5.3k",
    "/etc/nginx/{fastcgi_params,scgi_params,uwsgi_params}=file 1k",
    "/usr/share/nginx/html/index.html=text nginx-index",
    "/usr/share/nginx/html/50x.html=text nginx-50x",
    "/var/cache/nginx/",
    "/var/log/nginx/",
    "/var/log/nginx/access.log->/dev/stdout",
    "/var/log/nginx/error.log->/dev/stderr",
    "/docker-entrypoint.d/",
    "*/usr/lib/nginx/modules/{ngx_http_js_module.so,ngx_stream_js_module.so,ngx_http_image_filter_module.so}=file",
    "*/usr/lib/x86_64-linux-gnu/{libgd.so.3,libxslt.so.1,libcurl.so.4}=file",
];
const NGINX_ALPINE_FILES: &[&str] = &[
    "+passwd nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin",
    "+group nginx:x:101:nginx",
    "/usr/sbin/{nginx,nginx-debug}=exe 1.4M",
    "/usr/bin/{curl,envsubst}=exe 250k",
    "/etc/nginx/nginx.conf=text nginx-conf",
    "/etc/nginx/conf.d/default.conf=text nginx-default-conf",
    "/etc/nginx/mime.types=file 5.3k",
    "/usr/share/nginx/html/index.html=text nginx-index",
    "/usr/share/nginx/html/50x.html=text nginx-50x",
    "/var/cache/nginx/",
    "/var/log/nginx/",
    "/var/log/nginx/access.log->/dev/stdout",
    "/var/log/nginx/error.log->/dev/stderr",
    "/docker-entrypoint.d/",
    "*/usr/lib/nginx/modules/{ngx_http_js_module.so,ngx_stream_js_module.so}=file",
];
const HTTPD_FILES: &[&str] = &[
    "/usr/local/apache2/bin/{httpd,apachectl,ab,htpasswd,rotatelogs}=exe 300k",
    "/usr/local/apache2/htdocs/index.html=text httpd-index",
    "/usr/local/apache2/conf/httpd.conf=file 20k",
    "/usr/local/apache2/conf/mime.types=file 60k",
    "/usr/local/apache2/logs/",
    "/usr/local/apache2/cgi-bin/",
    "*/usr/local/apache2/modules/mods.tar=file",
];
const REDIS_FILES: &[&str] = &[
    "*/usr/local/bin/redis-server=exe",
    "/usr/local/bin/redis-cli=exe 7.5M",
    "/usr/local/bin/redis-benchmark=exe 5M",
    "/usr/local/bin/{redis-check-aof,redis-check-rdb,redis-sentinel}->redis-server",
    "*/usr/local/lib/redis/modules/{redisearch.so,rejson.so,redisbloom.so,redistimeseries.so}=file",
];
const POSTGRES_FILES: &[&str] = &[
    "/usr/lib/postgresql/17/bin/{postgres,initdb,pg_ctl,pg_dump,pg_restore,psql,createdb,dropdb,createuser,pg_isready}=exe 600k",
    "*/usr/lib/postgresql/17/bin/postgres=exe",
    "/usr/bin/psql->../lib/postgresql/17/bin/psql",
    "/usr/share/postgresql/17/",
    "*/usr/lib/postgresql/17/lib/llvmjit.so=file",
    "*/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1=file",
];
const JAVA_FILES: &[&str] = &[
    "/opt/java/openjdk/bin/{java,javac,jar,jshell,keytool,jcmd}=exe 13k",
    "*/opt/java/openjdk/lib/modules=file",
    "*/opt/java/openjdk/lib/server/libjvm.so=file",
];

/// Every repository: official images first, then others' repositories that search shows, one
/// a line: `NAME|DESCRIPTION|STARS|OFFICIAL|TAGS=KEY;TAGS=KEY` (each group's tags are one image).
pub(crate) const REPOS: &str = "node|Node.js is a JavaScript-based platform for server-side and networking applications.|13954|1|latest current 24 24.1 24.1.0 bookworm 24-bookworm current-bookworm=node-24;lts 22 22.16 22.16.0 jod lts-bookworm 22-bookworm jod-bookworm=node-22;20 20.19 20.19.2 iron 20-bookworm iron-bookworm=node-20;alpine current-alpine 24-alpine 24.1-alpine alpine3.22 24-alpine3.22=node-24-alpine;lts-alpine 22-alpine 22.16-alpine jod-alpine 22-alpine3.22=node-22-alpine;20-alpine 20.19-alpine iron-alpine 20-alpine3.22=node-20-alpine;slim current-slim 24-slim bookworm-slim 24-bookworm-slim=node-24-slim;lts-slim 22-slim jod-slim 22-bookworm-slim=node-22-slim;20-slim iron-slim 20-bookworm-slim=node-20-slim\n\
nginx|Official build of Nginx.|20736|1|latest mainline 1 1.27 1.27.5 bookworm mainline-bookworm 1.27-bookworm=nginx;alpine mainline-alpine 1-alpine 1.27-alpine 1.27.5-alpine alpine3.21=nginx-alpine\n\
httpd|The Apache HTTP Server Project|4933|1|latest 2 2.4 2.4.63 bookworm 2.4-bookworm=httpd\n\
mysql|MySQL is a widely used, open-source relational database management system (RDBMS).|15912|1|latest 9 9.3 9.3.0 innovation oracle 9-oracle innovation-oracle=mysql-9;lts 8 8.4 8.4.5 lts-oracle 8.4-oracle=mysql-8.4;8.0 8.0.42 8.0-oracle=mysql-8.0\n\
mariadb|MariaDB Server is a high performing open source relational database, forked from MySQL.|6019|1|latest 11 11.7 11.7.2 noble 11-noble=mariadb-11\n\
postgres|The PostgreSQL object-relational database system provides reliability and data integrity.|14036|1|latest 17 17.5 bookworm 17-bookworm=postgres-17;alpine 17-alpine 17.5-alpine alpine3.22 17-alpine3.22=postgres-17-alpine\n\
redis|Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.|13152|1|latest 8 8.0 8.0.2 bookworm 8-bookworm=redis-8;alpine 8-alpine 8.0-alpine 8.0.2-alpine alpine3.21=redis-8-alpine\n\
mongo|MongoDB document databases provide high availability and easy scalability.|10467|1|latest 8 8.0 8.0.10 noble 8-noble=mongo-8\n\
python|Python is an interpreted, interactive, object-oriented, open-source programming language.|10081|1|latest 3 3.13 3.13.3 bookworm 3-bookworm 3.13-bookworm=python-3.13;3.12 3.12.10 3.12-bookworm=python-3.12;slim 3-slim 3.13-slim 3.13.3-slim slim-bookworm 3.13-slim-bookworm=python-3.13-slim;3.12-slim 3.12.10-slim 3.12-slim-bookworm=python-3.12-slim;alpine 3-alpine 3.13-alpine 3.13.3-alpine alpine3.22 3.13-alpine3.22=python-3.13-alpine\n\
golang|Go (golang) is a general purpose, higher-level, imperative programming language.|4978|1|latest 1 1.24 1.24.3 bookworm 1.24-bookworm=golang-1.24\n\
eclipse-temurin|Official Images for OpenJDK binaries built by Eclipse Temurin.|744|1|latest 21 21-jdk 21.0.7_6-jdk 21-jdk-noble 21-noble=eclipse-temurin-21\n\
openjdk|Pre-release / non-production builds of OpenJDK|4121|1|22 22-jdk 22-ea 22-ea-36 22-jdk-oracle 22-oracle=openjdk-22\n\
alpine|A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!|11338|1|latest 3 3.22 3.22.0=alpine-3.22;3.21 3.21.3=alpine-3.21\n\
ubuntu|Ubuntu is a Debian-based Linux operating system based on free software.|17617|1|latest 24.04 noble noble-20250415.1=ubuntu-noble;22.04 jammy jammy-20250415=ubuntu-jammy\n\
debian|Debian is a Linux distribution that's composed entirely of free and open-source software.|5213|1|latest 12 12.11 bookworm bookworm-20250520=debian-bookworm;bookworm-slim 12-slim 12.11-slim stable-slim=debian-bookworm-slim\n\
busybox|Busybox base image.|3409|1|latest 1 1.37 1.37.0 glibc 1.37.0-glibc stable=busybox\n\
hello-world|Hello World! (an example of minimal Dockerization)|2417|1|latest linux=hello-world\n\
registry|Distribution implementation for storing and distributing of container images and artifacts|4229|1|latest 3 3.0 3.0.0=registry\n\
wordpress|The WordPress rich content management system can utilize plugins, widgets, and themes.|5701|1|latest 6 6.8 6.8.1 apache php8.4 php8.4-apache 6.8.1-php8.4-apache=wordpress;cli cli-2 cli-2.12 cli-2.12.0 cli-php8.4 cli-2-php8.4 cli-2.12-php8.4 cli-2.12.0-php8.4=wordpress-cli\n\
php|While designed for web development, the PHP scripting language also provides general-purpose use.|7527|1|latest 8 8.4 8.4.7 cli 8.4-cli bookworm 8.4-cli-bookworm=php-8.4;apache 8-apache 8.4-apache 8.4.7-apache apache-bookworm=php-8.4-apache\n\
rabbitmq|RabbitMQ is an open source multi-protocol messaging broker.|5081|1|latest 4 4.1 4.1.0=rabbitmq-4\n\
memcached|Free & open source, high-performance, distributed memory object caching system.|2327|1|latest 1 1.6 1.6.38 bookworm=memcached\n\
traefik|Traefik, The Cloud Native Edge Router|3344|1|latest v3 v3.4 v3.4.1 3 3.4 3.4.1 chaource=traefik\n\
caddy|Caddy 2 is a powerful, enterprise-ready, open source web server with automatic HTTPS written in Go.|818|1|latest 2 2.10 2.10.0 alpine 2-alpine=caddy\n\
centos|DEPRECATED; The official build of CentOS.|7803|1|latest 8 centos8 8.4.2105=centos-8;7 centos7 7.9.2009=centos-7\n\
amazonlinux|Amazon Linux is provided by Amazon Web Services (AWS).|2144|1|latest 2023 2023.7.20250527.0=amazonlinux-2023;2 2.0.20250527.0=amazonlinux-2\n\
oraclelinux|Official Docker builds of Oracle Linux.|952|1|9-slim 9=oraclelinux-9-slim\n\
ruby|Ruby is a dynamic, reflective, object-oriented, general-purpose, open-source programming language.|2372|1|latest 3 3.4 3.4.4 bookworm 3.4-bookworm=ruby-3.4\n\
rust|Rust is a systems programming language focused on safety, speed, and concurrency.|1030|1|latest 1 1.87 1.87.0 bookworm 1-bookworm=rust-1.87\n\
gcc|The GNU Compiler Collection is a compiling system that supports several languages.|1043|1|latest 15 15.1 15.1.0 bookworm=gcc-15\n\
buildpack-deps|A collection of common build dependencies used for installing various modules, e.g., gems.|531|1|latest bookworm stable=buildpack-deps;curl bookworm-curl stable-curl=buildpack-deps-curl;scm bookworm-scm stable-scm=buildpack-deps-scm\n\
mysql/mysql-server|Optimized MySQL Server Docker images. Created, maintained and supported by the MySQL team at Oracle|1032|0|latest 8.0=mysql-8.0\n\
mysql/mysql-cluster|Experimental MySQL Cluster Docker images. Created, maintained and supported by the MySQL team at Oracle|101|0|latest 8.0=mysql-8.0\n\
bitnami/mysql|Bitnami container image for MySQL|96|0|latest 9.3=mysql-9\n\
circleci/mysql|MySQL is a widely used, open-source relational database management system (RDBMS).|30|0|latest 8.0=mysql-8.0\n\
ubuntu/mysql|MySQL open source fast, stable, multi-thread database. Long-term tracks maintained by Canonical.|24|0|latest 8.0-22.04_beta=mysql-8.0\n\
bitnami/node|Bitnami container image for Node.js|84|0|latest 22=node-22\n\
cimg/node|The CircleCI Node.js Docker Convenience Image.|26|0|latest lts=node-22\n\
circleci/node|Node.js is a JavaScript-based platform for server-side and networking applications.|134|0|latest=node-20\n\
bitnami/nginx|Bitnami container image for NGINX|197|0|latest=nginx\n\
nginx/nginx-ingress|NGINX and  NGINX Plus Ingress Controllers for Kubernetes|99|0|latest=nginx\n\
nginxinc/nginx-unprivileged|Unprivileged NGINX Dockerfiles|157|0|latest=nginx\n\
ubuntu/nginx|Nginx, a high-performance reverse proxy & web server. Long-term tracks maintained by Canonical.|129|0|latest=nginx\n\
bitnami/redis|Bitnami container image for Redis®|331|0|latest=redis-8\n\
redis/redis-stack|redis-stack installs a Redis server with additional database capabilities|108|0|latest=redis-8\n\
bitnami/postgresql|Bitnami container image for PostgreSQL|277|0|latest=postgres-17\n\
circleci/postgres|The PostgreSQL object-relational database system provides reliability and data integrity.|33|0|latest=postgres-17\n\
bitnami/mongodb|Bitnami container image for MongoDB®|248|0|latest=mongo-8\n\
mongodb/mongodb-community-server|The Official MongoDB Community Server|129|0|latest=mongo-8\n\
bitnami/mariadb|Bitnami container image for MariaDB|225|0|latest=mariadb-11\n\
circleci/python|Python is an interpreted, interactive, object-oriented, open-source programming language.|43|0|latest=python-3.12\n\
bitnami/python|Bitnami container image for Python|29|0|latest=python-3.13\n\
bitnami/wordpress|Bitnami container image for WordPress|273|0|latest=wordpress\n\
ubuntu/apache2|Apache, a secure & extensible open-source HTTP server. Long-term tracks maintained by Canonical.|91|0|latest=httpd\n\
bitnami/rabbitmq|Bitnami container image for RabbitMQ|112|0|latest=rabbitmq-4";

/// The definition of an image by key.
pub(crate) fn image_def(key: &str) -> Option<&'static ImageDef> {
    #[cfg(feature = "full")]
    let images = IMAGES.iter().chain(super::community::IMAGES);
    #[cfg(not(feature = "full"))]
    let images = IMAGES.iter();
    images.into_iter().find(|d| d.key == key)
}

/// Every repository: the official ones and others' written here, then the community ones.
pub(crate) fn all_repos() -> impl Iterator<Item = RepoDef> {
    REPOS
        .lines()
        .chain(super::community::REPOS.lines())
        .filter_map(|line| {
            let mut f = line.splitn(5, '|');
            Some(RepoDef {
                name: f.next()?,
                description: f.next()?,
                stars: f.next()?.parse().ok()?,
                official: f.next()? == "1",
                tags: f.next()?,
            })
        })
}

/// A repository by familiar name (`node`, `bitnami/mysql`).
pub(crate) fn repo_def(name: &str) -> Option<RepoDef> {
    all_repos().find(|r| r.name == name)
}

/// A repository's tag groups: (space-separated tags, image key).
pub(crate) fn groups(repo: &RepoDef) -> impl Iterator<Item = (&'static str, &'static str)> {
    repo.tags.split(';').filter_map(|g| g.rsplit_once('='))
}

/// The image key a repository's tag points to.
pub(crate) fn tag_image(repo: &RepoDef, tag: &str) -> Option<&'static str> {
    groups(repo)
        .find(|(tags, _)| tags.split_whitespace().any(|t| t == tag))
        .map(|(_, key)| key)
}

/// All tags of a repository, in catalogue order.
pub(crate) fn tags(repo: &RepoDef) -> Vec<String> {
    groups(repo)
        .flat_map(|(tags, _)| tags.split_whitespace().map(str::to_string))
        .collect()
}
