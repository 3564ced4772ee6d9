// Entry of dist/dockling.js: the element, with the wasm fetched from beside this script (CORS,
// so the script and the wasm may live on another origin than the post).

import { define } from './embed.js';

export { DocklingPlayground, VERSION } from './embed.js';

/** Fetches and compiles a wasm file beside this script. */
async function compile(file) {
  const url = new URL(file, import.meta.url);
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  // Streaming compilation needs `application/wasm`; a server that sends another type still works.
  if ((response.headers.get('content-type') || '').startsWith('application/wasm')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// The lean build first, the full one after the prompt (engine.js).
define(() => compile('./dockling_bg.wasm'), () => compile('./dockling_full_bg.wasm'));
