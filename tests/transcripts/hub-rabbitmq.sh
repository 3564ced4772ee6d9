# dockling: --seed 0
# RabbitMQ with and without the management plugin.
docker pull rabbitmq:3-management
docker pull rabbitmq:3.8-alpine
docker pull rabbitmq:5
