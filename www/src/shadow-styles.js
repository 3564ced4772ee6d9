// Styles inside a shadow root without any `<style>` element, so a page with a strict
// Content-Security-Policy (no 'unsafe-inline' in style-src) shows the playground without a
// violation: everything is a constructable stylesheet in `adoptedStyleSheets`, which CSP does
// not govern.

const shared = new Map();

/** One `CSSStyleSheet` per CSS text for the whole page (every playground adopts the same one). */
export function sheet(cssText) {
  let s = shared.get(cssText);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(cssText);
    shared.set(cssText, s);
  }
  return s;
}

/**
 * Runs `fn` (xterm's set-up) while `document.createElement('style')` hands out stand-ins: an
 * inert `<template>` whose text is mirrored into a constructable sheet adopted by `root`.
 * xterm's DOM renderer makes three `<style>` elements (scrollbar, cell dimensions, theme) when it
 * opens, then only rewrites their text; a real `<style>` would be blocked by the page's CSP and
 * leave the terminal unstyled. The patch lasts only for the synchronous call.
 */
export function captureStyles(root, fn) {
  const original = Document.prototype.createElement;
  Document.prototype.createElement = function createElement(tag, options) {
    if (String(tag).toLowerCase() !== 'style') return original.call(this, tag, options);
    const standIn = original.call(this, 'template');
    const mirror = new CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, mirror];
    const copy = () => mirror.replaceSync(standIn.textContent);
    // Mutation records arrive as a microtask: before the next frame paints.
    new MutationObserver(copy).observe(standIn, { childList: true, characterData: true, subtree: true });
    return standIn;
  };
  try {
    return fn();
  } finally {
    Document.prototype.createElement = original;
  }
}
