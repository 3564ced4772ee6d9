# dockling: --seed 0
# Amazon Corretto on Amazon Linux and Alpine.
docker pull amazoncorretto:17
docker pull amazoncorretto:17-alpine
docker pull amazoncorretto:7
