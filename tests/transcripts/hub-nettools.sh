# dockling: --seed 0
# nicolaka/netshoot's tools are real files and find a container by name on a user network;
# busybox has its own netstat and ip applets.
docker network create n
docker run -d --name web --network n nginx
docker run --rm --network n nicolaka/netshoot dig +short web
docker run --rm --network n nicolaka/netshoot ls -l /usr/bin/dig /usr/bin/nslookup /usr/bin/host /bin/ping /sbin/ss /sbin/ip /usr/bin/curl /bin/netstat /usr/bin/getent
docker run --rm --network n nicolaka/netshoot ping -c 1 web
docker run --rm --network n nicolaka/netshoot ip addr
docker run --rm --network n nicolaka/netshoot netstat -tln
docker run --rm --network n nicolaka/netshoot getent hosts web
docker run --rm busybox netstat -tln
docker run --rm busybox ip addr
