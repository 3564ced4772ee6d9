# dockling: --seed 0
# Tomcat 6 to 11 on their JDKs.
docker pull tomcat:9.0
docker pull tomcat:8.5-jdk8
docker pull tomcat:9.0-jdk17-temurin
docker pull tomcat:12
