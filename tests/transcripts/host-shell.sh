# dockling: --seed 6
# The learner's own machine: files, quoting, redirections, $?, $(...), wget and curl.
pwd
mkdir -p project/src && cd project
echo "hello 'world'" > notes.txt
echo "second line" >> notes.txt
cat notes.txt
ls
touch a.txt && ls -l
rm a.txt || echo "rm failed"
rm nothing.txt; echo "status $?"
NAME=dockling; echo "hi $NAME, home is $HOME"
echo "$(echo nested) and `echo backticks`"
false && echo no || echo yes
nosuchcommand
echo $?
cd /does/not/exist
cat <<EOF
name: $NAME
EOF
history | tail -3
sleep 2
help
curl localhost:8080
echo $?
curl -s -m 1 localhost:8080; echo "curl exit $?"
wget localhost:8080
echo $?
docker run -d --name web -p 8080:80 nginx
curl -s -o /dev/null -w '%{http_code}\n' localhost:8080
curl -I localhost:8080
wget -q localhost:8080
ls
wget -qO- localhost:8080 | head -4
wget -O page.html localhost:8080/nope
docker pause web
curl -s -m 2 localhost:8080; echo "curl exit $?"
docker unpause web
clear
echo after clear
