# dockling: --seed 1
# grep's context lines (-A, -B, -C) with their '-' separators and '--' between groups, as GNU grep prints them.
seq 1 12 > n.txt
grep -A1 -e 3 -e 9 n.txt
grep -B2 -n 6 n.txt
grep -C1 -e 4 -e 6 n.txt
grep -A2 -m1 1 n.txt
grep -c -A2 1 n.txt
docker run -d --name web -v site:/usr/share/nginx/html nginx:alpine
docker inspect web | grep -A4 '"Mounts"'
