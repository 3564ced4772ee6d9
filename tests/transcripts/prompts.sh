# dockling: --seed 9
# Questions the client asks: login prompts and [y/N] confirmations, answered by the next line.
docker login
hahava
secret123
docker logout
docker login -u student
pw12345
docker container prune
n
echo done
