// Browser tests of the explanation panel: a command with nothing new to explain keeps the
// previous explanations under a note, and concept links open the panel's glossary.

import { assert, browser, checker, openPage, serve, typeLine } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser({ viewport: { width: 1280, height: 800 } });

try {
  const page = await openPage(context, `${server.url}?lang=en`);

  await check('a command with nothing new to explain keeps the previous panel and says why', async () => {
    await typeLine(page, 'docker volume create data');
    const first = await page.$$eval('#explanations article h3', (hs) => hs.map((x) => x.textContent));
    assert(first.length > 0, 'no explanation for docker volume create');
    assert(!(await page.isVisible('[data-role=explain-kept]')), 'a note on a command that had an explanation');
    await typeLine(page, 'echo nothing-to-see');
    const kept = await page.$$eval('#explanations article h3', (hs) => hs.map((x) => x.textContent));
    assert(JSON.stringify(kept) === JSON.stringify(first), `the panel changed: ${kept} vs ${first}`);
    const note = await page.textContent('[data-role=explain-kept]');
    assert(/Nothing new to explain/.test(note) && note.includes('echo nothing-to-see'), `note: ${note}`);
    // Reset empties it again.
    await page.click('#reset');
    await page.waitForSelector('#explanations .empty');
  });

  await check('concept links open the glossary entry they name, in the page language', async () => {
    await typeLine(page, 'docker run -d --name web nginx');
    const link = page.locator('#explanations a.concept').first();
    const concept = await link.getAttribute('data-concept');
    const href = await link.getAttribute('href');
    assert(href === `#concept-${concept}`, `href ${href}`);
    const target = page.locator(`[id="concept-${concept}"]`);
    assert((await target.count()) === 1, `no glossary entry for ${concept}`);
    assert(!(await target.evaluate((d) => d.open)), 'the entry starts open');
    await link.click();
    assert(await target.evaluate((d) => d.open), 'the link did not open the entry');
    const text = await target.locator('p').textContent();
    assert(text.length > 40, `the entry has no text: ${text}`);
    assert(await page.evaluate(() => document.activeElement && document.activeElement.tagName === 'SUMMARY'), 'the focus did not follow the link');
    await page.click('[data-lang-choice="ko"]');
    await typeLine(page, 'docker stop web');
    const heading = await page.textContent('.glossary h3');
    assert(heading === '지금까지 나온 개념', `glossary heading: ${heading}`);
    await page.click('[data-lang-choice="en"]');
  });

  await check('"Reading docker ps" quotes the row on screen: its ports and its whole name', async () => {
    await page.click('#reset');
    await typeLine(page, 'docker run -d -p 8080:80 --name sweet_hellman_the_long_name nginx');
    await typeLine(page, 'docker ps');
    const guide = await page.textContent('#explanations article[data-id="guide.ps"]');
    assert(guide.includes('0.0.0.0:8080->80/tcp') && guide.includes('port 8080') && guide.includes('port 80 '), `guide: ${guide}`);
    assert(guide.includes('sweet_hellman_the_long_name'), `the name is missing or cut: ${guide}`);
    assert(!guide.includes('9000'), `the guide still quotes 9000->3000: ${guide}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
