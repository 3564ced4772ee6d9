// Browser tests of a first visit: the greeting while the engine loads, Korean from the first
// paint at ?lang=ko, `help` in the page's language, and a terminal wide enough for Docker's tables.

import {
  assert, browser, bufferText, checker, openPage, serve, terminalRows, typeLine, waitForText, waitReady,
} from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser({ viewport: { width: 1280, height: 800 } });

try {
  await check('?lang=ko: the greeting and the labels are Korean while the wasm loads, then it offers help and lesson 1', async () => {
    const page = context.pages()[0] || (await context.newPage());
    // Hold the wasm back so the loading state can be seen.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/dockling_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}?lang=ko`);
    await waitForText(page, '도커 엔진을 불러오는 중…');
    const heading = await page.textContent('#term-title');
    assert(heading === '터미널', `terminal heading while loading: ${heading}`);
    const text = (await terminalRows(page)).join('\n');
    assert(text.includes('dockling에 오신 걸 환영해요'), `no Korean welcome:\n${text}`);
    assert(!/Loading|Welcome/.test(text), `English in the Korean greeting:\n${text}`);
    // The progress line moves (elapsed seconds) while it waits.
    const before = text.match(/불러오는 중… ([\d.]+) s/);
    await page.waitForTimeout(400);
    const after = (await terminalRows(page)).join('\n').match(/불러오는 중… ([\d.]+) s/);
    assert(before && after && Number(after[1]) > Number(before[1]), `progress did not move: ${before} → ${after}`);
    release();
    await waitReady(page);
    const ready = await bufferText(page);
    assert(ready.includes('도커 엔진이 준비됐어요.'), `no ready line:\n${ready}`);
    assert(!ready.includes('불러오는 중'), `the loading line stayed:\n${ready}`);
    assert(/help\s+이 컴퓨터에서 쓸 수 있는 명령어를 알려 줘요/.test(ready), `no help offer:\n${ready}`);
    assert(ready.includes('레슨 1 “첫 이미지와 첫 컨테이너”'), `no lesson 1 offer:\n${ready}`);
    assert(ready.includes('?lesson=01-first-container'), `no lesson link:\n${ready}`);
    assert((await terminalRows(page)).some((r) => r.startsWith('$')), 'no prompt after the greeting');
    await page.unroute('**/dockling_bg.wasm');
  });

  await check('help prints Korean on a Korean page', async () => {
    const page = await openPage(context, `${server.url}?lang=ko`);
    await typeLine(page, 'help');
    await waitForText(page, '컨테이너 목록을 보여 줘요');
    const text = await bufferText(page);
    assert(text.includes('dockling: 배우면서 써 보는 도커예요.'), `help is not Korean:\n${text}`);
    assert(!text.includes('list containers'), `English help on a Korean page:\n${text}`);
  });

  await check('help prints English on an English page, and follows a switch to 한국어', async () => {
    const page = await openPage(context, `${server.url}?lang=en`);
    const greeting = await bufferText(page);
    assert(greeting.includes('Welcome to dockling') && greeting.includes('The Docker engine is ready.'), `no English greeting:\n${greeting}`);
    await typeLine(page, 'help');
    await waitForText(page, 'list containers');
    await page.click('[data-lang-choice="ko"]');
    await typeLine(page, 'clear');
    await typeLine(page, 'help');
    await waitForText(page, '컨테이너 목록을 보여 줘요');
  });

  await check('at 1280×800 the terminal is at least 120 columns and a docker ps row fits one row', async () => {
    const page = await openPage(context, `${server.url}?lang=en`);
    const cols = await page.evaluate(() => window.dockling.shell.term.cols);
    console.log(`     terminal: ${cols} columns at 1280×800`);
    // 120 at least; 149 is the seed tutorial's `docker ps` row (an express app on 9000->3000).
    assert(cols >= 149, `the terminal has ${cols} columns at 1280 px`);
    await typeLine(page, 'docker run -d -p 8080:80 --name web nginx');
    await waitForText(page, /^[0-9a-f]{64}$/m, 20000);
    await typeLine(page, 'clear');
    await typeLine(page, 'docker ps');
    const rows = await waitForText(page, /nginx.*web/);
    const row = rows.split('\n').find((r) => r.includes('nginx'));
    assert(/Up .*0\.0\.0\.0:8080->80\/tcp.*web$/.test(row), `the ps row wrapped: ${JSON.stringify(row)}`);
    const header = rows.split('\n').find((r) => r.startsWith('CONTAINER ID'));
    assert(header && header.endsWith('NAMES'), `the header wrapped: ${JSON.stringify(header)}`);
  });

  await check('at 1920×1080 the picture sits beside a terminal of 149 columns or more', async () => {
    const page = await openPage(context, `${server.url}?lang=en`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => window.dockling.shell.term.cols >= 149, null, { timeout: 5000 });
    const [term, picture] = await Promise.all(['.term-panel', '.picture-panel'].map((s) => page.$eval(s, (el) => el.getBoundingClientRect().toJSON())));
    assert(picture.left >= term.right && picture.top < term.bottom, `the picture is not beside the terminal: ${JSON.stringify({ term, picture })}`);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('Tab follows the CLI grammar: subcommands after a group, running containers after stop', async () => {
    const page = await openPage(context, `${server.url}?lang=en`);
    await typeLine(page, 'clear');
    await typeLine(page, 'docker container st', false);
    await page.keyboard.press('Tab');
    await waitForText(page, /^start {2}stats {2}stop$/m);
    await page.keyboard.press('Control+C');
    // `web` runs (the check before started it); an exited container is not offered.
    await typeLine(page, 'docker run --name gone alpine true');
    await typeLine(page, 'docker stop ', false);
    await page.keyboard.press('Tab');
    await waitForText(page, /^\$ docker stop web$/m);
    assert(await page.evaluate(() => window.dockling.shell.buffer.join('')) === 'docker stop web ', "the line is not docker stop web");
  });
} finally {
  await close();
  await server.close();
}
finish();
