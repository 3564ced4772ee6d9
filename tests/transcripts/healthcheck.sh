# dockling: --seed 10
# HEALTHCHECK: starting until the first interval has passed, then healthy while the program listens.
mkdir h && cd h
cat > Dockerfile <<'EOF'
FROM nginx
HEALTHCHECK --interval=10s CMD curl -f http://localhost/ || exit 1
EOF
docker build -q -t checked .
docker run -d --name web checked
docker run -d --name idle --health-cmd true checked sleep 100
docker ps --format '{{.Names}} {{.Status}}'
sleep 12
docker ps --format '{{.Names}} {{.Status}}'
