# dockling: --seed 0
# Run your own registry: registry:2 on port 5000, tag, push, pull back, and what its files hold.
docker run -d -p 5000:5000 --name registry registry:2
docker logs registry
curl -i http://localhost:5000/v2/
docker pull ubuntu:22.04
docker tag ubuntu:22.04 localhost:5000/my-ubuntu
docker push localhost:5000/my-ubuntu
docker push localhost:5000/my-ubuntu
docker tag ubuntu:22.04 localhost:5000/team/base:1.0
docker push localhost:5000/team/base:1.0
docker image rm ubuntu:22.04 localhost:5000/my-ubuntu localhost:5000/team/base:1.0
docker images
docker pull localhost:5000/my-ubuntu
curl http://localhost:5000/v2/_catalog
curl http://localhost:5000/v2/my-ubuntu/tags/list
curl -s http://localhost:5000/v2/nope/tags/list
docker pull localhost:5000/nope
docker pull localhost:5000/my-ubuntu:2.0
docker exec registry ls /var/lib/registry/docker/registry/v2/repositories/my-ubuntu/_manifests/tags/latest/current
docker exec registry cat /var/lib/registry/docker/registry/v2/repositories/my-ubuntu/_manifests/tags/latest/current/link
docker logs registry 2>/dev/null
docker network create devnet
docker network connect devnet registry
docker run --rm --network devnet alpine wget -qO- http://registry:5000/v2/_catalog
docker stop registry
docker ps -a
docker push localhost:5000/my-ubuntu
docker pull localhost:5000/my-ubuntu
docker rm registry
docker run -d -p 5000:5000 --name registry registry:2
curl http://localhost:5000/v2/_catalog
