# dockling: --seed 0
# Alpine releases with their patch tags; apk and BusyBox sh.
docker pull alpine:3.19
docker run --rm alpine:3.12 cat /etc/os-release
docker run --rm alpine:3.18.4 cat /etc/alpine-release
docker run --rm alpine:3.19 which apk
docker pull alpine:3.0
docker pull alpine:3.23
