// DOM helpers: every element is built with createElement and textContent, never innerHTML,
// because engine output and learner text flow into the page.

/** Elements that run, load or embed something, or change how the page is read. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);

/** Attributes that hold a URL the browser may navigate to or load. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background']);

/**
 * Whether `value` is a URL the page may link to or load: http(s), or relative to this page
 * (which resolves to the page's own http(s) origin). `javascript:`, `data:`, `vbscript:`,
 * `blob:` and the rest are refused; the URL parser has already dropped tabs, newlines and
 * case tricks (`JaVa\tScript:`), and entities are never decoded because nothing is parsed as HTML.
 */
export function safeUrl(value) {
  // A fragment stays on this page, whatever the page's own scheme.
  if (/^#/.test(String(value))) return true;
  try {
    const url = new URL(String(value), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Creates an element. `attrs`: `class`, `text`, `dataset`, `on<event>` handlers, or attributes.
 * Children are nodes or strings (strings become text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  // No element that runs or embeds something is ever built, whatever its tag name came from.
  if (ACTIVE_TAGS.has(String(tag).toLowerCase())) throw new Error(`h: <${tag}> is never built`);
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    const name = key.toLowerCase();
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') {
      // CSSOM properties (allowed under a strict CSP), never a style attribute's text.
      if (typeof value === 'object') Object.assign(el.style, value);
    } else if (name.startsWith('on')) {
      // Handlers are functions only: an `on…` attribute holding text would be script.
      if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    } else if (URL_ATTRS.has(name) && !safeUrl(value)) {
      // A refused URL: the element stays, without anywhere to go.
    } else if (name === 'srcdoc' || name === 'style') {
      // Never markup or CSS text in an attribute.
    } else el.setAttribute(key, value === true ? '' : String(value));
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
