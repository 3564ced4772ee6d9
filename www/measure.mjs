// Measures the playground in headless Chromium: transfer size, wasm size, time to a usable
// prompt, per-command latency over the seed tutorial's commands, and memory after a session.
// Run after `make dist` (or use `make measure`). Prints a table; exits non-zero when a target
// is missed and MEASURE_STRICT=1.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { browser, DIST, serve, settle, typeLine, waitReady } from './tests/lib.mjs';

const SEED_COMMANDS = [
  'docker search --limit 5 mysql',
  'docker image pull node',
  'docker image ls',
  'docker image build -t hahava/express-server:0.0.1 .',
  'docker image ls',
  'docker container run -d -p 9000:3000 --name web1 hahava/express-server:0.0.1',
  'docker container ls',
  'wget localhost:9000',
  'docker container stop web1',
  'docker container ls -a',
  'docker login -u hahava -p secret',
  'docker image push hahava/express-server:0.0.1',
  'docker container rm web1',
  'docker image rm hahava/express-server:0.0.1',
];
const FILES = {
  'index.js': "const express = require('express')\nconst app = express();\napp.get('/', (req, res) => res.send('hello world'));\napp.listen(3000);\n",
  'package.json': '{\n  "name": "hahava-express",\n  "version": "1.0.0",\n  "dependencies": { "express": "4.17.1" }\n}\n',
  Dockerfile: 'FROM node\nWORKDIR /app\nCOPY ./* /app/\nRUN npm install\nCMD ["node", "index.js"]\n',
};
const ROUNDS = Number(process.env.MEASURE_ROUNDS || 5);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

const server = await serve();
const { context, close } = await browser();
const rows = [];
try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);

  // Cold load: every file the page asked for, gzipped as a server would send it.
  await page.goto(server.url);
  await waitReady(page);
  const coldReady = await page.evaluate(() => window.dockling.readyMs);
  const files = [...new Set(server.requests)].map((p) => (p === '/' ? '/index.html' : p));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(join(DIST, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const wasm = readFileSync(join(DIST, 'dockling_bg.wasm'));
  const wasmGz = gzipSync(wasm, { level: 9 }).length;
  rows.push(['page transfer (gzip)', `${kb(gz)} (${files.length} files, ${kb(raw)} raw)`, '< 450 KB', gz < 450 * 1024]);
  rows.push(['wasm (gzip / raw)', `${kb(wasmGz)} / ${kb(wasm.length)}`, '< 300 KB', wasmGz < 300 * 1024]);

  // Warm loads (HTTP cache, compiled-code cache) from a fresh session each time.
  const readies = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitReady(page);
    readies.push(await page.evaluate(() => window.dockling.readyMs));
  }
  rows.push(['prompt usable, cold', ms(coldReady), '< 300 ms', coldReady < 300]);
  rows.push([`prompt usable, warm p50 (${ROUNDS})`, ms(pct(readies, 50)), '< 300 ms', pct(readies, 50) < 300]);

  // Per command, as the learner sees it: engine run, terminal output, picture and panel redraw.
  const timings = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await page.click('#reset');
    for (const [path, text] of Object.entries(FILES)) {
      await page.evaluate(([p, t]) => window.dockling.engine.writeFile(p, t), [path, text]);
    }
    await page.evaluate(() => {
      window.dockling.timings.length = 0;
    });
    for (const cmd of SEED_COMMANDS) await typeLine(page, cmd);
    await settle(page);
    timings.push(...(await page.evaluate(() => window.dockling.timings)));
  }
  rows.push([`command latency p50 (${timings.length})`, ms(pct(timings, 50)), '', true]);
  rows.push([`command latency p99 (${timings.length})`, ms(pct(timings, 99)), '< 50 ms', pct(timings, 99) < 50]);

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMem = await page.evaluate(() => window.dockling.engine.wasmMemoryBytes());
  rows.push(['JS heap after a session', kb(heap.usedSize), '', true]);
  rows.push(['wasm linear memory', kb(wasmMem), '', true]);
} finally {
  await close();
  await server.close();
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i] || 0)).join('  ');
console.log(line(['measure', 'value', 'target']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(`${line(r.slice(0, 3))}  ${r[2] ? (r[3] ? 'ok' : 'MISSED') : ''}`);
const missed = rows.filter((r) => r[2] && !r[3]).length;
if (missed && process.env.MEASURE_STRICT === '1') process.exitCode = 1;
