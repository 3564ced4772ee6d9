# dockling: --seed 0
# MariaDB 10.0 to 11.x on their Ubuntu releases.
docker pull mariadb:10.6
docker run --rm --entrypoint cat mariadb:10.5-focal /etc/lsb-release
docker pull mariadb:lts
docker pull mariadb:10.6-alpine
