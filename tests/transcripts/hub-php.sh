# dockling: --seed 0
# PHP 5.3 to 8.4: cli, apache and fpm on Debian and Alpine.
docker pull php:7.4-apache
docker pull php:8.2-fpm-alpine
docker image inspect --format '{{.Config.Cmd}} {{.Config.WorkingDir}}' php:7.4-apache
docker pull php:7.5
