# dockling: --seed 14 --explain --lang ko
# Health checks explained in Korean: a check that passes, and one whose program the image lacks.
docker run -d --name web --health-cmd 'wget -qO- localhost:8000 >/dev/null' --health-interval 3s python:3.12-alpine python -m http.server
docker run -d --name nocurl --health-cmd 'curl -f http://localhost:8000/ || exit 1' --health-interval 2s --health-retries 2 python:3.12-alpine python -m http.server
sleep 6
docker ps --format '{{.Names}} {{.Status}}'
