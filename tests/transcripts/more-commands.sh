# dockling: --seed 7
# cp, port, top, stats, rename, volumes and networks in depth, version, info, prune.
docker version
docker info --format '{{.ServerVersion}} {{.Driver}}'
docker run -d --name web -p 8080:80 -p 8443:443 nginx
docker port web
docker port web 80
docker top web
docker stats --no-stream
echo '<h1>copied</h1>' > page.html
docker cp page.html web:/usr/share/nginx/html/index.html
curl -s localhost:8080
docker cp web:/etc/nginx/nginx.conf .
ls
docker diff web
docker rename web site
docker ps --format '{{.Names}}: {{.Ports}}'
docker network create backend
docker network connect backend site
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' site
docker network disconnect backend site
docker volume create cache
docker volume ls -q
docker run -d --name w2 -v cache:/cache -v /data nginx
docker volume ls
docker rm -f w2
docker volume prune -f
docker volume ls
docker stop site
docker container prune
y
docker system prune -a
n
docker ps -a
docker image ls -q
docker logout
