# dockling: --seed 13
# docker compose config: the normalised model, on the Compose Specification's example and on a file
# with .env interpolation, anchors, extensions, profiles and replicas; then --scale and attached up.
mkdir spec
cd spec
cat > compose.yaml <<'YAML'
services:
  frontend:
    image: example/webapp
    ports:
      - "443:8043"
    networks:
      - front-tier
      - back-tier
    configs:
      - httpd-config
    secrets:
      - server-certificate

  backend:
    image: example/database
    volumes:
      - db-data:/etc/data
    networks:
      - back-tier

volumes:
  db-data:
    driver: flocker
    driver_opts:
      size: "10GiB"

configs:
  httpd-config:
    external: true

secrets:
  server-certificate:
    external: true

networks:
  # The presence of these objects is sufficient to define them
  front-tier: {}
  back-tier: {}
YAML
docker compose config
docker compose config --format json
cd
mkdir web-stack
cd web-stack
cat > .env <<'E'
TAG=1.27-alpine
WEB_PORT=8080
E
cat > app.env <<'E'
MODE=production
E
cat > compose.yaml <<'YAML'
x-common: &common
  restart: unless-stopped
  labels:
    team: web

services:
  proxy:
    <<: *common
    image: "nginx:${TAG:-latest}"
    ports:
      - "${WEB_PORT}:80"
      - target: 443
        published: "8443"
    env_file: app.env
    volumes:
      - ./site:/usr/share/nginx/html:ro
  worker:
    <<: *common
    image: alpine
    command: ["sleep", "3600"]
    deploy:
      replicas: 2
  debug:
    image: busybox
    profiles: [tools]
    entrypoint: sh -c 'echo $$HOME'
YAML
docker compose config
docker compose config --services
docker compose --profile tools config --services
mkdir site
echo '<h1>stack</h1>' > site/index.html
docker compose up -d --scale worker=3
docker compose ps --format '{{.Name}} {{.Service}} {{.State}}'
curl -s localhost:8080
docker compose up -d
docker compose ps -q | wc -l
docker compose up proxy
^C
docker compose down
docker compose watch
cat > compose.yaml <<'YAML'
services:
  web:
    image: nginx:1.27-alpine
    ports:
      - "8081:80"
    develop:
      watch:
        - action: sync
          path: ./site
          target: /usr/share/nginx/html
YAML
docker compose watch
cd
docker compose -p web-stack ps
docker compose -p web-stack down
docker compose -p Web-Stack ps
mkdir r && cd r
printf 'services:\n  web:\n    image: nginx\n    container_name: my-web\n    hostname: webhost\n    restart: unless-stopped\n' > compose.yaml
docker compose pull
docker compose up -d
docker inspect my-web --format '{{.Config.Hostname}} {{.HostConfig.RestartPolicy.Name}}'
docker compose stop
docker compose rm
y
docker compose create
docker compose ps -a
docker compose rm -f
docker compose down
