// Browser test of lessons hosted on another site (`?lesson=https://other.site/x.md`): two more
// local servers stand in for other sites, one that allows reading (Access-Control-Allow-Origin)
// and one that does not; a missing file on the first is a 404. Each outcome is said clearly,
// in English and in Korean, and a remote lesson's completion link is checked on the teacher page.

import { createServer } from 'node:http';
import { assert, browser, checker, serve, typeLine } from './lib.mjs';

const { check, finish } = checker();
const lesson = (title) =>
  `---\nid: 97-remote\ntitle: ${title}\nlang: en\n---\n\n## Only step\n\n\`\`\`sh\ndocker volume create remote\n\`\`\`\n\n\`\`\`goals\nvolume remote\n\`\`\`\n`;
const server = await serve();
/** Another site that allows reading its files: the lesson, and a 404 (allowed too) for the rest. */
function allowingSite() {
  const srv = createServer((req, res) => {
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'text/markdown; charset=utf-8' };
    if (req.url === '/lessons/remote.md') res.writeHead(200, headers).end(lesson('From an allowing site'));
    else res.writeHead(404, headers).end('not found');
  });
  return new Promise((resolve) => {
    srv.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${srv.address().port}/`, close: () => new Promise((r) => srv.close(r)) }),
    );
  });
}
const allowing = await allowingSite();
const refusing = await serve(undefined, { files: { '/lessons/remote.md': lesson('From a refusing site') } });
const { context, close } = await browser();
const page = await context.newPage();

async function open(path) {
  await page.goto(server.url + path);
  await page.waitForFunction(
    () => document.body.dataset.ready === 'true' && document.querySelector('[data-kind=lesson]').dataset.ready === 'true',
    null,
    { timeout: 30000 },
  );
}
const q = (u) => encodeURIComponent(u);

await check('a lesson from a site that allows it opens and can be done', async () => {
  await open(`?lang=en&mode=exercise&lesson=${q(`${allowing.url}lessons/remote.md`)}`);
  const title = await page.textContent('[data-role=lesson-title]');
  assert(title === 'From an allowing site', `title: ${title}`);
  await page.click('[data-kind=lesson] [data-action=begin]');
  await page.waitForSelector('[data-kind=lesson] [data-step="0"] [data-goal-status=pending]');
  await typeLine(page, 'docker volume create remote');
  await page.waitForSelector('[data-role=completion-link]', { timeout: 30000 });
  await page.fill('[data-role=learner-name]', 'Remote Learner');
  const link = await page.inputValue('[data-role=completion-link]');
  assert(link.includes('lesson=http') && link.includes('#lesson-done='), link);
  // The teacher page fetches the same remote lesson and replays the link.
  const teacher = await context.newPage();
  await teacher.goto(`${server.url}teacher.html?lang=en`);
  await teacher.waitForFunction(() => document.body.dataset.ready === 'true');
  await teacher.fill('#links', link);
  await teacher.click('#check');
  await teacher.waitForFunction(() => document.body.dataset.checking === 'false' && document.querySelector('#results tbody tr'));
  const row = await teacher.$eval('#results tbody tr', (tr) => ({ complete: tr.dataset.complete, text: tr.textContent }));
  assert(row.complete === 'true' && row.text.includes('Remote Learner') && row.text.includes('1/1'), JSON.stringify(row));
  await teacher.close();
});

await check('a site that does not allow it gets a clear message', async () => {
  await open(`?lang=en&lesson=${q(`${refusing.url}lessons/remote.md`)}`);
  const error = await page.textContent('[data-role=lesson-error]');
  assert(error.includes('does not let other sites read its files (CORS)') && error.includes(new URL(refusing.url).host), error);
});

await check('the message is Korean on a Korean page', async () => {
  await open(`?lang=ko&lesson=${q(`${refusing.url}lessons/remote.md`)}`);
  await page.click('[data-lang-choice=ko]');
  await open(`?lang=ko&lesson=${q(`${refusing.url}lessons/remote.md`)}`);
  const error = await page.textContent('[data-role=lesson-error]');
  assert(error.includes('허용하지 않거나(CORS)'), error);
});

await check('a missing lesson file is a 404 message', async () => {
  await page.click('[data-lang-choice=en]');
  await open(`?lang=en&lesson=${q(`${allowing.url}lessons/missing.md`)}`);
  const error = await page.textContent('[data-role=lesson-error]');
  assert(error.includes('there is no lesson at this address (HTTP 404)'), error);
});

await close();
await Promise.all([server.close(), allowing.close(), refusing.close()]);
finish();
