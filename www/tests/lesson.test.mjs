// Browser tests of the lesson panel (www/src/lesson.js): lesson 1 played as a tutorial to the end,
// an exercise done by typing (goals turn from pending to met, progress survives a reload, the
// completion link replays and verifies), and hostile lesson text rendered as text.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, browser, bufferText, checker, DIST, screenshotsDir, serve, settle, typeLine } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

/** Opens `path` and waits for the page and the lesson panel. */
async function open(page, path) {
  await page.goto(server.url + path);
  await page.waitForFunction(
    () => document.body.dataset.ready === 'true' && document.querySelector('[data-kind=lesson]').dataset.ready === 'true',
    null,
    { timeout: 30000 },
  );
}

/** Waits until the panel is not playing (a step's commands typed, a link replayed). */
const idle = (page, timeout = 60000) =>
  page.waitForFunction(() => document.querySelector('[data-kind=lesson]').dataset.playing === 'false', null, { timeout });

const goals = (page, step) =>
  page.$$eval(`[data-kind=lesson] [data-step="${step}"] [data-goal]`, (els) =>
    els.map((e) => ({ goal: e.dataset.goal, status: e.dataset.goalStatus, text: e.textContent })),
  );

const newPage = async () => {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return page;
};

let page;
let link = null;
try {
  await check('the lesson list offers every built-in lesson (lessons/index.json)', async () => {
    page = await newPage();
    await open(page, '?lang=en');
    const options = await page.$$eval('[data-kind=lesson] [data-role=lesson-choice] option', (os) => os.map((o) => o.value).filter(Boolean));
    const index = JSON.parse(readFileSync(new URL('../../lessons/index.json', import.meta.url), 'utf8'));
    const ids = new Set((index.lessons || index).map((l) => l.id));
    assert(options.length === ids.size && options.length >= 9 && options[0] === '01-first-container', `options: ${options}`);
  });

  await check('replay: lesson 1 at instant speed plays to the end with every goal met', async () => {
    await open(page, '?lang=en&lesson=01-first-container&speed=instant');
    const title = await page.textContent('[data-role=lesson-title]');
    assert(title === 'Your first image and container', `title: ${title}`);
    await page.click('[data-kind=lesson] [data-action=begin]');
    await idle(page);
    const steps = await page.$$eval('[data-kind=lesson] [data-step]', (els) => els.length);
    assert(steps === 1, `after begin ${steps} steps shown`);
    for (let i = 1; i < 11; i += 1) {
      await page.click('[data-kind=lesson] [data-action=next]');
      await page.waitForFunction((n) => document.querySelector('[data-kind=lesson]').dataset.lessonStep === String(n), i);
      await idle(page);
      const g = await goals(page, i);
      const pending = g.filter((x) => x.status !== 'met');
      assert(pending.length === 0, `step ${i + 1}: not met: ${JSON.stringify(pending)}`);
    }
    const text = await bufferText(page);
    for (const needle of ['$ docker image build -t hahava/express-server:0.0.1 .', 'EJSONPARSE', 'hello world', 'Login Succeeded', '$ docker image push hahava/express-server:0.0.1']) {
      assert(text.includes(needle), `terminal lacks ${needle}`);
    }
    const last = await goals(page, 10);
    assert(last.length === 2 && last.every((x) => x.status === 'met'), `last step goals: ${JSON.stringify(last)}`);
    assert(last[0].text.length > 5, 'goal has no description text');
    const next = await page.$('[data-kind=lesson] [data-action=next]');
    assert(await next.isDisabled(), 'next still enabled at the end');
    assert(page.errors.length === 0, `page errors: ${page.errors}`);
    await page.screenshot({ path: join(screenshotsDir(), 'lesson-replay.png') });
  });

  await check('replay: previous step rebuilds the session and plays that step again', async () => {
    await page.click('[data-kind=lesson] [data-action=previous]');
    await page.waitForFunction(() => document.querySelector('[data-kind=lesson]').dataset.lessonStep === '9');
    await idle(page);
    const g = await goals(page, 9);
    assert(g.length === 1 && g[0].status === 'met', `step 10 goals: ${JSON.stringify(g)}`);
    const history = await page.evaluate(() => window.dockling.engine.history());
    assert(!history.some((l) => l.startsWith('docker login')), 'step 11 still in the session');
  });

  await check('replay at normal speed types the commands visibly', async () => {
    await page.evaluate(() => localStorage.removeItem('dockling.progress.02-container-lifecycle'));
    await open(page, '?lang=en&lesson=02-container-lifecycle&speed=normal');
    await page.click('[data-kind=lesson] [data-action=begin]');
    const first = await page.evaluate(() => window.dockling.lesson.state.lesson.steps[0].commands[0]);
    // Part of the command is on the screen before all of it is.
    const partial = first.slice(0, Math.ceil(first.length / 2));
    await page.waitForFunction((p) => {
      const buf = window.dockling.shell.term.buffer.active;
      for (let i = 0; i < buf.length; i += 1) if (buf.getLine(i).translateToString(true).startsWith(`$ ${p}`)) return true;
      return false;
    }, partial, { timeout: 20000, polling: 10 });
    assert((await page.$eval('[data-kind=lesson]', (el) => el.dataset.playing)) === 'true', 'not playing while typing');
    await idle(page);
    const g = await goals(page, 0);
    assert(g.every((x) => x.status === 'met'), `goals: ${JSON.stringify(g)}`);
  });

  await check('the page\'s Reset takes the lesson back to its start', async () => {
    await page.click('#reset');
    await page.waitForFunction(() => document.querySelector('[data-kind=lesson]').dataset.lessonStep === '-1');
    assert(await page.$('[data-kind=lesson] [data-action=begin]'), 'no begin button after reset');
  });

  await check('exercise: typing a step turns its goals from pending to met and advances', async () => {
    await page.evaluate(() => localStorage.clear());
    await open(page, '?lang=en&lesson=01-first-container&mode=exercise');
    await page.click('[data-kind=lesson] [data-action=begin]');
    await page.waitForSelector('[data-kind=lesson] [data-step="0"].current');
    // Exercise mode hides the commands until asked.
    assert(!(await page.$('[data-kind=lesson] [data-step="0"] [data-role=commands]')), 'commands shown in exercise mode');
    await page.click('[data-kind=lesson] [data-step="0"] [data-action=solution]');
    const solution = await page.textContent('[data-kind=lesson] [data-step="0"] [data-role=commands]');
    assert(solution.includes('$ docker image ls'), `solution: ${solution}`);
    // The first step's goals are what the learner types (`ran` goals): pending until typed.
    let g = await goals(page, 0);
    assert(g.length === 2 && g.every((x) => x.status === 'pending'), `step 1 before: ${JSON.stringify(g)}`);
    await typeLine(page, 'docker image ls');
    await typeLine(page, 'docker container ls -a');
    await page.waitForSelector('[data-kind=lesson] [data-step="1"].current');
    g = await goals(page, 1);
    assert(g.length === 2 && g.every((x) => x.status === 'pending'), `before: ${JSON.stringify(g)}`);
    await typeLine(page, 'cd express-server');
    g = await goals(page, 1);
    assert(g.every((x) => x.status === 'met'), `after cd: ${JSON.stringify(g)}`);
    const current = await page.$eval('[data-kind=lesson]', (el) => el.dataset.lessonStep);
    assert(current === '2', `current step ${current}`);
    await typeLine(page, 'cat Dockerfile');
    await page.waitForSelector('[data-kind=lesson] [data-step="3"].current');
    assert(!(await page.$('[data-kind=lesson] [data-step="3"] [data-role=hint]')), 'hint shown before asked');
    await page.click('[data-kind=lesson] [data-step="3"] [data-action=hint]');
    const hint = await page.textContent('[data-kind=lesson] [data-step="3"] [data-role=hint]');
    assert(hint.includes('package.json'), `hint: ${hint}`);
    await typeLine(page, 'docker image build -t hahava/express-server:0.0.1 .');
    await page.waitForSelector('[data-kind=lesson] [data-step="4"].current');
    g = await goals(page, 4);
    assert(g.length === 2 && g.every((x) => x.status === 'pending'), `step 5 before: ${JSON.stringify(g)}`);
    await typeLine(page, 'docker image ls');
    g = await goals(page, 4);
    assert(g.every((x) => x.status === 'pending'), `step 5 after ls: ${JSON.stringify(g)}`);
    await typeLine(page, 'docker image build -t hahava/express-server:0.0.1 .');
    g = await goals(page, 4);
    assert(g.length === 2 && g.every((x) => x.status === 'met'), `step 5 after build: ${JSON.stringify(g)}`);
    assert(g.some((x) => x.goal === 'cached 1'), 'no cached goal');
  });

  await check('exercise: progress survives a reload', async () => {
    const key = await page.evaluate(() => localStorage.getItem('dockling.progress.01-first-container'));
    assert(key && JSON.parse(key).step === 5, `progress: ${key}`);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-kind=lesson]')?.dataset.ready === 'true', null, { timeout: 30000 });
    const state = await page.$eval('[data-kind=lesson]', (el) => ({ step: el.dataset.lessonStep, mode: el.dataset.mode }));
    assert(state.step === '5' && state.mode === 'exercise', `after reload: ${JSON.stringify(state)}`);
    const g = await goals(page, 4);
    assert(g.every((x) => x.status === 'met'), `step 5 after reload: ${JSON.stringify(g)}`);
  });

  await check('exercise: finishing every step gives a completion link', async () => {
    // The learner finishes with the lesson's own commands (read from "show solution").
    for (let i = 5; i < 11; i += 1) {
      await page.waitForSelector(`[data-kind=lesson] [data-step="${i}"].current`);
      const commands = await page.evaluate((n) => window.dockling.lesson.state.lesson.steps[n].commands, i);
      for (const c of commands) await typeLine(page, c);
    }
    await page.waitForSelector('[data-kind=lesson] [data-role=completion-link]');
    link = await page.inputValue('[data-role=completion-link]');
    assert(link.includes('lesson=01-first-container') && link.includes('#lesson-done='), `link: ${link}`);
    assert(page.errors.length === 0, `page errors: ${page.errors}`);
  });

  await check('the completion link replays the session and shows every goal met', async () => {
    const teacher = await newPage();
    await teacher.evaluate(() => 0);
    await open(teacher, link.slice(server.url.length));
    await idle(teacher, 90000);
    const verdict = await teacher.$eval('[data-role=verify]', (el) => el.dataset.verified);
    const all = await teacher.$$eval('[data-kind=lesson] [data-goal]', (els) => els.map((e) => e.dataset.goalStatus));
    assert(verdict === 'true', `verified: ${verdict}`);
    assert(all.length > 10 && all.every((s) => s === 'met'), `statuses: ${all}`);
    const text = await bufferText(teacher);
    assert(text.includes('$ cd express-server'), 'the learner\'s commands were not replayed in the terminal');
    await teacher.close();
  });

  await check('hostile lesson text from a file renders as text', async () => {
    const hostile = [
      '---',
      'id: 99-hostile',
      'title: "<img src=x onerror=window.pwned=1>"',
      'lang: en',
      '---',
      '',
      'Intro <script>window.pwned=1</script> and [click](javascript:window.pwned=1).',
      '',
      '## Step <b>bold</b>',
      '',
      '<img src=x onerror="window.pwned=1"> and [ok](https://example.com/) and [rel](/x).',
      '',
      '> **Hint:** <script>window.pwned=2</script>',
      '',
      '```sh',
      'docker run -d --name web nginx',
      '```',
      '',
      '```goals',
      'container web running',
      '```',
      '',
    ].join('\n');
    await page.setInputFiles('[data-kind=lesson] [data-role=lesson-file]', { name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) });
    await page.waitForFunction(() => document.querySelector('[data-role=lesson-title]')?.textContent.includes('<img'));
    await page.click('[data-kind=lesson] [data-action=begin]');
    await idle(page);
    const panel = await page.$('[data-kind=lesson]');
    const found = await panel.evaluate((el) => ({
      scripts: el.querySelectorAll('script').length,
      imgs: el.querySelectorAll('img').length,
      bold: el.querySelectorAll('b').length,
      hrefs: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      text: el.textContent,
    }));
    assert(found.scripts === 0 && found.imgs === 0 && found.bold === 0, `elements: ${JSON.stringify(found)}`);
    assert(found.hrefs.every((h) => /^https?:/.test(h)), `hrefs: ${found.hrefs}`);
    assert(found.hrefs.includes('https://example.com/'), `https link lost: ${found.hrefs}`);
    assert(found.text.includes('<script>window.pwned=1</script>'), 'script not shown as text');
    assert(found.text.includes('<img src=x onerror="window.pwned=1">'), 'prose HTML not shown as text');
    await page.waitForTimeout(200);
    assert((await page.evaluate(() => window.pwned)) === undefined, 'hostile code ran');
  });

  await check('lesson Markdown: headings, emphasis, code, lists, quotes, tables and links', async () => {
    const md = [
      '---', 'id: 96-md', 'title: Markdown', 'lang: en', '---', '',
      'Intro with **strong**, *em*, `code <b>`, a [link](https://docs.docker.com/) and snake_case_words.', '',
      '### A sub heading', '',
      '- one', '- two *x*', '', '1. first', '2. second', '',
      '> a quote', '',
      '| a | b |', '|---|---|', '| 1 | `2` |', '',
      '```json', '{"a": "<i>"}', '```', '',
      '## Step', '', 'Text.', '',
    ].join('\n');
    await page.setInputFiles('[data-kind=lesson] [data-role=lesson-file]', { name: 'md.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
    await page.waitForFunction(() => document.querySelector('[data-role=lesson-title]')?.textContent === 'Markdown');
    const got = await page.$eval('[data-kind=lesson] .lesson-intro', (el) => ({
      strong: [...el.querySelectorAll('strong')].map((e) => e.textContent),
      em: [...el.querySelectorAll('em')].map((e) => e.textContent),
      code: [...el.querySelectorAll('p code, td code')].map((e) => e.textContent),
      links: [...el.querySelectorAll('a')].map((e) => e.href),
      h: [...el.querySelectorAll('h5')].map((e) => e.textContent),
      ul: el.querySelectorAll('ul > li').length,
      ol: el.querySelectorAll('ol > li').length,
      quote: el.querySelector('blockquote')?.textContent.trim(),
      cells: [...el.querySelectorAll('table td')].map((e) => e.textContent),
      pre: el.querySelector('pre code')?.textContent,
      text: el.textContent,
    }));
    const want = { strong: ['strong'], em: ['em', 'x'], code: ['code <b>', '2'], links: ['https://docs.docker.com/'], h: ['A sub heading'], ul: 2, ol: 2, quote: 'a quote', cells: ['1', '2'], pre: '{"a": "<i>"}' };
    for (const [k, v] of Object.entries(want)) assert(JSON.stringify(got[k]) === JSON.stringify(v), `${k}: ${JSON.stringify(got[k])}`);
    assert(got.text.includes('snake_case_words'), 'underscores inside words were taken for emphasis');
  });

  await check('a lesson file dropped on the panel opens', async () => {
    await page.evaluate(() => {
      const text = '---\nid: 97-drop\ntitle: Dropped lesson\nlang: en\n---\n\n## One\n\n```sh\ndocker ps\n```\n';
      const data = new DataTransfer();
      data.items.add(new File([text], 'drop.md', { type: 'text/markdown' }));
      document.querySelector('[data-kind=lesson]').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelector('[data-role=lesson-title]')?.textContent === 'Dropped lesson');
    assert(page.url().includes('lesson=local'), `url: ${page.url()}`);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-kind=lesson]')?.dataset.ready === 'true', null, { timeout: 30000 });
    const title = await page.textContent('[data-role=lesson-title]');
    assert(title === 'Dropped lesson', `after reload: ${title}`);
  });

  await check('a broken lesson file reports the line of the problem', async () => {
    await page.setInputFiles('[data-kind=lesson] [data-role=lesson-file]', { name: 'bad.md', mimeType: 'text/markdown', buffer: Buffer.from('---\nid: x\ntitle: t\nlang: en\n---\n## s\n\n```goals\nfly away\n```\n') });
    const error = await page.textContent('[data-role=lesson-error]');
    assert(/line \d+/.test(error), `error: ${error}`);
  });

  await check('?lesson=<url> opens a same-origin lesson file; a non-http address is refused', async () => {
    writeFileSync(join(DIST, 'test-lesson.md'), '---\nid: 98-url\ntitle: From a URL\nlang: en\n---\n\n## Only step\n\n```sh\ndocker volume create data\n```\n\n```goals\nvolume data\n```\n');
    try {
      await open(page, '?lang=en&lesson=test-lesson.md&mode=exercise');
      assert((await page.textContent('[data-role=lesson-title]')) === 'From a URL', 'url lesson not opened');
      await page.click('[data-kind=lesson] [data-action=begin]');
      await page.waitForSelector('[data-kind=lesson] [data-step="0"] [data-goal-status=pending]');
      await typeLine(page, 'docker volume create data');
      await page.waitForSelector('[data-kind=lesson] [data-step="0"] [data-goal="volume data"][data-goal-status=met]');
      await page.waitForSelector('[data-role=completion-link]');
      await open(page, '?lang=en&lesson=javascript:alert(1)');
      const error = await page.textContent('[data-role=lesson-error]');
      assert(/only http\(s\) addresses/.test(error), `error: ${error}`);
    } finally {
      rmSync(join(DIST, 'test-lesson.md'), { force: true });
    }
  });

  await check('switching the page to Korean shows the lesson in Korean', async () => {
    await open(page, '?lesson=02-container-lifecycle');
    await page.click('[data-lang-choice=ko]');
    await settle(page);
    const lang = await page.$eval('[data-kind=lesson]', (el) => el.lang);
    assert(lang === 'ko', `panel lang ${lang}`);
  });
  await check('every built-in lesson, in both languages, replays with every goal met', async () => {
    const ids = await page.$$eval('[data-kind=lesson] [data-role=lesson-choice] option', (os) => os.map((o) => o.value).filter(Boolean));
    const problems = [];
    for (const lang of ['en', 'ko']) {
      for (const id of ids) {
        await page.evaluate(() => localStorage.clear());
        await open(page, `?lang=${lang}&lesson=${id}&speed=instant`);
        await page.click('[data-kind=lesson] [data-action=begin]');
        await idle(page);
        const n = await page.evaluate(() => window.dockling.lesson.state.lesson.steps.length);
        for (let i = 1; i < n; i += 1) {
          await page.click('[data-kind=lesson] [data-action=next]');
          await page.waitForFunction((k) => document.querySelector('[data-kind=lesson]').dataset.lessonStep === String(k), i);
          await idle(page);
        }
        const pending = await page.$$eval('[data-goal-status=pending]', (els) => els.map((e) => `${e.closest('[data-step]').dataset.step}: ${e.dataset.goal}`));
        if (pending.length) problems.push(`${lang}/${id}: ${pending.join(', ')}`);
      }
    }
    assert(problems.length === 0, problems.join('; '));
    assert(page.errors.length === 0, `page errors: ${page.errors}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
