# MySQL 8.0 with a named volume: the password prompt, the mysql> prompt, SQL, batch mode,
# -h across a user network, and the data outliving `docker rm` only on the volume.
docker network create appnet
docker volume create mysql-data
docker run -d --name mysqldb --network appnet -v mysql-data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=shop mysql:8.0
docker exec -it mysqldb mysql -u root -p
wrong
docker exec -it mysqldb mysql -uroot
docker exec -it mysqldb mysql -u root -p
secret
SHOW DATABASES;
USE shop;
CREATE TABLE items (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  price DECIMAL(8,2) DEFAULT 0,
  qty INT
);
SHOW TABLES;
DESCRIBE items;
INSERT INTO items (name, price, qty) VALUES ('apple', 1.5, 10), ('pear', 2.25, 3), ('fig', 0.75, NULL);
SELECT * FROM items;
SELECT name, price FROM items WHERE price > 1 AND name LIKE 'p%' ORDER BY price DESC;
SELECT COUNT(*) FROM items;
UPDATE items SET qty = qty + 1 WHERE qty IS NOT NULL;
DELETE FROM items WHERE name = 'fig';
SELECT * FROM items WHERE name = 'two
lines';
SELECT * FROM items WHERE id > 10;
SELECT * FROM items LIMIT 1\G
INSERT INTO items (id, name) VALUES (1, 'dup');
SELECT * FROM nope;
SELECT nope FROM items;
SELEC * FROM items;
USE nosuch;
exit
docker exec mysqldb mysql -uroot -psecret -e "SELECT id, name FROM shop.items"
cat > more.sql <<'SQL'
-- restock
INSERT INTO items (name, price, qty) VALUES ('kiwi', 0.5, 40);
SELECT name, qty FROM items ORDER BY name;
SQL
docker exec -i mysqldb mysql -uroot -psecret shop < more.sql
docker run -d --name app --network appnet mysql:8.0 sleep infinity
docker exec app mysql -h nosuch -uroot -psecret -e "SELECT 1"
docker exec -it app mysql -h mysqldb -u root -p
secret
SELECT COUNT(*) AS n FROM shop.items;
quit
docker rm -f mysqldb
docker run -d --name mysqldb2 -v mysql-data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=changed mysql:8.0
docker logs mysqldb2
docker exec mysqldb2 mysql -uroot -pchanged -e "SELECT 1"
docker exec -it mysqldb2 mysql -uroot -psecret shop
SELECT * FROM items;
\q
docker exec mysqldb2 mysqldump -uroot -psecret shop > backup.sql
cat backup.sql
docker run -d --name restored -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=shop mysql:8.0
docker exec -i restored mysql -uroot -ppw shop < backup.sql
docker exec restored mysql -uroot -ppw -e "SELECT * FROM shop.items; INSERT INTO shop.items (name) VALUES ('next'); SELECT MAX(id) FROM shop.items"
docker run -d --name scratch -e MYSQL_ROOT_PASSWORD=x mysql:8.0
docker exec scratch mysql -uroot -px -e "CREATE DATABASE tmp; CREATE TABLE tmp.t (a INT); INSERT INTO tmp.t VALUES (1)"
docker exec scratch mysql -uroot -px -e "SELECT * FROM tmp.t"
docker rm -f scratch
docker run -d --name scratch -e MYSQL_ROOT_PASSWORD=x mysql:8.0
docker exec scratch mysql -uroot -px -e "SELECT * FROM tmp.t"
docker run -d --name nopw mysql:8.0
docker logs nopw
docker run -it --rm --network appnet mysql:8.0 mysql -hmysqldb2 -uroot -p
secret
docker network connect appnet mysqldb2
docker run -it --rm --network appnet mysql:8.0 mysql -hmysqldb2 -uroot -p
secret
SELECT VERSION(), DATABASE();
exit
docker ps -a --format "{{.Names}} {{.Status}}"
docker exec -it mysqldb2 bash
ls /var/lib/mysql/shop
mysql -uroot -psecret -e "SELECT COUNT(*) FROM shop.items"
mysql -uroot -p
secret
USE shop
SELECT name FROM items ORDER BY name;
exit
exit
docker run -d --name mdb -e MARIADB_ROOT_PASSWORD=pw -e MARIADB_DATABASE=app mariadb
docker exec -it mdb mariadb -uroot -ppw
SHOW DATABASES;
USE app
CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10));
INSERT INTO t VALUES (1, 'a');
INSERT INTO t VALUES (1, 'b');
DESCRIBE t;
selec;
exit
docker exec -it mdb mysql -uroot -pwrong
docker stop mdb
docker logs mdb
