# dockling: --seed 0
# Fedora releases and rawhide.
docker pull fedora:40
docker run --rm fedora:40 cat /etc/os-release
docker pull fedora:99
