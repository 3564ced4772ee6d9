# dockling: --seed 5
# yum, dnf and microdnf on the Red Hat family bases: versions, installing from the catalogue,
# what an unknown package and a missing -y say, and the CentOS repositories that are gone.
docker run --rm centos:7 yum --version
docker run --rm rockylinux:9 dnf --version
docker run --rm amazonlinux:2 yum install -y git
docker run --rm rockylinux:9 sh -c "dnf install -y nosuchpkg; echo exit=\$?"
docker run --rm amazonlinux:2 sh -c "yum install nosuchpkg; echo exit=\$?"
docker run --rm amazonlinux:2023 sh -c "dnf install wget; echo exit=\$?"
docker run --rm amazonlinux:2 sh -c "yum install wget; echo exit=\$?"
docker run --rm centos:8 yum install -y curl
docker run --rm rockylinux:8 sh -c "dnf install -y -q make && make --version >/dev/null; dnf list installed; dnf remove -y make; dnf clean all"
mkdir c7 && cd c7
cat > Dockerfile <<'DF'
FROM centos:7
RUN yum install -y curl && yum clean all
DF
docker build --progress=plain -t c7curl .
cd ..
mkdir r9 && cd r9
cat > Dockerfile <<'DF'
FROM rockylinux:9
RUN dnf install -y git && dnf clean all
RUN git --version
DF
docker build --progress=plain -t r9git .
docker images r9git
