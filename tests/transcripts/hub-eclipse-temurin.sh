# dockling: --seed 0
# Eclipse Temurin JDKs and JREs on Ubuntu and Alpine.
docker pull eclipse-temurin:17
docker pull eclipse-temurin:17.0.7_7-jdk
docker run --rm --entrypoint cat eclipse-temurin:11-focal /etc/lsb-release
docker pull eclipse-temurin:alpine
