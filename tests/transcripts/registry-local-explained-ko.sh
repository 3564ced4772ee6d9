# dockling: --explain --lang ko
# What a learner reads, in Korean, when the registry is a container of their own.
docker run -d -p 5000:5000 --name registry registry:2
docker pull ubuntu:22.04
docker tag ubuntu:22.04 localhost:5000/my-ubuntu
docker push localhost:5000/my-ubuntu
docker push localhost:5000/my-ubuntu
docker image rm ubuntu:22.04 localhost:5000/my-ubuntu
docker pull localhost:5000/my-ubuntu
docker stop registry
docker push localhost:5000/my-ubuntu
docker start registry
docker pull localhost:5000/nope
docker tag localhost:5000/my-ubuntu 172.17.0.1:5000/my-ubuntu
docker push 172.17.0.1:5000/my-ubuntu
