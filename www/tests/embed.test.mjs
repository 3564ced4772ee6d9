// Browser tests of <dockling-playground> as a blog post would embed it: the example post served
// from one origin under a strict Content-Security-Policy, the scripts and wasm from another.
// Checks: each playground is its own session, the post's styles are untouched (and don't reach
// in), no request leaves the two origins, no CSP violation or console error; also the Korean
// post, the iframe page, the single-file (inline wasm) variant, keyboard focus, reduced motion,
// and the bytes a reader downloads for three playgrounds and for one.

import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dedent, parseLesson, splitCommands } from '../src/lesson-commands.js';
import { assert, browser, checker, DIST } from './lib.mjs';

const { check, finish } = checker();

// The Markdown and attribute readers need no browser. `open` stands in for the engine's
// needsMoreInput: a heredoc is open until its `EOF` line, a trailing backslash continues.
const open_ = (text) => (/<<'?EOF'?/.test(text) && !/\nEOF$/.test(text)) || text.endsWith('\\');
await check('lesson Markdown: sh, console, file and norun blocks; front matter skipped', async () => {
  const md = [
    '---', 'id: x', 'title: "T"', '---', '# T', 'prose', '',
    '```sh', '# a comment', '$ docker image ls', '', "cat > f <<'EOF'", 'a', '', '# kept', 'EOF', 'echo one \\', 'two', '```',
    '```console', '$ docker ps', 'CONTAINER ID   IMAGE', '$ echo a \\', '> b', 'a b', '```',
    '```file path=Dockerfile', 'FROM alpine', '```',
    '```sh norun', 'rm -rf /', '```',
    '```json', '{"a": 1}', '```',
  ].join('\n');
  const lesson = parseLesson(md, open_);
  const want = ['docker image ls', "cat > f <<'EOF'\na\n\n# kept\nEOF", 'echo one \\\ntwo', 'docker ps', 'echo a \\\nb'];
  assert(JSON.stringify(lesson.commands) === JSON.stringify(want), JSON.stringify(lesson.commands));
  assert(lesson.title === 'T', `title ${lesson.title}`);
  assert(JSON.stringify(lesson.files) === JSON.stringify([{ path: 'Dockerfile', content: 'FROM alpine\n' }]), JSON.stringify(lesson.files));
  // Steps: a step's files come before its commands, wherever the file block stands.
  const steps = parseLesson(['intro', '```sh', 'a', '```', '## One', '```sh', 'b', '```', '```file path=f', 'x', '```', '## Two', '```sh', 'c', '```'].join('\n'));
  const order = steps.actions.map((x) => (x.files ? `files:${x.files.map((f) => f.path)}` : x.command));
  assert(JSON.stringify(order) === JSON.stringify(['a', 'files:f', 'b', 'c']), JSON.stringify(order));
});

await check('commands attribute: `;;` or line breaks, heredocs kept whole; inline files dedented', async () => {
  const split = splitCommands("  ls;; docker ps\n  cat > f <<EOF\n  x\n  EOF\n  echo done", open_);
  assert(JSON.stringify(split) === JSON.stringify(['ls', 'docker ps', 'cat > f <<EOF\nx\nEOF', 'echo done']), JSON.stringify(split));
  assert(dedent('\n    FROM node\n      RUN x\n  ') === 'FROM node\n  RUN x\n', JSON.stringify(dedent('\n    FROM node\n      RUN x\n  ')));
});

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.md': 'text/markdown; charset=utf-8',
};

/** A static server over DIST; `rewrite(path, body)` may change a file or return null (404). */
function server(name, { headers = () => ({}), rewrite = (_, body) => body } = {}) {
  const log = [];
  const srv = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(DIST, path));
    let body = null;
    try {
      if (file.startsWith(DIST) && statSync(file).isFile()) body = readFileSync(file);
    } catch {
      body = null;
    }
    body = rewrite(path, body);
    if (body === null) {
      log.push({ path, status: 404, gz: 0 });
      res.writeHead(404).end();
      return;
    }
    log.push({ path, status: 200, bytes: body.length, gz: gzipSync(body).length });
    res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream', ...headers(path) });
    res.end(body);
  });
  return new Promise((resolve) => {
    srv.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${srv.address().port}`;
      resolve({ name, origin, log, close: () => new Promise((r) => srv.close(r)) });
    });
  });
}

// Assets: anyone may load them (module scripts and fetches from another origin need CORS).
const assets = await server('assets', { headers: () => ({ 'access-control-allow-origin': '*' }) });
const A = assets.origin;
const strict = (connect) =>
  `default-src 'none'; script-src ${A} 'wasm-unsafe-eval'; ${connect ? `connect-src ${A}; ` : ''}style-src 'self'; img-src data:`;
const PLAYGROUND = /<dockling-playground[\s\S]*?<\/dockling-playground>\n/g;
// The post: /examples/*.html with the script pointed at the assets origin; variants under
// /bare/ (no playgrounds, no script), /one/ (only the first playground), /inline/ (the single
// file with the wasm inside, and no connect-src at all).
const post = await server('post', {
  headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': strict(!path.startsWith('/inline/')) } : {}),
  rewrite: (path, body) => {
    if (!path.endsWith('.html')) return body;
    // Variants exist only here, not in DIST.
    if (body === null && !/^\/(bare|one|inline)\//.test(path)) return null;
    let html = body === null ? '' : body.toString('utf8');
    const variant = /^\/(bare|one|inline)\//.exec(path);
    if (variant) {
      try {
        html = readFileSync(join(DIST, 'examples', path.slice(variant[0].length)), 'utf8').replace('href="post.css"', 'href="/examples/post.css"');
      } catch {
        return null;
      }
    }
    html = html.replace('src="../dockling.js"', `src="${A}/dockling.js"`);
    if (variant && variant[1] === 'bare') html = html.replace(PLAYGROUND, '').replace(/<script type="module".*<\/script>\n/, '');
    if (variant && variant[1] === 'one') {
      let n = 0;
      html = html.replace(PLAYGROUND, (m) => (n++ === 0 ? m : ''));
    }
    if (variant && variant[1] === 'inline') html = html.replace(`${A}/dockling.js`, `${A}/dockling-inline.js`);
    return Buffer.from(html);
  },
});

const { context, close } = await browser();
const foreign = [];
context.on('request', (req) => {
  const url = req.url();
  if (!url.startsWith(`${A}/`) && !url.startsWith(`${post.origin}/`) && !url.startsWith('data:')) foreign.push(url);
});

/** Opens a page that records CSP violations and console errors. */
async function open(url) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url);
  return page;
}

/** Scrolls playground `i` into view and waits until it is ready. */
async function ready(page, i) {
  await page.evaluate(async (i) => {
    const el = document.querySelectorAll('dockling-playground')[i];
    el.scrollIntoView();
    await el.whenReady;
  }, i);
  await settle(page, i);
}

async function settle(page, i) {
  await page.evaluate((i) => document.querySelectorAll('dockling-playground')[i].shell.queue, i);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function rows(page, i) {
  return page.evaluate(
    (i) =>
      Array.from(document.querySelectorAll('dockling-playground')[i].shadowRoot.querySelectorAll('.xterm-rows > div'), (r) =>
        r.textContent.replace(/\s+$/, ''),
      ),
    i,
  );
}

async function waitText(page, i, needle, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await rows(page, i)).join('\n');
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`playground ${i} never showed ${needle}; it shows:\n${text}`);
    await page.waitForTimeout(50);
  }
}

/** Clicks into playground `i`, clears the pre-typed line and types `text` + Enter. */
async function type(page, i, text) {
  await page.locator('dockling-playground').nth(i).locator('.xterm-screen').click();
  await page.keyboard.press('Control+u');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page, i);
}

const lastRow = async (page, i) => (await rows(page, i)).filter((r) => r).at(-1);
const names = (page, i) =>
  page.evaluate((i) => (document.querySelectorAll('dockling-playground')[i].engine.snapshot().containers || []).map((c) => c.name), i);

const STYLE_PROPS = ['font-family', 'font-size', 'line-height', 'color', 'margin-bottom', 'letter-spacing', 'word-break', 'background-color'];
const paragraphStyle = (page) =>
  page.evaluate((props) => {
    const cs = getComputedStyle(document.querySelector('article p'));
    const h2 = getComputedStyle(document.querySelector('article h2'));
    return [...props.map((p) => `p ${p}: ${cs.getPropertyValue(p)}`), `h2 color: ${h2.color}`, `h2 font-family: ${h2.fontFamily}`];
  }, STYLE_PROPS);

let page;
try {
  await check('the post loads from one origin, the playgrounds from another, lazily', async () => {
    page = await open(`${post.origin}/examples/en.html`);
    await page.waitForFunction(() => customElements.get('dockling-playground'));
    await page.evaluate(() => document.querySelectorAll('dockling-playground')[0].whenReady);
    const started = await page.evaluate(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => Boolean(el.starting)));
    assert(started[0] && !started[2], `expected the first started and the third (below the fold) not yet: ${started}`);
  });

  await check('every playground starts, each with its own session, the wasm fetched once', async () => {
    for (let i = 0; i < 3; i += 1) await ready(page, i);
    // Each module once for every playground on the post: the lean core first, the full build
    // after the prompt.
    for (const module of ['/dockling_bg.wasm', '/dockling_full_bg.wasm']) {
      const wasm = assets.log.filter((r) => r.path.endsWith(module));
      assert(wasm.length <= 1, `${module} requested ${wasm.length} times`);
    }
    const wasm = assets.log.filter((r) => r.path.endsWith('.wasm'));
    assert(wasm.length >= 1 && wasm[0].path.endsWith('/dockling_bg.wasm'), `wasm requests: ${wasm.map((r) => r.path)}`);
    // The second replayed a build as its setup, the third a build and a run.
    const [n1, n2, n3] = [await names(page, 0), await names(page, 1), await names(page, 2)];
    assert(n1.length === 0 && n2.length === 0 && n3.length === 1, `containers: ${JSON.stringify([n1, n2, n3])}`);
  });

  await check('the next command is pre-typed and Enter runs it, then offers the following one', async () => {
    assert((await lastRow(page, 0)).endsWith('$ ls'), `first prompt shows ${await lastRow(page, 0)}`);
    await page.locator('dockling-playground').nth(0).locator('.xterm-screen').click();
    await page.keyboard.press('Enter');
    await settle(page, 0);
    await waitText(page, 0, 'Dockerfile  index.js  package.json');
    assert((await lastRow(page, 0)).endsWith('$ cat Dockerfile'), `next prompt shows ${await lastRow(page, 0)}`);
  });

  await check('typing into each playground changes only that one', async () => {
    // The second offers the seed's `docker container run -d -p 9000:3000 …`: Enter runs it.
    await page.locator('dockling-playground').nth(1).locator('.xterm-screen').click();
    await page.keyboard.press('Enter');
    await settle(page, 1);
    await type(page, 1, 'curl -s localhost:9000');
    await waitText(page, 1, 'hello world');
    const random = [(await names(page, 1))[0], (await names(page, 2))[0]];
    assert(random[0] && random[1] && random[0] !== random[1], `same random container name in two playgrounds: ${random}`);
    for (let i = 0; i < 3; i += 1) await type(page, i, `docker container create --name box${i} nginx`);
    for (let i = 0; i < 3; i += 1) {
      const own = await names(page, i);
      assert(own.includes(`box${i}`), `playground ${i} lacks box${i}: ${own}`);
      for (let j = 0; j < 3; j += 1) assert(j === i || !own.includes(`box${j}`), `playground ${i} has box${j}`);
    }
    await type(page, 2, 'docker container ls -a');
    await waitText(page, 2, 'box2');
  });

  await check('a panic in one playground rebuilds only that one (own wasm instance, shared module)', async () => {
    const before = await page.evaluate(() =>
      Array.from(document.querySelectorAll('dockling-playground'), (el) => [el.engine.history().length, el.engine.wasmMemoryBytes()]),
    );
    console.log(`     wasm memory per playground: ${before.map(([, m]) => m).join(', ')} bytes`);
    await page.evaluate(async () => {
      const el = document.querySelectorAll('dockling-playground')[0];
      // xterm paints only terminals on screen.
      el.scrollIntoView();
      el.engine.crashForTest();
      await el.engine.recovering;
    });
    await waitText(page, 0, 'The engine crashed');
    const after = await page.evaluate(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => el.engine.history().length));
    assert(after.every((n, i) => n === before[i][0]), `histories changed: ${JSON.stringify(before)} -> ${after}`);
    await type(page, 0, 'docker image ls');
    await waitText(page, 0, 'REPOSITORY');
    await type(page, 1, 'docker container ls -a');
    await waitText(page, 1, 'box1');
    // Each module once for every playground on the post: the lean core first, the full build
    // after the prompt.
    for (const module of ['/dockling_bg.wasm', '/dockling_full_bg.wasm']) {
      const wasm = assets.log.filter((r) => r.path.endsWith(module));
      assert(wasm.length <= 1, `${module} requested ${wasm.length} times`);
    }
    const wasm = assets.log.filter((r) => r.path.endsWith('.wasm'));
    assert(wasm.length >= 1 && wasm[0].path.endsWith('/dockling_bg.wasm'), `wasm requests: ${wasm.map((r) => r.path)}`);
    page.problems = page.problems.filter((p) => !/unreachable|RuntimeError/.test(p));
  });

  await check('the picture and the explanations follow each session', async () => {
    // The picture is a one-line summary until opened.
    const closed = await page.evaluate(() =>
      Array.from(document.querySelectorAll('dockling-playground'), (el) => [
        el.shadowRoot.querySelector('.picture').open,
        el.shadowRoot.querySelectorAll('.picture [data-kind=container]').length,
        el.shadowRoot.querySelector('.picture .pic-counts').textContent,
      ]),
    );
    assert(closed.every(([open, n]) => !open && n === 0), `picture open by default: ${JSON.stringify(closed)}`);
    assert(closed[1][2] === '2 images · 2 containers (1 running) · ports 9000→3000', `summary ${closed[1][2]}`);
    for (let i = 0; i < 3; i += 1) await page.locator('dockling-playground').nth(i).locator('.picture > summary').click();
    // A setup line the core module leaves to full finishes after the swap: wait for its picture.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => el.shadowRoot.querySelectorAll('.picture [data-kind=container]').length)[2] === 2, null, { timeout: 20000 }).catch(() => {});
    const kinds = await page.evaluate(() =>
      Array.from(document.querySelectorAll('dockling-playground'), (el) => [
        el.shadowRoot.querySelectorAll('.picture [data-kind=container]').length,
        el.shadowRoot.querySelectorAll('.explanations article').length,
      ]),
    );
    assert(kinds[0][0] === 1 && kinds[1][0] === 2 && kinds[2][0] === 2, `containers drawn: ${JSON.stringify(kinds)}`);
    assert(kinds.every(([, e]) => e > 0), `explanations: ${JSON.stringify(kinds)}`);
  });

  await check('xterm is styled inside the shadow roots (themes light and dark) and the post styles none of it', async () => {
    const seen = await page.evaluate(() =>
      Array.from(document.querySelectorAll('dockling-playground'), (el) => {
        const root = el.shadowRoot;
        const textarea = root.querySelector('.xterm-helper-textarea');
        const button = root.querySelector('button');
        return {
          textareaOpacity: getComputedStyle(textarea).opacity,
          rowsColor: getComputedStyle(root.querySelector('.xterm-rows')).color,
          buttonFont: getComputedStyle(button).fontFamily,
          buttonBg: getComputedStyle(button).backgroundColor,
          styleElements: root.querySelectorAll('style').length + document.querySelectorAll('style').length,
          hostFont: getComputedStyle(el).fontFamily,
        };
      }),
    );
    for (const s of seen) {
      assert(s.textareaOpacity === '0', `xterm.css missing: helper textarea opacity ${s.textareaOpacity}`);
      assert(!/comic/i.test(s.buttonFont) && s.buttonBg !== 'rgb(255, 105, 180)', `post styles reached a button: ${JSON.stringify(s)}`);
      assert(!/georgia/i.test(s.hostFont), `post font inherited: ${s.hostFont}`);
      assert(s.styleElements === 0, 'a <style> element exists');
    }
    assert(seen[0].rowsColor === 'rgb(29, 31, 36)', `light theme text ${seen[0].rowsColor}`);
    assert(seen[2].rowsColor === 'rgb(228, 230, 235)', `dark theme text ${seen[2].rowsColor}`);
  });

  await check('changing the theme attribute re-themes a running playground', async () => {
    const color = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('dockling-playground').shadowRoot.querySelector('.xterm-rows')).color);
    await page.evaluate(() => document.querySelector('dockling-playground').setAttribute('theme', 'dark'));
    await page.waitForTimeout(100);
    const dark = await color();
    await page.evaluate(() => document.querySelector('dockling-playground').setAttribute('theme', 'light'));
    await page.waitForTimeout(100);
    const light = await color();
    assert(dark === 'rgb(228, 230, 235)' && light === 'rgb(29, 31, 36)', `dark ${dark}, light ${light}`);
  });

  await check("the post's own styles are the same as without playgrounds", async () => {
    const withPlaygrounds = await paragraphStyle(page);
    const bare = await open(`${post.origin}/bare/en.html`);
    const without = await paragraphStyle(bare);
    await bare.close();
    assert(JSON.stringify(withPlaygrounds) === JSON.stringify(without), `${withPlaygrounds}\n  vs\n${without}`);
    assert(withPlaygrounds[0].includes('Georgia'), `post.css not applied: ${withPlaygrounds[0]}`);
  });

  await check('accessible: a labelled region; Tab completes, Esc then Tab leaves the terminal', async () => {
    const labels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('dockling-playground'), (el) => `${el.getAttribute('role')}:${el.getAttribute('aria-label')}`),
    );
    const want = ['1. Build the image', '2. Run a container', '3. Stop the container'].map((x) => `region:Docker practice terminal: ${x}`);
    assert(JSON.stringify(labels) === JSON.stringify(want), `labels ${labels}`);
    const described = await page.evaluate(() => {
      const root = document.querySelector('dockling-playground').shadowRoot;
      const id = root.querySelector('.xterm-helper-textarea').getAttribute('aria-describedby');
      return root.getElementById(id)?.textContent || '';
    });
    assert(described.includes('Esc then Tab'), `terminal described by ${JSON.stringify(described)}`);
    const inTerminal = () =>
      page.evaluate(() => document.querySelectorAll('dockling-playground')[0].shadowRoot.activeElement?.className || '');
    await page.locator('dockling-playground').nth(0).locator('.xterm-screen').click();
    await page.keyboard.press('Tab');
    assert((await inTerminal()).includes('xterm-helper-textarea'), 'Tab alone left the terminal');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const after = await inTerminal();
    assert(!after.includes('xterm-helper-textarea'), `still in the terminal after Esc, Tab (${after})`);
  });

  await check('no request left the two origins; no CSP violation or console error', async () => {
    assert(foreign.length === 0, `foreign requests: ${foreign}`);
    const violations = await page.evaluate(() => window.cspViolations);
    assert(violations.length === 0, `${violations.length} CSP violations: ${violations.slice(0, 3).join('; ')}`);
    assert(page.problems.length === 0, page.problems.slice(0, 3).join('\n'));
  });

  await check('the Korean post: Korean labels and hints, same behaviour', async () => {
    const ko = await open(`${post.origin}/examples/ko.html`);
    await ready(ko, 0);
    const label = await ko.evaluate(() => document.querySelector('dockling-playground').getAttribute('aria-label'));
    assert(label === '도커 연습 터미널: 1. 이미지 빌드하기', `label ${label}`);
    const hint = await ko.evaluate(() => document.querySelector('dockling-playground').shadowRoot.querySelector('.hint').textContent);
    assert(hint.startsWith('Enter나 실행 버튼을 누르면'), `hint ${hint}`);
    await type(ko, 0, 'docker image ls');
    await waitText(ko, 0, 'REPOSITORY');
    const violations = await ko.evaluate(() => window.cspViolations);
    assert(violations.length === 0 && ko.problems.length === 0, `${violations.slice(0, 3)} ${ko.problems.slice(0, 3)}`);
    await ko.close();
  });

  await check('the single-file variant works with no connect-src and fetches no wasm', async () => {
    const before = assets.log.filter((r) => r.path.endsWith('.wasm')).length;
    const inline = await open(`${post.origin}/inline/en.html`);
    await ready(inline, 0);
    await type(inline, 0, 'docker image ls');
    await waitText(inline, 0, 'REPOSITORY');
    assert(assets.log.filter((r) => r.path.endsWith('.wasm')).length === before, 'the inline variant fetched the wasm');
    const violations = await inline.evaluate(() => window.cspViolations);
    assert(violations.length === 0 && inline.problems.length === 0, `${violations.slice(0, 3)} ${inline.problems.slice(0, 3)}`);
    await inline.close();
  });

  await check('the iframe page: embed.html?commands=…&autoplay&lang=ko replays into one playground', async () => {
    const frame = await open(`${A}/embed.html?lang=ko&autoplay&picture=hide&commands=${encodeURIComponent('docker image pull alpine;; docker image ls')}`);
    await frame.waitForFunction(() => document.querySelector('dockling-playground'));
    await ready(frame, 0);
    await waitText(frame, 0, 'alpine');
    const hidden = await frame.evaluate(() => document.querySelector('dockling-playground').shadowRoot.querySelector('.picture').hidden);
    assert(hidden, 'picture=hide did not hide the picture');
    assert(frame.problems.length === 0, frame.problems.join('\n'));
    await frame.close();
  });

  await check('a lesson URL: its sh and console blocks are offered, its file blocks written', async () => {
    const lessonPage = await open(`${A}/embed.html?lang=en&lesson=${encodeURIComponent(`${A}/examples/lesson-sample.md`)}`);
    await ready(lessonPage, 0);
    assert((await lastRow(lessonPage, 0)).endsWith('$ cat hello.txt'), `offered ${await lastRow(lessonPage, 0)}`);
    await lessonPage.keyboard.press('Enter');
    await lessonPage.locator('dockling-playground').locator('.xterm-screen').click();
    await lessonPage.keyboard.press('Enter');
    await settle(lessonPage, 0);
    await waitText(lessonPage, 0, 'hello from a lesson');
    assert((await lastRow(lessonPage, 0)).endsWith('$ docker image ls'), `then offered ${await lastRow(lessonPage, 0)}`);
    await lessonPage.close();
  });

  await check('reduced motion: the cursor does not blink', async () => {
    const calm = await browser({ reducedMotion: 'reduce' });
    const p = await calm.context.newPage();
    await p.goto(`${A}/embed.html?commands=ls`);
    await p.waitForFunction(() => document.querySelector('dockling-playground'));
    const blink = await p.evaluate(async () => {
      const el = document.querySelector('dockling-playground');
      await el.whenReady;
      return el.shell.term.options.cursorBlink;
    });
    await calm.close();
    assert(blink === false, `cursorBlink ${blink}`);
  });

  await check('bytes a reader downloads (gzip): three playgrounds vs one', async () => {
    const measure = async (url, count) => {
      const from = { post: post.log.length, assets: assets.log.length };
      const fresh = await browser();
      const tab = await fresh.context.newPage();
      await tab.goto(url);
      await tab.waitForFunction(() => customElements.get('dockling-playground'));
      for (let i = 0; i < count; i += 1) {
        await tab.evaluate(async (i) => {
          const el = document.querySelectorAll('dockling-playground')[i];
          el.scrollIntoView();
          await el.whenReady;
        }, i);
      }
      await fresh.close();
      const served = [...post.log.slice(from.post), ...assets.log.slice(from.assets)];
      return { gz: served.reduce((n, r) => n + r.gz, 0), raw: served.reduce((n, r) => n + (r.bytes || 0), 0), files: served.map((r) => r.path) };
    };
    const three = await measure(`${post.origin}/examples/en.html`, 3);
    const one = await measure(`${post.origin}/one/en.html`, 1);
    console.log(`     three playgrounds: ${three.gz} B gzip (${three.raw} B raw) over ${three.files.join(' ')}`);
    console.log(`     one playground:    ${one.gz} B gzip (${one.raw} B raw) over ${one.files.join(' ')}`);
    assert(three.gz - one.gz < 5000, `three cost ${three.gz - one.gz} B more than one`);
  });
} finally {
  await close();
  await post.close();
  await assets.close();
}
finish();
