# dockling: --seed 0
# Caddy 2.
docker pull caddy:2.6
docker pull caddy:2-alpine
docker pull caddy:3
