# dockling: --seed 3
# Containers talking on a user-defined network; data that outlives a container.
docker network create appnet
docker run -d --name api --network appnet nginx
docker run --rm --network appnet alpine wget -qO- api
docker run --rm alpine wget -qO- api
docker network inspect appnet --format '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}'
docker network ls
docker network rm appnet
docker volume create data
docker run --rm -v data:/data alpine sh -c 'echo saved > /data/note.txt'
docker run --rm -v data:/data alpine cat /data/note.txt
docker volume ls
docker volume inspect data
docker volume rm data
mkdir site
echo '<h1>mine</h1>' > site/index.html
docker run -d --name static -p 8081:80 -v $(pwd)/site:/usr/share/nginx/html nginx
curl -s localhost:8081
docker run -d --name cache -p 6379:6379 redis
docker exec cache redis-cli set visits 1
docker exec cache redis-cli incr visits
docker rm -f cache static api
docker system df
docker system prune -f
docker network prune -f
