// The terminal: xterm.js with a small line editor in front of the engine.
//
// The engine only ever sees whole lines (or a command with its heredoc); editing, history,
// completion and continuation prompts happen here. Output is written as the engine produced it
// (ANSI colours included), with `\n` turned into `\r\n` for the terminal.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';

/** Cells a code point takes: 2 for East Asian wide characters (Hangul, CJK, emoji), 0 for marks. */
export function cellWidth(cp) {
  if (cp === 0 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/**
 * Text that must not steer the terminal (a restored history, an error message quoting a file):
 * C0 controls and DEL in caret notation (`^[`), C1 controls as U+FFFD, so no escape sequence
 * in it can recolour, move, retitle or link anything. Line breaks are kept.
 */
export function visible(text) {
  return String(text)
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, (c) => (c === '\t' ? c : `^${String.fromCharCode(c.charCodeAt(0) ^ 0x40)}`))
    .replace(/[\u0080-\u009f]/g, '\ufffd');
}

/** Cells a piece of text takes, escape sequences counting for none. */
function textWidth(text) {
  let w = 0;
  for (const ch of text.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')) w += cellWidth(ch.codePointAt(0));
  return w;
}

/**
 * Prose (dockling's own help, explanations, greeting) word-wrapped to `cols` cells: a line too
 * long breaks at spaces, its continuation indented like the line; a word longer than a row is
 * left for the terminal to break. Docker's own output is never passed here (its tables must not
 * be reflowed).
 */
export function wrapProse(text, cols) {
  if (!(cols > 10)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (textWidth(line) <= cols) return line;
      const indent = /^ */.exec(line)[0];
      const rows = [];
      let row = '';
      let width = 0;
      for (const word of line.slice(indent.length).split(' ')) {
        const w = textWidth(word);
        if (row && indent.length + width + 1 + w > cols) {
          rows.push(indent + row);
          row = word;
          width = w;
        } else {
          row = row ? `${row} ${word}` : word;
          width += (width ? 1 : 0) + w;
        }
      }
      rows.push(indent + row);
      return rows.join('\n');
    })
    .join('\n');
}

/** The commands whose output is dockling's own prose, wrapped to the terminal's width. */
const PROSE = /^\s*(help|explain|why)(\s|$)/;

/** Output text for the terminal: bare `\n` becomes `\r\n`. */
export function forTerminal(text) {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Lines the terminal keeps above the screen (xterm drops older ones). */
const SCROLLBACK = 5000;

/**
 * The part of `text` the terminal can still show: its last `lines` lines, after a dimmed note
 * of how many were left out. The engine bounds output at 1 MiB, which is half a million lines of
 * `yes`; xterm would parse them all (hundreds of ms in one task) only to drop all but the last
 * few thousand from its scrollback.
 */
export function lastLines(text, lines, maxChars = 256 * 1024) {
  // Without line breaks (`cat /dev/zero`) the line count keeps everything: bound the characters.
  if (text.length > maxChars) {
    const cut = text.length - maxChars;
    return `\x1b[2m# … ${cut} earlier characters not shown …\x1b[0m\n${lastLines(text.slice(cut), lines, Infinity)}`;
  }
  let at = text.length;
  for (let n = 0; n <= lines; n += 1) {
    at = text.lastIndexOf('\n', at - 1);
    if (at < 0) return text;
  }
  let dropped = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) dropped += 1;
  return `\x1b[2m# … ${dropped} earlier lines not shown …\x1b[0m\n${text.slice(at + 1)}`;
}

/** The engine's largest input (`MAX_INPUT`), in UTF-8 bytes. */
const MAX_INPUT = 1 << 20;

/** UTF-8 bytes of a string. */
function utf8Length(text) {
  let n = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

const RESERVED = /(^|[\s;&|])(if|then|else|elif|fi|while|until|for|do|done|case|esac|select|function|!)(?=$|[\s;&|])/;
const SIMPLE_HEREDOC = /^[^'"`\\(){}<]*<<(-?)[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2(?:[ \t;|&>][^'"`\\(){}<$]*)?$/;

/**
 * The delimiter a command line waits for, when the line is one simple command with a single
 * heredoc (`cat > f <<EOF`) and nothing else open: until a line equals it, the command stays
 * incomplete whatever the lines say, so a pasted body need not be re-parsed line by line (which
 * made a pasted MiB-long heredoc quadratic). `null` when in doubt: the engine then decides.
 */
export function simpleHeredoc(line) {
  if (RESERVED.test(line)) return null;
  const m = SIMPLE_HEREDOC.exec(line);
  return m ? { delim: m[3], strip: m[1] === '-' } : null;
}

/** Bytes written to xterm per task, so long output never blocks the page in one piece. */
const SLICE = 16 * 1024;

/** The live log for screen readers keeps this many outputs, each cut to its last characters. */
const LOG_ENTRIES = 20;
const LOG_CHARS = 4000;

/** A pasted script yields every this many lines, or when this much output is waiting. */
const BATCH_LINES = 50;
const BATCH_CHARS = 64 * 1024;

const THEMES = {
  light: { background: '#fbfbfd', foreground: '#1d1f24', cursor: '#1d1f24', selectionBackground: '#b6d4fe' },
  dark: { background: '#14161b', foreground: '#e4e6eb', cursor: '#e4e6eb', selectionBackground: '#31507a' },
};

/**
 * xterm's DOM renderer colours a cell outside the 256-colour palette (the selection's background,
 * a 24-bit colour a learner printed) with a `style` attribute, which a page whose CSP has no
 * 'unsafe-inline' refuses: one console error per run of cells, and the colour lost. The same
 * declarations set through CSSOM are not governed by CSP, so the renderer's one helper for it
 * writes them that way (xterm 6's DomRendererRowFactory; pinned in package.json).
 */
function stylesThroughCssom(term) {
  const core = term._core;
  const renderer = core && core._renderService && core._renderService._renderer;
  const factory = renderer && renderer.value && renderer.value._rowFactory;
  if (!factory || typeof factory._addStyle !== 'function' || factory.viaCssom) return;
  factory.viaCssom = true;
  factory._addStyle = (el, declaration) => {
    el.style.cssText = `${el.style.cssText}${declaration};`;
  };
}

/**
 * A terminal bound to an engine. `engineReady` is a promise of the engine, so the terminal can be
 * laid out while the wasm compiles; keys typed meanwhile wait for it.
 * `hooks.afterRun(result, line, ms)` is called after every command, `hooks.beforeRun()` may return
 * a promise to wait on (a crashed engine being rebuilt). `hooks.onPrompt()` (awaited) replaces
 * marking the page ready when a fresh prompt is shown (the embed pre-types its next command then);
 * `hooks.theme` is `light`, `dark` or `auto` (the system's, the default); `hooks.readonly` ignores
 * the keyboard.
 */
export class Shell {
  constructor(element, engineReady, hooks) {
    this.engine = null;
    this.hooks = hooks;
    this.term = new Terminal({
      convertEol: false,
      // A blinking cursor is motion: off when the reader asked the system for less of it.
      cursorBlink: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      disableStdin: Boolean(hooks.readonly),
      fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "D2Coding", "Noto Sans Mono CJK KR", monospace',
      // 13 px: a `docker ps` row of the seed tutorial (149 columns) fits one row at 1280 px.
      fontSize: 13,
      scrollback: SCROLLBACK,
      allowProposedApi: false,
    });
    this.fit = new FitAddon();
    this.term.loadAddon(this.fit);
    this.term.open(element);
    stylesThroughCssom(this.term);
    // Output reaches screen readers through a live log beside the terminal. (xterm's own
    // screen-reader mode ignores text inserted without key events: phone keyboards, IMEs.)
    this.log = document.createElement('div');
    this.log.setAttribute('role', 'log');
    this.log.setAttribute('aria-live', 'polite');
    this.log.className = 'term-log';
    Object.assign(this.log.style, {
      position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'pre-wrap',
    });
    element.after(this.log);
    this.applyTheme();
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.applyTheme());
    this.fitNow();
    new ResizeObserver(() => this.fitNow()).observe(element);

    this.buffer = []; // code points of the line being edited
    this.cursor = 0; // index into `buffer`
    this.cursorRow = 0; // row of the cursor relative to the prompt's first row
    this.pending = []; // earlier lines of an incomplete command (heredoc, trailing `\`)
    this.lines = []; // ↑/↓ history, single-line commands only
    this.historyAt = 0;
    this.draft = '';
    this.queue = engineReady.then((engine) => {
      this.engine = engine;
    });
    this.lastKeyWasEscape = false;
    this.holds = 0; // > 0 while a lesson types into the terminal: keys wait in `held`
    this.held = [];
    this.batching = false; // true while a pasted script runs (see `input`)
    this.cancelled = false; // Ctrl-C pressed during a pasted script
    this.out = null; // output collected while batching, written in large pieces
    this.ctrlNext = false; // the key bar's Ctrl: the next letter becomes a control character

    // Esc then Tab leaves the terminal, so keyboard users are never trapped (Tab completes).
    this.term.attachCustomKeyEventHandler((ev) => {
      if (ev.type !== 'keydown') return true;
      if (ev.key === 'Tab' && this.lastKeyWasEscape) {
        this.lastKeyWasEscape = false;
        return false;
      }
      this.lastKeyWasEscape = ev.key === 'Escape';
      const mod = (ev.ctrlKey || ev.metaKey) && !ev.altKey;
      if (mod && (ev.key === 'c' || ev.key === 'C')) {
        // With text selected, Ctrl-C (Cmd-C) copies it, as terminals' "copy on selection" keys do.
        if (this.term.hasSelection()) {
          this.copySelection();
          return false;
        }
        // A pasted script is interrupted between two of its lines.
        if (this.batching) {
          this.cancelled = true;
          return false;
        }
      }
      return true;
    });
    this.term.onData((data) => this.send(data));
  }

  /** Input from the keyboard, a paste or the key bar, handled strictly in order. */
  send(data) {
    let keys = data;
    if (this.ctrlNext && keys.length === 1) {
      this.ctrlNext = false;
      if (this.hooks.onCtrl) this.hooks.onCtrl(false);
      const c = keys.toLowerCase().charCodeAt(0);
      if (c >= 0x61 && c <= 0x7a) keys = String.fromCharCode(c - 0x60);
    }
    // While a lesson types a command, the learner's keys wait so they cannot mangle it.
    if (this.holds > 0) {
      this.held.push(keys);
      return;
    }
    this.queue = this.queue.then(() => this.input(keys)).catch((e) => this.report(e));
  }

  /** Holds the learner's keys (a lesson is typing) until as many `release` calls. */
  hold() {
    this.holds += 1;
  }

  release() {
    this.holds = Math.max(0, this.holds - 1);
    if (this.holds === 0 && this.held.length) this.send(this.held.splice(0).join(''));
  }

  /** Copies the terminal's selection to the clipboard (the copy event's default path as well). */
  copySelection() {
    const text = this.term.getSelection();
    this.copied = text;
    try {
      const done = navigator.clipboard && navigator.clipboard.writeText(text);
      if (done && done.catch) done.catch(() => {});
    } catch {
      // No clipboard API (an insecure page): the browser's own copy event still carries it.
    }
  }

  applyTheme() {
    const mode = this.hooks.theme || 'auto';
    const dark = mode === 'auto' ? window.matchMedia('(prefers-color-scheme: dark)').matches : mode === 'dark';
    this.term.options.theme = dark ? THEMES.dark : THEMES.light;
  }

  /**
   * A wide terminal of `cols` columns that scrolls sideways in its box (narrow screens: Docker's
   * tables keep one row per line); 0 fits the box again.
   */
  setWide(cols) {
    this.wide = cols;
    this.fitNow();
  }

  fitNow() {
    try {
      const dims = this.fit.proposeDimensions();
      if (this.wide && dims) {
        if (this.term.cols !== this.wide || this.term.rows !== dims.rows) this.term.resize(this.wide, dims.rows);
      } else {
        this.fit.fit();
      }
      if (this.engine) this.engine.setWidth(this.term.cols);
    } catch {
      // A hidden or zero-sized container cannot be measured; the next resize will fit it.
    }
  }

  /** Writes text and resolves once xterm has processed it (collected while batching). */
  write(text) {
    if (this.out !== null) {
      this.out += text;
      return this.out.length > BATCH_CHARS ? this.flush() : Promise.resolve();
    }
    return new Promise((resolve) => this.term.write(text, resolve));
  }

  /** Writes what a batch collected so far; the await lets keys (Ctrl-C) and painting in. */
  async flush() {
    const text = this.out;
    if (!text) return;
    this.out = null;
    await this.writeSliced(text);
    this.out = '';
  }

  /** Writes long text in slices, yielding between them (xterm parses each write in one go). */
  async writeSliced(text) {
    for (let i = 0; i < text.length; i += SLICE) {
      let end = Math.min(text.length, i + SLICE);
      // Never split a surrogate pair or a `\r\n`.
      if (end < text.length && /[\ud800-\udbff\r]/.test(text[end - 1])) end += 1;
      await this.write(text.slice(i, end));
      i = end - SLICE;
    }
  }

  report(e) {
    this.write(`\r\n\x1b[31m${forTerminal(String(e && e.stack ? e.stack : e))}\x1b[0m\r\n`);
  }

  /** The prompt in force: the engine's, or `> ` while a command continues. */
  promptText() {
    return this.pending.length ? '> ' : this.engine.prompt();
  }

  /** Prints a fresh prompt with an empty line and marks the page ready for input. */
  async freshPrompt() {
    this.buffer = [];
    this.cursor = 0;
    this.cursorRow = 0;
    // While a client follows a container the terminal is busy: no prompt, Ctrl-C ends it.
    const busy = Boolean(this.engine && this.engine.following());
    this.term.element.dataset.following = String(busy);
    await this.write(this.promptText());
    if (this.hooks.onPrompt) await this.hooks.onPrompt();
    else document.body.dataset.ready = 'true';
    // The prompt is usable: the rest of the engine may download now (engine.js).
    if (this.engine && this.engine.promptShown) this.engine.promptShown();
  }

  /** Writes a note (dimmed) above a fresh prompt, e.g. "undone". */
  async note(text) {
    this.pending = [];
    await this.write(`\r\x1b[K\x1b[2m# ${forTerminal(text)}\x1b[0m\r\n`);
    await this.freshPrompt();
  }

  /** Where each position of `cells` widths lands: `[row, col]` after `n` code points. */
  layout(widths, upTo) {
    const cols = Math.max(this.term.cols, 2);
    let row = 0;
    let col = 0;
    for (let i = 0; i < upTo; i += 1) {
      const w = widths[i];
      if (col + w > cols) {
        row += 1;
        col = 0;
      }
      col += w;
      if (col === cols) {
        row += 1;
        col = 0;
      }
    }
    return [row, col];
  }

  /** Redraws the prompt and the line, then puts the cursor where it belongs. */
  /** What the line shows: nothing while a password is typed. */
  shown() {
    return this.engine && !this.engine.answerEchoes() ? [] : this.buffer;
  }

  redraw() {
    const prompt = Array.from(this.promptText());
    const shown = this.shown();
    const all = prompt.concat(shown);
    const widths = all.map((ch) => cellWidth(ch.codePointAt(0)));
    let out = '';
    if (this.cursorRow > 0) out += `\x1b[${this.cursorRow}A`;
    out += '\r' + all.join('');
    const [endRow, endCol] = this.layout(widths, all.length);
    // Text that ends exactly at the right margin leaves xterm's cursor waiting to wrap; a space
    // and a carriage return move it to the next row's start, where the layout says it is.
    if (endCol === 0 && endRow > 0) out += ' \r';
    out += '\x1b[J';
    const [row, col] = this.layout(widths, prompt.length + Math.min(this.cursor, shown.length));
    if (endRow > row) out += `\x1b[${endRow - row}A`;
    out += '\r';
    if (col > 0) out += `\x1b[${col}C`;
    this.cursorRow = row;
    return this.write(out);
  }

  /** Moves the cursor below the edited line (before output). */
  leaveLine() {
    const prompt = Array.from(this.promptText());
    const all = prompt.concat(this.shown());
    const [endRow] = this.layout(all.map((ch) => cellWidth(ch.codePointAt(0))), all.length);
    const down = endRow - this.cursorRow;
    this.cursorRow = 0;
    return this.write((down > 0 ? `\x1b[${down}B` : '') + '\r\n');
  }

  /** Handles one chunk of input: a key's sequence, or pasted text. */
  async input(data) {
    const keys = {
      '\r': () => this.enter(),
      '\x7f': () => this.backspace(),
      '\b': () => this.backspace(),
      '\x1b[3~': () => this.deleteForward(),
      '\x1b[D': () => this.move(this.cursor - 1),
      '\x1b[C': () => this.move(this.cursor + 1),
      '\x1b[H': () => this.move(0),
      '\x1bOH': () => this.move(0),
      '\x1b[1~': () => this.move(0),
      '\x01': () => this.move(0),
      '\x1b[F': () => this.move(this.buffer.length),
      '\x1bOF': () => this.move(this.buffer.length),
      '\x1b[4~': () => this.move(this.buffer.length),
      '\x05': () => this.move(this.buffer.length),
      '\x1b[A': () => this.recall(-1),
      '\x1b[B': () => this.recall(1),
      '\t': () => this.completeWord(),
      '\x03': () => this.interrupt(),
      '\x04': () => this.endOfInput(),
      '\x0c': () => this.clearScreen(),
      '\x15': () => this.killLine(),
    };
    if (keys[data]) return keys[data]();
    if (data.startsWith('\x1b')) return undefined; // other keys (F-keys, Alt-…) do nothing
    const breaks = (data.match(/\r\n?|\n/g) || []).length;
    if (breaks > 1 && !this.batching) return this.batch(data);
    // Typed characters or a paste: printable text is inserted, each line break submits.
    let text = '';
    // Pasted heredoc body lines are echoed in one write (one xterm write per line, each
    // awaited, took minutes for a pasted MiB).
    let echo = '';
    for (let i = 0; i < data.length; i += 1) {
      if (this.cancelled) break;
      const ch = data[i];
      if (ch === '\r' || ch === '\n') {
        if (ch === '\n' && data[i - 1] === '\r') continue;
        if (this.buffer.length === 0 && this.bodyLine(text)) {
          echo += `${text}\r\n${this.promptText()}`;
          text = '';
          continue;
        }
        if (echo) await this.writeSliced(echo);
        echo = '';
        if (text) await this.insert(text);
        text = '';
        await this.enter();
        // A pasted script lets the page breathe every few lines (Ctrl-C, painting).
        if (this.batching && (this.batchLines += 1) % BATCH_LINES === 0) await this.flush();
      } else if (ch === '\t') {
        text += ' ';
      } else if (ch >= ' ' && ch !== '\x7f') {
        text += ch;
      }
    }
    if (echo) await this.writeSliced(echo);
    if (text) await this.insert(text);
    return undefined;
  }

  /**
   * Runs pasted text of several lines as one batch: the output is exactly what typing it would
   * print, but it is written in large pieces and the page redraws its panels once at the end
   * (`hooks.afterBatch`) instead of after every line. Ctrl-C stops it between two lines.
   */
  async batch(data) {
    this.batching = true;
    this.cancelled = false;
    this.batchLines = 0;
    this.out = '';
    try {
      await this.input(data);
    } finally {
      const cancelled = this.cancelled;
      this.cancelled = false;
      if (cancelled) {
        // Like Ctrl-C at a prompt: the half-typed line and an open heredoc are dropped.
        this.buffer = [];
        this.cursor = 0;
        this.pending = [];
        await this.write('^C\r\n');
        this.cursorRow = 0;
        await this.freshPrompt();
      }
      await this.flush();
      this.out = null;
      this.batching = false;
      if (this.hooks.afterBatch) await this.hooks.afterBatch(cancelled);
    }
  }

  insert(text) {
    const chars = Array.from(text);
    this.buffer.splice(this.cursor, 0, ...chars);
    this.cursor += chars.length;
    return this.redraw();
  }

  backspace() {
    if (this.cursor === 0) return undefined;
    this.buffer.splice(this.cursor - 1, 1);
    this.cursor -= 1;
    return this.redraw();
  }

  deleteForward() {
    if (this.cursor >= this.buffer.length) return undefined;
    this.buffer.splice(this.cursor, 1);
    return this.redraw();
  }

  killLine() {
    this.buffer.splice(0, this.cursor);
    this.cursor = 0;
    return this.redraw();
  }

  move(to) {
    const next = Math.max(0, Math.min(this.buffer.length, to));
    if (next === this.cursor) return undefined;
    this.cursor = next;
    return this.redraw();
  }

  recall(step) {
    if (this.pending.length || this.engine.awaitingAnswer()) return undefined;
    if (this.historyAt === this.lines.length) this.draft = this.buffer.join('');
    const next = this.historyAt + step;
    if (next < 0 || next > this.lines.length) return undefined;
    this.historyAt = next;
    const text = next === this.lines.length ? this.draft : this.lines[next];
    this.buffer = Array.from(text);
    this.cursor = this.buffer.length;
    return this.redraw();
  }

  /** Ctrl-D on an empty line ends what `cat > FILE` is reading. */
  async endOfInput() {
    if (this.buffer.length || !this.engine.awaitingAnswer()) return;
    await this.leaveLine();
    await this.execute('\x04');
    await this.freshPrompt();
  }

  async interrupt() {
    await this.move(this.buffer.length);
    await this.write('^C');
    await this.leaveLine();
    if (this.engine.following()) {
      // A client attached to a container (`docker run nginx`, `logs -f`): Ctrl-C goes to it.
      this.buffer = [];
      await this.execute('\x03');
      this.historyAt = this.lines.length;
      await this.freshPrompt();
      return;
    }
    this.pending = [];
    this.historyAt = this.lines.length;
    await this.freshPrompt();
  }

  async clearScreen() {
    await this.write('\x1b[H\x1b[2J\x1b[3J');
    this.cursorRow = 0;
    await this.redraw();
  }

  async completeWord() {
    if (this.engine.awaitingAnswer()) return;
    const before = this.buffer.slice(0, this.cursor).join('');
    const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
    const word = before.slice(start);
    const candidates = this.engine.complete([...this.pending, before].join('\n'));
    if (!candidates || candidates.length === 0) return;
    if (candidates.length === 1) {
      const replacement = Array.from(candidates[0] + (candidates[0].endsWith('/') ? '' : ' '));
      this.buffer.splice(start, Array.from(word).length, ...replacement);
      this.cursor = start + replacement.length;
      await this.redraw();
      return;
    }
    let common = candidates[0];
    for (const c of candidates) {
      while (!c.startsWith(common)) common = common.slice(0, -1);
    }
    if (common.length > word.length) {
      const replacement = Array.from(common);
      this.buffer.splice(start, Array.from(word).length, ...replacement);
      this.cursor = start + replacement.length;
      await this.redraw();
      return;
    }
    // Ambiguous: list the candidates like bash's second Tab, then redraw the line.
    await this.leaveLine();
    await this.write(forTerminal(candidates.join('  ') + '\n'));
    await this.redraw();
  }

  async enter() {
    const line = this.buffer.join('');
    await this.leaveLine();
    if (this.engine.awaitingAnswer()) {
      // An answer (a password) is neither continued nor kept in the ↑ history.
      this.pending = [];
      await this.execute(line);
      await this.freshPrompt();
      return;
    }
    if (this.bodyLine(line)) {
      await this.freshPrompt();
      return;
    }
    this.awaiting = null;
    const text = [...this.pending, line].join('\n');
    if (this.engine.needsMoreInput(text)) {
      if (!this.pending.length) {
        this.awaiting = simpleHeredoc(line);
        this.pendingBytes = utf8Length(line);
      }
      this.pending.push(line);
      await this.freshPrompt();
      return;
    }
    this.pending = [];
    if (line.trim() && !text.includes('\n') && this.lines[this.lines.length - 1] !== line) this.lines.push(line);
    this.historyAt = this.lines.length;
    if (text.trim()) await this.execute(text);
    await this.freshPrompt();
  }

  /**
   * Keeps `line` as one more line of a simple heredoc's body (see `simpleHeredoc`) and returns
   * true; false when the line may end the command and the engine must look at it.
   */
  bodyLine(line) {
    if (!this.awaiting || !this.pending.length) return false;
    const { delim, strip } = this.awaiting;
    const shown = (strip ? line.replace(/^\t+/, '') : line).replace(/\r$/, '');
    const bytes = this.pendingBytes + utf8Length(line) + 1;
    if (shown === delim || bytes > MAX_INPUT) return false;
    this.pendingBytes = bytes;
    this.pending.push(line);
    return true;
  }

  /** Runs a whole command in the engine and prints what it wrote. */
  async execute(text) {
    if (this.hooks.beforeRun) await this.hooks.beforeRun();
    const started = performance.now();
    let result = this.engine.run(text);
    // The lean first module left this line to the full one (engine.js): run it there.
    if (result && result.needs_full && this.engine.runInFull) {
      result = await this.engine.runInFull(text, (note) => this.write(`\x1b[2m# ${forTerminal(note)}\x1b[0m\r\n`));
    }
    const ran = performance.now();
    if (result) {
      if (result.clear) await this.write('\x1b[H\x1b[2J\x1b[3J');
      let out = '';
      for (const chunk of result.output) out += chunk.text;
      // Output without a final newline (`curl -s`, `printf`) would be overwritten by the prompt,
      // which is redrawn from column 0: end it like zsh does, on a line of its own.
      if (out && !out.endsWith('\n')) out += '\n';
      if (out && !text.includes('\n') && PROSE.test(text)) out = wrapProse(out, this.term.cols);
      if (out) this.speak(out);
      if (out) await this.writeSliced(forTerminal(lastLines(out, SCROLLBACK + this.term.rows)));
    } else if (this.hooks.beforeRun) {
      await this.hooks.beforeRun();
    }
    const ms = performance.now() - started;
    // Where a command's time went (stress.mjs): the engine's part, then the terminal's.
    this.timing = { ...(this.engine.timing || {}), write: performance.now() - ran };
    if (this.hooks.afterRun) await this.hooks.afterRun(result, text, ms);
  }

  /** Adds a command's output, without escape sequences, to the live log (its last entries). */
  speak(text) {
    if (!this.log) return;
    const plain = text.slice(-LOG_CHARS).replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b[@-_]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    const entry = document.createElement('p');
    entry.textContent = plain;
    this.log.append(entry);
    while (this.log.childNodes.length > LOG_ENTRIES) this.log.firstChild.remove();
  }

  /** Runs a command as if typed (used by tests and the page's own buttons). */
  typeLine(text) {
    this.queue = this.queue.then(() => this.input(text + '\r'));
    return this.queue;
  }

  focus() {
    this.term.focus();
  }
}
