# dockling: --seed 13
# Tags from tutorials that the Hub's model had wrong: Elastic's own registry's 6.x, node's
# lts- variants of earlier LTS lines, eclipse-temurin's Java 8 builds, the base a plain tag
# shared its tag line with, and community images with layers of their own.
docker pull docker.elastic.co/elasticsearch/elasticsearch:6.3.2
docker pull elasticsearch:6.3.2
docker run --rm node:lts-buster cat /etc/debian_version
docker pull eclipse-temurin:8u452-b09-jdk
docker pull eclipse-temurin:8u452-jdk
docker run --rm eclipse-temurin:17 java -version
docker run --rm postgres:10 cat /etc/os-release
docker run --rm postgres:9.6 postgres --version
docker run --rm mariadb:10.6 cat /etc/lsb-release
docker pull ruby:3.2
docker pull rust:1.70
docker pull wordpress:cli
docker pull phpmyadmin/phpmyadmin
docker pull curlimages/curl
docker pull grafana/grafana
docker history grafana/grafana
