// Memory images: a reload without replaying the saved session.
//
// A module instance's whole state is its linear memory (the wasm has one mutable global, the
// stack pointer, which is back at its start between calls, and Rust holds no JavaScript objects).
// So a copy of that memory, taken between calls, with the address of the `Playground` in it, is
// the session: copied into a fresh instance of the same module it answers exactly as the one it
// was taken from. The copy is kept in IndexedDB beside the saved session, keyed by a hash of the
// saved text and of the module's bytes; the save (commands + seed) stays the truth: a reload
// whose save or module differs replays it as before, and a restored session is checked against a
// replay of its save in idle time after the prompt (engine.js, `verifyImage`). The engine's code
// does not grow: this is a page feature, the same for the core and the full build.

const DB_NAME = 'dockling';
const STORE = 'images';
/** Images kept at most (the learner's session, and the second slot's or a share link's). */
const KEEP = 2;
/** Sessions shorter than this replay in a few milliseconds: no image is worth its write. */
export const MIN_STEPS = 100;
/** Memory larger than this is not copied (it would only push storage towards its quota). */
const MAX_BYTES = 256 * 1024 * 1024;

/**
 * What a replay must reproduce of a restored session, as one string: its save, picture,
 * timeline, prompt, history length and whether it needs the full build. The page and the
 * worker that replays (verify-worker.js) compute it the same way.
 */
export function fingerprint(pg) {
  return [pg.save(), pg.snapshot(), pg.timeline(), pg.prompt(), String(pg.history().length), String(pg.needsFull())].join('\u0000');
}

/** SHA-256 of a string or bytes, as hex. */
export async function digest(data) {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

let opened = null;

/** The database (opened once), or null where IndexedDB is missing or refused (private modes). */
function db() {
  if (!opened) {
    opened = new Promise((resolve) => {
      try {
        const request = indexedDB.open(DB_NAME, 1);
        // Keyed by the save's hash; the index on `at` finds the oldest without reading images.
        request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'save' }).createIndex('at', 'at');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
  }
  return opened;
}

/** Runs `fn(store)` in a transaction; resolves to the request's result (or null on any failure). */
async function transact(mode, fn) {
  const database = await db();
  if (!database) return null;
  return new Promise((resolve) => {
    try {
      const tx = database.transaction(STORE, mode);
      const request = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : true);
      tx.onerror = () => resolve(null);
      tx.onabort = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** The image kept for the save whose hash is `saveHash`, or null. */
export async function findImage(saveHash) {
  const record = await transact('readonly', (store) => store.get(saveHash));
  return record && record.memory instanceof ArrayBuffer ? record : null;
}

/**
 * The memory image kept for a saved session, looked up while the module compiles (from
 * image-early.js, before main.js has even run, on a reload): `{hash, record}` (`record` null when there is none), or null where images are unavailable.
 */
export async function lookUpImage(save) {
  try {
    if (typeof indexedDB === 'undefined' || !crypto.subtle) return null;
    // The database opens while the save is hashed.
    db();
    const hash = await digest(save);
    return { hash, record: await findImage(hash) };
  } catch {
    return null;
  }
}

/** Forgets the image of a save (it did not match its replay). */
export function dropImage(saveHash) {
  return transact('readwrite', (store) => store.delete(saveHash));
}

/**
 * Keeps `record` (`{save, kind, module, ptr, table, memory, at}`) and forgets all but the
 * newest KEEP images. Resolves true once stored.
 */
export async function keepImage(record) {
  const stored = await transact('readwrite', (store) => store.put(record));
  if (!stored) return false;
  // Oldest first: all but the last KEEP go.
  const byAge = (await transact('readonly', (store) => store.index('at').getAllKeys())) || [];
  if (byAge.length > KEEP) {
    await transact('readwrite', (store) => {
      for (const key of byAge.slice(0, byAge.length - KEEP)) store.delete(key);
      return null;
    });
  }
  return true;
}

/**
 * A copy of an instance's state with `playground` in it: `{ptr, table, memory}`, or null when
 * the memory is too large to keep. Call it between calls into the module, never during one.
 */
export function takeImage(instance, playground) {
  const buffer = instance.memory.buffer;
  if (buffer.byteLength > MAX_BYTES || !playground.__wbg_ptr) return null;
  return { ptr: playground.__wbg_ptr, table: instance.table ? instance.table.length : 0, memory: buffer.slice(0) };
}

/**
 * Puts an image into `instance` (a fresh instance of the module it was taken from, with no
 * `Playground` of its own yet) and returns the restored `Playground`. The externref table grows
 * to the size the image's allocator counts on.
 */
export function restoreImage(instance, record) {
  const memory = instance.memory;
  const missing = record.memory.byteLength - memory.buffer.byteLength;
  if (record.memory.byteLength % 65536) throw new Error('not a memory image');
  if (missing > 0) memory.grow(missing / 65536);
  const table = instance.table;
  if (table && table.length < record.table) table.grow(record.table - table.length);
  new Uint8Array(memory.buffer).set(new Uint8Array(record.memory));
  return instance.Playground.__wrap(record.ptr);
}
