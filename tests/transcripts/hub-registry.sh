# dockling: --seed 0
# The Distribution registry, 2 and 3.
docker pull registry:2
docker pull registry:2.7.1
docker pull registry:1
