# dockling: --seed 5
# The getting-started todo app: SQLite in the container and on a volume, then MySQL on a user
# network found by its name (and alias), with nodemon and a bind mount, and a database that
# does not resolve.
mkdir -p getting-started-app/src/persistence getting-started-app/src/routes getting-started-app/src/static && cd getting-started-app
cat > package.json <<'JSON'
{
  "name": "101-app",
  "version": "1.0.0",
  "main": "index.js",
  "license": "MIT",
  "scripts": {
    "prettify": "prettier -l --write \"**/*.js\"",
    "test": "jest",
    "dev": "nodemon -L src/index.js"
  },
  "dependencies": {
    "express": "^4.18.2",
    "mysql2": "^2.3.3",
    "sqlite3": "^5.1.2",
    "uuid": "^9.0.0",
    "wait-port": "^1.0.4"
  },
  "devDependencies": {
    "jest": "^29.3.1",
    "nodemon": "^2.0.20",
    "prettier": "^2.7.1"
  }
}
JSON
cat > src/index.js <<'JS'
const express = require('express');
const app = express();
const db = require('./persistence');
const getItems = require('./routes/getItems');
const addItem = require('./routes/addItem');
const updateItem = require('./routes/updateItem');
const deleteItem = require('./routes/deleteItem');

app.use(express.json());
app.use(express.static(__dirname + '/static'));

app.get('/items', getItems);
app.post('/items', addItem);
app.put('/items/:id', updateItem);
app.delete('/items/:id', deleteItem);

db.init().then(() => {
    app.listen(3000, () => console.log('Listening on port 3000'));
}).catch((err) => {
    console.error(err);
    process.exit(1);
});
JS
cat > src/persistence/index.js <<'JS'
if (process.env.MYSQL_HOST) module.exports = require('./mysql');
else module.exports = require('./sqlite');
JS
cat > src/persistence/sqlite.js <<'JS'
const sqlite3 = require('sqlite3').verbose();
const fs = require('fs');
const location = process.env.SQLITE_DB_LOCATION || '/etc/todos/todo.db';
JS
cat > src/persistence/mysql.js <<'JS'
const waitPort = require('wait-port');
const fs = require('fs');
const mysql = require('mysql2');
JS
cat > src/routes/getItems.js <<'JS'
const db = require('../persistence');
module.exports = async (req, res) => {
    const items = await db.getItems();
    res.send(items);
};
JS
cat > src/routes/addItem.js <<'JS'
const db = require('../persistence');
const {v4 : uuid} = require('uuid');
module.exports = async (req, res) => {
    const item = { id: uuid(), name: req.body.name, completed: false };
    await db.storeItem(item);
    res.send(item);
};
JS
cat > src/routes/updateItem.js <<'JS'
const db = require('../persistence');
module.exports = async (req, res) => {
    await db.updateItem(req.params.id, { name: req.body.name, completed: req.body.completed });
    const item = await db.getItem(req.params.id);
    res.send(item);
};
JS
cat > src/routes/deleteItem.js <<'JS'
const db = require('../persistence');
module.exports = async (req, res) => {
    await db.removeItem(req.params.id);
    res.sendStatus(200);
};
JS
cat > src/static/index.html <<'HTML'
<!DOCTYPE html>
<html><head><title>Todo App</title></head><body><div id="root"></div></body></html>
HTML
cat > Dockerfile <<'DF'
# syntax=docker/dockerfile:1

FROM node:lts-alpine
WORKDIR /app
COPY . .
RUN yarn install --production
CMD ["node", "src/index.js"]
EXPOSE 3000
DF
docker build -t getting-started .
docker run -d -p 127.0.0.1:3000:3000 --name todo getting-started
docker logs todo
curl localhost:3000/items
curl -X POST -H "Content-Type: application/json" -d '{"name":"Learn Docker"}' localhost:3000/items
curl localhost:3000/items
curl -s localhost:3000/ | head -2
docker rm -f todo
docker volume create todo-db
docker run -d -p 3000:3000 --mount type=volume,src=todo-db,target=/etc/todos --name todo2 getting-started
curl -X POST -H "Content-Type: application/json" -d '{"name":"Persist me"}' localhost:3000/items
docker rm -f todo2
docker run -d -p 3000:3000 --mount type=volume,src=todo-db,target=/etc/todos --name todo3 getting-started
curl localhost:3000/items
docker rm -f todo3
docker network create todo-app
docker run -d --network todo-app --network-alias mysql -v todo-mysql-data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=todos --name mysql mysql:8.0
docker run -d -p 3000:3000 -w /app -v "$PWD:/app" --network todo-app -e MYSQL_HOST=mysql -e MYSQL_USER=root -e MYSQL_PASSWORD=secret -e MYSQL_DB=todos --name app-mysql node:lts-alpine sh -c "yarn install && yarn run dev"
docker logs app-mysql
curl -X POST -H "Content-Type: application/json" -d '{"name":"Stored via mysql2"}' localhost:3000/items
curl localhost:3000/items
cat > src/static/index.html <<'HTML'
<!DOCTYPE html>
<html><head><title>Todo App (edited)</title></head><body><div id="root"></div></body></html>
HTML
curl -s localhost:3000/
docker logs --tail 5 app-mysql
docker run -d --network todo-app -e MYSQL_HOST=nosuchdb --name app-broken getting-started
docker ps -a --filter name=app-broken
docker logs app-broken
