// Starts the download of the engine's module before main.js has even arrived: the lean core
// build, or the full one when the saved session was saved in full (engine.js, `BUILD_KEY`), so a
// reload of such a session fetches only the module it boots into; and on a reload, the read of
// the session's memory image. A classic script (the page's CSP allows no inline code), run as
// soon as it arrives; engine.js's fetch takes the preload.
(() => {
  let saved = false;
  let full = false;
  try {
    saved = Boolean(localStorage.getItem('dockling.session'));
    full = saved && localStorage.getItem('dockling.session.build') === 'full';
  } catch {
    // Storage refused: a first visit as far as this page can tell.
  }
  // A reload: its memory image is read meanwhile (image-early.js; a first visit has none).
  if (saved) import('./image-early.js').catch(() => {});
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = full ? 'dockling_full_bg.wasm' : 'dockling_bg.wasm';
  document.head.append(link);
})();
