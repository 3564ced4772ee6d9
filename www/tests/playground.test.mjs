// Browser tests of the playground page: terminal editing, panels, persistence, sharing, recovery.

import { join } from 'node:path';
import {
  assert, browser, checker, openPage, screenshotsDir, serve, settle, terminalRows, terminalText, typeLine, waitForText, waitReady,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();
const foreign = [];
context.on('request', (req) => {
  const url = req.url();
  if (!url.startsWith(server.url) && !url.startsWith('data:')) foreign.push(url);
});

const history = (page) => page.evaluate(() => window.dockling.engine.history());
const lastRows = async (page, n) => (await terminalRows(page)).filter((r) => r !== '').slice(-n);

let page;
try {
  await check('page loads and shows the prompt', async () => {
    page = await openPage(context, server.url);
    const rows = await terminalRows(page);
    assert(rows.some((r) => r.startsWith('$')), `no prompt in ${JSON.stringify(rows.slice(0, 3))}`);
    const ready = await page.evaluate(() => window.dockling.readyMs);
    assert(ready > 0, 'readyMs not recorded');
  });

  await check('a command runs and its stderr is printed', async () => {
    await typeLine(page, 'foo');
    await waitForText(page, 'bash: foo: command not found');
    assert((await history(page)).at(-1) === 'foo', 'history does not end with foo');
  });

  await check('line editing: left, right, home, end, backspace, delete', async () => {
    await typeLine(page, 'xyz', false);
    await page.keyboard.press('Home');
    await page.keyboard.type('q');
    await page.keyboard.press('End');
    await page.keyboard.type('ww');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('-');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await settle(page);
    await waitForText(page, 'bash: qxy-w: command not found');
  });

  await check('history: ArrowUp recalls, ArrowDown returns to the draft', async () => {
    await page.keyboard.type('draft');
    await page.keyboard.press('ArrowUp');
    await settle(page);
    let last = (await lastRows(page, 1))[0];
    assert(last === '$ qxy-w', `ArrowUp shows ${last}`);
    await page.keyboard.press('ArrowUp');
    await settle(page);
    last = (await lastRows(page, 1))[0];
    assert(last === '$ foo', `second ArrowUp shows ${last}`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await settle(page);
    last = (await lastRows(page, 1))[0];
    assert(last === '$ draft', `ArrowDown back to the draft shows ${last}`);
  });

  await check('Ctrl-C abandons the line and prints ^C', async () => {
    const before = (await history(page)).length;
    await page.keyboard.press('Control+C');
    await settle(page);
    const rows = await lastRows(page, 2);
    assert(rows[0] === '$ draft^C' && rows[1] === '$', `rows: ${JSON.stringify(rows)}`);
    assert((await history(page)).length === before, 'Ctrl-C ran something');
  });

  await check('a foreground docker run streams logs, keeps the terminal busy, and returns on Ctrl-C', async () => {
    await typeLine(page, 'docker run --rm nginx');
    await waitForText(page, 'start worker process');
    const busy = await page.$eval('#terminal .xterm', (el) => el.dataset.following);
    assert(busy === 'true', `terminal not marked busy: ${busy}`);
    assert(await page.evaluate(() => window.dockling.engine.following()), 'engine not following');
    let rows = await lastRows(page, 1);
    assert(!rows[0].startsWith('$'), `a prompt came back while attached: ${JSON.stringify(rows)}`);
    await page.keyboard.press('Control+C');
    await settle(page);
    await waitForText(page, 'signal 2 (SIGINT) received, exiting');
    rows = await lastRows(page, 1);
    assert(rows[0] === '$', `no prompt after Ctrl-C: ${JSON.stringify(rows)}`);
    assert(!(await page.evaluate(() => window.dockling.engine.following())), 'still following after Ctrl-C');
    await typeLine(page, 'echo status=$?');
    await waitForText(page, 'status=0');
  });

  await check('Tab with no completions leaves the line alone', async () => {
    await page.keyboard.type('docker ps');
    await page.keyboard.press('Tab');
    await settle(page);
    const last = (await lastRows(page, 1))[0];
    assert(last === '$ docker ps', `line after Tab: ${last}`);
    await page.keyboard.press('Control+C');
    await settle(page);
  });

  await check('Ctrl-L clears the screen and keeps the line', async () => {
    await page.keyboard.type('kept');
    await page.keyboard.press('Control+L');
    await settle(page);
    const text = await terminalText(page);
    assert(!text.includes('command not found'), 'old output still on screen');
    assert((await lastRows(page, 1))[0] === '$ kept', 'the line was lost');
    await page.keyboard.press('Control+C');
    await settle(page);
  });

  await check('wide Korean characters edit correctly', async () => {
    await page.keyboard.type('안녕하세요');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    await page.keyboard.press('Enter');
    await settle(page);
    await waitForText(page, /bash: 안녕하X세요: command not found/);
  });

  await check('a paste of several lines runs each; a continued line shows "> "', async () => {
    const before = (await history(page)).length;
    await page.evaluate(() => window.dockling.shell.term.paste('one\ntwo\\\nthree\n'));
    await settle(page);
    // A backslash-newline joins the lines, as bash does: `two\` + `three` runs `twothree`.
    const text = await waitForText(page, 'bash: twothree: command not found');
    assert(text.includes('bash: one: command not found'), 'first pasted line did not run');
    assert(text.includes('> three'), 'no continuation prompt');
    const h = await history(page);
    assert(h.length === before + 2 && h.at(-1) === 'two\\\nthree', `history: ${JSON.stringify(h.slice(before))}`);
  });

  await check('output ANSI colours are written through', async () => {
    await page.evaluate(() => window.dockling.shell.write('\x1b[31mred\x1b[0m\n'));
    await settle(page);
    const red = await page.$$eval('#terminal .xterm-rows span', (spans) => spans.some((s) => s.textContent === 'red' && /xterm-fg-1\b/.test(s.className)));
    assert(red, 'no red span');
  });

  await check('explanation panel: English, Korean, remembered, ?lang= wins', async () => {
    await page.click('[data-lang-choice=en]');
    let panel = await page.textContent('[data-kind=explanation]');
    assert(panel.includes('What just happened'), `en panel: ${panel}`);
    await page.click('[data-lang-choice=ko]');
    panel = await page.textContent('[data-kind=explanation]');
    assert(panel.includes('방금 일어난 일'), `ko panel: ${panel}`);
    assert((await page.getAttribute('#explanations', 'lang')) === 'ko', 'panel lang not ko');
    const wb = await page.$eval('#explanations', (el) => getComputedStyle(el).wordBreak);
    assert(wb === 'keep-all', `word-break is ${wb}`);
    await page.reload();
    await waitReady(page);
    assert((await page.getAttribute('html', 'lang')) === 'ko', 'Korean not remembered');
    await page.goto(`${server.url}?lang=en`);
    await waitReady(page);
    assert((await page.getAttribute('html', 'lang')) === 'en', '?lang=en did not win');
    await page.click('[data-lang-choice=en]');
  });

  await check('reload restores the session', async () => {
    const before = await history(page);
    await page.goto(server.url);
    await waitReady(page);
    const after = await history(page);
    assert(JSON.stringify(before) === JSON.stringify(after), `history ${JSON.stringify(after)} != ${JSON.stringify(before)}`);
    await waitForText(page, `restored session (${before.length})`);
  });

  await check('a broken saved session or share link starts fresh with a note', async () => {
    const good = await page.evaluate(() => localStorage.getItem('dockling.session'));
    await page.evaluate(() => localStorage.setItem('dockling.session', '{"format":"dockling-session","version":99}'));
    await page.reload();
    await waitReady(page);
    await waitForText(page, 'could not be loaded');
    assert((await history(page)).length === 0, 'history not empty after a bad save');
    await page.goto(`${server.url}#s=%%%not-base64`);
    await waitReady(page);
    await waitForText(page, 'could not be loaded');
    await page.evaluate((g) => localStorage.setItem('dockling.session', g), good);
    await page.goto(server.url);
    await waitReady(page);
    assert((await history(page)).length > 0, 'good save not restored');
  });

  await check('undo removes the last command and restores the previous picture', async () => {
    await typeLine(page, 'first');
    const picture = await page.$eval('#picture', (el) => el.textContent);
    await typeLine(page, 'second');
    const before = await history(page);
    await page.click('#undo');
    await settle(page);
    const after = await history(page);
    assert(after.length === before.length - 1 && after.at(-1) === 'first', `history after undo: ${after.at(-1)}`);
    assert((await page.$eval('#picture', (el) => el.textContent)) === picture, 'picture differs');
    await waitForText(page, '# undone: $ second');
    await page.click('#undo');
    await page.click('#undo');
    assert((await history(page)).length === before.length - 3, 'undo is not repeatable');
  });

  await check('a share link replays the session in another browser', async () => {
    await typeLine(page, 'shared-command');
    await page.click('#share');
    const url = await page.inputValue('#share-url');
    assert(url.includes('#s='), `share url: ${url}`);
    const save = await page.evaluate(() => window.dockling.engine.lastGood);
    const other = await browser();
    try {
      const p2 = await openPage(other.context, url);
      const h2 = await history(p2);
      assert(h2.at(-1) === 'shared-command', `replayed history ends with ${h2.at(-1)}`);
      assert((await p2.evaluate(() => window.dockling.engine.lastGood)) === save, 'replayed save differs (seed or history)');
      await waitForText(p2, 'replayed shared session');
      assert(!(await p2.evaluate(() => window.location.hash)), 'hash kept after replay');
      assert(p2.errors.length === 0, `errors: ${p2.errors}`);
    } finally {
      await other.close();
    }
  });

  await check('a panic is reported and the session rebuilt from its history', async () => {
    const before = await history(page);
    await page.evaluate(() => window.dockling.engine.crashForTest());
    await page.waitForSelector('#alert:not([hidden])');
    const alert = await page.textContent('#alert');
    assert(alert.includes('panic requested by the page'), `alert: ${alert}`);
    await page.waitForFunction(() => !window.dockling.engine.recovering);
    assert(JSON.stringify(await history(page)) === JSON.stringify(before), 'history lost');
    await typeLine(page, 'after-crash');
    await waitForText(page, 'bash: after-crash: command not found');
    assert(await page.$('#alert[hidden]'), 'crash report still shown after a command');
    page.errors = page.errors.filter((e) => !/unreachable|panic/i.test(e));
  });

  await check('the file editor saves through write_file', async () => {
    await page.fill('[data-role=file-path]', 'Dockerfile');
    await page.fill('[data-role=file-text]', 'FROM node\nWORKDIR /app\n');
    await page.click('[data-role=file-form] button[type=submit]');
    const status = await page.textContent('[data-role=file-status]');
    assert(status.includes('Dockerfile'), `status: ${status}`);
  });

  await check('Reset empties the history', async () => {
    await page.click('#reset');
    await settle(page);
    assert((await history(page)).length === 0, 'history not empty');
  });

  await check('keyboard only: Tab reaches the toolbar, Esc then Tab leaves the terminal', async () => {
    await page.click('#terminal .xterm-screen');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const inTerminal = await page.evaluate(() => document.getElementById('terminal').contains(document.activeElement));
    assert(!inTerminal, 'focus stayed in the terminal');
    await page.focus('#undo');
    await page.keyboard.press('Tab');
    // Undo, then the Timeline beside it, then Reset.
    let id = await page.evaluate(() => document.activeElement.id);
    assert(id === 'timeline-toggle', `Tab from Undo went to ${id}`);
    await page.keyboard.press('Tab');
    id = await page.evaluate(() => document.activeElement.id);
    assert(id === 'reset', `Tab from the Timeline went to ${id}`);
    const outline = await page.$eval('#reset', (el) => getComputedStyle(el).outlineStyle);
    assert(outline !== 'none', 'no visible focus');
  });

  await check('picture carries data-kind sections and no page errors happened', async () => {
    assert(await page.$('#picture .pic-containers .lifecycle [data-column=running]'), 'no running column');
    assert(page.errors.length === 0, `page errors: ${page.errors.join('; ')}`);
  });

  await check('narrow and wide, light and dark: no sideways scrolling; screenshots', async () => {
    const dir = screenshotsDir();
    await typeLine(page, 'docker run hello-world');
    await page.click('[data-lang-choice=ko]');
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const [name, width] of [['narrow', 360], ['wide', 1440]]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(150);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 0, `${scheme} ${name}: ${overflow}px sideways overflow`);
        await page.screenshot({ path: join(dir, `playground-${scheme}-${name}.png`), fullPage: true });
      }
    }
  });

  await check('no request left the page\'s own server', async () => {
    assert(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
    assert(!server.requests.includes('/favicon.ico'), 'favicon requested');
  });
} finally {
  await close();
  await server.close();
}
finish();
