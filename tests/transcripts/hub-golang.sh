# dockling: --seed 0
# Go releases, Debian and Alpine.
docker pull golang:1.19
docker run --rm golang:1.19 go version
docker run --rm golang:1.21-alpine go version
docker pull golang:1.99
