# dockling: --seed 8
# ARG and --build-arg, --target, ENTRYPOINT with CMD, USER, HEALTHCHECK, package managers.
mkdir b && cd b
cat > Dockerfile <<'EOF'
ARG BASE=debian:bookworm
FROM ${BASE} AS base
ARG GREETING=hello
ENV APP_HOME=/opt/app
WORKDIR $APP_HOME
RUN apt-get update && apt-get install -y curl
RUN echo "$GREETING from $APP_HOME" > greeting.txt

FROM base AS test
RUN cat greeting.txt

FROM base
RUN useradd -m app || true
USER app
HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
ENTRYPOINT ["cat"]
CMD ["greeting.txt"]
EOF
docker buildx build --build-arg GREETING=annyeong -t args .
docker run --rm args
docker run --rm args /etc/hostname
docker build --target test -t args:test .
docker image inspect -f '{{.Config.Entrypoint}} {{.Config.Cmd}} {{.Config.User}} {{.Config.WorkingDir}}' args
docker build --no-cache -q .
cat > Dockerfile <<'EOF'
FROM alpine
RUN apk add --no-cache curl
RUN apk add nosuchpkg
EOF
docker build -t apk .
cat > Dockerfile <<'EOF'
FROM python:3.12-slim
RUN pip install flask
CMD ["python3", "-m", "http.server", "8000"]
EOF
docker build -t py .
docker run -d --name py -p 8000:8000 py
curl -s localhost:8000 | head -3
