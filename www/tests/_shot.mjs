import { browser, serve } from './lib.mjs';
const srv = await serve();
const { context, close } = await browser({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`${srv.url}examples/${process.argv[2] || 'en'}.html`);
await page.waitForFunction(() => customElements.get('dockling-playground'));
for (let i = 0; i < 3; i++) {
  await page.evaluate(async (i) => { const el = document.querySelectorAll('dockling-playground')[i]; el.scrollIntoView(); await el.whenReady; await el.shell.queue; }, i);
}
await page.waitForTimeout(300);
console.log(JSON.stringify(await page.evaluate(() => Array.from(document.querySelectorAll('dockling-playground'), (el) => [Math.round(el.getBoundingClientRect().height), el.getAttribute('aria-label')]))));
for (let i = 0; i < 3; i++) await page.locator('dockling-playground').nth(i).screenshot({ path: `/tmp/embedprobe/card${i}.png` });
await close(); await srv.close();
