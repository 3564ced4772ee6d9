// Regenerates the README's screenshots (docs/screenshot-*.png): the playground after lesson 1
// has a container running on a laptop (1280×800) and a phone (390×844), in English and Korean, light.
// Run by `make screenshots` after `make dist`; uses headless Chromium as the browser tests do.
// Korean needs a CJK font (Debian: fonts-nanum or fonts-noto-cjk).

import { join } from 'node:path';
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { browser, openPage, serve, settle, typeLine } from '../www/tests/lib.mjs';

const docs = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'docs');
const SHOTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
];

/** CRC-32 of PNG chunks. */
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let c = 0xffffffff;
  for (const byte of body) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0, body.length + 4);
  return out;
}

/**
 * The screenshot as an indexed PNG of 216 colours (each channel rounded to 6 levels): a page of
 * antialiased text compresses to about a third of Chromium's truecolour PNG, with no visible
 * change at this size.
 */
async function smaller(page, png) {
  const { width, height, rgba } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    let bin = '';
    for (let i = 0; i < d.length; i += 0x8000) bin += String.fromCharCode(...d.subarray(i, i + 0x8000));
    return { width: img.width, height: img.height, rgba: btoa(bin) };
  }, png.toString('base64'));
  const px = Buffer.from(rgba, 'base64');
  const level = (v) => Math.round(v / 51);
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width + 1)] = 0;
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      rows[y * (width + 1) + 1 + x] = level(px[i]) * 36 + level(px[i + 1]) * 6 + level(px[i + 2]);
    }
  }
  const palette = Buffer.alloc(216 * 3);
  for (let n = 0; n < 216; n += 1) {
    palette[n * 3] = Math.floor(n / 36) * 51;
    palette[n * 3 + 1] = (Math.floor(n / 6) % 6) * 51;
    palette[n * 3 + 2] = (n % 6) * 51;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const server = await serve();
let failed = false;
for (const shot of SHOTS) {
  for (const lang of ['en', 'ko']) {
    const { context, close } = await browser({
      viewport: shot.viewport,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      ...(shot.mobile ? { hasTouch: true, isMobile: true, deviceScaleFactor: 1 } : {}),
    });
    try {
      const page = await openPage(context, `${server.url}?lang=${lang}&lesson=01-first-container&speed=instant`);
      await page.click('[data-action=begin]');
      // Lesson 1 played until a container runs (files written, an image built, `run -p`).
      for (let done = 1; done <= 11; done += 1) {
        await page.waitForFunction((n) => !window.dockling.lesson.state.playing && window.dockling.lesson.state.done.filter(Boolean).length >= n, done, { timeout: 60000 });
        const running = await page.evaluate(() => (window.dockling.engine.snapshot().containers || []).some((c) => c.state === 'running'));
        if (running || (await page.evaluate(() => window.dockling.lesson.state.complete))) break;
        await page.click('[data-action=next]');
      }
      await typeLine(page, 'docker ps');
      if (shot.mobile) {
        // The drawer closed, so the phone shows the terminal, its key bar and the explanation.
        await page.click('[data-role=drawer-toggle]');
      }
      await settle(page);
      await page.mouse.move(0, 0);
      const path = join(docs, `screenshot-${shot.name}-${lang}.png`);
      await page.evaluate(() => window.scrollTo(0, 0));
      const raw = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      writeFileSync(path, await smaller(page, raw));
      const kb = statSync(path).size / 1024;
      console.log(`${path.replace(/.*\/docs\//, 'docs/')}: ${kb.toFixed(0)} KB`);
      if (kb > 150) failed = true;
    } finally {
      await close();
    }
  }
}
await server.close();
if (failed) {
  console.log('some screenshots are over 150 KB');
  process.exitCode = 1;
}
