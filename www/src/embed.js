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

/** The version in the README's snippet; bumped with any change to attributes or behaviour. */
export const VERSION = '0.1.0';

const WORDS = {
  en: {
    label: 'Docker practice terminal',
    loading: 'The Docker playground starts when you scroll here.',
    starting: 'Starting…',
    start: 'Start now',
    reset: 'Start over',
    pretyped: 'Press Enter to run the typed command. Esc then Tab leaves the terminal.',
    free: 'Type docker commands and press Enter. Esc then Tab leaves the terminal.',
    replayed: 'The commands above were run for you; try your own. Esc then Tab leaves the terminal.',
    failed: 'The playground could not start',
    lessonFailed: 'The lesson could not be loaded',
  },
  ko: {
    label: '도커 연습 터미널',
    loading: '이곳까지 스크롤하면 도커 연습 터미널이 시작돼요.',
    starting: '시작하는 중…',
    start: '지금 시작',
    reset: '처음부터',
    pretyped: 'Enter를 누르면 입력된 명령어가 실행돼요. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    free: '도커 명령어를 입력하고 Enter를 누르세요. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    replayed: '위 명령어는 미리 실행했어요. 직접 명령어를 입력해 보세요. Esc 다음 Tab을 누르면 터미널에서 빠져나가요.',
    failed: '연습 터미널을 시작하지 못했어요',
    lessonFailed: '레슨을 불러오지 못했어요',
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

export class DocklingPlayground extends HTMLElement {
  static observedAttributes = ['lang', 'theme', 'height', 'picture'];

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
    this.root.replaceChildren(this.frame);
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
  }

  attributeChangedCallback(name) {
    if (!this.frame) return;
    if (name === 'lang') {
      this.label();
      if (this.hintEl && this.hintKey) this.hintEl.textContent = this.words()[this.hintKey];
      if (this.resetButton) this.resetButton.textContent = this.words().reset;
    }
    if (name === 'height') this.applyHeight();
    if (name === 'theme' && this.shell) this.shell.applyTheme();
    if (name === 'picture' && this.pictureEl) this.pictureEl.hidden = !this.showsPicture();
    if (name === 'lang' && this.engine) {
      this.engine.setLang(this.language);
      wantTexts(this.language).then(() => this.redraw([]));
    }
    if (name === 'picture' && this.engine) this.redraw([]);
  }

  label() {
    // The author's own label wins; otherwise the element says what it is in its language.
    if (!this.hasAttribute('aria-label') || this.dataset.autoLabel === 'true') {
      this.setAttribute('aria-label', this.words().label);
      this.dataset.autoLabel = 'true';
    }
  }

  applyHeight() {
    const height = this.getAttribute('height');
    if (!height) return;
    // CSSOM, not a style attribute: allowed under a strict CSP.
    this.style.setProperty('--term-height', /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height);
  }

  showsPicture() {
    const value = this.getAttribute('picture');
    return value === null ? true : !FALSE.has(value.trim().toLowerCase());
  }

  /** `theme`: light, dark or auto (the reader's system; the default). */
  theme() {
    const value = (this.getAttribute('theme') || 'auto').toLowerCase();
    return value === 'light' || value === 'dark' ? value : 'auto';
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

  async boot() {
    const words = this.words();
    this.placeholder.replaceChildren(h('p', { text: words.starting }));
    const termEl = h('div', { class: 'terminal' });
    this.termEl = termEl;
    this.hintEl = h('p', { class: 'hint', id: 'hint' });
    this.explainEl = h('div', { class: 'explanations', 'aria-live': 'polite' });
    this.pictureEl = h('div', { class: 'picture', hidden: !this.showsPicture() });
    this.resetButton = h('button', { type: 'button', text: words.reset, onclick: () => this.resetSession() });
    this.titleEl = h('span', { class: 'title', text: 'docker' });
    const bar = h('div', { class: 'bar' }, this.titleEl, this.resetButton);
    this.placeholder.replaceWith(bar, termEl, this.hintEl, this.explainEl, this.pictureEl);

    const readonly = this.hasAttribute('readonly');
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
        onPrompt: () => this.offerNext(),
      }),
    );
    this.shell = shell;
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
    if (parsed && parsed.title) this.titleEl.textContent = parsed.title;
    // What is always done first: the inline files, then the `setup` commands.
    this.before = [
      { files: this.inlineFiles() },
      ...splitCommands(this.getAttribute('setup'), needsMore).map((command) => ({ command })),
    ];
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
      await shell.freshPrompt();
      // Inline files and `setup` commands first (the state a step starts from), visibly.
      for (const item of this.before) await perform(item);
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
    this.dispatchEvent(new CustomEvent('dockling-ready', { bubbles: true, composed: true }));
  }

  /** At each fresh prompt, pre-types the next offered line (unless the commands are replayed). */
  async offerNext() {
    if (this.autoplay || this.replaying || !this.offers) return;
    // A lesson step's files are written as its first command comes up.
    let wrote = false;
    while (this.offered < this.offers.length && this.offers[this.offered].files) {
      this.writeFiles(this.offers[this.offered].files);
      this.offered += 1;
      wrote = true;
    }
    if (wrote) this.redraw([]);
    if (this.offered >= this.offers.length) return;
    const { line } = this.offers[this.offered];
    this.offered += 1;
    await this.shell.insert(line);
  }

  async resetSession() {
    if (!this.engine) return;
    const shell = this.shell;
    shell.queue = shell.queue.then(async () => {
      this.engine.reset();
      shell.pending = [];
      await shell.write('\x1b[H\x1b[2J\x1b[3J');
    });
    await shell.queue;
    await this.play();
    shell.focus();
  }

  redraw(events) {
    if (!this.engine) return;
    const lang = this.language;
    drawExplanations(this.explainEl, this.engine.explanations(lang), lang);
    if (this.showsPicture()) drawPicture(this.pictureEl, this.engine.snapshot(), events, lang);
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
