// DOM helpers: every element is built with createElement and textContent, never innerHTML,
// because engine output and learner text flow into the page.

/**
 * Creates an element. `attrs`: `class`, `text`, `dataset`, `on<event>` handlers, or attributes.
 * Children are nodes or strings (strings become text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') Object.assign(el.style, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Whether the learner asked the system for less motion. */
export function reducedMotion() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Human-readable byte sizes, as Docker prints them (decimal units). */
export function bytes(n) {
  if (!Number.isFinite(n) || n <= 0) return '0B';
  const units = ['B', 'kB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i += 1;
  }
  return `${n >= 100 || i === 0 ? Math.round(n) : n.toFixed(1)}${units[i]}`;
}

/** A stable colour (hue) for a digest, so the same layer has the same colour everywhere. */
export function hueOf(digest) {
  const hex = String(digest).replace(/^sha256:/, '');
  const n = parseInt(hex.slice(0, 6), 16);
  return Number.isFinite(n) ? n % 360 : 0;
}
