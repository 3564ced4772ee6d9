# dockling: --seed 0
# Rocky Linux 8 and 9.
docker pull rockylinux:9
docker run --rm rockylinux:8 cat /etc/os-release
docker pull rockylinux:10
