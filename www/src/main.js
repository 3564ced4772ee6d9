// The playground page: boots the engine, then keeps the terminal, the picture, the explanation
// panel and the file editor in step after every command.

import '@xterm/xterm/css/xterm.css';
import { h } from './dom.js';
import { Engine } from './engine.js';
import { initialLang, rememberLang, t } from './i18n.js';
import { keyBar, lessonDrawer } from './keybar.js';
import { onStoreFailure } from './store.js';
import { captureStyles } from './shadow-styles.js';
import { Shell, visible, wrapProse } from './terminal.js';
import { wantTexts } from './texts.js';

/**
 * What the prompt does not need, loaded once it is shown (esbuild chunks, `make dist`): the
 * picture, the files panel, the explanations, the timeline and the lesson panel with its
 * Markdown. A first visit downloads only the terminal, the engine glue and the greeting first.
 */
const panelsLater = () => Promise.all([
  import('./picture.js'),
  import('./files.js'),
  import('./explain.js'),
  import('./timeline.js'),
  import('./lesson.js'),
]);

const $ = (selector) => document.querySelector(selector);
/** Lines of a restored session printed again in the terminal (the rest are in the Timeline). */
const RESTORED_SHOWN = 20;

/** Puts the page's own words in the chosen language (`data-i18n` elements). */
function translatePage(lang) {
  document.documentElement.lang = lang;
  // Until this runs the labels are hidden (style.css), so a Korean page never flashes English.
  document.documentElement.dataset.lang = lang;
  document.title = t(lang, 'title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n);
  for (const button of document.querySelectorAll('[data-lang-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.langChoice === lang));
  }
}

/**
 * The greeting, written to the terminal as soon as it exists: what the page is, a progress line
 * while the engine downloads and compiles, then what to try first. Resolves once it is complete.
 */
function greet(term, lang, starting) {
  const wrap = (text) => wrapProse(text, term.cols).replace(/\n/g, '\r\n');
  term.write(`\x1b[1m${wrap(t(lang, 'welcome'))}\x1b[0m\r\n`);
  const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const t0 = performance.now();
  let frame = 0;
  const draw = () => {
    const spinner = still ? '…' : frames[frame++ % frames.length];
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    term.write(`\r\x1b[K\x1b[2m${spinner} ${t(lang, 'loading')} ${seconds} s\x1b[0m`);
  };
  draw();
  const timer = setInterval(draw, still ? 1000 : 120);
  return starting.then(
    () => {
      clearInterval(timer);
      term.write(
        `\r\x1b[K\x1b[32m✓\x1b[0m ${t(lang, 'loaded')}\r\n`
          + `${wrap(`  \x1b[1mhelp\x1b[0m  ${t(lang, 'tryHelp')}`)}\r\n`
          + `${wrap(`  ${t(lang, 'tryLesson')}`)}\r\n${wrap(`  ${t(lang, 'tryOpen')}`)}\r\n\r\n`,
      );
    },
    () => {
      clearInterval(timer);
      term.write('\r\x1b[K');
    },
  );
}

function announce(text) {
  const status = $('#status');
  status.textContent = '';
  // A fresh text node makes screen readers announce even a repeated message.
  requestAnimationFrame(() => {
    status.textContent = text;
  });
}

/**
 * Notices for the learner that stay until dismissed (a refused share link or saved session,
 * storage that stopped saving): each shown once, in the page's language, in `#notice`.
 */
const notices = [];
let noticesDismissed = false;

function drawNotices(lang) {
  const box = $('#notice');
  box.replaceChildren(
    ...notices.map((n) =>
      h(
        'p',
        { dataset: { notice: n.key } },
        t(lang, n.key),
        n.detail ? ` (${n.detail})` : '',
        n.action ? [' ', h('button', { type: 'button', dataset: { role: n.action.role }, text: t(lang, n.action.key), onclick: n.action.run })] : [],
      ),
    ),
  );
  if (notices.length) {
    box.append(
      h('button', {
        type: 'button',
        class: 'dismiss',
        dataset: { role: 'dismiss-notice' },
        text: t(lang, 'dismiss'),
        onclick: () => {
          noticesDismissed = true;
          box.hidden = true;
        },
      }),
    );
  }
  box.hidden = !notices.length || noticesDismissed;
}

function notify(lang, key, detail = null, action = null) {
  if (notices.some((n) => n.key === key)) return;
  notices.push({ key, detail, action });
  noticesDismissed = false;
  drawNotices(lang);
}

async function boot() {
  const started = performance.now();
  performance.mark('dockling:boot');
  let lang = initialLang();
  translatePage(lang);
  // A full or disabled storage: the page keeps working, and says once that nothing is kept.
  onStoreFailure(() => notify(lang, 'notSaved'));

  const termEl = $('#terminal');
  // The wasm downloads and compiles while the terminal is being laid out; the session is then
  // created for the terminal's real width (Docker's tables and build output are laid out for it).
  let shell = null;
  // The explanation texts of the page's language: downloaded once the prompt is shown
  // (engine.js, `promptShown`), since the prompt needs none of them.
  wantTexts(lang);
  const starting = Engine.start(() => (shell && shell.term.cols) || 80);
  let engine = null;
  let lessons = null;
  let timeline = null;
  // The panels' modules (panelsLater) and the files panel, once loaded after the prompt.
  let panels = null;
  let refreshFiles = null;
  const batched = { events: [], last: null };
  // xterm's own `<style>` elements become constructable sheets (shadow-styles.js), so the page
  // works under a CSP without 'unsafe-inline' in style-src.
  shell = captureStyles(document, () => new Shell(
    termEl,
    starting.then((s) => s.engine),
    {
      // A line may explain itself (`explain`): it runs once the texts are in.
      beforeRun: () => Promise.all([engine.recovering, engine.texts]),
      afterRun: async (result, text, ms) => {
        window.dockling.timings.push(ms);
        // A crash report stays up until the learner has run something on the rebuilt session.
        if (result) $('#alert').hidden = true;
        if (shell.batching) {
          // A pasted script: the panels are drawn once when it ends (afterBatch).
          if (result && batched.events.length < 2000) batched.events.push(...result.events);
          batched.last = [result, text];
          return;
        }
        const drawn = redraw(result ? result.events : [], text);
        const before = performance.now();
        if (lessons) lessons.afterRun(result, text);
        if (timeline) await timeline.afterRun();
        // `nano FILE` on the learner's machine opens the file in the Files panel.
        if (result && result.edit && refreshFiles) refreshFiles.open(result.edit);
        window.dockling.phases.push({ ...shell.timing, ...drawn, lesson: performance.now() - before });
      },
      afterBatch: () => {
        const { events, last } = batched;
        batched.events = [];
        batched.last = null;
        if (!engine) return;
        redraw(events.slice(-500), last && last[1]);
        if (lessons && last) lessons.afterRun(...last);
        if (last && last[0] && last[0].edit && refreshFiles) refreshFiles.open(last[0].edit);
      },
    },
  ));
  performance.mark('dockling:terminal');
  // Phones: keys a touch keyboard lacks, a sideways-scrolling wide mode, the lesson as a drawer.
  const keys = keyBar(termEl.parentElement, shell, lang);
  const drawer = lessonDrawer($('#lesson'), lang);
  if (new URLSearchParams(window.location.search).has('lesson')) drawer.setOpen(true);
  window.dockling.greeting = greet(shell.term, lang, starting);
  const boot_ = await starting;
  performance.mark('dockling:engine');
  engine = boot_.engine;
  engine.setLang(lang);
  const { origin, refused } = boot_;
  if (refused && refused.share) notify(lang, 'shareRefused', refused.share);
  if (refused && refused.stored) notify(lang, 'storedRefused', refused.stored);
  const current = () => engine;
  if (boot_.kept) {
    // A share link opened over the learner's own session: that one is kept, one click away.
    notify(lang, 'previousKept', null, {
      key: 'switchSessions',
      role: 'switch-sessions',
      run: async () => {
        const lines = engine.swapWithKept();
        if (lines === null) return;
        redraw([]);
        if (timeline) timeline.reset();
        await shell.write('\x1b[H\x1b[2J\x1b[3J');
        await shell.note(`${t(lang, 'switched')} (${lines})`);
        announce(t(lang, 'switched'));
      },
    });
  }

  /**
   * Redraws the picture, the file list and the explanations; returns each part's time in ms.
   * Before the panels have loaded there is nothing to draw (they draw the state when they come).
   */
  function redraw(events, line = null) {
    if (!panels) return {};
    const { drawPicture, drawExplanations } = panels;
    const t0 = performance.now();
    const snap = engine.snapshot();
    const t1 = performance.now();
    drawPicture($('#picture'), snap, events, lang);
    const t2 = performance.now();
    refreshFiles(snap, lang);
    const t3 = performance.now();
    drawExplanations($('#explanations'), engine.explanations(lang), lang, { line, glossary: true });
    const t4 = performance.now();
    return { snapshot: t1 - t0, picture: t2 - t1, files: t3 - t2, explain: t4 - t3 };
  }

  // A reload restored from a memory image that its save's replay did not reproduce: the
  // replayed session has replaced it (engine.js `verifyImage`); the picture follows.
  engine.onReplayed = () => redraw([]);
  window.dockling.restoredFrom = boot_.restoredFrom || null;
  engine.onCrash = (message) => {
    const alert = $('#alert');
    alert.hidden = false;
    alert.textContent = `${t(lang, 'crashed')} (${message})`;
    redraw([]);
    shell.note(t(lang, 'crashed'));
  };

  // Language switch: the panel and the picture's words change, the session does not.
  for (const button of document.querySelectorAll('[data-lang-choice]')) {
    button.addEventListener('click', async () => {
      lang = button.dataset.langChoice;
      rememberLang(lang);
      translatePage(lang);
      keys.setLang(lang);
      drawer.setLang(lang);
      drawNotices(lang);
      await wantTexts(lang);
      if (engine) engine.setLang(lang);
      redraw([]);
      if (lessons) lessons.setLang(lang);
      if (timeline) timeline.setLang(lang);
    });
  }

  $('#undo').addEventListener('click', async () => {
    // The last step, a typed line or a save in the Files panel (history() has only the lines).
    const last = timeline ? timeline.lastDone() : '';
    const t0 = performance.now();
    if (engine.undo()) {
      window.dockling.undoMs = performance.now() - t0;
      redraw([]);
      if (refreshFiles) refreshFiles.reload();
      if (timeline) timeline.afterUndo();
      await shell.note(`${t(lang, 'undone')}: ${last}`);
    } else {
      announce(t(lang, 'nothingToUndo'));
    }
  });
  $('#reset').addEventListener('click', async () => {
    engine.reset();
    redraw([]);
    if (timeline) timeline.reset();
    if (lessons) lessons.onReset();
    await shell.write('\x1b[H\x1b[2J\x1b[3J');
    await shell.freshPrompt();
  });
  $('#share').addEventListener('click', async () => {
    const url = engine.shareUrl();
    const out = $('#share-url');
    out.hidden = false;
    out.value = url;
    try {
      await navigator.clipboard.writeText(url);
      announce(t(lang, 'shareCopied'));
    } catch {
      announce(t(lang, 'shareReady'));
    }
    out.select();
  });

  redraw([]);
  // The greeting goes through the terminal's queue, so keys typed early land after the prompt.
  shell.queue = shell.queue.then(async () => {
    const previous = engine.history();
    if (origin !== 'fresh' && previous.length) {
      const heading = origin === 'share' ? t(lang, 'replayed') : t(lang, 'restored');
      // Show what was run before, dimmed, so the learner sees where the picture came from: the
      // last RESTORED_SHOWN lines (the terminal takes ~50 ms to draw a thousand; the Timeline
      // lists every step). A shared or stored history is text from elsewhere: its control
      // characters are shown, not obeyed.
      const hidden = Math.max(0, previous.length - RESTORED_SHOWN);
      const earlier = hidden ? `\x1b[2m# ${t(lang, 'restoredEarlier').replace('{n}', String(hidden))}\x1b[0m\r\n` : '';
      const lines = previous
        .slice(hidden)
        .map((l) => `\x1b[2m$ ${visible(l).replace(/\n/g, '\r\n> ')}\x1b[0m`)
        .join('\r\n');
      await shell.write(`\x1b[2m# ${heading} (${previous.length})\x1b[0m\r\n${earlier}${lines}\r\n`);
    }
    if (boot_.kept) await shell.write(`\x1b[33m# ${t(lang, 'previousKept')}\x1b[0m\r\n`);
    if (refused && refused.share) await shell.write(`\x1b[33m# ${t(lang, 'shareRefused')} (${visible(refused.share).replace(/\n/g, ' ')})\x1b[0m\r\n`);
    if (refused && refused.stored) await shell.write(`\x1b[33m# ${t(lang, 'loadFailed')} (${visible(refused.stored).replace(/\n/g, ' ')})\x1b[0m\r\n`);
    await shell.freshPrompt();
  });
  await shell.queue;
  performance.mark('dockling:usable');
  // The prompt is usable: now the panels (picture, files, explanations, timeline, lessons),
  // after this task so the prompt is drawn before their download starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The explanations panel draws in the page's language: its texts come in meanwhile.
  const [[{ drawPicture }, { fileEditor }, { drawExplanations }, { timelinePanel }, { lessonPanel }]] = await Promise.all([panelsLater(), engine.texts]);
  refreshFiles = fileEditor($('#files'), current, () => redraw([]));
  panels = { drawPicture, drawExplanations };
  // The timeline drawer (timeline.js): jump back to any step, forward again until a new one.
  timeline = timelinePanel($('main.layout'), $('#undo'), {
    engine: current,
    shell,
    lang: () => lang,
    redraw: () => {
      redraw([]);
      refreshFiles.reload();
    },
    announce,
  });
  redraw([]);
  // The lesson panel (lesson.js): the lesson of `?lesson=`, a teacher's file, or a chooser.
  lessons = await lessonPanel($('#lesson'), { engine: current, shell, lang: () => lang, redraw, announce });
  window.dockling.lesson = lessons;
  performance.mark('dockling:prompt');
  shell.focus();
  window.dockling.bootMs = performance.now() - started;
  window.dockling.readyMs = performance.now();
  // Tests draw synthetic snapshots through the same code path as the engine's.
  window.dockling.drawPicture = (snap, events) => drawPicture($('#picture'), snap, events, lang);
  window.dockling.shell = shell;
  window.dockling.engine = engine;
}

window.dockling = { timings: [], phases: [], readyMs: null };
boot().catch((e) => {
  const alert = $('#alert');
  alert.hidden = false;
  alert.textContent = `dockling failed to start: ${e && e.message ? e.message : e}`;
  document.body.dataset.ready = 'error';
});
