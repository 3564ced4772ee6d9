# dockling: --seed 0
# CentOS 5 to 8, deprecated but still pullable.
docker pull centos:7
docker run --rm centos:6 cat /etc/centos-release
docker run --rm centos:centos7 which yum
docker run --rm centos:8 which dnf
docker pull centos:9
