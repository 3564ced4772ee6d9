# dockling: --seed 2
# Mistakes a learner makes, with Docker's own messages and exit codes.
docker run
echo $?
docker run -p abc nginx
echo $?
docker run Node
echo $?
docker pull Node
echo $?
docker pull node:
docker tag a b:c:d
docker ps --bogus
echo $?
docker ps -z
docker logs a b
docker images ls
docker stop nope
echo $?
docker start nope
docker rm -f nope
echo $?
docker rmi nope
docker exec nope ls
docker container foo
docker inspect --format '{{.Nope' x
docker run -d --name web -p 8080:80 nginx
docker run -d --name web nginx
docker rm web
docker rmi nginx
docker exec web ls /nope
echo $?
docker pause web
docker pause web
docker exec web ls
docker unpause web
docker kill --signal TERM web
docker ps
docker stop -t 0 web
docker kill web
docker run -d --name db mysql
docker run -d --name pg postgres
docker ps -a --format 'table {{.Names}}\t{{.Status}}'
docker logs pg
docker pull nosuchrepo/nothing
docker pull node:99
docker search --limit 200 x
docker login -u hahava -p 12
docker push nginx
