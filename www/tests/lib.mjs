// Shared harness for the browser tests: serves www/dist on a free local port, launches the system
// Chromium through playwright-core, and counts checks. Each test file ends with `N passed, N failed`.

import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, '..', 'dist');
export const RESULTS = join(here, '..', 'test-results');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to `{url, close, requests}`.
 * `options.headers(path)` adds response headers (a CSP); `options.files` maps extra paths
 * (`/hostile.md`) to their bodies, served without touching `root`.
 */
export function serve(root = DIST, options = {}) {
  const requests = [];
  const extra = options.files || {};
  const headers = options.headers || (() => ({}));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (Object.hasOwn(extra, path)) {
      res.writeHead(200, { 'content-type': MIME[extname(path)] || 'application/octet-stream', ...headers(path) });
      res.end(extra[path]);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream', ...headers(path) });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with a fresh profile; resolves to `{context, close}`. */
export async function browser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'dockling-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60000,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(20000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits for the prompt; collects console errors and page errors. */
export async function openPage(context, url) {
  const page = context.pages()[0] || (await context.newPage());
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  await page.goto(url);
  await waitReady(page);
  return page;
}

export async function waitReady(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.dockling && window.dockling.shell, null, {
    timeout: 30000,
  });
}

/** The terminal's text, one string per row (xterm's DOM renderer), trailing spaces trimmed. */
export function terminalRows(page) {
  return page.$$eval('#terminal .xterm-rows > div', (rows) => rows.map((r) => r.textContent.replace(/\s+$/, '')));
}

/** Every line of the terminal's buffer (scrollback included), trailing spaces trimmed. */
export const bufferText = (page) =>
  page.evaluate(() => {
    const buf = window.dockling.shell.term.buffer.active;
    const out = [];
    for (let i = 0; i < buf.length; i += 1) out.push(buf.getLine(i).translateToString(true));
    return out.join('\n');
  });

export async function terminalText(page) {
  return (await terminalRows(page)).join('\n');
}

/** Waits until the terminal shows `needle` (string or RegExp). */
export async function waitForText(page, needle, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await terminalText(page);
    if (typeof needle === 'string' ? text.includes(needle) : needle.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`terminal never showed ${needle}; it shows:\n${text}`);
    await page.waitForTimeout(50);
  }
}

/** Focuses the terminal and types a line (Enter included unless `enter` is false). */
export async function typeLine(page, text, enter = true) {
  await page.click('#terminal .xterm-screen');
  await page.keyboard.type(text);
  if (enter) await page.keyboard.press('Enter');
  await settle(page);
}

/** Waits until the line editor has processed every key so far. */
export async function settle(page) {
  await page.evaluate(() => window.dockling.shell.queue);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Counts checks; `check(name, fn)` runs one and reports it. */
export function checker() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, fn) {
      try {
        await fn();
        passed += 1;
        console.log(`ok   ${name}`);
      } catch (e) {
        failed += 1;
        console.log(`FAIL ${name}\n     ${String(e && e.stack ? e.stack : e).split('\n').join('\n     ')}`);
      }
    },
    skip(name, why) {
      console.log(`skip ${name}: ${why}`);
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed ? 1 : 0;
      return failed;
    },
  };
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function screenshotsDir() {
  mkdirSync(RESULTS, { recursive: true });
  return RESULTS;
}

const AXE_SOURCE = join(here, '..', 'node_modules', 'axe-core', 'axe.min.js');
let axeSource = null;

/**
 * Runs axe-core (www/node_modules, a pinned devDependency) on the page, or on the part of it that
 * `options.include` selects, for WCAG 2.x A and AA rules; resolves to its violations, each as
 * `{id, impact, help, nodes: [{target, summary}]}`. The script is evaluated through the DevTools
 * protocol, so the page's own CSP does not block it and the page is not changed beyond `window.axe`.
 * `options.exclude` lists selectors to leave out; `options.rules` overrides rules (`{id: {enabled}}`).
 */
export async function axeViolations(page, options = {}) {
  if (axeSource === null) axeSource = readFileSync(AXE_SOURCE, 'utf8');
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const context = { include: options.include ? [[options.include]] : [['html']], exclude: (options.exclude || []).map((s) => [s]) };
  const run = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
    rules: options.rules || {},
  };
  return page.evaluate(
    async ([ctx, opts]) => {
      const result = await window.axe.run(ctx, opts);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    [context, run],
  );
}

/** The violations of `axeViolations` as readable lines (for a failing check's message). */
export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target}: ${(n.summary || '').replace(/\n/g, ' ')}`).join('\n')}`)
    .join('\n');
}

/** Fails with the list of violations unless axe finds none. */
export async function assertAccessible(page, label, options = {}) {
  const violations = await axeViolations(page, options);
  if (violations.length) throw new Error(`${label}: ${violations.length} axe violations\n${describeViolations(violations)}`);
}
