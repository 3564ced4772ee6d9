# dockling: --seed 5
# Docker Compose: the express app and Redis from one compose.yaml, through up, ps, logs, exec and down -v.
mkdir shop
cd shop
cat > index.js <<'JS'
const express = require('express')
const PORT = 3000;
const app = express();
app.get("/", (req, res) => {
  res.send("hello world")
});
app.listen(PORT);
console.log("server is started..!")
JS
cat > package.json <<'JSON'
{
  "name": "shop",
  "version": "1.0.0",
  "main": "index.js",
  "dependencies": {
    "express": "4.17.1"
  }
}
JSON
cat > Dockerfile <<'DF'
FROM node:20-alpine
WORKDIR /app
COPY package.json .
RUN npm install
COPY . .
CMD ["node", "index.js"]
DF
cat > compose.yaml <<'YAML'
services:
  web:
    build: .
    ports:
      - "8080:3000"
    environment:
      REDIS_HOST: cache
    depends_on:
      - cache
  cache:
    image: redis:8-alpine
    volumes:
      - cache-data:/data

volumes:
  cache-data:
YAML
docker compose up -d
docker compose ps
curl -s localhost:8080
docker compose logs
docker compose logs --tail 1 cache
docker compose exec cache redis-cli set visits 41
docker compose exec cache redis-cli incr visits
docker compose run --rm cache redis-cli -h cache get visits
docker ps --filter label=com.docker.compose.service=web --format '{{.Names}} {{.Status}}'
docker inspect shop-web-1 --format '{{index .Config.Labels "com.docker.compose.project"}} {{index .Config.Labels "com.docker.compose.service"}} {{index .Config.Labels "com.docker.compose.container-number"}} {{index .Config.Labels "com.docker.compose.oneoff"}}'
docker compose ls
docker compose top cache
docker compose images
docker compose up -d
docker compose stop
docker compose ps -a
docker compose start
docker compose restart cache
docker compose down
docker volume ls
docker compose down -v
docker volume ls
docker compose version
docker-compose up
docker compose up -d
docker compose port web 3000
docker compose port web 3001
docker compose pause cache
docker compose ps --format '{{.Name}} {{.State}}'
docker compose unpause cache
docker compose kill web
docker compose ps -a --format '{{.Name}} {{.State}} {{.ExitCode}}'
docker compose down -v
