#!/usr/bin/env node
// npm run eval -- --corpus DIR [--corpus DIR2] [--sensitivity normal] [--json] [--check] [--timeout MS]
// Runs the extension's own gate (content/gate/gate.ts: the cheap stage, read-page, detect) on every page of
// labelled corpora, next to a baseline that flags any page naming the group anywhere, and prints
// recall, false-positive rates and the pages it got wrong. --check exits 1 under the targets.
import { resolve } from 'node:path';
import { bundleDetector, loadCorpora } from './lib/corpus.mjs';
import { leaveOneSourceOut } from './lib/corpus-cv.mjs';
import { failedTargets, summarise } from './lib/corpus-metrics.mjs';
import { printCrossValidation, printReport } from './lib/corpus-report.mjs';
import { evalArgs, REPO_ROOT } from './lib/eval-args.mjs';
import { runInWorkers } from './lib/page-worker-pool.mjs';

const values = evalArgs(
  'npm run eval -- --corpus DIR [--corpus DIR2] [--sensitivity normal] [--json] [--check]',
  {
    sensitivity: { type: 'string', default: 'normal' },
    check: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '20000' },
  },
  { multiple: true },
);
if (!['strict', 'normal', 'broad'].includes(values.sensitivity)) {
  console.error(`unknown sensitivity ${values.sensitivity}: strict, normal or broad`);
  process.exit(2);
}

const items = loadCorpora(values.corpus.map((dir) => resolve(dir)));
const detector = await bundleDetector(REPO_ROOT);
const timeoutMs = Number(values.timeout) || 20000;
const workerUrl = new URL('./lib/corpus-worker.mjs', import.meta.url);
// One page at a time in a worker; a stuck or crashed worker is replaced and its page gets { error }.
const outcomes = await runInWorkers(
  workerUrl,
  { detector, sensitivity: values.sensitivity },
  items.map((item) => ({ path: item.path })),
  timeoutMs,
);
const results = [];
for (const [index, item] of items.entries()) {
  const outcome = outcomes[index];
  const detection = outcome.detection ?? { about: false, score: 0, reasons: [outcome.error ?? 'no answer'] };
  results.push({
    item,
    about: detection.about,
    detection,
    baseline: !!outcome.baseline,
    ms: outcome.ms ?? timeoutMs,
    isArticle: !!outcome.isArticle,
  });
}

const summary = summarise(results);
printReport(results, summary, values.sensitivity);
const cv = leaveOneSourceOut(results);
printCrossValidation(summary, cv);
summary.cv = { recall: cv.recall, fpr: cv.fpr, hard_fpr: cv.hard_fpr, passing_rate: cv.passing_rate };
summary.cv.by_lang = Object.fromEntries(Object.entries(cv.by_lang).map(([lang, l]) => [lang, l.recall]));
const failed = failedTargets(summary);
if (failed.length) console.log(`\nTargets missed: ${failed.join('; ')}`);
else console.log('\nAll targets hold.');
if (values.json) console.log(JSON.stringify(summary));
if (values.check && failed.length) process.exitCode = 1;
