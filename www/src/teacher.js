// The teacher page (teacher.html): completion links pasted or dropped as a file are replayed
// here, each on a fresh session in the page's own wasm (lesson::proof, `verifyCompletion`), and
// shown as a table (learner, lesson, steps done, hints, solution, time) with a CSV download.
// The replay decides: a step counts only if replaying the learner's commands completes it, and
// every claim of the link the replay contradicts is shown. Nothing leaves the browser.

/** Decodes base64url (UTF-8) text, as the page encodes completion links; throws when malformed. */
function fromBase64Url(text) {
  const b64 = String(text).replace(/[- ]/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

const WORDS = {
  en: {
    title: 'Completed lessons',
    intro: 'Paste the completion links your learners sent (one or many, any text around them), or choose a file of them. Each link is replayed in this page; nothing is sent anywhere.',
    paste: 'Completion links',
    file: 'Open a file of links',
    check: 'Check the links',
    csv: 'Download CSV',
    learner: 'Learner',
    lesson: 'Lesson',
    steps: 'Steps done',
    hints: 'Hints',
    solution: 'Solution shown',
    time: 'Time',
    verdict: 'Result',
    yes: 'yes',
    no: 'no',
    complete: 'complete',
    incomplete: 'not complete',
    disputed: 'the link disagrees with the replay',
    noName: '(no name)',
    failed: 'could not check',
    noLinks: 'No completion links found.',
    checking: 'Checking {i} of {n}…',
    checked: '{n} links checked.',
    localLesson: 'the lesson came from a file on the learner’s computer',
    lessonFailed: 'the lesson could not be loaded',
  },
  ko: {
    title: '완료한 레슨',
    intro: '학습자가 보낸 완료 링크를 붙여 넣거나(여러 개, 앞뒤에 다른 글이 있어도 돼요) 링크가 든 파일을 고르세요. 각 링크는 이 페이지 안에서 다시 실행되고, 어디로도 보내지 않아요.',
    paste: '완료 링크',
    file: '링크 파일 열기',
    check: '링크 확인하기',
    csv: 'CSV 내려받기',
    learner: '학습자',
    lesson: '레슨',
    steps: '완료한 단계',
    hints: '힌트',
    solution: '정답 보기',
    time: '걸린 시간',
    verdict: '결과',
    yes: '예',
    no: '아니요',
    complete: '완료',
    incomplete: '미완료',
    disputed: '링크 내용이 재실행 결과와 달라요',
    noName: '(이름 없음)',
    failed: '확인할 수 없어요',
    noLinks: '완료 링크를 찾지 못했어요.',
    checking: '{n}개 중 {i}번째를 확인하고 있어요…',
    checked: '링크 {n}개를 확인했어요.',
    localLesson: '학습자 컴퓨터의 파일에서 연 레슨이에요',
    lessonFailed: '레슨을 불러오지 못했어요',
  },
};

const DONE_KEY = 'lesson-done=';
const BUILTIN_ID = /^\d\d-[a-z0-9-]+$/;
/** Links read from one paste or file, at most. */
const MAX_LINKS = 2000;

let lang = new URLSearchParams(window.location.search).get('lang') || (navigator.language || '').slice(0, 2);
if (lang !== 'ko') lang = 'en';
const w = (key, args = {}) => (WORDS[lang][key] ?? WORDS.en[key]).replace(/\{(\w+)\}/g, (_, k) => String(args[k] ?? ''));

/** The completion links in a text: every http(s) URL with a `#lesson-done=` part. */
export function findLinks(text) {
  const out = [];
  for (const m of String(text).matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    if (m[0].includes(`#${DONE_KEY}`)) out.push(m[0].replace(/[),.;]+$/, ''));
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}

/** `m:ss` (or `h:mm:ss`) of milliseconds. */
function duration(ms) {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

let glue = null;
let instances = 0;
let compiled = null;

/** The glue with a working instance (a fresh one after a panic poisoned the last). */
async function engine(fresh = false) {
  if (glue && !fresh) return glue;
  if (!compiled) compiled = await WebAssembly.compileStreaming(fetch(new URL('./dockling_full_bg.wasm', import.meta.url)));
  instances += 1;
  const base = new URL('./dockling-core.js', import.meta.url).href;
  const g = await import(/* @vite-ignore */ instances === 1 ? base : `${base}?instance=${instances}`);
  await g.default({ module_or_path: compiled });
  glue = g;
  return g;
}

const lessons = new Map();

/** The Markdown a link's `?lesson=` names (built-in ID beside this page, or a URL). */
function lessonText(value, want) {
  const key = `${value}|${want}`;
  if (!lessons.has(key)) {
    let url;
    if (BUILTIN_ID.test(value)) url = new URL(`lessons/${value}/${want === 'ko' ? 'ko' : 'en'}.md`, window.location.href);
    else url = new URL(value, window.location.href);
    const p = fetch(url.href, { credentials: url.origin === window.location.origin ? 'same-origin' : 'omit' }).then((res) => {
      if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
      return res.text();
    });
    p.catch(() => lessons.delete(key));
    lessons.set(key, p);
  }
  return lessons.get(key);
}

/** Replays one link; resolves to a row `{link, verdict}` or `{link, error}`. */
export async function checkLink(link) {
  try {
    const url = new URL(link);
    const at = url.hash.indexOf(DONE_KEY);
    const payload = fromBase64Url(url.hash.slice(at + DONE_KEY.length));
    const value = url.searchParams.get('lesson') || '';
    if (value === 'local') return { link, error: w('localLesson') };
    let markdown;
    try {
      markdown = await lessonText(value, url.searchParams.get('lang') || 'en');
    } catch (e) {
      return { link, error: `${w('lessonFailed')}: ${e.message || e}` };
    }
    const g = await engine();
    try {
      return { link, verdict: JSON.parse(g.verifyCompletion(markdown, payload)) };
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) await engine(true);
      throw e;
    }
  } catch (e) {
    return { link, error: String(e && e.message ? e.message : e) };
  }
}

/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function field(v) {
  let s = String(v ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV (RFC 4180, CRLF line ends, a header row in English). */
export function toCsv(rows) {
  const head = ['learner', 'lesson', 'lang', 'title', 'mode', 'steps_done', 'steps_total', 'complete', 'hints', 'solution_shown', 'time_seconds', 'disputes', 'error'];
  const lines = [head.join(',')];
  for (const r of rows) {
    const v = r.verdict;
    const cells = v
      ? [v.name, v.lesson, v.lang, v.title, v.mode, v.done, v.total, v.complete, v.hints, v.solution, Math.round(v.ms / 1000), v.disputes.join('; '), '']
      : ['', '', '', '', '', '', '', '', '', '', '', '', r.error];
    lines.push(cells.map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function cell(text, attrs = {}) {
  const td = document.createElement('td');
  td.textContent = text;
  for (const [k, v] of Object.entries(attrs)) td.dataset[k] = v;
  return td;
}

function render(rows) {
  const table = document.getElementById('results');
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const r of rows) {
    const tr = document.createElement('tr');
    const v = r.verdict;
    if (v) {
      tr.dataset.complete = String(v.complete);
      tr.dataset.disputed = String(v.disputes.length > 0);
      const verdict = v.complete ? w('complete') : w('incomplete');
      const result = cell(v.disputes.length ? `${verdict} — ${w('disputed')}` : verdict, { col: 'verdict' });
      if (v.disputes.length) result.title = v.disputes.join('\n');
      tr.append(
        cell(v.name || w('noName'), { col: 'learner' }),
        cell(`${v.title} (${v.lesson}, ${v.lang})`, { col: 'lesson' }),
        cell(`${v.done}/${v.total}`, { col: 'steps' }),
        cell(String(v.hints), { col: 'hints' }),
        cell(v.solution ? w('yes') : w('no'), { col: 'solution' }),
        cell(duration(v.ms), { col: 'time' }),
        result,
      );
    } else {
      tr.dataset.error = 'true';
      const err = cell(`${w('failed')}: ${r.error}`, { col: 'verdict' });
      err.colSpan = 7;
      tr.append(err);
    }
    body.append(tr);
  }
  table.hidden = rows.length === 0;
}

function translate() {
  document.documentElement.lang = lang;
  document.title = `dockling — ${w('title')}`;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = w(el.dataset.t);
  for (const b of document.querySelectorAll('[data-lang-choice]')) b.setAttribute('aria-pressed', String(b.dataset.langChoice === lang));
}

let rows = [];

async function checkAll(text) {
  const status = document.getElementById('status');
  const links = findLinks(text);
  document.body.dataset.checking = 'true';
  rows = [];
  if (!links.length) status.textContent = w('noLinks');
  for (let i = 0; i < links.length; i += 1) {
    status.textContent = w('checking', { i: i + 1, n: links.length });
    rows.push(await checkLink(links[i]));
  }
  render(rows);
  if (links.length) status.textContent = w('checked', { n: links.length });
  document.getElementById('csv').disabled = rows.length === 0;
  document.body.dataset.checking = 'false';
}

function download() {
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'dockling-completions.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function start() {
  translate();
  const area = document.getElementById('links');
  document.getElementById('check').addEventListener('click', () => checkAll(area.value));
  document.getElementById('csv').addEventListener('click', download);
  document.getElementById('file').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (file) await checkAll(await file.text());
  });
  // A file dropped anywhere on the page is read like a chosen one.
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (file) await checkAll(await file.text());
  });
  for (const b of document.querySelectorAll('[data-lang-choice]')) {
    b.addEventListener('click', () => {
      lang = b.dataset.langChoice;
      translate();
      render(rows);
    });
  }
  document.body.dataset.ready = 'true';
}

start();
