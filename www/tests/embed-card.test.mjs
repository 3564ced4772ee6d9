// Browser tests of the embed card as a blog reader meets it (issue 19): a click anywhere on the
// card lands in the terminal, the Run button, a compact picture that opens, quiet `setup`, the
// theme that follows the post's own colours, one name per playground, output in the
// accessibility tree, and axe-core's verdict on the example posts in light and dark.
// The example posts are served under a strict CSP (one origin; embed.test.mjs covers two).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, axeViolations, browser, checker, describeViolations, DIST, serve } from './lib.mjs';

const { check, finish } = checker();

const en = readFileSync(join(DIST, 'examples', 'en.html'), 'utf8');
const PLAYGROUND = /<dockling-playground[\s\S]*?<\/dockling-playground>\n/g;
/** en.html with its playgrounds replaced by `blocks` (a post of our own with the same styles). */
const withPlaygrounds = (blocks) => {
  let first = true;
  return en.replace(PLAYGROUND, () => {
    const out = first ? `${blocks.join('\n')}\n` : '';
    first = false;
    return out;
  });
};
const files = {
  // A blog with a dark theme of its own (a dark background on body only).
  '/examples/dark.html': en.replace('href="post.css">', 'href="post.css">\n<link rel="stylesheet" href="dark.css">'),
  '/examples/dark.css': 'body { background: #16181d; color: #e6e6e6; } h1, h2 { color: #ffb37a; } a { color: #9cc8ff; } code { background: #2a2d34; }',
  // No background anywhere, but a page that declares it is dark only: the canvas is dark.
  '/examples/scheme.html': withPlaygrounds(['<dockling-playground commands="ls"></dockling-playground>'])
    .replace('href="post.css">', 'href="post.css">\n<link rel="stylesheet" href="scheme.css">'),
  '/examples/scheme.css': 'html { background: none; color-scheme: dark; } body { color: #eee; }',
  // Three playgrounds in one section: a label attribute, and two with the same first command.
  '/examples/names.html': withPlaygrounds([
    '<dockling-playground label="Pull an image" commands="docker image pull alpine"></dockling-playground>',
    '<dockling-playground commands="docker image ls" theme="auto"></dockling-playground>',
    '<dockling-playground commands="docker image ls" theme="light"></dockling-playground>',
  ]).replace(/<h[12]>[^<]*<\/h[12]>\n/g, ''),
};
const srv = await serve(DIST, {
  files,
  headers: (path) =>
    path.endsWith('.html') ? { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:" } : {},
});
const url = (path) => new URL(path, srv.url).href;

async function open(context, path) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
  });
  await page.goto(url(path));
  await page.waitForFunction(() => customElements.get('dockling-playground'));
  return page;
}

const card = (page, i) => page.locator('dockling-playground').nth(i);

async function ready(page, i) {
  await page.evaluate(async (i) => {
    const el = document.querySelectorAll('dockling-playground')[i];
    el.scrollIntoView();
    await el.whenReady;
    await el.shell.queue;
  }, i);
  await settle(page, i);
}

async function readyAll(page) {
  const n = await page.evaluate(() => document.querySelectorAll('dockling-playground').length);
  for (let i = 0; i < n; i += 1) await ready(page, i);
  return n;
}

async function settle(page, i) {
  await page.evaluate((i) => document.querySelectorAll('dockling-playground')[i].shell.queue, i);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Every line of playground `i`'s terminal buffer. */
const buffer = (page, i) =>
  page.evaluate((i) => {
    const buf = document.querySelectorAll('dockling-playground')[i].shell.term.buffer.active;
    const out = [];
    for (let n = 0; n < buf.length; n += 1) out.push(buf.getLine(n).translateToString(true));
    return out.join('\n').replace(/\n+$/, '');
  }, i);

const lastLine = async (page, i) => (await buffer(page, i)).split('\n').filter((l) => l).at(-1);

async function waitFor(page, i, needle, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await buffer(page, i);
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`playground ${i} never showed ${needle}:\n${text}`);
    await page.waitForTimeout(50);
  }
}

/** Where the keyboard is: the class of the focused element inside playground `i`, or ''. */
const focusIn = (page, i) =>
  page.evaluate((i) => {
    const el = document.querySelectorAll('dockling-playground')[i];
    return document.activeElement === el ? el.shadowRoot.activeElement?.className || 'host' : '';
  }, i);

const heights = (page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => Math.round(el.getBoundingClientRect().height)));

const schemes = (page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('dockling-playground'), (el) => {
      const frame = el.shadowRoot.querySelector('.frame');
      const rows = el.shadowRoot.querySelector('.xterm-rows');
      return `${frame.dataset.scheme}:${rows ? getComputedStyle(rows).color : ''}`;
    }),
  );
const LIGHT = 'light:rgb(29, 31, 36)';
const DARK = 'dark:rgb(228, 230, 235)';

let b = await browser({ viewport: { width: 1280, height: 800 } });
try {
  const page = await open(b.context, '/examples/en.html');
  await readyAll(page);

  await check('a click on a card that has not started yet starts it and puts the keyboard in its terminal', async () => {
    const lazy = await open(b.context, '/examples/en.html');
    await lazy.evaluate(() => document.querySelectorAll('dockling-playground')[0].whenReady);
    const started = await lazy.evaluate(() => Boolean(document.querySelectorAll('dockling-playground')[2].starting));
    assert(!started, 'the third playground started before it was near the viewport');
    // Clicked through a script (no scrolling, so the observer does not start it first).
    await lazy.evaluate(() => document.querySelectorAll('dockling-playground')[2].shadowRoot.querySelector('.placeholder p').click());
    await lazy.evaluate(() => document.querySelectorAll('dockling-playground')[2].whenReady);
    await lazy.waitForFunction(() => {
      const el = document.querySelectorAll('dockling-playground')[2];
      return document.activeElement === el && el.shadowRoot.activeElement?.classList.contains('xterm-helper-textarea');
    });
    await lazy.close();
  });

  await check('a click anywhere on the card (title, hint, explanation, picture box) focuses the terminal; Enter then runs', async () => {
    const spots = ['.bar .title', '.hint', '.explanations', '.picture'];
    for (const spot of spots) {
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      await card(page, 0).locator(spot).click({ position: { x: 5, y: 5 } });
      const focus = await focusIn(page, 0);
      assert(focus.includes('xterm-helper-textarea'), `a click on ${spot} left the focus on ${JSON.stringify(focus)}`);
    }
    assert((await lastLine(page, 0)).endsWith('$ ls'), `offered ${await lastLine(page, 0)}`);
    await page.keyboard.press('Enter');
    await settle(page, 0);
    await waitFor(page, 0, 'Dockerfile  index.js  package.json');
    assert((await lastLine(page, 0)).endsWith('$ cat Dockerfile'), `then offered ${await lastLine(page, 0)}`);
  });

  await check('clicks on the controls keep their own meaning (the picture summary opens, not the terminal)', async () => {
    await card(page, 0).locator('.picture > summary').click();
    assert(await card(page, 0).locator('.picture').evaluate((d) => d.open), 'the summary did not open the picture');
    assert(!(await focusIn(page, 0)).includes('xterm-helper-textarea'), 'the summary click went to the terminal');
    await card(page, 0).locator('.picture > summary').click();
  });

  await check('Run: visible, named after the line at the prompt, runs it; from the keyboard focus stays on it', async () => {
    const run = card(page, 0).locator('button.run');
    assert(await run.isVisible(), 'no visible Run button');
    assert((await run.textContent()).includes('Run'), `button text ${await run.textContent()}`);
    assert((await run.getAttribute('aria-label')) === 'Run: cat Dockerfile', `named ${await run.getAttribute('aria-label')}`);
    await run.click();
    await settle(page, 0);
    await waitFor(page, 0, 'CMD ["node", "index.js"]');
    assert((await focusIn(page, 0)).includes('xterm-helper-textarea'), 'after a mouse Run the terminal does not have the keyboard');
    assert((await run.getAttribute('aria-label')) === 'Run: docker image build -t hahava/express-server:0.0.1 .', `then ${await run.getAttribute('aria-label')}`);
    // Keyboard: focus the button, Enter runs the build, Space the next one; focus stays.
    await run.focus();
    await page.keyboard.press('Enter');
    await settle(page, 0);
    await waitFor(page, 0, 'naming to docker.io/hahava/express-server:0.0.1');
    assert((await focusIn(page, 0)) === 'run', `focus moved to ${await focusIn(page, 0)}`);
    await page.keyboard.press('Space');
    await settle(page, 0);
    await waitFor(page, 0, 'REPOSITORY');
    // Nothing is left to offer: the button says so and hands the keyboard to the terminal.
    assert((await run.getAttribute('aria-disabled')) === 'true' && (await run.getAttribute('aria-label')) === 'Run', 'Run still offered');
    assert((await focusIn(page, 0)).includes('xterm-helper-textarea'), 'the last Run did not hand the keyboard to the terminal');
    // Typing makes it a Run again, for what was typed.
    await page.keyboard.type('docker ps');
    await settle(page, 0);
    assert((await run.getAttribute('aria-label')) === 'Run: docker ps' && (await run.getAttribute('aria-disabled')) === 'false', 'typed line not offered');
    await run.click();
    await settle(page, 0);
    await waitFor(page, 0, 'CONTAINER ID');
  });

  await check('a read-only playground has no Run button', async () => {
    const frame = await open(b.context, `/embed.html?readonly&commands=${encodeURIComponent('docker image ls')}`);
    await ready(frame, 0);
    assert(!(await card(frame, 0).locator('button.run').isVisible()), 'Run shown in a read-only playground');
    await frame.close();
  });

  await check('the iframe page takes a label; its playground is named by it', async () => {
    const frame = await open(b.context, `/embed.html?lang=ko&label=${encodeURIComponent('이미지 목록 보기')}&commands=${encodeURIComponent('docker image ls')}`);
    await ready(frame, 0);
    const name = await frame.evaluate(() => document.querySelector('dockling-playground').getAttribute('aria-label'));
    assert(name === '도커 연습 터미널: 이미지 목록 보기', `named ${name}`);
    await frame.close();
  });

  await check('cards are compact at 1280 px (they were 785, 1250, 1502 px with the picture open), the picture opens on demand', async () => {
    const h = await heights(page);
    console.log(`     card heights at 1280 px: ${h.join(', ')} px (picture closed)`);
    assert(h.every((x) => x < 620), `cards too tall: ${h}`);
    await card(page, 1).locator('.picture > summary').click();
    await settle(page, 1);
    const open = await heights(page);
    const drawn = await card(page, 1).locator('.picture [data-kind=image]').count();
    console.log(`     second card with its picture open: ${open[1]} px`);
    assert(open[1] > h[1] + 150 && drawn === 1, `opening the picture: ${h[1]} -> ${open[1]} px, ${drawn} images drawn`);
    await card(page, 1).locator('.picture > summary').click();
    // picture=full opens it from the start; picture=hide hides it.
    await page.evaluate(() => document.querySelectorAll('dockling-playground')[2].setAttribute('picture', 'full'));
    await settle(page, 2);
    assert(await card(page, 2).locator('.picture').evaluate((d) => d.open), 'picture=full did not open it');
    await page.evaluate(() => document.querySelectorAll('dockling-playground')[2].removeAttribute('picture'));
    assert(!(await card(page, 2).locator('.picture').evaluate((d) => d.open)), 'removing picture=full did not close it');
  });

  await check('quiet setup: no build log in the terminal, one line saying what was prepared, the log on demand', async () => {
    const text = await buffer(page, 1);
    assert(!/naming to|\[internal\]|DONE/.test(text), `the setup's build log is in the terminal:\n${text}`);
    const setup = card(page, 1).locator('.setup');
    assert(await setup.isVisible(), 'no setup line');
    const summary = await setup.locator('summary').textContent();
    assert(summary === 'Prepared for you: docker image build -t hahava/express-server:0.0.1 .', `summary ${summary}`);
    const box = await setup.locator('summary').boundingBox();
    assert(box.height < 30, `the setup line is ${box.height} px tall`);
    assert(!(await setup.locator('pre').isVisible()), 'the log is shown before it is asked for');
    await setup.locator('summary').click();
    const log = await setup.locator('pre').textContent();
    assert(log.startsWith('$ docker image build -t hahava/express-server:0.0.1 .\n') && log.includes('naming to docker.io/hahava/express-server:0.0.1'), `log ${log.slice(0, 300)}`);
    assert(!/\x1b/.test(log), 'escape sequences in the log');
    await setup.locator('summary').click();
    // The third playground prepared two commands; the image it built and the container it ran exist.
    const third = await card(page, 2).locator('.setup summary').textContent();
    assert(third.includes('docker image build') && third.includes('; docker container run -d -p 9000:3000'), `third ${third}`);
    // The prepared commands are in ↑ history, as if typed.
    await card(page, 1).locator('.bar .title').click();
    await page.keyboard.press('Control+u');
    await page.keyboard.press('ArrowUp');
    await settle(page, 1);
    assert((await lastLine(page, 1)).endsWith('$ docker image build -t hahava/express-server:0.0.1 .'), `↑ shows ${await lastLine(page, 1)}`);
    await page.keyboard.press('Control+u');
    assert(page.problems.length === 0, page.problems.join('\n'));
  });

  await check('a failed setup step says so and shows its output', async () => {
    const frame = await open(b.context, `/embed.html?setup=${encodeURIComponent('docker image pull nosuchimage-x')}&commands=ls`);
    await ready(frame, 0);
    const setup = card(frame, 0).locator('.setup');
    assert(await setup.evaluate((d) => d.open), 'a failed setup is closed');
    assert((await setup.locator('summary').textContent()).includes('one of them failed'), await setup.locator('summary').textContent());
    assert((await setup.locator('pre').textContent()).includes('Error response from daemon'), await setup.locator('pre').textContent());
    await frame.close();
  });

  await check('start over replays the setup quietly and offers the first command again', async () => {
    await card(page, 1).locator('button', { hasText: 'Start over' }).click();
    await settle(page, 1);
    const text = await buffer(page, 1);
    assert(text.split('\n').filter((l) => l).length === 1 && text.endsWith('$ docker container run -d -p 9000:3000 hahava/express-server:0.0.1'), `after start over:\n${text}`);
  });

  await check('theme: a light-only post keeps light cards under a dark system; theme=dark stays dark', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    const s = await schemes(page);
    assert(s[0] === LIGHT && s[1] === LIGHT && s[2] === DARK, `schemes ${s}`);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await check("theme: a dark post gets dark cards, also when the system is light; the post's own switch re-themes them", async () => {
    const dark = await open(b.context, '/examples/dark.html');
    await readyAll(dark);
    assert((await schemes(dark)).every((x) => x === DARK), `schemes ${await schemes(dark)}`);
    // The blog switches to light (a class on <html> that its stylesheet would follow); the
    // first playground was moved in the page before (it keeps watching from its new place).
    await dark.evaluate(() => {
      const first = document.querySelector('dockling-playground');
      first.parentElement.insertBefore(first, first.nextElementSibling.nextElementSibling);
      document.querySelector('link[href="dark.css"]').remove();
      document.documentElement.classList.add('light');
    });
    await dark.waitForTimeout(100);
    const after = await schemes(dark);
    assert(after[0] === LIGHT && after[1] === LIGHT && after[2] === DARK, `after the switch ${after}`);
    await dark.close();
    const scheme = await open(b.context, '/examples/scheme.html');
    await ready(scheme, 0);
    assert((await schemes(scheme))[0] === DARK, `color-scheme: dark page gave ${await schemes(scheme)}`);
    await scheme.close();
  });

  await check('theme=auto follows the system, theme=light stays light', async () => {
    const names = await open(b.context, '/examples/names.html');
    await readyAll(names);
    await names.emulateMedia({ colorScheme: 'dark' });
    await names.waitForTimeout(100);
    let s = await schemes(names);
    assert(s[0] === LIGHT && s[1] === DARK && s[2] === LIGHT, `dark system: ${s}`);
    await names.emulateMedia({ colorScheme: 'light' });
    await names.waitForTimeout(100);
    s = await schemes(names);
    assert(s.every((x) => x === LIGHT), `light system: ${s}`);
    await names.close();
  });

  await check('one name per playground: section heading, label attribute, or first command numbered', async () => {
    const labels = await page.evaluate(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => el.getAttribute('aria-label')));
    assert(new Set(labels).size === 3 && labels[1] === 'Docker practice terminal: 2. Run a container', `labels ${labels}`);
    const names = await open(b.context, '/examples/names.html');
    const own = await names.evaluate(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => el.getAttribute('aria-label')));
    const want = ['Docker practice terminal: Pull an image', 'Docker practice terminal: docker image ls', 'Docker practice terminal: docker image ls (2)'];
    assert(JSON.stringify(own) === JSON.stringify(want), `labels ${own}`);
    // The accessibility tree names them the same way.
    const snapshot = await names.locator('body').ariaSnapshot();
    for (const name of want) assert(snapshot.includes(`region "${name}"`), `no region "${name}" in\n${snapshot}`);
    // An author's own aria-label wins.
    await names.evaluate(() => document.querySelectorAll('dockling-playground')[0].setAttribute('aria-label', 'Mine'));
    await names.evaluate(() => document.querySelectorAll('dockling-playground')[0].setAttribute('lang', 'ko'));
    const mine = await names.evaluate(() => document.querySelectorAll('dockling-playground')[0].getAttribute('aria-label'));
    assert(mine === 'Mine', `own label replaced by ${mine}`);
    await names.close();
  });

  await check("terminal output reaches the accessibility tree (xterm's screen-reader mode)", async () => {
    await ready(page, 1);
    await card(page, 1).locator('.bar .title').click();
    await page.keyboard.press('Enter');
    await settle(page, 1);
    await page.waitForTimeout(300);
    const tree = await card(page, 1).locator('.xterm-accessibility-tree').textContent();
    assert(tree.includes('docker container run -d -p 9000:3000'), `accessibility tree: ${tree.slice(0, 300)}`);
    const live = await card(page, 1).locator('.live-region, [aria-live]').count();
    assert(live > 0, 'no live region');
  });

  await check('Korean: the Run button and the setup line in 해요체 and Korean words', async () => {
    const ko = await open(b.context, '/examples/ko.html');
    await ready(ko, 1);
    const run = card(ko, 1).locator('button.run');
    assert((await run.textContent()).includes('실행') && (await run.getAttribute('aria-label')).startsWith('실행: docker container run'), `${await run.textContent()} / ${await run.getAttribute('aria-label')}`);
    const setup = await card(ko, 1).locator('.setup summary').textContent();
    assert(setup.startsWith('미리 실행해 둔 명령어: docker image build'), `setup ${setup}`);
    const counts = await card(ko, 1).locator('.pic-counts').textContent();
    assert(counts === '이미지 1개 · 컨테이너 0개', `counts ${counts}`);
    await run.click();
    await settle(ko, 1);
    assert((await card(ko, 1).locator('.pic-counts').textContent()) === '이미지 1개 · 컨테이너 1개(실행 중 1개) · 포트 9000→3000', await card(ko, 1).locator('.pic-counts').textContent());
    await ko.close();
  });

  /** Readies every card, runs the offered command in each, opens the pictures and setup logs. */
  async function exercised(context, path) {
    const p = await open(context, path);
    const n = await readyAll(p);
    for (let i = 0; i < n; i += 1) {
      await card(p, i).locator('button.run').click();
      await settle(p, i);
    }
    for (const d of await p.locator('dockling-playground .picture > summary, dockling-playground .setup > summary').all()) await d.click();
    await p.waitForTimeout(200);
    return p;
  }

  for (const scheme of ['light', 'dark']) {
    await check(`axe-core: 0 violations on the example posts (en, ko, a dark post), ${scheme} system`, async () => {
      const themed = await browser({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
      try {
        for (const path of ['/examples/en.html', '/examples/ko.html', '/examples/dark.html']) {
          // As loaded: the first playground started, the others still waiting below the fold.
          const fresh = await open(themed.context, path);
          await fresh.evaluate(() => document.querySelector('dockling-playground').whenReady);
          await settle(fresh, 0);
          const early = await axeViolations(fresh);
          assert(early.length === 0, `${path} as loaded: ${early.length} violations\n${describeViolations(early)}`);
          await fresh.close();
          const p = await exercised(themed.context, path);
          const violations = await axeViolations(p);
          assert(violations.length === 0, `${path}: ${violations.length} violations\n${describeViolations(violations)}`);
          assert(p.problems.length === 0, `${path}: ${p.problems.join('\n')}`);
          await p.close();
        }
      } finally {
        await themed.close();
      }
    });
  }
} finally {
  await b.close();
  await srv.close();
}
finish();
