# dockling: --seed 0
# Redis 2.6 to 8, Debian and Alpine.
docker pull redis:7
docker run --rm redis:7 redis-server --version
docker run --rm redis:6.2-alpine redis-cli --version
docker run --rm redis:3.2 redis-server --version
docker pull redis:9
