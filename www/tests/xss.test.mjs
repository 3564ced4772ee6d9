// Hostile text typed into the page never becomes markup: file names, labels, env values,
// command output, editor content and explanations with HTML payloads are shown as text. The
// payloads set window.__xss if they ever run; no element or script from them may appear.

import { assert, browser, checker, openPage, serve, settle, terminalText, typeLine } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=2">',
  '<script>window.__xss=3</script>',
  '"><iframe srcdoc="<script>parent.__xss=4</script>">',
];
// Single-quoted for the shell: ' becomes '\''.
const sq = (s) => `'${s.replaceAll("'", "'\\''")}'`;

async function noInjection(page, where) {
  const found = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    imgs: document.querySelectorAll('img[src="x"]').length,
    svgs: [...document.querySelectorAll('svg')].filter((s) => s.getAttribute('onload')).length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__xss')).length,
    iframes: document.querySelectorAll('iframe').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
  assert(found.xss === null, `${where}: a payload ran (window.__xss=${found.xss})`);
  for (const k of ['imgs', 'svgs', 'scripts', 'iframes', 'handlers']) {
    assert(found[k] === 0, `${where}: ${found[k]} injected ${k}`);
  }
}

try {
  const page = await openPage(context, server.url);
  await page.click('#reset');
  await settle(page);

  await check('file names, labels, env values and output stay text', async () => {
    for (const p of PAYLOADS) {
      await typeLine(page, `touch ${sq(p)}; echo ${sq(p)}`);
      await typeLine(page, `docker run -d -e X=${sq(p)} --label l=${sq(p)} alpine sleep 100`);
    }
    await typeLine(page, `docker run -d --name ${sq(PAYLOADS[0])} alpine`);
    await settle(page);
    // Rows are joined without their breaks: long lines wrap.
    const text = (await terminalText(page)).replaceAll('\n', '');
    assert(text.includes('Invalid container name (<img src=x onerror="window.__xss=1">)'), 'the invalid name is refused as text');
    assert(text.includes('<svg onload="window.__xss=2">'), 'the echoed payload is shown as text');
    await noInjection(page, 'terminal and picture');
    const paths = await page.$$eval('#picture [data-kind=file]', (els) => els.map((e) => e.dataset.path));
    // (Payloads with a `/` are paths into missing directories: touch refuses them.)
    assert(paths.includes(`/home/learner/${PAYLOADS[0]}`), `file paths in the picture: ${paths}`);
    const shown = await page.textContent('#picture');
    assert(shown.includes('<svg onload="window.__xss=2">'), 'the file name is shown as text');
  });

  await check('explanations of hostile commands stay text', async () => {
    await typeLine(page, `docker volume create ${sq(PAYLOADS[1])}`);
    await typeLine(page, `explain`);
    await noInjection(page, 'explanations');
  });

  await check('editor content with markup stays text', async () => {
    await page.fill('[data-role=file-path]', PAYLOADS[2]);
    await page.fill('[data-role=file-text]', PAYLOADS.join('\n'));
    await page.click('[data-role=file-form] button[type=submit]');
    await settle(page);
    await typeLine(page, 'ls; cat *script*');
    await noInjection(page, 'editor');
  });
} finally {
  await close();
  await server.close();
}
finish();
