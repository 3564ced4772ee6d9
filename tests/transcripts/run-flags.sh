# dockling: --seed 11
# Every run flag has an effect: what inspect stores (HostConfig, Config) and what the process sees.
docker pull busybox -q
docker run -d --name limits -m 512m --memory-swap 1g --cpus 1.5 --shm-size 128m --pids-limit 100 busybox sleep 600
docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.ShmSize}} {{.HostConfig.PidsLimit}}' limits
docker stats --no-stream --format '{{.Name}} {{.MemUsage}}' limits
docker run -d --name only-memory -m 256m busybox sleep 600
docker inspect --format '{{.HostConfig.MemorySwap}}' only-memory
docker run --rm -m 4m busybox true
docker run -d --name dns --dns 8.8.8.8 --dns-search example.com --dns-option ndots:2 --add-host db:10.0.0.5 --hostname box --net bridge busybox sleep 600
docker inspect --format '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}} {{json .HostConfig.ExtraHosts}} {{.Config.Hostname}} {{.HostConfig.NetworkMode}}' dns
docker exec dns hostname
docker run -d --name caps --cap-add NET_ADMIN --cap-drop MKNOD --privileged --security-opt no-new-privileges --device /dev/fuse --sysctl net.core.somaxconn=1024 --pid host busybox sleep 600
docker inspect --format '{{json .HostConfig.CapAdd}} {{json .HostConfig.CapDrop}} {{.HostConfig.Privileged}} {{json .HostConfig.SecurityOpt}} {{json .HostConfig.Devices}} {{json .HostConfig.Sysctls}} {{.HostConfig.PidMode}}' caps
docker run --rm --ulimit nofile=1024:2048 busybox sh -c 'ulimit -n'
docker run --rm busybox sh -c 'ulimit -n'
docker create --name ul --ulimit nofile=1024:2048 --log-opt max-size=10m --restart on-failure:3 busybox
docker inspect --format '{{json .HostConfig.Ulimits}} {{json .HostConfig.LogConfig}} {{json .HostConfig.RestartPolicy}}' ul
docker run --rm -u 1000 busybox id
docker run --rm -u nobody busybox whoami
docker run --rm -u 1000:1000 busybox id -g
docker run --rm --read-only busybox touch /file
docker run --rm --read-only --tmpfs /run busybox sh -c 'touch /run/ok && echo wrote /run/ok'
docker run -d --name tmp --tmpfs /cache:rw,size=64m busybox sleep 600
docker inspect --format '{{json .HostConfig.Tmpfs}} {{.HostConfig.ReadonlyRootfs}}' tmp
docker run --rm -v /srv:/data:ro busybox touch /data/x
docker run -d --name vols -v /anon -v named:/named busybox sleep 600
docker inspect --format '{{json .Config.Volumes}} {{json .HostConfig.Binds}}' vols
docker run -d --name ports --expose 7000-7002 --expose 9000/udp busybox sleep 600
docker inspect --format '{{json .Config.ExposedPorts}}' ports
docker run -d --name init --init busybox sleep 600
docker exec init ps
docker top init
docker inspect --format '{{.HostConfig.Init}}' init
docker stop init
docker ps -a --filter name=init --format '{{.Status}}'
docker run -d --name nosig busybox sleep 600
docker stop nosig
docker ps -a --filter name=nosig --format '{{.Status}}'
docker run -d --name grace --stop-signal SIGUSR1 --stop-timeout 3 busybox sleep 600
docker inspect --format '{{.Config.StopSignal}} {{.Config.StopTimeout}}' grace
date
docker stop grace
date
docker run -d --name hc --health-cmd 'wget -q -O- localhost' --health-interval 5s --health-retries 3 -l tier=web busybox sleep 600
docker inspect --format '{{json .Config.Healthcheck}} {{json .Config.Labels}}' hc
docker run -d --name nohc --no-healthcheck busybox sleep 600
docker inspect --format '{{json .Config.Healthcheck}}' nohc
docker run --cidfile /tmp/app.cid -d --name cid busybox sleep 600
cat /tmp/app.cid
docker inspect --format '{{.HostConfig.ContainerIDFile}}' cid
docker run --cidfile /tmp/app.cid -d busybox sleep 600
echo $?
echo hi | docker run --rm -i busybox cat
echo 'echo from a piped script' | docker run --rm -i busybox sh
docker run --rm -a stderr busybox sh -c 'echo to stdout; echo to stderr >&2'
docker run --rm -a stdout busybox sh -c 'echo to stdout; echo to stderr >&2'
docker create --name att -a stdout busybox
docker inspect --format '{{.Config.AttachStdin}} {{.Config.AttachStdout}} {{.Config.AttachStderr}}' att
docker run --rm -e ZED=1 -e ALPHA=2 busybox env
docker exec -e B=2 -e A=1 limits env
docker pull mysql -q
docker run -d --name oom -m 64m -e MYSQL_ROOT_PASSWORD=secret mysql
docker ps -a --filter name=oom --format '{{.Status}}'
docker inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' oom
docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mysql
docker top db
