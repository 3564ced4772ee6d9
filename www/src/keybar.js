// Phones and tablets: a key bar under the terminal (Tab, Esc, Ctrl, arrows, and a wide,
// sideways-scrolling terminal), and the lesson as a drawer over the bottom of the screen.

import { h } from './dom.js';
import { t } from './i18n.js';

/** What each key of the bar sends, as the terminal's own keys would. */
const KEYS = [
  ['Tab', '\t', 'keyTab'],
  ['Esc', '\x1b', 'keyEsc'],
  ['Ctrl', null, 'keyCtrl'],
  ['←', '\x1b[D', 'keyLeft'],
  ['↑', '\x1b[A', 'keyUp'],
  ['↓', '\x1b[B', 'keyDown'],
  ['→', '\x1b[C', 'keyRight'],
];

const WIDE_KEY = 'dockling.wide';

/** Columns of the wide mode: a `docker ps` row of the seed tutorial (149) fits one row. */
export const WIDE_COLS = 150;

/**
 * Builds the key bar after `anchor` (the terminal's scroller) and wires it to `shell`; returns
 * `setLang(lang)` to relabel it. The buttons never take the focus from the terminal.
 */
export function keyBar(anchor, shell, lang) {
  const buttons = [];
  const press = (fn) => (ev) => {
    ev.preventDefault();
    fn();
    shell.focus();
  };
  const keep = (ev) => ev.preventDefault(); // a pointer press must not move the focus
  let ctrl;
  for (const [label, seq, key] of KEYS) {
    const button = h('button', {
      type: 'button',
      class: 'key',
      dataset: { key: label, i18nLabel: key },
      text: label,
      onpointerdown: keep,
      onmousedown: keep,
      onclick: press(() => {
        if (seq) shell.send(seq);
        else {
          shell.ctrlNext = !shell.ctrlNext;
          ctrl.setAttribute('aria-pressed', String(shell.ctrlNext));
        }
      }),
    });
    if (!seq) {
      ctrl = button;
      button.setAttribute('aria-pressed', 'false');
    }
    buttons.push(button);
  }
  shell.hooks.onCtrl = (on) => ctrl.setAttribute('aria-pressed', String(on));
  let wideOn = false;
  try {
    wideOn = window.localStorage.getItem(WIDE_KEY) === '1';
  } catch {
    // Storage off: the mode starts off.
  }
  const wide = h('button', {
    type: 'button',
    class: 'key wide-toggle',
    dataset: { key: 'wide', i18nLabel: 'keyWide' },
    onpointerdown: keep,
    onmousedown: keep,
    onclick: press(() => setWide(!shell.wide)),
  });
  function setWide(on) {
    wide.setAttribute('aria-pressed', String(on));
    shell.setWide(on ? WIDE_COLS : 0);
    anchor.classList.toggle('wide', on);
    try {
      window.localStorage.setItem(WIDE_KEY, on ? '1' : '0');
    } catch {
      // Not remembered.
    }
  }
  const bar = h('div', { class: 'keybar', role: 'toolbar', dataset: { role: 'keybar' } }, ...buttons, wide);
  anchor.after(bar);
  function setLang(l) {
    bar.setAttribute('aria-label', t(l, 'keyBar'));
    for (const b of [...buttons, wide]) b.setAttribute('aria-label', t(l, b.dataset.i18nLabel));
    wide.textContent = t(l, 'wide');
  }
  setLang(lang);
  if (wideOn) setWide(true);
  return { setLang, setWide, bar };
}

/**
 * On narrow screens the lesson panel becomes a drawer: a button at the bottom opens and closes
 * it (aria-expanded), Esc inside it closes it. Wide screens ignore both (style.css).
 */
export function lessonDrawer(panel, lang) {
  const toggle = h('button', {
    type: 'button',
    class: 'drawer-toggle',
    dataset: { role: 'drawer-toggle' },
    'aria-controls': panel.id,
    'aria-expanded': 'false',
    onclick: () => setOpen(panel.dataset.drawer !== 'open'),
  });
  panel.before(toggle);
  function setOpen(open) {
    panel.dataset.drawer = open ? 'open' : 'closed';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = `${t(toggle.lang || lang, 'lesson')} ${open ? '▾' : '▴'}`;
  }
  panel.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && panel.dataset.drawer === 'open') {
      setOpen(false);
      toggle.focus();
    }
  });
  function setLang(l) {
    toggle.lang = l;
    setOpen(panel.dataset.drawer === 'open');
  }
  setLang(lang);
  return { setOpen, setLang, toggle };
}
