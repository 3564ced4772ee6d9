# dockling: --seed 0
# A version behaves like that version: the servers' --version options print and exit, through
# the images' entrypoints too, in the format of that release.
docker run --rm mysql:5.7 --version
docker run --rm mysql:5.6 mysqld --version
docker run --rm mysql:8.0 --version
docker run --rm mysql:8.4 mysqld --version
docker run --rm mysql:9 --version
docker run --rm mariadb:11 --version
docker run --rm postgres:13 --version
docker run --rm postgres:13 postgres --version
docker run --rm postgres:9.6 postgres --version
docker run --rm postgres:16-alpine postgres -V
docker run --rm postgres:13 psql --version
docker run --rm node:14 node --version
docker run --rm python:3.8-slim-buster python --version
docker run --rm ubuntu:18.04 cat /etc/os-release
docker run --rm redis:7 redis-server --version
docker run --rm redis:7 --version
docker run --rm nginx:1.23.0 nginx -v
docker run --rm nginx:1.27 nginx -v
docker run --rm httpd:2.4 httpd -v
docker run --rm httpd:2.4 httpd -t
docker run --rm postgres:9.6 psql --version
docker run --rm postgres:10 postgres --version
docker run --rm mariadb:10.6 mariadbd --version
docker run --rm node:14 npm --version
docker run --rm node:16 npm --version
docker run --rm node:18 npm --version
docker run --rm mysql:5.7 mysql --version
docker run --rm mysql:8.0 mysql --version
docker run --rm php:7.4-cli php -v
docker run --rm php:8.2-cli php -v
docker run --rm nginx:1.9 nginx -v
docker run --rm redis:3.2 redis-server --version
docker run --rm redis:6.2 --version
docker run -d --name p1 -e POSTGRES_PASSWORD=pw postgres:9.6
docker run -d --name p2 -e POSTGRES_PASSWORD=pw postgres:13-alpine
docker run -d --name p3 -e POSTGRES_PASSWORD=pw postgres:13
docker exec p1 psql -U postgres -c "SELECT version()"
docker exec p2 psql -U postgres -c "SELECT version()"
docker exec p3 psql -U postgres -c "SELECT version()"
docker run --rm node:14 yarn --version
docker run --rm node:18-alpine yarn --version
docker exec p3 psql -v ON_ERROR_STOP=1 -U postgres -c "SELECT 1"
