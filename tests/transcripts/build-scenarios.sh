# dockling: --seed 1
# Multi-stage builds, the cache and how it breaks, .dockerignore, a failing RUN, a typo.
mkdir app && cd app
cat > main.go <<'EOF'
package main
func main() {}
EOF
cat > Dockerfile <<'EOF'
FROM golang:1.24 AS build
WORKDIR /src
COPY main.go .
RUN echo building > /src/app

FROM alpine:3.21
COPY --from=build /src/app /usr/local/bin/app
CMD ["cat", "/usr/local/bin/app"]
EOF
docker build -t multi .
docker run --rm multi
docker build -t multi .
echo "// changed" >> main.go
docker build -t multi .
docker images
cat > .dockerignore <<'EOF'
*.md
secret.txt
EOF
echo hush > secret.txt
echo docs > README.md
cat > Dockerfile <<'EOF'
FROM alpine
WORKDIR /ctx
COPY . .
RUN ls -a
EOF
docker build --progress=plain -t ctx .
cat > Dockerfile <<'EOF'
FROM alpine
RUNN echo hi
EOF
docker build .
cat > Dockerfile <<'EOF'
FROM alpine
RUN nosuchcommand
EOF
docker build -t broken .
cat > Dockerfile <<'EOF'
FROM alpine
COPY missing.txt /
EOF
docker build .
cat > Dockerfile <<'EOF'
from alpine as Base
ENV A 1
MAINTAINER me
CMD echo hi
EOF
docker build -t lint .
docker build -q -t lint .
docker history lint
docker build -f nope/Dockerfile .
docker build nodir
