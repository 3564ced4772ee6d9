// The timeline: the session's steps listed in a drawer; choosing one goes back to the state right
// after it (the engine restores its nearest checkpoint and replays the few steps after it). The
// steps after it stay listed, to go forward to again, until the learner types or saves something
// new; then the page says they were dropped.

import { h } from './dom.js';
import { t } from './i18n.js';

/** `t` with `{n}` filled in. */
const tn = (lang, key, n) => t(lang, key).replace('{n}', String(n));

/** What a step shows: `$ line`, the path saved in the editor, or a hidden answer. */
function label(lang, entry) {
  if (entry.secret) return t(lang, 'timelineSecret');
  if (entry.write) return `✎ ${entry.text} (${t(lang, 'timelineSaved')})`;
  const first = entry.text.split('\n')[0];
  return `$ ${first}${first.length < entry.text.length ? ' …' : ''}`;
}

/** A step's words for a note in the terminal (one line, control characters shown). */
function short(lang, entry) {
  return label(lang, entry).replace(/[\u0000-\u001f\u007f]/g, '·').slice(0, 120);
}

/**
 * Wires the drawer: a toolbar button (`#timeline-toggle`, inserted after `#undo`) and a panel
 * (`#timeline`, appended to `layout`). `opts`: `engine()`, `shell`, `lang()`, `redraw()`,
 * `announce(text)`. Returns `{afterRun(), setLang(), entries()}`.
 */
export function timelinePanel(layout, toolbarAnchor, opts) {
  let lang = opts.lang();
  let entries = [];
  let undoneBefore = 0;

  const list = h('ol', { class: 'timeline-list', dataset: { role: 'timeline-list' } });
  const heading = h('h2', { id: 'timeline-title', text: t(lang, 'timeline') });
  const hint = h('p', { class: 'hint', text: t(lang, 'timelineHint') });
  const start = h('button', {
    type: 'button',
    class: 'timeline-start',
    dataset: { step: '0' },
    text: t(lang, 'timelineStart'),
    onclick: () => go(0),
  });
  const panel = h(
    'section',
    { id: 'timeline', class: 'panel timeline-panel', 'aria-labelledby': 'timeline-title', hidden: true },
    heading,
    hint,
    start,
    list,
  );
  layout.append(panel);
  const toggle = h('button', {
    type: 'button',
    id: 'timeline-toggle',
    'aria-controls': 'timeline',
    'aria-expanded': 'false',
    text: t(lang, 'timeline'),
    onclick: () => {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) {
        draw();
        const current = list.querySelector('[aria-current="step"]') || start;
        current.focus();
      }
    },
  });
  toolbarAnchor.after(toggle);
  // Arrow keys move between steps; Escape closes the drawer and returns to its button.
  panel.addEventListener('keydown', (ev) => {
    const buttons = [start, ...list.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement);
    if (ev.key === 'Escape') {
      panel.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    } else if (i >= 0 && (ev.key === 'ArrowDown' || ev.key === 'ArrowUp')) {
      ev.preventDefault();
      const next = buttons[Math.max(0, Math.min(buttons.length - 1, i + (ev.key === 'ArrowDown' ? 1 : -1)))];
      next.focus();
    } else if (i >= 0 && (ev.key === 'Home' || ev.key === 'End')) {
      ev.preventDefault();
      buttons[ev.key === 'Home' ? 0 : buttons.length - 1].focus();
    }
  });

  function read() {
    const engine = opts.engine();
    entries = engine.guard((pg) => JSON.parse(pg.timeline()), []);
    return entries;
  }

  function draw() {
    read();
    const done = entries.filter((e) => e.done).length;
    start.toggleAttribute('aria-current', false);
    if (done === 0) start.setAttribute('aria-current', 'step');
    list.replaceChildren(
      ...entries.map((e, i) =>
        h(
          'li',
          { class: e.done ? 'done' : 'undone' },
          h(
            'button',
            {
              type: 'button',
              dataset: { step: String(i + 1) },
              'aria-current': i + 1 === done ? 'step' : null,
              onclick: () => go(i + 1),
            },
            h('span', { class: 'timeline-n', text: `${i + 1}.` }),
            ' ',
            h('span', { class: 'timeline-text', text: label(lang, e) }),
            e.done ? '' : h('span', { class: 'timeline-tag', text: ` (${t(lang, 'timelineUndone')})` }),
          ),
        ),
      ),
    );
  }

  /** Goes to the state right after `step` steps, then says where the learner is. */
  async function go(step) {
    const engine = opts.engine();
    const before = read();
    const done = before.filter((e) => e.done).length;
    if (step === done) {
      opts.announce(t(lang, 'timelineHere'));
      return;
    }
    const t0 = performance.now();
    const moved = engine.guard((pg) => pg.jump(step), false);
    window.dockling.jumpMs = performance.now() - t0;
    if (!moved) return;
    engine.persist();
    opts.redraw();
    read();
    const later = entries.length - step;
    undoneBefore = later;
    const at = step === 0 ? t(lang, 'timelineStart') : short(lang, entries[step - 1]);
    const where = `${tn(lang, step < done ? 'timelineBack' : 'timelineForward', `${step}/${entries.length}`)}: ${at}`;
    const rest = later ? ` — ${tn(lang, 'timelineLater', later)}` : '';
    if (!panel.hidden) draw();
    await opts.shell.note(where + rest);
    opts.announce(where);
    const current = list.querySelector('[aria-current="step"]') || start;
    if (!panel.hidden) current.focus();
  }

  return {
    /** After a command: steps left to redo are gone once something new was typed. */
    async afterRun() {
      if (undoneBefore) {
        read();
        const left = entries.filter((e) => !e.done).length;
        if (left === 0) {
          const dropped = undoneBefore;
          undoneBefore = 0;
          // Before the prompt that follows the command (a note would print one of its own).
          await opts.shell.write(`\x1b[2m# ${tn(lang, 'timelineDropped', dropped)}\x1b[0m\r\n`);
          opts.announce(tn(lang, 'timelineDropped', dropped));
        }
      }
      if (!panel.hidden) draw();
    },
    /** After an undo from the toolbar: the undone step can be redone from the drawer. */
    afterUndo() {
      read();
      undoneBefore = entries.filter((e) => !e.done).length;
      if (!panel.hidden) draw();
    },
    /** The last step taken (for the undo note), or null. */
    lastDone() {
      const done = read().filter((e) => e.done);
      return done.length ? short(lang, done[done.length - 1]) : null;
    },
    setLang(next) {
      lang = next;
      heading.textContent = t(lang, 'timeline');
      hint.textContent = t(lang, 'timelineHint');
      start.textContent = t(lang, 'timelineStart');
      toggle.textContent = t(lang, 'timeline');
      if (!panel.hidden) draw();
    },
    /** After a reset or a switch of sessions: nothing is waiting to be redone. */
    reset() {
      undoneBefore = 0;
      if (!panel.hidden) draw();
    },
    entries: read,
  };
}
