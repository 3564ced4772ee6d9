# dockling: --seed 1
# A registry on another port, registry:3, a volume that keeps the images, and dockerd's errors.
docker pull busybox
docker tag busybox 127.0.0.1:5001/tools/busybox:1.0
docker push 127.0.0.1:5001/tools/busybox:1.0
docker volume create regdata
docker run -d -p 5001:5000 --restart=always -v regdata:/var/lib/registry --name reg registry:3
docker logs reg
docker run --rm registry:3 --version
docker run --rm registry:2 --version
docker run --rm registry:2 cat /etc/docker/registry/config.yml
docker push 127.0.0.1:5001/tools/busybox:1.0
docker tag busybox localhost:5001/busybox
docker push localhost:5001/busybox
curl -s localhost:5001/v2/_catalog
docker rm -f reg
docker run -d -p 5001:5000 -v regdata:/var/lib/registry --name reg registry:3
curl -s localhost:5001/v2/tools/busybox/tags/list
docker rmi localhost:5001/busybox
docker pull localhost:5001/busybox
docker tag busybox 172.17.0.1:5001/busybox
docker push 172.17.0.1:5001/busybox
docker pull 172.17.0.1:5001/busybox
docker tag busybox myregistry:5000/busybox
docker push myregistry:5000/busybox
docker pull myregistrydomain.com:5000/busybox
docker tag busybox localhost:5001/busybox:2
docker push --all-tags localhost:5001/busybox
curl -s localhost:5001/v2/busybox/tags/list
docker login localhost:5001 -u student -p secret1
docker logout localhost:5001
docker login localhost:5009 -u student -p secret1
printf 'FROM localhost:5001/tools/busybox:1.0\nRUN echo built > /built.txt\n' > Dockerfile
docker build -t localhost:5001/app:1 .
docker push localhost:5001/app:1
docker stop reg
docker build --pull -t app:2 .
docker ps -a --format '{{.Names}} {{.Status}}'
