// Explanation texts are data, not part of the module: one file per language
// (`texts/<lang>.txt` beside the script), fetched the first time a page shows that language and
// handed to every live module instance (a fresh instance after a panic gets them again).

/** Where a language's file comes from; the single-file embed replaces it with bundled texts. */
let source = (lang) =>
  fetch(new URL(`./texts/${lang}.txt`, import.meta.url), { credentials: 'omit' })
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '');

const files = new Map();
const wanted = new Set();
const loaders = new Set();

/** Replaces how a language's texts are fetched (`(lang) => Promise<string>`). */
export function setTextSource(fn) {
  source = fn;
}

function file(lang) {
  if (!files.has(lang)) files.set(lang, source(lang));
  return files.get(lang);
}

async function give(load, lang) {
  const text = await file(lang);
  if (!text) return;
  try {
    load(lang, text);
  } catch {
    // An instance that trapped is being replaced; the new one gets the texts too.
  }
}

/** Asks for a language's texts (fetched once) and gives them to every live instance. */
export async function wantTexts(lang) {
  const code = lang === 'ko' ? 'ko' : 'en';
  wanted.add(code);
  await Promise.all([...loaders].map((load) => give(load, code)));
}

/** Registers a new module instance's `loadTexts` and gives it every language asked for so far. */
export async function attachTexts(load) {
  if (typeof load !== 'function') return;
  loaders.add(load);
  if (!wanted.size) wanted.add('en');
  await Promise.all([...wanted].map((lang) => give(load, lang)));
}
