// Nothing lost (issue 18): a share link opened over a different saved session keeps the saved one
// as a second slot, the page says so, and the learner can switch between the two; both survive a
// reload. A share link of the very session already saved keeps nothing and says nothing.

import { assert, browser, checker, openPage, serve, typeLine, waitForText } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

const history = (page) => page.evaluate(() => window.dockling.engine.history());
const stored = (page, key) => page.evaluate((k) => window.localStorage.getItem(k), key);
const shareOf = (doc) => `${server.url}#s=${Buffer.from(JSON.stringify(doc)).toString('base64url')}`;
const shared = { format: 'dockling-session', version: 1, seed: 5, start_ms: 1767225600000, history: ['echo from-a-friend'] };

let page;
try {
  await check('a share link over another saved session keeps that one as a second slot', async () => {
    page = await openPage(context, server.url);
    await typeLine(page, 'echo my-own-work');
    await waitForText(page, 'my-own-work');
    await page.evaluate(() => window.dockling.engine.flush());
    const mine = await stored(page, 'dockling.session');
    assert(mine && mine.includes('echo my-own-work'), `saved: ${mine}`);
    await page.goto('about:blank');
    page = await openPage(context, shareOf(shared));
    const h = await history(page);
    assert(h.at(-1) === 'echo from-a-friend', `shared history: ${h}`);
    assert((await stored(page, 'dockling.session.previous')) === mine, 'the own session is not in the second slot');
    assert((await stored(page, 'dockling.session')).includes('from-a-friend'), 'the shared session is not the current one');
    const notice = await page.textContent('#notice [data-notice="previousKept"]');
    assert(/second slot/.test(notice), `notice: ${notice}`);
    assert(await page.isVisible('#notice'), 'the notice is hidden');
    await waitForText(page, 'your own saved session was kept');
    assert(page.errors.length === 0, `errors: ${page.errors}`);
  });

  await check('switching brings the own session back and keeps the shared one', async () => {
    await page.click('[data-role="switch-sessions"]');
    await waitForText(page, 'switched to the other kept session');
    const h = await history(page);
    assert(h.at(-1) === 'echo my-own-work', `after switching: ${h}`);
    assert((await stored(page, 'dockling.session.previous')).includes('from-a-friend'), 'the shared session was not kept');
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.dockling && window.dockling.engine);
    assert((await history(page)).at(-1) === 'echo my-own-work', 'the own session did not survive a reload');
    assert((await stored(page, 'dockling.session.previous')).includes('from-a-friend'), 'the second slot did not survive a reload');
    // And back again: the two swap places, nothing is dropped.
    await page.evaluate(() => window.dockling.engine.swapWithKept());
    assert((await history(page)).at(-1) === 'echo from-a-friend', 'switching back failed');
    assert((await stored(page, 'dockling.session.previous')).includes('my-own-work'), 'switching back lost the own session');
  });

  await check('a share link of the session already saved keeps nothing and says nothing', async () => {
    await page.evaluate(() => window.localStorage.removeItem('dockling.session.previous'));
    const current = await page.evaluate(() => window.dockling.engine.lastGood);
    await page.goto('about:blank');
    page = await openPage(context, shareOf(JSON.parse(current)));
    assert((await stored(page, 'dockling.session.previous')) === null, 'a second slot was written for the same session');
    assert((await page.$('#notice [data-notice="previousKept"]')) === null, 'the page spoke of a kept session');
  });
} finally {
  await close();
  await server.close();
}
finish();
