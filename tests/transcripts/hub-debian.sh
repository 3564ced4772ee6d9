# dockling: --seed 0
# Debian releases by codename and number, slim variants.
docker pull debian:buster-slim
docker run --rm debian:jessie cat /etc/os-release
docker run --rm debian:11 cat /etc/debian_version
docker run --rm debian:stretch cat /etc/os-release
docker pull debian:potato
docker run --rm debian:buster-20190708-slim cat /etc/os-release
docker pull debian:stable-20200130
docker pull debian:bookworm-20230613
docker images debian
