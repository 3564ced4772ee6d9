# dockling: --seed 12 --explain
# save/load, export/import, commit with --change, update, events, diff, login on the web,
# context, buildx, manifest inspect.
docker pull busybox -q
docker save -o busybox.tar busybox
docker save busybox
ls -l busybox.tar
docker rmi busybox
docker load -i busybox.tar
docker load -i busybox.tar
docker load -i nosuch.tar
docker save -o /nowhere/x.tar busybox
docker save nosuch
docker save nosuch > nosuch.tar
docker run -d --name web busybox sleep 600
docker exec web sh -c 'echo hi > /hello && rm /bin/vi && mkdir /data'
docker diff web
docker export -o web.tar web
docker import web.tar myfs:1.0
docker import --change 'CMD ["sh"]' --change 'ENV MODE=imported' web.tar myfs:2.0
docker history myfs:1.0
docker inspect --format '{{json .Config.Cmd}} {{json .Config.Env}}' myfs:2.0
docker import nosuch.tar
docker commit -c 'EXPOSE 8080' -c 'LABEL team=docs' web mine:1
docker inspect --format '{{json .Config.ExposedPorts}} {{json .Config.Labels}}' mine:1
docker commit -c 'BOGUS x' web
docker update --memory 256m --cpus 0.5 --restart unless-stopped web
docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}}' web
docker stats --no-stream --format '{{.Name}} {{.MemUsage}} {{.MemPerc}}' web
docker update web
docker update --memory 1m web
docker update --memory 64m nosuch
docker events --since 10m --until 0s --filter type=container --format '{{.Action}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter event=start
docker system events --since 10m --until 0s --filter type=image --format '{{json .}}'
docker events
^C
echo $?
docker login
docker logout
docker context ls
docker context show
docker context use default
docker context use elsewhere
docker buildx version
docker buildx ls
docker manifest inspect busybox
docker manifest inspect nosuch
