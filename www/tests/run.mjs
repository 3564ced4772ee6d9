// Runs every www/tests/*.test.mjs in its own Node process and sums their `N passed, N failed`.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let passed = 0;
let failed = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) {
  console.log(`# ${file}`);
  const run = spawnSync(process.execPath, [join(here, file)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: 600000 });
  process.stdout.write(run.stdout || '');
  const counts = /(\d+) passed, (\d+) failed\s*$/.exec(run.stdout || '');
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  if (!counts || run.status !== 0) {
    if (!counts || Number(counts[2]) === 0) failed += 1;
    console.log(`FAIL ${file} exited with ${run.status ?? run.signal}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
