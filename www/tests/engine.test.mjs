// Browser tests of the seed tutorial (build, run, ports, life cycle) through the page.

import { join } from 'node:path';
import {
  assert, browser, checker, openPage, screenshotsDir, serve, settle, terminalRows, typeLine, waitForText,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

const INDEX_JS = `const express = require('express')

const PORT = 3000;

const app = express();
app.get("/", (req, res) =>{
\tres.send("hello world")
});

app.listen(PORT);
console.log("server is started..!")
`;

const PACKAGE_JSON = `{
  "name": "hahava-express",
  "version": "1.0.0",
  "description": "docker study ",
  "main": "index.js",
  "author": "",
  "license": "ISC",
  "dependencies": {
    "express": "4.17.1"
  }
}
`;

const DOCKERFILE_HEREDOC = `cat > Dockerfile <<'EOF'
FROM node

WORKDIR /app

COPY ./* /app/

RUN npm install

CMD ["node", "index.js"]
EOF
`;

const container = (name, state) => `[data-kind=container][data-name="${name}"]${state ? `[data-state="${state}"]` : ''}`;

async function saveFile(page, path, text) {
  await page.fill('[data-role=file-path]', path);
  await page.fill('[data-role=file-text]', text);
  await page.click('[data-role=file-form] button[type=submit]');
}

try {
  const page = await openPage(context, server.url);
  await page.click('#reset');
  await settle(page);

  await check('host files from the editor and a pasted heredoc', async () => {
    await saveFile(page, 'index.js', INDEX_JS);
    await saveFile(page, 'package.json', PACKAGE_JSON);
    await page.click('#terminal .xterm-screen');
    await page.evaluate((text) => window.dockling.shell.term.paste(text), DOCKERFILE_HEREDOC);
    await settle(page);
    const rows = await terminalRows(page);
    assert(rows.some((r) => r.startsWith('> FROM node')), 'no continuation prompt for the heredoc');
    const dockerfile = await page.evaluate(() => window.dockling.engine.readFile('Dockerfile'));
    assert(dockerfile && dockerfile.startsWith('FROM node'), `Dockerfile: ${dockerfile}`);
    assert(await page.$('[data-kind=file][data-path$="/index.js"]'), 'index.js not in the picture');
  });

  await check('docker image build shows the image with layers shared with node', async () => {
    // BuildKit does not list the base image it pulled; pull it so both images are local.
    await typeLine(page, 'docker image pull node');
    await page.waitForSelector('[data-kind=image][data-name="node:latest"]');
    await typeLine(page, 'docker image build -t hahava/express-server:0.0.1 .');
    await waitForText(page, /naming to docker\.io\/hahava\/express-server:0\.0\.1/);
    assert(await page.$('[data-kind=image][data-name*="hahava/express-server:0.0.1"]'), 'built image missing');
    assert(await page.$('[data-kind=layer].shared'), 'no shared layer marked');
    assert(await page.$('[data-kind=repo][data-name="node"]'), 'node not in the registry picture');
  });

  await check('docker run -d -p 9000:3000 --name web1 … is running with its port', async () => {
    await typeLine(page, 'docker run -d -p 9000:3000 --name web1 hahava/express-server:0.0.1');
    await page.waitForSelector(container('web1', 'running'));
    await page.waitForSelector('[data-kind=port][data-host-port="9000"]');
    await page.click('[data-lang-choice=en]');
    const en = await page.$$eval('[data-kind=explanation] article', (a) => a.map((x) => x.textContent));
    assert(en.length > 0, 'no English explanation');
    await page.click('[data-lang-choice=ko]');
    const ko = await page.$$eval('[data-kind=explanation] article', (a) => a.map((x) => x.textContent));
    assert(ko.length > 0 && /[가-힣]/.test(ko.join(' ')), `no Korean explanation: ${ko}`);
    assert(await page.$('[data-kind=explanation] a[data-concept]'), 'no concept link');
    await page.click('[data-lang-choice=en]');
  });

  await check('docker ps and wget reach the container', async () => {
    await typeLine(page, 'docker ps');
    await waitForText(page, /0\.0\.0\.0:9000->3000\/tcp.*web1/);
    await typeLine(page, 'wget -qO- localhost:9000');
    await waitForText(page, 'hello world');
  });

  await check('pause, unpause, stop, rm walk the life cycle', async () => {
    await typeLine(page, 'docker pause web1');
    await page.waitForSelector(container('web1', 'paused'));
    await typeLine(page, 'docker unpause web1');
    await page.waitForSelector(container('web1', 'running'));
    await typeLine(page, 'docker stop web1');
    await page.waitForSelector(container('web1', 'exited'));
    await typeLine(page, 'docker rm web1');
    await page.waitForSelector(container('web1'), { state: 'detached' });
  });

  // Undo, reload and share replay the history; they need the editor's file writes to be part
  // of it (Session::write_file recorded in save()), or the replayed build has no context.
  await check('undo brings back the exited container', async () => {
    await page.click('#undo');
    await page.waitForSelector(container('web1', 'exited'));
  });

  await check('Tab completes docker subcommands', async () => {
    await page.click('#terminal .xterm-screen');
    await page.keyboard.type('docker ima');
    await page.keyboard.press('Tab');
    await settle(page);
    const last = (await terminalRows(page)).filter((r) => r).at(-1);
    assert(last.startsWith('$ docker image'), `after Tab: ${last}`);
    await page.keyboard.press('Control+C');
    await settle(page);
  });

  await check('reload and a share link both rebuild the same state', async () => {
    const id = await page.getAttribute(container('web1'), 'data-id');
    await page.reload();
    await page.waitForSelector(container('web1', 'exited'));
    await page.click('#share');
    const url = await page.inputValue('#share-url');
    const other = await browser();
    try {
      const p2 = await openPage(other.context, url);
      await p2.waitForSelector(container('web1', 'exited'));
      assert((await p2.getAttribute(container('web1'), 'data-id')) === id, 'container ID differs: not deterministic');
    } finally {
      await other.close();
    }
  });

  await check('screenshots of the tutorial state; no page errors', async () => {
    const dir = screenshotsDir();
    await typeLine(page, 'docker run -d -p 9001:3000 --name web2 hahava/express-server:0.0.1');
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const [name, width] of [['narrow', 360], ['wide', 1440]]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(dir, `tutorial-${scheme}-${name}.png`), fullPage: true });
      }
    }
    assert(page.errors.length === 0, `page errors: ${page.errors.join('; ')}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
