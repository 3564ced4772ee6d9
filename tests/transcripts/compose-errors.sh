# dockling: --seed 7
# Docker Compose's own error texts and exit codes: missing files, YAML and schema mistakes, bad references.
docker compose up
echo $?
docker compose -f nope.yaml config
mkdir app
cd app
printf 'services:\n  web:\n    image: nginx: latest\n' > compose.yaml
docker compose config
echo $?
printf 'services:\n  web:\n\timage: nginx\n' > compose.yaml
docker compose up -d
printf 'services:\n  web:\n    image: nginx\n   ports:\n      - 80:80\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: "nginx\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: nginx\n  web:\n    image: httpd\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: nginx\n    prots:\n      - "8080:80"\n' > compose.yaml
docker compose up -d
echo $?
printf 'servics:\n  web:\n    image: nginx\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: 42\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: nginx\n    ports: 8080\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: nginx\n    depends_on:\n      - db\n' > compose.yaml
docker compose config
printf 'services:\n  db:\n    image: mysql\n    volumes:\n      - data:/var/lib/mysql\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    build:\n      context: .\n    ports:\n      - "8080:80"\n' > compose.yaml
docker compose config --services
printf 'services:\n  web:\n    image: nginx:${TAG:?set TAG first}\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: nginx:${TAG\n' > compose.yaml
docker compose config
printf 'services:\n  web:\n    image: nginx:${TAG}\n' > compose.yaml
docker compose config
printf 'version: "3.8"\nservices:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n' > compose.yaml
docker compose logs nope
docker compose exec web sh
docker compose up -d
docker run -d --name squatter -p 9090:80 nginx
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "9090:80"\n' > compose.yaml
docker compose up -d
echo $?
docker compose up --prots
docker compose frobnicate
docker compose exec web
printf 'services:\n  a:\n    image: nginx\n    depends_on: [b]\n  b:\n    image: nginx\n    depends_on: [a]\n' > compose.yaml
docker compose config
printf '{"name":"x","dependencies":{"express":"4.17.1",}}\n' > package.json
printf 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n' > Dockerfile
printf 'services:\n  api:\n    build: .\n' > compose.yaml
docker compose up -d
echo $?
printf 'services:\n  db:\n    image: mysql:8.0\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-h", "localhost"]\n  api:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_healthy\n' > compose.yaml
docker compose up -d
echo $?
docker compose down
