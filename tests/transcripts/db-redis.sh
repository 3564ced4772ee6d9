# Redis with a named volume: the interactive redis-cli, reply formats, expiry on the virtual
# clock, SAVE/BGSAVE, the snapshot saved on `docker stop` and loaded by the next container,
# redis-cli -h across a network, and the AOF.
docker network create cachenet
docker run -d --name cache --network cachenet -v redis-data:/data redis
docker exec -it cache redis-cli
PING
SET greeting "hello world"
GET greeting
GET nope
INCR visits
INCR visits
RPUSH queue a b c
LPUSH queue z
LRANGE queue 0 -1
LRANGE none 0 -1
HSET user:1 name Ann age 31
HGET user:1 name
HGETALL user:1
SADD tags x y
SMEMBERS tags
KEYS *
KEYS user:*
EXPIRE greeting 100
TTL greeting
TTL visits
TTL nope
GET queue
FOO bar
SET
SAVE
BGSAVE
INFO keyspace
exit
docker exec cache ls -l /data
docker run --rm --network cachenet redis redis-cli -h cache GET visits
docker run --rm --network cachenet redis redis-cli -h nosuch PING
docker exec cache redis-cli SET late "after the save"
docker stop cache
docker logs cache
docker rm cache
docker run -d --name cache2 -v redis-data:/data redis
docker logs cache2
docker exec cache2 redis-cli GET late
docker exec cache2 redis-cli LRANGE queue 0 -1
docker run -d --name nocache redis
docker exec nocache redis-cli SET k v
docker rm -f nocache
docker run -d --name nocache redis
docker exec nocache redis-cli GET k
docker run -d --name aof -v aof-data:/data redis redis-server --appendonly yes
docker exec aof redis-cli SET counter 41
docker exec aof redis-cli INCR counter
docker exec aof ls /data/appendonlydir
docker kill aof
docker rm aof
docker run -d --name aof2 -v aof-data:/data redis redis-server --appendonly yes
docker exec aof2 redis-cli GET counter
docker exec aof2 redis-cli INFO server
docker run -it --rm --network cachenet redis redis-cli -h nosuch
quit
docker network connect cachenet cache2
docker run -it --rm --network cachenet redis redis-cli -h cache2
GET late
quit
