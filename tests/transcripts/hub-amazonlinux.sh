# dockling: --seed 0
# Amazon Linux 2018.03, 2 and 2023.
docker pull amazonlinux:2
docker run --rm amazonlinux:2018.03 cat /etc/system-release
docker pull amazonlinux:2024
