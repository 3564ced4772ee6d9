# dockling: --seed 0
# MongoDB 2.2 to 8 on their Ubuntu and Debian releases.
docker pull mongo:4.4
docker run --rm --entrypoint cat mongo:4.4 /etc/lsb-release
docker run --rm --entrypoint cat mongo:6.0-jammy /etc/lsb-release
docker pull mongo:4.4-alpine
