// Hostile input against the playground page, served under a strict Content-Security-Policy (no
// 'unsafe-inline', no 'unsafe-eval'; only 'wasm-unsafe-eval'): a lesson file full of markup,
// script links and entity tricks opened by `?lesson=<url>`, lesson URLs that are not this site's,
// names and Dockerfiles with payloads, share links (garbage, hand-edited with payloads and
// escape sequences, a future format version, truncated), a corrupted session save beside lesson
// progress, unreadable progress, and a storage that refuses every write. Each payload sets
// window.__xss if it ever runs. After each, the page must still run a command, say what it
// refused, keep the lesson progress, log no error and report no CSP violation.

import { assert, browser, bufferText, checker, DIST, serve, settle, typeLine } from './lib.mjs';

const { check, finish } = checker();

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Extra files, filled in once the server's URL is known (the map is read at every request).
const files = {};
const server = await serve(DIST, {
  files,
  headers: (path) => (path === '/' || path.endsWith('.html') ? { 'content-security-policy': CSP } : {}),
});
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
files['/pixel.png'] = PIXEL;

const HOSTILE_LESSON = [
  '---',
  'id: 95-hostile',
  'title: "<svg onload=window.__xss=1><script>window.__xss=2</script>"',
  'lang: en',
  '---',
  '',
  'Intro <script>window.__xss=3</script> [a](javascript:window.__xss=4) [b](JaVaScRiPt:window.__xss=5)',
  '[c](jav&#x61;script:window.__xss=6) [c2](&#106;avascript:window.__xss=6) [d](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9Nzwvc2NyaXB0Pg==)',
  '[e](vbscript:msgbox) [f](  javascript:window.__xss=8) [g](<javascript:window.__xss=8>) [h](java\tscript:window.__xss=8)',
  '<javascript:window.__xss=9> <data:text/html,x> [ok](https://example.com/safe) [frag](#top) [rel](/x)',
  '',
  '![i1](javascript:window.__xss=10) ![i2](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xMSIvPg==) ![pixel](@PIXEL@)',
  '',
  '<div onclick="window.__xss=12"><iframe src="javascript:window.__xss=13"></iframe></div>',
  '',
  '<svg><script>window.__xss=14</script></svg>',
  '<a href="javascript:window.__xss=15">raw anchor</a>',
  '<math><mtext><img src=x onerror=window.__xss=16>',
  '',
  '## Step <img src=x onerror=window.__xss=17> [s](javascript:window.__xss=18)',
  '',
  'Text <style>body{display:none}</style> and `<b>code</b>` and <object data="javascript:window.__xss=19"></object>.',
  '',
  '> **Hint:** <iframe srcdoc="<script>parent.__xss=20</script>"></iframe> [h](javascript:window.__xss=21)',
  '',
  '- item [l](javascript:window.__xss=22)',
  '',
  '| <img src=x onerror=window.__xss=23> | b |',
  '|---|---|',
  '| [t](javascript:window.__xss=24) | <svg onload=window.__xss=25> |',
  '',
  '```sh',
  "echo '<img src=x onerror=window.__xss=26>' > '<svg onload=window.__xss=27>'",
  '```',
  '',
  '```goals',
  'file "<svg onload=window.__xss=27>" contains "<img"',
  'volume "<script>window.__xss=28</script>"',
  '```',
  '',
].join('\n');

const TWO_STEPS = [
  '---',
  'id: 94-two-steps',
  'title: Two steps',
  'lang: en',
  '---',
  '',
  '## Make a volume',
  '',
  '```sh',
  'docker volume create data',
  '```',
  '',
  '```goals',
  'volume data',
  '```',
  '',
  '## Make a network',
  '',
  '```sh',
  'docker network create net',
  '```',
  '',
  '```goals',
  'network net',
  '```',
  '',
].join('\n');
files['/two-steps.md'] = TWO_STEPS;

const { context, close } = await browser();
// Every page records CSP violations from its first script on.
await context.addInitScript(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
});

/** A new tab that collects page errors and console errors; `init` runs before the page's scripts. */
async function newPage(init) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  if (init) await page.addInitScript(init);
  return page;
}

/** Opens `path` (a fresh document every time, even when only the hash differs) and waits for the page and the lesson panel. */
async function open(page, path) {
  await page.goto('about:blank');
  await page.goto(server.url + path);
  await page.waitForFunction(
    () =>
      document.body.dataset.ready === 'true' &&
      window.dockling &&
      window.dockling.shell &&
      document.querySelector('[data-kind=lesson]').dataset.ready === 'true',
    null,
    { timeout: 30000 },
  );
  await settle(page);
}

/** Nothing ran, nothing active was injected, no error was logged, no CSP violation. */
async function clean(page, where) {
  await page.waitForTimeout(150);
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      xss: window.__xss ?? null,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src || s.textContent.trim()).length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      svgs: document.querySelectorAll('svg').length,
      styles: [...document.querySelectorAll('style')].filter((s) => s.textContent.includes('display:none')).length,
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.tagName),
      hrefs: [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href')).filter((h) => !/^(https?:|#|[\w.-]+\.(css|js|wasm)$|data:,$)/.test(h)),
      srcs: [...document.querySelectorAll('[src]')].map((e) => e.getAttribute('src')).filter((s) => !/^(https?:|(main|preload)\.js$)/.test(s)),
      csp: window.__csp,
      hidden: getComputedStyle(document.body).display === 'none',
    };
  });
  assert(found.xss === null, `${where}: a payload ran (window.__xss=${found.xss})`);
  assert(found.scripts === 0, `${where}: ${found.scripts} inline scripts`);
  assert(found.frames === 0, `${where}: ${found.frames} frames or objects`);
  assert(found.svgs === 0, `${where}: ${found.svgs} svg elements`);
  assert(found.styles === 0 && !found.hidden, `${where}: injected style`);
  assert(found.handlers.length === 0, `${where}: handler attributes on ${found.handlers}`);
  assert(found.hrefs.length === 0, `${where}: unsafe hrefs ${found.hrefs}`);
  assert(found.srcs.length === 0, `${where}: unsafe srcs ${found.srcs}`);
  assert(found.csp.length === 0, `${where}: CSP violations: ${found.csp.join('; ')}`);
  assert(page.errors.length === 0, `${where}: errors: ${page.errors.join(' | ')}`);
}

/** A command typed now still runs and is drawn. */
async function stillWorks(page, name) {
  await typeLine(page, `docker volume create ${name}`);
  await page.waitForFunction((n) => document.querySelector('#picture').textContent.includes(n), name, { timeout: 10000 });
}

const b64url = (text) => Buffer.from(text, 'utf8').toString('base64url');
const visibleNotice = (page, key) =>
  page.evaluate((k) => {
    const box = document.querySelector('#notice');
    const p = box.querySelector(`[data-notice="${k}"]`);
    return box.hidden || !p ? null : p.textContent;
  }, key);

let page;
let realSave = null;
try {
  page = await newPage();

  await check('the page boots under a strict CSP (no unsafe-inline or unsafe-eval) without a violation', async () => {
    await open(page, '?lang=en');
    const styled = await page.evaluate(() => ({
      adopted: document.adoptedStyleSheets.length,
      rows: document.querySelectorAll('#terminal .xterm-rows > div').length,
      height: document.querySelector('#terminal .xterm-screen').getBoundingClientRect().height,
    }));
    // xterm's styles (cell sizes, theme) arrive as constructable sheets, not blocked <style> text.
    assert(styled.adopted >= 1 && styled.rows > 0 && styled.height > 50, `terminal not styled: ${JSON.stringify(styled)}`);
    await typeLine(page, 'docker run -d --name web nginx');
    await page.waitForSelector('#picture [data-kind=container][data-name=web]');
    realSave = await page.evaluate(() => window.dockling.engine.lastGood);
    await clean(page, 'boot');
  });

  await check('index.html carries its own strict CSP (a meta tag) for hosts that send no header', async () => {
    const bare = await serve();
    try {
      const p = await newPage();
      await p.goto(bare.url);
      await p.waitForFunction(() => document.body.dataset.ready === 'true' && window.dockling && window.dockling.shell, null, { timeout: 30000 });
      const policy = await p.$eval('meta[http-equiv=Content-Security-Policy]', (m) => m.content);
      assert(!/unsafe-inline|unsafe-eval'/.test(policy.replace("'wasm-unsafe-eval'", '')), `policy: ${policy}`);
      // Markup that slipped into the page anyway could not run: inline script and handlers are blocked.
      const ran = await p.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__inline = 2');
        img.src = 'data:,x';
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 200));
        s.remove();
        img.remove();
        return window.__inline ?? null;
      });
      assert(ran === null, `inline code ran (${ran})`);
      await typeLine(p, 'docker volume create meta-csp');
      await p.waitForFunction(() => document.querySelector('#picture').textContent.includes('meta-csp'));
      await p.close();
    } finally {
      await bare.close();
    }
  });

  await check('a hostile lesson file from ?lesson=<url> renders as text, links and images only http(s)', async () => {
    files['/hostile.md'] = HOSTILE_LESSON.replace('@PIXEL@', `${server.url}pixel.png`);
    await page.evaluate(() => localStorage.clear());
    await open(page, '?lang=en&lesson=hostile.md&mode=exercise');
    const title = await page.textContent('[data-role=lesson-title]');
    assert(title === '<svg onload=window.__xss=1><script>window.__xss=2</script>', `title: ${title}`);
    await page.click('[data-kind=lesson] [data-action=begin]');
    await page.waitForSelector('[data-kind=lesson] [data-step="0"]');
    await page.click('[data-kind=lesson] [data-action=hint]');
    await page.click('[data-kind=lesson] [data-action=solution]');
    await page.click('[data-kind=lesson] .lesson-intro summary');
    const panel = await page.$eval('[data-kind=lesson]', (el) => ({
      links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      imgs: [...el.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      text: el.textContent,
    }));
    assert(JSON.stringify(panel.links) === JSON.stringify(['https://example.com/safe', '#top']), `links: ${panel.links}`);
    assert(JSON.stringify(panel.imgs) === JSON.stringify([`${server.url}pixel.png`]), `images: ${panel.imgs}`);
    for (const shown of ['<script>window.__xss=3</script>', '<div onclick="window.__xss=12">', '<a href="javascript:window.__xss=15">raw anchor</a>', 'Step 1/1 · Step <img src=x onerror=window.__xss=17>', '<style>body{display:none}</style>', '<b>code</b>', 'i1', '<javascript:window.__xss=9>']) {
      // (Underscores pair up as emphasis, `window.__xss=3 … window.__xss=4`, as in CommonMark.)
      assert(panel.text.replaceAll('_', '').includes(shown.replaceAll('_', '')), `not shown as text: ${shown}`);
    }
    // The solution, typed by the learner, writes the file and the goals are checked.
    await typeLine(page, "echo '<img src=x onerror=window.__xss=26>' > '<svg onload=window.__xss=27>'");
    await page.waitForSelector('[data-kind=lesson] [data-goal-status=met]');
    const goals = await page.$$eval('[data-kind=lesson] [data-goal]', (els) => els.map((e) => e.textContent));
    assert(goals.some((g) => g.includes('<svg onload=window.__xss=27>')), `goals: ${goals}`);
    await clean(page, 'hostile lesson');
    await stillWorks(page, 'after-lesson');
  });

  await check('?lesson= with javascript: and data: URLs is refused with a message; another site that cannot be read gets one too', async () => {
    for (const bad of ['javascript:window.__xss=40', 'data:text/markdown,%23%20x', 'JAVASCRIPT:window.__xss=41']) {
      await open(page, `?lang=en&lesson=${encodeURIComponent(bad)}`);
      const error = await page.textContent('[data-role=lesson-error]');
      assert(/Could not open the lesson/.test(error), `${bad}: error ${error}`);
      await clean(page, bad);
    }
    // Lessons on other sites load when the site allows it (issue 17); this host's strict header
    // (connect-src from default-src 'self') blocks the fetch, and the page says why.
    for (const foreign of ['//evil.example/x.md', 'https://evil.example/x.md']) {
      await open(page, `?lang=en&lesson=${encodeURIComponent(foreign)}`);
      await page.waitForFunction(() => /CORS/.test(document.querySelector('[data-role=lesson-error]')?.textContent || ''), null, { timeout: 10000 });
      const error = await page.textContent('[data-role=lesson-error]');
      assert(/Could not open the lesson/.test(error) && /evil\.example/.test(error), `${foreign}: error ${error}`);
      await page.evaluate(() => { window.__csp = window.__csp.filter((v) => !/^connect-src .*evil\.example/.test(v)); });
      page.errors.splice(0, page.errors.length, ...page.errors.filter((e) => !/evil\.example/.test(e)));
      await clean(page, foreign);
    }
    await stillWorks(page, 'after-bad-url');
  });

  await check('container, network and image names, labels and a Dockerfile with payloads stay text', async () => {
    await page.evaluate(() => localStorage.clear());
    await open(page, '?lang=en');
    const payload = '<img src=x onerror=window.__xss=50>';
    await typeLine(page, `docker run -d --name '${payload}' alpine sleep 100`);
    await typeLine(page, `docker network create '<svg onload=window.__xss=51>'`);
    await typeLine(page, `docker tag alpine 'x<script>window.__xss=52</script>'`);
    await typeLine(page, `docker run -d --name hostile -h '${payload}' -e 'A=${payload}' --label 'l=<svg onload=window.__xss=53>' alpine sleep 100`);
    await typeLine(page, `docker rename hostile '<svg onload=window.__xss=54>'`);
    const dockerfile = [
      'FROM alpine',
      `LABEL title="<svg onload=window.__xss=55>"`,
      `RUN echo '<script>window.__xss=56</script>' > /x`,
      `ENV X="<img src=x onerror=window.__xss=57>"`,
      `CMD ["sh", "-c", "echo '<iframe srcdoc=x>'"]`,
    ].join('\n');
    await page.fill('[data-role=file-path]', 'Dockerfile');
    await page.fill('[data-role=file-text]', dockerfile);
    await page.click('[data-role=file-form] button[type=submit]');
    await typeLine(page, 'docker build -t hostile-image .');
    await typeLine(page, 'docker run --rm hostile-image; docker history hostile-image; docker inspect hostile');
    await page.waitForSelector('#picture [data-kind=image]');
    const text = (await bufferText(page)).replaceAll('\n', '');
    assert(text.includes(`Invalid container name (${payload})`), 'the invalid name is refused as text');
    await clean(page, 'names and Dockerfile');
    await stillWorks(page, 'after-names');
  });

  await check('a share link of garbage base64 is refused with a message; the stored session stays', async () => {
    await page.evaluate((save) => localStorage.setItem('dockling.session', save), realSave);
    for (const garbage of ['!!!%%%<script>', '____', b64url('\u0000\u0001 not json'), Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'), '']) {
      await open(page, `?lang=en#s=${garbage}`);
      const notice = await visibleNotice(page, 'shareRefused');
      assert(notice && notice.startsWith('The share link could not be opened'), `${garbage}: notice ${notice}`);
      const text = await bufferText(page);
      assert(text.includes('# The share link could not be opened'), `${garbage}: terminal does not say so`);
      // The learner's own session was restored, not replaced.
      const history = await page.evaluate(() => window.dockling.engine.history());
      assert(history.includes('docker run -d --name web nginx'), `${garbage}: history ${history}`);
      await clean(page, `share ${garbage}`);
    }
    await stillWorks(page, 'after-garbage');
  });

  await check('a share link with a future format version, a truncated one and hand-edited types are refused', async () => {
    const doc = JSON.parse(realSave);
    const variants = {
      future: JSON.stringify({ ...doc, version: 99 }),
      truncated: b64url(realSave).slice(0, 30),
      'no version': JSON.stringify({ ...doc, version: undefined }),
      'history not a list': JSON.stringify({ ...doc, history: '<script>window.__xss=60</script>' }),
      'bad entry': JSON.stringify({ ...doc, history: [{ write: 5, content: '<svg onload=window.__xss=61>' }] }),
      'negative seed': JSON.stringify({ ...doc, seed: -1 }),
      'far future start': JSON.stringify({ ...doc, start_ms: 1e20 }),
      'too long': JSON.stringify({ ...doc, history: Array(20000).fill('true') }),
      'not a session': JSON.stringify({ format: '<img src=x onerror=window.__xss=62>', version: 1 }),
    };
    for (const [name, text] of Object.entries(variants)) {
      const encoded = name === 'truncated' ? text : b64url(text);
      await open(page, `?lang=en#s=${encoded}`);
      const notice = await visibleNotice(page, 'shareRefused');
      assert(notice, `${name}: no notice`);
      if (name === 'future') assert(notice.includes('format version 99'), `future: ${notice}`);
      const history = await page.evaluate(() => window.dockling.engine.history());
      assert(history.includes('docker run -d --name web nginx'), `${name}: the stored session was not kept: ${history}`);
      await clean(page, `share ${name}`);
    }
    await stillWorks(page, 'after-refused');
  });

  await check('a hand-edited share link with payloads and escape sequences loads as text', async () => {
    const doc = JSON.parse(realSave);
    doc.history = [
      "echo '<script>window.__xss=70</script>'",
      { write: '<img src=x onerror=window.__xss=71>', content: '<svg onload=window.__xss=72>' },
      'echo hi\u001b]0;pwned\u0007\u001b[2J\u009b31m',
      'docker run -d --name shared nginx',
    ];
    await open(page, `?lang=en#s=${b64url(JSON.stringify(doc))}`);
    // (history() lists the lines; the file write is in the save.)
    const history = await page.evaluate(() => window.dockling.engine.history());
    assert(history.length === 3 && history[2] === 'docker run -d --name shared nginx', `history: ${JSON.stringify(history)}`);
    const text = await bufferText(page);
    assert(text.includes("$ echo '<script>window.__xss=70</script>'"), 'payload line not shown');
    // The escape sequences are shown, not obeyed (the screen was not cleared, the title not set).
    assert(text.includes('echo hi^[]0;pwned^G^[[2J'), `escapes not shown: ${text.split('\n').find((l) => l.includes('echo hi'))}`);
    assert((await page.title()).startsWith('dockling'), `title: ${await page.title()}`);
    const shown = await page.textContent('#picture');
    assert(shown.includes('<img src=x onerror=window.__xss=71>'), 'the written file is not shown as text');
    assert(!page.url().includes('#s='), 'the share hash stays after loading');
    await clean(page, 'hostile share');
    await stillWorks(page, 'after-share');
  });

  await check('a corrupted session save starts fresh with a message and keeps the lesson progress beside it', async () => {
    await page.evaluate(() => localStorage.clear());
    await open(page, '?lang=en&lesson=two-steps.md&mode=exercise');
    await page.click('[data-kind=lesson] [data-action=begin]');
    await typeLine(page, 'docker volume create data');
    await page.waitForFunction(() => document.querySelector('[data-kind=lesson]').dataset.lessonStep === '1');
    const key = 'dockling.progress.94-two-steps';
    const before = await page.evaluate((k) => localStorage.getItem(k), key);
    assert(before && JSON.parse(before).step === 1, `progress: ${before}`);
    const save = await page.evaluate(() => localStorage.getItem('dockling.session'));
    for (const [name, broken] of [
      ['truncated', save.slice(0, Math.floor(save.length / 2))],
      ['future version', JSON.stringify({ ...JSON.parse(save), version: 2 })],
      ['hand-edited', save.replace('"history":[', '"history":[7,')],
      ['not JSON', '<script>window.__xss=80</script>'],
    ]) {
      await page.evaluate((b) => localStorage.setItem('dockling.session', b), broken);
      await open(page, '?lang=en&lesson=two-steps.md&mode=exercise');
      const notice = await visibleNotice(page, 'storedRefused');
      assert(notice && notice.startsWith('Your saved session could not be read'), `${name}: notice ${notice}`);
      assert((await bufferText(page)).includes('# The saved session could not be loaded'), `${name}: terminal does not say so`);
      const kept = await page.evaluate(() => localStorage.getItem('dockling.session.refused'));
      assert(kept === broken, `${name}: the refused save was not kept aside`);
      const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
      assert(after.step === 1 && after.done[0] === true, `${name}: progress lost: ${JSON.stringify(after)}`);
      const state = await page.$eval('[data-kind=lesson]', (el) => el.dataset.lessonStep);
      assert(state === '1', `${name}: the lesson did not resume at step 2 (${state})`);
      // The lesson's own session came back from the progress store.
      const history = await page.evaluate(() => window.dockling.engine.history());
      assert(history.includes('docker volume create data'), `${name}: history ${history}`);
      await clean(page, `corrupted save ${name}`);
    }
    await typeLine(page, 'docker network create net');
    await page.waitForFunction(() => document.querySelector('[data-kind=lesson]').dataset.complete === 'true');
  });

  await check('unreadable lesson progress starts the lesson over with a message, and no error', async () => {
    const key = 'dockling.progress.94-two-steps';
    for (const bad of ['{"v":1,"step":1,"done":"yes"', '{"v":2,"step":1,"done":[true,false]}', '{"v":1,"step":"<img src=x onerror=window.__xss=90>","done":{"0":true}}', 'null', '[]']) {
      await page.evaluate(([k, b]) => localStorage.setItem(k, b), [key, bad]);
      await open(page, '?lang=en&lesson=two-steps.md&mode=exercise');
      const state = await page.$eval('[data-kind=lesson]', (el) => el.dataset.lessonStep);
      assert(state === '-1', `${bad}: step ${state}`);
      const text = await bufferText(page);
      assert(text.includes('saved progress of this lesson could not be read'), `${bad}: no message`);
      await clean(page, `progress ${bad}`);
    }
    await stillWorks(page, 'after-progress');
  });

  await check('hostile completion links (#lesson-done=) never break the page or inject markup', async () => {
    await page.evaluate(() => localStorage.clear());
    const links = {
      garbage: '%%%<svg onload=window.__xss=100>',
      null: b64url('null'),
      list: b64url('[1,2]'),
      'future version': b64url(JSON.stringify({ v: 9, seed: 1, start_ms: 0, history: ['docker volume create data'], marks: [1, 2] })),
    };
    for (const [name, link] of Object.entries(links)) {
      await open(page, `?lang=en&lesson=two-steps.md#lesson-done=${link}`);
      const error = await page.textContent('[data-role=lesson-error]');
      assert(/Could not open the lesson/.test(error), `${name}: error ${error}`);
      await clean(page, `completion link ${name}`);
    }
    // A well-formed record whose history is payloads: replayed as commands, never as markup.
    const payload = {
      v: 1,
      seed: 'x',
      start_ms: -5,
      history: ["echo '<script>window.__xss=101</script>'", { write: '<img src=x onerror=window.__xss=102>', content: '<svg onload=window.__xss=103>' }, 42, null],
      marks: ['<b>', -1, 1e9],
    };
    await open(page, `?lang=en&lesson=two-steps.md#lesson-done=${b64url(JSON.stringify(payload))}`);
    await page.waitForFunction(() => document.querySelector('[data-role=verify]')?.dataset.verified === 'false', null, { timeout: 30000 });
    await clean(page, 'completion link with payloads');
    await stillWorks(page, 'after-completion');
  });

  await check('a storage that refuses every write: the page works and says so once (en and ko)', async () => {
    const full = await newPage(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    for (const lang of ['en', 'ko']) {
      await open(full, `?lang=${lang}`);
      await typeLine(full, 'docker run -d --name q1 nginx');
      await typeLine(full, 'docker volume create q2');
      await full.waitForSelector('#picture [data-kind=container][data-name=q1]');
      const notes = await full.$$eval('#notice [data-notice=notSaved]', (els) => els.map((e) => e.textContent));
      assert(notes.length === 1, `${lang}: ${notes.length} notices`);
      assert(lang === 'en' ? notes[0].includes('not being saved') : notes[0].includes('저장되지 않고'), `${lang}: ${notes[0]}`);
      assert(!(await full.$eval('#notice', (el) => el.hidden)), 'notice hidden');
      await clean(full, `full storage ${lang}`);
    }
    // The lesson progress store too: the lesson runs, the notice is still the one.
    await open(full, '?lang=en&lesson=two-steps.md&mode=exercise');
    await full.click('[data-kind=lesson] [data-action=begin]');
    await typeLine(full, 'docker volume create data');
    await full.waitForFunction(() => document.querySelector('[data-kind=lesson]').dataset.lessonStep === '1');
    const count = await full.$$eval('#notice [data-notice]', (els) => els.length);
    assert(count === 1, `${count} notices`);
    await full.click('#notice [data-role=dismiss-notice]');
    assert(await full.$eval('#notice', (el) => el.hidden), 'the notice was not dismissed');
    await stillWorks(full, 'after-full');
    await clean(full, 'full storage lesson');
    await full.close();
  });
} finally {
  await close();
  await server.close();
}
finish();
