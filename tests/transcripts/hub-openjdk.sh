# dockling: --seed 0
# The deprecated openjdk images: 7 to 22, JDK, JRE, slim and Alpine.
docker pull openjdk:8-jre
docker pull openjdk:11-jre-slim
docker pull openjdk:8u342
docker run --rm openjdk:17-jdk-slim cat /etc/os-release
docker pull openjdk:99
