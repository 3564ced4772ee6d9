# dockling: --seed 9
# Questions the client asks: login prompts and [y/N] confirmations, answered by the next line.
# Without -u, Docker 28 logs in to Docker Hub through the web (a device code).
docker login
docker logout
docker login -u student
pw12345
docker container prune
n
echo done
