# dockling: --seed 0
# BusyBox versions and its glibc, musl and uclibc builds.
docker pull busybox:1.36
docker pull busybox:musl
docker run --rm busybox:1.31-uclibc echo hello from busybox
docker pull busybox:1.99
