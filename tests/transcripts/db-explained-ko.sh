# dockling: --explain --lang ko
# What a learner reads, in Korean, when database data lives on a volume or only in a container.
docker volume create data
docker run -d --name db -v data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=app mysql:8.0
docker exec db mysql -uroot -ppw app -e "CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hi')"
docker rm -f db
docker run -d --name db2 -v data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=pw mysql:8.0
docker run -d --name cache redis
docker exec cache redis-cli SAVE
docker restart cache
