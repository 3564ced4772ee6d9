// The picture drawn from synthetic snapshots (each shape on demand, without commands): data-kind
// attributes, life-cycle columns, shared layers, ports, escaping of engine text, and animations.

import { join } from 'node:path';
import { assert, browser, checker, openPage, screenshotsDir, serve } from './lib.mjs';

const { check, finish } = checker();
const server = await serve();
const { context, close } = await browser();

const d = (c) => `sha256:${c.repeat(64)}`;
const layer = (c, by, size = 1000) => ({ digest: d(c), short: c.repeat(12), size, created_by: by });
const node = { id: d('1'), short_id: '111111111111', tags: ['node:latest'], size: 1_100_000_000, layers: [layer('a', 'debian'), layer('b', 'node')] };
const app = {
  id: d('2'),
  short_id: '222222222222',
  tags: ['hahava/express-server:0.0.1'],
  size: 1_101_000_000,
  layers: [layer('a', 'debian'), layer('b', 'node'), layer('c', 'WORKDIR /app'), layer('e', 'RUN npm install')],
};
const web1 = (state) => ({
  id: 'f'.repeat(64),
  short_id: 'ffffffffffff',
  name: 'web1',
  image: 'hahava/express-server:0.0.1',
  state,
  status: state === 'running' ? 'Up 2 seconds' : 'Exited (0) 1 second ago',
  ports: state === 'running' ? [{ host_ip: '0.0.0.0', host_port: 9000, container_port: 3000, proto: 'tcp' }] : [],
  networks: ['bridge'],
  mounts: ['data'],
  writable_size: 0,
});
const snapshot = (state, extra = {}) => ({
  images: [app, node],
  containers: state ? [web1(state)] : [],
  networks: [{ name: 'bridge', driver: 'bridge', containers: state ? ['web1'] : [] }],
  volumes: [{ name: 'data', used_by: ['web1'], size: 4096 }],
  registry: [{ name: 'node', official: true, tags: ['latest'], pushed: false }],
  host_files: [{ path: '/home/learner/app/Dockerfile', is_dir: false, size: 80 }],
  cwd: '/home/learner/app',
  logged_in_as: null,
  ...extra,
});

try {
  const page = await openPage(context, server.url);
  const draw = (snap, events = []) => page.evaluate(([s, e]) => window.dockling.drawPicture(s, e), [snap, events]);

  await check('images, layers, containers, ports, volumes, networks carry data-kind', async () => {
    await draw(snapshot('running'));
    for (const kind of ['image', 'container', 'layer', 'port', 'volume', 'network', 'repo', 'file']) {
      assert(await page.$(`#picture [data-kind=${kind}]`), `no data-kind=${kind}`);
    }
    const c = await page.$('[data-kind=container][data-name=web1][data-state=running]');
    assert(c, 'web1 not running');
    const column = await c.evaluate((el) => el.closest('[data-column]').dataset.column);
    assert(column === 'running', `web1 sits in ${column}`);
    const lit = await page.$$eval('.lifecycle .state.lit', (els) => els.map((e) => e.dataset.column));
    assert(JSON.stringify(lit) === '["running"]', `lit columns: ${lit}`);
    const port = await page.textContent('[data-kind=port][data-host-port="9000"]');
    assert(port.includes('0.0.0.0:9000') && port.includes('web1:3000/tcp'), `port: ${port}`);
  });

  await check('shared layers share a colour and a marker; unshared do not', async () => {
    const shared = await page.$$eval(`[data-kind=layer][data-digest="${d('a')}"]`, (els) =>
      els.map((e) => [e.classList.contains('shared'), getComputedStyle(e).backgroundColor]),
    );
    assert(shared.length === 2 && shared.every(([s]) => s), `shared: ${JSON.stringify(shared)}`);
    assert(shared[0][1] === shared[1][1], 'shared layer colours differ');
    const own = await page.$eval(`[data-kind=layer][data-digest="${d('c')}"]`, (e) => e.classList.contains('shared'));
    assert(!own, 'an unshared layer is marked shared');
    const order = await page.$$eval('[data-kind=image][data-id$="2222"] [data-kind=layer] .layer-by', (els) => els.map((e) => e.textContent));
    assert(order[0] === 'debian', `base layer is not first: ${order}`);
  });

  await check('state changes move the container and the events animate it', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await draw(snapshot('running'));
    await draw(snapshot('exited'), [{ kind: 'container_exited', id: 'f'.repeat(64), name: 'web1', exit_code: 0, reason: { how: 'finished' } }]);
    const c = await page.$('[data-kind=container][data-name=web1][data-state=exited]');
    assert(c, 'web1 not exited');
    const cls = await c.getAttribute('class');
    assert(/pulse/.test(cls) && /gliding/.test(cls), `classes: ${cls}`);
    assert(!(await page.$('[data-kind=port]')), 'port still drawn after exit');
  });

  await check('a removed container lingers as a ghost in the removed column', async () => {
    await draw(snapshot(null), [{ kind: 'container_removed', id: 'f'.repeat(64), name: 'web1', writable_bytes: 0, auto: false }]);
    assert(!(await page.$('[data-kind=container][data-name=web1]')), 'web1 still a container');
    const ghost = await page.$('[data-column=removed] [data-kind=ghost][data-name=web1]');
    assert(ghost, 'no ghost');
  });

  await check('reduced motion: no animation classes take effect', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await draw(snapshot('running'), [{ kind: 'container_started', id: 'f'.repeat(64), name: 'web1', detached: true, interactive: false }]);
    const anim = await page.$eval('[data-kind=container]', (e) => getComputedStyle(e).animationName);
    assert(anim === 'none', `animation: ${anim}`);
  });

  await check('engine text is never parsed as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const snap = snapshot('running');
    snap.containers[0].name = evil;
    snap.images[0].tags = [evil];
    await draw(snap);
    assert(!(await page.$('#picture img')), 'an <img> element was created');
    assert(!(await page.evaluate(() => window.__pwned)), 'script ran');
    const text = await page.textContent('#picture');
    assert(text.includes(evil), 'the text is not shown as typed');
  });

  await check('screenshot of a busy picture (light and dark)', async () => {
    const busy = snapshot('running');
    busy.containers.push({ ...web1('paused'), id: 'e'.repeat(64), name: 'db', ports: [] }, { ...web1('created'), id: 'd'.repeat(64), name: 'job', ports: [] });
    await draw(busy);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const [name, width] of [['narrow', 360], ['wide', 1440]]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(100);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 0, `${scheme} ${name}: ${overflow}px sideways overflow`);
        await (await page.$('.picture-panel')).screenshot({ path: join(screenshotsDir(), `picture-${scheme}-${name}.png`) });
      }
    }
    assert(page.errors.length === 0, `page errors: ${page.errors.join('; ')}`);
  });
} finally {
  await close();
  await server.close();
}
finish();
