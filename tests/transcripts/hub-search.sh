# dockling: --seed 0
# docker search knows every family and the community images.
docker search node --limit 3
docker search tomcat --limit 2
docker search elasticsearch --limit 2
docker search --filter is-official=true --limit 5 linux
docker search getting-started
docker search netshoot
docker search static-site
docker search portainer --limit 2
