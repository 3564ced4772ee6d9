# dockling: --seed 0 --explain --lang ko
# The seed tutorial (docker-study-02), typed end to end as a learner would.
mkdir express-server && cd express-server
cat > Dockerfile <<'EOF'
FROM node

WORKDIR /app

COPY ./* /app/

RUN npm install

CMD ["node", "index.js"]
EOF
cat > index.js <<'EOF'
const express = require('express')

const PORT = 3000;

const app = express();
app.get("/", (req, res) =>{
	res.send("hello world")
});

app.listen(PORT);
console.log("server is started..!")
EOF
cat > package.json <<'EOF'
{
  "name": "hahava-express",
  "version": "1.0.0",
  "description": "docker study ",
  "main": "index.js",
  "scripts": {
    "test": "echo \"Error: no test specified\" && exit 1"
  },
  "author": "",
  "license": "ISC",
  "dependencies": {
    "express": "4.17.1",
  }
}
EOF
ls
docker image build -t hahava/express-server:0.0.1 .
echo $?
cat > package.json <<'EOF'
{
  "name": "hahava-express",
  "version": "1.0.0",
  "description": "docker study ",
  "main": "index.js",
  "scripts": {
    "test": "echo \"Error: no test specified\" && exit 1"
  },
  "author": "",
  "license": "ISC",
  "dependencies": {
    "express": "4.17.1"
  }
}
EOF
docker image build -t hahava/express-server:0.0.1 .
docker image build -t hahava/express-server:0.0.1 .
docker image ls
docker container run -d -p 9000:3000 hahava-server:0.0.1
echo $?
docker container run -d -p 9000:3000 hahava/express-server:0.0.1
docker container ls
wget localhost:9000
cat index.html
docker container stop $(docker container ls -q)
docker container ls -a
docker container start $(docker container ls -aq)
curl -s localhost:9000
docker container rm $(docker container ls -aq)
docker container rm -f $(docker container ls -aq)
docker container ls -a
docker search --limit 5 mysql
docker image pull mysql
docker image push hahava/express-server:0.0.1
docker login -u hahava -p secret123
docker image push hahava/express-server:0.0.1
docker image rm hahava/express-server:0.0.1
docker image pull hahava/express-server:0.0.1
docker image ls
