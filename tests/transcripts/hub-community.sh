# dockling: --seed 0
# Community images of the tutorials: Docker's workshop, samples and classic demos.
docker run -d -p 80:80 --name workshop docker/getting-started
curl -s localhost | head -5
docker run -d -p 8080:80 --name static prakhar1989/static-site
curl -s localhost:8080
docker run -d -p 8088:80 docker/welcome-to-docker
curl -s localhost:8088
docker pull nicolaka/netshoot
docker run --rm nicolaka/netshoot which dig
docker pull dockersamples/examplevotingapp_vote
docker pull training/webapp
docker run --rm -d --name clock jpetazzo/clock
docker pull kitematic/hello-world-nginx
docker images
docker pull prakhar1989/no-such-image
