# dockling: --seed 0
# Community images that run their own program: docker/whalesay's cowsay, traefik/whoami,
# hashicorp/http-echo.
docker run --rm docker/whalesay cowsay boo
docker run --rm docker/whalesay cowsay Hello from a whale that has a lot to say about containers today
docker run --rm docker/whalesay cowthink hmm
docker run --rm docker/whalesay cowsay -f tux hi
docker run --rm docker/whalesay sh -c "/usr/games/fortune -a | cowsay"
docker run -d -p 8080:80 --name who traefik/whoami
curl -s localhost:8080
curl -s -H 'X-Test: 1' localhost:8080/api/x?y=1
docker logs who
docker run -d -p 5678:5678 --name echo hashicorp/http-echo -text="hello world"
curl -s localhost:5678
curl -si localhost:5678/health
docker logs echo
docker run --rm hashicorp/http-echo
docker stop who echo
docker ps -a --format '{{.Names}} {{.Status}}'
