// Browser tests of accessibility: axe-core's WCAG 2.x A/AA rules report nothing after the seed
// tutorial (lesson 1 played through) in light and dark, at desktop and phone size, with the
// lesson open; terminal output reaches the accessibility tree; dim terminal text meets AA; the
// terminal's colours (a selection, 24-bit colours) cause no CSP errors under the page's policy.

import {
  assert, assertAccessible, browser, checker, openPage, serve, settle, typeLine,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();

/** Plays every step of the open lesson in replay mode at instant speed. */
async function playLesson(page) {
  const done = () => page.evaluate(() => window.dockling.lesson.state.done.filter(Boolean).length);
  const idle = () => page.waitForFunction(() => !window.dockling.lesson.state.playing, null, { timeout: 60000 });
  await page.click('[data-action=begin]');
  await page.waitForFunction(() => window.dockling.lesson.state.done[0]);
  for (let i = 0; i < 40; i += 1) {
    await idle();
    if (await page.evaluate(() => window.dockling.lesson.state.complete)) break;
    const before = await done();
    await page.click('[data-action=next]');
    await page.waitForFunction((n) => window.dockling.lesson.state.done.filter(Boolean).length > n, before, { timeout: 60000 });
  }
  await idle();
  await settle(page);
  assert(await page.evaluate(() => window.dockling.lesson.state.complete), 'the lesson did not complete');
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
for (const scheme of ['light', 'dark']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const { context, close } = await browser({ viewport, colorScheme: scheme, ...(size === 'phone' ? { hasTouch: true, isMobile: true } : {}) });
    try {
      await check(`${scheme}, ${size}: no axe violations after the seed tutorial with the lesson open, no console errors`, async () => {
        const page = await openPage(context, `${server.url}?lang=${size === 'phone' ? 'ko' : 'en'}&lesson=01-first-container&speed=instant`);
        await assertAccessible(page, `${scheme} ${size} before`);
        await playLesson(page);
        await typeLine(page, 'docker ps');
        await assertAccessible(page, `${scheme} ${size} after the tutorial`);
        assert(page.errors.length === 0, `console errors:\n${page.errors.join('\n')}`);
      });

      if (size === 'desktop') {
        await check(`${scheme}: dim terminal text meets 4.5:1 against the terminal`, async () => {
          const page = context.pages()[0];
          await typeLine(page, "printf '\\033[2mdimmed words\\033[0m\\n'");
          const [fg, bg] = await page.evaluate(() => {
            const span = [...document.querySelectorAll('#terminal .xterm-rows .xterm-dim')].find((s) => s.textContent.includes('dimmed words'));
            // The theme's background, as xterm paints it behind the rows.
            const probe = document.createElement('i');
            probe.style.color = window.dockling.shell.term.options.theme.background;
            document.body.append(probe);
            const bg = getComputedStyle(probe).color;
            probe.remove();
            return [getComputedStyle(span).color, bg];
          });
          const ratio = contrast(fg, bg);
          console.log(`     dim ${fg} on ${bg}: ${ratio.toFixed(2)}:1`);
          assert(ratio >= 4.5, `dim text ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
        });
      }
    } finally {
      await close();
    }
  }
}

const { context, close } = await browser({ viewport: SIZES.desktop });
try {
  const page = await openPage(context, `${server.url}?lang=en`);

  await check('terminal output reaches the accessibility tree through a live log', async () => {
    await typeLine(page, "printf '\\033[1mhello-screen-reader\\033[0m\\n'");
    const log = page.locator('#terminal + [role=log]');
    assert((await log.getAttribute('aria-live')) === 'polite', 'the log is not a polite live region');
    const tree = await log.ariaSnapshot();
    assert(tree.includes('hello-screen-reader'), `the output is not in the accessibility tree: ${tree}`);
    assert(!tree.includes('\x1b') && !tree.includes('[1m'), `escape sequences reach the reader: ${tree}`);
    // Typed text (no key events, as phone keyboards and IMEs send it) still reaches the line.
    await page.keyboard.insertText('안녕');
    await settle(page);
    assert((await page.evaluate(() => window.dockling.shell.buffer.join(''))) === '안녕', 'inserted text was dropped');
    await page.keyboard.press('Control+C');
    await settle(page);
  });

  await check('a selection and 24-bit colours are drawn without CSP errors (the page has no unsafe-inline)', async () => {
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert(!/unsafe-inline/.test(csp), `the policy allows inline styles: ${csp}`);
    await typeLine(page, "printf '\\033[38;2;200;10;10mtrue-red\\033[0m \\033[48;2;0;90;0mon-green\\033[0m\\n'");
    await page.evaluate(() => window.dockling.shell.term.selectAll());
    await page.waitForTimeout(200);
    const colours = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('#terminal .xterm-rows span')];
      const red = spans.find((s) => s.textContent === 'true-red');
      return { selected: spans.some((s) => s.style.backgroundColor), red: red && getComputedStyle(red).color };
    });
    assert(colours.selected, 'the selection has no background');
    await page.evaluate(() => window.dockling.shell.term.clearSelection());
    await page.waitForTimeout(200);
    const red = await page.evaluate(() => {
      const span = [...document.querySelectorAll('#terminal .xterm-rows span')].find((s) => s.textContent === 'true-red');
      return span && getComputedStyle(span).color;
    });
    assert(red === 'rgb(200, 10, 10)', `the 24-bit colour was lost: ${red}`);
    assert(page.errors.length === 0, `console errors:\n${page.errors.join('\n')}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
