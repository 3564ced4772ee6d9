# dockling: --seed 0
# MySQL 5.5 to 9.x, the Oracle Linux and Debian builds.
docker pull mysql:5.7
docker image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' mysql:5.7
docker pull mysql:8.0-debian
docker pull mysql:5.7.45
docker pull mysql:8-alpine
