// localStorage for the page (the session, lesson progress, settings), read and written so that a
// full or disabled storage never throws into the page: a failed write is reported once, through
// `onStoreFailure`, so the page can tell the learner their work is no longer being kept.

let failure = null;
const listeners = new Set();

/** The stored text for `key`, or null (missing, or storage disabled). */
export function storeGet(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Stores `value` under `key`; false when the browser refused (quota exceeded, storage disabled).
 * The first refusal is reported to every `onStoreFailure` listener; later ones are not, so the
 * learner is told once, however often the page keeps trying.
 */
export function storeSet(key, value) {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch (e) {
    if (!failure) {
      failure = e;
      for (const fn of listeners) {
        try {
          fn(e);
        } catch {
          // A listener's own problem must not turn a failed save into a broken page.
        }
      }
    }
    return false;
  }
}

/** Removes `key`; storage problems are ignored (there is nothing left to keep). */
export function storeRemove(key) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/** Calls `fn(error)` on the first failed write (at once if one has already happened). */
export function onStoreFailure(fn) {
  listeners.add(fn);
  if (failure) fn(failure);
}
