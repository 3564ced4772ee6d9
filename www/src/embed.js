// <dockling-playground>: a live Docker terminal to embed in a blog post.
//
// Each element has its own session (its own wasm instance, so a panic in one leaves the others
// alone); the wasm is fetched and compiled once per page and the compiled module shared. Nothing
// heavy runs until the element comes near the viewport. Everything lives in a shadow root styled
// by constructable stylesheets only, so the post's CSS and the playground's don't meet and a
// strict CSP (no 'unsafe-inline') is enough. Nothing is stored or sent anywhere.
//
// The entry points (embed-url.js, embed-inline.js) call `define(compile)` with the way to get the
// compiled module: fetched beside the script, or decoded from base64 inside it.

import xtermCss from '@xterm/xterm/css/xterm.css';
import pageCss from '../style.css';
import embedCss from './embed.css';
import { createCore } from '../pkg/dockling-factory.js';
import { h } from './dom.js';
import { Engine } from './engine.js';
import { drawExplanations } from './explain.js';
import { t } from './i18n.js';
import { dedent, parseLesson, splitCommands } from './lesson-commands.js';
import { attachTexts, wantTexts } from './texts.js';
import { drawPicture } from './picture.js';
import { captureStyles, sheet } from './shadow-styles.js';
import { Shell, visible } from './terminal.js';
import { oneLine, pictureCounts, plainText, schemeFor, sectionHeading, watchScheme } from './embed-parts.js';

/** The version in the README's snippet; bumped with any change to attributes or behaviour. */
export const VERSION = '0.2.0';

const WORDS = {
  en: {
    label: 'Docker practice terminal',
    loading: 'The Docker playground starts when you scroll here.',
    starting: 'Starting…',
    start: 'Start now',
    reset: 'Start over',
    pretyped: 'Press Enter (or Run) to run the typed command. Esc then Tab leaves the terminal.',
    free: 'Type docker commands and press Enter. Esc then Tab leaves the terminal.',
    replayed: 'The commands above were run for you; try your own. Esc then Tab leaves the terminal.',
    failed: 'The playground could not start',
    lessonFailed: 'The lesson could not be loaded',
    run: 'Run',
    prepared: 'Prepared for you:',
    preparedFailed: 'one of them failed',
    setupLog: 'What the prepared commands printed',
    images: (n) => `${n} image${n === 1 ? '' : 's'}`,
    containers: (n, running) => `${n} container${n === 1 ? '' : 's'}${n ? ` (${running} running)` : ''}`,
    volumes: (n) => `${n} volume${n === 1 ? '' : 's'}`,
    ports: 'ports',
  },
  ko: {
    label: '도커 연습 터미널',
    loading: '이곳까지 스크롤하면 도커 연습 터미널이 시작돼요.',
    starting: '시작하는 중…',
    start: '지금 시작',
    reset: '처음부터',
    pretyped: 'Enter나 실행 버튼을 누르면 입력된 명령어가 실행돼요. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    free: '도커 명령어를 입력하고 Enter를 누르세요. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    replayed: '위 명령어는 미리 실행했어요. 직접 명령어를 입력해 보세요. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    failed: '연습 터미널을 시작하지 못했어요',
    lessonFailed: '레슨을 불러오지 못했어요',
    run: '실행',
    prepared: '미리 실행해 둔 명령어:',
    preparedFailed: '실패한 명령어가 있어요',
    setupLog: '미리 실행한 명령어의 출력',
    images: (n) => `이미지 ${n}개`,
    containers: (n, running) => `컨테이너 ${n}개${n ? `(실행 중 ${running}개)` : ''}`,
    volumes: (n) => `볼륨 ${n}개`,
    ports: '포트',
  },
};

let compileModule = null;
let compiled = null;
// The full build's compiler (`define`'s second argument; the lean `core` build comes first,
// see engine.js); null when the module given is the full one (the inline embed).
let compileFullModule = null;
let compiledFull = null;

/** The compiled module, compiled once for the page (every playground awaits the same promise). */
function compiledModule() {
  if (!compiled) compiled = compileModule();
  return compiled;
}

/** The compiled full build, once for the page; retried after a failure. */
function compiledFullModule() {
  if (!compiledFull) {
    compiledFull = compileFullModule().catch((e) => {
      compiledFull = null;
      throw e;
    });
  }
  return compiledFull;
}

/** A fresh glue copy and wasm instance of a compiled module (also used after a panic). */
async function instance(module) {
  const core = createCore();
  const exports = await core.default({ module_or_path: module });
  await attachTexts(core.loadTexts);
  return { isFull: core.isFull, Playground: core.Playground, takePanic: core.takePanic, panicForTest: core.panicForTest, memory: exports.memory };
}

async function loadCore() {
  return instance(await compiledModule());
}

async function loadFull() {
  return instance(await compiledFullModule());
}

/**
 * Where a lesson id's Markdown lives: `lessons/<id>/<lang>.md` beside this script. Replace
 * `DocklingPlayground.lessonUrl` to serve lessons from elsewhere, or `DocklingPlayground.lessonText`
 * (async `(idOrUrl, lang) => markdown`) to supply them without a fetch.
 */
function defaultLessonUrl(id, lang) {
  return new URL(`lessons/${encodeURIComponent(id)}/${lang === 'ko' ? 'ko' : 'en'}.md`, import.meta.url).href;
}

async function defaultLessonText(lesson, lang) {
  // Anything that looks like a path or URL is fetched as is (relative to the page); an id goes
  // through `lessonUrl`.
  const isUrl = /[/.:]/.test(lesson);
  const url = isUrl ? new URL(lesson, document.baseURI).href : DocklingPlayground.lessonUrl(lesson, lang);
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.text();
}

const FALSE = new Set(['false', 'off', 'hide', 'hidden', 'none', 'no', '0']);
/** `picture` values that open the whole diagram from the start (the default is its summary). */
const FULL = new Set(['full', 'open', 'show', 'true', 'on', 'yes', '1', 'expanded']);
/** Elements a click on the card leaves alone (they do their own thing). */
const INTERACTIVE = 'button, a, summary, input, textarea, select, pre, [tabindex]';

export class DocklingPlayground extends HTMLElement {
  static observedAttributes = ['lang', 'theme', 'height', 'picture', 'label'];

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [sheet(xtermCss), sheet(pageCss), sheet(embedCss)];
    this.engine = null;
    this.shell = null;
    this.offered = 0;
    let resolve;
    let reject;
    /** Resolves once the playground has started and replayed what it was given. */
    this.whenReady = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.whenReady.catch(() => {});
    this.resolveReady = resolve;
    this.rejectReady = reject;
  }

  /** `ko` or `en`: the attribute, else the nearest `lang` around the element, else English. */
  get language() {
    const own = this.getAttribute('lang') || (this.parentElement && this.parentElement.closest('[lang]')?.getAttribute('lang')) || '';
    return own.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  words() {
    return WORDS[this.language];
  }

  connectedCallback() {
    if (this.frame) {
      // Moved in the page before it started: watch again from the new place.
      if (!this.starting && this.observer) this.observer.observe(this);
      if (!this.unwatch) this.unwatch = watchScheme(() => this.applyScheme());
      this.applyScheme();
      return;
    }
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    this.label();
    this.applyHeight();
    this.placeholder = h(
      'div',
      { class: 'placeholder' },
      h('p', { text: this.words().loading }),
      h('button', { type: 'button', text: this.words().start, onclick: () => this.start() }),
    );
    this.frame = h('div', { class: 'frame', part: 'frame' }, this.placeholder);
    // A click anywhere on the card (its bar, hints, explanations) lands in the terminal, so
    // Enter then runs the offered command; controls and selected text keep their click.
    this.frame.addEventListener('click', (ev) => this.cardClick(ev));
    this.root.replaceChildren(this.frame);
    this.applyScheme();
    this.unwatch = watchScheme(() => this.applyScheme());
    // Lazy start: the wasm is fetched and the terminal built only when the element is about to
    // be seen (a post with several playgrounds pays for the first one it shows).
    if ('IntersectionObserver' in window) {
      this.observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this.start();
        },
        { rootMargin: '300px 0px' },
      );
      this.observer.observe(this);
    } else {
      this.start();
    }
  }

  disconnectedCallback() {
    if (this.observer) this.observer.disconnect();
    // Moved rather than removed: connectedCallback watches again.
    if (this.unwatch) this.unwatch();
    this.unwatch = null;
  }

  attributeChangedCallback(name) {
    if (!this.frame) return;
    if (name === 'lang' || name === 'label') this.label();
    if (name === 'lang') {
      const words = this.words();
      if (this.hintEl && this.hintKey) this.hintEl.textContent = words[this.hintKey];
      if (this.resetButton) this.resetButton.textContent = words.reset;
      if (this.runText) this.runText.textContent = words.run;
      this.syncRun();
      if (this.setupLog) this.drawSetup(this.setupLog);
    }
    if (name === 'height') this.applyHeight();
    if (name === 'theme') this.applyScheme();
    if (name === 'picture' && this.pictureEl) {
      this.pictureEl.hidden = !this.showsPicture();
      this.pictureEl.open = this.pictureOpen();
    }
    if (name === 'lang' && this.engine) {
      this.engine.setLang(this.language);
      wantTexts(this.language).then(() => this.redraw([]));
    }
    if (name === 'picture' && this.engine) this.redraw([]);
  }

  /**
   * The accessible name: the author's `aria-label` wins; else "Docker practice terminal: X"
   * where X is the `label` attribute, the lesson's title, the heading of the post's section or
   * the first command, numbered when another playground of the page already has that name.
   */
  label() {
    if (this.hasAttribute('aria-label') && this.getAttribute('aria-label') !== this.ownLabel) return;
    const words = this.words();
    const commands = splitCommands(this.getAttribute('commands') || this.getAttribute('setup'));
    const what = (this.getAttribute('label') || '').trim() || this.lessonTitle || sectionHeading(this) || (commands[0] ? oneLine(commands[0], 60) : '');
    let name = what ? `${words.label}: ${what}` : words.label;
    const others = new Set();
    for (const el of document.querySelectorAll('dockling-playground')) {
      if (el === this) break;
      others.add(el.getAttribute('aria-label'));
    }
    for (let n = 2; others.has(name) && n < 1000; n += 1) name = `${what ? `${words.label}: ${what}` : words.label} (${n})`;
    this.ownLabel = name;
    this.setAttribute('aria-label', name);
  }

  applyHeight() {
    const height = this.getAttribute('height');
    if (!height) return;
    // CSSOM, not a style attribute: allowed under a strict CSP.
    this.style.setProperty('--term-height', /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height);
  }

  /** `picture`: hidden by `hide`/`false`/`off`…; a one-line summary that opens (the default); open with `full`/`show`. */
  showsPicture() {
    const value = this.getAttribute('picture');
    return value === null ? true : !FALSE.has(value.trim().toLowerCase());
  }

  pictureOpen() {
    const value = this.getAttribute('picture');
    return value !== null && FULL.has(value.trim().toLowerCase());
  }

  /**
   * The colour scheme in force, `light` or `dark`: the `theme` attribute's (`light`, `dark`,
   * `auto` for the reader's system), by default the post's own (its background or color-scheme).
   */
  theme() {
    return schemeFor(this.getAttribute('theme'), this);
  }

  applyScheme() {
    if (!this.frame) return;
    const scheme = this.theme();
    this.frame.classList.toggle('dark', scheme === 'dark');
    this.frame.dataset.scheme = scheme;
    if (this.shell) this.shell.applyTheme();
  }

  /** Files given inline as `<script type="text/plain" data-file="path">` children. */
  inlineFiles() {
    return Array.from(this.querySelectorAll(':scope > script[data-file]'), (el) => ({
      path: el.dataset.file,
      content: dedent(el.textContent),
    })).filter((f) => f.path);
  }

  /** Starts the playground (idempotent). Resolves like `whenReady`. */
  start() {
    if (!this.starting) {
      if (this.observer) this.observer.disconnect();
      this.starting = this.boot().then(this.resolveReady, (e) => {
        this.showAlert(`${this.words().failed}: ${e && e.message ? e.message : e}`);
        this.rejectReady(e);
      });
    }
    return this.whenReady;
  }

  showAlert(text) {
    const alert = h('p', { class: 'alert', role: 'alert', text });
    this.frame.prepend(alert);
  }

  /** The terminal takes the keyboard (without scrolling the post). */
  focusTerminal() {
    if (!this.shell) return;
    const area = this.shell.term.textarea;
    if (area) area.focus({ preventScroll: true });
    else this.shell.focus();
  }

  cardClick(ev) {
    if (ev.defaultPrevented || ev.button !== 0) return;
    const path = ev.composedPath();
    if (this.termEl && path.includes(this.termEl)) return; // xterm focuses itself
    if (path.some((n) => n instanceof Element && n.matches(INTERACTIVE))) return;
    const selection = this.root.getSelection ? this.root.getSelection() : document.getSelection();
    if (selection && !selection.isCollapsed && String(selection)) return;
    if (!this.shell) {
      this.start().then(() => this.focusTerminal());
      return;
    }
    this.focusTerminal();
  }

  async boot() {
    const words = this.words();
    this.placeholder.replaceChildren(h('p', { text: words.starting }));
    const termEl = h('div', { class: 'terminal' });
    this.termEl = termEl;
    this.hintEl = h('p', { class: 'hint', id: 'hint' });
    this.explainEl = h('div', { class: 'explanations', 'aria-live': 'polite' });
    this.pictureBody = h('div', { class: 'pic-body' });
    this.pictureCounts = h('span', { class: 'pic-counts' });
    this.pictureTitle = h('span', { class: 'pic-title', text: t(this.language, 'picture') });
    this.pictureEl = h(
      'details',
      { class: 'picture', hidden: !this.showsPicture(), open: this.pictureOpen() },
      h('summary', {}, this.pictureTitle, this.pictureCounts),
      this.pictureBody,
    );
    // Drawn only while open: a closed picture costs one summary line per command.
    this.pictureEl.addEventListener('toggle', () => this.redraw([]));
    this.setupEl = h('details', { class: 'setup', hidden: true });
    this.resetButton = h('button', { type: 'button', text: words.reset, onclick: () => this.resetSession() });
    this.runText = h('span', { text: words.run });
    this.runButton = h(
      'button',
      { type: 'button', class: 'run', 'aria-disabled': 'true', onclick: (ev) => this.runTyped(ev) },
      h('span', { class: 'run-icon', 'aria-hidden': 'true', text: '▶' }),
      this.runText,
    );
    this.titleEl = h('span', { class: 'title', text: 'docker' });
    const readonly = this.hasAttribute('readonly');
    this.runButton.hidden = readonly;
    const bar = h('div', { class: 'bar' }, this.titleEl, this.runButton, this.resetButton);
    this.placeholder.replaceWith(bar, this.setupEl, termEl, this.hintEl, this.explainEl, this.pictureEl);

    // A read-only terminal cannot have commands waiting for Enter: they are replayed instead.
    this.autoplay = this.hasAttribute('autoplay') || readonly;
    let shell = null;
    wantTexts(this.language);
    const starting = Engine.fresh(loadCore, () => (shell && shell.term.cols) || 80, compileFullModule ? loadFull : loadCore);
    const el = this;
    shell = captureStyles(this.root, () =>
      new Shell(termEl, starting, {
        // Read at every change, so setting the attribute later re-themes the terminal.
        get theme() {
          return el.theme();
        },
        readonly,
        beforeRun: () => this.engine && this.engine.recovering,
        afterRun: (result) => this.redraw(result ? result.events : []),
        // A pasted script run as one batch (where the terminal does that) redraws once at its end.
        afterBatch: () => this.redraw([]),
        onPrompt: () => this.offerNext(),
      }),
    );
    this.shell = shell;
    // Again now: the post's stylesheets may have arrived since the element was connected.
    this.applyScheme();
    // Output reaches screen readers as on the page (xterm's accessibility tree, read politely;
    // set here too in case the terminal's own default changes).
    shell.term.options.screenReaderMode = true;
    // The Run button follows the line at the prompt (every edit redraws it).
    const redrawLine = shell.redraw.bind(shell);
    shell.redraw = () => {
      const drawn = redrawLine();
      this.syncRun();
      return drawn;
    };
    // Screen readers announce how to run the offered command and how to leave the terminal.
    if (shell.term.textarea) shell.term.textarea.setAttribute('aria-describedby', 'hint');
    const [engine, lesson] = await Promise.all([starting, this.lesson()]);
    this.engine = engine;
    engine.setLang(this.language);
    engine.onCrash = () => {
      this.redraw([]);
      shell.note(t(this.language, 'crashed'));
    };
    const needsMore = (text) => engine.needsMoreInput(text);
    const parsed = lesson && !lesson.problem ? parseLesson(lesson.text, needsMore) : null;
    if (parsed && parsed.title) {
      this.titleEl.textContent = parsed.title;
      this.lessonTitle = parsed.title;
      this.label();
    }
    // What is always done first: the inline files, then the `setup` commands (quietly).
    this.files = this.inlineFiles();
    this.setup = splitCommands(this.getAttribute('setup'), needsMore);
    // What is replayed (autoplay) or offered at the prompt: the lesson, then `commands`.
    this.items = [
      ...(parsed ? parsed.actions : []),
      ...splitCommands(this.getAttribute('commands'), needsMore).map((command) => ({ command })),
    ];
    // Commands are offered one line at a time (a heredoc's lines each wait for their Enter).
    this.offers = this.items.flatMap((item) => (item.files ? [item] : item.command.split('\n').map((line) => ({ line }))));
    if (lesson && lesson.problem) await shell.write(`\x1b[33m# ${words.lessonFailed} (${visible(lesson.problem)})\x1b[0m\r\n`);
    await this.play();
  }

  /** The lesson's Markdown, if any: `{text}`, or `{problem}` when it could not be read. */
  async lesson() {
    const lesson = this.getAttribute('lesson');
    if (!lesson) return null;
    try {
      return { text: await DocklingPlayground.lessonText(lesson, this.language) };
    } catch (e) {
      return { problem: String(e && e.message ? e.message : e) };
    }
  }

  /** Writes files into the session (relative paths from the current directory). */
  writeFiles(files) {
    for (const f of files) {
      try {
        this.engine.writeFile(f.path, f.content);
      } catch (e) {
        this.shell.write(`\x1b[33m# ${visible(`${f.path}: ${e && e.message ? e.message : e}`)}\x1b[0m\r\n`);
      }
    }
  }

  /**
   * Runs the `setup` commands without printing them into the terminal (a build's whole log
   * would fill the card): the card shows one line saying what was prepared, and opening it shows
   * what they printed. They are in the ↑ history, as if typed.
   */
  async prepare() {
    const log = [];
    for (const command of this.setup) {
      let result = this.engine.run(command);
      // A line the lean first module leaves to the full one runs there (engine.js), quietly too.
      if (result && result.needs_full && this.engine.runInFull) result = await this.engine.runInFull(command, async () => {});
      const out = result ? result.output.map((chunk) => chunk.text).join('') : '';
      log.push({ command, out: plainText(out), status: result ? result.status : 1 });
      if (!command.includes('\n') && this.shell.lines[this.shell.lines.length - 1] !== command) this.shell.lines.push(command);
    }
    this.shell.historyAt = this.shell.lines.length;
    this.setupLog = log;
    this.drawSetup(log);
  }

  drawSetup(log) {
    const words = this.words();
    this.setupEl.hidden = log.length === 0;
    if (!log.length) return;
    const failed = log.some((entry) => entry.status !== 0);
    const summary = `${words.prepared} ${log.map((entry) => oneLine(entry.command, 80)).join(' ; ')}`;
    const text = log.map((entry) => `$ ${entry.command}\n${entry.out}${entry.out && !entry.out.endsWith('\n') ? '\n' : ''}`).join('');
    const pre = h('pre', { class: 'setup-log', tabindex: '0', 'aria-label': words.setupLog, text: text.replace(/\n$/, '') });
    this.setupEl.replaceChildren(
      h('summary', { title: summary }, h('span', { text: summary }), failed ? h('strong', { class: 'setup-failed', text: ` — ${words.preparedFailed}` }) : null),
      pre,
    );
    // A failed step is shown at once: the commands offered next would otherwise make no sense.
    if (failed) this.setupEl.open = true;
  }

  /** Shows the first prompt: replays the commands (autoplay) or pre-types the first one. */
  async play() {
    const shell = this.shell;
    this.offered = 0;
    this.replaying = true;
    const perform = async (item) => {
      if (item.files) this.writeFiles(item.files);
      else await shell.input(`${item.command}\r`);
    };
    shell.queue = shell.queue.then(async () => {
      // Inline files and `setup` commands first (the state a step starts from), quietly.
      if (this.files.length) this.writeFiles(this.files);
      await this.prepare();
      await shell.freshPrompt();
      if (this.autoplay) for (const item of this.items) await perform(item);
      this.replaying = false;
      // Prompts shown while replaying offered nothing: offer the first command now.
      await this.offerNext();
    });
    await shell.queue;
    this.redraw([]);
    const commands = this.items.filter((item) => !item.files).length;
    this.hintKey = this.autoplay && commands ? 'replayed' : commands ? 'pretyped' : 'free';
    this.hintEl.textContent = this.words()[this.hintKey];
    this.syncRun();
    this.dispatchEvent(new CustomEvent('dockling-ready', { bubbles: true, composed: true }));
  }

  /** At each fresh prompt, pre-types the next offered line (unless the commands are replayed). */
  async offerNext() {
    if (this.autoplay || this.replaying || !this.offers) {
      this.syncRun();
      return;
    }
    // A lesson step's files are written as its first command comes up.
    let wrote = false;
    while (this.offered < this.offers.length && this.offers[this.offered].files) {
      this.writeFiles(this.offers[this.offered].files);
      this.offered += 1;
      wrote = true;
    }
    if (wrote) this.redraw([]);
    if (this.offered >= this.offers.length) {
      this.syncRun();
      return;
    }
    const { line } = this.offers[this.offered];
    this.offered += 1;
    await this.shell.insert(line);
  }

  /** The Run button names the line at the prompt, and says so when there is none. */
  syncRun() {
    const button = this.runButton;
    if (!button || !this.shell) return;
    const line = this.shell.buffer.join('');
    const words = this.words();
    const empty = !line.trim() && !this.shell.pending.length;
    button.setAttribute('aria-disabled', String(empty));
    const name = empty ? words.run : `${words.run}: ${oneLine(line, 80)}`;
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
  }

  /**
   * Run: Enter at the prompt. A mouse click then leaves the keyboard in the terminal; from the
   * keyboard focus stays on the button (press it again for the next command) until nothing is
   * left to run.
   */
  async runTyped(ev) {
    const shell = this.shell;
    if (!shell || !this.engine) return;
    const pointer = ev && ev.detail > 0;
    if (this.runButton.getAttribute('aria-disabled') !== 'true') {
      shell.queue = shell.queue.then(() => shell.input('\r')).catch((e) => shell.report(e));
      await shell.queue;
    }
    if (pointer || this.runButton.getAttribute('aria-disabled') === 'true') this.focusTerminal();
  }

  async resetSession() {
    if (!this.engine) return;
    const shell = this.shell;
    shell.queue = shell.queue.then(async () => {
      this.engine.reset();
      shell.pending = [];
      shell.lines = [];
      shell.historyAt = 0;
      await shell.write('\x1b[H\x1b[2J\x1b[3J');
    });
    await shell.queue;
    await this.play();
    this.focusTerminal();
  }

  redraw(events) {
    if (!this.engine) return;
    const lang = this.language;
    // Each explanation in short (its first sentence, the rest behind "More"): the card stays
    // about as tall as its terminal.
    const items = (this.engine.explanations(lang) || []).map((item) => ({ ...item, repeat: true }));
    drawExplanations(this.explainEl, items, lang);
    // Concept links lead into the page's own glossary, which a post does not have.
    for (const a of this.explainEl.querySelectorAll('a.concept')) a.remove();
    if (!this.showsPicture()) return;
    const snap = this.engine.snapshot();
    if (!snap) return;
    this.pictureTitle.textContent = t(lang, 'picture');
    const words = WORDS[lang];
    const n = pictureCounts(snap);
    const parts = [words.images(n.images), words.containers(n.containers, n.running)];
    if (n.volumes) parts.push(words.volumes(n.volumes));
    if (n.ports.length) parts.push(`${words.ports} ${n.ports.join(', ')}`);
    this.pictureCounts.textContent = parts.join(' · ');
    if (!this.pictureEl.open) return;
    drawPicture(this.pictureBody, snap, events, lang);
    // Named groups, not landmarks: a post with several open pictures would have many same-named regions.
    for (const part of this.pictureBody.querySelectorAll('section[aria-label]')) part.setAttribute('role', 'group');
  }

  /** Types `text` and Enter into this playground's terminal, as a reader would (for scripts and tests). */
  async run(text) {
    await this.start();
    // Ctrl-U first: whatever was pre-typed at the prompt gives way to `text`.
    this.shell.queue = this.shell.queue.then(() => this.shell.input('\x15'));
    await this.shell.typeLine(text);
  }
}

DocklingPlayground.lessonUrl = defaultLessonUrl;
DocklingPlayground.lessonText = defaultLessonText;
DocklingPlayground.version = VERSION;

/** Registers the element once; `compile()` resolves to the compiled `WebAssembly.Module`. */
export function define(compile, compileFull = null) {
  compileModule = compile;
  compileFullModule = compileFull;
  if (!customElements.get('dockling-playground')) customElements.define('dockling-playground', DocklingPlayground);
}
