// A reload's memory image (restore.js), looked up in IndexedDB as soon as the page starts: the
// read of several megabytes then overlaps main.js's download and the module's compile instead
// of following them. preload.js imports this only when a session is saved (never on a first
// visit); engine.js takes the lookup from `window.docklingEarlyImage` when it is for the save
// it finds, and looks up again otherwise.

import { lookUpImage } from './restore.js';

let save = null;
try {
  save = localStorage.getItem('dockling.session');
} catch {
  // Storage refused: nothing saved to restore.
}
// Not when main.js has already started the engine (it looked the image up itself).
if (save && window.docklingEarlyImage === undefined) window.docklingEarlyImage = { save, found: lookUpImage(save) };
