# dockling: --seed 0
# Docker's classic docker-whale tutorial (2015-2017 docs): whalesay has no fortune of its own, so
# the Dockerfile installs trusty's `fortunes` with the apt of Ubuntu 14.04, and the whale says it.
docker run --rm docker/whalesay sh -c "/usr/games/fortune -a | cowsay"
mkdir mydockerbuild && cd mydockerbuild
cat > Dockerfile <<'Y'
FROM docker/whalesay:latest
RUN apt-get -y update && apt-get install -y fortunes
CMD /usr/games/fortune -a | cowsay
Y
docker build -t docker-whale .
docker images
docker run docker-whale
docker history docker-whale
docker build --no-cache --progress=plain -t docker-whale .
docker run --rm docker-whale apt-get install -y fortunes
