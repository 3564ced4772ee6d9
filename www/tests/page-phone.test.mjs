// Browser tests of the page on a phone (390×844, touch): the terminal first, the lesson in a
// drawer, the picture reachable, the key bar's keys reaching the terminal, the wide mode that
// keeps a `docker ps` row on one line, and axe-core's WCAG AA rules in light and dark.

import {
  assert, assertAccessible, browser, bufferText, checker, openPage, serve, settle, typeLine, waitForText,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const box = (page, selector) => page.$eval(selector, (el) => el.getBoundingClientRect().toJSON());
const key = (page, name) => page.click(`[data-role=keybar] [data-key="${name}"]`);
const line = (page) => page.evaluate(() => window.dockling.shell.buffer.join(''));

for (const scheme of ['light', 'dark']) {
  const { context, close } = await browser({ ...PHONE, colorScheme: scheme });
  try {
    await check(`${scheme}: the terminal comes first, the lesson is a drawer over the bottom, the picture is below`, async () => {
      const page = await openPage(context, `${server.url}?lang=en&lesson=01-first-container`);
      const term = await box(page, '#terminal');
      assert(term.top < 260, `the terminal starts at ${term.top} px`);
      const bar = await box(page, '[data-role=keybar]');
      assert(bar.height > 0 && bar.top >= term.bottom - 1, `the key bar is not under the terminal: ${JSON.stringify(bar)}`);
      const lesson = await box(page, '#lesson');
      assert(lesson.top >= bar.bottom - 1, `the open drawer covers the key bar: drawer ${lesson.top}, key bar ${bar.bottom}`);
      assert(lesson.bottom <= 845, `the drawer runs off screen: ${lesson.bottom}`);
      const toggle = page.locator('[data-role=drawer-toggle]');
      assert((await toggle.getAttribute('aria-expanded')) === 'true', 'the drawer of ?lesson= is not open');
      await assertAccessible(page, `${scheme}, phone, lesson open`);
      await toggle.click();
      assert(!(await page.isVisible('#lesson')), 'the drawer did not close');
      assert((await toggle.getAttribute('aria-expanded')) === 'false', 'aria-expanded did not follow');
      // The picture: below the explanation, reachable by scrolling.
      const picture = await box(page, '.picture-panel');
      const explain = await box(page, '.explain-panel');
      assert(explain.top > term.bottom && picture.top > explain.top, `order: ${JSON.stringify({ term, explain, picture })}`);
      await page.locator('.picture-panel').scrollIntoViewIfNeeded();
      assert(await page.isVisible('.picture-panel h2'), 'the picture cannot be scrolled to');
      await toggle.click();
      assert(await page.isVisible('#lesson'), 'the drawer did not open again');
    });

    await check(`${scheme}: the hint names the key bar's keys, not keys a phone lacks`, async () => {
      const page = context.pages()[0];
      const hint = await page.locator('.hint-touch').innerText();
      assert(await page.isVisible('.hint-touch'), 'the touch hint is hidden');
      assert(!(await page.isVisible('.hint-desktop')), 'the desktop hint (Esc then Tab) shows on a phone');
      assert(/keys under the terminal/.test(hint) && /Ctrl then C/.test(hint) && /Wide/.test(hint), `hint: ${hint}`);
    });
  } finally {
    await close();
  }
}

const { context, close } = await browser(PHONE);
try {
  const page = await openPage(context, `${server.url}?lang=en`);

  await check('the key bar: Tab completes, Ctrl then C abandons the line, ↑ recalls, ← moves the cursor', async () => {
    await typeLine(page, 'clear');
    await typeLine(page, 'docker container st', false);
    await key(page, 'Tab');
    await settle(page);
    await waitForText(page, /^start {2}stats {2}stop$/m);
    assert(await page.evaluate(() => document.activeElement && document.activeElement.closest('#terminal') !== null), 'the key bar took the focus');
    await key(page, 'Ctrl');
    assert((await page.getAttribute('[data-key=Ctrl]', 'aria-pressed')) === 'true', 'Ctrl is not shown pressed');
    await page.keyboard.type('c');
    await settle(page);
    assert((await page.getAttribute('[data-key=Ctrl]', 'aria-pressed')) === 'false', 'Ctrl stayed pressed');
    assert((await line(page)) === '', `Ctrl then c did not abandon the line: ${await line(page)}`);
    assert((await bufferText(page)).includes('docker container st^C'), 'no ^C shown');
    await typeLine(page, 'echo one');
    await key(page, '↑');
    await settle(page);
    assert((await line(page)) === 'echo one', `↑ recalled ${await line(page)}`);
    await key(page, '←');
    await key(page, '←');
    await settle(page);
    await page.keyboard.type('X');
    await settle(page);
    assert((await line(page)) === 'echo oXne', `← did not move the cursor: ${await line(page)}`);
    await key(page, 'Esc');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+U');
    await settle(page);
  });

  await check("dockling's own prose (explain, help) is word-wrapped to the phone's width", async () => {
    await typeLine(page, 'clear');
    await typeLine(page, 'explain port');
    await typeLine(page, 'help');
    const rows = await page.evaluate(() => {
      const b = window.dockling.shell.term.buffer.active;
      const out = [];
      for (let i = 0; i < b.length; i += 1) out.push([b.getLine(i).isWrapped, b.getLine(i).translateToString(true)]);
      return out;
    });
    const broken = rows.filter(([wrapped]) => wrapped).map(([, text]) => text);
    assert(broken.length === 0, `rows broken mid-word by the terminal:\n${broken.join('\n')}`);
    assert(rows.some(([, text]) => text.startsWith('Port forwarding')), 'no explain output');
  });

  await check('wide mode: 150 columns that scroll sideways, a docker ps row on one line; off fits the screen again', async () => {
    const narrow = await page.evaluate(() => window.dockling.shell.term.cols);
    assert(narrow < 60, `a phone terminal of ${narrow} columns`);
    await key(page, 'wide');
    await page.waitForFunction(() => window.dockling.shell.term.cols === 150);
    assert((await page.getAttribute('[data-key=wide]', 'aria-pressed')) === 'true', 'Wide is not shown pressed');
    const scroll = await page.$eval('.term-scroll', (el) => [el.scrollWidth, el.clientWidth]);
    assert(scroll[0] > scroll[1] * 2, `the terminal does not scroll sideways: ${scroll}`);
    await typeLine(page, 'docker run -d -p 9000:3000 --name web nginx');
    await typeLine(page, 'clear');
    await typeLine(page, 'docker ps');
    const text = await waitForText(page, /nginx.*web/).catch(async (e) => { throw new Error(`${e.message}\nbuffer:\n${(await bufferText(page)).slice(-3000)}`); });
    const row = text.split('\n').find((r) => r.includes('nginx'));
    assert(/Up .*0\.0\.0\.0:9000->3000\/tcp.*web$/.test(row), `the ps row wrapped: ${JSON.stringify(row)}`);
    // Remembered for the next visit.
    await page.reload();
    await page.waitForFunction(() => window.dockling.shell && window.dockling.shell.term.cols === 150);
    await key(page, 'wide');
    await page.waitForFunction((n) => window.dockling.shell.term.cols === n, narrow);
  });
} finally {
  await close();
  await server.close();
}
finish();
