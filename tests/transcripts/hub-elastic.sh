# dockling: --seed 0
# Elasticsearch and Kibana, on Docker Hub and on Elastic's own registry.
docker pull elasticsearch:7.17.10
docker pull docker.elastic.co/elasticsearch/elasticsearch:8.11.1
docker pull docker.elastic.co/kibana/kibana:8.11.1
docker pull kibana:7.10.1
docker pull elasticsearch:8
docker pull docker.elastic.co/elasticsearch/elasticsearch:9.9.9
docker images
