# dockling: --seed 0
# Tutorials' Dockerfiles on older bases: the workshop's node:18-alpine with yarn, Python on
# slim-buster, and a pinned nginx.
mkdir app && cd app
cat > package.json <<'X'
{
  "name": "101-app",
  "version": "1.0.0",
  "main": "index.js",
  "license": "MIT",
  "dependencies": {
    "express": "^4.18.2",
    "mysql2": "^2.3.3",
    "sqlite3": "^5.1.2",
    "uuid": "^9.0.0",
    "wait-port": "^1.0.4"
  },
  "devDependencies": {
    "jest": "^29.3.1",
    "nodemon": "^2.0.20"
  }
}
X
mkdir src && echo "console.log('Listening on port 3000')" > src/index.js
cat > Dockerfile <<'X'
# syntax=docker/dockerfile:1
FROM node:18-alpine
WORKDIR /app
COPY . .
RUN yarn install --production
CMD ["node", "src/index.js"]
EXPOSE 3000
X
docker build -t getting-started .
docker run --rm getting-started ls node_modules
docker run --rm getting-started cat yarn.lock
cd .. && mkdir py && cd py
cat > Dockerfile <<'X'
FROM python:3.8-slim-buster
WORKDIR /app
RUN python --version
X
docker build --progress=plain -t py38 .
cd .. && mkdir web && cd web
echo '<h1>pinned</h1>' > index.html
cat > Dockerfile <<'X'
FROM nginx:1.23.0
COPY index.html /usr/share/nginx/html/
X
docker build -q -t web .
docker run --rm web nginx -v
docker images
