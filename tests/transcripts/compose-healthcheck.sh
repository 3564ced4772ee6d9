# dockling: --seed 11
# A Docker docs language guide's compose file: a built server, postgres with a healthcheck and a secret,
# depends_on with condition: service_healthy; down -v removes the data with the volume.
mkdir -p node-docker/db
cd node-docker
cat > package.json <<'J'
{"name":"app","version":"1.0.0","main":"index.js","dependencies":{"express":"^4.18.2"}}
J
cat > index.js <<'J'
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('Hello from the server'));
app.listen(3000, () => console.log('Listening on port 3000'));
J
cat > Dockerfile <<'D'
FROM node:20-alpine
WORKDIR /usr/src/app
COPY package.json .
RUN npm install
COPY . .
EXPOSE 3000
CMD ["node", "index.js"]
D
echo mysecretpassword > db/password.txt
cat > compose.yaml <<'YAML'
services:
  server:
    build:
      context: .
    environment:
      NODE_ENV: production
      POSTGRES_HOST: db
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD_FILE: /run/secrets/db-password
      POSTGRES_DB: example
    ports:
      - 3000:3000
    depends_on:
      db:
        condition: service_healthy
    secrets:
      - db-password
  db:
    image: postgres
    restart: always
    user: postgres
    secrets:
      - db-password
    volumes:
      - db-data:/var/lib/postgresql/data
    environment:
      - POSTGRES_DB=example
      - POSTGRES_PASSWORD_FILE=/run/secrets/db-password
    expose:
      - 5432
    healthcheck:
      test: [ "CMD", "pg_isready" ]
      interval: 10s
      timeout: 5s
      retries: 5
volumes:
  db-data:
secrets:
  db-password:
    file: db/password.txt
YAML
docker compose config
docker compose up --build -d
docker compose ps
curl -s localhost:3000
docker compose logs server
docker compose exec db cat /run/secrets/db-password
docker compose down
docker compose up -d
docker compose logs db 2>&1 | grep -c 'database system is ready'
docker compose down -v
docker volume ls
docker compose up -d
docker compose logs db 2>&1 | grep -c 'The files belonging to this database system'
docker compose down -v
