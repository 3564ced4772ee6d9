// Pieces of <dockling-playground> that need no element: the post's own colour scheme, the
// picture's one-line summary, the setup log as plain text, and the playground's accessible name.

/** `{r, g, b, a}` of a computed `rgb()`/`rgba()` colour; null for anything else. */
function parseColor(text) {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(String(text).trim());
  if (!m) return null;
  let a = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4] && m[4].endsWith('%')) a /= 100;
  return { r: +m[1], g: +m[2], b: +m[3], a };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
function luminance({ r, g, b }) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Below this luminance white text contrasts more than black: the background reads as dark. */
const DARK_BELOW = 0.179;

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

/**
 * The colour scheme of the post around `el`: the first opaque background from its parent up to
 * `<html>` decides (a light-only blog is light whatever the reader's system says); a page that
 * paints no background of its own shows the canvas, which follows its `color-scheme` (the CSS
 * property or the `<meta name="color-scheme">`): dark only, light and dark (the system's), or
 * light (the default).
 */
export function postScheme(el) {
  let depth = 0;
  for (let node = el.parentElement; node && depth < 64; node = node.parentElement, depth += 1) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg && bg.a >= 0.5) return luminance(bg) < DARK_BELOW ? 'dark' : 'light';
  }
  const meta = document.querySelector('meta[name="color-scheme"]');
  const declared = `${getComputedStyle(document.documentElement).colorScheme || ''}`;
  const scheme = /dark|light/.test(declared) ? declared : (meta && meta.content) || '';
  if (/dark/.test(scheme)) return /light/.test(scheme) ? (systemDark() ? 'dark' : 'light') : 'dark';
  return 'light';
}

/** The scheme for a `theme` attribute value: light, dark, auto (the system's), else the post's. */
export function schemeFor(value, el) {
  const v = String(value || '').trim().toLowerCase();
  if (v === 'light' || v === 'dark') return v;
  if (v === 'auto') return systemDark() ? 'dark' : 'light';
  return postScheme(el);
}

/**
 * Calls `onChange` whenever the scheme may have changed: the system's preference, or a class,
 * style or data attribute of `<html>`/`<body>` (a blog's own dark-mode switch). Returns a stop.
 */
export function watchScheme(onChange) {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributes: true });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** What the picture holds, in a few words: `[[count, kind], …]` plus the published ports. */
export function pictureCounts(snap) {
  const containers = snap.containers || [];
  const running = containers.filter((c) => c.state === 'running').length;
  const ports = [];
  for (const c of containers) {
    for (const p of c.ports || []) if (p.host_port) ports.push(`${p.host_port}→${p.container_port}`);
  }
  return {
    images: snap.images_total || (snap.images || []).length,
    containers: snap.containers_total || containers.length,
    running,
    volumes: (snap.volumes || []).length,
    ports: [...new Set(ports)].slice(0, 4),
  };
}

/** Terminal output as plain text: colours, cursor moves and other controls removed. */
export function plainText(text) {
  return String(text)
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '')
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[@-_]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/[^\n]*\r(?!\n)/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** `text` cut to `max` characters (with an ellipsis), on one line. */
export function oneLine(text, max) {
  const flat = String(text).replace(/\s*\n\s*/g, ' ⏎ ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The text of the nearest heading before `el` in the post (its section), or ''. */
export function sectionHeading(el) {
  let steps = 0;
  for (let node = el; node && node !== document.body && steps < 400; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev && steps < 400; prev = prev.previousElementSibling, steps += 1) {
      if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent.trim();
      const inside = prev.querySelectorAll('h1, h2, h3, h4, h5, h6');
      if (inside.length) return inside[inside.length - 1].textContent.trim();
    }
  }
  return '';
}
