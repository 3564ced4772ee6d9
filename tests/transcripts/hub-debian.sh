# dockling: --seed 0
# Debian releases by codename and number, slim variants.
docker pull debian:buster-slim
docker run --rm debian:jessie cat /etc/os-release
docker run --rm debian:11 cat /etc/debian_version
docker run --rm debian:stretch cat /etc/os-release
docker pull debian:potato
docker images debian
