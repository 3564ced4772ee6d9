# dockling: --seed 41 --explain --lang ko
# Application servers explained in Korean: one listening on all addresses, one on 127.0.0.1.
cat > app.py <<'PY'
from flask import Flask
app = Flask(__name__)

@app.route('/')
def index():
    return 'hi'
PY
cat > Dockerfile <<'PY'
FROM python:3.13-slim
WORKDIR /app
RUN pip install flask
COPY app.py .
CMD ["flask", "run", "--host=0.0.0.0"]
PY
docker build -q -t hi .
docker run -d -p 5000:5000 --name open hi
docker run -d -p 5001:5000 --name closed hi flask run
docker run -d -p 8080:80 --name site php:apache
