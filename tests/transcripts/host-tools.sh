# dockling: --seed 15 --explain
# The learner's machine: cloning a tutorial's repository, editing files without an editor,
# archives, telnet to published ports, and the laptop's own node and python.
git --version
git clone https://github.com/docker/getting-started-app.git
cd getting-started-app
ls
cat package.json | head -5
git status
cd ..
git clone https://github.com/docker/getting-started-app.git
git clone https://github.com/someone/private-thing.git
git clone https://gitlab.com/group/project.git
git clone git@github.com:docker/welcome-to-docker.git
ls welcome-to-docker
cat > notes.txt
first line
  indented line

# a line that looks like a comment
^D
cat notes.txt
cat >> notes.txt
appended
^D
wc -l notes.txt
sed -i 's/line/LINE/g' notes.txt
sed -n '1,2p' notes.txt
sed -i.bak '/comment/d' notes.txt
cat notes.txt
ls notes.txt*
awk '{print NR ": " $1}' notes.txt
awk -F: '$3 >= 1000 {print $1}' /etc/passwd
echo "3 apples
1 pear
2 plums" | awk '{s += $1} END {print "total", s}'
shuf -i 1-5 -n 2
nano Dockerfile
vi
code .
tar -czf app.tgz getting-started-app
tar -tzf app.tgz | head -3
zip -r site.zip welcome-to-docker/public
unzip -l site.zip
mkdir unpacked && unzip site.zip -d unpacked
unzip missing.zip
node --version
npm --version
python3 --version
python --version
telnet localhost 8080
docker run -d --name web -p 8080:80 nginx
telnet localhost 8080
docker run -d --name quiet -p 8081:80 busybox sleep 600
telnet localhost 8081
curl localhost:8081
docker rm -f web quiet
