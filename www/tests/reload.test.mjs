// Reload of a long session (issue 18): the page keeps a memory image of the engine beside the
// saved session (www/src/restore.js) and a reload restores it instead of replaying 1,000 steps.
// Correctness only, no timing (measure.mjs times it): the restored session lists what it listed
// before the reload and answers as a replay of its save does; undo works after it; an image
// kept for another build of the module is not used; an image that its save's replay does not
// reproduce loses to the replay.

import { assert, browser, bufferText, checker, openPage, serve, waitForText, waitReady } from './lib.mjs';
import { realisticSave } from './sessions.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

/** Loads `save` as the stored session and reloads; resolves once the prompt is usable. */
async function reloadWith(page, save) {
  await page.evaluate((text) => {
    // The page being left saves on its way out what it has not saved yet: first, not over ours.
    if (window.dockling.engine) window.dockling.engine.flush();
    localStorage.clear();
    if (text) localStorage.setItem('dockling.session', text);
  }, save);
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => window.dockling.readyMs !== null);
}

/** Waits until the page has kept an image of exactly the session it holds now. */
async function imageKept(page) {
  await page.evaluate(() => window.dockling.engine.keepImageSoon());
  await page.waitForFunction(() => window.dockling.engine.imaged === window.dockling.engine.saved, null, { timeout: 20000 });
}

/** What `docker ps -a` and `docker images` print in the page's session (they become steps). */
const listings = (page) =>
  page.evaluate(() => {
    const e = window.dockling.engine;
    const text = (r) => r.output.map((c) => c.text).join('');
    return [text(e.run('docker ps -a')), text(e.run('docker images'))];
  });

/** The same two listings from a replay of `save` in the page's module (a second session). */
const replayedListings = (page, save) =>
  page.evaluate((text) => {
    const pg = window.dockling.engine.glue.Playground.load(text, 80);
    const out = (line) => JSON.parse(pg.run(line)).output.map((c) => c.text).join('');
    const result = [out('docker ps -a'), out('docker images')];
    pg.free();
    return result;
  }, save);

/**
 * Edits the stored image records (the page's IndexedDB, `dockling`): `module` files every image
 * under another build, `{from, to}` files the image of save hash `from` under `to`, `name` changes
 * the image's copy of a container's name `quietbox` (not the steps' `--name quietbox`) to
 * `quietbax`. (The page's CSP allows no eval, so the edits are named, not passed as code.)
 */
const editImages = (page, edit) =>
  page.evaluate(
    (how) =>
      new Promise((resolve, reject) => {
        const change = (r) => {
          if (how === 'module') {
            r.module = 'another build';
            return true;
          }
          if (how.from) {
            if (r.save !== how.from) return false;
            r.save = how.to;
            return true;
          }
          const name = [...'quietbox'].map((c) => c.charCodeAt(0));
          const flag = [...'name '].map((c) => c.charCodeAt(0));
          const m = new Uint8Array(r.memory);
          let changed = false;
          for (let i = 5; i + name.length <= m.length; i += 1) {
            if (m[i] !== name[0] || !name.every((b, k) => m[i + k] === b)) continue;
            if (flag.every((b, k) => m[i - 5 + k] === b)) continue;
            m[i + 6] = 'a'.charCodeAt(0);
            changed = true;
          }
          return changed;
        };
        const open = indexedDB.open('dockling', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('images', 'readwrite');
          const store = tx.objectStore('images');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const r of all.result) if (change(r)) store.put(r);
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    edit,
  );

/** SHA-256 of a text as hex, as the page keys its images. */
const sha256 = (page, text) =>
  page.evaluate(async (t) => {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(t)));
    return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  }, text);

let page;
try {
  const save = realisticSave(1000, 7);
  // A short session that leaves containers and images behind, so the listings have rows.
  const tail = ['docker pull nginx', 'docker run -d --name kept -p 8080:80 nginx', 'docker create --name quietbox alpine', 'docker tag alpine me/alpine:kept'];
  const doc = JSON.parse(save);
  doc.history.push(...tail);
  const withRows = JSON.stringify(doc);

  await check('a reloaded 1,000-step session lists what it listed before, from its memory image', async () => {
    page = await openPage(context, `${server.url}?lang=en`);
    await reloadWith(page, withRows);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'replay', 'the first load did not replay');
    const before = await listings(page);
    assert(before[0].includes(' kept') && before[0].includes(' quietbox'), `ps -a before:\n${before[0]}`);
    assert(before[1].includes('me/alpine') && before[1].includes('nginx'), `images before:\n${before[1]}`);
    await imageKept(page);
    const saved = await page.evaluate(() => window.dockling.engine.saved);
    const steps = await page.evaluate(() => window.dockling.engine.history().length);
    const expected = await replayedListings(page, saved);

    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => window.dockling.readyMs !== null);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'image', 'the reload did not use the image');
    // Looked up before main.js ran (preload.js imports image-early.js when a session is saved),
    // and the lookup let go of once taken (it holds the image's megabytes).
    const mark = server.requests.lastIndexOf('/image-early.js');
    assert(mark > server.requests.lastIndexOf('/'), 'image-early.js not fetched on the reload');
    assert(await page.evaluate(() => window.docklingEarlyImage === false), 'the early lookup is still held');
    // The terminal reprints the last 20 lines and points to the Timeline for the rest.
    const shown = await bufferText(page);
    assert(shown.includes(`# restored session (${steps})`), `no heading:\n${shown.slice(0, 400)}`);
    assert(shown.includes(`… ${steps - 20} earlier commands, listed in the Timeline`), `no note of the earlier lines:\n${shown.slice(0, 400)}`);
    assert(shown.includes('$ docker images') && !shown.includes('$ mkdir app && cd app'), 'the reprinted lines are not the last 20');
    assert((await page.evaluate(() => window.dockling.engine.lastGood)) === saved, 'the restored session saves another history');
    assert((await page.evaluate(() => window.dockling.engine.history().length)) === steps, 'history length changed');
    // Checked by a replay in a worker after the prompt.
    await page.waitForFunction(() => window.dockling.engine.verified !== undefined, null, { timeout: 20000 });
    assert((await page.evaluate(() => window.dockling.engine.verified)) === true, 'the replay did not reproduce the image');
    const after = await listings(page);
    assert(after[0] === expected[0], `ps -a after the reload:\n${after[0]}\nreplay:\n${expected[0]}`);
    assert(after[1] === expected[1], `images after the reload:\n${after[1]}\nreplay:\n${expected[1]}`);
    // The same rows as before the reload (the clock moved two lines on; the rows did not change).
    const names = (text) => text.split('\n').slice(1).map((l) => l.trim().split(/\s+/).at(-1)).sort().join(',');
    assert(names(after[0]) === names(before[0]), `containers: ${names(after[0])} vs ${names(before[0])}`);
    assert(after[1].split('\n').length === before[1].split('\n').length, `image rows: ${after[1]} vs ${before[1]}`);
  });

  await check('undo and the timeline work after a reload from an image', async () => {
    const n = await page.evaluate(() => window.dockling.engine.history().length);
    await page.click('#undo');
    await page.waitForFunction((k) => window.dockling.engine.history().length === k - 1, n);
    const names = await page.evaluate(() => window.dockling.engine.snapshot().containers.map((c) => c.name).sort().join(','));
    assert(names === 'kept,quietbox', `containers after undo: ${names}`);
    const back = await page.evaluate(() => window.dockling.engine.guard((pg) => pg.jump(1000), false));
    assert(back, 'jump back to step 1000 refused');
    const at = await page.evaluate(() => window.dockling.engine.snapshot().containers.length);
    assert(at === 0, `containers at step 1000: ${at}`);
  });

  await check('an image of another module build is not used: the save is replayed', async () => {
    await reloadWith(page, withRows);
    await imageKept(page);
    const saved = await page.evaluate(() => window.dockling.engine.saved);
    await editImages(page, 'module');
    await page.reload();
    await waitReady(page);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'replay', 'an image of another build was restored');
    assert((await page.evaluate(() => window.dockling.engine.lastGood)) === saved, 'the replayed session differs');
  });

  await check('an image of another save is not used', async () => {
    // The image of one session filed under another's save: refused before the prompt.
    const other = realisticSave(300, 9);
    await reloadWith(page, other);
    await imageKept(page);
    const otherHash = await sha256(page, other);
    const target = await sha256(page, withRows);
    await editImages(page, { from: otherHash, to: target });
    await reloadWith(page, withRows);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'replay', 'the misfiled image was restored');
    assert((await page.evaluate(() => window.dockling.engine.lastGood)) === withRows, 'the replayed session differs');
  });

  await check('an image that the replay does not reproduce loses to the replay', async () => {
    await imageKept(page);
    // The image's copy of a container's name changed (its steps, with `--name quietbox`, not):
    // restored, then the replay after the prompt disagrees and replaces it.
    await editImages(page, 'name');
    // The worker that checks the image waits until the restored state has been looked at.
    let release;
    let held = false;
    const gate = new Promise((resolve) => {
      release = resolve;
    });
    await context.route('**/verify-worker.js', async (route) => {
      held = true;
      await gate;
      await route.continue();
    });
    await page.reload();
    await waitReady(page);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'image', 'the edited image was not restored');
    const shown = await page.evaluate(() => window.dockling.engine.snapshot().containers.map((c) => c.name).sort().join(','));
    assert(shown === 'kept,quietbax', `the edit did not reach the container: ${shown}`);
    release();
    await page.waitForFunction(() => window.dockling.engine.verified !== undefined, null, { timeout: 20000 });
    assert((await page.evaluate(() => window.dockling.engine.verified)) === false, 'the check did not notice');
    const names = await page.evaluate(() => window.dockling.engine.snapshot().containers.map((c) => c.name).sort().join(','));
    assert(names === 'kept,quietbox', `containers after the replay won: ${names}`);
    await context.unroute('**/verify-worker.js');
    assert(held, 'the check did not wait for the worker script');
    assert((await page.evaluate(() => window.dockling.engine.lastGood)) === withRows, 'the replayed save differs');
    assert(page.errors.length === 0, `page errors: ${page.errors.join('\n')}`);
  });
  await check('a session that needs the full build is restored straight into it', async () => {
    const doc = JSON.parse(realisticSave(300, 11));
    doc.history.push('docker create --name probe alpine', "docker inspect --format '{{.Name}} {{.State.Status}}' probe");
    const needsFull = JSON.stringify(doc);
    await reloadWith(page, needsFull);
    // The first load replays in core, which leaves the inspect line to full: the page swaps.
    assert(await page.evaluate(() => window.dockling.engine.full), 'the replayed session is not in full');
    await imageKept(page);
    await page.reload();
    await waitReady(page);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'image', 'not restored from the image');
    assert(await page.evaluate(() => window.dockling.engine.full), 'restored into core');
    await page.waitForFunction(() => window.dockling.engine.verified !== undefined, null, { timeout: 20000 });
    assert((await page.evaluate(() => window.dockling.engine.verified)) === true, 'the full replay disagrees');
    const out = await page.evaluate(() => window.dockling.engine.run("docker inspect --format '{{.Name}}' probe").output.map((c) => c.text).join(''));
    assert(out === '/probe\n', `inspect after the reload: ${JSON.stringify(out)}`);
  });

  await check('a session saved in full boots straight into full: core\'s module is not fetched', async () => {
    const doc = JSON.parse(realisticSave(300, 13));
    doc.history.push('docker create --name probe alpine', "docker inspect --format '{{.Name}}' probe");
    const needsFull = JSON.stringify(doc);
    await reloadWith(page, needsFull);
    // Cleared storage: the first load replays in core, swaps, and says so for the next one.
    assert(await page.evaluate(() => window.dockling.engine.full), 'the replayed session is not in full');
    await page.evaluate(() => window.dockling.engine.flush());
    const build = await page.evaluate(() => localStorage.getItem('dockling.session.build'));
    assert(build === 'full', `dockling.session.build after the swap: ${build}`);
    /** Reloads; the modules the page fetched meanwhile and what it restored from. */
    const reload = async () => {
      const mark = server.requests.length;
      await page.reload();
      await waitReady(page);
      await page.waitForFunction(() => window.dockling.readyMs !== null);
      const wasm = server.requests.slice(mark).filter((p) => p.endsWith('.wasm'));
      const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((l) => new URL(l.href).pathname));
      const [full, from] = await page.evaluate(() => [window.dockling.engine.full, window.dockling.restoredFrom]);
      return { wasm, preloaded, full, from };
    };
    // Without an image (a new build of the page, another browser): replayed in full only.
    const replayed = await reload();
    assert(replayed.from === 'replay' && replayed.full, `replay: ${JSON.stringify(replayed)}`);
    assert(replayed.wasm.join() === '/dockling_full_bg.wasm', `modules fetched for a replay in full: ${replayed.wasm}`);
    assert(replayed.preloaded.join() === '/dockling_full_bg.wasm', `preloaded: ${replayed.preloaded}`);
    assert((await page.evaluate(() => window.dockling.engine.lastGood)) === needsFull, 'the replayed session differs');
    // With an image: restored into full, still without core.
    await imageKept(page);
    const restored = await reload();
    assert(restored.from === 'image' && restored.full, `restore: ${JSON.stringify(restored)}`);
    assert(restored.wasm.join() === '/dockling_full_bg.wasm', `modules fetched for a restore in full: ${restored.wasm}`);
    const out = await page.evaluate(() => window.dockling.engine.run("docker inspect --format '{{.Name}}' probe").output.map((c) => c.text).join(''));
    assert(out === '/probe\n', `inspect after the reload: ${JSON.stringify(out)}`);
    // No saved session: the mark alone does not make a first visit load full.
    await page.evaluate(() => {
      window.dockling.engine.flush();
      localStorage.clear();
      localStorage.setItem('dockling.session.build', 'full');
    });
    const fresh = await reload();
    // (Core first; the full build follows after the prompt, as on any first visit.)
    assert(!fresh.full && fresh.wasm[0] === '/dockling_bg.wasm' && fresh.preloaded.join() === '/dockling_bg.wasm', `a fresh page: ${JSON.stringify(fresh)}`);
    await page.evaluate(() => window.dockling.engine.flush());
    assert((await page.evaluate(() => localStorage.getItem('dockling.session.build'))) === null, 'a core session kept the full mark');
  });

  await check('a restored image carries no lesson of the page it was taken in (as a replay)', async () => {
    const doc = JSON.parse(realisticSave(300, 17));
    doc.history.push('docker create --name probe alpine', "docker inspect --format '{{.Name}}' probe");
    await reloadWith(page, JSON.stringify(doc));
    assert(await page.evaluate(() => window.dockling.engine.full), 'not in full');
    // A lesson set on the session itself (as the lesson panel does), then the image taken.
    const set = await page.evaluate(async () => {
      const markdown = await (await fetch('lessons/01-first-container/en.md')).text();
      return window.dockling.engine.guard((pg) => {
        pg.setLesson(markdown);
        return pg.hasLesson();
      }, false);
    });
    assert(set, 'the lesson was not set');
    await imageKept(page);
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => window.dockling.readyMs !== null);
    assert((await page.evaluate(() => window.dockling.restoredFrom)) === 'image', 'not restored from the image');
    // No lesson is open on this page (no `?lesson=`): the session has none, as a replay would.
    const has = await page.evaluate(() => window.dockling.engine.guard((pg) => pg.hasLesson(), null));
    assert(has === false, `the restored session still holds the lesson (${has})`);
    await page.waitForFunction(() => window.dockling.engine.verified !== undefined, null, { timeout: 20000 });
    assert((await page.evaluate(() => window.dockling.engine.verified)) === true, 'the replay disagrees');
  });

  await check('the explanation texts load after the prompt; a line typed at once still gets them', async () => {
    await page.evaluate(() => {
      window.dockling.engine.flush();
      localStorage.clear();
    });
    // The texts are held back a while: the prompt must not wait for them, the first line must.
    let held = 0;
    await context.route('**/texts/*.txt', async (route) => {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.body && document.body.dataset.ready === 'true' && window.readyAt === undefined) window.readyAt = performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    await page.reload();
    // The prompt is usable (data-ready) while the texts are still held: a line typed now.
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.click('#terminal .xterm-screen');
    await page.keyboard.type('explain');
    await page.keyboard.press('Enter');
    const early = await page.evaluate(() => window.dockling.readyMs === null);
    assert(early, 'the line was typed after the page had finished starting');
    await waitForText(page, 'Nothing to explain yet');
    const timed = await page.evaluate(() => ({
      ready: window.readyAt,
      texts: performance.getEntriesByType('resource').filter((e) => e.name.includes('/texts/')).map((e) => e.startTime),
    }));
    assert(timed.texts.length && timed.texts.every((at) => at >= timed.ready), `texts fetched before the prompt: ${JSON.stringify(timed)}`);
    const text = await bufferText(page);
    assert(!text.includes('ui.nothing'), `explain ran before its texts:\n${text}`);
    await page.waitForFunction(() => window.dockling.readyMs !== null);
    const texts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/texts/')).map((e) => new URL(e.name).pathname));
    assert(texts.join() === '/texts/en.txt', `texts fetched: ${texts}`);
    assert(held >= 1, 'the texts were never fetched');
    await context.unroute('**/texts/*.txt');
    assert(page.errors.length === 0, `page errors: ${page.errors.join('\n')}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
