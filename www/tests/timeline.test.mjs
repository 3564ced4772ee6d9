// The timeline (issue 18): the session's steps in a drawer, keyboard reachable; choosing one goes
// back to the state right after it, the later steps stay to go forward again until something new
// is typed (then the page says they were dropped). Undo after a save in the Files panel names that
// save and the editor shows the file as it now is (issue 19).

import { assert, browser, bufferText, checker, openPage, serve, typeLine } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

const entries = (page) => page.evaluate(() => window.dockling.engine.guard((pg) => JSON.parse(pg.timeline()), []));
const containers = (page) => page.evaluate(() => window.dockling.engine.snapshot().containers.map((c) => c.name));

/**
 * Waits until the terminal's buffer holds `needle` (the drawer can scroll the terminal out of
 * view, where xterm pauses drawing its rows).
 */
async function waitForText(page, needle, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await bufferText(page);
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`terminal never showed ${needle}; it shows:\n${text.slice(-1500)}`);
    await page.waitForTimeout(50);
  }
}

let page;
try {
  await check('the drawer lists every step, and a jump back restores the state after it', async () => {
    page = await openPage(context, `${server.url}?lang=en`);
    await typeLine(page, 'docker pull alpine');
    await typeLine(page, 'docker run -d --name first alpine sleep 1000');
    await typeLine(page, 'docker run -d --name second alpine sleep 1000');
    await typeLine(page, 'docker run -d --name third alpine sleep 1000');
    await waitForText(page, '$ ');
    assert((await containers(page)).length === 3, `containers: ${await containers(page)}`);
    const toggle = page.locator('#timeline-toggle');
    assert((await toggle.getAttribute('aria-expanded')) === 'false', 'the drawer starts open');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert((await toggle.getAttribute('aria-expanded')) === 'true', 'Enter did not open the drawer');
    const rows = await page.locator('#timeline [data-role=timeline-list] button').allTextContents();
    assert(rows.length === 4, `rows: ${rows}`);
    assert(rows[1].includes('$ docker run -d --name first'), `row 2: ${rows[1]}`);
    // The current step has focus and aria-current; arrows move between steps.
    const focused = await page.evaluate(() => document.activeElement.dataset.step);
    assert(focused === '4', `focus on step ${focused}`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert((await page.evaluate(() => document.activeElement.dataset.step)) === '2', 'arrows do not move');
    await page.keyboard.press('Enter');
    await waitForText(page, 'back to step 2/4');
    const names = await containers(page);
    assert(names.length === 1 && names[0] === 'first', `after the jump: ${names}`);
    const text = await bufferText(page);
    assert(/2 later steps kept/.test(text), 'the note does not say the later steps are kept');
    const listed = await entries(page);
    assert(listed.length === 4 && listed.filter((e) => e.done).length === 2, JSON.stringify(listed));
    assert((await page.locator('#timeline li.undone').count()) === 2, 'the undone steps are not marked');
    assert(page.errors.length === 0, `errors: ${page.errors}`);
  });

  await check('forward again to an undone step, then a new command drops the rest', async () => {
    await page.click('#timeline button[data-step="3"]');
    await waitForText(page, 'forward to step 3/4');
    assert((await containers(page)).length === 2, `after forward: ${await containers(page)}`);
    await typeLine(page, 'docker ps --format {{.Names}}');
    await waitForText(page, '1 undone steps were dropped');
    const listed = await entries(page);
    assert(listed.length === 4 && listed.every((e) => e.done), JSON.stringify(listed));
    assert(listed[3].text === 'docker ps --format {{.Names}}', listed[3].text);
    // Survives a reload: the save is the steps taken.
    await page.evaluate(() => window.dockling.engine.flush());
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.dockling.engine);
    assert((await containers(page)).length === 2, 'the jumped-to state was not saved');
  });

  await check('the start button goes back before the first command; Korean labels', async () => {
    await page.goto(`${server.url}?lang=ko`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.dockling.engine);
    await page.click('#timeline-toggle');
    assert((await page.textContent('#timeline h2')) === '타임라인', 'no Korean heading');
    await page.click('#timeline .timeline-start');
    await waitForText(page, '0/4단계로 돌아왔어요');
    assert((await containers(page)).length === 0, 'containers left at the start');
    await page.keyboard.press('Escape');
    assert(await page.locator('#timeline').isHidden(), 'Escape did not close the drawer');
  });

  await check('undo after a save in the Files panel names the save and refreshes the editor', async () => {
    await page.goto(`${server.url}?lang=en`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.dockling.engine);
    await page.click('#reset');
    await typeLine(page, 'echo before');
    await page.fill('[data-role=file-path]', 'notes.txt');
    await page.fill('[data-role=file-text]', 'first version\n');
    await page.click('#files button[type=submit]');
    await page.fill('[data-role=file-text]', 'second version\n');
    await page.click('#files button[type=submit]');
    await page.click('#undo');
    await waitForText(page, 'undone: ✎ notes.txt');
    assert((await page.inputValue('[data-role=file-text]')) === 'first version\n', 'the editor kept the undone text');
    await page.click('#undo');
    await page.waitForFunction(() => document.querySelector('[data-role=file-status]').textContent.includes('no longer on disk'));
    assert((await page.inputValue('[data-role=file-text]')) === '', 'the editor kept the text of a file that is gone');
    const read = await page.evaluate(() => window.dockling.engine.readFile('notes.txt'));
    assert(read === undefined || read === null, `file still there: ${read}`);
    // Undo of a typed line still names the line.
    await page.click('#undo');
    await waitForText(page, 'undone: $ echo before');
    assert(page.errors.length === 0, `errors: ${page.errors}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
