# dockling: --seed 11
# php:apache serving PHP pages from a bind mount, an empty document root, and WordPress with
# MySQL on a user network: the connection error until the database runs, then the installer.
docker network create wp
docker run -d --name wp --network wp -p 8080:80 -e WORDPRESS_DB_HOST=db -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=pw -e WORDPRESS_DB_NAME=wordpress wordpress
curl -i localhost:8080
docker run -d --name db --network wp -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=wordpress mysql:8.0
curl -i localhost:8080
curl -s localhost:8080/wp-admin/install.php | head -5
docker logs wp
docker ps
mkdir site && cd site
cat > index.php <<'PHP'
<h1><?php echo "Hello from PHP " . PHP_VERSION; ?></h1>
PHP
docker run -d -p 8081:80 -v "$PWD":/var/www/html --name web php:apache
curl -i localhost:8081
docker logs web
docker run -d -p 8082:80 --name empty php:8.4-apache
curl -i localhost:8082
docker stop web
docker logs web
