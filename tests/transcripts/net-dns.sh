# dockling: --seed 14
# Names between containers: Docker's embedded DNS on a user-defined network, none on the
# default bridge (only --link and --add-host, through /etc/hosts), and what the tools print.
docker network create appnet
docker run -d --name web --network appnet --network-alias site --network-alias www nginx
docker run --rm --network appnet busybox nslookup web
docker run --rm --network appnet busybox nslookup site
docker run --rm --network appnet busybox nslookup nosuch
docker run --rm --network appnet busybox ping -c 2 www
docker run --rm --network appnet busybox wget -qO- site | head -4
docker run --rm --network appnet alpine getent hosts web
docker run --rm --network appnet busybox cat /etc/resolv.conf
docker run --rm --network appnet --hostname box --add-host db.local:10.0.0.5 --add-host gw:host-gateway busybox cat /etc/hosts
docker run --rm --network appnet --add-host db.local:10.0.0.5 busybox ping -c 1 -W 1 db.local
docker run -d --name api --network appnet busybox sleep 600
docker network create backend
docker network connect --alias db --alias cache backend api
docker run --rm --network backend busybox nslookup cache
docker run --rm --network appnet busybox nslookup cache
docker run --rm --network backend busybox ping -c 1 api
docker run --rm --network appnet busybox ping -c 1 $(docker inspect -f '{{.Id}}' api | cut -c1-12)
docker run --rm busybox nslookup web
docker run --rm busybox ping -c 1 web
docker run --rm busybox cat /etc/resolv.conf
docker run --rm --dns 1.1.1.1 --dns-search example.com busybox cat /etc/resolv.conf
docker run -d --name legacy busybox sleep 600
docker run --rm --link legacy:db busybox cat /etc/hosts
docker run --rm --link legacy:db busybox ping -c 1 db
docker run --rm --link legacy alpine getent hosts legacy
docker run --rm --link missing busybox true
docker run --rm --network-alias x busybox true
docker run --rm --network none busybox ping -c 1 web
docker run --rm --network none busybox nslookup web
docker run --rm ubuntu ping -c 1 web
docker exec web ping web
docker run -d --name edge --network appnet nginx:alpine
docker exec edge netstat -tlnp
docker exec edge ping -c 1 web
docker run -d --name tools --network appnet debian sleep 600
docker exec tools sh -c 'apt-get update -qq; apt-get install -y -qq dnsutils iputils-ping > /dev/null'
docker exec tools dig +short web
docker exec tools dig +short nosuch
docker exec tools dig web
docker exec tools nslookup web
docker exec tools host web
docker exec tools host nosuch
docker exec tools ping -c 2 web
docker exec tools ping -c 1 nosuch
docker stop web
docker run --rm --network appnet busybox nslookup web
docker run -d --name idle -p 8080:80 busybox sleep 600
curl localhost:8080
curl -v localhost:8080
wget localhost:8080 --tries=3
docker run --rm busybox wget -qO- 172.17.0.1:8080
curl localhost:8090
docker rm -f api idle legacy web edge tools
docker network rm appnet backend
