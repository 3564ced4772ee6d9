// Entry of dist/dockling-inline.js: the element with the wasm inside the script as base64, for
// platforms that accept a single script and nothing beside it. Larger (base64 is 4/3 of the
// bytes before gzip), and nothing is fetched.

// Only the full build: one module, no second download (engine.js's swap never happens).
import wasmBase64 from '../pkg-full/dockling_bg.wasm';
import { define } from './embed.js';
import { setTextSource } from './texts.js';
import en from '../../src/explain/i18n/en.txt';
import ko from '../../src/explain/i18n/ko.txt';

// Nothing beside this script: the explanation texts travel inside it too.
setTextSource(async (lang) => (lang === 'ko' ? ko : en));

export { DocklingPlayground, VERSION } from './embed.js';

define(() => {
  const binary = atob(wasmBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return WebAssembly.compile(bytes);
});
