// Times the worst commands a learner can type, in headless Chromium on the built page: every
// runaway loop the engine bounds (steps, depth, bytes, objects), typed at its worst. For each
// command it prints the longest main-thread task while the command ran (PerformanceObserver
// 'longtask' and 'long-animation-frame'), the time of the wasm call alone, the bookkeeping around
// it (save, terminal write, snapshot, picture, file list, explanations), the time from Enter to
// the next prompt, and whether the bound's message was printed.
//
// Run after `make dist`: `node www/stress.mjs` (STRESS_ONLY=regex runs the matching rows).
// Exits non-zero when STRESS_STRICT=1 and a command blocked the page for more than 50 ms.

import { browser, openPage, serve } from './tests/lib.mjs';

const STEPS = /stopped after \d+ steps/;
const DEPTH = /stopped at nesting depth \d+/;
const OUTPUT = /stopped after 1 MiB of output/;
const WORD = /a word grew past 1 MiB/;
const NOSPACE = /No space left on device/;
const TOOLONG = /File name too long/;
const CONTAINERS = /the most it keeps/;
const DOCKER = /stopped after \d+ docker commands/;
const TEMPLATE = /output too large/;
const INPUT = /input longer than 1 MiB refused/;
const HEREDOC_OK = null;

const heredoc = (bytes) => {
  const line = 'x'.repeat(79);
  const lines = Array.from({ length: Math.floor(bytes / 80) }, () => line);
  return `cat > big.txt <<EOF\n${lines.join('\n')}\nEOF`;
};
const grow = (n) => `{{.Id${' | printf "%x"'.repeat(n)}}}`;
const growVars = (n) => `{{$x := .Id}}${'{{$x = printf "%s%s" $x $x}}'.repeat(n)}{{len $x}}`;

/**
 * The rows: `name`, `setup` (lines run first, untimed, in a fresh session unless `keep`),
 * `files` (written before), `line` (the timed input; several lines are pasted), `bound` (the
 * message that must be printed, or null).
 */
const CASES = [
  { name: 'echo hi (baseline)', line: 'echo hi', bound: null },
  { name: 'docker run hello-world (baseline)', line: 'docker run hello-world', bound: null },
  { name: 'while true; do :; done', line: 'while true; do :; done', bound: STEPS },
  { name: 'until false; do echo -n; done', line: 'until false; do echo -n; done', bound: STEPS },
  { name: 'for i in $(seq 100000)', line: 'for i in $(seq 100000); do :; done', bound: STEPS },
  { name: 'counting while loop', line: 'i=0; while [ $i -ge 0 ]; do i=$((i+1)); done', bound: STEPS },
  { name: 'f(){ f; }; f', line: 'f() { f; }; f', bound: DEPTH },
  { name: 'fork bomb :(){ :|:& };:', line: ':(){ :|:& };:', bound: DEPTH },
  { name: 'g(){ echo $(g); }; g', line: 'g() { echo $(g); }; g', bound: DEPTH },
  { name: 'h(){ h | h; }; h', line: 'h() { h | h; }; h', bound: DEPTH },
  { name: 'yes', line: 'yes', bound: OUTPUT },
  { name: 'yes hello world', line: 'yes hello world', bound: OUTPUT },
  { name: 'cat /dev/zero', line: 'cat /dev/zero', bound: OUTPUT },
  { name: 'while :; do cat /etc/os-release', line: 'while :; do cat /etc/os-release; done', bound: OUTPUT },
  { name: 'x=$x$x 40 times', line: 'x=a; for i in $(seq 40); do x=$x$x; done; echo ${#x}', bound: WORD },
  { name: 'x="$x$x"; export x forever', line: 'x=ab; while :; do x="$x$x"; export x; done', bound: WORD },
  { name: 'mkdir -p 10000 deep', line: "mkdir -p $(printf 'a/%.0s' $(seq 10000))", bound: TOOLONG },
  { name: 'mkdir -p loop to PATH_MAX', line: 'd=x; for i in $(seq 5000); do d=$d/x; mkdir -p $d || break; done; echo ${#d}', bound: TOOLONG },
  { name: 'cp -r doubling tree', line: 'mkdir d; touch d/f; for i in $(seq 25); do cp -r d d2 && mv d2 d/x$i; done; echo done', bound: NOSPACE },
  { name: 'cp big file 200 times', line: 'head -c 900000 /dev/zero > big; for i in $(seq 200); do cp big big$i || break; done', bound: NOSPACE },
  { name: 'echo after a full tree', keep: true, line: 'echo hi', bound: null },
  {
    name: '3000 x docker run -d',
    setup: ['docker pull alpine'],
    line: 'for i in $(seq 3000); do docker run -d alpine sleep 1000; done | tail -n 1',
    bound: DOCKER,
  },
  { name: 'echo (after the loop)', keep: true, line: 'echo hi', bound: null },
  { name: 'docker ps -a (after the loop)', keep: true, line: 'docker ps -a', bound: null },
  { name: 'docker images (after the loop)', keep: true, line: 'docker images', bound: null },
  {
    name: 'docker create past the container bound',
    keep: true,
    setup: Array.from({ length: 10 }, () => 'for i in $(seq 100); do docker create alpine; done >/dev/null'),
    line: 'docker create alpine',
    bound: CONTAINERS,
  },
  { name: 'echo (at the container bound)', keep: true, line: 'echo hi', bound: null },
  { name: 'docker ps -a (at the bound)', keep: true, line: 'docker ps -a', bound: null },
  { name: 'docker ps -aq | wc -l (at the bound)', keep: true, line: 'docker ps -aq | wc -l', bound: null },
  {
    name: 'docker build, RUN loop',
    setup: ['cd loop'],
    files: { 'loop/Dockerfile': 'FROM alpine\nRUN while true; do :; done\n' },
    line: 'docker build -t loop .',
    bound: STEPS,
  },
  {
    name: 'docker build, RUN recursion',
    setup: ['cd loop'],
    files: { 'loop/Dockerfile': 'FROM alpine\nRUN f() { f; }; f\n' },
    line: 'docker build -t loop .',
    bound: DEPTH,
  },
  {
    name: 'docker build, RUN yes',
    setup: ['cd loop'],
    files: { 'loop/Dockerfile': 'FROM alpine\nRUN yes\n' },
    line: 'docker build -t loop .',
    bound: OUTPUT,
  },
  {
    name: 'docker build, ENV doubling',
    setup: ['cd e'],
    files: { 'e/Dockerfile': `FROM alpine\nENV A=x\n${'ENV A=${A}${A}\n'.repeat(60)}RUN echo \${#A} > /len\n` },
    line: 'docker build -q -t e .',
    bound: null,
  },
  {
    name: 'docker build, 400 steps',
    setup: ['cd many'],
    files: { 'many/Dockerfile': `FROM alpine\n${Array.from({ length: 399 }, (_, i) => `RUN echo ${i} >> /t\n`).join('')}` },
    line: 'docker build -t many .',
    bound: null,
  },
  {
    name: 'docker run yes (logs)',
    line: 'docker run -d --name chatty alpine yes',
    bound: null,
  },
  { name: 'docker logs of yes', keep: true, line: 'docker logs chatty', bound: OUTPUT },
  { name: 'docker run -it yes', line: 'docker run --rm alpine sh -c "yes"', bound: OUTPUT },
  {
    name: 'inspect --format doubling pipeline',
    setup: ['docker run -d --name tt alpine sleep 1000'],
    line: `docker inspect -f '${grow(40)}' tt`,
    bound: TEMPLATE,
  },
  {
    name: 'inspect --format doubling variable',
    setup: ['docker run -d --name tt alpine sleep 1000'],
    line: `docker inspect -f '${growVars(40)}' tt`,
    bound: TEMPLATE,
  },
  {
    name: 'docker ps --format doubling',
    setup: ['docker run -d --name tt alpine sleep 1000'],
    line: `docker ps --format '${grow(40)}'`.replace('.Id', '.ID'),
    bound: TEMPLATE,
  },
  { name: 'heredoc 1 MiB, pasted', line: heredoc((1 << 20) - 4096), bound: HEREDOC_OK },
  { name: 'heredoc over 1 MiB, pasted', line: heredoc((1 << 20) + 4096), bound: INPUT },
  { name: 'echo after a 1 MiB heredoc', keep: true, line: 'echo hi', bound: null },
];

const only = process.env.STRESS_ONLY ? new RegExp(process.env.STRESS_ONLY) : null;
const LIMIT_MS = Number(process.env.STRESS_LIMIT_MS || 120000);

const f = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const HEAD = ['command', 'blocked', 'run', 'save', 'write', 'snap', 'pic', 'files', 'expl', 'prompt', 'out', 'bound'];
const WIDTHS = [Math.max(...CASES.map((c) => c.name.length)), 7, 6, 5, 5, 5, 5, 5, 5, 7, 6, 5];
const line = (r) => `| ${r.map((c, j) => (j ? String(c).padStart(WIDTHS[j]) : String(c).padEnd(WIDTHS[j]))).join(' | ')} |`;
const cells = (r) =>
  r.timeout
    ? [r.name, `>${LIMIT_MS / 1000}s`, '', '', '', '', '', '', '', `>${LIMIT_MS / 1000}s`, '', 'NO']
    : [
        r.name,
        f(r.blocked),
        f(r.run),
        f(r.persist),
        f(r.write),
        f(r.snapshot),
        f(r.picture),
        f(r.files),
        f(r.explain),
        f(r.prompt),
        r.out ? `${(r.out.bytes / 1024).toFixed(0)}K` : '-',
        r.shown === null ? '' : r.shown ? 'yes' : 'NO',
      ];

/** Opens the page and wraps `engine.run` to keep the tail of each command's output. */
async function open(context, url) {
  const page = await openPage(context, url);
  await page.evaluate(() => {
    const engine = window.dockling.engine;
    const run = engine.run.bind(engine);
    // The tail of what the command printed, to check for the bound's message.
    engine.run = (l) => {
      const result = run(l);
      // A paste runs several commands: keep them all.
      const own = result ? result.output.map((c) => c.text).join('') : '';
      const before = window.__out || { bytes: 0, tail: '' };
      window.__out = { bytes: before.bytes + own.length, tail: (before.tail + own).slice(-4000) };
      return result;
    };
  });
  return page;
}

/** Runs one case in the page; resolves to its measures. */
async function measure(page, c, fresh) {
  if (!c.keep || fresh) {
    await page.click('#reset');
    await page.evaluate(() => window.dockling.shell.queue);
  }
  for (const [path, text] of Object.entries(c.files || {})) {
    await page.evaluate(([p, t]) => {
      const parent = p.split('/').slice(0, -1).join('/');
      if (parent) window.dockling.engine.run(`mkdir -p ${parent}`);
      window.dockling.engine.writeFile(p, t);
    }, [path, text]);
  }
  for (const l of c.setup || []) await page.evaluate((x) => window.dockling.shell.typeLine(x), l);
  return page.evaluate(async (text) => {
    const { shell } = window.dockling;
    const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await shell.queue;
    await settle();
    const multi = text.includes('\n');
    if (!multi) {
      // Typed: the text goes in first, then the timed part starts at Enter.
      shell.queue = shell.queue.then(() => shell.input(text));
      await shell.queue;
      await settle();
    }
    window.dockling.phases.length = 0;
    window.__out = null;
    const start = performance.now();
    await shell.typeLine(multi ? text : '');
    const prompt = performance.now() - start;
    await settle();
    await new Promise((r) => setTimeout(r, 100));
    const end = performance.now();
    const long = window.__long.filter((e) => e.start + e.duration >= start && e.start <= end);
    const maxOf = (key) => Math.max(0, ...window.dockling.phases.map((p) => p[key] || 0));
    return {
      prompt,
      blocked: Math.max(0, ...long.map((e) => e.duration)),
      commands: window.dockling.phases.length,
      run: maxOf('run'),
      persist: maxOf('persist'),
      write: maxOf('write'),
      snapshot: maxOf('snapshot'),
      picture: maxOf('picture'),
      files: maxOf('files'),
      explain: maxOf('explain'),
      out: window.__out,
    };
  }, c.line);
}

const server = await serve();
const { context, close } = await browser();
const rows = [];
try {
  // Long tasks and long animation frames (which include style, layout and paint) from the start.
  await context.addInitScript(() => {
    window.__long = [];
    for (const type of ['longtask', 'long-animation-frame']) {
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__long.push({ type, start: e.startTime, duration: e.duration });
        }).observe({ type, buffered: true });
      } catch {
        // An older Chromium without the type: the other one and the page's own marks remain.
      }
    }
  });
  let page = await open(context, server.url);
  console.log('ms; blocked = longest main-thread task or animation frame over 50 ms (0: none); run = the wasm call;');
  console.log('save, write, snap, pic, files, expl = the page around it; prompt = Enter to the next prompt');
  console.log(line(HEAD));
  console.log(`|${WIDTHS.map((w, j) => (j ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  let fresh = true;
  for (const c of CASES) {
    if (only && !only.test(c.name)) continue;
    let timer;
    const limit = new Promise((r) => {
      timer = setTimeout(() => r(null), LIMIT_MS);
    });
    const m = await Promise.race([measure(page, c, fresh), limit]);
    clearTimeout(timer);
    fresh = false;
    let row;
    if (m === null) {
      row = { name: c.name, timeout: true };
      // The page is stuck in the command: a new one for the rest.
      await page.close({ runBeforeUnload: false }).catch(() => {});
      page = await open(context, server.url);
      fresh = true;
    } else {
      const shown = c.bound ? Boolean(m.out && c.bound.test(m.out.tail)) : null;
      row = { name: c.name, ...m, shown };
    }
    rows.push(row);
    console.log(line(cells(row)));
  }
  const errors = page.errors.filter((e) => !/favicon/.test(e));
  if (errors.length) console.log(`page errors:\n  ${errors.join('\n  ')}`);
} finally {
  await close();
  await server.close();
}

const over = rows.filter((r) => r.timeout || r.blocked > 50 || r.shown === false);
if (over.length) console.log(`${over.length} over 50 ms or without their message: ${over.map((r) => r.name).join(', ')}`);
if (over.length && process.env.STRESS_STRICT === '1') process.exitCode = 1;
