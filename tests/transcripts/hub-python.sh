# dockling: --seed 0
# Python releases from 2.7 to 3.13, slim and Alpine variants on their Debian and Alpine releases.
docker pull python:3.8-slim-buster
docker run --rm python:3.8-slim-buster python --version
docker run --rm python:2.7 python --version
docker run --rm python:3.6-alpine cat /etc/alpine-release
docker run --rm python:3.11 pip --version
docker pull python:3.99
docker pull python:3.12-buster
