// The benchmark runs end to end on one page (plus one positive) and prints its JSON summary last.
// Its figures are not judged here: timings are noisy and belong to `npm run bench` itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browsersUnderTest } from './lib/suite.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = resolve(REPO, '../shared/corpus');
const KEYS = [
  'pages',
  'gate_over_walk',
  'full_over_walk',
  'markjs_over_highlight',
  'readability_over_full',
  'longest_task_ms',
  'heap_kb',
  'content_script_gzip_bytes',
  'overlay_gzip_bytes',
  'popup_gzip_bytes',
];

const skip = !browsersUnderTest().includes('chromium')
  ? 'the bench runs in Chromium only'
  : !existsSync(`${CORPUS}/index.json`)
    ? `no corpus at ${CORPUS}`
    : false;

test('npm run bench -- --pages 1 prints a per-page table and the JSON summary', {
  skip,
  timeout: 120_000,
}, () => {
  // --no-build: the E2E run already uses the current build (and may hold the build lock).
  const run = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'bench',
      '--',
      '--pages',
      '1',
      '--json',
      '--no-build',
      '--no-outside',
      '--rounds',
      '1',
    ],
    { cwd: REPO, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  const summary = JSON.parse(lines.at(-1));
  assert.deepEqual(Object.keys(summary), KEYS);
  assert.equal(summary.pages, 2, 'the heaviest page and the heaviest positive');
  // Every figure is measured: a pipeline module that moved or failed to bundle once turned all of
  // them into dashes while the bench still exited 0.
  for (const key of KEYS) assert.ok(Number.isFinite(summary[key]), `${key} is a number: ${summary[key]}`);
  assert.ok(summary.content_script_gzip_bytes > 0);
  const header = lines.findIndex((line) =>
    /^page\s+label\s+kB\s+walk1st\s+sniff1st\s+gate1st\s+walk\s+gate\s+full\s+highlight\s+markjs/.test(line),
  );
  assert.ok(header >= 0, 'the per-page table has its header');
  const rows = lines.slice(header + 1, header + 3);
  assert.equal(rows.filter((row) => /\s(positive|passing|negative)\s/.test(row)).length, 2);
  for (const row of rows) assert.doesNotMatch(row, /error:/);
});
