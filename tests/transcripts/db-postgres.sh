# dockling: --explain
# PostgreSQL 17 with a named volume: psql's prompt and formats, backslash commands, errors
# with their caret, -c, a script on stdin, and the data outliving `docker rm` on the volume.
docker run -d --name pg0 postgres:17
docker logs pg0
docker network create pgnet
docker run -d --name pg --network pgnet -e POSTGRES_PASSWORD=secret -e POSTGRES_DB=shop -v pgdata:/var/lib/postgresql/data postgres:17
docker exec -it pg psql
docker exec -it pg psql -U postgres
\l
\dt
\c shop
CREATE TABLE users (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, active BOOLEAN DEFAULT true);
INSERT INTO users (name) VALUES ('Ann'), ('Bob');
SELECT * FROM users
ORDER BY name DESC;
SELECT count(*) FROM users WHERE name LIKE 'A%';
SELECT name FROM users WHERE id IN (1,
2) AND name <> 'x
y';
UPDATE users SET active = false WHERE name = 'Bob';
\dt
\d users
SELECT * FROM nope;
SELEC 1;
INSERT INTO users (id, name) VALUES (1, 'Dup');
SHOW TABLES;
\q
docker exec pg psql -U postgres -d shop -c "SELECT id, name, active FROM users"
docker run --rm --network pgnet -e PGPASSWORD=secret postgres:17 psql -h pg -U postgres -d shop -c "SELECT name FROM users"
docker run --rm --network pgnet -e PGPASSWORD=wrong postgres:17 psql -h pg -U postgres -c "SELECT 1"
docker run --rm --network pgnet postgres:17 psql -h nosuch -U postgres -c "SELECT 1"
docker rm -f pg
docker run -d --name pg2 -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres:17
docker logs pg2
docker exec pg2 psql -U postgres -d shop -c "SELECT name FROM users ORDER BY id"
docker network connect pgnet pg2
docker run -it --rm --network pgnet postgres:17 psql -h pg2 -U postgres -d shop
secret
\conninfo
SELECT name FROM users WHERE active;
\q
