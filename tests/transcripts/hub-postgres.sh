# dockling: --seed 0
# PostgreSQL 9.x to 17, Debian and Alpine.
docker pull postgres:13
docker run --rm postgres:9.6 psql --version
docker run --rm postgres:12-alpine psql --version
docker pull postgres:9.7
docker pull postgres:18
