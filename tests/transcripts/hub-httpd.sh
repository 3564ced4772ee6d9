# dockling: --seed 0
# Apache httpd 2.2 and 2.4.
docker pull httpd:2.4
docker pull httpd:2.2
docker run --rm httpd:2.4.57-alpine cat /etc/alpine-release
docker pull httpd:2.3
