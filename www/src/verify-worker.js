// The replay that checks a memory image (restore.js): a module worker that instantiates the
// compiled module it is sent, replays the saved session in that instance and answers with the
// replayed session's fingerprint (null when it cannot). Terminated after one answer, so its
// memory goes with it. Bundled on its own, with the page's glue left as an import beside it.

import init, { Playground } from './dockling-core.js';
import { fingerprint } from './restore.js';

self.onmessage = async (event) => {
  const { module, save, width } = event.data;
  try {
    await init({ module_or_path: module });
    const pg = Playground.load(save, width);
    self.postMessage(fingerprint(pg));
  } catch {
    self.postMessage(null);
  }
};
