# dockling: --seed 13
# docker history of a build with ARG: each RUN lists the stage's build args in use before the
# command (`RUN |2 VERSION=1.0 COLOR= /bin/sh -c …`), with --build-arg values and empty unset ones;
# an ARG declared later joins the list from there on, exec form included.
mkdir ba && cd ba
cat > Dockerfile <<'EOF2'
FROM alpine:3.20
ARG VERSION=1.0
ARG COLOR
ENV MODE=prod
RUN echo $VERSION > /v.txt
ARG LATE=x
RUN ["cat", "/v.txt"]
EOF2
docker build -q -t args --build-arg COLOR=red .
docker history --no-trunc --format '{{.CreatedBy}}' args
docker build -q -t args:plain .
docker history --format '{{.CreatedBy}}' args:plain
docker history args:plain
