// Browser tests of the two-module build (engine.js, src/lean.rs): a first visit downloads only
// the lean core set before the prompt is usable (within its gzip budget), the full module comes
// after the prompt, a line core leaves to full runs there once with the session carried over,
// and reload, undo, a panic and the embed keep working across the swap.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIST, assert, browser, bufferText, checker, openPage, serve, typeLine, waitForText, waitReady,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

/** scripts/check-size.sh's `page` set: its first-visit budget (gzip -9 bytes) and its files. */
const [, PAGE_BUDGET_TEXT, PAGE_FILES_TEXT] = /"page\s+(\d+)\s+([^"]+)"/.exec(readFileSync(join(DIST, '..', '..', 'scripts', 'check-size.sh'), 'utf8'));
const PAGE_BUDGET = Number(PAGE_BUDGET_TEXT);
/** The files that set names, `main.js+` expanded to main.js and its static imports (as check-size.sh does). */
function pageSet() {
  const out = new Set();
  const withImports = (file) => {
    if (out.has(file)) return;
    out.add(file);
    let text = '';
    try {
      text = readFileSync(join(DIST, file), 'utf8');
    } catch {
      return;
    }
    for (const m of text.matchAll(/(?:from|import)"\.\/([^"]*\.js)"/g)) withImports(m[1]);
  };
  for (const f of PAGE_FILES_TEXT.trim().split(/\s+/)) {
    if (f.endsWith('+')) withImports(f.slice(0, -1));
    else out.add(f);
  }
  return out;
}
/** `gzip -9` bytes of a file, with the gzip tool check-size.sh uses (zlib's level 9 differs). */
const gz = (path) => {
  try {
    return execFileSync('gzip', ['-9', '-c', join(DIST, path)], { maxBuffer: 64 << 20 }).length;
  } catch {
    return 0;
  }
};

try {
  const page = context.pages()[0] || (await context.newPage());
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  const requests = [];
  page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  // When the prompt became usable, on the page's own clock (resource timings use the same).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body && document.body.dataset.ready === 'true' && window.readyAt === undefined) window.readyAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });

  await check('a first visit fetches only the core set before the prompt, full after it', async () => {
    await page.goto(server.url);
    await waitReady(page);
    const timed = await page.evaluate(() => ({
      ready: window.readyAt,
      entries: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
    }));
    const before = ['/', ...timed.entries.filter((e) => e.start <= timed.ready).map((e) => e.path)];
    assert(before.includes('/dockling_bg.wasm'), `core wasm not fetched before the prompt: ${before}`);
    assert(!before.includes('/dockling_full_bg.wasm'), `full wasm fetched before the prompt: ${before}`);
    // What check-size.sh counts is what the browser fetched before the prompt: no file more.
    const files = before.map((p) => (p === '/' ? 'index.html' : p.slice(1)));
    const counted = pageSet();
    const uncounted = files.filter((f) => !counted.has(f));
    assert(!uncounted.length, `fetched before the prompt but not in check-size.sh's page set: ${uncounted}`);
    assert(!files.some((f) => f.startsWith('texts/')), `explanation texts fetched before the prompt: ${files}`);
    const bytes = [...new Set(files)].reduce((n, f) => n + gz(f), 0);
    console.log(`     first visit to the prompt: ${bytes} B gzip (${before.length} requests), budget ${PAGE_BUDGET}`);
    assert(bytes <= PAGE_BUDGET, `first visit ${bytes} B gzip over the page budget ${PAGE_BUDGET}`);
    await page.waitForFunction(() => window.dockling.engine && window.dockling.engine.fullGlue, null, { timeout: 20000 });
    await page.evaluate(() => window.dockling.engine.fullGlue);
    const full = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dockling_full_bg.wasm')));
    assert(full && full.startTime >= timed.ready, `full wasm not fetched after the prompt (${full && full.startTime} vs ${timed.ready})`);
    assert(requests.some((r) => r.path === '/dockling_full_bg.wasm'), 'the server never saw the full wasm');
    assert(!(await page.evaluate(() => window.dockling.engine.full)), 'the page swapped before anything needed full');
  });

  await check('a line core leaves to full runs once in full, with the session carried over', async () => {
    await typeLine(page, 'docker run --name first hello-world');
    await waitForText(page, 'Hello from Docker!');
    assert(!(await page.evaluate(() => window.dockling.engine.full)), 'hello-world should run in core');
    await typeLine(page, "docker inspect --format '{{.Name}} {{.State.Status}}' first");
    await waitForText(page, '/first exited');
    const text = await bufferText(page);
    assert(await page.evaluate(() => window.dockling.engine.full), 'the engine did not swap to full');
    assert(text.split('/first exited').length === 2, `the line's output appears more than once:\n${text}`);
    assert(/Loading the rest of Docker|나머지 도커를 불러오고/.test(text), 'no loading note');
    await typeLine(page, 'docker ps -a --format "{{.Names}}"');
    await waitForText(page, /^first$/m);
    const history = await page.evaluate(() => window.dockling.engine.history());
    assert(history.filter((l) => l.startsWith('docker inspect')).length === 1, `history: ${history}`);
  });

  await check('undo, a panic and a reload keep working in full', async () => {
    assert(await page.evaluate(() => window.dockling.engine.undo()), 'undo failed');
    await page.evaluate(() => window.dockling.engine.crashForTest());
    await page.evaluate(() => window.dockling.engine.recovering);
    assert(await page.evaluate(() => window.dockling.engine.full), 'recovery went back to core');
    await typeLine(page, 'docker compose version');
    await waitForText(page, 'Docker Compose version');
    await page.reload();
    await waitReady(page);
    // The saved session holds lines only full runs: the page swapped before the prompt.
    assert(await page.evaluate(() => window.dockling.engine.full), 'a saved session needing full loaded in core');
    await typeLine(page, 'docker ps -a --format "{{.Names}}"');
    await waitForText(page, /^first$/m);
    assert(page.errors.length === 0, `page errors: ${page.errors.join('; ')}`);
  });

  await check('the embed starts on core and swaps to full for a line that needs it', async () => {
    const embed = await context.newPage();
    embed.errors = [];
    embed.on('pageerror', (e) => embed.errors.push(String(e)));
    const seen = [];
    embed.on('request', (r) => seen.push(new URL(r.url()).pathname));
    await embed.goto(`${server.url}examples/en.html`);
    const el = embed.locator('dockling-playground').first();
    await el.scrollIntoViewIfNeeded();
    await embed.waitForFunction(() => {
      const p = document.querySelector('dockling-playground');
      return p && p.engine && p.engine.pg;
    }, null, { timeout: 30000 });
    assert(seen.includes('/dockling_bg.wasm'), `embed did not load core: ${seen}`);
    const out = await embed.evaluate(async () => {
      const engine = document.querySelector('dockling-playground').engine;
      const first = engine.run('docker info --format "{{.ServerVersion}}"');
      const again = await engine.runInFull('docker info --format "{{.ServerVersion}}"', async () => {});
      return { needs: first.needs_full, full: engine.full, text: again.output.map((c) => c.text).join('') };
    });
    assert(out.needs && out.full && /^\d+\.\d+/.test(out.text), `embed swap: ${JSON.stringify(out)}`);
    assert(embed.errors.length === 0, `embed errors: ${embed.errors.join('; ')}`);
    await embed.close();
  });
} finally {
  await close();
  await server.close();
}
finish();
