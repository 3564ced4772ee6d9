// Starts the download of the engine's module before main.js has even arrived: the lean core
// build, or the full one when the saved session was saved in full (engine.js, `BUILD_KEY`), so a
// reload of such a session fetches only the module it boots into. A classic script (the page's
// CSP allows no inline code), run as soon as it arrives; engine.js's fetch takes the preload.
(() => {
  let full = false;
  try {
    full = Boolean(localStorage.getItem('dockling.session')) && localStorage.getItem('dockling.session.build') === 'full';
  } catch {
    // Storage refused: a first visit as far as this page can tell.
  }
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.type = 'application/wasm';
  link.crossOrigin = 'anonymous';
  link.href = full ? 'dockling_full_bg.wasm' : 'dockling_bg.wasm';
  document.head.append(link);
})();
