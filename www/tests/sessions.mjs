// Saved sessions for the browser tests and measure.mjs, built as the page would save them.

/**
 * A learner's saved session of `n` steps, as benches/commands.rs `realistic_session` builds it
 * natively: the seed tutorial's files, then rounds of a Dockerfile saved from the editor and
 * built, a network and a volume made and used by a container that is exec'd into, listed,
 * logged, stopped and removed, notes written and read, and the image removed again. Another
 * `seed` makes another save of the same steps (its own hash, so no memory image of the first).
 */
export function realisticSave(n, seed = 18) {
  const steps = [
    'mkdir app && cd app',
    "cat > Dockerfile <<'EOF'\nFROM node\n\nWORKDIR /app\n\nCOPY ./* /app/\n\nRUN npm install\n\nCMD [\"node\", \"index.js\"]\nEOF",
    "cat > index.js <<'EOF'\nconst express = require('express')\nconst PORT = 3000;\nconst app = express();\napp.get(\"/\", (req, res) =>{\n\tres.send(\"hello world\")\n});\napp.listen(PORT);\nconsole.log(\"server is started..!\")\nEOF",
    "cat > package.json <<'EOF'\n{\n  \"name\": \"hahava-express\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n    \"express\": \"4.17.1\"\n  }\n}\nEOF",
    'docker pull alpine',
  ];
  for (let round = 0; steps.length < n; round += 1) {
    const k = round % 8;
    steps.push(
      { write: `svc${k}/Dockerfile`, content: `FROM alpine\nWORKDIR /srv\nRUN echo build ${round} > /srv/v\nCMD ["sleep", "100000"]\n` },
      `docker build -t me/svc${k}:${round} svc${k}`,
      `docker network create net${k}`,
      `docker volume create vol${k}`,
      `docker run -d --name s${k} --network net${k} -v vol${k}:/data -p ${8000 + k}:80 me/svc${k}:${round}`,
      `docker exec s${k} sh -c 'echo ${round} >> /data/log; cat /srv/v'`,
      `docker exec s${k} ls /data`,
      'docker ps',
      `docker logs s${k}`,
      `echo round ${round} > notes${k}.txt`,
      `cat notes${k}.txt`,
      `docker run --rm -v vol${k}:/data alpine cat /data/log`,
      `docker stop s${k}`,
      'docker ps -a',
      `docker rm s${k}`,
      'docker volume ls',
      `docker network rm net${k}`,
      `docker volume rm vol${k}`,
      'docker images',
      `docker rmi me/svc${k}:${round}`,
    );
  }
  return JSON.stringify({
    format: 'dockling-session',
    version: 1,
    seed,
    start_ms: 1764547200000,
    history: steps.slice(0, n),
  });
}
