# dockling: --seed 5
# Docker Hub: search, pull (shared layers), tags and digests, push and pull back.
docker search nginx --limit 3
docker search --filter is-official=true --limit 3 python
docker pull debian:bookworm
docker pull node:22
docker pull node:22
docker images --digests
docker tag node:22 student/node:mine
docker images
docker push student/node:mine
docker login -u student -p password1
docker push student/node:mine
docker push library/node:22
docker rmi student/node:mine
docker rmi node:22
docker image prune -f
docker pull student/node:mine
docker image inspect --format '{{.Id}}' student/node:mine
docker logout
docker history node:22
docker system df
docker image prune -a -f
