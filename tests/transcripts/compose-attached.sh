# dockling: --seed 3
# Attached `docker compose up` follows every service's output until Ctrl-C, which stops the
# project gracefully; `compose logs -f` follows until Ctrl-C and leaves the containers running.
mkdir proj && cd proj
cat > compose.yaml <<'YAML'
services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
  cache:
    image: redis:7
YAML
docker compose up
curl -s localhost:8080
^C
echo $?
docker compose ps -a --format '{{.Name}} {{.State}}'
docker compose up -d
docker compose logs -f web
^C
docker compose ps --format '{{.Name}} {{.State}}'
docker compose down
