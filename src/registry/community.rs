//! The rest of the Hub that tutorials pull from: official repositories whose tags come only from
//! release tables (tomcat, Elastic's, the Red Hat family), the images their templates need, and
//! the community images tutorials are built on (Docker's workshop, samples and classic demos),
//! each reusing the programs of the official image it is built on.
//!
//! Descriptions and star counts are Docker Hub's as of mid-2025, rounded.

#[cfg(feature = "full")]
use super::catalog::{legacy, meta, run, ImageDef, K, M, PATH};

/// The workshop's landing page (docker/getting-started serves it on port 80).
#[cfg(feature = "full")]
const GETTING_STARTED_INDEX: &str = "/usr/share/nginx/html/index.html:=<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Getting Started</title>\n</head>\n<body>\n<h1>Getting Started</h1>\n<p>Welcome! We are excited that you want to learn Docker.</p>\n<p><a href=\"/assets/app.zip\">Download the app</a> to follow along.</p>\n</body>\n</html>\n";

/// A static site as docker-curriculum's and the docs' samples serve it.
#[cfg(feature = "full")]
const STATIC_SITE_INDEX: &str = "/usr/share/nginx/html/index.html:=<!DOCTYPE html>\n<html>\n<head>\n<title>Hello Docker!</title>\n</head>\n<body>\n<h1>Hello Docker!</h1>\n<p>This is being served from a docker container running Nginx.</p>\n</body>\n</html>\n";

/// Image definitions: templates of table-only repositories and community images (full only:
/// `core` leaves their pulls to full).
#[cfg(feature = "full")]
pub(crate) const IMAGES: &[ImageDef] = &[
    ImageDef {
        key: "tomcat",
        parent: Some("eclipse-temurin-21"),
        created: "2025-05-13T22:40:02Z",
        steps: &[
            meta("ENV CATALINA_HOME=/usr/local/tomcat"),
            meta("ENV PATH=/usr/local/tomcat/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            run("RUN /bin/sh -c mkdir -p \"$CATALINA_HOME\" # buildkit", 0, &["/usr/local/tomcat/"]),
            meta("WORKDIR /usr/local/tomcat"),
            meta("ENV TOMCAT_MAJOR=11"),
            meta("ENV TOMCAT_VERSION=11.0.7"),
            run("COPY /usr/local/tomcat /usr/local/tomcat # buildkit", 22_500 * K, &["/usr/local/tomcat/bin/{catalina.sh,startup.sh,shutdown.sh}=file 2k mode=755", "/usr/local/tomcat/webapps/", "*/usr/local/tomcat/lib/catalina.jar=file"]),
            meta("EXPOSE map[8080/tcp:{}]"),
            meta("ENTRYPOINT []"),
            meta("CMD [\"catalina.sh\" \"run\"]"),
        ],
    },
    ImageDef {
        key: "elasticsearch",
        parent: Some("ubuntu-noble"),
        created: "2025-05-28T10:12:44Z",
        steps: &[
            run("RUN /bin/sh -c groupadd -g 1000 elasticsearch && adduser --uid 1000 --gid 1000 elasticsearch # buildkit", 0, &["+passwd elasticsearch:x:1000:1000::/usr/share/elasticsearch:/bin/bash", "+group elasticsearch:x:1000:"]),
            meta("ENV ES_VERSION=8.18.2"),
            run("COPY --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch # buildkit", 1_260 * M, &["/usr/share/elasticsearch/bin/{elasticsearch,elasticsearch-plugin,elasticsearch-keystore}=file 2k mode=755", "*/usr/share/elasticsearch/jdk/lib/modules=file", "*/usr/share/elasticsearch/modules/x-pack.tar=file"]),
            meta("ENV PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("WORKDIR /usr/share/elasticsearch"),
            meta("EXPOSE map[9200/tcp:{} 9300/tcp:{}]"),
            meta("ENTRYPOINT [\"/bin/tini\" \"--\" \"/usr/local/bin/docker-entrypoint.sh\"]"),
            meta("CMD [\"eswrapper\"]"),
            meta("USER 1000:0"),
        ],
    },
    ImageDef {
        key: "kibana",
        parent: Some("ubuntu-noble"),
        created: "2025-05-28T11:03:19Z",
        steps: &[
            run("RUN /bin/sh -c groupadd --gid 1000 kibana && useradd --uid 1000 --gid 1000 kibana # buildkit", 0, &["+passwd kibana:x:1000:1000::/usr/share/kibana:/bin/bash", "+group kibana:x:1000:"]),
            meta("ENV KIBANA_VERSION=8.18.2"),
            run("COPY --chown=1000:0 /usr/share/kibana /usr/share/kibana # buildkit", 1_130 * M, &["/usr/share/kibana/bin/{kibana,kibana-plugin,kibana-keystore}=file 2k mode=755", "*/usr/share/kibana/node/bin/node=exe", "*/usr/share/kibana/node_modules.tar=file"]),
            meta("ENV PATH=/usr/share/kibana/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            meta("WORKDIR /usr/share/kibana"),
            meta("EXPOSE map[5601/tcp:{}]"),
            meta("ENTRYPOINT [\"/bin/tini\" \"--\"]"),
            meta("CMD [\"/usr/local/bin/kibana-docker\"]"),
            meta("USER 1000"),
        ],
    },
    ImageDef {
        key: "amazoncorretto",
        parent: Some("amazonlinux-2023"),
        created: "2025-04-16T00:21:44Z",
        steps: &[
            run("RUN /bin/sh -c set -eux     && rpm --import https://yum.corretto.aws/corretto.key     && yum install -y java-21-amazon-corretto-devel-$version     && yum clean all # buildkit", 336 * M, &["/usr/lib/jvm/java-21-amazon-corretto/bin/{java,javac,jar,jshell}=exe 13k", "*/usr/lib/jvm/java-21-amazon-corretto/lib/modules=file"]),
            meta("ENV JAVA_HOME=/usr/lib/jvm/java-21-amazon-corretto"),
            meta("ENV JAVA_VERSION=21.0.7.6.1"),
        ],
    },
    ImageDef {
        key: "getting-started",
        parent: Some("nginx:1.23.3:alpine"),
        created: "2023-03-03T18:12:07Z",
        steps: &[
            run("COPY --from=app-zip-creator /app.zip /usr/share/nginx/html/assets/app.zip # buildkit", 4_610 * K, &["*/usr/share/nginx/html/assets/app.zip=file"]),
            run("COPY --from=build /app/site /usr/share/nginx/html # buildkit", 6_220 * K, &[GETTING_STARTED_INDEX, "*/usr/share/nginx/html/assets/site.tar=file"]),
        ],
    },
    ImageDef {
        key: "welcome-to-docker",
        parent: Some("nginx:1.25.4:alpine"),
        created: "2024-03-27T14:40:11Z",
        steps: &[run("COPY --from=build /app/build /usr/share/nginx/html # buildkit", 1_300 * K, &["/usr/share/nginx/html/index.html:=<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Welcome to Docker</title></head><body><h1>Congratulations!!!</h1><p>You ran your first container.</p></body></html>\n", "*/usr/share/nginx/html/static/main.js=file"])],
    },
    ImageDef {
        key: "static-site",
        parent: Some("nginx:1.9.15:"),
        created: "2016-01-02T11:09:40Z",
        steps: &[
            meta("ENV AUTHOR=Docker"),
            run("COPY Hello_docker.html /usr/share/nginx/html/index.html # buildkit", 0, &[STATIC_SITE_INDEX]),
        ],
    },
    ImageDef {
        key: "hello-world-nginx",
        parent: Some("nginx:1.9.15:alpine"),
        created: "2016-03-15T19:03:35Z",
        steps: &[
            run("ADD website /website_files # buildkit", 0, &["/website_files/index.html:=<html><head><title>Voilà! Your nginx container is running!</title></head><body><h1>Voilà! Your nginx container is running!</h1></body></html>\n", "/usr/share/nginx/html/index.html->/website_files/index.html"]),
            meta("VOLUME [/website_files]"),
        ],
    },
    ImageDef {
        key: "netshoot",
        parent: Some("alpine-3.21"),
        created: "2025-03-10T21:41:56Z",
        steps: &[
            run("RUN /bin/sh -c apk add --no-cache bash bind-tools curl iperf3 iproute2 iptables jq mtr net-tools nmap socat tcpdump vim zsh # buildkit", 388 * M, &["/usr/bin/{dig,nslookup,host,drill,curl,jq,mtr,nmap,socat,strace,tcpdump,iperf3,iftop,vim,zsh}=exe 300k", "/bin/{netstat,ping,bash}=exe 200k", "/sbin/{ip,ss,ifconfig,route}=exe 200k", "/usr/sbin/{iptables,nft,ethtool,conntrack,tcptraceroute}=exe 200k", "*/usr/lib/libpcap.so.1=file"]),
            meta("WORKDIR /root"),
            meta("CMD [\"zsh\"]"),
        ],
    },
    ImageDef {
        key: "http-echo",
        parent: None,
        created: "2023-04-17T22:03:49Z",
        steps: &[
            run("COPY http-echo /http-echo # buildkit", 6_200 * K, &["*/http-echo=exe"]),
            PATH,
            meta("EXPOSE map[5678/tcp:{}]"),
            meta("ENTRYPOINT [\"/http-echo\"]"),
        ],
    },
    ImageDef {
        key: "clock",
        parent: Some("busybox:1.24.1:"),
        created: "2015-03-13T16:52:19Z",
        steps: &[legacy("/bin/sh -c #(nop)  CMD [\"/bin/sh\" \"-c\" \"while date; do sleep 1; done\"]", 0, &[])],
    },
    ImageDef {
        key: "training-webapp",
        parent: Some("ubuntu-noble@trusty"),
        created: "2015-05-19T22:10:13Z",
        steps: &[
            legacy("/bin/sh -c apt-get update && apt-get install -y python-pip python-dev && pip install Flask", 132 * M, &["/usr/bin/{python,python2.7,pip}=exe 3M", "*/usr/lib/python2.7/stdlib.tar=file"]),
            legacy("/bin/sh -c #(nop) ADD dir:9c8c3a4e8c9a1b2f in /opt/webapp", 0, &["/opt/webapp/app.py:=import os\n\nfrom flask import Flask\n\napp = Flask(__name__)\n\n@app.route('/')\ndef hello():\n    provider = str(os.environ.get('PROVIDER', 'world'))\n    return 'Hello '+provider+'!'\n\nif __name__ == '__main__':\n    port = int(os.environ.get('PORT', 5000))\n    app.run(host='0.0.0.0', port=port)\n"]),
            legacy("/bin/sh -c #(nop) WORKDIR /opt/webapp", 0, &[]),
            legacy("/bin/sh -c #(nop) EXPOSE 5000/tcp", 0, &[]),
            legacy("/bin/sh -c #(nop) CMD [\"python\" \"app.py\"]", 0, &[]),
        ],
    },
    ImageDef {
        key: "voting-vote",
        parent: Some("python:3.11.11:slim"),
        created: "2024-12-10T17:22:35Z",
        steps: &[
            meta("WORKDIR /usr/local/app"),
            run("COPY requirements.txt ./requirements.txt # buildkit", 0, &["/usr/local/app/requirements.txt:=Flask\nRedis\ngunicorn\n"]),
            run("RUN /bin/sh -c pip install -r requirements.txt # buildkit", 14_700 * K, &["*/usr/local/lib/python3.11/site-packages/flask.tar=file"]),
            run("COPY . . # buildkit", 0, &["/usr/local/app/app.py=file 1.5k", "/usr/local/app/templates/index.html=file 2k"]),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("CMD [\"gunicorn\" \"app:app\" \"-b\" \"0.0.0.0:80\"]"),
        ],
    },
    ImageDef {
        key: "voting-result",
        parent: Some("node:22.12.0:slim"),
        created: "2024-12-10T17:24:02Z",
        steps: &[
            meta("WORKDIR /usr/local/app"),
            meta("ENV PORT=80"),
            run("COPY package*.json ./ # buildkit", 0, &["/usr/local/app/package.json=file 400"]),
            run("RUN /bin/sh -c npm ci # buildkit", 9_800 * K, &["*/node_modules/express.tar=file"]),
            run("COPY . . # buildkit", 0, &["/usr/local/app/server.js=file 2k", "/usr/local/app/views/index.html=file 1.8k"]),
            meta("EXPOSE map[80/tcp:{}]"),
            meta("CMD [\"node\" \"server.js\"]"),
        ],
    },
    ImageDef {
        key: "voting-worker",
        parent: Some("debian-bookworm-slim"),
        created: "2024-12-10T17:25:40Z",
        steps: &[
            meta("WORKDIR /app"),
            run("COPY --from=build /app . # buildkit", 97_400 * K, &["*/app/Worker.dll=file", "/usr/share/dotnet/dotnet=exe 70k"]),
            meta("ENTRYPOINT [\"dotnet\" \"Worker.dll\"]"),
        ],
    },
    ImageDef {
        key: "whalesay",
        parent: Some("ubuntu-noble@trusty@16578"),
        created: "2015-05-25T22:04:23Z",
        // The image's own history: git and perl, then moxiegirl's cowsay with docker.cow as its
        // default cow. No `fortune`: the classic docker-whale tutorial installs `fortunes` itself.
        steps: &[
            legacy("/bin/sh -c apt-get -y update && apt-get install -y git perl", 58_520 * K, &["/usr/bin/{git,perl}=exe 2M", "*/usr/share/perl/5.18/perl.tar=file"]),
            legacy("/bin/sh -c git clone https://github.com/moxiegirl/cowsay.git", 89_270, &["/cowsay/install.sh=file 1k", "*/cowsay/cows.tar=file"]),
            legacy("/bin/sh -c #(nop) WORKDIR /cowsay", 0, &[]),
            legacy("/bin/sh -c git reset --hard origin/master", 43_270, &["*/cowsay/share/cows/docker.cow=file"]),
            legacy("/bin/sh -c sh install.sh", 30_370, &["/usr/games/{cowsay,cowthink}=exe 15k", "/usr/share/cowsay/cows/default.cow=file 2k"]),
            legacy("/bin/sh -c #(nop) ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:/usr/games", 0, &[]),
        ],
    },
    ImageDef {
        key: "portainer",
        parent: None,
        created: "2025-05-20T03:11:07Z",
        steps: &[
            run("COPY /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ # buildkit", 220 * K, &["/etc/ssl/certs/ca-certificates.crt=file 220k"]),
            run("COPY /tmp /tmp # buildkit", 0, &["/tmp/ mode=1777"]),
            run("COPY dist / # buildkit", 268 * M, &["/{portainer,docker,docker-compose,helm,kubectl}=exe 10M", "/public/index.html=file 2k", "*/public/main.js=file"]),
            PATH,
            meta("VOLUME [/data]"),
            meta("WORKDIR /"),
            meta("EXPOSE map[8000/tcp:{} 9000/tcp:{} 9443/tcp:{}]"),
            meta("ENTRYPOINT [\"/portainer\"]"),
        ],
    },
    ImageDef {
        key: "grafana",
        parent: Some("alpine-3.21"),
        created: "2025-05-22T14:52:31Z",
        steps: &[
            meta("ENV GF_PATHS_HOME=/usr/share/grafana"),
            meta("ENV GF_PATHS_DATA=/var/lib/grafana"),
            meta("WORKDIR /usr/share/grafana"),
            run("RUN /bin/sh -c apk add --no-cache ca-certificates bash curl tzdata musl-utils # buildkit", 18 * M, &["/bin/bash=exe 800k", "/usr/bin/curl=exe 250k", "*/usr/share/zoneinfo/UTC=file"]),
            run("RUN /bin/sh -c addgroup -S -g 0 root || true; adduser -S -u 472 -G root grafana # buildkit", 0, &["+passwd grafana:x:472:0::/home/grafana:/sbin/nologin"]),
            run("COPY /tmp/grafana /usr/share/grafana # buildkit", 640 * M, &["/usr/share/grafana/bin/{grafana,grafana-server,grafana-cli}=exe 2M", "/usr/share/grafana/conf/defaults.ini=file 60k", "*/usr/share/grafana/public/build/app.js=file"]),
            run("COPY ./packaging/docker/run.sh /run.sh # buildkit", 3 * K, &["/run.sh=file 3k mode=755"]),
            meta("EXPOSE map[3000/tcp:{}]"),
            meta("USER 472"),
            meta("ENTRYPOINT [\"/run.sh\"]"),
        ],
    },
    ImageDef {
        key: "prometheus",
        parent: Some("busybox"),
        created: "2025-05-15T12:27:44Z",
        steps: &[
            run("COPY .build/linux-amd64/prometheus /bin/prometheus # buildkit", 150 * M, &["*/bin/prometheus=exe"]),
            run("COPY .build/linux-amd64/promtool /bin/promtool # buildkit", 140 * M, &["*/bin/promtool=exe"]),
            run("COPY documentation/examples/prometheus.yml /etc/prometheus/prometheus.yml # buildkit", 1_100, &["/etc/prometheus/prometheus.yml=file 1k"]),
            run("COPY LICENSE NOTICE npm_licenses.tar.bz2 / # buildkit", 200 * K, &["/{LICENSE,NOTICE}=file 11k", "*/npm_licenses.tar.bz2=file"]),
            run("RUN /bin/sh -c mkdir -p /prometheus && chown -R nobody:nobody /etc/prometheus /prometheus # buildkit", 0, &["/prometheus/ own=65534:65534"]),
            meta("USER nobody"),
            meta("EXPOSE map[9090/tcp:{}]"),
            meta("VOLUME [/prometheus]"),
            meta("WORKDIR /prometheus"),
            meta("ENTRYPOINT [\"/bin/prometheus\"]"),
            meta("CMD [\"--config.file=/etc/prometheus/prometheus.yml\" \"--storage.tsdb.path=/prometheus\"]"),
        ],
    },
    ImageDef {
        key: "curl",
        parent: Some("alpine-3.22"),
        created: "2025-06-01T08:19:52Z",
        steps: &[
            run("RUN /bin/sh -c apk add --no-cache brotli brotli-dev libssh2 nghttp2-dev libpsl zstd # buildkit", 6_100 * K, &["*/usr/lib/libnghttp2.so.14=file"]),
            run("COPY /usr/bin/curl /usr/bin/curl # buildkit", 260 * K, &["/usr/bin/curl=exe 260k"]),
            run("COPY /usr/lib/libcurl.so.4 /usr/lib/libcurl.so.4 # buildkit", 700 * K, &["*/usr/lib/libcurl.so.4=file"]),
            run("RUN /bin/sh -c addgroup -S curl_group && adduser -S curl_user -G curl_group # buildkit", 0, &["+passwd curl_user:x:100:101::/home/curl_user:/sbin/nologin"]),
            meta("USER curl_user"),
            meta("ENTRYPOINT [\"curl\"]"),
            meta("CMD [\"--help\"]"),
        ],
    },
    ImageDef {
        key: "alpine-git",
        parent: Some("alpine-3.21"),
        created: "2025-03-18T06:40:12Z",
        steps: &[
            run("RUN /bin/sh -c apk --update add git less openssh && rm -rf /var/lib/apt/lists/* && rm /var/cache/apk/* # buildkit", 18_400 * K, &["/usr/bin/git=exe 2M", "/usr/bin/{ssh,less}=exe 200k", "*/usr/libexec/git-core/git-remote-http=exe"]),
            meta("VOLUME [/git]"),
            meta("WORKDIR /git"),
            meta("ENTRYPOINT [\"git\"]"),
            meta("CMD [\"--help\"]"),
        ],
    },
    ImageDef {
        key: "watchtower",
        parent: None,
        created: "2023-11-18T20:51:26Z",
        steps: &[
            run("COPY /zoneinfo /usr/share/zoneinfo # buildkit", 450 * K, &["*/usr/share/zoneinfo/UTC=file"]),
            run("COPY /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ # buildkit", 210 * K, &["/etc/ssl/certs/ca-certificates.crt=file 210k"]),
            run("COPY watchtower / # buildkit", 14_200 * K, &["*/watchtower=exe"]),
            PATH,
            meta("EXPOSE map[8080/tcp:{}]"),
            meta("ENTRYPOINT [\"/watchtower\"]"),
        ],
    },
    ImageDef {
        key: "minio",
        parent: Some("alpine-3.21"),
        created: "2025-04-22T22:12:26Z",
        steps: &[
            meta("ENV MINIO_ACCESS_KEY_FILE=access_key"),
            meta("ENV MINIO_SECRET_KEY_FILE=secret_key"),
            run("COPY /go/bin/minio /usr/bin/minio # buildkit", 118 * M, &["*/usr/bin/minio=exe"]),
            run("COPY /go/bin/mc /usr/bin/mc # buildkit", 28 * M, &["*/usr/bin/mc=exe"]),
            run("COPY dockerscripts/docker-entrypoint.sh /usr/bin/docker-entrypoint.sh # buildkit", 2 * K, &["/usr/bin/docker-entrypoint.sh=script generic-entrypoint"]),
            meta("EXPOSE map[9000/tcp:{}]"),
            meta("VOLUME [/data]"),
            meta("ENTRYPOINT [\"/usr/bin/docker-entrypoint.sh\"]"),
            meta("CMD [\"minio\"]"),
        ],
    },
    ImageDef {
        key: "gitlab-ce",
        parent: Some("ubuntu-jammy"),
        created: "2025-05-21T18:03:48Z",
        steps: &[
            meta("ENV LANG=C.UTF-8"),
            run("RUN /bin/sh -c apt-get update -q && apt-get install -yq --no-install-recommends busybox ca-certificates openssh-server tzdata wget perl libperl5.34 && rm -rf /var/lib/apt/lists/* # buildkit", 98 * M, &["/usr/sbin/sshd=exe 900k", "/usr/bin/wget=exe 500k", "*/usr/bin/perl=exe"]),
            meta("ENV PATH=/opt/gitlab/embedded/bin:/opt/gitlab/bin:/assets:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            run("COPY assets/ /assets/ # buildkit", 20 * K, &["/assets/{wrapper,setup,update-permissions}=file 4k mode=755"]),
            run("RUN /bin/sh -c /assets/setup # buildkit", 3_050 * M, &["/opt/gitlab/bin/{gitlab-ctl,gitlab-rake,gitlab-rails}=file 2k mode=755", "*/opt/gitlab/embedded/bin/ruby=exe"]),
            meta("EXPOSE map[22/tcp:{} 443/tcp:{} 80/tcp:{}]"),
            meta("VOLUME [/etc/gitlab /var/opt/gitlab /var/log/gitlab]"),
            meta("CMD [\"/assets/wrapper\"]"),
        ],
    },
    ImageDef {
        key: "whoami",
        parent: None,
        created: "2025-04-04T08:21:37Z",
        steps: &[
            run("COPY /go/whoami/whoami /whoami # buildkit", 6_900 * K, &["*/whoami=exe"]),
            run("COPY /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ # buildkit", 220 * K, &["/etc/ssl/certs/ca-certificates.crt=file 220k"]),
            PATH,
            meta("ENTRYPOINT [\"/whoami\"]"),
            meta("EXPOSE map[80/tcp:{}]"),
        ],
    },
    ImageDef {
        key: "mailhog",
        parent: Some("alpine:3.4:"),
        created: "2020-08-06T12:37:12Z",
        steps: &[
            legacy("/bin/sh -c apk --no-cache add --virtual build-dependencies go git && mkdir -p /root/gocode && export GOPATH=/root/gocode && go get github.com/mailhog/MailHog && mv /root/gocode/bin/MailHog /usr/local/bin && rm -rf /root/gocode && apk del --purge build-dependencies", 13_200 * K, &["*/usr/local/bin/MailHog=exe"]),
            legacy("/bin/sh -c adduser -D -u 1000 mailhog", 4_700, &["+passwd mailhog:x:1000:1000:Linux User,,,:/home/mailhog:/bin/sh", "/home/mailhog/"]),
            legacy("/bin/sh -c #(nop)  USER mailhog", 0, &[]),
            legacy("/bin/sh -c #(nop) WORKDIR /home/mailhog", 0, &[]),
            legacy("/bin/sh -c #(nop)  ENTRYPOINT [\"MailHog\"]", 0, &[]),
            legacy("/bin/sh -c #(nop)  EXPOSE 1025 8025", 0, &[]),
        ],
    },
    ImageDef {
        key: "pgadmin4",
        parent: Some("alpine-3.21"),
        created: "2025-05-29T13:04:51Z",
        steps: &[
            run("RUN /bin/sh -c apk add --no-cache python3 py3-pip postfix krb5-libs libjpeg-turbo shadow sudo tzdata libedit libldap libcap # buildkit", 118 * M, &["/usr/bin/python3=exe 15k", "*/usr/lib/libpython3.12.so.1.0=file"]),
            run("COPY /venv /venv # buildkit", 290 * M, &["/venv/bin/{python3,gunicorn}=exe 15k", "*/venv/lib/python3.12/site-packages/flask.tar=file"]),
            run("COPY /pgadmin4/web /pgadmin4 # buildkit", 98 * M, &["/pgadmin4/pgAdmin4.py=file 1k", "*/pgadmin4/pgadmin/static/js/generated/app.bundle.js=file"]),
            run("COPY pkg/docker/entrypoint.sh /entrypoint.sh # buildkit", 6 * K, &["/entrypoint.sh=script generic-entrypoint"]),
            meta("VOLUME [/var/lib/pgadmin]"),
            meta("EXPOSE map[443/tcp:{} 80/tcp:{}]"),
            meta("USER pgadmin"),
            meta("ENTRYPOINT [\"/entrypoint.sh\"]"),
        ],
    },
    ImageDef {
        key: "visualizer",
        parent: Some("node:9.11.2:alpine"),
        created: "2018-08-31T18:25:06Z",
        steps: &[
            legacy("/bin/sh -c apk add --update curl && rm -rf /var/cache/apk/*", 1_500 * K, &["/usr/bin/curl=exe 150k"]),
            legacy("/bin/sh -c mkdir /app", 0, &["/app/"]),
            legacy("/bin/sh -c #(nop) WORKDIR /app", 0, &[]),
            legacy("/bin/sh -c #(nop) COPY dir:7c4bd6d1e8d3e8cd18c4e53c1ea0c1b1f4de3d0c1d2dc1ec5ef4d6d8b0b1b9d7 in /app", 26_700 * K, &["/app/{server.js,package.json}=file 3k", "*/app/node_modules.tar=file"]),
            legacy("/bin/sh -c #(nop)  HEALTHCHECK &{[\"CMD-SHELL\" \"node healthcheck.js || exit 1\"] \"10s\" \"2s\" \"0s\" '\\x00'}", 0, &[]),
            legacy("/bin/sh -c #(nop)  EXPOSE 8080/tcp", 0, &[]),
            legacy("/bin/sh -c #(nop)  CMD [\"npm\" \"start\"]", 0, &[]),
        ],
    },
];

/// Repositories beyond the hand-written official ones, in the format of [`super::catalog::REPOS`]:
/// table-only official repositories (their tags come from [`super::families`]) and community
/// images.
pub(crate) const REPOS: &str = "tomcat|Apache Tomcat is an open source implementation of the Java Servlet and JavaServer Pages technologies|3742|1|\n\
elasticsearch|Elasticsearch is a powerful open source search and analytics engine that makes data easy to explore.|6314|1|\n\
kibana|Kibana gives shape to any kind of data — structured and unstructured — indexed in Elasticsearch.|2795|1|\n\
amazoncorretto|Corretto is a no-cost, production-ready distribution of the Open Java Development Kit (OpenJDK)|366|1|\n\
rockylinux|The official build of Rocky Linux.|331|1|\n\
fedora|Official Docker builds of Fedora|1229|1|\n\
adminer|Database management in a single PHP file.|2030|1|latest 5 5.3.0 standalone=php-8.4\n\
phpmyadmin|phpMyAdmin - A web interface for MySQL and MariaDB.|1049|1|latest 5 5.2 5.2.2 apache=php-8.4-apache\n\
phpmyadmin/phpmyadmin|A web interface for MySQL and MariaDB.|1032|0|latest 5 5.2 5.2.2 apache=php-8.4-apache\n\
mongo-express|Web-based MongoDB admin interface, written with Node.js and express|1452|1|latest 1 1.0 1.0.2=node-20-alpine\n\
ghost|Ghost is a free and open source blogging platform written in JavaScript|1741|1|latest 5 5-alpine=node-20-alpine\n\
nextcloud|Nextcloud manual docker image|4243|1|latest 31 apache=php-8.4-apache\n\
sonarqube|SonarQube is an open source platform for continuous inspection of code quality.|2439|1|latest community lts=eclipse-temurin-21\n\
docker/getting-started|Getting Started tutorial for Docker|1175|0|latest=getting-started\n\
docker/welcome-to-docker|Docker image for new users getting started with Docker.|83|0|latest=welcome-to-docker\n\
docker/whalesay|An image for use in the Docker demo tutorial|789|0|latest=whalesay\n\
nicolaka/netshoot|a Docker + Kubernetes network trouble-shooting swiss-army container|431|0|latest v0.13=netshoot\n\
hashicorp/http-echo|A tiny go web server that echos what you start it with!|59|0|latest 1.0 1.0.0 0.2.3=http-echo\n\
prakhar1989/static-site||41|0|latest=static-site\n\
prakhar1989/foodtrucks-web||22|0|latest=python:3.8.20:\n\
prakhar1989/catnip||8|0|latest=python:3.8.20:\n\
dockersamples/static-site||38|0|latest=static-site\n\
seqvence/static-site||9|0|latest=static-site\n\
traefik/whoami|Tiny Go webserver that prints os information and HTTP request to output|378|0|latest v1.11 v1.11.0=whoami\n\
mailhog/mailhog|Web and API based SMTP testing|432|0|latest v1.0.1=mailhog\n\
dpage/pgadmin4|pgAdmin 4 is a web based administration tool for the PostgreSQL database.|1528|0|latest 9 9.4=pgadmin4\n\
dockersamples/visualizer|A visualizer for Docker Swarm Mode using the Docker Remote API, Node.JS, and D3|137|0|latest stable=visualizer\n\
dockersamples/examplevotingapp_vote||29|0|latest before after=voting-vote\n\
dockersamples/examplevotingapp_result||20|0|latest before after=voting-result\n\
dockersamples/examplevotingapp_worker||17|0|latest=voting-worker\n\
dockersamples/101-tutorial|Docker 101 Tutorial|32|0|latest=getting-started\n\
training/webapp||82|0|latest=training-webapp\n\
jpetazzo/clock||21|0|latest=clock\n\
kitematic/hello-world-nginx|A light-weight nginx container that demonstrates the features of Kitematic|151|0|latest=hello-world-nginx\n\
nginxdemos/hello|NGINX webserver that serves a simple page containing its hostname, IP address and port|104|0|latest plain-text=nginx-alpine\n\
portainer/portainer-ce|Portainer CE - a lightweight service delivery platform for containerized applications|2598|0|latest lts 2.27.6 2.21.5=portainer\n\
portainer/portainer|This Repo is now deprecated, use portainer/portainer-ce instead|2297|0|latest=portainer\n\
jenkins/jenkins|The leading open source automation server|4033|0|latest lts jdk17 lts-jdk17=eclipse-temurin-21\n\
grafana/grafana|The official Grafana docker container|3092|0|latest main=grafana\n\
prom/prometheus||1829|0|latest main=prometheus\n\
curlimages/curl|official curl docker image|149|0|latest 8.14.1=curl\n\
alpine/git|A  simple git container running in alpine linux, especially for tiny linux distro.|247|0|latest v2.49.0=alpine-git\n\
containrrr/watchtower|A process for automating Docker container base image updates.|898|0|latest=watchtower\n\
jwilder/nginx-proxy|Automated nginx proxy for Docker containers using docker-gen|2316|0|latest alpine=nginx-alpine\n\
minio/minio|MinIO is a high performance object storage server compatible with Amazon S3 APIs|928|0|latest=minio\n\
bitnami/kafka|Bitnami container image for Apache Kafka|781|0|latest 4.0=eclipse-temurin-21\n\
wurstmeister/kafka|Multi-Broker Apache Kafka Image|1323|0|latest=eclipse-temurin-21\n\
gitlab/gitlab-ce|GitLab Community Edition docker image based on the Omnibus package|4110|0|latest=gitlab-ce\n\
kennethreitz/httpbin||158|0|latest=python:3.8.20:slim\n\
louislam/uptime-kuma|A fancy self-hosted monitoring tool|629|0|latest 1 2=node-20-slim";
