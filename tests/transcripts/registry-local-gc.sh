# dockling: --seed 3
# registry garbage-collect: a re-pushed tag leaves an untagged manifest; -m deletes it and the blobs only it used.
docker run -d -p 5000:5000 --name registry registry:2
docker pull busybox
docker tag busybox localhost:5000/app
docker push localhost:5000/app
docker exec registry registry garbage-collect /etc/docker/registry/config.yml
docker pull alpine:3.20
docker tag alpine:3.20 localhost:5000/app
docker push localhost:5000/app
docker exec registry registry garbage-collect --dry-run --delete-untagged /etc/docker/registry/config.yml
docker exec registry registry garbage-collect -m /etc/docker/registry/config.yml
docker exec registry registry garbage-collect /etc/docker/registry/config.yml
docker rmi localhost:5000/app alpine:3.20
docker pull localhost:5000/app
curl -s localhost:5000/v2/app/tags/list
docker exec registry ls /var/lib/registry/docker/registry/v2/blobs/sha256
