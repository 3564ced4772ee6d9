// Browser test of the teacher page (www/teacher.html, www/src/teacher.js): 30 completion links,
// made in the page from the real solutions of the built-in lessons (18 done to the end, 12 cut
// short but still claiming every step), are pasted, replayed, shown as a table and exported as CSV.

import { readFileSync } from 'node:fs';
import { assert, browser, checker, serve } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser({ acceptDownloads: true });
const page = await context.newPage();
page.errors = [];
page.on('pageerror', (e) => page.errors.push(String(e)));
page.on('console', (m) => {
  if (m.type() === 'error') page.errors.push(m.text());
});

await page.goto(`${server.url}teacher.html?lang=en`);
await page.waitForFunction(() => document.body.dataset.ready === 'true');

/** Completion links as the lesson page makes them, from each lesson's own solution. */
const links = await page.evaluate(async () => {
  const glue = await import(new URL('dockling-core.js', location.href).href);
  await glue.default({ module_or_path: new URL('dockling_full_bg.wasm', location.href) });
  const b64 = (text) => {
    let bin = '';
    for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const index = await (await fetch('lessons/index.json')).json();
  const names = ['김민지', 'Alex Kim', '박서준', 'O\'Neil, Pat', '=SUM(A1)', '이하늘'];
  const out = [];
  const make = async (entry, n, cut) => {
    const md = await (await fetch(`lessons/${entry.id}/${entry.lang}.md`)).text();
    const lesson = JSON.parse(glue.parseLesson(md));
    const pg = new glue.Playground(BigInt(lesson.seed), 1_700_000_000_000, 80);
    const len = () => JSON.parse(pg.save()).history.length;
    const auto = [];
    const marks = [];
    for (const step of lesson.steps) {
      for (const [path, content] of step.files) {
        auto.push(len());
        pg.writeFile(path, content);
      }
      for (const c of step.commands) pg.run(c);
      marks.push(len());
    }
    const doc = JSON.parse(pg.save());
    pg.free();
    const history = cut ? doc.history.slice(0, Math.floor(doc.history.length / 2)) : doc.history;
    const steps = lesson.steps.length;
    const payload = {
      v: 2,
      name: names[n % names.length],
      mode: 'exercise',
      seed: doc.seed,
      start_ms: doc.start_ms,
      history,
      marks,
      times: Array(steps).fill(30_000),
      hints: Array.from({ length: steps }, (_, k) => (k === 0 ? n % 3 : 0)),
      sol: Array.from({ length: steps }, (_, k) => (k === 0 && n % 5 === 0 ? 1 : 0)),
      auto,
    };
    return `${location.origin}/?lesson=${entry.id}&lang=${entry.lang}#lesson-done=${b64(JSON.stringify(payload))}`;
  };
  for (let i = 0; i < 30; i += 1) {
    const entry = index[i % index.length];
    out.push({ link: await make(entry, i, i >= index.length), lesson: entry.id, cut: i >= index.length, name: names[i % names.length] });
  }
  return out;
});

await check('30 links are made from the built-in lessons', async () => {
  assert(links.length === 30, `${links.length} links`);
  assert(links.filter((l) => !l.cut).length >= 16, 'at least 16 whole lessons');
});

const text = `Links from class 3:\n${links.map((l, i) => `${i + 1}. ${l.link}`).join('\n')}\n(end)`;
await page.fill('#links', text);
await page.click('#check');
await page.waitForFunction(() => document.body.dataset.checking === 'false' && document.querySelectorAll('#results tbody tr').length > 0, null, { timeout: 300000 });

const rows = await page.$$eval('#results tbody tr', (trs) =>
  trs.map((tr) => ({
    complete: tr.dataset.complete,
    disputed: tr.dataset.disputed,
    error: tr.dataset.error,
    cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.col, td.textContent])),
  })),
);

await check('the table has one row per link, replayed', async () => {
  assert(rows.length === 30, `${rows.length} rows`);
  assert(!rows.some((r) => r.error), `errors: ${JSON.stringify(rows.filter((r) => r.error))}`);
  for (let i = 0; i < 30; i += 1) {
    const r = rows[i];
    const want = links[i];
    assert(r.cells.learner === want.name, `row ${i}: ${r.cells.learner}`);
    assert(r.cells.lesson.includes(want.lesson), `row ${i}: ${r.cells.lesson}`);
    const [done, total] = r.cells.steps.split('/').map(Number);
    if (want.cut) {
      assert(r.complete === 'false' && done < total, `row ${i} cut short: ${r.cells.steps}`);
      assert(r.disputed === 'true', `row ${i}: the claimed steps are disputed`);
    } else {
      assert(r.complete === 'true' && done === total, `row ${i} complete: ${r.cells.steps} ${r.cells.verdict}`);
      assert(r.disputed === 'false', `row ${i}: ${r.cells.verdict}`);
    }
    assert(r.cells.hints === String(i % 3), `row ${i} hints ${r.cells.hints}`);
    assert(r.cells.solution === (i % 5 === 0 ? 'yes' : 'no'), `row ${i} solution ${r.cells.solution}`);
  }
});

await check('the CSV download holds every row', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  assert(download.suggestedFilename() === 'dockling-completions.csv', download.suggestedFilename());
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  assert(lines.length === 31, `${lines.length} lines`);
  assert(lines[0].startsWith('learner,lesson,lang,title,mode,steps_done,steps_total,complete,hints,solution_shown,time_seconds'), lines[0]);
  assert(lines[1].startsWith('김민지,01-first-container,'), lines[1]);
  assert(csv.includes('"O\'Neil, Pat"'), 'a comma in a name is quoted');
  assert(csv.includes("'=SUM(A1)"), 'a formula-looking name is defused');
  assert(!/^=/m.test(csv), 'no cell starts with =');
  const whole = lines.slice(1).filter((l) => l.includes(',true,'));
  assert(whole.length >= 18, `${whole.length} complete rows`);
  assert(lines[1].includes(',exercise,') && /,\d+,\d+,true,0,true,\d+,/.test(lines[1]), lines[1]);
});

await check('the page speaks Korean', async () => {
  await page.click('[data-lang-choice=ko]');
  const head = await page.$$eval('#results thead th', (ths) => ths.map((t) => t.textContent));
  assert(head[0] === '학습자' && head.includes('완료한 단계'), head.join(','));
  const verdict = await page.$eval('#results tbody tr [data-col=verdict]', (td) => td.textContent);
  assert(verdict === '완료', verdict);
});

await check('no page errors while checking real links', async () => {
  assert(page.errors.length === 0, page.errors.join('\n'));
});

await check('a link that is not one is reported, not fatal', async () => {
  await page.fill('#links', `${server.url}?lesson=01-first-container#lesson-done=bm90IGpzb24 ${server.url}?lesson=99-none#lesson-done=e30`);
  await page.click('#check');
  await page.waitForFunction(() => document.body.dataset.checking === 'false');
  const errs = await page.$$eval('#results tbody tr[data-error=true]', (trs) => trs.length);
  assert(errs === 2, `${errs} error rows`);
  // Only the lesson that does not exist was asked for in vain.
  assert(page.errors.every((e) => e.includes('404')), page.errors.join('\n'));
});


await close();
await server.close();
finish();
