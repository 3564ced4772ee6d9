# dockling: --seed 13
# Docker docs' Python language guide: a FastAPI server built from the docker-init Dockerfile and
# postgres with a secret and a pg_isready healthcheck, the server waiting for service_healthy.
# Then compose interpolation: the shell's variables win over .env's.
mkdir -p python-docker-example/db
cd python-docker-example
cat > app.py <<'PY'
from fastapi import FastAPI

app = FastAPI()

@app.get("/")
def read_root():
    return {"Hello": "World"}
PY
cat > requirements.txt <<'TXT'
fastapi==0.115.6
uvicorn==0.34.0
TXT
cat > Dockerfile <<'DF'
# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim
ENV PYTHONDONTWRITEBYTECODE=1
ENV PYTHONUNBUFFERED=1
WORKDIR /app
ARG UID=10001
RUN adduser \
    --disabled-password \
    --gecos "" \
    --home "/nonexistent" \
    --shell "/sbin/nologin" \
    --no-create-home \
    --uid "${UID}" \
    appuser
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt
USER appuser
COPY . .
EXPOSE 8000
CMD ["python3", "-m", "uvicorn", "app:app", "--host=0.0.0.0", "--port=8000"]
DF
echo mysecretpassword > db/password.txt
cat > compose.yaml <<'YAML'
services:
  server:
    build:
      context: .
    ports:
      - 8000:8000
    environment:
      - POSTGRES_SERVER=db
      - POSTGRES_USER=postgres
      - POSTGRES_DB=example
      - POSTGRES_PASSWORD_FILE=/run/secrets/db-password
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
docker compose up --build -d
docker compose ps
curl http://localhost:8000
docker compose exec server id
docker compose logs server
docker compose exec db psql -U postgres -d example -c 'select 1 as ok'
docker compose down
docker volume ls
docker compose down -v
docker volume ls
mkdir ../tagged && cd ../tagged
cat > compose.yaml <<'YAML'
services:
  web:
    image: "nginx:${TAG:-latest}"
    ports:
      - "${PORT:-8080}:80"
YAML
docker compose config --images
echo TAG=alpine > .env
docker compose config --images
TAG=1.27 docker compose config --images
export TAG=1.25-alpine
docker compose config --images
PORT=9090 docker compose config | grep published
cat > compose.yaml <<'YAML'
services:
  web:
    image: alpine
    environment:
      - TAG
      - UNSET_HERE
YAML
docker compose config
