# dockling: --seed 0
# WordPress releases with their PHP builds.
docker pull wordpress:5.7
docker pull wordpress:6.2-php8.1-apache
docker pull wordpress:5.99
