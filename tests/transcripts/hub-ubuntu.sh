# dockling: --seed 0
# Ubuntu releases by number and codename, each with its own os-release.
docker pull ubuntu:14.04
docker run --rm ubuntu:18.04 cat /etc/os-release
docker run --rm ubuntu:focal cat /etc/lsb-release
docker run --rm ubuntu:16.04 cat /etc/os-release
docker run --rm ubuntu:13.04 which apt-get
docker pull ubuntu:14
docker pull ubuntu:13.12
docker run --rm ubuntu:bionic-20230530 cat /etc/lsb-release
docker pull ubuntu:bionic-20230531
docker images ubuntu
