// Browser tests of the terminal's input: Ctrl-C copies a selection, a pasted script runs as one
// batch at native speed and stops on Ctrl-C, keys typed while a lesson types wait for it, and
// the focus goes into the terminal after Begin.

import {
  assert, browser, bufferText, checker, openPage, serve, settle, typeLine, waitForText,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser({ viewport: { width: 1280, height: 800 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });

// Commands run so far (the engine's own history is bounded).
const history = (page) => page.evaluate(() => window.dockling.timings.length);
const paste = (page, text) => page.evaluate((t) => window.dockling.shell.term.paste(t), text);
const idle = (page) => page.waitForFunction(() => !window.dockling.shell.batching, null, { timeout: 120000 });

try {
  const page = await openPage(context, `${server.url}?lang=en`);

  await check('with text selected, Ctrl-C copies it: no ^C, nothing interrupted, the line kept', async () => {
    await typeLine(page, 'clear');
    await typeLine(page, 'echo copy-me-please');
    await typeLine(page, 'docker ver', false);
    const before = await history(page);
    const row = await page.evaluate(() => {
      const buf = window.dockling.shell.term.buffer.active;
      for (let i = 0; i < buf.length; i += 1) if (buf.getLine(i).translateToString(true) === 'copy-me-please') return i;
      return -1;
    });
    assert(row >= 0, 'the echoed line is not in the buffer');
    await page.evaluate((r) => window.dockling.shell.term.select(0, r, 14), row);
    await page.keyboard.press('Control+C');
    await settle(page);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert(clip === 'copy-me-please', `the clipboard holds ${JSON.stringify(clip)}`);
    const text = await bufferText(page);
    assert(!text.includes('^C'), `Ctrl-C with a selection printed ^C:\n${text}`);
    assert((await page.evaluate(() => window.dockling.shell.buffer.join(''))) === 'docker ver', 'the line being typed was abandoned');
    assert((await history(page)) === before, 'something ran');
    // Without a selection Ctrl-C still abandons the line.
    await page.evaluate(() => window.dockling.shell.term.clearSelection());
    await page.keyboard.press('Control+C');
    await settle(page);
    assert((await bufferText(page)).includes('docker ver^C'), 'Ctrl-C without a selection did not interrupt');
  });

  await check('a pasted script prints what typing it would', async () => {
    await typeLine(page, 'clear');
    await paste(page, 'echo one\necho two\ndocker volume create data\n');
    await idle(page);
    await settle(page);
    const text = await bufferText(page);
    assert(text.trimEnd().endsWith('$ clear\n$ echo one\none\n$ echo two\ntwo\n$ docker volume create data\ndata\n$') || text.trimEnd().endsWith('$ echo one\none\n$ echo two\ntwo\n$ docker volume create data\ndata\n$'), `pasted output:\n${text}`);
    // The picture is drawn once the script has run.
    await page.waitForSelector('[data-kind=volume][data-name=data], .pic-volumes li', { timeout: 5000 });
  });

  await check('5,000 pasted lines run in seconds, not minutes', async () => {
    await typeLine(page, 'clear');
    const before = await history(page);
    const lines = Array.from({ length: 5000 }, (_, i) => `echo line-${i}`).join('\n') + '\n';
    const t0 = Date.now();
    await paste(page, lines);
    await idle(page);
    await settle(page);
    const ms = Date.now() - t0;
    console.log(`     5,000 pasted lines: ${ms} ms`);
    assert((await history(page)) - before === 5000, `ran ${(await history(page)) - before} of 5000`);
    const text = await bufferText(page);
    assert(text.includes('$ echo line-4999\nline-4999\n$'), `the last line's output is missing:\n${text.slice(-400)}`);
    assert(ms < 20000, `5,000 lines took ${ms} ms`);
  });

  await check('Ctrl-C stops a pasted script between two lines', async () => {
    await typeLine(page, 'clear');
    const before = await history(page);
    const lines = Array.from({ length: 20000 }, (_, i) => `echo stop-${i}`).join('\n') + '\n';
    await paste(page, lines);
    await page.waitForFunction((b) => window.dockling.timings.length > b + 100, before);
    await page.keyboard.press('Control+C');
    await idle(page);
    await settle(page);
    const ran = (await history(page)) - before;
    assert(ran > 100 && ran < 20000, `ran ${ran} of 20000 lines`);
    const text = (await bufferText(page)).replace(/\n+$/, '');
    assert(/\^C\n\$ ?$/.test(text), `no ^C and fresh prompt at the end:\n${text.slice(-300)}`);
    await typeLine(page, 'echo after');
    await waitForText(page, /^after$/m);
  });
} catch (e) {
  await check('the page opens', () => { throw e; });
}

await check('Begin puts the focus in the terminal; keys typed while a step plays wait, then land intact', async () => {
  const page = await openPage(context, `${server.url}?lang=en&lesson=01-first-container&speed=normal`);
  await page.click('[data-action=begin]');
  await page.waitForFunction(() => window.dockling.lesson.state.playing);
  const focused = await page.evaluate(() => Boolean(document.activeElement && document.activeElement.closest('#terminal')));
  assert(focused, `the focus is on ${await page.evaluate(() => document.activeElement && document.activeElement.outerHTML.slice(0, 80))}`);
  await page.waitForFunction(() => window.dockling.lesson.state.playing && window.dockling.shell.holds > 0);
  await page.keyboard.type('pwd');
  await page.waitForFunction(() => !window.dockling.lesson.state.playing, null, { timeout: 60000 });
  await settle(page);
  const step = await page.evaluate(() => window.dockling.lesson.state.lesson.steps[0].commands);
  const ran = await page.evaluate(() => window.dockling.engine.history());
  for (const command of step) assert(ran.includes(command), `the step's command was mangled: ${command} not in ${JSON.stringify(ran)}`);
  const line = await page.evaluate(() => window.dockling.shell.buffer.join(''));
  assert(line === 'pwd', `the held keys did not land after the replay: ${JSON.stringify(line)}`);
});

await close();
await server.close();
finish();
