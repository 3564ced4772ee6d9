# dockling: --seed 13 --explain
# A container run in the foreground holds the terminal: its logs stream until Ctrl-C (which the
# client forwards as SIGINT) or until it ends by itself; logs -f and events follow until Ctrl-C.
docker pull nginx -q
docker run --name web nginx
this line goes to a stdin nobody reads
^C
echo $?
docker ps -a --format '{{.Names}} {{.Status}}'
docker run -d --name bg nginx
docker logs -f bg
^C
echo $?
docker run --rm busybox sh -c 'echo start; sleep 3; echo end'
echo $?
docker pull redis -q
docker run --name cache --restart=always redis
^C
docker ps -a --filter name=cache --format '{{.Names}} {{.Status}}'
docker run --name always-web --restart=always nginx
^C
docker ps --filter name=always-web --format '{{.Names}} {{.Status}}'
docker inspect --format '{{.RestartCount}}' always-web
docker run --name stubborn busybox sleep 600
^C
^C
docker ps --filter name=stubborn --format '{{.Names}} {{.Status}}'
^C
docker run --rm -it busybox sleep 600
^C
^C
docker ps --format '{{.Image}} {{.Command}} {{.Status}}'
docker run --sig-proxy=false --name tty nginx
^C
docker ps --filter name=tty --format '{{.Names}} {{.Status}}'
docker run --rm --name gone nginx
^C
docker ps -a --filter name=gone --format '{{.Names}}'
docker run -d --name stopper busybox sleep 5
docker wait stopper
docker run -d --name forever nginx
docker wait forever
^C
echo $?
docker stats
^C
docker run -d --name linked --link forever:web busybox sleep 600
docker inspect --format '{{json .HostConfig.Links}}' linked
