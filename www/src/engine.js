// The engine handle: loads the wasm module, owns the `Playground`, persists the session and
// recovers from a Rust panic by rebuilding the session from its last good save.
//
// The page imports the wasm-bindgen glue (`dockling-core.js`) dynamically, not bundled: after a
// panic the module instance is poisoned (its stack pointer and the handle's borrow flag stay where
// the trap left them), so recovery imports a fresh copy of the glue and instantiates the already
// compiled module again. The embeddable element (embed.js) passes its own loader instead: it
// bundles the glue as a factory and makes one instance per playground from a shared module.
//
// Two builds of the engine share the glue: the lean `core` module (`dockling_bg.wasm`, what a
// first visit downloads) and the `full` one (`dockling_full_bg.wasm`), fetched once the prompt
// is shown (`promptShown`). A line core leaves to full comes back with `needs_full`: its output
// is dropped, the session is replayed in full from the last good save (which never holds that
// line), and the line runs again there (`runInFull`). From then on the page uses full only,
// also to recover from a panic. A save loaded into core that needs full upgrades the same way.

import { storeGet, storeRemove, storeSet } from './store.js';
import { digest, dropImage, fingerprint, keepImage, lookUpImage, MIN_STEPS, restoreImage, takeImage } from './restore.js';
import { attachTexts } from './texts.js';
import { t } from './i18n.js';

const STORE_KEY = 'dockling.session';
/**
 * A stored session this page could not load (a newer dockling's format, a hand edit), kept
 * aside before the fresh session overwrites it, so it is not lost for a page that can read it.
 */
const REFUSED_KEY = 'dockling.session.refused';
/**
 * The learner's own saved session, kept as a second slot when a share link with another session
 * is opened over it (nothing is lost: the page offers to switch between the two).
 */
export const PREVIOUS_KEY = 'dockling.session.previous';
/**
 * The build the saved session ran in when it was saved (`full` after a swap; absent for core):
 * a reload of a session that needs full boots straight into it instead of replaying it in core
 * first, and the page's preload (preload.js) fetches that build's module, not core's.
 */
export const BUILD_KEY = 'dockling.session.build';
/** Saves larger than this are not copied aside (they would only push storage towards its quota). */
const REFUSED_MAX = 512 * 1024;

/** The two builds of the module, beside this script. */
const WASM = { core: './dockling_bg.wasm', full: './dockling_full_bg.wasm' };
/** Each build compiled once (a promise), shared by every instance made from it. */
const compiled = { core: null, full: null };
/** The SHA-256 of each build's bytes (a promise), what a memory image is valid for (restore.js). */
const moduleHashes = { core: null, full: null };
let instances = 0;

/** The compiled module of a build (fetched and compiled on first use; retried after a failure). */
function compiledModule(kind) {
  if (!compiled[kind]) {
    // The response is teed before compiling consumes it: one copy compiles, the other is hashed.
    const fetched = fetch(new URL(WASM[kind], import.meta.url)).then((r) => [r, r.clone()]);
    moduleHashes[kind] = fetched
      .then(([, copy]) => copy.arrayBuffer())
      .then(digest)
      .catch(() => null);
    compiled[kind] = fetched.then(([r]) => WebAssembly.compileStreaming(r)).catch((e) => {
      compiled[kind] = null;
      throw e;
    });
  }
  return compiled[kind];
}

/** The hash of a build's bytes (null when it could not be had: then no image is kept or used). */
function moduleHash(kind) {
  return compiledModule(kind).then(() => moduleHashes[kind]);
}

/**
 * The `loadTexts` of module instances made before the prompt: the explanation texts are handed
 * to them once it is shown (`releaseTexts`), so their download never delays it (the prompt
 * needs none of them; the terminal waits for them before it runs the first line). Null after.
 */
let textsHeld = [];

/** Gives a new instance the texts, or holds it until the prompt has been shown. */
function giveTexts(load) {
  if (textsHeld) {
    textsHeld.push(load);
    return Promise.resolve();
  }
  return attachTexts(load);
}

/** The prompt is shown: the texts download now, for every instance held so far (once). */
function releaseTexts() {
  const held = textsHeld || [];
  textsHeld = null;
  return Promise.all(held.map((load) => attachTexts(load)));
}

/** Loads (or reloads, after a panic) the glue and a fresh instance of a build (`core`/`full`). */
async function freshModule(kind = 'core') {
  const glueUrl = new URL('./dockling-core.js', import.meta.url);
  const module = await compiledModule(kind);
  instances += 1;
  // The first instance uses the preloaded glue; later ones add a query string, which makes the
  // browser evaluate a new module record with its own `wasm` variable.
  const url = instances === 1 ? glueUrl.href : `${glueUrl.href}?instance=${instances}`;
  const glue = await import(/* @vite-ignore */ url);
  const exports = await glue.default({ module_or_path: module });
  await giveTexts(glue.loadTexts);
  // A module namespace is frozen: hand back a plain object with the memory beside the glue.
  return {
    kind,
    isFull: glue.isFull,
    Playground: glue.Playground,
    loadTexts: glue.loadTexts,
    takePanic: glue.takePanic,
    panicForTest: glue.panicForTest,
    // Lessons (www/src/lesson.js) are fetched as data; the module parses them (JSON text back).
    parseLesson: (markdown) => JSON.parse(glue.parseLesson(markdown)),
    memory: exports.memory,
    table: exports.__wbindgen_externrefs,
  };
}

/** A random 52-bit seed: exact in JSON and in JavaScript numbers. */
export function randomSeed() {
  const words = new Uint32Array(2);
  crypto.getRandomValues(words);
  return BigInt(words[0] & 0xfffff) * 2n ** 32n + BigInt(words[1]);
}

/** Encodes text as base64url (UTF-8). */
export function toBase64Url(text) {
  const utf8 = new TextEncoder().encode(text);
  let binary = '';
  for (const b of utf8) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (UTF-8) text; throws on malformed input. */
export function fromBase64Url(text) {
  // A `+` of plain base64 arrives as a space once a query or hash is form-decoded.
  const b64 = String(text).replace(/[- ]/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const utf8 = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(utf8);
}

/** Calls `fn` once the page is idle (or after `timeout` ms at the latest). */
function whenIdle(fn, timeout) {
  if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout });
  else setTimeout(fn, Math.min(timeout, 50));
}

/** Waits this long after the last change before copying the engine's memory (restore.js). */
const IMAGE_QUIET_MS = 1500;
/** A restored image is held to its save's replay this long after the prompt, at the earliest. */
const VERIFY_AFTER_MS = 2000;
/** Memory beyond this is copied only when the tab is hidden, not whenever the page is idle. */
const IMAGE_IDLE_MAX = 32 * 1024 * 1024;

/**
 * Restores the saved session `save` from its memory image into `glue` (or a fresh instance of
 * the image's build): `{glue, pg}`, or null when there is no usable image (another build of the
 * module, a damaged copy, the image of another save). `glue` must hold no `Playground` yet; after
 * a failed restore into it, it is not to be used (`poisoned`).
 */
async function restoreFrom(found, save, glue, width) {
  const record = found && found.record;
  if (!record || (record.kind !== 'core' && record.kind !== 'full')) return null;
  if ((await moduleHash(record.kind)) !== record.module) return null;
  const target = record.kind === glue.kind ? glue : await freshModule(record.kind);
  try {
    const pg = restoreImage(target, record);
    // What a replay would not have: the lesson and build watch of the page the image was taken in.
    if (pg.asLoaded) pg.asLoaded();
    pg.setWidth(width);
    // A first call (an image that does not fit this instance traps here, not in the page), and
    // the cheap part of the check: the restored session holds exactly the saved steps. The rest
    // (its state is what they make) is the replay after the prompt, `verifyImage`.
    if (pg.save() !== save) throw new Error('the image holds another session');
    // The image holds the texts of its time; the ones this page fetches replace them.
    await giveTexts(target.loadTexts);
    return { glue: target, pg };
  } catch {
    dropImage(found.hash);
    return { glue: null, pg: null, poisoned: target === glue };
  }
}

/**
 * Replays `save` in a worker (verify-worker.js) with the compiled module of a build; resolves to
 * the replayed session's fingerprint, or null when the worker could not run (then nothing is
 * concluded). The worker's instance goes with it, leaving the page's memory untouched.
 */
async function replayInWorker(kind, save, width) {
  const module = await compiledModule(kind);
  return new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker(new URL('./verify-worker.js', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const done = (value) => {
      worker.terminate();
      resolve(value);
    };
    worker.onmessage = (e) => done(typeof e.data === 'string' ? e.data : null);
    worker.onerror = () => done(null);
    worker.postMessage({ module, save, width });
  });
}

/**
 * The engine as the page uses it. Every call goes through `guard`, which turns a panic into a
 * report (`onCrash(message)`) and a rebuilt session.
 */
export class Engine {
  /**
   * `options.load` makes a fresh glue instance after a panic (default: re-import the page's
   * glue); `options.persistent` false keeps the session out of localStorage (embedded playgrounds,
   * several on one page, must not share or overwrite the page's saved session).
   */
  constructor(glue, playground, width, options = {}) {
    this.glue = glue;
    this.pg = playground;
    this.width = width;
    this.load = options.load || (() => freshModule(glue.kind === 'full' ? 'full' : 'core'));
    // The full build's loader (`options.loadFull`); after the swap it is also `load`.
    this.loadFull = options.loadFull || (() => freshModule('full'));
    this.fullGlue = null;
    this.upgrading = null;
    this.persistent = options.persistent !== false;
    // `options.saved`: the save the caller already has (a restored image's, checked equal).
    this.saved = options.saved || playground.save();
    this.dirty = false;
    this.onCrash = () => {};
    // A restored memory image not yet held to a replay of its save (`verifyImage`), and what the
    // page does when the replay wins (redraw).
    this.image = null;
    this.onReplayed = () => {};
    // The save whose memory image is kept (none is taken again for it), and a pending copy.
    this.imaged = null;
    this.imageTimer = null;
    // A save deferred to idle time must still reach storage when the page goes away.
    if (this.persistent) {
      const flush = () => this.flush();
      window.addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'hidden') return;
        flush();
        // Leaving the tab is a good moment for the memory image too (best effort).
        if (this.imageTimer) this.keepImageNow().catch(() => {});
      });
    }
  }

  /** The last saved session document (saving first when a save is due). */
  get lastGood() {
    this.flush();
    return this.saved;
  }

  /** A fresh, unsaved session from `load()` (the embed's loader), sized by `widthOf()` columns. */
  static async fresh(load, widthOf, loadFull) {
    const glue = await load();
    const width = widthOf();
    const pg = new glue.Playground(randomSeed(), Date.now(), width);
    return new Engine(glue, pg, width, { load, loadFull, persistent: false });
  }

  /** Whether this engine runs the full build (an older glue without `isFull` is full). */
  get full() {
    return !this.glue.isFull || this.glue.isFull();
  }

  /**
   * The terminal has shown a prompt: the explanation texts and the full build may now download
   * (once). `texts` resolves once the texts are in (the terminal awaits it before a line runs).
   */
  promptShown() {
    // After this task, as the full build's download below: the prompt is drawn first.
    if (!this.texts) this.texts = new Promise((resolve) => setTimeout(resolve, 0)).then(releaseTexts);
    // The check of a restored image waits until the page has settled (the lesson panel, the
    // first keys) and is idle: it reads the whole session (its save, picture and timeline), and
    // its worker's replay takes a core for a while, which a page still starting would feel.
    if (this.image && !this.verifyQueued) {
      this.verifyQueued = true;
      setTimeout(() => whenIdle(() => this.verifyImage(), 3000), VERIFY_AFTER_MS);
    }
    if (this.full || this.fullGlue || this.prefetchQueued) return;
    // After this task, so the prompt is drawn and usable before the download starts.
    this.prefetchQueued = true;
    setTimeout(() => {
      this.prefetchQueued = false;
      if (!this.full && !this.fullGlue) this.prefetchFull().catch(() => {});
    }, 0);
  }

  /** Fetches, compiles and instantiates the full build (once; again after a failure). */
  prefetchFull() {
    if (!this.fullGlue) {
      this.fullGlue = this.loadFull().catch((e) => {
        this.fullGlue = null;
        throw e;
      });
    }
    return this.fullGlue;
  }

  /**
   * Swaps to the full build: the last good save replayed there. Resolves true once full runs
   * the session, false when it could not be had (the core session is then rebuilt from that
   * save, since the line that needed full may have changed part of it).
   */
  upgrade() {
    if (this.full) return Promise.resolve(true);
    if (!this.upgrading) {
      this.upgrading = (async () => {
        if (this.recovering) await this.recovering;
        const save = this.lastGood;
        try {
          const glue = await this.prefetchFull();
          const pg = glue.Playground.load(save, this.width);
          this.glue = glue;
          this.load = this.loadFull;
          this.fullGlue = null;
          this.replace(pg);
          this.noteBuild();
          if (this.lang) pg.setLang(this.lang);
          return true;
        } catch (e) {
          this.problem = String(e && e.message ? e.message : e);
          // A full instance that trapped while replaying is poisoned: the next try makes a new one.
          this.fullGlue = null;
          try {
            this.replace(this.glue.Playground.load(save, this.width));
          } catch {
            // Core cannot even replay its own save: keep what is there.
          }
          return false;
        } finally {
          this.upgrading = null;
        }
      })();
    }
    return this.upgrading;
  }

  /**
   * Runs a line that core left to full (`result.needs_full`): `say(text)` shows a short note
   * while full loads, then the line runs there. Returns the result, or null when full could not
   * be loaded (`say` has shown why).
   */
  async runInFull(line, say) {
    const lang = this.lang === 'ko' ? 'ko' : 'en';
    await say(t(lang, 'loadingFull'));
    if (!(await this.upgrade())) {
      await say(`${t(lang, 'fullFailed')} (${this.problem})`);
      return null;
    }
    return this.run(line);
  }

  /**
   * Starts the engine: from a share link (`#s=`), else from localStorage, else fresh.
   * `widthOf()` gives the terminal's columns once the wasm is compiled (the terminal is laid out
   * meanwhile). Returns `{engine, origin: 'share'|'stored'|'fresh', problem, refused, kept}`
   * (`kept`: a share link was opened over a different saved session, now in `PREVIOUS_KEY`):
   * `refused.share` / `refused.stored` say why a share link or the stored session was not
   * loaded (each is loaded whole or not at all), `problem` is both in one line.
   */
  static async start(widthOf) {
    const storedText = storeGet(STORE_KEY);
    // The stored session's memory image is looked up in IndexedDB while the module compiles:
    // already since before main.js ran where preload.js started it (image-early.js).
    const early = window.docklingEarlyImage;
    // Taken once (the global must not keep the image's megabytes alive); `false` also tells an
    // image-early.js that arrives after this not to read the image a second time.
    window.docklingEarlyImage = false;
    const image = storedText ? (early && early.save === storedText ? early.found : lookUpImage(storedText)) : Promise.resolve(null);
    // A session saved in full boots in full: no replay in core to find out that it needs it.
    const kind = storedText && storeGet(BUILD_KEY) === 'full' ? 'full' : 'core';
    let glue = await freshModule(kind).catch((e) => {
      if (kind === 'core') throw e;
      // Full could not be had: core replays the session and swaps when it can.
      return freshModule('core');
    });
    performance.mark('dockling:module');
    const width = widthOf();
    // What was refused and why: `{share, stored}` messages (null when nothing was refused).
    const refused = { share: null, stored: null };
    // Tries to load a saved document; a panic while replaying it (an engine change, a bug) must
    // not brick the page, since the bad document would be loaded again on every visit.
    const attempt = async (text) => {
      try {
        return { pg: glue.Playground.load(text, width), problem: null };
      } catch (e) {
        let message = String(e && e.message ? e.message : e);
        if (e instanceof WebAssembly.RuntimeError) {
          try {
            message = glue.takePanic() || message;
          } catch {
            // The poisoned instance may not answer; the trap's message will do.
          }
          glue = await freshModule(glue.kind);
        }
        return { pg: null, problem: message };
      }
    };
    const hash = new URLSearchParams(window.location.hash.slice(1));
    const shared = hash.get('s');
    if (shared !== null) {
      let text = null;
      try {
        text = fromBase64Url(shared);
      } catch (e) {
        refused.share = `not a share link (${e && e.message ? e.message : e})`;
      }
      if (text !== null) {
        const { pg, problem } = await attempt(text);
        if (pg) {
          const engine = new Engine(glue, pg, width);
          // The learner's own session is not overwritten: it moves to the second slot.
          const own = storeGet(STORE_KEY);
          const kept = Boolean(own) && own !== engine.saved && storeSet(PREVIOUS_KEY, own);
          engine.persist();
          engine.flush();
          await engine.upgradeIfNeeded();
          // The link has done its job; a reload continues from localStorage like any session.
          history.replaceState(null, '', window.location.pathname + window.location.search);
          return { engine, origin: 'share', problem: null, refused, kept };
        }
        refused.share = problem;
      }
    }
    const summary = () => [refused.share && `share link: ${refused.share}`, refused.stored && `saved session: ${refused.stored}`].filter(Boolean).join('; ') || null;
    const stored = storeGet(STORE_KEY);
    if (stored) {
      // A memory image of exactly this save and this module: no replay before the prompt; one
      // runs after it, off the page's thread, to check the image (`verifyImage`).
      const found = stored === storedText ? await image : null;
      performance.mark('dockling:image-read');
      const restored = await restoreFrom(found, stored, glue, width);
      performance.mark('dockling:restored');
      if (restored && restored.pg) {
        const engine = new Engine(restored.glue, restored.pg, width, { saved: stored });
        engine.image = { hash: found.hash, glue: restored.glue };
        engine.imaged = stored;
        return { engine, origin: 'stored', problem: summary(), refused, kept: false, restoredFrom: 'image' };
      }
      if (restored && restored.poisoned) glue = await freshModule(glue.kind);
      const { pg, problem } = await attempt(stored);
      if (pg) {
        const engine = new Engine(glue, pg, width);
        await engine.upgradeIfNeeded();
        // The next reload restores this state instead of replaying it again.
        engine.keepImageSoon();
        return { engine, origin: 'stored', problem: summary(), refused, kept: false, restoredFrom: 'replay' };
      }
      refused.stored = problem;
      // Kept aside (once) rather than overwritten by the fresh session below.
      if (stored.length <= REFUSED_MAX) storeSet(REFUSED_KEY, stored);
    }
    const pg = new glue.Playground(randomSeed(), Date.now(), width);
    const engine = new Engine(glue, pg, width);
    engine.persist();
    return { engine, origin: 'fresh', problem: summary(), refused, kept: false };
  }

  /**
   * Keeps `BUILD_KEY` saying which build holds the saved session (full once swapped; core,
   * whose saves never need full, removes it). Written only when it changes.
   */
  noteBuild() {
    if (!this.persistent) return;
    const kind = this.full ? 'full' : null;
    if (this.notedBuild === kind) return;
    this.notedBuild = kind;
    if (kind) storeSet(BUILD_KEY, kind);
    else storeRemove(BUILD_KEY);
  }

  /** A session loaded into core that replayed a line core leaves to full: swap to full now. */
  async upgradeIfNeeded() {
    if (!this.full && this.pg && this.pg.needsFull && this.pg.needsFull()) await this.upgrade();
  }

  /**
   * Holds a session restored from a memory image to a replay of its save, in a worker after the
   * prompt. When they differ the replay wins: the session is replayed here, the image forgotten,
   * and `onReplayed()` lets the page redraw. `this.verified` says how it ended (for the tests).
   */
  verifyImage() {
    const image = this.image;
    if (!image) return Promise.resolve();
    this.verifying = (async () => {
      try {
        const save = this.lastGood;
        const expected = this.guard((pg) => fingerprint(pg), null);
        if (expected === null) return;
        const replayed = await replayInWorker(image.glue.kind, save, this.width);
        // No answer proves nothing either way: the image's session stays.
        if (replayed === null) {
          this.verified = 'unknown';
          return;
        }
        this.verified = replayed === expected;
        if (this.verified || this.glue !== image.glue || !this.pg) return;
        dropImage(image.hash);
        this.imaged = null;
        let pg;
        try {
          pg = this.glue.Playground.load(this.lastGood, this.width);
        } catch (e) {
          // The save itself does not replay here: that is a crash, recovered as any other.
          if (e instanceof WebAssembly.RuntimeError) this.recover(String(e));
          return;
        }
        this.replace(pg);
        if (this.lang) pg.setLang(this.lang);
        this.onReplayed();
      } catch {
        this.verified = 'unknown';
      } finally {
        this.image = null;
      }
    })();
    return this.verifying;
  }

  /**
   * Copies the engine's memory with the session in it (restore.js) and keeps it beside the save,
   * once the page has been quiet for a while; only for sessions long enough to be worth it and
   * with nothing waiting to be redone (a replay of the save would not have those steps).
   */
  keepImageSoon() {
    if (!this.persistent || !this.glue.kind || typeof indexedDB === 'undefined') return;
    clearTimeout(this.imageTimer);
    // Copying the memory takes about 2 ms a megabyte on the page's thread: a large session's
    // image is taken only when the learner leaves the tab (the visibilitychange handler).
    const large = this.glue.memory && this.glue.memory.buffer.byteLength > IMAGE_IDLE_MAX;
    this.imageTimer = setTimeout(() => {
      if (!large) whenIdle(() => this.keepImageNow(), 2000);
    }, IMAGE_QUIET_MS);
  }

  /** Takes the image now if one is due; resolves true when one was stored. */
  async keepImageNow() {
    clearTimeout(this.imageTimer);
    this.imageTimer = null;
    this.flush();
    const save = this.saved;
    const glue = this.glue;
    if (!this.pg || this.recovering || this.upgrading || this.imaged === save) return false;
    const due = this.guard((pg) => pg.history().length >= MIN_STEPS && JSON.parse(pg.timeline()).every((e) => e.done), false);
    const copy = due && this.pg ? takeImage(glue, this.pg) : null;
    if (!copy) return false;
    const [hash, module] = await Promise.all([digest(save), moduleHash(glue.kind)]);
    if (!module) return false;
    const stored = await keepImage({ save: hash, kind: glue.kind, module, ...copy, at: Date.now() });
    if (stored) this.imaged = save;
    return stored;
  }

  /**
   * Swaps the session with the one kept in the second slot (`PREVIOUS_KEY`), which then holds
   * this one: both stay recoverable. Returns the number of lines of the session now shown, or
   * null when there is nothing kept or it cannot be loaded (then nothing changes).
   */
  swapWithKept() {
    const kept = storeGet(PREVIOUS_KEY);
    if (!kept || !this.pg) return null;
    let pg = null;
    try {
      pg = this.glue.Playground.load(kept, this.width);
    } catch {
      return null;
    }
    const current = this.lastGood;
    this.replace(pg);
    this.flush();
    storeSet(PREVIOUS_KEY, current);
    return this.history().length;
  }

  /**
   * Marks the session for saving (to localStorage, and as the last good state) once the page is
   * idle. Saving serialises the whole history, up to 5,000 lines and heredocs of a MiB, so it
   * stays out of the command's own task; `flush` saves at once (before the next command runs, so
   * a crash always recovers the state just before it, and when the page is hidden).
   */
  persist() {
    this.dirty = true;
    if (this.flushing) return;
    const later = window.requestIdleCallback
      ? (f) => window.requestIdleCallback(f, { timeout: 500 })
      : (f) => setTimeout(f, 50);
    this.flushing = true;
    later(() => {
      this.flushing = false;
      this.flush();
    });
  }

  /** Saves now if a save is due. */
  flush() {
    if (!this.dirty || !this.pg) return;
    this.dirty = false;
    this.saved = this.pg.save();
    if (this.persistent) {
      storeSet(STORE_KEY, this.saved);
      this.noteBuild();
      this.keepImageSoon();
    }
  }

  /** Puts `playground` in place of the current one (which is freed) and saves it. */
  replace(playground) {
    const old = this.pg;
    this.pg = playground;
    if (old) old.free();
    this.persist();
    // A save replayed in core that needs full (a kept session, a lesson's): the terminal waits
    // on `recovering` until full has it.
    if (!this.full && playground.needsFull && playground.needsFull() && !this.upgrading) {
      this.recovering = this.upgrade().then(() => {
        this.recovering = null;
      });
    }
  }

  /** Runs `fn(playground)`; on a panic, reports it, rebuilds the session and returns `fallback`. */
  guard(fn, fallback) {
    // While a crashed instance is being replaced there is no session to ask.
    if (!this.pg) return fallback;
    try {
      return fn(this.pg);
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      let message = null;
      try {
        message = this.glue.takePanic();
      } catch {
        // The poisoned instance may not even answer that; the trap's own message will do.
      }
      this.recover(message || String(e));
      return fallback;
    }
  }

  /** Replaces the poisoned instance with a fresh one loaded from the last good save. */
  recover(message) {
    this.pg = null;
    this.recovering = (async () => {
      this.glue = await this.load();
      try {
        this.pg = this.glue.Playground.load(this.lastGood, this.width);
      } catch (e) {
        // Even the last good state does not load: start over rather than stay broken.
        if (e instanceof WebAssembly.RuntimeError) this.glue = await this.load();
        this.pg = new this.glue.Playground(randomSeed(), Date.now(), this.width);
        this.persist();
      }
      this.recovering = null;
      this.onCrash(message);
    })();
  }

  /**
   * Runs a line; `null` when the engine crashed (the page is told through `onCrash`).
   * `this.timing` keeps how long the wasm call and the save took (stress.mjs reads it).
   */
  run(line) {
    const started = performance.now();
    // The previous command's save, if the page has not been idle since: the last good state.
    this.flush();
    const flushed = performance.now();
    // The language is not part of a save: a rebuilt or undone session hears it again here.
    const result = this.guard((pg) => {
      if (this.lang) pg.setLang(this.lang);
      return JSON.parse(pg.run(line));
    }, null);
    const ran = performance.now();
    // A line core left to full changed nothing worth keeping: the last good save stays the one
    // from before it, which full replays (`runInFull`).
    if (result && !result.needs_full) this.persist();
    this.timing = { run: ran - flushed, persist: flushed - started };
    return result;
  }

  prompt() {
    return this.guard((pg) => pg.prompt(), '$ ');
  }

  /** Whether a client follows a running container (`docker run nginx`): Ctrl-C interrupts it. */
  following() {
    return this.guard((pg) => pg.following(), false);
  }

  /** Tells the engine the terminal's width, so tables and build screens fit it. */
  setWidth(cols) {
    this.guard((pg) => pg.setWidth(cols), undefined);
  }

  needsMoreInput(text) {
    return this.guard((pg) => pg.needsMoreInput(text), false);
  }

  /** Whether the next line answers a question (a password prompt) rather than being a command. */
  awaitingAnswer() {
    return this.guard((pg) => pg.awaitingAnswer(), false);
  }

  /** Whether that answer is shown as typed (false for passwords). */
  answerEchoes() {
    return this.guard((pg) => pg.answerEchoes(), true);
  }

  complete(line) {
    return this.guard((pg) => pg.complete(line), []);
  }

  snapshot() {
    return this.guard((pg) => JSON.parse(pg.snapshot()), null);
  }

  explanations(lang) {
    return this.guard((pg) => JSON.parse(pg.explanations(lang)), []);
  }

  /** The language of the session's own words (`explain`, `help`); remembered across rebuilds. */
  setLang(lang) {
    this.lang = lang;
    this.guard((pg) => pg.setLang(lang), null);
  }

  history() {
    return this.guard((pg) => pg.history(), []);
  }

  undo() {
    const done = this.guard((pg) => pg.undo(), false);
    if (done) this.persist();
    return done;
  }

  reset() {
    this.guard((pg) => pg.reset(), undefined);
    this.persist();
  }

  writeFile(path, content) {
    const out = this.guard((pg) => {
      pg.writeFile(path, content);
      return true;
    }, false);
    if (out) this.persist();
    return out;
  }

  readFile(path) {
    return this.guard((pg) => pg.readFile(path), undefined);
  }

  /** A URL that replays this session on another machine (same seed, same history). */
  shareUrl() {
    const url = new URL(window.location.href);
    url.hash = `s=${toBase64Url(this.lastGood)}`;
    return url.href;
  }

  /** Bytes of the wasm instance's linear memory (for measure.mjs). */
  wasmMemoryBytes() {
    return this.glue.memory ? this.glue.memory.buffer.byteLength : 0;
  }

  /** Makes the engine panic, so the tests can check recovery. */
  crashForTest() {
    return this.guard(() => this.glue.panicForTest(), undefined);
  }
}
