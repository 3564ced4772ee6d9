// The picture of the engine state, drawn only from `view::Snapshot` after every command.
//
// Elements carry `data-kind` (and containers `data-state`, `data-name`) so tests and styles can
// find them. Each element also has a `data-key`; elements whose key is new get an entrance
// animation, containers glide between life-cycle columns (FLIP), and the command's events make
// the elements they touched pulse. CSS turns all motion off under prefers-reduced-motion.

import { bytes, h, hueOf, reducedMotion } from './dom.js';
import { t } from './i18n.js';

/** The life-cycle columns, in diagram order; `restarting` and `dead` appear only when used. */
const STATES = ['created', 'running', 'paused', 'restarting', 'exited', 'dead', 'removed'];
const OPTIONAL = new Set(['restarting', 'dead']);
const ARROWS = { running: '→', paused: '⇄', restarting: '↻', exited: '→', dead: '→', removed: '→' };

function short(name) {
  return /^[0-9a-f]{64}$/.test(name) ? `${name.slice(0, 12)}…` : name;
}

function shortList(items, n) {
  return items.length > n ? `${items.slice(0, n).join(', ')} … +${items.length - n}` : items.join(', ');
}

function section(kind, title, items, lang) {
  return h(
    'section',
    { class: `pic-section pic-${kind}`, 'aria-label': title },
    h('h3', { text: title }),
    items.length ? h('ul', { class: 'pic-list' }, items) : h('p', { class: 'empty', text: t(lang, 'none') }),
  );
}

function registry(snap, lang) {
  const items = (snap.registry || []).map((repo) =>
    h(
      'li',
      { class: 'repo', dataset: { kind: 'repo', name: repo.name, key: `repo:${repo.name}` } },
      h('span', { class: 'repo-name', text: repo.name }),
      repo.official ? h('span', { class: 'badge', text: 'official' }) : null,
      repo.pushed ? h('span', { class: 'badge pushed', text: 'pushed' }) : null,
      // The Hub lists dozens of tags for official images; a few say enough, the title has all.
      h('span', { class: 'tags', title: (repo.tags || []).join(', '), text: shortList(repo.tags || [], 6) }),
    ),
  );
  return section('registry', t(lang, 'hub'), items, lang);
}

function images(snap, lang) {
  // A digest found in more than one image is a shared layer: same colour, and marked.
  const uses = new Map();
  for (const image of snap.images || []) {
    for (const layer of image.layers || []) uses.set(layer.digest, (uses.get(layer.digest) || 0) + 1);
  }
  const items = (snap.images || []).map((image) => {
    const name = image.tags && image.tags.length ? image.tags.join(', ') : '<none>:<none>';
    const layers = (image.layers || []).map((layer) => {
      const count = uses.get(layer.digest) || 1;
      const el = h(
        'li',
        {
          class: count > 1 ? 'layer shared' : 'layer',
          title: `${layer.digest}\n${layer.created_by || ''}`,
          dataset: { kind: 'layer', digest: layer.digest, key: `layer:${image.id}:${layer.digest}` },
        },
        h('span', { class: 'layer-digest', text: layer.short }),
        h('span', { class: 'layer-by', text: layer.created_by || '' }),
        h('span', { class: 'layer-size', text: bytes(layer.size) }),
        count > 1 ? h('span', { class: 'marker', text: `◆ ${t(lang, 'shared')} ×${count}` }) : null,
      );
      el.style.setProperty('--hue', String(hueOf(layer.digest)));
      return el;
    });
    return h(
      'li',
      { class: 'image', dataset: { kind: 'image', id: image.id, name, key: `image:${image.id}` } },
      h(
        'div',
        { class: 'image-head' },
        h('strong', { text: name }),
        h('code', { text: image.short_id }),
        h('span', { class: 'size', text: bytes(image.size) }),
      ),
      h('ol', { class: 'layers', 'aria-label': `${layers.length} ${t(lang, 'layers')}` }, layers),
    );
  });
  return section('images', t(lang, 'images'), withMore(items, snap.images_total), lang);
}

/** `items`, then a `… +N` item when the snapshot held back some of `total` (view::MAX_SHOWN). */
function withMore(items, total, kind = 'more') {
  const more = (total || 0) - items.length;
  if (more <= 0) return items;
  return [...items, h('li', { class: 'more', dataset: { kind }, text: `… +${more}` })];
}

/** The compose project (and service) an object belongs to, so a project's pieces read as one group. */
function projectBadge(project, service) {
  if (!project) return null;
  return h('span', { class: 'compose-project', text: service ? `${project} · ${service}` : project });
}

function containerChip(c) {
  return h(
    'li',
    {
      class: 'container',
      tabindex: '0',
      'aria-label': `${c.name}: ${c.state} (${c.status})`,
      dataset: { kind: 'container', name: c.name, state: c.state, id: c.id, key: `container:${c.id}`, project: c.project || '' },
    },
    h('strong', { class: 'container-name', text: c.name }),
    h('span', { class: 'container-image', text: c.image }),
    h('span', { class: 'container-status', text: c.status }),
    projectBadge(c.project, c.service),
  );
}

function lifecycle(snap, lang, removed) {
  const byState = new Map(STATES.map((s) => [s, []]));
  for (const c of snap.containers || []) {
    const list = byState.get(c.state) || byState.get('created');
    list.push(containerChip(c));
  }
  // Containers removed by the last command linger as ghosts in the last column, then fade.
  for (const name of removed) {
    byState.get('removed').push(
      h('li', { class: 'container ghost', dataset: { kind: 'ghost', name, key: `ghost:${name}` } }, h('strong', { text: name })),
    );
  }
  const columns = [];
  for (const state of STATES) {
    const chips = byState.get(state);
    if (OPTIONAL.has(state) && chips.length === 0) continue;
    if (columns.length) columns.push(h('li', { class: 'arrow', 'aria-hidden': 'true', text: ARROWS[state] || '→' }));
    columns.push(
      h(
        'li',
        { class: chips.length ? 'state lit' : 'state', dataset: { column: state } },
        h('span', { class: 'state-name', text: state }),
        h('ul', { class: 'chips' }, chips),
      ),
    );
  }
  const shown = (snap.containers || []).length;
  const more = (snap.containers_total || 0) - shown;
  return h(
    'section',
    { class: 'pic-section pic-containers', 'aria-label': t(lang, 'containers') },
    h('h3', { text: more > 0 ? `${t(lang, 'containers')} (${shown} / ${snap.containers_total})` : t(lang, 'containers') }),
    h('ol', { class: 'lifecycle' }, columns),
  );
}

function ports(snap, lang) {
  const items = [];
  for (const c of snap.containers || []) {
    for (const p of c.ports || []) {
      items.push(
        h(
          'li',
          {
            class: 'port',
            dataset: { kind: 'port', hostPort: String(p.host_port), container: c.name, key: `port:${p.host_ip}:${p.host_port}/${p.proto}` },
          },
          h('span', { class: 'host-side', text: `${p.host_ip}:${p.host_port}` }),
          h('span', { class: 'arrow', 'aria-hidden': 'true', text: '→' }),
          h('span', { class: 'sr-only', text: ' to ' }),
          h('span', { class: 'container-side', text: `${c.name}:${p.container_port}/${p.proto}` }),
        ),
      );
    }
  }
  return section('ports', t(lang, 'ports'), items, lang);
}

function volumes(snap, lang) {
  const items = (snap.volumes || []).map((v) =>
    h(
      'li',
      { class: 'volume', title: v.name, dataset: { kind: 'volume', name: v.name, key: `volume:${v.name}`, project: v.project || '' } },
      h('strong', { text: short(v.name) }),
      h('span', { class: 'used', text: v.used_by && v.used_by.length ? `${t(lang, 'used')} ${v.used_by.join(', ')}` : '' }),
      h('span', { class: 'size', text: bytes(v.size) }),
      projectBadge(v.project),
    ),
  );
  return section('volumes', t(lang, 'volumes'), items, lang);
}

function networks(snap, lang) {
  const items = (snap.networks || []).map((n) =>
    h(
      'li',
      { class: 'network', dataset: { kind: 'network', name: n.name, key: `network:${n.name}`, project: n.project || '' } },
      h('strong', { text: n.name }),
      h('span', { class: 'driver', text: n.driver }),
      h('span', { class: 'members', text: (n.containers || []).join(', ') }),
      projectBadge(n.project),
    ),
  );
  return section('networks', t(lang, 'networks'), items, lang);
}

function hostFiles(snap, lang) {
  const items = (snap.host_files || []).map((f) =>
    h(
      'li',
      { class: f.is_dir ? 'file dir' : 'file', dataset: { kind: 'file', path: f.path, key: `file:${f.path}` } },
      h('span', { text: f.is_dir ? `${f.path}/` : f.path }),
      f.is_dir ? null : h('span', { class: 'size', text: bytes(f.size) }),
    ),
  );
  return section('files', `${t(lang, 'hostFiles')} (${snap.cwd || ''})`, items, lang);
}

/** Names of the elements an event touched: `[selector, animation class]`. */
function touched(event) {
  const byName = (name) => `[data-kind=container][data-name="${CSS.escape(name || '')}"]`;
  switch (event.kind) {
    case 'image_pulled':
      return [
        [`[data-kind=image][data-id="${CSS.escape(event.image_id)}"]`, 'pulse'],
        ...(event.shared || []).map((d) => [`[data-kind=layer][data-digest="${CSS.escape(d)}"]`, 'pulse']),
      ];
    case 'image_built':
    case 'image_tagged':
    case 'image_dangling':
    case 'container_committed':
      return [[`[data-kind=image][data-id="${CSS.escape(event.image_id)}"]`, 'pulse']];
    case 'container_created':
    case 'container_started':
    case 'container_paused':
    case 'container_unpaused':
    case 'container_exited':
    case 'container_restarted_by_policy':
    case 'container_signalled':
      return [[byName(event.name), 'pulse']];
    case 'container_renamed':
      return [[byName(event.to), 'pulse']];
    case 'exec_ran':
    case 'container_files_changed':
      return [[byName(event.container), 'pulse']];
    case 'port_published':
    case 'http_served':
      return [[`[data-kind=port][data-host-port="${event.host_port}"]`, 'pulse']];
    case 'volume_created':
      return [[`[data-kind=volume][data-name="${CSS.escape(event.name)}"]`, 'pulse']];
    case 'volume_mounted':
      return [[`[data-kind=volume][data-name="${CSS.escape(event.source)}"]`, 'pulse']];
    case 'network_created':
      return [[`[data-kind=network][data-name="${CSS.escape(event.name)}"]`, 'pulse']];
    case 'network_connected':
    case 'network_disconnected':
      return [[`[data-kind=network][data-name="${CSS.escape(event.network)}"]`, 'pulse']];
    case 'host_file_written':
      return [[`[data-kind=file][data-path="${CSS.escape(event.path)}"]`, 'pulse']];
    case 'failed':
      return [];
    default:
      return [];
  }
}

/** Draws the picture into `root` from a snapshot, animating what the events changed. */
export function drawPicture(root, snap, events, lang) {
  if (!snap) return;
  const animate = !reducedMotion();
  const before = new Map();
  for (const el of root.querySelectorAll('[data-key]')) before.set(el.dataset.key, el.getBoundingClientRect());
  const removed = (events || []).filter((e) => e.kind === 'container_removed').map((e) => e.name);

  const view = h(
    'div',
    { class: 'picture-grid' },
    h('p', { class: 'whoami', text: snap.logged_in_as ? `docker login: ${snap.logged_in_as}` : '' }),
    registry(snap, lang),
    images(snap, lang),
    lifecycle(snap, lang, removed),
    ports(snap, lang),
    volumes(snap, lang),
    networks(snap, lang),
    hostFiles(snap, lang),
  );
  root.replaceChildren(view);

  if (!animate) return;
  // FLIP: start where the element was, glide to where it is now. Every position is read before
  // any is written, so the page lays out twice, not once per container.
  const moves = [];
  for (const el of root.querySelectorAll('[data-key]')) {
    const old = before.get(el.dataset.key);
    if (!old) {
      if (before.size || (events || []).length) el.classList.add('enter');
      continue;
    }
    if (el.dataset.kind === 'container') {
      const now = el.getBoundingClientRect();
      const dx = old.left - now.left;
      const dy = old.top - now.top;
      if (Math.abs(dx) > 1 || Math.abs(dy) > 1) moves.push([el, dx, dy]);
    }
  }
  for (const [el, dx, dy] of moves) el.style.transform = `translate(${dx}px, ${dy}px)`;
  if (moves.length) root.getBoundingClientRect();
  for (const [el] of moves) {
    el.classList.add('gliding');
    el.style.transform = '';
  }
  for (const event of events || []) {
    for (const [selector, cls] of touched(event)) {
      for (const el of root.querySelectorAll(selector)) el.classList.add(cls);
    }
  }
}
