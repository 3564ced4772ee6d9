# dockling: --seed 0
# nginx mainline and stable releases, Alpine, perl and slim variants.
docker pull nginx:1.23.0
docker run --rm nginx:1.23.0 nginx -v
docker run --rm nginx:1.19.10-alpine-perl cat /etc/alpine-release
docker pull nginx:stable
docker pull nginx:1.23.99
docker images nginx
