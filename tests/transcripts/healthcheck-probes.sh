# dockling: --seed 12
# Health checks run their command inside the container: curl is missing from a python alpine image
# (exit 127 behind `|| exit 1`, unhealthy after the retries), busybox wget works, a CMD-form check
# of a missing binary logs -1, a start period holds back the streak, docker events reports the
# status changes, a stop leaves the status unhealthy and a start begins again at starting.
mkdir hp && cd hp
cat > Dockerfile <<'EOF2'
FROM python:3.12-alpine
HEALTHCHECK --interval=5s --retries=2 CMD curl -f http://localhost:8000/ || exit 1
CMD ["python", "-m", "http.server"]
EOF2
docker build -q -t site .
docker run -d --name curlcheck site
docker run -d --name wgetcheck --health-cmd 'wget -qO- localhost:8000 > /dev/null' --health-interval 2s site
docker ps --format '{{.Names}} {{.Status}}'
sleep 12
docker ps --format '{{.Names}} {{.Status}}'
docker inspect --format '{{json .State.Health}}' curlcheck
docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' wgetcheck
cat > Dockerfile.exec <<'EOF2'
FROM python:3.12-alpine
HEALTHCHECK --interval=3s --retries=1 CMD ["curl", "-f", "http://localhost:8000/"]
CMD ["python", "-m", "http.server"]
EOF2
docker build -q -t site:exec -f Dockerfile.exec .
docker run -d --name execcheck site:exec
sleep 5
docker inspect --format '{{range .State.Health.Log}}{{.ExitCode}} {{.Output}}{{end}}' execcheck
docker run -d --name patient --health-cmd 'exit 1' --health-interval 2s --health-retries 1 --health-start-period 20s alpine:3.20 sleep 3600
sleep 10
docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' patient
sleep 15
docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' patient
docker events --since 10m --until 0s --filter event=health_status --format '{{.Action}} {{.Actor.Attributes.name}}'
docker stop wgetcheck
docker inspect --format '{{.State.Status}} {{.State.Health.Status}}' wgetcheck
docker start wgetcheck
docker ps --filter name=wgetcheck --format '{{.Names}} {{.Status}}'
docker run -d --name db -e POSTGRES_PASSWORD=secret --health-cmd 'pg_isready -U postgres' --health-interval 2s postgres:16
sleep 3
docker inspect --format '{{range .State.Health.Log}}{{.ExitCode}} {{.Output}}{{end}}' db
docker run -d --name forever --health-cmd true --health-interval 1s alpine:3.20 sleep infinity
sleep 86400
docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' forever
