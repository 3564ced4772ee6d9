# dockling: --seed 7
# Docker's getting-started workshop, "Use Docker Compose": the todo app and MySQL from one
# compose.yaml, the app finding mysql by its service name; down keeps the volume, down -v removes it.
git clone https://github.com/docker/getting-started-app.git
cd getting-started-app
cat > compose.yaml <<'YAML'
services:
  app:
    image: node:18-alpine
    command: sh -c "yarn install && yarn run dev"
    ports:
      - 127.0.0.1:3000:3000
    working_dir: /app
    volumes:
      - ./:/app
    environment:
      MYSQL_HOST: mysql
      MYSQL_USER: root
      MYSQL_PASSWORD: secret
      MYSQL_DB: todos

  mysql:
    image: mysql:8.0
    volumes:
      - todo-mysql-data:/var/lib/mysql
    environment:
      MYSQL_ROOT_PASSWORD: secret
      MYSQL_DATABASE: todos

volumes:
  todo-mysql-data:
YAML
docker compose up -d
docker compose ps
docker compose logs -f
^C
docker compose logs app
curl localhost:3000/items
curl -X POST -H "Content-Type: application/json" -d '{"name":"Use compose"}' localhost:3000/items
curl localhost:3000/items
docker exec -it getting-started-app-mysql-1 mysql -u root -p todos
secret
select * from todo_items;
exit
docker compose down
docker volume ls
docker compose up -d
curl localhost:3000/items
docker compose down -v
docker volume ls
docker compose up -d
curl localhost:3000/items
docker compose down -v
