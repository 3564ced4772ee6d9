# dockling: --seed 2
# The registry's files in a directory of the learner's machine (bind mount), and the same directory under Compose.
mkdir data
docker run -d -p 5000:5000 -v $(pwd)/data:/var/lib/registry --name registry registry:2
docker pull busybox
docker tag busybox localhost:5000/bb
docker push localhost:5000/bb
ls data/docker/registry/v2/repositories
find data -name link | head -3
cat > compose.yaml <<'Y'
services:
  registry:
    image: registry:2
    ports:
      - "5002:5000"
    volumes:
      - ./data:/var/lib/registry
Y
docker compose up -d
curl -s localhost:5002/v2/_catalog
docker compose down
docker rm -f registry
ls data/docker/registry/v2/blobs/sha256
