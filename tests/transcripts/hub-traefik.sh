# dockling: --seed 0
# Traefik with and without the v prefix, and its cheese codenames.
docker pull traefik:v2.10
docker pull traefik:1.7-alpine
docker pull traefik:chaource
docker pull traefik:v9.9
