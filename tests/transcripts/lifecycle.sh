# dockling: --seed 4
# The container life cycle: run, stop (SIGTERM, grace period, SIGKILL), start, pause, rm.
docker run -d --name web -p 8080:80 nginx
docker stop web
docker ps -a
docker start web
docker restart web
docker pause web
docker ps
docker unpause web
docker run -d --name napper busybox sleep 30
docker ps
sleep 31
docker ps -a
docker run -d --name forever alpine tail -f /dev/null
docker stop forever
docker ps -a --filter status=exited
docker run -d --name retry --restart on-failure:2 alpine sh -c 'exit 3'
sleep 5
docker ps -a --filter name=retry
docker inspect -f '{{.RestartCount}} {{.State.Status}}' retry
docker rm -f $(docker ps -aq)
docker run --rm --name temp alpine echo bye
docker ps -a
docker rename web web1
docker run -d --name demo ubuntu
docker wait demo
docker run -it ubuntu bash
cd /tmp
touch a b
ls
exit
docker ps -a -n 1
docker diff $(docker ps -lq)
docker commit $(docker ps -lq) me/snap:1
docker images
