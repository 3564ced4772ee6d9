// The lesson panel: a lesson beside the terminal, played as a tutorial (replay mode: each step's
// files written and commands typed for the learner) or done as an exercise (the learner types;
// the step's goals are checked after every command). Progress is kept per lesson in
// localStorage, and a completion link replays the learner's session so a teacher can verify it.
//
// Lesson text comes from the module (built-in lessons) or from a teacher (a same-origin URL, a
// dropped or picked file): it is rendered by markdown.js, never as HTML.
//
// URL: `?lesson=01-first-container` (a built-in lesson), `?lesson=lessons/mine.md` (a file on
// this site), `?lesson=local` (the file last opened in this browser); `&mode=exercise`,
// `&speed=slow|normal|instant`. A completion link adds `#lesson-done=` with the session (seed,
// start time, every line and file write) and, per step, how far into it the step was completed.

import { h, reducedMotion } from './dom.js';
import { t } from './i18n.js';
import { fromBase64Url, toBase64Url } from './engine.js';
import { renderInline, renderMarkdown } from './markdown.js';
import { storeGet, storeSet } from './store.js';

const WORDS = {
  en: {
    lesson: 'Lesson',
    choose: 'Choose a lesson…',
    openFile: 'Open lesson file…',
    dropHere: 'or drop a lesson file (.md) here',
    replay: 'Tutorial',
    exercise: 'Exercise',
    speed: 'Speed',
    slow: 'slow',
    normal: 'normal',
    instant: 'instant',
    begin: 'Begin',
    next: 'Next step',
    previous: 'Previous step',
    restart: 'Restart',
    playAgain: 'Play again',
    hint: 'Hint',
    noHints: 'No hints for this step.',
    solution: 'Show solution',
    continue: 'Continue',
    step: 'Step',
    steps: 'steps',
    goals: 'Goals',
    met: 'met',
    pending: 'not yet',
    stepDone: 'Step complete.',
    lessonDone: 'Lesson complete!',
    completionLink: 'Completion link (for your teacher)',
    yourName: 'Your name (it goes into the link)',
    copy: 'Copy',
    copied: 'Link copied',
    notLinkable: 'This lesson came from a file: your teacher opens the same file on this page first, then the link.',
    verifying: 'Checking a completed lesson…',
    verified: 'Verified: every goal was met',
    notVerified: 'Not every goal was met',
    notCompleted: 'not completed',
    minutes: 'min',
    typeHint: 'Type the commands yourself; the goals are checked after every command.',
    noGoals: 'This step has no goals: read it, try the commands, then continue.',
    loadFailed: 'Could not open the lesson',
    otherOrigin: 'only http(s) addresses can be opened as lessons',
    corsRefused: '{site} does not let other sites read its files (CORS), or it cannot be reached. Ask its owner to send an Access-Control-Allow-Origin header, or put the lesson on this site',
    notFound: 'there is no lesson at this address (HTTP 404)',
    noLocal: 'the lesson file opened earlier is no longer kept in this browser; open it again',
    resumed: 'Lesson resumed',
    progressRefused: 'The saved progress of this lesson could not be read; the lesson starts from the beginning.',
    fresh: 'A fresh session for the lesson',
    file: 'File',
    filesWritten: 'Files written',
    intro: 'Introduction',
    levels: { beginner: 'beginner', intermediate: 'intermediate', advanced: 'advanced' },
  },
  ko: {
    lesson: '레슨',
    choose: '레슨 고르기…',
    openFile: '레슨 파일 열기…',
    dropHere: '또는 레슨 파일(.md)을 여기에 끌어다 놓으세요',
    replay: '따라 보기',
    exercise: '직접 해 보기',
    speed: '속도',
    slow: '느리게',
    normal: '보통',
    instant: '바로',
    begin: '시작',
    next: '다음 단계',
    previous: '이전 단계',
    restart: '처음부터',
    playAgain: '다시 보기',
    hint: '힌트',
    noHints: '이 단계에는 힌트가 없어요.',
    solution: '정답 보기',
    continue: '계속',
    step: '단계',
    steps: '단계',
    goals: '목표',
    met: '달성',
    pending: '아직',
    stepDone: '단계를 마쳤어요.',
    lessonDone: '레슨을 모두 마쳤어요!',
    completionLink: '완료 링크 (선생님께 보내세요)',
    yourName: '이름 (링크에 들어가요)',
    copy: '복사',
    copied: '링크를 복사했어요',
    notLinkable: '파일로 연 레슨이에요. 선생님이 이 페이지에서 같은 파일을 먼저 연 뒤 링크를 열면 돼요.',
    verifying: '완료한 레슨을 확인하는 중…',
    verified: '확인됨: 모든 목표를 달성했어요',
    notVerified: '달성하지 못한 목표가 있어요',
    notCompleted: '마치지 않음',
    minutes: '분',
    typeHint: '명령어를 직접 입력하세요. 명령어를 실행할 때마다 목표를 확인해요.',
    noGoals: '이 단계에는 목표가 없어요. 읽고 명령어를 해 본 뒤 계속하세요.',
    loadFailed: '레슨을 열 수 없어요',
    otherOrigin: 'http(s) 주소만 레슨으로 열 수 있어요',
    corsRefused: '{site}에서 다른 사이트가 파일을 읽도록 허용하지 않거나(CORS) 연결할 수 없어요. 사이트 관리자에게 Access-Control-Allow-Origin 헤더를 보내 달라고 하거나, 레슨을 이 사이트에 올리세요',
    notFound: '이 주소에 레슨이 없어요(HTTP 404)',
    noLocal: '전에 연 레슨 파일이 이 브라우저에 남아 있지 않아요. 다시 열어 주세요',
    resumed: '레슨을 이어서 해요',
    progressRefused: '이 레슨의 저장된 진도를 읽을 수 없어 처음부터 시작해요.',
    fresh: '레슨을 위한 새 세션',
    file: '파일',
    filesWritten: '파일을 썼어요',
    intro: '소개',
    levels: { beginner: '입문', intermediate: '중급', advanced: '고급' },
  },
};

/** Milliseconds between typed characters. */
const SPEEDS = { slow: 60, normal: 18, instant: 0 };
const pickSpeed = (name) => (Object.hasOwn(SPEEDS, name) ? name : null);
const SPEED_KEY = 'dockling.lessonSpeed';
const PROGRESS_PREFIX = 'dockling.progress.';
/** A teacher's lesson file opened in this browser, kept so a reload can open it again. */
const FILE_KEY = 'dockling.lessonFile';
/** `?lesson=local` names that file. */
const LOCAL = 'local';
/** The hash key of a completion link. */
const DONE_KEY = 'lesson-done';
/** The learner's name for completion links, asked once and kept. */
const NAME_KEY = 'dockling.learnerName';
/** Built-in lesson IDs look like this; anything else in `?lesson=` is a URL. */
const BUILTIN_ID = /^\d\d-[a-z0-9-]+$/;

/** Fetched lesson files by URL, so opening a lesson again (or switching back) costs nothing. */
const fetched = new Map();

/** Fetches a text file beside the page once; throws with `path: HTTP status` on failure. */
function fetchOnce(path) {
  const url = new URL(path, import.meta.url).href;
  if (!fetched.has(url)) {
    const text = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.text();
    });
    // A failed fetch is not kept: the next attempt asks again.
    text.catch(() => fetched.delete(url));
    fetched.set(url, text);
  }
  return fetched.get(url);
}

/** The built-in lesson list: `[{id, lang, title, level, minutes}]` (lessons/index.json). */
async function fetchLessonIndex() {
  const list = JSON.parse(await fetchOnce('lessons/index.json'));
  return Array.isArray(list) ? list.filter((l) => l && BUILTIN_ID.test(l.id) && (l.lang === 'en' || l.lang === 'ko')) : [];
}

/** The Markdown of built-in lesson `id` in `lang`. */
function fetchLessonText(id, lang) {
  return fetchOnce(`lessons/${encodeURIComponent(id)}/${lang === 'ko' ? 'ko' : 'en'}.md`);
}

function w(lang, key) {
  return (WORDS[lang] || WORDS.en)[key] ?? WORDS.en[key];
}

/** Lesson text for the terminal: control characters dropped, so it cannot send escape sequences. */
const plain = (text) => String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The session document the engine last saved (seed, start time, history). */
function saveDoc(engine) {
  try {
    return JSON.parse(engine.lastGood);
  } catch {
    return { history: [] };
  }
}

/**
 * Builds the lesson panel in `root`. `ctx`: `{engine(), shell, lang(), redraw(events),
 * announce(text)}`. Resolves to `{afterRun(result), setLang(lang), state}` once the lesson of
 * the URL (if any) is open.
 */
export async function lessonPanel(root, ctx) {
  const engine = () => ctx.engine();
  const glue = () => engine().glue;
  const params = new URLSearchParams(window.location.search);
  const state = {
    source: null, // {kind: 'builtin', id} | {kind: 'url', url} | {kind: 'file', name}
    markdown: '',
    lesson: null,
    mode: params.get('mode') === 'exercise' ? 'exercise' : 'replay',
    speed: pickSpeed(params.get('speed')) || pickSpeed(storeGet(SPEED_KEY)) || (reducedMotion() ? 'instant' : 'normal'),
    step: -1, // -1: the introduction
    statuses: [], // per step: [{goal, met, description, detail}] or null (not checked yet)
    done: [], // per step: completed
    marks: [], // per step: length of the session history when it was completed
    hints: [], // per step: hints shown
    solution: [], // per step: solution shown
    times: [], // per step: wall milliseconds from entering it to completing it
    auto: [], // history indices the page itself wrote or typed (a step's files)
    enteredAt: 0, // wall clock when the current step was entered
    unmetSeen: false, // exercise rule: a goal of the current step did not hold since it began
    playing: false,
    verify: null, // {running, results} while replaying and showing a completion link
    error: null,
    complete: false,
  };

  // The built-in lessons are data beside the page (`lessons/index.json` and one `.md` per
  // language), fetched when the panel opens and when a lesson is first opened; the module holds
  // none of them.
  let list = [];
  try {
    list = await fetchLessonIndex();
  } catch (e) {
    state.error = String(e && e.message ? e.message : e);
  }

  const lang = () => (state.lesson ? state.lesson.lang : ctx.lang());
  const progressKey = () => `${PROGRESS_PREFIX}${state.lesson.id}`;

  // ---- the engine side ---------------------------------------------------------------------

  /** Runs `fn(pg)` with the lesson set on the current playground (a rebuilt one needs it again). */
  function withLesson(fn, fallback) {
    return engine().guard((pg) => {
      if (!pg.hasLesson() && state.markdown) pg.setLesson(state.markdown);
      return fn(pg);
    }, fallback);
  }

  function check(step) {
    return withLesson((pg) => JSON.parse(pg.checkGoals(step)), []) || [];
  }

  /** Replaces the session with a fresh one (the lesson's seed, a fixed start time). */
  async function freshSession(seed = state.lesson ? state.lesson.seed : 1, startMs = 0, note = w(lang(), 'fresh')) {
    const eng = engine();
    if (eng.recovering) await eng.recovering;
    eng.replace(new eng.glue.Playground(BigInt(seed), startMs, ctx.shell.term.cols || 80));
    withLesson(() => undefined);
    await inTerminal(async () => {
      ctx.shell.pending = [];
      await ctx.shell.write(`\x1b[H\x1b[2J\x1b[3J\x1b[2m# ${note}\x1b[0m\r\n`);
      await ctx.shell.freshPrompt();
    });
    ctx.redraw([]);
  }

  /** Runs `fn` in the terminal's queue, after every key typed so far. */
  function inTerminal(fn) {
    const shell = ctx.shell;
    shell.queue = shell.queue.then(fn).catch((e) => shell.report(e));
    return shell.queue;
  }

  /** Writes a step's files through the editor path (they become part of the session's history). */
  function writeFiles(step) {
    const problems = [];
    for (const [path, content] of step.files || []) {
      if (!engine().writeFile(path, content)) problems.push(path);
    }
    ctx.redraw([]);
    return problems;
  }

  /**
   * Tells the terminal which files a step wrote. `running`: called while a command is being
   * run (inside the terminal's queue, before its prompt), so the note is written directly.
   */
  function fileNote(step, running) {
    const paths = (step.files || []).map(([path]) => path);
    if (!paths.length) return undefined;
    const text = plain(`${w(lang(), 'filesWritten')}: ${paths.join(', ')}`);
    if (running) return ctx.shell.write(`\x1b[2m# ${text}\x1b[0m\r\n`);
    return inTerminal(() => ctx.shell.note(text));
  }

  /** Types a command into the terminal at the chosen speed (instant: as one paste). */
  async function typeCommand(command, speed) {
    const text = `${command.replace(/\r?\n/g, '\r')}\r`;
    const delay = pickSpeed(speed) ? SPEEDS[speed] : 0;
    // The learner's keys wait until the command is typed (they would land inside it).
    ctx.shell.hold();
    try {
      if (!delay) {
        await inTerminal(() => ctx.shell.input(text));
        return;
      }
      for (const ch of Array.from(text)) {
        await inTerminal(() => ctx.shell.input(ch));
        await sleep(ch === '\r' ? delay * 6 : delay);
      }
    } finally {
      ctx.shell.release();
    }
  }

  // ---- progress ----------------------------------------------------------------------------

  function saveProgress() {
    if (!state.lesson || state.verify) return;
    storeSet(
      progressKey(),
      JSON.stringify({
        v: 1,
        lang: state.lesson.lang,
        mode: state.mode,
        step: state.step,
        done: state.done,
        marks: state.marks,
        complete: state.complete,
        seen: state.unmetSeen,
        save: engine().lastGood,
      }),
    );
  }

  /**
   * The stored progress of the open lesson, or null. A document this page cannot read (another
   * format version, a hand edit, a truncated write) counts as none, and `state.progressRefused`
   * says so, so the learner is told; it is only replaced once there is new progress to keep.
   */
  function loadProgress() {
    state.progressRefused = false;
    const text = storeGet(progressKey());
    if (text === null) return null;
    let p = null;
    try {
      p = JSON.parse(text);
    } catch {
      p = null;
    }
    const ok =
      p !== null &&
      typeof p === 'object' &&
      p.v === 1 &&
      Array.isArray(p.done) &&
      (p.marks === undefined || Array.isArray(p.marks)) &&
      (p.save === undefined || p.save === null || typeof p.save === 'string');
    if (!ok) {
      state.progressRefused = true;
      return null;
    }
    return p;
  }

  /** The completion link: the lesson, and the session (seed, start time, history) with marks. */
  function completionLink() {
    const doc = saveDoc(engine());
    // v2 adds what only the page saw; the teacher page replays the history and decides.
    const payload = {
      v: 2,
      name: storeGet(NAME_KEY) || '',
      mode: state.mode,
      seed: doc.seed,
      start_ms: doc.start_ms,
      history: doc.history || [],
      marks: state.marks,
      times: state.times,
      hints: state.hints,
      sol: state.solution.map((x) => (x ? 1 : 0)),
      auto: state.auto,
    };
    const url = new URL(window.location.href);
    url.search = '';
    if (state.source.kind === 'builtin') url.searchParams.set('lesson', state.source.id);
    else if (state.source.kind === 'url') url.searchParams.set('lesson', state.source.url);
    // A file lesson: the teacher opens the same file on the page first (it is kept), then the link.
    else url.searchParams.set('lesson', LOCAL);
    url.searchParams.set('lang', state.lesson.lang);
    url.hash = `${DONE_KEY}=${toBase64Url(JSON.stringify(payload))}`;
    return url.href;
  }

  /**
   * Forgets every step's goals, completion and mark (a new lesson, Begin, the page's Reset);
   * `keepShown` keeps which hints and solutions were shown.
   */
  function clearProgress({ keepShown = false } = {}) {
    const n = state.lesson.steps.length;
    state.statuses = Array(n).fill(null);
    state.done = Array(n).fill(false);
    state.marks = Array(n).fill(null);
    state.times = Array(n).fill(null);
    state.auto = [];
    if (!keepShown) {
      state.hints = Array(n).fill(0);
      state.solution = Array(n).fill(false);
    }
    state.complete = false;
  }

  // ---- opening a lesson --------------------------------------------------------------------

  /**
   * Opens a lesson from Markdown; throws with the parse error. Lessons (their parser and goal
   * checks) are in the full build only, so a session still in the lean core one swaps first.
   */
  async function open(markdown, source) {
    const eng = engine();
    if (!eng.full && !(await eng.upgrade())) throw new Error(`${t(ctx.lang(), 'fullFailed')} (${eng.problem})`);
    const lesson = glue().parseLesson(markdown);
    state.markdown = markdown;
    state.lesson = lesson;
    state.source = source;
    state.error = null;
    state.step = -1;
    clearProgress();
    state.verify = null;
    engine().guard((pg) => pg.setLesson(markdown), undefined);
  }

  /** The Markdown of a built-in lesson in `want` (or its first language); null when unknown. */
  async function builtinMarkdown(id, want) {
    const langs = list.filter((l) => l.id === id).map((l) => l.lang);
    if (!langs.length) return null;
    const pick = langs.includes(want) ? want : langs[0];
    return fetchLessonText(id, pick);
  }

  async function openFromParam(value) {
    if (BUILTIN_ID.test(value) && list.some((l) => l.id === value)) {
      await open(await builtinMarkdown(value, params.get('lang') || ctx.lang()), { kind: 'builtin', id: value });
      return;
    }
    if (value === LOCAL) {
      let kept = null;
      try {
        kept = JSON.parse(storeGet(FILE_KEY) || 'null');
      } catch {
        // A damaged copy is as good as none: the learner opens the file again.
      }
      if (!kept || typeof kept !== 'object' || typeof kept.markdown !== 'string') throw new Error(w(ctx.lang(), 'noLocal'));
      await open(kept.markdown, { kind: 'file', name: String(kept.name) });
      return;
    }
    const url = new URL(value, window.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(w(ctx.lang(), 'otherOrigin'));
    // Another site's lesson loads when that site allows it (CORS), without cookies; a refusal
    // and an unreachable site look the same to a page (a TypeError), so both are said at once.
    const same = url.origin === window.location.origin;
    let res;
    try {
      res = await fetch(url.href, same ? { credentials: 'same-origin' } : { mode: 'cors', credentials: 'omit' });
    } catch (e) {
      if (same) throw e;
      throw new Error(w(ctx.lang(), 'corsRefused').replace('{site}', url.host));
    }
    if (res.status === 404) throw new Error(`${w(ctx.lang(), 'notFound')}: ${url.href}`);
    if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
    await open(await res.text(), { kind: 'url', url: value });
  }

  /** After opening: resume saved progress (restoring its session if the page has another). */
  async function resume() {
    const p = loadProgress();
    if (!p) {
      if (state.progressRefused) await inTerminal(() => ctx.shell.note(w(lang(), 'progressRefused')));
      return;
    }
    state.mode = p.mode === 'exercise' ? 'exercise' : 'replay';
    const n = state.lesson.steps.length;
    state.step = Number.isInteger(p.step) ? Math.max(-1, Math.min(n - 1, p.step)) : -1;
    for (let i = 0; i < n; i += 1) {
      state.done[i] = p.done[i] === true;
      state.marks[i] = Array.isArray(p.marks) && Number.isInteger(p.marks[i]) ? p.marks[i] : null;
    }
    // Complete only if every step is: a hand-edited `complete` alone does not finish a lesson.
    state.complete = p.complete === true && state.done.every(Boolean);
    const eng = engine();
    if (p.save && p.save !== eng.lastGood) {
      // The page holds another session (free play, another lesson): bring the lesson's back.
      try {
        eng.replace(eng.glue.Playground.load(p.save, ctx.shell.term.cols || 80));
      } catch (e) {
        // An unreadable save: keep the page's session; the goals are checked against it. A
        // panic while replaying it leaves the instance poisoned: rebuild it from the page's save.
        if (e instanceof WebAssembly.RuntimeError) {
          eng.recover(String(e));
          await eng.recovering;
        }
      }
    }
    withLesson(() => undefined);
    for (let i = 0; i < n; i += 1) {
      if (state.done[i]) state.statuses[i] = check(i).map((g) => ({ ...g, met: true }));
    }
    // The exercise rule carries over a reload: a goal of the current step that did not hold
    // since it began (saved), or does not hold now, lets the learner's next command complete it.
    const current = state.step >= 0 && !state.done[state.step] ? state.step : -1;
    state.unmetSeen = current >= 0 && (p.seen === true || check(current).some((g) => !g.met));
    await inTerminal(() => ctx.shell.note(plain(`${w(lang(), 'resumed')}: ${state.lesson.title}`)));
    ctx.redraw([]);
  }

  async function openAndShow(loader) {
    try {
      await loader();
      if (!window.location.hash.includes(`${DONE_KEY}=`)) await resume();
    } catch (e) {
      state.lesson = null;
      state.error = `${w(ctx.lang(), 'loadFailed')}: ${e && e.message ? e.message : e}`;
    }
    render();
  }

  async function openFile(file) {
    if (!file) return;
    const text = await file.text();
    await openAndShow(async () => open(text, { kind: 'file', name: file.name }));
    if (!state.lesson) return;
    storeSet(FILE_KEY, JSON.stringify({ name: file.name, markdown: text }));
    const url = new URL(window.location.href);
    url.searchParams.set('lesson', LOCAL);
    url.hash = '';
    history.replaceState(null, '', url.href);
  }

  // ---- replay mode -------------------------------------------------------------------------

  async function play(i) {
    if (state.playing || !state.lesson) return;
    const step = state.lesson.steps[i];
    if (!step) return;
    state.playing = true;
    state.step = i;
    render();
    // Keys typed while a step plays are applied once it has finished.
    ctx.shell.hold();
    try {
      writeFiles(step);
      await fileNote(step, false);
      for (const command of step.commands) await typeCommand(command, state.speed);
      state.statuses[i] = check(i);
      state.done[i] = true;
      state.marks[i] = (saveDoc(engine()).history || []).length;
      state.complete = state.done.every(Boolean);
    } finally {
      state.playing = false;
      ctx.shell.release();
      saveProgress();
      render();
    }
  }

  /** Goes to step `target` in replay mode: earlier steps run quietly on a fresh session. */
  async function replayTo(target) {
    if (state.playing) return;
    state.playing = true;
    try {
      await freshSession();
      for (let i = 0; i < target; i += 1) {
        const step = state.lesson.steps[i];
        writeFiles(step);
        for (const command of step.commands) engine().run(command);
        state.statuses[i] = check(i);
        state.done[i] = true;
        state.marks[i] = (saveDoc(engine()).history || []).length;
      }
      for (let i = target; i < state.done.length; i += 1) {
        state.done[i] = false;
        state.statuses[i] = null;
        state.marks[i] = null;
      }
      state.complete = false;
      if (target > 0) await inTerminal(() => ctx.shell.note(`${w(lang(), 'step')} 1–${target} ✓`));
      ctx.redraw([]);
    } finally {
      state.playing = false;
    }
    await play(target);
  }

  // ---- exercise mode -----------------------------------------------------------------------

  /** Enters step `i` of an exercise: its files are written, its goals wait for a command. */
  function enter(i, running = false) {
    state.step = i;
    const step = state.lesson.steps[i];
    state.enteredAt = Date.now();
    // The exercise rule (lesson::proof::Exercise): goals that hold before the step teach nothing.
    state.unmetSeen = step ? check(i).some((g) => !g.met) : false;
    if (step) {
      const before = (saveDoc(engine()).history || []).length;
      writeFiles(step);
      const after = (saveDoc(engine()).history || []).length;
      for (let k = before; k < after; k += 1) state.auto.push(k);
      fileNote(step, running);
    }
    saveProgress();
    render();
    const current = root.querySelector(`[data-step="${i}"]`);
    if (current && current.scrollIntoView) current.scrollIntoView({ block: 'nearest' });
  }

  function completeStep(i, running = false) {
    state.done[i] = true;
    state.marks[i] = (saveDoc(engine()).history || []).length;
    if (state.enteredAt) state.times[i] = Math.max(0, Date.now() - state.enteredAt);
    state.complete = state.done.every(Boolean);
    ctx.announce(state.complete ? w(lang(), 'lessonDone') : w(lang(), 'stepDone'));
    if (i + 1 < state.lesson.steps.length) enter(i + 1, running);
    else {
      saveProgress();
      render();
    }
  }

  /** Called by the page after every command the terminal ran. */
  function afterRun(result) {
    if (!state.lesson || state.playing || state.verify || state.mode !== 'exercise' || !result) return;
    const i = state.step;
    const step = state.lesson.steps[i];
    if (!step || state.done[i]) return;
    if (!step.goals.length) return;
    const statuses = check(i);
    state.statuses[i] = statuses;
    const allMet = statuses.length > 0 && statuses.every((g) => g.met);
    if (!allMet) state.unmetSeen = true;
    if (allMet && state.unmetSeen) completeStep(i, true);
    else {
      saveProgress();
      render();
    }
  }

  // ---- verifying a completion link ---------------------------------------------------------

  async function verify(encoded) {
    let payload;
    try {
      payload = JSON.parse(fromBase64Url(encoded));
      // Valid JSON that is not a completion record (`null`, a list, a number) is no link either.
      if (!payload || typeof payload !== 'object' || Array.isArray(payload) || ![1, 2].includes(payload.v)) throw new Error('not a completion link');
    } catch (e) {
      state.error = `${w(lang(), 'loadFailed')}: ${e.message || e}`;
      render();
      return;
    }
    // As many entries as a saved session keeps at most (MAX_HISTORY), so a link cannot run on forever.
    const steps = Array.isArray(payload.history) ? payload.history.slice(0, 5000) : [];
    const marks = Array.isArray(payload.marks) ? payload.marks : [];
    const n = state.lesson.steps.length;
    state.verify = { running: true, results: Array(n).fill(null) };
    state.playing = true;
    render();
    const seed = Number.isSafeInteger(payload.seed) && payload.seed >= 0 ? payload.seed : 1;
    const startMs = Number.isFinite(payload.start_ms) ? payload.start_ms : 0;
    await freshSession(seed, startMs, w(lang(), 'verifying'));
    const checkMarks = (length) => {
      for (let k = 0; k < n; k += 1) if (marks[k] === length) state.verify.results[k] = check(k);
    };
    checkMarks(0);
    for (let j = 0; j < steps.length; j += 1) {
      const entry = steps[j];
      if (typeof entry === 'string') await typeCommand(entry, 'instant');
      else if (entry && typeof entry.write === 'string' && typeof entry.content === 'string') engine().writeFile(entry.write, entry.content);
      checkMarks(j + 1);
    }
    ctx.redraw([]);
    state.verify.running = false;
    state.playing = false;
    state.step = n - 1;
    render();
  }

  // ---- drawing -----------------------------------------------------------------------------

  function goalList(i, statuses) {
    const L = lang();
    const shown = statuses || check(i).map((g) => ({ ...g, met: false, detail: '', unchecked: true }));
    return h(
      'ul',
      { class: 'goals', 'aria-label': w(L, 'goals') },
      shown.map((g) =>
        h(
          'li',
          { class: 'goal', dataset: { goal: g.goal, goalStatus: g.met ? 'met' : 'pending' } },
          h('span', { class: 'goal-mark', 'aria-hidden': 'true', text: g.met ? '✓' : '○' }),
          h('span', { class: 'sr-only', text: `${g.met ? w(L, 'met') : w(L, 'pending')}: ` }),
          h('span', { class: 'goal-text', text: g.description }),
          !g.met && g.detail ? h('small', { class: 'goal-detail', text: ` — ${g.detail}` }) : null,
        ),
      ),
    );
  }

  function commandBlock(commands, role) {
    return h('pre', { class: 'md-code lesson-commands', dataset: { role } }, h('code', { text: commands.map((c) => `$ ${c}`).join('\n') }));
  }

  function stepBody(step, i, showCommands) {
    const parts = [];
    for (const block of step.body || []) {
      if (block.kind === 'prose') parts.push(...renderMarkdown(block.markdown));
      else if (block.kind === 'file') {
        parts.push(
          h(
            'figure',
            { class: 'lesson-file', dataset: { path: block.path } },
            h('figcaption', {}, `${w(lang(), 'file')}: `, h('code', { text: block.path })),
            h('pre', { class: 'md-code' }, h('code', { text: block.content })),
          ),
        );
      } else if (block.kind === 'commands' && showCommands) parts.push(commandBlock(block.commands, 'commands'));
    }
    return parts;
  }

  function stepSection(i) {
    const L = lang();
    const step = state.lesson.steps[i];
    const n = state.lesson.steps.length;
    const current = i === state.step;
    const exercise = state.mode === 'exercise' && !state.verify;
    const heading = h('h3', { class: 'step-title' }, `${state.done[i] ? '✓ ' : ''}${w(L, 'step')} ${i + 1}/${n} · `, renderInline(step.title));
    const statuses = state.verify ? state.verify.results[i] : state.statuses[i];
    const parts = [];
    if (!state.verify) parts.push(...stepBody(step, i, !exercise || state.solution[i]));
    if (step.goals.length) parts.push(h('h4', { text: w(L, 'goals') }), goalList(i, statuses));
    else if (exercise && current) parts.push(h('p', { class: 'empty', text: w(L, 'noGoals') }));
    if (state.verify && !statuses && step.goals.length) parts.push(h('p', { class: 'empty', text: w(L, 'notCompleted') }));
    if (exercise && current && !state.done[i]) {
      const shownHints = step.hints.slice(0, state.hints[i]);
      for (const hint of shownHints) parts.push(h('aside', { class: 'lesson-hint', dataset: { role: 'hint' } }, renderMarkdown(hint)));
      if (state.solution[i] && !step.body.some((b) => b.kind === 'commands')) parts.push(commandBlock(step.commands, 'solution'));
      parts.push(
        h(
          'div',
          { class: 'lesson-actions' },
          h('button', {
            type: 'button',
            dataset: { action: 'hint' },
            disabled: state.hints[i] >= step.hints.length,
            text: step.hints.length ? `${w(L, 'hint')} (${state.hints[i]}/${step.hints.length})` : w(L, 'noHints'),
            onclick: () => {
              state.hints[i] += 1;
              render();
            },
          }),
          h('button', {
            type: 'button',
            dataset: { action: 'solution' },
            disabled: state.solution[i] || !step.commands.length,
            text: w(L, 'solution'),
            onclick: () => {
              state.solution[i] = true;
              render();
            },
          }),
          !step.goals.length
            ? h('button', { type: 'button', class: 'primary', dataset: { action: 'continue' }, text: w(L, 'continue'), onclick: () => completeStep(i) })
            : null,
        ),
      );
    }
    const attrs = { class: `lesson-step${current ? ' current' : ''}`, dataset: { step: String(i), state: state.done[i] ? 'done' : current ? 'current' : 'todo' } };
    if (current || state.verify) return h('section', attrs, heading, parts);
    return h('details', attrs, h('summary', {}, heading), parts);
  }

  function toolbar() {
    const L = ctx.lang();
    const select = h(
      'select',
      {
        dataset: { role: 'lesson-choice' },
        'aria-label': w(L, 'lesson'),
        onchange: async (ev) => {
          const id = ev.target.value;
          if (!id) return;
          const url = new URL(window.location.href);
          url.searchParams.set('lesson', id);
          url.hash = '';
          history.replaceState(null, '', url.href);
          await openAndShow(async () => open(await builtinMarkdown(id, ctx.lang()), { kind: 'builtin', id }));
        },
      },
      h('option', { value: '', text: w(L, 'choose') }),
      [...new Set(list.map((l) => l.id))].map((id) => {
        const entry = list.find((l) => l.id === id && l.lang === L) || list.find((l) => l.id === id);
        const level = w(L, 'levels')[entry.level] || entry.level;
        return h('option', {
          value: id,
          selected: state.source && state.source.kind === 'builtin' && state.source.id === id,
          text: `${entry.title} (${level}, ${entry.minutes} ${w(L, 'minutes')})`,
        });
      }),
    );
    const fileInput = h('input', {
      type: 'file',
      accept: '.md,.markdown,text/markdown,text/plain',
      class: 'sr-only',
      dataset: { role: 'lesson-file' },
      onchange: (ev) => openFile(ev.target.files && ev.target.files[0]),
    });
    const modeButton = (mode) =>
      h('button', {
        type: 'button',
        dataset: { mode },
        'aria-pressed': String(state.mode === mode),
        disabled: state.playing,
        text: w(L, mode),
        onclick: () => {
          if (state.mode === mode) return;
          state.mode = mode;
                saveProgress();
          render();
        },
      });
    const speed = h(
      'select',
      {
        dataset: { role: 'speed' },
        'aria-label': w(L, 'speed'),
        onchange: (ev) => {
          state.speed = ev.target.value;
          storeSet(SPEED_KEY, state.speed);
        },
      },
      Object.keys(SPEEDS).map((s) => h('option', { value: s, selected: state.speed === s, text: w(L, s) })),
    );
    return h(
      'div',
      { class: 'lesson-toolbar' },
      select,
      h('label', { class: 'file-pick' }, h('span', { class: 'button-like', text: w(L, 'openFile') }), fileInput),
      h('span', { class: 'drop-note', text: w(L, 'dropHere') }),
      state.lesson && !state.verify
        ? h('span', { class: 'lesson-modes', role: 'group' }, modeButton('replay'), modeButton('exercise'))
        : null,
      state.lesson && state.mode === 'replay' && !state.verify ? h('label', { class: 'speed' }, `${w(L, 'speed')} `, speed) : null,
    );
  }

  function navigation() {
    const L = lang();
    const n = state.lesson.steps.length;
    const i = state.step;
    const busy = state.playing;
    if (i < 0) {
      return h('div', { class: 'lesson-actions' }, h('button', { type: 'button', class: 'primary', dataset: { action: 'begin' }, disabled: busy, text: w(L, 'begin'), onclick: () => begin() }));
    }
    if (state.mode === 'replay') {
      return h(
        'div',
        { class: 'lesson-actions' },
        h('button', { type: 'button', dataset: { action: 'previous' }, disabled: busy || i <= 0, text: w(L, 'previous'), onclick: () => replayTo(i - 1) }),
        h('button', { type: 'button', dataset: { action: 'again' }, disabled: busy, text: w(L, 'playAgain'), onclick: () => replayTo(i) }),
        h('button', {
          type: 'button',
          class: 'primary',
          dataset: { action: 'next' },
          disabled: busy || (i >= n - 1 && state.done[i]),
          text: w(L, 'next'),
          onclick: () => (state.done[i] ? play(i + 1) : play(i)),
        }),
        h('button', { type: 'button', dataset: { action: 'restart' }, disabled: busy, text: w(L, 'restart'), onclick: () => begin() }),
      );
    }
    return h(
      'div',
      { class: 'lesson-actions' },
      h('button', { type: 'button', dataset: { action: 'restart' }, disabled: busy, text: w(L, 'restart'), onclick: () => begin() }),
    );
  }

  function completion() {
    const L = lang();
    if (!state.complete || state.verify || state.mode !== 'exercise') return null;
    let link = completionLink();
    const input = h('input', { type: 'text', readonly: true, value: link, dataset: { role: 'completion-link' }, 'aria-label': w(L, 'completionLink') });
    const name = h('input', {
      type: 'text',
      value: storeGet(NAME_KEY) || '',
      maxlength: 80,
      autocomplete: 'name',
      dataset: { role: 'learner-name' },
      'aria-label': w(L, 'yourName'),
      oninput: () => {
        storeSet(NAME_KEY, name.value.trim());
        link = completionLink();
        input.value = link;
      },
    });
    return h(
      'div',
      { class: 'lesson-complete', dataset: { role: 'complete' } },
      h('p', { class: 'done', text: w(L, 'lessonDone') }),
      h('label', {}, `${w(L, 'yourName')} `, name),
      h('label', {}, w(L, 'completionLink'), input),
      state.source.kind === 'file' ? h('p', { class: 'empty', text: w(L, 'notLinkable') }) : null,
      h('button', {
        type: 'button',
        text: w(L, 'copy'),
        onclick: async () => {
          input.select();
          try {
            await navigator.clipboard.writeText(link);
            ctx.announce(w(L, 'copied'));
          } catch {
            // The link stays selected for a manual copy.
          }
        },
      }),
    );
  }

  function verifySummary() {
    if (!state.verify) return null;
    const L = lang();
    if (state.verify.running) return h('p', { class: 'lesson-verify', dataset: { role: 'verify', verified: 'running' }, text: w(L, 'verifying') });
    const ok = state.lesson.steps.every((s, i) => !s.goals.length || (state.verify.results[i] && state.verify.results[i].every((g) => g.met)));
    return h('p', { class: `lesson-verify ${ok ? 'ok' : 'bad'}`, role: 'status', dataset: { role: 'verify', verified: String(ok) }, text: ok ? `✓ ${w(L, 'verified')}` : w(L, 'notVerified') });
  }

  function render() {
    root.dataset.hasLesson = String(Boolean(state.lesson));
    root.dataset.mode = state.mode;
    root.dataset.playing = String(state.playing);
    root.dataset.lessonStep = String(state.step);
    root.dataset.complete = String(state.complete);
    const parts = [toolbar()];
    if (state.error) parts.push(h('p', { class: 'alert', role: 'alert', dataset: { role: 'lesson-error' }, text: state.error }));
    if (state.lesson) {
      const L = lang();
      root.lang = L;
      parts.push(h('h3', { class: 'lesson-title', dataset: { role: 'lesson-title' }, text: state.lesson.title }));
      const level = w(L, 'levels')[state.lesson.level] || state.lesson.level;
      parts.push(h('p', { class: 'lesson-meta', text: `${level} · ${state.lesson.minutes ? `${state.lesson.minutes} ${w(L, 'minutes')} · ` : ''}${state.lesson.steps.length} ${w(L, 'steps')}` }));
      parts.push(verifySummary());
      const intro = renderMarkdown(state.lesson.intro_markdown);
      if (intro.length) {
        parts.push(
          h('details', { class: 'lesson-intro', open: state.step < 0 }, h('summary', { text: w(L, 'intro') }), intro),
        );
      }
      if (state.mode === 'exercise' && state.step >= 0 && !state.verify) parts.push(h('p', { class: 'hint', text: w(L, 'typeHint') }));
      const last = state.verify ? state.lesson.steps.length - 1 : state.step;
      for (let i = 0; i <= last; i += 1) parts.push(stepSection(i));
      if (!state.verify) parts.push(navigation());
      parts.push(completion());
    }
    root.querySelector('[data-role=lesson-body]').replaceChildren(...parts.filter(Boolean));
  }

  async function begin() {
    if (state.playing) return;
    // The learner types next: the keyboard goes to the terminal, not back to <body>.
    ctx.shell.focus();
    clearProgress();
    await freshSession();
    if (state.mode === 'replay') await play(0);
    else enter(0);
  }

  // ---- wiring ------------------------------------------------------------------------------

  root.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => root.classList.remove('dragging'));
  root.addEventListener('drop', (ev) => {
    ev.preventDefault();
    root.classList.remove('dragging');
    const file = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
    if (file) openFile(file);
  });

  const wanted = params.get('lesson');
  if (wanted) {
    await openAndShow(() => openFromParam(wanted));
    const done = new URLSearchParams(window.location.hash.slice(1)).get(DONE_KEY);
    if (done && state.lesson) await verify(done);
  } else {
    render();
  }
  root.dataset.ready = 'true';

  return {
    state,
    afterRun,
    /** The page's Reset started the session over: the lesson goes back to its start. */
    onReset() {
      if (!state.lesson || state.verify || state.playing) return;
      state.step = -1;
      clearProgress({ keepShown: true });
      saveProgress();
      render();
    },
    /** Follows the page's language: a built-in lesson is shown in it when it exists. */
    async setLang(next) {
      if (state.lesson && state.source && state.source.kind === 'builtin' && state.lesson.lang !== next && !state.playing) {
        const id = state.source.id;
        let markdown = null;
        try {
          markdown = await builtinMarkdown(id, next);
        } catch {
          // Offline: the lesson stays in the language it is open in.
        }
        if (markdown && state.source && state.source.id === id) {
          const lesson = glue().parseLesson(markdown);
          state.markdown = markdown;
          state.lesson = lesson;
          engine().guard((pg) => pg.setLesson(markdown), undefined);
          // Keep which goals were met, in the new language's words.
          state.statuses = state.statuses.map((s, i) => s && check(i).map((g, k) => ({ ...g, met: Boolean(s[k] && s[k].met) })));
          saveProgress();
        }
      }
      render();
    },
  };
}
