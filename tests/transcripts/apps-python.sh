# dockling: --seed 21
# Python web apps: a Flask app built from a Dockerfile, a missing requirement, pip pins,
# flask run, gunicorn, FastAPI under uvicorn, Django's runserver and python -m http.server.
mkdir flask-app && cd flask-app
cat > app.py <<'PY'
from flask import Flask, jsonify
import os

app = Flask(__name__)
PORT = int(os.environ.get('PORT', 5000))

@app.route('/')
def hello():
    return 'Hello from Flask in Docker!'

@app.route('/api/status')
def status():
    return jsonify({'status': 'ok', 'service': 'flask-app'})

@app.route('/hello/<name>')
def greet(name):
    return f'Hello, {name}!'

if __name__ == '__main__':
    app.run(host='0.0.0.0', port=PORT, debug=False)
PY
cat > requirements.txt <<'PY'
flask==3.0.3
PY
cat > Dockerfile <<'PY'
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 5000
CMD ["python", "app.py"]
PY
docker build -q -t flask-app .
docker run -d -p 5000:5000 --name web flask-app
curl localhost:5000
curl -i localhost:5000/api/status
curl localhost:5000/hello/docker
curl -i localhost:5000/missing
docker logs web
docker exec web pip list
docker exec web pip freeze
docker exec web python -c "import flask; print(flask.__version__)"
docker exec web python -c "import requests"
docker exec web pip install requests==2.31.0
docker exec web python -c "import requests; print(requests.__version__)"
docker rm -f web
# A requirement forgotten: the image builds, the program fails as Python does.
cat > requirements.txt <<'PY'
requests
PY
docker build -q -t flask-broken .
docker run --name broken flask-broken
echo $?
docker ps -a --filter name=broken
# A package that does not exist fails the build.
cat > requirements.txt <<'PY'
flask
flaskk
PY
docker build -t flask-typo .
# flask run needs --host to be reachable from outside the container.
cat > requirements.txt <<'PY'
flask
gunicorn
PY
cat > Dockerfile <<'PY'
FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV FLASK_APP=app.py
CMD ["flask", "run", "--host=0.0.0.0"]
PY
docker build -q -t flask-run .
docker run -d -p 5001:5000 --name fr flask-run
curl localhost:5001/hello/flask-run
docker logs fr
docker run -d -p 5002:5000 --name local flask-run flask run
curl localhost:5002
docker logs local
docker run -d -p 8000:8000 --name gu flask-run gunicorn app:app -b 0.0.0.0:8000 -w 2
curl -i localhost:8000/api/status
docker stop gu
docker logs gu
docker run --rm flask-run gunicorn nosuch:app
echo $?
# FastAPI with uvicorn.
mkdir ../fastapi-app && cd ../fastapi-app
cat > main.py <<'PY'
from fastapi import FastAPI

app = FastAPI()

@app.get("/")
def read_root():
    return {"Hello": "World"}

@app.get("/items/{item_id}")
def read_item(item_id: int, q: str = None):
    return {"item_id": item_id, "q": q}
PY
cat > Dockerfile <<'PY'
FROM python:3.13-slim
WORKDIR /code
RUN pip install fastapi uvicorn
COPY main.py .
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "80"]
PY
docker build -q -t fastapi-app .
docker run -d -p 8080:80 --name api fastapi-app
curl -i localhost:8080/
curl "localhost:8080/items/5?q=somequery"
curl localhost:8080/nope
docker logs api
# Django's development server.
mkdir ../mysite && cd ../mysite
cat > manage.py <<'PY'
#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError(
            "Couldn't import Django. Are you sure it's installed and "
            "available on your PYTHONPATH environment variable? Did you "
            "forget to activate a virtual environment?"
        ) from exc
    execute_from_command_line(sys.argv)


if __name__ == '__main__':
    main()
PY
docker run --rm -v "$PWD":/app -w /app python:3.13-slim python manage.py runserver
cat > Dockerfile <<'PY'
FROM python:3.13-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
RUN pip install django
COPY . .
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
PY
docker build -q -t mysite .
docker run -d -p 8001:8000 --name dj mysite
curl -s localhost:8001 | grep title
docker logs dj
# The standard library's file server.
docker run -d -p 8002:8000 --name files -e PYTHONUNBUFFERED=1 python:3.13-slim python -m http.server 8000
curl -I localhost:8002
docker logs files
docker run --rm python:3.13-slim python --version
docker run --rm python:3.13-slim python -m nosuchmodule
