# dockling: --seed 0
# Node.js releases: full, minor and major tags, codenames, Debian and Alpine variants.
docker pull node:18-alpine
docker run --rm node:14 node --version
docker run --rm node:hydrogen-bullseye-slim node --version
docker run --rm node:10-jessie cat /etc/debian_version
docker run --rm node:18-alpine yarn --version
docker pull node:99
docker pull node:14-bookworm
docker images
